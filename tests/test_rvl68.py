"""rvl68: the reviewer's layout findings on round 68's merged rules.  A dated wire dateline's
brackets that hold a desk's or an edition's label name no outlet; a wire-tagged line whose speaker's
word is in the present tense describes a picture unless a reported clause follows it."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import parse_held
from newsparse.dateline import DatelineParser
from parts import blocks, texts
from test_mendLT68 import wire_story

# -- 1. a desk's or an edition's label in a dated dateline's brackets ------------------------------

LEDE_ES = "Un incendio destruyó anoche un depósito en el barrio de Palermo, informaron los bomberos."


@pytest.mark.parametrize(
    "opening",
    [
        "Buenos Aires, 4 de marzo de 2025 (Redacción) -",
        "Buenos Aires, 4 de marzo de 2025 (Agencias) -",
        "Buenos Aires, 4 de marzo de 2025 (Corresponsal) -",
        "Buenos Aires, 4 de marzo de 2025 (Especial) -",
        "Montevideo, 4 de marzo de 2025 (Enviada) -",
        "Santiago, 12 de enero de 2025 (Exclusiva) -",
        "Quito, 12 de enero de 2025 (Opinión) -",
        "Lima, 12 de enero de 2025 (Corrige) -",
        "Bogotá, 12 de enero de 2025 (Ampliación) -",
        "Caracas, 12 de enero de 2025 (Crónica) -",
        "Caracas, 12 de enero de 2025 (CRÓNICA) -",  # any case
        "São Paulo, 3 de maio de 2024 (Redação) -",  # Portuguese
        "Lisboa, 3 de maio de 2024 (Agências) -",
        "Milano, 5 dicembre 2026 (Redazione) -",  # Italian
        "Roma, 5 dicembre 2026 (Agenzie) -",
    ],
)
def test_desk_label_in_brackets_is_no_agency(opening: str) -> None:
    lede = f"{opening} {LEDE_ES}"
    article = parse_held(blocks(lede, "No hubo heridos."))
    assert article.dateline is None
    assert texts(article) == [lede, "No hubo heridos."]


@pytest.mark.parametrize(
    ("opening", "place", "date", "agency"),
    [
        # an outlet's one word still reads (fixL68)
        ("Buenos Aires, 4 de marzo de 2025 (Infobae) -", "Buenos Aires", dt.date(2025, 3, 4), "Infobae"),
        ("São Paulo, 3 de maio de 2024 (Folhapress) -", "São Paulo", dt.date(2024, 5, 3), "Folhapress"),
        ("Milano, 5 dicembre 2026 (Adnkronos) -", "Milano", dt.date(2026, 12, 5), "Adnkronos"),
    ],
)
def test_outlet_in_brackets_still_reads(opening: str, place: str, date: dt.date, agency: str) -> None:
    article = parse_held(blocks(f"{opening} {LEDE_ES}", "No hubo heridos."))
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (place, date, agency)
    assert texts(article)[0] == LEDE_ES


def test_desk_labels_are_overridable() -> None:
    class NoDesks(DatelineParser):
        DESK_LABELS = ()

    assert DatelineParser().is_desk_label("redacción")
    assert DatelineParser().is_desk_label("Montag")  # a wire's weekday, folded once with the parser
    assert not NoDesks().is_desk_label("Redacción")
    assert not DatelineParser().is_desk_label("Infobae")


# -- 2. a wire-tagged line whose speaker's word is in the present tense ---------------------------


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Rafael Nadal says goodbye to fans in Malaga on Tuesday. (AFP)", "AFP"),
        ("Pope Leo says Mass at St Peter's Square on Sunday. (Reuters)", "Reuters"),
        ("Serena Williams says farewell to the crowd at Flushing Meadows. (AFP)", "AFP"),
    ],
)
def test_present_tense_picture_stays_caption(line: str, credit: str) -> None:
    article = parse_held(wire_story(line, last=False))
    assert [caption.credit for caption in article.captions] == [credit]
    assert all(line[:20] not in paragraph.text for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Santos says the welfare department had prepositioned 1.2 million food packs. (PNA)",
        "The ministry says 40 schools would stay shut until Friday. (Xinhua)",
        "Governor Lim says that the evacuation centres were full. (Bernama)",
        "Governor Lim says they have run out of tents. (Bernama)",
        "Santos said the welfare department had prepositioned 1.2 million food packs. (PNA)",
    ],
)
def test_reported_clause_after_says_stays_story(line: str) -> None:
    article = parse_held(wire_story(line, last=False))
    assert article.captions == ()
    assert line in [paragraph.text for paragraph in article.paragraphs]
