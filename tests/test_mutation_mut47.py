"""Mutation pass mut47 (issue 8): the survivors mut46 left and the next of mut45's mutants not run,
made again on main ``609f6c37``.  Each table pins down a rule whose mutants no test noticed: a
predicate read on words written for it, or a text and what must come out of it (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import functools

import pytest

import newsparse
from newsparse import ArticleParser, ParseState
from newsparse.boilerplate import BoilerplateParser
from newsparse.lines import split_lines
from newsparse.people import Person, PersonIndex
from newsparse.quotes.parser import QuoteParser
from newsparse.vocabulary import Vocabulary
from quote_cases import parser_for


@functools.cache
def parser(language: str | None = None) -> QuoteParser:
    """One parser (of *language*'s pack if given) for the predicate tables (parsers are stateless)."""
    return parser_for(language)


# BoilerplateParser.LINE_KEYS: a comment form's heading or prompt is tried as a share line only
# when it holds one of the kind's keys ("reply", "feedback")
COMMENT_PROMPTS = [
    ("Leave a Reply", "share"),
    ("Cancel reply", "share"),
    ("Post a reply", "share"),
    ("Give us your feedback", "share"),
    ("Give us feedback", "share"),
    ("Reply", None),
]


@pytest.mark.parametrize(("line", "kind"), COMMENT_PROMPTS)
def test_comment_prompt_kind(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


# SpeakerResolution.opens_with_count: each pack's count leads ("environ", "unas") before a number
# in digits open a count of people
COUNTS = [
    ("fr", "Environ 200 habitants", True),
    ("fr", "Près de 200 habitants", True),
    ("fr", "Environ deux cents habitants", False),
    ("es", "Unas 300 vecinas", True),
    ("es", "Unos 300 vecinos", True),
    ("es", "Unas vecinas", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), COUNTS)
def test_opens_with_count(language: str, text: str, expected: bool) -> None:
    assert parser(language).opens_with_count(text) is expected


# SpeakerResolution.recurring_time: the German pack's recurrence words in each gender
RECURRING_TIMES = [
    ("de", ["Jedes", "Jahr,"], True),
    ("de", ["Jeden", "Morgen,"], True),
    ("de", ["Jede", "Woche,"], True),
    ("de", ["Jedes", "Mitglied,"], False),
]


@pytest.mark.parametrize(("language", "lead", "expected"), RECURRING_TIMES)
def test_recurring_time(language: str, lead: list[str], expected: bool) -> None:
    assert parser(language).recurring_time(lead) is expected


# PersonIndex.abbreviated_title: a name of one word takes no abbreviated title; an abbreviation at
# the text's very start is one (no word runs into it)
ABBREVIATED_TITLES = [
    ("Speaking later, Cllr. Amadi said the ward would vote.", "Amadi", None),
    ("Speaking later, Cllr. Ruth Amadi said the ward would vote.", "Ruth Amadi", "Cllr."),
    ("Speaking later, Ruth Amadi said the ward would vote.", "Ruth Amadi", None),
    ("Cllr. Ruth Amadi backs the ward plan", "Ruth Amadi", "Cllr."),
]


@pytest.mark.parametrize(("text", "name", "expected"), ABBREVIATED_TITLES)
def test_abbreviated_title(text: str, name: str, expected: str | None) -> None:
    person = Person(name, tuple(name.split()), frozenset(), text.index(name))
    assert PersonIndex.abbreviated_title(Vocabulary(), text, person) == expected


# ArticleParser.csv_record: a row whose cell opens with a mark that closes no cell is no record
# (and the header rule claims no line for it)
def test_csv_row_with_a_stray_mark_is_no_record() -> None:
    text = 'title,author,body\n"Pier" repairs begin,Ola Berg,Work starts on the east pier today.\n'
    parser = ArticleParser()
    state = ParseState(text, split_lines(text))
    assert parser.csv_record(state, 1, 3) is None
    assert parser.header_csv_record(state, 0, True) == 0


# DatelineParser.is_plausible: a label in capitals (UPDATE) is no place, whether its month is read
# or not and whether the known agency stands before it or after (fix: the label was kept as the place
# when the month was read or the agency came after it)
DATELINE_LABELS = [
    ("(ANSA) - ROME, MARCH 3 - ", ("ROME", "ANSA", "MonthDay(month=3, day=3)")),
    ("(ANSA) - UPDATE, MARCH 3 - ", (None, "ANSA", "None")),
    ("(ANSA) - UPDATE, 18 OTT - ", (None, "ANSA", "None")),
    ("(ANSA) - ROMA, 18 OTT - ", ("ROMA", "ANSA", "None")),
    ("ROMA, 18 OTT (ANSA) - ", ("ROMA", "ANSA", "None")),
]


@pytest.mark.parametrize(("opening", "expected"), DATELINE_LABELS)
def test_a_label_is_no_dateline_place(opening: str, expected: tuple[str | None, str | None, str]) -> None:
    story = "Buses stopped for four hours on Monday as drivers walked out."
    article = newsparse.parse_article(f"Bus strike in Rome\n\n{opening}{story}\n\nThe unions said more stoppages would follow.\n")
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, str(dateline.date)) == expected


def test_a_label_before_an_agency_gives_no_dateline() -> None:
    text = "Bus strike in Rome\n\nUPDATE, 18 OTT (ANSA) - Buses stopped for four hours on Monday.\n"
    assert newsparse.parse_article(text).dateline is None
