"""PersonIndex's public methods on one invented wire story (kills the mutants of people.py)."""

from __future__ import annotations

import pytest
import regex

from newsparse import Vocabulary
from newsparse.names import strip_possessive
from newsparse.people import _RUN, Organisation, Person, PersonIndex, org_key

VOCABULARY = Vocabulary()
HEADLINE = "Nordwind Energy Group Shares Fall"
STORY = (
    "Finance Minister Piotr Nowak met the visiting French foreign minister Claire Dumont on Monday. "
    "The environment secretary, James Holloway, said the State Post Bureau would review the plan. "
    "Dale Hutchins of Effingham. Hutchins said Acme Holdings Inc. had agreed. "
    "Albion Coachways, one of Britain's largest bus operators, said it would cut routes. "
    "Sen. Charles E. Grassley spoke, as did NBC's Kristen Welker. "
    "Ukraine's agriculture ministry said Xi Jinping would visit."
)
OFFSET = 100


def story_index() -> PersonIndex:
    """The index of the story, built inside each test (not at import) so that a mutation run
    ties the building code to these tests."""
    return PersonIndex.build(VOCABULARY, [(STORY, OFFSET)], title_case=[(HEADLINE, 0)])


def test_build_finds_the_people_with_their_descriptors_and_offsets() -> None:
    assert story_index().people == [
        Person("Piotr Nowak", ("Piotr", "Nowak"), frozenset({"finance", "minister"}), 117),
        Person("Claire Dumont", ("Claire", "Dumont"), frozenset({"minister", "foreign", "france"}), 170),
        Person("James Holloway", ("James", "Holloway"), frozenset({"environment", "secretary"}), 222),
        Person("Dale Hutchins", ("Dale", "Hutchins"), frozenset(), 288),
        Person(
            "Albion Coachways",
            ("Albion", "Coachways"),
            frozenset({"britain's", "operators", "largest", "bus", "britain"}),
            361,
        ),
        Person("Charles E. Grassley", ("Charles", "E.", "Grassley"), frozenset({"sen"}), 450),
        Person("Kristen Welker", ("Kristen", "Welker"), frozenset({"nbc"}), 490),
        Person("Xi Jinping", ("Xi", "Jinping"), frozenset(), 542),
    ]
    assert STORY[117 - OFFSET : 128 - OFFSET] == "Piotr Nowak"
    assert STORY[542 - OFFSET : 552 - OFFSET] == "Xi Jinping"


def test_title_case_pieces_name_organisations_but_no_people() -> None:
    index = PersonIndex.build(VOCABULARY, [], title_case=[("Minister Piotr Nowak Joins Acme Holdings Board", 0)])
    assert index.people == []
    assert index.by_organisation("board", 10) == "Piotr Nowak Joins Acme Holdings Board"
    assert index.by_organisation("board", 9) is None


@pytest.mark.parametrize(
    ("head", "before", "name"),
    [
        ("company", 0, None),
        ("company", 1, "Nordwind Energy Group Shares Fall"),
        ("company", 340, "Acme Holdings Inc."),
        ("firm", 1000, "Albion Coachways"),
        ("Inc.", 361, "Acme Holdings Inc."),
        ("bureau", 247, None),
        ("bureau", 248, "State Post Bureau"),
        ("agency", 1000, None),
        ("Department", 1000, "Ukraine's agriculture ministry"),
        ("ministry", 506, None),
        ("ministry", 507, "Ukraine's agriculture ministry"),
    ],
)
def test_by_organisation(head: str, before: int, name: str | None) -> None:
    assert story_index().by_organisation(head, before) == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (("Nowak",), "Piotr Nowak"),
        (("Piotr",), "Piotr Nowak"),
        (("Xi",), "Xi Jinping"),
        (("E.", "Grassley"), "Charles E. Grassley"),
        (("Grassley",), "Charles E. Grassley"),
        (("Jinping", "Xi"), "Jinping Xi"),
        (("Piotr", "Dumont"), "Piotr Dumont"),
        ((), ""),
    ],
)
def test_full_name(words: tuple[str, ...], name: str) -> None:
    assert story_index().full_name(words) == name


