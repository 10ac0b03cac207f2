"""What the tests share about an article's parts: the spans its block parts cover, and the lines
of the input that none of them holds (the contract: no text is silently lost)."""

from __future__ import annotations

from newsparse import Article, Span
from newsparse.lines import split_lines


def blocks(*pieces: str) -> str:
    """An article's text from its blocks (header lines, paragraphs), a blank line between each and a
    line end after the last, as a page copied into a text file reads."""
    return "\n\n".join(pieces) + "\n"


def part_spans(article: Article) -> list[Span]:
    """The spans of the parts that lines are sorted into: the kicker's ``section_span``, headline,
    byline, dateline, stamps, paragraphs, boilerplate and every print of a caption (quotes and
    speakers lie inside these), read from :meth:`Article.part_spans`."""
    return [span for path, span in article.part_spans() if not path.startswith("quotes[")]


def lost_lines(article: Article) -> list[str]:
    """The non-blank lines of the article's text that no part's span overlaps."""
    spans = part_spans(article)
    return [
        line.text
        for line in split_lines(article.text)
        if not any(span.start < line.span.end and line.span.start < span.end for span in spans)
    ]


def holds_every_line(article: Article) -> bool:
    """Whether every non-blank line of the input is in some part and every span slices back to its
    part's text."""
    return not lost_lines(article) and article.span_mismatches() == []
