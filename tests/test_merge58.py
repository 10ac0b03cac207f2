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


# A numeric date with dashes reads both ways and is read only when something decides its order; a zone in
# the clock's piece after a bar does, as it does written beside the date (was: no stamp, the line debris).
DASHED_DATE_ZONE_AFTER_BAR = [
    ("Published: 03-07-2026 | 11:52 AM IST", "2026-07-03T11:52:00+05:30", "03-07-2026 | 11:52 AM IST"),
    ("Updated: 04-06-2026 · 09:15 AEST", "2026-06-04T09:15:00+10:00", "04-06-2026 · 09:15 AEST"),
    ("Published: 03-07-2026 | 11:52 AM EDT", "2026-03-07T11:52:00-04:00", "03-07-2026 | 11:52 AM EDT"),
    # precision: no zone, or one that says nothing of the order, still decides nothing
    ("Published: 03-07-2026 | 11:52 AM", None, None),
    ("Published: 03-07-2026 | 11:52 GMT", None, None),
    # a date that reads one way only is read as before
    ("Published: 13-07-2026 | 11:52 AM", "2026-07-13T11:52:00", "13-07-2026 | 11:52 AM"),
]


@pytest.mark.parametrize(("line", "when", "text"), DASHED_DATE_ZONE_AFTER_BAR)
def test_dashed_date_zone_after_bar(line: str, when: str | None, text: str | None) -> None:
    import newsparse

    article = newsparse.parse_article(f"Water tanker rates capped\n\n{line}\n\nThe state government on Thursday capped the price of water.")
    stamp = article.updated if line.startswith("Updated") else article.published
    assert (stamp.datetime.isoformat() if stamp else None) == when
    assert (stamp.text if stamp else None) == text
