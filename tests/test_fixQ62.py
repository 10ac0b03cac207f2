"""Lost English speakers of the round-62 trials (issue 5): a described person by an age and a
country or an age and a role with its ``of`` phrase, as the article introduced one person; a
preposition's object in a fronted phrase is no pronoun's rival; a title in the plural before a
list is no word of its first name; a document's origin after an
inverted cue is part of the speaker's phrase; a firm's name joined by ``and`` before a role of two words is one owner, the role's holder speaks.
Each row: the article, then every quote as ``(text, kind, speaker's name, speaker's mention)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

TRIAL = "MADRID (AP) — The fraud trial resumed on Tuesday in the capital.\n\n"
MARKET = "NEW YORK (AP) — Shares in consumer goods makers rose on Tuesday.\n\n"
WRONG = '"I did nothing wrong," the 38-year-old '
RENT = '"We cannot pay the rent," the 44-year-old father of three said.'
GROW = '"Sales will grow next year," said '
SALES = "Sales will grow next year,"
RECALLED = '"The ambassador has been recalled," '

ROWS: list[tuple[str, list[MentionRow]]] = [
    # -- 1: an age and a nationality noun or adjective: the one person introduced with both -------------
    (TRIAL + "Carlos Ruiz, 38, of Spain, was charged with fraud last year.\n\n" + WRONG + "Spaniard said.",
     [("I did nothing wrong,", D, "Carlos Ruiz", "the 38-year-old Spaniard")]),
    (TRIAL + "Police named the driver as Peter Kamau, 29, from Kenya.\n\n"
     '"I was scared," the 29-year-old Kenyan told reporters.',
     [("I was scared,", D, "Peter Kamau", "the 29-year-old Kenyan")]),
    (TRIAL + "Carlos Ruiz, 38, was charged. Luis Gil, 38, a Spaniard, was charged too.\n\n" + WRONG + "Spaniard said.",
     [("I did nothing wrong,", D, "Luis Gil", "the 38-year-old Spaniard")]),
    # a nationality noun set off after the name, no age: that person
    (TRIAL + 'Carlos Ruiz, a Spaniard, was charged last year.\n\n"I did nothing wrong," the Spaniard said.',
     [("I did nothing wrong,", D, "Carlos Ruiz", "the Spaniard")]),
    # must not change: the country told of no one; two of that age and country; the age of no one
    # the one Spaniard, of no age told, is the aged Spaniard too (as "the Spaniard" reads him; merged round)
    (TRIAL + "Carlos Ruiz, a Spaniard, was charged with fraud last year.\n\n" + WRONG + "Spaniard said.",
     [("I did nothing wrong,", D, "Carlos Ruiz", "the 38-year-old Spaniard")]),
    (TRIAL + "Carlos Ruiz, 38, was charged with fraud last year.\n\n" + WRONG + "Spaniard said.",
     [("I did nothing wrong,", D, "the 38-year-old Spaniard", "the 38-year-old Spaniard")]),
    (TRIAL + "Carlos Ruiz, 38, of Spain, and Luis Gil, 38, a Spaniard, were charged.\n\n" + WRONG + "Spaniard said.",
     [("I did nothing wrong,", D, "the 38-year-old Spaniard", "the 38-year-old Spaniard")]),
    (TRIAL + "Carlos Ruiz, 41, of Spain, was charged with fraud last year.\n\n" + WRONG + "Spaniard said.",
     [("I did nothing wrong,", D, "the 38-year-old Spaniard", "the 38-year-old Spaniard")]),
    (TRIAL + "Carlos Ruiz, 38, of Spain, was charged with fraud last year.\n\n" + WRONG + "Kenyan said.",
     [("I did nothing wrong,", D, "the 38-year-old Kenyan", "the 38-year-old Kenyan")]),
    # -- 1: an age, a role and its "of" phrase, all told after the name -------------------------------
    (TRIAL + "Mark Dunn, 44, a father of three, lost his job in May.\n\n" + RENT,
     [("We cannot pay the rent,", D, "Mark Dunn", "the 44-year-old father of three")]),
    # must not change: another "of" phrase after the name; the role told of someone not that age
    (TRIAL + "Mark Dunn, 44, a father of two, lost his job in May.\n\n" + RENT,
     [("We cannot pay the rent,", D, "the 44-year-old father of three", "the 44-year-old father of three")]),
    (TRIAL + "Mark Dunn, 44, lost his job. Eva Hall, a father of three, lost hers.\n\n" + RENT,
     [("We cannot pay the rent,", D, "the 44-year-old father of three", "the 44-year-old father of three")]),
    # -- 2: a name that is a preposition's object in a phrase fronted before a pronoun: never its referent
    (TRIAL + "Jane Cole, 41, denies fraud.\n\nShe told the jury she had kept the accounts for ten years.\n\n"
     "Under cross-examination by Anne Hale KC, she admitted that she had lied to police.",
     [("she had kept the accounts for ten years", R, "Jane Cole", "She"), ("she had lied to police", R, "Jane Cole", "she")]),
    (MARKET + "Tom Berg defended the budget on Monday. The cuts were needed, he said.\n\n"
     "Asked by reporter Sam Hale about the cuts, he said the schools would be spared.",
     [("The cuts were needed", R, "Tom Berg", "he"), ("the schools would be spared", R, "Tom Berg", "he")]),
    # must not change: a name as the subject of a clause before the pronoun's, no phrase fronted: no one sure
    (MARKET + "Tom Berg defended the budget on Monday. The cuts were needed, he said.\n\n"
     "Sam Hale spoke to Ed Lee, and he said the schools would be spared.",
     [("The cuts were needed", R, "Tom Berg", "he"), ("the schools would be spared", R, "he", "he")]),
    # -- 3: a title in the plural before a list of names is no word of the first name
    (TRIAL + "Mayors Koen Daems and Els Roos said the bridge must be rebuilt.",
     [("the bridge must be rebuilt", R, "Koen Daems and Els Roos", "Mayors Koen Daems and Els Roos")]),
    (TRIAL + "Mayors Koen Daems of Mechelen and Els Roos of Lier said the bridge must be rebuilt.",
     [("the bridge must be rebuilt", R, "Koen Daems and Els Roos", "Daems of Mechelen and Els Roos of Lier")]),
    (TRIAL + "Senators Ortiz and Berg said the bill would pass.",
     [("the bill would pass", R, "Ortiz and Berg", "Senators Ortiz and Berg")]),
    # must not change: a surname that ends like a plural, first in the list
    (TRIAL + "Masters and Johnson said the study was flawed.",
     [("the study was flawed", R, "Masters and Johnson", "Masters and Johnson")]),
    # -- 4: a document and its origin after an inverted cue: the whole, as before the cue
    (TRIAL + RECALLED + "said a statement from the Congolese embassy.",
     [("The ambassador has been recalled,", D, "a statement from the Congolese embassy", "a statement from the Congolese embassy")]),
    (TRIAL + RECALLED + "said a statement from the ministry on Monday.",
     [("The ambassador has been recalled,", D, "a statement from the ministry", "a statement from the ministry")]),
    (TRIAL + RECALLED + "a statement from the Congolese embassy said.",
     [("The ambassador has been recalled,", D, "a statement from the Congolese embassy", "a statement from the Congolese embassy")]),
    # must not change: a place after the origin word; a role's post-modifier
    (TRIAL + RECALLED + "said a letter from Lyon.", [("The ambassador has been recalled,", D, "a letter", "a letter")]),
    (TRIAL + RECALLED + "said a spokesman for the Dutch foreign ministry.",
     [("The ambassador has been recalled,", D, "a spokesman for the Dutch foreign ministry",
       "a spokesman for the Dutch foreign ministry")]),
    # -- 6: a firm's two names joined by "and", then a role of two words: its holder speaks ------------
    (MARKET + GROW + "Procter and Gamble chief executive Ana Ruiz.",
     [(SALES, D, "Ana Ruiz", "Procter and Gamble chief executive Ana Ruiz")]),
    (MARKET + GROW + "Johnson and Johnson finance director Tom Berg.",
     [(SALES, D, "Tom Berg", "Johnson and Johnson finance director Tom Berg")]),
    (MARKET + GROW + "Procter and Gamble chief executive officer Ana Ruiz.",
     [(SALES, D, "Ana Ruiz", "Procter and Gamble chief executive officer Ana Ruiz")]),
    (MARKET + "Procter and Gamble finance director Ana Ruiz said sales would grow.",
     [("sales would grow", R, "Ana Ruiz", "Procter and Gamble finance director Ana Ruiz")]),
    # must not change: one role word; two people; a person the article named before the role's firm
    (MARKET + GROW + "Acme and Globex chief Ana Ruiz.", [(SALES, D, "Ana Ruiz", "Acme and Globex chief Ana Ruiz")]),
    (MARKET + GROW + "Tom Berg and Ana Ruiz.", [(SALES, D, "Tom Berg and Ana Ruiz", "Tom Berg and Ana Ruiz")]),
    (MARKET + "Mayor Eva Ortiz praised the deal.\n\n" + GROW + "Ortiz and Globex chief executive Ana Ruiz.",
     [(SALES, D, "Eva Ortiz and Ana Ruiz", "Ortiz and Globex chief executive Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fixq62_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected
