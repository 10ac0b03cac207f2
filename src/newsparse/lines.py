"""Splitting the input into non-blank lines that keep their offsets."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .spans import Span, collapse

__all__ = ["Line", "join_span", "joined_text", "split_lines"]

# The line boundaries of str.splitlines(), \r\n counted once.
_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTENT = regex.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]++")


@attrs.frozen
class Line:
    """One non-blank line: ``text`` stripped of surrounding whitespace, ``span`` its place in the input,
    ``indent`` the width of its leading whitespace, ``blank_before`` whether a blank line (or the
    start of the input) comes before it."""

    text: str
    span: Span
    indent: int
    blank_before: bool


def split_lines(text: str) -> tuple[Line, ...]:
    """The non-blank lines of *text*, in order.

    >>> [(ln.text, ln.span.start, ln.blank_before) for ln in split_lines("A\\r\\n\\r\\n  b \\n")]
    [('A', 0, True), ('b', 7, True)]
    """
    lines: list[Line] = []
    previous_end = 0
    for match in _CONTENT.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = match.start() + lead
        end = start + len(stripped)
        gap = text[previous_end : match.start()]
        breaks = len(_BREAK.findall(gap))
        blank_before = not lines or breaks >= 2
        indent = len(raw[:lead].expandtabs(4))
        lines.append(Line(stripped, Span(start, end), indent, blank_before))
        previous_end = match.end()
    return tuple(lines)


def join_span(lines: Sequence[Line]) -> Span:
    """The span from the first line's start to the last line's end."""
    return Span(lines[0].span.start, lines[-1].span.end)


def joined_text(lines: Sequence[Line]) -> str:
    """The lines' texts joined by single spaces, whitespace collapsed."""
    return collapse(" ".join(line.text for line in lines))
