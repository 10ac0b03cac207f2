"""Cases written for the mutation pass over the lines stop 19 changed in ``quotes/resolution.py``,
``quotes/grammar.py`` and ``quotes/words.py`` (issue 8; see "Mutation testing" in
``docs/testing.md``, the ``mutR`` section).  Each row is text written for one rule and the value
it must give; the reading a mutant gave instead is in a comment where it is not plain."""

from __future__ import annotations

import pytest

from articles import paragraphs_of
from newsparse import ArticleParser
from newsparse.quotes.model import State
from newsparse.quotes.parser import QuoteParser

QUOTES = QuoteParser()
HEADLINE = "Harbour board weighs ferry cuts\n\n"

#: Words enough to put a name more than ``MAX_RENAMING_REACH`` (20,000) characters back.
FILLER = "The harbour was quiet that week. " * 620


def state_of(pieces: list[str]) -> State:
    """The parse state of *pieces* as paragraphs, with the article's people index."""
    text, paragraphs = paragraphs_of(pieces)
    return State(QUOTES.person_index(text, paragraphs, ()), text)


#: ``after_determiner``: the name, the text, the words the mention at *at* opens with (``None``:
#: the text's end), and whether the last earlier *name* follows a determiner.
AFTER_DETERMINER: list[tuple[str, str, str | None, bool]] = [
    # the name after "the", two words before it (a mutant read the two last words: "of")
    ("Real Sam Berg", "A video of the Real Sam Berg went round. Later Sam Berg spoke.", "Sam Berg spoke", True),
    # the mention at the text's end: no first word to test
    ("Real Sam Berg", "The Real Sam Berg posted a video.", None, True),
    # a mention that opens with a determiner itself: a body's name written with its article twice
    (
        "London Stock Exchange", "The London Stock Exchange opened late. Later the Stock Exchange said so.",
        "the Stock Exchange said", False,
    ),
    # a word before the name that is no determiner
    ("Real Sam Berg", "Pastor Real Sam Berg posted a video. Later Sam Berg spoke.", "Sam Berg spoke", False),
    # the name only after the mention
    ("Real Sam Berg", "Sam Berg spoke. Later the Real Sam Berg posted a video.", "Sam Berg spoke", False),
    # the last earlier mention counts, not the first
    (
        "Real Sam Berg", "The Real Sam Berg posted a video. Fans call him Real Sam Berg. Later Sam Berg spoke.",
        "Sam Berg spoke", False,
    ),
    # the name more than MAX_RENAMING_REACH characters back
    ("Real Sam Berg", "The Real Sam Berg posted a video. " + FILLER + "Later Sam Berg spoke.", "Sam Berg spoke", False),
]


@pytest.mark.parametrize(("name", "text", "mention", "expected"), AFTER_DETERMINER)
def test_after_determiner(name: str, text: str, mention: str | None, expected: bool) -> None:
    at = len(text) if mention is None else text.rindex(mention)
    assert QUOTES.after_determiner(name, at, state_of([text])) is expected


def speakers(paragraphs: str, language: str | None = None) -> list[tuple[str | None, str]]:
    """``(speaker's name, quote text)`` of each quote of *paragraphs* read as a story under a headline."""
    parser = ArticleParser(language=language) if language is not None else ArticleParser()
    article = parser.parse(HEADLINE + paragraphs + "\n")
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in article.quotes]


