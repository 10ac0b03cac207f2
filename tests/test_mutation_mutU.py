"""The layout code of stop 19 that mutS's pass did not reach, run by ``mutU`` (docs/testing.md, "Mutation
testing"): the survivors' killing cases.  Each table sets the bad shape beside the good one and asserts the exact
value that comes out, from the rule itself and, where a reader sees it, from the parsed article."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, parse_article
from newsparse.article import ParseState
from newsparse.lines import split_lines
from newsparse.spans import Headline, Paragraphs, Parts, Span

PARSER = ArticleParser()

WATER_HEAD = "Water main break floods downtown streets"
WATER = "A water main broke under the high street on Monday, flooding shops and closing two roads, the city said."
WATER_TWO = "A water main broke under the high street on Monday. Shops were flooded and two roads closed, the city said."


def state_of(*lines: str, reference_date: dt.date | None = None) -> ParseState:
    text = "\n".join(lines) + "\n"
    return ParseState(text, split_lines(text), reference_date)


# -- ArticleParser.kicker_under_furniture: the line under the kicker must be a headline ----------------------

KICKERS = [
    # (the lines, the rule's answer, the article's section and headline)
    # furniture, a kicker, a headline
    (["Skip to main content", "NEWS › LOCAL", WATER_HEAD, WATER_TWO], 2, ("NEWS", "LOCAL"), WATER_HEAD),
    # a paragraph of two sentences under the label is no headline: the label is no kicker, it is the headline
    (["Skip to main content", "NEWS › LOCAL", WATER_TWO, WATER_HEAD], 0, (), "NEWS › LOCAL"),
    # a byline under the label (a prefix other than "By", which the section stage turns down itself): the
    # label is the headline over it
    (["Skip to main content", "NEWS › LOCAL", "Written by Jane Roe", WATER], 0, (), "NEWS › LOCAL"),
    # a line with a clock under the label (a live page's stamp-like head): no kicker
    (["Skip to main content", "NEWS › LOCAL", "Trains halted from 18:30 after signal failure", WATER], 0, (), "NEWS › LOCAL"),
    # the same line with the time in words is a headline under a kicker
    (["Skip to main content", "NEWS › LOCAL", "Trains halted until 6 p.m. after signal failure", WATER], 2, ("NEWS", "LOCAL"),
     "Trains halted until 6 p.m. after signal failure"),
]


@pytest.mark.parametrize(("lines", "start", "section", "headline"), KICKERS)
def test_a_kicker_under_furniture_stands_over_a_headline(
    lines: list[str], start: int, section: tuple[str, ...], headline: str
) -> None:
    assert PARSER.kicker_under_furniture(state_of(*lines)) == start
    article = parse_article("\n".join(lines) + "\n")
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline


STAMP_UNDER_LABEL = [
    # (the line under the label, the reference date, the rule's answer, the published date)
    # a date with its year under the label is the published stamp, not a headline
    ("March 5, 2025", None, 0, dt.datetime(2025, 3, 5)),
    # a date without a year is a stamp only with a reference date to give it one
    ("5 March", dt.date(2025, 3, 9), 0, dt.datetime(2025, 3, 5)),
]


@pytest.mark.parametrize(("below", "reference", "start", "published"), STAMP_UNDER_LABEL)
def test_no_kicker_over_a_stamp(below: str, reference: dt.date | None, start: int, published: dt.datetime) -> None:
    lines = ["Skip to main content", "NEWS › LOCAL", below, WATER]
    assert PARSER.kicker_under_furniture(state_of(*lines, reference_date=reference)) == start
    article = parse_article("\n".join(lines) + "\n", reference_date=reference)
    assert article.published is not None and article.published.datetime == published
    assert article.section == ()


# -- ArticleParser.kicker_over_standfirst, headline_under_label: a label over a headline and a standfirst ----

HEADLINE = "Sea levels along the coast rose faster than expected, study finds"
STANDFIRST = "Researchers say the rise over thirty years outpaced every model they had tried"

OVER_STANDFIRST = [
    # (the lines, the rule's answer, the article's section and headline)
    # five lines, the fewest: the label, the headline, the standfirst, the byline and one paragraph
    (["Climate crisis", HEADLINE, STANDFIRST, "By Maria Okafor", WATER], True, ("Climate crisis",), HEADLINE),
    # four lines: no paragraph under the byline, the label is the headline
    (["Climate crisis", HEADLINE, STANDFIRST, "By Maria Okafor"], False, (), "Climate crisis"),
    # an advertisement's line between the standfirst and the byline: the header still goes on there
    (["Climate crisis", HEADLINE, STANDFIRST, "Advertisement", "By Maria Okafor", WATER], True, ("Climate crisis",),
     HEADLINE),
    # a byline right under the headline: no standfirst, the rule does not take the label (another does)
    (["Climate crisis", HEADLINE, "By Maria Okafor", "Published June 3, 2025", WATER], False, ("Climate crisis",),
     HEADLINE),
    # the author's name alone closing the block under a standfirst that ends a sentence, the story after a blank
    (["Climate crisis", HEADLINE, STANDFIRST + ".", "Maria Okafor", "", WATER], True, ("Climate crisis",), HEADLINE),
    # a stamp on the second line is no headline: the label is the headline over it
    (["Climate crisis", "Published Tuesday, June 3, 2025", STANDFIRST, "By Maria Okafor", WATER], False, (),
     "Climate crisis"),
]


@pytest.mark.parametrize(("lines", "kicker", "section", "headline"), OVER_STANDFIRST)
def test_a_label_over_a_headline_and_a_standfirst(
    lines: list[str], kicker: bool, section: tuple[str, ...], headline: str
) -> None:
    assert PARSER.kicker_over_standfirst(state_of(*lines)) is kicker
    article = parse_article("\n".join(lines) + "\n")
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline


UNDER_LABEL = [
    # (the second line, under the label "Climate crisis" (14 characters), whether it may be the headline)
    (HEADLINE, True),
    # one character longer than the label is enough, as long is not
    ("Sea levels rise", True),
    ("Floods grow up", False),
    # a paragraph of two sentences is no headline however long
    (WATER_TWO, False),
    # a clock or a dateline on it: no headline
    ("Trains halted from 18:30 after signal failure", False),
    ("Trains halted until 6 p.m. after signal failure", True),
    ("LONDON, June 3 (Reuters) - Sea levels rose", False),
]


@pytest.mark.parametrize(("second", "expected"), UNDER_LABEL)
def test_the_headline_under_a_label(second: str, expected: bool) -> None:
    assert PARSER.headline_under_label(state_of("Climate crisis", second, STANDFIRST, "By Maria Okafor")) is expected


# -- ArticleParser.read_dateline: the dateline off the first of many (packed) paragraphs --------------------


def test_the_dateline_off_the_first_of_many_paragraphs() -> None:
    count = Parts.COMPACT_FROM
    lead = "LONDON (Reuters) - The ferry line reopened on Tuesday."
    rest = "".join(f"Crossing {i} ran on time, the operator said.\n\n" for i in range(count))
    article = parse_article(f"Ferries resume after storm\n\n{lead}\n\n{rest}")
    assert article.dateline is not None and article.dateline.text == "LONDON (Reuters) -"
    assert isinstance(article.paragraphs, Paragraphs) and len(article.paragraphs) == count + 1
    first = article.paragraphs[0]
    assert first.text == "The ferry line reopened on Tuesday." and first.span.slice(article.text) == first.text
    assert article.paragraphs[-1].text == f"Crossing {count - 1} ran on time, the operator said."


# -- ArticleParser.update_under_date: an update's clock right under the published date ------------------------

UPDATES = [
    # (the lines, the line of the published stamp, the line asked about, whether an updated stamp was read,
    #  the updated stamp's datetime or None)
    (["Published May 12, 2025", "Updated 14:05 GMT", WATER], 0, 1, False, dt.datetime(2025, 5, 12, 14, 5)),
    # a date alone, the stamp starting where its line starts
    (["May 12, 2025", "Updated 14:05 GMT", WATER], 0, 1, False, dt.datetime(2025, 5, 12, 14, 5)),
    # an updated stamp read already: none
    (["Published May 12, 2025", "Updated 14:05 GMT", WATER], 0, 1, True, None),
    # a byline between the date and the clock: the clock is not the update on that day
    (["Published May 12, 2025", "By Jane Roe", "Updated 14:05 GMT", WATER], 0, 2, False, None),
    # the published date under the clock, not over it
    (["Sea levels rise", "Updated 14:05 GMT", "Published May 12, 2025", WATER], 2, 1, False, None),
]


@pytest.mark.parametrize(("lines", "stamp_line", "index", "updated", "expected"), UPDATES)
def test_an_update_under_the_published_date(
    lines: list[str], stamp_line: int, index: int, updated: bool, expected: dt.datetime | None
) -> None:
    state = state_of(*lines)
    state.published = PARSER.timestamps.parse(state.lines, stamp_line)[0]
    if updated:
        state.updated = state.published
    found = PARSER.update_under_date(state, index)
    assert (found.datetime.replace(tzinfo=None) if found is not None else None) == expected


ARTICLE_UPDATES = [
    # (the text, the updated datetime, the boilerplate)
    ("Sea levels rise\nMay 12, 2025\nUpdated 14:05 GMT\n" + WATER, dt.datetime(2025, 5, 12, 14, 5), []),
    # a byline between them: the clock is the boilerplate of a live page, no update
    ("Sea levels rise\nPublished May 12, 2025\nBy Jane Roe\nUpdated 14:05 GMT\n" + WATER, None,
     [("timestamp", "Updated 14:05 GMT")]),
]


@pytest.mark.parametrize(("text", "updated", "boilerplate"), ARTICLE_UPDATES)
def test_an_update_clock_in_an_article(text: str, updated: dt.datetime | None, boilerplate: list[tuple[str, str]]) -> None:
    article = parse_article(text)
    assert article.published is not None and article.published.datetime == dt.datetime(2025, 5, 12)
    assert (article.updated.datetime.replace(tzinfo=None) if article.updated is not None else None) == updated
    assert [(part.kind, part.text) for part in article.boilerplate] == boilerplate


# -- ArticleParser.header_headline, wraps_headline: a headline printed over two lines ---------------------------

WRAPS = [
    # (the text, the headline's text, its end)
    ("Talks resume in Cairo as\nmediators push for deal before holiday\nBy Jane Roe\n\n" + WATER + "\n",
     "Talks resume in Cairo as mediators push for deal before holiday", 63),
    # a byline under the first line: it does not go on
    ("Talks resume in Cairo as\nBy Jane Roe\n\n" + WATER + "\n", "Talks resume in Cairo as", 24),
]


@pytest.mark.parametrize(("text", "headline", "end"), WRAPS)
def test_a_headline_over_two_lines(text: str, headline: str, end: int) -> None:
    article = parse_article(text)
    assert article.headline is not None
    assert (article.headline.text, article.headline.span.start, article.headline.span.end) == (headline, 0, end)
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert [paragraph.text for paragraph in article.paragraphs] == [WATER]
    assert article.boilerplate == ()  # (both lines the headline's, neither filed again)


WRAP_RULE = [
    # (the lines, the headline's end on the first line, whether it goes on on the second)
    (["Talks resume in Cairo as", "mediators push for deal before holiday", WATER], 24, True),
    # two lines only: the second is the story's, not the headline's
    (["Talks resume in Cairo as", "mediators push for deal before holiday"], 24, False),
    # a headline that ends before its line's end goes on nowhere
    (["Talks resume in Cairo as", "mediators push for deal before holiday", WATER], 20, False),
    # a line opening in capitals under a headline ending in a full word
    (["Talks resume in Cairo", "Mediators push for deal before holiday", WATER], 21, False),
    # a stamp under it
    (["Talks resume in Cairo as", "updated 14:05 GMT", WATER], 24, False),
]


@pytest.mark.parametrize(("lines", "end", "expected"), WRAP_RULE)
def test_whether_a_headline_wraps(lines: list[str], end: int, expected: bool) -> None:
    state = state_of(*lines)
    headline = Headline(state.text[:end], Span(0, end))
    assert PARSER.wraps_headline(state, 0, headline) is expected


# -- ArticleParser.body_line_again: a paragraph pasted twice, alone in a block of its own ---------------------

FERRY_HEAD = "Ferries resume after storm"
FERRY = "The ferry line between the islands reopened on Tuesday after a storm closed it for a week, officials said."
MORE = "The company said more boats would run from next month as the repairs to the northern pier went on."
LAST = "Tickets bought for the cancelled crossings will be refunded in full, the operator said on its website."


def blocks(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


AGAIN = [
    # (the text, the paragraphs' first words, the repeats' first words)
    (blocks(FERRY_HEAD, FERRY, FERRY, MORE), ["The ferry", "The company"], ["The ferry"]),
    # no headline: the text's first line pasted twice under itself
    (blocks(FERRY, FERRY, MORE), ["The ferry", "The company"], ["The ferry"]),
    # the last line pasted twice
    (blocks(FERRY_HEAD, FERRY, MORE, MORE), ["The ferry", "The company"], ["The company"]),
    # another paragraph between the copies: the story says it again, no paste
    (blocks(FERRY_HEAD, FERRY, MORE, FERRY), ["The ferry", "The company", "The ferry"], []),
    # the copy in the same block as the first: a wrapped paragraph, not a block of its own
    (f"{FERRY_HEAD}\n\n{FERRY}\n{FERRY}\n\n{MORE}\n", ["The ferry", "The ferry", "The company"], []),
    # an advertisement between the copies: the line above the copy is no paragraph
    (blocks(FERRY_HEAD, FERRY, MORE, "Advertisement", MORE, LAST), ["The ferry", "The company", "The company", "Tickets bought"],
     []),
    # a line that is no running text (a subheading) printed twice: both kept
    (blocks(FERRY_HEAD, FERRY, MORE, "Boats return to the islands", "Boats return to the islands", LAST),
     ["The ferry", "The company", "Boats return", "Boats return", "Tickets bought"], []),
    # the copy with another line under it in its block
    (blocks(FERRY_HEAD, FERRY, MORE, f"{MORE}\n{FERRY}"), ["The ferry", "The company", "The company"], []),
]


@pytest.mark.parametrize(("text", "paragraphs", "repeats"), AGAIN)
def test_a_paragraph_pasted_twice(text: str, paragraphs: list[str], repeats: list[str]) -> None:
    article = parse_article(text)
    assert [" ".join(paragraph.text.split()[:2]) for paragraph in article.paragraphs] == paragraphs
    assert [" ".join(part.text.split()[:2]) for part in article.boilerplate if part.kind == "repeat"] == repeats
    assert [part.kind for part in article.boilerplate if part.kind != "repeat"] == (
        ["advertisement"] if "Advertisement" in text else []
    )


# -- ArticleParser.header_debris_kind: a standfirst over its author's name needs a headline over it ------------

STUDY = "Researchers say the rise over thirty years outpaced every model they had tried."


@pytest.mark.parametrize(("lines", "kind"), [([HEADLINE, STUDY, "Maria Okafor", "", WATER], "standfirst"), ([STUDY, "Maria Okafor", "", WATER], None)])
def test_a_sentence_over_an_authors_name(lines: list[str], kind: str | None) -> None:
    state = state_of(*lines)
    index = len(lines) - 4
    if index:  # the headline read, as the header rules leave it
        state.headline = Headline(HEADLINE, state.lines[0].span)
    assert PARSER.author_under(state, index)
    assert PARSER.header_debris_kind(state, index) == kind


# -- ArticleParser.is_teaser: a short line of the header that the story prints again -----------------------------

TEASE = "Boats are back on the water."
LONG_TEASE = (
    "The ferry line between the islands reopened on Tuesday after a storm closed it for a week, and the operator said"
    " more boats would run from next month as repairs to the northern pier went on through the winter months."
)  # forty words, the most a standfirst has

TEASERS = [
    # (the blocks, whether the second is a teaser)
    ([FERRY_HEAD, TEASE, "By Jane Roe", TEASE, FERRY, MORE], True),
    # not printed again
    ([FERRY_HEAD, TEASE, "By Jane Roe", FERRY, MORE], False),
    # printed again as the text's last line
    ([FERRY_HEAD, TEASE, "By Jane Roe", FERRY, MORE, TEASE], True),
    # right under itself, a short line: a teaser printed twice
    ([FERRY_HEAD, TEASE, TEASE, FERRY, MORE], True),
    # right under itself with the story under the copy: a lede pasted twice
    ([FERRY_HEAD, FERRY, FERRY, MORE, LAST], False),
    ([FERRY_HEAD, FERRY, FERRY, MORE], False),
    ([FERRY_HEAD, FERRY, FERRY, MORE, "Advertisement"], False),
    # ... and with nothing under the copy (stop 32: the whole story is its lede, printed twice)
    ([FERRY_HEAD, FERRY, FERRY], False),
    # a block pasted twice: the line under it stands under its copy too
    ([FERRY_HEAD, TEASE, "Key points", TEASE, "Key points", FERRY], False),
    # the line under the copy only opens with the line under it: no block pasted twice
    ([FERRY_HEAD, TEASE, "Key points", TEASE, "Key points of the repair plan", FERRY], True),
    # ... further down the page, with a long line under it, or under a long line
    ([FERRY_HEAD, TEASE, "Key points", MORE, LAST, TEASE, "Key points", FERRY], False),
    ([FERRY_HEAD, TEASE, FERRY, TEASE, FERRY, MORE], False),
    ([FERRY_HEAD, LONG_TEASE, "Key points", LONG_TEASE, "Key points", FERRY], False),
    # a lede that tells the day, the story under it, printed again lower down
    ([FERRY_HEAD, FERRY, MORE, LAST, FERRY], False),
    # forty words are a standfirst's, forty-one are not
    ([FERRY_HEAD, LONG_TEASE, "By Jane Roe", LONG_TEASE, MORE], True),
    ([FERRY_HEAD, LONG_TEASE.replace("winter months", "winter and spring"), "By Jane Roe",
      LONG_TEASE.replace("winter months", "winter and spring"), MORE], False),
]


@pytest.mark.parametrize(("parts", "expected"), TEASERS)
def test_a_teaser_the_story_prints_again(parts: list[str], expected: bool) -> None:
    text = blocks(*parts)
    assert PARSER.is_teaser(ParseState(text, split_lines(text)), 1) is expected


def test_a_teaser_printed_again_too_far_down() -> None:
    count = ArticleParser.TEASER_WINDOW // len(MORE + "\n\n")  # the story's blocks that fill the window
    far = blocks(FERRY_HEAD, TEASE, "By Jane Roe", *[MORE] * count, TEASE)
    near = blocks(FERRY_HEAD, TEASE, "By Jane Roe", *[MORE] * (count - 2), TEASE)
    assert [PARSER.is_teaser(ParseState(text, split_lines(text)), 1) for text in (far, near)] == [False, True]


def test_a_teaser_printed_again_only_in_the_repeat() -> None:
    # the page's last three lines print its first three again: the teaser's copy is in the repeat, which is not read
    text = blocks(FERRY, MORE, TEASE, "By Jane Roe", LAST, "The pier will reopen in May.", FERRY, MORE, TEASE)
    lines = split_lines(text)
    start, end = PARSER.repeat_run(lines, text)
    assert (start, end) == (6, 9)
    assert PARSER.is_teaser(ParseState(text, lines[:start]), 2) is False
    assert PARSER.is_teaser(ParseState(text, lines), 2) is True
