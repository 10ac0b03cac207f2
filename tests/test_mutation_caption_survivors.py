"""``CaptionParser`` on the lines that the survivors of the third mutation run of ``caption.py``
(docs/testing.md, "Mutation testing") showed no other test pins: a labelled caption whose text reads
as a story's sentence before a credit a story may end in too, a caption in capitals, a credit label
in lower case inside brackets, a picture desk's notice, a line that is no credit under a caption,
a product heading too long for one, and the tests of story text, fragments and prose on their own.
Each case gives the exact caption text, credit and span, on a parser built in the test."""

from __future__ import annotations

import pytest

from newsparse import CaptionParser, Span
from newsparse.caption import CaptionLine
from newsparse.lines import Line, split_lines

Expected = tuple[str, str | None, int, int] | None


def one(text: str) -> Line:
    return split_lines(text)[0]


def caption_line(expected: Expected) -> CaptionLine | None:
    return None if expected is None else CaptionLine(expected[0], expected[1], Span(expected[2], expected[3]))


PARSE_LINE: list[tuple[str, Expected]] = [
    # after a caption label, a credit a story's sentence may end in is split off running prose too
    (
        "Photo: Firefighters said the blaze would be contained by Friday. (City News: Andrew Roe)",
        ("Firefighters said the blaze would be contained by Friday.", "City News: Andrew Roe", 7, 64),
    ),
    (
        "Image caption Workers said the port would reopen on Friday. (City News: Andrew Roe)",
        ("Workers said the port would reopen on Friday.", "City News: Andrew Roe", 14, 59),
    ),
    # a caption in capitals, with no separator before its credit
    (
        "FIREFIGHTERS BATTLE THE BLAZE IN ATHENS. REUTERS/Jo Roe",
        ("FIREFIGHTERS BATTLE THE BLAZE IN ATHENS.", "REUTERS/Jo Roe", 0, 40),
    ),
    # "a photo by" inside the sentence is no credit; the agency in brackets after it is
    (
        "A visitor takes a photo by the fountain in Rome. (Reuters)",
        ("A visitor takes a photo by the fountain in Rome.", "Reuters", 0, 48),
    ),
    # a label in lower case that opens a bracket
    ("Crews clear the rubble in Gaza City (photo: Jo Roe)", ("Crews clear the rubble in Gaza City", "Jo Roe", 0, 35)),
    # a picture desk's notice in capitals after the credit: left out; without a sentence end it is
    # no notice, and two words in capitals are too few for one
    (
        "A man walks past the rubble in Kyiv. REUTERS/Jo Roe THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
        ("A man walks past the rubble in Kyiv.", "REUTERS/Jo Roe", 0, 36),
    ),
    ("A man walks past the rubble in Kyiv. REUTERS/Jo Roe THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY", None),
    (
        "A man walks past the rubble in Kyiv. REUTERS/Jo Roe NO RESALES.",
        ("A man walks past the rubble in Kyiv.", "REUTERS/Jo Roe NO RESALES", 0, 36),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_LINE)
def test_parse_line(text: str, expected: Expected) -> None:
    found = CaptionParser().parse_line(one(text))
    assert found == caption_line(expected)
    if found is not None:
        assert text[found.span.start : found.span.end] == found.text


PAIRS: list[tuple[str, str, str]] = [
    # a line that is no credit under a short caption gives no caption
    ("caption_above", "A dog naps in the sun on the porch.", "The river rose two metres."),
    # a heading of more than PRODUCT_WORDS words is a sentence, not a product's
    ("maker_credit", "Nordwind", "Nordwind Trail 2 is the lightest tent we tested this year by a wide margin"),
    # a maker's name has at most MAKER_WORDS words
    ("maker_credit", "Nordwind Outdoor Gear Company", "Nordwind Outdoor Gear Company Trail 2 for $120"),
    # a product's name with no sentence nor fragment over its maker is a heading, no caption
    ("over_maker", "Nordwind Trail 2", "Nordwind, Inc."),
]


@pytest.mark.parametrize(("method", "above", "below"), PAIRS)
def test_pairs_that_give_no_caption(method: str, above: str, below: str) -> None:
    lines = split_lines(f"{above}\n{below}")
    assert getattr(CaptionParser(), method)(lines[0], lines[1]) is None


STORY: list[tuple[str, bool]] = [
    ("Samuel and Ana", True),  # two names and a joiner in lower case: a label, no caption
    ("Gretchen", True),  # one capitalised word: a button
    ("GRETCHEN CARLSON.", True),  # in capitals
    ("5 stars.", True),  # a short line that opens in no capital
    ("Gretchen.", False),  # one name ending a sentence: a caption
    ("Pictured.", False),
]


@pytest.mark.parametrize(("text", "expected"), STORY)
def test_reads_as_story(text: str, expected: bool) -> None:
    assert CaptionParser().reads_as_story(text) is expected


FRAGMENTS: list[tuple[str, bool]] = [
    ("Samuel Roe and Ana Lima", True),  # the names of the people pictured
    # a name and a noun phrase over a credit: who is pictured (fixB54: "his" and "dog" are words no
    # title in capitals leaves in lower case, so the line is no title)
    ("Samuel Roe and his dog", True),
    ("Samuel Roe And The Dog", False),  # capitalised words and minor ones: a title
    ("Chelsea Beat Leeds In The 2024 Final", False),  # capitalised words and a year: a title
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS)
def test_is_fragment_caption(text: str, expected: bool) -> None:
    assert CaptionParser().is_fragment_caption(text.split()) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Ferries will run from the north harbour until “later this week.”",
        "Ferries will run from the north harbour until later this week.",
    ],
)
def test_reads_as_prose_past_a_closing_mark(text: str) -> None:
    assert CaptionParser().reads_as_prose(text) is True


def test_capitalised_words_and_a_long_number_are_no_fragment() -> None:
    # no word in lower case: a title, however long, even with a season's number in it
    assert CaptionParser().is_fragment_caption(["Chelsea", "Beat", "Leeds", "In", "The", "2024/25", "Final"]) is False


def test_the_agency_in_the_last_brackets() -> None:
    # two pairs of brackets: the agency is read in the last one
    assert CaptionParser().agency_in_brackets("Ana Lima (left) and Jo Roe (AFP)") is True


def test_photo_before_a_slash_at_the_start_of_a_line() -> None:
    # "Photo" right before the slash, at the line's start, with a word in lower case after it
    assert CaptionParser().might_be_credit_slash("Photo/iStockphoto", 5) is True
