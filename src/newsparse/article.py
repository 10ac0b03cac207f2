"""The pipeline: :class:`ArticleParser` composes one parser per part, and :func:`parse_article`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import ClassVar

import attrs
import regex

from .body import BodyParser, BoilerplateParser
from .byline import BylineParser
from .caption import CaptionLine, CaptionParser
from .dateline import DatelineParser, TimestampParser
from .errors import ArticleTooLarge, check_limit, check_option, check_text
from .headline import HeadlineParser
from .lines import Line, split_lines
from .quotes import QuoteParser
from .quotes.languages import language_pack
from .section import SectionParser
from .spans import (
    Article,
    Boilerplate,
    Byline,
    Dateline,
    Headline,
    Paragraph,
    Span,
    Timestamp,
    TimestampKind,
    collapse,
)
from .vocabulary import Vocabulary

__all__ = ["ArticleParser", "parse_article"]

_BY = regex.compile(r"(?<=\s)(?:by|By|BY)\s")


@attrs.define
class _Parts:
    """What one call has found so far (local to the call, never stored on the parser)."""

    section: tuple[str, ...] = ()
    section_span: Span | None = None
    headline: Headline | None = None
    byline: Byline | None = None
    published: Timestamp | None = None
    updated: Timestamp | None = None
    captions: list[CaptionLine] = attrs.Factory(list)
    boilerplate: list[Boilerplate] = attrs.Factory(list)
    body: list[Line] = attrs.Factory(list)

    def copy(self) -> _Parts:
        """A copy whose lists can change without changing this one's."""
        return attrs.evolve(self, captions=list(self.captions), boilerplate=list(self.boilerplate), body=list(self.body))

    def restore(self, saved: _Parts) -> None:
        """Go back to what *saved* (a :meth:`copy`) holds."""
        for field in attrs.fields(_Parts):
            setattr(self, field.name, getattr(saved, field.name))

    def add_stamp(self, stamp: Timestamp) -> None:
        if stamp.kind is TimestampKind.UPDATED and self.updated is None:
            self.updated = stamp
        elif stamp.kind is TimestampKind.PUBLISHED and self.published is None:
            self.published = stamp
        else:
            self.boilerplate.append(Boilerplate(stamp.text, "timestamp", stamp.span))


