"""Fixes made while merging stop 46's branches (merge53): a timeline's date alone is looked for
only on a short line without a colon that ends like a date (a sentence with a number or a
labelled note is not read for one, and the date parser is not loaded for it: a PolNeAR run's
peak memory, benchmarks/README.md)."""

from __future__ import annotations

import pytest

import newsparse

ABOVE = (
    "Council passes budget\n\n"
    "The council approved the budget on Monday after a debate that lasted all night, officials said.\n\n"
    "The plan was first tabled in the spring and rejected twice by the finance committee.\n\n"
)
BELOW = "\n\nThe council first proposed the budget, but the finance committee rejected it two weeks later.\n"


@pytest.mark.parametrize(
    "line",
    [
        "The Natural Bridge is a rocky arch towering 215 feet above a small creek in the valley.",
        "Oct. 31, 2012 The mayor's hug.",
    ],
)
def test_a_line_that_is_no_date_alone_stays_in_the_story(line: str) -> None:
    article = newsparse.parse_article(ABOVE + line + BELOW)
    assert article.headline is not None and article.headline.text == "Council passes budget"
    assert article.published is None
    assert any(p.text == line for p in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    ["March 5, 2025", "Wednesday, March 5, 2025", "5 March 2025.", "Sunday"],
)
def test_a_date_alone_between_paragraphs_is_still_a_timeline_heading(line: str) -> None:
    article = newsparse.parse_article(ABOVE + line + BELOW)
    assert article.headline is not None and article.headline.text == "Council passes budget"
    assert article.published is None
