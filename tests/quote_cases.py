"""The table shape the quote-rule mutation tests share: a :class:`Case` of paragraphs and the
quotes expected, read by a fresh :class:`~newsparse.quotes.parser.QuoteParser` (of a language pack
when given) through :func:`quotes_of`, which checks every span on the way."""

from __future__ import annotations

import functools

import attrs

import newsparse
from newsparse.quotes.languages import language_pack
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Paragraph, QuoteKind, Span, collapse

#: ``(kind, text, start, end, cue, speaker's name, source)`` of one quote.
Row = tuple[str, str, int, int, str | None, str | None, str | None]
KINDS = {QuoteKind.DIRECT: "D", QuoteKind.INDIRECT: "R", QuoteKind.MIXED: "M"}


def parser_for(language: str | None) -> QuoteParser:
    """A fresh parser, of *language*'s pack if given."""
    if language is None:
        return QuoteParser()
    pack = language_pack(language)
    return pack.quotes(pack.vocabulary())


@attrs.frozen
class Case:
    """Paragraphs joined by *joiner*, read by a fresh parser (of *language*'s pack if given), and
    the quotes expected."""

    pieces: str | list[str]
    expected: list[Row]
    language: str | None = None
    joiner: str = "\n\n"


def quotes_of(case: Case) -> list[Row]:
    """Every quote of *case* as a :data:`Row`, after checking that its span and its speaker's
    slice the text back to them and that its paragraph is the one its span lies in."""
    pieces = [case.pieces] if isinstance(case.pieces, str) else case.pieces
    text = case.joiner.join(pieces)
    paragraphs, start = [], 0
    for piece in pieces:
        paragraphs.append(Paragraph(piece, Span(start, start + len(piece))))
        start += len(piece) + len(case.joiner)
    rows: list[Row] = []
    for quote in parser_for(case.language).parse(text, paragraphs):
        assert collapse(text[quote.span.start : quote.span.end]) == quote.text
        assert quote.paragraph == next(i for i, p in enumerate(paragraphs) if p.span.start <= quote.span.start < p.span.end)
        speaker = quote.speaker
        if speaker is not None and speaker.span is not None:
            assert collapse(text[speaker.span.start : speaker.span.end]) == speaker.mention
        name = speaker.name if speaker is not None else None
        rows.append((KINDS[quote.kind], quote.text, quote.span.start, quote.span.end, quote.cue, name, quote.source))
    return rows


def article_of(text: str, language: str | None = None, headline: str | None = "Harbour news") -> newsparse.Article:
    """*text* read by :func:`newsparse.parse_article` (or an :class:`~newsparse.ArticleParser` of
    *language*) as the story under *headline*; with no headline, *text* is the whole article."""
    whole = text if headline is None else f"{headline}\n\n{text}"
    if language is None:
        return newsparse.parse_article(whole)
    return article_parser(language).parse(whole)


@functools.cache
def article_parser(language: str | None = None) -> newsparse.ArticleParser:
    """One :class:`~newsparse.ArticleParser` of *language* (the default one for ``None``) for the
    whole run (parsers are stateless, and building one compiles its pack's patterns)."""
    return newsparse.ArticleParser(language=language)


#: ``(text, speaker's name, speaker's mention)`` of one quote of a whole article.
SpeakerRow = tuple[str, "str | None", "str | None"]
#: ``(text, kind, speaker's name)`` of one quote of a whole article.
KindRow = tuple[str, QuoteKind, "str | None"]
#: ``(text, kind, speaker's name, speaker's mention)`` of one quote of a whole article.
MentionRow = tuple[str, QuoteKind, "str | None", "str | None"]


def speaker_rows(text: str, language: str | None = None, headline: str | None = "Harbour news") -> list[SpeakerRow]:
    """The quotes of *text* read by :func:`article_of`, as :data:`SpeakerRow`: the speaker tables' shape."""
    return [(quoted, name, mention) for quoted, _, name, mention in mention_rows(text, language, headline)]


def kind_rows(text: str, language: str | None = None, headline: str | None = "Harbour news") -> list[KindRow]:
    """The quotes of *text* read by :func:`article_of`, as :data:`KindRow`."""
    return [(quoted, kind, name) for quoted, kind, name, _ in mention_rows(text, language, headline)]


