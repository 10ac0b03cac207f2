"""Realistic articles that several test modules use (written for the project, invented events),
and the helpers that turn a list of paragraphs into a quote parser's input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from newsparse import Article
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Paragraph, Quote, Span, collapse
from parts import holds_every_line, parse

#: A web page copied with its kicker, byline, stamps, a caption and a wire dateline.
WEB_ARTICLE = (
    "WORLD / EUROPE\n"
    "Dutch farmers block motorways in protest over nitrogen rules\n"
    "By Eva Jansen and Pieter de Vries\n"
    "Published: Mar 4, 2025 09:05 AM\n"
    "Updated: Mar 4, 2025 11:40 AM\n"
    "\n"
    "Tractors parked across the A12 motorway near Utrecht on Tuesday morning. Photo: Sanne Visser\n"
    "\n"
    "THE HAGUE (Reuters) — Thousands of Dutch farmers drove tractors onto motorways\n"
    "on Tuesday, causing traffic jams of more than 900 km, the national road\n"
    "authority said.\n"
    "\n"
    '"We have been patient for five years, and patience has run out," said Henk Bosman, a\n'
    "dairy farmer from Gelderland.\n"
    "\n"
    "Agriculture Minister Femke Wiersma said the government would meet farmers' groups on Friday.\n"
    "\n"
    "Tractors parked across the A12 motorway near Utrecht on Tuesday morning. Photo: Sanne Visser\n"
    "\n"
    "Read more: Why nitrogen matters for Dutch farming\n"
    "\n"
    "(Reporting by Eva Jansen; Editing by Mark Potter)\n"
)

#: A short Reuters-style wire story: a headline, a dateline, reported speech and a direct quote.
WIRE = (
    "Russia says it repelled drone attack on Moscow region\n"
    "\n"
    "MOSCOW, Aug 13 (Reuters) - Russian air defences destroyed 11 drones overnight\n"
    "over the Moscow region, the defence ministry said on Tuesday.\n"
    "\n"
    '"The attack was repelled," Mayor Sergei Sobyanin wrote on Telegram.\n'
)


def paragraphs_of(pieces: list[str]) -> tuple[str, list[Paragraph]]:
    """The text of *pieces* joined by blank lines, and a paragraph for each piece with its span."""
    text = "\n\n".join(pieces)
    paragraphs, start = [], 0
    for piece in pieces:
        paragraphs.append(Paragraph(piece, Span(start, start + len(piece))))
        start += len(piece) + 2
    return text, paragraphs


def checked_quotes(pieces: str | list[str], parser: QuoteParser | None = None) -> list[Quote]:
    """The quotes a fresh ``QuoteParser`` (or *parser*) finds in *pieces* (one paragraph or several), after
    checking that each quote's span and its speaker's span slice the text to them (whitespace
    collapsed), inside the quote's paragraph."""
    text, paragraphs = paragraphs_of([pieces] if isinstance(pieces, str) else pieces)
    quotes = (parser if parser is not None else QuoteParser()).parse(text, paragraphs)
    for quote in quotes:
        assert collapse(text[quote.span.start : quote.span.end]) == quote.text
        assert quote.paragraph is not None
        paragraph = paragraphs[quote.paragraph].span
        assert paragraph.start <= quote.span.start <= quote.span.end <= paragraph.end
        if quote.speaker is not None and quote.speaker.span is not None:
            assert collapse(text[quote.speaker.span.start : quote.speaker.span.end]) == quote.speaker.mention
    return list(quotes)


def set_at(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    """A change to an article's JSON that sets the value at *path* (keys and indexes)."""

    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def delete_at(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    """A change to an article's JSON that deletes the value at *path*."""

    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


def parse_held(text: str, language: str | None = None) -> Article:
    """*text* parsed by the parser of *language* (:func:`parts.parse`), after checking that every
    line is held by a part and every span slices back (:func:`parts.holds_every_line`)."""
    article = parse(text, language)
    assert holds_every_line(article)
    return article


def offset_hours(when: dt.datetime) -> float | None:
    """The UTC offset of *when* in hours, or ``None`` when it has no zone."""
    delta = when.utcoffset()
    return None if delta is None else delta.total_seconds() / 3600


def stamp_isoformats(text: str, language: str | None = None) -> tuple[str | None, str | None]:
    """The ``published`` and ``updated`` datetimes of *text*, parsed by the parser of *language*,
    in ISO format (``None`` for a stamp not found)."""
    article = parse(text, language)
    published = article.published.datetime.isoformat() if article.published else None
    updated = article.updated.datetime.isoformat() if article.updated else None
    return published, updated


def parts_of(article: Article) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]], list[str]]:
    """The article's captions (text, credit), boilerplate (kind, text) and paragraphs, in order."""
    captions = [(caption.text, caption.credit) for caption in article.captions]
    filed = [(item.kind, item.text) for item in article.boilerplate]
    return captions, filed, [paragraph.text for paragraph in article.paragraphs]
