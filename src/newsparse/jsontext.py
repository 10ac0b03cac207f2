"""A scraper's JSON record given as the article's text: where each value of a JSON object stands
in the raw text.

The standard library's :mod:`json` only recognises the text (:func:`json_records`); the values'
places come from a scan of the raw text of our own (:func:`json_members`, :func:`json_items`), one
pass, linear, with no recursion (a value nested a million levels deep is skipped by counting its
brackets), so that every part read from a value gets a span into the input: a string's span is the
value as written inside its marks, escapes and all (``\\"``, ``\\n``, ``\\u00e9``), and its text the
value unescaped (:func:`json_unescaped`).

.. versionadded:: 0.2
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import attrs
import regex

from .lines import Line
from .spans import Span, offset_typecode

__all__ = [
    "ESCAPE_PADDING",
    "JsonMember",
    "JsonReading",
    "JsonValue",
    "json_items",
    "json_members",
    "json_records",
    "json_string_pieces",
    "json_unescaped",
]

# A string as written, from its opening mark to its closing one (an escape is a backslash and the
# character after it; \uXXXX is read as a backslash and a "u" here, its four digits as plain ones).
_STRING = regex.compile(r'"(?:[^"\\]++|\\.)*+"', regex.DOTALL)
# A number, true, false or null.
_LITERAL = regex.compile(r"-?+[0-9][0-9.eE+\-]*+|true|false|null")
# JSON's whitespace between tokens.
_BLANK = regex.compile(r"[ \t\r\n]*+")
# Everything up to the next mark or bracket (inside an object or array being skipped).
_PLAIN = regex.compile(r'[^"\[\]{}]*+')
# The tokens of a string's inside: an escape (\uXXXX whole), or a run of plain characters.
_TOKEN = regex.compile(r"\\u[0-9a-fA-F]{4}|\\.|[^\\]++", regex.DOTALL)
# The line breaks JSON does not allow unescaped in a string but str.splitlines() splits at: a text
# that holds one is left to the other rules (a value over two of the library's lines).
_BYTE_ORDER_MARK = "\ufeff"
_OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# An escape of a JSON text, read left to right (an escaped backslash is one escape: "\\\\u00e9" holds
# none of \u00e9): a pair of surrogate escapes, one \uXXXX, or a backslash and one character.
_ESCAPE = regex.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.", regex.DOTALL)
_ESCAPED = {"n": " ", "r": " ", "t": " ", "b": " ", "f": " "}

#: The invisible character (Unicode category ``Cf``: the word joiner) that pads what an escape
#: stands for to the escape's length in :class:`JsonReading`.
#:
#: .. versionadded:: 0.2
ESCAPE_PADDING = "\u2060"


@attrs.frozen
class JsonValue:
    """One value of a JSON text as written: its ``kind`` (``string``, ``object``, ``array`` or
    ``literal``) and where it stands, a string's inside its marks, an object or array with its
    brackets."""

    kind: str
    span: Span


@attrs.frozen
class JsonMember:
    """One member of a JSON object: its ``key`` unescaped, the key's span inside its marks, and its
    :class:`JsonValue`."""

    key: str
    key_span: Span
    value: JsonValue


def json_unescaped(raw: str) -> str | None:
    """*raw*, the inside of a JSON string as written, with its escapes read (``\\"`` a mark,
    ``\\n`` a line break, ``\\u00e9`` an ``é``, a pair of surrogate escapes one character);
    ``None`` when it is no JSON string's inside (a bare mark, a backslash before no escape).

    .. versionadded:: 0.2"""
    if "\\" not in raw:
        return None if '"' in raw else raw
    try:
        value = json.loads(f'"{raw}"', strict=False)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def json_records(lines: Sequence[Line], text: str) -> list[Span] | None:
    """The JSON objects *text* is, as spans, in order: one object (the whole text, stripped: pretty
    printed over many lines, or on one or two), or JSON Lines, each non-blank line of *lines* (the
    text's) one object; ``None`` when the text is anything else (a story that quotes code with
    braces in it, an array, a record cut short) or holds a line break JSON has no place for
    (``\\u2028`` written as is).  A byte-order mark before the object is read past.  :mod:`json` tells; nothing is read here.

    .. versionadded:: 0.2"""
    stripped = text.strip()
    if stripped.startswith(_BYTE_ORDER_MARK):  # (a file's byte-order mark before the record)
        stripped = stripped[1:].lstrip()
    if not lines or not stripped.startswith("{") or not stripped.endswith("}"):
        return None
    if any(char in text for char in _OTHER_BREAKS):
        return None
    start = text.index("{")
    if _is_object(stripped):
        return [Span(start, start + len(stripped))]
    if len(lines) < 2:
        return None
    records: list[Span] = []
    for line in lines:
        if not _is_object(line.text):
            return None
        records.append(line.span)
    return records


def _is_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):  # (a value nested past the decoder's depth: no record)
        return False


def _value_at(text: str, at: int, end: int) -> tuple[JsonValue, int] | None:
    """The value that starts at ``text[at]`` and where it ends, or ``None``."""
    if at >= end:
        return None
    char = text[at]
    if char == '"':
        close = _string_end(text, at, end)
        return (JsonValue("string", Span(at + 1, close - 1)), close) if close is not None else None
    if char in "{[":
        close = _skip_nested(text, at, end)
        if close is None:
            return None
        return JsonValue("object" if char == "{" else "array", Span(at, close)), close
    match = _LITERAL.match(text, at, end)
    if match is None:
        return None
    return JsonValue("literal", Span(at, match.end())), match.end()


def _string_end(text: str, at: int, end: int) -> int | None:
    """Where the string that opens at ``text[at]`` ends (after its closing mark), or ``None``."""
    match = _STRING.match(text, at, end)
    return match.end() if match is not None else None


def _skip_nested(text: str, at: int, end: int) -> int | None:
    """Where the object or array that opens at ``text[at]`` ends (after its closing bracket),
    its brackets counted, its strings skipped whole: no recursion, one pass."""
    depth = 0
    while at < end:
        at = _PLAIN.match(text, at, end).end()  # type: ignore[union-attr]  # (matches the empty string)
        if at >= end:
            return None
        char = text[at]
        if char == '"':
            close = _string_end(text, at, end)
            if close is None:
                return None
            at = close
            continue
        depth += 1 if char in "{[" else -1
        at += 1
        if depth == 0:
            return at
    return None


def _blank_end(text: str, at: int, end: int) -> int:
    return _BLANK.match(text, at, end).end()  # type: ignore[union-attr]  # (matches the empty string)


def json_members(text: str, value: JsonValue) -> list[JsonMember] | None:
    """The members of the object *value* of *text*, in order as written, each key unescaped and
    each value's span (:class:`JsonValue`); ``None`` when *value* is no object or is not one as
    JSON writes it.  Nested values are skipped whole, not read.

    .. versionadded:: 0.2"""
    if value.kind != "object":
        return None
    at, end = value.span.start + 1, value.span.end - 1
    found: list[JsonMember] = []
    at = _blank_end(text, at, end)
    while at < end:
        key = _STRING.match(text, at, end)
        if key is None:
            return None
        key_span = Span(at + 1, key.end() - 1)
        name = json_unescaped(key_span.slice(text))
        at = _blank_end(text, key.end(), end)
        if name is None or at >= end or text[at] != ":":
            return None
        read = _value_at(text, _blank_end(text, at + 1, end), end)
        if read is None:
            return None
        found.append(JsonMember(name, key_span, read[0]))
        at = _blank_end(text, read[1], end)
        if at < end:
            if text[at] != ",":
                return None
            at = _blank_end(text, at + 1, end)
    return found


def json_items(text: str, value: JsonValue) -> list[JsonValue] | None:
    """The items of the array *value* of *text*, in order, each a :class:`JsonValue`; ``None``
    when *value* is no array or is not one as JSON writes it.

    .. versionadded:: 0.2"""
    if value.kind != "array":
        return None
    at, end = value.span.start + 1, value.span.end - 1
    found: list[JsonValue] = []
    at = _blank_end(text, at, end)
    while at < end:
        read = _value_at(text, at, end)
        if read is None:
            return None
        found.append(read[0])
        at = _blank_end(text, read[1], end)
        if at < end:
            if text[at] != ",":
                return None
            at = _blank_end(text, at + 1, end)
    return found


def json_string_pieces(text: str, value: JsonValue, breaks: int | None = None) -> list[Span]:
    """The pieces of the string *value* of *text* between its escaped line breaks, each without the
    blanks (written or escaped) at its edges, as spans of the raw text: a body's paragraphs.  With
    *breaks* ``None``, a run of two escaped breaks or more parts the pieces when the string holds
    one (``\\n\\n``: a single ``\\n`` then breaks a line inside its paragraph), else each ``\\n``
    does; ``\\r\\n`` counts as one break.  A piece of nothing but blanks gives no span.  Two passes
    over the string's tokens, linear.

    .. versionadded:: 0.2"""
    start, end = value.span.start, value.span.end
    if breaks is None:
        breaks = 2 if _most_breaks(text, start, end) >= 2 else 1
    pieces: list[Span] = []
    first = last = -1
    count, after_return = 0, False
    for match in _TOKEN.finditer(text, start, end):
        token = match.group()
        kind = _token_kind(token)
        if kind in "nr":  # (a line break: "\\r\\n" one)
            if not (kind == "n" and after_return):
                count += 1
            after_return = kind == "r"
            continue
        after_return = False
        if kind == " ":
            continue  # (a blank: inside a piece, never at its edges)
        lo, hi = match.span()
        if token[0] != "\\":
            lo += len(token) - len(token.lstrip())
            hi = lo + len(token.strip())
        if first < 0:
            first = lo
        elif count >= breaks:
            pieces.append(Span(first, last))
            first = lo
        count, last = 0, hi
    if first >= 0:
        pieces.append(Span(first, last))
    return pieces


def _token_kind(token: str) -> str:
    """What a token of a string's inside (:data:`_TOKEN`) is: ``n`` or ``r``, an escaped line
    feed or carriage return (``\\u000a`` too), `` `` blanks (written, or an escaped tab or space),
    else ``x``, text."""
    if token[0] != "\\":
        return "x" if token.strip() else " "
    char = chr(int(token[2:], 16)) if token[1] == "u" and len(token) == 6 else {"n": "\n", "r": "\r", "t": "\t"}.get(token[1], "x")
    if char in "\n\r":
        return "n" if char == "\n" else "r"
    return " " if char.isspace() else "x"


def _most_breaks(text: str, start: int, end: int) -> int:
    """The longest run of escaped line breaks (blanks between them aside) in ``text[start:end]``."""
    most = count = 0
    after_return = False
    for match in _TOKEN.finditer(text, start, end):
        kind = _token_kind(match.group())
        if kind in "nr":
            if not (kind == "n" and after_return):
                count += 1
                most = max(most, count)
            after_return = kind == "r"
            continue
        after_return = False
        if kind == "x":
            count = 0
    return most


def _escaped_char(escape: str) -> str:
    """What a JSON escape stands for (``\\u00e9`` an accented e, a surrogate pair one character)."""
    if escape[1] == "u":
        units = [int(escape[at : at + 4], 16) for at in range(2, len(escape), 6)]
        return chr(units[0]) if len(units) == 1 else chr(0x10000 + ((units[0] - 0xD800) << 10) + units[1] - 0xDC00)
    return _ESCAPED.get(escape[1], escape[1])


_Reading = TypeVar("_Reading", bound="JsonReading")


@attrs.frozen
class JsonReading:
    """A JSON text as a reader of its strings' words sees it, of the same length: each escape
    written as the character it stands for (``\\"`` a mark, ``\\u00e9`` an ``é``, a pair of
    surrogate escapes one character, ``\\n`` and ``\\t`` a space) after :data:`ESCAPE_PADDING`
    characters to the escape's length, which a reader that skips invisible characters (the quote
    finder's :class:`~newsparse.visible.Visible` text) leaves out; and where the escapes stand
    (``starts``, ``ends``: integer arrays), to take a span found in it back to whole escapes of
    the input (:meth:`widened`).

    .. versionadded:: 0.2"""

    text: str
    starts: array[int]
    ends: array[int]

    @classmethod
    def of(cls, text: str) -> JsonReading:
        """The reading of *text*, a JSON text: one pass over its escapes."""
        return cls.read(text, _ESCAPE.finditer(text), _escaped_char)

    @classmethod
    def read(
        cls: type[_Reading], text: str, found: Iterable[regex.Match[str]], standing_for: Callable[[str], str | None]
    ) -> _Reading:
        """The reading of *text* whose escapes are *found*, each written as what *standing_for* says
        it stands for (no longer than the escape), padded to the escape's length with
        :data:`ESCAPE_PADDING`; an escape it reads as ``None`` is left as written.  The one loop of
        :meth:`of` and of :class:`~newsparse.entities.EntityReading`'s.

        .. versionadded:: 0.2 (round 69's merge)"""
        code = offset_typecode(len(text))
        starts, ends = array(code), array(code)
        pieces: list[str] = []
        last = 0
        for match in found:
            escape = match.group()
            char = standing_for(escape)
            if char is None:
                continue
            pieces.append(text[last : match.start()])
            pieces.append(ESCAPE_PADDING * (len(escape) - len(char)) + char)
            starts.append(match.start())
            ends.append(match.end())
            last = match.end()
        pieces.append(text[last:])
        return cls("".join(pieces), starts, ends)

    def widened(self, span: Span) -> Span:
        """*span* with an edge that falls inside an escape moved out to the escape's own edge, so
        that its slice of the input holds whole escapes (a name that opens with ``\\u00c9``)."""
        start, end = span.start, span.end
        k = bisect_right(self.starts, start) - 1
        if k >= 0 and self.starts[k] < start < self.ends[k]:
            start = self.starts[k]
        k = bisect_right(self.starts, end - 1) - 1
        if k >= 0 and self.starts[k] < end < self.ends[k]:
            end = self.ends[k]
        return Span(start, end)
