"""Splitting the input into non-blank lines that keep their offsets."""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from typing import Any, ClassVar, overload

import attrs
import regex

from .spans import SHED_EVERY, Span, TailPackedList, collapse, offset_typecode, shed_room
from .vocabulary import KEEP_GIL

__all__ = [
    "CLOSERS",
    "COMPACT_LINES",
    "SENTENCE_ENDS",
    "Line",
    "LineList",
    "Lines",
    "ends_sentence",
    "has_lower_word",
    "has_text_between",
    "is_invisible",
    "is_sentence",
    "join_span",
    "joined_text",
    "split_lines",
    "visible_end",
    "word_count",
    "words_of",
]

# The line boundaries of str.splitlines(), \r\n counted once.
# (the standard library's re: it scans a character class about three times faster than regex)
_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# (a plain "+": the re of Python 3.10 has no possessive "++"; one class with nothing after it cannot backtrack)
_CONTENT = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
# What a line sheds at its edges besides whitespace: invisible format characters (Unicode category
# Cf: zero-width spaces and joiners, direction marks, bidi controls, a byte-order mark), which text
# copied from right-to-left or rich pages leaves at line ends.  Not the soft hyphen, which shows as
# a hyphen where a line breaks.
_SOFT_HYPHEN = "\xad"
_LEADING_EDGE = regex.compile(r"(?V1)[\s\x1c-\x1f\p{Cf}--\xad]++")
_TRAILING_EDGE = regex.compile(r"(?rV1)[\s\x1c-\x1f\p{Cf}--\xad]++\Z")
_FORMAT = regex.compile(r"(?V1)[\p{Cf}--\xad]++")
# Bidi embeddings, overrides and isolates come in pairs: an opener at a line's start is kept when its
# closer stands inside the line (``\u2067HAMBURG\u2069 (dpa) -``), a closer at its end when its opener does
# (``By \u2067Nour El-Sayed\u2069``), so that a part never holds half a pair.
_BIDI_OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
_BIDI_CLOSERS = "\u202c\u2069"
_BIDI_OPENER = regex.compile(f"[{_BIDI_OPENERS}]")
_BIDI_CLOSER = regex.compile(f"[{_BIDI_CLOSERS}]")


def _is_edge(char: str) -> bool:
    """Whether a line sheds *char* at its ends: whitespace, or an invisible format character."""
    return char.isspace() or (char != _SOFT_HYPHEN and unicodedata.category(char) == "Cf")


@attrs.frozen
class Line:
    """One non-blank line: ``text`` stripped of surrounding whitespace, ``span`` its place in the input,
    ``indent`` the width of its leading whitespace, ``blank_before`` whether a blank line (or the
    start of the input) comes before it."""

    text: str
    span: Span
    indent: int
    blank_before: bool


class Lines(Sequence[Line]):
    """The non-blank lines of one text, kept compactly: three integer arrays (start, end, and the
    indent and ``blank_before`` packed together), about 12 bytes a line, instead of an object a
    line.  Indexing builds the :class:`Line` (its text is the slice of the input), and the last
    :attr:`CACHE_LINES` lines built are kept, since the rules look at the same few lines in turn.
    A slice is a view on the same arrays.

    It behaves like the tuple of :class:`Line` it stands for, and equals one.
    """

    __slots__ = ("_cache", "_ends", "_flags", "_lo", "_size", "_starts", "_text")

    #: How many built lines a :class:`Lines` keeps before it forgets them all.
    CACHE_LINES: ClassVar[int] = 64

    def __init__(
        self, text: str, starts: array[int], ends: array[int], flags: array[int], lo: int = 0, size: int | None = None
    ) -> None:
        self._text = text
        self._starts = starts
        self._ends = ends
        self._flags = flags  # indent << 1 | blank_before
        self._lo = lo
        self._size = len(starts) - lo if size is None else size
        self._cache: dict[int, Line] = {}

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Line]: ...

    def __getitem__(self, index: int | slice) -> Line | Sequence[Line]:
        cache = self._cache
        try:
            return cache[index]  # type: ignore[index]  # (a slice is no key: it falls through)
        except (KeyError, TypeError):
            pass
        if isinstance(index, slice):
            start, stop, step = index.indices(self._size)
            if step != 1:
                return tuple(self[i] for i in range(start, stop, step))
            return Lines(self._text, self._starts, self._ends, self._flags, self._lo + start, max(0, stop - start))
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("line index out of range")
        at = self._lo + index
        if len(cache) >= self.CACHE_LINES:
            cache.clear()
        start, end, flags = self._starts[at], self._ends[at], self._flags[at]
        line = cache[index] = Line(self._text[start:end], Span(start, end), flags >> 1, bool(flags & 1))
        return line

    def __iter__(self) -> Iterator[Line]:
        for index in range(self._size):
            yield self[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (Lines, tuple)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: object) -> tuple[Line, ...]:
        if not isinstance(other, (Lines, tuple)):
            return NotImplemented
        return tuple(self) + tuple(other)

    def __radd__(self, other: object) -> tuple[Line, ...]:
        if not isinstance(other, tuple):
            return NotImplemented
        return other + tuple(self)

    def __repr__(self) -> str:
        return f"Lines({list(self)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        lo, hi = self._lo, self._lo + self._size
        return (Lines, (self._text, self._starts[lo:hi], self._ends[lo:hi], self._flags[lo:hi]))


