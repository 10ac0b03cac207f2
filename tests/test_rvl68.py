"""rvl68: the reviewer's layout findings on round 68's merged rules.  A dated wire dateline's
brackets that hold a desk's or an edition's label name no outlet; a wire-tagged line whose speaker's
word is in the present tense describes a picture unless a reported clause follows it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from articles import parse_held
from newsparse import ArticleParser
from newsparse.dateline import DatelineParser
from newsparse.lines import Line
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


# -- 3. an entry heading under a live blog's clock: the clocks around scanned only under a clock -----


def test_body_line_under_no_clock_scans_no_clocks() -> None:
    class Counting(ArticleParser):
        scans = 0

        def clocks_nearby(self, lines: Sequence[Line], index: int) -> bool:
            Counting.scans += 1
            return super().clocks_nearby(lines, index)

    story = "\n\n".join(f"The council met for the {n}th time and said the road budget would rise, officials said." for n in range(40))
    Counting().parse(f"Council backs road budget\nBy Jane Roe\nMarch 4, 2025\n\n{story}\n")
    assert Counting.scans == 0


def test_blog_entry_heading_apart_still_read() -> None:
    entries = [
        ("10:40 a.m. ET", "Power restored to 20,000 homes", "The utility said crews worked through the night to fix the lines."),
        ("11:15 a.m. ET", "Schools to reopen Thursday", "The district said buildings had been checked for damage."),
        ("12:05 p.m. ET", "Governor tours flooded towns", "She met families in two shelters and promised quick aid."),
    ]
    text = "Storm live updates\n\n" + "\n\n".join(f"{clock}\n{head}\n\n{body}" for clock, head, body in entries) + "\n"
    article = parse_held(text)
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    for _, head, body in entries[1:]:
        assert head in paragraphs and body in paragraphs


# -- 4. sentence ends and a topic's year: the shared helpers -------------------------------------

TITLE = "Democrats win Virginia governor's race; Spanberger declares victory"
LEDE_US = "The Pentagon will eliminate about 5,000 civilian positions in the coming weeks, two officials said on Tuesday."


@pytest.mark.parametrize(("label", "section"), [("Election 2026", ("Election 2026",)), ("Election 1999", ("Election 1999",))])
def test_topic_year_from_the_kicker_year(label: str, section: tuple[str, ...]) -> None:
    text = f"{label}\n{TITLE}\nBy Gregory Schneider\nNovember 4, 2026 at 11:58 p.m. EST\n\nRICHMOND — {LEDE_US}\n"
    assert parse_held(text).section == section


@pytest.mark.parametrize("label", ["Election 2126", "Election 1850", "Election 20266"])
def test_no_year_of_a_kicker_is_no_topic(label: str) -> None:
    text = f"{label}\n{TITLE}\nBy Gregory Schneider\nNovember 4, 2026 at 11:58 p.m. EST\n\nRICHMOND — {LEDE_US}\n"
    assert parse_held(text).section == ()


@pytest.mark.parametrize("show", ["Heard on All Things Considered?", "Heard on Morning Edition!", "As seen on Newsnight."])
def test_show_line_ending_a_sentence_is_no_show(show: str) -> None:
    title = "Fire season in California is getting longer"
    text = f"{show}\n{title}\nDecember 2, 2026 4:21 PM ET\nBy Lauren Sommer\n\n{LEDE_US}\n"
    assert ("other", show) not in [(item.kind, item.text) for item in parse_held(text).boilerplate]


@pytest.mark.parametrize(
    ("line", "tag"),
    [
        ('"Are we ready?" the union leader asked, then said: "Yes." (With AFP)', "(With AFP)"),
        ('"We will not back down!" the union leader said on Monday. (With AFP)', "(With AFP)"),
        ('"This is a fair reform," Prime Minister Jan Peeters told reporters. ANP/BELGA', "ANP/BELGA"),
    ],
)
def test_quoted_story_line_with_wire_tag_is_no_caption(line: str, tag: str) -> None:
    assert parse_held(wire_story(line, last=True)).captions == ()


# -- 5. a section's label over a short title longer than it ----------------------------------------


def test_section_over_short_title_longer_than_label() -> None:
    text = f"Markets\nStocks slide sharply today\nBy Jane Roe\nMarch 4, 2025\n\n{LEDE_US}\n"
    article = parse_held(text)
    assert article.section == ("Markets",)
    assert article.headline is not None and article.headline.text == "Stocks slide sharply today"
