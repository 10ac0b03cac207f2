"""Published and updated stamps on web pages: labelled stamps glued on one line, stamps without a
year, and the year that the posts a story embeds give them.

Each page is invented, set out as a browser copy prints it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

HEADLINE = "Harbor ferry returns after a winter away\n\n"
STORY = (
    "\n\nThe harbor ferry made its first crossing of the season on Monday, carrying about 200 "
    "commuters across the bay in 25 minutes, the port authority said.\n\n"
    "Riders welcomed the return of the service, which had been suspended since December for repairs.\n\n"
)
POST = (
    "The ferry is back and the coffee on board is still terrible. Best commute in the state.\n\n"
    "— Jo Roe (@joroe_harbor) {date}\n\n"
)
CLOSING = "The authority plans to add a second boat in the summer if demand holds.\n"


def page(stamp_line: str, *, post_date: str | None = None) -> str:
    """A page: headline, *stamp_line*, a story that embeds a post of *post_date* (when given)."""
    post = POST.format(date=post_date) if post_date is not None else ""
    return HEADLINE + stamp_line + STORY + post + CLOSING


def stamp_of(stamp: newsparse.Timestamp | None) -> str | None:
    return stamp.datetime.isoformat() if stamp is not None else None


GLUED_STAMPS = [
    # (stamp line, reference date, published, updated)
    ("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", dt.date(2019, 11, 20), "2019-11-19T06:51:00", "2019-11-19T06:55:00"),
    ("Posted Nov 18, 8:19 PM | Updated Nov 19, 9:41 AM", dt.date(2019, 11, 20), "2019-11-18T20:19:00", "2019-11-19T09:41:00"),
    ("Published 18 Nov 2019 · Modified 19 Nov 2019", None, "2019-11-18T00:00:00", "2019-11-19T00:00:00"),
    ("Modified Nov 19, 2019 • Published Nov 18, 2019", None, "2019-11-18T00:00:00", "2019-11-19T00:00:00"),
    # a page that shows only when it was updated has no published stamp
    ("Updated 1:39 am EST, Wednesday, November 20, 2019", None, None, "2019-11-20T01:39:00-05:00"),
]


@pytest.mark.parametrize(("line", "reference", "published", "updated"), GLUED_STAMPS)
def test_labelled_stamps_on_one_line(line: str, reference: dt.date | None, published: str | None, updated: str) -> None:
    article = newsparse.parse_article(page(line), reference_date=reference)
    assert stamp_of(article.published) == published
    assert stamp_of(article.updated) == updated
    assert article.paragraphs[0].text.startswith("The harbor ferry made its first crossing")


EMBEDDED_YEARS = [
    # (stamp line, the embedded post's date, published, updated)
    (
        "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
        "November 18, 2019",
        "2019-11-18T20:19:00",
        "2019-11-19T09:41:00",
    ),
    ("Posted Jan 2, 7:10 AM", "December 31, 2024", "2025-01-02T07:10:00", None),
    ("Posted Dec 30, 11:00 PM", "January 1, 2025", "2024-12-30T23:00:00", None),
    # the post is months away from the stamp: no year is guessed
    ("Posted Nov 18, 8:19 PM", "March 3, 2017", None, None),
    # an old post that resurfaced, two weeks or three days from the stamp read in its year: no year
    ("Posted Dec 2, 8:19 PM", "November 18, 2015", None, None),
    ("Posted Nov 21, 8:19 PM", "November 18, 2019", None, None),
    ("Posted Nov 20, 8:19 PM", "November 18, 2019", "2019-11-20T20:19:00", None),
    # no embedded post, or one without a year: no year
    ("Posted Nov 18, 8:19 PM", None, None, None),
    ("Posted Nov 18, 8:19 PM", "Nov 18", None, None),
]


@pytest.mark.parametrize(("line", "post_date", "published", "updated"), EMBEDDED_YEARS)
def test_a_stamp_without_a_year_takes_it_from_an_embedded_post(
    line: str, post_date: str | None, published: str | None, updated: str | None
) -> None:
    article = newsparse.parse_article(page(line, post_date=post_date))
    assert stamp_of(article.published) == published
    assert stamp_of(article.updated) == updated
    assert article.paragraphs[0].text.startswith("The harbor ferry made its first crossing")


TWO_POSTS = [
    # (the first post's date, the second's, published): every post within EMBED_DAYS of the stamp
    ("November 18, 2019", "November 19, 2019", "2019-11-18T20:19:00"),
    # an old post beside the day's: it dates nothing, and the day's alone does not outvote it
    ("November 18, 2015", "November 18, 2019", None),
    ("November 18, 2019", "November 18, 2015", None),
]


@pytest.mark.parametrize(("first", "second", "published"), TWO_POSTS)
def test_every_embedded_post_must_be_of_the_stamps_days(first: str, second: str, published: str | None) -> None:
    text = page("Posted Nov 18, 8:19 PM", post_date=first).replace(CLOSING, POST.format(date=second) + CLOSING)
    article = newsparse.parse_article(text)
    assert stamp_of(article.published) == published


def test_a_resurfaced_post_dates_no_story() -> None:
    text = (
        "Senator's old tweet resurfaces\n\nPosted Dec 2, 8:19 PM\n\nA tweet the senator posted years ago has "
        "resurfaced as she campaigns for re-election, drawing criticism from rivals.\n\n"
        "The post, from 2015, mocked the very bill she now supports.\n\nThis bill is a joke and everyone knows it.\n\n"
        "— Jo Roe (@joroe) November 18, 2015\n\nHer campaign said on Monday that her views had changed.\n"
    )
    assert newsparse.parse_article(text).published is None


def test_a_reference_date_given_wins_over_an_embedded_post() -> None:
    article = newsparse.parse_article(
        page("Posted Nov 18, 8:19 PM", post_date="November 18, 2019"), reference_date=dt.date(2021, 11, 20)
    )
    assert stamp_of(article.published) == "2021-11-18T20:19:00"


def test_a_stamp_with_a_year_is_not_read_again() -> None:
    article = newsparse.parse_article(page("Posted Nov 18, 2016 8:19 PM", post_date="November 18, 2019"))
    assert stamp_of(article.published) == "2016-11-18T20:19:00"


@pytest.mark.parametrize(
    "line",
    [
        # a dash and a handle in running text are no post's sign-off
        "— as Jo Roe (@joroe_harbor) put it on Monday, the ferry is back.",
        "The ferry's account (@harborferry) posted the timetable on November 18, 2019, at noon.",
    ],
)
def test_lines_that_sign_no_post(line: str) -> None:
    text = HEADLINE + "Posted Nov 18, 8:19 PM" + STORY + line + "\n\n" + CLOSING
    article = newsparse.parse_article(text)
    assert article.published is None