#: From how many lines on :func:`split_lines` keeps them compactly (a :class:`Lines`); fewer come
#: as a tuple of :class:`Line`, which the rules index faster and which costs little memory.
COMPACT_LINES = 1_000


def split_lines(text: str) -> Sequence[Line]:
    """The non-blank lines of *text*, in order: a tuple of :class:`Line`, or from
    :data:`COMPACT_LINES` lines on a :class:`Lines`, which acts as one.

    >>> [(ln.text, ln.span.start, ln.blank_before) for ln in split_lines("A\\r\\n\\r\\n  b \\n")]
    [('A', 0, True), ('b', 7, True)]
    """
    code = offset_typecode(len(text))
    starts, ends, flags = array(code), array(code), array(offset_typecode(8 * len(text) + 1))  # (a tab indents 4)
    previous_end = 0
    for match in _CONTENT.finditer(text):
        match_start, match_end = match.span()
        raw = match.group()  # (the strings here are dropped at once: a line keeps only its offsets)
        if not _is_edge(raw[0]) and not _is_edge(raw[-1]):
            # the usual line, with nothing to strip off either end
            start, end, indent = match_start, match_end, 0
        else:
            lead = found.end() if (found := _LEADING_EDGE.match(raw, 0, None, KEEP_GIL)) else 0
            trail = _TRAILING_EDGE.search(raw, lead, None, KEEP_GIL)
            stop = trail.start() if trail else len(raw)
            if lead and _BIDI_CLOSER.search(raw, lead, stop, KEEP_GIL):  # (a pair's opener before its closer)
                lead = min((at for at in map(raw.find, _BIDI_OPENERS, repeat(0), repeat(lead)) if at >= 0), default=lead)
            if trail and _BIDI_OPENER.search(raw, lead, stop, KEEP_GIL):  # (a pair's closer after its opener)
                stop = max((at + 1 for at in map(raw.rfind, _BIDI_CLOSERS, repeat(stop)) if at >= 0), default=stop)
            length = stop - lead
            if length <= 0:  # only whitespace and format characters: a line if anything but whitespace
                body = raw.lstrip()
                length = len(body.rstrip())
                if not length:
                    continue
                lead = len(raw) - len(body)
            start, end = match_start + lead, match_start + lead + length
            indent = len(_FORMAT.sub("", raw[:lead], 0, None, None, KEEP_GIL).expandtabs(4)) if lead else 0
        if not starts:
            blank_before = True
        elif match_start - previous_end == 1:  # one break character, the usual case: no blank line
            blank_before = False
        else:
            blank_before = len(_BREAK.findall(text, previous_end, match_start)) >= 2
        starts.append(start)
        ends.append(end)
        flags.append(indent << 1 | blank_before)
        previous_end = match_end
    if len(starts) >= COMPACT_LINES:
        return Lines(text, starts, ends, flags)
    # (fewer lines: the tuple of them, built straight from the offsets)
    return tuple(
        Line(text[start:end], Span(start, end), flag >> 1, bool(flag & 1))
        for start, end, flag in zip(starts, ends, flags, strict=True)
    )


class LineList(TailPackedList[Line]):
    """The lines one parse keeps for the body's paragraphs: a list, which from
    :data:`COMPACT_LINES` lines on packs all but its last :attr:`TAIL` lines as offsets in integer
    arrays, as :class:`Lines` does (about 12 bytes a line instead of three objects), and builds a
    packed :class:`Line` when it is read (see :class:`~newsparse.spans.TailPackedList`).  A line
    whose text is not its span's slice of the input is kept whole.  It has a list's methods,
    equals the list of the same lines, and a change before the last lines (rare) unpacks them
    all first."""

    __slots__ = ("_ends", "_flags", "_odd", "_starts", "_text")

    def __init__(self, text: str, lines: Iterable[Line] = ()) -> None:
        super().__init__()
        self._text = text
        code = offset_typecode(len(text))
        self._starts: array[int] = array(code)
        self._ends: array[int] = array(code)
        self._flags: array[int] = array(offset_typecode(8 * len(text) + 1))
        self._odd: dict[int, Line] = {}  # lines kept whole, by index
        self.extend(lines)

    def _packed_count(self) -> int:
        return len(self._starts)

    def _packed_item(self, index: int) -> Line:
        odd = self._odd.get(index) if self._odd else None
        if odd is not None:
            return odd
        start, end, flags = self._starts[index], self._ends[index], self._flags[index]
        return Line(self._text[start:end], Span(start, end), flags >> 1, bool(flags & 1))

    def _clear_packed(self) -> None:
        code = self._starts.typecode
        self._starts, self._ends, self._flags = array(code), array(code), array(self._flags.typecode)
        self._odd = {}

    def _pop_packed(self) -> bool:
        for column in (self._starts, self._ends, self._flags):
            column.pop()
        self._odd.pop(len(self._starts), None)
        if not len(self._starts) % SHED_EVERY:  # (lines popped by the thousand: their room given back)
            for column in (self._starts, self._ends, self._flags):
                shed_room(column)
        return True

    def _may_pack(self) -> bool:
        """From :data:`COMPACT_LINES` lines on (fewer stay objects, which the rules read faster)."""
        return len(self) >= COMPACT_LINES

    def _pack_item(self, item: Line) -> None:
        text = self._text
        start, end, flags = item.span.start, item.span.end, item.indent << 1 | item.blank_before
        if (
            type(item) is not Line
            or not 0 <= item.indent <= 4 * len(text)  # (as split_lines measures one: a tab indents 4)
            or end - start != len(item.text)
            or not text.startswith(item.text, start)
        ):
            self._odd[len(self._starts)] = item  # not its slice of the input: kept whole
            start = end = flags = 0
        self._starts.append(start)
        self._ends.append(end)
        self._flags.append(flags)

    def __copy__(self) -> LineList:
        copied = LineList(self._text)
        copied._starts, copied._ends, copied._flags = self._starts[:], self._ends[:], self._flags[:]
        copied._odd, copied._tail = dict(self._odd), list(self._tail)
        return copied

    def copy(self) -> LineList:
        """A copy that changes apart from this one."""
        return self.__copy__()


def join_span(lines: Sequence[Line]) -> Span:
    """The span from the first line's start to the last line's end (one line's own span for one line)."""
    if len(lines) == 1:
        return lines[0].span
    return Span(lines[0].span.start, lines[-1].span.end)


def joined_text(lines: Sequence[Line]) -> str:
    """The lines' texts joined by single spaces, whitespace collapsed."""
    return collapse(" ".join(line.text for line in lines))


def is_hyphen_break(line: str, following: str) -> bool:
    """Whether a word is broken by a hyphen at the end of *line* and goes on at the start of
    *following* (``di-`` / ``vided``, ``well-`` / ``known``, as a copy of a printed page breaks its
    lines; ``Anglo-`` / ``French``): *line* ends in a letter and one hyphen, *following* opens with
    a letter.  A spaced dash (``the plan -``), two hyphens or a digit before the hyphen
    (``2019-`` / ``2020``) is none.

    .. versionadded:: 0.2 (fixL70)
    .. versionchanged:: 0.2 (rvl70) a capital after the break too."""
    return len(line) > 1 and line[-1] == "-" and line[-2].isalpha() and following[:1].isalpha()


def joins_hyphen_breaks(text: str, lines: Sequence[Line]) -> bool:
    """Whether *text* is :func:`joined_text` of *lines* with each word broken at a line's end
    (:func:`is_hyphen_break`) joined with no space, its hyphen kept or left out
    (``BodyParser.paragraph_text``): a paragraph's text as the span contract allows it.

    .. versionadded:: 0.2 (fixL70)"""
    texts = [collapse(line.text) for line in lines]
    at = 0
    for k, piece in enumerate(texts):
        if k:
            if is_hyphen_break(texts[k - 1], piece):
                if text.startswith("-", at):
                    at += 1
            elif text.startswith(" ", at):
                at += 1
            else:
                return False
        if not text.startswith(piece[:-1] if k + 1 < len(texts) and is_hyphen_break(piece, texts[k + 1]) else piece, at):
            return False
        at += len(piece) - (1 if k + 1 < len(texts) and is_hyphen_break(piece, texts[k + 1]) else 0)
    return at == len(text)


