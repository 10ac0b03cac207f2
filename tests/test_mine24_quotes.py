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
    # (the one the short paragraph opens with was never quoted: a newcomer as near as the last speaker,
    # no one sure; fixQ57a, opens_previous_paragraph)
    (f"{HOLDER}\n\nBernie Sanders was not impressed.\n\n\"No banker has gone to jail,\" he said.", "he"),
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


# "according to him": whom "he" would be; "them" only a plural speaker
STRESSED = [
    ('"It is done," Tom Berg said. According to him, the port will reopen in May.',
     [("It is done,", "Tom Berg", "Tom Berg"), ("the port will reopen in May", "Tom Berg", "him")]),
    ('"It is done," the unions said. According to them, the port will reopen in May.',
     [("It is done,", "the unions", "the unions"), ("the port will reopen in May", "the unions", "them")]),
    # near-misses: "them" after one person, and no one before at all: as written
    ('"It is done," Tom Berg said. According to them, the port will reopen in May.',
     [("It is done,", "Tom Berg", "Tom Berg"), ("the port will reopen in May", "them", "them")]),
    ("According to him, the port will reopen in May.", [("the port will reopen in May", "him", "him")]),
]


@pytest.mark.parametrize(("text", "expected"), STRESSED)
def test_a_pronoun_after_according_to_is_whom_its_subject_form_would_be(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# a surname that is also an organisation word ("Park") is the person's when the name stood where a
# person speaks: before a cue, its full stop or an age set off by commas in between
PARK = [
    ('"We lost," Helen Park said. "We will be back," Park said.',
     [("We lost,", "Helen Park", "Helen Park"), ("We will be back,", "Helen Park", "Park")]),
    ('Helen Park, 42, said the team lost. "We will be back," Park said.',
     [("the team lost", "Helen Park", "Helen Park"), ("We will be back,", "Helen Park", "Park")]),
    # near-miss: a place that is a reported clause's subject
    ('Officials said Hyde Park would close. "It is sad," Park said.',
     [("Hyde Park would close", "Officials", "Officials"), ("It is sad,", "Park", "Park")]),
]


@pytest.mark.parametrize(("text", "expected"), PARK)
def test_a_surname_that_is_an_org_word_resolves_where_the_name_spoke(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# a trade or role in lower case right before a full name names that person: the pronoun after
# the name's report is the name's (not a person only described)
NAMED_ROLES = [
    ('City engineer Raj Malhotra said the roots had lifted the sidewalk. "We looked at every option," he said.',
     [("the roots had lifted the sidewalk", "Raj Malhotra", "City engineer Raj Malhotra"),
      ("We looked at every option,", "Raj Malhotra", "he")]),
    ('Aid worker Fiona Gallagher said the camp was full. "Children are sick," she said.',
     [("the camp was full", "Fiona Gallagher", "Aid worker Fiona Gallagher"), ("Children are sick,", "Fiona Gallagher", "she")]),
    # near-misses: a person only described, or a possessive before a capitalised noun
    ('The engineer\'s wife said the roots had lifted the sidewalk. "We looked at every option," she said.',
     [("the roots had lifted the sidewalk", "The engineer's wife", "The engineer's wife"),
      ("We looked at every option,", "The engineer's wife", "she")]),
    ('"It is done," Tom Berg said.\n\nThe mayor\'s Pacific roots came into play. In Honolulu, he told leaders the sea was rising.',
     [("It is done,", "Tom Berg", "Tom Berg"), ("the sea was rising", "he", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_ROLES)
def test_a_role_before_a_full_name_names_the_person(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# the second reader's near-misses of the rules above
REVIEWED = [
    # a capitalised pronoun after a person noun is no name: the nurse is only described
    ('"We will pay everyone," Ana Ortiz said.\n\nA nurse I met at the plant gate wept. "We are ruined," she said.',
     [("We will pay everyone,", "Ana Ortiz", "Ana Ortiz"), ("We are ruined,", "she", "she")]),
    # a titled first person before a firm's role and a name: two people
    ("Senator Ortiz and Nordwind chief executive Ola Berg said they would appeal.",
     [("they would appeal", "Ortiz and Ola Berg", "Senator Ortiz and Nordwind chief executive Ola Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), REVIEWED)
def test_the_second_reader_s_near_misses(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected
