"""Issue 5, wrong speakers a new user's trial found (fixQ59): a role of a place whose noun no list
holds before its holder's name after ``according to``, German compound titles, and more.  Each case
is invented copy after a plain headline, and the ``(text, speaker's name, mention)`` rows that must
come out, in order."""

from __future__ import annotations

import pytest

from newsparse.quotes import QuoteParser
from newsparse.spans import Paragraph, Span
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


# a live blog post's heading under its clock line, the post's words on the next line, reports no
# one; a heading in title case neither; a post of one line with its full stop missing is its words
POST_HEADINGS = [
    (
        "Flood live: rivers keep rising\n\n16:20 GMT\nMinister urges drivers to avoid the coast road\n"
        'Transport Minister Aoife Brennan said: "Do not travel unless you must."',
        [("Do not travel unless you must.", "Aoife Brennan", "Transport Minister Aoife Brennan")],
    ),
    (
        "Flood live: rivers keep rising\n\n4.20pm\nCouncil warns of more closures\n"
        "The council said three more roads would close by evening.",
        [("three more roads would close by evening", "The council", "The council")],
    ),
    (
        "Flood live: rivers keep rising\n\nThe river rose again overnight.\n\nCouncil Warns Of More Closures\n\n"
        "The council said three more roads would close by evening.",
        [("three more roads would close by evening", "The council", "The council")],
    ),
    # precision: a line under a clock with a full stop
    (
        "Flood live: rivers keep rising\n\n16:20 GMT\nThe mayor said the bridge would shut at noon.\n"
        "Crews closed it an hour later.",
        [("the bridge would shut at noon", "The mayor", "The mayor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POST_HEADINGS)
def test_post_headings_report_no_one(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# the heading's shape as the quote parser reads it, a paragraph of the input: the clock line
# above, the post's words below
HEADING_SHAPES = [
    ("16:20 GMT\nMinister urges drivers to stay home\nThe minister said so.", True),
    ("4.20pm\nCouncil warns of more closures\nThe council said so.", True),
    ("The river rose.\n\nCouncil Warns Of More Closures\n\nThe council said so.", True),
    # precision: a one-line post, its full stop missing; no clock above; a full stop; a long line
    ("16:20 GMT\nMayor Ruth Kerr said the bridge would shut at noon\n\n16:05 GMT\nThe river rose.", False),
    ("16:20 GMT\nMayor Ruth Kerr said the bridge would shut at noon\n16:05 GMT\nThe river rose.", False),
    ("The river rose.\nMinister urges drivers to stay home\nThe minister said so.", False),
    ("16:20 GMT\nMinister urges drivers to stay home.\nThe minister said so.", False),
    ("16:20 GMT\nMinister urges drivers on the coast road and in the hills to stay at home tonight\nShe said so.", False),
]


@pytest.mark.parametrize(("text", "expected"), HEADING_SHAPES)
def test_post_heading_shape(text: str, expected: bool) -> None:
    lines = [line for line in text.split("\n") if line]
    start = text.index(lines[1])
    paragraph = Paragraph(lines[1], Span(start, start + len(lines[1])))
    assert QuoteParser().is_post_heading(text, paragraph) is expected


# a dateline that opens a paragraph, a place then an agency's name in brackets and a dash, known
# agency or not, is no part of a quote's words
DATELINE_OPENERS = [
    (
        "Zilina (TASR) - Bus fares in the region will rise by five percent in May, the regional governor said on Friday.",
        [("Bus fares in the region will rise by five percent in May", "the regional governor", "the regional governor")],
    ),
    (
        "Nitra, April 2 (SITA) -- Bus fares will rise in May, the mayor said.",
        [("Bus fares will rise in May", "the mayor", "the mayor")],
    ),
    (
        'Zilina (TASR) – "Fares will rise in May," the mayor said.',
        [("Fares will rise in May,", "the mayor", "the mayor")],
    ),
    # precision: a party's tag after a name, the clause going on in lower case
    (
        "Tom Berg (SNP) - the member for Dundee - said bus fares would rise in May.",
        [("bus fares would rise in May", "Tom Berg", "Tom Berg")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_OPENERS)
def test_dateline_opener_not_in_words(text: str, expected: list[Row]) -> None:
    assert quotes_of("Fares to rise\n\n" + text) == expected


# the fullwidth straight quotation mark of text pasted from Chinese or Japanese copy
FULLWIDTH_MARKS = [
    ("＂The dam will hold,＂ said engineer Li Wen, the site's chief.", None, [("The dam will hold,", "Li Wen", "engineer Li Wen")]),
    ("Li Wen said: ＂The dam will hold for now.＂", None, [("The dam will hold for now.", "Li Wen", "Li Wen")]),
    ("＂Le barrage tiendra＂, a déclaré Paul Morel.", "fr", [("Le barrage tiendra", "Paul Morel", "Paul Morel")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), FULLWIDTH_MARKS)
def test_fullwidth_quotation_marks(text: str, language: str | None, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected


# the one name model keeps the given name before a surname's particles, after a role and after a
# minister's portfolio, and an article's word as a given name before a capitalised particle
PARTICLE_SURNAMES = [
    (
        "Tram operator spokeswoman An De Clercq said the line would reopen on Monday.",
        None,
        [("the line would reopen on Monday", "An De Clercq", "An De Clercq")],
    ),
    (
        '"The line will reopen," said An Van Damme, a spokeswoman for the operator.',
        None,
        [("The line will reopen,", "An Van Damme", "An Van Damme")],
    ),
    (
        "Minister for Education Tadhg Mac Giolla said the schools would reopen in May.",
        None,
        [("the schools would reopen in May", "Tadhg Mac Giolla", "Minister for Education Tadhg Mac Giolla")],
    ),
    (
        "Minister for Health Niamh Ó Ceallaigh said the wards would reopen in May.",
        None,
        [("the wards would reopen in May", "Niamh Ó Ceallaigh", "Minister for Health Niamh Ó Ceallaigh")],
    ),
    (
        '"We are at breaking point," said nurse Gráinne Nic Amhlaoibh.',
        None,
        [("We are at breaking point,", "Gráinne Nic Amhlaoibh", "nurse Gráinne Nic Amhlaoibh")],
    ),
    (
        '"We will rebuild," said Joana dos Reis, the mayor of the town.',
        None,
        [("We will rebuild,", "Joana dos Reis", "Joana dos Reis")],
    ),
    # precision: the article that opens a sentence stays out; a portfolio and a plain name
    (
        "An Van Gogh drawing sold for two million euros, the auction house said.",
        None,
        [("An Van Gogh drawing sold for two million euros", "the auction house", "the auction house")],
    ),
    (
        "Minister for Education Tadhg Brennan said the schools would reopen in May.",
        None,
        [("the schools would reopen in May", "Tadhg Brennan", "Minister for Education Tadhg Brennan")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), PARTICLE_SURNAMES)
def test_particle_surnames(text: str, language: str | None, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected


# names written with combining marks (NFD text) read as names
COMBINING_MARKS = [
    (
        "\u201cThe levee held,\u201d said engineer Rashida Begum\u0301.",
        [("The levee held,", "Rashida Begum\u0301", "engineer Rashida Begum\u0301")],
    ),
    (
        "\u201cThe levee held,\u201d said Rene\u0301e Lafleur, an engineer.",
        [("The levee held,", "Rene\u0301e Lafleur", "Rene\u0301e Lafleur")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMBINING_MARKS)
def test_names_with_combining_marks(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