#: ``resolve_name``: whole paragraphs, the speakers in order.
RESOLVE_NAME: list[tuple[str | None, str, list[tuple[str | None, str]]]] = [
    # a genitive after a role is cut only after an article: a quantity before the role keeps the
    # mention whole (a mutant cut it everywhere: "Mehrere Mitarbeiter", read as a name)
    (
        "de",
        "Mehrere Mitarbeiter der Stadt sagten, die Brücke werde im Mai eröffnet.",
        [("Mehrere Mitarbeiter der Stadt", "die Brücke werde im Mai eröffnet")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), RESOLVE_NAME)
def test_resolve_name(language: str | None, paragraphs: str, expected: list[tuple[str | None, str]]) -> None:
    assert speakers(paragraphs, language) == expected


#: ``titled_surname``: the words a sentence opens with, and the mention of an honorific and a
#: name word before a verb (``None``: no such subject).
TITLED_SURNAME: list[tuple[str, str | None]] = [
    ("Mr. Becker nodded.", "Mr. Becker"),
    ("Mrs Becker wept at the back.", "Mrs Becker"),
    ("Mr. Becker", None),  # (two words: no verb)
    ("Sam Becker nodded.", None),  # (no honorific)
    ("Mr.  Becker nodded.", None),  # (two spaces after the title)
    ("Mr. Becker  nodded.", None),  # (two spaces before the verb)
    ("Mr. becker nodded.", None),  # (no name word)
    ("Mr. Becker Smith nodded.", None),  # (a capital: no verb)
    ("Mr. Becker's lawyer nodded.", None),  # (a possessive: the lawyer)
    ("Mr. Becker of the council nodded.", None),
    ("Mr. Becker at the council nodded.", None),
    ("Mr. Becker who chairs the council nodded.", None),
]


@pytest.mark.parametrize(("raw", "expected"), TITLED_SURNAME)
def test_titled_surname(raw: str, expected: str | None) -> None:
    words = list(QUOTES._word.finditer(raw))
    mention = QUOTES.titled_surname(raw, words)
    if expected is None:
        assert mention is None
    else:
        assert mention is not None
        assert (mention.text, mention.start, mention.end) == (expected, 0, len(expected))


class SmallChunks(QuoteParser):
    """Reads the index for kin two mentions at a time (``GENDER_CHUNK``), to reach the chunks' edges."""

    GENDER_CHUNK = 2


#: ``described_kin``: a paragraph, and each name -> the pronouns of the kin a possessive gives it.
DESCRIBED_KIN: list[tuple[str, dict[str, frozenset[str]]]] = [
    (
        "Sam Berg came with his wife. Kim Ortiz came with her husband.",
        {"Sam Berg": frozenset({"she"}), "Kim Ortiz": frozenset({"he"})},
    ),
    # the sentence ends before the kin, right after the name or later
    ("Sam Berg. His wife stayed home.", {}),
    ("Sam Berg came late. His wife stayed home.", {}),
    # someone else named before the kin: theirs
    ("Sam Berg met Kim Ortiz and her husband.", {"Kim Ortiz": frozenset({"he"})}),
    # an article is no possessive
    ("Sam Berg met the widow at the harbour.", {}),
    # beyond PHRASE_WINDOW characters, in the same sentence
    (
        "Sam Berg walked from the old harbour wall past the fish market, the ferry office, the lifeboat station,"
        " the chandlery, the sailing club and the long row of painted huts with his wife.",
        {},
    ),
    # the kin after more than twenty mentions (people_between's own limit)
    ("Sam Berg spoke. " * 21 + "Kim Ortiz came with her husband.", {"Kim Ortiz": frozenset({"he"})}),
    # two mentions of one name: both kin
    (
        "Sam Berg came with his wife. Later Sam Berg came back with his son.",
        {"Sam Berg": frozenset({"she", "he"})},
    ),
]

#: Four people, each with kin, read in chunks of two.
FOUR_KIN = (
    "Sam Berg came with his wife. Kim Ortiz came with her husband. Alex Grant came with his sister."
    " Joan Hart came with her brother."
)


@pytest.mark.parametrize(("paragraph", "expected"), DESCRIBED_KIN)
def test_described_kin(paragraph: str, expected: dict[str, frozenset[str]]) -> None:
    assert QUOTES.described_kin(state_of([paragraph])) == expected


@pytest.mark.parametrize("parser", [QUOTES, SmallChunks()])
def test_described_kin_in_chunks(parser: QuoteParser) -> None:
    assert parser.described_kin(state_of([FOUR_KIN])) == {
        "Sam Berg": frozenset({"she"}), "Kim Ortiz": frozenset({"he"}),
        "Alex Grant": frozenset({"she"}), "Joan Hart": frozenset({"he"}),
    }


#: ``title_shared``: a paragraph, the person a role mention after it was resolved to, the
#: mention's words, and whether someone else in that person's sentence holds the role too.
TITLE_SHARED: list[tuple[str, str, list[str], bool]] = [
    ("Later President Kim Ortiz and President Alex Grant arrived.", "Alex Grant", ["the", "president"], True),
    # a sentence before both names, none between them
    (
        "The ferry was late. Later President Kim Ortiz and President Alex Grant arrived.", "Alex Grant",
        ["the", "president"], True,
    ),
    # the role resolves to someone else than the person found
    ("Later President Kim Ortiz and President Alex Grant arrived.", "Kim Ortiz", ["the", "president"], False),
    # the other holder in another sentence
    (
        "President Kim Ortiz arrived on Monday. President Alex Grant arrived on Tuesday.", "Alex Grant",
        ["the", "president"], False,
    ),
    # the other named with another title only
    ("Later President Kim Ortiz and Senator Alex Grant arrived.", "Kim Ortiz", ["the", "president"], False),
    # someone without the title named first, then the other holder
    (
        "Senator Sam Berg, President Alex Grant and President Kim Ortiz arrived.", "Kim Ortiz",
        ["the", "president"], True,
    ),
]


@pytest.mark.parametrize(("paragraph", "found", "words", "expected"), TITLE_SHARED)
def test_title_shared(paragraph: str, found: str, words: list[str], expected: bool) -> None:
    assert QUOTES.title_shared(found, words, len(paragraph), state_of([paragraph])) is expected


#: ``possessive_gender``: a paragraph, a name, and the pronoun a possessive after a mention of
#: the name before the paragraph's end shows for it (``None``: none).
POSSESSIVE_GENDER: list[tuple[str, str, str | None]] = [
    ("Bill Hart visited the school with his wife.", "Bill Hart", "he"),
    ("Bill Hart visited the school. Kim Ortiz came with her husband.", "Kim Ortiz", "she"),
    # the possessive after the next person is theirs
    ("Bill Hart visited the school. Kim Ortiz came with her husband.", "Bill Hart", None),
    # the possessive after someone else named in the same sentence is theirs (the next person
    # bounds the words read, the third person named is not the next)
    ("Bill Hart met Kim Ortiz and her husband. Sam Berg came later.", "Bill Hart", None),
    ("Bill Hart met Kim Ortiz and her husband.", "Bill Hart", None),
    # a first mention shows nothing, a later one does
    ("Bill Hart spoke first. Later Bill Hart came back with his wife.", "Bill Hart", "he"),
    # more than MAX_RENAMING_REACH characters back
    ("Bill Hart visited the school with his wife. " + FILLER, "Bill Hart", None),
]


@pytest.mark.parametrize(("paragraph", "name", "expected"), POSSESSIVE_GENDER)
def test_possessive_gender(paragraph: str, name: str, expected: str | None) -> None:
    assert QUOTES.possessive_gender(name, len(paragraph), state_of([paragraph])) == expected


#: Words enough to put a paragraph's start, or a name, more than ``PRONOUN_EVIDENCE_WINDOW`` (400)
#: characters back.
BOARD = (
    "The harbour board met twice that week to weigh the ferry cuts, the new quay, the moorings of the fishing fleet"
    " and the future of the old lifeboat station. It sat late on Tuesday and again on Thursday, when its members"
    " heard from the ferry company, from the unions and from the traders of the quay about the winter timetable"
    " and the fares."
)
SHE_THANKED = 'Kim Ruiz said the city would pay. She thanked her staff. "We will pay," '

#: ``shown_other_gender``: a sentence opened by the other pronoun after the only person named
#: keeps a pronoun from that person (``he`` as written); the speakers of each quote in order.
SHOWN_OTHER_GENDER: list[tuple[str, list[str | None]]] = [
    (SHE_THANKED + "he said.", ["Kim Ruiz", "he"]),
    (SHE_THANKED + "she said.", ["Kim Ruiz", "Kim Ruiz"]),  # (the same pronoun: hers)
    # a paragraph that starts more than the window into the text
    (BOARD + "\n\n" + SHE_THANKED + "he said.", ["Kim Ruiz", "he"]),
    # someone else named in the window: not sure
    ('Kim Ruiz said the city would pay. She thanked Sam Berg. "We will pay," he said.', ["Kim Ruiz", "Kim Ruiz"]),
    # the pronoun's sentence before the name
    ('She thanked her staff. Kim Ruiz said the city would pay. "We will pay," he said.', ["Kim Ruiz", "Kim Ruiz"]),
    # inside quotation marks, and a quoted sentence before the pronoun's
    (
        'Kim Ruiz said the city would pay. "She thanked her staff," a clerk noted. "We will pay," he said.',
        ["Kim Ruiz", "a clerk", "Kim Ruiz"],
    ),
    (
        'Kim Ruiz said the city would pay. "It is fair," a clerk noted. She thanked her staff. "We will pay," he said.',
        ["Kim Ruiz", "a clerk", "he"],
    ),
    # a pronoun of no gender
    ('Kim Ruiz said the city would pay. They thanked her staff. "We will pay," he said.', ["Kim Ruiz", "Kim Ruiz"]),
    # the name more than the window before the quote
    (
        "Kim Ruiz said the city would pay. " + BOARD + ' She thanked her staff. "We will pay," he said.',
        ["Kim Ruiz", "Kim Ruiz"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SHOWN_OTHER_GENDER)
def test_shown_other_gender(paragraphs: str, expected: list[str | None]) -> None:
    assert [name for name, _ in speakers(paragraphs)] == expected


#: ``titled_person`` on a state whose genders (and kin) are given: the genders, the kin, the
#: mention's titles and name words, the index's fullest name for them, and the person meant.
TITLED_PERSON: list[tuple[dict[str, str], dict[str, frozenset[str]], list[str], list[str], str, str]] = [
    # the name's holder is a man: the one woman of the surname
    ({"Bill Hart": "he", "Joan Hart": "she"}, {}, ["Mrs."], ["Bill", "Hart"], "Bill Hart", "Joan Hart"),
    ({"Bill Hart": "he", "Joan Lee Hart": "she"}, {}, ["Mrs."], ["Bill", "Hart"], "Bill Hart", "Joan Lee Hart"),
    ({"Bill Lee Hart": "he", "Joan Hart": "she"}, {}, ["Mrs."], ["Bill", "Lee", "Hart"], "Bill Lee Hart", "Joan Hart"),
    # two women of the surname, none, a man of it: the mention as written, titles kept
    (
        {"Bill Hart": "he", "Joan Hart": "she", "Mary Hart": "she"}, {}, ["Mrs."], ["Bill", "Hart"], "Bill Hart",
        "Mrs. Bill Hart",
    ),
    ({"Bill Hart": "he", "Joan Berg": "she"}, {}, ["Mrs."], ["Bill", "Hart"], "Bill Hart", "Mrs. Bill Hart"),
    ({"Bill Hart": "he", "Sam Hart": "he"}, {}, ["Mrs."], ["Bill", "Hart"], "Bill Hart", "Mrs. Bill Hart"),
    # no gender for the name, but a kin word of the title's: the words as written
    ({}, {"Bill Hart": frozenset({"she"})}, ["Mrs."], ["Hart"], "Bill Hart", "Hart"),
    # (Bill, a man's given name, against the title Mrs.: someone else, the words as written, fixX's
    # honorific_stranger)
    ({}, {"Bill Hart": frozenset({"he"})}, ["Mrs."], ["Hart"], "Bill Hart", "Hart"),
]


@pytest.mark.parametrize(("genders", "kin", "titles", "name_words", "full", "expected"), TITLED_PERSON)
def test_titled_person(
    genders: dict[str, str], kin: dict[str, frozenset[str]], titles: list[str], name_words: list[str], full: str,
    expected: str,
) -> None:
    state = state_of(["Bill Hart came to the school."])
    state.genders, state.kin = dict(genders), dict(kin)
    assert QUOTES.titled_person(titles, name_words, full, state) == expected


#: ``titled_person`` through whole paragraphs: a title of the other gender before a known full name
#: of three words, or before a name whose wife has three.
TITLED_PERSON_PARAGRAPHS: list[tuple[str, list[str | None]]] = [
    (
        "Bill Lee Hart visited the school on Monday with his wife, Joan Hart, a senator.\n\n"
        '"We were moved," Mrs. Bill Lee Hart said.',
        ["Joan Hart"],
    ),
    (
        "Bill Hart visited the school on Monday with his wife, Joan Mary Hart, a senator.\n\n"
        '"We were moved," Mrs. Bill Hart said.',
        ["Joan Mary Hart"],
    ),
    (
        "Mr. Bill Hart visited the school with his brother, Sam Hart.\n\n\"We were moved,\" Mr. Bill Hart said.",
        ["Bill Hart"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TITLED_PERSON_PARAGRAPHS)
def test_titled_person_in_paragraphs(paragraphs: str, expected: list[str | None]) -> None:
    assert [name for name, _ in speakers(paragraphs)] == expected


#: ``modifier_named``: a mention's words, its name words, and whether capitalised words that only
#: qualify a role stand before one name word (a body's name, not a person's).
MODIFIER_NAMED: list[tuple[list[str], list[str], bool]] = [
    (["National", "Grid"], ["Grid"], True),
    (["Central", "Bank"], ["Bank"], True),
    (["Officer", "Diaz"], ["Diaz"], False),  # (a noun for a person: the officer)
    (["President", "Diaz"], ["Diaz"], False),  # (a role noun)
    (["Mrs.", "Diaz"], ["Diaz"], False),  # (an honorific)
    (["Gen.", "Diaz"], ["Diaz"], False),  # (an abbreviation)
    (["NATIONAL", "Grid"], ["Grid"], False),  # (all capitals)
    (["national", "Grid"], ["Grid"], False),  # (lower case)
    (["National", "Tom", "Grid"], ["Tom", "Grid"], False),  # (a name of two words)
    (["Grid"], ["Grid"], False),  # (nothing before the name)
]


@pytest.mark.parametrize(("words", "name_words", "expected"), MODIFIER_NAMED)
def test_modifier_named(words: list[str], name_words: list[str], expected: bool) -> None:
    assert QUOTES.modifier_named(words, name_words) is expected


#: ``names_verb_object``: a mention's words, and whether its name is the object of a verb in
#: ``-ing`` at least two words after the determiner that opens it.
NAMES_VERB_OBJECT: list[tuple[list[str], bool]] = [
    (["The", "doctor", "treating", "Ana", "Ruiz"], True),
    (["the", "man", "accused", "of", "killing", "Ana", "Ruiz"], True),
    (["The", "nurse", "treating", "Ruiz"], True),  # (four words, one of the name)
    (["The", "managing", "director", "Ana", "Ruiz"], False),  # (no verb right before the name)
    (["The", "doctor", "treated", "Ana", "Ruiz"], False),
    (["The", "doctor", "Treating", "Ana", "Ruiz"], False),  # (a capital: no verb)
    (["The", "lawyer", "Tom", "Berg"], False),  # (one word between)
    (["Doctor", "treating", "Ana", "Ruiz"], False),  # (no determiner)
    (["The", "doctor", "treating", "patients"], False),  # (no name)
]


class NoObjectVerbs(QuoteParser):
    """A language with no verb endings for an object (``OBJECT_VERB_ENDINGS`` empty)."""

    OBJECT_VERB_ENDINGS = ()


@pytest.mark.parametrize(("words", "expected"), NAMES_VERB_OBJECT)
def test_names_verb_object(words: list[str], expected: bool) -> None:
    assert QUOTES.names_verb_object(words) is expected
    assert NoObjectVerbs().names_verb_object(words) is False
