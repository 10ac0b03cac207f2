"""The named intermediate values of the quote engine.

Coordinates: every ``start``/``end`` here is an offset into the paragraph being read (its text is
:attr:`State.paragraph_text`); only the :class:`~newsparse.Quote` and :class:`~newsparse.Speaker`
values the engine returns, and the :class:`~newsparse.people.PersonIndex`, use offsets into the
whole input.  :meth:`State.absolute` converts.
"""

from __future__ import annotations

import attrs

from ..people import PersonIndex
from ..spans import Quote, Speaker

__all__ = ["Attribution", "Candidate", "Cue", "Mention", "Quotation", "State", "Words"]


@attrs.frozen
class Words:
    """Some words of a paragraph: their text and where they stand in it."""

    text: str
    start: int
    end: int

    @property
    def bounds(self) -> tuple[int, int]:
        return self.start, self.end


@attrs.frozen
class Mention(Words):
    """A speaker as written (``the foreign minister``, ``Abbas``, ``he``), in the paragraph."""


@attrs.frozen
class Cue(Words):
    """The words that mark an attribution (``said``, ``according to``, ``told``), in the paragraph."""


@attrs.frozen
class Attribution:
    """Who said a quotation: the speaker's phrase, the cue, and an outlet that carried the words
    (``, Anadolu news agency reported``), if any."""

    speaker: tuple[int, int]
    cue: Cue
    source: str | None = None


@attrs.frozen
class Quotation:
    """A pair of quotation marks (``open`` and ``close`` are the marks' offsets, ``close`` the
    paragraph's end when the quotation carries on), the words inside them (``start``, ``end``)
    and the sentence (``sentence_start``, ``sentence_end``) they stand in."""

    open: int
    close: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@attrs.frozen
class Candidate:
    """One piece of reported speech found around a cue: the quote, its speaker's mention and the
    part of the paragraph (``start``, ``end``) it claims, so that no other cue reads it again."""

    quote: Quote
    mention: Mention
    start: int
    end: int


@attrs.define
class State:
    """What one :meth:`~newsparse.QuoteParser.parse` call has seen so far (local to the call)."""

    index: PersonIndex
    #: The whole input.
    text: str = ""
    last_speaker: Speaker | None = None
    last_speaker_paragraph: int = -10
    colon_speaker: Speaker | None = None
    colon_paragraph: int = -10
    #: The paragraph being read: where it starts in the input, its text (quotation digraphs made
    #: single), where its sentences start and its quotation marks, paragraph-relative.
    paragraph_start: int = 0
    paragraph_text: str = ""
    sentence_starts: tuple[int, ...] = ()
    paragraph_marks: tuple[tuple[int, int], ...] = ()
    #: The speakers found so far in the paragraph being read (each named, not a pronoun).
    paragraph_speakers: list[Speaker] = attrs.Factory(list)
    #: The person pronoun (``he``, ``she``) the article calls each name by, from the words that
    #: describe it and the pronouns resolved to it (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.other_gender`); read when first needed.
    genders: dict[str, str] | None = None
    #: The strings of the quotes found so far, each kept once (see
    #: :meth:`~newsparse.QuoteParser.shared_strings`).
    strings: dict[str, str] = attrs.Factory(dict)

    def absolute(self, pos: int) -> int:
        """A paragraph-relative offset as an offset into the input."""
        return self.paragraph_start + pos
