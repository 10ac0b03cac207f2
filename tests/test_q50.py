"""Wrong speakers found by new users' trials of round 50 (q50, stop 43).  Each table puts the bad
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


ROLE_WITH_BODY = [
    # a noun for a person, "with" and a body: the person's phrase speaks (was: the body alone)
    ("The levy, a senior adviser with the treasury said, \u201cwill raise millions.\u201d",
     [("will raise millions.", D, "a senior adviser with the treasury", "a senior adviser with the treasury")]),
    # the object of a noun for no person ("ties to"): never the speaker (was: the mayor)
    ("The offer, a lawyer for the tenants with ties to the mayor said, \u201cis far too low.\u201d",
     [("is far too low.", D, "a lawyer", "a lawyer")]),
    # controls: no link, "at" and "from", and a person's link "to"
    ("The levy, a senior adviser said, \u201cwill raise millions.\u201d",
     [("will raise millions.", D, "a senior adviser", "a senior adviser")]),
    ("The levy, a senior adviser at the treasury said, \u201cwill raise millions.\u201d",
     [("will raise millions.", D, "a senior adviser at the treasury", "a senior adviser at the treasury")]),
    ("\u201cIt will pass,\u201d an aide to the governor said.",
     [("It will pass,", D, "an aide to the governor", "an aide to the governor")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ROLE_WITH_BODY)
def test_role_with_body(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


UNCLOSED_BEFORE_QUOTATION = [
    # a name, then its appositive with the closing comma missing, before a quotation that opens a
    # sentence: the name speaks (was: the role)
    ("Maria Olsen, an engineer in Bergen said: \u201cThe bridge is safe.\u201d",
     [("The bridge is safe.", D, "Maria Olsen", "Maria Olsen")]),
    ("Owen Price, an economist from Cardiff University said, \u201cFees will go up.\u201d",
     [("Fees will go up.", D, "Owen Price", "Owen Price")]),
    # controls: the comma written; a role of someone else's; an attribution set inside the sentence
    ("Maria Olsen, an engineer in Bergen, said: \u201cThe bridge is safe.\u201d",
     [("The bridge is safe.", D, "Maria Olsen", "Maria Olsen")]),
    ("Maria Olsen, her lawyer said: \u201cThe bridge is safe.\u201d",
     [("The bridge is safe.", D, "her lawyer", "her lawyer")]),
    ("Maria Olsen, a senior engineer said, \u201cwill lead the review.\u201d",
     [("will lead the review.", D, "a senior engineer", "a senior engineer")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), UNCLOSED_BEFORE_QUOTATION)
def test_unclosed_before_quotation(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PLACE_WORD_SURNAME = [
    # a given name and a place's word as the surname before an unclosed appositive (was: a mixed
    # quote holding the name, spoken by the role)
    ("\u201cThe ferry will run,\u201d Emma Bridge, an engineer in Dover said.",
     [("The ferry will run,", D, "Emma Bridge", "Emma Bridge")]),
    ("\u201cThe ferry will run,\u201d Gov. Emma Park, a Democrat in her first term said.",
     [("The ferry will run,", D, "Emma Park", "Gov. Emma Park")]),
    # an occupation known by its ending before "with" and a body: the name still speaks, not the
    # whole role read as one phrase
    ("\u201cThe river will rise,\u201d Emma Holt, a geologist with the Harbour Survey said.",
     [("The river will rise,", D, "Emma Holt", "Emma Holt")]),
    # controls: a plain surname, and the closing comma written
    ("\u201cThe ferry will run,\u201d Emma Holt, an engineer in Dover said.",
     [("The ferry will run,", D, "Emma Holt", "Emma Holt")]),
    ("\u201cThe ferry will run,\u201d Emma Bridge, an engineer in Dover, said.",
     [("The ferry will run,", D, "Emma Bridge", "Emma Bridge")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACE_WORD_SURNAME)
def test_place_word_surname(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


SPANISH_RECIPIENT_OF_PHRASE = [
    # after the one spoken to, a phrase opening with "de" is its object, never the speaker (was:
    # "de una senadora del PSOE"); the subject after that phrase still speaks
    ("\u2014Eso no es verdad \u2014respondi\u00f3 a la pregunta de una senadora del PSOE.",
     [("Eso no es verdad", D, None, None)]),
    ("\u2014Eso no es verdad \u2014respondi\u00f3 a la pregunta de una senadora del PSOE el ministro.",
     [("Eso no es verdad", D, "el ministro", "el ministro")]),
    # controls: the subject right after the cue, and after the one told
    ("\u2014Eso no es verdad \u2014respondi\u00f3 el ministro.",
     [("Eso no es verdad", D, "el ministro", "el ministro")]),
    ("\u2014Eso no es verdad \u2014respondi\u00f3 a la prensa el ministro.",
     [("Eso no es verdad", D, "el ministro", "el ministro")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SPANISH_RECIPIENT_OF_PHRASE)
def test_spanish_recipient_of_phrase(paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, "es", "Titular de la prueba") == expected