class ArticleParser:
    """Parses the plain text of a news article into an :class:`~newsparse.Article`.

    Each part has its own parser, passed to the constructor (a default is built when one is
    left out), so changing one behaviour is one subclass::

        >>> from newsparse import ArticleParser, CaptionParser
        >>> class Captions(CaptionParser):
        ...     CREDIT_WORDS = CaptionParser.CREDIT_WORDS + ("Foto",)
        >>> parser = ArticleParser(captions=Captions())
        >>> article = parser.parse("Title\\n\\nA man waves from a boat on the river. Foto: Ana Lima\\n\\nBody.")
        >>> article.captions[0].credit
        'Ana Lima'

    The stages run in this order: the section kicker on the first line; the header lines
    (byline, timestamps, captions, boilerplate, headline) until running text begins; the body
    lines (captions, timestamps and boilerplate taken out, the rest grouped into paragraphs);
    the dateline at the start of the first paragraph; and the quotes in the paragraphs.

    A parser holds no per-call state: one instance may be shared by threads and pickled.
    """

    #: How many lines (captions and boilerplate aside) after a prose line in the header to look
    #: for more prose before deciding that the line is a standfirst, not the first paragraph.
    HEADER_LOOKAHEAD: ClassVar[int] = 2
    #: How far after a header line to look for the same line printed again (a teaser).
    TEASER_WINDOW: ClassVar[int] = 20_000
    #: The most words a header line may have for a date inside it to be read as a timestamp.
    STAMP_LINE_WORDS: ClassVar[int] = 12
    #: The most words a line may have to become a caption because a credit line follows it.
    CAPTION_MAX_WORDS: ClassVar[int] = 60
    #: How many hard-wrapped lines to join when deciding whether a line starts running text.
    PROSE_LINES: ClassVar[int] = 6
    #: The most lines the header may have.
    MAX_HEADER_LINES: ClassVar[int] = 60
    #: The longest text, in characters, that :meth:`parse` takes when no ``max_chars`` is given.
    MAX_CHARS: ClassVar[int] = 50_000_000

    def __init__(
        self,
        *,
        vocabulary: Vocabulary | None = None,
        section: SectionParser | None = None,
        headline: HeadlineParser | None = None,
        timestamps: TimestampParser | None = None,
        byline: BylineParser | None = None,
        captions: CaptionParser | None = None,
        boilerplate: BoilerplateParser | None = None,
        dateline: DatelineParser | None = None,
        body: BodyParser | None = None,
        quotes: QuoteParser | None = None,
        max_chars: int | None = None,
        language: str | None = None,
    ) -> None:
        self.check_options(locals())
        #: The longest text :meth:`parse` takes; longer raises :class:`~newsparse.ArticleTooLarge`.
        self.max_chars = self.MAX_CHARS if max_chars is None else check_limit("ArticleParser", "max_chars", max_chars)
        # a language pack (newsparse.quotes.languages) gives the default vocabulary and quote parser
        checked = check_option("ArticleParser", "language", language, str)
        pack = language_pack(checked) if checked is not None else None
        self.vocabulary = vocabulary or (pack.vocabulary() if pack is not None else Vocabulary())
        self.section = section or SectionParser()
        self.headline = headline or HeadlineParser()
        self.timestamps = timestamps or TimestampParser(self.vocabulary)
        self.byline = byline or BylineParser(self.vocabulary)
        self.captions = captions or CaptionParser()
        self.boilerplate = boilerplate or BoilerplateParser()
        self.dateline = dateline or DatelineParser(self.vocabulary)
        self.body = body or BodyParser()
        self.quotes = quotes or (pack.quotes if pack is not None else QuoteParser)(self.vocabulary)

    #: The type each part argument of the constructor must have (or be ``None``).
    PART_TYPES: ClassVar[dict[str, type]] = {
        "vocabulary": Vocabulary,
        "section": SectionParser,
        "headline": HeadlineParser,
        "timestamps": TimestampParser,
        "byline": BylineParser,
        "captions": CaptionParser,
        "boilerplate": BoilerplateParser,
        "dateline": DatelineParser,
        "body": BodyParser,
        "quotes": QuoteParser,
    }

    def check_options(self, given: dict[str, object]) -> None:
        """Raise :class:`TypeError` for a constructor argument that is not of its :attr:`PART_TYPES` type."""
        for name, expected in self.PART_TYPES.items():
            check_option(type(self).__name__, name, given.get(name), expected)

    def parse(self, text: str, *, reference_date: dt.date | None = None) -> Article:
        """Parse *text*.  *reference_date* (the day the article was filed, roughly) gives a year
        to dates written without one; without it such a dateline date stays a ``MonthDay``.

        Raises :class:`TypeError` when *text* is not a ``str`` and
        :class:`~newsparse.ArticleTooLarge` when it is longer than ``max_chars``; any other ``str`` parses.
        """
        text = check_text(text)
        if len(text) > self.max_chars:
            raise ArticleTooLarge(len(text), self.max_chars)
        if reference_date is not None and not isinstance(reference_date, dt.date):
            raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
        if isinstance(reference_date, dt.datetime):
            reference_date = reference_date.date()
        lines = split_lines(text)
        parts = _Parts()
        start = self.read_section(text, lines, parts)
        start = self.read_header(text, lines, start, parts, reference_date)
        self.read_body(lines[start:], parts, reference_date)
        paragraphs = self.body.parse(parts.body)
        dateline, paragraphs = self.read_dateline(text, paragraphs, reference_date)
        captions = self.captions.group(parts.captions)
        context = [p.span for p in ((parts.headline,) if parts.headline else ())]
        context += [span for caption in captions for span in caption.spans[:1]]
        quotes = self.quotes.parse(text, paragraphs, context=context, headline=parts.headline.span if parts.headline else None)
        return Article(
            text=text,
            section=parts.section,
            section_span=parts.section_span,
            headline=parts.headline,
            byline=parts.byline,
            dateline=dateline,
            published=parts.published,
            updated=parts.updated,
            captions=captions,
            paragraphs=paragraphs,
            quotes=quotes,
            boilerplate=tuple(sorted(parts.boilerplate, key=lambda b: b.span)),
        )

    def read_section(self, text: str, lines: Sequence[Line], parts: _Parts) -> int:
        """Read the kicker on the first line; return where the header starts."""
        if len(lines) < 2:
            return 0
        section = self.section.parse(lines, 0)
        if section is None or not self.headline.is_candidate(lines[1]):
            return 0
        if self.dateline.parse(text, lines[1].span) is not None:
            return 0
        parts.section, parts.section_span = section.labels, section.span
        return 1

    def read_header(
        self, text: str, lines: Sequence[Line], index: int, parts: _Parts, reference_date: dt.date | None
    ) -> int:
        """Read header lines from *index* on; return the index of the first body line.

        Lines no parser claims (an author's title, a handle, a standfirst) stay in the header as
        boilerplate while the body has not begun.  If no line ever reads as the start of the body,
        the body starts at the first unclaimed line after all.
        """
        limit = min(len(lines), index + self.MAX_HEADER_LINES)
        fallback: tuple[int, _Parts] | None = None
        while index < limit:
            consumed = self.read_header_line(text, lines, index, parts, reference_date)
            if consumed == 0:
                kind = self.header_debris_kind(text, lines, index, parts, reference_date)
                if kind is None:
                    return index
                if fallback is None:
                    fallback = (index, parts.copy())
                parts.boilerplate.append(Boilerplate(lines[index].text, kind, lines[index].span))
                consumed = 1
            index += consumed
        if fallback is not None:  # the header ran out (or hit its limit) without running text
            parts.restore(fallback[1])
            return fallback[0]
        return index

    def read_header_line(
        self, text: str, lines: Sequence[Line], index: int, parts: _Parts, reference_date: dt.date | None
    ) -> int:
        """Claim ``lines[index]`` (and maybe the lines after it) for a header part; return how
        many lines were claimed, 0 when no header parser claims it."""
        line = lines[index]
        if self.dateline.parse(text, line.span, reference_date) is not None:
            return 0
        if parts.byline is None:  # before stamps: "By Umair Irfan Updated Nov 13, 2019" is both
            byline = self.byline.parse(lines, index) or self.byline_after_stamp(text, line, parts, reference_date)
            if byline is not None:
                parts.byline = self.byline_with_stamp(text, line, byline, parts, reference_date)
                return sum(1 for ln in lines[index:] if ln.span.start < byline.span.end)
        stamps = self.timestamps.parse(lines, index, reference_date)
        if stamps:
            for stamp in stamps:
                parts.add_stamp(stamp)
            return 1
        if parts.byline is None and parts.headline is not None and self.beside_stamp(lines, index, reference_date):
            byline = self.byline.parse_bare(line)
            if byline is not None:
                parts.byline = byline
                return 1
        caption = self.captions.parse_line(line)
        if caption is not None:
            parts.captions.append(caption)
            return 1
        boilerplate = self.classify_boilerplate(line)
        if boilerplate is not None:
            before = parts.boilerplate[-1] if parts.boilerplate else None
            parts.boilerplate.append(boilerplate)
            if boilerplate.kind == "credit":
                # the line above may have been filed as unclaimed header; a credit makes it a caption
                unclaimed = before if before is not None and before.kind in ("other", "standfirst") else None
                above = lines[index - 1] if index else None
                candidate = above if unclaimed is not None and above is not None and unclaimed.span == above.span else None
                if self.credit_above(lines, index, parts, candidate) and unclaimed is not None:
                    parts.boilerplate.remove(unclaimed)
            return 1
        if parts.headline is None and not (len(lines) == 1 and self.is_prose(lines, index)):
            # (a text of one sentence-like line is a paragraph, not a headline)
            headline = self.headline.parse(lines, index)
            if headline is not None:
                parts.headline = headline
                return 1
        if len(line.text.split()) <= self.STAMP_LINE_WORDS and not self.is_prose(lines, index):
            # "LinkNaija October 06, 2018", "Carlos Nadalim 27/09/2018 Comente!"
            found = self.timestamps.find(line.text, line.span.start, reference_date)
            if found is not None:
                parts.add_stamp(found)
                return 1
        return 0

    def beside_stamp(self, lines: Sequence[Line], index: int, reference_date: dt.date | None) -> bool:
        """Whether a timestamp line is right before ``lines[index]`` or within the two lines after
        it, where a byline without ``By`` sits on news pages."""
        near = [index - 1, index + 1, index + 2]
        return any(0 <= i < len(lines) and bool(self.timestamps.parse(lines, i, reference_date)) for i in near)

    def byline_with_stamp(
        self, text: str, line: Line, byline: Byline, parts: _Parts, reference_date: dt.date | None
    ) -> Byline:
        """A byline that stops short of its line's end (``By Tess Bonn - 11/19/19 06:56 AM EST``):
        read a timestamp from the rest of the line, or else let the byline run to the line's end."""
        if not line.span.start <= byline.span.end < line.span.end:
            return byline
        rest = text[byline.span.end : line.span.end]
        stamp = self.timestamps.find(rest, byline.span.end, reference_date)
        if stamp is not None:
            parts.add_stamp(stamp)
            return byline
        return attrs.evolve(byline, text=line.text, span=line.span)

    def byline_after_stamp(self, text: str, line: Line, parts: _Parts, reference_date: dt.date | None) -> Byline | None:
        """A line that gives the time and then the author: ``Monday November 18, 2019 7:45 am PST by Joe Rossignol``."""
        match = _BY.search(line.text)
        if match is None:
            return None
        start = line.span.start + match.start()
        tail = Line(line.text[match.start() :], Span(start, line.span.end), 0, False)
        byline = self.byline.parse((tail,), 0)
        if byline is None:
            return None
        stamp = self.timestamps.find(line.text[: match.start()], line.span.start, reference_date)
        if stamp is None:
            return None
        parts.add_stamp(stamp)
        return byline

    def header_debris_kind(
        self, text: str, lines: Sequence[Line], index: int, parts: _Parts, reference_date: dt.date | None
    ) -> str | None:
        """For a header line no parser claimed: ``None`` when the body starts here (a dateline, or
        prose followed by more prose), else the boilerplate kind to file it under: ``standfirst``
        for prose under the headline that more header follows, ``other`` for the rest."""
        if self.dateline.parse(text, lines[index].span, reference_date) is not None:
            return None
        if not self.is_prose(lines, index):
            return "other"
        line = lines[index]
        repeated = self.printed_again(text, line)  # a teaser that the body prints again
        if not repeated and self.prose_follows(text, lines, index, reference_date):
            return None
        return "standfirst" if parts.headline is not None else "other"

    def printed_again(self, text: str, line: Line) -> bool:
        """Whether *line* stands again, as a whole line, within :attr:`TEASER_WINDOW` characters after it."""
        stop = min(len(text), line.span.end + self.TEASER_WINDOW)
        at = text.find(line.text, line.span.end, stop)
        for _ in range(5):  # a few occurrences are enough to look at
            if at < 0:
                break
            before = text[max(0, at - 200) : at].rstrip(" \t\xa0")
            after = text[at + len(line.text) : at + len(line.text) + 200].lstrip(" \t\xa0")
            if (not before or before[-1] in "\r\n") and (not after or after[0] in "\r\n"):
                return True
            at = text.find(line.text, at + 1, stop)
        return False

    def is_prose(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` (with the lines that continue it, in hard-wrapped text) reads
        as running text: twenty words, or eight that end a sentence."""
        words = lines[index].text.split()
        end = index
        while (
            end + 1 < len(lines)
            and end - index < self.PROSE_LINES
            and not lines[end + 1].blank_before
            and self.body.continues(lines[end], lines[end + 1])
        ):
            end += 1
            words += lines[end].text.split()
        last = lines[end].text
        if len(words) >= 20:
            return True
        return len(words) >= 8 and last[-1] in ".!?:\"”’'" and any(w[:1].islower() for w in words)

    def prose_follows(self, text: str, lines: Sequence[Line], index: int, reference_date: dt.date | None) -> bool:
        """Whether more running text (or the end of the text) comes after ``lines[index]`` within
        the next :attr:`HEADER_LOOKAHEAD` lines that are not captions or boilerplate.  A timestamp or
        byline first means the header goes on, so ``lines[index]`` is a standfirst."""
        seen = 0
        for ahead in range(index + 1, len(lines)):
            line = lines[ahead]
            if self.captions.parse_line(line) is not None or self.classify_boilerplate(line) is not None:
                continue
            if self.is_prose(lines, ahead) or self.dateline.parse(text, line.span, reference_date) is not None:
                return True
            if self.timestamps.parse(lines, ahead, reference_date) or self.byline.parse(lines, ahead) is not None:
                return False
            seen += 1
            if seen >= self.HEADER_LOOKAHEAD:
                return False
        return True

    def classify_boilerplate(self, line: Line) -> Boilerplate | None:
        """Boilerplate for *line*: a bare credit line (``Photo: Jane Doe, AP``), or what the
        boilerplate parser recognises."""
        if self.captions.is_credit_line(line):
            return Boilerplate(line.text, "credit", line.span)
        return self.boilerplate.parse_line(line)

    def credit_above(self, lines: Sequence[Line], index: int, parts: _Parts, candidate: Line | None) -> bool:
        """Give the credit on ``lines[index]`` to what stands above it: the caption there when it has
        no credit, else *candidate* (the line above, still unclaimed), which becomes a caption.
        Returns whether *candidate* became a caption, so that the caller takes it out."""
        if self.credit_caption_above(lines, index, parts):
            return False
        return (
            candidate is not None
            and index > 0
            and candidate.span == lines[index - 1].span
            and self.credit_previous(candidate, lines[index], parts)
        )

    def credit_caption_above(self, lines: Sequence[Line], index: int, parts: _Parts) -> bool:
        """Give a credit line's credit to the caption on the line above when that caption has none."""
        last = parts.captions[-1] if parts.captions else None
        if not index or last is None or last.credit is not None or not lines[index - 1].span.overlaps(last.span):
            return False
        parts.captions[-1] = attrs.evolve(last, credit=self.captions.credit_of(lines[index]))
        return True

    def read_body(self, lines: Sequence[Line], parts: _Parts, reference_date: dt.date | None = None) -> None:
        """Sort body lines into captions, timestamps, boilerplate and paragraph lines.

        A paragraph line that follows a removed line starts a new paragraph.  Lines that are not
        running text and follow a ``related`` label (``Trending News`` and its list of headlines)
        are ``related`` too; such lines after the last paragraph (page navigation) are ``other``.
        """
        removed = False
        in_related = False
        for index, line in enumerate(lines):
            claimed = self.read_body_line(lines, index, parts, reference_date)
            if claimed is None and parts.headline is not None and line.text == parts.headline.text:
                claimed = Boilerplate(line.text, "other", line.span)  # the headline printed again
                parts.boilerplate.append(claimed)
            if claimed is None and in_related and self.is_link_line(lines, index):
                claimed = Boilerplate(line.text, "related", line.span)
                parts.boilerplate.append(claimed)
            if claimed is not None:
                removed = True
                in_related = isinstance(claimed, Boilerplate) and claimed.kind == "related"
                continue
            in_related = False
            parts.body.append(attrs.evolve(line, blank_before=True) if removed else line)
            removed = False
        while parts.body and self.is_link_line(parts.body, len(parts.body) - 1) and parts.body[-1].blank_before:
            line = parts.body.pop()
            parts.boilerplate.append(Boilerplate(line.text, "other", line.span))

    def read_body_line(
        self, lines: Sequence[Line], index: int, parts: _Parts, reference_date: dt.date | None
    ) -> CaptionLine | Boilerplate | Timestamp | None:
        """Claim a body line for a caption, a timestamp or boilerplate (recorded in *parts*);
        ``None`` leaves it for the paragraphs."""
        line = lines[index]
        caption = self.captions.parse_line(line)
        if caption is not None:
            parts.captions.append(caption)
            return caption
        stamps = self.timestamps.parse(lines, index, reference_date)
        if stamps:
            for stamp in stamps:
                parts.add_stamp(stamp)
            return stamps[0]
        boilerplate = self.classify_boilerplate(line)
        if boilerplate is not None:
            parts.boilerplate.append(boilerplate)
            if boilerplate.kind == "credit" and self.credit_above(lines, index, parts, parts.body[-1] if parts.body else None):
                parts.body.pop()
        return boilerplate

    def credit_previous(self, previous: Line, credit_line: Line, parts: _Parts) -> bool:
        """A credit on a line of its own (``Photo by David Dyer-Bennet``) makes the line above it a
        caption, when that line is short enough to be one.  Returns whether it did; the caller then
        takes the line out of wherever it had put it."""
        credit = self.captions.credit_of(credit_line)
        if len(previous.text.split()) > self.CAPTION_MAX_WORDS or credit is None:
            return False
        parts.captions.append(CaptionLine(previous.text, credit, previous.span))
        return True

    def is_link_line(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` reads as a link or heading rather than text: not running text,
        and not ending a sentence."""
        text = lines[index].text
        return not self.is_prose(lines, index) and text[-1] not in ".!?\"”’'" and lines[index].indent < self.body.INDENT

    def read_dateline(
        self, text: str, paragraphs: tuple[Paragraph, ...], reference_date: dt.date | None
    ) -> tuple[Dateline | None, tuple[Paragraph, ...]]:
        """Take the dateline off the first paragraph."""
        if not paragraphs:
            return None, paragraphs
        first = paragraphs[0]
        dateline = self.dateline.parse(text, first.span, reference_date)
        if dateline is None:
            return None, paragraphs
        rest = text[dateline.span.end : first.span.end]
        if not rest.strip():
            return dateline, paragraphs[1:]
        start = dateline.span.end + len(rest) - len(rest.lstrip())
        remainder = Paragraph(collapse(text[start : first.span.end]), Span(start, first.span.end))
        return dateline, (remainder, *paragraphs[1:])


_DEFAULT_PARSER = ArticleParser()


def parse_article(text: str, *, reference_date: dt.date | None = None) -> Article:
    """Parse the plain text of a news article with the default :class:`ArticleParser`.

    >>> article = parse_article("WORLD\\nRain ends drought\\n\\nPARIS (AFP) - It rained, officials said.")
    >>> article.section, article.headline.text, article.dateline.place
    (('WORLD',), 'Rain ends drought', 'PARIS')
    >>> article.paragraphs[0].text
    'It rained, officials said.'
    """
    return _DEFAULT_PARSER.parse(text, reference_date=reference_date)
