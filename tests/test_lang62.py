"""Round 62's language packs (lang62).

Part A: reported speech the packs missed (a French object pronoun before an inverted cue, elided
too, and before a pronoun joined to the verb; French reflexive plurals; German ``stellte fest``;
Spanish ``prometió`` and an adverb set off by a comma before a dropped subject), each with the
nearest shapes that must not change.

Part B: the layout parsers' English lists with no vocabulary counterpart (a blog's thanks, a
call's lead-in, an app's offer, a funding note) are the vocabulary's, so each pack reads its own
language's and an English line in a French article is nothing special; a parser's subclass still
replaces them.
"""

from __future__ import annotations

import pytest
from tests.parts import blocks, parse
from tests.quote_cases import cued_quotes

import newsparse
from newsparse.quotes.languages import language_pack

FRENCH_LEAD = "La ministre Claire Martin est arrivée lundi à Nantes."
SPANISH_LEAD = "La ministra Ana Ruiz visitó Sevilla el lunes."
GERMAN_LEAD = "Die Gutachterin Jana Krüger war am Montag vor Ort."

# (language, the paragraph after the lead, [(text, cue, speaker)] that must come out)
REPORTED: list[tuple[str, str, str, list[tuple[str, str | None, str | None]]]] = [
    # French: an object pronoun, elided, before an inverted cue; the subject after the verb speaks
    ("fr", FRENCH_LEAD, "Le projet coûtera cher, m'a confié Anne Roux.",
     [("Le projet coûtera cher", "a confié", "Anne Roux")]),
    ("fr", FRENCH_LEAD, "« Le tramway sera prêt en mai », t’a dit le maire.",
     [("Le tramway sera prêt en mai", "a dit", "le maire")]),
    ("fr", FRENCH_LEAD, "Le projet coûtera cher, nous a expliqué le maire.",
     [("Le projet coûtera cher", "a expliqué", "le maire")]),
    # French: the one told before a pronoun joined to the verb: the pronoun speaks, never "leur a-t-elle"
    ("fr", FRENCH_LEAD, "Le projet coûtera cher, leur a-t-elle expliqué.",
     [("Le projet coûtera cher", "expliqué", "Claire Martin")]),
    ("fr", FRENCH_LEAD, "Le projet coûtera cher, leur a-t-elle dit.", [("Le projet coûtera cher", "dit", "Claire Martin")]),
    ("fr", FRENCH_LEAD, "« Le projet coûtera cher », leur a-t-elle expliqué.",
     [("Le projet coûtera cher", "a-t-elle expliqué", "Claire Martin")]),
    ("fr", FRENCH_LEAD, "Le budget sera voté en juin, nous explique-t-elle.",
     [("Le budget sera voté en juin", "explique-t-elle", "Claire Martin")]),
    # (nearest shapes: a subject before the pronoun, a verb of no speech, a question that opens with the verb)
    ("fr", FRENCH_LEAD, "Elle m'a dit que le projet coûtera cher.", [("le projet coûtera cher", "a dit", "Claire Martin")]),
    ("fr", FRENCH_LEAD, "Elle m'a donné un livre sur le projet.", []),
    ("fr", FRENCH_LEAD, "A-t-elle dit que le projet coûtera cher ?", []),
    # French: reflexive verbs of feeling in the plural, inverted or before their clause
    ("fr", FRENCH_LEAD, "Les salariés garderont leur poste, se sont félicités les syndicats.",
     [("Les salariés garderont leur poste", "se sont félicités", "les syndicats")]),
    ("fr", FRENCH_LEAD, "Les syndicats se sont félicités que les salariés gardent leur poste.",
     [("les salariés gardent leur poste", "se sont félicités", "Les syndicats")]),
    ("fr", FRENCH_LEAD, "Les riverains s'inquiètent que les travaux prennent du retard.",
     [("les travaux prennent du retard", "s'inquiètent", "Les riverains")]),
    ("fr", FRENCH_LEAD, "Les syndicats se sont félicités de l'accord signé mardi.", []),
    ("fr", FRENCH_LEAD, "Les joueurs se sont inquiétés de la météo.", []),
    # Spanish: a promise is a cue; an adverb set off by a comma before a dropped subject
    ("es", SPANISH_LEAD, "La ministra prometió que el plan llegará en mayo.",
     [("el plan llegará en mayo", "prometió", "Ana Ruiz")]),
    ("es", SPANISH_LEAD, "«El plan llegará en mayo», prometió la ministra.", [("El plan llegará en mayo", "prometió", "Ana Ruiz")]),
    ("es", SPANISH_LEAD, "Además, afirmó que el plan llegará en mayo.", [("el plan llegará en mayo", "afirmó", "Ana Ruiz")]),
    ("es", SPANISH_LEAD, "Además afirmó que el plan llegará en mayo.", [("el plan llegará en mayo", "afirmó", "Ana Ruiz")]),
    ("es", SPANISH_LEAD, "Además, el alcalde afirmó que el plan llegará en mayo.",
     [("el plan llegará en mayo", "afirmó", "el alcalde")]),
    ("es", SPANISH_LEAD, "Además, el puente abrirá en mayo.", []),
    ("es", SPANISH_LEAD, "El Gobierno prometió una rebaja de impuestos.", []),
    ("es", SPANISH_LEAD, "La temporada promete emociones fuertes.", []),
    # Spanish: a told object between the verb and a postposed subject; the role resolves to the one introduced with it
    ("es", "El funcionario Pedro Gómez visitó la obra el lunes.", "La obra costará diez millones, indicó a EFE el funcionario.",
     [("La obra costará diez millones", "indicó", "Pedro Gómez")]),
    ("es", "El alcalde Pedro Gómez visitó la obra el lunes.", "La obra costará diez millones, indicó a EFE el funcionario.",
     [("La obra costará diez millones", "indicó", "el funcionario")]),
    ("es", SPANISH_LEAD, "La alcaldesa dijo en la plaza que el mercado abrirá en junio.",
     [("el mercado abrirá en junio", "dijo", "La alcaldesa")]),
    # German: "feststellen" is separable as "klarstellen": its particle before the comma or closing the sentence
    ("de", GERMAN_LEAD, "Die Gutachter stellten fest, dass die Brücke marode ist.",
     [("die Brücke marode ist", "stellten", "Die Gutachter")]),
    ("de", GERMAN_LEAD, "Jana Krüger prüfte den Zug. Der Zug sei marode, stellte sie fest.",
     [("Der Zug sei marode", "stellte", "Jana Krüger")]),
    ("de", GERMAN_LEAD, "Die Brücke sei marode, stellte die Gutachterin Jana Krüger fest.",
     [("Die Brücke sei marode", "stellte", "Jana Krüger")]),
    ("de", GERMAN_LEAD, "Die Stadt stellte klar, dass die Brücke offen bleibt.",
     [("die Brücke offen bleibt", "stellte", "Die Stadt")]),
    ("de", GERMAN_LEAD, "Die Polizei stellte die Personalien des Fahrers fest.", []),
    ("de", GERMAN_LEAD, "Der Trainer stellte die Mannschaft um.", []),
]


