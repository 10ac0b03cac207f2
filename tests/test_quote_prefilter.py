"""The quote parser's cheap test per paragraph (``QuoteParser.might_hold_quotes``): it must let
through every paragraph where a rule may find a quote (else a quote is lost), and it should stop
plain prose (else it saves nothing).  A paragraph it stops is read no further."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles import checked_quotes
from newsparse import ArticleParser, QuoteParser
from newsparse.quotes.languages import BritishQuotes, FrenchQuotes, GermanQuotes
from newsparse.spans import Paragraph, Span

FIXTURES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
QUOTES = QuoteParser()

# (paragraph, what lets it through, the text of the quote the parser finds in it)
HOLDING = [
    ("“We will rebuild the bridge,” Ana Ruiz told the council.", "an opening mark", "We will rebuild the bridge,"),
    ('"The port stays shut until Monday" was the notice on the harbour gate.', "a straight mark", None),
    ("The banner on the gate read ''Harbour closed until Monday.''", "a digraph", None),
    ("The mayor said the bridge would reopen in the spring.", "a cue", "the bridge would reopen in the spring"),
    (
        "According to the ministry, the port will stay closed until Monday.",
        "a capitalised cue",
        "the port will stay closed until Monday",
    ),
    ("The mayor is telling residents the water is safe to drink again.", "a progressive form", None),
    ("Asked whether the port would reopen, the harbour master shrugged.", "a question verb", None),
    ("The harbour master released the following statement:", "a colon at the end", None),
]


@pytest.mark.parametrize(("paragraph", "why", "quote"), HOLDING, ids=[row[1] for row in HOLDING])
def test_paragraph_that_may_hold_a_quote_passes(paragraph: str, why: str, quote: str | None) -> None:
    assert QUOTES.might_hold_quotes(paragraph) is True
    if quote is not None:
        assert [q.text for q in checked_quotes(paragraph)] == [quote]


PLAIN = [
    "Rescue crews searched the rubble of the market hall on Tuesday.",
    "The council meets again next week to vote on the budget for the harbour.",
    "Mr. Ortiz, 54, has run the port since 2019 and lives in Vigo with his family.",
    "Unmasked at last, the players' union won the vote by a wide margin.",  # "asked" inside a word is let through
]


@pytest.mark.parametrize("paragraph", PLAIN[:3])
def test_plain_prose_is_stopped(paragraph: str) -> None:
    assert QUOTES.might_hold_quotes(paragraph) is False


def test_a_question_verb_inside_a_word_is_let_through() -> None:
    # (the question rules look for the verb anywhere in the folded sentence, so the test does too)
    assert QUOTES.might_hold_quotes(PLAIN[3]) is True


def test_a_long_paragraph_is_let_through() -> None:
    paragraph = "Rescue crews searched the rubble. " * (QuoteParser.MAX_SENTENCE // 30)
    assert len(paragraph) > QuoteParser.MAX_SENTENCE
    assert QUOTES.might_hold_quotes(paragraph) is True


class CountingQuotes(QuoteParser):
    """Counts the paragraphs whose sentences are read."""

    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []

    def sentences(self, raw: str, marks: object) -> list[tuple[int, int]]:  # type: ignore[override]
        self.read.append(raw)
        return super().sentences(raw, marks)  # type: ignore[arg-type]


def test_a_stopped_paragraph_is_read_no_further() -> None:
    parser = CountingQuotes()
    pieces = [PLAIN[0], HOLDING[0][0], PLAIN[1]]
    text = "\n\n".join(pieces)
    paragraphs = [Paragraph(p, Span(text.index(p), text.index(p) + len(p))) for p in pieces]
    quotes = parser.parse(text, paragraphs)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("We will rebuild the bridge,", "Ana Ruiz")]
    assert parser.read == [HOLDING[0][0]]


class EveryParagraph(QuoteParser):
    def might_hold_quotes(self, raw: str) -> bool:
        return True


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixtures_give_the_same_quotes_with_every_paragraph_read(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert ArticleParser().parse(text).quotes == ArticleParser(quotes=EveryParagraph()).parse(text).quotes


@pytest.mark.parametrize(
    ("parser", "paragraph", "expected"),
    [
        (BritishQuotes(), "‘We will rebuild the bridge,’ Ana Ruiz told the council.", True),  # single marks open quotations
        (FrenchQuotes(), "« Nous ne céderons pas », a déclaré Claire Morel.", True),
        (FrenchQuotes(), "Selon le ministère, le port restera fermé jusqu'à lundi.", True),
        (GermanQuotes(), "Laut Ministerin Anna Schmidt wird die Brücke im Mai eröffnet.", True),
        (GermanQuotes(), "Die Brücke in Kassel wird im Mai eröffnet.", False),
    ],
)
def test_language_packs_widen_the_test_with_their_lists(parser: QuoteParser, paragraph: str, expected: bool) -> None:
    assert parser.might_hold_quotes(paragraph) is expected
