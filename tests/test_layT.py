"""layT (stop 23): byline and boilerplate leftovers: a place of two words before an outlet word,
an outlet after ``with``, a name that ends in an outlet word after a comma, an agency in capitals
among names, the agencies a story draws on in the French, German and Spanish packs, and a date
line over the headline in those packs.  Whole short articles, the bad shape beside near-misses."""

from __future__ import annotations

import pytest

from newsparse import Article, ArticleParser
from newsparse.boilerplate import BoilerplateParser
from newsparse.byline import BylineParser
from newsparse.quotes.languages import FrenchVocabulary, GermanVocabulary, SpanishVocabulary

BODY = "A brush fire closed the northbound lanes of the freeway for six hours on Monday, officials said.\n"
PARSERS = {code: ArticleParser(language=code) if code != "en" else ArticleParser() for code in ("en", "fr", "de", "es")}


def article(byline: str, *, web: bool) -> Article:
    """A story with *byline* under its headline: web copy (a kicker and blank lines) or wire copy."""
    if web:
        return PARSERS["en"].parse(f"Local News\n\nBrush fire closes freeway for six hours\n\n{byline}\n\n{BODY}")
    return PARSERS["en"].parse(f"Brush fire closes freeway for six hours\n{byline}\n{BODY}")


# -- the authors and agency of a byline -------------------------------------------------------------

BYLINES = [
    # a place of two words that opens with a place's first word, then an outlet word: the outlet
    ("By Mary Ann Smith Los Angeles Times", ("Mary Ann Smith",), None),
    ("By Jane Roe Los Angeles Times", ("Jane Roe",), None),
    ("By Jane Roe New York Post", ("Jane Roe",), None),
    ("By Ana Lima San Francisco Chronicle", ("Ana Lima",), None),
    # near-misses: a three-word name before a role stays; a name with no outlet word stays whole
    ("By Mary Ann Smith", ("Mary Ann Smith",), None),
    ("By Jane Roe and Tom Berg", ("Jane Roe", "Tom Berg"), None),
    # an outlet named by its place after "with" or "and" is no author; a name after them is
    ("By Jane Roe with Chicago Tribune", ("Jane Roe",), None),
    ("By Jane Roe and Los Angeles Times", ("Jane Roe",), None),
    ("By Jane Roe with Tom Berg", ("Jane Roe", "Tom Berg"), None),
    # a name that ends in a word outlets end in, after a comma: an author, before an agency too
    ("By Jane Roe, Tom Press", ("Jane Roe", "Tom Press"), None),
    ("By Jane Roe, Tom Courier, Reuters", ("Jane Roe", "Tom Courier"), "Reuters"),
    # near-misses: a place's, a weekday's or a beat's outlet after a comma stays an outlet
    ("By Jane Roe, Boston Herald", ("Jane Roe",), None),
    ("By Jane Roe, Sunday Herald", ("Jane Roe",), None),
    ("By Jane Roe, Business Courier", ("Jane Roe",), None),
    ("By Jane Roe, Associated Press", ("Jane Roe",), "Associated Press"),
    # an agency in capitals among names in capitals
    ("By JANE ROE, REUTERS, TOM BERG", ("JANE ROE", "TOM BERG"), "REUTERS"),
    ("By Jane Roe, Reuters, Tom Berg", ("Jane Roe", "Tom Berg"), "Reuters"),
]


@pytest.mark.parametrize("web", [True, False], ids=["web", "wire"])
@pytest.mark.parametrize(("line", "authors", "agency"), BYLINES)
def test_a_byline_s_authors_and_agency(line: str, authors: tuple[str, ...], agency: str | None, web: bool) -> None:
    found = article(line, web=web)
    assert found.byline is not None
    assert (found.byline.authors, found.byline.agency) == (authors, agency)
    assert found.headline is not None and found.headline.text == "Brush fire closes freeway for six hours"


