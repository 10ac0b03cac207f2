"""Issue 7 (speed), the reported-speech pass: the cheap tests it now runs before reading words
(``ReportedSpeech.may_end_in_relative`` before ``in_relative``, a comma or semicolon before
``is_sentence_tail``'s pattern, ``n't`` before ``is_verb``'s negation pattern), ``has_verb`` reading
only its first words, ``non_speech_object`` folding only the words it reads, and the rules around
them, end to end, with the readings they gave before.  Each cheap test is checked against the
reading it stands in front of, position by position, on text written for these tests."""

from __future__ import annotations

from typing import ClassVar

import pytest
import regex

from newsparse.quotes.parser import QuoteParser
from newsparse.vocabulary import KEEP_GIL
from quote_cases import Case, Row, quotes_of

PARSER = QuoteParser()

# a paragraph, the quotes read from it: inverted attributions (the head read without its
# possessives once), a quotation mark in the head, a relative clause before the cue, a closing
# attribution with a tail or a clause after it, a direct quote then reported speech in one paragraph
PARAGRAPHS: list[tuple[str, list[Row]]] = [
    (
        "The plan, said Ana Ruiz, was too costly for the town.",
        [("R", "The plan, said Ana Ruiz, was too costly for the town", 0, 52, "said", "Ana Ruiz", None)],
    ),
    (
        "The mayor's plan, said Ana Ruiz, was too costly for the town.",
        [("R", "The mayor's plan, said Ana Ruiz, was too costly for the town", 0, 60, "said", "Ana Ruiz", None)],
    ),
    ('The "plan", said Ana Ruiz, was too costly for the town.', [("D", "plan", 5, 9, "said", "Ana Ruiz", None)]),
    ("Prices, said Ana Ruiz, would rise.", []),
    (
        "The official, who asked not to be named, said the port was closed.",
        [("R", "the port was closed", 46, 65, "said", "The official", None)],
    ),
    (
        "Tom Berg said the bridge would close on Monday, police said.",
        [
            ("R", "Tom Berg said the bridge would close on Monday", 0, 46, "said", "police", None),
            ("R", "the bridge would close on Monday", 14, 46, "said", "Tom Berg", None),
        ],
    ),
    (
        "The bridge will close, Tom Berg said on Tuesday, and the ferry will run.",
        [("R", "The bridge will close", 0, 21, "said", "Tom Berg", None)],
    ),
    ("The bridge will close, Tom Berg said on Tuesday.", [("R", "The bridge will close", 0, 21, "said", "Tom Berg", None)]),
    (
        '"We will rebuild the pier," said Ana Ruiz. Tom Berg said the town couldn\'t pay for it.',
        [
            ("D", "We will rebuild the pier,", 1, 26, "said", "Ana Ruiz", None),
            ("R", "the town couldn't pay for it", 57, 85, "said", "Tom Berg", None),
        ],
    ),
    ('Tom Berg recalled Ana Ruiz saying: "We will rebuild the pier."', [("D", "We will rebuild the pier.", 36, 61, "saying", "Ana Ruiz", None)]),
    ("Ana Ruiz said a prayer for the victims.", []),  # (a thing said, no report)
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_reported_paragraphs(text: str, expected: list[Row]) -> None:
    assert quotes_of(Case(text, [])) == expected


# a word, whether it looks like a finite verb (a negative contraction read as its verb)
VERBS = [
    ("shouldn't", True),
    ("shouldn’t", True),
    ("can't", True),  # (NEGATIONS: "can")
    ("won’t", True),  # (NEGATIONS: "will")
    ("isn't", True),
    ("rallied", True),
    ("red", False),
    ("tablen'tx", False),  # ("n't" not at the end: no verb made of it)
    ("plant", False),
]


@pytest.mark.parametrize(("word", "expected"), VERBS)
def test_is_verb(word: str, expected: bool) -> None:
    assert PARSER.is_verb(word) is expected


# text, how many words are read, whether one of them is a verb (a negative count: all but the
# last words, as a slice gives)
HAS_VERB = [
    ("the port was closed", 2, False),
    ("the port was closed", 3, True),
    ("the port was closed", 6, True),
    ("the port was closed", 0, False),
    ("the port was closed", -1, True),
    ("the port was closed", -2, False),
]


@pytest.mark.parametrize(("text", "words", "expected"), HAS_VERB)
def test_has_verb(text: str, words: int, expected: bool) -> None:
    assert PARSER.has_verb(text, 0, len(text), words=words) is expected


TEXTS = [
    "The official, who asked not to be named, said the port was closed.",
    "Voters WHO backed her said that the official who   said it, that said, was wrong.",
    "Residents that said so, and those who, said nothing; whom said who-said.",
    "",
]


def in_relative_read(parser: QuoteParser, raw: str, start: int, cue_start: int) -> bool:
    """``in_relative`` as it read before its cheap test: every word of the window."""
    words = list(parser._word.finditer(raw, max(start, cue_start - parser.NAMED_WINDOW), cue_start, False, KEEP_GIL))
    return bool(words) and not raw[words[-1].end() : cue_start].strip() and parser.is_relative(words[-1].group())


@pytest.mark.parametrize("raw", TEXTS)
def test_in_relative_as_read_before(raw: str) -> None:
    found = []
    for start in (0, 10):
        for cue_start in range(len(raw) + 1):
            expected = in_relative_read(PARSER, raw, start, cue_start)
            assert PARSER.in_relative(raw, start, cue_start) is expected
            found.append(expected)
    assert any(found) or not raw  # (the text holds a relative pronoun before a word)


@pytest.mark.parametrize(
    ("text", "cue_start", "expected"),
    [
        ("The official, who said", 18, True),
        ("The official, WHO said", 18, False),  # (an acronym)
        ("The official who   said", 19, True),
        ("The official said", 13, False),
        ("The official, who, said", 19, False),
    ],
)
def test_in_relative(text: str, cue_start: int, expected: bool) -> None:
    assert PARSER.in_relative(text, 0, cue_start) is expected


class DontRelative(QuoteParser):
    """A parser whose own ``is_relative`` also takes ``whereof``, which no list of it holds."""

    def is_relative(self, word: str) -> bool:
        return word.casefold() == "whereof" or super().is_relative(word)


def test_in_relative_sees_an_overridden_is_relative() -> None:
    parser = DontRelative()
    raw = "The clerk whereof said nothing"
    assert parser.may_end_in_relative(raw[:18]) is True
    assert parser.in_relative(raw, 0, 18) is True
    assert PARSER.in_relative(raw, 0, 18) is False


def test_may_end_in_relative() -> None:
    assert PARSER.may_end_in_relative("The official, who ") is True
    assert PARSER.may_end_in_relative("The official, WHO\n") is True  # (folded: the reading decides)
    assert PARSER.may_end_in_relative("The official, who,") is False
    assert PARSER.may_end_in_relative("") is False


class CommaTail(QuoteParser):
    """A parser with a tail word that holds a comma: the comma test is off."""

    TAIL_WORDS: ClassVar[tuple[str, ...]] = (*QuoteParser.TAIL_WORDS, "to wit,")


# what follows an attribution, whether it only closes the sentence
TAILS = [
    (" on Tuesday.", True),
    (" in Paris.", True),
    (".", True),
    (" on Tuesday, and left.", False),
    ("; the rest.", False),
    (" on Tuesday that it would.", False),
]


@pytest.mark.parametrize(("after", "expected"), TAILS)
def test_is_sentence_tail(after: str, expected: bool) -> None:
    assert PARSER.is_sentence_tail(after) is expected
    # (the comma test never decides what the pattern would not)
    assert (PARSER._sentence_tail.fullmatch(after) is not None) or not expected


def test_comma_tail_word_turns_the_comma_test_off() -> None:
    assert PARSER._tail_without_commas is True
    parser = CommaTail()
    assert parser._tail_without_commas is False
    assert parser.is_sentence_tail(" to wit, in Paris.") is True
    assert PARSER.is_sentence_tail(" to wit, in Paris.") is False


# reported words, whether they are a thing said (an object, no report); the words past those read
# are only counted, never folded
OBJECTS = [
    ("a prayer for the victims", True),
    ("a prayer", True),
    ("a prayer would not help", False),
    ("a prayer for the victims would help them all to heal after the storm that hit the town", False),
    ("the bridge would close", False),
]


@pytest.mark.parametrize(("words", "expected"), OBJECTS)
def test_non_speech_object(words: str, expected: bool) -> None:
    assert PARSER.non_speech_object(words) is expected


def test_negation_pattern_needs_the_contraction() -> None:
    # (the cheap test before the pattern: no word without "n't" is changed by it)
    negation = regex.compile(r"n['’]t$")
    for word in ("plant", "n't", "don’t", "want", "nt", "can't\n"):
        changed = negation.sub("", word) != word
        assert not changed or "n't" in word or "n’t" in word
