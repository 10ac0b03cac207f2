"""Datelines a new user found at the start of the first paragraph (fixT57b): a place's country in
brackets before its date (``Los Ángeles (EE.UU.), 10 mar (EFE).-``), La Presse Canadienne's French
``(PC)``, a place alone in brackets opening the lede (``(Québec) Le ...``), French ``le`` before a dated
dateline's day (``Montréal, le 10 mars 2026 –``), a weekday before the month (``Kisumu, Tuesday March 10,
2026 (KNA)--``).  Each row is a short article in our own words; the near-misses that must stay story
stand beside the fixes."""

from __future__ import annotations

import pytest

import newsparse
from parts import holds_every_line

PARSERS = {lang: newsparse.ArticleParser(language=lang) for lang in ("en", "fr", "es", "de")}


def parse(text: str, lang: str) -> newsparse.Article:
    article = PARSERS[lang].parse(text)
    assert holds_every_line(article)
    return article


# (language, first paragraph, dateline's text or None, place, agency, first paragraph's text after it)
DATELINE_ROWS = [
    # a place's country in brackets before the comma of its date, a known agency after it
    ("es", "Los Ángeles (EE.UU.), 10 mar (EFE).- La policía detuvo este martes a un hombre en el centro.",
     "Los Ángeles (EE.UU.), 10 mar (EFE).-", "Los Ángeles (EE.UU.)", "EFE",
     "La policía detuvo este martes a un hombre en el centro."),
    ("es", "Lima (Perú), 4 abr (EFE).- El Gobierno aprobó este jueves un plan para las regiones del sur.",
     "Lima (Perú), 4 abr (EFE).-", "Lima (Perú)", "EFE",
     "El Gobierno aprobó este jueves un plan para las regiones del sur."),
    # near-miss: a name and a party in brackets, a date, no agency's bracket: story
    ("es", "Pérez (PSOE), 10 mar.- El diputado pidió este martes más fondos para la sanidad pública.",
     None, None, None, None),
    # La Presse Canadienne abbreviated in French
    ("fr", "Ottawa (PC) — Le gouvernement fédéral a annoncé mardi une aide pour les agriculteurs.",
     "Ottawa (PC) —", "Ottawa", "PC", "Le gouvernement fédéral a annoncé mardi une aide pour les agriculteurs."),
    ("fr", "Toronto (PC) — La province a déposé jeudi un budget en déficit pour la troisième année.",
     "Toronto (PC) —", "Toronto", "PC", "La province a déposé jeudi un budget en déficit pour la troisième année."),
    # near-misses: "(PC)" is an agency in French only; a person and a party in brackets stay story
    ("en", "Toronto (PC) — The province tabled a budget with a deficit for the third year running.",
     None, None, None, None),
    ("de", "Merz (CDU) – Der Kanzler hat am Dienstag neue Hilfen für die Landwirte angekündigt.",
     None, None, None, None),
    # an unknown code in brackets with no date is no agency: story (a wrong agency is worse than none)
    ("fr", "Lyon (FR) - Le club a annoncé mardi le départ de son entraîneur après trois saisons.",
     None, None, None, None),
    ("de", "Eupen (GE) - Die Regierung hat am Dienstag neue Hilfen für die Landwirte angekündigt.",
     None, None, None, None),
    # a place alone in brackets opening the lede
    ("fr", "(Québec) Le gouvernement a annoncé mardi une nouvelle aide pour les agriculteurs de la région.",
     "(Québec)", "Québec", None, "Le gouvernement a annoncé mardi une nouvelle aide pour les agriculteurs de la région."),
    ("fr", "(Ottawa) Le ministre des Finances a présenté jeudi une mise à jour de ses prévisions.",
     "(Ottawa)", "Ottawa", None, "Le ministre des Finances a présenté jeudi une mise à jour de ses prévisions."),
    # near-misses: a label or a name in brackets, or no sentence after the place, stay story
    ("fr", "(Mise à jour) Le gouvernement a annoncé mardi une nouvelle aide pour les agriculteurs.",
     None, None, None, None),
    ("fr", "(Jean Roy) Le gouvernement a annoncé mardi une nouvelle aide pour les agriculteurs.",
     None, None, None, None),
    ("fr", "(Québec) Le vote aura lieu demain.", None, None, None, None),
    # French "le" before the day of a dated dateline with no agency
    ("fr", "Montréal, le 10 mars 2026 – Le gouvernement a annoncé mardi une aide pour les agriculteurs.",
     "Montréal, le 10 mars 2026 –", "Montréal", None, "Le gouvernement a annoncé mardi une aide pour les agriculteurs."),
    ("fr", "Sherbrooke, le 3 juin 2025 – La Ville a adopté lundi soir un règlement sur le stationnement.",
     "Sherbrooke, le 3 juin 2025 –", "Sherbrooke", None, "La Ville a adopté lundi soir un règlement sur le stationnement."),
    # near-miss: "le" before a word that is no day stays story
    ("fr", "Montréal, le matin du 10 mars – la ville s'est réveillée sous la neige après une longue nuit.",
     None, None, None, None),
    # a weekday before the month, no comma between them
    ("en", "Kisumu, Tuesday March 10, 2026 (KNA)--The county government has announced support for farmers.",
     "Kisumu, Tuesday March 10, 2026 (KNA)--", "Kisumu", "KNA", "The county government has announced support for farmers."),
    ("en", "Nakuru, Friday May 8, 2026 (KNA)--Police have arrested three suspects over the theft of cattle.",
     "Nakuru, Friday May 8, 2026 (KNA)--", "Nakuru", "KNA", "Police have arrested three suspects over the theft of cattle."),
    # near-miss: a weekday and a month in a sentence with no agency's bracket
    ("en", "Kisumu, Tuesday March 10, was the day the county government announced support for farmers.",
     None, None, None, None),
]


@pytest.mark.parametrize(("lang", "lede", "text", "place", "agency", "paragraph"), DATELINE_ROWS)
def test_dateline_at_lede(lang: str, lede: str, text: str | None, place: str | None, agency: str | None,
                          paragraph: str | None) -> None:
    head = {"en": "A test headline for the story", "fr": "Un titre pour ce test", "es": "Un titular para la prueba",
            "de": "Eine Überschrift zum Test"}[lang]
    source = f"{head}\n\n{lede}\n\nLe dernier paragraphe suit ici.\n"
    article = parse(source, lang)
    if text is None:
        assert article.dateline is None
        assert lede in [part.text for part in article.paragraphs] + [article.headline.text if article.headline else ""]
        return
    assert article.dateline is not None
    assert article.dateline.text == text
    assert source[article.dateline.span.start : article.dateline.span.end] == text
    assert article.dateline.place == place
    assert article.dateline.agency == agency
    assert article.paragraphs[0].text == paragraph
