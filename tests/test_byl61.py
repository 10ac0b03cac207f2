"""Bylines and datelines of unseen sites (byl61): the agency a staff role names after a link word
(``Par Jeanne Roux, correspondante de l'AFP à Dakar``); a known outlet alone before a piece mark
and a stamp (``Reuters | Published 12 Mar 2025``, ``News24 | ...``); an outlet and the city it
writes from under a byline (``BBC News, Cardiff``); a known place in brackets alone under the
byline (``(Sevilla)``), the dateline.  Invented stories in real layouts; each row is the text and
exactly what must come out."""

from __future__ import annotations

import pytest

from articles import parse_held
from parts import blocks

HEADLINE = "Ferry crossings suspended as storm reaches the coast"
STORY = (
    "Ferry operators suspended every crossing on Thursday as gale-force winds reached the coast, leaving hundreds of "
    "passengers waiting at the terminal.",
    "The coastguard said no vessel had reported damage, and crossings could resume on Friday morning.",
)

FR_HEADLINE = "Le port de Dakar paralysé par une grève des dockers"
FR_STORY = (
    "Le trafic du port de Dakar était quasiment à l'arrêt mardi, au troisième jour d'une grève des dockers qui "
    "réclament une hausse de leurs salaires.",
    "La direction du port a proposé une réunion avec les syndicats jeudi.",
)
FR_STANDFIRST = "Les dockers réclament une hausse des salaires depuis trois semaines."

ES_HEADLINE = "Detenido un hombre por robar en una joyería del centro"
ES_STORY = (
    "La Policía Nacional ha detenido a un hombre de 34 años acusado de robar varias joyas en un comercio del centro "
    "de la ciudad.",
    "El detenido ha pasado a disposición judicial este martes.",
)


@pytest.mark.parametrize(
    ("language", "signature", "authors", "agency"),
    [
        # a role, a link word and a known agency, maybe the place the role is held in
        ("fr", "Par Jeanne Roux, correspondante de l'AFP à Dakar", ("Jeanne Roux",), "AFP"),
        ("fr", "Par Jeanne Roux, envoyée spéciale de l’AFP à Kiev", ("Jeanne Roux",), "AFP"),
        ("es", "Por Ana Gómez, corresponsal de EFE en Lima", ("Ana Gómez",), "EFE"),
        ("de", "Von Anna Schmidt, Korrespondentin der dpa in Kairo", ("Anna Schmidt",), "dpa"),
        ("en", "By Jane Roe, correspondent for Reuters in Nairobi", ("Jane Roe",), "Reuters"),
        # must not fire: an outlet the vocabulary does not know as an agency, or no outlet at all
        ("fr", "Par Jeanne Roux, journaliste au Monde", ("Jeanne Roux",), None),
        ("fr", "Par Jeanne Roux, correspondante à Dakar", ("Jeanne Roux",), None),
        ("en", "By Jane Roe, editor of The Harbour Gazette", ("Jane Roe",), None),
    ],
)
def test_role_names_its_agency(language: str, signature: str, authors: tuple[str, ...], agency: str | None) -> None:
    headline, story = (HEADLINE, STORY) if language == "en" else (FR_HEADLINE, FR_STORY)
    article = parse_held(blocks(headline, signature, *story), language)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)


def test_french_signer_under_standfirst_with_agency() -> None:
    signature = "Par Jeanne Roux, correspondante de l'AFP à Dakar"
    article = parse_held(blocks(FR_HEADLINE, FR_STANDFIRST, signature, *FR_STORY), "fr")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (("Jeanne Roux",), "AFP", signature)
    assert article.paragraphs[0].text == FR_STORY[0]


@pytest.mark.parametrize(
    ("line", "authors", "agency", "text", "published"),
    [
        # a known agency, a broadcaster with an outlet word, or an outlet word with a number glued
        ("Reuters | Published 12 Mar 2025", ("Reuters",), "Reuters", "Reuters", "2025-03-12T00:00:00"),
        ("CBC News | Published 12 Mar 2025", ("CBC News",), "CBC News", "CBC News", "2025-03-12T00:00:00"),
        ("News24 | Published 12 Mar 2025", ("News24",), "News24", "News24", "2025-03-12T00:00:00"),
        ("AFP · 12 Mar 2025", ("AFP",), "AFP", "AFP", "2025-03-12T00:00:00"),
        # must not fire: a section, an outlet word alone, a place before the stamp
        ("Politics | Published 12 Mar 2025", None, None, None, "2025-03-12T00:00:00"),
        ("News | Published 12 Mar 2025", None, None, None, "2025-03-12T00:00:00"),
        ("Hong Kong | 12 Mar 2025", None, None, None, "2025-03-12T00:00:00"),
        # a person's name there, as before
        ("Jane Roe | Published 12 Mar 2025", ("Jane Roe",), None, "Jane Roe", "2025-03-12T00:00:00"),
        # a stamp that says how long ago: the line the byline's, no time read
        ("Reuters | Published 3 hours ago", ("Reuters",), "Reuters", "Reuters | Published 3 hours ago", None),
        ("News24 · 2h ago", ("News24",), "News24", "News24 · 2h ago", None),
        ("AFP, 5 minutes ago", ("AFP",), "AFP", "AFP, 5 minutes ago", None),
        ("Politics | 3 hours ago", None, None, None, None),
        ("News | Published 3 hours ago", None, None, None, None),
    ],
)
def test_outlet_before_stamp(
    line: str, authors: tuple[str, ...] | None, agency: str | None, text: str | None, published: str | None
) -> None:
    article = parse_held(blocks(HEADLINE, line, *STORY))
    byline = article.byline
    assert (byline and byline.authors, byline and byline.agency, byline and byline.text) == (authors, agency, text)
    assert (article.published and article.published.datetime.isoformat()) == published
    assert article.paragraphs[0].text == STORY[0]


