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
    ("The mayor, who took office after the election said \u201cthe budget is a mess.\u201d",
     [("the budget is a mess.", D, "The mayor", "The mayor")]),
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
    # a subordinate clause inside the relative clause: its verb is no main cue, the words run on
    ("He said the pact followed the plan agreed in Lyon, France, which was dropped when the French minister insisted on new terms.",
     [("the pact followed the plan agreed in Lyon, France, which was dropped when the French minister insisted on new terms",
       R, "He", "He")]),
    # a noun after a possessive is no cue closing the clause (not a mixed quote of "comments")
    ("\u201cWe will not sell,\u201d declared Senator Ines Calder, who echoed Mr. Berg's criticism of Mr. Hale's comments.",
     [("We will not sell,", D, "Ines Calder", "Senator Ines Calder")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPEN_RELATIVE_CLAUSE)
def test_open_relative_clause(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PLACES_WITH_COMMAS = [
    # a place and its region set off after a quotation: the subject after them speaks, and the
    # place is no part of the words (was: a mixed quote with the place inside it)
    ("\u201cWe need roads,\u201d Washington, D.C., a lobbyist said.",
     [("We need roads,", D, "a lobbyist", "a lobbyist")]),
    ("\u201cThe buses never come,\u201d Albany, N.Y., a commuter said.",
     [("The buses never come,", D, "a commuter", "a commuter")]),
    ("\u201cWe need roads,\u201d Rio de Janeiro, Brazil, a resident said.",
     [("We need roads,", D, "a resident", "a resident")]),
    # a place's abbreviated first word: a place, no titled name (was: the speaker "St. Louis")
    ("\u201cWe need roads,\u201d St. Louis, a lobbyist said.",
     [("We need roads,", D, "a lobbyist", "a lobbyist")]),
    ("\u201cThe river is rising,\u201d Mt. Vernon, a farmer said.",
     [("The river is rising,", D, "a farmer", "a farmer")]),
    # a place, then an inverted cue and a person's whole name: the person (was: the place)
    ("\u201cWe need roads,\u201d Grand Central, said Tom Hale.",
     [("We need roads,", D, "Tom Hale", "Tom Hale")]),
    ("\u201cThe trains are late,\u201d St. Louis, said Ana Ruiz.",
     [("The trains are late,", D, "Ana Ruiz", "Ana Ruiz")]),
    # a region after a place inside an appositive whose closing comma is missing: the name (was: "D.C.")
    ("\u201cWe need roads,\u201d Mr. Hale, a lobbyist in Washington, D.C. said.",
     [("We need roads,", D, "Hale", "Mr. Hale")]),
    ("Tom Hale, a lobbyist in Washington, D.C. said the roads were bad.",
     [("the roads were bad", R, "Tom Hale", "Tom Hale")]),
    ("Ana Ruiz, a nurse from Tucson, Ariz. said the clinic was full.",
     [("the clinic was full", R, "Ana Ruiz", "Ana Ruiz")]),
    # controls: a person's name before the comma, a name after the place's comma, no region
    ("\u201cWe need roads,\u201d Tom Berg, said Tom Hale.",
     [("We need roads,", D, "Tom Berg", "Tom Berg")]),
    ("\u201cWe need roads,\u201d London Bridge, said a commuter.",
     [("We need roads,", D, "a commuter", "a commuter")]),
    ("\u201cWe need roads,\u201d Cape Town, a resident said.",
     [("We need roads,", D, "a resident", "a resident")]),
    ("At the talks among the nations in Paris, Japan promised to cut tariffs.",
     [("to cut tariffs", R, "Japan", "Japan")]),
    ("However, on Tuesday, China indicated that it was ready to return to talks.",
     [("it was ready to return to talks", R, "China", "China")]),
    ("She met a lobbyist in Washington, Tom Hale said.",
     [("She met a lobbyist in Washington", R, "Tom Hale", "Tom Hale")]),
    ("\u201cWe need roads,\u201d Mr. Hale, a lobbyist in Washington said.",
     [("We need roads,", D, "Hale", "Mr. Hale")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACES_WITH_COMMAS)
def test_places_with_commas(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


AGE_IN_UNCLOSED_APPOSITIVE = [
    # a name, an age and an appositive whose closing comma is missing: the name speaks a plain
    # direct quote (was: a mixed quote of "a teacher from Leeds" holding the name and the age)
    ("\u201cWe were lied to,\u201d Amy Cole, 34, a teacher from Leeds said.",
     [("We were lied to,", D, "Amy Cole", "Amy Cole")]),
    ("\u201cThe pier is unsafe,\u201d Piet Maas, 61, a retired engineer said.",
     [("The pier is unsafe,", D, "Piet Maas", "Piet Maas")]),
    ("\u201cWe cannot pay,\u201d Lena Frisk, 47, a nurse at the clinic told reporters.",
     [("We cannot pay,", D, "Lena Frisk", "Lena Frisk")]),
    # controls: the closing comma written, and no age
    ("\u201cWe were lied to,\u201d Amy Cole, 34, a teacher from Leeds, said.",
     [("We were lied to,", D, "Amy Cole", "Amy Cole")]),
    ("\u201cWe were lied to,\u201d Amy Cole, a teacher from Leeds said.",
     [("We were lied to,", D, "Amy Cole", "Amy Cole")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), AGE_IN_UNCLOSED_APPOSITIVE)
def test_age_in_unclosed_appositive(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


AGENT_AFTER_QUOTATION = [
    # "as" and a naming verb or a cue in the passive with its agent after a quotation: the agent
    # speaks (was: no speaker)
    ("The plan was \u201ca disaster,\u201d as described by the harbour master.",
     [("a disaster,", D, "the harbour master", "the harbour master")]),
    ("The levy was \u201ca waste of money,\u201d as characterized by Mayor Tom Hale.",
     [("a waste of money,", D, "Tom Hale", "Mayor Tom Hale")]),
    ("\u201cWe will build it,\u201d as told by Ana Ruiz, the port's director.",
     [("We will build it,", D, "Ana Ruiz", "Ana Ruiz")]),
    # controls: no agent word, no naming verb or cue, and the usual "as X put it"
    ("The plan was \u201ca disaster,\u201d as described in the report.",
     [("a disaster,", D, None, None)]),
    ("The plan was \u201ca disaster,\u201d as expected by the board.",
     [("a disaster,", D, None, None)]),
    ("The plan was \u201ca disaster,\u201d as Ana Ruiz put it.",
     [("a disaster,", D, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), AGENT_AFTER_QUOTATION)
def test_agent_after_quotation(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
