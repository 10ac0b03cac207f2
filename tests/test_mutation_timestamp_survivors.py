"""``TimestampParser`` on the stamp lines and bylines that the survivors of the third mutation run
of ``timestamp.py`` (docs/testing.md, "Mutation testing") showed no other test pins: a later
piece glued to its separator whose label holds another label (``Modified date``), a notice glued
to a year in the first of two pieces, a range that opens the line, and bylines whose stamp is
followed by words :meth:`TimestampParser.find` drops.  Each case gives the stamps found (kind, ISO
datetime, text, column), read with a reference date, on a parser built in the test."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import TimestampParser, Vocabulary
from newsparse.lines import split_lines

REFERENCE = dt.date(2025, 3, 10)

Stamp = tuple[str, str, str, int]


def _stamps(line: str) -> list[Stamp]:
    found = TimestampParser().parse(split_lines(line), 0, REFERENCE)
    for stamp in found:
        assert line[stamp.span.start : stamp.span.end] == stamp.text
    return [(s.kind.value, s.datetime.isoformat(), s.text, s.span.start) for s in found]


LINES: list[tuple[str, list[Stamp]]] = [
    # a later piece glued to its bar opens with a label that holds another label ("date"): the
    # label is read whole, so the stamp is an update
    (
        "Posted Mar 3, 2025|Modified date: Mar 4, 2025",
        [("published", "2025-03-03T00:00:00", "Mar 3, 2025", 7), ("updated", "2025-03-04T00:00:00", "Mar 4, 2025", 34)],
    ),
    (
        "Mar 3, 2025|Modified date: Mar 4, 2025",
        [("published", "2025-03-03T00:00:00", "Mar 3, 2025", 0), ("updated", "2025-03-04T00:00:00", "Mar 4, 2025", 27)],
    ),
    # a clock of four digits before a zone name, the year elsewhere on the line
    ("November 18, 2019 1909 GMT", [("published", "2019-11-18T19:09:00+00:00", "November 18, 2019 1909 GMT", 0)]),
    # French and Spanish words left out before the date is read; an abbreviated month without its dot
    ("Publié le 1er mars 2019", [("published", "2019-03-01T00:00:00", "1er mars 2019", 10)]),
    (
        "Publicado el 4 de marzo de 2025 a las 14:30",
        [("published", "2025-03-04T14:30:00", "4 de marzo de 2025 a las 14:30", 13)],
    ),
    ("Publié le 4 janv 2025", [("published", "2025-01-04T00:00:00", "4 janv 2025", 10)]),
    ("Pubblicato il 4 gen 2025", [("published", "2025-01-04T00:00:00", "4 gen 2025", 14)]),
    # a numeric date that reads both ways after a label of a day-first language is read day first;
    # a number over 12 tells the order
    ("Pubblicato il 04/03/2025", [("published", "2025-03-04T00:00:00", "04/03/2025", 14)]),  # the label's day first
    ("Mis à jour le 04/03/2025", [("updated", "2025-03-04T00:00:00", "04/03/2025", 14)]),
    ("Ultimo aggiornamento 04/03/2025", [("updated", "2025-03-04T00:00:00", "04/03/2025", 21)]),
    ("Pubblicato il 12/03/2025", [("published", "2025-03-12T00:00:00", "12/03/2025", 14)]),
    ("Pubblicato il 03/12/2025", [("published", "2025-12-03T00:00:00", "03/12/2025", 14)]),
    ("Pubblicato il 04.03.25", [("published", "2025-03-04T00:00:00", "04.03.25", 14)]),  # a year of two digits: day first too
    ("Pubblicato il 13/03/2025", [("published", "2025-03-13T00:00:00", "13/03/2025", 14)]),
    ("Pubblicato il 03/13/2025", [("published", "2025-03-13T00:00:00", "03/13/2025", 14)]),
    ("Published 04/03/2025", [("published", "2025-04-03T00:00:00", "04/03/2025", 10)]),
    # a label glued to the year in the first piece starts a piece of its own, once
    (
        "February 24, 2020Last updated July 21, 2022 | Source: AP",
        [
            ("published", "2020-02-24T00:00:00", "February 24, 2020", 0),
            ("updated", "2022-07-21T00:00:00", "July 21, 2022", 30),
        ],
    ),
]


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_stamp_line(line: str, expected: list[Stamp]) -> None:
    assert _stamps(line) == expected


FIND: list[tuple[str, Stamp | None]] = [
    # a month alone before the dash closes a range that opens the line: no stamp
    ("March – April 6, 2025", None),
    # a number after the year that is no part of the date (a page's count of views) is dropped
    ("By Jane Roe - Nov 19, 2019 4821", ("published", "2019-11-19T00:00:00", "Nov 19, 2019", 14)),
    ("By Jane Roe - 2019-11-19 08:03 4821 views", ("published", "2019-11-19T08:03:00", "2019-11-19 08:03", 14)),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find(text: str, expected: Stamp | None) -> None:
    stamp = TimestampParser().find(text, 0, REFERENCE)
    if expected is None:
        assert stamp is None
        return
    assert stamp is not None
    assert (stamp.kind.value, stamp.datetime.isoformat(), stamp.text, stamp.span.start) == expected
    assert text[stamp.span.start : stamp.span.end] == stamp.text


def test_find_drops_a_counter_after_a_date_without_its_year() -> None:
    # "Nov 19, 8:03 am 2/3": the words after the clock are dropped one at a time, a date with no
    # year read with the reference date (the counter's first number stays in the text, as a
    # trailing number that reads as part of the clock does)
    text = "Jane Roe - Nov 19, 8:03 am 2/3"
    stamp = TimestampParser().find(text, 0, REFERENCE)
    assert stamp is not None
    assert stamp.datetime == dt.datetime(2024, 11, 19, 8, 3)
    assert stamp.span.start == 11
    assert stamp.text.startswith("Nov 19, 8:03 am")


DAY_FIRST: list[tuple[bool, str, list[Stamp]]] = [
    # an order given to the parser is kept after any label
    (False, "Pubblicato il 04/03/2025", [("published", "2025-04-03T00:00:00", "04/03/2025", 14)]),
    (True, "Pubblicato il 04/03/2025", [("published", "2025-03-04T00:00:00", "04/03/2025", 14)]),
    (False, "Mis à jour le 04/03/2025", [("updated", "2025-04-03T00:00:00", "04/03/2025", 14)]),
]


@pytest.mark.parametrize(("dayfirst", "line", "expected"), DAY_FIRST)
def test_an_order_given_is_kept_after_a_day_first_label(dayfirst: bool, line: str, expected: list[Stamp]) -> None:
    found = TimestampParser(dayfirst=dayfirst).parse(split_lines(line), 0, REFERENCE)
    assert [(s.kind.value, s.datetime.isoformat(), s.text, s.span.start) for s in found] == expected


def test_a_day_first_vocabulary_reads_a_labelled_numeric_date() -> None:
    class DayFirst(Vocabulary):
        DAYFIRST = True

    found = TimestampParser(DayFirst()).parse(split_lines("Pubblicato il 04/03/2025"), 0, REFERENCE)
    assert [(s.datetime.isoformat(), s.text, s.span.start) for s in found] == [("2025-03-04T00:00:00", "04/03/2025", 14)]


LABELS: list[tuple[str, bool]] = [
    # a month or weekday name of another language counts after a label only with a number after it
    ("Publié le lundi 18 novembre 2019", True),
    ("Publié le lundi 8 novembre 2019", True),
    ("Publié le lundi, 18 novembre 2019", True),
    ("Date set for council vote", False),
    # a word that is no month or weekday name, even with a number after it, is no date
    ("Written by 3 reporters", False),
    # an English month name that is also a German one needs no number after it
    ("Updated August", True),
    ("Updated Tuesday", True),
    ("Updated:", True),
    ("Published 3 seconds ago", True),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_starts_with_label(text: str, expected: bool) -> None:
    assert TimestampParser().starts_with_label(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated 10:45 GMT", True),
        ("Updated yesterday afternoon", False),  # no digit: no date
        ("Published " + "on the day the council met again to vote " * 4 + "Nov 19, 2019", False),  # too long
    ],
)
def test_might_be_stamp_line(text: str, expected: bool) -> None:
    assert TimestampParser().might_be_stamp_line(split_lines(text)[0]) is expected
