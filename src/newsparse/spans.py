"""Value types: spans into the input and the parts of an article.

Every part is a frozen, slotted attrs class.  Each one keeps the ``text`` it was read from and a
:class:`Span` into the input.  For a headline, dateline, timestamp, boilerplate line and caption
occurrence, ``text`` is exactly ``article.text[span.start:span.end]``; for a paragraph, quote,
speaker mention and byline it is that slice with its whitespace collapsed (:func:`collapse`).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import heapq
import io
import itertools
import json
import re
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, MutableSequence, Sequence
from typing import Any, ClassVar, Protocol, TypeVar, overload

import attrs
import regex

from .errors import SchemaError, check_text

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Boilerplate",
    "BoilerplateLines",
    "BoilerplateList",
    "Byline",
    "Caption",
    "Dateline",
    "Headline",
    "MonthDay",
    "Paragraph",
    "Paragraphs",
    "Parts",
    "Quote",
    "QuoteKind",
    "QuoteList",
    "Quotes",
    "Span",
    "Speaker",
    "TailPackedList",
    "Timestamp",
    "TimestampKind",
]

_MONTH_DAY = regex.compile(r"--(\d\d)-(\d\d)")

#: The version of the layout :meth:`Article.to_dict` writes.  2 added ``schema_version`` and
#: ``section_span``; JSON without ``schema_version`` is version 1 and still reads.  3 added a
#: stamp's ``has_time``; a stamp without it (versions 1 and 2) reads as ``has_time=True``.
SCHEMA_VERSION = 3
#: The top-level keys of an article's JSON, in the order :meth:`Article.to_dict` writes them.
ARTICLE_KEYS = (
    "schema_version", "section", "section_span", "headline", "byline", "dateline", "published", "updated",
    "captions", "paragraphs", "quotes", "boilerplate",
)
#: The top-level keys that JSON of version 1 (no ``schema_version``) does not have.
VERSION_1_ABSENT = frozenset({"schema_version", "section_span"})

#: How many members of an array :func:`write_json_value` encodes at once: enough that the encoder
#: runs in long strides, few enough that their dicts and text stay small.
JSON_BATCH = 256


def collapse(text: str, start: int = 0, end: int | None = None) -> str:
    """Return *text* (``text[start:end]`` when given bounds) with each run of whitespace folded to
    one space, stripped.

    Whitespace is what :meth:`str.isspace` says it is, the definition :meth:`str.split`,
    :meth:`str.strip` and the line splitter use too, so that the text of a part and the slice of
    its span agree for any input (``\\x1c``-``\\x1f``, ``\\x85`` and ``\\u2028`` included).

    >>> collapse(" Rain\\r\\n  ends\\x1fdrought\\u00a0")
    'Rain ends drought'
    >>> collapse("He said: “We  lost.”", 10, 19)
    'We lost.'

    A long text is folded in pieces of about :data:`COLLAPSE_PIECE` characters, each cut before
    whitespace, so that no list of all its words is ever built (nor a copy of the bounded part);
    one with nothing to fold comes back as it is, not copied.
    """
    stop = len(text) if end is None else max(start, min(end, len(text)))
    if stop - start <= COLLAPSE_PIECE:
        if start or stop < len(text):
            text = text[start:stop]
        if "  " not in text and text.isprintable() and text[:1] != " " and text[-1:] != " ":
            return text  # (single spaces only: str.isprintable is false for all other whitespace)
        return " ".join(text.split())
    if text[start] != " " and text[stop - 1] != " " and _UNFOLDED.search(text, start, stop) is None:
        return text if stop - start == len(text) else text[start:stop]  # one scan: nothing to fold
    parts: list[str] = []
    at = start
    while at < stop:
        space = _SPACE.search(text, at + COLLAPSE_PIECE, stop)  # (str.isspace's whitespace, as split's)
        cut = space.start() if space is not None else stop
        part = " ".join(text[at:cut].split())
        if part:
            parts.append(part)
        at = cut
    folded = " ".join(parts)
    del parts
    if len(folded) == stop - start and text.startswith(folded, start):  # (nothing folded after all)
        return text if stop - start == len(text) else text[start:stop]
    return folded


#: How many characters :func:`collapse` folds at a time.
COLLAPSE_PIECE = 1 << 16
_SPACE = re.compile(r"\s")
# What collapse folds inside a text: whitespace other than a space, two spaces (a space at either
# end is read apart: a search between bounds sees no end of the text there).
_UNFOLDED = re.compile(r"[^\S ]|  ")


_T = TypeVar("_T")


def _within(path: str, build: Callable[[], _T]) -> _T:
    """Run *build*; a :class:`SchemaError` from it gets *path* put in front of its own."""
    try:
        return build()
    except SchemaError as error:
        raise error.within(path) from error.__cause__


def _mapping(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise SchemaError("", f"expected an object, got {_kind(data)}")
    return data


def _kind(value: Any) -> str:
    """How a JSON value is named in an error message."""
    names = {type(None): "null", bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    names |= {list: "an array", tuple: "an array", dict: "an object"}
    return names.get(type(value), f"a {type(value).__name__}")


def _shown(value: Any) -> str:
    """The ``repr`` of a value for an error message, cut short."""
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:59] + "…"


def _key(data: Any, key: str) -> Any:
    """``data[key]``, with a :class:`SchemaError` when *data* is not an object or lacks *key*."""
    if key not in _mapping(data):
        raise SchemaError(key, "is missing")
    return data[key]


def _str(data: Any, key: str, *, optional: bool = False) -> Any:
    value = _key(data, key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise SchemaError(key, f"expected a string{' or null' if optional else ''}, got {_kind(value)}")
    return value


def _bool(data: Any, key: str, *, absent: bool) -> bool:
    """``data[key]``, a boolean, or *absent* when *data* lacks *key* (JSON written before the key was)."""
    value = _mapping(data).get(key, absent)
    if not isinstance(value, bool):
        raise SchemaError(key, f"expected a boolean, got {_kind(value)}")
    return value


def _strings(data: Any, key: str) -> tuple[str, ...]:
    value = _key(data, key)
    if not isinstance(value, list):
        raise SchemaError(key, f"expected an array of strings, got {_kind(value)}")
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise SchemaError(f"{key}[{index}]", f"expected a string, got {_kind(item)}")
    return tuple(value)


def _items(data: Any, key: str, build: Callable[[Any], _T]) -> tuple[_T, ...]:
    """The array under *key* (a missing key or ``null`` being empty), each item read with *build*."""
    value = _mapping(data).get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise SchemaError(key, f"expected an array, got {_kind(value)}")
    return tuple(_within(f"{key}[{index}]", functools.partial(build, item)) for index, item in enumerate(value))


def _int(data: Any, key: str) -> int:
    value = _key(data, key)
    if type(value) is not int or value < 0:
        raise SchemaError(key, f"expected a non-negative integer, got {_shown(value)}")
    return value


def _span(data: Any, key: str, *, optional: bool = False) -> Any:
    value = _key(data, key)
    if value is None and optional:
        return None
    return _within(key, lambda: Span.from_list(value))


def _parsed(key: str, build: Callable[[], _T]) -> _T:
    """Run *build*, which reads the value under *key*; its ``ValueError`` becomes a :class:`SchemaError`."""
    try:
        return build()
    except SchemaError:
        raise
    except (ValueError, TypeError, OverflowError) as error:
        message = str(error)
        raise SchemaError(key, message if len(message) <= 200 else message[:199] + "…") from error


def _non_negative(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must be >= 0, got {value}")


_IS_INT = attrs.validators.instance_of(int)


def _check_span(instance: Span, attribute: attrs.Attribute[int], end: int) -> None:
    """Both ends are integers and ``0 <= start <= end``: one test for the usual span (spans are made
    by the thousand per article), the error of the first check that fails for any other."""
    start = instance.start
    if type(start) is int and type(end) is int and 0 <= start <= end:
        return
    fields = attrs.fields(type(instance))
    _IS_INT(instance, fields.start, start)
    _non_negative(instance, fields.start, start)
    _IS_INT(instance, attribute, end)
    if end < start:
        raise ValueError(f"Span end {end} is before its start {start}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input text."""

    start: int = attrs.field()
    end: int = attrs.field(validator=_check_span)

    @classmethod
    def from_match(cls, match: regex.Match[str], group: int | str = 0, offset: int = 0) -> Span:
        """The span of *group* of *match*, shifted by *offset* (where the matched string began)."""
        start, end = match.span(group)
        return cls(start + offset, end + offset)

    @classmethod
    def from_list(cls, pair: Any) -> Span:
        """Read a span from its JSON form ``[start, end]``; raises :class:`~newsparse.SchemaError`
        unless *pair* is two integers with ``0 <= start <= end``."""
        if not isinstance(pair, (list, tuple)) or len(pair) != 2 or any(type(n) is not int for n in pair):
            raise SchemaError("", f"expected [start, end], two integers, got {_shown(pair)}")
        start, end = pair
        if not 0 <= start <= end:
            raise SchemaError("", f"expected 0 <= start <= end, got [{start}, {end}]")
        return cls(start, end)

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


@attrs.frozen
class MonthDay:
    """A calendar date whose year is not known, such as the ``Aug 13`` of a wire dateline.

    Its ISO 8601 form is ``--MM-DD``.
    """

    month: int = attrs.field(validator=attrs.validators.and_(attrs.validators.ge(1), attrs.validators.le(12)))
    day: int = attrs.field(validator=attrs.validators.ge(1))

    @day.validator
    def _check_day(self, attribute: attrs.Attribute[int], value: int) -> None:
        try:  # (a leap year: Feb 29 exists in some year; datetime's check, no calendar module imported)
            dt.date(2000, self.month, value)
        except ValueError:
            raise ValueError(f"month {self.month} has no day {value}") from None

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


def _datetime_from_json(value: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(value)
    when.utcoffset()  # an offset of a day or more reads but cannot be used
    return when


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
        return cls(_str(data, "text"), _span(data, "span"))


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
        return cls(_strings(data, "authors"), _str(data, "agency", optional=True), _str(data, "text"), _span(data, "span"))


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
        written = _str(data, "date", optional=True)
        return cls(
            _str(data, "place", optional=True),
            _str(data, "agency", optional=True),
            _parsed("date", lambda: _date_from_json(written)),
            _str(data, "text"),
            _span(data, "span"),
        )


class TimestampKind(enum.Enum):
    """Which moment a :class:`Timestamp` gives."""

    PUBLISHED = "published"
    UPDATED = "updated"


@attrs.frozen
class Timestamp:
    """A publication or update time read from a line such as ``Published: Aug 13, 2024 11:14 PM``.

    ``text`` is the date as written, without its label.  ``has_time`` is ``False`` when the text
    writes a date and no clock (``Published: 27 June 2025``): ``datetime`` is then that day's
    midnight, which nothing wrote.

    .. versionchanged:: 0.2 ``has_time`` (default ``True``, as JSON written before it reads).
    """

    datetime: dt.datetime
    kind: TimestampKind
    text: str
    span: Span
    has_time: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "datetime": self.datetime.isoformat(), "text": self.text, "span": self.span.to_list(), "has_time": self.has_time,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], kind: TimestampKind) -> Timestamp:
        written = _str(data, "datetime")
        when = _parsed("datetime", lambda: _datetime_from_json(written))
        return cls(when, kind, _str(data, "text"), _span(data, "span"), _bool(data, "has_time", absent=True))


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
        _key(data, "spans")
        spans = _items(data, "spans", Span.from_list)
        return cls(_str(data, "text"), _str(data, "credit", optional=True), spans)


