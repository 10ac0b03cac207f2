"""A JSON record's author value that is a desk's signature or an agency's staff reads as the same
words after ``By`` on a line do (a second reader's finding, stop 41)."""

from __future__ import annotations

import json

import pytest

import newsparse


def _record(author: object) -> str:
    return json.dumps(
        {"headline": "Ferry fares rise in April", "author": author, "body": "Ferry fares will rise by 4% from April."},
        indent=2,
    )


@pytest.mark.parametrize(
    ("author", "authors", "agency"),
    [
        ("Staff", (), None),
        ("Live desk", (), None),
        ("Times staff and wire reports", (), None),
        ("Reuters Staff", ("Reuters",), "Reuters"),
        ("Reuters", ("Reuters",), "Reuters"),
        ("Jo Grant", ("Jo Grant",), None),
    ],
)
def test_author_value_as_after_by(author: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = _record(author)
    article = newsparse.parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, author)
    assert article.byline.span.slice(text) == author
    assert article.span_mismatches() == []


@pytest.mark.parametrize("author", ["admin", "https://example.com/staff"])
def test_no_byline_from_other_values(author: str) -> None:
    assert newsparse.parse_article(_record(author)).byline is None


def test_agency_of_staff() -> None:
    parser = newsparse.BylineParser()
    assert parser.agency_of_staff("Reuters Staff") == "Reuters"
    assert parser.agency_of_staff(" AFP staff writers.") == "AFP"
    assert parser.agency_of_staff("Jo Grant") == "Jo Grant"
