"""rvl67: a reviewer's layout findings mended.  Invented copies in the formats where each rule
applies: a signature line with an outlet's code under a headline; a dateline in capitals with
a full stop; a day-first outlet named in a headline; boilerplate keys of whole phrases."""

from __future__ import annotations

import pytest

from articles import parse_held


def coded_page(line: str) -> str:
    """A Times of India style copy: headline, the line under it, a colon dateline's story."""
    return (
        f"Sensex slips as banks drag\n{line}\n\n"
        "MUMBAI: The Sensex fell 300 points on Tuesday as bank shares dragged, traders said.\n\n"
        "Analysts expected more selling before the central bank's meeting next week.\n"
    )


@pytest.mark.parametrize("line", ["New York | NYT", "Market Watch | WSJ", "Stock Market | IANS", "City Desk | TNN"])
def test_desk_or_place_before_code_is_no_author(line: str) -> None:
    article = parse_held(coded_page(line))
    authors = article.byline.authors if article.byline is not None else ()
    assert not any(word in " ".join(authors) for word in ("New York", "Market", "Stock", "City"))


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Jane Roe | TNN", ("Jane Roe",)), ("Rahul Mehta | HT", ("Rahul Mehta",)), ("Priya Nair | TNN", ("Priya Nair",))],
)
def test_person_before_code_stays_byline(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(coded_page(line))
    assert article.byline is not None
    assert article.byline.authors == authors