@attrs.frozen
class Paragraph:
    """A body paragraph; ``text`` has its whitespace collapsed (hard wraps joined)."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paragraph:
        return cls(_str(data, "text"), _span(data, "span"))


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
        return cls(
            _str(data, "name"),
            _str(data, "mention"),
            _span(data, "span", optional=True),
            _str(data, "description", optional=True),
        )


@attrs.frozen
class Quote:
    """A quotation or piece of reported speech.

    ``cue`` is the attribution as written (``said``, ``According to``), ``source`` the
    outlet the article credits for it (``Al Jazeera reported``; ``the ministry`` of ``Prices will
    rise, Ana Ortiz said, according to the ministry.``), and ``paragraph`` the index
    of the paragraph it stands in, ``None`` for a quote in the headline.
    """

    text: str
    span: Span
    kind: QuoteKind
    cue: str | None
    speaker: Speaker | None
    source: str | None
    paragraph: int | None

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
        speaker = _key(data, "speaker")
        kind = _str(data, "kind")
        return cls(
            _str(data, "text"),
            _span(data, "span"),
            _parsed("kind", lambda: QuoteKind(kind)),
            _str(data, "cue", optional=True),
            None if speaker is None else _within("speaker", lambda: Speaker.from_dict(speaker)),
            _str(data, "source", optional=True),
            None if _key(data, "paragraph") is None else _int(data, "paragraph"),
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
        return cls(_str(data, "text"), _str(data, "kind"), _span(data, "span"))


#: The :mod:`array` type code of the narrowest unsigned integer of at least 4 bytes: ``"I"`` where a
#: C ``int`` has 4 bytes, as on every common platform, else ``"L"`` (C only promises 2 bytes for an
#: ``int`` and 4 for a ``long``).  Offsets, indices and codes that fit in it are kept in it.
NARROW_CODE = "I" if array("I").itemsize >= 4 else "L"

#: The first number that does not fit in a :data:`NARROW_CODE` array.
_NARROW_LIMIT = 1 << (8 * array(NARROW_CODE).itemsize)


def offset_typecode(largest: int) -> str:
    """The :mod:`array` type code for numbers up to *largest*: :data:`NARROW_CODE` (4 bytes each on
    common platforms) when they fit, else ``"q"`` (8 bytes)."""
    return NARROW_CODE if largest < _NARROW_LIMIT else "q"


def _offset_code(text: str) -> str:
    """The :mod:`array` type code for offsets into *text* (:func:`offset_typecode`)."""
    return offset_typecode(len(text))


_Part = TypeVar("_Part", "Boilerplate", "Paragraph", "Quote")
_Same = TypeVar("_Same", bound="Parts[Any]")


class Parts(Sequence[_Part]):
    """An immutable sequence of block parts of one class, kept compactly: the input text, the
    parts' spans in two integer arrays and a small label (a boilerplate kind) per part, about 12
    bytes a part instead of three objects.  Each part is built when it is read; its text is a pure
    function of its span's slice of the input.  A part that is not that function of its slice
    (made by hand, or of a subclass) is kept as it is.

    It behaves as the tuple of parts it stands for: ``len``, indexing, slicing (a slice is
    another container), iteration, ``in``, ``index``, ``count``, ``+`` (a tuple), equality with
    a tuple of the same parts or another container, the same hash as that tuple, the tuple's
    ``repr``, and pickling.  :attr:`Article.paragraphs` and :attr:`Article.boilerplate` are these.
    """

    __slots__ = ("_codes", "_ends", "_labels", "_odd", "_starts", "_text")

    #: From how many parts on :meth:`of` keeps them compactly; fewer stay a tuple.
    COMPACT_FROM: ClassVar[int] = 1_000

    def __init__(self, text: str, parts: Iterable[_Part] = ()) -> None:
        code = _offset_code(text)
        self._text = text
        self._starts: array[int] = array(code)
        self._ends: array[int] = array(code)
        self._codes: array[int] = array(NARROW_CODE)
        self._labels: list[Any] = []
        self._odd: dict[int, _Part] = {}  # parts kept whole, by index
        for part in parts:
            self._append(part)

    @classmethod
    def of(cls, text: str, parts: Iterable[_Part]) -> Sequence[_Part]:
        """*parts* kept compactly when there are :attr:`COMPACT_FROM` or more, else as a tuple.
        Parts that come one at a time (a generator) are packed as they come once there are that
        many, so that no more than :attr:`COMPACT_FROM` of them are objects at once; a container
        of this class over *text* that holds that many already is returned as it is."""
        if type(parts) is cls and parts._text is text and len(parts) >= cls.COMPACT_FROM:
            return parts
        iterator = iter(parts)
        first = list(itertools.islice(iterator, cls.COMPACT_FROM))
        if len(first) < cls.COMPACT_FROM:
            return tuple(first)
        packed = cls(text, first)
        del first
        for part in iterator:
            packed._append(part)
        return packed

    # -- what each kind of part defines -------------------------------------------------------

    def _label(self, part: _Part) -> str | None:
        """The label to keep for *part* (``""`` for none), or ``None`` when it must be kept whole."""
        raise NotImplementedError

    def _build(self, start: int, end: int, label: str) -> _Part:
        """The part with span ``[start, end)`` and *label*."""
        raise NotImplementedError

    # -- the storage --------------------------------------------------------------------------

    def _append(self, part: _Part) -> None:
        span = part.span
        label = self._label(part) if span.end <= len(self._text) else None
        if label is None:
            self._odd[len(self._starts)] = part
            self._starts.append(0)
            self._ends.append(0)
            self._codes.append(0)
            return
        try:
            code = self._labels.index(label)
        except ValueError:
            code = len(self._labels)
            self._labels.append(label)
        self._starts.append(span.start)
        self._ends.append(span.end)
        self._codes.append(code)

    def _get(self, index: int) -> _Part:
        odd = self._odd.get(index) if self._odd else None
        if odd is not None:
            return odd
        return self._build(self._starts[index], self._ends[index], self._labels[self._codes[index]])

    def _columns(self) -> tuple[array[int], ...]:
        """The per-part arrays, in a fixed order (a subclass that keeps more adds its own)."""
        return (self._starts, self._ends, self._codes)

    def _set_columns(self, columns: tuple[array[int], ...]) -> None:
        self._starts, self._ends, self._codes = columns

    def _empty(self: _Same) -> _Same:
        """An empty container over the same text that shares this one's tables of labels."""
        taken = type(self)(self._text)
        taken._labels = list(self._labels)
        return taken

    def _taken(self: _Same, indices: Iterable[int]) -> _Same:
        """A container of this one's parts at *indices*, in that order."""
        taken = self._empty()
        pairs = list(zip(self._columns(), taken._columns(), strict=True))
        for index in indices:
            if index in self._odd:
                taken._odd[len(taken._starts)] = self._odd[index]
            for mine, theirs in pairs:
                theirs.append(mine[index])
        return taken

    def _reordered(self: _Same, order: Sequence[int]) -> _Same:
        """This container's parts put in *order* (a sequence of their indices, each once), in
        place, and the container returned: each array is rebuilt and the old one let go before
        the next, so that the parts are never held twice over (a million parts in a copy cost
        12 MB, one array at a time 4 MB)."""
        columns = list(self._columns())
        for k in range(len(columns)):
            old = columns[k]
            columns[k] = array(old.typecode, map(old.__getitem__, order))
            del old
            self._set_columns(tuple(columns))  # (the old array's last holder let go)
        if self._odd:
            odd = self._odd
            self._odd = {new: odd[index] for new, index in enumerate(order) if index in odd}
        return self

    # -- the tuple's behaviour ----------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> _Part: ...

    @overload
    def __getitem__(self, index: slice) -> Parts[_Part]: ...

    def __getitem__(self, index: int | slice) -> _Part | Parts[_Part]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step == 1 and not self._odd:
                taken = self._empty()
                taken._set_columns(tuple(column[start:stop] for column in self._columns()))
                return taken
            return self._taken(range(start, stop, step))
        size = len(self._starts)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("part index out of range")
        return self._get(index)

    def __iter__(self) -> Iterator[_Part]:
        for index in range(len(self._starts)):
            yield self._get(index)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (Parts, tuple)):
            return NotImplemented
        if len(self) != len(other):
            return False
        if isinstance(other, Parts) and type(other) is type(self) and not self._odd and not other._odd:
            same = self._same_parts(other)
            if same is not None:
                return same
        return all(a == b for a, b in zip(self, other, strict=True))

    def _same_parts(self: _Same, other: _Same) -> bool | None:
        """Whether *other*, of the same class and with no part kept whole, holds the same parts,
        told from the arrays; ``None`` when the arrays cannot tell (the parts are compared)."""
        if other._text != self._text or self._starts != other._starts or self._ends != other._ends:
            return None
        return [self._labels[c] for c in self._codes] == [other._labels[c] for c in other._codes]

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: object) -> tuple[Any, ...]:
        if not isinstance(other, (Parts, tuple)):
            return NotImplemented
        return tuple(self) + tuple(other)

    def __radd__(self, other: object) -> tuple[Any, ...]:
        if not isinstance(other, tuple):
            return NotImplemented
        return other + tuple(self)

    def __repr__(self) -> str:
        return repr(tuple(self))

    def _tables(self) -> tuple[Any, ...]:
        """What the parts' codes index (a subclass that keeps more adds its own)."""
        return (self._labels,)

    def _set_tables(self, tables: tuple[Any, ...]) -> None:
        (self._labels,) = tables

    def __reduce__(self) -> tuple[Any, ...]:
        state = (self._columns(), self._tables(), self._odd)
        return (_rebuild_parts, (type(self), self._text, state))


def _rebuild_parts(cls: type[_Same], text: str, state: tuple[Any, ...]) -> _Same:
    """A pickled :class:`Parts` (or subclass) read back."""
    parts = cls(text)
    columns, tables, parts._odd = state
    parts._set_columns(columns)
    parts._set_tables(tables)
    return parts


class Paragraphs(Parts["Paragraph"]):
    """The paragraphs of an article (see :class:`Parts`): a paragraph's text is its slice with
    whitespace collapsed."""

    __slots__ = ()

    def _label(self, part: Paragraph) -> str | None:
        if type(part) is not Paragraph or part.text != collapse(self._text[part.span.start : part.span.end]):
            return None
        return ""

    def _build(self, start: int, end: int, label: str) -> Paragraph:
        return Paragraph(collapse(self._text[start:end]), Span(start, end))


class BoilerplateLines(Parts["Boilerplate"]):
    """The boilerplate lines of an article (see :class:`Parts`): a line's text is its slice."""

    __slots__ = ()

    def _label(self, part: Boilerplate) -> str | None:
        span = part.span
        if type(part) is not Boilerplate or part.text != self._text[span.start : span.end]:
            return None
        return part.kind

    def _build(self, start: int, end: int, label: str) -> Boilerplate:
        return Boilerplate(self._text[start:end], label, Span(start, end))


class Quotes(Parts["Quote"]):
    """The quotes of an article (see :class:`Parts`), kept compactly: per quote its span, its
    speaker's span and its paragraph in integer arrays, its text as an index into a table of the
    article's quote texts (each kept once), and its kind, cue, source and speaker's name, mention
    and description as an index into a table of those combinations, which an article that
    repeats a speaker and a cue shares.  About 30 bytes a quote instead of a :class:`Quote`, two
    :class:`Span` values and a :class:`Speaker`.  A quote made of other classes (a subclass of
    :class:`Quote`, of :class:`Span`, of ``str``) is kept as it is."""

    __slots__ = ("_index", "_paragraphs", "_speaker_ends", "_speaker_starts", "_strings", "_texts")

    #: The largest paragraph number kept in the arrays (a larger one keeps its quote whole).
    MAX_PARAGRAPH: ClassVar[int] = (1 << 31) - 1

    def __init__(self, text: str, parts: Iterable[Quote] = ()) -> None:
        code = _offset_code(text)
        self._paragraphs: array[int] = array(NARROW_CODE)  # the paragraph's number plus one, 0 for none
        self._texts: array[int] = array(NARROW_CODE)  # an index into _strings
        self._speaker_starts: array[int] = array(code)
        self._speaker_ends: array[int] = array(code)
        self._strings: list[str] = []
        self._index: dict[Any, int] | None = None  # labels and strings to their codes, while appending
        super().__init__(text, parts)

    def _columns(self) -> tuple[array[int], ...]:
        return (
            self._starts,
            self._ends,
            self._codes,
            self._paragraphs,
            self._texts,
            self._speaker_starts,
            self._speaker_ends,
        )

    def _set_columns(self, columns: tuple[array[int], ...]) -> None:
        (
            self._starts,
            self._ends,
            self._codes,
            self._paragraphs,
            self._texts,
            self._speaker_starts,
            self._speaker_ends,
        ) = columns

    def _tables(self) -> tuple[Any, ...]:
        return (self._labels, self._strings)

    def _set_tables(self, tables: tuple[Any, ...]) -> None:
        labels, strings = tables
        self._labels, self._strings, self._index = labels, strings, None

    def _empty(self) -> Quotes:
        taken = Quotes(self._text)
        taken._labels, taken._strings = list(self._labels), list(self._strings)
        return taken

    def _same_parts(self, other: Quotes) -> bool | None:
        return None

    def _code(self, table: list[Any], value: Any) -> int:
        """The index of *value* in *table* (a label or a string), added when new."""
        index = self._index
        if index is None:  # (built again after unpickling, slicing or copying)
            index = self._index = {v: i for i, v in enumerate(self._labels)}
            index.update((v, i) for i, v in enumerate(self._strings))
        code = index.get(value)
        if code is None:
            code = index[value] = len(table)
            table.append(value)
        return code

    def _row(self, quote: Quote) -> tuple[int, ...] | None:
        """The arrays' values for *quote*, or ``None`` when it must be kept whole."""
        if type(quote) is not Quote or type(quote.text) is not str or type(quote.kind) is not QuoteKind:
            return None
        size = len(self._text)
        span, cue, source, paragraph, speaker = quote.span, quote.cue, quote.source, quote.paragraph, quote.speaker
        if type(span) is not Span or type(span.start) is not int or type(span.end) is not int or span.end > size:
            return None
        if (cue is not None and type(cue) is not str) or (source is not None and type(source) is not str):
            return None
        if paragraph is not None and (type(paragraph) is not int or not 0 <= paragraph <= self.MAX_PARAGRAPH - 1):
            return None
        speaker_start = speaker_end = 0
        if speaker is None:
            label: tuple[Any, ...] = (quote.kind, cue, source, None, None, None, 0)
        else:
            if type(speaker) is not Speaker or type(speaker.name) is not str or type(speaker.mention) is not str:
                return None
            description, where = speaker.description, speaker.span
            if description is not None and type(description) is not str:
                return None
            if where is not None:
                if type(where) is not Span or type(where.start) is not int or type(where.end) is not int:
                    return None
                if where.end > size:
                    return None
                speaker_start, speaker_end = where.start, where.end
            label = (quote.kind, cue, source, speaker.name, speaker.mention, description, 2 if where is None else 1)
        number = 0 if paragraph is None else paragraph + 1
        code = self._code(self._labels, label)
        text = self._code(self._strings, quote.text)
        return (span.start, span.end, code, number, text, speaker_start, speaker_end)

    def _append(self, part: Quote) -> None:
        row = self._row(part)
        if row is None:
            self._odd[len(self._starts)] = part
            row = (0,) * 7
        for column, value in zip(self._columns(), row, strict=True):
            column.append(value)

    def _replace(self, index: int, part: Quote) -> None:
        """Put *part* in place of the quote at *index* (for :class:`QuoteList`)."""
        row = self._row(part)
        if row is None:
            self._odd[index] = part
            return
        self._odd.pop(index, None)
        for column, value in zip(self._columns(), row, strict=True):
            column[index] = value

    def _get(self, index: int) -> Quote:
        odd = self._odd.get(index) if self._odd else None
        if odd is not None:
            return odd
        kind, cue, source, name, mention, description, has = self._labels[self._codes[index]]
        speaker = None
        if has:
            where = Span(self._speaker_starts[index], self._speaker_ends[index]) if has == 1 else None
            speaker = Speaker(name, mention, where, description)
        number = self._paragraphs[index]
        text = self._strings[self._texts[index]]
        span = Span(self._starts[index], self._ends[index])
        return Quote(text, span, kind, cue, speaker, source, number - 1 if number else None)


_Item = TypeVar("_Item")


class _ListLike(MutableSequence[_Item]):
    """What a list that packs its items has of a list whatever it holds: ``==`` against itself
    or a list, item by item; no hash (it is mutable); the ``repr`` of a list."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (type(self), list)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # (mutable, as a list)

    def __repr__(self) -> str:
        return repr(list(self))


class QuoteList(_ListLike["Quote"]):
    """The quotes found so far in one parse: a plain list until it holds
    :attr:`Parts.COMPACT_FROM` quotes, then packed as a :class:`Quotes` as they come, so that an
    input with tens of thousands of quotes never holds them all as objects.  It has a list's
    methods, ``sort``, ``copy`` and ``+`` among them; :meth:`freeze` hands its quotes over as a
    tuple, or as :class:`Quotes` when there are many.

    Once packed, appending and replacing a quote in place cost what they cost a list, but an
    ``insert`` before the end, a ``del``, a slice assignment and ``sort`` unpack all the quotes
    and pack them again: each such call takes time in proportion to the whole list (deleting 50
    quotes one by one at the front of 10,000 repacks 10,000 quotes 50 times).  Collect the
    changes and make them in one call (``quotes[:] = kept``), or work on ``list(quotes)``."""

    __slots__ = ("_items", "_packed", "_text")

    def __init__(self, text: str, quotes: Iterable[Quote] = ()) -> None:
        self._text = text
        self._items: list[Quote] = []
        self._packed: Quotes | None = None
        self.extend(quotes)

    def __len__(self) -> int:
        return len(self._items) if self._packed is None else len(self._packed)

    def __iter__(self) -> Iterator[Quote]:
        # (as a sequence's iterator, item by item to the end, quotes added meanwhile too; the
        # items of a list not packed read straight from it, not through __getitem__)
        index = 0
        while True:
            items = self._items
            if self._packed is None and index < len(items):
                yield items[index]
            elif self._packed is not None and index < len(self._packed):
                yield self._packed[index]
            else:
                return
            index += 1

    def extend(self, values: Iterable[Quote]) -> None:
        # (a few quotes onto a list not packed, from a list, a tuple or another such list: at once,
        # as appending them one by one would, none of them packing it)
        added: Iterable[Quote] = values
        if type(values) is QuoteList and values._packed is None and values is not self:
            added = values._items
        if (
            (type(added) is list or type(added) is tuple)
            and self._packed is None
            and len(self._items) + len(added) < Parts.COMPACT_FROM
        ):
            self._items.extend(added)
            return
        super().extend(values)

    def __iadd__(self, values: Iterable[Quote]) -> QuoteList:
        self.extend(values)
        return self

    @overload
    def __getitem__(self, index: int) -> Quote: ...

    @overload
    def __getitem__(self, index: slice) -> QuoteList: ...

    def __getitem__(self, index: int | slice) -> Quote | QuoteList:
        if isinstance(index, slice):
            copied = QuoteList(self._text)
            if self._packed is None:
                copied._items = self._items[index]
            else:
                packed = self._packed[index]
                assert isinstance(packed, Quotes)
                copied._packed = packed
            return copied
        return self._items[index] if self._packed is None else self._packed[index]

    @overload
    def __setitem__(self, index: int, value: Quote) -> None: ...

    @overload
    def __setitem__(self, index: slice, value: Iterable[Quote]) -> None: ...

    def __setitem__(self, index: int | slice, value: Any) -> None:
        if self._packed is None:
            self._items[index] = value
        elif isinstance(index, int):
            size = len(self._packed)
            if not -size <= index < size:
                raise IndexError("list assignment index out of range")
            self._packed._replace(index % size, value)
        else:
            quotes = list(self._packed)
            quotes[index] = value
            self._refill(quotes)

    def __delitem__(self, index: int | slice) -> None:
        quotes = self._items if self._packed is None else list(self._packed)
        del quotes[index]
        self._refill(quotes)

    def insert(self, index: int, value: Quote) -> None:
        if self._packed is not None and index >= len(self._packed):
            self._packed._append(value)
            return
        quotes = self._items if self._packed is None else list(self._packed)
        quotes.insert(index, value)
        self._refill(quotes)

    def append(self, value: Quote) -> None:
        if self._packed is not None:
            self._packed._append(value)
            return
        self._items.append(value)
        if len(self._items) >= Parts.COMPACT_FROM:
            self._packed = Quotes(self._text, self._items)
            self._items = []

    def _refill(self, quotes: list[Quote]) -> None:
        self._items, self._packed = [], None
        self.extend(quotes)

    @property
    def packed(self) -> bool:
        """Whether the quotes are packed (:attr:`Parts.COMPACT_FROM` of them or more were added)."""
        return self._packed is not None

    def sort(self, *, key: Callable[[Quote], Any] | None = None, reverse: bool = False) -> None:
        """Sort the quotes in place, as ``list.sort`` does (a packed list is repacked: linear
        time and memory beyond the sort)."""
        quotes = list(self)
        quotes.sort(key=key, reverse=reverse)
        self._refill(quotes)

    def copy(self) -> QuoteList:
        """A shallow copy, packed when this one is."""
        return self[:]

    def __add__(self, other: Iterable[Quote]) -> QuoteList:
        if not isinstance(other, (QuoteList, list, tuple)):
            return NotImplemented
        joined = self[:]
        joined.extend(other)
        return joined

    def __radd__(self, other: Iterable[Quote]) -> QuoteList:
        if not isinstance(other, (list, tuple)):
            return NotImplemented
        joined = QuoteList(self._text, other)
        joined.extend(self)
        return joined

    def in_order(self) -> Sequence[Quote]:
        """The quotes in order of position, as ``sorted(quotes, key=lambda q: q.span.start)``
        gives them (quotes that start together stay in the order they were added).  Packed, a
        view that builds each quote when it is read, over the positions' order kept in an
        integer array: the quotes are not unpacked to be sorted."""
        if self._packed is None:
            return sorted(self._items, key=_span_start)
        packed = self._packed
        starts = packed._starts
        if packed._odd:  # (a quote kept whole has no start in the array)
            starts = array("q", starts)
            for index, quote in packed._odd.items():
                starts[index] = quote.span.start
        return _InOrder(self, array(offset_typecode(len(starts)), sorted(range(len(starts)), key=starts.__getitem__)))

    def freeze(self) -> Sequence[Quote]:
        """The quotes: a tuple when there are fewer than :attr:`Parts.COMPACT_FROM`, else a
        :class:`Quotes`; this list is left empty."""
        items, packed = self._items, self._packed
        self._items, self._packed = [], None
        if packed is None:
            return tuple(items)
        packed._index = None  # (the lookup tables are needed only while appending)
        return packed


def _span_start(quote: Quote) -> int:
    return quote.span.start


class _InOrder(Sequence["Quote"]):
    """The quotes of a packed :class:`QuoteList` in another order (see :meth:`QuoteList.in_order`):
    the list and the indexes of its quotes in that order."""

    __slots__ = ("_order", "_quotes")

    def __init__(self, quotes: QuoteList, order: array[int]) -> None:
        self._quotes = quotes
        self._order = order

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> Quote: ...

    @overload
    def __getitem__(self, index: slice) -> _InOrder: ...

    def __getitem__(self, index: int | slice) -> Quote | _InOrder:
        if isinstance(index, slice):
            return _InOrder(self._quotes, self._order[index])
        return self._quotes[self._order[index]]


class TailPackedList(_ListLike[_Item]):
    """A list that keeps its last items as they are (the rules look at and replace the last
    few) and packs the older ones, which a subclass stores compactly: it says how many are
    packed (:meth:`_packed_count`), reads one back (:meth:`_packed_item`), packs one
    (:meth:`_pack_item`), empties its storage (:meth:`_clear_packed`) and, when it will, drops
    the last packed item in place (:meth:`_pop_packed`).  It has a list's methods; a change
    before the last items (rare) unpacks them all first.

    .. versionadded:: 0.2"""

    __slots__ = ("_tail",)

    #: How many of the last items are kept unpacked (between this and twice this many).
    TAIL: ClassVar[int] = 32

    def __init__(self) -> None:
        self._tail: list[_Item] = []

    # -- what the storage defines -------------------------------------------------------------

    def _packed_count(self) -> int:
        """How many items are packed (the first ones)."""
        raise NotImplementedError

    def _packed_item(self, index: int) -> _Item:
        """The packed item at *index* (``0 <= index < _packed_count()``)."""
        raise NotImplementedError

    def _pack_item(self, item: _Item) -> None:
        """Pack *item* after the packed ones."""
        raise NotImplementedError

    def _clear_packed(self) -> None:
        """Empty the packed storage."""
        raise NotImplementedError

    def _pop_packed(self) -> bool:
        """Drop the last packed item in place, if the storage can (else ``False``: the items are
        unpacked and packed again without it)."""
        return False

    def _may_pack(self) -> bool:
        """Whether the list is long enough to pack its older items (always, unless a subclass
        keeps short lists whole)."""
        return True

    # -- the list's behaviour -----------------------------------------------------------------

    def __len__(self) -> int:
        return self._packed_count() + len(self._tail)

    def __bool__(self) -> bool:
        return bool(self._tail) or self._packed_count() > 0  # (the rules ask "any body yet?" on every line)

    @overload
    def __getitem__(self, index: int) -> _Item: ...

    @overload
    def __getitem__(self, index: slice) -> list[_Item]: ...

    def __getitem__(self, index: int | slice) -> _Item | list[_Item]:
        if isinstance(index, int) and 0 > index >= -len(self._tail):
            return self._tail[index]  # (one of the last few, the one the rules ask for on every line: body[-1])
        packed = self._packed_count()
        if isinstance(index, slice):
            start, stop, step = index.indices(packed + len(self._tail))
            if start >= packed and stop >= packed and step == 1:  # the last few items, as the rules ask
                return self._tail[start - packed : stop - packed]
            return [self[i] for i in range(start, stop, step)]
        if index < 0:
            index += packed + len(self._tail)
        if index >= packed:
            return self._tail[index - packed]
        if index < 0:
            raise IndexError("list index out of range")
        return self._packed_item(index)

    def __iter__(self) -> Iterator[_Item]:
        for index in range(self._packed_count()):
            yield self._packed_item(index)
        yield from self._tail

    def _unpacked(self) -> list[_Item]:
        """Every item, unpacked (for the rare change before the last items); this list is emptied."""
        items = list(self)
        self._clear_packed()
        self._tail = []
        return items

    def _in_tail(self, index: int) -> bool:
        """Whether the item at *index* is one of the unpacked last ones."""
        return index >= self._packed_count() or -len(self._tail) <= index < 0

    @overload
    def __setitem__(self, index: int, value: _Item) -> None: ...

    @overload
    def __setitem__(self, index: slice, value: Iterable[_Item]) -> None: ...

    def __setitem__(self, index: int | slice, value: Any) -> None:
        if isinstance(index, int) and self._in_tail(index):
            self._tail[index - self._packed_count() if index >= 0 else index] = value
            return
        items = self._unpacked()
        try:
            items[index] = value
        finally:  # (an index out of range leaves the items as they were)
            self.extend(items)

    def __delitem__(self, index: int | slice) -> None:
        packed = self._packed_count()
        if isinstance(index, int) and self._in_tail(index):
            del self._tail[index - packed if index >= 0 else index]
            return
        if not self._tail and packed and index in (-1, packed - 1) and self._pop_packed():  # the last, packed
            return
        items = self._unpacked()
        try:
            del items[index]
        finally:  # (an index out of range leaves the items as they were)
            self.extend(items)

    def insert(self, index: int, value: _Item) -> None:
        packed = self._packed_count()
        if index >= packed:
            self._tail.insert(index - packed, value)
            self._pack()
            return
        items = self._unpacked()
        items.insert(index, value)
        self.extend(items)

    def append(self, value: _Item) -> None:
        self._tail.append(value)
        if len(self._tail) > 2 * self.TAIL:
            self._pack()

    def _pack(self) -> None:
        """Pack all but the last :attr:`TAIL` items once the tail has twice that many (and
        :meth:`_may_pack`)."""
        tail = self._tail
        if len(tail) <= 2 * self.TAIL or not self._may_pack():
            return
        for item in tail[: -self.TAIL]:
            self._pack_item(item)
        del tail[: -self.TAIL]


class BoilerplateList(TailPackedList["Boilerplate"]):
    """The boilerplate lines found so far in one parse: a list whose last lines are kept as they
    are (the rules look at the last few), and whose older lines are packed as compactly as
    :class:`BoilerplateLines`, about 12 bytes a line (see :class:`TailPackedList`).  It has a
    list's methods; :meth:`freeze` hands its lines over, in input order, as the article's
    :class:`BoilerplateLines`."""

    __slots__ = ("_packed",)

    def __init__(self, text: str, lines: Iterable[Boilerplate] = ()) -> None:
        super().__init__()
        self._packed = BoilerplateLines(text)
        self.extend(lines)

    def _packed_count(self) -> int:
        return len(self._packed)

    def _packed_item(self, index: int) -> Boilerplate:
        return self._packed._get(index)

    def _pack_item(self, item: Boilerplate) -> None:
        self._packed._append(item)

    def _clear_packed(self) -> None:
        self._packed = BoilerplateLines(self._packed._text)

    def __copy__(self) -> BoilerplateList:
        copied = BoilerplateList(self._packed._text)
        copied._packed = self._packed._taken(range(len(self._packed)))
        copied._tail = list(self._tail)
        return copied

    def copy(self) -> BoilerplateList:
        """A copy that changes apart from this one."""
        return self.__copy__()

    def freeze(self) -> BoilerplateLines:
        """The lines, in input order, as the article's :class:`BoilerplateLines`; this list is
        left empty.  They are found mostly in order, so a pass that finds them sorted spares the
        sort."""
        parts = self._packed
        for line in self._tail:
            parts._append(line)
        self._packed, self._tail = BoilerplateLines(parts._text), []
        if _in_input_order(parts):
            return parts
        # (put in order in place, the order read first: no copy of the lines' arrays)
        return parts._reordered(_input_order(parts))


def _span_key(parts: BoilerplateLines) -> Callable[[int], tuple[int, int]]:
    """The ``(start, end)`` of the part of *parts* at an index, read from the arrays."""
    starts, ends = parts._starts, parts._ends
    odd = parts._odd

    def key(k: int) -> tuple[int, int]:
        whole = odd.get(k) if odd else None  # (a line kept whole has no start in the arrays)
        return (whole.span.start, whole.span.end) if whole is not None else (starts[k], ends[k])

    return key


def _in_input_order(parts: BoilerplateLines) -> bool:
    """Whether the parts of *parts* stand in the order of their spans already."""
    starts, ends = parts._starts, parts._ends
    if parts._odd:
        key = _span_key(parts)
        return not any(key(i - 1) > key(i) for i in range(1, len(starts)))
    for i in range(1, len(starts)):
        if starts[i - 1] > starts[i] or (starts[i - 1] == starts[i] and ends[i - 1] > ends[i]):
            return False
    return True


def _input_order(parts: BoilerplateLines) -> array[int]:
    """The indices of *parts* in the order of their spans (ties in index order), as an integer
    array (its own function, so that nothing holds the parts' old arrays once it has returned)."""
    return array(offset_typecode(len(parts)), _ascending_order(len(parts), _span_key(parts)))


#: How many items a packed list pops off its end between two looks at whether its arrays keep much
#: more room than they use (:func:`shed_room`).
SHED_EVERY = 256


def shed_room(column: array[int]) -> None:
    """Give back the room an integer array keeps past its items when it holds more than twice
    what they need: ``array.pop`` never shrinks an array's storage, so a list of a million lines
    popped one at a time into another (the body's link lines filed as boilerplate) would hold
    both sizes at once.  CPython reallocates an array to its length when 16 items or more go
    at once, so the last 16 are deleted and put back (nothing is copied but them)."""
    if len(column) >= 16 and sys.getsizeof(column) > 2 * column.itemsize * len(column) + 4096:
        last = column[-16:]
        del column[-16:]
        column.extend(last)


def _ascending_order(count: int, key: Callable[[int], tuple[int, int]], *, most_runs: int = 64) -> Iterator[int]:
    """The indices ``0 .. count - 1`` in the order of their keys, ties in index order (as
    ``sorted(range(count), key=key)`` gives them), for parts found in a few runs each in order or
    in reverse (the header's lines, then the story's, the footer's read back from the end): the
    runs are merged as they are read, with no list of every index or key, which would cost about
    100 bytes a part for a million parts; more than *most_runs* runs are sorted the plain way."""
    runs: list[range] = []
    i = 0
    while i < count:
        j = i
        if i + 1 < count and key(i + 1) < key(i):  # a run in reverse, keys falling strictly
            while j + 1 < count and key(j + 1) < key(j):
                j += 1
            runs.append(range(j, i - 1, -1))
        else:  # a run in order, keys rising or equal
            while j + 1 < count and not key(j + 1) < key(j):
                j += 1
            runs.append(range(i, j + 1))
        if len(runs) > most_runs:
            yield from sorted(range(count), key=key)
            return
        i = j + 1
    if len(runs) == 1:
        yield from runs[0]
        return
    for _, k in heapq.merge(*(((key(k), k) for k in run) for run in runs)):
        yield k


#: What :func:`write_json_value` calls with each piece of text.
_Write = Callable[[str], object]


class SupportsWrite(Protocol):
    """What :meth:`Article.write_json` writes to: a text file, :class:`io.StringIO`, a socket's
    text wrapper."""

    def write(self, text: str, /) -> object: ...


#: A lone surrogate (an input decoded with ``surrogateescape`` or ``surrogatepass``, or built in code),
#: which no UTF-8 encodes: :func:`escape_surrogates` writes it as JSON's ``\udxxx`` escape.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape_surrogates(text: str) -> str:
    """*text*, JSON written with ``ensure_ascii=False``, with every lone surrogate written as its
    ``\\udxxx`` escape, so that the text encodes to UTF-8 and reads back (``json.loads``) to the
    same value; other characters stay as they are.

    .. versionadded:: 0.2"""
    return _SURROGATE.sub(_surrogate_escape, text) if _SURROGATE.search(text) else text


def write_json_value(value: Any, write: _Write, *, indent: int | None = None, ensure_ascii: bool = False) -> None:
    """Write *value* by calls of *write*, the text being what ``json.dumps(value, indent=indent,
    ensure_ascii=ensure_ascii)`` gives when every iterator in it is made a list.  An iterator is
    written as an array one member at a time (each member encoded whole), and a dict with an
    iterator among its values (or in a dict among them) key by key (its keys strings), so that a value such as
    :meth:`Article.lazy_dict`'s is never whole in memory, nor its text.

    .. versionadded:: 0.2"""
    plain = json.JSONEncoder(ensure_ascii=ensure_ascii, indent=indent).encode
    encode = plain if ensure_ascii else lambda member: escape_surrogates(plain(member))
    unit = None if indent is None else " " * indent if isinstance(indent, int) else str(indent)
    _write_json_piece(value, write, encode, unit, 0)


def _write_json_piece(value: Any, write: _Write, encode: Callable[[Any], str], unit: str | None, level: int) -> None:
    """:func:`write_json_value` for *value* at *level* of nesting (what *encode* indents from 0)."""
    if isinstance(value, Iterator):
        _write_json_array(value, write, encode, unit, level)
    elif _holds_iterator(value):
        inner = "" if unit is None else "\n" + unit * (level + 1)
        between = ", " if unit is None else "," + inner
        for number, (key, member) in enumerate(value.items()):
            write((between if number else "{" + inner) + encode(key) + ": ")
            _write_json_piece(member, write, encode, unit, level + 1)
        write("}" if unit is None else "\n" + unit * level + "}")  # not empty: it holds an iterator
    else:
        text = encode(value)  # JSON strings hold no line break: every one in *text* is indentation
        write(text if unit is None or not level else text.replace("\n", "\n" + unit * level))


def _holds_iterator(value: Any) -> bool:
    """Whether *value* is a dict with an iterator among its values, or in a dict among them."""
    return isinstance(value, dict) and any(isinstance(member, Iterator) or _holds_iterator(member) for member in value.values())


def _write_json_array(members: Iterator[Any], write: _Write, encode: Callable[[Any], str], unit: str | None, level: int) -> None:
    """Write *members* as a JSON array, :data:`JSON_BATCH` members encoded at a time: the batch's
    array without its brackets is the members' text with their separators."""
    opened = False
    while batch := list(itertools.islice(members, JSON_BATCH)):
        text = encode(batch)
        del batch
        write((", " if unit is None else ",") if opened else "[")  # apart: a member may be as long as the input
        if unit is None:
            write(text[1:-1])
        else:  # text is "[\n" + unit + member + ",\n" + unit + member ... "\n]": indented one level more
            write(text[1:-2].replace("\n", "\n" + unit * level))
        del text
        opened = True
    write("[]" if not opened else "]" if unit is None else "\n" + unit * level + "]")


@attrs.frozen(repr=False)
class Article:
    """A parsed article.  ``text`` is the input exactly as given; every part's span points into it.

    ``section`` holds the kicker's labels (``("CHINA", "SOCIETY")``) and ``section_span`` the
    kicker line.  Parts that are missing are ``None`` or empty tuples.

    Its ``repr`` is a short summary, not the whole input:

    >>> Article("Rain ends drought", headline=Headline("Rain ends drought", Span(0, 17)))
    <Article 17 chars: headline='Rain ends drought', 0 paragraphs, 0 quotes>
    """

    #: The longest headline the ``repr`` shows before cutting it short.
    REPR_HEADLINE_CHARS = 60
    #: Up to how many parts :meth:`to_json` encodes the whole :meth:`to_dict` at once (faster for
    #: an ordinary article); above it, part by part (its memory is the text's, not the dicts').
    JSON_WHOLE_PARTS = 1024
    #: The keys of :meth:`lazy_dict` whose values are iterators of parts' dicts.
    PART_LISTS = ("captions", "paragraphs", "quotes", "boilerplate")

    text: str
    section: tuple[str, ...] = ()
    section_span: Span | None = None
    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    published: Timestamp | None = None
    updated: Timestamp | None = None
    captions: tuple[Caption, ...] = ()
    paragraphs: Sequence[Paragraph] = ()
    quotes: Sequence[Quote] = ()
    boilerplate: Sequence[Boilerplate] = ()

    def __repr__(self) -> str:
        headline = None if self.headline is None else self.headline.text
        if headline is not None and len(headline) > self.REPR_HEADLINE_CHARS:
            headline = headline[: self.REPR_HEADLINE_CHARS - 1] + "…"
        return (
            f"<Article {len(self.text)} chars: headline={headline!r}, "
            f"{len(self.paragraphs)} paragraphs, {len(self.quotes)} quotes>"
        )

    def span_mismatches(self) -> list[str]:
        """Where a part's text and its span disagree; empty for every parsed article.

        The contract, with ``raw = span.slice(article.text)``:

        - ``text == raw`` for the headline, a byline on one line, the dateline, a timestamp and a
          boilerplate line; a headline read from a field's value inside quotation marks
          (``title: "Rail \\"fares\\" to rise"``) may instead have ``text ==
          lines.field_unescaped(raw, mark)``, its escaped marks written as the marks, *mark* the
          closing one right after the span;
        - ``text == collapse(raw)`` for a quote and a speaker's ``mention``;
        - ``text == joined_text(split_lines(raw))`` for a headline or byline over two lines (``By``
          on a line of its own) and a paragraph: the lines of ``raw``, each stripped as the line
          splitter strips it (whitespace and the invisible format characters at its edges), joined
          by single spaces; the same as ``collapse(raw)`` unless a line ends or starts in an
          invisible character (a direction mark, a zero-width space);
        - a paragraph's text may join a word broken by a hyphen at a line's end with no space, the
          hyphen kept or left out (``tax-`` / ``free`` read as ``tax-free``, ``govern-`` / ``ment``
          as ``government``: :func:`newsparse.lines.joins_hyphen_breaks`, ``BodyParser.paragraph_text``;
          fixL70).  Only the body's parser joins so; the check, one for every part read line by line,
          allows it for a headline or byline over two lines too;
        - ``collapse(raw)`` equals ``collapse(text)`` ignoring case for every span of a caption
          (a caption printed twice is one caption);
        - every span lies inside ``article.text``, and ``section_span`` slices to the kicker line,
          which holds each of ``section``'s labels in order;
        - a part read from a scraper's JSON record (a headline, a byline on one line, a paragraph,
          a caption, a quote, a mention) may instead have the rule's text of ``raw`` unescaped
          (:func:`newsparse.jsontext.json_unescaped`: ``Caf\\u00e9 \\"row\\"`` read as ``Café "row"``).
        - a paragraph read from a CSV export's quoted cell may have the doubled marks of ``raw``
          written as one (``""We won,""`` read as ``"We won,"``).
        - every part not checked exactly (a headline, a byline, a caption, a paragraph, a quote and
          a speaker's mention; not the kicker, the dateline, the stamps nor a boilerplate line) of a
          text with HTML character references left in may have the rule's text of ``raw`` with them
          read (:func:`newsparse.entities.entities_unescaped`: ``Q&amp;A: ...`` read as ``Q&A:
          ...``; fixL70): the parser reads them in a headline (``ArticleParser.entity_headline``) and
          a byline's ampersand, the check allows them for any such part.

        It serves to check an article read back from JSON against its input, and the tests and
        the fuzzer check it for every parse.
        """
        found: list[str] = []
        size = len(self.text)

        def agrees(span: Span, text: str, rule: str, raw: str) -> bool:
            if rule == "exact":
                return text == raw
            if rule == "field":
                from .lines import field_unescaped, quoted_field_mark  # (here: the lines module imports this one)

                mark = quoted_field_mark(self.text, span.start, span.end)
                return text == raw or (mark is not None and text == field_unescaped(raw, mark))
            if rule == "collapsed":
                return text == collapse(raw)
            if rule == "lines":
                from .lines import joined_text, joins_hyphen_breaks, split_lines  # (here: the lines module imports this one)

                lines = split_lines(raw)
                return text == joined_text(lines) or ("-" in raw and joins_hyphen_breaks(text, lines))
            return collapse(text).casefold() == collapse(raw).casefold()

        def check(what: str, span: Span, text: str, rule: str) -> None:
            if span.end > size:
                found.append(f"{what}: span {span.to_list()} ends after the text ({size} characters)")
                return
            raw = span.slice(self.text)
            ok = agrees(span, text, rule, raw)
            if not ok and rule != "exact" and "\\" in raw:
                # (a part read from a JSON string: its text is the value unescaped, the span as written)
                from .jsontext import json_unescaped  # (here: it imports this module)

                read = json_unescaped(raw)
                ok = read is not None and agrees(span, text, "exact" if rule == "field" else rule, read)
            if not ok and rule != "exact" and '""' in raw:
                # (a paragraph read from a CSV export's quoted cell: its doubled marks written as one)
                ok = agrees(span, text, "exact" if rule == "field" else rule, raw.replace('""', '"'))
            if not ok and rule != "exact" and "&" in raw:
                # (a part of a feed's copy with its HTML character references read, fixL70: any part not
                # checked exactly, though the parser reads them in a headline and a byline's ampersand)
                from .entities import entities_unescaped  # (here: it imports the JSON reader, which imports this module)

                ok = agrees(span, text, "exact" if rule == "field" else rule, entities_unescaped(raw))
            if not ok:
                found.append(f"{what}: text {text!r:.80} but span {span.to_list()} slices to {raw!r:.80}")

        if self.section_span is not None:
            check("section", self.section_span, self.section_span.slice(self.text), "exact")
            kicker, at = self.section_span.slice(self.text), 0
            for label in self.section:
                at = kicker.find(label, at)
                if at < 0:
                    found.append(f"section: label {label!r} is not in the kicker {kicker!r:.80}")
                    break
                at += len(label)
        if self.headline is not None:
            one_line = len(self.headline.span.slice(self.text).splitlines()) <= 1
            check("headline", self.headline.span, self.headline.text, "field" if one_line else "lines")
        if self.byline is not None:
            one_line = len(self.byline.span.slice(self.text).splitlines()) <= 1
            check("byline", self.byline.span, self.byline.text, "field" if one_line else "lines")
        for what, part in (("dateline", self.dateline), ("published", self.published), ("updated", self.updated)):
            if part is not None:
                check(what, part.span, part.text, "exact")
        for i, caption in enumerate(self.captions):
            for j, span in enumerate(caption.spans):
                check(f"captions[{i}].spans[{j}]", span, caption.text, "folded")
        for i, paragraph in enumerate(self.paragraphs):
            check(f"paragraphs[{i}]", paragraph.span, paragraph.text, "lines")
        for i, quote in enumerate(self.quotes):
            check(f"quotes[{i}]", quote.span, quote.text, "collapsed")
            if quote.speaker is not None and quote.speaker.span is not None:
                check(f"quotes[{i}].speaker", quote.speaker.span, quote.speaker.mention, "collapsed")
        for i, line in enumerate(self.boilerplate):
            check(f"boilerplate[{i}]", line.span, line.text, "exact")
        return found

    def to_dict(self) -> dict[str, Any]:
        """The article as plain JSON types (spans as ``[start, end]``, dates in ISO 8601), with
        ``schema_version`` (:data:`SCHEMA_VERSION`) as the first key."""
        data = self.lazy_dict()
        for key in self.PART_LISTS:
            data[key] = list(data[key])
        return data

    def lazy_dict(self) -> dict[str, Any]:
        """:meth:`to_dict` with its four lists (``captions``, ``paragraphs``, ``quotes``,
        ``boilerplate``) as iterators that make each part's dict as it is read, so that an article
        of millions of parts is never a tree of millions of dicts at once; what :meth:`write_json`
        writes, through :func:`write_json_value`.  Each iterator can be read once.

        .. versionadded:: 0.2"""

        def opt(part: Headline | Byline | Dateline | Timestamp | None) -> dict[str, Any] | None:
            return None if part is None else part.to_dict()

        return {
            "schema_version": SCHEMA_VERSION,
            "section": list(self.section),
            "section_span": None if self.section_span is None else self.section_span.to_list(),
            "headline": opt(self.headline),
            "byline": opt(self.byline),
            "dateline": opt(self.dateline),
            "published": opt(self.published),
            "updated": opt(self.updated),
            "captions": (c.to_dict() for c in self.captions),
            "paragraphs": (p.to_dict() for p in self.paragraphs),
            "quotes": (q.to_dict() for q in self.quotes),
            "boilerplate": (b.to_dict() for b in self.boilerplate),
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII characters kept as they are, a lone surrogate
        escaped: :func:`escape_surrogates`, so that the text always encodes to UTF-8).  An article
        of more than :attr:`JSON_WHOLE_PARTS` parts is written part by part (:meth:`write_json`)
        into the string, without the tree of dicts."""
        if self.part_count() <= self.JSON_WHOLE_PARTS:
            return escape_surrogates(json.dumps(self.to_dict(), ensure_ascii=False, indent=indent))
        out = io.StringIO()
        self.write_json(out, indent=indent)
        return out.getvalue()

    def part_count(self) -> int:
        """How many captions, paragraphs, quotes and boilerplate lines the article has.

        .. versionadded:: 0.2"""
        return len(self.captions) + len(self.paragraphs) + len(self.quotes) + len(self.boilerplate)

    def write_json(self, fp: SupportsWrite, *, indent: int | None = None) -> None:
        """Write :meth:`to_json`'s text to *fp* (a text file, or anything with a ``write(str)``
        method), part by part: each part's dict is made, written and dropped, so that the memory
        it takes stays small whatever the number of parts.  The text is the same, byte for byte,
        as ``to_json(indent=indent)``; a part that cannot be written (a stamp whose offset is a day
        or more) raises when it is reached, after what comes before it is written.

        .. versionadded:: 0.2"""
        write_json_value(self.lazy_dict(), fp.write, indent=indent)

    def to_html(self) -> str:
        """This article as one self-contained HTML page: :func:`newsparse.render_html`."""
        from .html import render_html  # imported here: newsparse.html imports this module

        return render_html(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, text: str = "") -> Article:
        """Rebuild an article from :meth:`to_dict`'s output.

        The JSON does not carry the input, so pass it as *text* to have ``Article.text`` back.
        Every top-level key must be present, but for ``schema_version`` and ``section_span`` in
        JSON of version 1 (which has no ``schema_version``: :meth:`check_keys`); a key the
        schema does not list is ignored; inside a part every key must be present too.  Anything
        else that is not what :meth:`to_dict` writes raises one
        :class:`~newsparse.SchemaError` naming the place (``quotes[3].span``), as does a quote's
        ``paragraph`` that names no paragraph, and, when *text* is given, a span that ends after it
        (whether each part's text agrees with its slice is :meth:`span_mismatches`' to say).  A *text* that is
        not a ``str`` (the file's bytes, say) raises :class:`TypeError`: spans count characters.
        """
        text = check_text(text)
        data = _mapping(data)
        version = data.get("schema_version", 1)
        if type(version) is not int or not 1 <= version <= SCHEMA_VERSION:
            raise SchemaError("schema_version", f"expected 1 to {SCHEMA_VERSION}, got {version!r}")
        cls.check_keys(data, version)

        def opt(key: str, build: Callable[[Any], _T]) -> _T | None:
            value = data.get(key)
            return None if value is None else _within(key, lambda: build(value))

        def stamp(kind: TimestampKind) -> Callable[[Any], Timestamp]:
            return lambda value: Timestamp.from_dict(value, kind)

        article = cls(
            text=text,
            section=_strings(data, "section") if data.get("section") is not None else (),
            section_span=_span(data, "section_span", optional=True) if "section_span" in data else None,
            headline=opt("headline", Headline.from_dict),
            byline=opt("byline", Byline.from_dict),
            dateline=opt("dateline", Dateline.from_dict),
            published=opt("published", stamp(TimestampKind.PUBLISHED)),
            updated=opt("updated", stamp(TimestampKind.UPDATED)),
            captions=_items(data, "captions", Caption.from_dict),
            paragraphs=_items(data, "paragraphs", Paragraph.from_dict),
            quotes=_items(data, "quotes", Quote.from_dict),
            boilerplate=_items(data, "boilerplate", Boilerplate.from_dict),
        )
        count = len(article.paragraphs)
        for index, quote in enumerate(article.quotes):
            if quote.paragraph is not None and quote.paragraph >= count:
                raise SchemaError(f"quotes[{index}].paragraph", f"expected below {count} (the paragraphs), got {quote.paragraph}")
        if text:
            for path, span in article.part_spans():
                if span.end > len(text):
                    raise SchemaError(path, f"span {span.to_list()} ends after the text ({len(text)} characters)")
        return article

    @staticmethod
    def check_keys(data: dict[str, Any], version: int) -> None:
        """Raise :class:`~newsparse.SchemaError` naming the key when *data*, an article's JSON of
        schema *version*, lacks a top-level key :meth:`to_dict` always writes (:data:`ARTICLE_KEYS`),
        but for those version 1 did not write (:data:`VERSION_1_ABSENT`: ``schema_version``,
        ``section_span``) in JSON of version 1.  A key the schema does not list is let through
        (the ``"file"`` of a ``--jsonl`` line): :meth:`from_dict` ignores it.

        .. versionadded:: 0.2"""
        for key in ARTICLE_KEYS:
            if key not in data and not (version == 1 and key in VERSION_1_ABSENT):
                raise SchemaError(key, "is missing")

    def part_spans(self) -> Iterator[tuple[str, Span]]:
        """Every span of the article with the place :meth:`to_dict` writes it (``quotes[3].span``),
        in that order.

        .. versionadded:: 0.2"""
        if self.section_span is not None:
            yield "section_span", self.section_span
        for name in ("headline", "byline", "dateline", "published", "updated"):
            part = getattr(self, name)
            if part is not None:
                yield f"{name}.span", part.span
        for i, caption in enumerate(self.captions):
            for j, span in enumerate(caption.spans):
                yield f"captions[{i}].spans[{j}]", span
        for i, paragraph in enumerate(self.paragraphs):
            yield f"paragraphs[{i}].span", paragraph.span
        for i, quote in enumerate(self.quotes):
            yield f"quotes[{i}].span", quote.span
            if quote.speaker is not None and quote.speaker.span is not None:
                yield f"quotes[{i}].speaker.span", quote.speaker.span
        for i, line in enumerate(self.boilerplate):
            yield f"boilerplate[{i}].span", line.span

    @classmethod
    def from_json(cls, data: str, *, text: str = "") -> Article:
        """Rebuild an article from :meth:`to_json`'s output; JSON that does not parse raises
        :class:`~newsparse.SchemaError` too."""
        try:
            decoded = json.loads(data)
        except (json.JSONDecodeError, RecursionError) as error:
            raise SchemaError("", f"not JSON: {error}") from error
        return cls.from_dict(decoded, text=text)
