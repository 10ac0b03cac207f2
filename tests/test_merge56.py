"""Rows for the fixes made while merging stop 49's helper branches (issue 5): a month or weekday that
opens a sentence before a list of speakers is no part of the list's first member."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

HEAD = "Harbour board meets\n\n"


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    article = ArticleParser().parse(HEAD + body + "\n")
    return [
        (quote.speaker.mention if quote.speaker else None, quote.speaker.name if quote.speaker else None)
        for quote in article.quotes
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (a month or weekday after an opening preposition, then a list: the month alone is left out)
        (
            'Sam Whitaker and Kim Ortiz chair the board.\n\nIn June Whitaker and Ortiz told reporters: "We will appeal."',
            [("Whitaker and Ortiz", "Sam Whitaker and Kim Ortiz")],
        ),
        ("On Monday Ana Ruiz and Tom Berg said the plan was dead.", [("Ana Ruiz and Tom Berg", "Ana Ruiz and Tom Berg")]),
        ("In March Lena Moss and Omar Haddad said the pier was unsafe.", [("Lena Moss and Omar Haddad", "Lena Moss and Omar Haddad")]),
        # (precision: no list, or a list in lower case, reads as before)
        ("In June Ana Ruiz said the plan was dead.", [("Ana Ruiz", "Ana Ruiz")]),
        ("On Monday officials and residents said the water was brown.", [("officials and residents", "officials and residents")]),
        ("Over Christmas officials said the water was brown.", [("officials", "officials")]),
    ],
)
def test_an_opening_month_before_a_list_of_speakers(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _speakers(body) == expected
