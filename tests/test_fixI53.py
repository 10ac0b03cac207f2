"""fixI53: stamps, bylines and captions a new user's trial read wrong."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

BODY = "\n\nThe harbour board met on Tuesday and agreed to dredge the channel before the summer.\n"
AMERICAN = "\n\nThe city's color scheme for the downtown center will cost $2 million, officials said.\n"


@pytest.mark.parametrize(
    ("stamp", "body", "month_day"),
    [
        ("07/03/2025 14:05 GMT", BODY, (3, 7)),  # Britain's clock: day first
        ("07/03/2025 14:05 BST", BODY, (3, 7)),
        ("Published 04/02/2026 09:30 GMT", BODY, (2, 4)),
        ("07/03/2025 14:05 UTC", BODY, (7, 3)),  # a universal zone of nobody's page: the parser's order
        ("07/03/2025 14:05 GMT", AMERICAN, (7, 3)),  # an American page's signs outweigh the zone
        ("07/03/2025 14:05 EST", BODY, (7, 3)),
        ("17/03/2025 14:05 GMT", AMERICAN, (3, 17)),  # only one reading
    ],
)
def test_a_stamp_in_gmt_is_a_day_first_sign(stamp: str, body: str, month_day: tuple[int, int]) -> None:
    published = newsparse.parse_article(f"Harbour to be dredged\nBy Ann Cole\n{stamp}{body}").published
    assert published is not None
    assert (published.datetime.month, published.datetime.day) == month_day
    assert published.datetime.tzinfo is not None and published.datetime.utcoffset() in (
        dt.timedelta(0),
        dt.timedelta(hours=1),
        dt.timedelta(hours=-5),
    )


@pytest.mark.parametrize(
    ("top", "section", "authors"),
    [
        ("By Lucy Okafor | Reuters", (), ["Lucy Okafor"]),
        ("By Daniel Price | AP", (), ["Daniel Price"]),
        ("BY LUCY OKAFOR | Reuters", (), ["LUCY OKAFOR"]),
        ("By Invitation | Opinion", ("By Invitation", "Opinion"), None),  # a column's name
        ("World | Asia", ("World", "Asia"), None),
    ],
)
def test_a_line_of_by_and_a_name_is_no_section(top: str, section: tuple[str, ...], authors: list[str] | None) -> None:
    article = newsparse.parse_article(f"{top}\nFloods force thousands from their homes in the delta{BODY}")
    assert article.section == section
    assert (list(article.byline.authors) if article.byline else None) == authors
    assert article.headline is not None and article.headline.text == "Floods force thousands from their homes in the delta"
