"""Speaker rules of stop 25 (issue 5), each beside its near-misses: a firm's name joined by an
ampersand is one name, and a firm's name that ends in a possessive speaks before a verb."""

from __future__ import annotations

import pytest
from tests.quote_cases import SpeakerRow, speaker_rows

AMPERSAND = [
    # one firm: neither half is a person, nor the surname of someone named before
    ("Johnson & Johnson said it would appeal the verdict.",
     [("it would appeal the verdict", "Johnson & Johnson", "Johnson & Johnson")]),
    ("Boris Johnson spoke first. Later, Johnson & Johnson said it would appeal.",
     [("it would appeal", "Johnson & Johnson", "Johnson & Johnson")]),
    ("Procter & Gamble said sales rose 3% in the quarter.",
     [("sales rose 3% in the quarter", "Procter & Gamble", "Procter & Gamble")]),
    ("Harland & Wolff said it would hire 300 workers.",
     [("it would hire 300 workers", "Harland & Wolff", "Harland & Wolff")]),
    # near-misses: a role and a name after the firm give the person; "and" joins two people
    ("Ernst & Young partner Ana Ruiz said the audit was complete.",
     [("the audit was complete", "Ana Ruiz", "Ernst & Young partner Ana Ruiz")]),
    ("Procter & Gamble Chief Executive Jon Moeller said sales rose.",
     [("sales rose", "Jon Moeller", "Procter & Gamble Chief Executive Jon Moeller")]),
    ("Cummings and Conyers wrote that the plan was flawed.",
     [("the plan was flawed", "Cummings and Conyers", "Cummings and Conyers")]),
]


@pytest.mark.parametrize(("text", "expected"), AMPERSAND)
def test_a_firm_joined_by_an_ampersand_is_one_name(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


POSSESSIVE = [
    ("McDonald's said it would raise prices in January.",
     [("it would raise prices in January", "McDonald's", "McDonald's")]),
    # "'s" for "has" after a person named before, or after an indefinite or a question word
    ("Tom Berg runs the shop. Berg's said he will close it in May.",
     [("he will close it in May", "Tom Berg", "Berg's")]),
    ("Nobody's said the plan would fail.", []),
    ("Moody's warned that the outlook for the bank was negative.",
     [("the outlook for the bank was negative", "Moody's", "Moody's")]),
    ("Ward's reported on Monday that car sales fell 4 percent.",
     [("car sales fell 4 percent", "Ward's", "Ward's")]),
    ("Ben & Jerry's says its founder had no role in the decision.",
     [("its founder had no role in the decision", "Ben & Jerry's", "Ben & Jerry's")]),
    ('Prices rose again. "We had no choice," Sainsbury\'s said.',
     [("We had no choice,", "Sainsbury's", "Sainsbury's")]),
    # near-misses: a possessive before a noun owns it; a participle before the owned noun; "Let's"
    ("Ana Ortiz's lawyer said she would appeal.",
     [("she would appeal", "Ana Ortiz's lawyer", "Ana Ortiz's lawyer")]),
    ("Putin's alleged involvement in the hack was discussed at length on Monday.", []),
    ("Putin's alleged 2016 interference in the election was the subject of the inquiry.", []),
    ("Tesla's reported Model Y deliveries fell short of forecasts.", []),
    ("Let's say the plan works.", []),
    ("He's said he would resign.", []),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE)
def test_a_firm_whose_name_ends_in_a_possessive_speaks_before_a_verb(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


SUFFIXES = [
    # a company's legal suffix set off by a comma, as press releases open
    ("Halbrook Therapeutics, Inc. (Nasdaq: HLBK) today announced that its drug met its goal.",
     [("its drug met its goal", "Halbrook Therapeutics, Inc.", "Halbrook Therapeutics, Inc.")]),
    ("Acme Holdings, Ltd. said profit rose in the third quarter.",
     [("profit rose in the third quarter", "Acme Holdings, Ltd.", "Acme Holdings, Ltd.")]),
    # near-misses: no comma; a capitalised word that is no suffix after the comma
    ("Acme Holdings Ltd. said profit rose in the third quarter.",
     [("profit rose in the third quarter", "Acme Holdings Ltd.", "Acme Holdings Ltd.")]),
    ("Acme Holdings, Harbour Bank said profit rose in the third quarter.",
     [("profit rose in the third quarter", "Harbour Bank", "Harbour Bank")]),
]


@pytest.mark.parametrize(("text", "expected"), SUFFIXES)
def test_a_company_suffix_after_a_comma_ends_the_name(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


PLACES = [
    # a place between a role and a name set off, read the same way by both rules that read it
    ('A landlord in Surulere, Mrs. Funmilayo Adeleke, said it was unfair. "Who will pay?" she asked.',
     [("it was unfair", "Funmilayo Adeleke", "Mrs. Funmilayo Adeleke"), ("Who will pay?", "Funmilayo Adeleke", "she")]),
    ('A landlord in the Bronx, Mrs. Ada Lee, said it was unfair. "Who will pay?" she asked.',
     [("it was unfair", "Ada Lee", "Mrs. Ada Lee"), ("Who will pay?", "Ada Lee", "she")]),
    # near-miss: words in lower case are no place's name: the pronoun stays as written
    ('A landlord in some old flats, Mrs. Ada Lee, said it was unfair. "Who will pay?" she asked.',
     [("it was unfair", "Ada Lee", "Mrs. Ada Lee"), ("Who will pay?", "she", "she")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_a_place_between_a_role_and_a_name_set_off(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected
