"""A demanding new user's trial of the quote engine (precision first): shapes where a wrong
speaker or a non-quote came out. Each case is one paragraph under a plain headline and the exact
``(text, kind, speaker name, speaker mention)`` tuples that must come out, in order."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


def quotes_of(paragraph: str) -> list[tuple[str, QuoteKind, str | None, str | None]]:
    article = newsparse.parse_article(f"Town hall notes\n\n{paragraph}")
    return [
        (q.text, q.kind, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None)
        for q in article.quotes
    ]


SUBJECT_HOLDS_NO_QUOTATION = [
    # a subject phrase that runs over a quotation is no speaker's mention
    ("The mayor's \"open government\" initiative was quietly shelved in March after two years.",
     [("open government", D, None, None)]),
    ("The notice read: \"We thank our customers for forty years.\"",
     [("We thank our customers for forty years.", D, None, None)]),
    # a subject before the quotation still speaks
    ("The council leader called the plan \"a gamble with public money.\"",
     [("a gamble with public money.", D, "The council leader", "The council leader")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SUBJECT_HOLDS_NO_QUOTATION)
def test_subject_holds_no_quotation(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected

