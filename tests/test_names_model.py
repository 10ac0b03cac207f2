"""NameModel's public methods, one rule per row (invented people; kills the mutants of names.py)."""

from __future__ import annotations

import pytest

from newsparse import Vocabulary
from newsparse.names import NameModel

MODEL = NameModel(Vocabulary())


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        ("Okafor's", "Okafor"),
        ("Okafor’s,", "Okafor"),
        ("NATO'S", "NATO"),
        ("OKAFOR’S", "OKAFOR"),
        ("Harris'", "Harris"),
        ("Ross’;", "Ross"),
        ("Jansen:", "Jansen"),
        ("Berg,", "Berg"),
        ("AMEX,", "AMEX"),
        ("Lindqvist ", "Lindqvist "),
        ("'Berg", "'Berg"),
        ("Vogel", "Vogel"),
        ("Jo", "Jo"),
        ("s", "s"),
        ("", ""),
    ],
)
def test_bare_drops_possessive_and_closing_punctuation(word: str, bare: str) -> None:
    assert NameModel.bare(word) == bare


@pytest.mark.parametrize(
    ("word", "expected"),
    [("UN", True), ("BBC", True), ("NHS", True), ("A", False), ("Un", False), ("G7", False), ("BBC's", False)],
)
def test_is_acronym(word: str, expected: bool) -> None:
    assert NameModel.is_acronym(word) is expected


@pytest.mark.parametrize(
    ("word", "following", "preceding", "expected"),
    [
        ("June", "Whitaker", None, True),
        ("June", "Whitaker", "expert", True),
        ("June", "Whitaker", "in", False),
        ("June", "Whitaker", "5th", False),
        ("June", "Whitaker", "12", False),
        ("June", "5", None, False),
        ("June", "said", None, False),
        ("June", None, None, False),
        ("Jan.", "Vogel", None, False),
        ("Anna", "Vogel", None, False),
        ("Sunday", "Okafor", "Minister", True),
    ],
)
def test_is_given_name_date_word(word: str, following: str | None, preceding: str | None, expected: bool) -> None:
    assert MODEL.is_given_name_date_word(word, following, preceding) is expected


@pytest.mark.parametrize(
    ("words", "preceding", "count"),
    [
        (("in", "June", "Whitaker"), None, 1),
        (("Mayor", "in", "June", "Whitaker"), None, 1),
        (("June", "Whitaker"), "5th", 1),
        (("said", "von", "der", "Leyen"), None, 1),
        (("told", "de", "Marco", "Rossi"), None, 2),
        (("Ursula", "Gertrud", "von", "der", "Leyen"), None, 5),
        (("the", "Okafor", "van"), None, 0),
        (("NATO'S", "envoy", "Okafor"), None, 1),
        (("NATO'S", "Okafor"), None, 1),
    ],
)
def test_trailing_name(words: tuple[str, ...], preceding: str | None, count: int) -> None:
    assert MODEL.trailing_name(words, preceding) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ursula Gertrud von der Leyen", True),
        ("Ana Maria Gertrud von der Leyen", False),
        ("Ana B. Ruiz", True),
        ("Ruiz", False),
        ("de Marco", False),
        ("in June Whitaker", False),
    ],
)
def test_is_name_word_counts(text: str, expected: bool) -> None:
    assert MODEL.is_name(text) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("D'après", False),  # French elision: a preposition, not a name
        ("L’entraîneur", False),
        ("D'Souza", True),
        ("O’Neill", True),
        ("Ng'ang'a", True),  # an apostrophe inside a name, not after one letter
    ],
)
def test_an_elided_word_is_no_name_word(word: str, expected: bool) -> None:
    assert NameModel(Vocabulary()).is_name_word(word) is expected
