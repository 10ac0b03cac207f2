"""The public quote parser: the layers of the quote engine put together, and the entry point."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, MutableSequence, Sequence
from contextlib import nullcontext
from functools import cache, cached_property
from itertools import islice
from typing import ClassVar, TypeVar, cast, overload

import attrs
import regex

from ..names import NameModel, strip_possessive
from ..people import PersonIndex, TextPieces
from ..sharing import LazyPattern
from ..spans import Paragraph, Quote, QuoteKind, QuoteList, Span, Speaker, collapse, offset_typecode
from ..visible import INVISIBLE, UNSEEN, Visible, has_unseen
from ..vocabulary import KEEP_GIL, Vocabulary
from .model import Bounds, Claims, Quotations, State, by_position
from .reported import ReportedSpeech
from .words import HEARSAY_FORMS, any_of

__all__ = ["QuoteParser"]

_Item = TypeVar("_Item")


#: A live blog's clock line over a post (``13:48 GMT``, ``1.48pm``, ``13h48``): a clock, then at most
#: a few characters with no digit (a zone, ``a.m.``); compiled when first asked.
_CLOCK_LINE = LazyPattern(
    r"""\d{1,2}+[:.h]\d{2}+   # the clock
        [^\d\n]{0,12}+       # a zone or a.m./p.m. after it""",
    regex.VERBOSE,
)

#: A pair of single quotation marks, as headlines print them (``'We will not back down'``): not
#: after or before a letter or digit, with only apostrophes between letters inside.
_HEADLINE_SINGLE = regex.compile(
    r"""(?<![\p{L}\p{N}])['‘]                     # the opening mark, not after a word
        (?=\S)(?:[^'‘’"\n]|(?<=\p{L})['’](?=\p{L}))++  # words, apostrophes only inside a word
        (?<=\S)['’](?![\p{L}\p{N}])                # the closing mark, not before a word""",
    regex.VERBOSE,
)


#: A line break that wraps a sentence inside a paragraph: the next line goes on in lower case
#: (``according\nto``, ``said\nthat``, ``told\nreporters``), as hard-wrapped text breaks it.
_WRAP = regex.compile(
    r"""\r?+\n                # the break, with a carriage return before it
        (?=[^\S\r\n]*+\p{Ll})  # then the next line's blanks and a lower-case letter""",
    regex.VERBOSE,
)


#: A zero-width non-joiner or joiner alone: part of a word's spelling between two letters.
_JOINER = regex.compile("[\u200c\u200d]")


#: A context that changes nothing (:meth:`QuoteParser.parse_paragraph`: the paragraph's reading is
#: already set when the text its rules read is the paragraph's own).
_UNCHANGED = nullcontext()


#: Each parser class's class that reads single marks (:func:`_single_mark_class`), made once.
_SINGLE_MARK_CLASSES: dict[type[QuoteParser], type[QuoteParser]] = {}


def _single_mark_class(cls: type[QuoteParser]) -> type[QuoteParser]:
    """*cls* reading :attr:`~QuoteParser.SINGLE_MARK_PAIRS` as its quotation marks (made once per
    class): :attr:`QuoteParser.single_mark_reader`'s class."""
    made = _SINGLE_MARK_CLASSES.get(cls)
    if made is not None:
        return made
    namespace = {
        "QUOTE_PAIRS": cls.SINGLE_MARK_PAIRS,
        "QUOTE_DIGRAPHS": (),
        "SINGLE_MARK_PAIRS": (),  # (it reads its marks already: never asks again)
        "__module__": cls.__module__,
        "__doc__": f"{cls.__name__} reading an article that quotes in single marks.",
    }
    made = cast("type[QuoteParser]", type(f"{cls.__name__}InSingleMarks", (cls,), namespace))
    return _SINGLE_MARK_CLASSES.setdefault(cls, made)  # (two threads at once: both get the first one kept)


def _between_letters(match: regex.Match[str]) -> bool:
    """Whether the invisible characters *match* found stand between two letters of its string."""
    text = match.string
    return match.start() > 0 and match.end() < len(text) and text[match.start() - 1].isalpha() and text[match.end()].isalpha()


@cache
def _spaces_for(blanks: str) -> dict[int, str]:
    """The translation table that makes each of *blanks* a space (made once per string of blanks)."""
    return {ord(blank): " " for blank in blanks}


class _ReadWhenAsked(Sequence[_Item]):
    """A sequence whose items are made when they are read (:meth:`_at`, given an index already
    in range): the index checks (a slice, a negative index, one out of range) that
    :class:`_PieceSpans` and :class:`_VisibleParagraphs` share, written once."""

    __slots__ = ()

    #: What an item is, for the message of an index out of range.
    _WHAT: ClassVar[str] = "item"

    def _at(self, index: int) -> _Item:
        """The item at *index*, ``0 <= index < len(self)``."""
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> _Item: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[_Item]: ...

    def __getitem__(self, index: int | slice) -> _Item | Sequence[_Item]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(f"{self._WHAT} index out of range")
        return self._at(index)

    def __iter__(self) -> Iterator[_Item]:
        for index in range(len(self)):
            yield self._at(index)


@attrs.frozen
class _PieceSpans(_ReadWhenAsked[Span]):
    """The spans of some lines, then of the paragraphs, each read when it is needed: a long
    article's paragraphs (packed, :class:`~newsparse.spans.Paragraphs`) are not held as a list of
    spans while the index waits to be read."""

    lines: tuple[Span, ...]
    paragraphs: Sequence[Paragraph]

    _WHAT: ClassVar[str] = "span"

    def __len__(self) -> int:
        return len(self.lines) + len(self.paragraphs)

    def _at(self, index: int) -> Span:
        lines = len(self.lines)
        return self.lines[index] if index < lines else self.paragraphs[index - lines].span

    def __iter__(self) -> Iterator[Span]:
        yield from self.lines
        for paragraph in self.paragraphs:
            yield paragraph.span


@attrs.frozen
class _PieceTexts(TextPieces):
    """:class:`~newsparse.people.TextPieces` over :class:`_PieceSpans`: the lines sliced when
    read, then each paragraph's own text when that is its slice (a line with nothing to collapse,
    as :meth:`QuoteParser.paragraph_slice` reads it), so that the people index does not slice a
    long paragraph again beside the text it has (a one-line article of ten million characters:
    one copy fewer while the index is read).  The slice is the *reader*'s (the quote parser that
    builds the index), so that a subclass's :meth:`QuoteParser.paragraph_slice` is the one read.
    A nickname set off inside a name after a known given name is read as spaces there, as the
    quotes read it (:meth:`~newsparse.quotes.segmentation.Segmentation.nickname_blanks`):
    ``Hubert 'Doc' Ellington`` names Hubert Ellington, whose surname the later mentions then give;
    a qualifier in brackets inside a title is read as spaces too
    (:meth:`~newsparse.quotes.segmentation.Segmentation.qualifier_blanks`: ``DCP (Outer) Sachin
    Sharma`` is the DCP; mendQ65)."""

    spans: _PieceSpans
    reader: QuoteParser

    def __iter__(self) -> Iterator[tuple[str, int]]:
        text, paragraph_slice, blanks = self.text, self.reader.paragraph_slice, self.reader.nickname_blanks
        qualifiers = self.reader.qualifier_blanks  # ("DCP (Outer) Sachin Sharma": the DCP, as the quotes read it)
        for span in self.spans.lines:
            yield qualifiers(blanks(text[span.start : span.end], given_only=True)), span.start
        for paragraph in self.spans.paragraphs:
            piece = paragraph_slice(text, paragraph)
            if not self.reader.is_subheading(piece):  # ("Flawed Approach" over a section: no one)
                yield qualifiers(blanks(piece, given_only=True)), paragraph.span.start


class _VisibleParagraphs(_ReadWhenAsked[Paragraph]):
    """The paragraphs of a visible text (:meth:`QuoteParser.parse_visible`) by their spans in it,
    each made (its text collapsed from the visible text) when it is read, and only the last one
    made kept: the visible paragraphs are not all held at once beside the visible text they are
    sliced from (an article of many paragraphs with an invisible character in each: one copy of
    its text fewer while its quotes are read)."""

    __slots__ = ("_ends", "_last", "_starts", "text")

    def __init__(self, text: str, spans: Iterable[Span]) -> None:
        self.text = text
        code = offset_typecode(len(text))
        self._starts: array[int] = array(code)
        self._ends: array[int] = array(code)
        for span in spans:
            self._starts.append(span.start)
            self._ends.append(span.end)
        self._last: tuple[int, Paragraph] | None = None

    _WHAT: ClassVar[str] = "paragraph"

    def __len__(self) -> int:
        return len(self._starts)

    def _at(self, index: int) -> Paragraph:
        last = self._last
        if last is not None and last[0] == index:
            return last[1]
        start, end = self._starts[index], self._ends[index]
        paragraph = Paragraph(collapse(self.text, start, end), Span(start, end))
        self._last = (index, paragraph)
        return paragraph


