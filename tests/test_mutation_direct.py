"""Direct quotes in the cases a mutation run of ``quotes/direct.py`` showed no test pinned down:
a quotation of one character, a quoted aside inside a closed quotation, a dash before words that
name no one, an article and a noun after an inverted cue, a cue after the quotation in its
sentence, a participle whose sentence has no phrase right before it, a name and a colon with a cue
elsewhere in the paragraph, a title ending in a small word and a question mark, a naming verb
after a noun or an auxiliary, and the speaker carried on inside a paragraph or from a colon.  A
fresh ``QuoteParser`` is built for each case (a change to the constructor shows here)."""

from __future__ import annotations

from typing import ClassVar

import pytest

from articles import paragraphs_of
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import QuoteKind

Row = tuple[str, str | None, str | None, str | None, int | None]

COUNCIL = (
    "The council met on Monday evening in the old town hall to discuss the bridge, which has been closed since the floods"
    " in March and which the engineers say will take a year to repair."
)
RULE = "We will rebuild the bridge by the summer"


def _direct(pieces: list[str], parser: QuoteParser | None = None) -> list[Row]:
    """(text, cue, speaker's name, mention, paragraph) of each direct quote of the paragraphs
    *pieces* (joined by blank lines), after checking that each span slices the input to the
    quote's text and each speaker's span to its mention."""
    text, paragraphs = paragraphs_of(pieces)
    out: list[Row] = []
    for quote in (parser or QuoteParser()).parse(text, paragraphs):
        assert text[quote.span.start : quote.span.end] == quote.text
        speaker = quote.speaker
        if speaker is not None and speaker.span is not None:
            assert text[speaker.span.start : speaker.span.end] == speaker.mention
        if quote.kind is QuoteKind.DIRECT:
            out.append((quote.text, quote.cue, speaker and speaker.name, speaker and speaker.mention, quote.paragraph))
    return out


CASES: list[tuple[list[str], list[Row]]] = [
    # a quotation of one character is no quote, even with an attribution after it
    (['"A" said Ortiz, pointing at the first of the three designs on the wall.'], []),
    # a closed quotation that quotes an attribution inside it is not cut at that comma
    (
        ['"The water is rising, said the radio, so we left the car and ran." Nobody was hurt.'],
        [("The water is rising, said the radio, so we left the car and ran.", None, None, None, 0)],
    ),
    # a dash after the quotation before words that are no name: no speaker
    ([f'"{RULE}." – Ana Ortiz shook her head.'], [(f"{RULE}.", None, None, None, 0)]),
    ([f'"{RULE}." — On Monday the council agreed.'], [(f"{RULE}.", None, None, None, 0)]),
    # a dash before the quotation does not stop the attribution after it
    (['— "We will rebuild the bridge," said Ortiz.'], [("We will rebuild the bridge,", "said", "Ortiz", "Ortiz", 0)]),
    # an article and a noun after an inverted cue name a speaker
    (
        ['"The water came up to our knees," said a passer-by.'],
        [("The water came up to our knees,", "said", "a passer-by", "a passer-by", 0)],
    ),
    # a cue right before the quotation, with another cue after it in the sentence
    (
        ['The crowd chanted "no more floods" while the mayor said nothing.'],
        [("no more floods", "chanted", "The crowd", "The crowd", 0)],
    ),
    # a participle after a place or an object: the sentence's subject speaks
    ([f'Ortiz posted on X saying, "{RULE}."'], [(f"{RULE}.", "saying", "Ortiz", "Ortiz", 0)]),
    ([f'Ortiz ended the meeting by saying, "{RULE}."'], [(f"{RULE}.", "saying", "Ortiz", "Ortiz", 0)]),
    # a cue with no phrase before or after it and no named subject: no speaker
    ([f'When asked, "{RULE}."'], [(f"{RULE}.", None, None, None, 0)]),
    # a name and a comma is no attribution (it may be the person spoken to)
    ([f'Ana Ortiz, "{RULE}."'], [(f"{RULE}.", None, None, None, 0)]),
    # a name and a colon, with a cue in the sentence after or the sentence before
    ([f'Ana Ortiz: "{RULE}." The council said nothing.'], [(f"{RULE}.", ":", "Ana Ortiz", "Ana Ortiz", 0)]),
    ([f'Lee said the work would start soon. Ana Ortiz: "{RULE}."'], [(f"{RULE}.", ":", "Ana Ortiz", "Ana Ortiz", 0)]),
    # a quotation inside a sentence after an attributed quote, in a paragraph far into the text
    (
        [COUNCIL, '"We will rebuild," Ortiz said. Lee called the plan "a waste of public money".'],
        [("We will rebuild,", "said", "Ortiz", "Ortiz", 1), ("a waste of public money", None, "Lee", "Lee", 1)],
    ),
    # a title in title case may end with a small word and a question mark
    (['Ortiz watched "What Are You Waiting for?" with her staff on Sunday.'], []),
    # a naming verb after a noun names a thing; after an auxiliary or an adverb, the subject speaks
    (['Ortiz has a class called "Perception" for new staff.'], [("Perception", None, None, None, 0)]),
    (
        ['It is a plan that critics have called "a waste of public money".'],
        [("a waste of public money", None, "critics", "critics", 0)],
    ),
    (
        ['It is a plan that critics have long called "a waste of public money".'],
        [("a waste of public money", None, "critics", "critics", 0)],
    ),
    # a free-standing quotation between two speakers' quotes carries on the first
    (
        [f'"It is late," Lee said. "{RULE}." "It will cost a lot," Ortiz said.'],
        [
            ("It is late,", "said", "Lee", "Lee", 0),
            (f"{RULE}.", None, "Lee", "Lee", 0),
            ("It will cost a lot,", "said", "Ortiz", "Ortiz", 0),
        ],
    ),
    # a paragraph ending with a cue and a colon, far into the text, or with a short object
    (
        [COUNCIL, "Ana Ortiz, the mayor, said:", f'"{RULE}, whatever it costs."'],
        [(f"{RULE}, whatever it costs.", None, "Ana Ortiz", "Ana Ortiz", 2)],
    ),
    (["Ortiz told us:", f'"{RULE}, whatever it costs."'], [(f"{RULE}, whatever it costs.", None, "Ortiz", "Ortiz", 1)]),
]


@pytest.mark.parametrize(("pieces", "expected"), CASES)
def test_direct_quotes_mutation_cases(pieces: list[str], expected: list[Row]) -> None:
    assert _direct(pieces) == expected


class FourWords(QuoteParser):
    """A parser that takes a quotation inside a sentence for speech only from four words, or
    when it ends like speech."""

    MIN_QUOTATION_WORDS: ClassVar[int] = 4


# a quotation of fewer than MIN_QUOTATION_WORDS words is speech when it ends like speech
SHORT = [
    (['Lee blamed the council for "a costly delay." Then she left.'], [("a costly delay.", None, "Lee", "Lee", 0)]),
    # a comma ends speech only when a cue attributes the words
    (['Lee warned of "a costly delay," then left.'], [("a costly delay,", None, "Lee", "Lee", 0)]),
    (['Lee, who ran the works, criticised the plan as "far too costly," and left.'], []),
    (['Lee blamed the council for "a costly delay" and left.'], []),
]


@pytest.mark.parametrize(("pieces", "expected"), SHORT)
def test_a_larger_minimum_of_quotation_words(pieces: list[str], expected: list[Row]) -> None:
    assert _direct(pieces, FourWords()) == expected
