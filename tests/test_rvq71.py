"""A reviewer's findings on round 71's speaker rules, mended (branch rvq71).

Each row is a short wire or web story written for these tests, the words of one quote in it and the
speaker that must come out; near-miss rows keep what they had."""

from __future__ import annotations

import pytest

from quote_cases import article_of

Row = tuple[str, str, "str | None"]
Quoted = tuple[str, "list[tuple[str, str | None]]"]


GERUND_OBJECTS: list[Quoted] = [
    # a participle after the attribution's comma whose object opens with a word that doubles as an adjective:
    # the writer's phrase, the words before the attribution are what was said
    ("HOUSTON - Refiners cut runs in May.\n\n"
     "Fuel demand eased in May, the agency said, citing lost output at two refineries.",
     [("Fuel demand eased in May", "the agency")]),
    ("LONDON - Care workers voted on Monday.\n\n"
     "The strike will go ahead, the union said, seeking paid leave for carers.",
     [("The strike will go ahead", "the union")]),
    ("LEEDS - The mill closed on Friday.\n\n"
     "Orders have dried up, the owner said, blaming cut budgets at the council.",
     [("Orders have dried up", "the owner")]),
    ("LEEDS - The mill closed on Friday.\n\n"
     "Jobs will go, the owner said, pointing to set prices for wool.",
     [("Jobs will go", "the owner")]),
    # near misses: a noun in -ing before a finite-only verb is still the clause's subject
    ("LONDON - Northgate Bank published its results on Friday.\n\n"
     "In the first quarter, the bank said, lending fell by a tenth.",
     [("lending fell by a tenth", "Northgate Bank")]),
    ("LONDON - Northgate Bank published its results on Friday.\n\n"
     "In the first quarter, the bank said, borrowing was weak in the north.",
     [("borrowing was weak in the north", "Northgate Bank")]),
]


@pytest.mark.parametrize(("story", "expected"), GERUND_OBJECTS)
def test_a_participle_before_an_adjective_is_the_writers(story: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = article_of(story).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
