"""Merge fixes of stop 45 (round 52): rows for the rules the merge mended."""

from __future__ import annotations

import pytest

import newsparse

HEAD = "Ferry fares to rise by a fifth\n\n"


def quotes_of(sentence: str) -> list[tuple[str, str | None]]:
    article = newsparse.parse_article(HEAD + sentence)
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Officials reported the fall in prices was temporary.", "the fall in prices was temporary", "Officials"),
        ("The ministry reported the rise in exports had slowed.", "the rise in exports had slowed", "The ministry"),
        ("Analysts reported the loss at the unit would widen.", "the loss at the unit would widen", "Analysts"),
    ],
)
def test_a_result_noun_heading_a_clause_after_report_is_speech(sentence: str, words: str, speaker: str) -> None:
    # A result noun and its preposition's phrase followed by a verb are the reported clause's subject.
    assert (words, speaker) in quotes_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares fell 8% after it reported an unexpected quarterly loss.",
        "The company reported a rise in sales in the fourth quarter.",
        "The bank reported a fall in profit for the year.",
    ],
)
def test_figures_a_body_reports_are_no_speech(sentence: str) -> None:
    assert quotes_of(sentence) == []
