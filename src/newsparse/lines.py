"""Splitting the input into non-blank lines that keep their offsets."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from .spans import Span, collapse

__all__ = [
    "CLOSERS",
    "SENTENCE_ENDS",
    "Line",
    "ends_sentence",
    "has_lower_word",
    "is_sentence",
    "join_span",
    "joined_text",
    "split_lines",
    "word_count",
]

# The line boundaries of str.splitlines(), \r\n counted once.
_BREAK = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_BOM = "\ufeff"
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
        body = raw.lstrip()
        while not lines and body[:1] == _BOM and body[1:].strip():  # a byte-order mark left at the start of the text
            body = body[1:].lstrip()
        stripped = body.rstrip()
        if not stripped:
            continue
        lead = len(raw) - len(body)
        match_start = match.start()
        start = match_start + lead
        if not lines:
            blank_before = True
        elif match_start - previous_end == 1:  # one break character, the usual case: no blank line
            blank_before = False
        else:
            blank_before = len(_BREAK.findall(text, previous_end, match_start)) >= 2
        indent = len(raw[:lead].replace(_BOM, "").expandtabs(4)) if lead else 0
        lines.append(Line(stripped, Span(start, start + len(stripped)), indent, blank_before))
        previous_end = match.end()
    return tuple(lines)


def join_span(lines: Sequence[Line]) -> Span:
    """The span from the first line's start to the last line's end (one line's own span for one line)."""
    if len(lines) == 1:
        return lines[0].span
    return Span(lines[0].span.start, lines[-1].span.end)


def joined_text(lines: Sequence[Line]) -> str:
    """The lines' texts joined by single spaces, whitespace collapsed."""
    return collapse(" ".join(line.text for line in lines))


#: Characters that end a sentence, in any script: Latin, CJK full-width, Devanagari danda,
#: Arabic and Urdu full stop and question mark, Armenian, Ethiopic, the ellipsis.
SENTENCE_ENDS = ".!?…。！？｡।॥۔؟։።፧"
#: Characters that may close a sentence after its end mark: quotes and brackets.
CLOSERS = "\"”’'»)]）」』"
# Letters of scripts written without spaces between words.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
#: How many characters of a line the prose test reads (a longer line is prose by its length).
PROSE_WINDOW = 2_000


def word_count(text: str) -> int:
    """The words in *text*: space-separated words, or for scripts written without spaces (Chinese,
    Japanese, Thai) one word per two letters, whichever is more."""
    text = text[:PROSE_WINDOW]
    spaced = len(text.split())
    if text.isascii():
        return spaced
    return max(spaced, len(_UNSPACED.findall(text)) // 2)


def ends_sentence(text: str) -> bool:
    """Whether *text* ends in sentence punctuation of any script, maybe followed by quotes or brackets."""
    stripped = text.rstrip(CLOSERS + " ")
    return bool(stripped) and stripped[-1] in SENTENCE_ENDS


def has_lower_word(text: str) -> bool:
    """Whether a word after the first starts with a letter that is not a capital: lower case, or a
    script without case (Devanagari, Arabic, Chinese)."""
    return _has_lower_word(text, text[:PROSE_WINDOW].split())


def _has_lower_word(text: str, words: list[str]) -> bool:
    """:func:`has_lower_word` for *text* already split into *words* (of its first :data:`PROSE_WINDOW` characters)."""
    if len(words) == 1:
        return word_count(text) > 1 and not words[0][:1].isupper()
    for word in words[1:]:
        first = word[:1]
        if first.isalpha() and not first.isupper():
            return True
    return False


def is_sentence(text: str, min_words: int) -> bool:
    """Whether *text* reads as running prose: at least *min_words* words (see :func:`word_count`),
    ending in sentence punctuation, with words that are not all capitalised (not a title)."""
    if not ends_sentence(text):  # the cheapest test first: most lines that are not prose fail it
        return False
    words = text[:PROSE_WINDOW].split()
    if len(words) < min_words and word_count(text) < min_words:  # spaced words are enough when there are many
        return False
    return _has_lower_word(text, words)
