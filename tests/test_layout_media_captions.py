"""Captions that web pages print without a credit word: a product's picture credited to its maker,
a video's caption after a ``Video:`` label or with its own stamp, and credit lines of a
photographer and an agency or an outlet (``JO ROE (AFP)``, ``Jo Roe for The City Herald``).

Each page is invented and set out the way a browser copy of a page prints it: blank lines between
blocks, the header over the story.  Beside each rule, the lines of the same shape that a story
prints and that must stay paragraphs.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import CaptionParser
from newsparse.lines import split_lines

GUIDE_HEAD = (
    "The best trail gear of the season\n\n"
    "By Mara Quint\n\n"
    "Published March 4, 2025\n\n"
    "Our testers spent the winter on muddy trails with a pile of shoes, watches and lamps, and "
    "these are the ones they kept reaching for once the tests were over.\n\n"
    "Prices were checked on Monday and may have changed since then, so follow the links for the "
    "latest offers from each of the shops we list.\n\n"
)
GUIDE_TAIL = (
    "\n\nThe grip held on wet rock and the cushioning lasted through a full season of long runs, "
    "which few shoes at this price manage.\n"
)


def guide(*blocks: str) -> str:
    """A gift guide: header, two paragraphs, *blocks* set off by blank lines, a closing paragraph."""
    return GUIDE_HEAD + "\n\n".join(blocks) + GUIDE_TAIL


GUIDE_PARAGRAPHS = [
    "Our testers spent the winter on muddy trails with a pile of shoes, watches and lamps, and "
    "these are the ones they kept reaching for once the tests were over.",
    "Prices were checked on Monday and may have changed since then, so follow the links for the "
    "latest offers from each of the shops we list.",
]
CLOSING = GUIDE_TAIL.strip()

# -- a maker's name over a product's heading credits the product's picture ----------------------

MAKER_CARDS = [
    # (blocks between the paragraphs, captions as (text, credit), lines left in the paragraphs)
    (
        ["Nordwind", "Nordwind Trail 2 for $120", "See it now: Ridge Outfitters"],
        [("Nordwind", "Nordwind")],
        ["Nordwind Trail 2 for $120", "See it now: Ridge Outfitters"],
    ),
    (
        ["KLM Optics", "KLM Optics Beam 400 headlamp for $45"],
        [("KLM Optics", "KLM Optics")],
        ["KLM Optics Beam 400 headlamp for $45"],
    ),
    # the product named above the maker's name, a company's suffix on it
    (
        ["Nordwind Trail 3.", "Nordwind, Inc.", "Nordwind Trail 3 Max for $240"],
        [("Nordwind Trail 3.", "Nordwind, Inc.")],
        ["Nordwind Trail 3 Max for $240"],
    ),
]


# a second card: a maker's name over a product's heading credits a picture only in a product list
SECOND_CARD = ["Lumo", "Lumo Pack 20 for $90"]


@pytest.mark.parametrize(("blocks", "captions", "kept"), MAKER_CARDS)
def test_a_makers_name_over_a_product_heading_is_a_caption(
    blocks: list[str], captions: list[tuple[str, str]], kept: list[str]
) -> None:
    article = newsparse.parse_article(guide(*blocks, *SECOND_CARD))
    assert [(c.text, c.credit) for c in article.captions] == [*captions, ("Lumo", "Lumo")]
    assert [p.text for p in article.paragraphs] == [*GUIDE_PARAGRAPHS, *kept, SECOND_CARD[1], CLOSING]


@pytest.mark.parametrize(("blocks", "captions", "kept"), MAKER_CARDS)
def test_one_makers_name_over_a_heading_is_no_product_list(
    blocks: list[str], captions: list[tuple[str, str]], kept: list[str]
) -> None:
    article = newsparse.parse_article(guide(*blocks))
    assert article.captions == ()
    assert [p.text for p in article.paragraphs] == [*GUIDE_PARAGRAPHS, *blocks, CLOSING]


NOT_PRODUCT_LISTS = [
    # a report's heading over its score, once; the sentence above stays a paragraph
    ["Arsenal dominated from the first whistle.", "Arsenal", "Arsenal 2 Chelsea 1"],
    # the same heading twice is no list of products
    ["Arsenal", "Arsenal 2 Chelsea 1", "Arsenal", "Arsenal 2 Chelsea 1"],
    # a year, a step, a heading over a sentence: no maker's name, no product's name after it
    ["2019", "2019 December: first cases reported", "2020", "2020 January: lockdowns begin"],
    ["Step 1", "Step 1 heat the oven to 200C", "Step 2", "Step 2 roll out the dough"],
    ["Revenue", "Revenue rose 12% to $4.1 billion in the quarter", "Profit", "Profit fell 3% to $1.2 billion"],
]


@pytest.mark.parametrize("blocks", NOT_PRODUCT_LISTS)
def test_lines_that_are_no_product_list(blocks: list[str]) -> None:
    article = newsparse.parse_article(guide(*blocks))
    assert article.captions == ()
    assert [p.text for p in article.paragraphs] == [*GUIDE_PARAGRAPHS, *blocks, CLOSING]


def test_running_prose_over_a_makers_name_is_no_caption() -> None:
    blocks = ["Nordwind makes the lightest shoe we tried this winter.", "Nordwind", "Nordwind Trail 2 for $120"]
    article = newsparse.parse_article(guide(*blocks, *SECOND_CARD))
    assert [(c.text, c.credit) for c in article.captions] == [("Nordwind", "Nordwind"), ("Lumo", "Lumo")]
    assert [p.text for p in article.paragraphs] == [
        *GUIDE_PARAGRAPHS, blocks[0], blocks[2], SECOND_CARD[1], CLOSING
    ]


NOT_MAKER_CARDS = [
    # a list of tags and a list of links have no price or model number
    ["Trail Running,", "Trail Running 2025"],
    ["RSS Feed", "RSS - Posts"],
    # a heading over a sentence, a subheading over a heading that does not start with it
    ["Batteries", "Batteries lasted 20 hours in our tests."],
    ["Lamps", "Headlamps for night runs under $50"],
    # a sentence that starts like the heading under it
    ["Nordwind makes good shoes.", "Nordwind Trail 2 for $120"],
]


@pytest.mark.parametrize("blocks", NOT_MAKER_CARDS)
def test_lines_that_are_no_makers_credit(blocks: list[str]) -> None:
    article = newsparse.parse_article(guide(*blocks))
    assert article.captions == ()
    assert [p.text for p in article.paragraphs] == [*GUIDE_PARAGRAPHS, *blocks, CLOSING]


# -- a video's caption ------------------------------------------------------------------------------

VIDEO_PAGE = (
    "Council backs plan for new ferry terminal\n\n"
    "By Mara Quint\n\n"
    "Published March 4, 2025\n\n"
    "The port authority on Monday unveiled plans for a ferry terminal on the old cannery pier, a "
    "project that would cost about $40 million and open in 2028, officials said.\n\n"
    "{line}\n\n"
    "Construction could begin next spring if the council approves the zoning change, which is "
    "scheduled for a vote in April.\n"
)
FIRST = (
    "The port authority on Monday unveiled plans for a ferry terminal on the old cannery pier, a "
    "project that would cost about $40 million and open in 2028, officials said."
)
LAST = "Construction could begin next spring if the council approves the zoning change, which is scheduled for a vote in April."

VIDEO_CAPTIONS = [
    # (line, caption text, credit)
    (
        "Video: In this talk at a harbor conference, an engineer explains how ferry piers are built on soft ground.",
        "In this talk at a harbor conference, an engineer explains how ferry piers are built on soft ground.",
        None,
    ),
    (
        "Photo: Workers repair the cannery pier ahead of the vote on the new terminal. (Jane Roe/City Herald)",
        "Workers repair the cannery pier ahead of the vote on the new terminal.",
        "Jane Roe/City Herald",
    ),
    # a video's blurb with its own stamp in brackets
    (
        "A video shows the old cannery pier from a drone before the work began. (Published Monday, March 3, 2025)",
        "A video shows the old cannery pier from a drone before the work began.",
        None,
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), VIDEO_CAPTIONS)
def test_a_video_or_picture_caption_in_the_body(line: str, caption: str, credit: str | None) -> None:
    article = newsparse.parse_article(VIDEO_PAGE.format(line=line))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert [p.text for p in article.paragraphs] == [FIRST, LAST]


NOT_VIDEO_CAPTIONS = [
    "Video: Jane Roe",  # a credit of the video, under it
    "Video: the board met for six hours.",  # no capital after the label
    "Video of the meeting was posted online by the city on Tuesday evening.",
    "Photographs of the pier were shown to the board before the vote on Monday.",
]


@pytest.mark.parametrize("line", NOT_VIDEO_CAPTIONS)
def test_lines_that_are_no_video_caption(line: str) -> None:
    article = newsparse.parse_article(VIDEO_PAGE.format(line=line))
    assert [c.text for c in article.captions] == []
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == FIRST and texts[-1] == LAST
    assert line in texts or line in [b.text for b in article.boilerplate]


# -- credit forms -------------------------------------------------------------------------------------

CREDITED_CAPTIONS = [
    # (line, caption, credit)
    (
        "Firefighters battle the blaze near the harbor on Sunday. (City News: Andrew O'Connor)",
        "Firefighters battle the blaze near the harbor on Sunday.",
        "City News: Andrew O'Connor",
    ),
    (
        "Fans gather outside the stadium before the final in Lisbon. JUAN ROE (AFP)",
        "Fans gather outside the stadium before the final in Lisbon.",
        "JUAN ROE (AFP)",
    ),
    (
        "Protesters march through the capital on Monday. PHOTO | FILE | CITY DAILY",
        "Protesters march through the capital on Monday.",
        "CITY DAILY",
    ),
    (
        "Supporters wave flags at the harbor rally on Saturday. PA Wire",
        "Supporters wave flags at the harbor rally on Saturday.",
        "PA Wire",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CREDITED_CAPTIONS)
def test_a_caption_with_a_credit_form(line: str, caption: str, credit: str) -> None:
    article = newsparse.parse_article(VIDEO_PAGE.format(line=line))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert [p.text for p in article.paragraphs] == [FIRST, LAST]


CREDIT_LINES_UNDER_CAPTIONS = [
    # (credit line under "A ferry docks at Cannery Pier.", credit)
    ("JANE ROE (AFP)", "JANE ROE (AFP)"),
    ("Jane Roe (Reuters)", "Jane Roe (Reuters)"),
    ("Jessica Roe for The City Herald", "Jessica Roe for The City Herald"),
    ("PixelWorks for Harbor Magazine", "PixelWorks for Harbor Magazine"),
    ("PHOTO | FILE | CITY DAILY", "CITY DAILY"),
]


@pytest.mark.parametrize(("credit_line", "credit"), CREDIT_LINES_UNDER_CAPTIONS)
def test_a_credit_line_credits_the_caption_above(credit_line: str, credit: str) -> None:
    article = newsparse.parse_article(VIDEO_PAGE.format(line="A ferry docks at Cannery Pier.\n\n" + credit_line))
    assert [(c.text, c.credit) for c in article.captions] == [("A ferry docks at Cannery Pier.", credit)]
    assert [p.text for p in article.paragraphs] == [FIRST, LAST]


STORY_FIRST = "The port has been closed since the storm hit the coast on Sunday, cutting power to thousands."
STORY_LAST = "Ferries will run from the north harbour until then."
STORY_PAGE = "Port stays shut\n\nBy Jane Roe\n\n" + STORY_FIRST + "\n\n{line}\n\n" + STORY_LAST + "\n"

STORY_LINES_WITH_CREDIT_FORMS = [
    # a story's sentence that ends in a note of the desk in brackets: an editorial label
    "The ministry said the port would reopen on Friday. (Writing: Jane Roe)",
    "The ministry said the port would reopen on Friday. (Editing: Sam Lee)",
    "The ministry said the port would reopen on Friday. (Additional Reporting: Jo Kim)",
    "The ministry said the port would reopen on Friday. (Translation: Ana Lima)",
    "The ministry said the port would reopen on Friday. (Also Read: Mayor Seeks Federal Aid)",
    "The ministry said the port would reopen on Friday. (Watch: Harbour Master Interview)",
    "The ministry said the port would reopen on Friday. (Update: Police Name Suspect)",
    "The ministry said the port would reopen on Friday. (Related: Storm Hits Coast)",
    "The ministry said the port would reopen on Friday. (Disclaimer: Views Are Personal)",
    # after a sentence that does not read as running prose, an editorial label is still none
    "The mayor spoke to reporters on Sunday. (Full Story: Bridge Reopens)",
    "The mayor spoke to reporters on Sunday. (Pictured: Jane Roe And Sam Lee)",
    "The mayor spoke to reporters on Sunday. (Writing: Jane Roe)",
    # any label, after a sentence that reads as running prose
    "The ministry said the port would reopen on Friday. (City News: Jo Roe)",
    "The harbour master expects the cranes back in service within a week. (City News: Jo Roe)",
    "The harbour master expects the cranes back in service within a week. JO ROE (AFP)",
    "The harbour master expects the cranes back in service within a week. PHOTO | FILE | CITY DAILY",
    # a wire's name at the end of reported speech
    "Jane Roe, a spokesman for the port, said in a statement to PA Wire",
    "Jane Roe, a spokesman for the port, told PA Wire",
]


@pytest.mark.parametrize("line", STORY_LINES_WITH_CREDIT_FORMS)
def test_story_sentences_ending_in_a_credit_form_stay_paragraphs(line: str) -> None:
    article = newsparse.parse_article(STORY_PAGE.format(line=line))
    assert article.captions == ()
    assert [p.text for p in article.paragraphs] == [STORY_FIRST, line, STORY_LAST]


def test_a_note_of_the_desk_keeps_the_quote_before_it() -> None:
    article = newsparse.parse_article(STORY_PAGE.format(line=STORY_LINES_WITH_CREDIT_FORMS[0]))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("the port would reopen on Friday", "The ministry")
    ]


SIGN_OFFS = ["Jane Roe for The Associated Press", "JANE ROE (AFP)", "Jane Roe (Reuters)"]
SIGN_OFF_ENDINGS = [
    # (the story's last two lines, what comes between the last one and the sign-off)
    ("The ministry said the port would reopen on Friday.", STORY_LAST, "\n\n"),
    ("The ministry said the port would reopen on Friday.", STORY_LAST, "\n"),
    (STORY_LAST, "The ministry said the port would reopen on Friday.", "\n\n"),
    (STORY_LAST, "The ministry said the port would reopen on Friday.", "\n"),
    # a last line that is no running prose: still no caption, the sign-off ends the story
    (STORY_LAST, "Ferries resume on Friday.", "\n\n"),
]


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
@pytest.mark.parametrize(("before", "last", "gap"), SIGN_OFF_ENDINGS)
def test_a_sign_off_under_the_story_credits_no_paragraph(sign_off: str, before: str, last: str, gap: str) -> None:
    text = "Port stays shut\n\nBy Jane Roe\n\n" + STORY_FIRST + "\n\n" + before + "\n\n" + last + gap + sign_off + "\n"
    article = newsparse.parse_article(text)
    assert article.captions == ()
    assert [p.text for p in article.paragraphs] == [STORY_FIRST, before, last]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(sign_off, "credit")]


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
def test_a_sign_off_under_the_headline_is_no_caption(sign_off: str) -> None:
    article = newsparse.parse_article("Port stays shut\n\n" + sign_off + "\n\n" + STORY_FIRST + "\n\n" + STORY_LAST + "\n")
    assert article.captions == ()
    assert [p.text for p in article.paragraphs] == [STORY_FIRST, STORY_LAST]
    assert sign_off in [b.text for b in article.boilerplate] or article.byline is not None


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # a row of buttons apart by bars holds a credit label but credits nothing
        ("Share this story | Image | Facebook", None),
        ("Photo | Share | Facebook", None),
        ("Photos | Facebook", None),
        # the label opens the row: a credit
        ("A ferry docks at Cannery Pier. PHOTO | FILE | CITY DAILY", ("A ferry docks at Cannery Pier.", "CITY DAILY")),
        ("A ferry docks at Cannery Pier. Photo | Jo Roe", ("A ferry docks at Cannery Pier.", "Jo Roe")),
    ],
)
def test_a_credit_after_a_bar(line: str, caption: tuple[str, str] | None) -> None:
    found = CaptionParser().parse_line(split_lines(line)[0])
    assert (None if found is None else (found.text, found.credit)) == caption


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("PHOTO | FILE | CITY DAILY", "CITY DAILY"),
        ("Photo | Jo Roe", "Jo Roe"),
        ("Share this story | Image | Facebook", None),
        ("Image | Facebook", None),
    ],
)
def test_credit_of_a_bar_line(line: str, credit: str | None) -> None:
    assert CaptionParser().credit_of(split_lines(line)[0]) == credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Jessica Roe for The City Herald", "Jessica Roe for The City Herald"),
        ("PixelWorks for Harbor Magazine", "PixelWorks for Harbor Magazine"),
        ("JANE ROE (AFP)", "JANE ROE (AFP)"),
        # a plan, a team, a menu: no outlet after "for"
        ("Meal Plan for Week One", None),
        ("Jane Roe for Mayor", None),
        ("Tickets for Tonight", None),
        # no agency in the brackets
        ("Jane Roe (Harbor)", None),
        # a sentence in brackets that names a source
        ("Census Bureau (AFP) figures", None),
    ],
)
def test_credit_of_unlabelled_lines(line: str, credit: str | None) -> None:
    assert CaptionParser().credit_of(split_lines(line)[0]) == credit


@pytest.mark.parametrize(
    ("line", "below", "credit"),
    [
        ("Nordwind", "Nordwind Trail 2 for $120", "Nordwind"),
        ("Nordwind, Inc.", "Nordwind Trail 2 for $120", "Nordwind, Inc."),
        ("Share Tweet", "Share on Facebook", None),  # buttons: no number under them
        ("Nordwind", "Nordwind", None),  # the same line again
        ("Nordwind", "Nordwind Trail 2 is the lightest shoe we tried in 2025.", None),  # a sentence
        ("Nordwind Trail Shoes", "Nordwind Trail Shoes", None),
        ("Gear We Love", "Gear 2025", None),  # the line below no longer than it: no product's heading
        ("Joe Roe,", "Joe Roe 2025", None),  # a tag in a list
        ("2019", "2019 December: first cases reported", None),  # a digit in the maker's name
        ("Step 1", "Step 1 heat the oven to 200C", None),
        ("Revenue", "Revenue rose 12% to $4.1 billion in the quarter", None),  # no product's name after it
        ("Apple", "Apple iPhone 15 for $799", "Apple"),  # a capital inside the product's name
    ],
)
def test_maker_credit(line: str, below: str, credit: str | None) -> None:
    first, second = split_lines(line + "\n\n" + below)
    found = CaptionParser().maker_credit(first, second)
    assert (found.credit if found is not None else None) == credit


STORY_SENTENCES = [
    # credit words and shapes inside story sentences
    "The figures come from the port's annual report. (Source: Harbor Authority)",
    "Jane Roe for Mayor signs went up across the district overnight.",
    "The ferry, built for The City Herald's founder in 1931, will be restored.",
    "The board watched a video of the pier before the vote on Monday.",
    "Nordwind said its new trail shoe would reach shops in April.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_story_sentences_with_credit_words_stay_paragraphs(sentence: str) -> None:
    article = newsparse.parse_article(VIDEO_PAGE.format(line=sentence))
    assert article.captions == ()
    assert [p.text for p in article.paragraphs] == [FIRST, sentence, LAST]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Video: In this talk, a physiologist explains why we sleep.", True),
        ("Photos: Crowds gather at the square for the vote on Sunday.", True),
        ("Image caption A man walks past the rubble in the old town.", True),
        ("Caption: A man walks past the rubble in the old town.", True),
        # a word that starts like a label is none, nor is a label with no colon after it
        ("Photographers gathered at the gate before dawn on the day of the vote.", False),
        ("Videos of the crash spread quickly online after the storm.", False),
        ("Video footage of the crash spread quickly online after the storm.", False),
        ("Pictured in the photo are the members of the old band.", False),
    ],
)
def test_a_line_that_opens_with_a_caption_label(line: str, label: bool) -> None:
    parser = newsparse.ArticleParser()
    assert parser.captions.opens_with_label(line) is label
    assert parser.is_plain_prose(split_lines(line)[0]) is not label
