"""Wrong speakers from lists, role phrases, pronouns and subordinate clauses (wv59, issue 5).  Each
table puts the bad shape, in two or three wordings, beside its near-shape controls; each row is one
paragraph under a plain headline and the exact ``(text, kind, speaker name, speaker mention)``
tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


quotes_of = partial(mention_rows, headline="Harbour notebook")


SURNAMES_ONLY = [
    # three surnames listed: all of them, never the last two
    ('Ortiz, Berg and Hall said the plan would fail.',
     [('the plan would fail', R, 'Ortiz, Berg and Hall', 'Ortiz, Berg and Hall')]),
    ('Nkosi, Dube and Mbeki told reporters the fares would rise.',
     [('the fares would rise', R, 'Nkosi, Dube and Mbeki', 'Nkosi, Dube and Mbeki')]),
    ('The plan will fail, Ortiz, Berg and Hall said.',
     [('The plan will fail', R, 'Ortiz, Berg and Hall', 'Ortiz, Berg and Hall')]),
    ('"We will win," Ortiz, Berg and Hall said.',
     [('We will win,', D, 'Ortiz, Berg and Hall', 'Ortiz, Berg and Hall')]),
    # a titled name closes the list of surnames: all of them, never the titled one alone
    ('Ortiz, Berg and Mayor Eva Hall said the plan would fail.',
     [('the plan would fail', R, 'Ortiz, Berg and Eva Hall', 'Ortiz, Berg and Mayor Eva Hall')]),
    ('Ana Ortiz, Tom Berg and Mayor Eva Hall said the rent had doubled.',
     [('the rent had doubled', R, 'Ana Ortiz, Tom Berg and Eva Hall', 'Ana Ortiz, Tom Berg and Mayor Eva Hall')]),
    # controls: an opening adverb, a place or a day before the pair; portfolios listed before a title
    ('Later, Berg and Hall said the plan would fail.',
     [('the plan would fail', R, 'Berg and Hall', 'Berg and Hall')]),
    ('Meanwhile, Berg and Hall said the plan would fail.',
     [('the plan would fail', R, 'Berg and Hall', 'Berg and Hall')]),
    ('Lyon, Berg and Hall said the plan would fail.',
     [('the plan would fail', R, 'Berg and Hall', 'Berg and Hall')]),
    ('Yesterday, Berg and Hall said the plan would fail.',
     [('the plan would fail', R, 'Berg and Hall', 'Berg and Hall')]),
    ('Tourism, Sport and Culture Minister Parks Tau said the visa rules would change.',
     [('the visa rules would change', R, 'Parks Tau', 'Tourism, Sport and Culture Minister Parks Tau')]),
    ('Trade, Industry and Competition Minister Parks Tau said the visa rules would change.',
     [('the visa rules would change', R, 'Parks Tau', 'Trade, Industry and Competition Minister Parks Tau')]),
    ('Mayor Ana Ortiz, Ben Lee and Lee Chan said the rent had doubled.',
     [('the rent had doubled', R, 'Ana Ortiz, Ben Lee and Lee Chan', 'Mayor Ana Ortiz, Ben Lee and Lee Chan')]),
    ('Marks and Spencer chairman Archie Norman said sales fell.',
     [('sales fell', R, 'Archie Norman', 'Marks and Spencer chairman Archie Norman')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SURNAMES_ONLY)
def test_list_of_surnames(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


LISTED_BODY_ROLE_THEN_NAME = [
    # a role of a body whose name is a list, then a name set off: the name speaks, never the list's first part
    ('A Memphis Light, Gas and Water spokesperson, Dana Whitfield, said the outage would end soon.',
     [('the outage would end soon', R, 'Dana Whitfield', 'Dana Whitfield')]),
    ('A Leeds, Bradford and York council spokesperson, Dana Whitfield, said the outage would end soon.',
     [('the outage would end soon', R, 'Dana Whitfield', 'Dana Whitfield')]),
    # the listed bodies themselves, an aside set off after them: the whole phrase, never its first part
    ('The Leeds, Bradford and York councils, in a joint statement, said the roads were closed.',
     [('the roads were closed', R, 'The Leeds, Bradford and York councils', 'The Leeds, Bradford and York councils')]),
    ('The Leeds, Bradford and York council, in a joint statement, said the roads were closed.',
     [('the roads were closed', R, 'The Leeds, Bradford and York council', 'The Leeds, Bradford and York council')]),
    # controls: the role alone; a plain role; the body's people with a relative clause
    ('A Memphis Light, Gas and Water spokesperson said the outage would end soon.',
     [('the outage would end soon', R, 'A Memphis Light, Gas and Water spokesperson',
       'A Memphis Light, Gas and Water spokesperson')]),
    ('A city spokesperson, Dana Whitfield, said the outage would end soon.',
     [('the outage would end soon', R, 'Dana Whitfield', 'Dana Whitfield')]),
    ('The Leeds, Bradford and York officials, who met on Monday, said the roads were closed.',
     [('the roads were closed', R, 'The Leeds, Bradford and York officials', 'The Leeds, Bradford and York officials')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), LISTED_BODY_ROLE_THEN_NAME)
def test_listed_body_role_then_name(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


TITLES_AFTER_WORDS_IN_LOWER_CASE = [
    # a role after the cue, then words in lower case and titles before the name set off: the name
    ('"It was a cold night," said her neighbour, retired Maj. Tom Hale.',
     [('It was a cold night,', D, 'Tom Hale', 'retired Maj. Tom Hale')]),
    ('"It was a cold night," said her neighbour, former Sen. Ana Ortiz.',
     [('It was a cold night,', D, 'Ana Ortiz', 'former Sen. Ana Ortiz')]),
    ('"It was a cold night," said a spokeswoman, acting Chief Inspector Ana Ortiz.',
     [('It was a cold night,', D, 'Ana Ortiz', 'acting Chief Inspector Ana Ortiz')]),
    # controls: titles alone, a role noun, an article; a negation keeps the role
    ('"It was a cold night," said her neighbour, Maj. Tom Hale.',
     [('It was a cold night,', D, 'Tom Hale', 'Maj. Tom Hale')]),
    ('"It was a cold night," said her neighbour, retired teacher Tom Hale.',
     [('It was a cold night,', D, 'Tom Hale', 'retired teacher Tom Hale')]),
    ('"It was a cold night," said her neighbour, the Rev. Tom Hale.',
     [('It was a cold night,', D, 'Tom Hale', 'the Rev. Tom Hale')]),
    ('"It was a cold night," said her neighbour, not Maj. Tom Hale.',
     [('It was a cold night,', D, 'her neighbour', 'her neighbour')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TITLES_AFTER_WORDS_IN_LOWER_CASE)
def test_titles_after_words_in_lower_case(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PRONOUN_AFTER_OPENING_ADVERB = [
    # the sentence before the pronoun opens with an adverb, then its subject: that subject, never the one before
    ('Mr Patel said the track was fine. Later Mr Singh said the line was safe. He added: "We tested every signal."',
     [('the track was fine', R, 'Patel', 'Mr Patel'), ('the line was safe', R, 'Singh', 'Mr Singh'),
      ('We tested every signal.', D, 'Singh', 'He')]),
    ('Ms Ruiz said the track was fine. Then, Mr Singh said the line was safe. He added: "We tested every signal."',
     [('the track was fine', R, 'Ruiz', 'Ms Ruiz'), ('the line was safe', R, 'Singh', 'Mr Singh'),
      ('We tested every signal.', D, 'Singh', 'He')]),
    ('Ms Khan said the bridge was unsafe, while Mr Patel said it was fine. He added: "We checked it twice." '
     'Later Mr Singh said the line was safe. He added: "We tested every signal."',
     [('the bridge was unsafe', R, 'Khan', 'Ms Khan'), ('it was fine', R, 'Patel', 'Mr Patel'),
      ('We checked it twice.', D, 'Patel', 'He'), ('the line was safe', R, 'Singh', 'Mr Singh'),
      ('We tested every signal.', D, 'Singh', 'He')]),
    # so after a time phrase that opens the sentence
    ('Mr Patel said the track was fine. On Monday Mr Singh said the line was safe. He added: "We tested every signal."',
     [('the track was fine', R, 'Patel', 'Mr Patel'), ('the line was safe', R, 'Singh', 'Mr Singh'),
      ('We tested every signal.', D, 'Singh', 'He')]),
    ('Mr Patel said the track was fine. Last week, Mr Singh said the line was safe. He added: "We tested every signal."',
     [('the track was fine', R, 'Patel', 'Mr Patel'), ('the line was safe', R, 'Singh', 'Mr Singh'),
      ('We tested every signal.', D, 'Singh', 'He')]),
    # controls: no adverb; an adverb or a time before a sentence whose subject is no person
    ('Mr Patel said the track was fine. On Monday the board met. He added: "We tested every signal."',
     [('the track was fine', R, 'Patel', 'Mr Patel'), ('We tested every signal.', D, 'Patel', 'He')]),
    ('Mr Patel said the track was fine. Mr Singh said the line was safe. He added: "We tested every signal."',
     [('the track was fine', R, 'Patel', 'Mr Patel'), ('the line was safe', R, 'Singh', 'Mr Singh'),
      ('We tested every signal.', D, 'Singh', 'He')]),
    ('Mr Patel said the track was fine. Later the board met. He added: "We tested every signal."',
     [('the track was fine', R, 'Patel', 'Mr Patel'), ('We tested every signal.', D, 'Patel', 'He')]),
    # the nearest woman, set off after a possessive, for "she"; never the judge before
    ('Judge Ana Ruiz said Mr Tom Dube had lied to the court. His wife, Sara Zulu, wept. "He is innocent," she said.',
     [('Mr Tom Dube had lied to the court', R, 'Ana Ruiz', 'Judge Ana Ruiz'), ('He is innocent,', D, 'Sara Zulu', 'she')]),
    # a plural pronoun is never one person the article names
    ('Jane Smith spoke first. Smith warned that the budget would be cut. They, however, cautioned that the cuts '
     'would be small.',
     [('the budget would be cut', R, 'Jane Smith', 'Smith'), ('the cuts would be small', R, 'They', 'They')]),
    ('Smith and Jones warned that the budget would be cut. They, however, cautioned that the cuts would be small.',
     [('the budget would be cut', R, 'Smith and Jones', 'Smith and Jones'),
      ('the cuts would be small', R, 'Smith and Jones', 'They')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PRONOUN_AFTER_OPENING_ADVERB)
def test_pronoun_after_opening_adverb(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


SUBORDINATE_CLAUSE_NAMING = [
    # a naming verb inside a clause a subordinator opens: never the main clause's subject
    ('Ana Ruiz smiled while the mayor with his aides spoke of "the rigged system" in the city.',
     [('the rigged system', D, None, None)]),
    ('Ana Ruiz frowned when the mayor from the port board spoke of "a fresh start" in the city.',
     [('a fresh start', D, None, None)]),
    ('Ana Ruiz smiled while the mayor spoke of "the rigged system" in the city.',
     [('the rigged system', D, None, None)]),
    # controls: the main clause's own verb
    ('Ana Ruiz, who spoke after the vote, called the plan "a disaster" on Monday.',
     [('a disaster', D, 'Ana Ruiz', 'Ana Ruiz')]),
    ('Ana Ruiz waited until the end and then called the plan "a disaster".',
     [('a disaster', D, 'Ana Ruiz', 'Ana Ruiz')]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SUBORDINATE_CLAUSE_NAMING)
def test_subordinate_clause_naming(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
