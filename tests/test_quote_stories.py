"""Whole short stories in the shapes a newsroom files (wire copy, council and court reports, sport),
checked quote by quote: who a pronoun refers to when a paragraph brings in someone new, passive
``told``, possessives before a name (invented events and people)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


def quotes_of(text: str) -> list[tuple[str, QuoteKind, str | None]]:
    article = newsparse.parse_article(text)
    return [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in article.quotes]


STORIES = [
    # a pronoun after a paragraph that brings in a new subject named in full: that subject
    (
        "Hearing on bus cuts\n\n"
        "\"We have no other way to get to work,\" said Marta Lenz, a home health aide.\n\n"
        "Council member Tomas Rey, D-Ward 3, spoke next. \"The money simply isn't there,\" he said.\n",
        [
            ("We have no other way to get to work,", D, "Marta Lenz"),
            ("The money simply isn't there,", D, "Tomas Rey"),
        ],
    ),
    # ... or by the surname of someone the article named in full before
    (
        "Aide sentenced\n\n"
        "\"You betrayed the people you served,\" Judge Mary Ellen Burr told Kevin Walcott, 47.\n\n"
        "Walcott apologized in court. \"I'm deeply sorry for what I did,\" he said.\n",
        [
            ("You betrayed the people you served,", D, "Mary Ellen Burr"),
            ("I'm deeply sorry for what I did,", D, "Kevin Walcott"),
        ],
    ),
    # a capital word before a name modifies it: the name is the subject, not the word
    (
        "Late win\n\n"
        "\"It was a great ball,\" said Owen Marsh of Rovers.\n\n"
        "Rovers boss Dario Lund was furious. \"It was a foul, clearly a foul,\" he said.\n",
        [
            ("It was a great ball,", D, "Owen Marsh"),
            ("It was a foul, clearly a foul,", D, "Dario Lund"),
        ],
    ),
    # a paragraph that quotes one person and makes another the subject: the pronoun stays unresolved
    (
        "Senator on the bill\n\n"
        "\"I don't see a path,\" Senator Tim Burrell told KTVN's Kristen Wale. "
        "Wale asked whether he would back a compromise. \"Maybe,\" he replied.\n",
        [
            ("I don't see a path,", D, "Tim Burrell"),
            ("whether he would back a compromise", R, "Kristen Wale"),
            ("Maybe,", D, "he"),
        ],
    ),
    # someone new named in the paragraph, not as its subject: no sure referent either
    (
        "Budget row\n\n"
        "\"We will not sign it,\" said Ana Ruiz, the party's leader.\n\n"
        "A spokesman for Peter Kohl disagreed. \"It is a fair deal,\" he said.\n",
        [
            ("We will not sign it,", D, "Ana Ruiz"),
            ("It is a fair deal,", D, "he"),
        ],
    ),
    # the same speaker named again keeps the pronoun
    (
        "Budget signed\n\n"
        "Governor Lena Ortiz signed the budget on Thursday.\n\n"
        "Ortiz said the plan protects schools. \"It keeps us moving,\" she said.\n",
        [
            ("the plan protects schools", R, "Lena Ortiz"),
            ("It keeps us moving,", D, "Lena Ortiz"),
        ],
    ),
    # a passive "told"/"asked": the subject was spoken to, so it is no speaker
    (
        "Fire warning\n\n"
        "Residents of the Blue Hills have been told to prepare to leave as the heat builds.\n",
        [("to prepare to leave as the heat builds", R, None)],
    ),
    (
        "Debate\n\n"
        "Councillor Jo Platt was asked whether the levy would rise next year.\n",
        [("whether the levy would rise next year", R, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORIES)
def test_story(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected
