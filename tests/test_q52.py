"""Speaker phrases with unclosed clauses and places with commas, issue 5 (q52, stop 45).  Each
table puts the bad shape beside its near-shape controls, the same words that must not change;
each row is one paragraph under a plain headline and the exact ``(text, kind, speaker name,
speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="Harbour notebook")


OPEN_RELATIVE_CLAUSE = [
    # a relative clause after a comma, its closing comma missing, whole before the cue: the phrase
    # before the comma speaks, never the clause's words (was: "took office", "the union elected")
    ("The mayor, who took office in January said \u201cthe budget is a mess.\u201d",
     [("the budget is a mess.", D, "The mayor", "The mayor")]),
    ("\u201cThe budget is a mess,\u201d the treasurer, who joined the council in 2019 said.",
     [("The budget is a mess,", D, "the treasurer", "the treasurer")]),
    ("The harbour master, who was appointed in March said \u201cthe quay is safe.\u201d",
     [("the quay is safe.", D, "The harbour master", "The harbour master")]),
    ("Tom Berg, whom the union elected in May said \u201cwe will strike.\u201d",
     [("we will strike.", D, "Tom Berg", "Tom Berg")]),
    ("\u201cWe will not sell,\u201d Ines Calder, whom the board hired last year said.",
     [("We will not sell,", D, "Ines Calder", "Ines Calder")]),
    ("The firm, whose shares fell 10 percent said \u201cwe are sound.\u201d",
     [("we are sound.", D, "The firm", "The firm")]),
    ("\u201cWe will appeal,\u201d the union, whose members voted against the deal said.",
     [("We will appeal,", D, "the union", "the union")]),
    # the clause's own cue word is not the sentence's cue: the words it tells end where the clause does
    ("Berg, who told reporters he was tired said \u201cI will stay.\u201d",
     [("he was tired", R, "Berg", "Berg"), ("I will stay.", D, "Berg", "Berg")]),
    ("Lena Frisk, who told the council the pier was unsafe said \u201cwe must act now.\u201d",
     [("the pier was unsafe", R, "Lena Frisk", "Lena Frisk"), ("we must act now.", D, "Lena Frisk", "Lena Frisk")]),
    # controls: the closing comma written, and clauses whose cue is the clause's own
    ("Berg, who told reporters he was tired, said \u201cI will stay.\u201d",
     [("he was tired", R, "Berg", "Berg"), ("I will stay.", D, "Berg", "Berg")]),
    ("The mayor, who took office in January, said \u201cthe budget is a mess.\u201d",
     [("the budget is a mess.", D, "The mayor", "The mayor")]),
    ("The mayor, who also said the plan was flawed, left early.",
     [("the plan was flawed", R, "The mayor", "The mayor")]),
    ("Tom Berg, who had said \u201cno deal,\u201d voted for it.",
     [("no deal,", D, "Tom Berg", "Tom Berg")]),
    ("Tom Berg, whose lawyer said \u201cthe vote was rigged,\u201d will appeal.",
     [("the vote was rigged,", D, "lawyer", "lawyer")]),
    ("After all, the bank, which began the year predicting that it would cut rates, has yet to move.",
     []),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPEN_RELATIVE_CLAUSE)
def test_open_relative_clause(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
