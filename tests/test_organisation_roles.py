"""Organisations and roles a trial found misread (issue 5): a person pronoun given to an
organisation whose name ends in an institution's word (``Trust``, ``Choir``, ``Museum``), two
roles joined by ``and`` before a name set off by commas, a body's name cut at ``and`` after
``according to``, a name set off after a role with the place it is of, and a place written as
``City, State-based`` before a company."""

from __future__ import annotations

import pytest

from quote_cases import quote_speakers

HEADLINE = "Town waits for news\n\n"


def found(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return quote_speakers(HEADLINE + text, language)


# (language, text, quotes): a person pronoun never stands for an institution; the person set off
# after its possessive role (one role or two joined by "and") does
PRONOUNS = [
    (
        None,
        "The Riverside Youth Choir has sung in the cathedral since 2015. Its founder and director, Helen Marsh, "
        'still remembers the first concert. "We had eleven singers," she said.',
        [("We had eleven singers,", "Helen Marsh")],
    ),
    (
        "en-GB",
        "Northgate Heritage Trust said it was saddened by the fire. Its chair, Rachel Okafor, said the trust "
        "would rebuild the mill. 'This building survived two wars,' she said.",
        [
            ("it was saddened by the fire", "Northgate Heritage Trust"),
            ("the trust would rebuild the mill", "Rachel Okafor"),
            ("This building survived two wars,", "Rachel Okafor"),
        ],
    ),
    (
        "en-GB",
        "The mill's owner, Northgate Heritage Trust, said it was saddened by the fire. Its chair, Rachel Okafor, "
        "said the trust would rebuild the mill. 'This building survived two wars,' she said.",
        [
            ("it was saddened by the fire", "Northgate Heritage Trust"),
            ("the trust would rebuild the mill", "Rachel Okafor"),
            ("This building survived two wars,", "Rachel Okafor"),
        ],
    ),
    (
        None,
        "The Bayview Maritime Museum reopened on Monday. Its director and chief curator, Tom Ridley, was "
        'delighted. "We waited six years for this," he said.',
        [("We waited six years for this,", "Tom Ridley")],
    ),
    (
        None,
        'The Lakeside Community Hospital opened a new wing on Friday. "It will cut waiting times in half," she said.',
        [("It will cut waiting times in half,", "she")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PRONOUNS)
def test_person_pronoun_never_stands_for_an_institution(language: str | None, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text, language) == expected


# (text, quotes): a body's name goes on past "and" and capitalised words up to punctuation
BODIES = [
    (
        "Nine of the schools had no nurse on staff, according to the Department of Housing and Urban Development.",
        [("Nine of the schools had no nurse on staff", "Department of Housing and Urban Development")],
    ),
    (
        "Exports of grain fell by a fifth last year, according to the Ministry of Agriculture and Rural Affairs.",
        [("Exports of grain fell by a fifth last year", "Ministry of Agriculture and Rural Affairs")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_body_name_goes_on_past_and(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


# (text, quotes): the name set off after a role speaks, the place it is of after it or not
ROLES_WITH_PLACE = [
    (
        "The panel's senior Republican, Rep. Laura Mendez of Arizona, said that the hearing would go ahead.",
        [("the hearing would go ahead", "Laura Mendez")],
    ),
    (
        "The committee's ranking Democrat, Sen. Hector Ibarra of New Mexico, warned that the vote could slip to June.",
        [("the vote could slip to June", "Hector Ibarra")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES_WITH_PLACE)
def test_name_after_role_with_its_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


# (text, quotes): "City, State-based" before a company is all one phrase, the speaker
PLACE_COMPOUNDS = [
    (
        "Revenue rose 12 percent to $810 million, the Austin, Texas-based chipmaker said on Tuesday.",
        [("Revenue rose 12 percent to $810 million", "the Austin, Texas-based chipmaker")],
    ),
    (
        "Sales will reach about $2.1 billion this year, the Palo Alto, California-based company said Wednesday.",
        [("Sales will reach about $2.1 billion this year", "Palo Alto, California-based company")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_COMPOUNDS)
def test_city_state_compound_before_company(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


# (text, quotes): a body's name before a place's preposition speaks by its name, never with the place
PLACED_BODIES = [
    (
        "The Kessler Family Foundation in Denver said it would double its grants next year.",
        [("it would double its grants next year", "Kessler Family Foundation")],
    ),
    (
        "The Marlow Valley Housing Trust in Reading said the flats would be ready by spring.",
        [("the flats would be ready by spring", "Marlow Valley Housing Trust")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_BODIES)
def test_body_name_before_its_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected
