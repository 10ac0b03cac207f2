"""The layout code changed in stop 19 (``6adfb40..``), run by ``mutS`` (docs/testing.md, "Mutation testing"):
the survivors' killing cases.  Each table sets the bad shape beside the good one and asserts the exact value
that comes out."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, parse_article
from newsparse.lines import split_lines
from parts import blocks

FERRY_HEAD = "Ferries resume after storm"
FERRY = "The ferry line between the islands reopened on Tuesday after a storm closed it for a week, officials said."
MORE = "The company said more boats would run from next month as the repairs to the northern pier went on."
LAST = "Tickets bought for the cancelled crossings will be refunded in full, the operator said on its website."


# -- ArticleParser.repeat_run: the shortest text that can be printed twice ---------------------------

REPEATS = [
    # (the text, the run of lines printed again)
    # six lines, three and their copy: the fewest a repeat has (2 * MIN_REPEAT_LINES)
    (blocks(FERRY_HEAD, FERRY, MORE, FERRY_HEAD, FERRY, MORE), (3, 6)),
    # five lines: too few for two copies of three
    (blocks(FERRY, MORE, FERRY_HEAD, FERRY, MORE), (0, 0)),
    # eight lines, four and their copy
    (blocks(FERRY_HEAD, FERRY, MORE, LAST, FERRY_HEAD, FERRY, MORE, LAST), (4, 8)),
    # a footer of REPEAT_FOOTER_LINES lines under the copy is read with the first copy
    (blocks(FERRY_HEAD, FERRY, MORE, FERRY_HEAD, FERRY, MORE, "© 2025 City Herald", "Terms of use"), (3, 6)),
    # one more line under it: no footer, no repeat
    (blocks(FERRY_HEAD, FERRY, MORE, FERRY_HEAD, FERRY, MORE, "© 2025 City Herald", "Terms of use", "Contact us"), (0, 0)),
]


@pytest.mark.parametrize(("text", "run"), REPEATS)
def test_repeat_run_of_the_fewest_lines(text: str, run: tuple[int, int]) -> None:
    lines = split_lines(text)
    assert ArticleParser().repeat_run(lines, text) == run
    article = parse_article(text)
    repeats = [(part.span.start, part.span.end) for part in article.boilerplate if part.kind == "repeat"]
    assert repeats == ([(lines[run[0]].span.start, lines[run[1] - 1].span.end)] if run[0] else [])


# -- ArticleParser.longest_repeat: the nearest earlier copy wins a tie --------------------------------

THREE_BLOCKS = blocks(FERRY_HEAD, FERRY, MORE, LAST, "* * *", FERRY, MORE, LAST, "Advertisement", FERRY, MORE, LAST)

LONGEST = [
    # (the text, the end of the run, (start, earlier))
    # the three last lines stand twice before, each copy under another line: the nearest copy is the
    # earlier one (the farther holds the run's first line again before the nearer)
    (THREE_BLOCKS, 12, (9, 5)),
    # read from one line higher the run is two lines: too short
    (THREE_BLOCKS, 11, (0, 0)),
    # nothing printed twice
    (blocks(FERRY_HEAD, FERRY, MORE, LAST, "* * *", "Advertisement"), 6, (0, 0)),
]


@pytest.mark.parametrize(("text", "end", "found"), LONGEST)
def test_longest_repeat_reads_the_nearest_copy(text: str, end: int, found: tuple[int, int]) -> None:
    lines = split_lines(text)
    assert ArticleParser().longest_repeat(lines, end, text) == found
    assert ArticleParser().longest_repeat(lines, end) == found


def test_a_story_of_three_blocks_under_other_lines_is_read_once() -> None:
    article = parse_article(THREE_BLOCKS)
    lines = split_lines(THREE_BLOCKS)
    assert ArticleParser().repeat_run(lines, THREE_BLOCKS) == (9, 12)
    assert [(part.kind, part.span.start) for part in article.boilerplate if part.kind == "repeat"] == [
        ("repeat", lines[9].span.start)
    ]


# -- ArticleParser.earlier_places: the nearest REPEAT_TRIES whole lines with the last line's text -----

BUTTONS = "\n".join(
    ["Share", "Share this story", "A", "Share", "B", "Share", "Share", "C", "Share", "Share", "Most Shared", "Share", "D", "Share"]
) + "\n"

PLACES = [
    # (the end of the run, the places found): a line that only starts or holds the text is no place
    (14, [11, 9, 8, 6, 5]),
    (12, [9, 8, 6, 5, 3]),
    (10, [8, 6, 5, 3, 0]),  # the line right above the last one is a place
    (4, [0]),
    (3, []),
]


@pytest.mark.parametrize(("end", "places"), PLACES)
def test_earlier_places_nearest_first(end: int, places: list[int]) -> None:
    lines = split_lines(BUTTONS)
    assert ArticleParser().earlier_places(lines, end, BUTTONS) == places
    assert ArticleParser().earlier_places(lines, end, None) == places


def test_earlier_places_finds_the_texts_first_line() -> None:
    text = blocks(FERRY_HEAD, FERRY, MORE, FERRY_HEAD)  # the only earlier place starts the text
    lines = split_lines(text)
    assert ArticleParser().earlier_places(lines, 4, text) == [0]


# -- ArticleParser.run_back: how many lines two places have the same at their ends --------------------


def copies(count: int) -> str:
    return blocks(*[FERRY_HEAD, FERRY, MORE] * count)


RUNS_BACK = [
    # (the text, the end, the earlier last line, the size of the run)
    (copies(2), 6, 2, 3),  # the whole first copy, no more: MIN_REPEAT_LINES stay before the run
    (copies(2), 6, 1, 0),
    (copies(3), 9, 5, 6),  # three copies: two of them read back from the nearest
    (copies(3), 9, 2, 3),  # from the farthest, no further than its first line
    (copies(4), 12, 8, 0),  # four copies read from the nearest: more than MAX_REPEAT_COPIES
    (copies(4), 12, 5, 6),
    (copies(4), 12, 2, 3),
    # a block of two lines three times: read back from the nearest copy, no further than leaves
    # MIN_REPEAT_LINES lines before the run (three, not the four the copies would give)
    (blocks(FERRY, MORE, FERRY, MORE, FERRY, MORE), 6, 3, 3),
]


@pytest.mark.parametrize(("text", "end", "last", "size"), RUNS_BACK)
def test_run_back_counts_the_lines_in_common(text: str, end: int, last: int, size: int) -> None:
    assert ArticleParser().run_back(split_lines(text), end, last) == size


@pytest.mark.parametrize(("count", "run"), [(2, (3, 6)), (3, (3, 9)), (4, (0, 0))])
def test_two_or_three_copies_are_a_repeat_four_are_not(count: int, run: tuple[int, int]) -> None:
    text = copies(count)
    assert ArticleParser().repeat_run(split_lines(text), text) == run


# -- ArticleParser.is_repeat: the run checked line for line ---------------------------------------------

IS_REPEAT = [
    # (the text, start, end, earlier, whether lines[start:end] are lines[earlier:] again)
    (copies(2), 3, 6, 0, True),
    (copies(2), 3, 6, 1, False),  # another earlier copy: the texts differ
    (copies(3), 3, 9, 0, True),  # three copies: the run is twice the first
    (copies(4), 3, 12, 0, False),  # four: a block printed over and over
    (THREE_BLOCKS, 9, 12, 5, True),
    (THREE_BLOCKS, 9, 12, 1, False),  # the run's first line stands again between the copies
    (blocks("Live updates", "Key points", "Timeline", "Live updates", "Key points", "Timeline"), 3, 6, 0, False),
    # the copy's first line twice at its start: one block over and over
    (blocks(FERRY, FERRY, MORE, FERRY, FERRY, MORE), 3, 6, 0, False),
    # four copies read from the second: the run is more than twice the distance between the copies
    (copies(4), 5, 12, 2, False),
]


@pytest.mark.parametrize(("text", "start", "end", "earlier", "expected"), IS_REPEAT)
def test_is_repeat_checks_the_run(text: str, start: int, end: int, earlier: int, expected: bool) -> None:
    assert ArticleParser().is_repeat(split_lines(text), start, end, earlier) is expected


# -- ArticleParser.build: a short body's layout told by the whole page ------------------------------------

BODY_LAYOUTS = [
    # (the text, the paragraphs): a body of BLANK_LAYOUT_LINES lines is too short to tell whether
    # blank lines mark its paragraphs; the page tells
    (
        blocks(FERRY_HEAD, "By Jane Roe", "Published March 4, 2025", "Updated March 5, 2025", FERRY + "\n" + MORE),
        [FERRY + " " + MORE],
    ),
    # no blank lines on the page: each line its own paragraph
    ("\n".join([FERRY_HEAD, "By Jane Roe", FERRY, MORE]) + "\n", [FERRY, MORE]),
]


@pytest.mark.parametrize(("text", "paragraphs"), BODY_LAYOUTS)
def test_a_short_bodys_layout_is_read_from_the_page(text: str, paragraphs: list[str]) -> None:
    assert [paragraph.text for paragraph in parse_article(text).paragraphs] == paragraphs


# -- ArticleParser.kicker_under_furniture: a kicker on the second line under page furniture ---------------

WATER_HEAD = "Water main break floods downtown streets"
WATER = "A water main broke under the high street on Monday, flooding shops and closing two roads, the city said."

KICKERS = [
    # (the lines, the section, the first boilerplate parts' kinds and texts)
    # three lines are enough: furniture, the kicker, the headline
    (["Skip to main content", "NEWS › LOCAL", WATER_HEAD], ("NEWS", "LOCAL"), [("navigation", "Skip to main content")]),
    (["Skip to main content", "NEWS › LOCAL", WATER_HEAD, WATER], ("NEWS", "LOCAL"), [("navigation", "Skip to main content")]),
    # a photo credit over it is no page furniture: no kicker
    (["Photo: Jane Roe", "NEWS › LOCAL", WATER_HEAD, WATER], (), [("credit", "Photo: Jane Roe")]),
    # furniture under furniture is no kicker
    (["Skip to main content", "Menu", WATER_HEAD, WATER], (), [("navigation", "Skip to main content"), ("navigation", "Menu")]),
]


@pytest.mark.parametrize(("lines", "section", "boilerplate"), KICKERS)
def test_kicker_under_page_furniture(lines: list[str], section: tuple[str, ...], boilerplate: list[tuple[str, str]]) -> None:
    article = parse_article("\n".join(lines) + "\n")
    assert article.section == section
    assert [(part.kind, part.text) for part in article.boilerplate][: len(boilerplate)] == boilerplate


# -- ArticleParser.read_section: a stacked section path over no masthead ------------------------------------


def test_a_stacked_section_path_is_read_without_a_masthead() -> None:
    text = blocks("National\nNSW\nBushfires", "Fire crews battle three blazes across the state", "By Jane Roe", WATER)
    article = parse_article(text)
    assert article.section == ("National", "NSW", "Bushfires")
    assert article.headline is not None and article.headline.text == "Fire crews battle three blazes across the state"
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
