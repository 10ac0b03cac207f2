"""Mutation pass mutGG (stop 26, issue 8): the survivors in ``timestamp.py`` that mutEE's pass did
not examine (mutmut 3.8.1's mutants of the lines changed in ``ca6829c..b36c43f``), each killed by a
stamp in a real format: a clock with its zone in brackets, French and Italian clocks written with
``h``, dotted and slashed numeric dates after day-first labels, an unlabelled date in another
language, a year glued to a clock or a word, ranges of days and years, clock lines at the length
bounds, and the method each mutant changed, asserted on the value it changed (see docs/testing.md,
"Stop 24's layout code, the rest")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import BylineParser, TimestampParser
from newsparse.lines import split_lines

REFERENCE = dt.date(2025, 3, 10)

Stamp = tuple[str, str, str, int]


def _stamps(line: str) -> list[Stamp]:
    found = TimestampParser().parse(split_lines(line), 0, REFERENCE)
    for stamp in found:
        assert line[stamp.span.start : stamp.span.end] == stamp.text
    return [(s.kind.value, s.datetime.isoformat(), s.text, s.span.start) for s in found]


# -- whole stamp lines (TimestampParser.parse) ----------------------------------------------------

LINES: list[tuple[str, list[Stamp]]] = [
    # a zone's clock in brackets after the local clock is left alone, not cut off nor read
    ("Published Nov 19, 2019 8:03 am (1303 GMT)", [("published", "2019-11-19T08:03:00", "Nov 19, 2019 8:03 am (1303 GMT)", 10)]),
    (
        "Updated: Nov. 19, 2019 at 8:03 a.m. (1303 GMT)",
        [("updated", "2019-11-19T08:03:00", "Nov. 19, 2019 at 8:03 a.m. (1303 GMT)", 9)],
    ),
    # a clock written with "h" after a French label
    ("Publié le 19 novembre 2019 à 14h30", [("published", "2019-11-19T14:30:00", "19 novembre 2019 à 14h30", 10)]),
    ("Mis à jour le 4 mars, 14h30", [("updated", "2025-03-04T14:30:00", "4 mars, 14h30", 14)]),
    # a weekday of another language before the date after its label
    ("Publié le mardi 4 mars 2025", [("published", "2025-03-04T00:00:00", "mardi 4 mars 2025", 10)]),
    ("Publié le mardi 4 mars 2025 à 14h30", [("published", "2025-03-04T14:30:00", "mardi 4 mars 2025 à 14h30", 10)]),
    # a whole date in another language with no label, its month abbreviated with or without a dot
    ("4 mars 2025 à 10h42", [("published", "2025-03-04T10:42:00", "4 mars 2025 à 10h42", 0)]),
    ("5. März 2024, 10:42 Uhr", [("published", "2024-03-05T10:42:00", "5. März 2024, 10:42 Uhr", 0)]),
    ("5 de marzo de 2024 - 10:42", [("published", "2024-03-05T10:42:00", "5 de marzo de 2024 - 10:42", 0)]),
    ("4 janv 2025", [("published", "2025-01-04T00:00:00", "4 janv 2025", 0)]),
    ("4 de marzo de 2025, 08:45 a. m.", [("published", "2025-03-04T08:45:00", "4 de marzo de 2025, 08:45 a. m.", 0)]),
    # a numeric date that reads both ways: day first after a day-first label or written with dots or "h"
    ("Published: 04.03.2025 14:30", [("published", "2025-03-04T14:30:00", "04.03.2025 14:30", 11)]),
    ("Veröffentlicht am 04.03.2025 um 14:05 Uhr", [("published", "2025-03-04T14:05:00", "04.03.2025 um 14:05 Uhr", 18)]),
    ("Pubblicato il 04/03/2025 alle 14:05", [("published", "2025-03-04T14:05:00", "04/03/2025 alle 14:05", 14)]),
    ("Publié le 04/03/2025 à 14h05", [("published", "2025-03-04T14:05:00", "04/03/2025 à 14h05", 10)]),
    ("04.03.2025 14h05", [("published", "2025-03-04T14:05:00", "04.03.2025 14h05", 0)]),
    # ... and month first with neither
    ("Posted 12/03/2025 10:30", [("published", "2025-12-03T10:30:00", "12/03/2025 10:30", 7)]),
    # a clock before a date with no year: the year from the reference date
    ("Published: 14:30, 4 March", [("published", "2025-03-04T14:30:00", "14:30, 4 March", 11)]),
    # a clock of four digits before a zone, the year after it
    ("1909 GMT November 18, 2019", [("published", "2019-11-18T19:09:00+00:00", "1909 GMT November 18, 2019", 0)]),
    # a year glued to the clock after it
    ("Nov 20 20194:29 AM", [("published", "2019-11-20T04:29:00", "Nov 20 20194:29 AM", 0)]),
    ("Updated Nov 20 20194:29 AM EST", [("updated", "2019-11-20T04:29:00-05:00", "Nov 20 20194:29 AM EST", 8)]),
    # a year glued to a capitalised word that is no label: the word starts a piece of its own
    ("February 24, 2020This story was updated", [("published", "2020-02-24T00:00:00", "February 24, 2020", 0)]),
    (
        "Feb 24, 2020Read more | Feb 25, 2020Share",
        [("published", "2020-02-24T00:00:00", "Feb 24, 2020", 0), ("published", "2020-02-25T00:00:00", "Feb 25, 2020", 24)],
    ),
    # near-misses: ranges of days and of years, and two days joined by a slash, date nothing
    ("12-15 June 2025", []),
    ("March 2, 1941 - January 28, 2025", []),
    ("Nov 19/20 2019", []),
]


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_stamp_line(line: str, expected: list[Stamp]) -> None:
    assert _stamps(line) == expected


# -- the pieces of a stamp line (TimestampParser.segments) ----------------------------------------

SEGMENTS: list[tuple[str, list[str]]] = [
    (
        "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",
        ["Mon 18 Nov 2019 18.54 GMT ", "Last modified on Mon 18 Nov 2019 18.56 GMT"],
    ),
    (
        "Published 24 Feb 2020Updated 21 Jul 2022Updated 22 Jul 2022",
        ["Published 24 Feb 2020", "Updated 21 Jul 2022", "Updated 22 Jul 2022"],
    ),
    ("Modified date: Mar 4, 2025", ["Modified date: Mar 4, 2025"]),
    (" Updated: Mar 4, 2025 | Published: Mar 3, 2025", [" Updated: Mar 4, 2025 ", " Published: Mar 3, 2025"]),
    ("Updated Mar 4, 2025Posted Mar 3, 2025", ["Updated Mar 4, 2025", "Posted Mar 3, 2025"]),
    ("Published | Updated on 4 March 2025", ["Published ", " Updated on 4 March 2025"]),
    # a glued label in the first piece is cut there once, not again in the pieces after it
    (
        "February 24, 2020Last updated July 21, 2022 | Updated July 22, 2022",
        ["February 24, 2020", "Last updated July 21, 2022 ", " Updated July 22, 2022"],
    ),
    # a year glued to a word that is no label, in the first piece or a later one
    ("February 24, 2020This story was updated", ["February 24, 2020", "This story was updated"]),
    ("Published 24 Feb 2020 | Updated 21 Jul 2022Comments", ["Published 24 Feb 2020 ", " Updated 21 Jul 2022", "Comments"]),
    ("Feb 24, 2020Read more | Feb 25, 2020Share", ["Feb 24, 2020", "Read more ", " Feb 25, 2020", "Share"]),
]


@pytest.mark.parametrize(("line", "expected"), SEGMENTS)
def test_segments(line: str, expected: list[str]) -> None:
    assert [m.group() for m in TimestampParser().segments(line)] == expected


def test_segments_start_where_their_labels_do() -> None:
    line = "Published: 3 March 2025 Updated: 4 March 2025 Updated: 5 March 2025"
    pieces = [(m.start(), m.group()) for m in TimestampParser().segments(line)]
    assert pieces == [(0, "Published: 3 March 2025 "), (24, "Updated: 4 March 2025 "), (46, "Updated: 5 March 2025")]


# -- a stamp among other words (TimestampParser.find) ---------------------------------------------

FIND: list[tuple[str, Stamp | None]] = [
    ("By Jane Roe - Nov 19, 2019 8:03 am", ("published", "2019-11-19T08:03:00", "Nov 19, 2019 8:03 am", 14)),
    # a number of views after a year-first date is dropped: the year before it is read
    ("2019/11/19 12345 views", ("published", "2019-11-19T00:00:00", "2019/11/19", 0)),
    # a day the year does not have is no date, and the year is not dropped to read one with the
    # reference date's year instead
    ("Feb 29 2019", None),
    ("Feb 29 2019 Comments", None),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find(text: str, expected: Stamp | None) -> None:
    stamp = TimestampParser().find(text, 0, REFERENCE)
    found = None if stamp is None else (stamp.kind.value, stamp.datetime.isoformat(), stamp.text, stamp.span.start)
    assert found == expected


def test_parse_segment_reads_a_label_after_blanks() -> None:
    # a piece after a separator opens with a blank: its label is read from the first word
    parser = TimestampParser()
    for piece, kind, text, start in [
        (" Updated: Mar 4, 2025", "updated", "Mar 4, 2025", 10),
        ("  Mis à jour le 4 mars 2025", "updated", "4 mars 2025", 16),
    ]:
        stamp = parser.parse_segment(piece, 0, REFERENCE)
        assert stamp is not None
        assert (stamp.kind.value, stamp.text, stamp.span.start) == (kind, text, start)


# -- where a stamp ends (TimestampParser.time_end) ------------------------------------------------

TIME_ENDS: list[tuple[str, int]] = [
    # a zone's clock in brackets after the clock is no number after it
    ("Nov 19, 2019 8:03 am (1303 GMT)", 31),
    ("Nov 19, 2019 (Tue) 8:03 am (1303 GMT)", 37),
    # a second clock after the date's clock, with a number before the first: cut before it
    ("Nov 19 (Tue) 8:03 pm 12:00", 21),
    ("5 Nov 8:03 pm 12:00", 14),
    ("5 Nov 2019 8:03 pm 12:00", 19),
    # a clock that opens the stamp has no number before it: the whole stamp
    ("8:03 pm, Nov 19 2019 9:10 pm 2/3", 32),
    ("10:30 Nov 19, 2019 11:45 1/2", 28),
]


@pytest.mark.parametrize(("written", "end"), TIME_ENDS)
def test_time_end(written: str, end: int) -> None:
    assert TimestampParser().time_end(written) == end


# -- a stamp ready for dateutil (TimestampParser.clean) -------------------------------------------

CLEANED: list[tuple[str, str | None]] = [
    ("Nov 19, 2019 (Tue) 8:03 am (1303 GMT)", "Nov 19  2019   8:03 am  "),
    ("19 novembre 2019 à 14h30, modifié à 16h45", "19 novembre 2019   14:30  modifié   16:45"),
    ("Nov 19, 2019 18.54 GMT, 19.10 GMT", "Nov 19  2019 18:54 GMT  19:10 GMT"),
    ("Mon 18 Nov 2019 CET, Tue 19 Nov 2019 CET", "Mon 18 Nov 2019    Tue 19 Nov 2019  "),
    ("Nov 19th, 2019 | Nov 20th, 2019", "Nov 19   2019   Nov 20   2019"),
    ("Nov 19, 2019 8:03 pm est, 9:03 pm edt", "Nov 19  2019 8:03 pm EST  9:03 pm EDT"),
    # an offset from GMT or UTC that opens the stamp
    ("GMT+3 19 Nov 2019 14:30", " +0300  19 Nov 2019 14:30"),
    ("UTC+5:30 19 Nov 2019 14:30", " +0530  19 Nov 2019 14:30"),
    ("GMT-5 Nov 19, 2019", " -0500  Nov 19  2019"),
]


@pytest.mark.parametrize(("written", "cleaned"), CLEANED)
def test_clean(written: str, cleaned: str | None) -> None:
    assert TimestampParser().clean(written) == cleaned


# -- reading a stamp (read_datetime, parse_with_default, colon_clock, in_english) -----------------

READ: list[tuple[str, dt.date | None, dt.datetime | None]] = [
    ("12/03/2025", None, dt.datetime(2025, 12, 3)),
    ("1/2/2025", None, dt.datetime(2025, 1, 2)),
    ("1/2/2025 10:30", None, dt.datetime(2025, 1, 2, 10, 30)),
    ("Nov 20 20194:29 AM", None, dt.datetime(2019, 11, 20, 4, 29)),
    ("14:30 4 March 2025", None, dt.datetime(2025, 3, 4, 14, 30)),
    ("14:30, 4 March", REFERENCE, dt.datetime(2025, 3, 4, 14, 30)),
    # near-misses: two days joined by a slash; a number where the year would be
    ("1/2 2019", None, None),
    ("0000 4 March", REFERENCE, None),
]


@pytest.mark.parametrize(("written", "reference", "when"), READ)
def test_read_datetime(written: str, reference: dt.date | None, when: dt.datetime | None) -> None:
    assert TimestampParser().read_datetime(written, reference) == when


def test_parse_with_default_reads_a_short_year_last() -> None:
    parser = TimestampParser()
    default = dt.datetime(2000, 1, 1)
    assert parser.parse_with_default("04/03/25", default) == dt.datetime(2025, 4, 3)
    assert parser.parse_with_default("03/04/05", default) == dt.datetime(2005, 3, 4)
    assert parser.parse_with_default("2025.03.04", default) == dt.datetime(2025, 3, 4)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1909 GMT November 18, 2019", "19:09 GMT November 18, 2019"),
        ("November 18, 2019 1909 GMT", "November 18, 2019 19:09 GMT"),
    ],
)
def test_colon_clock(written: str, expected: str) -> None:
    assert TimestampParser().colon_clock(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1er mars 2025 a las 14:30 a las 15:00", "1  March 2025   14:30   15:00"),
        ("martes 4 de marzo de 2025", "Tuesday 4 de March de 2025"),
    ],
)
def test_in_english(written: str, expected: str) -> None:
    assert TimestampParser().in_english(written) == expected


# -- the cheap tests and the orders (opens_foreign_date, holds_range, month_first_after, ...) -----

PREDICATES: list[tuple[str, str, bool]] = [
    ("opens_foreign_date", "4 janv 2025", True),
    ("opens_foreign_date", "4 mars 2025", True),
    ("opens_foreign_date", "lundi 4 mars 2025", True),
    ("holds_range", "12-15 June 2025", True),
    ("holds_range", "March 2, 1941 – 2025", True),
    ("holds_range", "March 2, 1941 - January 28, 2025", True),
    ("holds_range", "Jan. 5, 2025 - 10:30 a.m.", False),
    ("day_first_labelled", "Pubblicato il 04/03/2025", True),
    ("day_first_labelled", "  Pubblicato il 04/03/2025", True),
    ("day_first_labelled", "Published 04/03/2025", False),
    ("might_hold_date", "1 March", True),
    ("has_clock", "14:30 GMT", True),
    ("is_clock_line", "14:30", True),
    ("is_clock_line", "Updated 14:30", True),
    ("is_clock_line", "Updated: 14:30 GMT", True),
    ("is_clock_line", " Updated 14:30", True),
    ("is_clock_line", "10:42 a.m. EST", True),
    ("is_clock_line", "10:42 a.m. Eastern Standard Time", True),  # (a zone spelled out: EST, fixT61)
    # the bounds: a line of at most MAX_LINE_CHARS (160) after its label, a clock of at most
    # MAX_CLOCK_LINE_CHARS (24), blanks of a laid-out page counted
    ("is_clock_line", "Updated" + " " * 148 + "14:30", True),
    ("is_clock_line", "Updated" + " " * 160 + "14:30", False),
    ("is_clock_line", "10:42" + " " * 16 + "GMT", True),
    ("is_clock_line", "10:42" + " " * 17 + "GMT", False),
]


@pytest.mark.parametrize(("method", "text", "expected"), PREDICATES)
def test_predicate(method: str, text: str, expected: bool) -> None:
    assert getattr(TimestampParser(), method)(text) is expected


@pytest.mark.parametrize(
    ("label", "readable", "expected"),
    [
        ("Pubblicato il", "04/03/2025", True),
        ("Pubblicato il", "4/3/2025", True),
        ("", "04.03.2025", True),
        ("", "04/03/2025", False),
        ("Pubblicato il", "13/03/2025", False),
    ],
)
def test_month_first_after(label: str, readable: str, expected: bool) -> None:
    assert TimestampParser().month_first_after(label, readable) is expected


@pytest.mark.parametrize(
    ("piece", "end"),
    [
        ("Published 3:45 pmIn News", 17),
        ("3:45 pmIn News", 7),
        ("Nov 19, 2019 3:45 pmIn News", 20),
        ("Updated Nov 19, 2019 Jane Roe", 20),
    ],
)
def test_date_run_end(piece: str, end: int) -> None:
    assert TimestampParser().date_run_end(piece) == end


# -- the byline parser's credit pieces and outlets, on a parser built in the test -----------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Jane Roe | Photos: Tom Berg", 8),
        ("Jane Roe · Video by Ana Ruiz", 8),
        ("Jane Roe | Senior Correspondent", None),  # a role piece is no credit
    ],
)
def test_credit_piece_start(text: str, start: int | None) -> None:
    assert BylineParser().credit_piece_start(text) == start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Tiempo", True),  # an outlet's opener and a capital after it
        ("La Voz de Galicia", False),  # a word in lower case after the opener
        ("Jane Roe", False),
    ],
)
def test_reads_as_outlet(text: str, expected: bool) -> None:
    assert BylineParser().reads_as_outlet(text) is expected
