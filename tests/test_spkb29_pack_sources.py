"""Language packs: a compound past after Spanish ``según``, bodies' names through their links,
French ``Pour`` with an honorific or a name set off, the plural of French compounds, and the
English words the packs no longer read (stop 29, spkB)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, Vocabulary
from newsparse.names import NameModel
from newsparse.people import PersonIndex
from newsparse.quotes.languages import (
    FrenchQuotes,
    FrenchVocabulary,
    GermanQuotes,
    GermanVocabulary,
    SpanishQuotes,
    SpanishVocabulary,
)

PARSERS = {code: ArticleParser(language=code) for code in ("es", "fr", "de")}


def quotes_of(code: str, body: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, speaker mention) of each quote of a short article in *code*."""
    article = PARSERS[code].parse(f"Titular de la noticia\n\n{body}\n")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None) for q in article.quotes
    ]


SPANISH_SOURCES = [
    # a compound past between "según" and its source
    (
        "El Consejo de Ministros ha aprobado este martes un plan de 500 millones de euros para paliar la sequía, "
        "según ha informado el Ministerio para la Transición Ecológica.",
        "El Consejo de Ministros ha aprobado este martes un plan de 500 millones de euros para paliar la sequía",
        "Ministerio para la Transición Ecológica",
        "el Ministerio para la Transición Ecológica",
    ),
    (
        "El embalse de La Breña está al 20 % de su capacidad, según ha explicado la Confederación Hidrográfica "
        "del Guadalquivir.",
        "El embalse de La Breña está al 20 % de su capacidad",
        "Confederación Hidrográfica del Guadalquivir",
        "la Confederación Hidrográfica del Guadalquivir",
    ),
    (
        "Las obras de la presa comenzarán en abril, según han indicado fuentes de la Consejería de Fomento.",
        "Las obras de la presa comenzarán en abril",
        "fuentes de la Consejería de Fomento",
        "fuentes de la Consejería de Fomento",
    ),
    (
        "La Fiscalía contra la Corrupción ha pedido tres años de cárcel para el exalcalde, según ha informado el "
        "Tribunal Supremo.",
        "La Fiscalía contra la Corrupción ha pedido tres años de cárcel para el exalcalde",
        "el Tribunal Supremo",
        "el Tribunal Supremo",
    ),
    (
        '"El plan costará 300 millones y llegará a todas las comarcas", según ha informado el Ministerio para la '
        "Transición Ecológica.",
        "El plan costará 300 millones y llegará a todas las comarcas",
        "Ministerio para la Transición Ecológica",
        "el Ministerio para la Transición Ecológica",
    ),
    # a body's name through "para" and "del", opening the sentence or after an inverted verb
    (
        "El Ministerio para la Transición Ecológica ha asegurado que el plan costará 300 millones de euros.",
        "el plan costará 300 millones de euros",
        "Ministerio para la Transición Ecológica",
        "El Ministerio para la Transición Ecológica",
    ),
    (
        "La Confederación Hidrográfica del Guadalquivir ha advertido de que los embalses están al 20 %.",
        "los embalses están al 20 %",
        "Confederación Hidrográfica del Guadalquivir",
        "La Confederación Hidrográfica del Guadalquivir",
    ),
    (
        '"Es la mayor inversión hidráulica de la década", ha dicho el Ministerio para la Transición Ecológica.',
        "Es la mayor inversión hidráulica de la década",
        "Ministerio para la Transición Ecológica",
        "el Ministerio para la Transición Ecológica",
    ),
]


@pytest.mark.parametrize(("body", "text", "name", "mention"), SPANISH_SOURCES)
def test_spanish_compound_source_and_body_names(body: str, text: str, name: str, mention: str) -> None:
    assert quotes_of("es", body) == [(text, name, mention)]


def test_spanish_source_verb_alone_stands_for_the_subject() -> None:
    # ("según dijo": as she said; the verb is never the speaker)
    body = 'La consejera Ana Ruiz presentó el plan en Sevilla. "Costará 300 millones de euros", según dijo.'
    assert [(text, name) for text, name, _ in quotes_of("es", body)] == [("Costará 300 millones de euros", "Ana Ruiz")]
    alone = quotes_of("es", '"Costará 300 millones de euros", según dijo.')
    assert alone == [("Costará 300 millones de euros", None, None)]


GERMAN_BODIES = [
    (
        "Das Bundesamt für Migration und Flüchtlinge teilte mit, die Zahl der Asylanträge sei deutlich gesunken.",
        "die Zahl der Asylanträge sei deutlich gesunken",
        "Bundesamt für Migration und Flüchtlinge",
        "Das Bundesamt für Migration und Flüchtlinge",
    ),
    (
        "„Die Zahl der Asylanträge ist deutlich gesunken“, sagte das Bundesamt für Migration und Flüchtlinge.",
        "Die Zahl der Asylanträge ist deutlich gesunken",
        "Bundesamt für Migration und Flüchtlinge",
        "das Bundesamt für Migration und Flüchtlinge",
    ),
    (
        "„Die Zahl der Asylanträge ist deutlich gesunken“, sagte ein Sprecher des Bundesamts für Migration und "
        "Flüchtlinge.",
        "Die Zahl der Asylanträge ist deutlich gesunken",
        "ein Sprecher des Bundesamts für Migration und Flüchtlinge",
        "ein Sprecher des Bundesamts für Migration und Flüchtlinge",
    ),
    (
        "Laut Bundesamt für Migration und Flüchtlinge ist die Zahl der Asylanträge deutlich gesunken.",
        "ist die Zahl der Asylanträge deutlich gesunken",
        "Bundesamt für Migration und Flüchtlinge",
        "Bundesamt für Migration und Flüchtlinge",
    ),
]


