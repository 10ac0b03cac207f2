"""Body paragraphs: grouping the body lines into paragraphs, blank lines, indentation and hard wrapping.

``BoilerplateParser`` lives in :mod:`newsparse.boilerplate`; it is imported here too for older imports.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import ClassVar

import regex

from .boilerplate import BoilerplateParser
from .caption import CaptionParser
from .lines import (
    CLOSERS,
    SENTENCE_ENDS,
    Line,
    ends_sentence,
    has_lower_word,
    is_hyphen_break,
    join_span,
    joined_text,
    visible_end,
)
from .spans import Paragraph, collapse
from .vocabulary import Vocabulary, own_or_pack

# a numbered subhead's number: "1. ", "12) " (is_numbered_subhead), a capital after it
_NUMBERED_SUBHEAD = regex.compile(r"\d{1,2}+[.)][ ]++(?=\p{Lu})")

__all__ = ["BodyParser", "BoilerplateParser"]


class BodyParser:
    """Groups body lines into paragraphs.

    A blank line always ends a paragraph.  In wire copy where paragraphs are marked by
    indentation (``    The bank said ...`` with unindented continuation lines), an indented
    line starts one.  Otherwise each line is a paragraph, unless the text is hard-wrapped and
    the line continues a sentence the previous line left open.
    """

    #: Characters that may end a paragraph: sentence ends of any script, colons and semicolons,
    #: and the quotes and brackets that close a sentence (built from :mod:`newsparse.lines`).
    TERMINAL: ClassVar[str] = SENTENCE_ENDS + ":;" + CLOSERS
    # (the characters that end a line as no item of a list nor a label does, :attr:`TERMINAL` and a
    # comma: is_plain_item, is_label; built once per parser by __init__, from a subclass's own TERMINAL)
    _terminal_or_comma: frozenset[str]
    # (the words a broken-off line of running text ends in for a capitalised line to carry its sentence
    # on, but the unstranded words, which any line does: carries_on)
    _carrying_words: frozenset[str]
    # (the words no phrase ends in: UNSTRANDED_WORDS, the class's own or the vocabulary's; is_unstranded)
    _unstranded_words: frozenset[str]

    #: Words that cannot end a sentence, so a wrapped line ending in one goes on.
    OPEN_WORDS: ClassVar[tuple[str, ...]] = (
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that",
        "which", "who", "as", "than", "its", "his", "her", "their", "our", "said", "says", "told", "over", "under",
        "into", "about", "after", "before", "between", "against", "during", "without",
    )
    #: The fewest words a line ending in one of :attr:`OPEN_WORDS` needs to carry on, whatever its
    #: length, onto the next line (:meth:`left_open`).
    MIN_OPEN_LINE_WORDS: ClassVar[int] = 4
    #: Words of :attr:`OPEN_WORDS` a heading may end in (``Rail services suspended, operator
    #: says``): a short line ending in one is not left open (:meth:`left_open`).
    HEADING_END_WORDS: ClassVar[frozenset[str]] = frozenset({"said", "says", "told"})
    #: First words of a crosshead that asks its question (``What to look out for``, ``Who to
    #: vote for``): such a line ending in one of :attr:`OPEN_WORDS` is a heading, no running text
    #: left open (:meth:`left_open`).
    #:
    #: .. versionadded:: 0.2
    HEADING_OPENERS: ClassVar[frozenset[str]] = frozenset({"what", "who", "how", "why", "where", "when", "which"})
    #: Lines this long or shorter count as hard-wrapped.
    WRAP_WIDTH: ClassVar[int] = 90
    #: Signs that open a credit closing a line after its sentence has ended (``Rescuers reached the
    #: village on Monday. © Reuters``): such a line carries on no sentence onto the next
    #: (:meth:`continues`; mend60).
    CREDIT_SIGNS: ClassVar[tuple[str, ...]] = ("©", "(c)", "(C)")
    #: Picture credits a caption ends in alone, after its sentence's end and a space (``Officials
    #: inspect the site on Monday. Reuters``): ``CaptionParser.PHOTO_AGENCIES`` and
    #: ``CaptionParser.CREDIT_TAILS`` (one list of credits, kept there).  A line that ends so carries
    #: on no sentence (:meth:`ends_in_bare_credit`): the credit closes the caption, and the next
    #: line in capitals is the story's.
    #:
    #: .. versionadded:: 0.2 (fixL66)
    BARE_CREDITS: ClassVar[tuple[str, ...]] = (*CaptionParser.PHOTO_AGENCIES, *CaptionParser.CREDIT_TAILS)
    #: The shortest line (in characters) that a line starting with a capital or a digit may continue.
    MIN_WRAPPED_CHARS: ClassVar[int] = 30
    #: The fewest words a line needs for a line in lower case under it to continue its sentence.
    MIN_WRAPPED_WORDS: ClassVar[int] = 2
    #: The fewest words a line ending in a comma and the line under it that ends the sentence hold
    #: together for the second to carry the first's sentence on (:meth:`carried_past_comma`).
    #:
    #: .. versionadded:: 0.2
    MIN_COMMA_SENTENCE_WORDS: ClassVar[int] = 6
    #: Lower-case words that open a person's name before its capitalised word (``van der Berg``,
    #: ``bin Salman``), so a line that opens with them opens no rest of a sentence
    #: (:meth:`opens_lower`), and the particles that may follow one inside a name (``van der
    #: Berg``, ``van den Broek``), never opening it.  ``None`` by default: the vocabulary's
    #: ``NAME_PARTICLES`` and ``NAME_INNER_PARTICLES`` (each pack's); a subclass's set here
    #: replaces them (lang63).
    #:
    #: .. versionadded:: 0.2 (mendR62; the inner ones the merged round)
    #: .. versionchanged:: 0.2 the vocabulary's by default (lang63).
    NAME_PARTICLES: ClassVar[frozenset[str] | None] = None
    NAME_INNER_PARTICLES: ClassVar[frozenset[str] | None] = None
    #: The most of :attr:`NAME_PARTICLES` before a name's capitalised word (``van der Berg``: 2).
    #:
    #: .. versionadded:: 0.2 (mendR62)
    MAX_NAME_PARTICLES: ClassVar[int] = 2
    #: Determiners and auxiliaries that end no phrase, not even a crosshead's (``... the report by
    #: the``, ``... the first lanes would``): a line a paste broke off after one goes on over a line
    #: opening with a capital (:meth:`carries_on`).  After the other :attr:`OPEN_WORDS`, the
    #: prepositions and conjunctions a crosshead may end in (``Find someone to talk to``, ``What
    #: it is for``), only a line of running text does: one with a comma or a sentence's end in it.
    #: ``None`` by default: the vocabulary's ``UNSTRANDED_WORDS`` (each pack's); a subclass's set
    #: here replaces them (lang64).
    #:
    #: .. versionadded:: 0.2 (fixL63b)
    #: .. versionchanged:: 0.2 the vocabulary's by default (lang64).
    UNSTRANDED_WORDS: ClassVar[frozenset[str] | None] = None
    #: How many times :attr:`WRAP_WIDTH` a line broken off before a blank line may hold and still
    #: carry its sentence on past it (:meth:`carried_past_blank`): a paragraph pasted whole is long.
    #:
    #: .. versionadded:: 0.2 (fixL62)
    PASTED_LINE_WIDTHS: ClassVar[int] = 8
    #: How many characters longer than a line, a space and the next line's first word the next line
    #: must be for that line to have had room for the word (:meth:`had_room`): hard-wrapped copy
    #: is ragged, its lines not all filled to one width.
    ROOM_SLACK_CHARS: ClassVar[int] = 20
    #: The indentation (in spaces) that marks a paragraph start in indented wire copy.
    INDENT: ClassVar[int] = 2
    #: The share of body lines (after the first) that must follow a blank line for blank lines to
    #: be what marks paragraphs, so that a line break with no blank line is one inside a paragraph.
    BLANK_LAYOUT_SHARE: ClassVar[float] = 0.5
    #: The fewest body lines that must follow a blank line for that (one blank line proves nothing).
    BLANK_LAYOUT_LINES: ClassVar[int] = 2
    #: The most words of a label line (``Tags``, ``Related``, a name) that a line break after it
    #: still ends, even where blank lines mark the paragraphs (:meth:`is_label`).
    LABEL_WORDS: ClassVar[int] = 3
    #: The marks that open a list item: a bullet or a dash, then a space (``- The council voted
    #: 7-2``, ``• The plan takes effect in May``; :meth:`is_list_item`).
    #:
    #: .. versionadded:: 0.2
    LIST_MARKS: ClassVar[frozenset[str]] = frozenset({"-", "–", "—", "•", "*", "·", "▪", "●", "◦", "‣"})

    #: The most words of a label that opens a line before a colon (``Referee: Nick Walsh``,
    #: ``Hearts: Gordon, Penrice, ...``): lines that each open with one are a paragraph each
    #: (:meth:`next_labelled_line`).
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    LABEL_LINE_WORDS: ClassVar[int] = 3

    #: The most words after the number of a numbered subhead (:meth:`is_numbered_subhead`).
    #:
    #: .. versionadded:: 0.2 (fixT58)
    SUBHEAD_WORDS: ClassVar[int] = 10

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self._terminal_or_comma = frozenset(self.TERMINAL + ",")
        # a name's particles (opens_name): the class's own sets, else the vocabulary's (lang63; its
        # class's words when none is given, no vocabulary built)
        words = vocabulary if vocabulary is not None else Vocabulary
        self._name_particles = frozenset(own_or_pack(self.NAME_PARTICLES, words.NAME_PARTICLES))
        self._name_inner_particles = frozenset(own_or_pack(self.NAME_INNER_PARTICLES, words.NAME_INNER_PARTICLES))
        self._unstranded_words = frozenset(own_or_pack(self.UNSTRANDED_WORDS, words.UNSTRANDED_WORDS))
        self._carrying_words = frozenset(self.OPEN_WORDS) - self.HEADING_END_WORDS - self._unstranded_words

    def parse(self, lines: Sequence[Line], *, page: Sequence[Line] | None = None) -> tuple[Paragraph, ...]:
        """The paragraphs made of *lines* (body lines only, in order).  *page*, all the lines of
        the text when given, tells whether blank lines mark the paragraphs (:meth:`is_blank_layout`)
        when the body has too few lines to tell (:attr:`BLANK_LAYOUT_LINES` or fewer).  A subclass
        that overrides :meth:`stream` (and not this) has its ``stream`` read here, so either hook
        works."""
        if type(self).stream is not BodyParser.stream and type(self).parse is BodyParser.parse:
            return tuple(self.stream(lines, page=page))  # (its stream never calls back here: parse is ours)
        return tuple(self._stream(lines, page))

    def stream(self, lines: Sequence[Line], *, page: Sequence[Line] | None = None) -> Iterator[Paragraph]:
        """:meth:`parse`'s paragraphs one at a time, the layout read first: what
        :meth:`ArticleParser.build <newsparse.ArticleParser.build>` reads, packing them as they
        come, so that a body of many paragraphs never holds them all as objects.  A subclass that
        overrides :meth:`parse` (and not this) has its ``parse`` read here, so either hook works.

        .. versionadded:: 0.2"""
        if type(self).parse is not BodyParser.parse:
            return iter(self.parse(lines, page=page))
        return self._stream(lines, page)

    def _stream(self, lines: Sequence[Line], page: Sequence[Line] | None) -> Iterator[Paragraph]:
        if not lines:
            return iter(())
        indented = self.is_indented_layout(lines)
        short = len(lines) <= self.BLANK_LAYOUT_LINES  # too few lines to tell: ask the whole page
        blank = not indented and self.is_blank_layout(page if short and page is not None else lines)
        return self.paragraphs(lines, indented=indented, blank=blank)

    def paragraphs(self, lines: Iterable[Line], *, indented: bool, blank: bool) -> Iterator[Paragraph]:
        """The paragraphs of *lines*, one at a time (:meth:`parse` after it has read the layout):
        only the paragraph being grouped is held, so that a long body builds no list of groups."""
        group: list[Line] = []
        listing = False  # (whether the line before is an item of a list under a colon line)
        boxed = False  # (whether the line before is a field of a fact box, next_labelled_line)
        opening = True  # (whether the group is the body's first)
        for line, below in itertools.pairwise(itertools.chain(lines, (None,))):
            if line is None:
                break  # (for the type checker: the sentinel is only ever the second of a pair)
            if group:
                listed = self.next_plain_item(group[-1], line, below, listing=listing)
                field = not line.blank_before and self.next_labelled_line(group[-1], line, below, boxed=boxed)
                if opening and len(group) == 1 and not line.blank_before and self.carried_past_comma(group[0].text, line):
                    listed = False  # "Residents of Springfield," / "Shelbyville and ... voted on Tuesday.": the lede
                elif (
                    (opening or group[0].blank_before)
                    and len(group) == 1
                    and not line.blank_before
                    and self.carried_past_hyphen(group[0].text, line)
                ):
                    listed = False  # "The Anglo-" / "French talks resumed on Monday ...": a block's first line, its word broken
                elif line.blank_before and self.carried_past_blank(group, line, below):
                    listed = False  # "... cycle lanes across the" / blank / "city centre over ...": one sentence, pasted apart
                elif listed or field or self.starts_paragraph(group[-1], line, indented=indented, blank=blank):
                    opening = False
                    yield Paragraph(self.paragraph_text(group), join_span(group))
                    group = []
                listing, boxed = listed, field
            group.append(line)
        if group:
            yield Paragraph(self.paragraph_text(group), join_span(group))

    #: Word endings that are no word of their own, the whole tail of a word broken after a hyphen at
    #: a line's end (``govern-`` / ``ment``, ``decid-`` / ``ing``, ``gener-`` / ``ation``), in lower
    #: case: the hyphen is left out (:meth:`paragraph_text`); after any other tail it stays.
    #:
    #: .. versionadded:: 0.2 (fixL70)
    #: .. versionchanged:: 0.2 (rvl70) ``ation``, ``ations``; the only tails that drop the hyphen.
    BROKEN_TAILS: ClassVar[frozenset[str]] = frozenset(
        {"ation", "ations", "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ing", "ings", "ed", "ity",
         "ities", "ous", "ance", "ances", "ence", "ences", "ible", "ally", "ical", "ative", "ly", "er", "ers", "est", "ism", "ist",
         "ists", "ize", "ise", "ized", "ised"}
    )

    def paragraph_text(self, lines: Sequence[Line]) -> str:
        """The text of the paragraph of *lines*: :func:`~newsparse.lines.joined_text`, with a word
        broken by a hyphen at a line's end (:func:`~newsparse.lines.is_hyphen_break`, as a copy of a
        printed page or a PDF breaks it) joined with no space, its hyphen kept: a changed word is
        worse than a kept hyphen (``tax-`` / ``free`` is ``tax-free``, ``oil-`` / ``rich``
        ``oil-rich``, ``e-`` / ``cigarettes`` ``e-cigarettes``, ``Anglo-`` / ``French``
        ``Anglo-French``, and ``di-`` / ``vided`` ``di-vided``).  The hyphen is left out only when the
        tail after it is a word's ending alone (:attr:`BROKEN_TAILS`: ``govern-`` / ``ment`` is
        ``government``, ``gener-`` / ``ation`` ``generation``).  The spans are the lines' as ever.

        .. versionadded:: 0.2 (fixL70)
        .. versionchanged:: 0.2 (rvl70) the hyphen kept but before a bare ending."""
        if len(lines) < 2 or not any(line.text.endswith("-") for line in lines[:-1]):
            return joined_text(lines)
        texts = [collapse(line.text) for line in lines]
        out = [texts[0]]
        for above, piece in itertools.pairwise(texts):
            if not is_hyphen_break(above, piece):
                out.append(" ")
            elif not self.keeps_hyphen(above, piece):
                out[-1] = out[-1][:-1]  # (the hyphen left out: "di-" / "vided" is "divided")
            out.append(piece)
        return "".join(out)

    def keeps_hyphen(self, above: str, following: str) -> bool:
        """Whether the hyphen that ends *above*, a word broken over the line's end, stays in the
        word joined with *following* (:meth:`paragraph_text`): unless the tail, the letters that
        open *following*, is one of :attr:`BROKEN_TAILS` alone.

        .. versionadded:: 0.2 (fixL70)
        .. versionchanged:: 0.2 (rvl70) the tail alone decides."""
        end = 0
        while end < len(following) and following[end].isalpha():
            end += 1
        return following[:end] not in self.BROKEN_TAILS

    def is_indented_layout(self, lines: Sequence[Line]) -> bool:
        """Whether paragraph starts are marked by indentation, as in wire copy: flush lines carry on
        an indented line above them (no blank line between), and more than one line is indented or
        the text starts indented (one indented list item in web copy is not enough)."""
        indented = sum(1 for line in lines if line.indent >= self.INDENT)
        carried = sum(
            1
            for above, line in itertools.pairwise(lines)
            if line.indent < self.INDENT and not line.blank_before and above.indent >= self.INDENT
        )
        return carried >= 1 and (indented >= 2 or lines[0].indent >= self.INDENT)

    def is_blank_layout(self, lines: Sequence[Line]) -> bool:
        """Whether blank lines mark the paragraphs, as in a web page copied as text: at least
        :attr:`BLANK_LAYOUT_SHARE` of the lines after the first, and :attr:`BLANK_LAYOUT_LINES`
        lines or more, follow a blank line.  A line break
        with no blank line is then one inside a paragraph (``<br>``), and does not start one."""
        if len(lines) < 2:
            return False
        after_blank = sum(1 for line in itertools.islice(lines, 1, None) if line.blank_before)
        return after_blank >= max(self.BLANK_LAYOUT_LINES, self.BLANK_LAYOUT_SHARE * (len(lines) - 1))

    def starts_paragraph(self, previous: Line, line: Line, *, indented: bool, blank: bool = False) -> bool:
        """Whether *line* begins a new paragraph after *previous* (*indented*: indentation marks
        paragraphs; *blank*: blank lines do).  A word broken by a hyphen at *previous*'s end
        (:func:`~newsparse.lines.is_hyphen_break`, ``Anglo-`` / ``French``) goes on in *line*:
        no new paragraph where indentation or blank lines mark paragraphs; where each line is one
        (neither), only before a word in lower case (``long-`` / ``awaited``): there a capital after
        the hyphen opens the next paragraph as often (``... for leaving-`` / ``Her health, she told
        reporters``, a dash that lost its space), and the line is read as before.

        .. versionchanged:: 0.2 (fixL71) a word broken over the line's end starts none.
        .. versionchanged:: 0.2 (rvl71) where each line is a paragraph, only before lower case."""
        if line.blank_before:
            return True
        if is_hyphen_break(previous.text, line.text) and (indented or blank or line.text[:1].islower()):
            return False  # "The Anglo-" / "French talks resumed ...": a word broken over the line's end
        if self.next_item(previous, line):
            return True  # "- The council voted 7-2" / "- The plan takes effect in May": one item a line
        if indented:
            return line.indent >= self.INDENT
        if blank:
            # a label over running text ends there ("Tags" / "More about ..."); a list of labels stays one
            return (
                (self.is_label(previous) or self.is_numbered_subhead(previous))
                and not self.is_label(line)
                and not line.text[:1].islower()
            )
        if self.is_numbered_subhead(previous) and line.text[:1].isupper() and self.had_room(previous, line):
            return True  # "2. Petrol prices hit record" / "Petrol prices have passed ...": a subhead
        return not self.continues(previous, line)

    def is_list_item(self, line: Line) -> bool:
        """Whether *line* is an item of a bulleted list: one of :attr:`LIST_MARKS`, a space, and
        text that opens with a capital letter or a digit (``- The council voted 7-2 on Tuesday``,
        ``• 40 homes flooded``; not ``- and then`` nor ``--``).

        .. versionadded:: 0.2"""
        text = line.text
        if len(text) < 3 or text[0] not in self.LIST_MARKS or text[1] not in " \t":
            return False
        first = text[2:].lstrip()[:1]
        return first.isupper() or first.isdigit()

    def next_item(self, previous: Line, line: Line) -> bool:
        """Whether *line*, a list item (:meth:`is_list_item`), starts a paragraph of its own under
        *previous*, a list item too or a line that ends like a paragraph (:attr:`TERMINAL`): each
        item of a bulleted list is a paragraph, whatever the layout (a dash that opens a line of
        hard-wrapped prose after a line left open, ``the council`` / ``– Which ...``, goes on).

        .. versionadded:: 0.2"""
        if not self.is_list_item(line):
            return False
        return self.is_list_item(previous) or visible_end(previous.text)[-1:] in self.TERMINAL

    def opens_with_label(self, text: str) -> bool:
        """Whether *text* opens with a label before a colon and a space and has text after it: at
        most :attr:`LABEL_LINE_WORDS` words of letters (and ``'.-``), the first capitalised
        (``Referee: Nick Walsh``, ``Man of the match: ...`` is four words and no such label; ``12:30``
        and ``https://`` are none).

        .. versionadded:: 0.2 (fixT57a)"""
        head, colon, rest = text.partition(":")
        if not colon or rest[:1] not in (" ", "\t") or not rest.strip() or head != head.strip():
            return False
        words = head.split()
        if not words or len(words) > self.LABEL_LINE_WORDS or not words[0][:1].isupper():
            return False
        return all(ch.isalpha() or ch in "'’.-" for word in words for ch in word)

    def next_labelled_line(self, previous: Line, line: Line, below: Line | None, *, boxed: bool) -> bool:
        """Whether *line* starts a paragraph of its own under *previous* as a field of a fact box
        or a line-up: both open with a label before a colon (:meth:`opens_with_label`), their
        labels' first words differ, and either *previous* was such a field already (*boxed*) or
        *below*, right under *line*, is one too with a first word of its own (three fields at least:
        ``Hearts: Gordon, ...`` / ``Hibs: Smith, ...`` / ``Referee: Nick Walsh`` / ``Attendance:
        19,204``, one line each, never one run-on paragraph).  A run of one label numbered (``Path
        A:`` / ``Path B:``) stays the paragraph a page's line breaks made it.

        .. versionadded:: 0.2 (fixT57a)"""
        first = self.label_word(line.text)
        if first is None or first == self.label_word(previous.text) or self.label_word(previous.text) is None:
            return False
        if boxed:
            return True
        if below is None or below.blank_before:
            return False
        under = self.label_word(below.text)
        return under is not None and under != first

    def label_word(self, text: str) -> str | None:
        """The first word of the label that opens *text* (:meth:`opens_with_label`), case-folded,
        or ``None``.

        .. versionadded:: 0.2 (fixT57a)"""
        return text.split(None, 1)[0].rstrip(":").casefold() if self.opens_with_label(text) else None

    def is_plain_item(self, line: Line) -> bool:
        """Whether *line* may be an item of a list printed with no bullets, one a line: a short
        line (at most :attr:`WRAP_WIDTH`) that opens with a capital or a digit, ends in no mark of
        :attr:`TERMINAL` nor a comma, and is not left open (:meth:`left_open`): ``Employer national
        insurance up to 15%``, ``Fuel duty frozen``.

        .. versionadded:: 0.2"""
        text = visible_end(line.text) or line.text
        if not text or len(text) > self.WRAP_WIDTH or text[-1] in self._terminal_or_comma or self.is_list_item(line):
            return False
        first = text[:1]
        return (first.isupper() or first.isdigit()) and not self.left_open(text)

    def next_plain_item(self, previous: Line, line: Line, below: Line | None, *, listing: bool) -> bool:
        """Whether *line* starts a paragraph of its own as an item of a list with no bullets
        under a line that ends in a colon (``Key points so far:`` / ``Employer national insurance
        up to 15%`` / ``Fuel duty frozen``), as a bulleted item does (:meth:`next_item`): *line*
        is a plain item (:meth:`is_plain_item`) right under *previous*, and either *previous* is
        an item of the list already (*listing*) or it ends in a colon and the line right under
        *line*, *below*, is a plain item too (two items at least make a list).  A sentence carried
        on under a colon (``The measures include:`` / ``higher taxes on employers``) is no list.

        .. versionadded:: 0.2"""
        if line.blank_before or not self.is_plain_item(line):
            return False
        if listing:
            return True
        if below is None or below.blank_before or not self.is_plain_item(below):
            return False
        return (visible_end(previous.text) or previous.text).endswith(":")

    def is_numbered_subhead(self, line: Line) -> bool:
        """Whether *line* is a numbered subhead (``1. Interislander sailings cancelled``, ``2)
        Petrol prices hit record``), as a newsletter sets one over each item: a number of at most
        two digits, a full stop or a bracket, a space, then at most :attr:`SUBHEAD_WORDS` words
        that open with a capital and end with no sentence mark or comma, nor mid-phrase
        (:meth:`left_open`).  Where no blank lines mark the paragraphs, it ends its paragraph only
        over a line it had room for the first word of (:meth:`had_room`): a heading, no wrap.

        .. versionadded:: 0.2 (fixT58)"""
        text = line.text
        match = _NUMBERED_SUBHEAD.match(text)
        if match is None or text[-1] in self._terminal_or_comma or text[-1] in ":;" or self.left_open(text):
            return False  # (nor a line cut mid-phrase: "2. The council will vote on")
        return len(text[match.end() :].split()) <= self.SUBHEAD_WORDS

    def is_label(self, line: Line) -> bool:
        """Whether *line* is a label of a few words (:attr:`LABEL_WORDS`) with no punctuation at
        its end (``Tags``, ``Media contact``, ``Jane Roe``): over a line that is no label, a block
        of its own on a page, not the start of a paragraph broken by a ``<br>``."""
        text = line.text
        return len(text.split(None, self.LABEL_WORDS)) <= self.LABEL_WORDS and text[-1] not in self._terminal_or_comma

    def had_room(self, previous: Line, line: Line) -> bool:
        """Whether *previous* had room for the first word of *line* within the width *line* itself
        fills: *line* is longer than *previous*, a space and that word together, by more than
        :attr:`ROOM_SLACK_CHARS`, so *previous* was not broken for want of room but ends where its
        writer ended it, a heading over its text (``Ferry crews vote to strike on Friday`` over a
        longer sentence), no wrapped line.

        .. versionadded:: 0.2"""
        first = line.text.split(None, 1)[0]
        return len(previous.text) + 1 + len(first) + self.ROOM_SLACK_CHARS < len(line.text)

    def left_open(self, text: str) -> bool:
        """Whether *text*, a wrapped line (:attr:`WRAP_WIDTH`), is running text cut mid-phrase: it ends in one
        of :attr:`OPEN_WORDS` (``The city council will meet on``), has :attr:`MIN_OPEN_LINE_WORDS`
        words or more, and a word in lower case before the last (not a heading in title case,
        ``Things To Do On``, nor one opening with one of :attr:`HEADING_OPENERS`, ``What to look
        out for``), so whatever line comes under it carries its sentence on, however
        short it is and however the next line opens (``March 3 to vote ...``, ``Monday``).

        .. versionadded:: 0.2"""
        if len(text) > self.WRAP_WIDTH:
            return False  # (no wrapped line)
        words = text.split()
        last = words[-1].casefold() if words else ""
        if len(words) < self.MIN_OPEN_LINE_WORDS or last not in self.OPEN_WORDS or last in self.HEADING_END_WORDS:
            return False
        if words[0].casefold() in self.HEADING_OPENERS:
            return False  # ("What to look out for": a question's crosshead)
        return any(word[:1].islower() for word in words[1:-1])

    def carried_past_comma(self, text: str, line: Line) -> bool:
        """Whether *line* ends the sentence that *text*, the body's first line, broke off at a comma:
        *text* ends in a comma, *line* ends a sentence (:func:`~newsparse.lines.ends_sentence`),
        and the two hold :attr:`MIN_COMMA_SENTENCE_WORDS` words or more, one of them in lower case
        (``Residents of Springfield,`` / ``Shelbyville and Ogdenville voted on Tuesday.``,
        ``LONDON,`` / ``the capital, voted ...``): one paragraph, the story's first
        (:meth:`paragraphs`; further down, :meth:`continues` decides).  A line under it that ends
        no sentence (``Springfield,`` / ``Illinois``) carries nothing on, nor a capitalised one
        under a line in capitals (``WASHINGTON,`` / ``The Senate voted ...``).

        .. versionadded:: 0.2"""
        if not text.endswith(",") or len(text) > self.WRAP_WIDTH:
            return False
        if text[:-1].isupper() and line.text[:1].isupper():
            return False  # ("WASHINGTON," / "The Senate voted ...": a place in capitals over a sentence of its own)
        end = visible_end(line.text) or line.text
        if not ends_sentence(end):
            return False
        joined = f"{text} {line.text}"
        return len(joined.split()) >= self.MIN_COMMA_SENTENCE_WORDS and has_lower_word(joined)

    def carried_past_hyphen(self, text: str, line: Line) -> bool:
        """Whether *line* ends the sentence whose word *text*, the body's or a block's first line, broke with a
        hyphen (:func:`~newsparse.lines.is_hyphen_break`) before a capital too (``The Anglo-`` /
        ``French talks resumed on Monday ...``, as ``ArticleParser.is_lede_broken_at_hyphen`` reads it in
        the header): *line* ends a sentence, the two hold :attr:`MIN_COMMA_SENTENCE_WORDS` words or more,
        and neither opens with a label (``CHAIR: We were just about to-`` / ``MORRIS: Let me finish``).
        One paragraph (:meth:`paragraphs`); within a block, :meth:`starts_paragraph` decides.

        .. versionadded:: 0.2 (rvl71)"""
        if not is_hyphen_break(text, line.text) or self.opens_with_label(text) or self.opens_with_label(line.text):
            return False
        if not ends_sentence(visible_end(line.text) or line.text):
            return False
        return len(text.split()) + len(line.text.split()) >= self.MIN_COMMA_SENTENCE_WORDS

    def broken_off(self, text: str) -> bool:
        """Whether *text*, a line, stops where no sentence can end and no heading stops: in a comma,
        or in a word in lower case that ends in a letter or a digit (``... cycle lanes across
        the``, ``Crews worked through the night,``; not ``Share it With Friends``, a title's
        capital), what a paste that broke a sentence across a blank line leaves
        (:meth:`carried_past_blank`).

        .. versionadded:: 0.2 (fixL62)"""
        end = visible_end(text)
        if end.endswith(","):
            return True
        last = end.rsplit(None, 1)[-1] if end.strip() else ""
        return last[-1:].isalnum() and last[:1].islower() and has_lower_word(end)

    def opens_lower(self, text: str) -> bool:
        """Whether *text* opens with a word of letters all in lower case (``city centre over ...``):
        the rest of a sentence, never a paragraph's start (``iPhone sales ...``, ``eBay said ...``
        are names; ``www.example.com``, ``http://...``, ``dp3_en`` no words; ``de Blasio said
        ...``, ``van der Berg ...``: a name's particles, :meth:`opens_name`).

        .. versionadded:: 0.2 (fixL62)"""
        words = text.split(None, self.MAX_NAME_PARTICLES + 1)
        first = words[0].rstrip(",;:") if words else ""
        return first.isalpha() and first.islower() and not self.opens_name(words)

    def carries_on(self, text: str, rest: str) -> bool:
        """Whether *rest*, the line a paste put under *text* past a blank line, opens as the rest of
        *text*'s sentence: in lower case (:meth:`opens_lower`), or with a capital right after a
        determiner or an auxiliary (:meth:`is_unstranded`: ``... the report by the`` /
        ``National Audit Office found ...``), or after another of :attr:`OPEN_WORDS` (not
        :attr:`HEADING_END_WORDS`) when *text* is running text, a comma or a sentence's end inside
        it (:meth:`runs_on`: ``After a long debate, the council said it would meet again on`` /
        ``Thursday to decide.``; not a crosshead, ``Find someone to talk to``).  A line ending in any
        other word (``... it would meet`` / ``Thursday ...``) carries nothing on over a capital.

        .. versionadded:: 0.2 (fixL63b)"""
        if self.opens_lower(rest):
            return True
        words = visible_end(text).split()
        if not words or not rest[:1].isupper():
            return False
        return self.is_unstranded(words[-1]) or (words[-1] in self._carrying_words and self.runs_on(words))

    def is_unstranded(self, word: str) -> bool:
        """Whether *word*, a line's last, is a determiner or an auxiliary that ends no phrase
        (:attr:`UNSTRANDED_WORDS`, the vocabulary's by default: ``the``, ``would``), so the line
        carries its sentence on over a capital (:meth:`carries_on`).

        .. versionadded:: 0.2 (lang64)"""
        return word in self._unstranded_words

    def runs_on(self, words: Sequence[str]) -> bool:
        """Whether *words*, a line's, read as running text, not a heading: a word before the last
        ends in a comma, or in a full stop, a question or an exclamation mark after a letter
        (``... on Monday. The council``; not a list's number, ``12. Find someone ...``).

        .. versionadded:: 0.2 (fixL63b)"""
        return any(
            word[-1:] == "," or (word[-1:] in SENTENCE_ENDS and word[-2:-1].isalpha()) for word in words[:-1]
        )

    def opens_name(self, words: Sequence[str]) -> bool:
        """Whether *words*, a line's first words, open with one to :attr:`MAX_NAME_PARTICLES` of
        :attr:`NAME_PARTICLES` (the first) and :attr:`NAME_INNER_PARTICLES` (after it) right before
        a capitalised word (``bin Salman``, ``van der Berg``): a person's name.

        .. versionadded:: 0.2 (mendR62)
        .. versionchanged:: 0.2 the particles are the vocabulary's unless the class has its own (lang63)."""
        k = 0
        while k < len(words) and k < self.MAX_NAME_PARTICLES and (
            words[k] in self._name_particles if k == 0 else words[k] in self._name_inner_particles
        ):
            k += 1
        return 0 < k < len(words) and words[k][:1].isupper()

    def carried_past_blank(self, group: Sequence[Line], line: Line, below: Line | None) -> bool:
        """Whether *line*, after a blank line, carries on the sentence that the paragraph of *group*
        broke off (:meth:`broken_off`: ``The council on Tuesday approved a plan to build twelve
        miles of cycle lanes across the`` / blank / ``city centre over the next three years.``):
        *line* opens in lower case, or with a capital after a word that cannot end a sentence
        (:meth:`carries_on`), and ends the sentence, or goes on on
        *below*, the line right under it (hard-wrapped), and the paragraph holds
        :attr:`MIN_COMMA_SENTENCE_WORDS` words or more.  One paragraph, the blank line a paste's.
        A line that ends no sentence (``captions off, selected``, ``or``) carries nothing on.
        A name broken before its particles carries on too (:meth:`name_carried_on`).

        .. versionadded:: 0.2 (fixL62)
        .. versionchanged:: 0.2 a capital after a determiner, a preposition or an auxiliary too (fixL63b); a
           name broken before its particles (mendL63)."""
        last = group[-1].text
        if len(last) > self.WRAP_WIDTH * self.PASTED_LINE_WIDTHS:
            return False
        if not (self.carries_on(last, line.text) and self.broken_off(last)) and not self.name_carried_on(last, line.text):
            return False
        if not ends_sentence(line.text) and (below is None or below.blank_before):
            return False
        words = 0
        for above in reversed(group):  # (from the end, no further than the words needed: linear)
            words += len(above.text.split())
            if words >= self.MIN_COMMA_SENTENCE_WORDS:
                return True
        return False

    def name_carried_on(self, text: str, below: str) -> bool:
        """Whether *below* carries on a name that *text*, running text, broke off: *text* ends in
        a capitalised word after a word in lower case and *below* opens with a name's particles
        before its capitalised part (:meth:`opens_name`: ``The plan was backed by Mayor Ana`` /
        ``van der Berg said ...``).

        .. versionadded:: 0.2 (mendL63)"""
        end = visible_end(text)
        last = end.rsplit(None, 1)[-1] if end.strip() else ""
        if not (last.isalpha() and last[:1].isupper() and has_lower_word(end)):
            return False
        return self.opens_name(below.split(None, self.MAX_NAME_PARTICLES + 1))

    def ends_in_credit(self, text: str) -> bool:
        """Whether *text* closes with a credit after a sentence it ended: one of
        :attr:`CREDIT_SIGNS` after a character of :attr:`TERMINAL` (``... on Monday. © Reuters``),
        so the line's last words are a credit's, no sentence left open.

        .. versionadded:: 0.2 (mend60)"""
        at = max(text.rfind(sign) for sign in self.CREDIT_SIGNS)
        before = text[:at].rstrip()
        return at > 0 and before[-1:] in self.TERMINAL

    def ends_in_bare_credit(self, text: str) -> bool:
        """Whether *text* ends in one of :attr:`BARE_CREDITS` alone after a character of
        :attr:`TERMINAL` and a space (``... on Monday. Reuters``, ``... in Kyiv. Getty Images``), a
        caption's credit, so that it carries on no sentence on the next line.

        .. versionadded:: 0.2 (fixL66)"""
        if " " not in text or not text.endswith(tuple(self.BARE_CREDITS)):
            return False  # (most lines end in no credit: one C call, not a Python loop over every credit; speedL69)
        for credit in self.BARE_CREDITS:
            if not text.endswith(credit):
                continue  # (the test first: no slice made for each credit the line does not end in)
            head = text[: len(text) - len(credit)]
            if head.endswith(" ") and head.rstrip()[-1:] in self.TERMINAL:
                return len(head.split()) >= self.MIN_WRAPPED_WORDS
        return False

    def continues(self, previous: Line, line: Line) -> bool:
        """Whether *line* carries on the sentence that *previous* left open in hard-wrapped text:
        *previous* is wrapped (not short, not past :attr:`WRAP_WIDTH`) and ends mid-sentence, and
        *line* goes on in lower case, or with any word after a line that ends in a word that
        cannot end a sentence (``over the`` / ``Moscow region``) or in a capitalised word of
        running text (``said Henk`` / ``Bosman, a spokesman``) that had no room on *previous*
        (:meth:`had_room`).

        .. versionchanged:: 0.2 a line ending in a capitalised word that had room for the next
           line's first word carries on no sentence."""
        text = visible_end(previous.text) or previous.text  # (what prints nothing ends no sentence: "... on Friday.\ufffd")
        if len(text) > self.WRAP_WIDTH or text[-1] in self.TERMINAL or self.ends_in_credit(text):
            return False
        if line.text[:1].isupper() and self.ends_in_bare_credit(text):
            return False  # "Officials inspect the site on Monday. Reuters" / "Officials said ...": a caption, then the story
        if line.text[0].islower() and len(text.split()) >= self.MIN_WRAPPED_WORDS:
            return True  # a sentence broken in a narrow column: "that the" / "plan would go ahead"
        if self.left_open(text):
            return True  # "The city council will meet on" / "March 3 to vote ...": a short line, cut mid-phrase
        if len(text) < self.MIN_WRAPPED_CHARS:
            return False
        if line.text[0].islower() or line.text[0].isdigit():
            return True
        last = text.rsplit(None, 1)[-1]
        if last[:1].isupper() and any(w[:1].islower() for w in text.split()) and not self.had_room(previous, line):
            return True  # a name broken over two lines: "said Henk" / "Bosman, a spokesman"
        return len(text) >= 50 and (last.casefold() in self.OPEN_WORDS or text[-1] in ",-–—")
