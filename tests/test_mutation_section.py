"""``SectionParser`` table by table, written against the survivors of a mutation run of
``section.py`` (docs/testing.md, "Mutation testing"): the kicker read from the first lines of a
page, with its exact labels, text and span, or none; and the predicates it is built from.  A fresh
parser is built for each test (the shared one is built before a mutation run changes anything)."""

from __future__ import annotations

import pytest

from newsparse import Section, SectionParser, Span
from newsparse.lines import split_lines


@pytest.fixture
def sections() -> SectionParser:
    return SectionParser()


HEADLINE = "Floods strand thousands in the delta"

PARSE = [
    # two lines are enough: the kicker and its headline
    ("WORLD / ASIA\n" + HEADLINE, False, ("WORLD", "ASIA")),
    # the headline is the next line, not the last one
    ("WORLD / ASIA\n" + HEADLINE + "\nRain.", False, ("WORLD", "ASIA")),
    ("WORLD / ASIA\nRain\n" + HEADLINE, False, None),
    # a breadcrumb needs no longer line under it; two labels over a slash do
    ("Sport » Football\nGoals", False, ("Sport", "Football")),
    ("Sport › Tennis\nAces", False, ("Sport", "Tennis")),
    ("CHINA / SOCIETY\nFloods", False, None),
    ("» WORLD\nRain", False, None),
    # ">" makes a breadcrumb only with three labels: "Apple > Samsung" may be a headline
    ("Home > Business > Markets\nShares", False, ("Home", "Business", "Markets")),
    ("Apple > Samsung\nWins", False, None),
    # one capitalised label needs no headline in title form; two labels neither
    ("WORLD\nShares slid on Monday as oil prices rose.", False, ("WORLD",)),
    ("CHINA / SOCIETY\nShares slid on Monday as oil prices rose.", False, ("CHINA", "SOCIETY")),
    ("Arts and Culture\nThe festival returns to the old harbour", False, ("Arts and Culture",)),
    ("Food & Drink\nThe best bakeries in the old town", False, ("Food & Drink",)),
    # a label in sentence case: only when asked, and only over a headline
    ("UK politics\nMinisters back the housing plan", True, ("UK politics",)),
    ("UK politics\nMinisters back the housing plan", False, None),
    ("UK politics\nMinisters back the housing plan\nThe plan passed on Monday.", True, ("UK politics",)),
    ("World news\nMinisters back the housing plan", True, ("World news",)),
    ("Stocks fall\nShares slid on Monday as oil prices rose.", True, None),
    ("Harbour news\nOrtiz released the following statement:", True, None),
    ("World news today\nMinisters back the housing plan", True, None),
    ("iPhone news\nApple unveils a thinner phone", True, None),
    ("Tech eBay\nShares rise after the sale", True, None),
    ("politics\nMinisters back the housing plan", True, None),
    # invisible format characters around the whole line or one label are left out of the labels
    ("\u202bWORLD\u202c\n" + HEADLINE, False, ("WORLD",)),
    ("WORLD\u200b / \u200bASIA\n" + HEADLINE, False, ("WORLD", "ASIA")),
    # a label may end in a capital X
    ("MARKETS / FOREX\n" + HEADLINE, False, ("MARKETS", "FOREX")),
]


@pytest.mark.parametrize(("text", "sentence_case", "labels"), PARSE)
def test_parse_the_first_line(sections: SectionParser, text: str, sentence_case: bool, labels: tuple[str, ...] | None) -> None:
    lines = split_lines(text)
    expected = None if labels is None else Section(labels, lines[0].text, Span(0, text.index("\n")))
    assert sections.parse(lines, 0, sentence_case=sentence_case) == expected


def test_parse_takes_no_sentence_case_unless_asked(sections: SectionParser) -> None:
    assert sections.parse(split_lines("UK politics\nMinisters back the housing plan"), 0) is None


def test_parse_a_later_line(sections: SectionParser) -> None:
    text = "Skip to content\nWORLD / ASIA\n" + HEADLINE
    start = text.index("WORLD")
    assert sections.parse(split_lines(text), 1) == Section(
        ("WORLD", "ASIA"), "WORLD / ASIA", Span(start, start + len("WORLD / ASIA"))
    )
    assert sections.parse(split_lines(text), 2) is None


TWENTY = "Council backs the new school budget after a long night of debate over teachers pay and the harbour bridge repairs"

CASED_TITLE = [
    ("Ministers back the housing plan", True),
    (TWENTY, True),  # TITLE_WORDS words
    (TWENTY + " again", False),
    ("Ortiz released the following statement:", False),
    ("Ortiz released the following statement: ", False),
    ("Ministers, unions and the housing plan,", False),
    ("Ministers and the housing plan;", False),
    ("Musk renames the company X", True),
    ("ministers back the housing plan", False),
    ("Shares slid on Monday.", False),
    ("Heavy rain on Monday. Roads close", False),
]


@pytest.mark.parametrize(("text", "expected"), CASED_TITLE)
def test_is_cased_title(sections: SectionParser, text: str, expected: bool) -> None:
    assert sections.is_cased_title(text) is expected


SENTENCE_CASE = [
    ("UK politics", True),
    ("World news", True),
    ("World news today", False),
    ("iPhone news", False),
    ("Tech eBay", False),
    ("UK 2024", False),
    ("politics", False),
    ("Politics", False),  # one word is a single label's, not this
]


@pytest.mark.parametrize(("label", "expected"), SENTENCE_CASE)
def test_is_sentence_case_label(sections: SectionParser, label: str, expected: bool) -> None:
    assert sections.is_sentence_case_label(label) is expected


SINGLE = [
    ("WORLD", True),
    ("Arts and Culture", True),
    ("Food & Drink", True),
    ("Arts and culture", False),
    ("Arts Culture Books", False),
    ("UK politics", False),
]


@pytest.mark.parametrize(("label", "expected"), SINGLE)
def test_is_single_label(sections: SectionParser, label: str, expected: bool) -> None:
    assert sections.is_single_label(label) is expected
