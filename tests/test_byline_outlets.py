"""Outlets and agencies after a byline's names, and bylines opened by a label and a colon.

Each shape is checked in a whole article (kicker, headline, byline, prose), as a page copied
from a site gives it, beside near-misses whose reading must not change.
"""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.byline import BylineParser

HEAD = "POLITICS\n\nCouncil approves new budget after a long debate\n\n"
BODY = (
    "\n\nThe city council approved the budget on Tuesday after a debate that lasted eleven hours.\n\n"
    "The vote was seven to two, with both members of the opposition against.\n"
)


def byline_of(line: str, head: str = HEAD) -> tuple[list[str] | None, str | None]:
    article = parse_article(head + line + BODY)
    if article.byline is None:
        return None, None
    return list(article.byline.authors), article.byline.agency


OUTLETS = [
    # several outlets after commas: none is an author; the agency is the one that is an agency by itself
    ("By Jane Roe, Reuters, BBC News", ["Jane Roe"], "Reuters"),
    ("By Jane Roe, BBC News, Reuters", ["Jane Roe"], "Reuters"),
    ("By Tom Hale, Investing.com, Reuters", ["Tom Hale"], "Reuters"),
    ("By Ana Ruiz and Lars Berg, Reuters, BBC News", ["Ana Ruiz", "Lars Berg"], "Reuters"),
    # a web address after a comma is an outlet
    ("By Jane Roe, Politico.com", ["Jane Roe"], None),
    ("By Eva Jansen, Example.co.uk", ["Eva Jansen"], None),
    # a determiner in lower case after the comma
    ("By Jane Roe, the Washington Post", ["Jane Roe"], None),
    ("By Mark Ellis, the Irish Times", ["Mark Ellis"], None),
    # a place and an outlet word with no mark after the name
    ("By Jane Roe Chicago Tribune", ["Jane Roe"], None),
    ("By Sam Okafor Miami Herald", ["Sam Okafor"], None),
    ("By Mary Ann Smith Boston Globe", ["Mary Ann Smith"], None),
    # near-misses: unchanged
    ("By Jane Roe, Reuters", ["Jane Roe"], "Reuters"),
    ("By Jane Roe and Tom Berg, Reuters", ["Jane Roe", "Tom Berg"], "Reuters"),
    ("By Jane Roe, BBC News", ["Jane Roe"], "BBC News"),
    ("By Jane Roe and Tom Berg", ["Jane Roe", "Tom Berg"], None),
]


@pytest.mark.parametrize(("line", "authors", "agency"), OUTLETS)
def test_outlets_after_the_names_are_no_authors(line: str, authors: list[str], agency: str | None) -> None:
    assert byline_of(line) == (authors, agency)


NAMES_KEPT = [
    # a surname that is an outlet word, with no place before it, stays a name
    ("Emily Post", ("Emily Post",)),
    ("Jane Post", ("Jane Post",)),
    # a place with no outlet word after it is not cut (no list of given names tells a place from a surname)
    ("Jane Roe Chicago", ("Jane Roe Chicago",)),
    # the names before a place's outlet
    ("Jane Roe Chicago Tribune", ("Jane Roe",)),
]


@pytest.mark.parametrize(("text", "names"), NAMES_KEPT)
def test_a_name_that_ends_in_an_outlet_word_is_kept(text: str, names: tuple[str, ...]) -> None:
    assert BylineParser().read_names(text, has_prefix=True)[0] == names


LABELS = [
    ("Words: Jane Roe", ["Jane Roe"]),
    ("Reporting: Tom Hale", ["Tom Hale"]),
    ("Writer: Ana Ruiz", ["Ana Ruiz"]),
    ("Texte : Jean Dupont", ["Jean Dupont"]),
    ("Texto: Lucía Gómez", ["Lucía Gómez"]),
]


@pytest.mark.parametrize(("line", "authors"), LABELS)
def test_a_label_and_a_colon_open_a_byline(line: str, authors: list[str]) -> None:
    assert byline_of(line) == (authors, None)
    # with no headline above it the label line is still the byline, not the headline
    article = parse_article("POLITICS\n\n" + line + BODY)
    assert article.byline is not None and list(article.byline.authors) == authors
    assert article.headline is None or article.headline.text != line


NOT_BYLINES = [
    # who was interviewed, not who wrote it
    "Interview: Keir Starmer",
    # a label followed by a sentence
    "Text: The council approved the budget on Tuesday.",
    # labels a page prints before a title as well
    "Story: Police Arrest Man In Dover",
    "Text: Full Statement",
]


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_a_label_before_no_name_is_no_byline(line: str) -> None:
    assert byline_of(line) == (None, None)


def test_a_subclass_can_drop_the_colon_labels() -> None:
    class NoLabels(BylineParser):
        COLON_PREFIXES = ()

    from newsparse import ArticleParser

    article = ArticleParser(byline=NoLabels()).parse(HEAD + "Words: Jane Roe" + BODY)
    assert article.byline is None
