"""``HeadlineParser`` on its own, table-driven: which header lines are headlines, where a
``Title:`` label is cut off, and what counts as a run of sentences.  A fresh parser is built for
each test, so that a change to the pattern its constructor builds shows here."""

from __future__ import annotations

import pytest

from newsparse import HeadlineParser, Span
from newsparse.lines import split_lines
from newsparse.spans import Headline


@pytest.fixture
def headlines() -> HeadlineParser:
    return HeadlineParser()


def words(n: int) -> str:
    return " ".join(["rain"] * n)


CANDIDATE = [
    ("Floods sweep the north after a week of rain", True),
    ("John F. Kennedy Airport Reopens. Flights Resume", True),  # an initial is no sentence end
    ("U.S. NOTE Rates Rise", True),  # nor is an abbreviation
    ("Floods sweep the north. Thousands flee.", False),
    ("2024 – 25", False),  # no letter
    ("+++ 2024 +++", False),
    ("x", True),
    (words(30), True),
    (words(31), False),
    ("W" * 250, True),
    ("W" * 251, False),
]


@pytest.mark.parametrize(("text", "expected"), CANDIDATE)
def test_is_candidate(headlines: HeadlineParser, text: str, expected: bool) -> None:
    assert headlines.is_candidate(split_lines(text)[0]) is expected


SENTENCES = [
    # a sentence end is ". ", "! " or "? " before a capital, and the text ends a sentence
    ("Floods sweep the north. Thousands flee.", True),
    ("Floods sweep the north! Thousands flee!", True),
    ("Floods sweep the north? Thousands flee?", True),
    ('Floods sweep the north. Thousands flee"', True),
    ("Floods sweep the north. Thousands flee”", True),
    ("Floods sweep the north. Thousands flee", False),  # no end mark at the end
    ("Floods sweep the north. thousands flee.", False),  # no capital after the mark
    ("Floods sweep the north.  Thousands flee.", False),  # two spaces
    ("Floods sweep the north, Thousands flee.", False),
    ("Floods sweep the north.Thousands flee.", False),
    ("One sentence only.", False),
    ("Floods. A", False),  # the capital is the last character, and ends no sentence
    ("Floods. AB.", True),
    # an initial or a word with a period in it is no sentence end
    ("Talks with John F. Kennedy.", False),
    ("Talks in the U.S. Senate.", False),
    ("Talks in the U.S. Senate. Votes due.", True),
    ("Talks in Washington. Senate votes.", True),
    ("Talks at No. Ten.", True),
    ("A. Smith wins.", False),
    # the mark must be followed by a space and a capital right after it
    ("Rates rise.", False),
    ("Rates rise. ", False),
    ("I. Rates rise. Why?", True),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_is_sentences(headlines: HeadlineParser, text: str, expected: bool) -> None:
    assert headlines.is_sentences(text) is expected


SHORT_SENTENCES = [
    ("Business Brief: Nvidia's into nation building. We cool with that?", True),
    ("Floods sweep the north after a week of rain", False),  # one sentence: is_candidate's
    (words(14) + ". Flee.", True),  # 15 words
    (words(15) + ". Flee.", False),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_SENTENCES)
def test_is_short_sentences(headlines: HeadlineParser, text: str, expected: bool) -> None:
    assert headlines.is_short_sentences(split_lines(text)[0]) is expected


def test_short_sentences_have_the_character_limit_too(headlines: HeadlineParser) -> None:
    long_words = " ".join(["W" * 20] * 12)
    text = f"{long_words}. Flee. Now."  # 13 words, over 250 characters
    assert len(text) > headlines.MAX_CHARS
    assert headlines.is_short_sentences(split_lines(text)[0]) is False
    text = "W" * 238 + ". Flee. Now."  # 250 characters
    assert len(text) == headlines.MAX_CHARS
    assert headlines.is_short_sentences(split_lines(text)[0]) is True


PARSE = [
    ("Floods sweep the north\n\nRain fell all week.", 0, Headline("Floods sweep the north", Span(0, 22))),
    # the label is cut off, in any case, with any spaces around the colon
    ("Title: Council approves budget\nBody.", 0, Headline("Council approves budget", Span(7, 30))),
    ("TITLE : Council approves budget\nBody.", 0, Headline("Council approves budget", Span(8, 31))),
    ("headline:Council approves budget\nBody.", 0, Headline("Council approves budget", Span(9, 32))),
    ("  Headline:   Council approves budget\nBody.", 0, Headline("Council approves budget", Span(14, 37))),
    # a label with nothing after it is an empty field, no headline (HeadlineParser.is_empty_field)
    ("Title:\nBody.", 0, None),
    # another word before a colon is no label
    ("Subtitle: Council approves budget\nBody.", 0, Headline("Subtitle: Council approves budget", Span(0, 33))),
    ("Titles: Council approves budget\nBody.", 0, Headline("Titles: Council approves budget", Span(0, 31))),
    # a headline on a later line keeps its place in the input
    ("WORLD\nTitle: Floods sweep the north\nBody.", 1, Headline("Floods sweep the north", Span(13, 35))),
    # a text of one line is its own headline; the last of several lines is not
    ("Floods sweep the north", 0, Headline("Floods sweep the north", Span(0, 22))),
    ("WORLD\nFloods sweep the north", 1, None),
    # a run of sentences is turned down unless the pipeline allows it
    ("Floods sweep the north. Thousands flee.\nBody.", 0, None),
]


@pytest.mark.parametrize(("text", "index", "expected"), PARSE)
def test_parse(headlines: HeadlineParser, text: str, index: int, expected: Headline | None) -> None:
    assert headlines.parse(split_lines(text), index) == expected


def test_parse_takes_short_sentences_when_allowed(headlines: HeadlineParser) -> None:
    lines = split_lines("Nvidia's into nation building. We cool with that?\nBy Ana Lima")
    assert headlines.parse(lines, 0, sentences=True) == Headline(
        "Nvidia's into nation building. We cool with that?", Span(0, 49)
    )
    assert headlines.parse(lines, 0) is None
    long = split_lines(words(20) + ". Flee.\nBody.")
    assert headlines.parse(long, 0, sentences=True) is None


def test_labels_are_a_class_vocabulary() -> None:
    class Labelled(HeadlineParser):
        LABELS = ("Titre",)

    lines = split_lines("Titre : Le conseil vote le budget\nCorps.")
    assert Labelled().parse(lines, 0) == Headline("Le conseil vote le budget", Span(8, 33))
    lines = split_lines("Title: Council approves budget\nBody.")
    assert Labelled().parse(lines, 0) == Headline("Title: Council approves budget", Span(0, 30))
