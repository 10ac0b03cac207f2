"""What follows a stamp's clock time on its line: a second clock (a page's local time, a live
clock widget) or a gallery or page counter (``2/3``, ``1 / 12``) is no part of the stamp.  The first
full date and time wins, and the stamp's text and span end with it.

Each page is invented, set out as a browser copy prints a news page: headline, byline and stamp
(on one line or two), then the story.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

HEADLINE = "Council backs the river crossing plan\n"
STORY = (
    "\n\nThe city council voted 7-2 on Tuesday night to fund the first stage of the river crossing, "
    "ending a debate that has run for more than a decade.\n\n"
    "Work on the approach roads is expected to begin in the spring, the city engineer said.\n"
)
REFERENCE = dt.date(2019, 11, 25)

TAILS = [
    # (header lines under the headline, byline authors, published, the stamp's text)
    # a byline with its stamp and a trailing clock on one line: the first time wins
    ("By Jane Roe Nov 19 8:03 pm 12:00", ("Jane Roe",), "2019-11-19T20:03:00", "Nov 19 8:03 pm"),
    ("By Jane Roe, Nov 19, 2019 8:03 pm 12:00", ("Jane Roe",), "2019-11-19T20:03:00", "Nov 19, 2019 8:03 pm"),
    ("By Jane Roe | Nov. 19, 2019 8:03 p.m. 11:47", ("Jane Roe",), "2019-11-19T20:03:00", "Nov. 19, 2019 8:03 p.m."),
    ("By Jane Roe\nNov 19 8:03 pm 12:00", ("Jane Roe",), "2019-11-19T20:03:00", "Nov 19 8:03 pm"),
    ("Nov 19, 2019 8:03 PM 23:15", None, "2019-11-19T20:03:00", "Nov 19, 2019 8:03 PM"),
    ("Published Nov. 19, 2019 8:03 am 12:00", None, "2019-11-19T08:03:00", "Nov. 19, 2019 8:03 am"),
    ("19 November 2019 08:03 GMT 14:20", None, "2019-11-19T08:03:00+00:00", "19 November 2019 08:03 GMT"),
    # a gallery or page counter after the time
    ("Nov. 19, 2019 8:03 am 2/3", None, "2019-11-19T08:03:00", "Nov. 19, 2019 8:03 am"),
    ("Nov 19 8:03 pm 2/3", None, "2019-11-19T20:03:00", "Nov 19 8:03 pm"),
    ("By Jane Roe Nov 19 8:03 pm 2/3", ("Jane Roe",), "2019-11-19T20:03:00", "Nov 19 8:03 pm"),
    ("By Jane Roe\nNov 19, 8:03 am 1 / 12", ("Jane Roe",), "2019-11-19T08:03:00", "Nov 19, 8:03 am"),
    ("Nov 19 8:03 pm (2/3)", None, "2019-11-19T20:03:00", "Nov 19 8:03 pm"),
    ("Published Nov 19 8:03 pm 3/12", None, "2019-11-19T20:03:00", "Nov 19 8:03 pm"),
    # what may follow the time: the year the date before it lacks, a zone offset, the date itself
    ("Tue Nov 19 08:03 EST 2019", None, "2019-11-19T08:03:00-05:00", "Tue Nov 19 08:03 EST 2019"),
    ("Published: Nov 19, 2019 11:14 +0200", None, "2019-11-19T11:14:00+02:00", "Nov 19, 2019 11:14 +0200"),
    ("Nov 19, 2019 8:03 pm UTC-05:00", None, "2019-11-19T20:03:00-05:00", "Nov 19, 2019 8:03 pm UTC-05:00"),
    ("Posted 8:03 pm ET, Tuesday, November 19, 2019", None, "2019-11-19T20:03:00-05:00",
     "8:03 pm ET, Tuesday, November 19, 2019"),
]


@pytest.mark.parametrize(("header", "authors", "published", "written"), TAILS)
def test_a_number_after_the_stamps_time_is_no_part_of_it(
    header: str, authors: tuple[str, ...] | None, published: str, written: str
) -> None:
    text = HEADLINE + header + STORY
    article = newsparse.parse_article(text, reference_date=REFERENCE)
    stamp = article.published
    assert stamp is not None
    assert stamp.datetime.isoformat() == published
    assert stamp.text == written
    assert text[stamp.span.start : stamp.span.end] == written
    assert (article.byline.authors if article.byline is not None else None) == authors
    assert article.headline is not None and article.headline.text == HEADLINE.strip()
    assert article.paragraphs[0].text.startswith("The city council voted 7-2")


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Updated Nov 19, 2019 8:03 pm 1:15", "2019-11-19T20:03:00"),
        ("Last updated: Nov 19 8:03 pm 12:00", "2019-11-19T20:03:00"),
        ("Updated Nov. 19, 2019 8:03 am 4/9", "2019-11-19T08:03:00"),
    ],
)
def test_an_update_keeps_its_first_time(line: str, updated: str) -> None:
    article = newsparse.parse_article(HEADLINE + line + STORY, reference_date=REFERENCE)
    assert article.published is None
    assert article.updated is not None and article.updated.datetime.isoformat() == updated


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Nov 19 8:03 pm 12:00", "Nov 19 8:03 pm"),
        ("Nov. 19, 2019 8:03 am 2/3", "Nov. 19, 2019 8:03 am"),
        ("19/11/2019 08:03 2", "19/11/2019 08:03"),
        ("Tue Nov 19 08:03 EST 2019", "Tue Nov 19 08:03 EST 2019"),
        ("Nov 19, 2019 8:03 pm 2019", "Nov 19, 2019 8:03 pm"),
        ("Nov 19 8:03 pm 2019 12:00", "Nov 19 8:03 pm 2019"),
        ("1:39 am EST, Wednesday, November 20, 2019", "1:39 am EST, Wednesday, November 20, 2019"),
        ("Nov. 19, 2019 8:03 pm ET (0103 GMT)", "Nov. 19, 2019 8:03 pm ET (0103 GMT)"),
        ("Nov 19, 2019 8:03 pm GMT+3", "Nov 19, 2019 8:03 pm GMT+3"),
        ("Nov 19, 2019", "Nov 19, 2019"),
    ],
)
def test_time_end(written: str, expected: str) -> None:
    assert written[: newsparse.TimestampParser().time_end(written)].rstrip() == expected
