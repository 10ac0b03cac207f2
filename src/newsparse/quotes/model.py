"""The named intermediate values of the quote engine.

Coordinates: every ``start``/``end`` here is an offset into the paragraph being read (its text is
:attr:`State.paragraph_text`); only the :class:`~newsparse.Quote` and :class:`~newsparse.Speaker`
values the engine returns, and the :class:`~newsparse.people.PersonIndex`, use offsets into the
whole input.  :meth:`State.absolute` converts.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from heapq import merge
from itertools import accumulate, islice
from typing import TYPE_CHECKING, Any, ClassVar, overload

import attrs

from ..people import Person, PersonIndex
from ..spans import NARROW_CODE, Quote, QuoteList, Span, Speaker, offset_typecode

if TYPE_CHECKING:
    from .grammar import CueScan
    from .reported import SentenceReading

#: No person pronoun: the one empty set every :class:`Subject` without pronouns shares (each
#: ``frozenset()`` call makes a set of its own, 216 bytes, one a sentence in a long paragraph).
NO_FORMS: frozenset[str] = frozenset()  # (versionadded 0.2)

__all__ = [
    "Attribution",
    "Bounds",
    "Candidate",
    "ClaimWindow",
    "Claims",
    "Cue",
    "DirectSpeakers",
    "Mention",
    "ParagraphMemo",
    "Quotation",
    "State",
    "Subject",
    "Subjects",
    "Words",
    "by_position",
]


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
class Subject:
    """The subject a sentence of the paragraph opens with, outside quotation marks, as speaker
    resolution reads it once per sentence (see
    :meth:`~newsparse.quotes.resolution.SpeakerResolution.sentence_actor`): its mention, whether
    it is one person (a name, or a role or kin word after a determiner: ``A spokesman for the
    union``, ``Her deputy, Will Hurd``) and the person pronouns the sentence shows for others:
    ``acts_on`` (an object form after the subject: ``The judge asked him to sit``),
    ``possessor`` (a possessive in the subject's own phrase: ``Her deputy``), ``asks_about`` (a
    subject form in a question the subject asks: ``Wale asked whether he would stay``), ``owns`` (a
    possessive that is no object form after the subject: ``The judge read his statement``).
    ``gender`` is the pronoun the phrase's own words call for (``His mother, Anna``: she), or
    ``None``; ``several``: see below."""

    mention: Mention
    person: bool
    gender: str | None = None
    acts_on: frozenset[str] = NO_FORMS
    possessor: frozenset[str] = NO_FORMS
    asks_about: frozenset[str] = NO_FORMS
    owns: frozenset[str] = NO_FORMS
    #: Whether the sentence may have more than one subject or one the grammar did not read
    #: (``Tomas Berg and Ana Ortiz left``, ``Then Paul Grant stood up``): the other rules decide.
    several: bool = False


@attrs.frozen
class Attribution:
    """Who said a quotation: the speaker's phrase, the cue, and an outlet that carried the words
    (``, Anadolu news agency reported``), if any.  ``dropped`` is true when the cue stands alone
    for its subject (Spanish ``«...», añadió.``): ``speaker`` is then the verb's span.  ``unsure``
    is true when the phrase at ``speaker`` speaks but names no one sure (``said Mark Ruiz and Jo
    Kent's attorney``): the quote keeps its cue and has no speaker (mendQ61)."""

    speaker: tuple[int, int]
    cue: Cue
    source: str | None = None
    dropped: bool = False
    unsure: bool = False


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


class Quotations(Sequence[Quotation]):
    """A paragraph's quotations left for :meth:`~newsparse.quotes.direct.DirectQuotes.unattributed_quotes`,
    in the order appended: a list while short, and from :attr:`COMPACT_FROM` on their six offsets
    each in one integer array (48 bytes a quotation instead of an object and its integers, about
    220), each made a :class:`Quotation` again when it is read.  A paragraph of a million
    quotations with no cue beside them is never a million objects at once.

    .. versionadded:: 0.2 (mem69)"""

    __slots__ = ("_items", "_packed")

    #: From how many quotations on they are packed.
    COMPACT_FROM: ClassVar[int] = 1_000
    #: The :mod:`array` type code the packed offsets are kept in (8 bytes: any offset fits).
    OFFSET_CODE: ClassVar[str] = "q"
    #: How many offsets one quotation packs into (its fields, in order).
    FIELDS: ClassVar[int] = 6

    def __init__(self, quotations: Iterable[Quotation] = ()) -> None:
        self._items: list[Quotation] = []
        self._packed: array[int] | None = None
        for quotation in quotations:
            self.append(quotation)

    def append(self, quotation: Quotation) -> None:
        """Add *quotation* at the end, packing the list once it holds :attr:`COMPACT_FROM`."""
        if self._packed is None:
            self._items.append(quotation)
            if len(self._items) >= self.COMPACT_FROM:
                self._packed = array(self.OFFSET_CODE)
                for item in self._items:
                    self._pack(item)
                self._items = []
            return
        self._pack(quotation)

    def _pack(self, quotation: Quotation) -> None:
        """Append *quotation*'s six offsets to the packed array."""
        assert self._packed is not None
        q = quotation
        self._packed.extend((q.open, q.close, q.start, q.end, q.sentence_start, q.sentence_end))

    def __len__(self) -> int:
        return len(self._items) if self._packed is None else len(self._packed) // self.FIELDS

    @overload
    def __getitem__(self, index: int) -> Quotation: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Quotation]: ...

    def __getitem__(self, index: int | slice) -> Quotation | Sequence[Quotation]:
        if self._packed is None:
            return self._items[index]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        at = index * self.FIELDS
        return Quotation(*self._packed[at : at + self.FIELDS])

    def __iter__(self) -> Iterator[Quotation]:
        if self._packed is None:
            yield from self._items
            return
        packed, width = self._packed, self.FIELDS
        for at in range(0, len(packed), width):
            yield Quotation(*packed[at : at + width])


