"""Mutation pass mutCC (stop 24, issue 8): the speaker rules added or rewritten this stop, each
case beside its near-miss, asserting the value a surviving mutant changed (see docs/testing.md)."""

from __future__ import annotations

import pytest
from tests.quote_cases import speaker_rows

from newsparse.people import Person
from newsparse.quotes.parser import QuoteParser
from newsparse.quotes.resolution import SpeakerResolution

SANDERS = '"Wall Street runs this town," Bernie Sanders said.'
HOLDER = '"We acted within the law," Eric Holder said.'
JAIL = '"No banker has gone to jail," he said.'
# a short paragraph of 118 characters, less its last words
LONG_OPENING = "Sanders was not impressed by the answer he got from the ministry on Monday, and he told reporters so outside the "

# the paragraph between the last speaker and the pronoun: who "he" is
SHORT_PARAGRAPHS = [
    # (120 characters: short enough)
    (f"{SANDERS}\n\n{HOLDER}\n\n{LONG_OPENING}courts.\n\n{JAIL}", "Bernie Sanders"),
    # (121 characters: too long, the last speaker stays)
    (f"{SANDERS}\n\n{HOLDER}\n\n{LONG_OPENING}chamber.\n\n{JAIL}", "Eric Holder"),
    (f"{SANDERS}\n\n{HOLDER}\n\n{LONG_OPENING}hall in town.\n\n{JAIL}", "Eric Holder"),
    # (a blank after the full stop)
    (f"{SANDERS}\n\n{HOLDER}\n\nSanders was not impressed. \n\n{JAIL}", "Bernie Sanders"),
    # (a paragraph that ends with "!" or "?", or opens with two titles)
    (f"{SANDERS}\n\n{HOLDER}\n\nSanders would have none of it!\n\n{JAIL}", "Bernie Sanders"),
    (f"{SANDERS}\n\n{HOLDER}\n\nSanders was not impressed. Why would he be?\n\n{JAIL}", "Bernie Sanders"),
    (f"{SANDERS}\n\n{HOLDER}\n\nVice President Sanders was not impressed.\n\n{JAIL}", "Bernie Sanders"),
    # (a surname of two words' paragraph, a surname before a comma, a full name in the possessive)
    (f"{SANDERS}\n\n{HOLDER}\n\nSanders nodded.\n\n{JAIL}", "Bernie Sanders"),
    (f"{SANDERS}\n\n{HOLDER}\n\nSanders, for one, was not impressed.\n\n{JAIL}", "Bernie Sanders"),
    (f"{SANDERS}\n\n{HOLDER}\n\nBernie Sanders's aides were not impressed.\n\n{JAIL}", "Eric Holder"),
    # (a paragraph of titles only names no one)
    (f"{SANDERS}\n\n{HOLDER}\n\nMr. President.\n\n{JAIL}", "Eric Holder"),
    # (the last speaker is the pronoun of that paragraph's own words)
    (f"{SANDERS}\n\n{HOLDER}\n\nSanders was not impressed, he said.\n\n{JAIL}", "Eric Holder"),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_PARAGRAPHS)
def test_a_short_paragraph_gives_the_pronoun_within_its_bounds(text: str, expected: str) -> None:
    *_, (quoted, name, mention) = speaker_rows(text)
    assert (quoted, mention) == ("No banker has gone to jail,", "he")
    assert name == expected


# where a paragraph opens: the text's start, an indent, or a blank line (blanks on it, at most seven)
OPENINGS = [
    ("Sanders frowned.", 0, True),
    ("Tom Berg spoke.\n Sanders frowned.", 16, True),
    ("Tom Berg spoke.\n\tSanders frowned.", 16, True),
    ("Tom Berg spoke.\n\nSanders frowned.", 17, True),
    ("\n\nSanders frowned.", 2, True),
    ("Tom Berg spoke.\n \t \nSanders frowned.", 20, True),
    ("Tom Berg spoke.\n" + " " * 7 + "\nSanders frowned.", 24, True),
    # near-misses: a wrapped line, a line after eight blanks, the first line after a single break
    ("Tom Berg spoke.\nSanders frowned.", 16, False),
    ("Tom Berg spoke.\n" + " " * 8 + "\nSanders frowned.", 25, False),
    ("\nSanders frowned.\n", 1, False),
]


@pytest.mark.parametrize(("text", "start", "expected"), OPENINGS)
def test_where_a_paragraph_opens(text: str, start: int, expected: bool) -> None:
    assert text[start - 1 : start] in ("", "\n", " ", "\t")
    assert SpeakerResolution.paragraph_opens_at(start, text) is expected


# the pronoun a given name calls for: whole, else by its first part; never for a name of one word
GIVEN_NAMES = [
    ("Marta Vidal", "she"),
    ("Jean-Pierre Vidal", "he"),
    ("Ana-Mar Roux", "she"),
    ("Marie-Anne-Sophie Roux", "she"),
    ("Jean-Noël Vidal", None),
    ("Marta", None),
]


@pytest.mark.parametrize(("name", "expected"), GIVEN_NAMES)
def test_the_pronoun_a_given_name_calls_for(name: str, expected: str | None) -> None:
    person = Person(name, tuple(name.split()), frozenset(), 0)
    assert QuoteParser().given_name_gender(person) == expected


# a name ending in an organisation word stands as a person's after an age set off by commas, too
AGES = [
    ("Helen Park, 42, said the plan was good.", True),
    ("Helen Park, 42, said.", True),
    ("Helen Park, 42, a teacher, said the plan was good.", False),
    ("Helen Park, 42, Main Street, was sold.", False),
]


@pytest.mark.parametrize(("text", "speaks"), AGES)
def test_a_name_speaks_after_an_age(text: str, speaks: bool) -> None:
    assert QuoteParser().speaks_there(text, text.rfind(" Park"), "Park", None) is speaks
