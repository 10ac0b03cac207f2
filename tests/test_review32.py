"""review32 (stop 32): second read of stop 31's merges, and texts in layouts the tests did not
have, written as a new user would write them."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from parts import holds_every_line

HEAD = "Budget plans unveiled\n\nBy Jane Smith\n\n"


# -- a hyphenated title after an inverted cue: the one named is the pronoun's, as with "Finance Minister" --


@pytest.mark.parametrize(
    ("title", "name", "pronoun"),
    [
        ("Vice-President", "Paul Grant", "he"),
        ("Director-General", "Paul Okafor", "he"),
        ("Attorney-General", "Kwame Mensah", "he"),
    ],
)
def test_pronoun_after_an_inverted_cue_with_a_hyphenated_title(title: str, name: str, pronoun: str) -> None:
    text = (
        HEAD
        + "Tom Berg and Ana Ortiz met on Monday at City Hall to discuss the budget.\n\n"
        + f'Prices will rise next year, said {title} {name}. "We have no choice," {pronoun} said.\n'
    )
    article = ArticleParser().parse(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("Prices will rise next year", name),
        ("We have no choice,", name),
    ]
    assert holds_every_line(article)


# -- a company noun before a firm's name of two names and an ampersand: the firm speaks, not its second name --


@pytest.mark.parametrize(
    ("sentence", "mention", "firm"),
    [
        ("Law firm Baker & Hale said it would appeal the ruling on Monday.", "Law firm Baker & Hale", "Baker & Hale"),
        ("The law firm Marsh & Dunne said it would appeal the ruling.", "The law firm Marsh & Dunne", "Marsh & Dunne"),
        ("Retailer Marks & Spencer said it would close 20 stores next year.", "Retailer Marks & Spencer", "Marks & Spencer"),
        ("The insurer Cole & Bright said claims had doubled since the floods.", "The insurer Cole & Bright", "Cole & Bright"),
    ],
)
def test_company_noun_before_an_ampersand_firm(sentence: str, mention: str, firm: str) -> None:
    article = ArticleParser().parse(HEAD + sentence + "\n")
    [quote] = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == (mention, firm)


# -- a sentence that opens with a word in -ing, one noun and a firm's name: the firm speaks ----------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Shipping giant Maersk said it would cut 500 jobs next year.", "Maersk"),
        ("Clothing retailer Zara said it would close 40 stores in Spain.", "Zara"),
        ("Accounting giant Ernst & Young said it would cut 500 jobs next year.", "Ernst & Young"),
        ("Running back Tom Berg said he would retire at the end of the season.", "Tom Berg"),
    ],
)
def test_word_in_ing_and_a_noun_before_a_name_is_no_participle_clause(sentence: str, speaker: str) -> None:
    article = ArticleParser().parse(HEAD + sentence + "\n")
    [quote] = article.quotes
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.text == sentence.split(" said ", 1)[1].rstrip(".")
