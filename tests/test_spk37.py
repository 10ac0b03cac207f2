"""Speakers left open (spk37): a title's portfolio and name before a setting after an inverted
cue, a name set off after a portfolio of several words, a bare noun for people joined to a body's
name, and a reported clause whose verb is ``cannot``.  Invented stories; each row is the text and
exactly what must come out."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# after an inverted cue, a title, its portfolio and a name that opens with a known given name run
# on to a setting in lower case ("in a statement", "at a briefing"); with no known given name
# before the setting the title alone stays, as it did
SETTINGS = [
    ('"Costs are rising faster than wages," said Minister for Finance Jack Chambers in a statement.',
     [("Costs are rising faster than wages,", "Jack Chambers", "Minister for Finance Jack Chambers")]),
    ('"The river is cleaner than it was a decade ago," said Minister for the Environment Eamon Ryan at a briefing in Galway.',
     [("The river is cleaner than it was a decade ago,", "Eamon Ryan",
       "Minister for the Environment Eamon Ryan")]),
    ('"We will sign the agreement next month," said Minister for Foreign Affairs and Trade Penny Wong during a visit to Jakarta.',
     [("We will sign the agreement next month,", "Penny Wong", "Minister for Foreign Affairs and Trade Penny Wong")]),
    # control (kills the mutant that drops with_portfolio's role-noun check): a role noun in the portfolio
    ('"Help is coming," said Adviser for Trade Secretary Liam Fox in a statement.',
     [("Help is coming,", "Adviser", "Adviser")]),
]


@pytest.mark.parametrize(("text", "expected"), SETTINGS)
def test_a_portfolio_and_name_run_on_to_a_setting(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a name set off after a title and its portfolio of several words (joined by "and", "of") is the
# speaker, as after "the environment secretary,"; a role for a person's name keeps the role
SET_OFF = [
    ('"The deal is done," said the Minister for Foreign Affairs and Trade, Penny Wong.',
     [("The deal is done,", "Penny Wong", "Penny Wong")]),
    ('"The reforms will go ahead in April," said the Secretary of State for Work and Pensions, Liz Kendall.',
     [("The reforms will go ahead in April,", "Liz Kendall", "Liz Kendall")]),
    ('"No hospital will close," said the Minister for Health, Stephen Donnelly.',
     [("No hospital will close,", "Stephen Donnelly", "Stephen Donnelly")]),
    # control (a portfolio with no name after it stays the speaker, the title's words whole)
    ('"The deal is done," said the Minister for Foreign Affairs and Trade.',
     [("The deal is done,", "the Minister for Foreign Affairs and Trade", "the Minister for Foreign Affairs and Trade")]),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF)
def test_a_name_set_off_after_a_portfolio_speaks(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a noun for people with no article after an inverted cue, joined by "at" or "from" to a body's
# name that closes the sentence, speaks as a whole, as it does before the cue; a setting after the
# noun ("at a meeting in Geneva", "at home") names no body and no speaker comes of it
AFFILIATIONS = [
    ('"The ice shelf is thinning faster than any model predicted," said researchers at the University of Cape Town.',
     [("The ice shelf is thinning faster than any model predicted,",
       "researchers at the University of Cape Town", "researchers at the University of Cape Town")]),
    ('"Two of the patients went home on Friday," said doctors from Groote Schuur Hospital.',
     [("Two of the patients went home on Friday,",
       "doctors from Groote Schuur Hospital", "doctors from Groote Schuur Hospital")]),
    ("The drought will last into next year, said scientists at the university.",
     [("The drought will last into next year", "scientists at the university", "scientists at the university")]),
    # controls: a place in lower case, no body (kills the mutant that drops bare_noun_affiliation's
    # is_org_word check); an article keeps the phrase as it was (kills the one that drops its
    # determiner check)
    ('"The ice shelf is thinning fast," said researchers at home.',
     [("The ice shelf is thinning fast,", None, None)]),
    ('"The ice shelf is thinning fast," said a researcher at the University of Cape Town.',
     [("The ice shelf is thinning fast,", "a researcher", "a researcher")]),
]


@pytest.mark.parametrize(("text", "expected"), AFFILIATIONS)
def test_a_bare_noun_joined_to_a_body_speaks(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# "cannot" is a finite verb: the bare clause after "said" is reported, its subject the speaker
CANNOT = [
    ("Mark Carney spoke to reporters in Ottawa on Tuesday. He said prices cannot rise forever.",
     [("prices cannot rise forever", "Mark Carney", "He")]),
    ("The union met the board on Monday. Its leader, Ana Ruiz, said members cannot accept the offer.",
     [("members cannot accept the offer", "Ana Ruiz", "Ana Ruiz")]),
    ("Farmers say rents cannot keep rising, according to a survey by the co-operative.",
     [("rents cannot keep rising", "Farmers", "Farmers")]),
]


@pytest.mark.parametrize(("text", "expected"), CANNOT)
def test_a_clause_with_cannot_is_reported(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a title and its portfolio right before a name set off by commas before the cue belong to the
# name's phrase ("Minister for Housing Clare Dunne, speaking in Cork, said": never "Housing Clare
# Dunne"), whatever the portfolio's words; a comma between the portfolio and the name keeps the
# name alone
OPENING = [
    ("Minister for Housing Clare Dunne, speaking in Cork, said the scheme would open in June.",
     [("the scheme would open in June", "Clare Dunne", "Minister for Housing Clare Dunne")]),
    ("Minister for Foreign Affairs and Trade Penny Wong, speaking in Jakarta, said the talks would resume.",
     [("the talks would resume", "Penny Wong", "Minister for Foreign Affairs and Trade Penny Wong")]),
    ("Minister for Rural Development Heather Humphreys, visiting a farm in Monaghan, said the grants were ready.",
     [("the grants were ready", "Heather Humphreys", "Minister for Rural Development Heather Humphreys")]),
    # control (kills the mutant that drops with_portfolio_title's check for a comma between)
    ("The Minister for Foreign Affairs and Trade, Penny Wong, said the talks would resume in March.",
     [("the talks would resume in March", "Penny Wong", "Penny Wong")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENING)
def test_a_title_and_portfolio_open_a_name_set_off_before_the_cue(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
