"""Speaker phrases that took a wrong speaker (wv55, issue 5): a clock's half of the day before a
live blog's speaker, and the other rows below.  One table each, with precision rows where
similar text keeps today's reading."""

from __future__ import annotations

import pytest

from newsparse import Vocabulary
from quote_cases import quote_speakers, speaker_mentions

_HEAD = "Council votes on harbour plan\n\n"


def _one(line: str, language: str | None = None) -> tuple[list[tuple[str, str | None]], list[str | None]]:
    text = f"{_HEAD}{line}\n"
    return quote_speakers(text, language), speaker_mentions(text, language)


# -- (1) a clock's half of the day (AM, pm) is no part of a speaker -----------------------------------

@pytest.mark.parametrize(
    ("line", "speaker", "mention"),
    [
        ("9:00 AM AFP reports that roads are closed.", "AFP", "AFP"),
        ("10:15 AM Premier Anna Bligh told reporters the road was shut.", "Anna Bligh", "Premier Anna Bligh"),
        ("11:40 PM Governor Tom Hale told reporters the bridge was shut.", "Tom Hale", "Governor Tom Hale"),
        ("9 pm Police say the roads are closed.", "Police", "Police"),
        ("14.20 PM Mayor Ana Ortiz said the ferry was cancelled.", "Ana Ortiz", "Mayor Ana Ortiz"),
        # (precision: today's reading of a clock with periods, and of a 24-hour clock)
        ("10:15 a.m. Premier Anna Bligh told reporters the road was shut.", "Anna Bligh", "Premier Anna Bligh"),
        ("21:40 Premier Anna Bligh told reporters the road was shut.", "Anna Bligh", "Premier Anna Bligh"),
    ],
)
def test_clock_half_before_speaker(line: str, speaker: str, mention: str) -> None:
    speakers, mentions = _one(line)
    assert [name for _, name in speakers] == [speaker]
    assert mentions == [mention]


@pytest.mark.parametrize(
    ("text", "start", "word", "expected"),
    [
        ("9:00 AM AFP", 5, "AM", True),
        ("9 pm Police", 2, "pm", True),
        ("at 10.15 PM", 9, "PM", True),
        # (precision: no number before it, a year's digits, minutes of one digit, another word)
        ("AM Roe", 0, "AM", False),
        ("in 2024 AM", 8, "AM", False),
        ("9:0 AM", 4, "AM", False),
        ("I am AM", 2, "am", False),
        ("9 Uhr", 2, "Uhr", False),
    ],
)
def test_is_clock_half(text: str, start: int, word: str, expected: bool) -> None:
    assert Vocabulary().is_clock_half(text, start, word) is expected


def test_clock_half_off_in_german() -> None:
    from newsparse.quotes.languages import GermanVocabulary

    # ("am Montag": a German preposition, never a clock's half)
    assert GermanVocabulary().is_clock_half("um 9 am Montag", 5, "am") is False


# -- (2) a list of places inside a role before the name: the name speaks -------------------------------

@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('"We will talk," the ambassador to France, Germany and Italy, John Roe, said.', "John Roe"),
        ('"We will talk," the envoy to Chile, Peru and Bolivia, Ana Ortiz, said.', "Ana Ortiz"),
        ("The ambassador to France, Germany and Italy, John Roe, said that talks would go on.", "John Roe"),
        ("The envoy to Chile, Peru and Bolivia, Ana Ortiz, told reporters talks would go on.", "Ana Ortiz"),
        # (precision: no name after the list, or one place before the name: today's readings)
        ('"We will talk," the envoy to Chile, Peru and Bolivia, said.', "the envoy to Chile"),
        ('"We will talk," the envoy to Chile, Ana Ortiz, said.', "Ana Ortiz"),
    ],
)
def test_name_after_place_list(line: str, speaker: str) -> None:
    speakers, _ = _one(line)
    assert [name for _, name in speakers] == [speaker]


# -- (3) a place and its region before a role: the name after the role speaks, never the region --------

@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("The Mandan, North Dakota, police chief, Jason Ziegler, has asserted that the road is closed.", "Jason Ziegler"),
        ("The Springfield, Illinois, fire chief, Ann Lee, said the road is closed.", "Ann Lee"),
        ("The Lyon, France, deputy mayor, Claire Morel, said the road is closed.", "Claire Morel"),
        ('"It is shut," the Austin, Texas, police chief, Tom Hale, said.', "Tom Hale"),
        # (precision: a role after the place with no name, a name with its role, a role in a place)
        ("The Austin, Texas, police chief said the road is closed.", "police chief"),
        ("Liu Zhongmin, a professor at Fudan University, said the road is closed.", "Liu Zhongmin"),
        ("In Austin, Texas, the mayor, Tom Berg, said the road is closed.", "Tom Berg"),
    ],
)
def test_role_name_after_region(line: str, speaker: str) -> None:
    speakers, _ = _one(line)
    assert [name for _, name in speakers] == [speaker]


# -- (4) a region after a role's place read with the pack's own "of" (German "von") --------------------

