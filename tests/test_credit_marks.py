"""The caption parser passes over a credit pattern for a line without the character or word that
pattern needs (a slash, a bracket, a bar, ``via``, ``©``): each credit shape below still splits off
its credit, and lines that hold those marks without a credit keep them."""

from __future__ import annotations

import pytest

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
