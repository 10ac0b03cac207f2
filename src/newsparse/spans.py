"""Value types: spans into the input and the parts of an article.

Every part is a frozen, slotted attrs class.  Each one keeps the raw ``text`` it was
read from and a :class:`Span` so that ``article.text[span.start:span.end]`` is that text
(up to whitespace for paragraphs that were hard-wrapped in the input).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import json
from typing import Any

import attrs
import regex

__all__ = [
    "Article",
    "Boilerplate",
    "Byline",
    "Caption",
    "Dateline",
    "Headline",
    "MonthDay",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "Timestamp",
    "TimestampKind",
]

_WS = regex.compile(r"\s+")
_MONTH_DAY = regex.compile(r"--(\d\d)-(\d\d)")


def collapse(text: str) -> str:
    """Return *text* with each run of whitespace folded to one space, stripped."""
    return _WS.sub(" ", text).strip()


def _non_negative(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input text."""

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=attrs.validators.instance_of(int))

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"Span end {value} is before its start {self.start}")

    @classmethod
    def from_match(cls, match: regex.Match[str], group: int | str = 0, offset: int = 0) -> Span:
        """The span of *group* of *match*, shifted by *offset* (where the matched string began)."""
        start, end = match.span(group)
        return cls(start + offset, end + offset)

    @classmethod
    def from_list(cls, pair: Any) -> Span:
        """Read a span from its JSON form ``[start, end]``."""
        start, end = pair
        return cls(int(start), int(end))

    def slice(self, text: str) -> str:
        """The part of *text* this span covers."""
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """This span moved *offset* characters to the right."""
        return Span(self.start + offset, self.end + offset)

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_list(self) -> list[int]:
        """The JSON form, ``[start, end]``."""
        return [self.start, self.end]

    def __len__(self) -> int:
        return self.end - self.start


def _span_or_none(value: Any) -> Span | None:
    return None if value is None else Span.from_list(value)


