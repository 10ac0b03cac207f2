"""perf58: patterns few lines need compiled when first used (issue 7).  The caption's copyright
line, its photographer and agency in brackets with a slash, the photograph's date written out,
and the speaker grammar's body name after a link (no link in the English vocabulary) are no longer
compiled with the parser; the name model compiles the one syllable of a surname alone, not with a
hyphened pair it never reads.  These rows pin that the rules read as before, positive and
negative, and that a parser's construction leaves the lazy patterns uncompiled."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import CaptionParser, Span, Vocabulary
from newsparse.lines import Line
from newsparse.names import NameModel
from newsparse.quotes.grammar import SpeakerGrammar
from newsparse.sharing import LazyPattern


@pytest.fixture(scope="module")
def captions() -> CaptionParser:
    return CaptionParser()


def _line(text: str) -> Line:
    return Line(text, Span(0, len(text)), 0, True)


def test_lazy_patterns_wait_for_their_first_use() -> None:
    parser = CaptionParser()
    for pattern in (parser._copyright_line, parser._paren_slash, parser._photo_date):
        assert isinstance(pattern, LazyPattern)
        assert pattern._compiled is None
    grammar = SpeakerGrammar(Vocabulary())
    assert isinstance(grammar._body_name_rest, LazyPattern)
    assert grammar._body_name_rest._compiled is None


# a line of its own that starts with a copyright sign, and the credit read from it
COPYRIGHT_LINES = [
    ("© Jean Dupont / AFP", "Jean Dupont / AFP"),
    ("© AFP", "AFP"),
    ("© Maria Lopez/Reuters", "Maria Lopez/Reuters"),
    # a year is a notice, not a credit; a line that does not open with the sign is no such line
    ("© 2025 City Herald", None),
    ("Photo © Jean Dupont / AFP", None),
    ("© the family of the late mayor", None),
]


@pytest.mark.parametrize(("text", "credit"), COPYRIGHT_LINES)
def test_copyright_line(captions: CaptionParser, text: str, credit: str | None) -> None:
    assert captions.copyright_credit(_line(text)) == credit


# brackets that hold a photographer and a picture agency with a slash between them, and nothing else
SLASHED_BRACKETS = [
    ("(Peter Byrne/PA)", "Peter Byrne/PA"),
    ("(Jo Roe / Getty Images)", "Jo Roe / Getty Images"),
    # no slash, an unknown agency after it, or words after the brackets
    ("(Peter Byrne, PA)", None),
    ("(Peter Byrne/Harbour Weekly Gazette)", None),
    ("(Peter Byrne/PA) said", None),
]


@pytest.mark.parametrize(("text", "credit"), SLASHED_BRACKETS)
def test_slashed_bracket_credit(captions: CaptionParser, text: str, credit: str | None) -> None:
    assert captions.slashed_bracket_credit(text) == credit


# a caption that opens with a name and a photograph's verb and ends in the day written out
DATED_PHOTOS = [
    ("Jane Roe speaks during a rally in Birmingham, Alabama, April 14, 2024.", dt.date(2024, 4, 14)),
    ("Jane Roe speaks during a rally in Leeds, 14 April 2024.", dt.date(2024, 4, 14)),
    # no year, no date at all, or a story's sentence that runs on after the date
    ("Jane Roe speaks during a rally in Birmingham, Alabama, April 14.", None),
    ("Jane Roe speaks during a rally in Birmingham, Alabama.", None),
]


@pytest.mark.parametrize(("text", "day"), DATED_PHOTOS)
def test_dated_photo(captions: CaptionParser, text: str, day: dt.date | None) -> None:
    found = captions.dated_photo(_line(text))
    assert (found[1] if found is not None else None) == day


# a one-syllable surname before a hyphened given name that ends the name
SYLLABLE_SURNAMES = [
    (("Moon", "Jae-in"), True),
    (("Park", "Ji-sung."), True),
    # a surname of more than one syllable, a given name with a capital after the hyphen, no given name
    (("Kimberly", "Jae-in"), False),
    (("Moon", "Jean-Luc"), False),
    (("Moon",), False),
]


@pytest.mark.parametrize(("words", "expected"), SYLLABLE_SURNAMES)
def test_syllable_surname(words: tuple[str, ...], expected: bool) -> None:
    assert NameModel(Vocabulary()).is_syllable_surname(words, 0) is expected