#: Characters that end a sentence, in any script: Latin, CJK full-width, Devanagari danda,
#: Arabic and Urdu full stop and question mark, Armenian, Ethiopic, the ellipsis.
SENTENCE_ENDS = ".!?…。！？｡।॥۔؟։።፧"
#: Characters that may close a sentence after its end mark: quotes and brackets, the closing marks
#: of every language's quotation marks among them (German ``„...“``, ``»...«``, ``‚...‘``, ``›...‹``).
CLOSERS = "\"”’'»“«‘›‹)]）」』＂"
# Letters of scripts written without spaces between words.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_CLOSERS_AND_SPACE = CLOSERS + " "
#: Unicode categories of characters that print nothing: controls (C0 but the line breaks, DEL,
#: C1), format characters (a soft hyphen, a zero-width space), private use, lone surrogates.
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs"})
#: Characters that print nothing useful though their category prints: the replacement character
#: a bad decoding leaves (``U+FFFD``).
INVISIBLE_CHARS = "\ufffd"
#: How many characters of a line the prose test reads (a longer line is prose by its length).
PROSE_WINDOW = 2_000


# A word as str.split() cuts one: a run of what str.isspace() does not call whitespace (the
# standard library's \s is exactly that set).
_WORD = re.compile(r"\S+")

#: A word between white space as :mod:`regex` reads white space (the Unicode ``White_Space``
#: property), for the readers that need :mod:`regex`'s match objects or pass it
#: :data:`~newsparse.vocabulary.KEEP_GIL`: one compiled pattern for the package.  :func:`words_of`
#: splits as :meth:`str.split` does instead, whose white space also holds U+001C to U+001F.
SPACED_WORD = regex.compile(r"\S++")


def words_of(text: str) -> Iterator[str]:
    """The words of *text* as :meth:`str.split` gives them, one at a time, so that a test that
    needs only the first few words of a long line builds no list of all of them.

    >>> list(words_of(" Rain\\x1fends  drought "))
    ['Rain', 'ends', 'drought']
    """
    for match in _WORD.finditer(text):
        yield match.group()


#: The pairs of quotation marks a field's whole value may stand in (``title: "..."``, a YAML
#: export's ``title: '...'``).
#:
#: .. versionchanged:: 0.2 straight single quotes.
FIELD_QUOTES = (('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"), ("'", "'"))
#: The ways a straight closing mark of :data:`FIELD_QUOTES` may stand inside the value it closes
#: without closing it: after a backslash (a JSON or YAML string: ``"\"No,\" she says"``) or
#: doubled (YAML's ``'Rovers'' new manager'``).
#:
#: .. versionadded:: 0.2
FIELD_ESCAPES = {'"': ('\\"', '""'), "'": ("\\'", "''")}
#: The mark that may close a field's line after its quoted value, as a JSON object's key and
#: value print it (``"title": "Rail fares to rise",``): no part of the value.
#:
#: .. versionadded:: 0.2
FIELD_TAIL = ","


def field_value(text: str) -> tuple[int, int]:
    """Where the value of a scraper's or a front matter's field, *text* after its label, starts and
    ends in *text*: inside the quotation marks of :data:`FIELD_QUOTES` that hold all of it
    (``title: "Rail fares to rise"``, with :data:`FIELD_TAIL` after them: ``"Rail fares to
    rise",``), with no closing mark inside but an escaped one (:data:`FIELD_ESCAPES`), else its
    text without the spaces around it.

    .. versionadded:: 0.2
    .. versionchanged:: 0.2 single quotes, escaped marks inside and a JSON line's comma after."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    tail = len(FIELD_TAIL) if FIELD_TAIL and text.endswith(FIELD_TAIL, 0, end) else 0
    stop = end - tail if end - start >= 3 + tail else end
    if stop - start >= 3:
        for opening, closing in FIELD_QUOTES:
            if text[start] != opening or text[stop - 1] != closing:
                continue
            inside = text[start + 1 : stop - 1]
            bare = inside
            for escape in FIELD_ESCAPES.get(closing, ()):
                bare = bare.replace(escape, "")
            if closing not in bare and inside.strip() == inside:
                return start + 1, stop - 1
    return start, end


def field_unescaped(value: str, closing: str) -> str:
    """*value*, a field's value read inside its quotation marks (:func:`field_value`), with each
    escaped closing mark of :data:`FIELD_ESCAPES` written as the mark itself (``Rail \\"fares\\" to
    rise`` inside ``"..."`` gives ``Rail "fares" to rise``; ``Rovers'' new manager`` inside ``'...'``
    gives ``Rovers' new manager``); *value* as it is for a mark with no escapes.

    .. versionadded:: 0.2"""
    for escape in FIELD_ESCAPES.get(closing, ()):
        value = value.replace(escape, closing)
    return value


def quoted_field_mark(text: str, start: int, end: int) -> str | None:
    """The closing mark of the pair of :data:`FIELD_QUOTES` right around ``text[start:end]``
    (a field's value read inside its marks: :func:`field_value`), or ``None`` when no such pair
    stands right before and after it.

    .. versionadded:: 0.2"""
    if start < 1 or end >= len(text):
        return None
    for opening, closing in FIELD_QUOTES:
        if text[start - 1] == opening and text[end] == closing:
            return closing
    return None


def csv_cells(text: str) -> list[tuple[int, int, bool]] | None:
    """The cells of *text*, one record of a CSV export on one line, as ``(start, end, quoted)``:
    where each value starts and ends in *text* (inside its double quotation marks when quoted, a
    doubled mark inside it one mark: ``"Rail ""fares"" to rise"``, see :func:`field_unescaped`),
    the cells split at the commas outside marks (``"Fares rise, minister says",Anna Kerr``).
    ``None`` when a quoted cell is not closed or is followed by anything but a comma or the end.
    One pass over *text*, linear.

    .. versionadded:: 0.2"""
    cells: list[tuple[int, int, bool]] = []
    at, size = 0, len(text)
    while True:
        if at < size and text[at] == '"':
            end = at + 1
            while True:
                end = text.find('"', end)
                if end < 0:
                    return None  # (no closing mark)
                if text.startswith('""', end):
                    end += 2
                    continue
                break
            cells.append((at + 1, end, True))
            at = end + 1
            if at < size and text[at] != ",":
                return None  # ('"Fares" rise': a mark that closes no cell)
        else:
            comma = text.find(",", at)
            end = size if comma < 0 else comma
            cells.append((at, end, False))
            at = end
        if at >= size:
            return cells
        at += 1  # (past the comma)
        if at == size:
            cells.append((at, at, False))  # (an empty last cell: "a,b,")
            return cells


#: The brackets around a field's list of values (``authors: ["Anna Kerr", "Tom Berg"]``, a JSON
#: array or a YAML flow sequence).
#:
#: .. versionadded:: 0.2
FIELD_LIST_BRACKETS = ("[", "]")


def field_list(text: str) -> str | None:
    """*text*, a field's value after its label, with the brackets of :data:`FIELD_LIST_BRACKETS`
    and the quotation marks of :data:`FIELD_QUOTES` around each item read as spaces, the commas
    between the items kept (``["Anna Kerr", "Tom Berg"]`` gives ``  Anna Kerr ,  Tom Berg  ``; the
    offsets kept), when it is such a list of quoted items and nothing else (:data:`FIELD_TAIL`
    after it aside); else ``None``.

    .. versionadded:: 0.2"""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if FIELD_TAIL and text.endswith(FIELD_TAIL, 0, end):
        end = len(text[: end - len(FIELD_TAIL)].rstrip())
    opening, closing = FIELD_LIST_BRACKETS
    if end - start < 4 or text[start] != opening or text[end - 1] != closing:
        return None
    chars = list(text)
    chars[start] = chars[end - 1] = " "
    at = start + 1
    for item in text[start + 1 : end - 1].split(","):
        first, last = field_value(item)
        if first == 0 or last == len(item.rstrip()):
            return None  # (an item with no marks of its own: no list of quoted values)
        chars[at + first - 1] = chars[at + last] = " "
        at += len(item) + 1
    return "".join(chars)


def has_text_between(text: str, start: int, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds anything but whitespace (as :meth:`str.strip` reads it),
    told without copying the slice."""
    return _WORD.search(text, start, len(text) if end is None else end) is not None


def word_count(text: str) -> int:
    """The words in *text*: space-separated words, or for scripts written without spaces (Chinese,
    Japanese, Thai) one word per two letters, whichever is more."""
    window = text[:PROSE_WINDOW]
    return _count_words(window, window.split())


def _count_words(window: str, words: list[str]) -> int:
    """:func:`word_count` for a line's *window* (its first :data:`PROSE_WINDOW` characters) already split into *words*."""
    spaced = len(words)
    if window.isascii():
        return spaced
    return max(spaced, len(_UNSPACED.findall(window, 0, None, False, KEEP_GIL)) // 2)


def is_invisible(char: str) -> bool:
    """Whether *char* prints nothing (:data:`INVISIBLE_CATEGORIES`, :data:`INVISIBLE_CHARS`):
    debris of a bad decoding or a copy, not a character a sentence ends in.

    .. versionadded:: 0.2"""
    return char in INVISIBLE_CHARS or unicodedata.category(char) in INVISIBLE_CATEGORIES


def visible_end(text: str) -> str:
    """*text* without the characters that print nothing at its end (:func:`is_invisible`:
    ``...on Friday.\\ufffd`` gives ``...on Friday.``), for the tests of how a line ends; the line
    itself keeps them.  Linear in the length of the run cut off.

    .. versionadded:: 0.2"""
    end = len(text)
    while end and is_invisible(text[end - 1]):
        end -= 1
    return text if end == len(text) else text[:end]


def _sentence_tail(text: str) -> str:
    """*text* without quotes, brackets, spaces and invisible characters (:func:`visible_end`) at its end, in any order."""
    stripped = text.rstrip(_CLOSERS_AND_SPACE)
    while stripped and not stripped[-1].isalnum() and is_invisible(stripped[-1]):  # (isalnum: the cheap test first)
        stripped = visible_end(stripped).rstrip(_CLOSERS_AND_SPACE)
    return stripped


def without_accents(text: str) -> str:
    """*text* without the combining marks its letters carry (``Montréal`` -> ``Montreal``,
    ``Repórter`` -> ``Reporter``), for a word a vocabulary lists only as English writes it: the one
    reading the byline, dateline and speaker parsers share (rvl69).

    .. versionadded:: 0.2 (rvl69)"""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def ends_sentence(text: str) -> bool:
    """Whether *text* ends in sentence punctuation of any script, maybe followed by quotes or
    brackets, or by characters that print nothing (:func:`visible_end`)."""
    stripped = _sentence_tail(text)
    return bool(stripped) and stripped[-1] in SENTENCE_ENDS


def has_lower_word(text: str) -> bool:
    """Whether a word after the first starts with a letter that is not a capital: lower case, or a
    script without case (Devanagari, Arabic, Chinese)."""
    window = text[:PROSE_WINDOW]
    return _has_lower_word(window, window.split())


def _has_lower_word(window: str, words: list[str]) -> bool:
    """:func:`has_lower_word` for a line's *window* (its first :data:`PROSE_WINDOW` characters) already split into *words*."""
    if len(words) == 1:
        return _count_words(window, words) > 1 and not words[0][:1].isupper()
    for word in words[1:]:
        first = word[:1]
        if first.isalpha() and not first.isupper():
            return True
    return False


def is_sentence(text: str, min_words: int) -> bool:
    """Whether *text* reads as running prose: at least *min_words* words (see :func:`word_count`),
    ending in sentence punctuation, with words that are not all capitalised (not a title)."""
    stripped = _sentence_tail(text)  # (ends_sentence, the cheapest test first: most non-prose fails it)
    if not stripped or stripped[-1] not in SENTENCE_ENDS:
        return False
    window = text[:PROSE_WINDOW]
    if min_words >= 2:  # (the first words and the rest in one piece: a long line is not split word by word)
        head = window.split(None, min_words)
        if len(head) > min_words:  # more than min_words words: a word in lower case among the first, or the rest
            # (a word that opens with a letter not a capital: a loop, no call per word, on every line)
            for word in head[1:-1]:
                first = word[:1]
                if first.isalpha() and not first.isupper():
                    return True
            for word in head[-1].split():
                first = word[:1]
                if first.isalpha() and not first.isupper():
                    return True
            return False
        words = head  # (all of them)
    else:
        words = window.split()
    if len(words) < min_words and _count_words(window, words) < min_words:  # spaced words are enough when there are many
        return False
    return _has_lower_word(window, words)
