"""Wrong speakers found by a new user's trial of merge51 (fixs51, stop 44).  Each table puts the bad
shape beside its near-shape controls; each row is one text under a plain headline and the exact
``(text, kind, speaker name, speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="Ferry strike notebook")


PLACE_BETWEEN_QUOTATION_AND_SUBJECT = [
    # a place between the quotation and the trailing subject never speaks, known or not, a
    # title's word opening it too (was: "Union Square", "Cape Town", "Leeds Bridge" as speakers)
    ("\u201cThe trains stopped at six,\u201d Union Square, a shopkeeper told reporters.",
     [("The trains stopped at six,", D, "a shopkeeper", "a shopkeeper")]),
    ("\u201cThe trains stopped at six,\u201d Central Market, a shopkeeper said.",
     [("The trains stopped at six,", D, "a shopkeeper", "a shopkeeper")]),
    ("\u201cThe water came in overnight,\u201d Cape Town, a fisherman said.",
     [("The water came in overnight,", D, "a fisherman", "a fisherman")]),
    ("\u201cThe water came in overnight,\u201d Nairobi, Kenya, a fisherman said.",
     [("The water came in overnight,", D, "a fisherman", "a fisherman")]),
    # the inverted cue: the subject after it speaks, the place before it never
    ("\u201cThe lights went out at once,\u201d Leeds Bridge, said a cyclist.",
     [("The lights went out at once,", D, "a cyclist", "a cyclist")]),
    ("\u201cThe lights went out at once,\u201d Cape Town, said a cyclist on Sunday.",
     [("The lights went out at once,", D, "a cyclist", "a cyclist")]),
    # controls: a person's name before the role or the inverted cue speaks; a title and a whole
    # name before a role; a name and a plural subject (nobody sure)
    ("\u201cThe water came in overnight,\u201d Tom Hale, a fisherman said.",
     [("The water came in overnight,", D, "Tom Hale", "Tom Hale")]),
    ("\u201cThe lights went out at once,\u201d Senator Ruth Lang, Democrat of Ohio, said Tuesday.",
     [("The lights went out at once,", D, "Ruth Lang", "Senator Ruth Lang")]),
    ("\u201cThe water came in overnight,\u201d Mayor Tom Hale, a fisherman said.",
     [("The water came in overnight,", D, "Tom Hale", "Mayor Tom Hale")]),
    ("\u201cThe water came in overnight,\u201d Mr Hale, officials said.",
     [("\u201cThe water came in overnight,\u201d Mr Hale", M, "officials", "officials")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACE_BETWEEN_QUOTATION_AND_SUBJECT)
def test_place_between_quotation_and_subject(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


TITLE_AND_NAME_BEFORE_LONG_ROLE = [
    # a title and a name before a role that runs on (a link, a relative clause): the name speaks
    # (was: a mixed quote of the role's)
    ("\u201cWe kept the ward open,\u201d Ms. Adeyemi, a midwife at the district hospital said.",
     [("We kept the ward open,", D, "Adeyemi", "Ms. Adeyemi")]),
    ("\u201cWe kept the ward open,\u201d Dr. Haldane, the anaesthetist who ran the night shift said.",
     [("We kept the ward open,", D, "Haldane", "Dr. Haldane")]),
    # controls: the short role; a plural subject after the title and name
    ("\u201cWe kept the ward open,\u201d Ms. Adeyemi, a midwife said.",
     [("We kept the ward open,", D, "Adeyemi", "Ms. Adeyemi")]),
    ("\u201cWe kept the ward open,\u201d Dr. Haldane, officials at the hospital said.",
     [("\u201cWe kept the ward open,\u201d Dr. Haldane", M, "officials at the hospital", "officials at the hospital")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TITLE_AND_NAME_BEFORE_LONG_ROLE)
def test_title_and_name_before_long_role(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


SPANISH_PLACE_BEFORE_NAME = [
    # a place after a preposition is no part of the name that follows (was: "Toledo Marta Gil"
    # read back for the later quote, and "Bilbao Marta Gil")
    ("\u00abNo vamos a ceder\u00bb, declar\u00f3 desde Toledo Marta Gil.\n\n"
     "\u00abLa huelga sigue\u00bb, a\u00f1adi\u00f3 Marta Gil.",
     [("No vamos a ceder", D, None, None), ("La huelga sigue", D, "Marta Gil", "Marta Gil")]),
    ("\u00abNo vamos a ceder\u00bb, declar\u00f3 en Barcelona Marta Gil.\n\n"
     "\u00abLa huelga sigue\u00bb, a\u00f1adi\u00f3 Marta Gil.",
     [("No vamos a ceder", D, None, None), ("La huelga sigue", D, "Marta Gil", "Marta Gil")]),
    # a known agency told before a surname alone: the person named before (was: the verb's
    # dropped subject read back to the last speaker, mention the verb)
    ("\u00abNo vamos a ceder\u00bb, declar\u00f3 a Efe Marta Gil, delegada sindical.\n\n"
     "\u00abLa huelga sigue\u00bb, declar\u00f3 a Europa Press Pedro S\u00e1nchez Ortega.\n\n"
     "\u00abHablaremos el lunes\u00bb, declar\u00f3 a Efe Gil.",
     [("No vamos a ceder", D, "Marta Gil", "Marta Gil"),
      ("La huelga sigue", D, "Pedro S\u00e1nchez Ortega", "Pedro S\u00e1nchez Ortega"),
      ("Hablaremos el lunes", D, "Marta Gil", "Gil")]),
    # controls: the name told to the agency whole; the name alone
    ("\u00abNo vamos a ceder\u00bb, declar\u00f3 a Efe Marta Gil.",
     [("No vamos a ceder", D, "Marta Gil", "Marta Gil")]),
    ("\u00abNo vamos a ceder\u00bb, declar\u00f3 Marta Gil.\n\n\u00abLa huelga sigue\u00bb, a\u00f1adi\u00f3 Gil.",
     [("No vamos a ceder", D, "Marta Gil", "Marta Gil"), ("La huelga sigue", D, "Marta Gil", "Gil")]),
]


@pytest.mark.parametrize(("text", "expected"), SPANISH_PLACE_BEFORE_NAME)
def test_spanish_place_before_name(text: str, expected: list[Row]) -> None:
    assert mention_rows(text, language="es", headline="Huelga en el puerto") == expected


def test_place_after_preposition_is_no_part_of_name() -> None:
    names = newsparse.ArticleParser(language="es").quotes.names
    assert names.descriptor_lead(["Toledo", "Marta", "Gil"], ["declar\u00f3", "desde"]) == 1
    assert names.descriptor_lead(["Albacete", "Marta", "Gil"], ["declar\u00f3", "desde"]) == 1
    # controls: no preposition before an unknown word; an article is no preposition
    assert names.descriptor_lead(["Albacete", "Marta", "Gil"], ["declar\u00f3"]) == 0
    assert names.descriptor_lead(["Real", "Marta", "Gil"], ["de", "la"]) == 0
    assert newsparse.QuoteParser().names.descriptor_lead(["Real", "Tom", "Hale"], ["of", "the"]) == 0


OWNER_BEFORE_SURNAME = [
    # a body's possessive before a surname alone owns the person, no part of the name (was:
    # "Unison Hale", "Greenpeace O'Brien")
    ("\u201cWe will strike again,\u201d said Unison's Hale.",
     [("We will strike again,", D, "Hale", "Unison's Hale")]),
    ("\u201cWe will strike again,\u201d Greenpeace's O'Brien said.",
     [("We will strike again,", D, "O'Brien", "Greenpeace's O'Brien")]),
    # controls: the possessive before a whole name; a person's possessive before a role
    ("\u201cWe will strike again,\u201d said Unison's Ruth Hale.",
     [("We will strike again,", D, "Ruth Hale", "Unison's Ruth Hale")]),
    ("\u201cWe will strike again,\u201d said Ruth Hale's lawyer.",
     [("We will strike again,", D, "Ruth Hale's lawyer", "Ruth Hale's lawyer")]),
    ("\u201cWe will strike again,\u201d said Unison's Kit Marlowe.",
     [("We will strike again,", D, "Kit Marlowe", "Unison's Kit Marlowe")]),
    # controls: a body's own possessive stays in its name, described as a body or before more
    # than two words
    ("Sales of paper fell, Marlow's Fine Paper Mills said.",
     [("Sales of paper fell", R, "Marlow's Fine Paper Mills", "Marlow's Fine Paper Mills")]),
    ("Sales of vans will rise, the newsletter Hale's Fleet Reports said.",
     [("Sales of vans will rise", R, "Hale Fleet Reports", "the newsletter Hale's Fleet Reports")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OWNER_BEFORE_SURNAME)
def test_owner_before_surname(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


QUOTING_OPENING = [
    # the one a sentence's quoting opening names is never the pronoun after it (was: "Rosa
    # Luxemburg" for "she"); a pronoun of another gender goes back as ever
    ("Tom Hale spoke last. Quoting Rosa Luxemburg, she said: \u201cFreedom is always the freedom of dissent.\u201d",
     [("Freedom is always the freedom of dissent.", D, "she", "she")]),
    ("Tom Hale spoke last. Quoting Rosa Luxemburg, he said: \u201cFreedom is always the freedom of dissent.\u201d",
     [("Freedom is always the freedom of dissent.", D, "Tom Hale", "he")]),
    # control: the person named before a plain opening is the pronoun's
    ("Rosa Luxemburg spoke last. Later, she said: \u201cFreedom is always the freedom of dissent.\u201d",
     [("Freedom is always the freedom of dissent.", D, "Rosa Luxemburg", "she")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), QUOTING_OPENING)
def test_quoting_opening(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


FRENCH_INSERTED_RECIPIENT = [
    # an attribution inside the marks that names a known agency or one told by an elided article
    # before the name: the name speaks both parts (was: one quote of the whole line, no speaker)
    ("\u2014 Le chantier reprendra lundi, a affirm\u00e9 \u00e0 Reuters Paul Girard. Rien n'est sign\u00e9.",
     [("Le chantier reprendra lundi", D, "Paul Girard", "Paul Girard"),
      ("Rien n'est sign\u00e9.", D, "Paul Girard", "Paul Girard")]),
    ("\u00ab Le chantier reprendra lundi, a affirm\u00e9 \u00e0 l'AFP Paul Girard. Rien n'est sign\u00e9. \u00bb",
     [("Le chantier reprendra lundi", D, "Paul Girard", "Paul Girard"),
      ("Rien n'est sign\u00e9.", D, "Paul Girard", "Paul Girard")]),
    # controls: no one told; an unknown outlet stays unsure
    ("\u2014 Le chantier reprendra lundi, a affirm\u00e9 Paul Girard. Rien n'est sign\u00e9.",
     [("Le chantier reprendra lundi", D, "Paul Girard", "Paul Girard"),
      ("Rien n'est sign\u00e9.", D, "Paul Girard", "Paul Girard")]),
    ("\u00ab Le chantier reprendra lundi, a affirm\u00e9 \u00e0 Radio Vall\u00e9e Paul Girard. Rien n'est sign\u00e9. \u00bb",
     [("Le chantier reprendra lundi, a affirm\u00e9 \u00e0 Radio Vall\u00e9e Paul Girard. Rien n'est sign\u00e9.", D, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH_INSERTED_RECIPIENT)
def test_french_inserted_recipient(text: str, expected: list[Row]) -> None:
    assert mention_rows(text, language="fr", headline="Le chantier du port") == expected
