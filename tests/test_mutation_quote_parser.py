"""The quote parser's entry points in the cases a mutation run of ``quotes/parser.py`` showed no
test pinned down: a headline with double quotation marks keeps its single ones as they are, a
paragraph with quotation marks printed as two apostrophes (``''``) gives its quote from the input,
and what counts as a title-case headline.  A fresh ``QuoteParser`` is built for each case."""

from __future__ import annotations

import pytest

from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Paragraph, Span

Row = tuple[str, int, str | None, str | None, str | None, Span | None, int | None]


def _article(headline: str, pieces: list[str]) -> list[Row]:
    """(text, start, cue, speaker's name, mention, mention's span, paragraph) of each quote of an
    article: *headline*, a blank line, then the paragraphs *pieces* (joined by blank lines)."""
    text = headline + "\n\n" + "\n\n".join(pieces)
    paragraphs, start = [], len(headline) + 2
    for piece in pieces:
        paragraphs.append(Paragraph(piece, Span(start, start + len(piece))))
        start += len(piece) + 2
    out: list[Row] = []
    for quote in QuoteParser().parse(text, paragraphs, headline=Span(0, len(headline))):
        assert text[quote.span.start : quote.span.end] == quote.text
        speaker = quote.speaker
        out.append(
            (
                quote.text,
                quote.span.start,
                quote.cue,
                speaker and speaker.name,
                speaker and speaker.mention,
                speaker and speaker.span,
                quote.paragraph,
            )
        )
    return out


CASES = [
    # single marks are read as quotation marks only in a headline without double ones
    (
        "\"We will win,\" says coach of the 'boys in blue'",
        ["The team won on Sunday."],
        # (a bare role noun after the cue speaks: QuoteParser.headline_bare_speaker)
        [("We will win,", 1, "says", "coach", "coach", Span(20, 25), None)],
    ),
    (
        "'We will not back down,' says union chief Rosa Vidal",
        ["The union met on Monday."],
        [("We will not back down,", 1, "says", "Rosa Vidal", "union chief Rosa Vidal", Span(30, 52), None)],
    ),
    # a pronoun in a headline is no one yet
    (
        '"We are not done yet," she says',
        ["The team lost again on Sunday."],
        [("We are not done yet,", 1, "says", "she", "she", Span(23, 26), None)],
    ),
    # quotation marks printed as two apostrophes: the quote and its speaker from the input
    (
        "Union chief",
        ["``We will not back down,'' Rosa Vidal said on Monday."],
        [("We will not back down,", 15, "said", "Rosa Vidal", "Rosa Vidal", Span(40, 50), 0)],
    ),
]


@pytest.mark.parametrize(("headline", "pieces", "expected"), CASES)
def test_headline_and_paragraph_quotes(headline: str, pieces: list[str], expected: list[Row]) -> None:
    assert _article(headline, pieces) == expected


# at least TITLE_CASE_WORDS (3) words of four letters or more, all capitalised; a word that does
# not start with a letter is not counted
TITLE_CASE = [
    ("Ortiz Says Budget Will Pass", True),
    ("Ortiz Says Budget", True),
    ("Ortiz Says", False),
    ("Ortiz Says the Budget Will Pass", True),
    ("Ortiz says budget will pass", False),
    ("2024 Budget Will Pass", True),
    ("Ortiz Takes 3rd-place Finish", True),
    ("Ortiz Wins 4x400m Relay", True),
]


@pytest.mark.parametrize(("line", "expected"), TITLE_CASE)
def test_is_title_case(line: str, expected: bool) -> None:
    assert QuoteParser().is_title_case(line) is expected
