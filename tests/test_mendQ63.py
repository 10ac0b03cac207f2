"""Wrong speakers and sources of round 63 (issue 5): an age before the comma that opens an
appositive's name is that person's; a pronoun after a last speaker of no gender shown, with
someone titled of its gender named just before, stays as written; one lower-case outlet noun alone
after the agent word of a passive quoting cue (``was quoted as saying by radio``) is the means,
never the quote's source, and a capitalised outlet with no ``that`` ends before the words.
Each row: the article, then every quote as ``(text, speaker's name, mention)`` or
``(text, speaker's name, source)``."""

from __future__ import annotations

import pytest

from quote_cases import SourcedRow, SpeakerRow, sourced_rows, speaker_rows

HALL = "CARDIFF, Wales (AP) — The council met on Tuesday to vote on the bus plan.\n\n"
BUSES = '"We need more buses," the 58-year-old councillor said.'
SPOKE = "We need more buses,"

# an age told before the comma that opens an appositive's name is that person's: another age is someone else
AGES: list[tuple[str, list[SpeakerRow]]] = [
    (HALL + "A 41-year-old, councillor Bryn Price, spoke first.\n\n" + BUSES,
     [(SPOKE, "the 58-year-old councillor", "the 58-year-old councillor")]),
    (HALL + "The 41-year-old, Bryn Price, spoke first.\n\n" + BUSES,
     [(SPOKE, "the 58-year-old councillor", "the 58-year-old councillor")]),
    # must not change: the same age; no age; no comma closing the name (no appositive); the age of someone else
    (HALL + "A 58-year-old, councillor Bryn Price, spoke first.\n\n" + BUSES,
     [(SPOKE, "Bryn Price", "the 58-year-old councillor")]),
    (HALL + "Councillor Bryn Price spoke first.\n\n" + BUSES, [(SPOKE, "Bryn Price", "the 58-year-old councillor")]),
    (HALL + "A 41-year-old, councillor Bryn Price spoke first.\n\n" + BUSES,
     [(SPOKE, "Bryn Price", "the 58-year-old councillor")]),
    (HALL + "The crowd cheered a 41-year-old, and councillor Bryn Price, who chairs the board, spoke.\n\n" + BUSES,
     [(SPOKE, "Bryn Price", "the 58-year-old councillor")]),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_age_before_an_appositive(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, None, "Buses") == expected


BUDGET = "LONDON (Reuters) - The city council met on Tuesday to set the budget.\n\n"
VOTE = '\n\n"We will vote next week," she said.'
WEEK = "We will vote next week,"

# a last speaker of no gender shown, and someone titled of the pronoun's gender named just before: either, left as written
RIVALS: list[tuple[str, list[SpeakerRow]]] = [
    (BUDGET + "Councilwoman Yara Ruiz said the budget was late. Oluwaseun Berg said it was fine." + VOTE,
     [("the budget was late", "Yara Ruiz", "Councilwoman Yara Ruiz"), ("it was fine", "Oluwaseun Berg", "Oluwaseun Berg"),
      (WEEK, "she", "she")]),
    # must not change: the titled one of the other gender; the other pronoun; a last speaker shown by a given
    # name or a title; no title before the earlier name; no one else named
    (BUDGET + "Councilman Tom Ruiz said the budget was late. Oluwaseun Berg said it was fine." + VOTE,
     [("the budget was late", "Tom Ruiz", "Councilman Tom Ruiz"), ("it was fine", "Oluwaseun Berg", "Oluwaseun Berg"),
      (WEEK, "Oluwaseun Berg", "she")]),
    (BUDGET + "Councilwoman Yara Ruiz said the budget was late. Oluwaseun Berg said it was fine." + VOTE.replace("she", "he"),
     [("the budget was late", "Yara Ruiz", "Councilwoman Yara Ruiz"), ("it was fine", "Oluwaseun Berg", "Oluwaseun Berg"),
      (WEEK, "Oluwaseun Berg", "he")]),
    (BUDGET + "Councilwoman Yara Ruiz said the budget was late. Maria Berg said it was fine." + VOTE,
     [("the budget was late", "Yara Ruiz", "Councilwoman Yara Ruiz"), ("it was fine", "Maria Berg", "Maria Berg"),
      (WEEK, "Maria Berg", "she")]),
    (BUDGET + "Councilwoman Yara Ruiz said the budget was late. Councilwoman Oluwaseun Berg said it was fine." + VOTE,
     [("the budget was late", "Yara Ruiz", "Councilwoman Yara Ruiz"),
      ("it was fine", "Oluwaseun Berg", "Councilwoman Oluwaseun Berg"), (WEEK, "Oluwaseun Berg", "she")]),
    (BUDGET + "Yara Ruiz said the budget was late. Oluwaseun Berg said it was fine." + VOTE,
     [("the budget was late", "Yara Ruiz", "Yara Ruiz"), ("it was fine", "Oluwaseun Berg", "Oluwaseun Berg"),
      (WEEK, "Oluwaseun Berg", "she")]),
    (BUDGET + "Oluwaseun Berg said the budget was late." + VOTE,
     [("the budget was late", "Oluwaseun Berg", "Oluwaseun Berg"), (WEEK, "Oluwaseun Berg", "she")]),
    # must not change: the titled one is the last speaker under a shorter name; the last speaker a description
    (BUDGET + "The budget is late, spokesman Piet van Dam said.\n\nIt will pass in May, Van Dam said.\n\n"
     "The council had not considered cuts, he said.",
     [("The budget is late", "Piet van Dam", "spokesman Piet van Dam"), ("It will pass in May", "Van Dam", "Van Dam"),
      ("The council had not considered cuts", "Van Dam", "he")]),
    (BUDGET + '"The budget is fragile," Finance chairman Sen. Paul Grant said.\n\n"We are on thin ice," the Ohio Democrat said.'
     "\n\nHe said borrowing was straining the city.",
     [("The budget is fragile,", "Paul Grant", "Finance chairman Sen. Paul Grant"),
      # (a party word with a place is kept as written, no made-up person "Ohio Democrat": fixQ66b)
      ("We are on thin ice,", "the Ohio Democrat", "the Ohio Democrat"),
      ("borrowing was straining the city", "the Ohio Democrat", "He")]),
]


@pytest.mark.parametrize(("text", "expected"), RIVALS)
def test_titled_rival_of_a_speaker_of_no_gender(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, None, "Budget") == expected


QUOTED_BY: list[tuple[str, list[SourcedRow]]] = [
    # one lower-case outlet noun alone: how the words came, not who carried them (no source; the words after "that")
    ("Defence Minister Lars Holm was quoted as saying by radio that the talks had stalled.",
     [("the talks had stalled", "Lars Holm", None)]),
    ("Defence Minister Lars Holm was quoted as saying by television that the talks had stalled.",
     [("the talks had stalled", "Lars Holm", None)]),
    # a capitalised outlet and no "that": the words start after the outlet
    ("Defence Minister Lars Holm was quoted as saying by Reuters the talks had stalled.",
     [("the talks had stalled", "Lars Holm", "Reuters")]),
    ("Defence Minister Lars Holm was quoted as saying by The Oslo Times the talks had stalled.",
     [("the talks had stalled", "Lars Holm", "The Oslo Times")]),
    ('"The talks have stalled," Defence Minister Lars Holm was quoted as saying by radio.',
     [("The talks have stalled,", "Lars Holm", None)]),
    # must not change: a capitalised outlet; an outlet noun with its modifier or determiner
    ("Defence Minister Lars Holm was quoted as saying by Reuters that the talks had stalled.",
     [("the talks had stalled", "Lars Holm", "Reuters")]),
    ("Defence Minister Lars Holm was quoted as saying by the state broadcaster that the talks had stalled.",
     [("the talks had stalled", "Lars Holm", "the state broadcaster")]),
    ('"The talks have stalled," Defence Minister Lars Holm was quoted as saying by state radio.',
     [("The talks have stalled,", "Lars Holm", "state radio")]),
    ('"The talks have stalled," Defence Minister Lars Holm was quoted as saying by NRK.',
     [("The talks have stalled,", "Lars Holm", "NRK")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_BY)
def test_quoted_by_a_bare_medium(text: str, expected: list[SourcedRow]) -> None:
    assert sourced_rows(text, None, "Talks") == expected
