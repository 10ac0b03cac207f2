"""Speaker leftovers a new user's probe (try40) and a mutation run found: a place before a person
noun read as a person, a coordinated subject cut to its last group, a short participle after the
attribution, reported words running on into the writer's own clause, ``according to`` after an
attribution or a clause with a cue of its own, and names (a weekday as a given name, Welsh ``ab``,
Malaysian honours, ``Jan`` before a particle, a ruler of a place, ``was the minister's answer``)
and interview turns.  Invented stories; each row is the text and exactly what must come out.

Rows under ``# mutation-killing`` pass on the base too: each names the mutant of this change it
kills."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import article_of
from quote_cases import speaker_rows as quotes_of

#: ``(text, speaker's name, source)`` of one quote.
Sourced = tuple[str, "str | None", "str | None"]


def sourced_quotes(text: str) -> list[Sourced]:
    """``(text, speaker's name, source)`` of each quote of *text* read as a story by :func:`article_of`."""
    return [(q.text, q.speaker and q.speaker.name, q.source) for q in article_of(text).quotes]


# capitalised words between an article and a noun for a person describe the noun (a city, a
# firm): the phrase is the subject a pronoun refers to, never the capitalised words
PLACE_MODIFIERS = [
    ('The Buenos Aires banker said the peso would fall again. "Nobody trusts it now," he said.',
     [("the peso would fall again", "The Buenos Aires banker", "The Buenos Aires banker"),
      ("Nobody trusts it now,", "The Buenos Aires banker", "he")]),
    ('The New Delhi broker said orders had dried up. "We have not had a week like this," she said.',
     [("orders had dried up", "The New Delhi broker", "The New Delhi broker"),
      ("We have not had a week like this,", "The New Delhi broker", "she")]),
    ('The Hong Kong dealer said jade prices had doubled since March. "Collectors are nervous," he said.',
     [("jade prices had doubled since March", "The Hong Kong dealer", "The Hong Kong dealer"),
      ("Collectors are nervous,", "The Hong Kong dealer", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_MODIFIERS)
def test_a_place_before_a_person_noun_is_no_person(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a subject of two groups joined by "and" speaks whole, the second group's nouns in lower case
COORDINATED = [
    ("Hospital managers and union officials said talks would resume on Monday.",
     [("talks would resume on Monday", "Hospital managers and union officials", "Hospital managers and union officials")]),
    ("Farmers and local residents said the river had burst its banks twice this winter.",
     [("the river had burst its banks twice this winter", "Farmers and local residents", "Farmers and local residents")]),
    ("Police and fire officials said the blaze began in a storage unit behind the market.",
     [("the blaze began in a storage unit behind the market", "Police and fire officials", "Police and fire officials")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_a_coordinated_subject_of_groups_speaks_whole(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# after a closing attribution, a comma and a participle of two letters before "-ing" open the
# reporter's phrase: the words before the attribution are the quote
PARTICIPLES = [
    ("Exports fell 3 percent in May, the ministry said, using figures from the customs agency.",
     [("Exports fell 3 percent in May", "the ministry", "the ministry")]),
    ("Bus fares will rise in April, the operator said, using the new price index for the first time.",
     [("Bus fares will rise in April", "the operator", "the operator")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_a_short_participle_after_the_attribution_is_the_reporters(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# reported words end before ", and|but" and a new subject with a verb in the simple past: the
# writer's own clause; a modal keeps the clause in the reported words
NARRATED = [
    ("The mayor said the pier would close for the winter, and the council agreed to pay for repairs.",
     [("the pier would close for the winter", "The mayor", "The mayor")]),
    ("Doctors said the ward was full, but the hospital refused to open a second one.",
     [("the ward was full", "Doctors", "Doctors")]),
    ("Coach Lena Hart said the squad was exhausted, and club officials cancelled the friendly.",
     [("the squad was exhausted", "Lena Hart", "Coach Lena Hart")]),
    # mutation-killing: cut_narrated_clause reading past a modal to a verb in the past ("would have doubled")
    ("The mayor said the pier would close, and the ferry would have doubled its sailings by spring.",
     [("the pier would close, and the ferry would have doubled its sailings by spring", "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), NARRATED)
def test_reported_words_end_before_the_writers_own_clause(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# "X said, according to Y": one quote, X's, Y its source, whatever follows Y, and however long
# the cue's object and setting before Y
ACCORDING = [
    ("The harbour levy will double, Marta Keane said, according to the council's minutes, and the finance "
     "committee agreed.",
     [("The harbour levy will double", "Marta Keane", "the council's minutes")]),
    ('"We are not leaving," the prime minister told reporters in Lisbon on Friday, according to Reuters.',
     [("We are not leaving,", "the prime minister", "Reuters")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING)
def test_according_to_after_a_cue_is_the_source_of_its_words(text: str, expected: list[Sourced]) -> None:
    assert sourced_quotes(text) == expected


NAMES = [
    # a weekday before a name is a given name when the sentence's day follows the name
    ("Fuel queues will ease by Friday, said Sunday Adeyemi on Wednesday.",
     [("Fuel queues will ease by Friday", "Sunday Adeyemi", "Sunday Adeyemi")]),
    ("The depot will reopen, said Monday Okonkwo Thursday.",
     [("The depot will reopen", "Monday Okonkwo", "Monday Okonkwo")]),
    # Welsh "ab" inside a name, as "ap"
    ('"The quarry will scar the valley," said Gethin ab Iorwerth, a parish councillor.',
     [("The quarry will scar the valley,", "Gethin ab Iorwerth", "Gethin ab Iorwerth")]),
    # a Malaysian honour of two words before a name is no part of it
    ("Palm oil prices will stabilise, Tan Sri Rahman Yusof said in Kuala Lumpur.",
     [("Palm oil prices will stabilise", "Rahman Yusof", "Tan Sri Rahman Yusof")]),
    ('"We will appeal the ruling," Dato\' Sri Faridah Ismail told reporters.',
     [("We will appeal the ruling,", "Faridah Ismail", "Dato' Sri Faridah Ismail")]),
    # mutation-killing: honour_words matching a phrase by its first word alone ("Tan" a surname too)
    ('"Orders are up again," said Tan Wei Ming, a Penang exporter.',
     [("Orders are up again,", "Tan Wei Ming", "Tan Wei Ming")]),
    # a month's short form before a name's particle is a given name
    ("Jan de Graaf said the dyke would hold through the storm.",
     [("the dyke would hold through the storm", "Jan de Graaf", "Jan de Graaf")]),
    ('"The polder is safe," said Jan van Dijk, the water board\'s engineer.',
     [("The polder is safe,", "Jan van Dijk", "Jan van Dijk")]),
    # a ruler named by the land ruled speaks for the pronoun after
    ('The Emir of Kuwait received the envoys on Sunday.\n\n"The region needs calm," he said.',
     [("The region needs calm,", "The Emir of Kuwait", "he")]),
    ('The Sultan of Brunei opened the new bridge on Monday.\n\n"It joins our people," he said.',
     [("It joins our people,", "The Sultan of Brunei", "he")]),
    # the owner of an answer after a copula speaks, as the owner of a reply does
    ('"Not a penny more," was the treasurer\'s answer.', [("Not a penny more,", "the treasurer", "the treasurer")]),
    ('"Absolutely," was Ruth Okoye\'s response.', [("Absolutely,", "Ruth Okoye", "Ruth Okoye")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_and_their_speakers(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# interview turns: a surname label after an answer that reads as speech, and a known person's
# label in capitals beside an interviewer's the article does not name
TURNS = [
    ("Anna Lindqvist and Paul Hart met at the town hall to debate the bypass.\n\n"
     "Lindqvist: The bypass will cut journeys by half.\n\nHart: It costs the town its market.",
     [("The bypass will cut journeys by half.", "Anna Lindqvist", "Lindqvist"),
      ("It costs the town its market.", "Paul Hart", "Hart")]),
    ("Ines Carvalho, the harbour master, sat down with us on Friday.\n\n"
     "DOYLE: Were you warned about the storm?\n\nCARVALHO: We had two days' notice, no more.",
     [("We had two days' notice, no more.", "Ines Carvalho", "CARVALHO")]),
]


@pytest.mark.parametrize(("text", "expected"), TURNS)
def test_interview_turns_under_labels(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
