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
    ("WORLD / ASIA\n" + HEADLINE, ("WORLD", "ASIA")),
    # the headline is the next line, not the last one
    ("WORLD / ASIA\n" + HEADLINE + "\nRain.", ("WORLD", "ASIA")),
    ("WORLD / ASIA\nRain\n" + HEADLINE, None),
    # a breadcrumb needs no longer line under it; two labels over a slash do
    ("Sport » Football\nGoals", ("Sport", "Football")),
    ("Sport › Tennis\nAces", ("Sport", "Tennis")),
    ("CHINA / SOCIETY\nFloods", None),
    ("» WORLD\nRain", None),
    # ">" makes a breadcrumb only with three labels: "Apple > Samsung" may be a headline
    ("Home > Business > Markets\nShares", ("Business", "Markets")),
    ("Apple > Samsung\nWins", None),
    # one capitalised label needs no headline in title form; two labels neither
    ("WORLD\nShares slid on Monday as oil prices rose.", ("WORLD",)),
    ("CHINA / SOCIETY\nShares slid on Monday as oil prices rose.", ("CHINA", "SOCIETY")),
    ("Arts and Culture\nThe festival returns to the old harbour", ("Arts and Culture",)),
    ("Food & Drink\nThe best bakeries in the old town", ("Food & Drink",)),
    # a label in sentence case is no kicker: it may be a short headline (Rates rise / a standfirst)
    ("UK politics\nMinisters back the housing plan", None),
    ("Rates rise\nCentral bank lifts borrowing costs for the third time this year", None),
    # invisible format characters around the whole line or one label are left out of the labels
    ("\u202bWORLD\u202c\n" + HEADLINE, ("WORLD",)),
    ("WORLD\u200b / \u200bASIA\n" + HEADLINE, ("WORLD", "ASIA")),
    # a label may end in a capital X
    ("MARKETS / FOREX\n" + HEADLINE, ("MARKETS", "FOREX")),
]


@pytest.mark.parametrize(("text", "labels"), PARSE)
def test_parse_the_first_line(sections: SectionParser, text: str, labels: tuple[str, ...] | None) -> None:
    lines = split_lines(text)
    expected = None if labels is None else Section(labels, lines[0].text, lines[0].span)
    assert sections.parse(lines, 0) == expected


def test_parse_a_later_line(sections: SectionParser) -> None:
    text = "Skip to content\nWORLD / ASIA\n" + HEADLINE
    start = text.index("WORLD")
    assert sections.parse(split_lines(text), 1) == Section(
        ("WORLD", "ASIA"), "WORLD / ASIA", Span(start, start + len("WORLD / ASIA"))
    )
    assert sections.parse(split_lines(text), 2) is None


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
