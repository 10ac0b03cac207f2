"""Speaker shapes of English attribution read again in round 46 (issue 5, branch spk46).  Each table
puts the shape that went wrong beside its good shape and near-misses; each row is one paragraph under
a plain headline and the exact ``(text, kind, speaker name, speaker mention)`` tuples that come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="Harbour notebook")


CLOSED_RELATIVES = [
    # a thing's relative clause set off by commas holds its own cue: the quotation after it is not
    # that cue's (was: the toll quotation given to the state auditor)
    ('Ortiz was asked by the moderator, Dana Reyes, whether his plan for new toll roads, which the state auditor estimates'
     ' would cost $2 billion a year, would risk "adding another burden to a strained budget."',
     [("would cost $2 billion a year", R, "the state auditor", "the state auditor"),
      ("adding another burden to a strained budget.", D, None, None)]),
    ('The ferry plan, which the port chief says is too costly, would leave "a hole in every budget."',
     [("is too costly", R, "the port chief", "the port chief"), ("a hole in every budget.", D, None, None)]),
    # good shape: the person's relative clause, and a cue of the main clause after the relative
    ('Tom Berg, who declined to comment on the vote, had a simple message: "I will appeal."',
     [("I will appeal.", D, "Tom Berg", "Tom Berg")]),
    ('The ferry plan, which the port chief drafted, was called "a fantasy" by Mayor Ines Calder.',
     [("a fantasy", D, "Ines Calder", "Mayor Ines Calder")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLOSED_RELATIVES)
def test_closed_relatives(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


CAUSED_SPEAKERS = [
    # the object of a causative verb set off with its role speaks the infinitive's words (was: the
    # memo, the sentence's subject, for the quotation)
    ('The budget memo leaked on Friday, leading the city treasurer, Ana Ruiz, to argue that "every dollar is'
     ' accounted for."',
     [('"every dollar is accounted for."', M, "Ana Ruiz", "Ana Ruiz")]),
    ('The budget memo leaked on Friday, prompting Ana Ruiz, the city treasurer, to say: "Every dollar is'
     ' accounted for."',
     [("Every dollar is accounted for.", D, "Ana Ruiz", "Ana Ruiz")]),
    ("The budget memo leaked on Friday, leading the city treasurer, Ana Ruiz, to declare that every dollar was"
     " accounted for.",
     [("every dollar was accounted for", R, "Ana Ruiz", "Ana Ruiz")]),
    # good shape: an object with no comma
    ('The budget memo leaked on Friday, leading the treasurer to insist that the figures were "old."',
     [('the figures were "old."', M, "the treasurer", "the treasurer")]),
    # near-miss: more than one person made to speak: theirs, never the memo's (was: the memo)
    ('The budget memo leaked on Friday, prompting Ortiz, Berg and Lee to say that "every dollar is accounted'
     ' for."',
     [("every dollar is accounted for.", D, None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CAUSED_SPEAKERS)
def test_caused_speakers(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
