"""Work the parse no longer repeats (issue 7): a ``QuoteList`` is read and extended as a list is,
not item by item through the generic sequence methods, and a line the header's rules and the
body's both ask about is classified as boilerplate once in a parse, and a run of capitalised
words is asked whether it names a business by its plural company noun only when its last word
is one.  What comes out is what the longer reading gave."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

import pytest

import newsparse
from newsparse import Vocabulary
from newsparse.article import ArticleParser
from newsparse.lines import Line
from newsparse.people import Organisation, PersonIndex
from newsparse.spans import Boilerplate, Parts, Quote, QuoteKind, QuoteList, Span, Speaker

#: A short report: a headline, a byline, three paragraphs and the lines a page prints around them.
STORY = (
    "Harbour plan wins council vote\n\n"
    "By Nadia Ferreira\n\n"
    "The council approved the harbour plan on Monday, ending three years of delay.\n\n"
    "“We will rebuild the pier by spring,” said Marta Lindqvist, the harbour master.\n\n"
    "Advertisement\n\n"
    "Jonas Berg, a trawler owner, said the plan came too late.\n\n"
    "Share this article\n\n"
    "Copyright 2026 Coastal Times. All rights reserved.\n"
)

VOCABULARY = Vocabulary()

TEXT = "Ana Ortiz said the pier would close. Tom Berg said it would not. Lena Holt agreed."


def _quote(start: int, end: int, name: str) -> Quote:
    return Quote(TEXT[start:end], Span(start, end), QuoteKind.INDIRECT, "said", Speaker(name, name, None), None, 0)


QUOTES = [_quote(15, 35, "Ana Ortiz"), _quote(50, 63, "Tom Berg"), _quote(65, 82, "Lena Holt")]


@pytest.mark.parametrize("packed_from", [1_000, 2])
@pytest.mark.parametrize(
    "added",
    [
        pytest.param(lambda: list(QUOTES[1:]), id="a list"),
        pytest.param(lambda: tuple(QUOTES[1:]), id="a tuple"),
        pytest.param(lambda: QuoteList(TEXT, QUOTES[1:]), id="a quote list"),
        pytest.param(lambda: iter(QUOTES[1:]), id="an iterator"),
    ],
)
def test_extending_a_quote_list_gives_the_quotes_appended_in_turn(
    monkeypatch: pytest.MonkeyPatch, packed_from: int, added: object
) -> None:
    monkeypatch.setattr(Parts, "COMPACT_FROM", packed_from)
    quotes = QuoteList(TEXT, QUOTES[:1])
    quotes += added()  # type: ignore[operator]
    assert list(quotes) == QUOTES
    assert quotes.packed is (packed_from == 2)


def test_a_quote_list_extended_by_itself_holds_its_quotes_twice() -> None:
    quotes = QuoteList(TEXT, QUOTES[:2])
    quotes.extend(quotes)
    assert list(quotes) == [QUOTES[0], QUOTES[1], QUOTES[0], QUOTES[1]]


@pytest.mark.parametrize("packed_from", [1_000, 3])
def test_reading_a_quote_list_reaches_the_quotes_added_while_it_is_read(
    monkeypatch: pytest.MonkeyPatch, packed_from: int
) -> None:
    # (as a list's iterator does: with COMPACT_FROM 3 the list packs under the reader's feet)
    monkeypatch.setattr(Parts, "COMPACT_FROM", packed_from)
    quotes = QuoteList(TEXT, QUOTES[:2])
    seen = []
    for quote in quotes:
        seen.append(quote.speaker.name if quote.speaker is not None else None)
        if len(quotes) < 3:
            quotes.append(QUOTES[2])
    assert seen == ["Ana Ortiz", "Tom Berg", "Lena Holt"]


class _CountingParser(ArticleParser):
    """A parser that counts, line by line, how many times each line's boilerplate is read."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: Counter[tuple[str, int]] = Counter()

    def read_boilerplate(self, line: Line) -> Boilerplate | None:
        self.reads[(line.text, line.span.start)] += 1
        return super().read_boilerplate(line)


def test_a_parse_reads_each_lines_boilerplate_once() -> None:
    parser = _CountingParser()
    article = parser.parse(STORY)
    assert article == newsparse.parse_article(STORY)
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Advertisement", "advertisement"),
        ("Share this article", "share"),
        ("Copyright 2026 Coastal Times. All rights reserved.", "copyright"),
    ]
    assert parser.reads[("Advertisement", STORY.index("Advertisement"))] == 1
    assert max(parser.reads.values()) == 1


def test_outside_a_parse_each_question_reads_the_line() -> None:
    parser = _CountingParser()
    line = Line("Share this article", Span(0, 18), 0, False)
    answers = [parser.classify_boilerplate(line) for _ in range(2)]
    assert answers == [Boilerplate("Share this article", "share", Span(0, 18))] * 2
    assert parser.reads[("Share this article", 0)] == 2


def test_a_parse_keeps_at_most_its_limit_of_lines_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a limit of one line: the header's and the body's rules take turns, so lines are read again)
    monkeypatch.setattr(_CountingParser, "BOILERPLATE_READ_LINES", 1)
    parser = _CountingParser()
    assert parser.parse(STORY) == newsparse.parse_article(STORY)
    assert max(parser.reads.values()) > 1


class _AskedIndex(PersonIndex):
    """An index that notes each name it asks :meth:`names_business` about."""

    asked: ClassVar[list[str]] = []

    @classmethod
    def names_business(cls, vocabulary: Vocabulary, name: str) -> bool:
        cls.asked.append(name)
        return super().names_business(vocabulary, name)


@pytest.mark.parametrize(
    ("run", "found", "asked"),
    [
        ("Great Lakes Bulk Carriers", Organisation("Great Lakes Bulk Carriers", "company", 7), True),
        ("Westwind Airlines,", Organisation("Westwind Airlines", "company", 7), True),
        ("Tom Carriers", None, True),  # (a given name opens it: a person's name, no business's)
        ("Ana Ortiz", None, False),  # (no plural of a company noun ends it: not read as a business's name)
        ("Harbour Views", None, False),
        ("Airlines", None, False),
    ],
)
def test_a_run_is_read_as_a_plural_business_only_when_its_last_word_is_one(
    run: str, found: Organisation | None, asked: bool
) -> None:
    _AskedIndex.asked.clear()
    assert _AskedIndex.plural_business(VOCABULARY, run, 7) == found
    assert _AskedIndex.asked == ([run] if asked else [])
