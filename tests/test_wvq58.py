"""Wrong speakers from English lists and coordinations (wvq58, stop 51, issue 5).  Each table puts
the bad shape beside its near-shape controls; each row is one paragraph under a plain headline and
the exact ``(text, kind, speaker name, speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


quotes_of = partial(mention_rows, headline="Harbour notebook")


PLACES_WITH_PEOPLE = [
    # a list of places, each with its person set off, after people in the plural: the whole group
    ('The foreign ministers of France, Jean Roe, Germany, Hans Berg, and Italy, Luca Neri, said the talks had failed.',
     [('the talks had failed', R, 'The foreign ministers of France, Jean Roe, Germany, Hans Berg, and Italy, Luca Neri', 'The foreign ministers of France, Jean Roe, Germany, Hans Berg, and Italy, Luca Neri')]),
    ('The foreign ministers of France, Jean Roe, and Italy, Luca Neri, said the talks had failed.',
     [('the talks had failed', R, 'The foreign ministers of France, Jean Roe, and Italy, Luca Neri', 'The foreign ministers of France, Jean Roe, and Italy, Luca Neri')]),
    ('The coaches of Leeds, Ana Ortiz, and York, Tom Berg, said the games were cancelled.',
     [('the games were cancelled', R, 'The coaches of Leeds, Ana Ortiz, and York, Tom Berg', 'The coaches of Leeds, Ana Ortiz, and York, Tom Berg')]),
    ('The health ministers of Spain, Eva Hall, and Portugal, Rui Costa, said the vaccine was safe.',
     [('the vaccine was safe', R, 'The health ministers of Spain, Eva Hall, and Portugal, Rui Costa', 'The health ministers of Spain, Eva Hall, and Portugal, Rui Costa')]),
    # controls: a plain list of places after the group; one role of one place and a second person
    ('The foreign ministers of France, Germany and Italy said the talks had failed.',
     [('the talks had failed', R, 'The foreign ministers of France, Germany and Italy', 'The foreign ministers of France, Germany and Italy')]),
    ('The mayor of Lyon and her deputy said the talks had failed.',
     [('the talks had failed', R, 'The mayor of Lyon and her deputy', 'The mayor of Lyon and her deputy')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACES_WITH_PEOPLE)
def test_group_of_places_with_people(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PLACES_WITH_SHARED_NOUN = [
    # a list of places as the object of of/from/in/at, the shared noun after the last: the whole phrase
    ('Officials of Leeds, Bradford and York councils said the roads were closed.',
     [('the roads were closed', R, 'Officials of Leeds, Bradford and York councils', 'Officials of Leeds, Bradford and York councils')]),
    ('Officials from Leeds, Bradford and York councils said the roads were closed.',
     [('the roads were closed', R, 'Officials from Leeds, Bradford and York councils', 'Officials from Leeds, Bradford and York councils')]),
    ('Officials at Leeds, Bradford and York councils said the roads were closed.',
     [('the roads were closed', R, 'Officials at Leeds, Bradford and York councils', 'Officials at Leeds, Bradford and York councils')]),
    ('Nurses at Leeds, Bradford and York hospitals said the wards were full.',
     [('the wards were full', R, 'Nurses at Leeds, Bradford and York hospitals', 'Nurses at Leeds, Bradford and York hospitals')]),
    ('Teachers in Lyon, Lille and Nantes schools said the strike would go on.',
     [('the strike would go on', R, 'Teachers in Lyon, Lille and Nantes schools', 'Teachers in Lyon, Lille and Nantes schools')]),
    # controls: no shared noun; no list; a person first
    ('Officials in Leeds, Bradford and York said the roads were closed.',
     [('the roads were closed', R, 'Officials in Leeds, Bradford and York', 'Officials in Leeds, Bradford and York')]),
    ('Officials of Leeds and York councils said the roads were closed.',
     [('the roads were closed', R, 'Officials of Leeds and York councils', 'Officials of Leeds and York councils')]),
    ('Residents of Leeds, Bradford and York said the roads were closed.',
     [('the roads were closed', R, 'Residents of Leeds, Bradford and York', 'Residents of Leeds, Bradford and York')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACES_WITH_SHARED_NOUN)
def test_people_of_listed_places(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


TITLED_NAME_LISTS = [
    # a titled name opens a list of names: all of them, never the last two
    ('Mayor Ana Ortiz, Ben Lee and Lee Chan, who run the shop, said the rent had doubled.',
     [('the rent had doubled', R, 'Ana Ortiz, Ben Lee and Lee Chan', 'Mayor Ana Ortiz, Ben Lee and Lee Chan')]),
    ('Mayor Ana Ortiz, Ben Lee and Lee Chan said the rent had doubled.',
     [('the rent had doubled', R, 'Ana Ortiz, Ben Lee and Lee Chan', 'Mayor Ana Ortiz, Ben Lee and Lee Chan')]),
    ('Finance Minister Eva Hall, Tom Berg and Jan Vogel said the budget would pass.',
     [('the budget would pass', R, 'Eva Hall, Tom Berg and Jan Vogel', 'Finance Minister Eva Hall, Tom Berg and Jan Vogel')]),
    ('Dr. Ana Ruiz, Tom Berg and Eva Hall, who run the clinic, said the wait had grown.',
     [('the wait had grown', R, 'Ana Ruiz, Tom Berg and Eva Hall', 'Dr. Ana Ruiz, Tom Berg and Eva Hall')]),
    # controls: an untitled list, an opening place
    ('Ana Ortiz, Ben Lee and Lee Chan, who run the shop, said the rent had doubled.',
     [('the rent had doubled', R, 'Ana Ortiz, Ben Lee and Lee Chan', 'Ana Ortiz, Ben Lee and Lee Chan')]),
    ('In Lyon, Tom Berg and Eva Hall said the rent had doubled.',
     [('the rent had doubled', R, 'Tom Berg and Eva Hall', 'Tom Berg and Eva Hall')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TITLED_NAME_LISTS)
def test_titled_name_opens_list(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


FRONTED_CLAUSE_REPORTS = [
    # a report inside a fronted subordinate clause ends at the comma before the main clause, past a relative clause
    ('After Ana Ortiz and Lee Chan, who run the shop, said the rent had doubled, the council met.',
     [('the rent had doubled', R, 'Ana Ortiz and Lee Chan', 'Ana Ortiz and Lee Chan')]),
    ('When Ana Ortiz, who runs the shop, said the rent had doubled, the council met.',
     [('the rent had doubled', R, 'Ana Ortiz', 'Ana Ortiz')]),
    ('Because the inspectors, who toured the site, said the bridge was unsafe, the road was shut.',
     [('the bridge was unsafe', R, 'the inspectors', 'the inspectors')]),
    ('As the mayor said the plan would pass, the council voted it down.',
     [('the plan would pass', R, 'the mayor', 'the mayor')]),
    ('If the minister says the plant is safe, the workers will return.',
     [('the plant is safe', R, 'the minister', 'the minister')]),
    ('Although the mayor said the plan would pass, the council voted it down.',
     [('the plan would pass', R, 'the mayor', 'the mayor')]),
    ('Since the coach said the team was tired, the match was moved.',
     [('the team was tired', R, 'the coach', 'the coach')]),
    ('Once the minister said the bridge was safe, traffic resumed.',
     [('the bridge was safe', R, 'the minister', 'the minister')]),
    # controls: the clause closed before the cue; an aside cue; a comment clause
    ('When the vote came, the mayor said the plan would fail.',
     [('the plan would fail', R, 'the mayor', 'the mayor')]),
    ('If the plan fails, the mayor said, the town will pay.',
     [('the town will pay', R, 'the mayor', 'the mayor')]),
    ('As the mayor said, the plan will fail.',
     [('the plan will fail', R, 'the mayor', 'the mayor')]),
    ('The mayor said the plan would pass, and the council voted it down.',
     [('the plan would pass', R, 'The mayor', 'The mayor')]),
    # controls: a relative pronoun opens the sentence; a comment clause with an adverb before its comma
    ('That was news to the campaign, which has bristled at his remarks, including one in which he stated that '
     'she is new to the issue, compared with Sanders.',
     [('she is new to the issue, compared with Sanders', R, 'he', 'he')]),
    ("As I said earlier, I don't see anyone else talking about it.",
     [("earlier, I don't see anyone else talking about it", R, 'I', 'I')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), FRONTED_CLAUSE_REPORTS)
def test_report_in_fronted_clause(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


LISTED_NAME_BEFORE_NOUN = [
    # a name listed with commas between a determiner and a role or group noun: the whole phrase, as written
    ('A Memphis Light, Gas and Water spokesperson said the power was back.',
     [('the power was back', R, 'A Memphis Light, Gas and Water spokesperson', 'A Memphis Light, Gas and Water spokesperson')]),
    ('The Leeds, Bradford and York officials said the roads were closed.',
     [('the roads were closed', R, 'The Leeds, Bradford and York officials', 'The Leeds, Bradford and York officials')]),
    ('A Harbour, Port and Rail Authority spokesman said the ferry would sail.',
     [('the ferry would sail', R, 'A Harbour, Port and Rail Authority spokesman', 'A Harbour, Port and Rail Authority spokesman')]),
    ('An Oak, Ash and Elm Trust trustee said the woods would reopen.',
     [('the woods would reopen', R, 'An Oak, Ash and Elm Trust trustee', 'An Oak, Ash and Elm Trust trustee')]),
    # controls: a place opens the sentence; the name after the role; a body's name listed after its link
    ('At the Harbour, Port and Rail officials said the ferry would sail.',
     [('the ferry would sail', R, 'Port and Rail officials', 'Port and Rail officials')]),
    ('Memphis Light, Gas and Water spokesperson Dana Whitfield said the power was back.',
     [('the power was back', R, 'Dana Whitfield', 'Memphis Light, Gas and Water spokesperson Dana Whitfield')]),
    ('The Department for Environment, Food and Rural Affairs said the water was safe.',
     [('the water was safe', R, 'The Department for Environment, Food and Rural Affairs', 'The Department for Environment, Food and Rural Affairs')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), LISTED_NAME_BEFORE_NOUN)
def test_listed_name_before_role_noun(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PLACE_AFTER_CUE = [
    # a place named right after the cue, then a clause without that: the place is no part of the words
    ('The minister said in Paris the museum would close.',
     [('the museum would close', R, 'The minister', 'The minister')]),
    ('The minister said at Westminster the bill would pass.',
     [('the bill would pass', R, 'The minister', 'The minister')]),
    ('The coach said in Buenos Aires the team was ready.',
     [('the team was ready', R, 'The coach', 'The coach')]),
    ('The envoy said in Geneva it was too early to judge.',
     [('it was too early to judge', R, 'The envoy', 'The envoy')]),
    # controls: that after the place; a time; a medium; no clause after the place
    ('The minister said in Paris that the museum would close.',
     [('the museum would close', R, 'The minister', 'The minister')]),
    ('The minister said on Monday the museum would close.',
     [('the museum would close', R, 'The minister', 'The minister')]),
    ('The minister said in a statement the museum would close.',
     [('the museum would close', R, 'The minister', 'The minister')]),
    ('The minister lived in Paris the whole year.',
     []),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACE_AFTER_CUE)
def test_place_after_cue_is_no_part_of_words(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


JOINED_SPEAKERS_SET_OFF = [
    # two speakers joined after the comma that closes the words, maybe with an aside: both, whole
    ('The bridge was closed, the mayor and her deputy, who toured the site, said on Monday.',
     [('The bridge was closed', R, 'the mayor and her deputy', 'the mayor and her deputy')]),
    ('The bridge was closed, the mayor and her deputy said on Monday.',
     [('The bridge was closed', R, 'the mayor and her deputy', 'the mayor and her deputy')]),
    ('The plan will fail, the mayor and the sheriff said.',
     [('The plan will fail', R, 'the mayor and the sheriff', 'the mayor and the sheriff')]),
    ('The mayor and her deputy, who toured the site, said the bridge was closed.',
     [('the bridge was closed', R, 'The mayor and her deputy', 'The mayor and her deputy')]),
    ('Prices rose in May, Smith and Sons, the unit of Acme, said in a statement.',
     [('Prices rose in May', R, 'Smith and Sons', 'Smith and Sons')]),
    ('Prices rose in May, Ana Ortiz and Tom Berg, the owners of Acme, said in a statement.',
     [('Prices rose in May', R, 'Ana Ortiz and Tom Berg', 'Ana Ortiz and Tom Berg')]),
    # controls: an object before the coordinator; a thing and its crew; one firm set off; a coordinator opening the
    # sentence; a list of three noun phrases, no closing comma; a list's last two items before a relative clause
    ('Leeds, York and Lee Chan, who runs the shop, said the rent had doubled.',
     [('the rent had doubled', R, 'Lee Chan', 'Lee Chan')]),
    ('It said a joint survey last month by the association, the trade ministry and the central bank indicated that output is lower than expected.',
     [('a joint survey last month by the association, the trade ministry and the central bank indicated that output is lower than expected', R, 'It', 'It')]),
    ("But Tom Berg, acting director of Harbour Watch, which organized the letter, said Ortiz's response to Lee was undercut by her ties to Hale.",
     [("Ortiz's response to Lee was undercut by her ties to Hale", R, 'Tom Berg', 'Tom Berg')]),
    ('The mayor met the governor and his aides, who toured the site, said the bridge was closed.',
     [('the bridge was closed', R, 'his aides', 'his aides')]),
    ('The bridge was closed, the ferry and her crew stayed in port.',
     []),
    ('Prices rose in May, Acme Tools, the unit of Acme, said in a statement.',
     [('Prices rose in May', R, 'Acme Tools', 'Acme Tools')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), JOINED_SPEAKERS_SET_OFF)
def test_joined_speakers_set_off(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


SURNAME_LISTS = [
    # a list of surnames and a full name after the words' comma: all of them, surnames alone in a list are people
    ('The plan will fail, Ortiz, Berg and Eva Hall said.',
     [('The plan will fail', R, 'Ortiz, Berg and Eva Hall', 'Ortiz, Berg and Eva Hall')]),
    ('The fares will rise, Nkosi, Dube and Thabo Mbeki told reporters.',
     [('The fares will rise', R, 'Nkosi, Dube and Thabo Mbeki', 'Nkosi, Dube and Thabo Mbeki')]),
    ('"We will win," Ortiz, Berg and Eva Hall said.',
     [('We will win,', D, 'Ortiz, Berg and Eva Hall', 'Ortiz, Berg and Eva Hall')]),
    ('"We will win," Ana Ortiz, Tom Berg and Eva Hall said.',
     [('We will win,', D, 'Ana Ortiz, Tom Berg and Eva Hall', 'Ana Ortiz, Tom Berg and Eva Hall')]),
    # the same list opening the sentence
    ('Ortiz, Berg and Eva Hall said the plan would fail.',
     [('the plan would fail', R, 'Ortiz, Berg and Eva Hall', 'Ortiz, Berg and Eva Hall')]),
    ('Nkosi, Dube and Thabo Mbeki told reporters the fares would rise.',
     [('the fares would rise', R, 'Nkosi, Dube and Thabo Mbeki', 'Nkosi, Dube and Thabo Mbeki')]),
    # controls: no single word set off before the pair; two joined names; an inverted list; an opening adverb
    ('Later, Berg and Eva Hall said the plan would fail.',
     [('the plan would fail', R, 'Berg and Eva Hall', 'Berg and Eva Hall')]),
    ('Meanwhile, Berg and Eva Hall said the plan would fail.',
     [('the plan would fail', R, 'Berg and Eva Hall', 'Berg and Eva Hall')]),
    ('The plan will fail in Lyon, Berg and Eva Hall said.',
     [('The plan will fail in Lyon', R, 'Berg and Eva Hall', 'Berg and Eva Hall')]),
    ('The plan, however, will fail, Berg and Eva Hall said.',
     [('The plan, however, will fail', R, 'Berg and Eva Hall', 'Berg and Eva Hall')]),
    ('"We will win," Tom Berg and Eva Hall said.',
     [('We will win,', D, 'Tom Berg and Eva Hall', 'Tom Berg and Eva Hall')]),
    ('"We will win," said Ana Ortiz, Tom Berg and Eva Hall.',
     [('We will win,', D, 'Ana Ortiz, Tom Berg and Eva Hall', 'Ana Ortiz, Tom Berg and Eva Hall')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SURNAME_LISTS)
def test_surnames_listed_with_a_name(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
