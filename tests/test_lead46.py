"""Stop 42 (lead): a new user's trial on pages from sites the tests had not seen."""

from __future__ import annotations

import pytest

import newsparse

STORY = "Rail fares rose by 4.6 per cent on Tuesday, the operator said.\n"

# -- a dotted date with a year of two digits is read day first ------------------------------------

DOTTED = [
    # (the stamp line under the headline, the published datetime read from it)
    ("Published 08.03.25", "2025-03-08T00:00:00"),
    ("Updated: 04.11.24 | 09:14", None),  # (an update alone: nothing published)
    ("Posted 11.02.26 at 14:05", "2026-02-11T14:05:00"),
    ("Published 18.03.25", "2025-03-18T00:00:00"),  # a day over 12: one reading only, as before
    # slashes carry no sign: the vocabulary's order (month first) as documented
    ("Published 08/03/25", "2025-08-03T00:00:00"),
]


@pytest.mark.parametrize(("line", "published"), DOTTED)
def test_a_dotted_date_with_a_short_year_reads_day_first(line: str, published: str | None) -> None:
    article = newsparse.parse_article(f"Fares rise again on commuter lines\n{line}\n\n{STORY}")
    got = article.published.datetime.isoformat() if article.published is not None else None
    assert got == published


def test_a_dotted_update_with_a_short_year_reads_day_first() -> None:
    article = newsparse.parse_article(f"Fares rise again on commuter lines\nUpdated: 04.11.24 | 09:14\n\n{STORY}")
    assert article.updated is not None
    assert article.updated.datetime.isoformat() == "2024-11-04T09:14:00"