def test_full_name_prefers_the_longest_and_then_the_first_seen() -> None:
    people = [
        Person("Ana Ruiz", ("Ana", "Ruiz"), frozenset(), 10),
        Person("Ana Maria Ruiz", ("Ana", "Maria", "Ruiz"), frozenset(), 50),
        Person("Luis Ruiz", ("Luis", "Ruiz"), frozenset(), 90),
        Person("Ana Lima", ("Ana", "Lima"), frozenset(), 120),
    ]
    index = PersonIndex(VOCABULARY, reversed(people))
    assert [p.name for p in index.people] == ["Ana Ruiz", "Ana Maria Ruiz", "Luis Ruiz", "Ana Lima"]
    assert index.full_name(("Ruiz",)) == "Ana Maria Ruiz"
    assert index.full_name(("Ana",)) == "Ana Maria Ruiz"
    assert index.full_name(("Lima",)) == "Ana Lima"
    without = PersonIndex(VOCABULARY, [people[0], *people[2:]])
    assert without.full_name(("Ruiz",)) == "Ana Ruiz"
    assert without.full_name(("Ana",)) == "Ana Ruiz"


@pytest.mark.parametrize(("name", "known"), [("Piotr Nowak", True), ("Nowak", False), ("Acme Holdings Inc.", False)])
def test_is_known(name: str, known: bool) -> None:
    assert story_index().is_known(name) is known


@pytest.mark.parametrize(
    ("words", "before", "name"),
    [
        (["French", "foreign", "minister"], 600, "Claire Dumont"),
        (["foreign", "minister"], 150, "Claire Dumont"),
        (["minister"], 150, "Piotr Nowak"),
        (["minister"], 600, "Claire Dumont"),
        (["secretary"], 100, "James Holloway"),
        (["French"], 600, None),
        (["the"], 600, None),
        (["German", "minister"], 600, None),
    ],
)
def test_by_description(words: list[str], before: int, name: str | None) -> None:
    assert story_index().by_description(words, before) == name


def test_by_description_looks_only_so_far() -> None:
    people = [Person(f"Ana Ruiz{i}", ("Ana", f"Ruiz{i}"), frozenset(), i) for i in range(1, 3)]
    minister = Person("Piotr Nowak", ("Piotr", "Nowak"), frozenset({"minister"}), 0)
    later = Person("Claire Dumont", ("Claire", "Dumont"), frozenset({"minister"}), 5)

    class Near(PersonIndex):
        DESCRIPTION_WINDOW = 2

    assert Near(VOCABULARY, [minister, *people]).by_description(["minister"], 3) is None
    assert PersonIndex(VOCABULARY, [minister, *people]).by_description(["minister"], 3) == "Piotr Nowak"
    assert Near(VOCABULARY, [*people, later]).by_description(["minister"], 3) == "Claire Dumont"
    assert Near(VOCABULARY, [*people, later]).by_description(["minister"], 0) is None


@pytest.mark.parametrize(
    ("start", "end", "limit", "names"),
    [
        (170, 450, 20, ["Claire Dumont", "James Holloway", "Dale Hutchins", "Albion Coachways"]),
        (171, 451, 20, ["James Holloway", "Dale Hutchins", "Albion Coachways", "Charles E. Grassley"]),
        (0, 1000, 2, ["Piotr Nowak", "Claire Dumont"]),
        (500, 400, 20, []),
        (600, 1000, 20, []),
    ],
)
def test_people_between(start: int, end: int, limit: int, names: list[str]) -> None:
    assert [p.name for p in story_index().people_between(start, end, limit)] == names


def test_people_between_default_limit_is_twenty() -> None:
    people = [Person(f"Ana Ruiz{i}", ("Ana", f"Ruiz{i}"), frozenset(), i) for i in range(30)]
    assert len(PersonIndex(VOCABULARY, people).people_between(0, 100)) == 20


@pytest.mark.parametrize(("before", "name"), [(117, None), (118, "Piotr Nowak"), (171, "Claire Dumont"), (10**6, "Xi Jinping")])
def test_last_person(before: int, name: str | None) -> None:
    assert story_index().last_person(before) == name


@pytest.mark.parametrize(
    ("word", "keeps"),
    [("J.", True), ("Rep.", True), ("Sen.", True), ("U.S.", True), ("Effingham.", False), ("Jan.", False)],
)
def test_keeps_period(word: str, keeps: bool) -> None:
    assert PersonIndex.keeps_period(VOCABULARY, word) is keeps


