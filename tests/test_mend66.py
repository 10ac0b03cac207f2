"""mend66: round 65's code reread, no behaviour changed.

- A title's qualifier in brackets (``DCP (Outer) Sachin Sharma``) is read by a pattern built once per
  class (``Segmentation._title_qualifier``, a ``LazyPattern`` made from ``MAX_TITLE_QUALIFIER`` as the
  class sets it), not compiled again on every paragraph.
- The words between a cue and the ``that`` that opens its report are read by one method of three
  callers (``words_after_cue``), checked by one (``unbroken``: none of ``REPORT_BREAK_MARKS``, no
  quotation mark) and the report starts where one says (``start_after``).
- The name an agency's or outlet's line under a byline prints is read by one method
  (``BylineParser.line_name``) for its three callers.

Sentences written for these tests, in the shapes of wire copy and local news pages."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
import regex

from newsparse.byline import BylineParser
from newsparse.quotes import QuoteParser

QUOTES = QuoteParser()


# -- (1) a title's qualifier in brackets: one pattern per class -----------------------------------

# (paragraph, the same paragraph with the qualifier and its brackets made spaces)
QUALIFIED = [
    ("DCP (Outer) Sachin Sharma said the road was shut.", "DCP         Sachin Sharma said the road was shut."),
    ("Superintendent (Traffic) Ana Rao said the lanes reopen at noon.",
     "Superintendent           Ana Rao said the lanes reopen at noon."),
    ("Inspector (Crime Branch) Ravi Menon told reporters the case was closed.",
     "Inspector                Ravi Menon told reporters the case was closed."),
    # (two in one paragraph: each blanked)
    ("DCP (East) Meera Nair and ACP (Traffic) Arun Das said the route would change.",
     "DCP        Meera Nair and ACP           Arun Das said the route would change."),
]

# (paragraphs that must come back as they are)
UNQUALIFIED = [
    "arranger Mitsubishi Bank (Europe) SA said the notes were sold.",  # a body's word, no title
    "Ana Rao (pictured) said the lanes reopen at noon.",  # no title before the bracket
    "DCP (outer district) Sachin Sharma said the road was shut.",  # a word in lower case in it
    "Superintendent (Traffic) said the lanes reopen at noon.",  # no capitalised word after it
    "The mayor said the lanes reopen at noon.",  # no bracket at all
]


@pytest.mark.parametrize(("raw", "blanked"), QUALIFIED)
def test_title_qualifier_is_blanked_in_place(raw: str, blanked: str) -> None:
    assert QUOTES.qualifier_blanks(raw) == blanked


@pytest.mark.parametrize("raw", UNQUALIFIED)
def test_no_title_qualifier_leaves_the_paragraph(raw: str) -> None:
    assert QUOTES.qualifier_blanks(raw) == raw


def test_title_qualifier_pattern_is_not_compiled_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = QuoteParser()
    assert parser.qualifier_blanks(QUALIFIED[0][0]) == QUALIFIED[0][1]  # (compiled now, if not before)

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a pattern compiled on the hot path")

    monkeypatch.setattr(regex, "compile", refuse)
    for raw, blanked in QUALIFIED[1:]:
        assert parser.qualifier_blanks(raw) == blanked


class ShortQualifiers(QuoteParser):
    """A parser that reads qualifiers of at most six characters (``(East)``, not ``(Traffic)``)."""

    MAX_TITLE_QUALIFIER: ClassVar[int] = 6


@pytest.mark.parametrize(
    ("raw", "blanked"),
    [
        ("DCP (East) Meera Nair said the route would change.", "DCP        Meera Nair said the route would change."),
        ("ACP (Traffic) Arun Das said the route would change.", "ACP (Traffic) Arun Das said the route would change."),
    ],
)
def test_subclass_limit_builds_its_own_pattern(raw: str, blanked: str) -> None:
    assert ShortQualifiers().qualifier_blanks(raw) == blanked
    assert QUOTES.qualifier_blanks("ACP (Traffic) Arun Das said it.") == "ACP           Arun Das said it."


# -- (2) the words between a cue and the "that" of its report --------------------------------------

def cue_end(raw: str, cue: str = "told") -> int:
    """Where the first *cue* of *raw* ends."""
    return raw.index(cue) + len(cue)


@pytest.mark.parametrize(
    ("raw", "most", "lows"),
    [
        ("Tom Berg told reporters who had gathered at the quay that the ferry would sail.", 4,
         ["reporters", "who", "had", "gathered"]),
        ("Ana Ruiz told The Crowd That Gathered that it was over.", 3, ["the", "crowd", "that"]),
        ("Tom Berg told them.", 5, ["them."]),  # (fewer than asked: all there are, the stop kept)
    ],
)
def test_words_after_cue_reads_at_most_so_many_in_lower_case(raw: str, most: int, lows: list[str]) -> None:
    words, found = QUOTES.words_after_cue(raw, cue_end(raw), len(raw), most)
    assert found == lows
    assert [w.group().casefold() for w in words] == lows


@pytest.mark.parametrize(
    ("between", "unbroken"),
    [
        (" reporters who had gathered at the quay ", True),
        (" a crowd at the rally ", True),
        (" reporters, who had gathered at the quay, ", False),
        (" the council; members who ", False),
        (" voters: those who ", False),
        (' a "crowd" that ', False),
        (" a “crowd” that ", False),
    ],
)
def test_unbroken_between_cue_and_that(between: str, unbroken: bool) -> None:
    assert QUOTES.unbroken(between) is unbroken


@pytest.mark.parametrize(
    ("raw", "end", "stop", "start"),
    [
        ('that   "The ferry', 4, 17, 7),  # (on the quotation mark)
        ("that the ferry", 4, 14, 5),  # (on the word)
        ("that     ", 4, 6, 6),  # (never past stop)
        ("that\nthe", 4, 8, 5),
    ],
)
def test_start_after_passes_the_blanks(raw: str, end: int, stop: int, start: int) -> None:
    assert QUOTES.start_after(raw, end, stop) == start


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("Tom Berg told reporters who had gathered at the quay that the ferry would sail.", "the ferry would sail."),
        ("Ana Ruiz told a crowd that had gathered outside that the plant would stay open.",
         "the plant would stay open."),
    ],
)
def test_told_relative_that_opens_on_the_report(raw: str, words: str) -> None:
    assert QUOTES.told_relative_that(raw, cue_end(raw), len(raw)) == raw.index(words)


class CommasDoNotBreak(QuoteParser):
    """A parser whose reports after the one told may run across a comma."""

    REPORT_BREAK_MARKS: ClassVar[str] = ";:"


def test_report_break_marks_are_the_classs() -> None:
    raw = "Tom Berg told reporters, who had gathered at the quay, that the ferry would sail."
    assert QUOTES.told_relative_that(raw, cue_end(raw), len(raw)) is None
    assert CommasDoNotBreak().told_relative_that(raw, cue_end(raw), len(raw)) == raw.index("the ferry")


# -- (3) the name an agency's or outlet's line under a byline prints -------------------------------

@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("(Australian Associated Press)", "Australian Associated Press"),
        ("Australian Associated Press.", "Australian Associated Press"),
        ("  Press Association  ", "Press Association"),
        ("( Press Association )", "Press Association"),
        ("BBC News, Cardiff", "BBC News, Cardiff"),
        # (as written: brackets that close before the end, or two pairs)
        ("(AAP) with staff", "(AAP) with staff"),
        ("(AAP) (Reuters)", "(AAP) (Reuters)"),
        ("dpa/AFP", "dpa/AFP"),
    ],
)
def test_line_name(line: str, name: str) -> None:
    assert BylineParser().line_name(line) == name
