"""The reporter's setting after a closing attribution: a comma and a preposition (``..., the
company said on Tuesday, during a call with analysts.``) or a conjunction and a participle
(``..., said the mayor while visiting the harbour.``) after the speaker does not make the words
before anything but what was said.  Invented stories; each row is the text and exactly what
must come out (the control rows keep readings the rule must not change)."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# a comma, maybe a day, then a preposition of the setting with no finite verb close behind it
COMMA_SETTING = [
    ("Revenue fell 8 percent in the third quarter, the chipmaker said on Wednesday, during a call with investors.",
     [("Revenue fell 8 percent in the third quarter", "the chipmaker", "the chipmaker")]),
    ("The strike will go ahead next week, union leader Kofi Mensah said Friday, in a statement to members.",
     [("The strike will go ahead next week", "Kofi Mensah", "union leader Kofi Mensah")]),
    ("Water rationing could last until March, the utility said on Thursday, at a briefing in Pretoria.",
     [("Water rationing could last until March", "the utility", "the utility")]),
    ("The ferry timetable will be cut from May, Councillor Aoife Byrne said Monday, at a meeting in Cobh.",
     [("The ferry timetable will be cut from May", "Aoife Byrne", "Councillor Aoife Byrne")]),
]

# a conjunction and a participle of the reporter's (none of PARTICIPLES), maybe after a comma
CONJUNCTION_SETTING = [
    ("The pier will reopen in the spring, said the port director while touring the damaged jetty.",
     [("The pier will reopen in the spring", "the port director", "the port director")]),
    ("Two more wards will close by June, the health minister said while visiting a clinic in Kisumu.",
     [("Two more wards will close by June", "the health minister", "the health minister")]),
    ("The deal is good for both clubs, Marta Souza said on Monday, before boarding a flight to Lisbon.",
     [("The deal is good for both clubs", "Marta Souza", "Marta Souza")]),
    # (the setting ends at its comma: a later cue has its own words)
    ("Fares must rise, Mr Dlamini said after meeting union officials, because he said the subsidy had run out.",
     [("Fares must rise", "Dlamini", "Mr Dlamini"), ("the subsidy had run out", "Dlamini", "he")]),
    ("Nobody on the island wants the wind farm, said Hamish Gillies when addressing the community council.",
     [("Nobody on the island wants the wind farm", "Hamish Gillies", "Hamish Gillies")]),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_SETTING + CONJUNCTION_SETTING)
def test_the_reporters_setting_after_a_closing_attribution(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# controls (pass on the base too): a finite verb after the preposition is a clause of its own,
# and a speech participle after the conjunction is speech of its own: no setting is read
CONTROLS = [
    ("The pier will reopen in May, Ana Ortiz said Tuesday, in a sign that talks had stalled.", []),
    ("The pier will reopen in May, Ana Ortiz said Tuesday, while adding that the cost was high.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_no_setting_where_a_clause_or_speech_follows(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
