"""Memory of a long paragraph's reading (memF): a paragraph's sentences are packed as they are
found, as its quotation marks are, and the people index reads a paragraph through the parser's
own ``paragraph_slice``, so that a subclass's override of it is the one read."""

from __future__ import annotations

from typing import ClassVar

import newsparse
from newsparse.quotes.model import Bounds
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Paragraph

ARTICLE = (
    "Harbour reopens after storm\n\n"
    "Marta Lindqvist, the harbour master, inspected the damaged pier on Monday morning.\n\n"
    "“We will rebuild it before the summer,” Lindqvist said.\n"
)


class _CountingSlices(QuoteParser):
    """A quote parser that notes where each paragraph it slices starts."""

    seen: ClassVar[list[int]] = []

    @staticmethod
    def paragraph_slice(text: str, paragraph: Paragraph) -> str:
        _CountingSlices.seen.append(paragraph.span.start)
        return QuoteParser.paragraph_slice(text, paragraph)


def test_the_people_index_reads_paragraphs_through_a_subclass_slice() -> None:
    _CountingSlices.seen.clear()
    parser = newsparse.ArticleParser(quotes=_CountingSlices())
    article = parser.parse(ARTICLE)
    [quote] = article.quotes
    assert quote.speaker is not None and quote.speaker.name == "Marta Lindqvist"
    first, second = ARTICLE.index("Marta"), ARTICLE.index("“We")
    # the headline (read as a paragraph of its own) and each paragraph once for their quotes, then
    # both paragraphs again when the index is first read for the surname's full name
    assert sorted(_CountingSlices.seen) == [0, first, first, second, second]


#: A paragraph of many short reported sentences, more than a list keeps before packing.
SENTENCE = "Crews cleared the road, officials said. "
MANY = 1_200


def test_a_paragraph_of_many_sentences_gives_them_packed() -> None:
    raw = SENTENCE * MANY
    parser = QuoteParser()
    found = parser.sentences(raw, parser.quotation_marks(raw))
    assert isinstance(found, Bounds)
    # each sentence ends after its period, the next starts at the space; the last takes the text's end
    ends = [(k + 1) * len(SENTENCE) - 1 for k in range(MANY - 1)] + [len(raw)]
    assert list(found) == list(zip([0, *ends[:-1]], ends, strict=True))


def test_a_paragraph_of_few_sentences_gives_a_list() -> None:
    raw = SENTENCE * 3
    parser = QuoteParser()
    assert parser.sentences(raw, []) == [(0, 39), (39, 79), (79, 120)]
