"""Issue 7 (speed), stop 28's speedG: the stamp reader runs its cheap tests before its dear ones.
``TimestampParser.parse_segment`` reads whether a piece holds only a date's words
(``is_date_only``) before it looks for a clock on each side of a date (``clock_each_side``), and
``TimestampParser.find`` gives up on a piece with no digit left before it reads its clocks; both
give what they gave before.  A subclass that counts the clock test shows that it runs only where
its answer can matter, and still runs there (an override of it is heard)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import TimestampParser


class CountingStamps(TimestampParser):
    """A stamp parser that lists the texts its clock test reads."""

    def __init__(self) -> None:
        super().__init__()
        self.clock_reads: list[str] = []

    def clock_each_side(self, written: str) -> bool:
        self.clock_reads.append(written)
        return super().clock_each_side(written)


# a piece of a line, whether a stamp is read from it, and the texts the clock test reads
SEGMENTS: list[tuple[str, str | None, list[str]]] = [
    # words no date holds: no stamp, and no clock read
    ("Argentine grain board figures show", None, []),
    ("Soybean May 20.0, total 20.0 (nil)", None, []),
    ("the company said on Monday it would cut 1,200 jobs", None, []),
    # a date: its clocks are read once, and it is the stamp
    ("Nov 19, 2019 8:03 am", "Nov 19, 2019 8:03 am", ["Nov 19, 2019 8:03 am"]),
    ("Updated: 4 March 2025 10:42 GMT", "4 March 2025 10:42 GMT", ["4 March 2025 10:42 GMT"]),
    # a date between two clocks: read, and refused for it
    ("08:45 4 March 2025 9:10", None, ["08:45 4 March 2025 9:10"]),
]


@pytest.mark.parametrize(("segment", "stamp", "reads"), SEGMENTS)
def test_parse_segment_reads_clocks_only_of_a_date(segment: str, stamp: str | None, reads: list[str]) -> None:
    stamps = CountingStamps()
    found = stamps.parse_segment(segment, 100, dt.date(2025, 3, 4))
    assert (found.text if found is not None else None) == stamp
    assert stamps.clock_reads == reads


# a line, the stamp find reads among its words (its text and span), and the texts the clock test reads
LINES: list[tuple[str, tuple[str, int, int] | None, list[str]]] = [
    # no digit in the line: find tries no word, the clocks are not read
    ("By Jane Roe, Staff Writer", None, []),
    ("Reporting by Jane Roe; Editing by Tom Poe", None, []),
    # a byline and a stamp: the clocks of the line from each word on (find's own test), none of the
    # pieces with words no date holds (parse_segment's), then the stamp's, found from "Nov"
    (
        "By Jane Roe - Nov 19, 2019 8:03 am",
        ("Nov 19, 2019 8:03 am", 14, 34),
        [
            "By Jane Roe - Nov 19, 2019 8:03 am",
            "Jane Roe - Nov 19, 2019 8:03 am",
            "Roe - Nov 19, 2019 8:03 am",
            "Nov 19, 2019 8:03 am",
            "Nov 19, 2019 8:03 am",
        ],
    ),
]


@pytest.mark.parametrize(("line", "stamp", "reads"), LINES)
def test_find_reads_clocks_only_where_a_digit_is_left(line: str, stamp: tuple[str, int, int] | None, reads: list[str]) -> None:
    stamps = CountingStamps()
    found = stamps.find(line, 0, None)
    assert (None if found is None else (found.text, found.span.start, found.span.end)) == stamp
    assert stamps.clock_reads == reads
