"""Dates and page layout a new user's probes (try37, try38) found: a weekday that agrees with one
reading of a numeric date only (``Posted Wednesday 03/04/2024``) dropped the stamp; a page from
Ireland, South Africa or India (``€``, ``per cent``, ``.ie``, ``realised``) read its numeric date
month first.

Rows under ``# mutation-killing`` pass on the base too: each names the mutant of this change it
kills."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

HEADLINE = "Council backs transit plan\n\n"


def published(text: str, parser: newsparse.ArticleParser | None = None) -> dt.datetime | None:
    article = (parser or newsparse.ArticleParser()).parse(text)
    if article.published is None:
        return None
    stamp = article.published
    assert text[stamp.span.start : stamp.span.end] == stamp.text
    return stamp.datetime.replace(tzinfo=None)


# a weekday that agrees with one reading of a numeric date that reads both ways chooses it,
# whatever the page's signs (a US page, a British page, a zone of North America)
WEEKDAY_CHOOSES = [
    ("Posted Wednesday 03/04/2024 2:15 PM\n\nCity council voted on Wednesday to fund the subway extension.\n",
     dt.datetime(2024, 4, 3, 14, 15)),
    ("Posted Wednesday 03/04/2024 2:15 PM\n\nThe council's favourite colour for the new centre was picked.\n",
     dt.datetime(2024, 4, 3, 14, 15)),
    ("Published: Monday 04/03/2024\n\nThe city council voted 9-4 to fund the extension of the line.\n",
     dt.datetime(2024, 3, 4)),
    ("Published Thu, 10/11/2022 at 8:05 AM EST\n\nThe city council voted 9-4 to fund the extension of the line.\n",
     dt.datetime(2022, 11, 10, 8, 5)),
    ("By Dana Whitfield | Friday 07/06/2024\n\nThe city council voted 9-4 to fund the extension of the line.\n",
     dt.datetime(2024, 6, 7)),
    ("Wed, 03/04/2024 - 14:15\n\nThe city council voted 9-4 to fund the extension of the line.\n",
     dt.datetime(2024, 4, 3, 14, 15)),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_CHOOSES)
def test_a_weekday_chooses_the_one_reading_it_agrees_with(text: str, expected: dt.datetime) -> None:
    assert published(HEADLINE + text) == expected


# mutation-killing: a weekday that agrees with both readings leaves the order to the page's signs
# (kills `weekday_reading` swapping whenever the date reads both ways); one that agrees with neither
# gives no stamp (kills returning `other` unchecked)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: Sat 03/02/2024 09:00\n\nThe council's favourite colour for the new centre was picked.\n",
         dt.datetime(2024, 2, 3, 9, 0)),
        ("Published: Sat 03/02/2024 09:00\n\nThe council picked the color for the new center downtown.\n",
         dt.datetime(2024, 3, 2, 9, 0)),
        ("Posted Sunday, 03/04/2024 2:15 PM\n\nThe city council voted 9-4 to fund the extension of the line.\n", None),
    ],
)
def test_a_weekday_that_decides_nothing(text: str, expected: dt.datetime | None) -> None:
    assert published(HEADLINE + text) == expected


def test_a_dayfirst_given_keeps_its_order() -> None:  # mutation-killing: `_dayfirst_given` dropped
    parser = newsparse.ArticleParser(timestamps=newsparse.TimestampParser(dayfirst=False))
    text = HEADLINE + "Posted Wednesday 03/04/2024 2:15 PM\n\nThe city council voted 9-4 to fund the line.\n"
    assert published(text, parser) is None


# pages written where the day comes first, beyond Britain: two different signs decide
DAY_FIRST_PAGES = [
    ("Dublin rents hit new record\n\nPublished: 03/04/2024 | 06:00\n\n"
     "Average rents in the capital rose by 8 per cent to €2,100 a month, the tenancies board said.\n"),
    ("Dublin rents hit new record\n\nPublished: 03/04/2024 | 06:00\n\n"
     "Gardaí said the door was painted a bright colour. Tenants paid €2,100 a month on average.\n"),
    ("Garda appeal after Cork break-in\n\nPosted 03/04/2024\n\n"
     "Gardaí realised the shop had been broken into overnight. Anyone with information can email "
     "appeals@garda.ie or call the station.\n"),
    ("Load-shedding eases in Gauteng\n\nPublished: 03/04/2024 10:30\n\n"
     "The utility said the programme would be reviewed. Updates are posted at www.eskom.co.za daily.\n"),
    ("Monsoon arrives early in Kerala\n\nPublished: 03/04/2024\n\n"
     "Rainfall was 12 per cent above normal, the department said on its site, mausam.gov.in, on Tuesday.\n"),
    ("Euro zone factories slow\n\nPublished: 03/04/2024\n\n"
     "Output fell for a sixth month, and orders were down 3 per cent at plants that analysts had "
     "expected to travel well; the survey costs €40.\n"),
]


@pytest.mark.parametrize("text", DAY_FIRST_PAGES)
def test_a_page_with_two_day_first_signs_reads_day_first(text: str) -> None:
    stamp = published(text)
    assert stamp is not None
    assert stamp.date() == dt.date(2024, 4, 3)


# mutation-killing: a euro sign alone, or beside a page's American spellings, is no sign of where
# it was written (kills MIN_DAY_FIRST_SIGNS 1, and the new month-first spellings left out)
@pytest.mark.parametrize(
    "text",
    [
        "Paris fares rise\n\nPublished: 03/04/2024\n\nA metro ticket now costs €2.15, the operator said.\n",
        "Paris fares rise\n\nPublished: 03/04/2024\n\nA ticket now costs €2.15, up 4 percent; riders realized "
        "the colour of the new card had changed.\n",
    ],
)
def test_a_euro_alone_keeps_the_month_first(text: str) -> None:
    assert published(text) == dt.datetime(2024, 3, 4)


# a label that names the kind of piece over a title and the story: the label is the section and
# the title the headline, when the story under it is shorter than the title, or its only paragraph
PIECE_OVER_TITLE = [
    ("Restaurant review", "The Anchor, Whitstable: a pub that serves fish so fresh it still argues back",
     "The Anchor has stood on the harbour for a century.\n\nThe menu changes daily.\n"),
    ("Restaurant review", "The Anchor, Whitstable: fish so fresh it still argues back",
     "Our usual critic is away. This week, the table is mine.\n"),
    ("Theatre review", "Hamlet, Royal Exchange: a prince for the age of the phone camera",
     "The production is loud. It is also very good.\n\nFour stars.\n"),
    ("Album review", "Marlow Hythe, Tidewater: a quiet record that rewards patience",
     "It takes three listens to open up.\n"),
]


@pytest.mark.parametrize(("label", "title", "story"), PIECE_OVER_TITLE)
def test_a_kind_of_piece_over_a_title_and_a_short_story(label: str, title: str, story: str) -> None:
    for between in ("\n", "\n\n"):
        text = f"{label}{between}{title}\n\n{story}"
        article = newsparse.ArticleParser().parse(text)
        assert article.section == (label,)
        assert article.headline is not None and article.headline.text == title
        assert text[article.headline.span.start : article.headline.span.end] == title
        assert article.boilerplate == ()


# an empty field's label alone on its line is no headline: the headline under it is
EMPTY_FIELDS = [
    ("Byline:\n\nRates rise again as inflation sticks\n\nThe central bank raised rates on Thursday.\n",
     "Rates rise again as inflation sticks"),
    ("Byline:\nRates rise again as inflation sticks\n\nThe central bank raised rates on Thursday.\n",
     "Rates rise again as inflation sticks"),
    ("Title:\n\nFerry fares to rise by 8 per cent\n\nFares on the island ferry will rise from April.\n",
     "Ferry fares to rise by 8 per cent"),
    ("Author:\nPhoto credit:\n\nFerry fares to rise by 8 per cent\n\nFares on the island ferry will rise from April.\n",
     "Ferry fares to rise by 8 per cent"),
]


@pytest.mark.parametrize(("text", "headline"), EMPTY_FIELDS)
def test_an_empty_field_is_no_headline(text: str, headline: str) -> None:
    article = newsparse.ArticleParser().parse(text)
    assert article.headline is not None and article.headline.text == headline
    assert all(b.text.endswith(":") for b in article.boilerplate)
    assert article.byline is None


def test_a_short_headline_is_no_empty_field() -> None:
    # mutation-killing: `is_empty_field` without its `endswith(":")` test
    article = newsparse.ArticleParser().parse(
        "Ferry fares rise\n\nFares on the island ferry will rise by 8 per cent from April.\n"
    )
    assert article.headline is not None and article.headline.text == "Ferry fares rise"


# Markdown's emphasis round a byline: the marks are no part of it, the stamp after them is read
MARKDOWN_BYLINES = [
    ("**By Owen Price** | 12 May 2025", ("Owen Price",), dt.datetime(2025, 5, 12)),
    ("*By Owen Price*", ("Owen Price",), None),
    ("__By Owen Price__ | 12 May 2025", ("Owen Price",), dt.datetime(2025, 5, 12)),
    ("_By Owen Price_ · 12 May 2025 09:40", ("Owen Price",), dt.datetime(2025, 5, 12, 9, 40)),
    ("**By Owen Price and Mia Lund**", ("Owen Price", "Mia Lund"), None),
    ("**Words: Mia Lund** | 12 May 2025", ("Mia Lund",), dt.datetime(2025, 5, 12)),
    ("**Mia Lund, Reuters**", ("Mia Lund",), None),
    ("*Jane Roe, Political Editor* | 12 May 2025", ("Jane Roe",), dt.datetime(2025, 5, 12)),
]


@pytest.mark.parametrize(("line", "authors", "when"), MARKDOWN_BYLINES)
def test_markdown_emphasis_round_a_byline(line: str, authors: tuple[str, ...], when: dt.datetime | None) -> None:
    text = (
        f"# Council approves cycle lanes\n\n{line}\n\n"
        "Councillors voted 31-12 on Thursday to build protected cycle lanes on four main roads.\n"
    )
    article = newsparse.ArticleParser().parse(text)
    assert article.byline is not None and article.byline.authors == authors
    assert text[article.byline.span.start : article.byline.span.end] == article.byline.text
    assert not any(mark in name for name in article.byline.authors for mark in "*_")
    assert published(text) == when
    assert article.boilerplate == ()
