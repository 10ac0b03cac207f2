"""Round 64's language packs (lang64).

1. French ``Pour`` / ``Selon`` and a role before a named speaker and a guillemet quote: the person,
   an adjective after the role too (``Pour le député européen Jean Morel, « ... »``).
2. Spanish role nouns after a named person (``la edil María Gómez``, then ``La edil señaló que``):
   the person, by the role's article and gender; no one when two hold the role.
3. German: a capitalised noun after its article before a full name is no part of the name
   (``Der Architekt Lukas Wendl``: Lukas Wendl).
4. German full-stop datelines: ``Luxemburg.``, ``Genf.``, a town with its river after a slash
   (``Esch/Alzette.``) named again in the story.
   An outlet's name in a dated dateline's brackets before a dash is its source
   (``Colombo, Nov. 24 (Daily Mirror) -``).
5. ``UNSTRANDED_WORDS`` is the vocabulary's (each pack's own), read through ``BodyParser.is_unstranded``.
"""

from __future__ import annotations

import pytest
from tests.parts import blocks, parse
from tests.quote_cases import cued_quotes

from newsparse import BodyParser, DatelineParser, Span
from newsparse.quotes.languages import language_pack

# (language, paragraphs, [(text, cue, speaker)] that must come out)
SPEAKERS: list[tuple[str, list[str], list[tuple[str, str | None, str | None]]]] = [
    # 1. French opinion leads naming the speaker after a role (the person, never the role with her)
    ("fr", ["Pour le député Jean Morel, « il faut agir vite » sur les loyers."],
     [("il faut agir vite", "Pour", "Jean Morel")]),
    ("fr", ["Selon la ministre Claire Dupuis, « nous ne reculerons pas »."],
     [("nous ne reculerons pas", "Selon", "Claire Dupuis")]),
    ("fr", ["Pour le député européen Jean Morel, « il faut agir vite »."], [("il faut agir vite", "Pour", "Jean Morel")]),
    ("fr", ["Selon la ministre de la Santé Claire Dupuis, « nous ne reculerons pas »."],
     [("nous ne reculerons pas", "Selon", "Claire Dupuis")]),
    # (nearest shapes: the role alone; the name alone; an adjective and no name; no holder)
    ("fr", ["Pour le député, « il faut agir vite »."], [("il faut agir vite", "Pour", "le député")]),
    ("fr", ["Pour le député européen, « il faut agir vite »."], [("il faut agir vite", None, None)]),
    ("fr", ["Pour la première fois, « le texte » passe en séance."], [("le texte", None, None)]),
    ("fr", ["Pour Jean Morel, « il faut agir vite »."], [("il faut agir vite", "Pour", "Jean Morel")]),
    # 2. Spanish role nouns resolved to the one named with them earlier
    ("es", ["La edil María Gómez visitó el barrio de San Blas.", "La edil señaló que la obra terminará en junio."],
     [("la obra terminará en junio", "señaló", "María Gómez")]),
    ("es", ["La edil María Gómez visitó el barrio.", "«Vamos a cumplir», dijo la edil."],
     [("Vamos a cumplir", "dijo", "María Gómez")]),
    ("es", ["El edil Pedro Sanz visitó el barrio.", "«Vamos a cumplir», dijo el edil."],
     [("Vamos a cumplir", "dijo", "Pedro Sanz")]),
    ("es", ["La concejala Rosa Díaz visitó el mercado.", "«Vamos a cumplir», dijo la concejala."],
     [("Vamos a cumplir", "dijo", "Rosa Díaz")]),
    ("es", ["El funcionario Juan Pérez recorrió la obra el lunes.", "«No habrá retrasos», afirmó el funcionario."],
     [("No habrá retrasos", "afirmó", "Juan Pérez")]),
    ("es", ["La alcaldesa Ana Ruiz visitó el barrio.", "«Vamos a cumplir», dijo la alcaldesa."],
     [("Vamos a cumplir", "dijo", "Ana Ruiz")]),
    # (nearest shapes: the other gender's article; two holding the role: no one)
    ("es", ["El edil Pedro Sanz visitó el barrio.", "«Vamos a cumplir», dijo la edil."],
     [("Vamos a cumplir", "dijo", "la edil")]),
    ("es", ["El funcionario Juan Pérez y el funcionario Luis Vega recorrieron la obra.",
            "«No habrá retrasos», afirmó el funcionario."],
     [("No habrá retrasos", "afirmó", "el funcionario")]),
    # 3. German: the role noun after its article is no part of the name
    ("de", ["Der Architekt Lukas Wendl sprach von einem Meilenstein.", "„Das Haus gehört allen“, sagte Wendl."],
     [("Das Haus gehört allen", "sagte", "Lukas Wendl")]),
    ("de", ["Der Architekt Lukas Wendl sagte, das Haus gehöre allen."], [("das Haus gehöre allen", "sagte", "Lukas Wendl")]),
    ("de", ["Der Architekt Lukas Wendl sprach von einem Meilenstein.", "„Das Haus gehört allen“, sagte er."],
     [("Das Haus gehört allen", "sagte", "Lukas Wendl")]),
    ("de", ["Die Ärztin Anna Berg sagte, die Lage sei ernst."], [("die Lage sei ernst", "sagte", "Anna Berg")]),
    # (nearest shapes: a role set off after its place, a title with no article, the role alone)
    ("de", ["Der Bürgermeister von Graz, Max Huber, sagte, die Lage sei ernst."],
     [("die Lage sei ernst", "sagte", "Max Huber")]),
    ("de", ["Bürgermeister Max Huber sagte: „Wir feiern.“"], [("Wir feiern.", "sagte", "Max Huber")]),
    ("de", ["Der Architekt sagte: „Wir feiern.“"], [("Wir feiern.", "sagte", "Der Architekt")]),
    ("en", ["The official John Perez toured the site.", "\"There will be no delays,\" the official said."],
     [("There will be no delays,", "said", "John Perez")]),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), SPEAKERS)
