"""The caption parser passes over a credit pattern for a line without the character or word that
pattern needs (a slash, a bracket, a bar, ``via``, ``©``): each credit shape below still splits off
its credit, and lines that hold those marks without a credit keep them."""

from __future__ import annotations

import pytest
import regex

from newsparse import CaptionParser, Span
from newsparse.lines import Line

# (line, (caption text, credit) or None when the line has no credit)
CREDITS: list[tuple[str, tuple[str, str] | None]] = [
    # an agency, a slash, a photographer
    ("The mayor speaks to reporters outside city hall. Reuters/Jane Roe",
     ("The mayor speaks to reporters outside city hall.", "Reuters/Jane Roe")),
    # names and an outlet in brackets after a finished sentence
    ("Relatives gather outside the hospital on Monday. (Adel Hana/Associated Press)",
     ("Relatives gather outside the hospital on Monday.", "Adel Hana/Associated Press")),
    ("Rescue workers search the rubble in Antakya. (PTI photo)",
     ("Rescue workers search the rubble in Antakya.", "PTI photo")),
    # an outlet, a colon and a photographer in brackets
    ("Voters queue outside a polling station in Lagos. (City News: Jo Roe)",
     ("Voters queue outside a polling station in Lagos.", "City News: Jo Roe")),
    # a bar, then names and an outlet with a slash
    ("A crane lifts the last section into place in September. | Jane Roe/City Herald",
     ("A crane lifts the last section into place in September.", "Jane Roe/City Herald")),
    # a source via an agency after a sentence
    ("The rover crosses the crater floor in March. Handout via Reuters",
     ("The rover crosses the crater floor in March.", "Handout via Reuters")),
    # a copyright sign before a photographer and an agency
    ("The ferry leaves the harbour at dawn on Monday. © Jean Dupont / AFP",
     ("The ferry leaves the harbour at dawn on Monday.", "Jean Dupont / AFP")),
    # square brackets around a source via an agency
    ("SpaceX launches the capsule toward the station [SpaceX via Nasa]",
     ("SpaceX launches the capsule toward the station", "SpaceX via Nasa")),
    # the same marks in a story's sentences, no credit after them
    ("The council voted 7/2 to close the library on Monday, officials said.", None),
    ("The bill (which the senate passed in May) goes to the governor next week.", None),
    ("Investors moved their savings via online banks as rates rose, the report said.", None),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_a_credit_needs_its_mark(text: str, expected: tuple[str, str] | None) -> None:
    found = CaptionParser().split_credit(Line(text, Span(0, len(text)), 0, False))
    assert (None if found is None else (found.text, found.credit)) == expected


class CountingCaptions(CaptionParser):
    """A caption parser that counts the credit patterns it searches (its ``search_credit`` hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.searches = 0

    def search_credit(self, pattern: regex.Pattern[str], text: str, start: int) -> regex.Match[str] | None:
        self.searches += 1
        return super().search_credit(pattern, text, start)


def searches(text: str) -> int:
    """How many credit patterns :meth:`CaptionParser.split_credit` searches for *text*."""
    parser = CountingCaptions()
    assert parser.split_credit(Line(text, Span(0, len(text)), 0, False)) is None
    return parser.searches


PLAIN = "The council voted to close the library on Monday, officials said."

# a story's sentence with no credit: the patterns whose mark the line lacks are never searched, so
# a line holding a mark searches more of them than the same line without (the prefilter works)
MARKED_LINES = [
    "The council voted 7/2 to close the library on Monday, officials said.",
    "The council voted (again) to close the library on Monday, officials said.",
    "The council voted 7/2 (in May) [twice] | via © to close the library on Monday, officials said.",
]


@pytest.mark.parametrize("text", MARKED_LINES)
def test_a_line_without_marks_searches_fewer_patterns(text: str) -> None:
    assert searches(PLAIN) < searches(text)
