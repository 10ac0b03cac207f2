"""Wrong speakers from PolNeAR's speaker misses, issue 5 (q51, stop 44).  Each table puts the bad
shape beside its near-shape controls; each row is one paragraph under a plain headline and the
exact ``(text, kind, speaker name, speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


quotes_of = partial(mention_rows, headline="Harbour notebook")


NEW_CLAUSE_AFTER_QUOTATION = [
    # a naming verb whose words were a first quotation, then a comma and a new subject: the
    # second quotation is no longer the verb's subject's (was: the judge)
    ("In a video that Judge Ines Calder called \u201cvile,\u201d Piet Maas voiced a wish to \u201cburn the depot down.\u201d",
     [("vile,", D, "Ines Calder", "Judge Ines Calder"), ("burn the depot down.", D, None, None)]),
    ("At a hearing that Mayor Lena Frisk described as \u201ca circus,\u201d Carl Dunn went on to mock the \u201clazy, greedy council.\u201d",
     [("a circus,", D, "Lena Frisk", "Mayor Lena Frisk"), ("lazy, greedy council.", D, None, None)]),
    # controls: a list of quotations after one verb, a second object, and the clause going on
    ("Ortiz called the plan \u201ccruel,\u201d \u201cpetty\u201d and \u201cunfair.\u201d",
     [("cruel,", D, "Ortiz", "Ortiz"), ("petty", D, "Ortiz", "Ortiz"), ("unfair.", D, "Ortiz", "Ortiz")]),
    ("The mayor called the plan \u201ca disaster\u201d and the budget \u201ca waste.\u201d",
     [("a disaster", D, "The mayor", "The mayor"), ("a waste.", D, "The mayor", "The mayor")]),
    ("Karin Holm, who called the levy \u201ca fraud,\u201d later went on to attack the \u201clazy, greedy council.\u201d",
     [("a fraud,", D, "Karin Holm", "Karin Holm"), ("lazy, greedy council.", D, "Karin Holm", "Karin Holm")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NEW_CLAUSE_AFTER_QUOTATION)
def test_new_clause_after_quotation(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


CAUSED_INFINITIVE = [
    # a causative verb, its object and an infinitive the grammar reads as no cue: the object
    # speaks a clause after "that", no one an act's words; never the sentence's subject (was: the post)
    ("The post was shared 900 times, leading Anna Berg to counter that \u201cevery cut hit the poorest wards.\u201d",
     [("every cut hit the poorest wards.", D, "Anna Berg", "Anna Berg")]),
    ("The memo was read 2,000 times, leading Green councillors like Tove Lind to counter that \u201cthe cuts hit the poor.\u201d",
     [("the cuts hit the poor.", D, None, None)]),
    ("The ruling angered voters, forcing the council to drop its \u201cgreen deal.\u201d",
     [("green deal.", D, None, None)]),
    # two infinitives joined after the causative: the object speaks the second's naming (was: no one)
    ("That prompted Piet Maas to make a joke about sailing and call the mayor \u201cvery flexible,\u201d a nod to his reversals.",
     [("very flexible,", D, "Piet Maas", "Piet Maas")]),
    ("The vote led the council to approve the plan and call it \u201ca triumph for the harbour.\u201d",
     [("a triumph for the harbour.", D, "the council", "the council")]),
    # controls: an infinitive the grammar reads as a cue, no causative verb, and a new clause after a comma
    ("Piet Maas went on to make a joke about sailing and call the mayor \u201cvery flexible.\u201d",
     [("very flexible.", D, "Piet Maas", "Piet Maas")]),
    ("The vote led the council to approve the plan, and the mayor called it \u201ca triumph for the harbour.\u201d",
     [("a triumph for the harbour.", D, "the mayor", "the mayor")]),
    ("The vote led the Danish finance minister to reply that \u201cthe budget is safe.\u201d",
     [("\u201cthe budget is safe.\u201d", M, "the Danish finance minister", "the Danish finance minister")]),
    ("Mayor Tom Hale cut the \u201csummer fund\u201d last year.",
     [("summer fund", D, "Tom Hale", "Mayor Tom Hale")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CAUSED_INFINITIVE)
def test_caused_infinitive(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


NAME_BEFORE_RELATIVE_APPOSITIVE = [
    # a name, then its appositive with a relative clause and no closing comma, before the cue:
    # the name speaks, and the quotation stops at its mark (was: the appositive, the name inside the quotation)
    ("\u201cOslo needs a plan for bus users,\u201d Anna Vogel, the pollster who founded a survey firm tweeted on Monday.",
     [("Oslo needs a plan for bus users,", D, "Anna Vogel", "Anna Vogel")]),
    ("\u201cThe quay is unsafe,\u201d Mayor Piet Maas, an engineer who inspected the pier said.",
     [("The quay is unsafe,", D, "Piet Maas", "Mayor Piet Maas")]),
    # controls: no name before the phrase, a place before it, and the comma written
    ("\u201cThe port will close,\u201d a lawyer who represents the family said.",
     [("The port will close,", D, "a lawyer who represents the family", "a lawyer who represents the family")]),
    ("\u201cOslo needs a plan,\u201d Anna Vogel, the pollster who founded a survey firm, said.",
     [("Oslo needs a plan,", D, "Anna Vogel", "Anna Vogel")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NAME_BEFORE_RELATIVE_APPOSITIVE)
def test_name_before_relative_appositive(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


TALKS_AS_SOURCE = [
    # a noun for talks with people closing an "according to": the source runs on to the people
    # talked with (was: "interviews" alone)
    ("The ferry deal was dropped, according to interviews with a dozen harbour officials.",
     [("The ferry deal was dropped", R, "interviews with a dozen harbour officials",
       "interviews with a dozen harbour officials")]),
    ("The ferry deal was dropped, according to conversations with two port managers.",
     [("The ferry deal was dropped", R, "conversations with two port managers", "conversations with two port managers")]),
    # controls: a document and its origin, and the source before a comma
    ("The ferry deal was dropped, according to figures from the port authority.",
     [("The ferry deal was dropped", R, "figures from the port authority", "figures from the port authority")]),
    ("The ferry deal was dropped, according to an interview with the mayor, who spoke on Monday.",
     [("The ferry deal was dropped", R, "an interview", "an interview")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TALKS_AS_SOURCE)
def test_talks_as_source(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
