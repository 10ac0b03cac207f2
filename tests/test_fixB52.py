"""fixB52 (stop 45): headlines picked wrong (agency glued on, bullets, stacked kickers, reading time)."""

from __future__ import annotations

import pytest

from newsparse import parse_article

STORY = "\n\nTalks between the union and the company collapsed on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("text", "headline", "agency"),
    [
        # an agency alone under a headline that ends in a particle: the byline, no continuation
        (
            "Copper hits record as Chilean mine strike drags on\nReuters\nMarch 3, 2026 4:15 PM GMT+1\n\n"
            "SANTIAGO, March 3 (Reuters) - Copper prices hit a record high on Tuesday.\n",
            "Copper hits record as Chilean mine strike drags on",
            "Reuters",
        ),
        (
            "Wheat prices climb as drought takes hold in\nThe Associated Press\nMarch 3, 2026\n\n"
            "Wheat prices rose sharply on Tuesday as the drought spread, traders said.\n",
            "Wheat prices climb as drought takes hold in",
            "The Associated Press",
        ),
        # an agency in lower case, under the headline: not glued on
        (
            "Berlin rent cap struck down\ndpa\nMarch 3, 2026\n\nA court struck down the rent cap on Tuesday in Berlin.\n",
            "Berlin rent cap struck down",
            "dpa",
        ),
        # precision: a headline that wraps after a particle onto words of its own still wraps
        (
            "Ferry operator cuts winter crossings as\nfuel costs soar\nBy Jane Roe\n\nThe ferry operator said on Monday it would cut crossings.\n",
            "Ferry operator cuts winter crossings as fuel costs soar",
            None,
        ),
        (
            "City to replace lead pipes\non the east side\nBy Jane Roe\n\nThe city will replace its lead pipes, the mayor said.\n",
            "City to replace lead pipes on the east side",
            None,
        ),
    ],
)
def test_agency_never_continues_headline(text: str, headline: str, agency: str | None) -> None:
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == headline
    if agency is None:
        assert article.byline is not None and article.byline.agency is None
    else:
        assert article.byline is not None and article.byline.agency == agency


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Key points\n* Inflation slowed to 2.1% in May\n* Core prices rose 0.2%\nInflation cools more than expected\n"
            "By Mia Chen\n\nConsumer prices rose less than expected in May.\n",
            "Inflation cools more than expected",
        ),
        (
            "• Dam reaches record level\n• Roads closed in the valley\nFloods force hundreds from their homes\nBy Tom Berg\n\n"
            "Hundreds of people left their homes on Sunday as the river rose.\n",
            "Floods force hundreds from their homes",
        ),
        # precision: a headline that opens with a dash glued to a number, or a star glued to a word, is no bullet
        ("-40C cold snap grips the north\nBy Tom Berg\n\nTemperatures fell to minus 40 overnight, forecasters said.\n",
         "-40C cold snap grips the north"),
        ("Council approves new budget\nBy Tom Berg\n\n* The budget rises by 3% next year.\n", "Council approves new budget"),
    ],
)
def test_bulleted_line_is_no_headline(text: str, headline: str) -> None:
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == headline


@pytest.mark.parametrize(
    ("text", "section", "headline"),
    [
        ("News\nUK\nPolitics\nRescue talks break down\nBy Jane Roe" + STORY, ("News", "UK", "Politics"),
         "Rescue talks break down"),
        ("Sport\nFootball\nPremier League\nCity sack manager after five straight defeats\nBy Jane Roe" + STORY,
         ("Sport", "Football", "Premier League"), "City sack manager after five straight defeats"),
        ("Opinion\nThe Big Read\nRescue talks break down\nBy Jane Roe" + STORY, ("Opinion", "The Big Read"),
         "Rescue talks break down"),
        # two kickers still read as before
        ("UK\nPolitics\nRescue talks break down\nBy Jane Roe" + STORY, ("UK", "Politics"), "Rescue talks break down"),
        # a reading time under the headline: the kickers stay the section
        (
            "Climate\nEXCLUSIVE\nGlacier collapse buries Alpine village as experts warn of more to come\n5 min read\n"
            "BLATTEN, Switzerland — A massive section of glacier collapsed on Wednesday, officials said.\n",
            ("Climate", "EXCLUSIVE"),
            "Glacier collapse buries Alpine village as experts warn of more to come",
        ),
        (
            "World\nEurope\nFrench farmers block motorways over fuel prices\n4 min read\n\n"
            "Farmers blocked motorways around Paris on Monday, police said.\n",
            ("World", "Europe"),
            "French farmers block motorways over fuel prices",
        ),
        # precision: a headline in capitals after a determiner under a kicker stays the headline
        (
            "ARTS\nTHE LONG GOODBYE\nWhy the last video shop in town is closing its doors after forty years\n",
            ("ARTS",),
            "THE LONG GOODBYE",
        ),
        # precision: a columnist's name under the kicker is no label
        ("Opinion\nJane Roe\nRescue talks break down\n\nTalks collapsed on Monday, officials said.\n", ("Opinion",), None),
    ],
)
def test_stacked_kickers(text: str, section: tuple[str, ...], headline: str | None) -> None:
    article = parse_article(text)
    assert article.section == section
    if headline is not None:
        assert article.headline is not None and article.headline.text == headline
    else:
        assert article.headline is None or article.headline.text not in section


def test_reading_time_is_boilerplate() -> None:
    text = (
        "Climate\nEXCLUSIVE\nGlacier collapse buries Alpine village as experts warn of more to come\n5 min read\n"
        "BLATTEN, Switzerland — A massive section of glacier collapsed on Wednesday, officials said.\n"
    )
    article = parse_article(text)
    assert [item.text for item in article.boilerplate] == ["5 min read"]


@pytest.mark.parametrize(
    ("text", "section", "headline"),
    [
        ("EXCLUSIVE | Stocks slide as oil tops $100\nBy Jane Roe\n\nStocks fell sharply on Monday as oil rose.\n",
         ("EXCLUSIVE",), "Stocks slide as oil tops $100"),
        ("BREAKING NEWS | Storm closes all schools in the county\n\nAll schools closed on Monday, officials said.\n",
         ("BREAKING NEWS",), "Storm closes all schools in the county"),
        # precision: an agency before the bar, a path of labels, or an outlet after the headline
        ("REUTERS | Stocks slide as oil tops $100\nBy Jane Roe\n\nStocks fell sharply on Monday.\n", (),
         "REUTERS | Stocks slide as oil tops $100"),
        ("UK | Politics\nRescue talks break down\nBy Jane Roe\n\nTalks collapsed on Monday.\n", ("UK", "Politics"),
         "Rescue talks break down"),
        ("Stocks slide as oil tops $100 | Reuters\n\nStocks fell sharply on Monday, traders said.\n", (),
         "Stocks slide as oil tops $100 | Reuters"),
    ],
)
def test_label_before_bar(text: str, section: tuple[str, ...], headline: str) -> None:
    article = parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.headline.span.slice(text) == headline


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Updated March 4, 2025 at 10:30 a.m. PT | Published March 3, 2025 at 9 p.m. PT",
         "2025-03-03T21:00:00-08:00", "2025-03-04T10:30:00-08:00"),
        ("Published March 3, 2025 at 11am ET", "2025-03-03T11:00:00-05:00", None),
        # precision: a zone after a date with no time says nothing
        ("Published 28 Apr, 2020 CET", "2020-04-28T00:00:00", None),
    ],
)
def test_zone_after_hour_alone(line: str, published: str, updated: str | None) -> None:
    article = parse_article(f"Ferry fares to rise\n\n{line}\n\nFerry fares will rise next month, the operator said.\n")
    assert article.published is not None and article.published.datetime.isoformat() == published
    if updated is None:
        assert article.updated is None
    else:
        assert article.updated is not None and article.updated.datetime.isoformat() == updated
