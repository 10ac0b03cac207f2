"""Layout leftovers found by stop 24's trials: a caption credit that chains pieces with bars, a
topic before a date taken for a name, an author's role on the line under the byline, and a live
blog's entry headings.

Each shape is a whole short article, the bad shape beside near-misses whose reading must not
change.
"""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.article import ArticleParser
from newsparse.byline import BylineParser
from newsparse.caption import CaptionParser
from newsparse.lines import Line
from newsparse.spans import Span
from parts import holds_every_line

TITLE = "Oil prices slide as traders weigh OPEC output"
LEDE = "Brent crude fell 3% on Tuesday as traders weighed a possible rise in output, analysts said."
LAST = "Prices have fallen for three weeks, dealers said. The cartel meets next month in Vienna."
PICTURE = "A pump jack works at an oil field near Midland, Texas, on March 3, 2025."


# -- 1. a credit chain apart by bars ------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("Callaghan O'Hare | Bloomberg | Getty Images", "Callaghan O'Hare | Bloomberg | Getty Images"),
        ("Bloomberg | Getty Images", "Bloomberg | Getty Images"),
        ("Jane Roe | Bloomberg via Getty Images", "Jane Roe | Bloomberg via Getty Images"),
        ("Jane Roe | The Washington Post | Getty Images", "Jane Roe | The Washington Post | Getty Images"),
        # near-misses: the forms read before the bars were
        ("Jane Roe/Bloomberg/Getty Images", "Jane Roe/Bloomberg/Getty Images"),
        ("Jane Roe - Corbis/Getty Images", "Jane Roe - Corbis/Getty Images"),
    ],
)
def test_a_credit_line_under_a_caption_is_credited_whole(credit_line: str, credit: str) -> None:
    text = f"{TITLE}\n\n{LEDE}\n\n{PICTURE}\n{credit_line}\n\n{LAST}\n"
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(PICTURE, credit)]
    assert [p.text for p in article.paragraphs] == [LEDE, LAST]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(credit_line, "credit")]
    assert not article.span_mismatches()


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (f"{PICTURE} Callaghan O'Hare | Bloomberg | Getty Images", PICTURE, "Callaghan O'Hare | Bloomberg | Getty Images"),
        (f"{PICTURE} Bloomberg | Getty Images", PICTURE, "Bloomberg | Getty Images"),
        # near-misses: no sentence ends before the bar, so the words before it are the caption's
        ("Fans wave flags outside the White House | Getty Images", "Fans wave flags outside the White House", "Getty Images"),
        (f"{PICTURE} Jane Roe/Getty Images", PICTURE, "Jane Roe/Getty Images"),
    ],
)
def test_a_caption_line_ending_in_a_credit_chain(line: str, caption: str, credit: str) -> None:
    text = f"{TITLE}\n\n{LEDE}\n\n{line}\n\n{LAST}\n"
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert [p.text for p in article.paragraphs] == [LEDE, LAST]
    assert not article.span_mismatches()


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Callaghan O'Hare | Bloomberg | Getty Images", "Callaghan O'Hare | Bloomberg | Getty Images"),
        ("Bloomberg | Getty Images", "Bloomberg | Getty Images"),
        ("Getty Images", "Getty Images"),
        # a row of labels with no credit tail last, and a row of five pieces, are no credit
        ("Markets | Energy | Commodities", None),
        ("Home | World | Business | Markets | Getty Images", None),
        # a photographer and an outlet after a bar are a credit (is_bar_outlet)
        ("Jane Roe | CNBC", "Jane Roe | CNBC"),
    ],
)
def test_credit_of_reads_a_bar_chain(text: str, credit: str | None) -> None:
    assert CaptionParser().credit_of(Line(text, Span(0, len(text)), 0, False)) == credit


def test_a_subclass_may_allow_longer_chains() -> None:
    class Wide(CaptionParser):
        MAX_BAR_PIECES = 5

    text = "Home | World | Business | Markets | Getty Images"
    assert Wide().credit_of(Line(text, Span(0, len(text)), 0, False)) == text


# -- 2. a topic before a date is no byline --------------------------------------------------------

AWARD = "Comedian wins the Mark Twain Prize"
AWARD_LEDE = "The comedian accepted the award at the Kennedy Center on Sunday night, thanking her family and her writers."
AWARD_LAST = "The ceremony will air on public television next month."
AWARD_STORY = f"{AWARD_LEDE}\n\n{AWARD_LAST}\n"


