"""English speaker phrases with places, commas and open clauses, issue 5 (q53, stop 46).  Each
table puts the bad shape beside its near-shape controls, the same words that must not change;
each row is one paragraph under a plain headline and the exact ``(text, kind, speaker name,
speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind, Vocabulary
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="Harbour notebook")


REGION_AFTER_PLACE = [
    # a place's region by name (a country, a state) before the cue: the role before the place
    # speaks a plain direct quote (was: a mixed quote spoken by the region, "Germany")
    ("\u201cWe will rebuild the pier,\u201d a senior official in Berlin, Germany said.",
     [("We will rebuild the pier,", D, "a senior official in Berlin, Germany", "a senior official in Berlin, Germany")]),
    ("\u201cThe roads are closed,\u201d a lobbyist in Austin, Texas said.",
     [("The roads are closed,", D, "a lobbyist in Austin, Texas", "a lobbyist in Austin, Texas")]),
    ("\u201cWe lost everything,\u201d a farmer from Bonn, Germany told reporters.",
     [("We lost everything,", D, "a farmer from Bonn, Germany", "a farmer from Bonn, Germany")]),
    ("A senior official in Paris, France said the pier would be rebuilt.",
     [("the pier would be rebuilt", R, "A senior official in Paris, France", "A senior official in Paris, France")]),
    # the region set off by a second comma: the role, never the region read as an appositive's name
    ("\u201cWe will rebuild the pier,\u201d a senior official in Berlin, Germany, said.",
     [("We will rebuild the pier,", D, "a senior official in Berlin, Germany", "a senior official in Berlin, Germany")]),
    ("\u201cWe lost everything,\u201d a farmer near Austin, Texas, told reporters.",
     [("We lost everything,", D, "a farmer near Austin, Texas", "a farmer near Austin, Texas")]),
    ("\u201cThe buses are late,\u201d a lobbyist in Washington, D.C., said.",
     [("The buses are late,", D, "a lobbyist in Washington, D.C.", "a lobbyist in Washington, D.C.")]),
    # a name, then an appositive that ends in a place and its region: the name
    ("\u201cWe grow good grapes,\u201d Jean Dupont, a winemaker from Lyon, France said.",
     [("We grow good grapes,", D, "Jean Dupont", "Jean Dupont")]),
    ("\u201cThe river is rising,\u201d Ana Ruiz, a nurse from Austin, Texas said.",
     [("The river is rising,", D, "Ana Ruiz", "Ana Ruiz")]),
    # controls: the inverted order keeps the role (a place after it is where it is), no region,
    # a country in a subject's place after an opening phrase, and a region after a place that
    # follows no noun for people
    ("\u201cWe will rebuild the pier,\u201d said a senior official in Berlin, Germany.",
     [("We will rebuild the pier,", D, "a senior official", "a senior official")]),
    ("\u201cWe grow good grapes,\u201d said Jean Dupont, a winemaker from Lyon, France.",
     [("We grow good grapes,", D, "Jean Dupont", "Jean Dupont")]),
    ("\u201cWe will rebuild the pier,\u201d a senior official in Berlin said.",
     [("We will rebuild the pier,", D, "a senior official in Berlin", "a senior official in Berlin")]),
    ("At the talks among the nations in Paris, Japan promised to cut tariffs.",
     [("to cut tariffs", R, "Japan", "Japan")]),
    ("At the talks among officials in Paris, Japan said it would cut tariffs.",
     [("it would cut tariffs", R, "Japan", "Japan")]),
    ("After the summit in Bonn, Germany said it would cut tariffs.",
     [("it would cut tariffs", R, "Germany", "Germany")]),
    ("Prices rose for farmers in Iowa, Texas said.",
     [("Prices rose for farmers in Iowa", R, "Texas", "Texas")]),
    ("Officials in Kyiv, Ukraine said the river was rising.",
     [("the river was rising", R, "Officials in Kyiv, Ukraine", "Officials in Kyiv, Ukraine")]),
    ("\u201cWe will rebuild the pier,\u201d Tom Berg, a lobbyist in Washington, said.",
     [("We will rebuild the pier,", D, "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), REGION_AFTER_PLACE)
def test_region_after_place(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


POSSESSIVE_REGION = [
    # a region in the possessive owns the body the role serves: the role speaks (was: a mixed
    # quote of "D.C.'s transit agency")
    ("\u201cThe buses are late,\u201d a spokeswoman for Washington, D.C.'s transit agency said.",
     [("The buses are late,", D, "a spokeswoman for Washington, D.C.'s transit agency",
       "a spokeswoman for Washington, D.C.'s transit agency")]),
    ("\u201cThe buses are late,\u201d an aide to Austin, Texas's mayor said.",
     [("The buses are late,", D, "an aide to Austin, Texas's mayor", "an aide to Austin, Texas's mayor")]),
    ("A spokesman for Lyon, France's port authority said the quay was safe.",
     [("the quay was safe", R, "A spokesman for Lyon, France's port authority", "A spokesman for Lyon, France's port authority")]),
    # controls: an opening phrase ends at the place, whose region owns the speaker; no place
    # before the comma
    ("Speaking to reporters in Berlin, Germany's chancellor said the talks had failed.",
     [("the talks had failed", R, "Germany's chancellor", "Germany's chancellor")]),
    ("At a summit in Paris, France's president said the talks had failed.",
     [("the talks had failed", R, "France's president", "France's president")]),
    ("\u201cThe buses are late,\u201d a spokeswoman for the city's transit agency said.",
     [("The buses are late,", D, "a spokeswoman for the city's transit agency", "a spokeswoman for the city's transit agency")]),
    ("\u201cThe buses are late,\u201d a spokeswoman for Texas's transit agency said.",
     [("The buses are late,", D, "a spokeswoman for Texas's transit agency", "a spokeswoman for Texas's transit agency")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), POSSESSIVE_REGION)
def test_possessive_region(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


ROLE_PLACE_REGION_NAME = [
    # a role that ends in a place and its region, then the name: the name (was: the role)
    ("\u201cThe buses are late,\u201d said the mayor of Washington, D.C., Muriel Bowser.",
     [("The buses are late,", D, "Muriel Bowser", "the mayor of Washington")]),
    ("\u201cThe roads are closed,\u201d said the mayor of Austin, Texas, Ana Ruiz.",
     [("The roads are closed,", D, "Ana Ruiz", "the mayor of Austin")]),
    # controls: a country as the region (read so before), no region, and a body, no place
    ("\u201cThe pier will stay shut,\u201d said the mayor of Bonn, Germany, Lena Frisk.",
     [("The pier will stay shut,", D, "Lena Frisk", "the mayor of Bonn")]),
    ("\u201cThe roads are closed,\u201d said the mayor of Lyon, Ana Ruiz.",
     [("The roads are closed,", D, "Ana Ruiz", "the mayor of Lyon")]),
    ("\u201cThe roads are closed,\u201d said the mayor of the city, Ana Ruiz.",
     [("The roads are closed,", D, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ROLE_PLACE_REGION_NAME)
def test_role_place_region_name(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PEOPLE_AFTER_PLACE = [
    # a place set off after a quotation, an inverted cue, a bare noun for people: they speak
    # (was: the place, "Cape Town")
    ("\u201cThe pier is lost,\u201d Cape Town, said officials.",
     [("The pier is lost,", D, "officials", "officials")]),
    ("\u201cThe pier is lost,\u201d Paris, said residents.",
     [("The pier is lost,", D, "residents", "residents")]),
    ("\u201cThe pier is lost,\u201d Cape Town, said city officials.",
     [("The pier is lost,", D, "city officials", "city officials")]),
    # controls: a person's name before the comma speaks, as ever
    ("\u201cThe pier is lost,\u201d Tom Berg, said officials.",
     [("The pier is lost,", D, "Tom Berg", "Tom Berg")]),
    ("\u201cThe pier is lost,\u201d Cape Town, said a resident.",
     [("The pier is lost,", D, "a resident", "a resident")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PEOPLE_AFTER_PLACE)
def test_people_after_place(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


OPEN_CLAUSE_WITH_INNER_CLAUSE = [
    # a relative clause whose closing comma is missing ends in a subordinate clause with its own
    # subject and verb: the cue is the main clause's (was: "the council collapsed")
    ("The mayor, who took office when the council collapsed said \u201cwe will rebuild the pier.\u201d",
     [("we will rebuild the pier.", D, "The mayor", "The mayor")]),
    ("\u201cWe will rebuild the pier,\u201d the mayor, who took office when the council collapsed said.",
     [("We will rebuild the pier,", D, "the mayor", "the mayor")]),
    ("The treasurer, who resigned because the budget failed said \u201cwe are broke.\u201d",
     [("we are broke.", D, "The treasurer", "The treasurer")]),
    # controls: a whole name before the clause (read so before), the inner clause's verb may be
    # the cue
    ("Tom Berg, who left the board when the firm collapsed said the pier was lost.",
     [("the pier was lost", R, "Tom Berg", "Tom Berg")]),
    ("The plan, which was shelved when the leader insisted said nothing.", []),
    ("He said the pact followed the plan agreed in Lyon, France, which was dropped when the French minister insisted on new terms.",
     [("the pact followed the plan agreed in Lyon, France, which was dropped when the French minister insisted on new terms",
       R, "He", "He")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPEN_CLAUSE_WITH_INNER_CLAUSE)
def test_open_clause_with_inner_clause(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


OPEN_CLAUSE_WITH_BARE_SUBJECT = [
    # "which" and a bare plural subject with its own verb in the past, the closing comma missing:
    # the phrase before the comma reports (was: nothing)
    ("The report, which officials released in May said the pier was lost.",
     [("the pier was lost", R, "The report", "The report")]),
    ("The memo, which lawyers drafted last year said the sale was legal.",
     [("the sale was legal", R, "The memo", "The memo")]),
    # controls: the closing comma written; and the cue the clause's own ("which officials said")
    ("The report, which officials released in May, said the pier was lost.",
     [("the pier was lost", R, "The report", "The report")]),
    ("The changes, which officials said were needed, passed.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPEN_CLAUSE_WITH_BARE_SUBJECT)
def test_open_clause_with_bare_subject(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


ONE_QUOTATION_BEFORE_CLOSING_CUE = [
    # one whole quotation before a name and a relative clause set off by commas: one direct
    # quote (was: a second, mixed quote of the quotation with its marks)
    ("\u201cThe pier is lost,\u201d Tom Berg, who asked not to be named, said.",
     [("The pier is lost,", D, "Tom Berg", "Tom Berg")]),
    ("\u201cWe cannot pay,\u201d Lena Frisk, who asked not to be named, told reporters.",
     [("We cannot pay,", D, "Lena Frisk", "Lena Frisk")]),
    # controls: a clause whose verb is no cue (read so before), the reporter's own words before
    # the quotation (the quoted words alone, as with no clause), and no quotation (reported words)
    ("\u201cWe cannot pay,\u201d Lena Frisk, who runs the clinic, told reporters.",
     [("We cannot pay,", D, "Lena Frisk", "Lena Frisk")]),
    ("The plan was \u201ca disaster,\u201d Tom Berg, who chairs the board, said.",
     [("a disaster,", D, "Tom Berg", "Tom Berg")]),
    ("The plan was a disaster, Tom Berg, who chairs the board, said.",
     [("The plan was a disaster", R, "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ONE_QUOTATION_BEFORE_CLOSING_CUE)
def test_one_quotation_before_closing_cue(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


RELATIVE_CLAUSE_AFTER_PLACE = [
    # a noun for people, a place after it, then a relative clause: the noun's phrase speaks
    # (was: no speaker, or the clause's object "Tom Berg")
    ("\u201cThe pier is lost,\u201d a resident of Bath, who asked not to be named, said.",
     [("The pier is lost,", D, "a resident of Bath", "a resident of Bath")]),
    ("\u201cThe pier is lost,\u201d a resident of Bath who asked not to be named said.",
     [("The pier is lost,", D, "a resident of Bath who asked not to be named", "a resident of Bath who asked not to be named")]),
    ("\u201cThe pier is lost,\u201d an official in New Delhi who asked not to be named said.",
     [("The pier is lost,", D, "an official in New Delhi who asked not to be named",
       "an official in New Delhi who asked not to be named")]),
    ("Voters in Ohio who backed Tom Berg said the pier was lost.",
     [("the pier was lost", R, "Voters", "Voters in Ohio")]),
    # a month's name before the cue is no auxiliary (was: "took office")
    ("The mayor who took office in May said the pier was lost.",
     [("the pier was lost", R, "The mayor who took office in May", "The mayor who took office in May")]),
    ("\u201cThe pier is lost,\u201d the mayor of Bath who took office in May said.",
     [("The pier is lost,", D, "the mayor of Bath who took office in May", "the mayor of Bath who took office in May")]),
    # an auxiliary and adverbs before the cue: the clause's own verb, whose subject the noun is
    # (was: "A lawyer who has successfully")
    ("The firm hired a lawyer who has successfully argued that the law was void.",
     [("the law was void", R, "a lawyer", "a lawyer")]),
    ("The firm hired a lawyer who has argued that the law was void.",
     [("the law was void", R, "a lawyer", "a lawyer")]),
    ("The firm hired a lawyer of Bath who has successfully argued that the law was void.",
     [("the law was void", R, "a lawyer of Bath", "a lawyer of Bath")]),
    # controls: the inverted order, no place, the clause set off by commas
    ("\u201cThe pier is lost,\u201d said a resident of Bath, who asked not to be named.",
     [("The pier is lost,", D, "a resident of Bath", "a resident of Bath")]),
    ("\u201cThe pier is lost,\u201d a resident, who asked not to be named, said.",
     [("The pier is lost,", D, "a resident", "a resident")]),
    ("\u201cThe pier is lost,\u201d a resident who asked not to be named said.",
     [("The pier is lost,", D, "a resident who asked not to be named", "a resident who asked not to be named")]),
    ("Voters who backed Tom Berg in the primary said the pier was lost.",
     [("the pier was lost", R, "Voters", "Voters")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), RELATIVE_CLAUSE_AFTER_PLACE)
def test_relative_clause_after_place(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


INDEFINITE_PRONOUN_SPEAKERS = [
    # an indefinite pronoun speaks as it is written, with or without a relative clause after it,
    # as news corpora mark it (``someone``, ``Anyone who ...``): kept alike, never a name
    ("\u201cThe pier is lost,\u201d someone said.",
     [("The pier is lost,", D, "someone", "someone")]),
    ("Someone who knows the harbour says \u201cthe pier is lost.\u201d",
     [("the pier is lost.", D, "Someone", "Someone")]),
    ("Anyone who knows the harbour says \u201cthe pier is lost.\u201d",
     [("the pier is lost.", D, "Anyone", "Anyone")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), INDEFINITE_PRONOUN_SPEAKERS)
def test_indefinite_pronoun_speakers(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


class FrontierVocabulary(Vocabulary):
    """A vocabulary that knows one more region, as a user adds a province of their own."""

    REGIONS = (*Vocabulary.REGIONS, "Nordland")


def test_regions_are_a_vocabulary_list() -> None:
    assert Vocabulary().is_region_name("new  mexico")
    assert not Vocabulary().is_region_name("Leeds")
    assert not Vocabulary().is_region_name("Nordland")
    assert FrontierVocabulary().is_region_name("Nordland")


def test_no_duplicate_rows() -> None:
    tables = [REGION_AFTER_PLACE, POSSESSIVE_REGION, ROLE_PLACE_REGION_NAME, PEOPLE_AFTER_PLACE,
              OPEN_CLAUSE_WITH_INNER_CLAUSE, OPEN_CLAUSE_WITH_BARE_SUBJECT, ONE_QUOTATION_BEFORE_CLOSING_CUE,
              RELATIVE_CLAUSE_AFTER_PLACE, INDEFINITE_PRONOUN_SPEAKERS]
    paragraphs = [row[0] for table in tables for row in table]
    assert len(paragraphs) == len(set(paragraphs))
