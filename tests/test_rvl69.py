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
        # a region outside North America named before the story: no US zone by a bare name
        ("Published 3 December 2026, 9:00am Central", "SYDNEY (AAP) -", None),
        ("Published 3 December 2026, 9:00am Mountain", "SYDNEY (AAP) -", None),
        ("Published 3 December 2026, 9:00am Pacific", "LONDON, Britain (PA) -", None),
        ("Updated 3 December 2026 9:00 am Eastern", "DHAKA, Bangladesh (UNB) -", None),
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
    assert not Vocabulary().bare_zone_kept("CST", frozenset({"Australia"}))
    assert not Vocabulary().bare_zone_kept("MST", frozenset({"Britain"}))


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


GULF_PAGE = (
    "{title}\n\n{first}\n\nPublished: Tue 1 Dec 2026, 9:00 AM\n\n"
    "The haul was found in a warehouse near the port, police said in a statement.\n\n"
    "Three men were arrested at the scene and will appear in court next week, officials added.\n"
)


@pytest.mark.parametrize(
    ("title", "first", "place"),
    [
        # a story's first sentence, its attribution at the end: the dateline and the first paragraph
        (
            "Record drugs haul seized",
            "Dubai: What is believed to be the largest drugs haul in the emirate was seized by police on Tuesday, "
            "officials said.",
            "Dubai",
        ),
        (
            "Port flooded after storm",
            "Karachi: How the port flooded so fast was explained by engineers at a briefing on Monday, the "
            "authority said.",
            "Karachi",
        ),
        (
            "Fuel prices rise",
            "Abu Dhabi: Why fuel prices rose so sharply this month remained unclear, the ministry said on Sunday.",
            "Abu Dhabi",
        ),
    ],
)
def test_attributed_lede_after_place_colon_is_no_deck(title: str, first: str, place: str) -> None:
    article = parse_article(GULF_PAGE.format(title=title, first=first))
    assert article.dateline is not None and article.dateline.place == place
    assert article.paragraphs[0].text == first[len(place) + 1 :].strip()


@pytest.mark.parametrize(
    "deck",
    [
        # decks (negative rows: still no dateline, no paragraph)
        "Dubai: A guide to the new visa rules.",
        "Karachi: What we know about the blast so far.",
        "Abu Dhabi: How the new visa rules work for residents.",
    ],
)
def test_deck_after_place_colon_unchanged(deck: str) -> None:
    article = parse_article(GULF_PAGE.format(title="Record drugs haul seized", first=deck))
    assert article.dateline is None
    assert all(deck[deck.index(":") + 1 :].strip() not in item.text for item in article.paragraphs)


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        # an opening mark glued to the next word after a comma: no quotation closed there
        ("Protesters gathered outside, chanting,“Jane Roe told us lies” and waving flags.", False),
        ('Protesters gathered outside, chanting,"Jane Roe told us lies" and waving flags.', False),
        ("Fans sang on the terraces, shouting,“Tom Berg said it was offside” at the referee.", False),
        # a closed quotation and its attribution (negative rows: unchanged)
        ("“This is a fair reform,” Jan Peeters told reporters.", True),
        ('"This is a fair reform," Jan Peeters told reporters.', True),
        ("«This is a fair reform,» Jan Peeters told reporters.", True),
        ("„Das ist eine faire Reform,“ Jan Peeters told reporters.", True),
    ],
)
def test_attributes_quotation_marks(text: str, attributed: bool) -> None:
    from newsparse.article import ArticleParser

    assert ArticleParser().attributes_quotation(text) is attributed


def test_outlet_name_words_most_none_is_no_limit() -> None:
    parser = BylineParser()
    long_name = "The Northern Valley Evening Chronicle Times"
    assert parser.outlet_name_words(long_name) == long_name.split()[1:]
    assert parser.outlet_name_words(long_name, most=3) is None
    assert parser.outlet_name_words("Khaleej Times", most=0) is None  # (zero words at most: none)


@pytest.mark.parametrize(
    ("written", "plain"),
    [("Montréal", "Montreal"), ("Repórter", "Reporter"), ("Zürich", "Zurich"), ("Héctor", "Hector"), ("Oslo", "Oslo")],
)
def test_without_accents_shared(written: str, plain: str) -> None:
    from newsparse.dateline import DatelineParser
    from newsparse.lines import without_accents
    from newsparse.quotes.resolution import SpeakerResolution

    assert without_accents(written) == plain
    assert DatelineParser.without_accents(written) == plain
    assert SpeakerResolution.without_accents(written) == plain