@attrs.frozen
class Candidate:
    """One piece of reported speech found around a cue: the quote, its speaker's mention and the
    part of the paragraph (``start``, ``end``) it claims, so that no other cue reads it again."""

    quote: Quote
    mention: Mention
    start: int
    end: int


class Bounds(Sequence[tuple[int, int]]):
    """``(start, end)`` pairs of a paragraph (its quotation marks, its sentences) kept in two
    integer arrays: about 16 bytes a pair instead of a tuple and its two integers (about 120).
    Each pair is made a tuple when it is read, so it reads as the list it is built from; slicing
    gives a list.  :meth:`of` keeps fewer than :attr:`COMPACT_FROM` pairs as that list, which the
    rules read faster."""

    __slots__ = ("_ends", "_starts")

    #: From how many pairs on :meth:`of` packs them.
    COMPACT_FROM: ClassVar[int] = 1_000
    #: The :mod:`array` type code the pairs are kept in: 4 bytes an offset (:data:`~newsparse.spans.NARROW_CODE`);
    #: a pair with an offset that does not fit (negative, or from ``2**32`` on) makes both arrays
    #: 8-byte ones (``"q"``) as it is appended.  (versionadded 0.2)
    OFFSET_CODE: ClassVar[str] = NARROW_CODE

    def __init__(self, pairs: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: array[int] = array(self.OFFSET_CODE)
        self._ends: array[int] = array(self.OFFSET_CODE)
        for pair in pairs:
            self._add(*pair)

    @classmethod
    def of(cls, pairs: Sequence[tuple[int, int]]) -> Sequence[tuple[int, int]]:
        """*pairs* as they are when short or packed already, else packed."""
        return cls(pairs) if len(pairs) >= cls.COMPACT_FROM and not isinstance(pairs, Bounds) else pairs

    @classmethod
    def grown(cls, pairs: list[tuple[int, int]] | Bounds, pair: tuple[int, int]) -> list[tuple[int, int]] | Bounds:
        """*pairs* with *pair* appended: a list while short, packed from :attr:`COMPACT_FROM`
        pairs on (so that a paragraph's many pairs are never all tuples at once)."""
        pairs.append(pair)
        return cls(pairs) if type(pairs) is list and len(pairs) >= cls.COMPACT_FROM else pairs

    def append(self, pair: tuple[int, int]) -> None:
        self._add(*pair)

    def _add(self, start: int, end: int) -> None:
        """Append the pair ``(start, end)`` to the arrays, made 8-byte ones first when an offset
        does not fit theirs."""
        try:
            self._starts.append(start)
            self._ends.append(end)
        except OverflowError:
            starts, ends = array("q", self._starts), array("q", self._ends)
            del starts[len(ends) :]  # (the start may be in when the end did not fit)
            starts.append(start)
            ends.append(end)
            self._starts, self._ends = starts, ends

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | Sequence[tuple[int, int]]:
        if isinstance(index, slice):
            return list(zip(self._starts[index], self._ends[index], strict=True))
        return self._starts[index], self._ends[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._starts, self._ends, strict=True)

    def starts(self) -> Sequence[int]:
        """The pairs' starts (the array itself: not to be changed)."""
        return self._starts


class Claims(Bounds):
    """The parts of the paragraph being read that a quotation, an attribution or a piece of
    reported speech has claimed (``(start, end)``), so that no other rule reads them again:
    appended as they are claimed, sorted once, kept in integer arrays however many there are.
    A slice of :attr:`WINDOW_FROM` pairs or more is a :class:`ClaimWindow`, which says whether a
    position is claimed by bisection when the claims are in order; a shorter one is a list, which
    reading pair by pair answers as fast."""

    __slots__ = ("_ordered", "_reach")

    #: From how many pairs on a slice is a :class:`ClaimWindow`.
    WINDOW_FROM: ClassVar[int] = 16
    #: How many pairs :meth:`sort` sorts at a time as a list of integer keys, each run then kept
    #: in an integer array and the runs merged: 40 bytes a pair in the list, 8 in an array (a
    #: run of 16,384 is a list of about 650 KB at once).
    #: (versionadded 0.2)
    SORT_RUN: ClassVar[int] = 16_384
    #: Up to how many pairs :meth:`sort` sorts as a list of pairs at once, with no keys nor runs
    #: made (most paragraphs claim a handful).  (versionadded 0.2)
    SORT_PAIRS: ClassVar[int] = 256

    def __init__(self, pairs: Iterable[tuple[int, int]] = ()) -> None:
        super().__init__(pairs)
        self._ordered = self.in_order()
        # the furthest end of the first i + 1 pairs, for each i, once asked (while in order)
        self._reach: array[int] | None = None

    def append(self, pair: tuple[int, int]) -> None:
        start, end = pair
        if self._ordered and self._starts and (start, end) < (self._starts[-1], self._ends[-1]):
            self._ordered = False  # (one comparison a claim: no walk to learn the order later)
        self._add(start, end)
        reach = self._reach
        if reach is not None:  # (kept up to date: a claim made between two questions costs no new read)
            furthest = max(reach[-1], end) if reach else end
            try:
                reach.append(furthest)
            except OverflowError:  # (an end the pairs' arrays were widened for)
                self._reach = reach = array("q", reach)
                reach.append(furthest)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> ClaimWindow | list[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | ClaimWindow | list[tuple[int, int]]:
        if isinstance(index, slice):
            low, high, step = index.indices(len(self._starts))
            if step == 1 and high - low >= self.WINDOW_FROM:
                return ClaimWindow(self, index)
            return list(zip(self._starts[index], self._ends[index], strict=True))
        return self._starts[index], self._ends[index]

    def sort(self) -> None:
        """In order of ``(start, end)``, as a list of the pairs sorts (no tuple made: one integer
        a pair orders them as the pairs, the start first).  Pairs claimed in order, as most are,
        are left as they are, with no list of keys made; up to :attr:`SORT_PAIRS` pairs are sorted
        as a list of pairs."""
        if not self._ends or self._ordered:
            self._ordered = True
            return
        starts, ends, run = self._starts, self._ends, self.SORT_RUN
        if len(starts) <= self.SORT_PAIRS:
            few = sorted(zip(starts, ends, strict=True))
            self._starts = array(starts.typecode, [start for start, _ in few])
            self._ends = array(ends.typecode, [end for _, end in few])
            self._ordered = True
            self._reach = None
            return
        low = min(ends)
        width = max(ends) - low + 1
        packed = len(starts) > run and (max(starts) + 1) * width < 2**63  # (a key fits in an array)
        runs: list[Sequence[int]] = []
        pairs = zip(starts, ends, strict=True)
        for _ in range(0, len(starts), run):
            keys = sorted(start * width + end - low for start, end in islice(pairs, run))
            runs.append(array("q", keys) if packed else keys)
            del keys  # (the next run's list is made with this one gone)
        # the keys hold the pairs: the unsorted arrays are let go before the sorted ones are made
        code = starts.typecode
        del pairs, starts, ends
        self._starts = self._ends = array(code)
        self._starts = array(code, (key // width for key in merge(*runs)))
        self._ends = array(code, (key % width + low for key in merge(*runs)))
        self._ordered = True
        self._reach = None

    def in_order(self) -> bool:
        """Whether the pairs are already in order of ``(start, end)``."""
        starts, ends = self._starts, self._ends
        for i in range(1, len(starts)):
            if starts[i] < starts[i - 1] or (starts[i] == starts[i - 1] and ends[i] < ends[i - 1]):
                return False
        return True

    def covers(self, pos: int, low: int, high: int) -> bool:
        """Whether *pos* falls in one of the pairs from index *low* up to *high*
        (``start <= pos < end``), the pairs in order: the pairs that start at or before *pos*
        found by bisection, and whether the last of them or, failing it, any other reaches past
        *pos* told by the furthest end before each pair (read once for all the paragraph's
        sentences).  Only a position that a pair before the last one covers, or one that a pair
        before *low* reaches, reads the pairs between (as a slice of the array)."""
        starts, ends = self._starts, self._ends
        last = bisect_right(starts, pos, low, high) - 1
        if last < low:
            return False
        if ends[last] > pos:
            return True
        reach = self._reach
        if reach is None:
            reach = self._reach = array(ends.typecode, accumulate(ends, max))
        return reach[last] > pos and last > low and max(ends[low:last]) > pos


class ClaimWindow(Sequence[tuple[int, int]]):
    """Some claims of a paragraph, a slice of its :class:`Claims` (the claims near one
    sentence), with more appended as the sentence's rules claim them.  It reads as the list of
    the pairs, and keeps no copy of them: it holds the claims and where the slice lies.
    :meth:`covers` says whether a position is claimed: by bisection over the sliced pairs when
    they are in order (:meth:`Claims.covers`), one by one over those appended since."""

    __slots__ = ("_added", "_claims", "_ends", "_high", "_low", "_ordered", "_starts")

    def __init__(self, claims: Claims, index: slice) -> None:
        self._claims = claims
        # (the arrays as they are now: sorting the claims later makes new ones, which this keeps out)
        self._starts, self._ends = claims._starts, claims._ends
        low, high, step = index.indices(len(claims._starts))
        if step == 1:
            self._low, self._high = low, max(low, high)
        else:  # (a slice with a step: its own copy, read one by one)
            self._starts, self._ends = claims._starts[index], claims._ends[index]
            self._low, self._high = 0, len(self._starts)
        self._ordered = claims._ordered
        self._added: list[tuple[int, int]] = []

    def append(self, pair: tuple[int, int]) -> None:
        self._added.append(pair)

    def __len__(self) -> int:
        return self._high - self._low + len(self._added)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):
            return list(self)[index]
        size = self._high - self._low
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("claim index out of range")
        if index < size:
            return self._starts[self._low + index], self._ends[self._low + index]
        return self._added[index - size]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        low, high = self._low, self._high
        yield from zip(self._starts[low:high], self._ends[low:high], strict=True)
        yield from self._added

    def covers(self, pos: int) -> bool:
        """Whether *pos* falls in one of the pairs (``start <= pos < end``)."""
        claims, low, high = self._claims, self._low, self._high
        if self._ordered and claims._starts is self._starts:  # (not sorted anew since the slice)
            if claims.covers(pos, low, high):
                return True
        elif any(start <= pos < end for start, end in zip(self._starts[low:high], self._ends[low:high], strict=True)):
            return True
        return any(start <= pos < end for start, end in self._added)


def _pair_start(pair: tuple[int, Mention]) -> int:
    """The start of a ``(start, mention)`` pair: the sort key of :meth:`DirectSpeakers.of`."""
    return pair[0]


class DirectSpeakers(Sequence[tuple[int, Mention]]):
    """The speakers of a paragraph's direct quotes as ``(start, mention)`` pairs in order of
    position (paragraph-relative), for the reported-speech pass to look up by position.  Kept in
    two integer arrays and a list of the mentions' strings (about 24 bytes a speaker instead of a
    tuple, a :class:`Mention` and their integers, about 200); each pair is made when it is read.
    :meth:`of` keeps the pairs of fewer than :attr:`COMPACT_FROM` quotes as a sorted list, which
    the rules read faster."""

    __slots__ = ("_ends", "_mentions", "_starts")

    #: From how many direct quotes on :meth:`of` packs their speakers.
    COMPACT_FROM: ClassVar[int] = 1_000

    def __init__(self, starts: Iterable[int], ends: Iterable[int], mentions: Iterable[str]) -> None:
        """The speakers of *mentions* at *starts* to *ends*, taken to be in order of position."""
        self._starts: array[int] = array("q", starts)
        self._ends: array[int] = array("q", ends)
        self._mentions: list[str] = list(mentions)

    @classmethod
    def of(cls, direct: Sequence[Quote], offset: int) -> Sequence[tuple[int, Mention]]:
        """The speakers (with a span) of the quotes *direct*, whose spans are in the input, as
        pairs relative to the paragraph at *offset*, in order of position: a sorted list when there
        are few quotes, else packed.  Speakers that start together keep the order of their quotes
        in both forms (two rules may read two mentions of different lengths from one start; a
        :class:`Mention` has no order of its own)."""
        if len(direct) < cls.COMPACT_FROM:
            return sorted(
                (
                    (
                        q.speaker.span.start - offset,
                        Mention(q.speaker.mention, q.speaker.span.start - offset, q.speaker.span.end - offset),
                    )
                    for q in direct
                    if q.speaker is not None and q.speaker.span is not None
                ),
                key=_pair_start,
            )
        starts: array[int] = array("q")
        ends: array[int] = array("q")
        mentions: list[str] = []
        for quote in direct:
            speaker = quote.speaker
            if speaker is not None and speaker.span is not None:
                starts.append(speaker.span.start - offset)
                ends.append(speaker.span.end - offset)
                mentions.append(speaker.mention)
        if all(starts[i] <= starts[i + 1] for i in range(len(starts) - 1)):
            return cls(starts, ends, mentions)
        order = sorted(range(len(starts)), key=starts.__getitem__)
        return cls((starts[i] for i in order), (ends[i] for i in order), (mentions[i] for i in order))

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> tuple[int, Mention]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, Mention]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, Mention] | list[tuple[int, Mention]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        start = self._starts[index]
        return start, Mention(self._mentions[index], start, self._ends[index])


class Subjects(Sequence["Subject | None"]):
    """The :class:`Subject` of each sentence of a paragraph, in order (``None`` for a sentence
    with none), as :attr:`ParagraphMemo.subjects` collects them: the first :attr:`WHOLE` as
    objects, the later ones packed, a subject's mention as its start and end in two integer
    arrays (its text is the paragraph's slice) and the rest as the index of its record in a table
    of the paragraph's distinct records (whether one person, the gender, the pronoun sets,
    ``several``), about 12 bytes a sentence instead of about 300; each is built when it is read.
    A subject whose mention is not its slice of the paragraph, or of another class, is kept whole.
    It appends and replaces a subject in place, as a list does.

    .. versionadded:: 0.2"""

    __slots__ = ("_codes", "_ends", "_odd", "_records", "_starts", "_table", "_text", "_whole")

    #: How many subjects are kept as objects before the next are packed.
    WHOLE: ClassVar[int] = 64

    def __init__(self, text: str) -> None:
        self._text = text
        self._whole: list[Subject | None] = []
        code = offset_typecode(len(text))
        self._starts: array[int] = array(code)
        self._ends: array[int] = array(code)
        self._codes: array[int] = array(NARROW_CODE)  # (0 for None)
        self._table: list[tuple[Any, ...]] = [()]  # the records, by code
        self._records: dict[tuple[Any, ...], int] = {(): 0}  # a record -> its code
        self._odd: dict[int, Subject] = {}  # packed subjects kept whole, by packed index

    def __len__(self) -> int:
        return len(self._whole) + len(self._starts)

    def append(self, subject: Subject | None) -> None:
        """Put *subject* after the others."""
        if len(self._whole) < self.WHOLE:
            self._whole.append(subject)
            return
        for column in (self._starts, self._ends, self._codes):
            column.append(0)
        self._pack(len(self._starts) - 1, subject)

    def _pack(self, at: int, subject: Subject | None) -> None:
        self._odd.pop(at, None)
        if subject is None:
            self._codes[at] = 0
            return
        mention = subject.mention
        if (
            type(subject) is not Subject
            or type(mention) is not Mention
            or mention.end - mention.start != len(mention.text)
            or not self._text.startswith(mention.text, mention.start)
        ):
            self._odd[at] = subject  # (not its slice of the paragraph)
            self._codes[at] = 0
            return
        record = (
            subject.person, subject.gender, subject.acts_on, subject.possessor, subject.asks_about, subject.owns, subject.several
        )
        self._starts[at], self._ends[at] = mention.start, mention.end
        code = self._records.get(record)
        if code is None:
            code = self._records[record] = len(self._table)
            self._table.append(record)
        self._codes[at] = code

    @overload
    def __getitem__(self, index: int) -> Subject | None: ...

    @overload
    def __getitem__(self, index: slice) -> list[Subject | None]: ...

    def __getitem__(self, index: int | slice) -> Subject | list[Subject | None] | None:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        whole = len(self._whole)
        if index < 0:
            index += len(self)
        if 0 <= index < whole:
            return self._whole[index]
        at = index - whole
        if not 0 <= at < len(self._starts):
            raise IndexError("subject index out of range")
        if self._odd and at in self._odd:
            return self._odd[at]
        code = self._codes[at]
        if not code:
            return None
        start, end = self._starts[at], self._ends[at]
        person, gender, acts_on, possessor, asks_about, owns, several = self._table[code]
        return Subject(Mention(self._text[start:end], start, end), person, gender, acts_on, possessor, asks_about, owns, several)

    def __setitem__(self, index: int, subject: Subject | None) -> None:
        whole = len(self._whole)
        if index < 0:
            index += len(self)
        if 0 <= index < whole:
            self._whole[index] = subject
        elif 0 <= index - whole < len(self._starts):
            self._pack(index - whole, subject)
        else:
            raise IndexError("subject index out of range")


@attrs.define(eq=False)
class TitledSurnames:
    """The surnames a paragraph writes after an honorific of one gender (``Mr Patel``, ``Ms
    Khan``), outside quotation marks, read once for every pronoun of the paragraph (see
    :meth:`~newsparse.quotes.resolution.SpeakerResolution.titled_surname_of_gender`): what the
    first *k* of them give a pronoun, for any *k*, in a few integers (a paragraph of a thousand
    pronouns read its honorifics from its start once per pronoun; stop 51).

    .. versionadded:: 0.2"""

    #: Where each honorific's surname ends, paragraph-relative, in order.
    ends: array[int] = attrs.Factory(lambda: array("q"))
    #: How many of :attr:`ends` may be read before one leaves no one sure (a full name, a
    #: surname written with both genders): a pronoun after more of them gets no one; ``-1``: none does.
    dead: int = -1
    #: A pronoun -> ``(first, stop, surname)``: after the first *k* surnames, ``first <= k <
    #: stop``, *surname* is the only one written with that pronoun's honorific, beside others.
    windows: dict[str, tuple[int, int, str]] = attrs.Factory(dict)

    def surname_for(self, pronoun: str, end: int) -> str | None:
        """The surname the honorifics ending by *end* give *pronoun*, or ``None``."""
        count = bisect_right(self.ends, end)
        if count == 0 or 0 <= self.dead < count:
            return None
        window = self.windows.get(pronoun)
        return window[2] if window is not None and window[0] <= count < window[1] else None


@attrs.define(eq=False)
class ParagraphMemo:
    """What speaker resolution works out once for the paragraph being read, whichever mention
    asks (see :meth:`~newsparse.quotes.resolution.SpeakerResolution.paragraph_memo`): the people
    named from its start, whether each may be a sentence's subject, and the surname each of its
    first sentences opens with.  It holds the paragraph it is for (its start, text, sentence
    starts and marks, compared by identity) and lives in the :class:`State` of one call only."""

    start: int
    text: str
    sentence_starts: Sequence[int]
    marks: Sequence[tuple[int, int]]
    #: The first people named from the paragraph's start (``None`` until asked).
    people: list[Person] | None = None
    #: ``(check, person's start, person's name)`` -> the check's answer for that person.
    checks: dict[tuple[str, int, str], bool] = attrs.Factory(dict)
    #: How many of :attr:`people` stand before a pronoun -> the subject they give (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.leading_subject`).
    openings: dict[int, tuple[int, str] | str | None] = attrs.Factory(dict)
    #: A sentence's start -> the full name of the surname it opens with, or ``None``.
    surnames: dict[int, str | None] = attrs.Factory(dict)
    #: The :class:`Subject` of each of the paragraph's first sentences (``None`` for a sentence
    #: with none), read in order, each once, as far as a pronoun has asked; those after the first
    #: :attr:`Subjects.WHOLE` packed (:class:`Subjects`).
    subjects: Subjects = attrs.Factory(lambda self: Subjects(self.text), takes_self=True)
    #: For each sentence read into :attr:`subjects`, the index of the last sentence up to it
    #: whose subject is one person or may be several, or -1: a pronoun finds its nearer subject
    #: in one step (an integer array: 8 bytes a sentence).
    last_person: array[int] = attrs.Factory(lambda: array("q"))
    #: The sentences whose :class:`Subject` in :attr:`subjects` holds the pronouns it shows for
    #: others (read only for a subject a pronoun turned to).
    read_objects: set[int] = attrs.Factory(set)
    #: How many of :attr:`subjects` are folded into :attr:`subject_genders` and
    #: :attr:`gender_subjects` (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.fold_subject_genders`).
    genders_folded: int = 0
    #: A subject's full name -> the person pronoun its title or role shows -> the first sentence
    #: whose subject shows it (``Mr. Berg sat down.``: he).
    subject_genders: dict[str, dict[str, int]] = attrs.Factory(dict)
    #: A person pronoun -> ``(sentence, full name)`` of each subject shown for it, the first
    #: sentence of each name, in order.
    gender_subjects: dict[str, list[tuple[int, str]]] = attrs.Factory(dict)
    #: The paragraph's surnames after honorifics (:class:`TitledSurnames`), ``None`` until asked.
    titled: TitledSurnames | None = None

    def is_for(self, state: State) -> bool:
        """Whether this memo is for the paragraph *state* is reading."""
        return (
            self.start == state.paragraph_start and self.text is state.paragraph_text
            and self.sentence_starts is state.sentence_starts and self.marks is state.paragraph_marks
        )


@attrs.define
class State:
    """What one :meth:`~newsparse.QuoteParser.parse` call has seen so far (local to the call)."""

    index: PersonIndex
    #: The whole input.
    text: str = ""
    last_speaker: Speaker | None = None
    last_speaker_paragraph: int = -10
    #: The last speaker that is an organisation the index reads as one (``Acme Corp``), kept when a
    #: person speaks after it: a thing pronoun after the person may stand for it
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.body_spoken_before`, fixQ63).
    last_body_speaker: Speaker | None = None
    #: Spans of lines the layout read as furniture (the byline, a sign-off): never a speaker's
    #: line (:meth:`~newsparse.quotes.direct.DirectQuotes.speaker_on_next_line`).
    furniture: Sequence[Span] = ()
    colon_speaker: Speaker | None = None
    colon_paragraph: int = -10
    #: The paragraph being read: where it starts in the input, its text (quotation digraphs made
    #: single), where its sentences start and its quotation marks, paragraph-relative.
    paragraph_start: int = 0
    paragraph_text: str = ""
    #: The span of the paragraph read before that one (``None`` for the first): a pronoun whose
    #: paragraph names no one may turn to the people it names (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.previous_paragraph_person`).
    previous_paragraph: Span | None = None
    #: The span of the paragraph read before :attr:`previous_paragraph` (``None`` before the
    #: third): a pronoun after a paragraph of a quotation that names no one turns to the people it
    #: names (``... met Ana Gómez.`` / ``«...», dijo.`` / ``«...», respondió ella.``; lang57).
    earlier_paragraph: Span | None = None
    sentence_starts: Sequence[int] = ()
    paragraph_marks: Sequence[tuple[int, int]] = ()
    #: The speakers found so far in the paragraph being read (each named, not a pronoun).
    paragraph_speakers: list[Speaker] = attrs.Factory(list)
    #: The person pronoun (``he``, ``she``) the article calls each name by, from the words that
    #: describe it and the pronouns resolved to it (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.other_gender`); read when first needed.
    genders: dict[str, str] | None = None
    #: The names of :attr:`genders` whose pronoun only their given name shows (``GIVEN_NAMES``),
    #: weaker evidence that some rules leave aside; a pronoun the rules resolve to one of them
    #: takes its name out (see :meth:`~newsparse.quotes.resolution.SpeakerResolution.add_given_genders`).
    given_genders: set[str] = attrs.Factory(set)
    #: Each surname the article writes alone after an honorific of ``GENDER_WORDS`` (``Mr. Berg``)
    #: -> that honorific's pronoun (empty for both), kept only for a surname one name of the index
    #: ends in; read when first needed (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.surname_genders`).
    surname_genders: dict[str, str] | None = None
    #: Each name -> the person pronouns of the kin words a possessive gives it right after its
    #: name (``Jean Dupont est arrivé avec sa femme``: elle), read when first needed (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.described_kin`).
    kin: dict[str, frozenset[str]] | None = None
    #: Each full name -> where the article first names it, read when first needed (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.first_places`).
    first_named: dict[str, int] | None = None
    #: Each surname (the last word of a full name) -> the full names the article gives with it and
    #: the titles and roles each is described with (the empty word for a given name coordinated
    #: before another's full name: ``Paul and Nina Marsh``), read when first needed (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.surname_holders`).
    surnames: dict[str, dict[str, frozenset[str]]] | None = None
    #: The full names of at least ``MIN_FAMILY_FIRST_WORDS`` words, with their descriptors, by their
    #: first word, read when first needed (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.family_first_names`).
    family_first: dict[str, list[tuple[str, frozenset[str]]]] | None = None
    #: Each surname :meth:`~newsparse.quotes.resolution.SpeakerResolution.surname_in_use` read ->
    #: how far the article has been read for it and where it first writes it alone (-1: not yet),
    #: so that each surname's occurrences are read once per article.
    bare_surnames: dict[str, tuple[int, int]] = attrs.Factory(dict)
    #: A speaker's name -> the person pronoun the reported clauses given to them so far open with
    #: (``Ana Ortiz told Tom Berg she would resign.``), empty when they opened with both (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.note_clause_gender`).
    clause_genders: dict[str, str] = attrs.Factory(dict)
    #: The index's names of the people quoted so far (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.short_paragraph_subject`).
    spoken: set[str] = attrs.Factory(set)
    #: Speaker resolution's answers for the paragraph being read (:class:`ParagraphMemo`).
    paragraph_memo: ParagraphMemo | None = None
    #: Whether a sentence after the last speaker, in that speaker's paragraph, opens with
    #: someone else acting (``The council voted 5-2.``): a quotation in the next paragraph is then
    #: no longer sure to be the last speaker's (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.note_followers`).
    speaker_followed: bool = False
    #: Whether that someone is one person (``Her lawyer, Tom Berg, nodded.``): a person pronoun
    #: in a later paragraph is then no longer sure to be the last speaker.
    speaker_followed_by_person: bool = False
    #: The last paragraph whose quotations with no attribution carried on the last paragraph's
    #: speaker (see :meth:`~newsparse.quotes.direct.DirectQuotes.direct_quotes`): a short
    #: quotation opening the next one is no longer sure to be that speaker's.
    carried_paragraph: int = -10
    #: The interviewee and the interviewer (full names, or ``None``) an interview's ``A:`` and ``Q:``
    #: turns are given, read at its first such turn (see
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.interview_people`).
    interview: tuple[str | None, str | None] | None = None
    #: The names the article writes at the head of an organisation's (``Ralph Lauren`` of
    #: ``Ralph Lauren Corp``), read once (see
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.firm_names`).
    firms: frozenset[str] | None = None
    #: Where the article's words of the first person stand outside quoted words, in the input, in
    #: order, read once (see :meth:`~newsparse.quotes.reported.ReportedSpeech.writer_voice_alone`).
    narration_first_person: Sequence[int] | None = None
    #: Each style of address (lower case, one space between words) -> where its capitalised
    #: mentions end in the input, in order, and what the mentions up to each give: the one person's
    #: name written right after them, ``""`` for more than one, ``None`` for none yet; read once
    #: (see :meth:`~newsparse.quotes.resolution.SpeakerResolution.styled_person`; merge58).
    styles: dict[str, tuple[list[int], list[str | None]]] | None = None
    #: The strings of the quotes found so far, each kept once (see
    #: :meth:`~newsparse.QuoteParser.shared_strings`).
    strings: dict[str, str] = attrs.Factory(dict)
    #: The cue scan (:class:`~newsparse.quotes.grammar.CueScan`) of the paragraph just read, or
    #: ``None``: the paragraph's cues after its rules ran are looked up in it, not read again (see
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.statement_cues`).  (versionadded 0.2)
    paragraph_scan: CueScan | None = None
    #: The sentence :meth:`~newsparse.quotes.reported.ReportedSpeech.reported_speech` is reading
    #: (:class:`~newsparse.quotes.reported.SentenceReading`: its fixed facts and memos), or ``None``
    #: outside one: set for each sentence and cleared when the paragraph's pass ends.  (versionadded 0.2)
    sentence_reading: SentenceReading | None = None

    def absolute(self, pos: int) -> int:
        """A paragraph-relative offset as an offset into the input."""
        return self.paragraph_start + pos

    def findings(self) -> QuoteList:
        """An empty list for the quotes a pass finds in the paragraph being read: a
        :class:`~newsparse.spans.QuoteList`, so that from
        :attr:`~newsparse.spans.Parts.COMPACT_FROM` quotes on they are packed as they are made
        (about 30 bytes a quote, not a :class:`~newsparse.Quote` with its spans and speaker)."""
        return QuoteList(self.text)


def by_position(quotes: Sequence[Quote]) -> Sequence[Quote]:
    """*quotes* in order of position (their spans' starts; quotes that start together in the order
    given): a sorted list, or for a :class:`~newsparse.spans.QuoteList` a view that does not
    unpack its quotes (:meth:`~newsparse.spans.QuoteList.in_order`)."""
    if isinstance(quotes, QuoteList):
        return quotes.in_order()
    return sorted(quotes, key=lambda quote: quote.span.start)
