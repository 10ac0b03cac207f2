"""``CaptionParser`` on its own, table-driven: which lines are captions, and where the credit is
cut off.  A fresh parser is built for each test, so that a change to the patterns its constructor
builds shows here (the mutation run found such changes that the end-to-end tests let through)."""

from __future__ import annotations

import pytest

from newsparse import CaptionParser, Span
from newsparse.caption import CaptionLine
from newsparse.lines import split_lines


@pytest.fixture
def captions() -> CaptionParser:
    return CaptionParser()


PARSE_LINE = [
    # a credit label, capitalised or in capitals (in lower case it may be a word of the sentence)
    ("Tourists cool off in Rome. Photo: Ana Lima", CaptionLine("Tourists cool off in Rome.", "Ana Lima", Span(0, 26))),
    ("Tourists cool off in Rome. photo: Ana Lima", None),
    ("Tourists cool off in Rome. PHOTO: Ana Lima", CaptionLine("Tourists cool off in Rome.", "Ana Lima", Span(0, 26))),
    # agency photo credits
    ("Rescue crews search the rubble (AP Photo/Evan Vucci)", CaptionLine("Rescue crews search the rubble", "AP Photo/Evan Vucci", Span(0, 30))),
    ("Rescue crews search the rubble. REUTERS/Maxim Shemetov", CaptionLine("Rescue crews search the rubble.", "REUTERS/Maxim Shemetov", Span(0, 31))),
    ("Rescue crews search the rubble. Bloomberg/Jane Doe", CaptionLine("Rescue crews search the rubble.", "Bloomberg/Jane Doe", Span(0, 31))),
    # credits that end a caption without a label
    ("Rescue crews search the rubble. Alamy Stock Photo", CaptionLine("Rescue crews search the rubble.", "Alamy Stock Photo", Span(0, 31))),
    ("Crews search the rubble. Jane Doe/Getty Images", CaptionLine("Crews search the rubble.", "Jane Doe/Getty Images", Span(0, 24))),
    ("Crews search the rubble. Handout", CaptionLine("Crews search the rubble.", "Handout", Span(0, 24))),
    # bracketed credits
    ("A man waves from a boat [File: Reuters]", CaptionLine("A man waves from a boat", "Reuters", Span(0, 23))),
    ("Rescue crews search the rubble [Getty Images via Nasa]", CaptionLine("Rescue crews search the rubble", "Getty Images via Nasa", Span(0, 30))),
    ("The keyboard has a scissor switch [Alamy]", CaptionLine("The keyboard has a scissor switch", "Alamy", Span(0, 33))),
    # via on a short line
    ("The new scissor switch keyboard via iFixit", CaptionLine("The new scissor switch keyboard", "iFixit", Span(0, 31))),
    # a caption label at the start, in any case, with or without a credit
    ("Image caption Rescue crews search the rubble", CaptionLine("Rescue crews search the rubble", None, Span(14, 44))),
    ("IMAGE CAPTION Rescue crews search the rubble", CaptionLine("Rescue crews search the rubble", None, Span(14, 44))),
    ("Caption: Crews search the rubble. Photo: Ana Lima", CaptionLine("Crews search the rubble.", "Ana Lima", Span(9, 33))),
    # a fold toggle
    ("Rescue crews search the rubble of the market hall on Tuesday. less", CaptionLine(
        "Rescue crews search the rubble of the market hall on Tuesday.", None, Span(0, 61))),
    # three words before the credit are enough, two are not
    ("Three word caption Photo: Ana Lima", CaptionLine("Three word caption", "Ana Lima", Span(0, 18))),
    ("Two words Photo: Ana Lima", None),
    ("image caption: Rescue crews search the rubble", None),
    ("Rescue crews searched the rubble on Tuesday, officials said.", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_LINE)
def test_parse_line(captions: CaptionParser, text: str, expected: CaptionLine | None) -> None:
    assert captions.parse_line(split_lines(text)[0]) == expected


CREDIT_LINES = [
    ("Photo: Jane Doe, AP", "Jane Doe, AP"),
    ("Photo by David Dyer-Bennet", "David Dyer-Bennet"),
    ("AP Photo/Evan Vucci", "AP Photo/Evan Vucci"),
    ("The river rose two metres overnight.", None),
]


@pytest.mark.parametrize(("text", "credit"), CREDIT_LINES)
def test_credit_of(captions: CaptionParser, text: str, credit: str | None) -> None:
    line = split_lines(text)[0]
    assert captions.credit_of(line) == credit
    assert captions.is_credit_line(line) is (credit is not None)


# (credit as read after its label, the label, the credit kept): a label left at the start goes,
# and a label alone, with or without its colon or link word, is no credit (a label names nobody)
CLEAN_CREDITS = [
    ("Credit: Jo Roe", "Photo", "Jo Roe"),
    ("Credit:", "Photo", None),
    ("Credit", "Photo", None),
    ("Photograph by", "Image", None),
    ("Photo by:", "Picture", None),
    ("By", "Photo", None),
    ("Courtesy of the family", "Photo", "Courtesy of the family"),
    ("Courtesy of", "Photo", None),
    ("of the Harbour Museum", "Courtesy", "the Harbour Museum"),
    ("Picture Alliance/dpa", "Photo", "Picture Alliance/dpa"),
    ("Credits Roll Studio", "Photo", "Credits Roll Studio"),
]


@pytest.mark.parametrize(("credit", "label", "kept"), CLEAN_CREDITS)
def test_clean_credit(captions: CaptionParser, credit: str, label: str, kept: str | None) -> None:
    assert captions.clean_credit(credit, label) == kept


@pytest.mark.parametrize(
    ("text", "credit"),
    [("Photo: Credit: Ana Lima", "Ana Lima"), ("Photo: Credit:", None), ("Photo: Credit", None)],
)
def test_a_label_alone_credits_no_one(captions: CaptionParser, text: str, credit: str | None) -> None:
    assert captions.credit_of(split_lines(text)[0]) == credit
