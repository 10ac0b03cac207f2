"""Issue 5, wrong speakers a new user's trial found (fixQ59): a role of a place whose noun no list
holds before its holder's name after ``according to``, German compound titles, and more.  Each case
is invented copy after a plain headline, and the ``(text, speaker's name, mention)`` rows that must
come out, in order."""

from __future__ import annotations

import pytest

from quote_cases import mention_rows

Row = tuple[str, "str | None", "str | None"]


def quotes_of(text: str, language: str | None = None) -> list[Row]:
    """The ``(text, speaker's name, mention)`` of every quote of *text* under a plain headline."""
    return [(quoted, name, mention) for quoted, _, name, mention in mention_rows(text, language, "Council news")]


# a role of a place, then its holder's name set off by commas, after "according to": the name is
# the speaker and no part of the words, whatever the role's noun
ROLE_OF_PLACE = [
    (
        "Selon le syndic de Montreux, Olivier Gfeller, le chantier durera deux ans.",
        "fr",
        [("le chantier durera deux ans", "Olivier Gfeller", "le syndic de Montreux")],
    ),
    (
        "Selon le bourgmestre de Liège, Willy Demeyer, la ligne ouvrira en juin.",
        "fr",
        [("la ligne ouvrira en juin", "Willy Demeyer", "le bourgmestre de Liège")],
    ),
    (
        "Según el intendente de Mendoza, Ulpiano Suarez, las obras terminarán en mayo.",
        "es",
        [("las obras terminarán en mayo", "Ulpiano Suarez", "el intendente de Mendoza")],
    ),
    (
        "Laut dem Bürgermeister von Innsbruck, Johannes Anzengruber, beginnen die Arbeiten im Herbst.",
        "de",
        [("beginnen die Arbeiten im Herbst", "Johannes Anzengruber", "dem Bürgermeister von Innsbruck")],
    ),
    (
        "According to the provost of Dundee, Bill Campbell, the bridge will reopen in June.",
        None,
        [("the bridge will reopen in June", "Bill Campbell", "the provost of Dundee")],
    ),
    # precision: a document of a body, the name the subject of the words (a relative clause, or an
    # appositive of its own after it); a name with no role before it
    (
        "Selon le rapport de Greenpeace, Paul Morel, qui dirigeait le site, a menti aux inspecteurs.",
        "fr",
        [("Paul Morel, qui dirigeait le site, a menti aux inspecteurs", "le rapport de Greenpeace", "le rapport de Greenpeace")],
    ),
    (
        "According to the audit of Dundee, Tom Berg, the former treasurer, moved the funds.",
        None,
        [("Tom Berg, the former treasurer, moved the funds", "the audit of Dundee", "the audit of Dundee")],
    ),
    ("Laut dem Bericht von Greenpeace wird das Werk im Herbst geschlossen.", "de", []),
]


@pytest.mark.parametrize(("text", "language", "expected"), ROLE_OF_PLACE)
def test_role_of_place_then_name(text: str, language: str | None, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected


# German compound titles end in a role's noun: the compound is a title before the name, not a
# given name (the mention keeps it, the name does not)
GERMAN_COMPOUND_TITLES = [
    (
        "„Die Lage ist unter Kontrolle“, sagte Bezirksfeuerwehrkommandant Markus Steiner am Montag.",
        [("Die Lage ist unter Kontrolle", "Markus Steiner", "Bezirksfeuerwehrkommandant Markus Steiner")],
    ),
    (
        "„Die Straße bleibt gesperrt“, sagte Bezirkshauptmann Stefan Brunner.",
        [("Die Straße bleibt gesperrt", "Stefan Brunner", "Bezirkshauptmann Stefan Brunner")],
    ),
    (
        "„Wir helfen sofort“, sagte Landeshauptfrau Karin Hofer-Leitner am Dienstag.",
        [("Wir helfen sofort", "Karin Hofer-Leitner", "Landeshauptfrau Karin Hofer-Leitner")],
    ),
    # precision: the ending as a surname after a given name stays the name's
    (
        "„Das ist gut“, sagte Maria Hauptmann am Montag.",
        [("Das ist gut", "Maria Hauptmann", "Maria Hauptmann")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_COMPOUND_TITLES)
def test_german_compound_titles(text: str, expected: list[Row]) -> None:
    assert quotes_of(text, "de") == expected
