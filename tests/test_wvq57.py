"""Wrong speakers and wrong quote extents in English (wvq57, stop 50, issue 5).  Each table puts
the bad shape beside its near-shape controls; each row is one paragraph under a plain headline and
the exact ``(text, kind, speaker name, speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


quotes_of = partial(mention_rows, headline="Harbour notebook")


PERSON_PRONOUN_NOT_A_BODY = [
    # a person pronoun after a body or a group in lower case: left as written (was: the body)
    ("Inflation, the bank said, would stay high, and she warned that wages were rising.",
     [("Inflation, the bank said, would stay high", R, "the bank", "the bank"),
      ("wages were rising", R, "she", "she")]),
    ("Inflation, the bank said, would stay high, but he warned that wages were rising.",
     [("Inflation, the bank said, would stay high", R, "the bank", "the bank"),
      ("wages were rising", R, "he", "he")]),
    ("Fares, the ministry said, would go up, but he warned that service would not improve.",
     [("Fares, the ministry said, would go up", R, "the ministry", "the ministry"),
      ("service would not improve", R, "he", "he")]),
    ("The road, police said, would reopen soon, and she added that nobody was hurt.",
     [("The road, police said, would reopen soon", R, "police", "police"),
      ("nobody was hurt", R, "she", "she")]),
    ("Rents, analysts said, would keep rising, but she warned that supply was growing.",
     [("Rents, analysts said, would keep rising", R, "analysts", "analysts"),
      ("supply was growing", R, "she", "she")]),
    # a person named before: the pronoun still goes to her
    ("Ana Ortiz spoke first. Inflation, the bank said, would stay high, and she warned that wages were rising.",
     [("Inflation, the bank said, would stay high", R, "the bank", "the bank"),
      ("wages were rising", R, "Ana Ortiz", "she")]),
    # controls: a role noun for one person is one the pronoun may be
    ("Inflation, the spokesman said, would stay high, and he warned that wages were rising.",
     [("Inflation, the spokesman said, would stay high", R, "the spokesman", "the spokesman"),
      ("wages were rising", R, "the spokesman", "he")]),
    ("Inflation, the witness said, would stay high, but she warned that wages were rising.",
     [("Inflation, the witness said, would stay high", R, "the witness", "the witness"),
      ("wages were rising", R, "the witness", "she")]),
    # control: "it" may stand for the bank
    ("Inflation, the bank said, would stay high, and it warned that wages were rising.",
     [("Inflation, the bank said, would stay high", R, "the bank", "the bank"),
      ("wages were rising", R, "the bank", "it")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PERSON_PRONOUN_NOT_A_BODY)
def test_person_pronoun_not_a_body(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
