"""Regressions of round 66's new user's layout findings (mendLT66): an update label before a
weekday's name is a stamp's line, no dateline's place (``Updated Tuesday, 3 December 2024 -
09:15``, in English, Spanish and German); a wire that closes its place with a full stop before
the date (``KYIV. Dec 5 (Interfax-Ukraine) -``) or its date with a full stop before the agency
between slashes (``MOSCOW, December 5. /TASS/.``).  Invented stories in real layouts; the rows
that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held

STORY = "The president-elect named three members of his economic team on Monday, aides said."


# -- (1) an update label before a weekday's name ---------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "language", "updated"),
    [
        ("Updated Tuesday, 3 December 2024 - 09:15", None, "2024-12-03T09:15:00"),
        ("Updated Friday, 14 March 2025 - 18:02", None, "2025-03-14T18:02:00"),
        ("Actualizado Jueves, 5 diciembre 2024 - 13:40", "es", "2024-12-05T13:40:00"),
        ("Actualizado Martes, 3 diciembre 2024 - 09:15", "es", "2024-12-03T09:15:00"),
        ("Aktualisiert Mittwoch, 4. Dezember 2024 - 08:10", "de", "2024-12-04T08:10:00"),
        ("Mis à jour Mercredi, 4 décembre 2024 - 08:10", "fr", "2024-12-04T08:10:00"),
    ],
)
def test_update_label_before_a_weekday_is_a_stamp(stamp: str, language: str | None, updated: str) -> None:
    article = parse_held(f"Economy\nNew team named for the economy\n{stamp}\n\n{STORY}\n", language)
    assert article.dateline is None
    assert article.published is None
    assert article.updated is not None and article.updated.datetime.isoformat() == updated
    assert article.paragraphs[0].text == STORY


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        # a weekday after the place's comma is still the wire's day, no part of the place
        ("LONDON, Tuesday (Reuters) - Britain's", "LONDON", None),
        ("WASHINGTON, Tuesday, Nov 3 (AP) - The", "WASHINGTON", (11, 3)),
    ],
)
def test_weekday_after_a_place_still_dates_the_wire(line: str, place: str, date: tuple[int, int] | None) -> None:
    article = parse_held(f"Prices rise again\n\n{line} consumer prices rose by 0.4% in October, figures showed.\n")
    assert article.dateline is not None and article.dateline.place == place
    got = article.dateline.date
    assert (None if got is None else (got.month, got.day)) == date


# -- (2) a full stop after the place before the date, or after the date before the wire ------------


@pytest.mark.parametrize(
    ("line", "place", "agency", "month_day", "first"),
    [
        ("KYIV. Dec 5 (Interfax-Ukraine) - Ukraine's", "KYIV", "Interfax-Ukraine", (12, 5), "Ukraine's"),
        ("MOSCOW. Dec 5 (Interfax) - Russia's", "MOSCOW", "Interfax", (12, 5), "Russia's"),
        ("ALMATY. 14 March (Interfax-Kazakhstan) - Kazakhstan's", "ALMATY", "Interfax-Kazakhstan", (3, 14), "Kazakhstan's"),
        ("MOSCOW, December 5. /TASS/. Russia's", "MOSCOW", "TASS", (12, 5), "Russia's"),
        ("ST. PETERSBURG, June 14. /TASS/. The", "ST. PETERSBURG", "TASS", (6, 14), "The"),
        ("MOSCOW, December 5 /TASS/ - Russia's", "MOSCOW", "TASS", (12, 5), "Russia's"),
    ],
)
def test_wire_dateline_with_a_full_stop(
    line: str, place: str, agency: str, month_day: tuple[int, int], first: str
) -> None:
    text = f"Gas reserves fall for a second week\n\n{line} gas reserves fell by 2% in a week, the operator said.\n"
    article = parse_held(text)
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)
    assert dateline.date is not None
    assert (dateline.date.month, dateline.date.day) == month_day
    assert text[dateline.span.start : dateline.span.end] == dateline.text
    assert article.paragraphs[0].text.split()[0] == first


@pytest.mark.parametrize(
    ("line", "place", "language"),
    [
        # a place alone before its story's full stop keeps reading as before
        ("NAIROBI. The city council voted on Tuesday to expand the bus network.", "NAIROBI", None),
        ("KASSEL. Der Magistrat hat am Dienstag neue Buslinien beschlossen.", "KASSEL", "de"),
    ],
)
def test_full_stop_place_without_a_date_unchanged(line: str, place: str, language: str | None) -> None:
    article = parse_held(f"Council backs new routes\n\n{line}\n", language)
    assert article.dateline is not None and article.dateline.place == place
    assert article.dateline.agency is None and article.dateline.date is None


@pytest.mark.parametrize(
    "line",
    [
        # no wire between slashes after a date: a sentence, no dateline
        "MOSCOW. December 5 was the coldest day of the year, forecasters said.",
        "LONDON, and/or PARIS. The two capitals will share the summit.",
    ],
)
def test_no_dateline_from_a_stop_and_a_sentence(line: str) -> None:
    article = parse_held(f"Cold snap grips the region\n\n{line}\n")
    assert article.dateline is None
    assert article.paragraphs[0].text == line


# -- (3) a newsletter copied with its mail header ---------------------------------------------------


BRIEF = "The Federal Reserve is expected to cut rates again this month, officials signalled on Wednesday."


@pytest.mark.parametrize(
    ("header", "headline", "published"),
    [
        (
            "From: The Morning Brief <brief@example-news.com>\nDate: Thu, 5 Dec 2024 06:00:00 -0500\n"
            "Subject: Your Thursday briefing: rates and a rail strike",
            "Your Thursday briefing: rates and a rail strike",
            "2024-12-05T06:00:00-05:00",
        ),
        (
            "From: Ana Reed <ana.reed@example.org>\nTo: newsroom@example.org\n"
            "Sent: Thursday, December 5, 2024 9:12 AM\nSubject: Council votes to close the library",
            "Council votes to close the library",
            "2024-12-05T09:12:00",
        ),
        (
            "FROM: Evening Wrap <wrap@example.co.uk>\nCc: desk@example.co.uk\nSubject: Markets slide as oil jumps",
            "Markets slide as oil jumps",
            None,
        ),
    ],
)
def test_newsletter_mail_header(header: str, headline: str, published: str | None) -> None:
    article = parse_held(f"{header}\n\n{BRIEF}\n")
    assert article.headline is not None and article.headline.text == headline
    got = article.published.datetime.isoformat() if article.published else None
    assert got == published
    assert all(item.kind == "other" for item in article.boilerplate if "@" in item.text)
    assert [p.text for p in article.paragraphs] == [BRIEF]


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence that opens with such a word and has no address stays the story's
        "From: the mayor's office, a reply came within the hour.",
        "To: every resident of the borough, the council sent a letter on Friday.",
        "Sent: Thursday, the letter reached the mayor before the vote.",
    ],
)
def test_mail_words_in_a_story_stay_paragraphs(line: str) -> None:
    article = parse_held(f"Council votes to close the library\n\n{BRIEF}\n\n{line}\n")
    assert line in [p.text for p in article.paragraphs]
    assert article.published is None


# -- (4) a byline's full stop, and a second author after a bar --------------------------------------


@pytest.mark.parametrize(
    ("signature", "language", "authors", "agency"),
    [
        ("Ouest-France Jean Martin.", "fr", ("Jean Martin",), "Ouest-France"),
        ("Jean Martin.", None, ("Jean Martin",), None),
        ("Ana Lopez.", None, ("Ana Lopez",), None),
        # an initial or a suffix keeps its stop
        ("Ouest-France Jean Martin Jr.", "fr", ("Jean Martin Jr.",), "Ouest-France"),
    ],
)
def test_name_alone_without_its_full_stop(
    signature: str, language: str | None, authors: tuple[str, ...], agency: str | None
) -> None:
    text = (
        "Floods hit the capital after a week of rain\n\n"
        f"{signature}\n\nHeavy rain flooded streets in the capital on Monday, officials said.\n"
    )
    article = parse_held(text, language)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert article.byline.text == signature


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        # what follows a bar is no second author: an outlet, a section, or a place that opens with a given name
        ("Jane Roe | The Daily Ledger", ("Jane Roe",)),
        ("Jane Roe | Opinion", ("Jane Roe",)),
        ("Jane Roe | Santa Fe", ("Jane Roe",)),
        ("Jane Roe | Ann Arbor", ("Jane Roe",)),
        ("Tom Berg | Elizabeth City", ("Tom Berg",)),
    ],
)
def test_no_second_author_after_a_bar(signature: str, authors: tuple[str, ...]) -> None:
    text = (
        "Floods hit the capital after a week of rain\n\n"
        f"{signature}\nPublished: March 4, 2025 10:00 AM\n\n"
        "Heavy rain flooded streets in the capital on Monday, officials said.\n"
    )
    article = parse_held(text)
    assert article.byline is not None and article.byline.authors == authors


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("MARÍA LÓPEZ Madrid", ("MARÍA LÓPEZ",)),
        ("JUAN PÉREZ Buenos Aires", ("JUAN PÉREZ",)),
        ("ANA RUIZ Barcelona", ("ANA RUIZ",)),
    ],
)
def test_name_in_capitals_before_its_city(signature: str, authors: tuple[str, ...]) -> None:
    text = (
        "España\nSánchez anuncia un plan de vivienda\n"
        f"{signature}\nActualizado Jueves, 5 diciembre 2024 - 13:40\n\n"
        "El presidente del Gobierno anunció este jueves un plan de vivienda.\n"
    )
    article = parse_held(text, "es")
    assert article.byline is not None and article.byline.authors == authors


@pytest.mark.parametrize("label", ["WORLD CUP", "EXCLUSIVE REPORT", "ÚLTIMA HORA"])
def test_label_in_capitals_before_a_city_is_never_split_as_a_name(label: str) -> None:
    text = (
        "España\nSánchez anuncia un plan de vivienda\n"
        f"{label} Madrid\nActualizado Jueves, 5 diciembre 2024 - 13:40\n\n"
        "El presidente del Gobierno anunció este jueves un plan de vivienda.\n"
    )
    article = parse_held(text, "es")
    assert article.byline is None or article.byline.authors != (label,)