class QuoteParser(ReportedSpeech):
    """Extracts :class:`~newsparse.Quote` values from paragraphs.

    Three passes over each paragraph: direct quotes (:mod:`newsparse.quotes.direct`), reported
    speech (:mod:`newsparse.quotes.reported`), then each speaker resolved to a full name
    (:mod:`newsparse.quotes.resolution`) through a :class:`~newsparse.people.PersonIndex`.
    Stateless: one instance may serve many threads.

    Vocabularies (override on a subclass):

    - :attr:`SPEECH_VERBS`: every form that introduces speech, ``said`` to ``according to``
      (built from the lemmas in :mod:`newsparse.vocab.speech_verbs`; matched in lower case);
    - :attr:`BARE_VERBS`: those that may be followed by a clause without ``that``;
    - :attr:`PARTICIPLES`: ``saying``, ``noting`` ... that attach to the sentence's subject, and
      :attr:`OBJECT_PARTICIPLES`, those that need a verb close behind to report speech;
    - :attr:`QUOTE_PAIRS` and :attr:`QUOTE_DIGRAPHS`: quotation marks (``“ ”``, ``" "``, ``'' ''``);
    - :attr:`GROUP_NOUNS`: plural or collective speakers (``analysts``, ``the ministry``);
    - :attr:`STOP_WORDS`, :attr:`ADVERBS`, :attr:`DETERMINERS`, :attr:`QUANTIFIERS`,
      :attr:`PRONOUNS`: how a speaker's phrase is delimited;
    - :attr:`CLAUSE_OPENERS`, :attr:`CLAUSE_VERBS`: how a clause without ``that`` is recognised;
    - :attr:`ABBREVIATIONS`: periods that do not end a sentence;
    - every other grammar word the rules read, each an overridable list (``THAT_WORDS``,
      ``ACCORDING_TO``, ``TIME_PREPOSITIONS``, ``CONJUNCTIONS``, ``RELATIVE_PRONOUNS``,
      ``NAMING_VERBS``, ``PERSON_PRONOUNS``, ...; see :mod:`newsparse.quotes.words` and
      ``docs/extending.md``), so that a language is a vocabulary
      (:mod:`newsparse.quotes.languages`).
    """

    _headline_single = _HEADLINE_SINGLE

    #: The index of the article's people (:meth:`person_index`); its ``NAME_MODEL`` also reads the
    #: speakers' names (:meth:`name_model`): a subclass that sets both to its own (``Anna ter
    #: Horst`` with a particle ``ter``) changes them in one place.
    PERSON_INDEX: ClassVar[type[PersonIndex]] = PersonIndex

    def name_model(self) -> NameModel:
        """A :attr:`PERSON_INDEX`'s ``NAME_MODEL`` for this parser's vocabulary."""
        return self.PERSON_INDEX.NAME_MODEL(self.vocabulary)
    #: The characters ``str.isspace`` calls blank (whitespace, ``docs/model.md``) that a pattern's
    #: ``\s`` does not match: the rules read each as a space (:meth:`pattern_blanks`).
    PATTERN_BLANKS = "\x1c\x1d\x1e\x1f"
    #: The most words of the of-phrase after a bare role in a headline that the role's mention
    #: takes in (``says owner of last record shop on Main Street``: :meth:`headline_role_end`).
    MAX_HEADLINE_ROLE_WORDS: ClassVar[int] = 8
    #: Quotation marks escaped inside a field's value, as a YAML or JSON export prints a headline
    #: that holds quotation marks (``title: "\\"We will not back down,\\" says union leader"``):
    #: :meth:`headline_quotes` reads each escape's backslash as a space, so that the quote's
    #: words hold neither.  An empty tuple reads the backslashes as written.  A mark doubled, as a
    #: CSV export's quoted cell escapes it (``"Rail ""fares"" to rise, minister says"``), is read
    #: the same way, its first mark as a space.
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 a doubled mark.
    ESCAPED_MARKS: ClassVar[tuple[str, ...]] = ('\\"', '""')

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(vocabulary)
        self._quote_openers = tuple({open_ for open_, _ in self.QUOTE_PAIRS} | set(self.DIALOGUE_DASHES))
        # (a headline's single marks too: "'golden visa' overhaul")
        self._quote_closers = frozenset({close for _, close in self.QUOTE_PAIRS} | {"'", "’"})
        self._attribution_particles = frozenset(self.ATTRIBUTION_PARTICLES)
        self._headline_passives = frozenset(f.casefold() for f in self.HEADLINE_PASSIVE_FORMS)
        # the single marks SINGLE_MARK_PAIRS adds to QUOTE_PAIRS (none: single_marked is never true)
        singles = [pair for pair in self.SINGLE_MARK_PAIRS if pair not in self.QUOTE_PAIRS and pair[1] in self.APOSTROPHES]
        self._single_marks = "".join(sorted({mark for pair in singles for mark in pair}))
        # a quotation in single marks that only a quotation can be: it opens a paragraph or follows
        # a blank ("said: 'I thought ...", "'We will appeal,' the chairman said") before a capital,
        # and closes after punctuation that ends quoted words before a blank or the paragraph's
        # end; in between, no mark of its kind but apostrophes inside a word ("don't", "O'Brien",
        # "Jr.'s")
        punctuation = regex.escape(self.CLOSING_PUNCTUATION)  # ("Jr.'s": an apostrophe, Segmentation.glued_apostrophe)
        # (a word that may end in an apostrophe: a plural's possessive, "the players'", or an
        # elided ending, "goin'": Segmentation.ends_elided_word)
        endings = [rf"\p{{L}}(?i:{regex.escape(ending)})" for ending in self.ELIDED_ENDINGS]
        possessive = "|".join([f"[{regex.escape(self.POSSESSIVE_LETTERS)}]", *endings]) if self.POSSESSIVE_LETTERS else "(?!)"
        self._single_quotations = tuple(
            regex.compile(
                rf"""
                (?<!\S){regex.escape(open_)}(?=\p{{Lu}})  # the opening mark: after a blank, before a capital
                (?:[^{regex.escape(open_ + close)}]
                  |(?<=[\p{{L}}\p{{N}}{punctuation}]){regex.escape(close)}(?=[\p{{L}}\p{{N}}])  # "don't", "Jr.'s"
                  |(?<={possessive}){regex.escape(close)}(?=[ ]\p{{Ll}}|[{punctuation}]?+{regex.escape(close)})  # "players' night"
                )*+
                (?:(?<=[\p{{L}}\p{{N}}]{regex.escape(close)}?[{punctuation}]){regex.escape(close)}(?!\S)  # ",'", "members',' "
                  |(?<=\p{{L}}){regex.escape(close)}(?=[{punctuation}](?!\S)))  # "joke'," (British)
                """,
                regex.VERBOSE,
            )
            for open_, close in singles
        )
        # a single mark that opens words: not after a letter or digit, before a letter ("'He told me
        # "never again",' she said": the double marks inside it)
        opening = rf"(?<![\p{{L}}\p{{N}}])[{regex.escape(self._single_marks)}](?=\p{{L}})"
        self._single_opening = regex.compile(opening) if singles else None
        # a double mark: any of QUOTE_PAIRS's, or a digraph ("''")
        doubles = sorted({mark for pair in self.QUOTE_PAIRS for mark in pair} - set(self._single_marks))
        self._double_mark = regex.compile(any_of([*self.QUOTE_DIGRAPHS, *doubles]) if doubles or self.QUOTE_DIGRAPHS else "(?!)")
        # a double mark that quotes speech, not a title ('the ITV series "Brassic".'): a closing one
        # after punctuation that ends quoted words, before a blank or the end ('safe," she said'),
        # an opening one at the paragraph's start, or a digraph
        self._double_openers = tuple(sorted({open_ for open_, _ in self.QUOTE_PAIRS} - set(self._single_marks)))
        closers = regex.escape("".join(sorted({close for _, close in self.QUOTE_PAIRS} - set(self._single_marks))))
        openers = regex.escape("".join(sorted({open_ for open_, _ in self.QUOTE_PAIRS} - set(self._single_marks))))
        self._speech_double = regex.compile(
            rf"""(?<=[\p{{L}}\p{{N}}][{punctuation}])(?P<close>[{closers}])(?!\S)  # 'safe," she said'
                 |^\s*+[{openers}]  # a paragraph that opens with one
                 {"".join(f"|{regex.escape(digraph)}" for digraph in self.QUOTE_DIGRAPHS)}  # "''"
            """,
            regex.VERBOSE,
        ) if closers and openers else regex.compile("(?!)")

    def __getstate__(self) -> dict[str, object]:
        """The parser for pickling (a parser sent to worker processes) without its
        :attr:`single_mark_reader`, an instance of a class made when it was first read, which is
        made again where it is read.

        .. versionadded:: 0.2"""
        state = dict(self.__dict__)
        state.pop("single_mark_reader", None)
        return state

    @cached_property
    def single_mark_reader(self) -> QuoteParser:
        """This parser's class reading :attr:`SINGLE_MARK_PAIRS` as its quotation marks, with its
        vocabulary, made when first read: the parser of an article that quotes in single marks
        (:meth:`single_marked`).

        .. versionadded:: 0.2"""
        return _single_mark_class(type(self))(self.vocabulary)

    def opens_single_quotation(self, raw: str) -> bool:
        """For :meth:`single_marked`: whether the paragraph *raw* opens with a quotation in single
        marks (one of its patterns, matched at the paragraph's start) closed after a comma and
        followed by one of :attr:`PRONOUNS` in lower case and a cue, blanks only between
        (``'We should have checked first,' he said.``): a nested quotation, a nickname or an
        apostrophe never stands so, and the article quotes in single marks however many of its
        paragraphs quote in double ones.

        .. versionadded:: 0.2"""
        for pattern in self._single_quotations:
            found = pattern.match(raw, 0, None, KEEP_GIL)
            if found is None or raw[found.end() - 2 : found.end() - 1] != ",":
                continue
            words = raw[found.end() : found.end() + self.PHRASE_WINDOW].split(None, 2)
            if len(words) >= 2 and words[0] in self._pronouns and self.is_cue_word(words[1].rstrip(".,;:").casefold()):
                return True
        return False

    def single_marked(self, text: str, paragraphs: Sequence[Paragraph]) -> bool:
        """Whether the *paragraphs* of *text* quote in the single marks of :attr:`SINGLE_MARK_PAIRS`
        (British copy: ``said: 'I thought the bridge was safe.'``), so that :meth:`parse` reads the
        article with them: one paragraph at least, not in title case nor in capitals (a heading,
        :meth:`is_title_case`), holds a quotation in them that only a quotation can be (opened
        after a blank or at the paragraph's start before a capital, closed after ``,``, ``.``,
        ``!`` or ``?`` before a blank or the end, or after a letter before such punctuation and a
        blank, as British copy punctuates (``'It's a joke', said ...``), no mark of its kind
        between but apostrophes inside a word, possessives and elisions at a word's end, ``the
        players' night``, ``I'm goin' home``), in more paragraphs than quote speech in double
        marks (:meth:`quotes_speech_in_double_marks`) before any single mark opens (one opened
        first holds them: ``'He told me "never again.",' she said.``).  A mixed British article
        (``"We have lost everything," said ...`` in one paragraph, ``'Nobody warned us,' said
        ...`` and ``'It rose fast,' he said.`` in two more) is so read with single marks, whose
        reader reads double marks too; a tie reads double marks (an American transcript nests its
        quotations in single marks).  An article that quotes mostly in double marks (American copy, whose single marks are
        nested quotations, nicknames and apostrophes), and the headline (American headlines quote
        in single marks), never count.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a mixed article counts its paragraphs of each; a title in double
           marks closed inside a comma quotes no speech (sq47); a paragraph that opens with a
           quotation in single marks before a pronoun and a cue decides (:meth:`opens_single_quotation`)."""
        if self._single_opening is None:
            return False
        single = double = 0
        for paragraph in paragraphs:
            raw = paragraph.text  # (its words, no slice of the text: the marks are the evidence, not where they stand)
            first = self._double_mark.search(raw, 0, None, KEEP_GIL)
            if (
                first is not None
                and self.quotes_speech_in_double_marks(raw)
                and self._single_opening.search(raw, 0, first.start(), KEEP_GIL) is None
            ):
                double += 1  # (this paragraph quotes in double marks)
                continue
            if not any(map(raw.__contains__, self._single_marks)) or self.is_title_case(raw):
                continue
            if self.opens_single_quotation(raw):
                return True  # ("'We were wrong,' he added.": a quotation whatever the other paragraphs do)
            if any(pattern.search(raw, 0, None, KEEP_GIL) is not None for pattern in self._single_quotations):
                single += 1
        return single > double  # (a tie, as in an American transcript with nested quotations, reads double marks)

    #: The most words between a quotation in single marks and its cue, on either side
    #: (``'...,' said Mary Jones``, ``'...,' the union leader said``, ``Ruiz added: '...'``), for
    #: :meth:`attributed_single_quotation`.
    #:
    #: .. versionadded:: 0.2 (fixQ67b)
    MAX_SINGLE_CUE_WORDS: ClassVar[int] = 4

    def single_quoted_paragraph(self, raw: str) -> bool:
        """Whether the paragraph *raw* of an article that quotes in double marks (not
        :meth:`single_marked`) is read with single marks (:attr:`single_mark_reader`): it holds no
        double mark at all (none encloses a nested quotation), is not a heading in title case or
        capitals, does not speak in the first person outside its quotations (:meth:`speaks_outside`),
        and holds a quotation in single marks that only a quotation can be (the patterns
        of :meth:`single_marked`) attributed like one (:meth:`attributed_single_quotation`): a
        British paragraph pasted into American copy (``'We will not back down,' she said.``,
        ``'The residents deserve better,' said Mary Jones.``, ``Ruiz added: 'We will not back
        down.'``).  A scare quote (``the so-called 'reform'``), an elision or a possessive (``the
        '90s``, ``rock 'n' roll``, ``Jones' car``) is no such quotation.

        .. versionadded:: 0.2 (fixQ67b)"""
        if self._single_opening is None or not any(map(raw.__contains__, self._single_marks)):
            return False
        if self._double_mark.search(raw, 0, None, KEEP_GIL) is not None or self.is_title_case(raw):
            return False
        spans = [found.span() for pattern in self._single_quotations for found in pattern.finditer(raw, 0, None, False, KEEP_GIL)]
        if not any(self.attributed_single_quotation(raw, start, end) for start, end in spans):
            return False
        return not self.speaks_outside(raw, spans)

    def speaks_outside(self, raw: str, spans: Sequence[tuple[int, int]]) -> bool:
        """Whether the words of the paragraph *raw* outside the quotations at *spans* speak in the
        first person (:attr:`FIRST_PERSON_WORDS`: ``But then I ask the people, '...' They said,
        '...'``): the paragraph goes on someone's words quoted before it, its single marks nested
        quotations (:meth:`single_quoted_paragraph`).

        .. versionadded:: 0.2 (fixQ67b)"""
        pos = 0
        for start, end in sorted(spans):
            if self.holds_word(raw[pos:start], self._first_person):
                return True
            pos = max(pos, end)
        return self.holds_word(raw[pos:], self._first_person)

    def attributed_single_quotation(self, raw: str, start: int, end: int) -> bool:
        """Whether the quotation in single marks at *start* to *end* of the paragraph *raw*
        (marks included) is attributed like a quotation (:meth:`single_quoted_paragraph`): a cue
        word (:meth:`is_cue_word`) among the first :attr:`MAX_SINGLE_CUE_WORDS` words after it,
        when it closes after a comma, ``?`` or ``!`` (``'...,' said Mary Jones``, ``'...,' the
        union leader said``); one among the last such words before it, a colon or a comma right
        before its opening mark (``Ruiz added: '...'``, ``She said, '...'``).  A paragraph that is
        the quotation alone is none (``'All Bets Are Off.'``, ``'A change warrior.'``: a section's
        heading in American copy).

        .. versionadded:: 0.2 (fixQ67b)"""
        close = end
        if close < len(raw) and raw[close] in self.CLOSING_PUNCTUATION:
            close += 1  # (British: "'It is a joke', said ...")
        inner = raw[start:end].rstrip(self._single_marks)
        limit = self.MAX_SINGLE_CUE_WORDS
        if raw[close - 1 : close] in ",?!" or inner[-1:] in ",?!":
            for word in raw[close : close + self.PHRASE_WINDOW].split()[:limit]:
                if self.is_cue_word(word.rstrip(".,;:").casefold()):
                    return True
                if word[-1:] in ".;:?!":
                    break  # (the sentence ends before any cue)
        lead = raw[:start].rstrip()
        if lead[-1:] in ",:":
            return any(self.is_cue_word(w.strip(".,;:").casefold()) for w in lead.split()[-limit:])
        return False

    #: How many characters before a closing double mark :meth:`quotes_speech_in_double_marks`
    #: looks for the mark that opens a title (``the ITV series "Brassic," which``).
    #:
    #: .. versionadded:: 0.2
    MAX_TITLE_CHARS: ClassVar[int] = 80

    def quotes_speech_in_double_marks(self, raw: str) -> bool:
        """Whether the paragraph *raw* quotes speech in double marks (:meth:`single_marked`): a
        closing one after punctuation that ends quoted words, before a blank or the end (``safe,"
        she said``), but not one that closes a title in title case opened after a word (``the ITV
        series "Brassic," which ended``: :meth:`~newsparse.quotes.direct.DirectQuotes.is_title`);
        one that opens the paragraph; or a digraph (``''``).

        .. versionadded:: 0.2"""
        for match in self._speech_double.finditer(raw, 0, None, False, KEEP_GIL):
            if match["close"] is None or not self.closes_a_title(raw, match.start()):
                return True
        return False

    def closes_a_title(self, raw: str, close: int) -> bool:
        """Whether the double mark at *close* closes a title in title case (``the ITV series
        "Brassic,"``, ``the film "The Long Road Home,"``): its opening mark, at most
        :attr:`MAX_TITLE_CHARS` characters before, follows a word and a space, and the words
        between are a title (:meth:`~newsparse.quotes.direct.DirectQuotes.is_title`).

        .. versionadded:: 0.2"""
        floor = max(0, close - self.MAX_TITLE_CHARS)
        open_ = max((raw.rfind(mark, floor, close) for mark in self._double_openers), default=-1)
        if open_ < 2 or raw[open_ - 1] != " " or not raw[open_ - 2].isalnum():
            return False
        return self.is_title(raw[open_ + 1 : close].split())

    def parse(
        self,
        text: str,
        paragraphs: Sequence[Paragraph],
        *,
        context: Iterable[Span] = (),
        headline: Span | None = None,
        furniture: Iterable[Span] = (),
    ) -> Sequence[Quote]:
        """The quotes in the *headline* span and the *paragraphs* of *text*; *context* spans
        (headline, captions) only help to learn people's full names; *furniture* spans are lines
        the layout read as the byline or a sign-off, which name no speaker (``"..."`` then ``- Mark
        Twain`` read as the byline: :meth:`speaker_on_next_line`).  A headline's quotes come
        first, with :attr:`~newsparse.Quote.paragraph` ``None``.  They come as a tuple, or from
        :attr:`~newsparse.spans.Parts.COMPACT_FROM` quotes on as a :class:`~newsparse.spans.Quotes`,
        collected in a :class:`~newsparse.spans.QuoteList` that packs them as they come.  An
        article that quotes in single marks (:meth:`single_marked`) is read by
        :attr:`single_mark_reader`."""
        if self._single_opening is not None and self.single_marked(text, paragraphs):
            reader = self.single_mark_reader
            return reader.parse(text, paragraphs, context=context, headline=headline, furniture=furniture)
        if has_unseen(text):
            return self.parse_visible(text, paragraphs, context=context, headline=headline, furniture=furniture)
        index = self.person_index(text, paragraphs, context)
        heading = self.headline_quotes(text, headline, index) if headline is not None else []
        # (a headline's label and claim with no quote of its own: kept only if the body quotes that person)
        label = self.headline_label_quote(text, headline, index) if headline is not None and not heading else None
        if not self.HEADLINE_REPORTS:  # (a summary, no words in quotation marks: "Trump says he will sign bill")
            heading = [q for q in heading if self.headline_marked(q, text)]
            label = label if label is None or self.headline_marked(label, text) else None
        quotes = QuoteList(text, heading)
        del heading
        state = State(index, text, furniture=tuple(furniture))
        for number, paragraph in enumerate(paragraphs):
            # (a British paragraph pasted into American copy: "'We will not back down,' she said.")
            reader = self.single_mark_reader if self.single_quoted_paragraph(paragraph.text) else self
            found = reader.parse_paragraph(text, paragraph, number, state)
            quotes.extend(found)
            del found  # (packed in the list from the first thousand quotes on: not kept twice)
            self.note_followers(number, state)  # (before remember_colon: the paragraph's sentences)
            self.remember_colon(text, paragraph, number, state)
            state.paragraph_scan = None  # (read by remember_colon: not kept past its paragraph)
            state.earlier_paragraph = state.previous_paragraph
            state.previous_paragraph = paragraph.span
        if label is not None and self.label_speaks(label, quotes):
            body, quotes = quotes, QuoteList(text, (label,))
            quotes.extend(body)
            del body
        # a plain list unless the quotes are packed (the hook's argument as it always was)
        later = self.speakers_from_later_paragraphs(text, quotes if quotes.packed else list(quotes))
        del quotes
        return later.freeze() if isinstance(later, QuoteList) else tuple(later)

    def parse_visible(
        self,
        text: str,
        paragraphs: Sequence[Paragraph],
        *,
        context: Iterable[Span] = (),
        headline: Span | None = None,
        furniture: Iterable[Span] = (),
    ) -> Sequence[Quote]:
        """:meth:`parse` for a *text* that holds invisible format characters (zero-width spaces,
        non-joiners and joiners, soft hyphens, bidi controls: Unicode category ``Cf``) or
        control characters inside a line (``said\x00 Smith``: :data:`~newsparse.visible.UNSEEN`):
        read without them, so that they hide no cue nor speaker (``said union leader Piet\u200b de
        Vries``, ``Vr\u00adies``, ``sa\u200cid``), as bylines are
        (``BylineParser.parse_visible``).  Spans are the input's, from a part's first character
        to its last; a quote's text and a speaker's mention are their slices of the input, as
        written, and a speaker's name is read without the invisible characters.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 control characters inside a line too"""
        visible = Visible.of(text, UNSEEN)
        inner = visible.text
        found = self.parse(
            inner,
            _VisibleParagraphs(inner, (visible.span_in(p.span) for p in paragraphs)),
            context=[visible.span_in(span) for span in context],
            headline=visible.span_in(headline) if headline is not None else None,
            furniture=[visible.span_in(span) for span in furniture],
        )
        out = QuoteList(text, ())
        out.extend(self.quote_outward(quote, text, visible) for quote in found)
        return out.freeze()

    @classmethod
    def quote_outward(cls, quote: Quote, text: str, visible: Visible) -> Quote:
        """*quote*, read in *visible*, with the input's spans and slices (:meth:`parse_visible`);
        the speaker's name through the class's :meth:`joined_as_written`.

        .. versionadded:: 0.2"""
        span = visible.span_out(quote.span)
        speaker = quote.speaker
        if speaker is not None and speaker.span is not None:
            where = visible.span_out(speaker.span)
            mention = collapse(text, where.start, where.end)
            speaker = attrs.evolve(speaker, span=where, mention=mention, name=cls.joined_as_written(speaker.name, mention))
        return attrs.evolve(quote, span=span, text=collapse(text, span.start, span.end), speaker=speaker)

    @staticmethod
    def joined_as_written(name: str, mention: str) -> str:
        """*name*, read without invisible characters, with the joiners its words have in
        *mention* as written: a zero-width non-joiner or joiner (U+200C, U+200D) between two
        letters is part of a word's spelling in Persian and the Indic scripts (``Ja\u200cfari``),
        unlike a zero-width space or a soft hyphen, which stay out.

        .. versionadded:: 0.2"""
        spelled: dict[str, str] = {}
        for word in mention.split():
            kept = INVISIBLE.sub(lambda m: m.group() if _JOINER.fullmatch(m.group()) and _between_letters(m) else "", word)
            if _JOINER.search(kept):
                spelled[INVISIBLE.sub("", word)] = kept
        if not spelled:
            return name
        return " ".join(spelled.get(word, word) for word in name.split(" "))

    def person_index(self, text: str, paragraphs: Sequence[Paragraph], context: Iterable[Span]) -> PersonIndex:
        """The :class:`~newsparse.people.PersonIndex` of the article: the people named in its
        paragraphs and *context* spans (a title-case headline names organisations only).  The
        pieces of text it reads are sliced one at a time and not kept (a paragraph whose text is
        its slice is read as that text, not sliced again), and only when a quote
        first needs a speaker resolved (``PersonIndex.build(..., lazy=True)`` with
        :class:`~newsparse.people.TextPieces`: the index stays picklable)."""
        spans = [(span, self.is_title_case(span.slice(text))) for span in context]
        lines = [span for span, title in spans if not title]
        title_case = [span for span, title in spans if title]
        pieces = _PieceTexts(text, _PieceSpans(tuple(lines), paragraphs), self)
        titles = TextPieces(text, title_case)
        return self.PERSON_INDEX.build(self.vocabulary, pieces, title_case=titles, lazy=True)

    def headline_quotes(self, text: str, headline: Span, index: PersonIndex) -> list[Quote]:
        """The quotes in a headline (``'We will not back down,' says union chief``), read like a
        paragraph of their own but with ``paragraph`` ``None``; the speaker they find is not carried
        into the body."""
        words = headline.slice(text)
        single = words
        for escaped in self.ESCAPED_MARKS:
            single = single.replace(escaped, " " * (len(escaped) - 1) + escaped[-1])  # ('\\"No,\\"': ' "No, "')
        if '"' not in words:
            single = self._headline_single.sub(lambda m: '"' + m.group()[1:-1] + '"', words, 0, None, None, KEEP_GIL)
        if self.is_title_case(single):
            single = self.headline_as_prose(single)
        marked = text if single == words else text[: headline.start] + single + text[headline.end :]
        line = Paragraph(collapse(words), headline)
        found = self.parse_paragraph(marked, line, self.HEADLINE_NUMBER, State(index, text))
        # (a title in quotation marks is no quote: "Review: 'The Long Road Home' ...")
        kept = [q for q in found if not self.is_title_case(q.text)]
        quotes = [self.from_input(q, text) if marked is not text else q for q in kept]
        quotes = [q for q in quotes if not self.headline_fragment_speaker(q, text, headline)]
        quotes = [
            attrs.evolve(q, paragraph=None, speaker=None if self.headline_term(q, text) or self.verb_in_speaker(q) else q.speaker)
            for q in quotes
        ]
        quotes = [self.headline_colon_speaker(self.headline_bare_speaker(q, text), text, headline.end) for q in quotes]
        quotes = [self.headline_role_label(q, text, headline) for q in quotes]
        return [self.headline_clause_speaker(q, quotes, text) for q in quotes]

    def headline_fragment_speaker(self, quote: Quote, text: str, headline: Span) -> bool:
        """Whether *quote*, reported words found in *headline* after a cue, was read from a
        speaker that is no subject: its mention ends with one of :attr:`OBJECT_PREPOSITIONS`
        (``ECUADOR TO ASK OPEC TO RAISE EXPORT QUOTA``: ``ECUADOR TO``, the wire's future read into
        the name) or comes right after one (``Shocked By Words On Highway Warning Sign ...``:
        ``Highway``, the object of ``On``); or, the words before the speaker, the cue after it is
        one of :attr:`OBJECT_VERBS` with no object, one of :attr:`INFINITIVE_MARKERS` right after
        it (``Storms escalate in Gauteng, residents urged to avoid flood risks``: a passive, the
        residents are urged, they say nothing; ``..., minister says to reporters`` stays).  The cue is
        then no verb of that speaker's and the words are nobody's: :meth:`headline_quotes` drops
        the quote, as a wrong speaker is worse than none.  A headline's quotation in marks, one
        with no cue, and a closing attribution (``Talks will resume, union says``) stay.

        .. versionadded:: 0.2 (mendQ68b)"""
        speaker = quote.speaker
        if quote.kind is not QuoteKind.INDIRECT or quote.cue is None or speaker is None or speaker.span is None:
            return False
        mention = speaker.span.slice(text).split()
        if mention and mention[-1].casefold().strip(",.;:") in self._object_prepositions:
            return True
        before = text[headline.start : speaker.span.start].split()
        if before and before[-1].casefold() in self._object_prepositions:
            return True
        if self.headline_raised_passive(quote, text, headline):
            return True
        after = text[speaker.span.end : headline.end].split()[:2]
        return (
            quote.span.end <= speaker.span.start
            and len(after) == 2
            and after[0].casefold() == quote.cue.casefold()
            and quote.cue.casefold() in self._told_verbs
            and after[1].casefold() in self._infinitive_markers
        )

    #: The forms of a cue that, right after a headline's subject with no auxiliary and before an
    #: infinitive, make a raised passive in the desk's short style (``REAGAN SAID TO SEEK TAX CUT``,
    #: ``Minister said to favour early poll``: he *is said to*, by no one named):
    #: :meth:`headline_raised_passive`.
    #:
    #: .. versionadded:: 0.2 (fixQ70)
    HEADLINE_PASSIVE_FORMS: ClassVar[tuple[str, ...]] = HEARSAY_FORMS

    def headline_raised_passive(self, quote: Quote, text: str, headline: Span) -> bool:
        """Whether *quote*, read in *headline* after its speaker's mention, follows a cue of
        :attr:`HEADLINE_PASSIVE_FORMS` right after that mention and one of :attr:`INFINITIVE_MARKERS`
        right after the cue, the word after the marker no one told (none of :attr:`DETERMINERS` or
        :attr:`POSSESSIVE_DETERMINERS`, no noun for people: :meth:`is_person_noun`): ``REAGAN SAID TO
        SEEK TAX CUT`` is what is said of Reagan, no words of his (``... SAID TO REPORTERS ...``
        stays).

        .. versionadded:: 0.2 (fixQ70)"""
        speaker = quote.speaker
        if speaker is None or speaker.span is None or quote.cue is None or quote.span.start < speaker.span.end:
            return False
        after = text[speaker.span.end : headline.end].split()[:3]
        if len(after) < 3 or after[0].casefold() != quote.cue.casefold() or after[0].casefold() not in self._headline_passives:
            return False
        told = after[2].casefold().strip(",.;:")
        return (
            after[1].casefold() in self._infinitive_markers
            and told.isalpha()
            and told not in self._determiners
            and told not in self._possessive_determiners
            and not self.is_person_noun(told)
        )

    #: Whether a headline's reported speech with no quotation marks is a quote (``Trump says he
    #: will sign bill``: ``he will sign bill``, Donald Trump's; ``Graham: Trump's rhetoric is
    #: destroying the party``: :meth:`headline_label_quote`).  ``True`` (the default) keeps such
    #: a summary, as corpora such as PolNeAR annotate it.  ``False`` is an opt-out: a headline then
    #: gives only the words it holds in quotation marks (:meth:`headline_marked`), each with the
    #: speaker the headline names, for the desk's summary of what someone said is no one's words
    #: and the story's body reports them (on the PolNeAR dev split, whose texts open with their
    #: headlines, quote F1 0.9434 with ``True`` against 0.9425 with ``False``, speech recall 0.8725
    #: against 0.8684, precision 0.9676 against 0.9678; speaker accuracy 0.9294 against 0.9292).
    #:
    #: .. versionadded:: 0.2 (fixQ68b; ``True`` by default, mendQ68b)
    HEADLINE_REPORTS: ClassVar[bool] = True

    def headline_marked(self, quote: Quote, text: str) -> bool:
        """Whether *quote*, read in a headline, holds words in quotation marks: a direct or mixed
        quote, or reported words with a pair of marks in them (``Warren: Trump is a 'proven
        failure' in business``; single marks as headlines print them, :data:`_HEADLINE_SINGLE`,
        or a double opening mark); the only headline quotes :meth:`parse` keeps (of
        :meth:`headline_quotes` and :meth:`headline_label_quote`) unless :attr:`HEADLINE_REPORTS`.

        .. versionadded:: 0.2 (fixQ68b)"""
        if quote.kind is not QuoteKind.INDIRECT:
            return True
        words = quote.span.slice(text)
        if any(mark in words for mark in self._double_openers):
            return True
        return self._headline_single.search(words, 0, None, KEEP_GIL) is not None

    def headline_clause_speaker(self, quote: Quote, quotes: Sequence[Quote], text: str) -> Quote:
        """*quote*, found in a headline in quotation marks with no speaker and no cue, with the
        speaker of the headline's clause after its closing mark and a colon when that clause
        opens with the speaker's mention (``'We will not yield': PM vows to fight on``: the PM's,
        as ``vows to fight on`` is; ``'No retreat': Union chief vows to stay out``), its cue left
        ``None`` (the clause's verb is the clause's cue); *quote* itself otherwise (``'Go home':
        protesters march on parliament`` reports no one's words after the colon).  *quotes* are
        the headline's quotes.

        .. versionadded:: 0.2 (fixQ68b)"""
        if quote.speaker is not None or quote.cue is not None or quote.kind is QuoteKind.INDIRECT:
            return quote
        pos = self.past_closing_marks(quote, text)
        if text[pos : pos + 1] != ":":
            return quote
        pos += 1
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        for other in quotes:
            speaker = other.speaker
            if other is not quote and speaker is not None and speaker.span is not None and speaker.span.start == pos:
                return attrs.evolve(quote, speaker=speaker)
        return quote

    #: The most words of a role that labels a headline before its colon (``EU commissioner:
    #: Brussels 'will not blink'``: :meth:`headline_role_label`).
    #:
    #: .. versionadded:: 0.2 (mendQT70)
    MAX_HEADLINE_LABEL_WORDS: ClassVar[int] = 3

    def headline_role_label(self, quote: Quote, text: str, headline: Span) -> Quote:
        """*quote*, found in a headline after a label that opens it and a colon, whose speaker's
        mention was read across that colon (``EU commissioner: Brussels 'will not blink' in steel
        talks``: ``EU commissioner: Brussels``), with the label as its speaker when the label is a
        role (``Role: quote``, headlinese for what the role's holder says): at most
        :attr:`MAX_HEADLINE_LABEL_WORDS` words, the last a title or a role noun (``EU
        commissioner``, ``Union chief``), as written; never the first word after the colon, the
        subject of the claim.  *quote* itself otherwise (``Analysis: ...``: a label, no role).

        .. versionadded:: 0.2 (mendQT70)"""
        speaker = quote.speaker
        if speaker is None or speaker.span is None or speaker.span.start != headline.start:
            return quote
        colon = text.find(":", speaker.span.start, speaker.span.end)
        if colon < 0:
            return quote
        words = text[headline.start : colon].split()
        if not 0 < len(words) <= self.MAX_HEADLINE_LABEL_WORDS:
            return quote
        last = words[-1]
        if not (self.vocabulary.is_title(last) or self.vocabulary.is_role_noun(last)):
            return quote
        label = text[headline.start : colon].rstrip()
        where = Span(headline.start, headline.start + len(label))
        return attrs.evolve(quote, speaker=Speaker(label, label, where))

    def past_closing_marks(self, quote: Quote, text: str) -> int:
        """The index in *text* past *quote*'s closing mark (up to two of :attr:`QUOTE_PAIRS`'
        closers after its span), where a headline's colon would stand: for
        :meth:`headline_colon_speaker` and :meth:`headline_clause_speaker`.

        .. versionadded:: 0.2 (round 68, at the merge: one scan, not two copies)"""
        pos = quote.span.end
        while pos < len(text) and pos < quote.span.end + 2 and text[pos] in self._quote_closers:
            pos += 1
        return pos

    #: The most words of a person's name after a headline quotation and a colon
    #: (:meth:`headline_colon_speaker`).
    #:
    #: .. versionadded:: 0.2 (fixQ60b)
    MAX_HEADLINE_NAME_WORDS: ClassVar[int] = 4

    def headline_colon_speaker(self, quote: Quote, text: str, body: int) -> Quote:
        """*quote*, found in a headline with no speaker and no cue, with the person named right after
        its closing mark and a colon as its speaker (``'I wrote the album in a caravan': Niamh Ó
        Dálaigh on her comeback``): two to :attr:`MAX_HEADLINE_NAME_WORDS` capitalised words (or
        particles between them) that the name model reads as one name and the text after the
        headline (from *body*) names again as written, then the line's end, a comma, or a
        preposition or a cue word in lower case (never ``'...': Ana Ruiz fans mourn singer``);
        *quote* itself otherwise (``'Go home': Climate Change Protest Grows`` names
        no one the story names).

        .. versionadded:: 0.2 (fixQ60b)"""
        if quote.speaker is not None or quote.cue is not None:
            return quote
        pos = self.past_closing_marks(quote, text)
        if text[pos : pos + 2] != ": ":
            return quote
        line = text.find("\n", pos)
        line = len(text) if line < 0 else line
        found = islice(self._word.finditer(text, pos + 2, line, False, KEEP_GIL), self.MAX_HEADLINE_NAME_WORDS + 1)
        run: list[regex.Match[str]] = []
        for word in found:
            if text[(run[-1].end() if run else pos + 1) : word.start()] != " ":
                break
            if not (word.group()[:1].isupper() or (run and self.names.is_particle(word.group()))):
                break
            run.append(word)
        while run and self.names.is_particle(run[-1].group()):
            run.pop()
        words = [word.group() for word in run]
        if not 2 <= len(words) <= self.MAX_HEADLINE_NAME_WORDS or self.names.trailing_name(words, None) != len(words):
            return quote
        end = run[-1].end()
        after = text[end:line]
        following = after.split(None, 1)[0].strip(",.;:") if after[:1] == " " and after[1:2].islower() else ""
        opens_aside = bool(following) and (self.vocabulary.is_preposition(following) or self.is_cue_word(following))
        if after and not (after[:1] == "," or opens_aside):
            # (the name's end: the line's, a comma, or a preposition or a cue in lower case, "on her comeback",
            # "says"; never a noun the name modifies, "Ana Ruiz fans mourn singer": a reread of round 60)
            return quote
        mention = text[run[0].start() : end]
        if text.find(mention, body) < 0:
            return quote  # (a person the story names, not a headline's capitalised words)
        return attrs.evolve(quote, speaker=Speaker(" ".join(words), mention, Span(run[0].start(), end)))

    def label_speaks(self, label: Quote, quotes: Iterable[Quote]) -> bool:
        """Whether the speaker of *label*, a headline's label quote (:meth:`headline_label_quote`),
        is quoted in the body: one of *quotes* with a paragraph has a speaker of the same name
        (``Graham: ...`` over ``"We cannot win like this," Graham said``).  A topic's label is the
        person the story is about, who may say nothing (``Nicola Marsh: Body found in river is
        missing teacher``, over police's and her family's words): its claim is no one's.

        .. versionadded:: 0.2 (fixQ60d)"""
        name = label.speaker.name if label.speaker is not None else None
        return name is not None and any(
            q.paragraph is not None and q.speaker is not None and q.speaker.name == name for q in quotes
        )

    def headline_label_quote(self, text: str, headline: Span, index: PersonIndex) -> Quote | None:
        """The claim of a headline that opens with a person's label and a colon, headlinese for
        what that person says (``Graham: Trump's rhetoric is destroying the party``): the words after
        the colon, its last period aside, an indirect quote with the cue ``:``, when they hold a
        finite verb (:meth:`is_verb`, any case; not ``Obama: The Final Year``, a title) and the label names
        someone the article names (:meth:`label_speaker`: a surname of a person named in full, a full
        name, a title and a surname) whose name is a person's (:meth:`labelled_person`, read
        below the headline: not ``Tennis Podcast:`` over ``The Tennis Podcast``, a show's); ``None`` for any other label
        (``Poll: ...``, ``Review: ...``, ``Update: ...``: no one), and when no words follow.  A headline with a quotation of its own
        is read as any paragraph is, not here.  A topic's label is none either: a question
        (:attr:`LABEL_QUESTION_MARKS`), a passive (:meth:`passive_claim`: ``Ellen Marsh: Teacher's
        killer is jailed for life``) or a claim that names the person by surname; and :meth:`parse`
        keeps the quote only when the body quotes that person (:meth:`label_speaks`).

        .. versionadded:: 0.2 (cue60)

        .. versionchanged:: 0.2 no question, passive nor claim naming the person; kept only when
           the body quotes the person (fixQ60d)
        """
        label = self._transcript_label.match(text, headline.start, headline.end, KEEP_GIL)
        if label is None:
            return None
        end = headline.end
        while end > label.end() and (text[end - 1].isspace() or text[end - 1] == "."):
            end -= 1
        if end <= label.end() or self.is_label_word(label["name"]):
            return None
        # (a claim has a verb, any case: "Graham: Trump's Rhetoric Is Destroying the Party"; not a
        # feature's title, "Obama: The Final Year")
        words = [w.group() for w in self._word.finditer(text, label.end(), end, False, KEEP_GIL)]
        if not any(self.is_verb(w.casefold()) for w in words):
            return None
        if text[end - 1] in self.LABEL_QUESTION_MARKS or self.passive_claim(words):
            return None  # ("Hartwell: Is the ferry deal a scandal?", "Ellen Marsh: Teacher's killer is jailed for life")
        speaker = self.label_speaker(label, State(index, text))
        if speaker is None or not self.labelled_person(speaker.name, text[headline.end :]):
            return None  # ("Tennis Podcast: ...", then "The Tennis Podcast" below: a show's name, no one's)
        if speaker.name.split()[-1] in words:
            return None  # ("Hale: Club confirms Hale will stay": the person named in the third person, a topic)
        return attrs.evolve(self.make_quote(text, 0, 0, (label.end(), end), QuoteKind.INDIRECT, ":", speaker, None), paragraph=None)

    #: Marks that end a headline's claim as a question (``Hartwell: Is the ferry deal a
    #: scandal?``): the label's person asks nothing, the desk does (:meth:`headline_label_quote`).
    #:
    #: .. versionadded:: 0.2 (fixQ60d)
    LABEL_QUESTION_MARKS: ClassVar[str] = "?？؟"

    def passive_claim(self, words: Sequence[str]) -> bool:
        """For :meth:`headline_label_quote`: whether *words*, a headline's claim after a label,
        hold a passive, one of :attr:`PASSIVE_AUXILIARIES` right before a word in lower case with
        one of :attr:`PASSIVE_PARTICIPLE_ENDINGS` (``Teacher's killer is jailed for life``,
        ``Footballer's transfer to Leeds is confirmed``): news done to or about the labelled
        person, a topic's label, never that person's claim; one of :attr:`STATE_ADJECTIVES` is no
        participle (``Voters are tired of ...``).

        .. versionadded:: 0.2 (fixQ60d)"""
        endings = tuple(self.PASSIVE_PARTICIPLE_ENDINGS)
        if not endings:
            return False
        return any(
            words[k].casefold() in self._passive
            and words[k + 1].islower()
            and words[k + 1].endswith(endings)
            and not self.state_adjective(words[k + 1])
            for k in range(len(words) - 1)
        )

    #: Adjectives ending like a passive participle that tell how someone feels or stands, no
    #: news done to the labelled person (``Smith: Voters are tired of the budget fights``): a
    #: headline's claim with one after ``are`` is still the label's (:meth:`passive_claim`).  A
    #: participle before ``of`` or ``about`` stays a passive (``is accused of``, ``was asked
    #: about``).  Empty: every such word is a passive.
    #:
    #: .. versionadded:: 0.2 (fixQ61)
    STATE_ADJECTIVES: ClassVar[frozenset[str]] = frozenset({
        "tired", "worried", "concerned", "interested", "excited", "pleased", "delighted", "disappointed",
        "frustrated", "determined", "convinced", "committed", "surprised", "shocked", "scared", "frightened",
        "satisfied", "confused", "relieved", "thrilled", "united", "divided",
    })

    def state_adjective(self, word: str) -> bool:
        """Whether lower-case *word* is one of :attr:`STATE_ADJECTIVES` (:meth:`passive_claim`).

        .. versionadded:: 0.2 (fixQ61)"""
        return word in self.STATE_ADJECTIVES

    def headline_bare_speaker(self, quote: Quote, text: str) -> Quote:
        """*quote*, found in a headline with no speaker, with the bare role after its closing mark and
        a cue as its speaker, headlinese dropping the article (``'We will rebuild,' says mayor
        after floods``: ``mayor``, as ``mayor says`` gives): at most :attr:`MAX_BARE_SPEAKER_WORDS`
        lower-case words, the last a title or a role noun, as written; *quote* itself otherwise.

        .. versionadded:: 0.2"""
        if quote.speaker is not None or quote.cue is not None:
            return quote
        pos = quote.span.end
        while pos < len(text) and pos < quote.span.end + 3 and (text[pos] in self._quote_closers or text[pos] in ",:"):
            pos += 1  # (the closing mark, and a comma after it)
        cue = self._word.match(text, pos + 1, None, KEEP_GIL) if text[pos : pos + 1] == " " else None
        if cue is None or not self.is_cue_word(cue.group()):
            return quote
        found = self._word.finditer(text, cue.end(), cue.end() + self.NAMED_WINDOW, False, KEEP_GIL)
        words = list(islice(found, self.MAX_BARE_SPEAKER_WORDS))
        end = 0
        for k, word in enumerate(words):
            low = word.group()
            if not low.islower() or text[(words[k - 1].end() if k else cue.end()) : word.start()] != " ":
                break
            if self.vocabulary.is_title(low) or self.vocabulary.is_role_noun(low):
                end = k + 1
        if not end:
            return quote
        start, stop = words[0].start(), self.headline_role_end(text, words[end - 1].end())
        mention = text[start:stop]
        return attrs.evolve(quote, cue=cue.group(), speaker=Speaker(mention, mention, Span(start, stop)))

    def headline_role_end(self, text: str, end: int) -> int:
        """Where a bare role that ends at *end* in a headline ends with its of-phrase
        (:attr:`OF_WORDS`: ``says owner of last record shop on Main Street``, whole): the end of
        the words of its line after it, up to punctuation, at most :attr:`MAX_HEADLINE_ROLE_WORDS`
        of them; cut before a word of :attr:`PHRASE_END_WORDS` but a place preposition
        (:attr:`LOCATIVES`) before a capitalised word that is no date (``says head of union after
        talks``: ``head of union``; ``on Main Street`` stays, ``on Monday`` and ``in Tuesday's
        briefing`` do not); *end*
        itself when no of-phrase follows.

        .. versionadded:: 0.2"""
        line = text.find("\n", end)
        line = len(text) if line < 0 else line
        words = list(islice(self._word.finditer(text, end, line, False, KEEP_GIL), self.MAX_HEADLINE_ROLE_WORDS + 1))
        if len(words) < 2 or text[end : words[0].start()] != " " or words[0].group() not in self._of:
            return end
        stop = end
        for k, word in enumerate(words[1:], 1):
            between = text[words[k - 1].end() : word.start()]
            if between != " " or k == self.MAX_HEADLINE_ROLE_WORDS:
                break  # (punctuation, or more words than a role's)
            low = word.group()
            # (the next word without a possessive: "in Tuesday's briefing" is a time, no place)
            after = strip_possessive(words[k + 1].group()) if k + 1 < len(words) else ""
            if low in self._phrase_ends and not (
                low in self._locatives
                and after[:1].isupper()
                and not self.vocabulary.is_weekday(after)
                and self.vocabulary.month_number(after) is None
            ):
                break
            stop = word.end()
        if stop == end:
            return end
        last = text[words[0].start() : stop].split()[-1]
        if last in self._of or last in self._stop or last.casefold() in self._determiners:
            return end  # ("says coach of the 'boys in blue'": a phrase cut short, the role alone)
        return stop

    def headline_term(self, quote: Quote, text: str) -> bool:
        """Whether *quote*, found in a headline, is a term in quotation marks that modifies the noun
        after it (``Government unveils 'golden visa' overhaul``, ``Council backs "green belt"
        review``): no cue, no punctuation at its end, and its closing mark, right after its words, is
        followed by a space and a word in lower case that is no stop word (not ``'racist' but``,
        ``'fair' and``).  It keeps no speaker: the headline's subject acts, it says nothing.

        .. versionadded:: 0.2"""
        if quote.cue is not None or quote.speaker is None or not quote.text[-1:].isalnum():
            return False  # (a comma inside: "Ryan calls Trump line 'racist,' but backs him", his word)
        if text[quote.span.end : quote.span.end + 2] not in {mark + " " for mark in self._quote_closers}:
            return False
        after = self._word.match(text, quote.span.end + 2, None, KEEP_GIL)
        return after is not None and after.group().islower() and after.group() not in self._stop

    def verb_in_speaker(self, quote: Quote) -> bool:
        """Whether *quote*, found in a headline with no cue, has a speaker whose mention holds a
        cue word after its first word (``Minister denies calling critics 'cowards'``: ``Minister
        denies``, the verb read into the name): the headline's subject does something to a word in
        quotation marks (denies it, rejects it), it says nothing there, and a speaker that is half
        a verb is worse than none.

        .. versionadded:: 0.2 (mendQT66)"""
        if quote.cue is not None or quote.speaker is None:
            return False
        words = quote.speaker.mention.split()[1:]
        return any(self.is_cue_word(word.casefold().strip(",.;:")) for word in words)

    def headline_as_prose(self, line: str) -> str:
        """A title-case headline (``Mayor Says Library Will Open``) as prose would print it, to read
        its attribution: the first cue and every word after it in lower case (same length), and
        the words of :attr:`MIDDLE_ADVERBS` right before the cue after some other word
        (``Mayor Just Vowed To ...``: ``Mayor just vowed to ...``, the adverb no part of a name).

        .. versionchanged:: 0.2 the middle adverbs before the cue too (spk59)"""
        previous: list[regex.Match[str]] = []
        for word in self._word.finditer(line, 0, None, False, KEEP_GIL):
            if self.is_cue_word(word.group().lower()):
                start = word.start()
                while len(previous) > 1 and previous[-1].group().casefold() in self._middle_adverbs:
                    start = previous.pop().start()  # ("Ortiz Just Vowed": the adverb, then the cue)
                return line[:start] + line[start:].lower()
            previous.append(word)
        return line

    #: The most words of a paragraph :meth:`is_subheading` reads as a subheading.
    #:
    #: .. versionadded:: 0.2
    MAX_SUBHEADING_WORDS: ClassVar[int] = 6
    #: The most characters of a paragraph :meth:`is_subheading` reads as a subheading (a longer one
    #: is not split into words).
    #:
    #: .. versionadded:: 0.2
    MAX_SUBHEADING_CHARS: ClassVar[int] = 120

    def is_subheading(self, paragraph: str) -> bool:
        """Whether *paragraph* is a subheading alone on its line (``Flawed Approach``, ``A Costly
        Delay``): at most :attr:`MAX_SUBHEADING_WORDS` words, each capitalised or one of the stop
        words, no sentence end nor quotation mark, and its first word no known given name
        (``Tom Berg`` alone may be a person's).  The people index reads no person in it, so that
        no pronoun nor speaker resolves to it.

        .. versionadded:: 0.2"""
        if len(paragraph) > self.MAX_SUBHEADING_CHARS or paragraph.rstrip()[-1:] in self.SENTENCE_END:
            return False
        words = paragraph.split()
        if not 2 <= len(words) <= self.MAX_SUBHEADING_WORDS or any(mark in paragraph for mark in self._marks):
            return False
        if not all(word.isalpha() and (word[0].isupper() or word in self._stop) for word in words):
            return False
        return not self.names.listed_given_name(words[0]) and not self.vocabulary.is_title(words[0])

    #: The most words of a paragraph :meth:`is_post_heading` reads as a post's heading.
    #:
    #: .. versionadded:: 0.2
    MAX_POST_HEADING_WORDS: ClassVar[int] = 12

    def is_post_heading(self, text: str, paragraph: Paragraph) -> bool:
        """Whether *paragraph* is a heading, no reported speech: one line of at most
        :attr:`MAX_POST_HEADING_WORDS` words (and :attr:`MAX_SUBHEADING_CHARS` characters) with no
        sentence end and no quotation mark, in title case (:meth:`is_title_case`) or right under a
        live blog's clock line with the post's words on the line right after it (``13:48 GMT`` /
        ``Mayor urges people to stay indoors`` / ``Mayor Tom Berg said: ...``: the post's heading,
        which its own words then report; a post of one line, its full stop missing, is its words).

        .. versionadded:: 0.2"""
        line = paragraph.span.slice(text).strip()
        if not line or len(line) > self.MAX_SUBHEADING_CHARS or line[-1] in self.SENTENCE_END or "\n" in line:
            return False
        if len(line.split()) > self.MAX_POST_HEADING_WORDS or any(mark in line for mark in self._marks):
            return False
        if self.is_title_case(line):
            return True
        end = text.rfind("\n", 0, paragraph.span.start)
        before = text[text.rfind("\n", 0, max(end, 0)) + 1 : max(end, 0)].strip()
        if end <= 0 or not before[:1].isdigit() or _CLOCK_LINE.fullmatch(before) is None:
            return False
        stop = text.find("\n", paragraph.span.end)
        after = text[stop + 1 : text.find("\n", stop + 1) if text.find("\n", stop + 1) >= 0 else len(text)].strip()
        return stop >= 0 and bool(after) and _CLOCK_LINE.fullmatch(after) is None

    def is_title_case(self, line: str) -> bool:
        """Whether *line* (a headline) capitalises its words, so that its capitals do not mark
        names (``Ortiz Says Budget Will Pass``): at least :attr:`TITLE_CASE_WORDS` words of four
        letters or more, all capitalised."""
        count = 0
        for match in self._word.finditer(line, 0, None, False, KEEP_GIL):  # (stops at the first lower-case word: no list of words)
            word = match.group()
            if len(word) >= 4 and word[0].isalpha():
                if not word[0].isupper():
                    return False
                count += 1
        return count >= self.TITLE_CASE_WORDS

    def parse_paragraph(self, text: str, paragraph: Paragraph, number: int, state: State) -> MutableSequence[Quote]:
        """The quotes of one paragraph, in order of position; none, and nothing else read, when
        :meth:`might_hold_quotes` says it has no place where one could be."""
        original = self.paragraph_slice(text, paragraph)
        state.paragraph_scan = None
        if number != self.HEADLINE_NUMBER and self.is_post_heading(text, paragraph):
            return []  # (a post's heading: "Mayor urges people to stay indoors" reports no one)
        with self.reading(original):  # (its tokens listed once, for the first check and the cue scan)
            if not self.might_hold_quotes(original):
                if original.rstrip().endswith("."):  # (its cues, for remember_statement: its tokens are listed)
                    state.paragraph_scan = self.cue_scan(original)
                return []
            unescaped = self.stray_mark_blanks(self.unescaped_marks(original))
            raw = self.unwrapped(self.pattern_blanks(self.nickname_blanks(self.single_marks(unescaped))))
            raw = self.qualifier_blanks(raw)  # ("DCP (Outer) Sachin Sharma": the title's qualifier no part of the name)
            offset = paragraph.span.start
            # (a paragraph's many marks and sentences are kept in integer arrays: Bounds)
            marks = Bounds.of(self.quotation_marks(raw))
            sentences = Bounds.of(self.sentences(raw, marks))
            state.paragraph_start = offset
            state.paragraph_text = raw
            state.sentence_starts = sentences.starts() if isinstance(sentences, Bounds) else [s for s, _ in sentences]
            state.paragraph_marks = marks
            state.paragraph_speakers = []
            turns = self.transcript_turns(text, paragraph.span, raw, offset, number, state)
            if turns:  # ("MARIA LOPEZ: We kept going.": the whole turn is hers; "Q: ... A: ...": two)
                return [self.shared_strings(turn if raw is original else self.from_input(turn, text), state) for turn in turns]
            claimed = Claims()
            unattributed = Quotations()  # (packed from the thousandth on)
            # (the paragraph's cue words found once, for every rule and for remember_statement; the
            # article's people at hand; raw read as the paragraph: the reading already set when it
            # is the original)
            state.paragraph_scan = scan = self.cue_scan(raw)
            with (self.reading(raw) if raw is not original else _UNCHANGED), self.scanning(scan), self.knowing(state.index):
                found = self.direct_quotes(raw, offset, number, marks, sentences, claimed, state, unattributed)
                found += self.reported_speech(raw, offset, number, marks, sentences, claimed, state, found)
                found += self.unattributed_quotes(raw, offset, number, unattributed, found, state)
            del unattributed, claimed
            # put in order one at a time into a list that packs them (from the thousandth on), so that
            # a paragraph's quotes are never all objects at once
            out = state.findings()
            lone = len(found) == 1 and self.lone_quotation(raw, offset, found[0])
            agreed = self.agreed_pronoun_speakers(found)
            for quote in by_position(found):
                if not any(c.isalnum() for c in quote.text):
                    continue  # ('"""""""""" he said.': marks alone, no letter or digit quoted; mendQT67)
                if quote.kind is QuoteKind.DIRECT and self.cited_link(raw, quote.span.start - offset, quote.span.end - offset):
                    continue  # ('[Read: "Storm hits coast"]': a link to another story, no one's words)
                if agreed and quote.speaker is not None and quote.speaker.span is not None:
                    # ('"...," he said, adding that ...': one "he", one person, in every path)
                    one = agreed.get((quote.speaker.span.start, quote.speaker.span.end))
                    if one is not None and one.name != quote.speaker.name:
                        quote = attrs.evolve(quote, speaker=one)
                quote = self.transcript_label(raw, offset, quote, state)
                # ('"..." ¶ -Ana Ortiz', '"..." ¶ That was how Ana Ortiz put it.': the next line names her)
                attribution = None
                if lone:
                    end = paragraph.span.end
                    attribution = self.speaker_on_next_line(text, end, state) or self.recap_on_next_line(text, end, state)
                if attribution is not None:
                    # ('"Great speech."' then '-Ana Ortiz, Dover.': the line after names the speaker)
                    quote = attrs.evolve(quote, speaker=attribution[0], cue=attribution[1])
                    self.remember(state, attribution[0], number)
                elif len(found) == 1:
                    # ('"We will not back down." ¶ Ana Ortiz, mayor of Dover' in one paragraph: a pull quote)
                    lined = self.speaker_line_after(text, quote, paragraph.span.end, state)
                    if lined is not None:
                        quote = attrs.evolve(quote, speaker=lined)
                        self.remember(state, lined, number)
                if raw is not original:  # texts come from the input, not from the copy with marks made single
                    quote = self.from_input(quote, text)
                out.append(self.shared_strings(quote, state))
            return out

    def cited_link(self, raw: str, start: int, end: int) -> bool:
        """Whether the quotation from *start* to *end* (its words inside the marks) stands right
        after a label of :attr:`LINK_LABELS` and a colon that open a bracket, the paragraph or a
        sentence, and nothing but a closing mark and a stop follow it up to that bracket's close,
        the paragraph's end or the next sentence's capital, with no comma (``[Read: "Storm hits coast"]``,
        ``(READ MORE: "Why rents rise")``, ``Related: "Council backs plan"``): a cited headline
        of another story, no one's words (``Update: "..."`` stays a quote: no link).

        .. versionadded:: 0.2 (fixQ64b)"""
        colon = start - 1
        while colon >= 0 and start - colon <= 4 and not raw[colon].isalnum() and raw[colon] != ":":
            colon -= 1  # (back over the opening mark and its blanks: French "Lire aussi : « ... »")
        if colon < 0 or raw[colon] != ":":
            return False
        floor = max(0, colon - self.MAX_LINK_LABEL_CHARS - 1)
        begin = colon
        while begin > floor and (raw[begin - 1].isalpha() or raw[begin - 1] == " "):
            begin -= 1
        if " ".join(raw[begin:colon].casefold().split()) not in self._link_labels:
            return False
        before = raw[:begin].rstrip()
        bracket = before[-1:] in ("(", "[")
        if not (bracket or not before or before[-1] in ".!?"):
            return False  # (a label opens a bracket, the paragraph or a sentence)
        after = end
        while after < len(raw) and after - end <= 3 and not raw[after].isalnum() and raw[after] not in ")]":
            after += 1  # (over the closing mark, a stop and a blank)
        rest = raw[after : after + 1]
        if bracket:
            return rest in (")", "]")
        return not rest or (rest.isupper() and "," not in raw[end - 1 : after])  # ('Related: "...," Ana Ruiz said': hers)

    def agreed_pronoun_speakers(self, found: Sequence[Quote]) -> dict[tuple[int, int], Speaker]:
        """For each pronoun of :attr:`PERSON_PRONOUNS` that is the speaker of more than one quote of
        *found* (one paragraph's, from the direct, reported and unattributed paths): the one
        :class:`~newsparse.Speaker` all of them get, keyed by the pronoun's ``(start, end)``.  One
        pronoun stands for one person (``"...," she said, adding that ...``: the direct quote and
        the reported clause are the same woman's), so the paths that resolved it at different
        moments of the reading agree: a resolved name beats the pronoun left as written, and of
        two names the one resolved for a quote with a cue (an attribution read, not a quotation
        that only borrows the sentence's subject), then for the quote that comes first in the
        text, read with only what stands before it.  An empty dict when no pronoun is shared.

        .. versionadded:: 0.2
        """
        persons = self._persons
        count: dict[tuple[int, int], int] = {}
        first: dict[tuple[int, int], tuple[tuple[bool, int], Speaker]] = {}
        for quote in found:
            speaker = quote.speaker
            if speaker is None or speaker.span is None or speaker.mention.casefold() not in persons:
                continue
            key = (speaker.span.start, speaker.span.end)
            count[key] = count.get(key, 0) + 1
            if speaker.name.casefold() == speaker.mention.casefold():
                continue  # (left as written: no one found for it on this path)
            # (a quote with a cue before one with none, whose speaker a weaker rule read, then position)
            rank = (quote.cue is None, quote.span.start)
            held = first.get(key)
            if held is None or rank < held[0]:
                first[key] = (rank, speaker)
        return {key: speaker for key, (_, speaker) in first.items() if count[key] > 1}

    def unescaped_marks(self, raw: str) -> str:
        """*raw* with each escaped quotation mark of :attr:`ESCAPED_MARKS` read as the mark, its
        escape a space (offsets stay the same, and texts come from the input again), when the
        paragraph was copied from an export that escapes its marks (a JSON string's ``\\"``, a CSV
        cell's doubled ``""``): only when every ``"`` of the paragraph stands in such an escape and
        there are two escapes or more (``""We will build it,"" Ortiz said.``: the quotation ``We
        will build it,``; not ``Users typed C:\\"Program Files\\" and "it worked,"``).  *raw*
        itself otherwise.

        .. versionadded:: 0.2"""
        held = [escaped for escaped in self.ESCAPED_MARKS if escaped in raw]
        if not held:
            return raw
        for escaped in held:
            mark = escaped[-1]
            # (only where the paragraph has no mark of its own left over, and the escapes pair up)
            pairs = raw.count(escaped)
            if pairs < 2 or raw.count(mark) != pairs * escaped.count(mark):
                continue
            raw = raw.replace(escaped, " " * (len(escaped) - 1) + mark)
        return raw

    def pattern_blanks(self, raw: str) -> str:
        """*raw* with each of :attr:`PATTERN_BLANKS` made a space, so that the rules' ``\\s`` reads
        every blank the library calls whitespace (a speaker after ``Naples.\\x1f`` is found as after
        ``Naples. ``); offsets stay the same, and texts come from the input again; *raw* itself
        when it holds none."""
        if not any(map(raw.__contains__, self.PATTERN_BLANKS)):
            return raw
        return raw.translate(_spaces_for(self.PATTERN_BLANKS))

    def unwrapped(self, raw: str) -> str:
        """*raw* with each line break that wraps a sentence made a space (one a character: a
        carriage return too), so that the rules read a hard-wrapped paragraph as its one-line
        version (``according\nto the report``, ``said\nthat``, ``told\nreporters``): a break
        before a lower-case letter goes on with its sentence.  A break before anything else
        stays (``Q: ...\nA: ...``, a dash's attribution line); offsets stay the same, and texts
        come from the input again; *raw* itself when it has no line break.

        .. versionadded:: 0.2"""
        if "\n" not in raw:
            return raw
        return _WRAP.sub(lambda m: " " * len(m.group()), raw, 0, None, None, KEEP_GIL)

    @staticmethod
    def paragraph_slice(text: str, paragraph: Paragraph) -> str:
        """The slice of *text* that *paragraph* spans: its own text when that is the slice (one
        line with nothing to collapse), so that a long paragraph is not held twice."""
        span, words = paragraph.span, paragraph.text
        if len(words) == span.end - span.start and text.startswith(words, span.start):
            return words
        return span.slice(text)

    def might_hold_quotes(self, raw: str) -> bool:
        """Whether a paragraph could hold a quote, by one cheap check of what every rule starts
        from: a quotation mark (an opening one, a digraph, or one of :attr:`CONTINUATION_MARKS` that
        opens it), a token that may start a cue or is a
        progressive form (one set lookup over its tokens), or a question verb
        (:attr:`QUESTION_VERBS`, ``Asked whether ...``).  A paragraph with none of them gives
        no quote, so :meth:`parse_paragraph` reads it no further.  It is also true for one that
        ends in a colon (its sentences are needed for the next paragraph's speaker, see
        ``remember_colon``), for one that opens with a transcript's label (``MARIA LOPEZ: ...``,
        :meth:`transcript_turn`) and for one longer than :attr:`MAX_SENTENCE`, whose sentences are
        cut inside words.  A subclass that finds quotes from anything else overrides it too."""
        if len(raw) > self.MAX_SENTENCE or any(map(raw.__contains__, self._quote_openers)):
            return True
        if any(map(raw.__contains__, self.QUOTE_DIGRAPHS)) or raw.rstrip().endswith(":"):
            return True
        if self._opening_words and not self._opening_words.isdisjoint(self.tokens(raw)):
            return True  # ("Wie die Polizei mitteilte, ...", "Der Polizei zufolge ...": read_source_opening)
        # (the cue words first: the test most paragraphs with no quotation mark pass)
        if not self._prefilter_words.isdisjoint(self.tokens(raw)):  # (stops at the first such token)
            return True
        if self.continued_quotation(raw) is not None:
            return True  # ("»La inflación no bajará.": a quotation going on from the paragraph before)
        if self.turn_label(raw, len(raw) - len(raw.lstrip()), None) is not None:
            return True  # (a turn of a transcript: "MARIA LOPEZ: ...")
        if self._attribution_particles and not self._attribution_particles.isdisjoint(self.tokens(raw)):
            return True  # ("Die Stadt brauche mehr Geld, so Miersch.")
        return self.asks_question(raw)

    @staticmethod
    def shared_strings(quote: Quote, state: State) -> Quote:
        """*quote* with its strings (text, cue, source, the speaker's name, mention and
        description) replaced by an equal one seen before in the same parse, if any, so that an
        article that repeats them (``said``, a speaker's name) holds each once."""
        strings = state.strings
        speaker = quote.speaker
        if speaker is not None:
            name = strings.setdefault(speaker.name, speaker.name)
            mention = strings.setdefault(speaker.mention, speaker.mention)
            description = speaker.description and strings.setdefault(speaker.description, speaker.description)
            if name is not speaker.name or mention is not speaker.mention or description is not speaker.description:
                speaker = Speaker(name, mention, speaker.span, description)
        text = strings.setdefault(quote.text, quote.text)
        cue = quote.cue and strings.setdefault(quote.cue, quote.cue)
        source = quote.source and strings.setdefault(quote.source, quote.source)
        if text is quote.text and cue is quote.cue and source is quote.source and speaker is quote.speaker:
            return quote
        return Quote(text, quote.span, quote.kind, cue, speaker, source, quote.paragraph)

    def from_input(self, quote: Quote, text: str) -> Quote:
        """*quote* with its text and its speaker's mention sliced from the input again (a name
        read as the mention is the mention as written, without a nickname set off inside it:
        :meth:`nickname_blanks`)."""
        speaker = quote.speaker
        if speaker is not None and speaker.span is not None:
            mention = collapse(speaker.span.slice(text))
            name = collapse(self.nickname_blanks(mention)) if speaker.name == speaker.mention else speaker.name
            speaker = attrs.evolve(speaker, mention=mention, name=name)
        return attrs.evolve(quote, text=collapse(quote.span.slice(text)), speaker=speaker)
