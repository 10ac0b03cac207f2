"""Text read without its invisible format characters, with the way back to the input's offsets.

Zero-width spaces, non-joiners and joiners, soft hyphens and bidi controls (Unicode category
``Cf``) can stand anywhere in copied text: inside a name, a cue word, a wire's dateline.  The
parsers that must read past them (quotes, bylines, datelines) read a :class:`Visible` text and map
what they find back to the input, from a part's first character to its last.

.. versionadded:: 0.2
"""

from __future__ import annotations

from array import array
from bisect import bisect_right

import attrs
import regex

from .spans import Span, offset_typecode
from .vocabulary import KEEP_GIL

__all__ = ["INVISIBLE", "UNSEEN", "Visible", "has_invisible", "has_unseen"]

#: A run of invisible format characters (Unicode category ``Cf``).
INVISIBLE = regex.compile(r"\p{Cf}++")

#: A run of characters that a reader never sees inside a line: the invisible format characters
#: (:data:`INVISIBLE`) and the ASCII control characters that are neither blanks nor line breaks,
#: and DEL (``"...," said\x00 Smith``: a NUL glued to a cue hides no cue nor speaker).  Tab,
#: line feed, vertical tab, form feed, carriage return and the information separators
#: U+001C-U+001F (blanks to ``str.isspace``, the first three line breaks to ``str.splitlines``)
#: stay, and so do the C1 controls
#: U+0080-U+009F: in news text they are the bytes of a name decoded twice (``JesÃ\x83Âºs``),
#: part of its word, which must keep its spelling.
#:
#: .. versionadded:: 0.2
UNSEEN = regex.compile(r"[\p{Cf}\x00-\x08\x0e-\x1b\x7f]++")

#: How many pieces of visible text :meth:`Visible.of` joins at a time: a text with a run between
#: every two words is not held as a list of one small string a word (about 60 bytes each) beside
#: the visible text it makes.
JOIN_EVERY = 4096


def has_invisible(text: str) -> bool:
    """Whether *text* holds an invisible format character."""
    return INVISIBLE.search(text, 0, None, KEEP_GIL) is not None


def has_unseen(text: str) -> bool:
    """Whether *text* holds an invisible format character or a control character of :data:`UNSEEN`.

    .. versionadded:: 0.2"""
    return UNSEEN.search(text, 0, None, KEEP_GIL) is not None


@attrs.frozen
class Visible:
    """A text without its invisible characters (:data:`INVISIBLE`), and the way between its
    offsets and the input's: for each run taken out, where it ``ends`` in the input, where it
    stood in the visible text (``places``), and how many characters were taken out up to its end
    (``removed``); integer arrays, four bytes a run each for a text of fewer than 2**32 characters."""

    text: str
    ends: array[int]
    places: array[int]
    removed: array[int]

    @classmethod
    def of(cls, text: str, runs: regex.Pattern[str] = INVISIBLE) -> Visible:
        """*text* without its invisible runs: the pieces between the runs are joined
        :data:`JOIN_EVERY` at a time, and the offsets kept in arrays of the narrowest type that
        holds the text's offsets (:func:`~newsparse.spans.offset_typecode`).  *runs* may name other
        runs to take out, the same way (the marks of a Markdown link in a byline,
        ``BylineParser.parse_linked``).

        .. versionchanged:: 0.2 the *runs* to take out"""
        pieces: list[str] = []
        joined: list[str] = []
        code = offset_typecode(len(text))
        ends, places, removed = array(code), array(code), array(code)
        last = total = 0
        for run in runs.finditer(text, 0, None, False, KEEP_GIL):
            pieces.append(text[last : run.start()])
            if len(pieces) == JOIN_EVERY:
                joined.append("".join(pieces))
                pieces.clear()
            ends.append(run.end())
            places.append(run.start() - total)
            total += run.end() - run.start()
            removed.append(total)
            last = run.end()
        pieces.append(text[last:])
        joined.append("".join(pieces))
        del pieces
        return cls(joined[0] if len(joined) == 1 else "".join(joined), ends, places, removed)

    def inward(self, offset: int) -> int:
        """The visible offset of input *offset* (one inside a run: where the run stood)."""
        k = bisect_right(self.ends, offset)
        before = self.removed[k - 1] if k else 0
        if k < len(self.ends) and self.places[k] + before <= offset:
            return self.places[k]  # (the run's input start is its place plus what was taken out before it)
        return offset - before

    def outward(self, offset: int) -> int:
        """The input offset of visible *offset*: of the character there, after the runs before it."""
        k = bisect_right(self.places, offset)
        return offset + (self.removed[k - 1] if k else 0)

    def span_in(self, span: Span) -> Span:
        return Span(self.inward(span.start), self.inward(span.end))

    def span_out(self, span: Span) -> Span:
        """*span* in the input, from its first character to after its last one, so that invisible
        characters at its edges stay outside it."""
        start = self.outward(span.start)
        return Span(start, self.outward(span.end - 1) + 1 if span.end > span.start else start)
