"""Speaker shapes of English attribution read again in round 66 (issue 5, branch speaker66): the agent of
a passive cue (``was asked by``, ``were told by``).  An adverb may stand between the cue and ``by``
(``asked repeatedly by``, ``When asked directly by ... if``), and a quotation inside the clause a passive
cue reports is its agent's words (``was asked by the moderator whether the plan would "..."``).  Each row
is one paragraph under a plain headline and the exact ``(text, kind, speaker name, speaker mention)``
tuples that come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="County desk")


ADVERB_BEFORE_AGENT = [
    # an adverb between the passive cue and its agent (was: no speaker)
    ("The governor was asked repeatedly by reporters whether the budget would pass before July.",
     [("whether the budget would pass before July", R, "reporters", "reporters")]),
    ("Residents were told again by county officials that the bridge would stay closed through the winter.",
     [("the bridge would stay closed through the winter", R, "county officials", "county officials")]),
    ("When asked directly by The Ledger if they had approved the sale, neither the firm nor the union responded.",
     [("if they had approved the sale", R, "The Ledger", "The Ledger")]),
    ("Asked repeatedly by reporters whether she would resign, the minister walked away without a word.",
     [("whether she would resign", R, "reporters", "reporters")]),
    # good shape: the agent right after the cue
    ("The mayor was told by city auditors that the account had been closed in March.",
     [("the account had been closed in March", R, "city auditors", "city auditors")]),
    # negative rows: no agent, so no speaker (the one asked or told is not the one speaking)
    ("Residents were told later that the bridge would stay closed through the winter.",
     [("the bridge would stay closed through the winter", R, None, None)]),
    ("When asked directly if they had approved the sale, neither the firm nor the union responded.",
     [("if they had approved the sale", R, None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ADVERB_BEFORE_AGENT)
def test_adverb_before_agent(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


QUOTATION_IN_PASSIVE_CLAUSE = [
    # a quotation inside the clause of a passive cue: its agent's words (was: no speaker)
    ('Ortiz was asked by debate moderator Ana Ruiz whether his tax plan would risk "adding to the deficit."',
     [("adding to the deficit.", D, "Ana Ruiz", "debate moderator Ana Ruiz")]),
    ('The senator was asked by the radio host Tom Hale if the bill was "dead on arrival."',
     [("dead on arrival.", D, "Tom Hale", "the radio host Tom Hale")]),
    # (an agent with its name set off by commas: the role before the comma, the same person)
    ('Berg was asked by the moderator, Dana Reyes, whether the new toll roads would become "a burden on commuters."',
     [("a burden on commuters.", D, "the moderator", "the moderator")]),
    # the indirect clause holds the quotation and the agent speaks all of it
    ('Residents were told by police that the bridge was "not safe for anyone."',
     [('the bridge was "not safe for anyone."', M, "police", "police")]),
    # negative rows: no agent, or the quotation is the topic and no clause is reported
    ('Ortiz was asked whether his tax plan would risk "adding to the deficit."',
     [('whether his tax plan would risk "adding to the deficit."', M, None, None)]),
    ('Reporters were told the talks had been "very productive."',
     [('the talks had been "very productive."', M, None, None)]),
    ('The mayor was called "a liar" by Ana Ruiz at the meeting.',
     [("a liar", D, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), QUOTATION_IN_PASSIVE_CLAUSE)
def test_quotation_in_passive_clause(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
