"""Timestamps of round 61 (fixT61): a zone's full name after a clock is read as its zone, a
people's word in the story is no sign of where the site is for an ambiguous zone, and a stamp that
writes a date and no clock says so (``Timestamp.has_time``).  One table each."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import stamp_isoformats
from newsparse import Article, Timestamp, TimestampKind, parse_article
from newsparse.errors import SchemaError
from newsparse.spans import Span

STORY = "\n\nThe county board voted 5-2 on Tuesday to widen the bridge on Mill Road, the clerk said.\n"


def page(stamp_line: str) -> str:
    return "Board backs bridge plan\n\n" + stamp_line + STORY


# -- (1) a zone's full name after the clock ----------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp_line", "expected", "text"),
    [
        ("Published 4 March 2025 14:05 Central European Time", "2025-03-04T14:05:00+01:00",
         "4 March 2025 14:05 Central European Time"),
        ("Published: July 3, 2025 14:05 Central European Summer Time", "2025-07-03T14:05:00+02:00",
         "July 3, 2025 14:05 Central European Summer Time"),
        ("July 3, 2025 10:05 a.m. Eastern Standard Time", "2025-07-03T10:05:00-05:00",
         "July 3, 2025 10:05 a.m. Eastern Standard Time"),
        ("Published 3 July 2025, 14:05 British Summer Time", "2025-07-03T14:05:00+01:00",
         "3 July 2025, 14:05 British Summer Time"),
        # (the longer name whole, never "Eastern Standard Time" at -05:00)
        ("Published 3 July 2025, 14:05 Australian Eastern Standard Time", "2025-07-03T14:05:00+10:00",
         "3 July 2025, 14:05 Australian Eastern Standard Time"),
        # (India's full name: +05:30 whatever the page names, as it names one zone)
        ("Published 3 July 2025, 14:05 India Standard Time", "2025-07-03T14:05:00+05:30",
         "3 July 2025, 14:05 India Standard Time"),
        ("4 March 2025 | 14:05 Central European Time", "2025-03-04T14:05:00+01:00",
         "4 March 2025 | 14:05 Central European Time"),
        # (must not fire: a summer time's name out of its season reads no zone)
        ("Published 3 January 2025, 14:05 British Summer Time", "2025-01-03T14:05:00",
         "3 January 2025, 14:05 British Summer Time"),
        # (must not fire: a full name whose abbreviation no list reads at its offset, Israel's)
        ("Published 3 July 2025, 14:05 Israel Standard Time", "2025-07-03T14:05:00", "3 July 2025, 14:05"),
        # (must not fire: a full name with no clock before it)
        ("Published 3 July 2025 Central European Time", "2025-07-03T00:00:00", "3 July 2025"),
    ],
)
def test_spelled_zone(stamp_line: str, expected: str, text: str) -> None:
    article = parse_article(page(stamp_line))
    stamp = article.published or article.updated
    assert stamp is not None
    assert (stamp.datetime.isoformat(), stamp.text) == (expected, text)


def test_spelled_zone_in_each_stamp_of_a_line() -> None:
    line = "Published 3 July 2025 10:00 a.m. Eastern Daylight Time | Updated 3 July 2025 11:30 a.m. Eastern Daylight Time"
    assert stamp_isoformats(page(line)) == ("2025-07-03T10:00:00-04:00", "2025-07-03T11:30:00-04:00")


# -- (2) a people's word in the story is weak evidence of the site's region -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a story from Iowa that names Chinese buyers: no region, no offset; read +08:00 before)
        (
            "Farmers weigh soybean plans\n\nUpdated 5:36 PM CST on Nov 18, 2019\n\nFarmers across the state"
            " are waiting to see whether Chinese buyers return this winter.\n\n\"We need them back,\" said Tom"
            " Hale, who farms near Ames.\n",
            (None, "2019-11-18T17:36:00"),
        ),
        # (must fire: a place's word in the story, Chicago, +06:00 west)
        (
            "Farmers weigh soybean plans\n\nUpdated 5:36 PM CST on Nov 18, 2019\n\nFarmers across the state"
            " are waiting to see whether Chinese buyers return, traders in Chicago said.\n",
            (None, "2019-11-18T17:36:00-06:00"),
        ),
        # (must fire: the people's word in the header, before the story, places the site)
        (
            "Chinese exporters brace for tariffs\n\nUpdated 10:15 CST, 18 November 2019\n\nExporters are"
            " preparing for new duties, an industry group said on Monday.\n",
            (None, "2019-11-18T10:15:00+08:00"),
        ),
        # (an Indian site's story that names Irish fans only: no region)
        (
            "Fans arrive for the final\n\nPublished: Aug 12, 2025 08:15 IST\n\nThousands of Irish fans arrived"
            " on Tuesday for the final, organisers said.\n",
            ("2025-08-12T08:15:00", None),
        ),
        # (must fire: a city's name in the story, Mumbai, +05:30)
        (
            "Fans arrive for the final\n\nPublished: Aug 12, 2025 08:15 IST\n\nThousands of Irish fans arrived"
            " in Mumbai on Tuesday for the final, organisers said.\n",
            ("2025-08-12T08:15:00+05:30", None),
        ),
        # (a zone that names one zone only is read as before, whatever people the story names)
        (
            "Fans arrive for the final\n\nPublished: Aug 12, 2025 08:15 GMT\n\nThousands of Irish fans arrived"
            " on Tuesday for the final, organisers said.\n",
            ("2025-08-12T08:15:00+00:00", None),
        ),
    ],
)
def test_people_word_in_story(text: str, expected: tuple[str | None, str | None]) -> None:
    assert stamp_isoformats(text) == expected


# -- (3) a date with no clock says so --------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp_line", "expected"),
    [
        ("Published: 27 June 2025", ("2025-06-27T00:00:00", False)),
        ("Updated: 2025-06-27", ("2025-06-27T00:00:00", False)),
        ("Published: Friday, June 27, 2025", ("2025-06-27T00:00:00", False)),
        # (a clock that reads midnight is a time written)
        ("Published: 27 June 2025 00:00", ("2025-06-27T00:00:00", True)),
        ("Published: 27 June 2025 12 a.m.", ("2025-06-27T00:00:00", True)),
        ("Published: June 27, 2025 12:00 AM", ("2025-06-27T00:00:00", True)),
        ("Updated: 2025-06-27T00:00:00Z", ("2025-06-27T00:00:00+00:00", True)),
        ("Publié le 27 juin 2025 à 0h00", ("2025-06-27T00:00:00", True)),
        # (any other clock)
        ("Published: 27 June 2025 14:05 GMT", ("2025-06-27T14:05:00+00:00", True)),
        ("Published: June 27, 2025 9 p.m.", ("2025-06-27T21:00:00", True)),
        # (a clock left unread, its zone unknown: the date alone, no time)
        ("Posted: Tue November 3, 2026 at 9:00 AM XYZ", ("2026-11-03T00:00:00", False)),
    ],
)
def test_has_time(stamp_line: str, expected: tuple[str, bool]) -> None:
    article = parse_article(page(stamp_line))
    stamp = article.published or article.updated
    assert stamp is not None
    assert (stamp.datetime.isoformat(), stamp.has_time) == expected
    assert stamp.to_dict()["has_time"] is expected[1]


def test_has_time_round_trips_and_old_json_reads_true() -> None:
    text = page("Published: 27 June 2025")
    article = parse_article(text)
    assert article.to_dict()["published"] == {
        "datetime": "2025-06-27T00:00:00", "text": "27 June 2025", "span": [36, 48], "has_time": False,
    }
    assert Article.from_json(article.to_json(), text=text) == article
    old = {"datetime": "2025-06-27T14:05:00", "text": "27 June 2025 14:05", "span": [0, 18]}
    assert Timestamp.from_dict(old, TimestampKind.PUBLISHED) == Timestamp(
        dt.datetime(2025, 6, 27, 14, 5), TimestampKind.PUBLISHED, "27 June 2025 14:05", Span(0, 18), True
    )
    with pytest.raises(SchemaError, match="has_time"):
        Timestamp.from_dict({**old, "has_time": "no"}, TimestampKind.PUBLISHED)


def test_has_time_of_timestamp_parser_find() -> None:
    from newsparse import TimestampParser

    stamps = TimestampParser()
    found = stamps.find("By Jane Roe - June 27, 2025", 0, None)
    clocked = stamps.find("By Jane Roe - June 27, 2025 4:10 PM", 0, None)
    assert found is not None and clocked is not None
    assert (found.text, found.has_time) == ("June 27, 2025", False)
    assert (clocked.text, clocked.has_time) == ("June 27, 2025 4:10 PM", True)


def test_version_2_article_json_reads_its_stamps_as_clocked() -> None:
    """Version 3 added ``has_time``; an article's JSON written by version 2 (no such key) still reads."""
    text = "Ferry strike ends\n\nPublished: 27 June 2025 4:10 PM\n\nThe strike ended on Friday, the union said.\n"
    data = parse_article(text).to_dict()
    assert (data["schema_version"], data["published"]["has_time"]) == (3, True)
    data["schema_version"] = 2
    del data["published"]["has_time"]
    article = Article.from_dict(data, text=text)
    assert article.published is not None and article.published.has_time is True
    assert article.published.datetime.isoformat() == "2025-06-27T16:10:00"
