"""speed69: the labelled credit pattern of ``CaptionParser`` opens with a look-ahead at the
characters a match can start with (a bracket, or the first letter of a credit label in any case),
so that a search skips every other place at once.  The credits found must stay those found
before, for every label, bracket and case, and for a label a subclass adds with a first letter
none of the built-in labels has."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse import CaptionParser
from newsparse.caption import CaptionLine
from newsparse.lines import split_lines

SPLIT = [
    # a label after the caption's sentence, in the case a site prints it
    ("Crews clear the rubble in Kyiv. Photo: Ana Lima", "Crews clear the rubble in Kyiv.", "Ana Lima"),
    ("Crews clear the rubble in Kyiv. PHOTO: Ana Lima", "Crews clear the rubble in Kyiv.", "Ana Lima"),
    ("Crews clear the rubble in Kyiv. FILE PHOTO: Ana Lima", "Crews clear the rubble in Kyiv.", "Ana Lima"),
    ("Crews clear the rubble in Kyiv. Picture credit: Tom Berg", "Crews clear the rubble in Kyiv.", "Tom Berg"),
    ("Crews clear the rubble in Kyiv. Image copyright Getty Images", "Crews clear the rubble in Kyiv.", "Getty Images"),
    ("Crews clear the rubble in Kyiv. Illustration by Sam Park", "Crews clear the rubble in Kyiv.", "Sam Park"),
    ("Crews clear the rubble in Kyiv. Photograph: Ana Lima/Guardian", "Crews clear the rubble in Kyiv.", "Ana Lima/Guardian"),
    # in brackets: the bracket opens the match, the label comes after it
    ("Crews clear the rubble in Kyiv (Photo: Jo Roe/AP)", "Crews clear the rubble in Kyiv", "Jo Roe/AP"),
    ("Crews clear the rubble in Kyiv [Image: Jo Roe]", "Crews clear the rubble in Kyiv", "Jo Roe"),
    ("Flood water in Galway (File image: Jo Roe)", "Flood water in Galway", "Jo Roe"),
    # glued to the sentence's stop, or to its last word as a scraper joins a caption and its credit
    ("Crews clear the rubble in Kyiv.Photo: Ana Lima", "Crews clear the rubble in Kyiv.", "Ana Lima"),
    ("Crews clear the rubble in KyivPhoto: Ana Lima", "Crews clear the rubble in Kyiv", "Ana Lima"),
    # after a dash
    ("Crews clear the rubble in Kyiv — Photo: Ana Lima", "Crews clear the rubble in Kyiv", "Ana Lima"),
]


@pytest.mark.parametrize(("line", "caption", "credit"), SPLIT)
def test_a_labelled_credit_is_split_off(line: str, caption: str, credit: str) -> None:
    found = CaptionParser().split_credit(split_lines(line)[0])
    assert found is not None
    assert (found.text, found.credit) == (caption, credit)


NO_CREDIT = [
    "The mayor said the photo: was fake, officials said.",  # (a label's word inside a sentence)
    "Crews clear the rubble in Kyiv. Source: Ministry of Health",  # (a citation, the story's)
    "Crews clear the rubble in Kyiv, officials said on Monday.",
    "Kuva: Anna Virtanen",  # (no label of this parser's: a caption of nothing)
]


@pytest.mark.parametrize("line", NO_CREDIT)
def test_no_credit_is_split_off(line: str) -> None:
    assert CaptionParser().split_credit(split_lines(line)[0]) is None


class FinnishLabels(CaptionParser):
    """A parser with one more credit label, whose first letter opens no built-in label."""

    CREDIT_WORDS: ClassVar[tuple[str, ...]] = (*CaptionParser.CREDIT_WORDS, "Kuva", "Kuvat")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Lapset leikkivät puistossa Helsingissä. Kuva: Anna Virtanen", "Lapset leikkivät puistossa Helsingissä.", "Anna Virtanen"),
        ("Lapset leikkivät puistossa Helsingissä. KUVAT: Anna Virtanen", "Lapset leikkivät puistossa Helsingissä.", "Anna Virtanen"),
        ("Lapset leikkivät puistossa Helsingissä (Kuva: Anna Virtanen)", "Lapset leikkivät puistossa Helsingissä", "Anna Virtanen"),
        ("Crews clear the rubble in Kyiv. Photo: Ana Lima", "Crews clear the rubble in Kyiv.", "Ana Lima"),
    ],
)
def test_a_subclass_label_with_a_new_first_letter_is_read(line: str, caption: str, credit: str) -> None:
    found = FinnishLabels().split_credit(split_lines(line)[0])
    assert isinstance(found, CaptionLine)
    assert (found.text, found.credit) == (caption, credit)

