"""Speaker rules of stop 24 (issue 5), each beside its near-misses: quoted words describe no one,
and a short paragraph about someone quoted before gives the next paragraph's pronoun."""

from __future__ import annotations

import pytest
from tests.quote_cases import SpeakerRow, speaker_rows

HOLDER = '"We acted within the law," Eric Holder said.'
SANDERS = '"Wall Street runs this town," Bernie Sanders said.'

# a person noun inside the quotation that opens the pronoun's paragraph describes no one there
QUOTED_WORDS = [
    ('"It is done," Ana Ortiz said.\n\n"No farmer will be left behind," she said.',
     [("It is done,", "Ana Ortiz", "Ana Ortiz"), ("No farmer will be left behind,", "Ana Ortiz", "she")]),
    ('Tom Berg said the money would be released.\n\n"Every mother in this town will thank us," he said.',
     [("the money would be released", "Tom Berg", "Tom Berg"), ("Every mother in this town will thank us,", "Tom Berg", "he")]),
    # near-miss: a person described outside the marks still makes the pronoun unsure
    ('"It is done," Ana Ortiz said.\n\nThe farmer\'s wife wept. "No one will be left behind," she said.',
     [("It is done,", "Ana Ortiz", "Ana Ortiz"), ("No one will be left behind,", "she", "she")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_WORDS)
def test_a_person_noun_inside_quotation_marks_describes_no_one(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# a short paragraph that opens with someone quoted before, right before the pronoun's paragraph
SHORT_PARAGRAPHS = [
    (f"{SANDERS}\n\n{HOLDER}\n\nSanders was not impressed.\n\n\"No banker has gone to jail,\" he said.",
     "Bernie Sanders"),
    (f"{SANDERS}\n\n{HOLDER}\n\nBernie Sanders shook his head.\n\n\"No banker has gone to jail,\" he said.",
     "Bernie Sanders"),
    (f"{SANDERS}\n\n{HOLDER}\n\nSen. Sanders was not impressed.\n\n\"No banker has gone to jail,\" he said.",
     "Bernie Sanders"),
    ('"The port stays shut," Mayor Ana Ortiz said.\n\n"We will sue," Tom Berg said.\n\nOrtiz did not back down.\n\n'
     '"Sue away," she said.', "Ana Ortiz"),
    # near-misses: the last speaker stays
    # (the one the short paragraph opens with was never quoted)
    (f"{HOLDER}\n\nBernie Sanders was not impressed.\n\n\"No banker has gone to jail,\" he said.", "Eric Holder"),
    # (the paragraph names someone else too)
    (f"{SANDERS}\n\n{HOLDER}\n\nSanders was not impressed, Holder's aides said.\n\n\"No banker has gone to jail,\" he said.",
     "Eric Holder"),
    # (of the other gender)
    ('"The port stays shut," Mrs. Ana Ortiz said.\n\n"We will sue," Tom Berg said.\n\nOrtiz did not back down.\n\n'
     '"Sue away," he said.', "Tom Berg"),
    # (in the possessive)
    (f"{SANDERS}\n\n{HOLDER}\n\nSanders's aides were not impressed.\n\n\"No banker has gone to jail,\" he said.", "Eric Holder"),
    # (no sentence: a line of page furniture)
    (f"{SANDERS}\n\n{HOLDER}\n\nBernie Sanders Video\n\n\"No banker has gone to jail,\" he said.", "Eric Holder"),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_PARAGRAPHS)
def test_a_short_paragraph_about_someone_quoted_before_gives_the_pronoun(text: str, expected: str) -> None:
    *_, (quoted, name, mention) = speaker_rows(text)
    assert quoted in ("No banker has gone to jail,", "Sue away,")
    assert name == expected
    assert mention in ("he", "she")


def test_a_wrapped_line_is_no_short_paragraph() -> None:
    # a wire story's wrapped lines (indented paragraphs, bare line breaks): the last line of a
    # paragraph is no paragraph of its own
    text = (
        '    "We acted within the law," said Eric Holder.\n'
        '    "Wall Street runs this town," Bernie Sanders said, and\n'
        'Holder was not impressed.\n'
        '    "No banker has gone to jail," he said.\n'
    )
    rows = speaker_rows(text)
    assert rows[-1][1] == "Bernie Sanders"


# a name set off after "whose" and a role speaks for the relative clause, never the owner; a
# firm's name joined by "and" before a role is no second speaker
NAMES = [
    ("Investors welcomed the news from Orbis Ltd, whose chief executive, Karl Meyer, said profits would double.",
     [("profits would double", "Karl Meyer", "Karl Meyer")]),
    ("The plan came from Ana Ortiz, whose lawyer, Tom Berg, said it was legal.",
     [("it was legal", "Tom Berg", "Tom Berg")]),
    # near-misses: a clause of its own after "whose" (its subject speaks), or no name set off
    ("Tom Cross, whose investor group includes his wife, Mary, said they hold 6 pct of the shares.",
     [("they hold 6 pct of the shares", "Tom Cross", "Tom Cross")]),
    ("Ana Ortiz, whose lawyer is Tom Berg, said the plan was legal.",
     [("the plan was legal", "Ana Ortiz", "Ana Ortiz")]),
    ("Marks and Spencer chairman Archie Norman said sales rose.",
     [("sales rose", "Archie Norman", "Marks and Spencer chairman Archie Norman")]),
    ("Memphis Light, Gas and Water spokesperson Dana Whitfield said power would be back by noon.",
     [("power would be back by noon", "Dana Whitfield", "Memphis Light, Gas and Water spokesperson Dana Whitfield")]),
    # near-misses: two people joined
    ("Ana Ortiz said the port would close. Ana Ortiz and Nordwind chief executive Ola Berg said sales rose.",
     [("the port would close", "Ana Ortiz", "Ana Ortiz"),
      ("sales rose", "Ana Ortiz and Ola Berg", "Ana Ortiz and Nordwind chief executive Ola Berg")]),
    ("Tom Berg and Mayor Ana Ortiz said sales rose.", [("sales rose", "Tom Berg and Ana Ortiz", "Tom Berg and Mayor Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_the_name_a_speaker_phrase_gives(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected
