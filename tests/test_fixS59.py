"""Round 59 review (fixS59): a list of speakers after an inverted cue takes a bare word only when
the article names a person by it, and one person's honorific (``Mrs``) is no plural title.  Each
case is invented copy after a plain headline, and the ``(text, speaker's name, mention)`` rows that
must come out, in order."""

from __future__ import annotations

import pytest

from newsparse.vocabulary import Vocabulary
from quote_cases import mention_rows

Row = tuple[str, "str | None", "str | None"]


def quotes_of(text: str, language: str | None = None) -> list[Row]:
    """The ``(text, speaker's name, mention)`` of every quote of *text* under a plain headline."""
    return [(quoted, name, mention) for quoted, _, name, mention in mention_rows(text, language, "Council news")]


LISTS = [
    # fires: each bare word is a surname the article gave a person before
    (
        'Rosa Ortiz, Dan Berg and Eva Hall filed the appeal. "We will appeal," said Ortiz, Berg and Hall.',
        None,
        [("We will appeal,", "Rosa Ortiz, Dan Berg and Eva Hall", "Ortiz, Berg and Hall")],
    ),
    (
        'Rosa Ortiz and Dan Berg filed it. "We will appeal," said Ortiz, Berg and Eva Hall.',
        None,
        [("We will appeal,", "Rosa Ortiz, Dan Berg and Eva Hall", "Ortiz, Berg and Eva Hall")],
    ),
    # must not fire: plurals and bodies of capitalised words, and a surname the article never gave;
    # the list not read whole gives no speaker, never its first item (fixQ60)
    (
        'Rosa Ortiz filed the appeal. "We will appeal," said Ortiz, Democrats and Republicans.',
        None,
        [("We will appeal,", None, None)],
    ),
    (
        'Rosa Ortiz filed the appeal. "We will appeal," said Ortiz, Teamsters and Greens.',
        None,
        [("We will appeal,", None, None)],
    ),
    (
        'Rosa Ortiz filed the appeal. "We will appeal," said Ortiz, Berg and Hall.',
        None,
        [("We will appeal,", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), LISTS)
def test_listed_speakers(text: str, language: str | None, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected


PLURAL_TITLES = [
    ("Senators", True),
    ("Drs", True),
    ("Drs.", True),
    ("Messrs", True),
    ("Mrs", False),
    ("Mrs.", False),
    ("Ms", False),
    ("Senator", False),
    ("Ortiz", False),
]


@pytest.mark.parametrize(("word", "expected"), PLURAL_TITLES)
def test_plural_title(word: str, expected: bool) -> None:
    assert Vocabulary().is_plural_title(word) is expected