@pytest.mark.parametrize(
    ("words", "descriptors"),
    [
        (["Russia's", "President", "spokesman", "Kremlin", "the", "visiting"], {"russia", "president", "spokesman", "kremlin"}),
        (["Nordwind's", "chief", "executive"], {"nordwind", "chief", "executive"}),
        (["the", "visiting", "of", "said"], set()),
    ],
)
def test_descriptors(words: list[str], descriptors: set[str]) -> None:
    assert PersonIndex.descriptors(VOCABULARY, words) == frozenset(descriptors)


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        ("the visiting Russian Security Council secretary Nikolai Petrov", "Nikolai", ["Russian", "Security", "Council", "secretary"]),
        ("He said, the Nordwind chief executive Ola Berg", "Ola", ["Nordwind", "chief", "executive"]),
        ("He said, the Nordwind chief executive, Ola Berg", "Ola", []),
        ("one two three four five Nordwind Bank Oslo Harbour Trust chair Ola Berg", "Ola", ["Nordwind", "Bank", "Oslo", "Harbour", "Trust", "chair"]),
        ("Ola Berg", "Ola", []),
        ("Nordwind chief executive Ola Berg", "Ola", ["Nordwind", "chief", "executive"]),
        # a role noun that is no title (boss, member) still describes the name
        ("He said the Nordwind boss Ola Berg", "Ola", ["Nordwind", "boss"]),
        # a mark right before the name, or after the last word, ends the title at once; a word may end
        # in a period, a hyphen or an apostrophe
        ("He met (Ola Berg", "Ola", []),
        ("Nordwind chief executive — Ola Berg", "Ola", []),
        ("Nordwind chief executive:\n  Ola Berg", "Ola", []),
        ("Nordwind Sen. Ola Berg", "Ola", ["Nordwind", "Sen."]),
        ("the Nordwind Post- Ola Berg", "Ola", ["Nordwind", "Post-"]),
        ("Nordwind Ola’ Ola Berg", "Ola Berg", ["Nordwind", "Ola’"]),
        ("Nordwind chief executive\n\tOla Berg", "Ola", ["Nordwind", "chief", "executive"]),
        # the last 40 characters are read first, from a space: words that describe the name across
        # that space are all read, and a word that does not ends them there too
        (
            "he said the Northumberland Harbour Authority chief executive Ola Berg",
            "Ola",
            ["Northumberland", "Harbour", "Authority", "chief", "executive"],
        ),
        ("he said that Northumberland's harbour authority chief executive Ola Berg", "Ola", ["chief", "executive"]),
        # the window is 80 characters: a word starting 81 before the name is seen cut, and ends the title
        (
            "Northumberland Harbour Telecommunications Infrastructure Procurement Coordinator Ola Berg",
            "Ola",
            ["Harbour", "Telecommunications", "Infrastructure", "Procurement", "Coordinator"],
        ),
    ],
)
def test_title_words_before(text: str, name: str, words: list[str]) -> None:
    assert PersonIndex.title_words_before(VOCABULARY, text, text.index(name)) == words


@pytest.mark.parametrize(
    ("run", "start", "organisation"),
    [
        ("The State Post Bureau", 10, Organisation("State Post Bureau", "bureau", 14)),
        ("Acme Corp.", 5, Organisation("Acme Corp.", "company", 5)),
        ("Ministry", 0, None),
        ("Piotr Nowak", 0, None),
        ("In The Foreign Ministry", 3, None),
    ],
)
def test_read_organisation(run: str, start: int, organisation: Organisation | None) -> None:
    assert PersonIndex.read_organisation(VOCABULARY, run, start) == organisation


@pytest.mark.parametrize(
    ("word", "bare"),
    [("Putin's", "Putin"), ("Harris'", "Harris"), ("Okafor’s", "Okafor"), ("Ross’", "Ross"), ("Nowak", "Nowak"), ("Glass", "Glass")],
)
def test_strip_possessive(word: str, bare: str) -> None:
    assert strip_possessive(word) == bare


