"""Stop 33, layE: web pages from sites of kinds the aeb corpus does not show (a regional US daily,
a UK broadsheet, an Australian news site, a trade magazine, a newsletter, a public broadcaster),
copied from the browser as a reader would.  The page furniture under and inside the story (a menu
of sections one a line, a row of topic links, a share counter, a "Read later" button, an "Advert"
label, a circled-c copyright, a related link written as a title-case question, a "Have your say"
prompt) must be filed as boilerplate, never counted as paragraphs.  Each page states its exact
paragraphs; the controls keep story lines that have the same shape (a closing table, a list led
in by a colon, a question in sentence case, lines of verse)."""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.boilerplate import BoilerplateParser

US_DAILY = """\
Council approves $4 million plan to repave Main Street

By Dana Whitfield
Published 6:12 p.m. CT Nov. 18, 2026

The city council voted 7-2 on Tuesday night to spend $4 million repaving Main Street, ending a year of debate over the crumbling downtown corridor.

Work will begin in April and close two blocks at a time, Public Works Director Luis Ortega told the council.

Business owners said they would ask the city to keep sidewalks open during the work.

Leave Comments

News
Sports
Obituaries
Classifieds
"""

UK_BROADSHEET = """\
Rail fares to rise by 4.6 per cent in March, ministers confirm

Regulated fares in England will go up by less than inflation for the second year running

By Harriet Lowe, Transport Correspondent
18 November 2026 • 7:00am

Rail fares in England will rise by 4.6 per cent from March, the Department for Transport confirmed on Tuesday.

The increase is below the July figure for retail price inflation, which is normally used to set regulated fares.

Advert

Passenger groups said the rise would still hit commuters who have seen services cut since the pandemic.

Have your say

Politics

Transport

Rail industry
"""

AUSTRALIAN_SITE = """\
Petrol prices hit 10-year high as school holidays begin

Read later

Mia Kovac
Updated November 18, 2026 — 5.40pm

Motorists in Sydney and Melbourne are paying the highest petrol prices in a decade as families set off for the school holidays.

The average price of unleaded fuel reached 231.9 cents a litre on Tuesday, the motoring body said.

Sign up for our Morning Edition newsletter

The day's biggest stories, explained in five minutes before breakfast.

You can unsubscribe at any time.

Economists expect prices to ease in the new year as refinery supply recovers.

1.2K shares

Why Are Petrol Prices So High?
"""

TRADE_MAGAZINE = """\
Regional printers face paper shortage ahead of holiday season

By Tom Reyes
November 18, 2026

Printers across the Midwest say they cannot source enough coated paper to meet holiday orders, as mills shift output to packaging.

Three printers told us they had turned away catalog work for the first time in a decade.

The trade association expects the shortage to last into the spring.

Follow me on Twitter or LinkedIn. Check out my website.

Tags
Paper Supply
Commercial Printing
Supply Chain

Copyright ⓒ 2026 Print Business Weekly
"""

NEWSLETTER = """\
Why local news needs its own archive

Notes from a small newsroom

Jane Marsh
Nov 18, 2026

Every week a reader writes to ask where an old story went. The answer is usually that the website that hosted it no longer exists.

Small newsrooms rarely own their archives. When a vendor folds, years of reporting can vanish overnight.

This week I started copying our back catalogue to a library that promised to keep it for good.

Share

Leave a comment

What Should Small Newsrooms Do Next?
"""

BROADCASTER = """\
Flood warnings issued for three river valleys after record rain

Posted Tue 18 Nov 2026 at 6:05am

Emergency services have issued flood warnings for three river valleys after the heaviest November rain on record.

The weather bureau said up to 150 millimetres fell in some catchments overnight.

Residents in low-lying areas have been told to prepare to leave their homes.

48 shares

Topics
Floods
Weather
Emergency Incidents
"""

PAGES = [
    pytest.param(
        US_DAILY,
        [
            "The city council voted 7-2 on Tuesday night to spend $4 million repaving Main Street, ending a year of debate over the crumbling downtown corridor.",
            "Work will begin in April and close two blocks at a time, Public Works Director Luis Ortega told the council.",
            "Business owners said they would ask the city to keep sidewalks open during the work.",
        ],
        ["News\nSports\nObituaries\nClassifieds"],
        id="regional-us-daily-section-menu",
    ),
    pytest.param(
        UK_BROADSHEET,
        [
            "Rail fares in England will rise by 4.6 per cent from March, the Department for Transport confirmed on Tuesday.",
            "The increase is below the July figure for retail price inflation, which is normally used to set regulated fares.",
            "Passenger groups said the rise would still hit commuters who have seen services cut since the pandemic.",
        ],
        ["Advert", "Have your say", "Politics", "Transport", "Rail industry"],
        id="uk-broadsheet-advert-and-topic-links",
    ),
    pytest.param(
        AUSTRALIAN_SITE,
        [
            "Motorists in Sydney and Melbourne are paying the highest petrol prices in a decade as families set off for the school holidays.",
            "The average price of unleaded fuel reached 231.9 cents a litre on Tuesday, the motoring body said.",
            "Economists expect prices to ease in the new year as refinery supply recovers.",
        ],
        [
            "Read later",
            "The day's biggest stories, explained in five minutes before breakfast.",
            "1.2K shares",
            "Why Are Petrol Prices So High?",
        ],
        id="australian-share-counter-and-title-question",
    ),
    pytest.param(
        TRADE_MAGAZINE,
        [
            "Printers across the Midwest say they cannot source enough coated paper to meet holiday orders, as mills shift output to packaging.",
            "Three printers told us they had turned away catalog work for the first time in a decade.",
            "The trade association expects the shortage to last into the spring.",
        ],
        ["Follow me on Twitter or LinkedIn. Check out my website.", "Tags", "Paper Supply\nCommercial Printing\nSupply Chain", "Copyright ⓒ 2026 Print Business Weekly"],
        id="trade-magazine-tags-and-circled-copyright",
    ),
    pytest.param(
        NEWSLETTER,
        [
            "Every week a reader writes to ask where an old story went. The answer is usually that the website that hosted it no longer exists.",
            "Small newsrooms rarely own their archives. When a vendor folds, years of reporting can vanish overnight.",
            "This week I started copying our back catalogue to a library that promised to keep it for good.",
        ],
        ["Share", "Leave a comment", "What Should Small Newsrooms Do Next?"],
        id="newsletter-title-question-link",
    ),
    pytest.param(
        BROADCASTER,
        [
            "Emergency services have issued flood warnings for three river valleys after the heaviest November rain on record.",
            "The weather bureau said up to 150 millimetres fell in some catchments overnight.",
            "Residents in low-lying areas have been told to prepare to leave their homes.",
        ],
        ["48 shares", "Topics", "Floods\nWeather\nEmergency Incidents"],
        id="public-broadcaster-topics",
    ),
]


@pytest.mark.parametrize(("text", "paragraphs", "furniture"), PAGES)
def test_page_furniture_is_no_paragraph(text: str, paragraphs: list[str], furniture: list[str]) -> None:
    article = parse_article(text)
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs
    filed = [text[item.span.start : item.span.end] for item in article.boilerplate]
    for piece in furniture:
        # each piece of furniture is filed whole, or line by line
        assert piece in filed or all(line in filed for line in piece.split("\n")), piece


# the furniture lines, as the boilerplate parser files them: (line, kind)
FURNITURE_LINES = [
    ("Advert", "advertisement"),
    ("Adverts", "advertisement"),
    ("1.2K shares", "share"),
    ("197 Shares", "share"),
    ("Read later", "share"),
    ("Save for later", "share"),
    ("Have your say", "share"),
    ("Have your say.Give us feedback.", "share"),  # two buttons run together
    ("Give us feedback", "share"),
    ("Tags", "related"),
    ("Topics", "related"),
    ("View all (4)", "navigation"),
    ("Copyright ⓒ 2026 Print Business Weekly", "copyright"),
    ("ⓒ 2026 Print Business Weekly", "copyright"),
    ("Follow me on Twitter or LinkedIn. Check out my website.", "share"),
]


@pytest.mark.parametrize(("line", "kind"), FURNITURE_LINES)
def test_furniture_line_kind(line: str, kind: str) -> None:
    assert BoilerplateParser().kind(line) == kind


# story lines of the same shape stay unclaimed
STORY_LINES = [
    "The company sold 500 shares of stock to its staff in May.",
    "Have your say on the plan for the new bridge at the town hall on Friday.",
    "Readers can save for later the guide we published last week, the editor said.",
    "Tags on the birds showed they had flown 3,000 kilometres.",
    "Follow the river on foot and check out our map of the trail.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_line_is_no_furniture(line: str) -> None:
    assert BoilerplateParser().kind(line) is None


HEAD = "Board names new chair\n\nBy Ana Ortiz\nNovember 18, 2026\n\n"
LEDE = "The museum board named a new chair on Tuesday after a month-long search, the museum said in a statement.\n\n"

CONTROLS = [
    # a story line under a newsletter's heading but over a paragraph of the story, not a newsletter's line
    pytest.param(
        HEAD + LEDE + "Sign up for our Morning Edition newsletter\n\nThe new chair starts in January.\n\n"
        "She replaces a chair who served for nine years, the board said.\n",
        ["The new chair starts in January.", "She replaces a chair who served for nine years, the board said."],
        id="line-under-newsletter-heading-stays",
    ),
    # a closing table: digits in each line
    pytest.param(
        HEAD + LEDE + "Results for the quarter:\n\nNet 1.2 mln vs 0.9 mln\nRevs 14.5 mln vs 12.1 mln\n",
        ["Results for the quarter:", "Net 1.2 mln vs 0.9 mln Revs 14.5 mln vs 12.1 mln"],
        id="table-stays",
    ),
    # a list of names led in by a colon
    pytest.param(
        HEAD + LEDE + "The new board:\n\nJane Roe\nTom Poe\nAna Lima\n",
        ["The new board:", "Jane Roe Tom Poe Ana Lima"],
        id="list-under-lead-in-stays",
    ),
    # two short lines under the story are too few for a menu (a name and an office)
    pytest.param(
        HEAD + LEDE + "Share this story\nJane Roe\nCity Museum\n",
        ["Jane Roe", "City Museum"],
        id="two-lines-stay",
    ),
    # a question in sentence case ends the story
    pytest.param(
        HEAD + LEDE + "Who will pay for the new wing?\n",
        ["Who will pay for the new wing?"],
        id="sentence-case-question-stays",
    ),
    # lines of verse quoted at the end: words in lower case
    pytest.param(
        HEAD + LEDE + "She closed the evening with a poem of her own.\n\nThe river keeps its counsel\nand the stones remember rain\n",
        ["She closed the evening with a poem of her own.", "The river keeps its counsel and the stones remember rain"],
        id="verse-stays",
    ),
]


@pytest.mark.parametrize(("text", "tail"), CONTROLS)
def test_story_tail_stays(text: str, tail: list[str]) -> None:
    paragraphs = [paragraph.text for paragraph in parse_article(text).paragraphs]
    assert paragraphs[1:] == tail
