"""A bullet between a date and its clock on a stamp line is a separator like ``|`` and ``·``:
the clock belongs to the date (trial 31: ``12 June 2026 • 4:12pm`` lost its time)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser

# (language, stamp line, the published stamp)
TABLE = [
    ("en-GB", "12 June 2026 • 4:12pm", dt.datetime(2026, 6, 12, 16, 12)),
    (None, "June 12, 2026 • 9:05 am", dt.datetime(2026, 6, 12, 9, 5)),
    ("de", "12.06.2026 • 16:12 Uhr", dt.datetime(2026, 6, 12, 16, 12)),
]


@pytest.mark.parametrize(("language", "line", "published"), TABLE)
def test_a_bullet_keeps_the_clock_with_the_date(language: str | None, line: str, published: dt.datetime) -> None:
    text = (
        "Council apologises as bins go uncollected\nBy Tom Ashworth\n"
        f"{line}\n\nA council has apologised after bins went uncollected for three weeks in the town.\n"
    )
    article = ArticleParser(language=language).parse(text)
    assert article.published is not None
    assert article.published.datetime == published
    assert article.published.text == line
    assert [b.text for b in article.boilerplate] == []