@pytest.mark.parametrize(
    ("piece", "authors"),
    [
        ("Mark Twain Prize", None),
        ("Ryder Cup", None),
        ("Rose Parade", None),
        ("Grace Hopper Awards", None),
        # near-misses: a person's name, one that opens like the prize's
        ("Mark Twain", ("Mark Twain",)),
        ("Jane Roe", ("Jane Roe",)),
        ("Mary Ann Evans", ("Mary Ann Evans",)),
    ],
)
def test_a_topic_beside_a_date_is_no_byline(piece: str, authors: tuple[str, ...] | None) -> None:
    text = f"{AWARD}\n\n{piece} | Dec. 1, 2026\n\n{AWARD_STORY}"
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == AWARD
    assert (article.byline.authors if article.byline else None) == authors
    assert article.published is not None and article.published.text == "Dec. 1, 2026"
    assert [p.text for p in article.paragraphs] == [AWARD_LEDE, AWARD_LAST]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "is_name"),
    [("Mark Twain Prize", False), ("Jane Roe Awards", False), ("Mark Twain", True), ("Grace Hopper", True)],
)
def test_topic_words_bar_a_name(text: str, is_name: bool) -> None:
    assert BylineParser().is_name(text) is is_name


# -- 3. the author's role on the line under the byline ------------------------------------------

FLOOD = "Flooding forces hundreds from their homes"
FLOOD_LEDE = "Hundreds of families left their homes on Tuesday as the river rose above its banks, officials said."
FLOOD_LAST = "The water is expected to recede by the weekend, forecasters said."
FLOOD_STORY = f"{FLOOD_LEDE}\n\n{FLOOD_LAST}\n"


@pytest.mark.parametrize("role", ["Special Correspondent", "Staff Writer", "Senior Reporter", "Contributing Writer"])
@pytest.mark.parametrize(
    ("layout", "byline_text"),
    [
        ("{title}\n\nBy Jane Roe\n{role}\n\n{story}", "By Jane Roe {role}"),
        ("{title}\n\nBy Jane Roe\n\n{role}\n\n{story}", "By Jane Roe {role}"),  # a blank line between
        ("{title}\n\nBy Jane Roe\n{role}\nDec. 1, 2026\n\n{story}", "By Jane Roe {role}"),  # a stamp under it
        ("By Jane Roe\n{role}\n\n{title}\n\n{story}", "By Jane Roe {role}"),  # over the headline
        ("{title}\n\nJane Roe\n{role}\n\n{story}", "Jane Roe {role}"),  # no "By": as before
        ("Jane Roe\n{role}\n\n{title}\n\n{story}", "Jane Roe {role}"),  # no "By", over the headline
    ],
)
def test_a_role_under_the_byline_is_the_bylines(layout: str, byline_text: str, role: str) -> None:
    text = layout.format(title=FLOOD, role=role, story=FLOOD_STORY)
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == FLOOD
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (("Jane Roe",), byline_text.format(role=role))
    assert [p.text for p in article.paragraphs] == [FLOOD_LEDE, FLOOD_LAST]
    assert [b.text for b in article.boilerplate] == []
    assert not article.span_mismatches()


@pytest.mark.parametrize(
    ("top", "headline", "byline"),
    [
        ("Staff Writer", FLOOD, None),  # a role alone over the headline: no name, no byline
        ("Jane Roe\n\nStaff Writer", "Jane Roe", "Staff Writer"),  # apart by a blank line: as before
    ],
)
def test_a_role_over_the_headline_with_no_name_above_it_in_its_block(top: str, headline: str, byline: str | None) -> None:
    article = parse_article(f"{top}\n\n{FLOOD}\n\n{FLOOD_STORY}")
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline.text if article.byline else None) == byline


def test_two_authors_over_their_shared_role() -> None:
    text = f"{FLOOD}\n\nBy Jane Roe and Tom Berg\nStaff Writers\n\n{FLOOD_STORY}"
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (("Jane Roe", "Tom Berg"), "By Jane Roe and Tom Berg Staff Writers")
    assert [p.text for p in article.paragraphs] == [FLOOD_LEDE, FLOOD_LAST]


@pytest.mark.parametrize(
    "below",
    [
        "Hundreds of families were moved to shelters overnight.",  # a standfirst, no role
        "Reporting from the river valley",
    ],
)
def test_a_line_under_the_byline_that_is_no_role_stays_out_of_it(below: str) -> None:
    text = f"{FLOOD}\n\nBy Jane Roe\n{below}\n\n{FLOOD_STORY}"
    article = parse_article(text)
    assert article.byline is not None and article.byline.text == "By Jane Roe"
    assert holds_every_line(article)


def test_with_role_below_is_a_hook() -> None:
    lines = (Line("By Jane Roe", Span(0, 11), 0, False), Line("Staff Writer", Span(12, 24), 0, False))
    byline = BylineParser().parse(lines, 0)
    assert byline is not None and (byline.text, byline.span) == ("By Jane Roe Staff Writer", Span(0, 24))

    class NoRoles(BylineParser):
        def with_role_below(self, byline, lines, index):  # type: ignore[no-untyped-def]
            return byline

    kept = NoRoles().parse(lines, 0)
    assert kept is not None and (kept.text, kept.span) == ("By Jane Roe", Span(0, 11))


# -- 4. a live blog's entries -------------------------------------------------------------------

STORM = "Live updates: Storm batters the coast as thousands lose power"
ENTRIES = [
    ("12:45 p.m. ET", "Power restored to 40,000 homes", "The utility said crews had restored power to about 40,000 homes by midday, with more expected overnight."),
    ("12:10 p.m. ET", "Schools close for a second day", "The district closed all schools on Wednesday, its second closure this week, officials said."),
    ("11:30 a.m. ET", "Governor declares an emergency", "The governor declared a state of emergency for six coastal counties on Wednesday morning."),
]


def blog(entries: list[tuple[str, str, str]], gap: str = "\n\n") -> str:
    return "".join(f"{clock}\n{heading}{gap}{entry}\n\n" for clock, heading, entry in entries)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_live_blogs_entries_go_to_the_body_in_order(gap: str) -> None:
    text = f"{STORM}\n\n" + blog(ENTRIES, gap)
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == STORM
    assert [p.text for p in article.paragraphs] == [part for _, heading, entry in ENTRIES for part in (heading, entry)]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(clock, "timestamp") for clock, _, _ in ENTRIES]
    assert article.byline is None
    assert not article.span_mismatches()


def test_a_blog_that_opens_with_an_entry_has_no_headline() -> None:
    text = blog(ENTRIES[:2])
    article = parse_article(text)
    assert article.headline is None and article.byline is None
    assert [p.text for p in article.paragraphs] == [part for _, heading, entry in ENTRIES[:2] for part in (heading, entry)]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(clock, "timestamp") for clock, _, _ in ENTRIES[:2]]


def test_relative_clocks_and_a_key_points_label() -> None:
    entries = [("2 min ago", ENTRIES[0][1], ENTRIES[0][2]), ("15 min ago", ENTRIES[1][1], ENTRIES[1][2])]
    text = "Key points\n\nStorm batters the coast\n\n" + blog(entries)
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == "Storm batters the coast"
    assert [p.text for p in article.paragraphs] == [part for _, heading, entry in entries for part in (heading, entry)]
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Key points", "navigation"), ("2 min ago", "timestamp"), ("15 min ago", "timestamp")
    ]


@pytest.mark.parametrize("clock", ["0:49", "Updated 10:42 a.m. ET", "2 hours ago"])
def test_one_clock_over_a_short_line_heads_no_entry(clock: str) -> None:
    # near-miss: one clock (a video's length, a page's time) over a short line, no entry after it
    heading = "Crews clear fallen trees in Harbour Town"
    text = f"{STORM}\n\n{clock}\n{heading}\n\n{ENTRIES[0][2]}\n\n{ENTRIES[1][2]}\n"
    article = parse_article(text)
    assert heading not in [p.text for p in article.paragraphs]
    assert [p.text for p in article.paragraphs] == [ENTRIES[0][2], ENTRIES[1][2]]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Key points", "navigation"), ("Key events", "navigation"), ("Latest updates", "navigation"),
     ("Key points of the deal", None)],
)
def test_live_blog_labels_are_navigation(text: str, kind: str | None) -> None:
    assert ArticleParser().boilerplate.kind(text) == kind


def test_a_blog_of_many_entries_reads_in_linear_time() -> None:
    import time

    def timed(n: int) -> float:
        text = f"{STORM}\n\n" + blog(ENTRIES * n)
        start = time.perf_counter()
        parse_article(text)
        return time.perf_counter() - start

    small, large = timed(50), timed(200)
    assert large < small * 4 * 3  # four times the entries, at most about four times the time


@pytest.mark.parametrize("role", ["Special Correspondent", "Staff Writer"])
def test_a_name_over_its_role_after_the_story_is_the_byline(role: str) -> None:
    text = f"{FLOOD}\n\n{FLOOD_STORY}\nJane Roe\n{role}\n"
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (("Jane Roe",), f"Jane Roe {role}")
    assert article.byline.span == Span(text.index("Jane Roe"), len(text) - 1)
    assert [p.text for p in article.paragraphs] == [FLOOD_LEDE, FLOOD_LAST]


@pytest.mark.parametrize(
    "tail",
    [
        "Jane Roe\nSpecial Correspondent\n\nMore rain is forecast for Thursday, and the river may rise again, officials said.\n",
        "Flood updates\nStaff Writer\n",  # no person's name over the role
        "Jane Roe\n\nStaff Writer\n",  # the role set off by a blank line: no sign-off's block
    ],
)
def test_a_name_over_a_role_that_is_no_sign_off(tail: str) -> None:
    text = f"{FLOOD}\n\n{FLOOD_STORY}\n{tail}"
    article = parse_article(text)
    assert article.byline is None
    assert holds_every_line(article)
