"""The cheap checks in front of the quote passes: a paragraph they rule out holds no quote, and
one that may hold a quote still gets read."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.quotes import QuoteParser

PARSER = QuoteParser()

CASES = [
    # (paragraph, may hold quotes)
    ("Rescue teams reached the village on Friday after the road reopened.", False),
    ("The council approved the budget, which includes a new library, by seven votes to two.", False),
    ("The minister said the plan would go ahead.", True),
    ("According to the ministry, exports rose in April.", True),
    ("He is telling voters that taxes will fall.", True),
    ("Asked whether the plan was dead, the mayor shrugged.", True),
    ("The crowd chanted “No more cuts” outside the hall.", True),
    ("A very long paragraph about the harbour works. " * 80, True),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_may_hold_quotes(paragraph: str, expected: bool) -> None:
    marks = PARSER.quotation_marks(paragraph)
    assert PARSER.may_hold_quotes(paragraph, marks) is expected


def test_a_ruled_out_paragraph_keeps_the_speaker_for_the_next_one() -> None:
    text = (
        "Harbour reopens\n\n"
        "“We are ready,” said Ines Calder, the harbour master.\n\n"
        "Boats lined up at dawn on Monday.\n\n"
        "“It has been a long winter,” she said."
    )
    quotes = newsparse.parse_article(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None, q.paragraph) for q in quotes] == [
        ("We are ready,", "Ines Calder", 0),
        ("It has been a long winter,", "Ines Calder", 2),
    ]


class AlwaysReads(QuoteParser):
    """A subclass that reads every paragraph."""

    def may_hold_quotes(self, raw: str, marks: object) -> bool:  # type: ignore[override]
        return True


def test_a_subclass_may_read_every_paragraph() -> None:
    text = "Harbour reopens\n\nBoats lined up at dawn on Monday.\n\n“We are ready,” said Ines Calder."
    plain = newsparse.ArticleParser().parse(text).quotes
    always = newsparse.ArticleParser(quotes=AlwaysReads()).parse(text).quotes
    assert plain == always
    assert [q.text for q in plain] == ["We are ready,"]
