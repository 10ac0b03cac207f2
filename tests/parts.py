"""What the tests share about an article's parts: the spans its block parts cover, and the lines
of the input that none of them holds (the contract: no text is silently lost)."""

from __future__ import annotations

import itertools

from newsparse import Article, ArticleParser, Span
from newsparse.lines import split_lines

#: One parser per language pack for the tables that parse many articles (:func:`parse`).
PARSERS: dict[str | None, ArticleParser] = {}


def parse(text: str, language: str | None = None) -> Article:
    """*text* parsed by the parser of *language* (English when ``None``), made once per pack."""
    if language not in PARSERS:
        PARSERS[language] = ArticleParser(language=language) if language else ArticleParser()
    return PARSERS[language].parse(text)


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


def sound(article: Article) -> bool:
    """Every line in a part, every span slicing back, and no two parts sharing a character."""
    spans = sorted((span.start, span.end) for span in part_spans(article))
    disjoint = all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))
    return holds_every_line(article) and disjoint


def texts(article: Article) -> list[str]:
    """The texts of the article's paragraphs."""
    return [paragraph.text for paragraph in article.paragraphs]
