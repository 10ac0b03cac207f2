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

from .spans import Span
from .vocabulary import KEEP_GIL

__all__ = ["INVISIBLE", "Visible", "has_invisible"]

#: A run of invisible format characters (Unicode category ``Cf``).
INVISIBLE = regex.compile(r"\p{Cf}++")


def has_invisible(text: str) -> bool:
    """Whether *text* holds an invisible format character."""
    return INVISIBLE.search(text, 0, None, KEEP_GIL) is not None


@attrs.frozen
class Visible:
    """A text without its invisible characters (:data:`INVISIBLE`), and the way between its
    offsets and the input's: for each run taken out, where it ``ends`` in the input, where it
    stood in the visible text (``places``), and how many characters were taken out up to its end
    (``removed``); integer arrays, eight bytes a run."""

    text: str
    ends: array[int]
    places: array[int]
    removed: array[int]

    @classmethod
    def of(cls, text: str) -> Visible:
        pieces: list[str] = []
        ends, places, removed = array("q"), array("q"), array("q")
        last = total = 0
        for run in INVISIBLE.finditer(text, 0, None, False, KEEP_GIL):
            pieces.append(text[last : run.start()])
            ends.append(run.end())
            places.append(run.start() - total)
            total += run.end() - run.start()
            removed.append(total)
            last = run.end()
        pieces.append(text[last:])
        return cls("".join(pieces), ends, places, removed)

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
