"""A line closed by a credit after its sentence has ended carries on no sentence onto the next line
(a regression trial of round 60: ``... on Monday. © Reuters`` / ``Residents said ...`` ran into one
paragraph whose quote was ``Reuters Residents``'s)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.body import BodyParser

HEAD = "Ashby floods\n\nASHBY - The river burst its banks on Sunday night.\n\n"


@pytest.mark.parametrize(
    ("lines", "paragraphs", "speakers"),
    [
        (
            "Rescuers reached the village on Monday. © Reuters\nResidents said they had lost everything.\n",
            ["Rescuers reached the village on Monday. © Reuters", "Residents said they had lost everything."],
            ["Residents"],
        ),
        (
            "Rescuers reached the village on Monday. (c) Jane Doe\nResidents said they had lost everything.\n",
            ["Rescuers reached the village on Monday. (c) Jane Doe", "Residents said they had lost everything."],
            ["Residents"],
        ),
        # (must not change: a hard-wrapped sentence left open goes on; a © inside a sentence ends nothing)
        (
            "Rescuers reached the village on Monday after the river burst its banks and\nflooded the main street.\n",
            ["Rescuers reached the village on Monday after the river burst its banks and flooded the main street."],
            [],
        ),
        (
            "The photographs, © the city archive and shown for the first time, were taken by\nvolunteers in 1953.\n",
            ["The photographs, © the city archive and shown for the first time, were taken by volunteers in 1953."],
            [],
        ),
    ],
)
def test_a_credit_after_a_sentence_ends_its_line(lines: str, paragraphs: list[str], speakers: list[str]) -> None:
    article = newsparse.parse_article(HEAD + lines)
    assert [p.text for p in article.paragraphs][1:] == paragraphs
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == speakers


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Rescuers reached the village on Monday. © Reuters", True),
        ("Rescuers reached the village on Monday! (C) AFP", True),
        ("The photographs, © the city archive", False),
        ("© Reuters", False),
        ("Rescuers reached the village on Monday", False),
    ],
)
def test_ends_in_credit(text: str, ends: bool) -> None:
    assert BodyParser().ends_in_credit(text) is ends
