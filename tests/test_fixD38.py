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
# gives no stamp (kills returning `other` unchecked); a dotted date and a `dayfirst` given keep their
# order (kills dropping `has_day_first_sign` or `_dayfirst_given` from `other_reading`)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: Sat 03/02/2024 09:00\n\nThe council's favourite colour for the new centre was picked.\n",
         dt.datetime(2024, 2, 3, 9, 0)),
        ("Published: Sat 03/02/2024 09:00\n\nThe council picked the color for the new center downtown.\n",
         dt.datetime(2024, 3, 2, 9, 0)),
        ("Posted Sunday, 03/04/2024 2:15 PM\n\nThe city council voted 9-4 to fund the extension of the line.\n", None),
        ("Published: Wednesday 04.03.2024\n\nThe city council voted 9-4 to fund the extension of the line.\n", None),
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
     "Output fell for a sixth month, and orders were cancelled at plants that analysts had "
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
