"""Regressions of lay59's layout rules (fixL59): a summer-time zone printed all year never swaps a
numeric date's day and month; a dagger that is a footnote's or a correction's mark keeps the stamp;
a call to get an app that is the headline or a step the story tells stays the story's.  Invented
stories in real layouts; each row is the text and exactly what must come out."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from articles import offset_hours
from articles import parse_held as parse
from newsparse.lines import Line
from newsparse.spans import Span

STORY = "The county board voted on Tuesday to repair the old bridge.\n\nWork is due to start next month.\n"


@pytest.mark.parametrize(
    ("header", "kind", "when", "hours"),
    [
        # a summer-time zone on a date outside its season: the date as the other rules read it, no zone
        ("By Dana Holt\nPublished 01/05/2026 9:00 AM EDT", "published", dt.datetime(2026, 1, 5, 9, 0), None),
        ("By Dana Holt\nUpdated 12/03/2026 4:10 PM EDT", "updated", dt.datetime(2026, 12, 3, 16, 10), None),
        ("By Dana Holt\nPublished: 12-03-2026 | 4:10 PM EDT", "published", dt.datetime(2026, 12, 3, 16, 10), None),
        ("By Dana Holt\nPublished: 03/07/2026 11:52 AM EDT", "published", dt.datetime(2026, 3, 7, 11, 52), None),
        ("By The Associated Press\nPosted 02/11/2026 7:30 AM PDT", "published", dt.datetime(2026, 2, 11, 7, 30), None),
        ("By Mere Tane\nPublished 15/06/2026 8:00 NZDT", "published", dt.datetime(2026, 6, 15, 8, 0), None),
        # precision: a date in its zone's season keeps its reading and its offset
        ("By Dana Holt\nPublished 07/03/2026 11:52 AM EDT", "published", dt.datetime(2026, 7, 3, 11, 52), -4.0),
        ("By Dana Holt\nUpdated 11/01/2026 8:15 AM EDT", "updated", dt.datetime(2026, 11, 1, 8, 15), -4.0),
        ("By Mia Chen\nPublished 12/01/2026 10:00 AEDT", "published", dt.datetime(2026, 1, 12, 10, 0), 11.0),
        ("By Tom Reed\nUpdated 20/07/2026 09:00 CEST", "updated", dt.datetime(2026, 7, 20, 9, 0), 2.0),  # (in season; BST would name no region here: fixT59)
    ],
)
def test_zone_out_of_season_keeps_date(header: str, kind: str, when: dt.datetime, hours: float | None) -> None:
    article = parse(f"Bridge repair approved\n\n{header}\n\n{STORY}")
    found = article.updated if kind == "updated" else article.published
    assert found is not None
    assert found.datetime.replace(tzinfo=None) == when
    assert offset_hours(found.datetime) == hours


def test_day_first_wire_out_of_season() -> None:
    # a day-first wire's stamp in AEDT in May (after the season): 4 May as the dateline says, no zone
    article = parse(
        "Bushfire warning for the ranges\n\nBy AAP\nPublished 04/05/2026 10:00 AEDT\n\n"
        "SYDNEY, May 4 (AAP) - Residents of three towns were told to leave on Monday.\n\n"
        "Crews are working through the night.\n"
    )
    assert article.published is not None
    assert article.published.datetime == dt.datetime(2026, 5, 4, 10, 0)
    assert article.published.text == "04/05/2026 10:00 AEDT"


@pytest.mark.parametrize(
    ("header", "published", "text"),
    [
        # a dagger that marks a footnote or a correction keeps the line's stamp
        (
            "By Lena Park\nPublished December 4, 2026 | Updated December 5, 2026†",
            dt.datetime(2026, 12, 4),
            "December 4, 2026",
        ),
        ("By Lena Park\nDecember 5, 2026 at 9:00 a.m. †", dt.datetime(2026, 12, 5, 9, 0), "December 5, 2026 at 9:00 a.m."),
        (
            "By Lena Park\n* Published December 4, 2026\n† Corrected December 5, 2026",
            dt.datetime(2026, 12, 4),
            "December 4, 2026",
        ),
    ],
)
def test_dagger_keeps_stamp(header: str, published: dt.datetime, text: str) -> None:
    article = parse(f"Ferry plan approved\n\n{header}\n\n{STORY}")
    assert article.published is not None
    assert article.published.datetime == published
    assert article.published.text == text


@pytest.mark.parametrize(
    ("page", "language", "filed"),
    [
        # life dates keep their reading: a death mark before a date, after a birth mark and a date or opening the line
        (
            "Harold Finch\n\n* March 3, 1941 ✝ December 2, 2026\n\n"
            "The singer died on Sunday in Boston.\n\nHe recorded twenty albums.\n",
            None,
            ["* March 3, 1941 ✝ December 2, 2026"],
        ),
        (
            "Hans Weber ist tot\n\nHans Weber (* 3. März 1941 † 2. Dezember 2026)\n\n"
            "Der Sänger ist am Sonntag in Berlin gestorben.\n\nEr nahm zwanzig Alben auf.\n",
            "de",
            ["Hans Weber (* 3. März 1941 † 2. Dezember 2026)"],
        ),
    ],
)
def test_life_dates_kept(page: str, language: str | None, filed: list[str]) -> None:
    article = parse(page, language)
    assert article.published is None
    assert article.updated is None
    assert [item.text for item in article.boilerplate] == filed


@pytest.mark.parametrize(
    ("lines", "index", "life"),
    [
        (["* 3. März 1941 † 2. Dezember 2026"], 0, True),
        (["Hans Weber (* 3. März 1941 † 2. Dezember 2026)"], 0, True),
        (["* 3. März 1941", "† 2. Dezember 2026"], 0, True),
        (["* 3. März 1941", "† 2. Dezember 2026"], 1, True),
        (["✝ December 2, 2026"], 0, True),
        (["† 2026"], 0, True),
        (["Margaret Ellis ✝ December 2, 2026"], 0, True),
        # precision: a word after the mark, a mark at the end, a mark mid-line with no birth before it
        (["† Corrected December 5, 2026"], 0, False),
        (["Updated December 5, 2026†"], 0, False),
        (["December 5, 2026 at 9:00 a.m. †"], 0, False),
        (["Published December 4, 2026 † 5 readers"], 0, False),
        (["Updated † December 5, 2026"], 0, False),
        (["* Published December 4, 2026", "† Corrected December 5, 2026"], 0, False),
        (["* 4 December 2026", "† Corrected December 5, 2026"], 0, False),
    ],
)
def test_is_life_dates(lines: list[str], index: int, life: bool) -> None:
    parsed, start = [], 0
    for text in lines:
        parsed.append(Line(text, Span(start, start + len(text)), 0, False))
        start += len(text) + 1
    assert newsparse.TimestampParser().is_life_dates(parsed, index) is life


def test_app_call_headline() -> None:
    article = parse(
        "Download the FEMA app\n\nBy Kim Lau\nPublished 5 December 2026\n\n"
        "The agency's app now sends flood alerts to phones in 30 states.\n\nThe alerts are free.\n"
    )
    assert article.headline is not None
    assert article.headline.text == "Download the FEMA app"
    assert article.boilerplate == ()


def test_app_call_over_headline_is_debris() -> None:
    # precision: a call over another title is the page's furniture, not its headline
    article = parse(
        "Get the RNZ app\n\nStrike shuts airport\n\nBy Kim Lau\nPublished 5 December 2026\n\n"
        "A strike shut the airport on Monday.\n\nHundreds of flights were cancelled.\n"
    )
    assert article.headline is not None
    assert article.headline.text == "Strike shuts airport"
    assert [(item.kind, item.text) for item in article.boilerplate] == [("subscribe", "Get the RNZ app")]


@pytest.mark.parametrize(
    ("body", "paragraphs", "filed"),
    [
        # a step the story tells, a sentence between its paragraphs: the story's
        (
            "Follow these steps before the water rises.\n\nDownload the FEMA App.\n\nPack a bag with water and medicine.\n",
            ["Follow these steps before the water rises.", "Download the FEMA App.", "Pack a bag with water and medicine."],
            [],
        ),
        (
            "Before you travel, check the forecast.\n\nInstall the NWS app.\n\nKeep your phone charged on the road.\n",
            ["Before you travel, check the forecast.", "Install the NWS app.", "Keep your phone charged on the road."],
            [],
        ),
        # precision: a call after the story's end, or with no full stop, stays debris
        (
            "Follow these steps before the water rises.\n\nPack a bag with water and medicine.\n\nDownload the ABC News app.\n",
            ["Follow these steps before the water rises.", "Pack a bag with water and medicine."],
            [("subscribe", "Download the ABC News app.")],
        ),
        (
            "Follow these steps before the water rises.\n\nDownload our app!\n\nPack a bag with water and medicine.\n",
            ["Follow these steps before the water rises.", "Pack a bag with water and medicine."],
            [("subscribe", "Download our app!")],
        ),
    ],
)
def test_app_call_in_story(body: str, paragraphs: list[str], filed: list[tuple[str, str]]) -> None:
    article = parse(f"How to stay safe in a flood\n\nBy Kim Lau\nPublished 5 December 2026\n\n{body}")
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs
    assert [(item.kind, item.text) for item in article.boilerplate] == filed


@pytest.mark.parametrize(
    ("language", "line", "authors"),
    [
        # a paper's name between two authors, in a word of the vocabulary's outlet words: the first author's paper
        (None, "By Anna Müller, Berliner Morgenpost, and Jan Vogel", ("Anna Müller", "Jan Vogel")),
        (None, "By Ana Gómez, Diario de Sevilla, and Luis Mora", ("Ana Gómez", "Luis Mora")),
        ("de", "Von Anna Müller, Berliner Morgenpost, und Jan Vogel", ("Anna Müller", "Jan Vogel")),
        # precision: an English outlet word that is a surname too stays an author; plain names stay names
        (None, "By Jane Roe, Tom Press and Ann Lee", ("Jane Roe", "Tom Press", "Ann Lee")),
        (None, "By Jane Roe, Tom Reed, and Ann Lee", ("Jane Roe", "Tom Reed", "Ann Lee")),
        (None, "By Jane Ortiz and Marco Noticias", ("Jane Ortiz", "Marco Noticias")),
    ],
)
def test_outlet_between_authors(language: str | None, line: str, authors: tuple[str, ...]) -> None:
    article = parse(f"Streik legt Flughafen lahm\n\n{line}\n\nA strike shut the airport on Monday.\n\nFlights were cancelled.\n", language)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == line