def test_speaker_named_with_a_role(language: str, paragraphs: list[str], expected: list[tuple[str, str | None, str | None]]) -> None:
    assert cued_quotes(blocks("Neuigkeiten aus der Stadt", *paragraphs), language) == expected


# (language, paragraphs, the dateline's place or None, the first paragraph's text)
DATELINES: list[tuple[str, list[str], str | None, str]] = [
    ("de", ["Luxemburg. Die Regierung hat am Dienstag den Haushalt vorgestellt."], "Luxemburg",
     "Die Regierung hat am Dienstag den Haushalt vorgestellt."),
    ("de", ["Genf. Die Verhandlungen wurden am Montag fortgesetzt."], "Genf", "Die Verhandlungen wurden am Montag fortgesetzt."),
    ("de", ["Esch/Alzette. Die Stadt plant einen Radweg entlang der Alzette.", "Der Bau in Esch soll im Mai beginnen."],
     "Esch/Alzette", "Die Stadt plant einen Radweg entlang der Alzette."),
    ("de", ["Frankfurt/Oder. Die Stadt plant einen neuen Radweg."], "Frankfurt/Oder", "Die Stadt plant einen neuen Radweg."),
    # (nearest shapes: a slashed pair the story never names as a place; a word alone opening a feature)
    ("de", ["Esch/Alzette. Die Stadt plant einen Radweg entlang der Alzette."], None,
     "Esch/Alzette. Die Stadt plant einen Radweg entlang der Alzette."),
    ("de", ["Bund/Länder. Die Gespräche zwischen Bund und Ländern gehen weiter."], None,
     "Bund/Länder. Die Gespräche zwischen Bund und Ländern gehen weiter."),
    ("de", ["Endlich. Nach drei Jahren ist der Tunnel fertig."], None, "Endlich. Nach drei Jahren ist der Tunnel fertig."),
]


# (language, the first paragraph, (place, agency, the dateline's text) or None, the paragraph's text)
OUTLET_DATELINES: list[tuple[str | None, str, tuple[str, str, str] | None, str]] = [
    (None, "Colombo, Nov. 24 (Daily Mirror) - Heavy rain flooded the capital on Sunday.",
     ("Colombo", "Daily Mirror", "Colombo, Nov. 24 (Daily Mirror) -"), "Heavy rain flooded the capital on Sunday."),
    (None, "COLOMBO, Nov. 24 (Daily Mirror) - Heavy rain flooded the capital on Sunday.",
     ("COLOMBO", "Daily Mirror", "COLOMBO, Nov. 24 (Daily Mirror) -"), "Heavy rain flooded the capital on Sunday."),
    ("de", "Berlin, 24. Nov. (Berliner Zeitung) - Starker Regen hat die Stadt überflutet.",
     ("Berlin", "Berliner Zeitung", "Berlin, 24. Nov. (Berliner Zeitung) -"), "Starker Regen hat die Stadt überflutet."),
    ("es", "Lima, 24 nov (Diario Correo) - Fuertes lluvias inundaron la capital.",
     ("Lima", "Diario Correo", "Lima, 24 nov (Diario Correo) -"), "Fuertes lluvias inundaron la capital."),
    # (nearest shapes: no dash after the brackets; no date; a phrase of no outlet's word)
    (None, "Colombo, Nov. 24 (Daily Mirror) Heavy rain flooded the capital on Sunday.", None,
     "Colombo, Nov. 24 (Daily Mirror) Heavy rain flooded the capital on Sunday."),
    (None, "Colombo (Daily Mirror) - Heavy rain flooded the capital on Sunday.", None,
     "Colombo (Daily Mirror) - Heavy rain flooded the capital on Sunday."),
    (None, "Lisbon, May 2 (Fire Brigade Sources) - A fire broke out in the old town.", None,
     "Lisbon, May 2 (Fire Brigade Sources) - A fire broke out in the old town."),
]


@pytest.mark.parametrize(("language", "paragraph", "dateline", "first"), OUTLET_DATELINES)
def test_outlet_in_a_dated_datelines_brackets(
    language: str | None, paragraph: str, dateline: tuple[str, str, str] | None, first: str
) -> None:
    article = parse(blocks("Floods hit the south", paragraph), language)
    found = article.dateline
    assert (None if found is None else (found.place, found.agency, found.text)) == dateline
    assert article.paragraphs[0].text == first


def test_outlet_words_of_a_subclass() -> None:
    class Wire(DatelineParser):
        OUTLET_WORDS = frozenset({"Mirror"})

    text = "Colombo, Nov. 24 (Daily Mirror) - Heavy rain flooded the capital."
    assert Wire().parse(text, Span(0, len(text))) is not None
    found = Wire().parse("Colombo, Nov. 24 (Daily Times) - Heavy rain.", Span(0, 44))
    assert found is None


@pytest.mark.parametrize(("language", "paragraphs", "place", "first"), DATELINES)
def test_full_stop_dateline(language: str, paragraphs: list[str], place: str | None, first: str) -> None:
    article = parse(blocks("Neues aus der Region", *paragraphs), language)
    assert (article.dateline.place if article.dateline else None) == place
    assert article.paragraphs[0].text == first


# (language, a line a paste broke off, the line under it, whether it carries the sentence on)
UNSTRANDED: list[tuple[str | None, str, str, bool]] = [
    (None, "The inquiry was led by the", "National Audit Office, which found no fault.", True),
    (None, "The first lanes would", "Open in May, officials said.", True),
    ("fr", "Le rapport a été rédigé par une", "Commission indépendante, qui siège à Paris.", True),
    ("de", "Der Bericht stammt von einer", "Kommission aus Experten, die in Berlin tagt.", True),
    ("es", "El informe fue redactado por una", "Comisión independiente que se reúne en Madrid.", True),
    # (nearest shapes: an English article in another pack's text; a German relative pronoun)
    ("fr", "Le rapport cite the", "Commission, qui siège à Paris.", False),
    ("de", "Der Bericht nennt die Experten, die", "Kommission tagt in Berlin.", False),
    ("es", "El informe fue redactado por la comisión", "Independiente que se reúne en Madrid.", False),
]


@pytest.mark.parametrize(("language", "text", "rest", "carries"), UNSTRANDED)
def test_unstranded_words_are_the_packs(language: str | None, text: str, rest: str, carries: bool) -> None:
    vocabulary = language_pack(language or "en").vocabulary()
    assert BodyParser(vocabulary).carries_on(text, rest) is carries


def test_unstranded_words_of_a_subclass() -> None:
    class Wire(BodyParser):
        UNSTRANDED_WORDS = frozenset({"une"})

    class Strict(BodyParser):
        def is_unstranded(self, word: str) -> bool:
            return False

    french = language_pack("fr").vocabulary()
    assert Wire(french).carries_on("Le rapport cite une", "Commission, qui siège à Paris.")
    assert not Wire(french).carries_on("Le rapport cite un", "Comité, qui siège à Paris.")
    assert not Strict().carries_on("The inquiry was led by the", "National Audit Office, which found no fault.")
    assert BodyParser().is_unstranded("the") and not BodyParser(french).is_unstranded("the")


def test_rows_are_distinct() -> None:
    for table in (SPEAKERS, DATELINES, OUTLET_DATELINES, UNSTRANDED):
        assert len({repr(row) for row in table}) == len(table)
