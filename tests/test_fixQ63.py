"""English speakers of round 63 (issue 5): a title word that ends a name after a known given name is
the surname (``Rob Lord``, ``Tom Bishop``), so the person behind a body's long name and a title is
read and a pronoun after them resolves to them.
Each row: the article, then every quote as ``(text, kind, speaker's name, speaker's mention)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

CITY = "LONDON (AP) — Train services were cut across the capital on Tuesday.\n\n"
FIRE = "BRISBANE (AP) — Bushfires burned across the state on Tuesday.\n\n"
SORRY = '\n\n"We are sorry for the delays," he said.'
RESUME = "services would resume on Monday"
STRETCHED = '\n\n"We are stretched thin," he said.'
CREWS = "crews were working through the night"

ROWS: list[tuple[str, list[MentionRow]]] = [
    # -- a title word after a known given name ends the name: the surname, and the pronoun's referent
    (CITY + f"Transport for London Commissioner Rob Lord said {RESUME}." + SORRY,
     [(RESUME, R, "Rob Lord", "Transport for London Commissioner Rob Lord"),
      ("We are sorry for the delays,", D, "Rob Lord", "he")]),
    # must not change (read so before too): a title before the given name
    (CITY + f"Commissioner Rob Lord said {RESUME}." + SORRY,
     [(RESUME, R, "Rob Lord", "Commissioner Rob Lord"), ("We are sorry for the delays,", D, "Rob Lord", "he")]),
    # -- the same after a body whose name has "of" inside
    (CITY + f"Bank of England Governor Tom Bishop said {RESUME}.",
     [(RESUME, R, "Tom Bishop", "Bank of England Governor Tom Bishop")]),
    # must not change (read so before too): the name alone after the cue
    (CITY + '"Rates will rise," said Tom Major.', [("Rates will rise,", D, "Tom Major", "Tom Major")]),
    # the body's name with "and" inside stays one body before the title: its holder speaks
    (FIRE + f"Queensland Fire and Emergency Services Commissioner Greg Leach said {CREWS}." + STRETCHED,
     [(CREWS, R, "Greg Leach", "Queensland Fire and Emergency Services Commissioner Greg Leach"),
      ("We are stretched thin,", D, "Greg Leach", "he")]),
    # must not change: a title before the name, a title alone, a title after a word no given name
    (CITY + f"Lord Bishop said {RESUME}.", [(RESUME, R, "Lord Bishop", "Lord Bishop")]),
    (CITY + '"Rates will rise," said the Lord Mayor.', [("Rates will rise,", D, "the Lord Mayor", "the Lord Mayor")]),
    (CITY + '"Rates will rise," said the Victoria Premier.',
     [("Rates will rise,", D, "the Victoria Premier", "the Victoria Premier")]),
    (CITY + f"Victoria Premier Tom Berg said {RESUME}.", [(RESUME, R, "Tom Berg", "Victoria Premier Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fixq63_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected
