"""Layout leftovers (stop 35, lay37): pages in our own words, in two or three site layouts each.

1. A weekday that the date contradicts (``Tuesday, 4 March 2026``: 4 March 2026 is a Wednesday)
   gives no stamp at all: one of the two is a typo and a wrong date is worse than none.
2. An ambiguous numeric stamp (``Posted: 03/04/2026``) on a page written where the day comes
   first (``colour``, ``£``, ``Ltd``, ``.co.uk``) is read day first; with no such signs, or with a
   zone that says the month comes first, it keeps the parser's reading.
3. A label that names a kind of piece (``Match report``, ``Film review``) over a longer title is
   the section, the title the headline, with or without a byline under it.
4. A list under a sentence that ends in a colon is the story's: the lede over it is a paragraph,
   no standfirst, and a menu word among its items (``Home``) stays a paragraph line.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

HEADLINE = "City council approves new cycle lanes"
STORY = (
    "The city council voted on Monday night to approve a network of protected cycle lanes across the centre.\n\n"
    "Councillors said the scheme would be finished within two years and would cost less than first planned.\n"
)

# 1. weekday and date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "By Anna Ward\n\nTuesday, 4 March 2026\n\n",  # a local paper: byline, then the date alone
        "Published: Tue 4 Mar 2026 10:30 GMT\n\n",  # a labelled stamp with a clock and a zone
        "By Anna Ward | Friday, March 5, 2026\n\n",  # a scraper export: the date beside the author
    ],
)
def test_weekday_that_the_date_contradicts_gives_no_stamp(header: str) -> None:
    article = newsparse.parse_article(f"{HEADLINE}\n\n{header}{STORY}")
    assert article.published is None
    assert article.updated is None
    assert article.headline is not None and article.headline.text == HEADLINE
    assert [p.text[:22] for p in article.paragraphs] == ["The city council voted", "Councillors said the s"]


@pytest.mark.parametrize(
    ("header", "written", "when"),
    [
        ("By Anna Ward\n\nWednesday, 4 March 2026\n\n", "Wednesday, 4 March 2026", dt.datetime(2026, 3, 4)),
        ("By Anna Ward | Thursday, March 5, 2026\n\n", "Thursday, March 5, 2026", dt.datetime(2026, 3, 5)),
    ],
)
def test_weekday_that_agrees_keeps_the_stamp(header: str, written: str, when: dt.datetime) -> None:
    """Kills the mutant ``weekday_contradicts`` returning ``True`` (every weekday read as a typo)."""
    article = newsparse.parse_article(f"{HEADLINE}\n\n{header}{STORY}")
    assert article.published is not None
    assert (article.published.text, article.published.datetime) == (written, when)


# 2. numeric dates on a page written where the day comes first --------------------------------

BAKERY = (
    "A family bakery in Leeds has won a national award for its sourdough, beating more than 400 entries.\n\n"
    "The owners, who run Hartley Bakes Ltd, said the prize of £5,000 would go towards a new oven.\n\n"
    "Opening times are on www.hartleybakes.co.uk.\n"
)
GARDEN = (
    "Volunteers have planted 300 trees along the river path, adding colour to a stretch that flooded last winter.\n\n"
    "The work was paid for by a £12,000 grant from the city's community fund, the organisation said.\n"
)


@pytest.mark.parametrize(
    ("header", "story", "when"),
    [
        ("Local bakery wins national award\n\nPosted: 03/04/2026\n\n", BAKERY, dt.datetime(2026, 4, 3)),
        ("Trees planted along river path\nBy Owen Price\nDate: 05/06/2026 09:30\n\n", GARDEN, dt.datetime(2026, 6, 5, 9, 30)),
    ],
)
def test_numeric_stamp_on_a_british_page_reads_day_first(header: str, story: str, when: dt.datetime) -> None:
    article = newsparse.parse_article(header + story)
    assert article.published is not None
    assert article.published.datetime == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # no sign of where it was written (dollars, no British spelling): read as before
        (
            "Local bakery wins state award\n\nPosted: 03/04/2026\n\nA family bakery in Ohio has won a state award "
            "for its sourdough.\n\nThe owners said the prize of $5,000 would go towards a new oven.\n",
            dt.datetime(2026, 3, 4),
        ),
        # one sign only (a pound sign in an American story): read as before
        (
            "Bakery chain buys British rival\n\nPosted: 03/04/2026\n\nAn Ohio bakery chain has agreed to buy a "
            "smaller British rival for £40 million.\n\nThe deal is expected to close in the summer.\n",
            dt.datetime(2026, 3, 4),
        ),
    ],
)
def test_numeric_stamp_without_british_signs_keeps_its_reading(text: str, when: dt.datetime) -> None:
    """Kills the mutants ``writes_day_first`` returning ``True`` and ``MIN_DAY_FIRST_SIGNS = 1``."""
    article = newsparse.parse_article(text)
    assert article.published is not None
    assert article.published.datetime == when


def test_zone_that_says_month_first_wins_over_british_signs() -> None:
    """Kills the mutant that drops the zone test of ``TimestampParser.day_first_reading``."""
    text = "Local bakery wins national award\n\nPosted: 03/04/2026 10:00 EST\n\n" + BAKERY
    article = newsparse.parse_article(text)
    assert article.published is not None
    assert (article.published.datetime.month, article.published.datetime.day) == (3, 4)


# 3. a label that names the kind of piece over the title --------------------------------------

MATCH = (
    "United came from two goals down to beat City 3-2 in a pulsating derby on Saturday afternoon.\n\n"
    "The winner came in the final minute, when the substitute headed in from a corner.\n"
)


@pytest.mark.parametrize(
    ("label", "title", "under"),
    [
        ("Match report", "United come from behind to beat City in derby thriller", "By Sam Jones\n\n"),
        ("Match report", "United come from behind to beat City in derby thriller", ""),
        ("Player ratings", "How every United player fared in the derby win over City", "By Sam Jones\n\n"),
        ("Film review", "A quiet, devastating portrait of a family coming apart", ""),
    ],
)
def test_kind_of_piece_label_over_title_is_the_section(label: str, title: str, under: str) -> None:
    article = newsparse.parse_article(f"{label}\n\n{title}\n\n{under}{MATCH}")
    assert article.section == (label,)
    assert article.headline is not None and article.headline.text == title
    assert article.boilerplate == ()
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize("label", ["Rates rise", "Sports news"])
def test_label_of_no_kind_of_piece_over_title_and_story_stays_the_headline(label: str) -> None:
    """A label that names no kind of piece (``Rates rise``; ``Sports news``, a section's) over a
    title with the story right under it stays the headline: kills the mutant
    ``SectionParser.is_piece_phrase`` returning ``is_sentence_case_label``."""
    text = f"{label}\n\nUnited come from behind to beat City in derby thriller\n\n" + MATCH
    article = newsparse.parse_article(text)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == label


# 4. a list under a sentence that ends in a colon ---------------------------------------------

LEDE = "Temperatures are expected to reach 34C on Saturday, forecasters said on Thursday."
AFTER = (
    "Lifeguards will be on duty at the main beaches from 10am until 6pm on both days.\n\n"
    "The coastguard said it had already dealt with twelve call-outs this week.\n"
)


@pytest.mark.parametrize(
    ("lead_in", "items"),
    [
        ("What to bring:", "Sunscreen\nWater\nA hat"),
        ("The council has opened cooling centres at:", "Central Library\n\nEastgate Leisure Centre\n\nRiverside Hall"),
        ("Officials urged people to plan ahead. Bring:", "- Sunscreen\n- Plenty of water\n- A wide-brimmed hat"),
    ],
)
def test_list_under_a_colon_under_the_headline_is_the_story(lead_in: str, items: str) -> None:
    text = f"Heatwave warning issued for the weekend\n\n{LEDE}\n\n{lead_in}\n\n{items}\n\n{AFTER}"
    article = newsparse.parse_article(text)
    assert article.boilerplate == ()
    assert article.paragraphs[0].text == LEDE
    assert article.paragraphs[1].text == lead_in
    assert article.paragraphs[-1].text.startswith("The coastguard said")


def test_menu_word_in_a_list_under_a_colon_stays_a_paragraph_line() -> None:
    text = (
        "Insurers warn of rise in storm claims\n\nBy Amy Clark\n\n"
        "Insurers expect a sharp rise in claims after the storm that struck the coast this week.\n\n"
        "Policyholders were told to photograph damage to three things before any repair:\n\n"
        "Home\nGarden\nCar\n\n"
        "Claims can be made online or by phone, the industry body said.\n"
    )
    article = newsparse.parse_article(text)
    assert article.boilerplate == ()
    assert "Home Garden Car" in [p.text for p in article.paragraphs]


def test_menu_word_under_a_sentence_that_ends_in_a_full_stop_is_still_navigation() -> None:
    """Kills the mutant ``story_list_item`` returning ``True`` (any menu word under the story kept)."""
    text = (
        "Insurers warn of rise in storm claims\n\nBy Amy Clark\n\n"
        "Insurers expect a sharp rise in claims after the storm that struck the coast this week.\n\n"
        "Claims can be made online or by phone, the industry body said.\n\n"
        "Home\n"
    )
    article = newsparse.parse_article(text)
    assert [(b.text, b.kind) for b in article.boilerplate] == [("Home", "navigation")]
