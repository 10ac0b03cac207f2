"""Regressions the second reader of stop 21 found (issue 5), each bad shape beside the shape the
change that caused it aimed at, which keeps working: a given name in -ing cut after any punctuation
word, the pronoun's fallback past the ``last_subject`` hook, per-paragraph readings shared between
parsers, a trailing pronoun resolved to its clause's subject, a place read as a kin's name."""

from __future__ import annotations

import pickle

import pytest

from newsparse import ArticleParser
from newsparse.names import NameModel
from newsparse.people import PersonIndex
from newsparse.quotes.languages import GermanQuotes
from newsparse.quotes.model import State
from newsparse.quotes.parser import QuoteParser
from newsparse.vocabulary import Vocabulary
from quote_cases import mention_rows

#: (paragraphs, the quotes' (speaker's name, mention)): a given name in -ing is a verb only right
#: after an opening quotation mark; after a parenthesis or a dash it opens a name
ING_NAMES = [
    # the bad shapes: a parenthesis, a dash opening a paragraph, an epigraph's dash
    (
        'The film opens Friday.\n\n(Channing Tatum said the film was "a joy to make.")',
        [("Channing Tatum", "Channing Tatum")],
    ),
    (
        'The film opens Friday.\n\n— Channing Tatum said the film was "a joy to make."',
        [("Channing Tatum", "Channing Tatum")],
    ),
    (
        'The film opens Friday.\n\n"The truth will out." — Channing Tatum\n\nThe film opened on Friday to strong reviews.',
        [("Channing Tatum", "Channing Tatum")],
    ),
    # the shape the rule aimed at: the verb that opens quoted words, then a surname of it alone
    (
        '"Joining Acme gives us scale," said Tom Hale.\n\nAcme said the deal would close in May.',
        [("Tom Hale", "Tom Hale"), ("Acme", "Acme")],
    ),
    (
        '“Building Harwood Park took ten years,” said Tom Hale.\n\nHarwood said the deal would close in May.',
        [("Tom Hale", "Tom Hale"), ("Harwood", "Harwood")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ING_NAMES)
def test_a_given_name_in_ing_is_cut_only_after_an_opening_mark(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The cast (Channing Tatum, Ana Ruiz) met.", ["Channing Tatum", "Ana Ruiz"]),
        ("The cast met. — Channing Tatum", ["Channing Tatum"]),
        ("The cast met. [Channing Tatum]", ["Channing Tatum"]),
        ('"Joining Acme gives us scale," said Tom Hale.', ["Tom Hale"]),
        ('(“Joining Acme gives us scale,” said Tom Hale.)', ["Tom Hale"]),
        ("« Joining Acme gives us scale », said Tom Hale.", ["Tom Hale"]),
    ],
)
def test_the_people_index_cuts_an_ing_word_only_after_an_opening_mark(text: str, names: list[str]) -> None:
    assert [person.name for person in PersonIndex.build(Vocabulary(), [(text, 0)]).people] == names


@pytest.mark.parametrize(
    ("preceding", "expected"),
    [("(", False), ("—", False), ("-", False), ("[", False), ("", False), ('"', True), ("(“", True), ("‘", True)],
)
def test_is_opening_verb_after_punctuation(preceding: str, expected: bool) -> None:
    assert NameModel(Vocabulary()).is_opening_verb("Channing", preceding) is expected


def test_opening_quote_marks_are_overridable() -> None:
    class GuillemetsOnly(NameModel):
        OPENING_QUOTE_MARKS = "«"

    assert GuillemetsOnly(Vocabulary()).is_opening_verb("Joining", "«")
    assert not GuillemetsOnly(Vocabulary()).is_opening_verb("Joining", '"')


#: (paragraphs, the pronoun's (speaker's name, mention)): the pronoun's last fallback, the subject
#: named before it, goes through the public hook ``last_subject``
LAST_SUBJECT = [
    (
        "Tom Ridley has kept the Point Lynas light for years.\n\nHe said the lamp was older than the tower.",
        ("Tom Ridley", "He"),
    ),
    # the speaker named since by a name the article resolves to no one: nobody sure
    (
        "Collins had backed Jeb Bush in the primary.\n\nHunter told reporters the race was over. "
        "He also said the mayor had lied.",
        ("He", "He"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAST_SUBJECT)
def test_the_pronoun_falls_back_to_last_subject(text: str, expected: tuple[str, str]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)][-1] == expected


class NoFallback(QuoteParser):
    def last_subject(self, at: int, state: State) -> str | None:
        return None


class FixedFallback(QuoteParser):
    def last_subject(self, at: int, state: State) -> str | None:
        return "Ana Lowe"


@pytest.mark.parametrize(("parser", "expected"), [(NoFallback, "He"), (FixedFallback, "Ana Lowe"), (QuoteParser, "Tom Ridley")])
def test_an_overridden_last_subject_takes_effect(parser: type[QuoteParser], expected: str) -> None:
    text = "Tom Ridley has kept the Point Lynas light for years.\n\nHe said the lamp was older than the tower."
    quotes = ArticleParser(quotes=parser()).parse(f"Harbour news\n\n{text}").quotes
    assert [quote.speaker and quote.speaker.name for quote in quotes] == [expected]


#: (paragraph, whether the English parser, whether the German one asks a question there)
QUESTIONS = [
    ("Sie fragte, ob der Plan tot sei.", False, True),
    ("She asked whether the plan was dead.", True, False),
]


@pytest.mark.parametrize(("raw", "english", "german"), QUESTIONS)
def test_a_parser_reads_its_own_answers_inside_another_parsers_block(raw: str, english: bool, german: bool) -> None:
    en, de = QuoteParser(), GermanQuotes()
    assert (en.asks_question(raw), de.asks_question(raw)) == (english, german)
    for outer in (en, de):
        with outer.reading(raw):
            assert (en.asks_question(raw), de.asks_question(raw)) == (english, german)
            assert (en.words_read(raw) is None, de.words_read(raw) is None) == (outer is not en, outer is not de)


def test_a_parser_reads_its_own_cues_inside_another_parsers_scan() -> None:
    raw = "Der Minister sagte, die Lage sei ernst."
    en, de = QuoteParser(), GermanQuotes()
    with en.scanning(en.cue_scan(raw)):
        assert [cue.group() for cue in de.cues(raw, 0, len(raw))] == ["sagte"]
        assert [cue.group() for cue in en.cues(raw, 0, len(raw))] == []
        assert de.paragraph_scan(raw).words == ("sagte",)


def test_a_parser_inside_a_block_stays_picklable() -> None:
    raw = "She asked whether the plan was dead."
    en = QuoteParser()
    with en.reading(raw), en.scanning(en.cue_scan(raw)):
        copy = pickle.loads(pickle.dumps(en))
        assert copy.words_read(raw) is None
        assert copy.asks_question(raw)


#: (paragraphs, the last quote's (speaker's name, mention)): a pronoun that closes or interrupts an
#: attribution never refers to the person its reported words open with
REPORTED_SUBJECT = [
    # the bad shapes: a trailing and an interrupting pronoun after a surname, a full name
    ("Ana Ruiz runs the shop in Dover.\n\nRuiz would resign, he predicted.", ("he", "he")),
    ("Tom Ruiz met the board on Monday.\n\nRuiz, he said, would resign by the end of the year.", ("he", "he")),
    ("Tom Ruiz met the board on Monday.\n\nMr. Ruiz, he said, would resign by the end of the year.", ("he", "he")),
    ("Tom Ruiz met the board on Monday.\n\nTom Ruiz would resign, he told reporters.", ("he", "he")),
    # near-misses: someone else is the subject before; the reported clause follows the pronoun
    ("Tom Hale met Ana Ruiz on Monday.\n\nRuiz would resign, he predicted.", ("Tom Hale", "he")),
    ("Tom Ruiz lost the vote on Monday.\n\nAfter Ruiz lost the vote, he said the count was rigged.", ("Tom Ruiz", "he")),
    ('"We lost," said Tom Ruiz.\n\nLater that day, he said the count was rigged.', ("Tom Ruiz", "he")),
    # a narrated opening with a comma of its own: the pronoun interrupts the next clause, its own story
    (
        "Ana Ruiz ran the shop for years.\n\nRuiz later moved to Leeds, during which time, she says, "
        "the council read her mail.",
        ("Ana Ruiz", "she"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_SUBJECT)
def test_a_trailing_pronoun_is_not_its_clauses_subject(text: str, expected: tuple[str, str]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)][-1] == expected


def test_max_attribution_tail_words_is_overridable() -> None:
    class NoTail(QuoteParser):
        MAX_ATTRIBUTION_TAIL_WORDS = 0

    text = "Harbour news\n\nTom Ruiz met the board on Monday.\n\nRuiz, he said, would resign by the end of the year."
    quotes = ArticleParser(quotes=NoTail()).parse(text).quotes
    assert [quote.speaker and quote.speaker.name for quote in quotes] == ["Tom Ruiz"]


#: (text, (speaker's name, mention)): a one-word name after a kin role is the speaker unless it is a
#: place the vocabulary knows, which leaves the role
KIN_NAMES = [
    ('"We will miss him," said his son, Paris.', ("his son", "his son")),
    ('"We will miss him," said her daughter, Nairobi.', ("her daughter", "her daughter")),
    # the shape the rule aimed at: a given name after the kin role; and the outlet's name
    ('"We will miss him," said his daughter, Anne.', ("Anne", "Anne")),
    ('"We will miss him," said his son, Tomas.', ("Tomas", "Tomas")),
    ('"We will miss him," said his lawyer, Reuters.', ("his lawyer", "his lawyer")),
]


@pytest.mark.parametrize(("text", "expected"), KIN_NAMES)
def test_a_place_after_a_kin_role_is_no_name(text: str, expected: tuple[str, str]) -> None:
    assert [(name, mention) for _, _, name, mention in mention_rows(text)] == [expected]


def test_cities_are_overridable() -> None:
    class NoCities(Vocabulary):
        CITIES = ()

    assert Vocabulary().is_place("PARIS")
    assert not NoCities().is_place("Paris")
    assert NoCities().is_place("Hong Kong")