@pytest.mark.parametrize(
    ("word", "key"),
    [("Inc.", "company"), ("Corp", "company"), ("plc", "company"), ("Department", "ministry"), ("Ministry", "ministry"), ("Bureau", "bureau")],
)
def test_org_key(word: str, key: str) -> None:
    assert org_key(word) == key


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a role before the name, set off by commas, describes it
        (
            "The fisheries council said on Monday that the environment secretary, James Holloway, would visit.",
            [("James Holloway", {"environment", "secretary"}, 69)],
        ),
        # an appositive after the name describes it, word by word
        (
            "Officials met Ana Ruiz, a senior harbour engineer, on Friday.",
            [("Ana Ruiz", {"senior", "harbour", "engineer"}, 14)],
        ),
        # a possessive before the name is not part of it; a possessive at its end is dropped
        ("As NBC's Kristen Welker's guest, Sen. Charles E. Grassley spoke.", [("Kristen Welker", {"as", "nbc"}, 9), ("Charles E. Grassley", {"sen"}, 38)]),
        # a particle may not start a name
        ("Reporters asked van Dijk Koster about it.", [("Dijk Koster", set(), 20)]),
        # cut after a word that ends a sentence
        ("He spoke to Dale Hutchins of Effingham. Hutchins Lee agreed.", [("Dale Hutchins", set(), 12), ("Hutchins Lee", {"effingham"}, 40)]),
        # a role at the very start of the text
        ("The environment secretary, James Holloway, said on Tuesday.", [("James Holloway", {"environment", "secretary"}, 27)]),
        # titles before the name and an appositive after it both describe it
        (
            "Finance Minister Piotr Nowak, a veteran economist, said the budget was sound.",
            [("Piotr Nowak", {"finance", "minister", "veteran", "economist"}, 17)],
        ),
        # the appositive follows the last word of a name of three
        ("Sen. Charles E. Grassley, a veteran farmer, said.", [("Charles E. Grassley", {"sen", "veteran", "farmer"}, 5)]),
        # only the first eight words of an appositive
        (
            "Ana Ruiz, a senior harbour engineer with the port authority of Valletta, said.",
            [("Ana Ruiz", {"senior", "harbour", "engineer", "with", "the", "port", "authority", "of"}, 0)],
        ),
        # a possessive word that could be a name is the owner, not part of the name
        ("Nordwind's Ola Berg said the turbines were late.", [("Ola Berg", {"nordwind"}, 11)]),
        # a particle inside a name belongs to it; one left at its start does not
        ("Ana van Rijn, the port's director, said.", [("Ana van Rijn", {"port's", "director"}, 0)]),
        ("Transport Minister van Rijn Alders said.", [("Rijn Alders", {"transport", "minister"}, 23)]),
        ("Transport Minister van Rijn said.", []),
        # two particles in a row stand inside a name as one does; a lower-case word that is none ends it
        ("The tavern was run by Ana de la Fuente for years.", [("Ana de la Fuente", set(), 22)]),
        ("The tavern was run by Ana de Fuente for years.", [("Ana de Fuente", set(), 22)]),
        ("The tavern was run by Ana and the Fuente family.", []),
        # a month is a given name only after a word that may start a name
        ("In April Ramos Ortiz took over as harbour master.", [("Ramos Ortiz", {"in", "april"}, 9)]),
        ("The board has been chaired by Ortiz since May Lin Chow resigned.", [("Lin Chow", {"may"}, 46)]),
        ("Lisa Ortiz said in May Lin Chow had resigned.", [("Lisa Ortiz", set(), 0), ("Lin Chow", {"may"}, 23)]),
        ("May Lin Chow, the port director, said.", [("May Lin Chow", {"port", "director"}, 0)]),
        # (a scraped fragment that starts inside a sentence: the word before is at offset 0)
        ("since May Lin Chow resigned, the port has had no director.", [("Lin Chow", {"may"}, 10)]),
        ("Present were Ortiz, May Lin Chow and two aides.", [("May Lin Chow", set(), 20)]),
        # a month's short form without its period before a middle initial is a given name after any
        # word; a month in full, a short form with its period or before a full name is not
        ("The report was written by Jan M. Vogel, a port engineer.", [("Jan M. Vogel", {"port", "engineer"}, 26)]),
        ("The fee was cut in Jan Lin Chow said.", [("Lin Chow", {"jan"}, 23)]),
        ("The fee was cut in March J. Ortiz said.", [("J. Ortiz", {"march"}, 25)]),
        # a surname in capitals ending in X (French copy) keeps its last letter
        ("Officials said Marie ROUX would sail.", [("Marie ROUX", set(), 15)]),
    ],
)
def test_build_reads_names_and_what_describes_them(text: str, people: list[tuple[str, set[str], int]]) -> None:
    index = PersonIndex.build(VOCABULARY, [(text, 7)])
    assert [(p.name, set(p.descriptors), p.start - 7) for p in index.people] == people
    for name, _, start in people:
        assert text[start : start + len(name)] == name


def test_read_run_and_read_piece_build_their_own_name_model() -> None:
    text = "Officials said Finance Minister Piotr Nowak would attend."
    run = next(m for m in _RUN.finditer(text) if " " in m.group())
    people = PersonIndex.read_run(VOCABULARY, text, run)
    assert people == [Person("Piotr Nowak", ("Piotr", "Nowak"), frozenset({"finance", "minister"}), 32)]
    words = list(regex.finditer(r"\S+", text[run.start() : run.end()]))
    piece = [m for m in regex.finditer(r"\S+", text, pos=run.start(), endpos=run.end())]
    assert len(piece) == len(words) == 4
    assert PersonIndex.read_piece(VOCABULARY, text, piece) == people[0]


def test_a_description_names_a_company_only_in_its_first_eight_words() -> None:
    late = "Harbour Lines, one of the last three small family owned Maltese island ferry companies, said it would cut sailings."
    early = "Harbour Lines, one of the last three small family owned island ferry companies, said it would cut sailings."
    assert PersonIndex.build(VOCABULARY, [(late, 0)]).by_organisation("company", 200) is None
    assert PersonIndex.build(VOCABULARY, [(early, 0)]).by_organisation("company", 200) == "Harbour Lines"


@pytest.mark.parametrize("space", ["\n", "\t", "\xa0", " \n "])
def test_a_name_split_by_any_space_is_one_person(space: str) -> None:
    # scraper output: a hard-wrapped line, a tab or a no-break space between the words of a name
    text = f"Officials said Ana{space}Ruiz would sail with the ferry."
    assert PersonIndex.build(VOCABULARY, [(text, 7)]).people == [
        Person("Ana Ruiz", ("Ana", "Ruiz"), frozenset(), 22)
    ]


def test_an_appositive_is_read_up_to_120_characters_after_the_name() -> None:
    # a justified scraper line: a wide run of spaces after the article; the window ends inside a word
    text = "Officials met Ana Lucia Ruiz, one of the\n" + " " * 42 + "longest-serving harbour engineers working throughout the Mediterranean, on Friday."
    (person,) = PersonIndex.build(VOCABULARY, [(text, 0)]).people
    assert person.name == "Ana Lucia Ruiz"
    assert person.descriptors == {"longest-serving", "harbour", "engineers", "working", "throughout", "the", "mediterr"}
    end = text.index("Ruiz") + len("Ruiz")
    assert text[end + 112 : end + 121] == "Mediterra"


@pytest.mark.parametrize(
    ("word", "bare"),
    [("Putin's", "Putin"), ("Putin’s", "Putin"), ("NORDWIND'S", "NORDWIND"), ("NATO’S", "NATO"), ("players'", "players"), ("Jones", "Jones")],
)
def test_strip_possessive_in_any_case(word: str, bare: str) -> None:
    assert strip_possessive(word) == bare


@pytest.mark.parametrize(
    ("text", "people", "organisations"),
    [
        # lone capitalised words, capitals inside a word (McKinsey, DeShawn, McDonald's) and
        # initials without a space (U.S., J.R.R.) are passed by, or read, as the scan that takes
        # lone words as runs of one reads them
        ("McKinsey consultant Ana Ruiz met U.S. envoy Bo Li on Friday.", [("Ana Ruiz", 20), ("Bo Li", 44)], []),
        (
            "DeShawn Ortiz-Lee, a McDonald's manager, and O'Neill said so. J.R.R. Tolkien Society chair Ola Berg agreed.",
            [("DeShawn Ortiz-Lee", 0), ("Ola Berg", 91)],
            [("J.R.R. Tolkien Society", "society", 62)],
        ),
        ("A.B.C.D.E.F.G.H.I.J. Kari Lund spoke. Berg", [("Kari Lund", 21)], []),
    ],
)
def test_runs_of_two_words_or_more_are_read(
    text: str, people: list[tuple[str, int]], organisations: list[tuple[str, str, int]]
) -> None:
    index = PersonIndex.build(VOCABULARY, [(text, 0)])
    assert [(p.name, p.start) for p in index.people] == people
    assert [(o.name, o.head, o.start) for o in index._organisations.get("society", [])] == organisations
