"""Layout leftovers (stop 35, lay37): pages in our own words, in two or three site layouts each.

1. A weekday that the date contradicts (``Tuesday, 4 March 2026``: 4 March 2026 is a Wednesday)
   gives no stamp at all: one of the two is a typo and a wrong date is worse than none.
2. An ambiguous numeric stamp (``Posted: 03/04/2026``) on a page written where the day comes
   first (``colour``, ``£``, ``Ltd``, ``.co.uk``) is read day first; with no such signs, or with a
   zone that says the month comes first, it keeps the parser's reading.
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
