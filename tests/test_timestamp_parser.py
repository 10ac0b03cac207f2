"""``TimestampParser`` on its own, table-driven: the stamp lines web pages and wires print, the
stamps it finds inside a byline line, the lines it takes for stamps even when it cannot read them,
and how a date without a year gets one.  A fresh parser is built for each test, so that a change
to the patterns its constructor builds shows here (the shared default parser is built when
``newsparse`` is imported)."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import pytest

from newsparse import Span, TimestampParser, Vocabulary
from newsparse.lines import split_lines
from newsparse.spans import Timestamp, TimestampKind
from newsparse.timestamp import resolve_year

REFERENCE = dt.date(2025, 3, 10)
HEADER = "Storm closes ports\n  "  # the stamp line starts at offset 21, indented


@pytest.fixture
def stamps() -> TimestampParser:
    return TimestampParser()


def _parse(parser: TimestampParser, line: str, reference: dt.date | None = None) -> list[tuple[str, str, str, int]]:
    """(kind, ISO datetime, text, column of the text in *line*) of each stamp on *line*, after checking
    that each span slices the input to the stamp's text."""
    source = HEADER + line
    found = parser.parse(split_lines(source), 1, reference)
    for stamp in found:
        assert source[stamp.span.start : stamp.span.end] == stamp.text
    return [(s.kind.value, s.datetime.isoformat(), s.text, s.span.start - len(HEADER)) for s in found]


# line, [(kind, datetime, text, column)] read with and without a reference date
PARSE = [
    # labels: which kind, in any case, with "on"/"at", a colon or a dash
    ("Published: Aug 13, 2024 11:14 PM", [("published", "2024-08-13T23:14:00", "Aug 13, 2024 11:14 PM", 11)]),
    ("Updated 1:39 am EST, Wednesday, November 20, 2019",
     [("updated", "2019-11-20T01:39:00-05:00", "1:39 am EST, Wednesday, November 20, 2019", 8)]),
    ("Nov. 19, 2019 8:03 am ET", [("published", "2019-11-19T08:03:00-05:00", "Nov. 19, 2019 8:03 am ET", 0)]),
    ("Updated: 2025-02-01T14:20:00Z", [("updated", "2025-02-01T14:20:00+00:00", "2025-02-01T14:20:00Z", 9)]),
    ("Last updated on March 4, 2025 at 9:15 a.m.", [("updated", "2025-03-04T09:15:00", "March 4, 2025 at 9:15 a.m.", 16)]),
    ("Posted at 10:45 GMT, 5 March 2025", [("published", "2025-03-05T10:45:00+00:00", "10:45 GMT, 5 March 2025", 10)]),
    ("REVISED — March 6, 2025 4:00 PM", [("updated", "2025-03-06T16:00:00", "March 6, 2025 4:00 PM", 10)]),
    ("Published: 4th March 2025 at 10:00", [("published", "2025-03-04T10:00:00", "4th March 2025 at 10:00", 11)]),
    ("Created: 04.03.25 10:00 CET", [("published", "2025-03-04T10:00:00+01:00", "04.03.25 10:00 CET", 9)]),
    # several stamps on a line, split at ";" or at a label in mid-line
    ("Published March 4, 2025; Updated March 5, 2025",
     [("published", "2025-03-04T00:00:00", "March 4, 2025", 10), ("updated", "2025-03-05T00:00:00", "March 5, 2025", 33)]),
    ("Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",
     [("published", "2019-11-18T18:54:00+00:00", "Mon 18 Nov 2019 18.54 GMT", 0),
      ("updated", "2019-11-18T18:56:00+00:00", "Mon 18 Nov 2019 18.56 GMT", 43)]),
    ("Published 18 Nov 2019 18.54 GMT updated 18 Nov 2019 18.56 GMT",
     [("published", "2019-11-18T18:54:00+00:00", "18 Nov 2019 18.54 GMT", 10), ("updated", "2019-11-18T18:56:00+00:00", "18 Nov 2019 18.56 GMT", 40)]),
    # short pieces that are not stamps may stand beside a stamp, a long one may not
    ("New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM",
     [("updated", "2019-11-19T09:01:00", "19 November 2019, 09:01 AM", 42)]),
    ("4 March 2025 | Reuters", [("published", "2025-03-04T00:00:00", "4 March 2025", 0)]),
    ("Mumbai bureau of the Daily Courier | Mar 4, 2025", [("published", "2025-03-04T00:00:00", "Mar 4, 2025", 37)]),
    ("Mumbai bureau of the Daily Courier staff | Mar 4, 2025", []),
    ("Published: Aug 13, 2024 11:14 PM | Filed from Kyiv by our correspondent on the front lines", []),
    # a date, then its clock time in the next piece (of three words at most)
    ("4 March 2025 | 10:00 GMT", [("published", "2025-03-04T10:00:00+00:00", "4 March 2025 | 10:00 GMT", 0)]),
    ("Dover | 4 March 2025 | 10:00 GMT", [("published", "2025-03-04T10:00:00+00:00", "4 March 2025 | 10:00 GMT", 8)]),
    ("4 March 2025 | 10:00 GMT | Opinion", [("published", "2025-03-04T10:00:00+00:00", "4 March 2025 | 10:00 GMT", 0)]),
    ("4 March 2025 | 10:00 am GMT", [("published", "2025-03-04T10:00:00+00:00", "4 March 2025 | 10:00 am GMT", 0)]),
    ("4 March 2025 | 10:00 GMT for readers", [("published", "2025-03-04T00:00:00", "4 March 2025", 0)]),
    ("4 March 2025 10:00 | 11:00 GMT", [("published", "2025-03-04T10:00:00", "4 March 2025 10:00", 0)]),
    ("4 March 2025 | 5 March 2025 10:00",
     [("published", "2025-03-04T00:00:00", "4 March 2025", 0), ("published", "2025-03-05T10:00:00", "5 March 2025 10:00", 15)]),
    # offsets and zones
    ("Mar 4, 2025 10:00 GMT+14", [("published", "2025-03-04T10:00:00+14:00", "Mar 4, 2025 10:00 GMT+14", 0)]),
    ("Mar 4, 2025 10:00 GMT+15", []),
    ("Mar 4, 2025 10:00 UTC+05:59", [("published", "2025-03-04T10:00:00+05:59", "Mar 4, 2025 10:00 UTC+05:59", 0)]),
    ("Mar 4, 2025 10:00 UTC+05:60", []),
    ("Mar 4, 2025 10:00 UTC−03:30", [("published", "2025-03-04T10:00:00-03:30", "Mar 4, 2025 10:00 UTC−03:30", 0)]),
    ("Mar 4, 2025 10:00 UTC–3", [("published", "2025-03-04T10:00:00-03:00", "Mar 4, 2025 10:00 UTC–3", 0)]),
    ("Mar 4, 2025 10:00 GMT-5", [("published", "2025-03-04T10:00:00-05:00", "Mar 4, 2025 10:00 GMT-5", 0)]),
    ("Mar 4, 2025 10:00 +0000", [("published", "2025-03-04T10:00:00+00:00", "Mar 4, 2025 10:00 +0000", 0)]),
    ("Mar 4, 2025 10:00 +1400", [("published", "2025-03-04T10:00:00+14:00", "Mar 4, 2025 10:00 +1400", 0)]),
    ("Mar 4, 2025 10:00 -1400", [("published", "2025-03-04T10:00:00-14:00", "Mar 4, 2025 10:00 -1400", 0)]),
    ("Mar 4, 2025 10:00 +1401", []),
    ("Mar 4, 2025 10:00 Z", [("published", "2025-03-04T10:00:00+00:00", "Mar 4, 2025 10:00 Z", 0)]),
    ("May 4, 2025 10:00 BST", [("published", "2025-05-04T10:00:00+01:00", "May 4, 2025 10:00 BST", 0)]),
    ("May 4, 2025 10:00 bst", [("published", "2025-05-04T10:00:00+01:00", "May 4, 2025 10:00 bst", 0)]),
    ("Mar 4, 2025 10:00 PST", [("published", "2025-03-04T10:00:00-08:00", "Mar 4, 2025 10:00 PST", 0)]),
    # a summer-time zone before its season (BST from 30 March 2025): no offset trusted (lay59)
    ("Mar 4, 2025 10:00 BST", [("published", "2025-03-04T10:00:00", "Mar 4, 2025 10:00 BST", 0)]),
    ("Mar 4, 2025 10:00 CEST", [("published", "2025-03-04T10:00:00", "Mar 4, 2025 10:00 CEST", 0)]),
    ("May 4, 2025 10:00 CEST", [("published", "2025-05-04T10:00:00+02:00", "May 4, 2025 10:00 CEST", 0)]),
    # a zone's name alone in brackets after the clock is the stamp's zone (fixT41: was read naive)
    ("Mar 4, 2025 10:00 (GMT)", [("published", "2025-03-04T10:00:00+00:00", "Mar 4, 2025 10:00 (GMT)", 0)]),
    ("Mar 4, 2025 CET", [("published", "2025-03-04T00:00:00", "Mar 4, 2025 CET", 0)]),
    ("Mar 4, 2025 10:00 local time", [("published", "2025-03-04T10:00:00", "Mar 4, 2025 10:00 local time", 0)]),
    # numeric dates: the day first when the first number cannot be a month, or beside a zone outside North America
    ("13/06/2014 10:00", [("published", "2014-06-13T10:00:00", "13/06/2014 10:00", 0)]),
    ("05/13/2014", [("published", "2014-05-13T00:00:00", "05/13/2014", 0)]),
    ("05/06/2014 10:00", [("published", "2014-05-06T10:00:00", "05/06/2014 10:00", 0)]),
    ("05/06/2014 10:00 PKT", [("published", "2014-06-05T10:00:00+05:00", "05/06/2014 10:00 PKT", 0)]),
    ("05/06/2014 10:00 AEST", [("published", "2014-06-05T10:00:00+10:00", "05/06/2014 10:00 AEST", 0)]),
    ("05/06/2014 10:00 PT", [("published", "2014-05-06T10:00:00-07:00", "05/06/2014 10:00 PT", 0)]),
    ("05/06/2014 10:00 AKST", [("published", "2014-05-06T10:00:00-09:00", "05/06/2014 10:00 AKST", 0)]),
    ("05/06/2014 10:00 HST", [("published", "2014-05-06T10:00:00-10:00", "05/06/2014 10:00 HST", 0)]),
    ("05/06/2014 10:00 UTC", [("published", "2014-05-06T10:00:00+00:00", "05/06/2014 10:00 UTC", 0)]),
    ("2014/06/05", [("published", "2014-06-05T00:00:00", "2014/06/05", 0)]),
    ("2014-06-05 10:00", [("published", "2014-06-05T10:00:00", "2014-06-05 10:00", 0)]),
    # ordinals and fillers
    ("Sunday, the 2nd of March, 2025", [("published", "2025-03-02T00:00:00", "Sunday, the 2nd of March, 2025", 0)]),
    ("2nd March 2025 at 10:00", [("published", "2025-03-02T10:00:00", "2nd March 2025 at 10:00", 0)]),
    ("12:30 Mar 4 2025", [("published", "2025-03-04T12:30:00", "12:30 Mar 4 2025", 0)]),
    ("Jan 1, 2025", [("published", "2025-01-01T00:00:00", "Jan 1, 2025", 0)]),
    ("Tues, March 4, 2025", [("published", "2025-03-04T00:00:00", "Tues, March 4, 2025", 0)]),
    ("Thurs. March 6, 2025 10:00", [("published", "2025-03-06T10:00:00", "Thurs. March 6, 2025 10:00", 0)]),
    # not a date: a sentence, no day, two days, no date at all
    ("The meeting ran on March 4, 2025 until late", []),
    ("March 2025", []),
    ("Nov 19/20 2019", []),
    ("Tuesday 6:30PM", []),
    ("Published 3 seconds ago", []),
]


@pytest.mark.parametrize(("line", "expected"), PARSE)
def test_parse(stamps: TimestampParser, line: str, expected: list[tuple[str, str, str, int]]) -> None:
    assert _parse(stamps, line) == expected
    assert _parse(stamps, line, REFERENCE) == expected  # a written year wins over the reference date


def test_parse_returns_timestamps(stamps: TimestampParser) -> None:
    found = stamps.parse(split_lines(HEADER + "Updated: Mar 5, 2025 08:11 CET"), 1)
    when = dt.datetime(2025, 3, 5, 8, 11, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert found == (Timestamp(when, TimestampKind.UPDATED, "Mar 5, 2025 08:11 CET", Span(30, 51)),)


# line, stamps with REFERENCE (none without it: no year is written)
PARSE_WITH_REFERENCE = [
    ("Published: Mar 4", [("published", "2025-03-04T00:00:00", "Mar 4", 11)]),
    ("Updated: Feb 29", [("updated", "2024-02-29T00:00:00", "Feb 29", 9)]),
    ("Published: Apr 20", [("published", "2024-04-20T00:00:00", "Apr 20", 11)]),
    ("Updated Apr 9, 10:00 AM", [("updated", "2025-04-09T10:00:00", "Apr 9, 10:00 AM", 8)]),
    ("Published: Feb 30", []),
    ("Published: Mar 4 | 10:00 GMT", [("published", "2025-03-04T10:00:00+00:00", "Mar 4 | 10:00 GMT", 11)]),
]


@pytest.mark.parametrize(("line", "expected"), PARSE_WITH_REFERENCE)
def test_parse_without_a_year(stamps: TimestampParser, line: str, expected: list[tuple[str, str, str, int]]) -> None:
    assert _parse(stamps, line) == []
    assert _parse(stamps, line, REFERENCE) == expected


def test_the_first_of_the_month_without_a_year(stamps: TimestampParser) -> None:
    assert _parse(stamps, "Published: Jan 1", dt.date(2025, 1, 10)) == [("published", "2025-01-01T00:00:00", "Jan 1", 11)]
    assert _parse(stamps, "Published: Jan 2025", dt.date(2025, 1, 10)) == []


def test_parse_skips_a_long_line(stamps: TimestampParser) -> None:
    line = "Published: Mar 4, 2025 10:00 GMT | " + "x" * (TimestampParser.MAX_LINE_CHARS - 35)
    assert len(line) == TimestampParser.MAX_LINE_CHARS
    assert [s.text for s in stamps.parse(split_lines(line), 0)] == ["Mar 4, 2025 10:00 GMT"]
    assert stamps.parse(split_lines(line + "x"), 0) == ()


def test_the_limits_are_class_constants() -> None:
    class Strict(TimestampParser):
        MAX_OTHER_WORDS = 2
        MAX_CLOCK_WORDS = 1
        MAX_OFFSET_HOURS = 12

    strict = Strict()
    assert _parse(strict, "Mumbai bureau | Mar 4, 2025") == [("published", "2025-03-04T00:00:00", "Mar 4, 2025", 16)]
    assert _parse(strict, "Mumbai city bureau | Mar 4, 2025") == []
    assert _parse(strict, "4 March 2025 | 10:00 GMT") == [("published", "2025-03-04T00:00:00", "4 March 2025", 0)]
    assert _parse(strict, "Mar 4, 2025 10:00 GMT+13") == []
    assert _parse(strict, "Mar 4, 2025 10:00 +1300") == []
    assert _parse(strict, "Mar 4, 2025 10:00 GMT+12") == [("published", "2025-03-04T10:00:00+12:00", "Mar 4, 2025 10:00 GMT+12", 0)]


def test_labels_are_class_vocabularies() -> None:
    class Dutch(TimestampParser):
        UPDATED_LABELS = TimestampParser.UPDATED_LABELS + ("Bijgewerkt",)
        PUBLISHED_LABELS = TimestampParser.PUBLISHED_LABELS + ("Gepubliceerd",)

    dutch = Dutch()
    assert _parse(dutch, "Gepubliceerd: 4 March 2025 | Bijgewerkt: 5 March 2025") == [
        ("published", "2025-03-04T00:00:00", "4 March 2025", 14),
        ("updated", "2025-03-05T00:00:00", "5 March 2025", 41),
    ]
    assert dutch.starts_with_label("Bijgewerkt: gisteren")
    assert not TimestampParser().starts_with_label("Bijgewerkt: gisteren")


def test_a_piece_with_a_date_of_its_own_is_not_a_clock_time(stamps: TimestampParser) -> None:
    line = "4 March 2025 | Mar 5, 10:00"
    assert _parse(stamps, line) == [("published", "2025-03-04T00:00:00", "4 March 2025", 0)]
    assert _parse(stamps, line, REFERENCE) == [
        ("published", "2025-03-04T00:00:00", "4 March 2025", 0),
        ("published", "2025-03-05T10:00:00", "Mar 5, 10:00", 15),
    ]


def test_naive_zone_words_come_from_the_vocabulary() -> None:
    class German(Vocabulary):
        NAIVE_TIMEZONES = (*Vocabulary.NAIVE_TIMEZONES, "Ortszeit")

    german = TimestampParser(German())
    assert _parse(german, "4 March 2025 10:00 Ortszeit") == [("published", "2025-03-04T10:00:00", "4 March 2025 10:00 Ortszeit", 0)]
    assert _parse(TimestampParser(), "4 March 2025 10:00 Ortszeit") == []
    # inside a byline line, the zone word is part of the stamp
    found = german.find("Von Jana Roth - 4 March 2025 10:00 Ortszeit", 0, None)
    assert found == Timestamp(dt.datetime(2025, 3, 4, 10), TimestampKind.PUBLISHED, "4 March 2025 10:00 Ortszeit", Span(16, 43))


def test_the_month_first_zones_end_at_newfoundland() -> None:
    class Americas(Vocabulary):
        TIMEZONES = (*Vocabulary.TIMEZONES, ("NST", -3.5), ("BRT", -3))

    americas = TimestampParser(Americas())
    assert _parse(americas, "05/06/2014 10:00 NST") == [("published", "2014-05-06T10:00:00-03:30", "05/06/2014 10:00 NST", 0)]
    assert _parse(americas, "05/06/2014 10:00 BRT") == [("published", "2014-06-05T10:00:00-03:00", "05/06/2014 10:00 BRT", 0)]


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("Mar 4, 2025 10:00 GMT", "UTC"),
        ("Mar 4, 2025 10:00 Z", "UTC"),
        ("Mar 4, 2025 10:00 +0000", "UTC"),
        ("2025-03-04T10:00:00Z", "UTC"),
        ("Mar 4, 2025 10:00 UTC+0", "UTC"),
        ("Mar 4, 2025 10:00 cet", "CET"),
        ("Mar 4, 2025 10:00 +0100", None),
    ],
)
def test_zone_names(stamps: TimestampParser, line: str, zone: str | None) -> None:
    (found,) = stamps.parse(split_lines(line), 0)
    assert found.datetime.tzname() == zone


def test_dayfirst() -> None:
    dayfirst = TimestampParser(dayfirst=True)
    assert _parse(dayfirst, "Date: 04.03.2025") == [("published", "2025-03-04T00:00:00", "04.03.2025", 6)]
    # a dotted date with its year in full is written day first, whatever the flag (fixB); a slashed one follows it
    assert _parse(TimestampParser(), "Date: 04.03.2025") == [("published", "2025-03-04T00:00:00", "04.03.2025", 6)]
    assert _parse(TimestampParser(), "Date: 04/03/2025") == [("published", "2025-04-03T00:00:00", "04/03/2025", 6)]
    # the first number cannot be a month, or the second cannot be a day: the flag does not matter
    assert _parse(dayfirst, "05/13/2014") == [("published", "2014-05-13T00:00:00", "05/13/2014", 0)]
    assert _parse(dayfirst, "13/05/2014") == [("published", "2014-05-13T00:00:00", "13/05/2014", 0)]
    # a zone in North America still puts the month first
    assert _parse(dayfirst, "05/06/2014 10:00 PT") == [("published", "2014-05-06T10:00:00-07:00", "05/06/2014 10:00 PT", 0)]
    assert _parse(dayfirst, "05/06/2014 10:00 EST") == [("published", "2014-05-06T10:00:00-05:00", "05/06/2014 10:00 EST", 0)]
    # a universal zone leaves it to the flag
    assert _parse(dayfirst, "05/06/2014 10:00 GMT") == [("published", "2014-06-05T10:00:00+00:00", "05/06/2014 10:00 GMT", 0)]


