"""Round 65's language packs (lang65).

1. German: a city's adjective and one or two role nouns joined by ``und`` before a name are no part
   of it (``Der Münchner Architekt Jan Wendl``, ``Der Architekt und Bauherr Jan Wendl``), and the
   role noun alone, or with the surname, is the person later (``Der Architekt sagte``).
2. A page's buttons (``Mehr/Weniger.``, ``Weniger anzeigen``) are boilerplate, never a dateline nor a
   byline's agency.
3. French ``Pour`` with two holders, or a holder's role after ``l'ancien``: the speakers.
4. French impersonal ``on``: reported words with no speaker, never the last person named.
5. La Presse's credits in capitals (``PHOTO MARTIN TREMBLAY, LA PRESSE``, ``PHOTO ARCHIVES LA
   PRESSE``) and its clocks (``Publié à 5 h 00``, ``Mis à jour à 7 h 45``) beside a date line.
6. Spanish lower-case groups with a quantity (``vecinos de al menos tres barrios``): the group.
7. Spanish ``agregó`` after a quotation named in the sentence before, others named earlier.
8. A relative clause on the one told before the reported ``that``/``que``: the report starts at the
   later one; unclear shapes give no wrong span.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.parts import blocks, lost_lines, parse
from tests.quote_cases import cued_quotes

from newsparse import CaptionParser, Span
from newsparse.lines import Line
from newsparse.quotes.languages import language_pack

Row = tuple[str, str | None, str | None]

# (language, paragraphs, [(text, cue, speaker)] that must come out)
SPEAKERS: list[tuple[str, list[str], list[Row]]] = [
    # 1. German: a city's adjective and nouns before the name, and the noun alone later
    ("de", ["Der Münchner Architekt Jan Wendl sagte, das Haus gehöre allen."], [("das Haus gehöre allen", "sagte", "Jan Wendl")]),
    ("de", ["Die Berliner Ingenieurin Kai Brandt erklärte, die Brücke sei sicher."],
     [("die Brücke sei sicher", "erklärte", "Kai Brandt")]),
    ("de", ["Der Architekt und Bauherr Jan Wendl sagte, das Haus gehöre allen."],
     [("das Haus gehöre allen", "sagte", "Jan Wendl")]),
    ("de", ["Die Historikerin und Autorin Eva Ott sagte, das Archiv sei verloren."],
     [("das Archiv sei verloren", "sagte", "Eva Ott")]),
    ("de", ["Der Münchner Architekt Jan Wendl stellte das Projekt vor.", "„Das Haus gehört allen“, sagte der Architekt."],
     [("Das Haus gehört allen", "sagte", "Jan Wendl")]),
    ("de", ["Der Münchner Architekt Jan Wendl stellte das Projekt vor.", "Der Architekt Wendl sagte, das Haus gehöre allen."],
     [("das Haus gehöre allen", "sagte", "Jan Wendl")]),
    ("de", ["Der Kölner Unternehmer Jan Vogt kaufte die Halle.", "Vogt sagte, die Halle bleibe offen."],
     [("die Halle bleibe offen", "sagte", "Jan Vogt")]),
    ("de", ["Die Grazer Ingenieurin Eva Roth prüfte die Brücke.", "„Sie hält“, sagte die Ingenieurin."],
     [("Sie hält", "sagte", "Eva Roth")]),
    # (nearest shapes: two people joined by "und"; a role noun alone; a given name after "und" with no noun)
    ("de", ["Anna Berg und Jan Wendl sagten, das Haus gehöre allen."],
     [("das Haus gehöre allen", "sagten", "Anna Berg und Jan Wendl")]),
    ("de", ["Der Architekt und Jan Wendl sagten, das Haus gehöre allen."],
     [("das Haus gehöre allen", "sagten", "Der Architekt und Jan Wendl")]),
    ("de", ["Der Architekt sagte: „Wir feiern.“"], [("Wir feiern.", "sagte", "Der Architekt")]),
    # 3. French "Pour" with two holders, or a former role's holder
    ("fr", ["Pour le député européen Jean Roux et la sénatrice Anne Lefort, « il faut agir vite »."],
     [("il faut agir vite", "Pour", "Jean Roux et Anne Lefort")]),
    ("fr", ["Pour la maire Claire Dubois et le préfet Marc Petit, « le pont doit rouvrir »."],
     [("le pont doit rouvrir", "Pour", "Claire Dubois et Marc Petit")]),
    ("fr", ["Pour l'ancien ministre Paul Girard, « le texte est mauvais »."], [("le texte est mauvais", "Pour", "Paul Girard")]),
    ("fr", ["Pour l'ancienne ministre Claire Morel, « rien n'est joué »."], [("rien n'est joué", "Pour", "Claire Morel")]),
    ("fr", ["Pour l'ex-ministre Paul Girard, le texte est mauvais."], [("le texte est mauvais", "Pour", "Paul Girard")]),
    # (nearest shapes: two roles with no names; a former role alone; no holder)
    ("fr", ["Pour le maire et le préfet, « le pont doit rouvrir »."], [("le pont doit rouvrir", None, None)]),
    ("fr", ["Pour l'ancien ministre, « le texte est mauvais »."], [("le texte est mauvais", "Pour", "l'ancien ministre")]),
    ("fr", ["Pour la première fois et la dernière, « le texte » passe."], [("le texte", None, None)]),
    # 4. French impersonal "on": no speaker, never the last person named
    ("fr", ["Le maire Paul Girard a inauguré la salle. À la mairie, on assure que les travaux seront finis en mai."],
     [("les travaux seront finis en mai", "assure", None)]),
    ("fr", ["Le maire Paul Girard a inauguré la salle.", "On affirme que tout va bien."], [("tout va bien", "affirme", None)]),
    ("fr", ["Claire Roux dirige le chantier.", "Du côté de la préfecture, on nous assure que la route rouvrira lundi."],
     [("la route rouvrira lundi", "assure", None)]),
    ("fr", ["Claire Roux dirige le chantier.", "Au ministère, on indique qu'aucune décision n'a été prise."],
     [("aucune décision n'a été prise", "indique", None)]),
    # (nearest shapes: a named subject; a pronoun for a person)
    ("fr", ["Claire Roux dirige le chantier.", "Au ministère, Paul Girard assure que la route rouvrira lundi."],
     [("la route rouvrira lundi", "assure", "Paul Girard")]),
    ("fr", ["Claire Roux dirige le chantier.", "Elle assure que la route rouvrira lundi."],
     [("la route rouvrira lundi", "assure", "Claire Roux")]),
    # 6. Spanish lower-case groups with a quantity: the group as written
    ("es", ["Ana Ruiz visitó el barrio el lunes.", "En Valencia, vecinos de al menos tres barrios dijeron que el agua llegó sucia."],
     [("el agua llegó sucia", "dijeron", "vecinos de al menos tres barrios")]),
    ("es", ["Ana Ruiz visitó el barrio el lunes.", "El martes, vecinos de al menos cinco calles denunciaron que no tenían luz."],
     [("no tenían luz", "denunciaron", "vecinos de al menos cinco calles")]),
    ("es", ["Ana Ruiz visitó el barrio el lunes.", "Comerciantes de más de veinte locales afirmaron que las ventas cayeron."],
     [("las ventas cayeron", "afirmaron", "Comerciantes de más de veinte locales")]),
    ("es", ["Ana Ruiz visitó el barrio el lunes. Luego, vecinos de al menos tres barrios dijeron que el agua llegó sucia."],
     [("el agua llegó sucia", "dijeron", "vecinos de al menos tres barrios")]),
    # 7. Spanish "agregó" after a quotation whose speaker the sentence before names
    ("es", ["Pedro Sanz habló primero. «Vamos a cumplir», dijo Ana Ruiz. «No habrá retrasos», agregó."],
     [("Vamos a cumplir", "dijo", "Ana Ruiz"), ("No habrá retrasos", "agregó", "Ana Ruiz")]),
    ("es", ["Pedro Sanz habló primero.", "«Vamos a cumplir», afirmó la alcaldesa Ana Ruiz. «No habrá retrasos», agregó."],
     [("Vamos a cumplir", "afirmó", "Ana Ruiz"), ("No habrá retrasos", "agregó", "Ana Ruiz")]),
    ("es", ["Luis Gil y Marta Vidal llegaron tarde. «Hay que votar», dijo Marta Vidal. «Ya», añadió."],
     [("Hay que votar", "dijo", "Marta Vidal"), ("Ya", "añadió", "Marta Vidal")]),
    # (nearest shapes: another person named between; the second cue names its own speaker; two named, no quote before)
    ("es", ["«Vamos a cumplir», dijo Ana Ruiz. Pedro Sanz, su rival, la escuchó. «No habrá retrasos», agregó."],
     [("Vamos a cumplir", "dijo", "Ana Ruiz"), ("No habrá retrasos", "agregó", None)]),
    ("es", ["«Vamos a cumplir», dijo Ana Ruiz. «No habrá retrasos», agregó Pedro Sanz."],
     [("Vamos a cumplir", "dijo", "Ana Ruiz"), ("No habrá retrasos", "agregó", "Pedro Sanz")]),
    ("es", ["Ana Ruiz y Pedro Sanz hablaron. Añadió que la obra terminará en junio."],
     [("la obra terminará en junio", "Añadió", None)]),
    # 8. a relative clause on the one told before the reported "que" / "that"
    ("es", ["Ana Ruiz dijo a los vecinos que se habían reunido en la plaza que el agua volverá el lunes."],
     [("el agua volverá el lunes", "dijo", "Ana Ruiz")]),
    ("es", ["Luis Gil dijo a los vecinos que habían protestado ante el ayuntamiento que la calle abrirá en mayo."],
     [("la calle abrirá en mayo", "dijo", "Luis Gil")]),
    ("es", ["Ana Ruiz explicó a los periodistas que la esperaban en la puerta que no habrá cambios."],
     [("no habrá cambios", "explicó", "Ana Ruiz")]),
    ("en", ["Anna Roth told voters who she said had been misled that the plan was safe."],
     [("the plan was safe", "told", "Anna Roth")]),
    ("en", ["Anna Roth told a man who said that he was lost that the road was closed."],
     [("the road was closed", "told", "Anna Roth")]),
    ("en", ["Tom Berg told residents who he believed had been overcharged that refunds would follow."],
     [("refunds would follow", "told", "Tom Berg")]),
    ("en", ["Mayor Ana Ortiz told reporters who had gathered that the bridge would reopen."],
     [("the bridge would reopen", "told", "Ana Ortiz")]),
    # (nearest shapes: one "que", the report; a relative's own clause alone; the report after a noun's relative)
    ("es", ["Ana Ruiz dijo a los vecinos que el agua volverá el lunes."], [("el agua volverá el lunes", "dijo", "Ana Ruiz")]),
    ("es", ["Ana Ruiz dijo a los vecinos que se habían equivocado."], [("se habían equivocado", "dijo", "Ana Ruiz")]),
    ("es", ["Ana Ruiz dijo a los vecinos que se habían reunido en la plaza que estaba cerrada."],
     [("se habían reunido en la plaza que estaba cerrada", "dijo", "Ana Ruiz")]),
    ("en", ["Anna Roth told a man who said that the plan that he drafted was good."],
     [("the plan that he drafted was good", "said", "a man")]),
    ("en", ["Anna Roth told reporters that the plan that he drafted was good."], [("the plan that he drafted was good", "told", "Anna Roth")]),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), SPEAKERS)
def test_speakers(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert cued_quotes(blocks("Neuigkeiten aus der Stadt", *paragraphs), language) == expected


# (language, a line in capitals under a caption, the credit, or None: no credit)
CREDITS: list[tuple[str, str, str | None]] = [
    ("fr", "PHOTO MARTIN TREMBLAY, LA PRESSE", "MARTIN TREMBLAY, LA PRESSE"),
    ("fr", "PHOTO OLIVIER JEAN, LA PRESSE", "OLIVIER JEAN, LA PRESSE"),
    ("fr", "PHOTO ARCHIVES LA PRESSE", "ARCHIVES LA PRESSE"),
    ("fr", "PHOTO ARCHIVES AGENCE FRANCE-PRESSE", "ARCHIVES AGENCE FRANCE-PRESSE"),
    ("fr", "ILLUSTRATION JULIEN CHUNG, LA PRESSE", "JULIEN CHUNG, LA PRESSE"),
    ("es", "FOTO ARCHIVO EL COMERCIO", "ARCHIVO EL COMERCIO"),
    ("de", "FOTO ANNA BERG, DPA", "ANNA BERG, DPA"),
    # (nearest shapes: no comma nor archive word; mixed case; one word before the comma; the label alone after it)
    ("fr", "PHOTO FINISH AU STADE", None),
    ("fr", "Photo Martin Tremblay, La Presse", None),
    ("fr", "PHOTO TREMBLAY, LA PRESSE", None),
    ("fr", "PHOTO ARCHIVES", None),
]


@pytest.mark.parametrize(("language", "text", "credit"), CREDITS)
def test_credit_in_capitals(language: str, text: str, credit: str | None) -> None:
    captions = CaptionParser(language_pack(language).vocabulary())
    assert captions.credit_of(Line(text, Span(0, len(text)), 0, False)) == credit


def test_la_presse_page() -> None:
    text = blocks(
        "Le pont rouvre enfin", "Jeanne Roux", "La Presse", "5 mars 2025\nPublié à 5 h 00\nMis à jour à 7 h 45",
        "Le pont Jacques-Cartier, lundi matin", "PHOTO MARTIN TREMBLAY, LA PRESSE",
        "Le pont Jacques-Cartier a rouvert lundi matin après trois mois de travaux. Les automobilistes étaient soulagés.",
        "Le chantier, en septembre dernier", "PHOTO ARCHIVES LA PRESSE",
        "Les travaux avaient commencé en septembre dernier, selon la Ville.",
    )
    article = parse(text, "fr")
    assert article.published is not None and article.updated is not None
    assert (article.published.datetime, article.updated.datetime) == (dt.datetime(2025, 3, 5, 5, 0), dt.datetime(2025, 3, 5, 7, 45))
    assert article.published.datetime.tzinfo is None and article.updated.text == "7 h 45"
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Le pont Jacques-Cartier, lundi matin", "MARTIN TREMBLAY, LA PRESSE"),
        ("Le chantier, en septembre dernier", "ARCHIVES LA PRESSE"),
    ]
    assert [p.text for p in article.paragraphs] == [
        "Le pont Jacques-Cartier a rouvert lundi matin après trois mois de travaux. Les automobilistes étaient soulagés.",
        "Les travaux avaient commencé en septembre dernier, selon la Ville.",
    ]
    assert lost_lines(article) == []


# (the header's stamp lines, the published and updated times, or None)
CLOCKS: list[tuple[list[str], dt.datetime | None, dt.datetime | None]] = [
    (["5 mars 2025", "Publié à 5 h 00", "Mis à jour à 7 h 45"], dt.datetime(2025, 3, 5, 5, 0), dt.datetime(2025, 3, 5, 7, 45)),
    (["5 mars 2025\nPublié à 5 h 00\nMis à jour à 7 h 45"], dt.datetime(2025, 3, 5, 5, 0), dt.datetime(2025, 3, 5, 7, 45)),
    (["Publié à 5 h 00\nMis à jour à 7 h 45\n5 mars 2025"], dt.datetime(2025, 3, 5, 5, 0), dt.datetime(2025, 3, 5, 7, 45)),
    (["Publié à 6 h 30", "Mis à jour à 12 h 05", "18 novembre 2024"], dt.datetime(2024, 11, 18, 6, 30),
     dt.datetime(2024, 11, 18, 12, 5)),
    (["Publié le 5 mars 2025 à 5 h 00", "Mis à jour à 7 h 45"], dt.datetime(2025, 3, 5, 5, 0), dt.datetime(2025, 3, 5, 7, 45)),
    (["12 janvier 2026", "Mis à jour à 9 h 10"], dt.datetime(2026, 1, 12, 0, 0), dt.datetime(2026, 1, 12, 9, 10)),
    # (nearest shapes: only the clocks, no date; an update before the publication; two published clocks)
    (["Publié à 5 h 00", "Mis à jour à 7 h 45"], None, None),
    (["5 mars 2025", "Publié à 9 h 00", "Mis à jour à 7 h 45"], dt.datetime(2025, 3, 5, 9, 0), None),
]


@pytest.mark.parametrize(("stamps", "published", "updated"), CLOCKS)
def test_la_presse_clocks(stamps: list[str], published: dt.datetime | None, updated: dt.datetime | None) -> None:
    body = "Le pont Jacques-Cartier a rouvert lundi matin après trois mois de travaux. Les automobilistes étaient soulagés."
    article = parse(blocks("Le pont rouvre enfin", "Jeanne Roux", *stamps, body), "fr")
    assert (article.published.datetime if article.published else None) == published
    assert (article.updated.datetime if article.updated else None) == updated
    assert [p.text for p in article.paragraphs] == [body]
    assert lost_lines(article) == []


# (language, the line under the byline, the boilerplate kinds of the header, whether the byline names an agency)
BUTTONS: list[tuple[str, str, str | None]] = [
    ("de", "Mehr/Weniger.", "Mehr/Weniger."),
    ("de", "Mehr.", "Mehr."),
    ("de", "Weniger anzeigen", "Weniger anzeigen"),
    ("de", "Mehr anzeigen", "Mehr anzeigen"),
    ("fr", "Voir plus", "Voir plus"),
    ("es", "Ver más / Ver menos", "Ver más / Ver menos"),
    # (nearest shapes: a sentence that opens with the word; an agency's own line in English)
    ("de", "Mehr als 300 Menschen kamen.", None),
]


@pytest.mark.parametrize(("language", "line", "boilerplate"), BUTTONS)
def test_expand_buttons(language: str, line: str, boilerplate: str | None) -> None:
    body = "Mehr als 300 Menschen kamen am Montag zur Eröffnung des Bahnhofs in Mehr. Die Stadt feierte bis in die Nacht."
    article = parse(blocks("Neuer Bahnhof eröffnet", "Von Anna Müller", line, body), language)
    assert article.dateline is None
    assert article.byline is not None and article.byline.agency is None and article.byline.text == "Von Anna Müller"
    assert [b.text for b in article.boilerplate] == ([boilerplate] if boilerplate else [])


def test_expand_button_opens_no_dateline() -> None:
    body = "Mehr als 300 Menschen kamen am Montag zur Eröffnung des Bahnhofs in Mehr."
    article = parse(blocks("Neuer Bahnhof eröffnet", f"Mehr/Weniger. {body}"), "de")
    assert article.dateline is None
    assert article.paragraphs[0].text == f"Mehr/Weniger. {body}"
    german, english = language_pack("de").vocabulary(), language_pack("en").vocabulary()
    assert german.is_expand_button("MEHR") and not german.is_agency("Mehr") and english.is_agency("Mehr")


def test_rows_are_distinct() -> None:
    for table in (SPEAKERS, CREDITS, CLOCKS, BUTTONS):
        assert len({repr(row) for row in table}) == len(table)