def mention_rows(text: str, language: str | None = None, headline: str | None = "Harbour news") -> list[MentionRow]:
    """The quotes of *text* read by :func:`article_of`, as :data:`MentionRow`."""
    out: list[MentionRow] = []
    for quote in article_of(text, language, headline).quotes:
        speaker = quote.speaker
        out.append((quote.text, quote.kind, speaker and speaker.name, speaker and speaker.mention))
    return out


#: ``(text, speaker's name, source)`` of one quote of a whole article.
SourcedRow = tuple[str, "str | None", "str | None"]


def sourced_rows(text: str, language: str | None = None, headline: str | None = "Harbour news") -> list[SourcedRow]:
    """The quotes of *text* read by :func:`article_of`, as :data:`SourcedRow`: who speaks and who
    the article credits for the report (``according to X``)."""
    quotes = article_of(text, language, headline).quotes
    return [(quote.text, quote.speaker and quote.speaker.name, quote.source) for quote in quotes]


def speaker_names(article: newsparse.Article) -> list[str | None]:
    """Each quote's speaker's name in *article*, ``None`` where it has no speaker."""
    return [None if quote.speaker is None else quote.speaker.name for quote in article.quotes]


#: ``(text, speaker's name)`` of one quote of a whole article.
QuoteSpeaker = tuple[str, "str | None"]
#: ``(language, article, [(opening words of each quote, speaker's name)], what the row checks)``:
#: a row of the trial tables (:func:`check_openings`).
OpeningRow = tuple["str | None", str, list[QuoteSpeaker], str]


def quote_speakers(text: str, language: str | None = None) -> list[QuoteSpeaker]:
    """Each quote of *text*, read whole (its own headline) by :func:`article_parser`, with its
    speaker's name, ``None`` where it has none."""
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article_parser(language).parse(text).quotes]


def cue_speakers(text: str, language: str | None = None) -> list[tuple[str | None, str | None]]:
    """Each quote's cue and its speaker's name in *text*, read whole as :func:`quote_speakers` reads it."""
    return [(quote.cue, quote.speaker.name if quote.speaker else None) for quote in article_parser(language).parse(text).quotes]


def cued_quotes(text: str, language: str | None = None) -> list[tuple[str, str | None, str | None]]:
    """``(text, cue, speaker's name)`` of each quote of *text*, read whole as :func:`quote_speakers` reads it."""
    quotes = article_parser(language).parse(text).quotes
    return [(quote.text, quote.cue, quote.speaker.name if quote.speaker else None) for quote in quotes]


def speaker_mentions(text: str, language: str | None = None) -> list[str | None]:
    """Each quote's speaker's mention (the words as written) in *text*, read whole as
    :func:`quote_speakers` reads it."""
    return [quote.speaker.mention if quote.speaker else None for quote in article_parser(language).parse(text).quotes]


def article_speakers(text: str, language: str | None = None) -> list[str | None]:
    """Each quote's speaker's name in *text*, read whole as :func:`quote_speakers` reads it."""
    return [name for _, name in quote_speakers(text, language)]


def check_openings(row: OpeningRow) -> None:
    """That the article of a trial table's *row* has as many quotes as the row expects, each opening
    with the words expected and given the speaker expected (the row's reason the message)."""
    language, text, expected, why = row
    found = quote_speakers(text, language)
    openings = [(words[: len(opening)], speaker) for (words, speaker), (opening, _) in zip(found, expected, strict=False)]
    assert (len(found), openings) == (len(expected), expected), why


def check_distinct_articles(rows: list[OpeningRow]) -> None:
    """That no two rows of a trial table read the same article."""
    texts = [row[1] for row in rows]
    assert len(texts) == len(set(texts))


def speaker_of(story: str, words: str) -> str | None:
    """The speaker's name of the one quote of *story* whose text opens with *words*."""
    found = [quote for quote in article_of(story).quotes if quote.text.startswith(words)]
    assert len(found) == 1, [quote.text for quote in article_of(story).quotes]
    speaker = found[0].speaker
    return None if speaker is None else speaker.name
