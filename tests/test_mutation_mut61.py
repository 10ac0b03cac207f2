"""Mutation pass mut61 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``f2959967..f258e577`` (round 60), made by ``dev/mutants.py`` on main ``f258e577``.  Each table
pins down a rule whose mutants no test noticed: a text and what must come out of it (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from articles import checked_quotes, parse_held, stamp_isoformats
from newsparse import ArticleParser, CaptionParser
from newsparse.lines import Line
from newsparse.spans import Span
from newsparse.timestamp import TimestampParser
from parts import blocks, holds_every_line, parse
from quote_cases import parser_for

HEADLINE = "Council backs new flood defences after a wet winter"
LEDE = "The council voted on Monday to spend two million pounds on new flood walls along the river, officials said."
MORE = "The works are to start in the spring and end before the next winter."


# TimestampParser.other_reading: a numeric date that reads both ways is read the other way round
# when only that reading agrees with its weekday, and a dashed one that nothing decides gives no
# stamp at all (both ask other_reading for the second reading)
BOTH_WAYS_LINES = [
    ("Published: Wednesday 03/04/2024 10:00", [("Wednesday 03/04/2024 10:00", "2024-04-03T10:00:00")]),
    # the weekday agrees with the first reading (4 March 2024 was a Monday): as read
    ("Published: Monday 03/04/2024 10:00", [("Monday 03/04/2024 10:00", "2024-03-04T10:00:00")]),
    # dashes, nothing to decide the order: no date rather than a guess
    ("Published: 11-06-2024 10:00", []),
    # slashes, nothing to decide: read month first as before
    ("Published: 03/04/2024 10:00", [("03/04/2024 10:00", "2024-03-04T10:00:00")]),
]


@pytest.mark.parametrize(("text", "stamps"), BOTH_WAYS_LINES)
def test_numeric_date_read_both_ways(text: str, stamps: list[tuple[str, str]]) -> None:
    line = Line(text, Span(0, len(text)), 0, False)
    found = TimestampParser().parse([line], 0, None)
    assert [(s.text, s.datetime.isoformat()) for s in found] == stamps


# TimestampParser.update_on_day: a clock with its zone spelled out under a day with no clock is
# the update that day only under an update's label; a published label there gives no update
UPDATE_ON_DAY_HEADERS = [
    ("Published July 3, 2025\nUpdated 2:15 p.m. Eastern time", "2025-07-03T00:00:00", ("2:15 p.m. Eastern time", "2025-07-03T14:15:00")),
    ("Published July 3, 2025\nPosted 2:15 p.m. Eastern time", "2025-07-03T00:00:00", None),
    # a published stamp with its own clock: the update may fall on a later day
    ("Published July 3, 2025 9:00 AM\nUpdated 2:15 p.m. Eastern time", "2025-07-03T09:00:00", None),
]


@pytest.mark.parametrize(("header", "published", "updated"), UPDATE_ON_DAY_HEADERS)
def test_update_on_the_published_day(header: str, published: str, updated: tuple[str, str] | None) -> None:
    article = parse(blocks(HEADLINE, header, LEDE, MORE))
    assert article.published is not None and article.published.datetime.isoformat() == published
    assert (None if article.updated is None else (article.updated.text, article.updated.datetime.isoformat())) == updated
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)


# BylineParser.cut_outlets: two outlets after the name, each cut off; the agency kept is a lone
# agency's, the first one's otherwise, and an agency's desk gives the agency alone
TWO_OUTLET_BYLINES = [
    ("By Jane Roe, BBC News, Reuters", ("Jane Roe",), "Reuters"),
    ("By Jane Roe, Reuters, BBC News", ("Jane Roe",), "Reuters"),
    ("By Jane Roe, AFP Sports Desk, Reuters", ("Jane Roe",), "AFP"),
    ("By Jane Roe, Reuters Health, AFP", ("Jane Roe",), "AFP"),
]


@pytest.mark.parametrize(("line", "authors", "agency"), TWO_OUTLET_BYLINES)
def test_two_outlets_after_the_name(line: str, authors: tuple[str, ...], agency: str) -> None:
    article = parse(blocks(HEADLINE, line, LEDE, MORE))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]


# ArticleParser.is_outlet_piece_word builds its table of words when first asked: on a parser built
# for the row (the shared parser's is built by earlier tests), an outlet's line with a place after
# it is the byline, one with a picture's credit after it is not
OUTLET_PLACE_LINES = [
    ("AFP, Tallow", ("AFP",), "AFP"),
    ("BBC News, Leeds", ("BBC News",), "BBC News"),
    ("Reuters, Getty Images", None, None),
]


@pytest.mark.parametrize(("line", "authors", "agency"), OUTLET_PLACE_LINES)
def test_outlet_line_on_a_new_parser(line: str, authors: tuple[str, ...] | None, agency: str | None) -> None:
    article = ArticleParser().parse(blocks(HEADLINE, line, LEDE, MORE))
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    if authors is None:
        assert article.byline is None
        assert [(b.kind, b.text) for b in article.boilerplate] == [("other", line)]
    else:
        assert article.byline is not None
        assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)


# ArticleParser.signed_sentence: the story's first sentence with a copyright sign glued on is the
# lede only when the sign names no year (a year after the sign makes the line a notice)
SIGNED_LEDE_LINES = [
    ("Crews pulled two men from the river on Sunday. © AFP", ["Crews pulled two men from the river on Sunday. © AFP"], []),
    ("Crews pulled two men from the river on Sunday. © 2026 AFP", [], [("other", "Crews pulled two men from the river on Sunday. © 2026 AFP")]),
]
RIVER_STORY = ["The men had been fishing when the bank gave way, police said.", "Both were taken to hospital with mild hypothermia."]


@pytest.mark.parametrize(("lede", "first", "filed"), SIGNED_LEDE_LINES)
def test_signed_lede(lede: str, first: list[str], filed: list[tuple[str, str]]) -> None:
    article = parse(blocks("Two men rescued from swollen river", lede, *RIVER_STORY))
    assert article.captions == ()
    assert [(b.kind, b.text) for b in article.boilerplate] == filed
    assert [p.text for p in article.paragraphs] == [*first, *RIVER_STORY]


# DirectQuotes.label_speaker: a one-word label in capitals speaks only for someone the article
# names (``BRAGG:`` after ``Senator Tom Bragg``); unnamed, no one (``UPDATE:`` is no person)
PORT_HEAD = "Senators grill port chief over missing memo\n\nBy Dana Whitfield\n\n"
CAPITAL_LABEL_TEXTS = [
    (
        PORT_HEAD + "The head of the port authority, Ana Okafor, faced sharp questions on Tuesday from Senator Tom Bragg.\n\n"
        "BRAGG: Did you see the memo before the vote?\n\nOKAFOR: I did not. It reached my office a week later.\n",
        [("Did you see the memo before the vote?", "Tom Bragg"), ("I did not. It reached my office a week later.", "Ana Okafor")],
    ),
    (
        PORT_HEAD + "The head of the port authority faced sharp questions on Tuesday from the Senate transport committee.\n\n"
        "BRAGG: Did you see the memo before the vote?\n\nOKAFOR: I did not. It reached my office a week later.\n",
        [],
    ),
    (
        PORT_HEAD + "The head of the port authority faced sharp questions on Tuesday from the Senate transport committee.\n\n"
        "UPDATE: The committee will vote on the report next week.\n\nBREAKING: The port chief has resigned.\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPITAL_LABEL_TEXTS)
def test_capital_label_speaks_for_a_named_person(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = ArticleParser().parse(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == expected


# ArticleParser.drop_astray_stamps: a numeric published date that agrees with the dateline neither
# way is filed as boilerplate, unless another stamp on the page shows the order (13/05/2026 can
# only be day first: 4 May, kept)
RAIL_PAGE = (
    "Rail strike halts most trains across France\n\nPublished: 04/05/2026\n{updated}\n\nPARIS, June 2 (AFP) - Rail workers"
    " walked out on Tuesday over pay, halting most trains.\n\nThe union said the strike would last two days.\n"
)
ASTRAY_STAMPS = [
    ("Updated: 13/05/2026", ("2026-05-04T00:00:00", "2026-05-13T00:00:00"), []),
    ("", (None, None), [("timestamp", "Published: 04/05/2026")]),
]


@pytest.mark.parametrize(("updated", "stamps", "filed"), ASTRAY_STAMPS)
def test_astray_stamp_kept_when_the_order_shows(updated: str, stamps: tuple[str | None, str | None], filed: list[tuple[str, str]]) -> None:
    text = RAIL_PAGE.format(updated=updated)
    assert stamp_isoformats(text) == stamps
    assert [(b.kind, b.text) for b in parse_held(text).boilerplate] == filed


# CaptionParser.states_headline_verb: the words before a closing "via" have a headline's verb when
# a word in lower case follows an infinitive marker right before it ("set to quit": no finite verb,
# no photo verb); a picture's noun phrase has none
HEADLINE_VERB_TEXTS = [
    ("Mayor set to quit", True),
    ("Council to fund bus route", True),
    ("Ferries cancelled again", True),
    ("Smoke over Khartoum", False),
    ("Crowds at the harbour to see the regatta", True),
    ("Smoke over the harbour at dawn", False),
]


@pytest.mark.parametrize(("text", "verb"), HEADLINE_VERB_TEXTS)
def test_headline_verb_before_via(text: str, verb: bool) -> None:
    assert CaptionParser().states_headline_verb(text) is verb


# SpeakerGrammar.__init__, read on a parser built for the row (the shared ones are built when the
# tests start): the French compound finding ("a montré", "a aussi montré") and a name's particle
# before a capital, no role ("the deputy mayor, Sanne de Wit,": never "Wit" alone)
FRESH_PARSER_QUOTES = [
    ("L'étude a montré que les prix ont augmenté de 5 %.", "fr", [("les prix ont augmenté de 5 %", "L'étude", "L'étude")]),
    ("Le sondage a aussi montré que les électeurs sont las.", "fr", [("les électeurs sont las", "Le sondage", "Le sondage")]),
    ("AMSTERDAM (Reuters) - The deputy mayor, Sanne de Wit, said the bridge would reopen in May.", None,
     [("the bridge would reopen in May", "Sanne de Wit", "Sanne de Wit")]),
    ("AMSTERDAM (Reuters) - The bridge will reopen in May, the deputy mayor, Sanne de Wit, said.", None,
     [("The bridge will reopen in May", "Sanne de Wit", "Sanne de Wit")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), FRESH_PARSER_QUOTES)
def test_quotes_on_a_new_parser(text: str, language: str | None, expected: list[tuple[str, str, str]]) -> None:
    found = checked_quotes(text, parser_for(language))
    assert [(q.text, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None) for q in found] == expected


# ArticleParser.is_summary_point: only a bulleted line under a summary label is its point; a long
# sentence right under the label, no bullet and no deck, stays the story's first paragraph
FROST_HEAD = "Farmers count losses as frost destroys potato crop\nBY MWANGI KAMAU\n"
FROST_LONG = (
    "Farmers in the highland county say the frost that struck on three consecutive nights last week destroyed most of the"
    " potato crop, and the county has promised subsidised seed, cheap loans and advice to every grower who lost more than"
    " half a harvest."
)
FROST_STORY = [
    "The frost struck the highland farms on three nights last week, leaving potato fields black, growers said on Monday.",
    "The county agriculture office said it would publish a full estimate of losses by the end of the month.",
]


@pytest.mark.parametrize(("label", "kind"), [("In Summary", "other"), ("Key points", "navigation")])
def test_long_line_under_a_summary_label_stays_the_story(label: str, kind: str) -> None:
    article = parse(f"{FROST_HEAD}{label}\n{FROST_LONG}\n\n" + blocks(*FROST_STORY))
    assert [(b.kind, b.text) for b in article.boilerplate] == [(kind, label)]
    assert [p.text for p in article.paragraphs] == [FROST_LONG, *FROST_STORY]
