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


BODY = "The council met on Tuesday to discuss the plan for the new road through the town centre.\n\n"
AFTER = "\n\nThe council will meet again next month to vote on the final route of the road.\n"

# (language, line under the first paragraph, caption's text or None, credit)
CAPTION_ROWS = [
    # a file picture's label and its source
    ("en", "Protesters gather outside the courthouse in Galway (File image: Jo Roe Photography)",
     "Protesters gather outside the courthouse in Galway", "Jo Roe Photography"),
    ("en", "Traders pack up their stalls at the market in Limerick (File photo: Jane Roe)",
     "Traders pack up their stalls at the market in Limerick", "Jane Roe"),
    ("en", "Fishing boats tied up at the harbour in Kilmore Quay. File picture: Tom Berg",
     "Fishing boats tied up at the harbour in Kilmore Quay.", "Tom Berg"),
    # a photographer and an outlet, each after a bar
    ("en", "Traders at the market in Nairobi on March 9, 2026. | Jane Wambui | City Media Group",
     "Traders at the market in Nairobi on March 9, 2026.", "Jane Wambui | City Media Group"),
    # a credit in capitals glued to a dash: an outlet's photo and its photographer, or a handout
    ("en", "Residents line up for water in Cebu City on Tuesday. —CITY DAILY PHOTO/JO ROE",
     "Residents line up for water in Cebu City on Tuesday.", "CITY DAILY PHOTO/JO ROE"),
    ("en", "Police officers at the scene in Davao City on Tuesday. —PHOTO COURTESY OF DCPO",
     "Police officers at the scene in Davao City on Tuesday.", "DCPO"),
    # a credit label in capitals with no colon, the photographer and the outlet after a comma
    ("fr", "Le ministre des Finances à l'Assemblée nationale. PHOTO JEAN ROY, LE QUOTIDIEN DU NORD",
     "Le ministre des Finances à l'Assemblée nationale.", "JEAN ROY, LE QUOTIDIEN DU NORD"),
    # near-misses: two labels after bars; words in capitals that open with no credit's label; a line in
    # capitals; the story's sentence with a dash and a slash in lower case
    ("en", "Traders at the market in Nairobi on March 9, 2026. | Politics | Opinion", None, None),
    ("fr", "Le ministre a salué la décision des juges à Paris. VIVE LA FRANCE, DIT LA FOULE", None, None),
    ("en", "The council approved the budget on Tuesday. —and/or the levy", None, None),
]


@pytest.mark.parametrize(("lang", "line", "text", "credit"), CAPTION_ROWS)
def test_credit_forms(lang: str, line: str, text: str | None, credit: str | None) -> None:
    head = {"en": "Council backs road plan", "fr": "Le conseil adopte le plan"}[lang]
    body = BODY if lang == "en" else "Le conseil a adopté mardi le plan pour la nouvelle route du centre-ville.\n\n"
    source = f"{head}\n\n{body}{line}{AFTER}"
    article = parse(source, lang)
    if text is None:
        assert [c.text for c in article.captions] == []
        return
    assert [(c.text, c.credit) for c in article.captions] == [(text, credit)]
    assert line not in [p.text for p in article.paragraphs]


# (the credit line over the caption, the caption line, the caption's text, credit filed as boilerplate or None)
OVER_ROWS = [
    ("Photo: Jo Roe/TT", "Ministers at a press conference in Stockholm. Photo: Jo Roe/TT",
     "Ministers at a press conference in Stockholm.", "Photo: Jo Roe/TT"),
    ("Photo: Jane Doe/City Herald", "Crowds on the pier in Galway on Sunday. Photo: Jane Doe/City Herald",
     "Crowds on the pier in Galway on Sunday.", "Photo: Jane Doe/City Herald"),
    # near-miss: another credit over the caption is a picture of its own, kept
    ("Photo: Tom Berg/TT", "Ministers at a press conference in Stockholm. Photo: Jo Roe/TT",
     "Ministers at a press conference in Stockholm.", None),
]


@pytest.mark.parametrize(("over", "line", "text", "filed"), OVER_ROWS)
def test_credit_over_its_caption(over: str, line: str, text: str, filed: str | None) -> None:
    source = f"Council backs road plan\n\n{over}\n{line}\n\n{BODY}The council will vote next month.\n"
    article = parse(source, "en")
    credits = [b.text for b in article.boilerplate if b.kind == "credit"]
    if filed is None:
        assert [c.text for c in article.captions] == [over, text]
        assert credits == []
    else:
        assert [c.text for c in article.captions] == [text]
        assert credits == [filed]


# (language, headline, the two lines under it, the body's first line, the author or None)
OUTLET_ROWS = [
    ("fr", "Le conseil adopte le plan de la route", "Tommy Roy\nLa Presse",
     "Le conseil a adopté mardi le plan pour la nouvelle route du centre-ville.", "Tommy Roy"),
    ("en", "Council backs road plan for town centre", "Jane Smith\nThe Irish Times",
     "The council met on Tuesday to discuss the plan for the new road through the town centre.", "Jane Smith"),
    ("en", "Farmers count losses as frost destroys tea", "Mary Wanjiru\nNation Media Group",
     "Farmers in the county have lost most of their crop to frost this week, officials said.", "Mary Wanjiru"),
    # near-misses: the story's subject over the outlet; a name over a line that is no outlet
    ("en", "Council backs road plan for town centre", "Jane Smith\nThe Irish Times",
     "Jane Smith won the council's vote on Tuesday to build the new road through the town centre.", None),
    ("en", "Council backs road plan for town centre", "Jane Smith\nRoad plans",
     "The council met on Tuesday to discuss the plan for the new road through the town centre.", None),
]


@pytest.mark.parametrize(("lang", "headline", "lines", "lede", "author"), OUTLET_ROWS)
def test_name_over_outlet(lang: str, headline: str, lines: str, lede: str, author: str | None) -> None:
    source = f"{headline}\n\n{lines}\n\n{lede}\n\n{lede.split()[0]} more of the story follows here, she said.\n"
    article = parse(source, lang)
    if author is None:
        assert article.byline is None or article.byline.authors != (lines.split("\n")[0],)
        return
    assert article.byline is not None
    assert article.byline.authors == (author,)
    assert article.byline.text == lines.replace("\n", " ")
    assert article.paragraphs[0].text == lede
