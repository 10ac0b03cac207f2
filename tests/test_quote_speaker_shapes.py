"""Issue 5, speaker accuracy on real news (third round): speaker phrases that real copy writes
and the grammar read as no one.  Invented stories (politics, sport, courts, business, local
news); each case is the text after a plain headline and the exact ``(text, kind, speaker
name)`` triples that must come out, in order."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


def quotes_of(text: str) -> list[tuple[str, QuoteKind, str | None]]:
    article = newsparse.parse_article(f"Harbour news\n\n{text}")
    return [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in article.quotes]


# an owner's possessive, then a few lower-case words that end in a noun for a person
POSSESSED = [
    ("“We were never consulted,” Governor Hale's former campaign strategist said in an interview.",
     [("We were never consulted,", D, "Governor Hale's former campaign strategist")]),
    ("“The knee is sound,” Dynamo's new team physiotherapist told reporters on Friday.",
     [("The knee is sound,", D, "Dynamo's new team physiotherapist")]),
    ("Hartley Foods' senior commodities strategist said prices would stay high through the winter.",
     [("prices would stay high through the winter", R, "Hartley Foods' senior commodities strategist")]),
    ("“He was calm and lucid,” Ana Ortiz's court-appointed psychiatrist told the judge.",
     [("He was calm and lucid,", D, "Ana Ortiz's court-appointed psychiatrist")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED)
def test_possessed_person_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# after an inverted cue: a role with "for" and what it works for, maybe the name after a comma
ROLE_FOR = [
    ("“We will appeal,” said a lawyer for the family.",
     [("We will appeal,", D, "a lawyer for the family")]),
    ("“No bids came in,” said a spokeswoman for the port authority.",
     [("No bids came in,", D, "a spokeswoman for the port authority")]),
    ("“Our growth plan is on track,” said a spokesman for the retailer, Colin Marsh. Shares rose 4 percent.",
     [("Our growth plan is on track,", D, "Colin Marsh")]),
    ("“He trained through the pain,” said the club captain, Ana Ortiz.",
     [("He trained through the pain,", D, "Ana Ortiz")]),
    # a name that speaks keeps its own span; a description after it is no speaker
    ("“It was a fair result,” said Ortiz, a former referee.",
     [("It was a fair result,", D, "Ortiz")]),
    ("“The league must act,” said the coach, Harbour United.",
     [("The league must act,", D, "the coach")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_FOR)
def test_inverted_role_with_for_and_a_name(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected
