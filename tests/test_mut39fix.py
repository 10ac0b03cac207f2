"""Wrong readings of the unmutated quote code that the mutation pass mut39 reported, mended: a noun
owned by a possessive before a comma is no cue."""

from __future__ import annotations

import pytest

from quote_cases import cued_quotes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lena Brandt, the nurse who issued the hospital's warning, told reporters the ward was safe.",
            [("the ward was safe", "told", "Lena Brandt")],
        ),
        (
            "Medline, the billing manager that handles most of the clinic's claims, refused to pay the fine.",
            [],
        ),
        # (controls, passing on the base too: the verb after the owned noun is the cue, and a cue after a
        # pronoun's contraction is a verb)
        (
            "Tom Okafor, who read the mayor's warning, said the pier would close in May.",
            [("the pier would close in May", "said", "Tom Okafor")],
        ),
        ("Ruth Lang said on Monday she's warning tenants that rents will rise.", None),
    ],
)
def test_an_owned_noun_before_a_comma_is_no_cue(sentence: str, expected: list[tuple[str, str, str]] | None) -> None:
    quotes = cued_quotes(f"Harbour news\n\n{sentence}\n")
    if expected is None:
        assert all(cue != "warning" or name != "tenants" for _, cue, name in quotes)
        assert quotes and quotes[0][2] == "Ruth Lang"
    else:
        assert quotes == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Fares went up in March, and commuters complained, saying the service had not improved.", "commuters"),
        ("The plant closed in June, and local fishermen protested, saying they had not been warned.", "local fishermen"),
        ("Prices rose in May, and shoppers grumbled, saying the shelves were empty.", "shoppers"),
        # (controls: a determiner's subject was read before; an adverb names no one)
        ("Fares went up in March, and the commuters complained, saying the service had not improved.", "the commuters"),
        ("The mayor spoke on Tuesday, and afterwards complained, saying the budget was short.", "The mayor"),
    ],
)
def test_a_bare_plural_subject_of_a_joined_clause_speaks_for_its_participle(sentence: str, speaker: str) -> None:
    assert [name for _, _, name in cued_quotes(f"Harbour news\n\n{sentence}\n")] == [speaker]
