"""``BylineParser`` on its own, table-driven over its public methods: ``parse``, ``parse_bare``,
``leading_names``, ``read_names`` and ``is_name``.  A fresh parser is built for each test, so that
a change to the patterns its constructor builds shows here (the mutation run found such changes
that the end-to-end tests let through)."""

from __future__ import annotations

import pytest

from newsparse import Byline, BylineParser, Span, Vocabulary
from newsparse.lines import split_lines


@pytest.fixture
def bylines() -> BylineParser:
    return BylineParser()


PARSE = [
    ("by Janie Gabbett, Reuters", Byline(("Janie Gabbett",), "Reuters", "by Janie Gabbett, Reuters", Span(0, 25))),
    ("BY ANA LIMA", Byline(("ANA LIMA",), None, "BY ANA LIMA", Span(0, 11))),
    ("Written by: Ana Lima", Byline(("Ana Lima",), None, "Written by: Ana Lima", Span(0, 20))),
    ("Tom Krisher, AP Auto Writer", Byline(("Tom Krisher",), "AP", "Tom Krisher, AP Auto Writer", Span(0, 27))),
    ("Ana Lima, staff writer", Byline(("Ana Lima",), None, "Ana Lima, staff writer", Span(0, 22))),
    ("By Ana Lima, Political Editor", Byline(("Ana Lima",), None, "By Ana Lima, Political Editor", Span(0, 29))),
    ("By\nAna Lima and Tom Hale, Reuters", Byline(("Ana Lima", "Tom Hale"), "Reuters", "By Ana Lima and Tom Hale, Reuters", Span(0, 33))),
    ("By\r\n  Ana Lima", Byline(("Ana Lima",), None, "By Ana Lima", Span(0, 14))),
    ("By Reuters", Byline(("Reuters",), "Reuters", "By Reuters", Span(0, 10))),
    ("By The Associated Press.", Byline(("The Associated Press",), "The Associated Press", "By The Associated Press.", Span(0, 24))),
    ("By Ana Lima | Special to the Pioneer Press", Byline(("Ana Lima",), None, "By Ana Lima", Span(0, 11))),
    ("Ana Lima", None),
    ("By", None),
    ("By the way, it rained", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE)
def test_parse(bylines: BylineParser, text: str, expected: Byline | None) -> None:
    assert bylines.parse(split_lines(text), 0) == expected


NAME_80 = "A" + "a" * 38 + " B" + "b" * 39  # the longest bare byline: 80 characters
LONG_NAME = "A" + "a" * 39 + " B" + "b" * 39  # 81 characters

PARSE_BARE = [
    ("Debbie White", Byline(("Debbie White",), None, "Debbie White", Span(0, 12))),
    ("Debbie White,", Byline(("Debbie White",), None, "Debbie White,", Span(0, 13))),
    ("The Associated Press", Byline(("The Associated Press",), "The Associated Press", "The Associated Press", Span(0, 20))),
    ("PTI, Washington,", Byline(("PTI",), "PTI", "PTI, Washington,", Span(0, 16))),
    ("Bruce Y. Lee Senior Contributor", Byline(("Bruce Y. Lee",), None, "Bruce Y. Lee Senior Contributor", Span(0, 31))),
    ("Bruce Lee senior contributor", Byline(("Bruce Lee",), None, "Bruce Lee senior contributor", Span(0, 28))),
    ("Jean-Luc van der Berg", Byline(("Jean-Luc van der Berg",), None, "Jean-Luc van der Berg", Span(0, 21))),
    ("Malcolm X,", Byline(("Malcolm X",), None, "Malcolm X,", Span(0, 10))),
    (NAME_80, Byline((NAME_80,), None, NAME_80, Span(0, 80))),
    (",Debbie White", None),
    ("Ana Lima 2019", None),
    ("Ana", None),
    ("Ana Maria Lopez de la Cruz Garcia", None),
    (LONG_NAME, None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_BARE)
def test_parse_bare(bylines: BylineParser, text: str, expected: Byline | None) -> None:
    assert bylines.parse_bare(split_lines(text)[0]) == expected


def test_long_name_is_a_name_but_too_long_for_a_bare_byline(bylines: BylineParser) -> None:
    assert (len(NAME_80), len(LONG_NAME)) == (80, 81)
    assert bylines.is_name(LONG_NAME)


NINE = "Ana Lima, Tom Hale, Jo Park, Al Bo, Cy Do, Ed Fu, Gil Ho, Ian Jo, Kim Lu 2019"
EIGHT = ("Ana Lima", "Tom Hale", "Jo Park", "Al Bo", "Cy Do", "Ed Fu", "Gil Ho", "Ian Jo")

LEADING = [
    ("Tess Bonn - 11/19/19 06:56 AM EST", (("Tess Bonn",), 9)),
    ("Chris Pokorny@DawgsByNature Nov 18, 2019", (("Chris Pokorny",), 13)),
    ("Ana Lima and Tom Hale Updated", (("Ana Lima", "Tom Hale"), 21)),
    ("Ana Lima Updated Nov 18", (("Ana Lima",), 8)),
    ("Ana Lima Published Nov 18", (("Ana Lima",), 8)),
    ("Ana Lima Posted", (("Ana Lima",), 8)),
    ("Ana Lima Sept 18", (("Ana Lima",), 8)),
    ("Ana Lima Monday", (("Ana Lima",), 8)),
    ("Ana Lima Senior Writer", (("Ana Lima",), 8)),
    (", ".join(EIGHT) + " 2019", (EIGHT, 64)),
    (NINE, (EIGHT, 64)),
    ("The Associated Press 2019", ((), 0)),
    ("ana lima", ((), 0)),
    ("Ana", ((), 0)),
]


@pytest.mark.parametrize(("text", "expected"), LEADING)
def test_leading_names(bylines: BylineParser, text: str, expected: tuple[tuple[str, ...], int]) -> None:
    assert bylines.leading_names(text) == expected


READ_NAMES = [
    ("Ana Lima and Tom Hale, Reuters", False, (("Ana Lima", "Tom Hale"), "Reuters")),
    ("Ana Lima, Senior Writer, Reuters", False, (("Ana Lima",), "Reuters")),
    ("Ana Lima and Tom Hale", False, ((), None)),
    ("Ana Lima and Tom Hale", True, (("Ana Lima", "Tom Hale"), None)),
    ("Ana Lima; Tom Hale & Jo Park with Al Bo", True, (("Ana Lima", "Tom Hale", "Jo Park", "Al Bo"), None)),
    ("the minister and Tom Hale", True, ((), None)),
]


@pytest.mark.parametrize(("text", "has_prefix", "expected"), READ_NAMES)
def test_read_names(bylines: BylineParser, text: str, has_prefix: bool, expected: object) -> None:
    assert bylines.read_names(text, has_prefix=has_prefix) == expected


IS_NAME = [
    ("Ana Lima", True),
    ("J. K. Rowling", True),
    ("Jean van der Berg", True),
    ("Ana Maria Lopez Garcia Cruz", True),
    ("Ana", False),
    ("Ana Maria Lopez Garcia Cruz Diaz", False),
    ("van der Berg", False),
    ("Ana Writer", False),
    ("ana lima", False),
    ("Ana lima", False),
    ("The Associated Press", False),
]


@pytest.mark.parametrize(("text", "expected"), IS_NAME)
def test_is_name(bylines: BylineParser, text: str, expected: bool) -> None:
    assert bylines.is_name(text) is expected


class DottedNames(Vocabulary):
    """A vocabulary that writes its short month and weekday names only with a dot."""

    MONTHS = (("Jan.",), ("Feb.",), ("Mar.",), ("Apr.",), ("May",), ("Jun.",), ("Jul.",), ("Aug.",), ("Sept.",), ("Oct.",), ("Nov.",), ("Dec.",))
    WEEKDAYS = (("Mon.",), ("Tue.",), ("Wed.",), ("Thu.",), ("Fri.",), ("Sat.",), ("Sun.",))


@pytest.mark.parametrize("text", ["Ana Lima Sept 18", "Ana Lima Sept. 18", "Ana Lima Wed 18", "Ana Lima Wed. Sept. 18"])
def test_dotted_month_and_weekday_names_stop_a_name_with_or_without_the_dot(text: str) -> None:
    assert BylineParser(DottedNames()).leading_names(text) == (("Ana Lima",), 8)
