"""Decisions at round 68's merge: a market move's amount followed by a clause of its own (``Shares in
BP added 2% after the oil price rose``) reports no words, while an amount that is a clause's subject
is speech; a masthead's slogan shares no word with the headline and deck under it, a title-case
headline does.  Invented stories in the layouts pages print."""

from __future__ import annotations

import pytest

import newsparse

HEADER = "Markets wrap\n\nBy Jane Roe\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares in BP added 2% after the oil price rose.",
        "Gold added 0.5% while silver fell.",
        "The Nasdaq added 1.3%, and the S&P 500 rose 0.8%.",
        "The index added 1.2% on Tuesday as banks rallied.",
        "The economy added 250,000 jobs in May, the Labor Department said.",
    ],
)
def test_a_move_before_a_clause_reports_no_added_words(sentence: str) -> None:
    article = newsparse.parse_article(HEADER + sentence + "\n")
    assert [q.cue for q in article.quotes if q.cue is not None and q.cue.casefold() == "added"] == []


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Tom Berg added 40% of the company's staff in Europe would go.", "40% of the company's staff in Europe would go", "Tom Berg"),
        ("Ana Ruiz added 10 more people would be hired in March.", "10 more people would be hired in March", "Ana Ruiz"),
    ],
)
def test_an_amount_that_opens_a_clause_is_speech(sentence: str, words: str, speaker: str) -> None:
    article = newsparse.parse_article(HEADER + sentence + "\n")
    found = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert (words, speaker) in found


STORY = "\n\nWASHINGTON — The president signed the bill on Monday after months of talks.\n"


@pytest.mark.parametrize(
    ("header", "headline", "boilerplate"),
    [
        (
            "Democracy Dies in Darkness\nBiden signs infrastructure bill into law\n"
            "The $1 trillion package funds roads, bridges and broadband across the country\nBy Jane Roe",
            "Biden signs infrastructure bill into law",
            "Democracy Dies in Darkness",
        ),
        (
            "Harbour Tolls Double\nCouncil backs a plan to double the harbour tolls\n"
            "The council's plan would double the harbour toll by next spring, officials said.\nBy Ana Ruiz",
            "Harbour Tolls Double",
            None,
        ),
        (
            "Senate Passes Farm Bill\nThe farm bill passes after a long fight over subsidies\n"
            "Growers and lawmakers spent months arguing over crop insurance and payments.\nBy Tom Hale",
            "Senate Passes Farm Bill",
            None,
        ),
    ],
)
def test_a_slogan_shares_no_word_with_the_headline(header: str, headline: str, boilerplate: str | None) -> None:
    article = newsparse.parse_article(header + STORY)
    assert article.headline is not None and article.headline.text == headline
    texts = [part.text for part in article.boilerplate]
    assert (boilerplate in texts) if boilerplate else all("Passes" not in t and "Tolls" not in t for t in texts)
