"""Wrong quote values the trial40 probe (fourteen unseen articles) found: a constituency whose
name holds ``and`` kept before the member's name (``Harrogate and Tom Gordon``), and a Spanish
verb with its subject dropped given to the previous paragraph's speaker when the paragraph opens
with an article, a role and its adjective before the one who speaks (``El biólogo marino Javier
Llorens, del Instituto ..., dijo``).

Rows under ``# mutation-killing`` pass on the base too: each names the mutant of this change it
kills."""

from __future__ import annotations

import pytest

from quote_cases import article_speakers, quote_speakers

HEADLINE = "Planning row deepens\n\n"


def speakers(text: str, language: str | None = None) -> list[str | None]:
    return article_speakers(HEADLINE + text, language)


# a place's name joined by "and" before a title and a name: the person, no word of the place
CONSTITUENCY = [
    (
        "Hexham and Tynedale MP Joe Morris said he would oppose the bypass at the next council meeting.",
        None,
        ["Joe Morris"],
    ),
    (
        "Stroud and Cotswold MP Anna Beckett said the hospital had been starved of funding for years.",
        None,
        ["Anna Beckett"],
    ),
    (
        "Ross and Cromarty Councillor Margaret Paterson said the ferry timetable was a disgrace.",
        "en-GB",
        ["Margaret Paterson"],
    ),
    # mutation-killing: a firm before a role in lower case still works (mutant: only titles accepted)
    ("Marks and Spencer chairman Archie Norman said the stores would stay open.", None, ["Archie Norman"]),
    # mutation-killing: a titled person first is two people (mutant: the title check dropped)
    ("Senator Ann Lee and Ohio MP Tom Hale said the deal was fair.", None, ["Ann Lee and Tom Hale"]),
]


@pytest.mark.parametrize(("text", "language", "expected"), CONSTITUENCY)
def test_constituency_with_and_before_title(text: str, language: str | None, expected: list[str | None]) -> None:
    assert speakers(text, language) == expected


PREVIOUS = "La concejala de Playas, Marta Soler, dijo: «No es una decisión fácil en pleno julio».\n\n"

# the dropped subject after a paragraph that opens with an article, a role and its adjective in
# lower case before the one who speaks: that person, not the previous paragraph's speaker
DROPPED = [
    (
        PREVIOUS + "El biólogo marino Javier Llorens dijo que el agua caliente favorece la proliferación. "
        "«El mar está a 28 grados», aseguró.",
        "Javier Llorens",
    ),
    (
        PREVIOUS + "La ingeniera agrónoma Lucía Ferrer, de la Universidad de Murcia, explicó que "
        "la sequía agrava el problema. «Llevamos tres años sin lluvias de verdad», añadió.",
        "Lucía Ferrer",
    ),
    # mutation-killing: one role word still works (mutant: the range starts at two role words)
    (
        PREVIOUS + "El biólogo Javier Llorens dijo que el agua caliente favorece la proliferación. "
        "«El mar está a 28 grados», aseguró.",
        "Javier Llorens",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED)
def test_dropped_subject_after_role_and_adjective(text: str, expected: str) -> None:
    assert speakers(text, "es")[-1] == expected


def test_spokesman_for_a_body_is_no_role_before_a_name() -> None:
    # mutation-killing: a preposition is no adjective of the role (mutant: prepositions accepted),
    # the pronoun then given to the body named after "for" and left as written
    text = (
        "A spokesman for Pennine Land said the company had cut the number of homes from 520. "
        "'This is a sustainable scheme,' he said."
    )
    assert speakers(text, "en-GB")[-1] != "he"


# a Dutch name with "van den": the whole name, not its last word
DUTCH = [
    (
        "Its chairman, Caspar van den Berg, said the decision was good news for the northern universities.",
        None,
        "Caspar van den Berg",
    ),
    (
        "\u201cWe were never consulted,\u201d said Marloes van den Bosch, who runs a bakery near the harbour.",
        None,
        "Marloes van den Bosch",
    ),
    (
        "Dirk van den Heuvel told the committee that the dikes would need raising by 2040.",
        "en-GB",
        "Dirk van den Heuvel",
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), DUTCH)
def test_van_den_names_kept_whole(text: str, language: str | None, expected: str) -> None:
    assert speakers(text, language) == [expected]


# mutation-killing: in German "den" stays an article after a speaker (mutant: the German pack keeps
# "den" among its particles, giving "Schmidt den Fans")
def test_german_den_is_no_particle() -> None:
    text = "Anna Schmidt kam zu spät.\n\n\u201eDas ist ein guter Tag\u201c, sagte Schmidt den Fans."
    assert speakers(text, "de") == ["Anna Schmidt"]


# an East Asian surname that is an English pronoun elsewhere ("He"), after a title or a role
# noun and before the given name: part of the name, not dropped
SURNAME_HE = [
    ("Foreign ministry spokesperson He Yadong said the talks had been candid and constructive.", "He Yadong"),
    ("Vice Premier He Lifeng told the forum that the economy would grow by about 5 percent.", "He Lifeng"),
    ("\u201cWe will keep the yuan stable,\u201d said central bank governor He Jianxiong.", "He Jianxiong"),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_HE)
def test_he_as_surname_after_title(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_he_opening_a_sentence_stays_a_pronoun() -> None:
    # mutation-killing: with no title before it, "He" is the pronoun (mutant: no title needed)
    text = "Tom Berg met the minister on Friday. He said afterwards that the talks had gone well."
    assert speakers(text) == ["Tom Berg"]


# West African honorifics before a name and senior counsel's letters after it: no part of the name
HONOURED = [
    ("The chairman of the traders' union, Alhaji Musa Danjuma, said the market would reopen on Monday.", "Musa Danjuma"),
    ("Alhaja Kafayat Bello, who sells fabrics at the plaza, said she had lost goods worth N5 million.", "Kafayat Bello"),
    ("Senior counsel Aoife Brennan SC told the court that her client had no previous convictions.", "Aoife Brennan"),
    ("Counsel to the governor, Adeniyi Akintola SAN, said the appeal would be filed on Friday.", "Adeniyi Akintola"),
]


@pytest.mark.parametrize(("text", "expected"), HONOURED)
def test_honorific_and_senior_counsel_letters_left_out(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("subject", "pronoun"), [("Alhaja Kafayat Bello", "he"), ("Alhaji Musa Danjuma", "she"), ("Hajia Amina Sule", "he")]
)
def test_west_african_honorific_shows_gender(subject: str, pronoun: str) -> None:
    # a pronoun of the other gender is never the honoured person's: left as written
    text = f"{subject} said the traders would rebuild. \u201cWe have lost everything,\u201d {pronoun} said."
    assert speakers(text)[-1] == pronoun


# a sentence that opens "Asked about ..., NAME ..." right before a quotation closed by a person
# pronoun: the one asked answers, not the speaker of the sentence before
QUESTIONED = [
    (
        "Lindiwe Dube runs the water board, and Sizwe Khumalo chairs the council's finance committee.\n\n"
        "Khumalo said on Monday that the dams would be full by March. Asked about the forecast, Dube laughed. "
        "\u201cThe councillor has never read a rainfall chart,\u201d she said.",
        "Lindiwe Dube",
    ),
    (
        "Ama Owusu and Kwabena Asante both sit on the club's board.\n\n"
        "Asante told supporters that the stadium would be finished in June. Pressed on the date, Owusu shrugged. "
        "\u201cWe have heard that before. The builders have not been paid,\u201d she said.",
        "Ama Owusu",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONED)
def test_the_one_asked_answers(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_someone_of_the_one_asked_is_not_them() -> None:
    # mutation-killing: a possessive after the opening is someone of that person's (mutant: no
    # possessive check, giving Dube)
    text = (
        "Lindiwe Dube runs the water board, and Sizwe Khumalo chairs the finance committee.\n\n"
        "Khumalo said on Monday that the dams would be full by March. Asked about the forecast, Dube's "
        "deputy laughed. \u201cThe councillor has never read a rainfall chart,\u201d she said."
    )
    assert speakers(text)[-1] != "Lindiwe Dube"


INTERVIEW = (
    "Interview: the harbour master\n\n"
    "Harbour master Lerato Mokoena spoke to Pieter Venter about the storm season.\n\n"
    "Pieter Venter: How bad was the damage in March?\n\n"
    "Lerato Mokoena: Worse than anything I have seen in twenty years at this port. We lost two cranes and a "
    "tug, and I told the board the repairs would take a year.\n\n"
    "Pieter Venter: Will the port be ready for winter?\n\n"
    "Lerato Mokoena: If the swell stays low, we will be ready. But we may have to ask the navy to lend us a "
    "tug, because ours is still in dry dock.\n\n"
    "Pieter Venter: The transport minister says the port is safe. Is he right?\n\n"
    "Lerato Mokoena: The port is safe, the minister told parliament. I said at the time that the cranes were "
    "not, and I still say it.\n"
)


def interview_quotes() -> list[tuple[str, str | None]]:
    return quote_speakers(INTERVIEW)


@pytest.mark.parametrize(
    "opening", ["Worse than anything I have seen", "If the swell stays low, we will be ready."]
)
def test_turn_with_the_speakers_own_cue_is_one_quote(opening: str) -> None:
    # "I told the board ...", "we may have to ask ...": the speaker's own words, no attribution
    # that splits the turn
    assert [speaker for text, speaker in interview_quotes() if text.startswith(opening)] == ["Lerato Mokoena"]


def test_first_person_in_a_turn_is_the_turns_speaker() -> None:
    # a turn with an attribution of its own is read by the paragraph's rules; its "I" is still the
    # one whose turn it is, not the last speaker (the minister)
    assert ("the cranes were not", "Lerato Mokoena") in interview_quotes()
