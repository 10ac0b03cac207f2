"""mem37: the quote engine reads an article with invisible characters (``Cf``: zero-width joiners in
emoji, zero-width spaces, soft hyphens) without holding all its visible paragraphs at once beside
the visible text (issue 7): each is made from its span when it is read, and only the last kept."""

from __future__ import annotations

import tracemalloc

import pytest

from newsparse import ArticleParser, Paragraph, QuoteKind, QuoteParser, Span
from newsparse.spans import collapse

TOWNS = ["Valencia", "Zaragoza", "Bilbao", "Murcia", "Córdoba", "Alicante", "Granada", "Oviedo"]


def live_blog(entries: int) -> str:
    """A live blog copied from a page that prints emoji with zero-width joiners (``👩‍⚕️``) and a
    zero-width space after each time stamp, one entry a paragraph, each naming its own town."""
    head = "SPAIN\nHeatwave live: hospitals on alert as temperatures pass 44C\nBy Lucía Navarro\n\n"
    paragraphs = []
    for k in range(entries):
        town = TOWNS[k % len(TOWNS)]
        paragraphs.append(
            f"{10 + k % 12}:{k % 60:02d}\u200b Nurses 👩\u200d⚕️ in {town} opened {k + 3} cooling rooms on "
            f"Sunday, and the regional health service said {k + 40} people had been treated for heat "
            f"stroke since Friday. “We have never seen queues like this in June,” said Marta Ibáñez, "
            f"who runs the emergency ward at the {town} general hospital 🏥."
        )
    return head + "\n\n".join(paragraphs) + "\n"


def test_visible_paragraphs_are_made_from_their_spans_when_read() -> None:
    from newsparse.quotes.parser import _VisibleParagraphs

    inner = "Rain  fell.\n\nThe river\nrose,” she said.\n\nRoads closed."
    spans = [Span(0, 11), Span(13, 40), Span(42, 55)]
    paragraphs = _VisibleParagraphs(inner, spans)
    expected = [Paragraph(collapse(inner, s.start, s.end), s) for s in spans]
    assert len(paragraphs) == 3
    assert list(paragraphs) == expected
    # read out of order, from the end, and as slices: each the paragraph of its own span
    assert [paragraphs[2], paragraphs[0], paragraphs[-2], paragraphs[1]] == [expected[2], expected[0], expected[1], expected[1]]
    assert paragraphs[1] is paragraphs[1]  # (the last one made is kept, not made again)
    assert paragraphs[1:] == expected[1:]
    assert paragraphs[::-2] == [expected[2], expected[0]]
    with pytest.raises(IndexError):
        paragraphs[3]
    with pytest.raises(IndexError):
        paragraphs[-4]


def test_quotes_of_an_article_with_invisible_characters_hold_one_visible_paragraph_at_a_time() -> None:
    text = live_blog(600)
    article = ArticleParser().parse(text)
    paragraphs = list(article.paragraphs)
    assert len(paragraphs) == 600
    quotes = QuoteParser().parse(text, paragraphs)
    # each entry's quotation is found with its speaker, and the health service's reported
    # speech; spans in the input, as written
    direct = [quote for quote in quotes if quote.kind is QuoteKind.DIRECT]
    assert len(quotes) == 1200 and len(direct) == 600
    assert {quote.speaker.name for quote in direct if quote.speaker is not None} == {"Marta Ibáñez"}
    assert direct[5].text == "We have never seen queues like this in June,"
    assert text[direct[5].span.start : direct[5].span.end] == "We have never seen queues like this in June,"
    # the traced peak of the quote pass, in copies of the text at 4 bytes a character (the emoji):
    # the visible text and the engine's working data (its findings, the people index; 2.15 copies
    # at stop 64), not all the visible paragraphs on top (one more copy). The parser is built
    # before tracing starts: what its vocabularies hold does not grow with the text, and when it
    # was traced too (until stop 63) each new rule's words moved the figure (3.4 copies to 4.0)
    parser = QuoteParser()
    copy = 4 * len(text)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        parser.parse(text, paragraphs)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert peak < 2.6 * copy