@pytest.mark.parametrize(
    ("line", "language", "speaker"),
    [
        ("Der Bürgermeister von Graz, Österreich, sagte, die Brücke werde gesperrt.", "de", "Der Bürgermeister von Graz, Österreich"),
        ("Die Bürgermeisterin von Linz, Österreich, sagte, die Brücke werde gesperrt.", "de", "Die Bürgermeisterin von Linz, Österreich"),
        ("Le maire de Lyon, France, a déclaré que le pont serait fermé.", "fr", "Le maire de Lyon, France"),
        ("El alcalde de Sevilla, España, dijo que el puente estará cerrado.", "es", "El alcalde de Sevilla, España"),
        ("The Mayor of Lyon, France, said the bridge would close.", "en", "The Mayor of Lyon, France"),
        # (precision: a name after the role's place, a name's own particle, a name placed by "of")
        ("Der Bürgermeister von Graz, Karl Huber, sagte, die Brücke werde gesperrt.", "de", "Karl Huber"),
        ("Ursula von der Leyen sagte, die Brücke werde gesperrt.", "de", "Ursula von der Leyen"),
        ("Tom Berg of Lyon, France, said the bridge would close.", "en", "Tom Berg"),
    ],
)
def test_region_after_role_place(line: str, language: str, speaker: str) -> None:
    speakers, _ = _one(line, language)
    assert [name for _, name in speakers] == [speaker]


# -- (5) a plural head for people before a name set off after its link: the many speak -----------------

@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Friends of the victim, Paul Young, said he was kind.", "Friends of the victim"),
        ("Relatives of the pilot, Jane Roe, said she was kind.", "Relatives of the pilot"),
        ("Neighbours of the family, the Smiths, said they were kind.", "Neighbours of the family"),
        ("Close friends of the victim, Paul Young, said he was kind.", "Close friends of the victim"),
        ('"He was kind," friends of the victim, Paul Young, said.', "friends of the victim"),
        ("Supporters of the senator, Tom Berg, said he would win.", "Supporters of the senator"),
        # (precision: a singular head is the name's own role, as is a role in the singular; a
        # head in mid-sentence keeps today's reading)
        ("A friend of the victim, Paul Young, said he was kind.", "Paul Young"),
        ("The mother of the victim, Ann Young, said he was kind.", "Ann Young"),
        ("The ship docked and many friends of the victim, Paul Young, said he was kind.", "Paul Young"),
    ],
)
def test_plural_head_before_name(line: str, speaker: str) -> None:
    speakers, _ = _one(line)
    assert [name for _, name in speakers] == [speaker]


# -- (6) a place or a time set off before an inverted cue belongs to no quote --------------------------

@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ('"It is finished," Jordan, said Smith.', "en", [("It is finished,", "Smith")]),
        ('"No comment," Monday, said a spokesman.', "en", [("No comment,", "a spokesman")]),
        ('"No comment," Monday, said Smith.', "en", [("No comment,", "Smith")]),
        ('"It is finished," Bonn, said Smith.', "en", [("It is finished,", "Smith")]),
        ("„Es ist vorbei“, Bonn, sagten Beamte.", "de", [("Es ist vorbei", "Beamte")]),
        ("„Es ist vorbei“, Bonn, sagte Müller.", "de", [("Es ist vorbei", "Müller")]),
        # (precision: a whole name after the place, a noun phrase after it, a given name set off)
        ('"It is finished," Jordan, said John Smith.', "en", [("It is finished,", "John Smith")]),
        ('"It is finished," London Bridge, said a commuter.', "en", [("It is finished,", "a commuter")]),
        ('"It is finished," Tom, said a commuter.', "en", [("It is finished,", "Tom")]),
    ],
)
def test_place_or_time_before_inverted_cue(line: str, language: str, expected: list[tuple[str, str]]) -> None:
    speakers, _ = _one(line, language)
    assert speakers == expected


# -- (7) a generation word after a name set after an inverted cue: the name speaks ---------------------

@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ('"It is over," said Bakker senior.', "en", [("It is over,", "Bakker")]),
        ('"It is over," said Tom Bakker senior.', "en", [("It is over,", "Tom Bakker")]),
        ("„Es ist vorbei“, sagte Bakker senior.", "de", [("Es ist vorbei", "Bakker")]),
        ("„Es ist vorbei“, sagte Jan Bakker junior.", "de", [("Es ist vorbei", "Jan Bakker")]),
        ("Bakker senior sagte, es sei vorbei.", "de", [("es sei vorbei", "Bakker")]),
        ("« C'est fini », a déclaré Morel père.", "fr", [("C'est fini", "Morel")]),
        ("« C'est fini », a déclaré Jean Morel fils.", "fr", [("C'est fini", "Jean Morel")]),
        # (precision: a student in the phrase, a father by a determiner: the phrase whole)
        ('"It is over," said a Yale senior.', "en", [("It is over,", "a Yale senior")]),
        ("« C'est fini », a déclaré son père.", "fr", [("C'est fini", "son père")]),
        ("„Es ist vorbei“, sagte ein Student.", "de", [("Es ist vorbei", "ein Student")]),
    ],
)
def test_generation_word_after_cue(line: str, language: str, expected: list[tuple[str, str]]) -> None:
    speakers, _ = _one(line, language)
    assert speakers == expected
