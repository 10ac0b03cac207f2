"""PolNeAR speaker misses (spk41) traced to general grammar: a relative clause opened by a preposition
and its relative pronoun after a comma (``..., to which 31 percent said "..."``) has a subject and a
speaker of its own, so the reported words before it end at its comma.  Invented stories; each row is
the text and exactly what must come out: ``(quoted words, speaker's name, speaker's mention)``."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# ", to which|in which|for which ... NP said": the relative pronoun is the preposition's object, so the
# phrase after it is the subject of a clause of its own; the words reported before end at the comma
RELATIVE_CLAUSES = [
    ("A second question asked renters how likely the tram was to open on time, to which 31 percent said "
     "\u201cnot very likely\u201d and 12 percent said \u201cnot at all likely.\u201d",
     [("how likely the tram was to open on time", None, None),
      ("not very likely", "31 percent", "31 percent"),
      ("not at all likely.", "12 percent", "12 percent")]),
    ("Councillor Ana Ortiz said the harbour plan was a waste of money, to which Mayor Tom Berg replied that it "
     "would pay for itself within a decade.",
     [("the harbour plan was a waste of money", "Ana Ortiz", "Councillor Ana Ortiz"),
      ("it would pay for itself within a decade", "Tom Berg", "Mayor Tom Berg")]),
    ("Ruth Kendal told the board the depot needed a new manager, for which the finance office said there was "
     "no money left this year.",
     [("the depot needed a new manager", "Ruth Kendal", "Ruth Kendal"),
      ("there was no money left this year", "the finance office", "the finance office")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSES)
def test_a_relative_clause_after_a_preposition_has_its_own_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a time phrase of TIME_PHRASES ("that night", "that evening") between a cue and the next clause's
# subject is no word of that subject's name: the inner speaker's mention starts after it
TIME_BEFORE_NAME = [
    ("The Harbour Herald reported that night former mayor Ruiz testifies budget was rigged.",
     [("budget was rigged", "Ruiz", "former mayor Ruiz")]),
    ("Local radio reported that evening Ruiz said the ferry budget was unworkable.",
     [("the ferry budget was unworkable", "Ruiz", "Ruiz")]),
    ("Station staff said that morning Councillor Tom Berg warned the pier would have to close.",
     [("the pier would have to close", "Tom Berg", "Councillor Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_BEFORE_NAME)
def test_a_time_phrase_before_the_next_clause_is_no_part_of_its_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a capitalised stop word alone between a quotation that closes with a comma and its cue is a
# surname ("...," From said): nothing but a speaker stands there; the pronouns and quantifiers
# that may stand there keep their own readings
SURNAME_AFTER_QUOTATION = [
    ("Saul From ran the party's policy council for a decade. \"We needed the banks for investment,\" From said.",
     [("We needed the banks for investment,", "From", "From")]),
    ("Critics saw the council as \"a club for donors,\" From said on Tuesday.",
     [("a club for donors,", "From", "From")]),
    ("\u201cThe river is higher than it has been in forty years,\u201d Over said, pointing at the gauge.",
     [("The river is higher than it has been in forty years,", "Over", "Over")]),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_AFTER_QUOTATION)
def test_a_stop_word_alone_between_a_quotation_and_its_cue_is_a_surname(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