def test_a_name_that_ends_in_a_particle_keeps_the_place_after_it() -> None:
    # "de Paris" is the name's: no outlet is cut to leave "Jane Roe de"
    found = article("By Jane Roe de Paris Post", web=False)
    assert found.byline is not None and found.byline.authors == ("Jane Roe de Paris Post",)
    assert BylineParser().placed_outlet_start("Jane Roe de Paris Post") is None
    assert BylineParser().placed_outlet_start("Jane Roe Paris Post") == 9


PLACES = [
    ("Los Angeles", True),
    ("New York", True),
    ("Fort Worth", True),
    ("Chicago", True),
    # a given name and a surname, one word, an unknown word: no place
    ("Mary Ann", False),
    ("Smith Los", False),
    ("Angeles", False),
    ("New", False),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_what_names_an_outlet_s_place(text: str, expected: bool) -> None:
    assert BylineParser().names_outlet_place(text) is expected


# -- the agencies a story draws on, at its end, in the packs ----------------------------------------

SOURCES = [
    ("de", "Mit Material von der Deutschen Presse-Agentur und Reuters.", "sign-off"),
    ("de", "Mit Material von dpa", "sign-off"),
    ("es", "Con información de Reuters y de la agencia EFE.", "sign-off"),
    ("es", "Con información de EFE y Europa Press.", "sign-off"),
    ("fr", "Avec AFP", "sign-off"),
    ("fr", "Avec l'AFP et Reuters.", "sign-off"),
    # near-misses: lowercase words alone after the label, a person after "Avec", no agency
    ("de", "Mit Material von der die das", None),
    ("es", "Con información de la policía.", None),
    ("fr", "Avec Marie Dupont", None),
    ("fr", "Avec la mairie de Paris.", None),
]
VOCABULARIES = {"fr": FrenchVocabulary, "de": GermanVocabulary, "es": SpanishVocabulary}
STORIES = {
    "fr": "La grève paralyse les trains\n\nLes trains sont restés à quai mardi dans toute la région, a indiqué la SNCF.\n",
    "de": "Streik legt Bahn lahm\n\nDie Züge standen am Dienstag in der ganzen Region still, teilte die Bahn mit.\n",
    "es": "La huelga paraliza los trenes\n\nLos trenes no salieron el martes en toda la región, informó la empresa.\n",
}


@pytest.mark.parametrize(("code", "line", "kind"), SOURCES)
def test_the_agencies_a_story_draws_on(code: str, line: str, kind: str | None) -> None:
    assert BoilerplateParser(VOCABULARIES[code]()).kind(line) == kind
    if kind is not None:  # at the story's end, under its last paragraph
        found = PARSERS[code].parse(f"{STORIES[code]}\n{line}\n")
        assert [b.kind for b in found.boilerplate if b.text == line] == [kind]
        assert line not in [p.text for p in found.paragraphs]


# -- a date line over the headline in the packs ----------------------------------------------------

DATE_LINES = [
    ("fr", "le 5 mars", True),
    ("fr", "Le mardi 5 mars 2025", True),
    ("de", "am 5. März", True),
    ("de", "Am Dienstag, 5. März 2025", True),
    ("es", "el 5 de marzo", True),
    ("es", "martes 5 de marzo de 2025", True),
    # near-misses: a word that is no date's
    ("fr", "le 5 mars noir", False),
    ("de", "am 5. März gestreikt", False),
    ("es", "el 5 de marzo negro", False),
]


@pytest.mark.parametrize(("code", "line", "is_date"), DATE_LINES)
def test_a_date_line_over_the_headline(code: str, line: str, is_date: bool) -> None:
    assert VOCABULARIES[code]().is_date_phrase(line) is is_date
    if is_date:
        found = PARSERS[code].parse(f"{line}\n{STORIES[code]}")
        assert found.headline is not None and found.headline.text == STORIES[code].split("\n")[0]
