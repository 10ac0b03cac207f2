"""The headline: the first line of the header that no other parser claims and that reads like a title."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from .lines import Line
from .spans import Headline

__all__ = ["HeadlineParser"]


class HeadlineParser:
    """Takes a header line as the headline when it is short enough to be a title.

    The article pipeline offers it the header lines that the timestamp, byline, caption and
    boilerplate parsers turned down, and stops offering once it has a headline or the body
    has begun.
    """

    #: The most words a headline may have.
    MAX_WORDS: ClassVar[int] = 30
    #: The most characters a headline may have.
    MAX_CHARS: ClassVar[int] = 250

    def parse(self, lines: Sequence[Line], index: int) -> Headline | None:
        """A :class:`Headline` from ``lines[index]``, or ``None``."""
        line = lines[index]
        if not self.is_candidate(line):
            return None
        if index + 1 >= len(lines) and len(lines) > 1:
            return None
        return Headline(line.text, line.span)

    def is_candidate(self, line: Line) -> bool:
        """Whether *line* is short and title-like: not a sentence run of several clauses."""
        text = line.text
        if len(text) > self.MAX_CHARS or len(text.split()) > self.MAX_WORDS:
            return False
        if not any(ch.isalpha() for ch in text):
            return False
        return not self.is_sentences(text)

    def is_sentences(self, text: str) -> bool:
        """Whether *text* holds more than one sentence, as a paragraph does and a headline does not."""
        count = 0
        for i, ch in enumerate(text[:-1]):
            if ch in ".!?" and text[i + 1] == " " and i + 2 < len(text) and text[i + 2].isupper():
                if i >= 2 and text[i - 2 : i].istitle() and text[i - 1].isalpha() and text[i - 2] == " ":
                    continue  # an initial: "John F. Kennedy"
                count += 1
        return count >= 1 and text[-1] in ".!?\"”"
