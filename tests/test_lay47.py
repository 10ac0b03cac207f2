"""Layout readings of round 47 (lay47): page debris kept as the story's paragraphs, and press
releases sent by a wire that writes its dateline between slashes.

Each family gives whole articles in our own words, table-driven, with what must come out, and
controls of the nearest shape that must not change:

1. a run of links a page sets inside a story (four or more titles, each alone in its block, with
   no sentence end) between two blocks of the story: boilerplate ``related``, the story's blocks
   around them its paragraphs; a story's own list (led in by a colon, of sentences, of three
   items or fewer, or of questions) and a subhead stay paragraphs;
2. a press release's dateline with its wire between slashes (``VANCOUVER, BC / ACCESSWIRE /
   March 4, 2025 /``): the place, the wire as agency and the date; a name between slashes that
   is no known wire is no dateline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsparse import ArticleParser, BoilerplateParser, parse_article
from parts import blocks, holds_every_line


def summary(text: str) -> dict[str, Any]:
    """The paragraphs and boilerplate of *text* read as an article, without spans."""
    article = parse_article(text)
    assert holds_every_line(article)
    return {
        "paragraphs": [paragraph.text for paragraph in article.paragraphs],
        "boilerplate": [(item.text, item.kind) for item in article.boilerplate],
    }


# -- 1. a run of links inside the story -------------------------------------------------------

HEAD = ("Ferry crews end strike after pay deal", "By Tomas Ekberg")
ABOVE = (
    "Ferry crews on the northern routes returned to work on Thursday after the union accepted a "
    "pay offer worth 6 percent over two years, the operator said."
)
BELOW = (
    "Services to the islands will run to a reduced timetable until Saturday, when the full "
    "schedule resumes, a spokeswoman for the operator said."
)
LINKS = (
    "Harbour master warns of winter storm damage to piers",
    "Island school wins national science prize for tidal project",
    "Council backs plan for new bridge to the mainland",
    "Fishing fleet told to expect lower quotas next year",
)
QUOTED_LINK = 'Video shows coastguard rescue of stranded kayaker: "Hold on!"'


def related(*titles: str) -> list[tuple[str, str]]:
    return [(title, "related") for title in titles]


FACTS = (
    "Schools in 12 counties closed until Monday",
    "All ferries to the mainland cancelled",
    "Power cut to 80,000 homes in the west",
    "Trains running a reduced service on all routes",
)

RUNS = [
    # four titles between two blocks of the story under the page's label: the page's links
    (blocks(*HEAD, ABOVE, "Most Read", *LINKS, BELOW), [ABOVE, BELOW], related("Most Read", *LINKS)),
    (
        blocks(*HEAD, ABOVE, "Most Read Island Stories", *LINKS, BELOW),
        [ABOVE, BELOW],
        related("Most Read Island Stories", *LINKS),
    ),
    # a label the boilerplate rules file already ("Trending News") leads the run too
    (blocks(*HEAD, ABOVE, "Trending News", *LINKS, BELOW), [ABOVE, BELOW], related("Trending News", *LINKS)),
    # a title that quotes a cry ends in a quoted "!": one more link
    (
        blocks(*HEAD, ABOVE, "Trending Now", QUOTED_LINK, *LINKS, BELOW),
        [ABOVE, BELOW],
        related("Trending Now", QUOTED_LINK, *LINKS),
    ),
    # with no label over them, four such lines may be the story's facts, their bullets lost
    (blocks(*HEAD, ABOVE, *LINKS, BELOW), [ABOVE, *LINKS, BELOW], []),
    (blocks(*HEAD, ABOVE, *FACTS, BELOW), [ABOVE, *FACTS, BELOW], []),
    # a subhead that is no page's label over the facts: the story's
    (blocks(*HEAD, ABOVE, "What we know so far", *FACTS, BELOW), [ABOVE, "What we know so far", *FACTS, BELOW], []),
    # three titles are too few to tell from the story's own short lines (under a label the
    # boilerplate rules' own list reading takes them)
    (blocks(*HEAD, ABOVE, *LINKS[:3], BELOW), [ABOVE, *LINKS[:3], BELOW], []),
    # a list led in by a colon is the story's
    (
        blocks(*HEAD, "The union listed its demands for the next round of talks:", *LINKS, BELOW),
        ["The union listed its demands for the next round of talks:", *LINKS, BELOW],
        [],
    ),
    # a run with nothing of the story under it is the end-of-page rules' (page links: "other")
    (blocks(*HEAD, ABOVE, BELOW, *LINKS), [ABOVE, BELOW], []),
    # a run over a line that leads into a list is not between two blocks of the story
    (
        blocks(*HEAD, ABOVE, *LINKS, "The new timetable:", BELOW),
        [ABOVE, *LINKS, "The new timetable:", BELOW],
        [],
    ),
    # questions written one a block are the story's (an interview's, a checklist's)
    (
        blocks(
            *HEAD, ABOVE, "Will the crews get back pay for the days on strike?", "Does the deal cover the summer crews?",
            "Who pays for the extra sailings?", "When do the fares go up?", BELOW,
        ),
        [
            ABOVE, "Will the crews get back pay for the days on strike?", "Does the deal cover the summer crews?",
            "Who pays for the extra sailings?", "When do the fares go up?", BELOW,
        ],
        [],
    ),
    # a subhead over its text stays the story's
    (
        blocks(*HEAD, ABOVE, "What the deal means for passengers", BELOW),
        [ABOVE, "What the deal means for passengers", BELOW],
        [],
    ),
]


@pytest.mark.parametrize(("text", "paragraphs", "filed"), RUNS)
def test_run_of_links_inside_story(text: str, paragraphs: list[str], filed: list[tuple[str, str]]) -> None:
    got = summary(text)
    assert got["paragraphs"] == paragraphs
    assert [item for item in got["boilerplate"] if item[1] == "related"] == filed


# -- 2. a wire between slashes in a press release's dateline -------------------------------------

RELEASE_BODY = (
    "Borealis Mining Corp. (TSXV:BRM) is pleased to announce assay results from the first twelve holes "
    "drilled at its Pine Ridge gold project."
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "VANCOUVER, BC / ACCESSWIRE / March 4, 2025 / ",
            ("VANCOUVER, BC", "ACCESSWIRE", dt.date(2025, 3, 4), "VANCOUVER, BC / ACCESSWIRE / March 4, 2025 /"),
        ),
        (
            "TORONTO, ON / Accesswire / May 12, 2025 / ",
            ("TORONTO, ON", "Accesswire", dt.date(2025, 5, 12), "TORONTO, ON / Accesswire / May 12, 2025 /"),
        ),
        # a name between slashes that is no known wire: no dateline, the line the story's
        ("HALIFAX / Acme Capital / June 2, 2025 / ", None),
    ],
)
def test_slash_wire_dateline(opening: str, expected: tuple[Any, ...] | None) -> None:
    text = blocks("Borealis Mining Reports Drill Results at Pine Ridge", opening + RELEASE_BODY,
                  "Highlights include 12.4 metres grading 3.1 grams of gold a tonne.")
    article = parse_article(text)
    assert holds_every_line(article)
    dateline = article.dateline
    if expected is None:
        assert dateline is None
        assert article.paragraphs[0].text == opening + RELEASE_BODY
        return
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date, dateline.text) == expected
    assert article.paragraphs[0].text == RELEASE_BODY


# -- 3. an embedded post's button under its credit -----------------------------------------------

SINGER_HEAD = "Singer wins back the rights to her early albums"
SINGER_LEDE = (
    "The row over the singer's catalogue ended on Friday when the label said she could play her old songs "
    "at the awards show."
)
SINGER_MORE = (
    "The label was bought by an investment group earlier this year, and the singer said she had not been "
    "told of the sale."
)


@pytest.mark.parametrize(
    ("embed", "paragraphs", "filed"),
    [
        # the button glued under the post's credit line: the post's, boilerplate share
        ("Image Copyright @cityhall @cityhall\nReport", [SINGER_LEDE, SINGER_MORE],
         [("Image Copyright @cityhall @cityhall", "credit"), ("Report", "share")]),
        ("Image Copyright @transitboard @transitboard\nEmbed", [SINGER_LEDE, SINGER_MORE],
         [("Image Copyright @transitboard @transitboard", "credit"), ("Embed", "share")]),
        # alone in its block the word is a subhead of the story
        ("Report", [SINGER_LEDE, "Report", SINGER_MORE], []),
    ],
)
def test_embed_button_under_credit(embed: str, paragraphs: list[str], filed: list[tuple[str, str]]) -> None:
    got = summary(blocks(SINGER_HEAD, SINGER_LEDE, embed, SINGER_MORE))
    assert got["paragraphs"] == paragraphs
    assert got["boilerplate"] == filed


# -- 4. a credit no list knows, on a page that prints its pictures one way --------------------------

SMOG = (
    "City air turns hazardous as smog returns",
    "By Mira Das",
    "A thick cloud of smog settled over the city again on Wednesday, and forecasters said it would not lift "
    "before the weekend.",
    "Commuters wait for a bus in heavy smog on Tuesday.",
    "Ravi Kumar/City Times/Getty Images",
    "The smog comes every autumn, when farmers in the districts to the west burn the stubble left after the "
    "rice harvest.",
)
SMOG_MORE = "Doctors say the smoke does the most harm to children and to older people with heart or lung disease."
MASKS = ("Schoolchildren wear masks on their way to class.", "Anil Rao/City Times/Getty Images")
SATELLITE = "A satellite image shows fires burning west of the city on Nov. 3."
KNOWN = [
    ("Commuters wait for a bus in heavy smog on Tuesday.", "Ravi Kumar/City Times/Getty Images"),
    ("Schoolchildren wear masks on their way to class.", "Anil Rao/City Times/Getty Images"),
]


class CreditShapes(ArticleParser):
    """A parser for sites known to print credits no list knows (the rule is off by default)."""

    READ_CREDIT_SHAPES = True


def captions_and_paragraphs(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    article = CreditShapes().parse(text)
    assert holds_every_line(article)
    return [(c.text, c.credit) for c in article.captions], [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    ("middle", "captions", "kept"),
    [
        # a credit of a picture's shape under a caption's sentence: the page prints two pictures so
        (
            (SATELLITE, "NASA Worldview"),
            [KNOWN[0], (SATELLITE, "NASA Worldview"), KNOWN[1]],
            [],
        ),
        # a subhead with an article, or a title with a possessive, is no credit
        ((SATELLITE, "The Verdict"), KNOWN, [SATELLITE, "The Verdict"]),
        ((SATELLITE, "Tubman's Hymnal"), KNOWN, [SATELLITE, "Tubman's Hymnal"]),
        # two sentences over it are a gallery item's heading and text, not a caption
        (
            ("Fires burn west of the city. The smoke drifts east.", "NASA Worldview"),
            KNOWN,
            ["Fires burn west of the city. The smoke drifts east.", "NASA Worldview"],
        ),
    ],
)
def test_credit_shaped_caption(middle: tuple[str, str], captions: list[tuple[str, str]], kept: list[str]) -> None:
    text = blocks(*SMOG, *middle, SMOG_MORE, *MASKS, "The state handed out masks at schools and ordered sites to cover their sand.")
    got_captions, paragraphs = captions_and_paragraphs(text)
    assert got_captions == captions
    assert paragraphs == [SMOG[2], SMOG[5], *kept, SMOG_MORE, "The state handed out masks at schools and ordered sites to cover their sand."]


def test_credit_shape_needs_bare_credits() -> None:
    # a page that labels its credits ("Photo: ...") labels them all: a bare line of capitalised
    # words under a sentence there is a subhead over the story's text, not an unknown credit
    labelled = [
        (caption, f"Photo: {credit}") for caption, credit in (MASKS, (SMOG[3], SMOG[4]))
    ]
    text = blocks(
        *SMOG[:3], *labelled[1], SMOG[5], "The vote on new limits came after midnight.", "Stubble Burning",
        SMOG_MORE, *labelled[0], "The state handed out masks at schools and ordered sites to cover their sand.",
    )
    got_captions, paragraphs = captions_and_paragraphs(text)
    assert got_captions == [(SMOG[3], SMOG[4]), MASKS]
    assert paragraphs == [
        SMOG[2], SMOG[5], "The vote on new limits came after midnight.", "Stubble Burning", SMOG_MORE,
        "The state handed out masks at schools and ordered sites to cover their sand.",
    ]


def test_credit_shape_needs_the_page_layout() -> None:
    # one known picture only: a short capitalised line under a sentence proves nothing
    text = blocks(*SMOG, SATELLITE, "NASA Worldview", SMOG_MORE)
    got_captions, paragraphs = captions_and_paragraphs(text)
    assert got_captions == [KNOWN[0]]
    assert paragraphs == [SMOG[2], SMOG[5], SATELLITE, "NASA Worldview", SMOG_MORE]


# -- 5. page tops -------------------------------------------------------------------------------------

TITLE = "County votes to close two branch libraries"
LIB_LEDE = (
    "The county council voted on Tuesday to close two branch libraries next spring, citing a budget gap of "
    "4 million dollars."
)
LIB_MORE = "Library staff said they would fight the decision at the next public meeting."
LOCKDOWN_LEDE = "The city entered its third lockdown on Tuesday, closing schools and shops until the end of the month."


def top(text: str) -> dict[str, Any]:
    article = parse_article(text)
    assert holds_every_line(article)
    return {
        "section": article.section,
        "headline": article.headline.text if article.headline else None,
        "byline": list(article.byline.authors) if article.byline else None,
        "published": article.published.text if article.published else None,
        "first": article.paragraphs[0].text,
        "other": [item.text for item in article.boilerplate if item.kind == "other"],
    }


TOPS = [
    # a breadcrumb over the section's label over the title: the crumbs the section, the label furniture
    (
        blocks("Home > News > Local", "Local News", TITLE, LIB_LEDE, LIB_MORE),
        {"section": ("News", "Local"), "headline": TITLE, "byline": None, "published": None, "first": LIB_LEDE,
         "other": ["Local News"]},
    ),
    (
        blocks("Home / Politics / Elections", "ELECTIONS", TITLE, "By Jane Roe", LIB_LEDE, LIB_MORE),
        {"section": ("Politics", "Elections"), "headline": TITLE, "byline": ["Jane Roe"], "published": None,
         "first": LIB_LEDE, "other": ["ELECTIONS"]},
    ),
    # a bare name over a stamp over the title: the name is the byline, in a block or not
    (
        blocks("Martina Kovacs", "March 3, 2025", TITLE, LIB_LEDE, LIB_MORE),
        {"section": (), "headline": TITLE, "byline": ["Martina Kovacs"], "published": "March 3, 2025",
         "first": LIB_LEDE, "other": []},
    ),
    (
        blocks("Martina Kovacs\nMarch 3, 2025 10:15 am", TITLE, LIB_LEDE, LIB_MORE),
        {"section": (), "headline": TITLE, "byline": ["Martina Kovacs"], "published": "March 3, 2025 10:15 am",
         "first": LIB_LEDE, "other": []},
    ),
    # a one-word title that the story's first sentence names: the headline
    (
        blocks("Lockdown", LOCKDOWN_LEDE, LIB_MORE),
        {"section": (), "headline": "Lockdown", "byline": None, "published": None, "first": LOCKDOWN_LEDE,
         "other": []},
    ),
    # a section's word the story does not name: the kicker, as before
    (
        blocks("Obituaries", LOCKDOWN_LEDE, LIB_MORE),
        {"section": ("Obituaries",), "headline": None, "byline": None, "published": None, "first": LOCKDOWN_LEDE,
         "other": []},
    ),
    # a section noun stays the kicker though the story names it
    (
        blocks("Politics", "Politics in the county turned bitter on Tuesday as the council voted to shut two libraries.",
               LIB_MORE),
        {"section": ("Politics",), "headline": None, "byline": None, "published": None,
         "first": "Politics in the county turned bitter on Tuesday as the council voted to shut two libraries.",
         "other": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPS)
def test_page_tops(text: str, expected: dict[str, Any]) -> None:
    assert top(text) == expected


# -- 6. a promo that closes on a call to click -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Do you rely on our reporting? Click here to support it.", "subscribe"),
        ("Each week our editor walks you through the council's agenda. Click to subscribe!", "subscribe"),
        ("Click to subscribe!", "subscribe"),
        ("Tap here to donate", "subscribe"),
        ("Want more recipes? Join the Kitchen Notes Newsletter.", "subscribe"),
        # the story's sentences: a click is news, a long paragraph with a link at its end is the story's
        ("Users who click on the link are taken to a fake bank page.", None),
        ("Residents can click here to see the map, the council said.", None),
        (
            "The council published its report on Tuesday. It found the bridge unsafe and ordered repairs. "
            "Officials said work would start in May. Click here for the full report.",
            None,
        ),
    ],
)
def test_click_promo(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind
    got = summary(blocks(TITLE, LIB_LEDE, line, LIB_MORE))
    if kind is None:
        assert got["paragraphs"] == [LIB_LEDE, line, LIB_MORE]
    else:
        assert got["paragraphs"] == [LIB_LEDE, LIB_MORE]
        assert (line, kind) in got["boilerplate"]


# -- 7. a press release's description of the company ----------------------------------------------

RELEASE_LEDE = (
    "Acme Robotics Inc. (NASDAQ: ACMR), a maker of warehouse robots, today reported revenue of $41.2 million "
    "for the third quarter."
)
RELEASE_QUOTE = '"We delivered another strong quarter," said Dana Whitfield, chief executive officer of Acme Robotics.'
ABOUT_TEXT = "Acme Robotics designs and builds autonomous robots for warehouses. For more information, visit acme.example."
STUDY_TEXT = "The study followed 40 warehouses in three states over eighteen months."


@pytest.mark.parametrize(
    ("opening", "sections", "paragraphs", "filed"),
    [
        # under a wire's dateline: the company's description is press-release boilerplate
        (
            "NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) -- ",
            ("About Acme Robotics", ABOUT_TEXT),
            [RELEASE_LEDE, RELEASE_QUOTE],
            [("About Acme Robotics", "other"), (ABOUT_TEXT, "press-release")],
        ),
        (
            "CHICAGO, March 5, 2025 /PRNewswire/ -- ",
            ("About Acme Robotics:", ABOUT_TEXT),
            [RELEASE_LEDE, RELEASE_QUOTE],
            [("About Acme Robotics:", "other"), (ABOUT_TEXT, "press-release")],
        ),
        # a heading over a part of the release that the lede does not name stays the release's
        (
            "NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) -- ",
            ("About the Study", STUDY_TEXT),
            [RELEASE_LEDE, RELEASE_QUOTE, "About the Study", STUDY_TEXT],
            [],
        ),
        (
            "NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) -- ",
            ("About Warehouse Safety", STUDY_TEXT),
            [RELEASE_LEDE, RELEASE_QUOTE, STUDY_TEXT],
            [("About Warehouse Safety", "other")],
        ),
        # a news agency's story is no press release: the lines stay the story's
        (
            "NEW YORK, March 3 (Reuters) - ",
            ("About Acme Robotics", ABOUT_TEXT),
            [RELEASE_LEDE, RELEASE_QUOTE, ABOUT_TEXT],
            [("About Acme Robotics", "other")],
        ),
    ],
)
def test_release_about(opening: str, sections: tuple[str, str], paragraphs: list[str], filed: list[tuple[str, str]]) -> None:
    text = blocks("Acme Robotics Reports Third Quarter Results", opening + RELEASE_LEDE, RELEASE_QUOTE, *sections)
    got = summary(text)
    assert got["paragraphs"] == paragraphs
    assert got["boilerplate"] == filed


# -- 8. the issuer's sign under a press release ------------------------------------------------------

HIGHLIGHTS = "Highlights include 12.4 metres grading 3.1 grams of gold a tonne."


@pytest.mark.parametrize(
    ("opening", "paragraphs", "filed", "captions"),
    [
        # the wire's sign of the issuer the release opens with: no picture's credit
        (
            "VANCOUVER, BC / ACCESSWIRE / March 4, 2025 / ",
            [RELEASE_BODY, HIGHLIGHTS],
            [("SOURCE: Borealis Mining Corp.", "press-release")],
            [],
        ),
        (
            "TORONTO, March 4, 2025 (GLOBE NEWSWIRE) -- ",
            [RELEASE_BODY, HIGHLIGHTS],
            [("SOURCE: Borealis Mining Corp.", "press-release")],
            [],
        ),
    ],
)
def test_release_source_sign(
    opening: str, paragraphs: list[str], filed: list[tuple[str, str]], captions: list[tuple[str, str]]
) -> None:
    text = blocks("Borealis Mining Reports Drill Results at Pine Ridge", opening + RELEASE_BODY, HIGHLIGHTS,
                  "SOURCE: Borealis Mining Corp.")
    article = parse_article(text)
    assert holds_every_line(article)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [(b.text, b.kind) for b in article.boilerplate] == filed
    assert [(c.text, c.credit) for c in article.captions] == captions


# -- 9. a teaser card printed twice in a row ----------------------------------------------------------

CARD = ("Business", "Paper group renames itself as its dispute with a rival goes on")


@pytest.mark.parametrize(
    ("middle", "paragraphs", "filed"),
    [
        # a label and a title, then the same two again: the card for two screen sizes
        ((*CARD, *CARD), [ABOVE, BELOW], related(*CARD, *CARD)),
        # printed once, the pair may be a heading over the story's text
        (CARD, [ABOVE, *CARD, BELOW], []),
        # a team and its score twice over are a match report's lines, no card (no word in lower case)
        (
            ("Harbour Town", "Harbour Town 2 Rovers 1", "Harbour Town", "Harbour Town 2 Rovers 1"),
            [ABOVE, "Harbour Town", "Harbour Town 2 Rovers 1", "Harbour Town", "Harbour Town 2 Rovers 1", BELOW],
            [],
        ),
        # a sentence printed twice is another rule's (a paragraph pasted twice)
        (
            ("Business", "The paper group renamed itself.", "Business", "The paper group renamed itself."),
            [ABOVE, "Business", "The paper group renamed itself.", "Business", "The paper group renamed itself.", BELOW],
            [],
        ),
    ],
)
def test_card_printed_twice(middle: tuple[str, ...], paragraphs: list[str], filed: list[tuple[str, str]]) -> None:
    got = summary(blocks(*HEAD, ABOVE, *middle, BELOW))
    assert got["paragraphs"] == paragraphs
    assert [item for item in got["boilerplate"] if item[1] == "related"] == filed


def test_page_with_no_body_lines() -> None:
    # a headline over nothing: the body passes have no blocks to read
    article = parse_article("Council votes to close two branch libraries\n")
    assert holds_every_line(article)
    assert article.headline is not None and article.headline.text == "Council votes to close two branch libraries"
    assert article.paragraphs == ()