@pytest.mark.parametrize(("language", "lead", "paragraph", "expected"), REPORTED)
def test_reported_speech_of_the_packs(
    language: str, lead: str, paragraph: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert cued_quotes(blocks("Titre", lead, paragraph), language) == expected


def test_reported_rows_are_distinct() -> None:
    assert len({(language, lead, paragraph) for language, lead, paragraph, _ in REPORTED}) == len(REPORTED)


#: A story's blocks per language, before the last line under test.
STORIES: dict[str | None, tuple[str, ...]] = {
    None: (
        "Bridge reopens after repairs",
        "By Ann Ross",
        "The river bridge reopens on Monday after six months of work. Traffic will run both ways again.",
        "Trucks stay banned until June, when the last coat of paint has dried.",
    ),
    "fr": (
        "Le pont de la Loire rouvre",
        "Par Anne Roux",
        "Le pont de la Loire rouvre lundi après six mois de travaux. La circulation reprendra dans les deux sens.",
        "Les camions resteront interdits jusqu'en juin, quand la peinture aura séché.",
    ),
    "de": (
        "Die Rheinbrücke ist wieder offen",
        "Von Jana Krüger",
        "Die Rheinbrücke ist nach sechs Monaten Bauzeit ab Montag wieder befahrbar. Der Verkehr rollt in beide Richtungen.",
        "Lastwagen bleiben bis Juni gesperrt, bis der letzte Anstrich getrocknet ist.",
    ),
    "es": (
        "El puente del Ebro reabre",
        "Por Ana Ruiz",
        "El puente del Ebro reabre el lunes tras seis meses de obras. El tráfico volverá en ambos sentidos.",
        "Los camiones seguirán vetados hasta junio, cuando se seque la última capa de pintura.",
    ),
}

# (the language, the story's last line, its boilerplate kind or None when it stays the story's)
LAST_LINES: list[tuple[str | None, str, str | None]] = [
    # each pack's own thanks: a blog's sign-off
    (None, "Thanks for reading!", "share"),
    ("fr", "Merci de nous lire !", "share"),
    ("de", "Danke fürs Lesen!", "share"),
    ("es", "¡Gracias por leernos!", "share"),
    ("es", "Gracias por leernos.", "share"),
    # an English thanks line in another pack is nothing special: the story's
    ("fr", "Thanks for reading!", None),
    ("de", "Thank you for reading.", None),
    ("es", "Thanks for reading!", None),
    # a pack's thanks that goes on into a word is no thanks
    ("fr", "Merci de votre lectureuse.", None),
    # each pack's funding note
    (None, "This story was funded by a grant from the Civic Fund.", "disclaimer"),
    ("fr", "Cette enquête a été financée par la Fondation pour la presse libre.", "disclaimer"),
    ("es", "Este reportaje fue financiado por la Fundación Prensa Libre.", "disclaimer"),
    ("de", "Diese Recherche wurde gefördert von der Stiftung Freie Presse.", "disclaimer"),
    # nearest shapes that are the story's: a funded thing that is no piece of the page
    ("fr", "Le pont a été financé par la région.", None),
    ("es", "La serie fue financiada por Netflix.", None),
    ("de", "Die Brücke wurde finanziert von der Stadt.", None),
    # an English funding note in a French article: the story's
    ("fr", "This story was funded by a grant from the Civic Fund.", None),
]


@pytest.mark.parametrize(("language", "line", "kind"), LAST_LINES)
def test_last_line_read_by_its_pack(language: str | None, line: str, kind: str | None) -> None:
    article = parse(blocks(*STORIES[language], line), language)
    kinds = [b.kind for b in article.boilerplate if b.text == line]
    paragraphs = [p.text for p in article.paragraphs]
    if kind is None:
        assert (kinds, paragraphs[-1]) == ([], line)
    else:
        assert (kinds, paragraphs[-1]) == ([kind], STORIES[language][-1])


def test_last_lines_are_distinct() -> None:
    assert len({(language, line) for language, line, _ in LAST_LINES}) == len(LAST_LINES)


@pytest.mark.parametrize(
    ("language", "line", "thanks"),
    [
        (None, "Thank you for listening.", True),
        ("en-GB", "Thanks for watching!", True),
        ("fr", "Merci pour votre lecture.", True),
        ("fr", "Thank you for listening.", False),
        ("de", "Vielen Dank fürs Zuhören!", True),
        ("de", "Danke fürs Lesen, sagte die Bürgermeisterin.", False),  # (the pack's words of saying; lang62b)
        ("es", "Gracias por su lectura.", True),
        ("es", "Gracias por venir, dijo la alcaldesa.", False),
    ],
)
def test_boilerplate_parser_reads_the_packs_thanks(language: str | None, line: str, thanks: bool) -> None:
    vocabulary = language_pack(language).vocabulary() if language else newsparse.Vocabulary()
    assert newsparse.BoilerplateParser(vocabulary).is_reader_thanks(line) is thanks


def test_packs_without_call_lead_ins_or_app_offers() -> None:
    """The packs read no English lead-in nor app offer: their calls are English only."""
    french = newsparse.BoilerplateParser(language_pack("fr").vocabulary())
    english = newsparse.BoilerplateParser()
    line = "Don't miss out on the latest news. Sign up for our newsletter."
    assert (english.call_after_lead_in(line), french.call_after_lead_in(line)) == ("subscribe", None)
    offer = ["for", "breaking", "news", "alerts"]
    assert (english.is_app_offer(offer), french.is_app_offer(offer)) == (True, False)


def test_subclass_lists_replace_the_packs() -> None:
    """A parser's own list replaces its vocabulary's, whatever the pack."""

    class SpanishOffers(newsparse.BoilerplateParser):
        APP_OFFER_LINKS = frozenset({"para"})
        APP_OFFER_WORDS = frozenset({"noticias", "alertas"})
        CALL_LEAD_OPENERS = frozenset({"no"})

    parser = SpanishOffers(language_pack("es").vocabulary())
    assert parser.is_app_offer(["para", "últimas", "noticias"])
    assert not parser.is_app_offer(["for", "breaking", "news"])
    assert parser.call_after_lead_in("Don't miss out. Sign up for our newsletter.") is None

    class FundedBy(newsparse.ArticleParser):
        FUNDING_VERBS = frozenset({"paid"})
        FUNDING_AGENT_WORDS = frozenset({"for", "by"})

    assert FundedBy().is_funding_note("This reporting is paid for by readers.")
    assert not FundedBy().is_funding_note("This story was funded by a grant from the Civic Fund.")
    assert newsparse.ArticleParser().is_funding_note("This story was funded by a grant from the Civic Fund.")