@pytest.mark.parametrize(
    ("signature", "authors", "agency"),
    [
        # a byline over an outlet and the city it writes from: both lines the byline's
        ("By Tom Hale\nBBC News, Cardiff", ("Tom Hale",), "BBC News"),
        ("By Tom Hale\nReuters, London", ("Tom Hale",), "Reuters"),
        ("By Tom Hale\nSky News, Manchester", ("Tom Hale",), None),  # an outlet the vocabulary does not know
        ("Jane Roe\nBBC News, Cardiff", ("Jane Roe",), "BBC News"),  # a bare name over it, as under "By" (trialL62)
        ("Jane Roe\nSky News, Manchester", ("Jane Roe",), None),
    ],
)
def test_outlet_and_city_under_byline(signature: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(blocks(HEADLINE, signature, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert article.byline.text == signature.replace("\n", " ")


@pytest.mark.parametrize(
    ("signature", "second", "boilerplate"),
    [
        # must not fire: a section or a person and a city, a blank line between them, or no outlet
        ("By Tom Hale\nPolitics, Leeds", "Politics, Leeds", ["Politics, Leeds"]),
        ("By Tom Hale\nTom Berg, Leeds", "Tom Berg, Leeds", ["Tom Berg, Leeds"]),
        ("By Tom Hale\n\nSky News, Manchester", "Sky News, Manchester", ["Sky News, Manchester"]),
    ],
)
def test_no_outlet_and_city_under_byline(signature: str, second: str, boilerplate: list[str]) -> None:
    article = parse_held(blocks(HEADLINE, signature, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (("Tom Hale",), None, "By Tom Hale")
    assert [part.text for part in article.boilerplate] == boilerplate
    assert second not in [paragraph.text for paragraph in article.paragraphs]


@pytest.mark.parametrize(
    ("language", "header", "place", "text", "agency"),
    [
        # a known place in brackets alone under the byline, as Spanish and other sites print it
        ("es", "Por Ana Gómez\n(Sevilla)", "Sevilla", "(Sevilla)", None),
        ("es", "Por Ana Gómez\n(Málaga)", "Málaga", "(Málaga)", None),
        ("es", "Por Ana Gómez\n\n(Kraków)", "Kraków", "(Kraków)", None),
        ("es", "(Zaragoza)", "Zaragoza", "(Zaragoza)", None),
        ("es", "(Málaga) " + ES_STORY[0], "Málaga", "(Málaga)", None),  # opening the lede
    ],
)
def test_place_in_brackets_alone(language: str, header: str, place: str | None, text: str, agency: str | None) -> None:
    story = ES_STORY[1:] if header.startswith("(Málaga) ") else ES_STORY
    article = parse_held(blocks(ES_HEADLINE, header, *story), language)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text, article.dateline.agency) == (place, text, agency)


def test_agency_in_brackets_under_the_byline_is_its_agency() -> None:
    # (an agency in brackets under the name is the byline's agency, both lines its text, since mendL65
    # (was a dateline with no place); a place there stays the dateline, above)
    article = parse_held(blocks(ES_HEADLINE, "Por Ana Gómez\n(EFE)", *ES_STORY), "es")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Ana Gómez",), "EFE")
    assert article.dateline is None


@pytest.mark.parametrize(
    "label",
    [
        # must not fire: a label, a name or an unknown word in brackets
        "(Vídeo)",
        "(Actualizado)",
        "(Ana Gómez)",
    ],
)
def test_no_place_in_brackets(label: str) -> None:
    article = parse_held(blocks(ES_HEADLINE, "Por Ana Gómez\n" + label, *ES_STORY), "es")
    assert article.dateline is None
    assert [part.text for part in article.boilerplate] == [label]
    assert article.paragraphs[0].text == ES_STORY[0]


@pytest.mark.parametrize(
    ("signature", "authors", "agency"),
    [
        # an outlet and its city after the names on one line: no second author
        ("By Tom Hale, Sky News, Manchester", ("Tom Hale",), None),
        ("By Tom Hale and Ann Lee, Sky News, Manchester", ("Tom Hale", "Ann Lee"), None),
        ("By Tom Hale, BBC News, Cardiff", ("Tom Hale",), "BBC News"),
        # must not fire: two people and a city stay two authors; two outlets, the last a known agency
        ("By Tom Hale, Ann Lee, Leeds", ("Tom Hale", "Ann Lee"), None),
        ("By Tom Hale, Investing.com, Reuters", ("Tom Hale",), "Reuters"),
    ],
)
def test_outlet_and_city_after_names(signature: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(blocks(HEADLINE, signature, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
