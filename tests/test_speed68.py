"""speed68: the time zones' patterns look at a name's first character before they try the names
(``TimestampParser.__init__``), ``TimestampParser.clean`` reads clocks written with ``h`` only in a
stamp that holds one, and the shape of a page's ``Published ... | Updated ...`` line
repeated (``tests/hostile.py``).  The same stamps and zones are read as before: a zone in
capitals only (``ART``) stays a zone in capitals only, a zone in any case, in brackets, after a
clock of four digits, or after a clock line is read as it was.  Rows written as pages print them
(a news site's header copied from the browser, a wire story's stamp line)."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import stamp_isoformats
from hostile import GENERATORS
from newsparse import ArticleParser, TimestampParser, Vocabulary
from newsparse.lines import Line
from newsparse.spans import Span

HEADLINE = "Farmers block motorways as talks with ministry stall"
STORY = (
    "THE HAGUE (Reuters) - Thousands of farmers drove tractors onto motorways on Tuesday, "
    "the national road authority said, as talks with the agriculture ministry stalled."
)


def page(stamp_line: str) -> str:
    return f"{HEADLINE}\n{stamp_line}\n\n{STORY}"


#: (stamp line, published, updated): the zones each way the patterns read them
ZONE_ROWS = [
    # a zone in capitals, in lower case, and none
    ("Published Aug 13, 2024 11:14 PM GMT | Updated Aug 14, 2024 9:02 AM GMT", "2024-08-13T23:14:00+00:00", "2024-08-14T09:02:00+00:00"),
    ("Published Aug 13, 2024 11:14 pm cest | Updated Aug 14, 2024 9:02 am cest", "2024-08-13T23:14:00+02:00", "2024-08-14T09:02:00+02:00"),
    ("Published Aug 13, 2024 11:14 PM | Updated Aug 14, 2024 9:02 AM", "2024-08-13T23:14:00", "2024-08-14T09:02:00"),
    # a zone whose name is a word too: read in capitals only
    ("Published: Mar 4, 2025 9:00 AM ART", "2025-03-04T09:00:00-03:00", None),
    ("Published: Mar 4, 2025 9:00 AM PET", "2025-03-04T09:00:00-05:00", None),
    ("Published: Mar 4, 2025 9:00 AM Art", "2025-03-04T09:00:00", None),
    # a one-letter zone, a zone in brackets, a clock of four digits before its zone
    ("Updated: 2025-03-04 10:15 Z", None, "2025-03-04T10:15:00+00:00"),
    ("Published: Nov 23, 2024 10:12 (EAT)", "2024-11-23T10:12:00+03:00", None),
    ("Updated: 23 November 2024, 10:15 (sast)", None, "2024-11-23T10:15:00+02:00"),
    ("1909 GMT (0309 HKT) November 18, 2019", "2019-11-18T19:09:00+00:00", None),
    # a zone with no clock says nothing; a regional zone, and its summer-time name
    ("Published 28 Apr, 2020 CET", "2020-04-28T00:00:00", None),
    ("Published: March 3, 2025 10:00 a.m. ET", "2025-03-03T10:00:00-05:00", None),
    ("Updated Aug 13, 2024 11:14 PM EDT", None, "2024-08-13T23:14:00-04:00"),
    # clocks written with "h" (clean reads them only in a stamp with an "h"), and an "h" in words only
    ("Published: 4 March 2025, 14h30", "2025-03-04T14:30:00", None),
    ("Updated: 4 March 2025 14 h 05", None, "2025-03-04T14:05:00"),
    ("Published: 4 March 2025 09:30h", "2025-03-04T09:30:00", None),
    ("Published: 13 March 2025 8h CET", "2025-03-13T08:00:00+01:00", None),
    ("Published: 13/03/2025 - 18h32", "2025-03-13T18:32:00", None),
    ("Published: Thursday, March 13, 2025 10:00 GMT", "2025-03-13T10:00:00+00:00", None),
]


@pytest.mark.parametrize(("stamp_line", "published", "updated"), ZONE_ROWS)
def test_stamp_line_zones(stamp_line: str, published: str | None, updated: str | None) -> None:
    assert stamp_isoformats(page(stamp_line)) == (published, updated)


def test_rows_are_unique() -> None:
    assert len({row[0] for row in ZONE_ROWS}) == len(ZONE_ROWS)


# -- a vocabulary of its own: the first characters come from its zones ---------------------------


class IslandZones(Vocabulary):
    """A vocabulary with a zone of its own that opens with a letter no default zone opens with,
    and no zone in capitals only."""

    TIMEZONES = (*Vocabulary.TIMEZONES, ("XKT", 9.0))
    CASED_TIMEZONES = ()


class NoZones(Vocabulary):
    """A vocabulary that reads no zone at all: the zones' pattern is built with no first characters."""

    TIMEZONES = ()
    CASED_TIMEZONES = ()
    REGIONAL_TIMEZONES = ()
    DAYLIGHT_TIMEZONES = ()


def stamps_of(parser: TimestampParser, text: str) -> list[str]:
    line = Line(text, Span(0, len(text)), 0, False)
    return [stamp.datetime.isoformat() for stamp in parser.parse((line,), 0, None)]


@pytest.mark.parametrize(
    ("vocabulary", "text", "expected"),
    [
        (IslandZones(), "Published: Mar 4, 2025 9:00 AM XKT", ["2025-03-04T09:00:00+09:00"]),
        (IslandZones(), "Published: Mar 4, 2025 9:00 AM xkt", ["2025-03-04T09:00:00+09:00"]),
        (IslandZones(), "Published: Mar 4, 2025 9:00 AM ART", []),  # (no zone it knows: no stamp)
        (Vocabulary(), "Published: Mar 4, 2025 9:00 AM XKT", []),
        (NoZones(), "Published: Mar 4, 2025 9:00 AM", ["2025-03-04T09:00:00"]),
        (NoZones(), "Published: Mar 4, 2025 9:00 AM GMT", []),
    ],
)
def test_zones_of_a_vocabulary_of_its_own(vocabulary: Vocabulary, text: str, expected: list[str]) -> None:
    assert stamps_of(TimestampParser(vocabulary=vocabulary), text) == expected


# -- the repeated stamp line: every line read, each the same -------------------------------------


def test_repeated_stamp_lines_read_each_line() -> None:
    text = GENERATORS["published and updated stamp lines"](3_000)
    parser = ArticleParser()
    article = parser.parse(text)
    assert article.text == text
    assert article.published is not None and article.updated is not None
    assert article.published.datetime == dt.datetime(2024, 8, 13, 23, 14)
    assert article.updated.datetime == dt.datetime(2024, 8, 14, 9, 2)