@pytest.mark.parametrize(("body", "text", "name", "mention"), GERMAN_BODIES)
def test_german_body_names_through_fuer_and_und(body: str, text: str, name: str, mention: str) -> None:
    assert quotes_of("de", body) == [(text, name, mention)]


FRENCH_OPINIONS_AND_PLURALS = [
    # "Pour" and an honorific before a surname, or a name set off after a role
    (
        "Pour M. Dupont, la croissance restera faible cette année.",
        "la croissance restera faible cette année",
        "Dupont",
        "M. Dupont",
    ),
    (
        "Pour M. Durand, « la réforme des retraites arrive trop tard ».",
        "la réforme des retraites arrive trop tard",
        "Durand",
        "M. Durand",
    ),
    (
        "Pour le président de la région, Pierre Martin, la croissance restera faible cette année.",
        "la croissance restera faible cette année",
        "Pierre Martin",
        "Pierre Martin",
    ),
    (
        "Pour le président de la région, Pierre Martin, « la croissance restera faible ».",
        "la croissance restera faible",
        "Pierre Martin",
        "Pierre Martin",
    ),
    # the plural of a compound after a quotation, its subject a noun
    (
        "« L'eau est montée de deux mètres en dix minutes », ont raconté des habitants.",
        "L'eau est montée de deux mètres en dix minutes",
        "des habitants",
        "des habitants",
    ),
    (
        "« Les secours sont arrivés trop tard », ont témoigné plusieurs habitants.",
        "Les secours sont arrivés trop tard",
        "plusieurs habitants",
        "plusieurs habitants",
    ),
    (
        "« Nous avons tout perdu dans l'incendie », ont confié des riverains.",
        "Nous avons tout perdu dans l'incendie",
        "des riverains",
        "des riverains",
    ),
    # a body's name through "pour" after an inverted verb ("pour" ends a person's phrase there)
    (
        "« Les dons ont baissé de 10 % cette année », a déclaré la Fondation pour la Recherche Médicale.",
        "Les dons ont baissé de 10 % cette année",
        "Fondation pour la Recherche Médicale",
        "la Fondation pour la Recherche Médicale",
    ),
]


@pytest.mark.parametrize(("body", "text", "name", "mention"), FRENCH_OPINIONS_AND_PLURALS)
def test_french_opinion_holders_plurals_and_bodies(body: str, text: str, name: str, mention: str) -> None:
    assert quotes_of("fr", body) == [(text, name, mention)]


@pytest.mark.parametrize("quotes", [FrenchQuotes, GermanQuotes, SpanishQuotes])
def test_packs_read_no_english_judgement_or_count_words(quotes: type) -> None:
    # ("dismissed the audit as "noise"", "according to figures from ...": English rules, off in the packs)
    assert (quotes.AS_NAMING_VERBS, quotes.AS_WORDS, quotes.COUNT_NOUNS) == ((), (), ())


@pytest.mark.parametrize("vocabulary", [FrenchVocabulary, GermanVocabulary, SpanishVocabulary])
def test_pack_vocabularies_hold_no_english_descriptors_nor_of(vocabulary: type[Vocabulary]) -> None:
    assert (vocabulary.DESCRIPTOR_WORDS, vocabulary.AFFILIATION_WORDS) == ((), ())


class ValiantVocabulary(Vocabulary):
    """English with a descriptor word of its own, as a user's vocabulary would list it."""

    DESCRIPTOR_WORDS = ("valiant", "brave")


def test_descriptor_words_are_the_vocabularys() -> None:
    # ("Valiant Edith Moore": the word a vocabulary adds describes her; the default's does not)
    assert NameModel(ValiantVocabulary()).descriptor_lead(["Valiant", "Edith", "Moore"]) == 1
    assert NameModel(Vocabulary()).descriptor_lead(["Valiant", "Edith", "Moore"]) == 0


@pytest.mark.parametrize(
    ("vocabulary", "plural", "described"),
    [
        (SpanishVocabulary(), "directores", True),  # (director + "es")
        (GermanVocabulary(), "Professoren", True),  # (Professor + "en")
    ],
)
def test_describes_reads_the_vocabularys_plural(vocabulary: Vocabulary, plural: str, described: bool) -> None:
    assert NameModel(vocabulary).describes(plural.casefold()) is described


class NoAffiliationVocabulary(Vocabulary):
    """English without ``of`` joining a run of capitalised words, as a pack reads it."""

    AFFILIATION_WORDS = ()


def test_affiliation_word_is_the_vocabularys() -> None:
    text = "The Bank of England raised rates on Thursday."
    english = PersonIndex.build(Vocabulary(), [(text, 0)])
    plain = PersonIndex.build(NoAffiliationVocabulary(), [(text, 0)])
    assert english.by_organisation("bank", len(text)) == "Bank of England"
    assert plain.by_organisation("bank", len(text)) is None
