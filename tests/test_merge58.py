"""Rows from the round of stop 51's merge: behaviour the round's branches left unpinned."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from newsparse.quotes.model import TitledSurnames
from quote_cases import mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

Row = tuple[str, QuoteKind, "str | None", "str | None"]


def quotes_of(paragraph: str) -> list[Row]:
    return mention_rows(paragraph)


# A pronoun's surname after honorifics is read from what the paragraph wrote BEFORE it: the honorifics are
# read once per paragraph (they were read again from the paragraph's start for every pronoun, a paragraph
# of many pronouns taking time in the square of its length), and each pronoun sees only those before it.
TITLED_BY_POSITION = [
    ('Ms Khan said she would raise the issue. "We are fine," he said. Mr Patel said the operator should lose '
     'its franchise. He added: "Enough is enough." She added: "No."',
     [("she would raise the issue", R, "Khan", "Ms Khan"), ("We are fine,", D, "he", "he"),
      ("the operator should lose its franchise", R, "Patel", "Mr Patel"), ("Enough is enough.", D, "Patel", "He"),
      ("No.", D, "Khan", "She")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TITLED_BY_POSITION)
def test_titled_surname_by_position(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


@pytest.mark.parametrize(
    ("ends", "dead", "windows", "pronoun", "end", "surname"),
    [
        ([10, 40], -1, {"he": (2, 99, "Patel")}, "he", 45, "Patel"),
        ([10, 40], -1, {"he": (2, 99, "Patel")}, "he", 40, "Patel"),  # (a surname ending right at the pronoun counts)
        ([10, 40], -1, {"he": (2, 99, "Patel")}, "he", 39, None),  # (only one honorific before: no rival shown)
        ([10, 40], -1, {"he": (2, 99, "Patel")}, "she", 45, None),
        ([10, 40, 70], -1, {"he": (2, 3, "Patel")}, "he", 80, None),  # (a second man by then)
        ([10, 40], 1, {"he": (2, 99, "Patel")}, "he", 45, None),  # (the second left no one sure)
        ([], -1, {}, "he", 45, None),
    ],
)
def test_titled_surnames_prefix(ends: list[int], dead: int, windows: dict[str, tuple[int, int, str]], pronoun: str,
                                end: int, surname: str | None) -> None:
    from array import array

    read = TitledSurnames(array("q", ends), dead, windows)
    assert read.surname_for(pronoun, end) == surname
