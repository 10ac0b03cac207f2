"""The French, German and Spanish packs on the shapes a user's trial found wrong (issue 5): a
German noun after an article before a name, a speaker's workplace after the name, a separable verb
written with its particle, an elided ``d'après``, Spanish verbs, the person spoken to between the
verb and its subject, a role set off before a name with ``del``.  Invented sentences; each row
gives the exact ``(text, kind, speaker name)`` triples that must come out, the bad shape beside
the near-miss that must stay as it is."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from newsparse.names import NameModel
from newsparse.quotes.languages import GermanVocabulary
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Triples = list[tuple[str, QuoteKind, str | None]]


quotes_of = partial(kind_rows, headline="Titel")


GERMAN = [
    # a noun in -in/-er after an article describes the person named after it
    ("„Wir sind bereit“, sagte die Ökonomin Anna Schmidt.", [("Wir sind bereit", D, "Anna Schmidt")]),
    ("„Wir sind bereit“, sagte die Biologin Eva Roth.", [("Wir sind bereit", D, "Eva Roth")]),
    ("„Wir sind bereit“, sagte der Fahrer Günter Schmidt.", [("Wir sind bereit", D, "Günter Schmidt")]),
    # (near-misses: given names in -in/-er with no article stay names)
    ("„Wir sind bereit“, sagte Karin Schmidt.", [("Wir sind bereit", D, "Karin Schmidt")]),
    ("„Wir sind bereit“, sagte Günter Schmidt.", [("Wir sind bereit", D, "Günter Schmidt")]),
    # where the speaker works, after the name, is no part of it
    ("„Wir sind bereit“, sagte die Ökonomin Anna Schmidt vom Ifo-Institut.", [("Wir sind bereit", D, "Anna Schmidt")]),
    ("„Wir sind bereit“, sagte Jan Vogel aus Berlin.", [("Wir sind bereit", D, "Jan Vogel")]),
    # (and before the verb: the person, not the body after "vom", "von", "aus")
    ("Anna Schmidt vom Ifo-Institut sagte, man sei bereit.", [("man sei bereit", R, "Anna Schmidt")]),
    ("Jan Vogel aus Berlin sagte, man sei bereit.", [("man sei bereit", R, "Jan Vogel")]),
    ("Ein Sprecher von Siemens sagte, man sei bereit.", [("man sei bereit", R, "Ein Sprecher von Siemens")]),
    # a separable verb written with its particle, then a clause after a comma
    ("Die Polizei teilte mit, niemand sei verletzt worden.", [("niemand sei verletzt worden", R, "Die Polizei")]),
    ("Die Stadt gab bekannt, der Markt falle aus.", [("der Markt falle aus", R, "Die Stadt")]),
    ("Die Polizei teilte am Montag mit, niemand sei verletzt worden.", [("niemand sei verletzt worden", R, "Die Polizei")]),
    # (near-miss: the verb in another sense, without its particle)
    ("Die Polizei teilte die Kosten mit der Stadt.", []),
    # "fügte sie hinzu": the person named before, the pronoun as written when no one was
    ("Anna Schmidt kam. „Wir sind bereit“, fügte sie hinzu.", [("Wir sind bereit", D, "Anna Schmidt")]),
    ("„Wir sind bereit“, fügte sie hinzu.", [("Wir sind bereit", D, "sie")]),
]

FRENCH = [
    ("D'après l'AFP, le pont fermera en mai.", [("le pont fermera en mai", R, "l'AFP")]),
    ("D’après le ministre, le pont fermera en mai.", [("le pont fermera en mai", R, "le ministre")]),
    ("Le pont fermera en mai, d'après l'AFP.", [("Le pont fermera en mai", R, "l'AFP")]),
    ("Selon l'AFP, le pont fermera en mai.", [("le pont fermera en mai", R, "l'AFP")]),
    # an attribution inside the guillemets splits the quotation; both parts are its speaker's
    (
        "« Nous sommes prêts, a déclaré Anne Dupont. Le pont fermera en mai. »",
        [("Nous sommes prêts", D, "Anne Dupont"), ("Le pont fermera en mai.", D, "Anne Dupont")],
    ),
    (
        "« Nous sommes prêts, affirme le maire Paul Girard, le pont fermera en mai. »",
        [("Nous sommes prêts", D, "Paul Girard"), ("le pont fermera en mai.", D, "Paul Girard")],
    ),
    # (near-misses: the attribution after the marks; a comma inside the words with no cue after it)
    (
        "« Nous sommes prêts, et le pont fermera en mai », a déclaré Anne Dupont.",
        [("Nous sommes prêts, et le pont fermera en mai", D, "Anne Dupont")],
    ),
    # a dialogue dash, the narrator's attribution after a second dash
    ("— Nous sommes prêts — a déclaré Anne Dupont.", [("Nous sommes prêts", D, "Anne Dupont")]),
    # (the dash alone marks the words: no cue word in the paragraph but the inverted pronoun's)
    (
        "Anne Dupont a visité le chantier mardi.\n\n— Nous sommes prêts — a-t-elle déclaré.",
        [("Nous sommes prêts", D, "Anne Dupont")],
    ),
    # (near-miss: "d'" before another word)
    ("Il parle d'abord du pont, fermé en mai.", []),
]

SPANISH = [
    # verbs that close a quotation, a role set off before the name
    ("«No hay plata», repitió el presidente, Javier Milei.", [("No hay plata", D, "Javier Milei")]),
    ("«No hay plata», replicó el ministro Luis Gómez.", [("No hay plata", D, "Luis Gómez")]),
    ("«No hay plata», denunció la diputada Ana Vidal.", [("No hay plata", D, "Ana Vidal")]),
    # the person spoken to between the verb and its subject
    ("«No hay plata», aseguró a Efe la portavoz, Marta Ruiz.", [("No hay plata", D, "Marta Ruiz")]),
    ("«No hay plata», dijo a los periodistas el ministro Luis Gómez.", [("No hay plata", D, "Luis Gómez")]),
    # (near-miss: where the name starts after a capitalised recipient is unsure: no speaker; but
    # after a known agency it is sure, the agency the one told: spk51)
    ("«No hay plata», aseguró a Clarín Marta Ruiz.", [("No hay plata", D, None)]),
    ("«No hay plata», aseguró a Efe Marta Ruiz.", [("No hay plata", D, "Marta Ruiz")]),
    # the name after the comma speaks, with its particle
    ("«Lloverá mañana», dijo el portavoz de la Aemet, Rubén del Campo.", [("Lloverá mañana", D, "Rubén del Campo")]),
    ("«Lloverá mañana», dijo Rubén del Campo.", [("Lloverá mañana", D, "Rubén del Campo")]),
    # a dialogue dash opening the paragraph, the narrator's dash before a word in lower case
    ("—Estamos preparados —dijo Ana Ortiz.", [("Estamos preparados", D, "Ana Ortiz")]),
    ("—Estamos preparados —afirmó la ministra Elena Gómez.", [("Estamos preparados", D, "Elena Gómez")]),
    # the verb alone between dashes stands for the subject named before
    (
        "Ana Ortiz habló con la prensa. Dijo que el equipo llegó.\n\n—Estamos preparados —dijo—.",
        [("el equipo llegó", R, "Ana Ortiz"), ("Estamos preparados", D, "Ana Ortiz")],
    ),
    # (near-miss: dashes around an aside inside a sentence open no quotation)
    ("El plan —dijo Ana Ortiz— es bueno.", []),
]


def test_dialogue_dash_is_off_in_english() -> None:
    assert quotes_of("—We are ready —said Ana Ortiz.", "en") == []


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german(text: str, expected: Triples) -> None:
    assert quotes_of(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french(text: str, expected: Triples) -> None:
    assert quotes_of(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), SPANISH)
def test_spanish(text: str, expected: Triples) -> None:
    assert quotes_of(text, "es") == expected


@pytest.mark.parametrize(
    ("word", "preceding", "expected"),
    [
        ("Ökonomin", "die", True),
        ("Fahrer", "der", True),
        ("Ökonomin", None, False),  # (no article: the name model keeps it)
        ("Ökonomin", "mit", False),
        ("Karin", "die", False),  # (too short for an occupation)
        ("Schmidt", "die", False),
    ],
)
def test_title_after_article(word: str, preceding: str | None, expected: bool) -> None:
    assert GermanVocabulary().is_title_after_article(word, preceding) is expected


def test_title_after_article_is_off_in_english() -> None:
    assert newsparse.Vocabulary().is_title_after_article("Designer", "the") is False
    names = NameModel(GermanVocabulary())
    # (an occupation in -in that is no title ending, "Floristin": only after an article; "Ökonomin" is a
    # title ending since try43's German role compounds, read with or without one; "Designerin" a role
    # noun since lang65)
    assert names.trailing_name(["die", "Floristin", "Anna", "Schmidt"]) == 2
    assert names.trailing_name(["sagte", "Floristin", "Anna", "Schmidt"]) == 3
    assert names.trailing_name(["sagte", "Designerin", "Anna", "Schmidt"]) == 2
    assert names.trailing_name(["sagte", "Ökonomin", "Anna", "Schmidt"]) == 2