def test_a_year_first_is_followed_by_the_month() -> None:
    dayfirst = TimestampParser(dayfirst=True)
    assert _parse(dayfirst, "Updated: 2025-02-01T14:20:00Z") == [("updated", "2025-02-01T14:20:00+00:00", "2025-02-01T14:20:00Z", 9)]
    assert _parse(dayfirst, "2025/02/01") == [("published", "2025-02-01T00:00:00", "2025/02/01", 0)]
    assert _parse(dayfirst, "2025.02.01 10:00 CET") == [("published", "2025-02-01T10:00:00+01:00", "2025.02.01 10:00 CET", 0)]


# text of a byline line, (kind, datetime, text, start) of the stamp found with offset 100, or None
FIND = [
    ("By Jane Roe - Nov 19, 2019 8:03 am", ("published", "2019-11-19T08:03:00", "Nov 19, 2019 8:03 am", 114)),
    ("By Jane Roe | Reuters | Published: March 4, 2025 10:00 GMT",
     ("published", "2025-03-04T10:00:00+00:00", "March 4, 2025 10:00 GMT", 135)),
    ("Updated Mar 4, 2025 9:41 AM EST by Jane Roe", ("updated", "2025-03-04T09:41:00-05:00", "Mar 4, 2025 9:41 AM EST", 108)),
    ("13/06/2014 Tony Carter", ("published", "2014-06-13T00:00:00", "13/06/2014", 100)),
    ("October 12, 2018/0 Comments", ("published", "2018-10-12T00:00:00", "October 12, 2018", 100)),
    ("PressDecember 2, 2024", ("published", "2024-12-02T00:00:00", "December 2, 2024", 105)),
    ("March 4, 2025 Jane Roe Reporter Tokyo Bureau", ("published", "2025-03-04T00:00:00", "March 4, 2025", 100)),
    ("Jane Roe March 4 2025 Comments 12 Shares 4", ("published", "2025-03-04T00:00:00", "March 4 2025", 109)),
    ("Updated: March 4, 2025 by Jane Roe of the Daily Courier", ("updated", "2025-03-04T00:00:00", "March 4, 2025", 109)),
    ("Tuesday, March 4, 2025 Jane Roe and John Doe report", ("published", "2025-03-04T00:00:00", "Tuesday, March 4, 2025", 100)),
    ("the 2nd of March, 2025 by Jane Roe and John Doe here", ("published", "2025-03-02T00:00:00", "the 2nd of March, 2025", 100)),
    ("Posted 2018/10/12 10:00/5 comments", ("published", "2018-10-12T10:00:00", "2018/10/12 10:00", 107)),
    ("2025年3月4日 14:30", ("published", "2025-03-04T14:30:00", "2025年3月4日 14:30", 100)),
    ("By Jane Roe | Mar 4, 2025 10:00 1 of 12", ("published", "2025-03-04T10:00:00", "Mar 4, 2025 10:00", 114)),
    ("2025年3月4日 14:30 by Jane Roe Smith | Opinion", ("published", "2025-03-04T14:30:00", "2025年3月4日 14:30", 100)),
    # the stamp starts within the first six words
    ("By Ann Bo Cy Di March 4, 2025", ("published", "2025-03-04T00:00:00", "March 4, 2025", 116)),
    ("By Ann Bo Cy Di Ed March 4, 2025", None),
    ("By Jane Roe and John Doe, Staff Writers, March 4, 2025", None),
    ("By Jane Roe", None),
    ("By Jane Roe, Mar 4", None),  # no year, no reference date
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find(stamps: TimestampParser, text: str, expected: tuple[str, str, str, int] | None) -> None:
    found = stamps.find(text, 100, None)
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert (found.kind.value, found.datetime.isoformat(), found.text, found.span.start) == expected
    assert found.span == Span(expected[3], expected[3] + len(expected[2]))
    assert text[found.span.start - 100 : found.span.end - 100] == found.text


def test_find_with_a_reference_date(stamps: TimestampParser) -> None:
    found = stamps.find("By Jane Roe, Mar 4", 0, REFERENCE)
    assert found == Timestamp(dt.datetime(2025, 3, 4), TimestampKind.PUBLISHED, "Mar 4", Span(13, 18), has_time=False)


def test_find_limits_are_class_constants() -> None:
    class Tight(TimestampParser):
        FIND_DROP_WORDS = 0
        FIND_WORDS = 2

    tight = Tight()
    assert tight.find("October 12, 2018/0 Comments", 0, None) is None  # the "/0" is not dropped
    assert tight.find("October 12, 2018 Comments", 0, None) == Timestamp(
        dt.datetime(2018, 10, 12), TimestampKind.PUBLISHED, "October 12, 2018", Span(0, 16), has_time=False
    )
    assert tight.find("By Roe March 4, 2025", 0, None) is None
    assert tight.find("By March 4, 2025", 0, None) == Timestamp(dt.datetime(2025, 3, 4), TimestampKind.PUBLISHED, "March 4, 2025", Span(3, 16), has_time=False)


def test_find_reads_only_the_start_of_a_text(stamps: TimestampParser) -> None:
    assert stamps.find("x" * 189 + " Mar 4, 2025", 0, None) is None  # ends at 201: cut to "Mar 4, 202"
    assert stamps.find("x" * 188 + " Mar 4, 2025", 0, None) == Timestamp(
        dt.datetime(2025, 3, 4), TimestampKind.PUBLISHED, "Mar 4, 2025", Span(189, 200), has_time=False
    )


# text, starts_with_label, is_stamp_like
STAMP_LIKE = [
    ("Published 3 seconds ago", True, True),
    ("Updated:", True, True),
    ("Updated", True, True),
    ("Updated Nov 19, 9:41 AM", True, True),
    ("Updated Tuesday", True, True),
    ("Updated 12 Mar", True, True),
    ("Date: soon", True, True),
    ("Published - 4 hours", True, True),
    ("Updated on: 5 mins ago", True, True),
    ("Published by Jane", False, False),
    ("Posted in Politics", False, False),
    ("Dated material", False, False),
    ("Revised edition", False, False),
    ("Last Updated at noon", False, False),
    # no label: a short line with a clock time and a day, month, zone or am/pm
    ("Monday 6:30PM", False, True),
    ("1:39 PM ET", False, True),
    ("10:00 GMT", False, True),
    ("March 6:30", False, True),
    ("Kickoff at 6:30", False, True),
    ("Kickoff 6:30pm", False, True),
    ("6:30 p.m.", False, True),
    ("Current Time 0:00", False, False),
    ("Track 3 4:12", False, False),
    ("24:00", False, False),
    ("Score 3:1", False, False),
    ("Doors open Friday at 7:30 sharp", False, True),
    ("Doors open Friday at 7:30 for all", False, False),
]


@pytest.mark.parametrize(("text", "labelled", "stamp_like"), STAMP_LIKE)
def test_stamp_like(stamps: TimestampParser, text: str, labelled: bool, stamp_like: bool) -> None:
    assert stamps.starts_with_label(text) is labelled
    assert stamps.is_stamp_like(text) is stamp_like


@pytest.mark.parametrize(
    ("text", "date_only"),
    [
        ("March 4, 2025 10:00 GMT", True),
        ("Tuesday, the 2nd of March, 2025 at 10:00 a.m.", True),
        ("04/03/2025", True),
        ("March 4, 2025 and 10:00", False),
        ("Founded on March 4, 2025", False),
        ("Monday 10:00", False),
        ("March", False),
    ],
)
def test_is_date_only(stamps: TimestampParser, text: str, date_only: bool) -> None:
    assert stamps.is_date_only(text) is date_only


@pytest.mark.parametrize(
    ("text", "clock"),
    [("20:13", True), ("at 6:30PM", True), ("Score 3:1", False), ("12:30:45", True), ("2025", False), ("x" * 200 + " 20:13", False)],
)
def test_has_clock(stamps: TimestampParser, text: str, clock: bool) -> None:
    assert stamps.has_clock(text) is clock


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("a | b · c • d ; e / f", ["a ", " b ", " c ", " d ", " e ", " f"]),
        ("Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019", ["Mon 18 Nov 2019 18.54 GMT ", "Last modified on Mon 18 Nov 2019"]),
        ("10:45, 5 MAR 2025Updated12:10", ["10:45, 5 MAR 2025", "Updated12:10"]),
        ("2023/11/07 | Opinion", ["2023/11/07 ", " Opinion"]),
        ("Mar 4, 2025 / 10:00", ["Mar 4, 2025 / 10:00"]),
    ],
)
def test_segments(stamps: TimestampParser, text: str, pieces: list[str]) -> None:
    assert [m.group() for m in stamps.segments(text)] == pieces


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (3, 4, REFERENCE, dt.date(2025, 3, 4)),
        (3, 10, REFERENCE, dt.date(2025, 3, 10)),
        (4, 10, REFERENCE, dt.date(2025, 4, 10)),  # 31 days after: still this year
        (4, 11, REFERENCE, dt.date(2024, 4, 11)),  # 32 days after: last year
        (9, 9, REFERENCE, dt.date(2024, 9, 9)),
        (9, 11, REFERENCE, dt.date(2024, 9, 11)),
        (12, 25, REFERENCE, dt.date(2024, 12, 25)),
        (1, 5, dt.date(2024, 12, 28), dt.date(2025, 1, 5)),
        (12, 30, dt.date(2025, 1, 2), dt.date(2024, 12, 30)),
        (2, 29, REFERENCE, dt.date(2024, 2, 29)),
        (2, 29, dt.date(2024, 2, 10), dt.date(2024, 2, 29)),
        (2, 30, REFERENCE, None),
    ],
)
def test_resolve_year(month: int, day: int, reference: dt.date, expected: dt.date | None) -> None:
    assert resolve_year(month, day, reference) == expected


class _Labels(TimestampParser):
    UPDATED_LABELS: ClassVar[tuple[str, ...]] = ("Refreshed",)


def test_unknown_zone_names_drop_the_stamp(stamps: TimestampParser) -> None:
    assert _parse(stamps, "Mar 4, 2025 10:00 XYZT") == []
    assert _parse(_Labels(), "Refreshed: Mar 4, 2025 10:00 GMT") == [("updated", "2025-03-04T10:00:00+00:00", "Mar 4, 2025 10:00 GMT", 11)]
    assert _parse(_Labels(), "Updated: Mar 4, 2025 10:00 GMT") == []
