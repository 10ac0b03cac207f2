"""Stamps and debris found by round 58's new-user trials (lay59): a summer-time zone on a date
outside its season, a bar between a date and a clock in a spelled-out zone, a day-first wire's
numeric stamp, an obituary's life dates read as the publication's, a call to get an outlet's app.
Invented stories in real layouts; each row is the text and exactly what must come out."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
import parts
from articles import offset_hours
from articles import parse_held as parse

STORY = "The city council voted on Tuesday to approve a new plan for the harbour.\n\nThe work will start in spring.\n"


@pytest.mark.parametrize(
    ("stamp", "when", "hours"),
    [
        # a summer-time zone on a date outside its season: the date as read, with no zone (fixL59: pages
        # print the zone all year, so it never swaps day and month)
        ("Published: 03-07-2026 | 11:52 AM EDT", dt.datetime(2026, 3, 7, 11, 52), None),
        ("Published: 03/07/2026 11:52 AM PDT", dt.datetime(2026, 3, 7, 11, 52), None),
        ("Posted 12/01/2026 10:00 AEDT", dt.datetime(2026, 1, 12, 10, 0), 11.0),
        # (a British page's day-first 7 March in BST, which starts 30 March 2025: 7 March, no zone)
        ("Published: 07/03/2025 14:05 BST", dt.datetime(2025, 3, 7, 14, 5), None),
        # (CEST's readers write the day first: 5 January, not swapped to 1 May, fixL59)
        ("Updated 05/01/2026 09:00 CEST", dt.datetime(2026, 1, 5, 9, 0), None),
        # else the date as written, with no zone: the zone's name or the date is wrong
        ("Published: March 7, 2026 11:52 AM EDT", dt.datetime(2026, 3, 7, 11, 52), None),
        ("Updated Jan 3, 2026 9:00 BST", dt.datetime(2026, 1, 3, 9, 0), None),
        ("Published 2 July 2026, 10:00 AEDT", dt.datetime(2026, 7, 2, 10, 0), None),
        # precision: dates in season keep their reading and their zone
        ("Published: 07-03-2026 | 11:52 AM EDT", dt.datetime(2026, 7, 3, 11, 52), -4.0),
        ("Published: March 9, 2026 11:52 AM EDT", dt.datetime(2026, 3, 9, 11, 52), -4.0),
        ("Published: 06/01/2026 10:00 AEDT", dt.datetime(2026, 1, 6, 10, 0), 11.0),
        ("Published: Nov. 1, 2026 8:15 AM EDT", dt.datetime(2026, 11, 1, 8, 15), -4.0),
        ("Published: 12/20/2026 10:00 NZDT", dt.datetime(2026, 12, 20, 10, 0), 13.0),
        # (a standard-time name all year is the pages' common habit: kept)
        ("Published: July 3, 2026 11:52 AM EST", dt.datetime(2026, 7, 3, 11, 52), -5.0),
    ],
)
def test_zone_season(stamp: str, when: dt.datetime, hours: float | None) -> None:
    article = parse(f"Council backs new harbour plan\n\nBy Jane Ortiz\n{stamp}\n\n{STORY}")
    found = article.updated if stamp.startswith(("Updated",)) else article.published
    assert found is not None
    assert found.datetime.replace(tzinfo=None) == when
    assert offset_hours(found.datetime) == hours


@pytest.mark.parametrize(
    ("line", "text", "when", "zone"),
    [
        # a bar between the date and a clock in a spelled-out zone: one stamp, the zone read by the date
        (
            "Oct. 14, 2026 | 10:00 a.m. Eastern time",
            "Oct. 14, 2026 | 10:00 a.m. Eastern time",
            dt.datetime(2026, 10, 14, 10, 0),
            -4.0,
        ),
        (
            "Published Dec. 2, 2026 | 9:30 a.m. Pacific time",
            "Dec. 2, 2026 | 9:30 a.m. Pacific time",
            dt.datetime(2026, 12, 2, 9, 30),
            -8.0,
        ),
        (
            "March 3, 2026 · 6:05 p.m. Central Time",
            "March 3, 2026 · 6:05 p.m. Central Time",
            dt.datetime(2026, 3, 3, 18, 5),
            -6.0,
        ),
        # precision: a zone with no clock before it stays out of the stamp
        ("Oct. 14, 2026 | Eastern time", "Oct. 14, 2026", dt.datetime(2026, 10, 14, 0, 0), None),
    ],
)
def test_bar_before_spelled_zone(line: str, text: str, when: dt.datetime, zone: float | None) -> None:
    article = parse(f"Council backs new harbour plan\n\nBy Jane Ortiz\n{line}\n\n{STORY}")
    assert article.published is not None
    assert article.published.text == text
    assert article.published.datetime.replace(tzinfo=None) == when
    assert offset_hours(article.published.datetime) == zone


@pytest.mark.parametrize(
    ("page", "when"),
    [
        # a day-first wire in the dateline or the byline: the page's numeric stamp is day first
        (
            "Monsoon floods cut roads in Kerala\n\nPosted: 03/07/2026\n\n"
            "Thiruvananthapuram, Jul 3 (PTI) Heavy rain cut several roads in the state on Friday.\n\n"
            "The state has opened relief camps.\n",
            dt.datetime(2026, 7, 3),
        ),
        (
            "Metro fares to rise\n\nBy IANS\nUpdated: 04/08/2026\n\n"
            "Metro fares in the capital will rise next month, the operator announced on Tuesday.\n\n"
            "The new fares take effect on September 1.\n",
            dt.datetime(2026, 8, 4),
        ),
        (
            "Bushfire threatens homes\n\nPublished 05/02/2026\n\n"
            "SYDNEY, Feb 5 AAP - A bushfire is threatening homes west of the city, firefighters warned.\n\n"
            "Residents have been told to leave.\n",
            dt.datetime(2026, 2, 5),
        ),
        # precision: a month-first wire says nothing of the page's order; nor does no agency
        (
            "Storm floods Miami streets\n\nPosted: 03/07/2026\n\n"
            "MIAMI (AP) Heavy rain flooded several streets in the city on Saturday.\n\n"
            "The city has opened shelters.\n",
            dt.datetime(2026, 3, 7),
        ),
        (
            "Storm floods streets\n\nPosted: 03/07/2026\n\n"
            "Heavy rain flooded several streets in the city on Saturday.\n\nThe city has opened shelters.\n",
            dt.datetime(2026, 3, 7),
        ),
    ],
)
def test_day_first_agency(page: str, when: dt.datetime) -> None:
    article = parse(page)
    stamp = article.published or article.updated
    assert stamp is not None
    assert stamp.datetime == when


@pytest.mark.parametrize(
    ("page", "language", "filed"),
    [
        # an obituary's life dates under the name: no publication stamp, the line kept as debris
        (
            "Hans Weber\n\n* 3. März 1941 † 2. Dezember 2026\n\n"
            "Der Sänger ist am Sonntag in Berlin gestorben.\n\nEr nahm zwanzig Alben auf.\n",
            "de",
            ["* 3. März 1941 † 2. Dezember 2026"],
        ),
        (
            "Hans Weber\n\n* 3. März 1941\n† 2. Dezember 2026\n\n"
            "Der Sänger ist am Sonntag in Berlin gestorben.\n\nEr nahm zwanzig Alben auf.\n",
            "de",
            ["* 3. März 1941", "† 2. Dezember 2026"],
        ),
        (
            "Jean Dupont\n\n(1941-2026)\n\nLe chanteur est mort dimanche à Paris à l'âge de 85 ans.\n\n"
            "Il avait enregistré vingt albums.\n",
            "fr",
            ["(1941-2026)"],
        ),
        (
            "Juan Pérez\n\n1941 - 2026\n\nEl cantante murió el domingo en Madrid.\n\nGrabó veinte discos.\n",
            "es",
            ["1941 - 2026"],
        ),
    ],
)
def test_life_dates(page: str, language: str, filed: list[str]) -> None:
    article = parse(page, language)
    assert article.published is None
    assert article.updated is None
    assert [item.text for item in article.boilerplate] == filed
    assert len(article.paragraphs) == 2


def test_bulleted_stamp_is_read() -> None:
    # precision: a stamp after a bullet with no death mark under it is still the page's stamp
    article = parse(
        "Hans Weber ist tot\n\n* Aktualisiert am 3. Dezember 2026\n\n"
        "Der Sänger ist am Sonntag in Berlin gestorben.\n\nEr nahm zwanzig Alben auf.\n",
        "de",
    )
    assert article.updated is not None
    assert article.updated.datetime == dt.datetime(2026, 12, 3)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a call to get an outlet's app, by its shape: verb, determiner, a name in capitals, "app"
        ("Get the RNZ app", "subscribe"),
        ("Download the ABC app", "subscribe"),
        ("Get the Guardian app", "subscribe"),
        ("Install the BBC News app", "subscribe"),
        ("Download our app!", "subscribe"),
        # precision: a line that goes on, or an app named in lower case, is no such call
        ("Get the app that tracks your runs", None),
        ("Download the ABC app for the latest news on the strike and the talks", None),
        ("Residents can download the council app", None),
        ("Download the ride app", None),
    ],
)
def test_app_call(line: str, kind: str | None) -> None:
    assert newsparse.BoilerplateParser().kind(line) == kind


def test_app_call_in_story() -> None:
    article = parse(
        "Strike shuts airport\n\nA strike shut the airport on Monday.\n\nGet the RNZ app\n\n"
        "Hundreds of flights were cancelled.\n\nThe union said talks would resume on Friday.\n"
    )
    assert [(item.kind, item.text) for item in article.boilerplate] == [("subscribe", "Get the RNZ app")]
    assert [paragraph.text for paragraph in article.paragraphs] == [
        "A strike shut the airport on Monday.",
        "Hundreds of flights were cancelled.",
        "The union said talks would resume on Friday.",
    ]


@pytest.mark.parametrize(
    ("language", "line", "authors"),
    [
        # an outlet of another language after the author, with no pack named: no second author
        (None, "Von Anna Müller, Süddeutsche Zeitung", ("Anna Müller",)),
        (None, "By Ana Gómez, Diario de Sevilla", ("Ana Gómez",)),
        ("en", "By Lukas Brandt, Frankfurter Rundschau", ("Lukas Brandt",)),
        ("de", "Von Anna Müller, Süddeutsche Zeitung", ("Anna Müller",)),
        # precision: a second author whose surname is an outlet word of English stays an author
        (None, "By Jane Roe, Tom Press", ("Jane Roe", "Tom Press")),
        (None, "By Jane Roe and Anna Müller", ("Jane Roe", "Anna Müller")),
    ],
)
def test_foreign_outlet_after_author(language: str | None, line: str, authors: tuple[str, ...]) -> None:
    article = parts.parse(f"Streik legt Flughafen lahm\n\n{line}\n\nA strike shut the airport on Monday.\n\nFlights were cancelled.\n", language)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == line


@pytest.mark.parametrize(
    ("language", "page", "place", "first"),
    [
        # a known place in brackets written with its accents, as Quebec's and Switzerland's dailies write it
        (
            "fr",
            "Cyclisme: Martin gagne\n\n(Montréal) Pierre Martin a remporté dimanche le Grand Prix de la ville.\n\n"
            "Le coureur a devancé deux rivaux.\n",
            "Montréal",
            "Pierre Martin a remporté dimanche le Grand Prix de la ville.",
        ),
        (
            "fr",
            "Un incendie détruit un entrepôt\n\n(Zürich) Le feu a détruit un entrepôt mardi soir.\n\n"
            "Personne n'a été blessé.\n",
            "Zürich",
            "Le feu a détruit un entrepôt mardi soir.",
        ),
        (
            None,
            "Cyclisme: Martin gagne\n\n(Montréal) Pierre Martin a remporté dimanche le Grand Prix de la ville.\n\n"
            "Le coureur a devancé deux rivaux.\n",
            "Montréal",
            "Pierre Martin a remporté dimanche le Grand Prix de la ville.",
        ),
        # precision: a label in brackets, or a place the vocabulary does not know, stays in the lede
        (
            None,
            "Storm hits coast\n\n(Updated) The storm hit the coast on Tuesday night.\n\nNobody was hurt.\n",
            None,
            "(Updated) The storm hit the coast on Tuesday night.",
        ),
        (
            None,
            "Storm hits coast\n\n(Vidéo) The storm hit the coast on Tuesday night.\n\nNobody was hurt.\n",
            None,
            "(Vidéo) The storm hit the coast on Tuesday night.",
        ),
    ],
)
def test_bracketed_place_with_accents(language: str | None, page: str, place: str | None, first: str) -> None:
    article = parse(page, language)
    assert (article.dateline.place if article.dateline is not None else None) == place
    assert article.paragraphs[0].text == first