@attrs.frozen
class MonthDay:
    """A calendar date whose year is not known, such as the ``Aug 13`` of a wire dateline.

    Its ISO 8601 form is ``--MM-DD``.
    """

    month: int = attrs.field(validator=attrs.validators.and_(attrs.validators.ge(1), attrs.validators.le(12)))
    day: int = attrs.field(validator=attrs.validators.ge(1))

    @day.validator
    def _check_day(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value > calendar.monthrange(2000, self.month)[1]:  # a leap year: Feb 29 exists in some year
            raise ValueError(f"month {self.month} has no day {value}")

    def isoformat(self) -> str:
        """``--MM-DD``."""
        return f"--{self.month:02d}-{self.day:02d}"

    @classmethod
    def fromisoformat(cls, value: str) -> MonthDay:
        """Read ``--MM-DD``."""
        match = _MONTH_DAY.fullmatch(value)
        if match is None:
            raise ValueError(f"not a --MM-DD date: {value!r}")
        return cls(int(match[1]), int(match[2]))


def _date_to_json(value: dt.date | MonthDay | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_json(value: str | None) -> dt.date | MonthDay | None:
    if value is None:
        return None
    if value.startswith("--"):
        return MonthDay.fromisoformat(value)
    return dt.date.fromisoformat(value)


@attrs.frozen
class Headline:
    """The article's title line."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Headline:
        return cls(data["text"], Span.from_list(data["span"]))


@attrs.frozen
class Byline:
    """Who wrote the article: ``authors`` in order, and the news ``agency`` if one is named."""

    authors: tuple[str, ...]
    agency: str | None
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "authors": list(self.authors),
            "agency": self.agency,
            "text": self.text,
            "span": self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Byline:
        return cls(tuple(data["authors"]), data["agency"], data["text"], Span.from_list(data["span"]))


@attrs.frozen
class Dateline:
    """The place (and often agency and date) that opens a wire story: ``MOSCOW, Aug 13 (Reuters) -``.

    ``date`` is a :class:`datetime.date` when the year is known (written, or taken from the
    ``reference_date`` given to the parser), a :class:`MonthDay` when it is not.
    """

    place: str | None
    agency: str | None
    date: dt.date | MonthDay | None
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place,
            "agency": self.agency,
            "date": _date_to_json(self.date),
            "text": self.text,
            "span": self.span.to_list(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Dateline:
        return cls(
            data["place"], data["agency"], _date_from_json(data["date"]), data["text"], Span.from_list(data["span"])
        )


class TimestampKind(enum.Enum):
    """Which moment a :class:`Timestamp` gives."""

    PUBLISHED = "published"
    UPDATED = "updated"


@attrs.frozen
class Timestamp:
    """A publication or update time read from a line such as ``Published: Aug 13, 2024 11:14 PM``.

    ``text`` is the date as written, without its label.
    """

    datetime: dt.datetime
    kind: TimestampKind
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"datetime": self.datetime.isoformat(), "text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, data: dict[str, Any], kind: TimestampKind) -> Timestamp:
        return cls(dt.datetime.fromisoformat(data["datetime"]), kind, data["text"], Span.from_list(data["span"]))


@attrs.frozen
class Caption:
    """A photo caption.  ``text`` excludes the credit; ``spans`` has one entry per occurrence,
    because web pages often print the same caption twice."""

    text: str
    credit: str | None
    spans: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit, "spans": [s.to_list() for s in self.spans]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Caption:
        return cls(data["text"], data["credit"], tuple(Span.from_list(s) for s in data["spans"]))


@attrs.frozen
class Paragraph:
    """A body paragraph; ``text`` has its whitespace collapsed (hard wraps joined)."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paragraph:
        return cls(data["text"], Span.from_list(data["span"]))


class QuoteKind(enum.Enum):
    """``DIRECT``: words inside quotation marks; ``INDIRECT``: reported speech;
    ``MIXED``: reported speech that quotes some of the words."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


@attrs.frozen
class Speaker:
    """Who is quoted.  ``name`` is resolved to the fullest form the article gives
    (``Putin`` -> ``Vladimir Putin``); ``mention`` is as written at the quote, with its ``span``."""

    name: str
    mention: str
    span: Span | None = None
    description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention,
            "span": None if self.span is None else self.span.to_list(),
            "description": self.description,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(data["name"], data["mention"], _span_or_none(data["span"]), data["description"])


@attrs.frozen
class Quote:
    """A quotation or piece of reported speech.

    ``cue`` is the attribution as written (``said``, ``According to``), ``source`` the
    outlet the article credits for it (``Al Jazeera reported``), and ``paragraph`` the index
    of the paragraph it stands in.
    """

    text: str
    span: Span
    kind: QuoteKind
    cue: str | None
    speaker: Speaker | None
    source: str | None
    paragraph: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "kind": self.kind.value,
            "cue": self.cue,
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "source": self.source,
            "paragraph": self.paragraph,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        speaker = data["speaker"]
        return cls(
            data["text"],
            Span.from_list(data["span"]),
            QuoteKind(data["kind"]),
            data["cue"],
            None if speaker is None else Speaker.from_dict(speaker),
            data["source"],
            int(data["paragraph"]),
        )


@attrs.frozen
class Boilerplate:
    """A line that is not part of the story: share buttons, ``Read more`` links, sign-offs,
    copyright, editor's notes, and any line no other parser claimed (kind ``other``)."""

    text: str
    kind: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Boilerplate:
        return cls(data["text"], data["kind"], Span.from_list(data["span"]))


@attrs.frozen
class Article:
    """A parsed article.  ``text`` is the input exactly as given; every part's span points into it.

    ``section`` holds the kicker's labels (``("CHINA", "SOCIETY")``) and ``section_span`` the
    kicker line.  Parts that are missing are ``None`` or empty tuples.
    """

    text: str
    section: tuple[str, ...] = ()
    section_span: Span | None = None
    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    published: Timestamp | None = None
    updated: Timestamp | None = None
    captions: tuple[Caption, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The article as plain JSON types (spans as ``[start, end]``, dates in ISO 8601)."""

        def opt(part: Headline | Byline | Dateline | Timestamp | None) -> dict[str, Any] | None:
            return None if part is None else part.to_dict()

        return {
            "section": list(self.section),
            "headline": opt(self.headline),
            "byline": opt(self.byline),
            "dateline": opt(self.dateline),
            "published": opt(self.published),
            "updated": opt(self.updated),
            "captions": [c.to_dict() for c in self.captions],
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "quotes": [q.to_dict() for q in self.quotes],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_html(self) -> str:
        """This article as one self-contained HTML page: :func:`newsparse.render_html`."""
        from .html import render_html  # imported here: newsparse.html imports this module

        return render_html(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, text: str = "") -> Article:
        """Rebuild an article from :meth:`to_dict`'s output.

        The JSON does not carry the input, so pass it as *text* to have ``Article.text`` back;
        ``section_span`` is not in the JSON either and comes back as ``None``.
        """

        def opt(key: str, build: Any) -> Any:
            value = data.get(key)
            return None if value is None else build(value)

        return cls(
            text=text,
            section=tuple(data.get("section") or ()),
            headline=opt("headline", Headline.from_dict),
            byline=opt("byline", Byline.from_dict),
            dateline=opt("dateline", Dateline.from_dict),
            published=opt("published", lambda d: Timestamp.from_dict(d, TimestampKind.PUBLISHED)),
            updated=opt("updated", lambda d: Timestamp.from_dict(d, TimestampKind.UPDATED)),
            captions=tuple(Caption.from_dict(c) for c in data.get("captions") or ()),
            paragraphs=tuple(Paragraph.from_dict(p) for p in data.get("paragraphs") or ()),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes") or ()),
            boilerplate=tuple(Boilerplate.from_dict(b) for b in data.get("boilerplate") or ()),
        )

    @classmethod
    def from_json(cls, data: str, *, text: str = "") -> Article:
        """Rebuild an article from :meth:`to_json`'s output."""
        return cls.from_dict(json.loads(data), text=text)
