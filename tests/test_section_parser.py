"""``SectionParser`` on its own, table-driven: which first lines are section kickers, how they
split into labels, and which line below may be the headline.  A fresh parser is built for each
test, so that a change to the patterns its constructor builds shows here (the shared default
parser is built when ``newsparse`` is imported, before a mutation run changes anything)."""

from __future__ import annotations

import tracemalloc

import pytest

from newsparse import Section, SectionParser, Span
from newsparse.lines import split_lines


@pytest.fixture
def sections() -> SectionParser:
    return SectionParser()


SPLIT = [
    # every separator, with and without spaces around it
    ("CHINA / SOCIETY", ("CHINA", "SOCIETY")),
    ("CHINA/SOCIETY", ("CHINA", "SOCIETY")),
    ("News | World", ("News", "World")),
    ("Home > Business > Markets", ("Home", "Business", "Markets")),
    ("Sport » Football", ("Sport", "Football")),
    ("Sport › Tennis", ("Sport", "Tennis")),
    ("Opinion • Columnists", ("Opinion", "Columnists")),
    ("Culture · Books", ("Culture", "Books")),
    ("Tech :: Gadgets", ("Tech", "Gadgets")),
    ("Tech::Gadgets", ("Tech", "Gadgets")),
    ("Home  >  Business", ("Home", "Business")),
    # a single colon is no separator, and no label holds one
    ("Tech : Gadgets", None),
    # separators at the ends leave no empty label
    ("/ World /", ("World",)),
    ("/ / /", None),
    # the characters a label may hold
    ("Arts & Culture / Books", ("Arts & Culture", "Books")),
    ("U.S. / Politics", ("U.S.", "Politics")),
    ("Women's Health / Diet", ("Women's Health", "Diet")),
    ("Women’s Health / Diet", ("Women’s Health", "Diet")),
    ("Sci-Tech / Space", ("Sci-Tech", "Space")),
    ("Health, Science / Medicine", ("Health, Science", "Medicine")),
    ("World_News / Asia", ("World_News", "Asia")),
    ("News / World (Asia)", None),
    ("News / World#Asia", None),
    # words in a label are one white space apart (a tab copied from a page is one)
    ("News / Middle  East", None),
    ("News / Middle\tEast", ("News", "Middle\tEast")),
    # at most four words in a label, five labels in a kicker
    ("News / Latin American Business News", ("News", "Latin American Business News")),
    ("News / Latin American Business News Today", None),
    ("A / B / C / D / E", ("A", "B", "C", "D", "E")),
    ("A / B / C / D / E / F", None),
    # one label with no separator: one or two capitalised words
    ("WORLD", ("WORLD",)),
    ("Business", ("Business",)),
    ("Middle East", ("Middle East",)),
    ("Middle east", None),
    ("business", None),
    ("Latin American Business", None),
    # sentence punctuation at the end
    ("World / Asia.", None),
    ("World / Asia!", None),
    ("World / Asia?", None),
    ("World / Asia:", None),
    ("World / Asia;", None),
    ('World / Asia"', None),
    ("World / Asia”", None),
    ("World / Asia,", ("World", "Asia,")),
    # at most 80 characters
    ("A" * 38 + " / " + "B" * 39, ("A" * 38, "B" * 39)),
    ("A" * 38 + " / " + "B" * 40, None),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_split(sections: SectionParser, text: str, expected: tuple[str, ...] | None) -> None:
    assert sections.split(text) == expected


FOLLOWED = [
    ("WORLD", "Floods sweep the north", True),
    # the headline must be longer than the kicker
    ("World / Asia", "Floods north", False),
    ("World / Asia", "Floods north!", True),
    # at most forty words
    ("WORLD", " ".join(["floods"] * 40), True),
    ("WORLD", " ".join(["floods"] * 41), False),
    # a byline is no headline, in any case
    ("WORLD", "By Ana Lima and Tom Reyes", False),
    ("WORLD", "BY ANA LIMA AND TOM REYES", False),
    ("WORLD", "Bystanders film the flood", True),
]


@pytest.mark.parametrize(("kicker", "following", "expected"), FOLLOWED)
def test_is_followed_by_headline(sections: SectionParser, kicker: str, following: str, expected: bool) -> None:
    line, below = split_lines(f"{kicker}\n{following}")
    assert sections.is_followed_by_headline(line, below) is expected


def test_parse_reads_the_kicker_with_its_span(sections: SectionParser) -> None:
    text = "Copied from the site\n  Home > Business > Markets\nShares slide as rates rise\n\nBody."
    lines = split_lines(text)
    assert sections.parse(lines, 1) == Section(("Business", "Markets"), "Home > Business > Markets", Span(23, 48))


@pytest.mark.parametrize(
    "text",
    [
        "Home > Business > Markets",  # the last line has nothing under it
        "Home > Business > Markets\nBy Ana Lima",  # the line under it is a byline
        "Floods sweep the north after a week of rain\nMore rain is due",  # not a kicker
    ],
)
def test_parse_turns_down(sections: SectionParser, text: str) -> None:
    lines = split_lines(text)
    assert sections.parse(lines, 0) is None
    assert sections.parse(lines, len(lines) - 1) is None


def test_separators_are_a_class_vocabulary() -> None:
    class Dashed(SectionParser):
        SEPARATORS = ("–",)

    assert Dashed().split("World – Asia") == ("World", "Asia")
    assert Dashed().split("World / Asia") is None


def test_a_long_line_under_a_kicker_is_not_split_into_all_its_words(sections: SectionParser) -> None:
    # (a 2 MB line of prose is no headline; telling so must not hold a list of its 400,000 words,
    # about 60 bytes a word: trialL, stop 23, measured 388 MB peak at 10 MB)
    line, below = split_lines("WORLD\n" + "floods sweep the north " * 90_000)
    tracemalloc.start()
    try:
        assert sections.is_followed_by_headline(line, below) is False
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * len(below.text)
