"""Wrong speakers and wrong quote extents in English (wvq57, stop 50, issue 5).  Each table puts
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


PERSON_PRONOUN_NOT_A_BODY = [
    # a person pronoun after a body or a group in lower case: left as written (was: the body)
    ("Inflation, the bank said, would stay high, and she warned that wages were rising.",
     [("Inflation, the bank said, would stay high", R, "the bank", "the bank"),
      ("wages were rising", R, "she", "she")]),
    ("Inflation, the bank said, would stay high, but he warned that wages were rising.",
     [("Inflation, the bank said, would stay high", R, "the bank", "the bank"),
      ("wages were rising", R, "he", "he")]),
    ("Fares, the ministry said, would go up, but he warned that service would not improve.",
     [("Fares, the ministry said, would go up", R, "the ministry", "the ministry"),
      ("service would not improve", R, "he", "he")]),
    ("The road, police said, would reopen soon, and she added that nobody was hurt.",
     [("The road, police said, would reopen soon", R, "police", "police"),
      ("nobody was hurt", R, "she", "she")]),
    ("Rents, analysts said, would keep rising, but she warned that supply was growing.",
     [("Rents, analysts said, would keep rising", R, "analysts", "analysts"),
      ("supply was growing", R, "she", "she")]),
    # a person named before: the pronoun still goes to her
    ("Ana Ortiz spoke first. Inflation, the bank said, would stay high, and she warned that wages were rising.",
     [("Inflation, the bank said, would stay high", R, "the bank", "the bank"),
      ("wages were rising", R, "Ana Ortiz", "she")]),
    # controls: a role noun for one person is one the pronoun may be
    ("Inflation, the spokesman said, would stay high, and he warned that wages were rising.",
     [("Inflation, the spokesman said, would stay high", R, "the spokesman", "the spokesman"),
      ("wages were rising", R, "the spokesman", "he")]),
    ("Inflation, the witness said, would stay high, but she warned that wages were rising.",
     [("Inflation, the witness said, would stay high", R, "the witness", "the witness"),
      ("wages were rising", R, "the witness", "she")]),
    # control: "it" may stand for the bank
    ("Inflation, the bank said, would stay high, and it warned that wages were rising.",
     [("Inflation, the bank said, would stay high", R, "the bank", "the bank"),
      ("wages were rising", R, "the bank", "it")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PERSON_PRONOUN_NOT_A_BODY)
def test_person_pronoun_not_a_body(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


QUOTE_EXTENTS = [
    # a relative clause whose pronoun is the reported clause's subject: never the main clause
    # after it (was: "was armed, fled the scene"); too short to quote, so nothing
    ("The man, who police said was armed, fled the scene.", []),
    ("The woman, who officials said was injured, escaped from the car.", []),
    # control: long enough words stay, up to the comma
    ("The plan, which the mayor said would cost millions, was dropped.",
     [("would cost millions", R, "the mayor", "the mayor")]),
    # an adverb before the main clause's verb (was: "..., later denied it")
    ("The minister, who was quoted by AFP as saying the deal was dead, later denied it.",
     [("the deal was dead", R, "The minister", "The minister")]),
    ("The minister, who was quoted by the state news agency as saying the deal was dead, later denied it.",
     [("the deal was dead", R, "The minister", "The minister")]),
    ("Ortiz, who said the deal was dead, quickly resigned.",
     [("the deal was dead", R, "Ortiz", "Ortiz")]),
    ("Ortiz, who said the deal was dead, also said the talks would go on.",
     [("the deal was dead", R, "Ortiz", "Ortiz"), ("the talks would go on", R, "Ortiz", "Ortiz")]),
    # a main verb in the simple past that is irregular
    ("The governor, who said the levy was unfair, fled the capital.",
     [("the levy was unfair", R, "The governor", "The governor")]),
    # controls: no relative clause, the words run on with "and"
    ("The minister was quoted by AFP as saying the deal was dead, and later denied it.",
     [("the deal was dead", R, "The minister", "The minister")]),
    ("Ortiz said the deal was dead, the talks were over and the staff would go home.",
     [("the deal was dead, the talks were over and the staff would go home", R, "Ortiz", "Ortiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), QUOTE_EXTENTS)
def test_quote_extents(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


INDEFINITE_OBJECT = [
    # an indefinite pronoun as the cue's object: no report (was: "nothing, hit a tree")
    ("The car, the driver said nothing, hit a tree.", []),
    ("The bus, the driver said nothing, swerved off the road.", []),
    ("The minister said little about the budget.", []),
    ("The minister said nothing.", []),
    # controls: the pronoun is the reported clause's subject
    ("The driver said nothing had changed since the crash.",
     [("nothing had changed since the crash", R, "The driver", "The driver")]),
    ("The mayor said something was wrong with the budget.",
     [("something was wrong with the budget", R, "The mayor", "The mayor")]),
    ("The analyst said much of the growth had come from trading between dealers.",
     [("much of the growth had come from trading between dealers", R, "The analyst", "The analyst")]),
    ("The mayor said that nothing, in her view, had changed.",
     [("nothing, in her view, had changed", R, "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), INDEFINITE_OBJECT)
def test_indefinite_object(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


LIST_SPEAKERS = [
    # places or bodies listed after "of", "from", "for": the people before them speak (was: the last places)
    ("Residents of Leeds, Bradford and York said the roads were closed.",
     [("the roads were closed", R, "Residents of Leeds, Bradford and York", "Residents of Leeds, Bradford and York")]),
    ("Fans of Arsenal, Chelsea and Fulham said the prices were too high.",
     [("the prices were too high", R, "Fans of Arsenal, Chelsea and Fulham", "Fans of Arsenal, Chelsea and Fulham")]),
    ("Players from Chile, Peru and Bolivia, who arrived Monday, said the hotel was full.",
     [("the hotel was full", R, "Players from Chile, Peru and Bolivia", "Players from Chile, Peru and Bolivia")]),
    ("Lawyers for Ana Ortiz, Tom Berg and Eva Hall said the case was weak.",
     [("the case was weak", R, "Lawyers for Ana Ortiz, Tom Berg and Eva Hall",
       "Lawyers for Ana Ortiz, Tom Berg and Eva Hall")]),
    # control: one place after the link was read whole already
    ("Residents of Leeds and York said the roads were closed.",
     [("the roads were closed", R, "Residents of Leeds and York", "Residents of Leeds and York")]),
    # an opening phrase before a list of groups: the whole list (was: the last two)
    ("Despite the rain, residents, shopkeepers and farmers said the market would open.",
     [("the market would open", R, "residents, shopkeepers and farmers", "residents, shopkeepers and farmers")]),
    ("Despite the rain, shopkeepers and farmers said the market would open.",
     [("the market would open", R, "shopkeepers and farmers", "shopkeepers and farmers")]),
    # a time phrase opening the sentence is no part of the speaker
    ("Last week shopkeepers and farmers said the market would open.",
     [("the market would open", R, "shopkeepers and farmers", "shopkeepers and farmers")]),
    ("This year farmers said the harvest was poor.",
     [("the harvest was poor", R, "farmers", "farmers")]),
    ("Earlier today police said the road was closed.",
     [("the road was closed", R, "police", "police")]),
    ("Last week the mayor said the market would open.",
     [("the market would open", R, "the mayor", "the mayor")]),
    # names listed before a relative clause: all of them (was: the last name)
    ("Ana Ortiz, Ben Lee and Lee Chan, who run the shop, said the rent had doubled.",
     [("the rent had doubled", R, "Ana Ortiz, Ben Lee and Lee Chan", "Ana Ortiz, Ben Lee and Lee Chan")]),
    ("Ana Ortiz and Lee Chan, who run the shop, said the rent had doubled.",
     [("the rent had doubled", R, "Ana Ortiz and Lee Chan", "Ana Ortiz and Lee Chan")]),
    # an opening phrase of a preposition before the subjects: never part of them, never one of two
    ("In a letter from Leeds, Tom Berg and Eva Hall said the roads were closed.",
     [("the roads were closed", R, "Tom Berg and Eva Hall", "Tom Berg and Eva Hall")]),
    ("In a statement from London, the mayor and the sheriff said the roads were closed.",
     [("the roads were closed", R, "the mayor and the sheriff", "the mayor and the sheriff")]),
    ("In a statement, the union and its lawyers said the deal was unfair.",
     [("the deal was unfair", R, "the union and its lawyers", "the union and its lawyers")]),
    # controls: one subject after an opening phrase, and a clause before the comma
    ("In a letter from Leeds, Tom Berg said the roads were closed.",
     [("the roads were closed", R, "Tom Berg", "Tom Berg")]),
    ("After the mayor left, the sheriff said the roads were closed.",
     [("the roads were closed", R, "the sheriff", "the sheriff")]),
    # controls: places before the name are no people; a month that may open a name stays
    ("London, Paris and Lee Chan, who runs the shop, said the rent had doubled.",
     [("the rent had doubled", R, "Lee Chan", "Lee Chan")]),
    ("Tom Whitaker runs the port. In May Whitaker said the pier would close for repairs.",
     [("the pier would close for repairs", R, "Tom Whitaker", "May Whitaker")]),
    # controls: a list with no relative clause, and a verb before the list
    ("Ana Ortiz, Tom Berg and Eva Hall said the rent had doubled.",
     [("the rent had doubled", R, "Ana Ortiz, Tom Berg and Eva Hall", "Ana Ortiz, Tom Berg and Eva Hall")]),
    ("Ana Ortiz met Tom Berg and Lee Chan, who run the shop, and said the rent had doubled.",
     [("the rent had doubled", R, "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), LIST_SPEAKERS)
def test_list_speakers(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


ADMINISTRATIVE_TITLES = [
    # an administrative title before a full name: the name speaks (was: the title kept in the name)
    ("Prefect Didier Lallement said the march was banned.",
     [("the march was banned", R, "Didier Lallement", "Prefect Didier Lallement")]),
    ("Governor-General Sam Mostyn said the bill would be signed.",
     [("the bill would be signed", R, "Sam Mostyn", "Governor-General Sam Mostyn")]),
    ("Provost Tom Berg said the campus would reopen.",
     [("the campus would reopen", R, "Tom Berg", "Provost Tom Berg")]),
    # the title in lower case is a role noun that may speak alone
    ("The prefect said the march was banned.",
     [("the march was banned", R, "The prefect", "The prefect")]),
    # controls: titles listed before, and the same word as a surname after a given name
    ("Commissioner Ana Ruiz said the force was stretched.",
     [("the force was stretched", R, "Ana Ruiz", "Commissioner Ana Ruiz")]),
    ("Tom Provost said the campus would reopen.",
     [("the campus would reopen", R, "Tom Provost", "Tom Provost")]),
    ("Lyon residents said the march was banned.",
     [("the march was banned", R, "Lyon residents", "Lyon residents")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ADMINISTRATIVE_TITLES)
def test_administrative_titles(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


ORGANISATION_PARTICIPLE = [
    # an organisation acting by an irregular past, then ", saying": it speaks (was: nothing)
    ("The company tore up the deal, saying it was unfair to workers.",
     [("it was unfair to workers", R, "The company", "The company")]),
    ("The union tore up the deal, saying it was unfair to workers.",
     [("it was unfair to workers", R, "The union", "The union")]),
    ("The regulator froze the accounts, saying the bank had broken the rules.",
     [("the bank had broken the rules", R, "The regulator", "The regulator")]),
    # controls: a pronoun subject, and the verb inside reported words
    ("He tore up the deal, saying it was unfair.", [("it was unfair", R, "He", "He")]),
    ("The mayor said the storm tore the roof off the school.",
     [("the storm tore the roof off the school", R, "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ORGANISATION_PARTICIPLE)
def test_organisation_participle(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
