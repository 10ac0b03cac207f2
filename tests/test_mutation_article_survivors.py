"""The composer's rules that the earlier mutation runs of ``src/newsparse/article.py`` left
unexamined (``docs/testing.md``), table-driven on pages written for this file: the standfirst over
the lead picture (``picture_follows``, on only in a subclass), a stamp that opens a blog's line of
post facts (``opens_with_stamp``), a date inside a short header line (``header_inline_stamp``),
teasers over a button (``is_promo``), stamps in the body, and what more a header line needs to be
the story's first paragraph (``prose_follows``).  Parsers are built inside the tests (a mutant in a
constructor does not reach the default parser, built when ``newsparse`` is imported)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, ParseState
from newsparse.lines import split_lines


class StandfirstParser(ArticleParser):
    """A parser for sites that set a standfirst above the lead picture."""

    STANDFIRST_OVER_PICTURE = True


# -- picture_follows: a short line under the page's header with the lead picture under it --------

HEADLINE = "Ferry service resumes after storm\n"
HEADERS = {
    "byline": HEADLINE + "By Jane Roe\n\n",
    "published": HEADLINE + "Published: Aug 13, 2024 11:14 AM\n\n",
    "updated": HEADLINE + "Updated: Aug 13, 2024 11:14 AM\n\n",
    "headline only": HEADLINE + "\n",
}
STANDFIRST = "The island's lifeline is back."
CAPTION = "A ferry leaves the harbour at dawn. (Photo: Jane Doe/AP)"
LEDE = "Crossings resumed on Tuesday after a week of gales that kept every boat in port, the operator said."
# a standfirst of exactly STANDFIRST_WORDS (40) words, and one of a word more
FORTY = (
    "After a week of gales that kept every boat in port and cut the island off from the mainland, "
    "the ferry is running again, and the operator promises extra sailings for the visitors who were "
    "stranded over the holiday weekend."
)
FORTY_ONE = FORTY.replace("After a week", "After a long week")

# the page's header, the lines under it (the first is asked about), whether it is a standfirst over the picture
PICTURE_FOLLOWS = [
    ("byline", [STANDFIRST, CAPTION, LEDE], True),
    ("published", [STANDFIRST, CAPTION, LEDE], True),  # a stamp instead of a byline
    ("updated", [STANDFIRST, CAPTION, LEDE], True),
    ("headline only", [STANDFIRST, CAPTION, LEDE], False),  # a headline alone is no page's header
    ("byline", [FORTY, CAPTION, LEDE], True),
    ("byline", [FORTY_ONE, CAPTION, LEDE], False),  # more than STANDFIRST_WORDS words
    ("byline", ["Crossings resumed on Tuesday.", CAPTION, LEDE], False),  # says the day: a lede
    # lines that are no text are looked past, up to PICTURE_LOOKAHEAD lines on
    ("byline", [STANDFIRST, "Advertisement", "Share this article", CAPTION, LEDE], True),
    ("byline", [STANDFIRST, "Advertisement", "Share this article", "Share on Facebook", CAPTION, LEDE], True),
    ("byline", [STANDFIRST, "Advertisement", "Share this article", "Share on Facebook", "Share on X", CAPTION, LEDE], False),
    # a credit line: of the picture under the line when something stands between them, of the
    # line itself when it is right under it
    ("byline", [STANDFIRST, "Advertisement", "Photo: Jane Doe/AP", LEDE], True),
    ("byline", ["“I keep his house,” she said.", "Courtesy of Zillow", LEDE], False),
    # running text is the story, unless a credit line under it makes it a caption
    ("byline", [STANDFIRST, LEDE, CAPTION], False),
    ("byline", [STANDFIRST, "The first boat left at six.", CAPTION], False),  # a short sentence of the story
    ("byline", [STANDFIRST, "Old merchants' houses along the Ribeira, the city's riverfront.", "Photo: Nina Hart", LEDE], True),
    (
        "byline",
        [
            STANDFIRST,
            "Spend your first morning along the Ribeira, where the old merchants' houses lean over the river.",
            "Photo: Nina Hart",
            LEDE,
        ],
        False,
    ),
    ("byline", [STANDFIRST, "Old merchants' houses along the Ribeira, the city's riverfront."], False),
    # nothing under it, or nothing but lines that are no text
    ("byline", [STANDFIRST], False),
    ("byline", [STANDFIRST, "Advertisement"], False),
]


def _header_state(header: str, lines: list[str]) -> tuple[ParseState, int]:
    """The state of a parse that has read *header* (its headline, byline and stamps), and the
    index of the first of *lines* under it."""
    text = HEADERS[header] + "\n".join(lines) + "\n"
    state = ParseState(text, split_lines(text))
    read = ArticleParser().parse(text)
    state.headline, state.byline, state.published, state.updated = read.headline, read.byline, read.published, read.updated
    index = 1 if header == "headline only" else 2
    assert state.lines[index].text == lines[0]
    return state, index


@pytest.mark.parametrize(("header", "lines", "expected"), PICTURE_FOLLOWS)
def test_picture_follows(header: str, lines: list[str], expected: bool) -> None:
    state, index = _header_state(header, lines)
    assert StandfirstParser().picture_follows(state, index) is expected
    # the rules were only asked what they would claim
    assert (state.captions, list(state.boilerplate)) == ([], [])
    assert ArticleParser().picture_follows(state, index) is False  # off by default


def test_a_byline_without_a_headline_is_no_page_header() -> None:
    state, index = _header_state("byline", [STANDFIRST, CAPTION, LEDE])
    state.headline = None
    assert StandfirstParser().picture_follows(state, index) is False


# -- opens_with_stamp: a date that a piece mark follows, or that ends the line --------------------

# the line under a headline, the reference date, whether it opens with a stamp
OPENS_WITH_STAMP = [
    ("October 15, 2018/0 Comments/in News /by admin", None, True),
    ("October 15, 2018 | Jane Roe", None, True),  # a blank before the mark
    ("October 15, 2018", None, True),  # the date ends the line
    ("9/21/2016 | Jane Roe", None, True),  # a one-digit month
    ("October 15, 2018 Council votes to close the pool", None, False),  # words after it: a title
    ("Council votes to close the pool on October 15, 2018", None, False),  # the date is not first
    ("(October 15, 2018)", None, False),  # a bracket first
    # a date without its year is read only with a reference date
    ("Oct 15/0 Comments/in News", dt.date(2018, 10, 20), True),
    ("Oct 15/0 Comments/in News", None, False),
    ("2 hours ago • World", dt.date(2018, 10, 20), False),
]


@pytest.mark.parametrize(("line", "reference", "expected"), OPENS_WITH_STAMP)
def test_opens_with_stamp(line: str, reference: dt.date | None, expected: bool) -> None:
    text = "Pool to close for the winter\n" + line + "\n"
    state = ParseState(text, split_lines(text), reference)
    assert ArticleParser().opens_with_stamp(state, 1) is expected


# -- is_promo: a short header line that is a teaser for another page ----------------------------

TEASER = "The best deals of the week, picked by our editors."
# exactly STANDFIRST_WORDS (40) words, then one more
DEALS = (
    "Our editors picked the best deals of the week on laptops, phones, headphones, televisions, coffee "
    "machines, vacuum cleaners and garden tools, with prices checked every morning and links to the shops "
    "that have them in stock, so you can buy."
)
MORE_DEALS = DEALS.replace("buy.", "buy today.")
LIST = ["Most Popular", "Council delays vote on harbour plan"]
RENTS = "Rents are rising. These maps show where."

# the lines, the kind each is filed under ("?": the line asked about; None: not filed), whether it is a teaser
PROMOS = [
    ([TEASER, "Read More"], ["?", None], True),  # a button right under it
    ([TEASER, "Read more »"], ["?", None], True),
    ([DEALS, "Read More"], ["?", None], True),
    ([MORE_DEALS, "Read More"], ["?", None], False),  # more than STANDFIRST_WORDS words
    ([TEASER, "Advertisement", "Read More"], ["?", None, None], False),  # the button is not right under it
    ([TEASER], ["?"], False),  # the last line
    # an item of a list of links under a "related" heading, a link line under it too
    ([*LIST, RENTS, "School bus routes change next month"], ["related", "other", "?", None], True),
    ([*LIST, RENTS], ["related", "other", "?"], False),  # nothing under it
    (["Council delays vote on harbour plan", RENTS, "School bus routes change next month"], ["other", "?", None], False),
    (
        [*LIST, RENTS, "The council met on Tuesday and voted to delay the plan for the harbour until the spring, the mayor said."],
        ["related", "other", "?", None],
        False,
    ),  # the story under it
    ([*LIST, "A ferry leaves the harbour at dawn.", "Photo: Getty Images"], ["related", "other", "?", None], False),  # a caption
    ([*LIST, RENTS, CAPTION], ["related", "other", "?", None], False),  # a caption of its own under it
    ([*LIST, RENTS, "Sign up for our newsletter"], ["related", "other", "?", None], False),  # boilerplate under it
]


@pytest.mark.parametrize(("lines", "kinds", "expected"), PROMOS)
def test_is_promo(lines: list[str], kinds: list[str | None], expected: bool) -> None:
    text = "\n".join(lines) + "\n"
    state = ParseState(text, split_lines(text))
    for line, kind in zip(state.lines, kinds, strict=True):
        if kind not in (None, "?"):
            state.add_boilerplate(line, kind)
    filed = list(state.boilerplate)
    assert ArticleParser().is_promo(state, kinds.index("?")) is expected
    assert (list(state.boilerplate), state.captions) == (filed, [])  # the rules were only asked


# -- header_inline_stamp: a name alone after the date is the byline ------------------------------

PROSE = (
    "Heavy rain flooded dozens of streets in southern Finland on Tuesday, and the fire service said "
    "it had received more than 300 calls."
)

# the line under the headline, the stamp, the byline after it (None: none)
STAMP_THEN_NAME = [
    ("City Daily 9/21/2016 Jane Roe", "9/21/2016", "Jane Roe"),
    ("LinkNaija October 06, 2018 Jane Roe", "October 06, 2018", "Jane Roe"),
    ("Island NewsDecember 2, 2016", "December 2, 2016", None),  # nothing after the date
    # (a known agency before the date is the byline: agency_before_stamp, tests/test_mine25_layout.py)
    ("Associated PressDecember 2, 2016", "December 2, 2016", "Associated Press"),
]


@pytest.mark.parametrize(("line", "stamp", "byline"), STAMP_THEN_NAME)
def test_a_name_after_an_inline_stamp_is_the_byline(line: str, stamp: str, byline: str | None) -> None:
    parser = ArticleParser()
    text = "Flooding closes roads\n" + line + "\n" + PROSE + "\n"
    state = ParseState(text, split_lines(text))
    assert parser.header_inline_stamp(state, 1, peek=True) == 1
    assert (state.published, state.byline) == (None, None)  # only asked
    state.headline = parser.headline.parse(state.lines, 0, sentences=False)
    assert parser.header_inline_stamp(state, 1, peek=False) == 1
    assert state.published is not None and state.published.text == stamp
    if byline is None:
        assert state.byline is None
    else:
        assert state.byline is not None
        assert (state.byline.text, text[state.byline.span.start : state.byline.span.end]) == (byline, byline)
    # without a headline the line is no page's header, and the name is not taken
    state = ParseState(text, split_lines(text))
    assert parser.header_inline_stamp(state, 1, peek=False) == 1
    assert state.published is not None and state.byline is None


# -- body_timestamps: a stamp line, or a live blog's clock time alone in its block ---------------

LIVE = (
    "Trains cancelled across the north\n\n10:42 a.m.\n\n"
    "The first trains were cancelled before dawn, the operator said on its website.\n\n"
    "Updated: Aug 13, 2024 11:14 AM\n"
)


def test_body_timestamps_claims_a_clock_and_a_stamp_and_only_when_asked_to() -> None:
    parser = ArticleParser()
    state = ParseState(LIVE, split_lines(LIVE))
    assert [parser.body_timestamps(state, i, True) for i in range(4)] == [0, 1, 0, 1]
    assert (list(state.boilerplate), state.updated) == ([], None)
    assert [parser.body_timestamps(state, i, False) for i in range(4)] == [0, 1, 0, 1]
    assert [(b.kind, b.text, LIVE[b.span.start : b.span.end]) for b in state.boilerplate] == [
        ("timestamp", "10:42 a.m.", "10:42 a.m.")
    ]
    assert state.updated is not None and state.updated.text == "Aug 13, 2024 11:14 AM"


# -- prose_follows: the lines it looks past ------------------------------------------------------

STANDFIRST_LINE = "The city will spend two million euros on new drains after the worst flooding in forty years, the mayor said."
CUT = "Two people in China have been diagnosed with the plague,..."

# the lines after the headline (the first is asked about; a line starting with a line break has
# a blank line above it), whether running text follows it
PROSE_FOLLOWS_PAST = [
    ([STANDFIRST_LINE, CUT, "Local news", PROSE], True),  # a cut teaser is looked past
    ([STANDFIRST_LINE, "Advertisement", "By Ana Lima", PROSE], False),  # past boilerplate, a byline
    ([STANDFIRST_LINE, "EPA", "Volunteers clear mud from a street in Lahti", PROSE], True),  # a picture
    ([STANDFIRST_LINE, "EPA", "Volunteers clear mud from a street in Lahti", "By Ana Lima", PROSE], False),
    ([STANDFIRST_LINE, "\n3:52pm", "Trains cancelled", "By Ana Lima", PROSE], False),  # a live blog's entry
    ([STANDFIRST_LINE, "\n3:52pm", "Trains cancelled", PROSE], True),
    ([STANDFIRST_LINE, "EPA", "Volunteers clear mud from a street in Lahti"], True),  # a picture ends the text
    ([STANDFIRST_LINE, PROSE, "By Ana Lima"], True),  # running text first
]


@pytest.mark.parametrize(("lines", "expected"), PROSE_FOLLOWS_PAST)
def test_prose_follows_looks_past(lines: list[str], expected: bool) -> None:
    text = "Flooding closes roads\n\n" + "\n".join(lines) + "\n"
    state = ParseState(text, split_lines(text))
    assert ArticleParser().prose_follows(state, 1) is expected
    assert (state.byline, state.captions, list(state.boilerplate)) == (None, [], [])


def test_a_reference_date_that_is_no_date_is_named() -> None:
    with pytest.raises(TypeError) as raised:
        ArticleParser().parse("Flooding closes roads\n\n" + PROSE, reference_date="2024-08-13")  # type: ignore[arg-type]
    assert str(raised.value) == "reference_date must be a datetime.date, not str"
