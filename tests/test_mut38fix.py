"""Wrong readings of the unmutated quote code that the mutation pass mut38 reported, mended."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import speaker_mentions


def mentions(text: str) -> list[str | None]:
    return speaker_mentions(text)


@pytest.mark.parametrize(
    ("attribution", "mention"),
    [
        ("said her younger sibling.", "her younger sibling"),
        ("said the boy's older sibling, Ana Ruiz.", "Ana Ruiz"),
        ("said her sibling, Tom Berg.", "Tom Berg"),
        # (a participle still ends the phrase: "a man standing at the door")
        ("said a man standing at the door.", "a man"),
    ],
)
def test_a_noun_for_people_in_ing_is_no_participle(attribution: str, mention: str) -> None:
    text = f'Family pays tribute\n\n"She lit up every room she walked into," {attribution}\n'
    assert mentions(text) == [mention]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("At the Guildhall Tom Berg said the plan would cost the city £2m.", "Tom Berg"),
        ("Outside the Capitol Ana Ortiz said the bill would pass by Friday.", "Ana Ortiz"),
    ],
)
def test_a_place_after_an_opening_preposition_is_no_part_of_the_name(sentence: str, name: str) -> None:
    quotes = newsparse.parse_article(f"Council debates budget\n\n{sentence}\n").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]
