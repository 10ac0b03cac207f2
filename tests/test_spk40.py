"""Wrong speakers a reading of quote-corpus misses (spk40) traced to general grammar: a clause
joined by ``but``/``while`` whose coordinated subject opens with ``both`` or with a place before a
title, the name that speaks in a relative clause after a noun that names no one (``in a way Ana
Ortiz slammed as "..."``), a sentence that opens with a capitalised subordinator after an
abbreviation's point (``the U.S. While ...``), a sentence of attribution alone before a quotation
(``X said in a statement. "..."``), and a quotation inside the subject's relative clause.
Invented stories; each row is the text and exactly what must come out: ``(quoted words, speaker's
name, speaker's mention)``."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import article_speakers
from quote_cases import speaker_rows as quotes_of

# a second clause after ", but|while" whose subject is joined by "and" and opens with "both", or
# with capitalised words before a title that the subject's word limit left out, has its own
# speaker: the first clause's reported words end before it
JOINED_CLAUSES = [
    ("The union's leaflet claims that the depot will close, but both the Transport Ministry and Harbour Council "
     "said Friday that no decision had been taken.",
     [("the depot will close", "The union's leaflet", "The union's leaflet"),
      ("no decision had been taken", "Transport Ministry and Harbour Council",
       "the Transport Ministry and Harbour Council")]),
    ("Early reports suggested the fire began in the kitchen, but both the Coast Guard and Harbour Police said "
     "on Tuesday that it started in a storage room.",
     [("the fire began in the kitchen", "Early reports", "Early reports"),
      ("it started in a storage room", "Coast Guard and Harbour Police", "the Coast Guard and Harbour Police")]),
    ("The club's statement said the coach had resigned, while Cork Councillor Ana Ortiz and Kerry Sen. Tom Berg "
     "insisted he had been sacked.",
     [("the coach had resigned", "The club's statement", "The club's statement"),
      ("he had been sacked", "Ana Ortiz and Tom Berg", "Councillor Ana Ortiz and Kerry Sen. Tom Berg")]),
    ("The airline said all flights would run, while Texas Sen. Ana Ortiz and Ohio Rep. Tom Berg warned that "
     "strikes were likely.",
     [("all flights would run", "The airline", "The airline"),
      ("strikes were likely", "Ana Ortiz and Tom Berg", "Sen. Ana Ortiz and Ohio Rep. Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_CLAUSES)
def test_a_joined_clause_with_a_coordinated_subject_has_its_own_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a name right after an article and a noun that names no one ("in a way", "the fashion") is the
# subject of a relative clause with no pronoun: it alone speaks, never the words before it
NAME_AFTER_THING = [
    ("After months of refusing to apologise for moving harbour funds and handling public contracts in a way "
     "Auditor Ana Ortiz slammed as “extremely careless,” the mayor has changed his tone.",
     [("extremely careless,", "Ana Ortiz", "Auditor Ana Ortiz")]),
    ("The board ran the fund in the fashion Treasurer Tom Berg described as “reckless and secretive” until May.",
     [("reckless and secretive", "Tom Berg", "Treasurer Tom Berg")]),
    ("The ferry company kept cutting sailings and raising fares in a way Councillor Ana Ortiz called "
     "“a slow betrayal of the islands.”",
     [("a slow betrayal of the islands.", "Ana Ortiz", "Councillor Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_AFTER_THING)
def test_the_name_after_a_thing_speaks_in_its_relative_clause(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# after an abbreviation's point ("U.S.", "U.K.", "p.m."), a capitalised subordinator or "But"
# with a word in lower case right after it or after the next word opens a sentence: the earlier
# sentence's subject and verb never speak for a quotation in the new one
SENTENCE_AFTER_ABBREVIATION = [
    ("Last week, Tom Berg called to ban cruise ships from the U.S. While the mayor has condemned the plan, the "
     "groups who wrote to her on Thursday say they are “deeply worried about the harbour.”",
     [("deeply worried about the harbour.", "the groups", "the groups")]),
    ("In March, Ana Ortiz called for tariffs on steel from the U.K. Although the minister has rejected the "
     "idea, the unions are “furious at the delay.”",
     [("furious at the delay.", None, None)]),
    ("Tom Berg called it a victory shortly after 9 p.m. Although the count was late, the observers remain "
     "“unconvinced by the result.”",
     [("unconvinced by the result.", "the observers", "the observers")]),
    ("The mayor flew home from the U.S. But Ortiz said the trip was “a waste of public money.”",
     [("the trip was “a waste of public money.”", "Ortiz", "Ortiz")]),
    ("Tom Berg praised the trade deal with the U.S. But critics remain “deeply sceptical of the terms.”",
     [("deeply sceptical of the terms.", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_AFTER_ABBREVIATION)
def test_a_capitalised_subordinator_after_an_abbreviation_opens_a_sentence(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# mutation-killing (passes on the base too): kills the mutant of Segmentation.opens_sentence_after
# that drops its OF_WORDS check; "Because of" after "U.S." is a preposition a text put back from
# capitals left capitalised, and the sentence goes on to its attribution
def test_a_capitalised_preposition_after_an_abbreviation_opens_no_sentence() -> None:
    text = ("The minister has cancelled a trip to the U.S. Because of the strike at the port, her office said.")
    assert quotes_of(text) == [
        ("The minister has cancelled a trip to the U.S. Because of the strike at the port", "her office", "her office")
    ]


# a sentence that is only an attribution (a speaker set off after a name or opening the sentence,
# one cue, at most an object or an adverbial before its full stop) attributes the quotation
# that fills the next sentence: the full stop stands where a colon belongs
BARE_ATTRIBUTIONS = [
    ("Ana Ortiz, the harbour master, said in a statement. “There are no boats left to inspect. The fleet has "
     "gone south for the winter.”",
     [("There are no boats left to inspect. The fleet has gone south for the winter.", "Ana Ortiz", "Ana Ortiz")]),
    ("The council was silent on Thursday. Tom Berg, the spokesman for the Harbour Party said in a statement. "
     "“There are no ballots to recount. Monday’s vote was a unique event.”",
     [("There are no ballots to recount. Monday’s vote was a unique event.", "Tom Berg",
       "the spokesman for the Harbour Party")]),
    ("Ana Ortiz, a fisherman's daughter, told reporters on the quay. “We have nothing left to sell. The cold "
     "store has been empty since March.”",
     [("We have nothing left to sell. The cold store has been empty since March.", "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_ATTRIBUTIONS)
def test_a_sentence_of_attribution_alone_attributes_the_quotation_after_it(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a relative clause set off after the subject may hold a quotation with its own commas (one that
# introduces it, one inside its closing mark): the subject before the clause still speaks the
# quotation after the cue
QUOTED_RELATIVES = [
    ("Ana Ortiz, who hugged the mayor while wearing a scarf bearing the words, “Harbour for all,” shouted, "
     "“In three days, let’s win this!”",
     [("Harbour for all,", None, None), ("In three days, let’s win this!", "Ana Ortiz", "Ana Ortiz")]),
    ("Tom Berg, who carried a placard reading, “Save the pier,” yelled, “The council has sold us down the river!”",
     [("Save the pier,", None, None), ("The council has sold us down the river!", "Tom Berg", "Tom Berg")]),
    ("The fisherman, who had written the words “Not for sale,” on his boat, said, “They will have to drag me off it.”",
     [("Not for sale,", None, None), ("They will have to drag me off it.", "The fisherman", "The fisherman")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_RELATIVES)
def test_a_quotation_inside_the_subjects_relative_clause_keeps_the_subject(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a verb of UNINVERTED_VERBS ("told", "assured") right after a quotation inside the subject's own
# words is never inverted: the phrase after it is the one told, never the speaker
TOLD_AFTER_QUOTATION = [
    ("Ana Ortiz, who arrived in a T-shirt printed with “Harbour for all,” told the crowd, “We start tomorrow.”",
     [("Harbour for all,", None, None), ("We start tomorrow.", "Ana Ortiz", "Ana Ortiz")]),
    ("Ana Ortiz, who wore a badge reading “Save the pier,” told the meeting, “We start tomorrow.”",
     [("Save the pier,", None, None), ("We start tomorrow.", "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AFTER_QUOTATION)
def test_the_one_told_after_a_quotation_is_no_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def test_the_one_told_after_a_quotation_in_a_whose_clause_is_no_speaker() -> None:
    text = "Tom Berg, whose banner read “Pier or bust,” told the council, “You have until Friday.”"
    assert article_speakers(text) == [None, "Tom Berg"]
