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


def _quotes(body: str) -> list[tuple[str, str | None]]:
    article = ArticleParser().parse(HEAD + body + "\n")
    return [(quote.text, quote.speaker.mention if quote.speaker else None) for quote in article.quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (an interrupted report, then a closing cue that reads the same clause: one report, the first cue's)
        (
            "The man, police said, was carrying a knife, a witness told Reuters.",
            [("The man, police said, was carrying a knife", "police")],
        ),
        (
            "The bridge, officials said, would reopen on Friday, he said.",
            [("The bridge, officials said, would reopen on Friday", "officials")],
        ),
        # (precision: two reports with spans of their own stay two)
        (
            "The plan, officials said, would cost $5 billion, but critics said it was too little.",
            [("The plan, officials said, would cost $5 billion", "officials"), ("it was too little", "critics")],
        ),
    ],
)
def test_one_clause_read_by_two_cues_is_one_report(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(body) == expected


def _authors(line: str) -> tuple[str, ...] | None:
    article = ArticleParser().parse(f"Fire contained\n{line}\n\nThe fire was contained on Tuesday, officials said.\n")
    return article.byline.authors if article.byline is not None else None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # (a weekday's given name ends at a mark, the line's end or a joining word: else a title or a sentence)
        ("By Friday Night Lights star Kyle Chandler", None),
        ("By Monday Night Football analyst Troy Aikman", None),
        ("By Sunday Aborisade, Abuja", ("Sunday Aborisade",)),
        ("By Sunday Aborisade", ("Sunday Aborisade",)),
        ("By Monday Okonkwo and Friday Olokor, Lagos", ("Monday Okonkwo", "Friday Olokor")),
    ],
)
def test_a_weekday_given_name_ends_its_name(line: str, authors: tuple[str, ...] | None) -> None:
    assert _authors(line) == authors
