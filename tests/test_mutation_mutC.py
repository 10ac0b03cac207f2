"""Survivors of the mutation run over the quote rules added or changed at stop 17 (issue 8, the
``mutC`` pass: ``quotes/segmentation.py``, ``quotes/parser.py``, ``quotes/languages.py``,
``quotes/direct.py`` and ``quotes/reported.py``; see docs/testing.md).  Each case is a sentence
or a paragraph as wires and web pages print them, with the bad shape and the good shape side by
side where a rule tells them apart.

``SEGMENTS`` checks ``Segmentation`` on its own: the quotation marks of a paragraph (open to
close mark, both included) and its sentences.  ``CASES`` checks every quote a fresh parser reads:
``(kind, text, start, end, cue, speaker's name, source)`` in order, after checking that each
quote's span and its speaker's span slice the text back to them."""

from __future__ import annotations

import attrs
import pytest

from newsparse.quotes.languages import language_pack
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Paragraph, QuoteKind, Span, collapse

Row = tuple[str, str, int, int, str | None, str | None, str | None]
KINDS = {QuoteKind.DIRECT: "D", QuoteKind.INDIRECT: "R", QuoteKind.MIXED: "M"}


def parser_for(language: str | None) -> QuoteParser:
    """A fresh parser, of *language*'s pack if given."""
    if language is None:
        return QuoteParser()
    pack = language_pack(language)
    return pack.quotes(pack.vocabulary())


@attrs.frozen
class Segment:
    """A paragraph, the quotations and the sentences a fresh parser (of *language*) finds in it."""

    raw: str
    quotations: list[str]
    sentences: list[str]
    language: str | None = None


SEGMENTS: list[Segment] = [
    # an initial in mid-sentence ends no sentence; one after a figure is a unit, whose full stop does
    Segment(
        "The report by J. Berg was late. It came out in May.",
        [],
        ["The report by J. Berg was late.", " It came out in May."],
    ),
    Segment("J. Berg scored twice in the final of 2024", [], ["J. Berg scored twice in the final of 2024"]),
    Segment(
        "The river rose 5m. Crews worked through the night.",
        [],
        ["The river rose 5m.", " Crews worked through the night."],
    ),
    Segment("5m. That is how far the river rose.", [], ["5m.", " That is how far the river rose."]),
    # a single mark after a word and one space, closed nowhere, is an elision, even after a word of one letter
    Segment("I 'spect we will win, Ortiz said.", [], ["I 'spect we will win, Ortiz said."], "en-GB"),
    # a paragraph cut right after an opening single mark (a scrape that stops there): read, no error
    Segment("Ortiz told the crowd: ‘", ["‘"], ["Ortiz told the crowd: ‘"], "en-GB"),
    # after an abbreviation, a quotation with an attribution opens a sentence, also when a scrape
    # glued the attribution to the closing mark
    Segment(
        'The rally ends at 5 p.m. "Stay indoors,"she said. Police agreed.',
        ['"Stay indoors,"'],
        ["The rally ends at 5 p.m.", ' "Stay indoors,"she said.', " Police agreed."],
    ),
    Segment(
        'The rally ends at 5 p.m. "Stay indoors," she said. Police agreed.',
        ['"Stay indoors,"'],
        ["The rally ends at 5 p.m.", ' "Stay indoors," she said.', " Police agreed."],
    ),
]


@pytest.mark.parametrize("segment", SEGMENTS, ids=lambda s: s.raw[:40])
def test_marks_and_sentences(segment: Segment) -> None:
    parser = parser_for(segment.language)
    text = parser.single_marks(segment.raw)
    marks = parser.quotation_marks(text)
    assert [segment.raw[a : b + 1] for a, b in marks] == segment.quotations
    assert [segment.raw[a:b] for a, b in parser.sentences(text, marks)] == segment.sentences


@attrs.frozen
class Case:
    """Paragraphs joined by a blank line, read by a fresh parser (of *language*), and the quotes expected."""

    pieces: str | list[str]
    expected: list[Row]
    language: str | None = None


def quotes_of(case: Case) -> list[Row]:
    """Every quote of *case*, each span checked against the text."""
    pieces = [case.pieces] if isinstance(case.pieces, str) else case.pieces
    text = "\n\n".join(pieces)
    paragraphs, start = [], 0
    for piece in pieces:
        paragraphs.append(Paragraph(piece, Span(start, start + len(piece))))
        start += len(piece) + 2
    rows: list[Row] = []
    for quote in parser_for(case.language).parse(text, paragraphs):
        assert collapse(text[quote.span.start : quote.span.end]) == quote.text
        speaker = quote.speaker
        if speaker is not None and speaker.span is not None:
            assert collapse(text[speaker.span.start : speaker.span.end]) == speaker.mention
        name = speaker.name if speaker is not None else None
        rows.append((KINDS[quote.kind], quote.text, quote.span.start, quote.span.end, quote.cue, name, quote.source))
    return rows


CASES: list[Case] = [
    # the person told after a closing attribution may be longer than NAMED_WINDOW characters (a bug
    # the run showed: the window cut "Cooperatives" and the quotation lost its speaker), or short
    Case(
        '"Who knows?" Smith told the Federation of Coffee Growers Cooperatives in an interview. The vote is in May.',
        [
            ("D", "Who knows?", 1, 11, "told", "Smith", None),
        ],
    ),
    Case(
        '"Who knows?" Smith told the station in an interview. The vote is in May.',
        [
            ("D", "Who knows?", 1, 11, "told", "Smith", None),
        ],
    ),
    # the description after a name runs to the next comma before the cue, never past the cue
    # ("the chairman told Reuters" is no description) nor to the last comma ("a farmer, 54")
    Case(
        "Coffee output may fall, Tom Berg, the chairman told Reuters, adding that rain had come late.",
        [
            ("R", "Coffee output may fall", 0, 22, "told", "Tom Berg", None),
            ("R", "rain had come late", 73, 91, "adding", "Tom Berg", None),
        ],
    ),
    Case(
        "Output may fall, Tom Berg, a farmer, 54, said.",
        [
            ("R", "Output may fall", 0, 15, "said", "Tom Berg", None),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: (c.pieces if isinstance(c.pieces, str) else c.pieces[0])[:40])
def test_quotes(case: Case) -> None:
    assert quotes_of(case) == case.expected
