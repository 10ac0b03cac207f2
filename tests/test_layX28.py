"""Layout failures of stop 28's trial: a bare name under a headline that ends in a preposition,
particles and credentials in bylines, South Asian datelines, an agency after a middle dot, an
outlet's sign-off in capitals, more zone names and a travel guide's list of places.

Each shape is checked in whole short articles written in several sites' and wires' formats, with
near-misses whose reading must stay as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article

# -- 2. particles in a byline's name ------------------------------------------------------------

STORY = (
    "Heavy rain closed dozens of schools across the region on Monday as rivers burst their banks.\n\n"
    "Officials said the main roads would reopen by the end of the week.\n"
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Maria de los Santos", ("Maria de los Santos",)),
        ("By Carmen de las Heras, Reuters", ("Carmen de las Heras",)),
        ("By Ahmed al-Hassan", ("Ahmed al-Hassan",)),
        ("By Nour el-Din and Omar ad-Dawla", ("Nour el-Din", "Omar ad-Dawla")),
        ("Por João do Carmo", ("João do Carmo",)),
    ],
)
def test_name_particles_stay_in_the_author(line: str, authors: tuple[str, ...]) -> None:
    article = parse_article(f"Floods close schools across the region\n{line}\n{STORY}")
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == line
    assert [b.text for b in article.boilerplate] == []


# -- 4. an agency after a middle dot ------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("By Jane Roe · Reuters", ("Jane Roe",), "Reuters"),
        ("By Ana Lima · Associated Press", ("Ana Lima",), "Associated Press"),
        ("By Tom Berg and Lea Vogt • AFP", ("Tom Berg", "Lea Vogt"), "AFP"),
    ],
)
def test_an_agency_after_a_middle_dot(line: str, authors: tuple[str, ...], agency: str) -> None:
    article = parse_article(f"Oil prices rise after supply cuts\n{line}\n{STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)


def test_only_a_known_agency_after_a_dot_is_the_agency() -> None:
    def read(line: str) -> tuple[tuple[str, ...], str | None]:
        byline = parse_article(f"Oil prices rise after supply cuts\n{line}\n{STORY}").byline
        assert byline is not None
        return byline.authors, byline.agency

    assert read("By Jane Roe · The Daily Ledger") == (("Jane Roe",), None)
    assert read("By Jane Roe · Bloomberg") == (("Jane Roe",), "Bloomberg")


# -- 5. credentials after the name ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "authors", "byline_text", "published"),
    [
        ("Written by Jane Roe, MS, RD on March 4, 2025", ("Jane Roe",), "Written by Jane Roe, MS, RD", dt.datetime(2025, 3, 4)),
        ("By Tom Berg, PhD | Updated May 2, 2024", ("Tom Berg",), "By Tom Berg, PhD", None),
        ("By Ana Lima, MD, MPH and Lea Vogt, RN", ("Ana Lima", "Lea Vogt"), "By Ana Lima, MD, MPH and Lea Vogt, RN", None),
    ],
)
def test_credentials_after_a_name_are_no_author(
    line: str, authors: tuple[str, ...], byline_text: str, published: dt.datetime | None
) -> None:
    article = parse_article(f"Ten foods that can help you sleep better\n{line}\n{STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (authors, byline_text)
    assert [b.text for b in article.boilerplate] == []
    if published is not None:
        assert article.published is not None and article.published.datetime == published
        assert article.published.text == "on March 4, 2025"
