"""rvl69: the reviewer's layout findings on round 69's merged rules."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse.byline import BylineParser
from newsparse.vocabulary import Vocabulary

STORY = (
    "{headline}\n\n{stamp}\n\n{dateline} Heavy rain closed several roads across the region on Thursday, "
    "police said.\n\nMore rain is forecast for the weekend, the weather bureau said in a statement.\n"
)


def published(stamp: str, dateline: str, headline: str = "Floods close roads") -> dt.datetime:
    article = parse_article(STORY.format(headline=headline, stamp=stamp, dateline=dateline))
    stamp = article.published or article.updated  # ("Updated ..." alone: the updated stamp)
    assert stamp is not None
    return stamp.datetime


@pytest.mark.parametrize(
    ("stamp", "dateline", "hours"),
    [
        # a region that reads the abbreviation at another offset: no zone, the clock kept
        ("Published 3 December 2026, 9:00am Eastern", "SYDNEY (AAP) -", None),
        ("Updated 3 December 2026 9:00 am Eastern", "BRISBANE, Australia (AAP) -", None),
        ("Posted 3 December 2026, 9:00am (Eastern)", "MELBOURNE (AAP) -", None),
        ("Published 3 December 2026, 9:00am Pacific", "MANILA (PNA) -", None),
        ("Published 3 December 2026, 9:00am Central", "BEIJING (Xinhua) -", None),
        # Canada's zones are the US ones: kept
        ("Published 3 December 2026, 9:00am Eastern", "TORONTO (CP) -", -5),
        ("Published 3 December 2026, 9:00am Pacific", "VANCOUVER (CP) -", -8),
        # a US page, or one naming no region: kept
        ("Published 3 December 2026, 9:00am Eastern", "CHICAGO (AP) -", -5),
        ("Posted Dec 3, 2026 9:10 a.m. Eastern", "", -5),
        ("Updated Dec 3, 2026 9 PM Central", "DENVER (AP) -", -6),
        ("Updated Dec 3, 2026 7:00 am Pacific", "", -8),
        # a name no other region shares
        ("Dec 3, 2026 10:00 AM Mountain", "DENVER (AP) -", -7),
    ],
)
def test_bare_zone_by_region(stamp: str, dateline: str, hours: int | None) -> None:
    when = published(stamp, dateline)
    assert when.date() == dt.date(2026, 12, 3)
    offset = when.utcoffset()
    assert offset == (None if hours is None else dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("stamp", "dateline", "hours"),
    [
        # the abbreviations keep their own readings (negative rows: unchanged)
        ("Published 3 December 2026, 9:00am EST", "SYDNEY (AAP) -", 10),
        ("Published 3 December 2026, 9:00am EST", "CHICAGO (AP) -", -5),
        ("Published 3 December 2026, 9:00am AEDT", "SYDNEY (AAP) -", 11),
    ],
)
def test_abbreviations_unchanged(stamp: str, dateline: str, hours: int) -> None:
    assert published(stamp, dateline).utcoffset() == dt.timedelta(hours=hours)


def test_bare_zone_vocabulary_overridable() -> None:
    class NoAustralia(Vocabulary):
        BARE_ZONE_ABBREVIATIONS = (("central", "CST"),)

    assert Vocabulary().bare_zone_abbreviation("3 December 2026, 9:00am Eastern") == "EST"
    assert NoAustralia().bare_zone_abbreviation("3 December 2026, 9:00am Eastern") is None
    assert Vocabulary().bare_zone_abbreviation("9 PM Central Park") is None
    assert Vocabulary().bare_zone_kept("EST", frozenset({"Canada", "United States"}))
    assert not Vocabulary().bare_zone_kept("EST", frozenset({"Australia"}))
    assert not Vocabulary().bare_zone_kept("EST", frozenset({"Australia", "United States"}))
    assert Vocabulary().bare_zone_kept("CST", frozenset())


BYLINE_PAGE = (
    "Council backs new bridge\n\n{byline}\n\nThe city council voted on Tuesday to fund a new bridge over the "
    "river, officials said.\n\nWork is due to start next spring, the mayor said.\n"
)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # given names alone before a word no outlet's: that word is the surname
        ("By Mary Ann Smith Staff", ("Mary Ann Smith",)),
        ("By Anna Maria Costa Staff", ("Anna Maria Costa",)),
        ("By Sarah Jane Lee Staff", ("Sarah Jane Lee",)),
        ("By Jane Roe and Mary Ann Smith Staff", ("Jane Roe", "Mary Ann Smith")),
        # an outlet's staff signature (negative rows: unchanged)
        ("By Mary Ann Smith Globe Staff", ("Mary Ann Smith",)),
        ("By Jane Roe and Tom Berg Globe Staff", ("Jane Roe", "Tom Berg")),
        ("By Ana Ruiz Herald Staff", ("Ana Ruiz",)),
        ("By Jane Roe Staff", ("Jane Roe",)),
    ],
)
def test_staff_signature(byline: str, authors: tuple[str, ...]) -> None:
    article = parse_article(BYLINE_PAGE.format(byline=byline))
    assert article.byline is not None
    assert article.byline.authors == authors


def test_outlet_staff_start_needs_outlet_after_given_names() -> None:
    parser = BylineParser()
    assert parser.outlet_staff_start("Mary Ann Smith Staff") is None
    assert parser.outlet_staff_start("Mary Ann Smith Globe Staff") == len("Mary Ann Smith")
