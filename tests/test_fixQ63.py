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
MARKET = "NEW YORK (AP) — Shares in retailers rose on Tuesday.\n\n"
PROFITS = "Acme Corp said profits rose 5 percent. Chief executive Tom Berg said demand was strong.\n\n"
HIRE = "it would hire 500 workers"

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
    # -- a thing pronoun after a person spoke: the organisation that spoke before the person
    (MARKET + PROFITS + '"We will hire 500 workers," it said.',
     [("profits rose 5 percent", R, "Acme Corp", "Acme Corp"), ("demand was strong", R, "Tom Berg", "Chief executive Tom Berg"),
      ("We will hire 500 workers,", D, "Acme Corp", "it")]),
    (MARKET + PROFITS + f"It announced that {HIRE}.",
     [("profits rose 5 percent", R, "Acme Corp", "Acme Corp"), ("demand was strong", R, "Tom Berg", "Chief executive Tom Berg"),
      (HIRE, R, "Acme Corp", "It")]),
    (MARKET + "Acme Corp said profits rose. Tom Berg, its chief executive, said demand was strong. "
     f'"We are hiring," he said.\n\nIt said {HIRE}.',
     [("profits rose", R, "Acme Corp", "Acme Corp"), ("demand was strong", R, "Tom Berg", "Tom Berg"),
      ("We are hiring,", D, "Tom Berg", "he"), (HIRE, R, "Acme Corp", "It")]),
    # must not change: the subject of the sentence before is a body (read so before); a person spoke
    # last and no body spoke, or a body spoke before the paragraph before; "he" after the body
    (MARKET + f"Acme Corp said profits rose. Tom Berg said demand was weak. Globex Inc posted a loss.\n\nIt said {HIRE}.",
     [("profits rose", R, "Acme Corp", "Acme Corp"), ("demand was weak", R, "Tom Berg", "Tom Berg"),
      (HIRE, R, "Globex Inc", "It")]),
    (MARKET + f"Prices rose, industry sources said. Tom Berg said demand was weak.\n\nIt said {HIRE}.",
     [("Prices rose", R, "industry sources", "industry sources"), ("demand was weak", R, "Tom Berg", "Tom Berg"),
      (HIRE, R, "It", "It")]),
    (MARKET + f"Acme Corp said profits rose.\n\nTom Berg said demand was weak.\n\nShares fell.\n\nIt said {HIRE}.",
     [("profits rose", R, "Acme Corp", "Acme Corp"), ("demand was weak", R, "Tom Berg", "Tom Berg"), (HIRE, R, "It", "It")]),
    (MARKET + 'Acme Corp said profits rose. Tom Berg said demand was weak.\n\n"It is a tough market," he said.',
     [("profits rose", R, "Acme Corp", "Acme Corp"), ("demand was weak", R, "Tom Berg", "Tom Berg"),
      ("It is a tough market,", D, "Tom Berg", "he")]),
    # must not change: an organisation that was the last to speak or the sentence's subject
    (MARKET + 'Acme Corp posted higher profits on Tuesday. "Demand was strong," the company said.',
     [("Demand was strong,", D, "Acme Corp", "the company")]),
    (MARKET + f"Acme Corp posted higher profits on Tuesday. It announced that {HIRE}.", [(HIRE, R, "Acme Corp", "It")]),
    (MARKET + 'Acme Corp posted higher profits.\n\n"We will hire 500 workers," it announced.',
     [("We will hire 500 workers,", D, "Acme Corp", "it")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fixq63_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected
