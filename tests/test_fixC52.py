"""Quotes and speakers a new user's trial got wrong (fixC52, stop 45).  Each table puts the bad shape
beside its near-shape controls; each row is one paragraph under a plain headline and the exact
``(text, kind, speaker name, speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

Row = tuple[str, QuoteKind, "str | None", "str | None"]


quotes_of = partial(mention_rows, headline="Harbour notebook")


ROLE_BEFORE_LINK_AND_RELATIVE = [
    # a role with two words between its article and its noun, a link, a place and a relative
    # clause: the role speaks (was: the place alone)
    ("\u201cIt is over,\u201d the former Conservative MP for Bath, who quit in 2019, said.",
     [("It is over,", D, "the former Conservative MP for Bath", "the former Conservative MP for Bath")]),
    ("\u201cIt is over,\u201d the former Labour councillor for Leeds, who left in May, said.",
     [("It is over,", D, "the former Labour councillor for Leeds", "the former Labour councillor for Leeds")]),
    # controls: one word between, no relative clause, a person's name before "of", a thing in a place
    ("\u201cWe are ready,\u201d the French ambassador to Chile, who arrived last week, said.",
     [("We are ready,", D, "the French ambassador to Chile", "the French ambassador to Chile")]),
    ("\u201cIt is over,\u201d the former Conservative MP for Bath said.",
     [("It is over,", D, "the former Conservative MP for Bath", "the former Conservative MP for Bath")]),
    ("\u201cIt is over,\u201d Tom Berg of Bath, who quit in 2019, said.",
     [("It is over,", D, "Tom Berg", "Tom Berg of Bath")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ROLE_BEFORE_LINK_AND_RELATIVE)
def test_role_before_link_and_relative(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


NUMBERED_NOUN_BEFORE_RELATIVE = [
    # an article's noun opened by a number and a hyphen, then a relative clause: it speaks (was: no quote)
    ("\u201cIt is over,\u201d the 63-year-old, who quit in 2019, said.",
     [("It is over,", D, "the 63-year-old", "the 63-year-old")]),
    ("\u201cIt is over,\u201d a 40-year-old, who lost his job in May, said.",
     [("It is over,", D, "a 40-year-old", "a 40-year-old")]),
    # controls: no relative clause; a bare number is no noun and no speaker
    ("\u201cIt is over,\u201d the 63-year-old said.",
     [("It is over,", D, "the 63-year-old", "the 63-year-old")]),
    ("\u201cIt is over,\u201d the 2019, who quit, said.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), NUMBERED_NOUN_BEFORE_RELATIVE)
def test_numbered_noun_before_relative(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


NAME_AFTER_ROLE_BEFORE_PLACE = [
    # a name set off after a role after an inverted cue, then a short place phrase: the name speaks
    # (was: the role)
    ("\u201cWe will appeal this verdict,\u201d said his lawyer, Ann Lee, outside the court.",
     [("We will appeal this verdict,", D, "Ann Lee", "Ann Lee")]),
    ("\u201cWe will appeal,\u201d said a spokeswoman, Ann Lee, near the scene.",
     [("We will appeal,", D, "Ann Lee", "Ann Lee")]),
    # controls: no tail; a tail of a clause or too long a phrase keeps the role
    ("\u201cWe will appeal this verdict,\u201d said his lawyer, Ann Lee.",
     [("We will appeal this verdict,", D, "Ann Lee", "Ann Lee")]),
    # (a relative clause on the name: the name speaks, q54's DirectQuotes.relative_tail)
    ("\u201cWe will appeal,\u201d said his lawyer, Ann Lee, who was outside the court.",
     [("We will appeal,", D, "Ann Lee", "Ann Lee")]),
    ("\u201cWe will appeal,\u201d said his lawyer, Ann Lee, in a statement on Monday afternoon at the court.",
     [("We will appeal,", D, "his lawyer", "his lawyer")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NAME_AFTER_ROLE_BEFORE_PLACE)
def test_name_after_role_before_place(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


REPORTED_FIGURES = [
    # a report cue's object headed by a result noun with no verb after it: figures, no speech
    # (was: an indirect quote of the object)
    ("Shares fell 8% after it reported an unexpected quarterly loss.", []),
    ("Acme reported a rise in sales on Tuesday.", []),
    ("The bank reported record profits.", []),
    # controls: a clause after "that" or without it, a verb after the noun, and reported speech of people
    ("The company reported that profits had doubled.",
     [("profits had doubled", R, "The company", "The company")]),
    ("The company reported profits had doubled.",
     [("profits had doubled", R, "The company", "The company")]),
    ("Acme reported sales rose 5% in May.",
     [("sales rose 5% in May", R, "Acme", "Acme")]),
    ("Officials reported that the fall in prices was temporary.",
     [("the fall in prices was temporary", R, "Officials", "Officials")]),
    ("The newspaper reported the mayor would resign.",
     [("the mayor would resign", R, "The newspaper", "The newspaper")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), REPORTED_FIGURES)
def test_reported_figures(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


REGION_AFTER_PLACE = [
    # a name, an appositive whose place has its region set off, then the cue: the name speaks
    # (was: the region)
    ("Jean Dupont, a winemaker from Lyon, France said the harvest was poor.",
     [("the harvest was poor", R, "Jean Dupont", "Jean Dupont")]),
    # a role, its place and its region set off before a name after an inverted cue: the name
    # speaks (was: the role)
    ("\u201cWe are ready,\u201d said the mayor of Lyon, France, Gregory Doucet.",
     [("We are ready,", D, "Gregory Doucet", "the mayor of Lyon")]),
    # controls: no region; a name after the place's comma is no region; no name after the region;
    # a role with no place before the region
    ("Jean Dupont, a winemaker from Lyon said the harvest was poor.",
     [("the harvest was poor", R, "Jean Dupont", "Jean Dupont")]),
    ("Jean Dupont, a winemaker from Lyon, Berg said the harvest was poor.",
     [("the harvest was poor", R, "Berg", "Berg")]),
    ("\u201cWe are ready,\u201d said the mayor of Lyon, Gregory Doucet.",
     [("We are ready,", D, "Gregory Doucet", "the mayor of Lyon")]),
    ("\u201cWe are ready,\u201d said the mayor of Lyon, France.",
     [("We are ready,", D, "the mayor of Lyon", "the mayor of Lyon")]),
    ("\u201cWe are ready,\u201d said the mayor, France, Gregory Doucet.",
     [("We are ready,", D, "the mayor", "the mayor")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), REGION_AFTER_PLACE)
def test_region_after_place(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
