"""Segmentation: quotation marks (digraphs such as ``''`` read as ``"``; a quotation left open
carries on to the paragraph's end) and sentences (never ending inside quotation marks, nor after
an abbreviation)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import ClassVar

import regex

from ..names import strip_possessive
from ..sharing import LazyPattern
from ..vocabulary import KEEP_GIL, Vocabulary, normalize_word
from .grammar import SpeakerGrammar
from .model import Bounds
from .words import LEAD, any_of

__all__ = ["Segmentation"]

_ABBREVIATION = regex.compile(r"[\p{L}.]++$")


class Segmentation(SpeakerGrammar):
    """Quotation marks and sentences of one paragraph (paragraph-relative offsets)."""

    #: How many pieces :meth:`single_marks` joins at a time (a memory bound, not a rule).
    JOIN_EVERY: ClassVar[int] = 4_096
    #: How many characters :meth:`folded_holds` folds at a time (a memory bound, not a rule).
    FOLD_PIECE: ClassVar[int] = 1 << 16
    #: How many marks in a row between two letters or digits (``a'''b``) are part of the word, no
    #: quotation marks (two are a digraph: ``''``).
    IN_WORD_MARKS: ClassVar[int] = 3
    #: How many places :meth:`piece_end` tries for each mark it cuts a long sentence after.
    PIECE_TRIES: ClassVar[int] = 8
    #: What may follow the digits of the clock that labels a live blog's entry (``7:40 p.m.:``,
    #: ``09:15 GMT -``): :meth:`entry_label_end`.
    #:
    #: .. versionadded:: 0.2
    ENTRY_CLOCK_SUFFIXES: ClassVar[tuple[str, ...]] = (
        "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "AM", "PM", "GMT", "UTC", "BST", "CET", "CEST", "ET", "EDT", "EST",
        "PT", "PDT", "PST", "IST",
    )
    #: The most characters of a live blog entry's clock label (:meth:`entry_label_end`).
    #:
    #: .. versionadded:: 0.2
    MAX_ENTRY_LABEL: ClassVar[int] = 24
    #: Ellipses that open a quotation in the middle of what was said (``"...That does not"``):
    #: a sentence may end before the quotation mark that opens with one.
    OPENING_ELLIPSES: ClassVar[tuple[str, ...]] = ("...", "…", ". . .")

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(vocabulary)
        # (adverbs without -ly between an auxiliary and its cue: "as Lopez has often argued"; fixQ70b)
        self._opener_adverbs = frozenset(w.casefold() for w in (*self.ADVERBS, *self.FREQUENCY_ADVERBS))
        # (a single mark glued before a closing digraph closes the inner quotation first: ``inner``)
        digraphs = any_of(self.QUOTE_DIGRAPHS)
        self._closing_phrase = regex.compile(rf"\b(?:{any_of(self.CLOSING_PHRASES)})\b")
        self._apostrophes = frozenset(self.APOSTROPHES)
        # (first: a run of IN_WORD_MARKS marks or more between two letters or digits, "a'''b", is
        # no quotation mark: kept as written)
        marks = regex.escape("".join(sorted(self._apostrophes | {c for d in self.QUOTE_DIGRAPHS for c in d})))
        in_word = rf"(?P<word>(?<=[\p{{L}}\p{{N}}])[{marks}]{{{self.IN_WORD_MARKS},}}+(?=[\p{{L}}\p{{N}}]))"
        self._digraph = (
            regex.compile(rf"{in_word}|(?:(?<=\S)(?P<inner>['’])(?=(?:{digraphs})(?!['’])))?+(?:{digraphs})")
            if self.QUOTE_DIGRAPHS
            else None
        )
        # a live blog entry's clock at the paragraph's start: "7:40 p.m.: ", "14h05 - ", "09:15 GMT — "
        suffixes = any_of(sorted(self.ENTRY_CLOCK_SUFFIXES, key=len, reverse=True))
        self._entry_label = regex.compile(
            rf"\d{{1,2}}+[:.h]\d{{2}}+(?:[ ]?+(?:{suffixes}))?+[ ]?+[:\-–—][ ]++(?=\S)"
            if self.ENTRY_CLOCK_SUFFIXES
            else r"\d{1,2}+[:.h]\d{2}+[ ]?+[:\-–—][ ]++(?=\S)"
        )
        # a nickname in its marks between a given name and a surname ("William "Bill" Harper")
        nick = rf"\p{{Lu}}[\p{{Ll}}\p{{M}}\-]*+(?:[ ]\p{{Lu}}[\p{{Ll}}\p{{M}}\-]*+){{0,{self.MAX_NICKNAME_WORDS - 1}}}+"
        nicknames = "|".join(rf"{regex.escape(open_)}{nick}{regex.escape(close)}" for open_, close in self.NICKNAME_PAIRS)
        # (each opening mark with the one space the pattern wants before it: a paragraph with none of
        # them is not searched; an apostrophe alone is in most paragraphs, one after a space in few)
        self._nickname_openers = tuple({f" {open_}" for open_, _ in self.NICKNAME_PAIRS})
        self._nickname = (
            regex.compile(
                rf"""
                (?<![\p{{L}}\p{{M}}'’.\-])(?P<given>\p{{Lu}}[\p{{Ll}}\p{{M}}\-]*+)[ ]  # a capitalised word, one space
                (?P<nick>{nicknames})[ ]  # the nickname in its marks, one space
                (?=\p{{Lu}}\p{{Ll}})  # then a capitalised word: the surname
                """,
                regex.VERBOSE,
            )
            if self.NICKNAME_PAIRS
            else None
        )
        elided = any_of(self.ELIDED_WORDS) if self.ELIDED_WORDS else "(?!)"
        self._elided_word = regex.compile(rf"(?i:{elided})(?![\p{{L}}\p{{N}}])")
        self._elided_endings = tuple(ending.casefold() for ending in self.ELIDED_ENDINGS)
        self._opener = regex.compile(any_of(open_ for open_, _ in self.QUOTE_PAIRS))  # none: matches nowhere
        # a dialogue dash opening a paragraph ("—Estamos preparados —dijo Ana Ortiz."): the words
        # run to a dash before a word in lower case (the narrator's), or to the paragraph's end
        dashes = regex.escape(self.DIALOGUE_DASHES)
        self._dialogue = (
            regex.compile(rf"\s*+(?P<open>[{dashes}])(?=\s*+\S)") if self.DIALOGUE_DASHES else None
        )
        # (or, as French writes an incise after a question or an exclamation, no dash: "— Et les usagers ? a
        # demandé un journaliste.": the blank after the mark stands for the dash)
        self._narrator = (
            regex.compile(rf"\s(?P<dash>[{dashes}])(?=[ \xa0]?+\p{{Ll}})|(?<=[?!…])(?P<dash>[ \xa0])(?=\p{{Ll}})")
            if self.DIALOGUE_DASHES
            else None
        )
        # the narrator's words closed by a dash glued to them, then punctuation or a blank and more
        # words: the speaker's again ("—No vamos a ceder —dijo Yolanda Díaz—. El diálogo sigue ...")
        self._narrator_close = (
            regex.compile(
                rf"""[^{dashes}\n]{{1,{self.MAX_INSERTED_CHARS}}}?(?<=\S)  # the narrator's words, no dash
                     [{dashes}](?=[.,;:]?+[ \xa0]++\S)  # the dash that closes them, then the speaker's words""",
                regex.VERBOSE,
            )
            if self.DIALOGUE_DASHES
            else None
        )
        # what may follow "Smith asked" when it closes a quotation's sentence
        words = any_of([*self.TIME_PREPOSITIONS, *self.ATTRIBUTION_END_WORDS])
        # (not a colon: 'Tom Hill said: "..."' opens what follows, not the quotation before)
        self._attribution_end = regex.compile(rf"\s*+(?:[,.!?;]|(?:{words})(?![\p{{L}}]))")
        # the person told after a determiner and more than one modifier, then that end ("asked
        # the real estate mogul.", "told the young city councilwoman on Monday")
        determiners = any_of(self.DETERMINERS)
        self._long_modified_object = regex.compile(
            rf"""
            \s++(?:{determiners})  # "the", "a"
            (?:\s++\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*+){{3,{self.MAX_MODIFIED_OBJECT_WORDS}}}?  # the modifiers, then the noun
            \s*+(?:[,.!?;]|(?:{words})(?![\p{{L}}]))  # the attribution's end: punctuation or a time
            """,
            regex.VERBOSE,
        )
        # the nouns in lower case that an owner told goes on with, then that end ("told Britain's
        # ITV television station in an interview", "told the BBC's reporter.")
        self._owned_then_end = regex.compile(
            rf"(?:\s++\p{{Ll}}[\p{{L}}\-]*+){{1,{self.MAX_OWNED_WORDS}}}?\s*+(?:[,.!?;]|(?:{words})(?![\p{{L}}]))"
        )
        # sentence punctuation (from the first of a run, so that a long run is read once), closing
        # marks, then a capital, a letter of a script without case ("according to Interfax. 北京
        # said") or a digit after whitespace, maybe after an opening mark and a
        # bracket (an editor's insertion: 'said Ortiz. “[The mayor] knew.”')
        ends = regex.escape(self.SENTENCE_END)
        closing = regex.escape("".join(sorted({c for _, c in self.QUOTE_PAIRS} | set("’')]"))))
        opening = regex.escape("".join(sorted({o for o, _ in self.QUOTE_PAIRS} | set("‘(["))))
        # (a closing mark that opens nothing may stand after one blank: French "en mai. » « Il")
        spaced = regex.escape("".join(sorted({c for _, c in self.QUOTE_PAIRS} - {o for o, _ in self.QUOTE_PAIRS})))
        spaced_close = rf"(?:[^\S\n]?+[{spaced}][{closing}]*+)?+" if spaced else ""
        # (or an opening mark, then an ellipsis and a word in either case: 'fell. "...That does
        # not", "...that does not": a quotation that opens in the middle of what was said)
        ellipsis = any_of(self.OPENING_ELLIPSES)
        # (or a bracketed word in lower case, a wire's tag after the last sentence: 'was "on
        # schedule." (end) ahm.hm', a transcript's "(laughter)")
        self._sentence_end = regex.compile(
            rf"(?<![{ends}])[{ends}]++[{closing}]*+{spaced_close}(?=\s++[{opening}]{{0,2}}+"
            rf"(?:(?<=[{opening}])(?:{ellipsis})\s*+\p{{L}}|\s*+[\p{{Lu}}\p{{Lo}}\p{{N}}])"
            rf"|[^\S\n]++\(\p{{Ll}}++\)(?!\S))"
        )
        # (:meth:`qualifier_blanks`: a title, a short bracket of one or two capitalised words, a
        # capitalised word after it; few paragraphs have a bracket, so compiled when first used, and
        # once for the class's parsers, from MAX_TITLE_QUALIFIER as the class sets it)
        self._title_qualifier = LazyPattern(
            rf"""(?P<title>\p{{Lu}}[\p{{L}}.]*+)\s++               # a capitalised word, the title
            (?P<qualifier>\((?=[^)]{{1,{self.MAX_TITLE_QUALIFIER}}}\))  # a short bracket
            \p{{Lu}}\p{{Ll}}*+(?:\s\p{{Lu}}\p{{Ll}}*+)?+\))         # of one or two capitalised words
            (?=\s++\p{{Lu}})                                         # before a capitalised word""",
            regex.VERBOSE,
        )

    def single_marks(self, raw: str) -> str:
        """*raw* with each of :attr:`QUOTE_DIGRAPHS` (``''`` as the New York Times prints quotation
        marks) made a ``"`` followed by spaces, so that offsets stay the same (a single mark glued
        before a closing digraph stays before it: three marks close two quotations); *raw* itself
        when there is none."""
        # (the pattern matches wherever a digraph stands: a substring test finds whether one does)
        if self._digraph is None or not any(map(raw.__contains__, self.QUOTE_DIGRAPHS)):
            return raw
        # (as the pattern's ``sub`` would, but joined every JOIN_EVERY pieces: a paragraph of a
        # million digraphs never holds a million small strings at once)
        done: list[str] = []
        pieces: list[str] = []
        last = 0
        for match in self._digraph.finditer(raw, 0, None, False, KEEP_GIL):
            pieces += (raw[last : match.start()], self.single_mark(match))
            last = match.end()
            if len(pieces) >= self.JOIN_EVERY:
                done.append("".join(pieces))
                pieces.clear()
        pieces.append(raw[last:])
        return "".join([*done, *pieces])

    #: The most characters of a qualifier in brackets inside a title that
    #: :meth:`qualifier_blanks` reads (``DCP (Outer)``, ``Superintendent (Traffic)``).
    #:
    #: .. versionadded:: 0.2 (mendQ65)
    MAX_TITLE_QUALIFIER: ClassVar[int] = 24

    def qualifier_blanks(self, raw: str) -> str:
        """*raw* with each qualifier in brackets between a title and a name made spaces, its
        brackets too (``DCP (Outer) Sachin Sharma said`` read as ``DCP Sachin Sharma said``,
        ``Superintendent (Traffic) Ana Rao``; offsets stay the same, and texts come from the
        input again): one or two capitalised words of at most :attr:`MAX_TITLE_QUALIFIER`
        characters after a word the vocabulary calls a title and no organisation's word (not
        ``Mitsubishi Bank (Europe) SA``), a capitalised word after them.
        *raw* itself when there is none.

        .. versionadded:: 0.2 (mendQ65)"""
        if "(" not in raw:
            return raw
        blanked = raw
        for match in self._title_qualifier.finditer(raw, 0, None, False, KEEP_GIL):
            title = match["title"].rstrip(".")
            # (a body's word is no person's title: "arranger Mitsubishi Bank (Europe) SA said")
            if self.vocabulary.is_title(title) and not self.vocabulary.is_org_word(title):
                start, end = match.span("qualifier")
                blanked = f"{blanked[:start]}{' ' * (end - start)}{blanked[end:]}"
        return blanked

    def nickname_blanks(self, raw: str, *, given_only: bool = False) -> str:
        """*raw* with each nickname set off inside a name by :attr:`NICKNAME_PAIRS` made spaces,
        its marks too (``William "Bill" Harper said`` read as ``William Harper said``; offsets
        stay the same, and texts come from the input again): the name is one speaker's, and the
        nickname no quotation.  Only where the word before it or the nickname is a given name
        of :attr:`GIVEN_NAMES` (not a headline's ``Was 'Mocking' Clinton``), with *given_only*
        only where the word before it is (the people index: ``Hubert 'Doc' Ellington`` names
        Hubert Ellington, but ``Jame 'Buffalo Bill' Gumb`` is left as written, a name whose
        gender nothing would show), or where the nickname opens with a determiner before another
        word (``Fearghas 'The Hammer' Munro``: an article opens no word of a name; versionchanged
        0.2); *raw* itself when there is none.

        .. versionadded:: 0.2"""
        if self._nickname is None or not any(map(raw.__contains__, self._nickname_openers)):
            return raw
        pieces: list[str] = []
        last = 0
        for match in self._nickname.finditer(raw, 0, None, False, KEEP_GIL):
            given = match["given"].casefold() in self._given_names
            inner = match["nick"][1:-1].split()
            # ("Fearghas 'The Hammer' Munro": an article opens no name's word, so the marks set off a nickname)
            titled = len(inner) > 1 and inner[0].casefold() in self._determiners
            if not given and not titled and given_only:
                continue
            if not given and not titled and not any(w.casefold() in self._given_names for w in inner):
                continue
            pieces += (raw[last : match.start("nick")], " " * (match.end("nick") - match.start("nick")))
            last = match.end("nick")
        if not pieces:
            return raw
        pieces.append(raw[last:])
        return "".join(pieces)

    def folded_holds(self, text: str, words: Sequence[str]) -> bool:
        """Whether *text* casefolded holds one of *words* (folded already).  A long text is
        folded :attr:`FOLD_PIECE` characters at a time, each piece reaching as many characters
        into the next as the longest word has, less one (a character folds to one or more, each
        on its own): ``str.casefold`` reserves 12 bytes a character, 120 MB for a paragraph of ten
        million.

        .. versionadded:: 0.2
        """
        size = self.FOLD_PIECE
        if len(text) <= size:
            return any(map(text.casefold().__contains__, words))
        reach = max(map(len, words), default=1) - 1
        for start in range(0, len(text), size):
            folded = text[start : start + size + reach].casefold()
            if any(map(folded.__contains__, words)):
                return True
        return False

    @staticmethod
    def single_mark(match: regex.Match[str]) -> str:
        """The replacement of one digraph match: the inner single mark kept, then ``"`` and spaces;
        a run of marks inside a word (``a'''b``) kept as written."""
        if match["word"] is not None:
            return match.group()
        inner = match["inner"] or ""
        return inner + '"' + " " * (len(match.group()) - len(inner) - 1)

    def quotation_marks(self, raw: str) -> Sequence[tuple[int, int]]:
        """``(open, close)`` index pairs of quotation marks in *raw*; an unclosed quote runs to the
        end (``close == len(raw)``), as a quote that carries on into the next paragraph does.  A
        list, packed in integer arrays (:class:`~newsparse.quotes.model.Bounds`) from
        :attr:`Bounds.COMPACT_FROM <newsparse.quotes.model.Bounds.COMPACT_FROM>` pairs on."""
        pairs: list[tuple[int, int]] | Bounds = []
        n = len(raw)
        dialogue = self._dialogue.match(raw, 0, None, KEEP_GIL) if self._dialogue is not None else None
        if dialogue is not None and self._narrator is not None:
            return [(dialogue.start("open"), self.dialogue_end(raw, dialogue.end()))]
        continued = self.continued_quotation(raw)
        if continued is not None:  # ("»La inflación no bajará», advirtió ...": the quotation goes on)
            pairs.append(continued)
            if continued[1] == n:
                return pairs
        opener = self._opener.search(raw, continued[1] + 1 if continued is not None else 0, None, KEEP_GIL)
        while opener is not None:
            i = opener.start()
            if i > 0 and raw[i - 1].isalnum() and (raw[i] in self._apostrophes or self._closers[raw[i]] == raw[i]):
                # "rock 'n' roll", "dogs' ": an apostrophe; 'a 12" pizza', 'Acme"s': a straight mark
                # after a letter or digit opens nothing
                opener = self._opener.search(raw, i + 1, None, KEEP_GIL)
                continue
            if self.closes_earlier(raw, i) or self.elides_digits(raw, i) or self.opens_elision(raw, i):
                opener = self._opener.search(raw, i + 1, None, KEEP_GIL)
                continue
            if self.glued_apostrophe(raw, i):  # ("Sammy Davis Jr.'s film": a possessive)
                opener = self._opener.search(raw, i + 1, None, KEEP_GIL)
                continue
            j = self.closing_mark(raw, i)
            if j < 0 and self.elides_word(raw, i):
                opener = self._opener.search(raw, i + 1, None, KEEP_GIL)
                continue
            if j < 0:
                if not self.loose_straight_mark(raw, i):
                    pairs.append((i, n))
                break
            pairs = Bounds.grown(pairs, (i, j))
            opener = self._opener.search(raw, j + 1, None, KEEP_GIL)
        return pairs

    def loose_straight_mark(self, raw: str, i: int) -> bool:
        """Whether the mark at *i*, which no mark closes, is a straight double one (its own
        closer, no apostrophe) with a blank right after it and no letter or digit before it
        (``" " " said he.``, what a broken copy's run of marks leaves):
        a straight mark that opens a quotation stands against its first word, so this one opens
        nothing (a curly opener with a blank after it, ``“ We will``, still opens).

        .. versionadded:: 0.2 (mendQT67)"""
        if raw[i] in self._apostrophes or self._closers.get(raw[i]) != raw[i] or not raw[i + 1 : i + 2].isspace():
            return False
        return not any(c.isalnum() for c in raw[:i])  # (only marks before it: a broken copy's run)

    def stray_mark_blanks(self, raw: str) -> str:
        """*raw* with a stray straight mark that opens the paragraph right before another opening
        mark made a space (offsets stay the same, and texts come from the input again), and its
        straight closer too when that ends the paragraph: two marks that open in a row quote
        nothing twice, the first is what a page's copy left (``"“We sail,” Ward said.``: the
        curly pair quotes, and the attribution after it is read); *raw* itself otherwise (``"We
        sail," Ward said.``; a paragraph of a longer excerpt, ``"Ward walked on, chanting “No
        cuts!”``, stays a quotation that holds another; so does one whose straight closer stands
        before the paragraph's end, ``"“Freedom” is a word we use lightly," Ward said.``).

        .. versionadded:: 0.2
        """
        i = len(raw) - len(raw.lstrip())
        if i + 1 >= len(raw) or raw[i] not in self._closers or self._closers[raw[i]] != raw[i]:
            return raw
        second = raw[i + 1]
        if raw[i] in self._apostrophes or second not in self._closers or second == raw[i] or second in self._apostrophes:
            return raw
        mark = raw[i]
        j = raw.find(mark, i + 2)
        # (the next straight mark closes, glued to the word before it and no word right after it: a pair
        # of the mark, unless it ends the paragraph, where the copy closed what it stray-opened)
        closes = j > 0 and not raw[j - 1].isspace() and not raw[j + 1 : j + 2].isalnum()
        ends = closes and not raw[j + 1 :].strip()
        if closes and not ends:
            return raw  # ('"“Freedom” is a word we use lightly," Ward said.': the straight pair quotes)
        blanked = f"{raw[:i]} {raw[i + 1 :]}"
        if ends:
            blanked = f"{blanked[:j]} {blanked[j + 1 :]}"
        return blanked  # ('"“We sail,” Ward said. "We always have."': the later mark opens a quotation of its own)

    def dialogue_end(self, raw: str, start: int) -> int:
        """Where the words spoken in a paragraph of dialogue (:attr:`DIALOGUE_DASHES`) that go on
        from *start* end: at the narrator's dash before a word in lower case (``—Estamos
        preparados —dijo Ana Ortiz.``), or at the paragraph's end; past the narrator's words when
        a dash glued to them closes them and more words follow, which are the speaker's again
        (``—No vamos a ceder —dijo Yolanda Díaz—. El diálogo sigue abierto.``, ``—Yo —dijo
        Ana— no lo sé.``: the quotation holds the attribution, which splits it,
        :meth:`~newsparse.quotes.direct.DirectQuotes.inserted_attribution`).

        .. versionadded:: 0.2
        """
        assert self._narrator is not None and self._narrator_close is not None  # (a language with dialogue dashes)
        narrator = self._narrator.search(raw, start)
        if narrator is None:
            return len(raw)
        closed = self._narrator_close.match(raw, narrator.end())
        if closed is None:
            return narrator.start("dash")
        after = self._narrator.search(raw, closed.end())  # (the next attribution ends the words: one split a quotation)
        return after.start("dash") if after is not None else len(raw)

    def continued_quotation(self, raw: str) -> tuple[int, int] | None:
        """``(open, close)`` of a quotation that goes on from the paragraph before under a mark of
        :attr:`CONTINUATION_MARKS` opening this one, before a letter (Spanish ``»La inflación no
        bajará», advirtió ...``): up to the next such mark, or the end; ``None`` when the paragraph
        opens otherwise.

        .. versionadded:: 0.2
        """
        if not self.CONTINUATION_MARKS:
            return None
        i = 0
        while i < len(raw) and raw[i].isspace():
            i += 1  # (only the blanks that open the paragraph)
        if i + 1 >= len(raw) or raw[i] not in self.CONTINUATION_MARKS or not raw[i + 1].isalpha():
            return None
        j = raw.find(raw[i], i + 1)
        return (i, j if j >= 0 else len(raw))

    def closes_earlier(self, raw: str, i: int) -> bool:
        """Whether the straight mark at *i* closes a quotation opened in an earlier paragraph and
        opens nothing: it stands right after a comma or a sentence's end and before a space or
        the end (``... on and on`` / ``next week," said Smith.``), where no quotation opens."""
        mark = raw[i]
        if i == 0 or self._closers[mark] != mark or raw[i - 1] not in self.CLOSING_PUNCTUATION:
            return False
        return i + 1 == len(raw) or raw[i + 1].isspace()

    def elides_digits(self, raw: str, i: int) -> bool:
        """Whether the single mark at *i*, one that closes with an apostrophe (``'`` or ``‘``
        with British marks), stands before a digit: an elision (``the '90s``, ``class of '08``),
        never an opening mark.

        .. versionadded:: 0.2
        """
        return self._closers[raw[i]] in self._apostrophes and i + 1 < len(raw) and raw[i + 1].isdigit()

    def glued_apostrophe(self, raw: str, i: int) -> bool:
        """Whether the single mark at *i*, one that closes with an apostrophe, is glued between the
        punctuation of :attr:`CLOSING_PUNCTUATION` that ends an abbreviation and a letter: a
        possessive (``Sammy Davis Jr.'s film``, ``the U.S.'s allies``), neither an opening nor a
        closing mark.

        .. versionadded:: 0.2
        """
        if self._closers.get(raw[i]) not in self._apostrophes and raw[i] not in self._apostrophes:
            return False
        return 0 < i < len(raw) - 1 and raw[i - 1] in self.CLOSING_PUNCTUATION and raw[i + 1].isalpha()

    def elides_word(self, raw: str, i: int) -> bool:
        """Whether the single mark at *i*, with no closing mark after it in the paragraph, is an
        elision before a word (``Fans sang 'ere we go``): it follows a word and one space, where a
        quotation that carries on into the next paragraph never opens (it opens a paragraph, or
        follows punctuation: ``he said: '...``).

        .. versionadded:: 0.2
        """
        if self._closers[raw[i]] not in self._apostrophes:
            return False
        return i >= 2 and raw[i - 1].isspace() and raw[i - 2].isalnum()

    def closing_mark(self, raw: str, open_: int) -> int:
        """Where the quotation opened at *open_* closes, or -1: the next closing mark that is not
        an apostrophe between two letters (``‘We don’t know,’ she said``)."""
        closer = self._closers[raw[open_]]
        j = raw.find(closer, open_ + 1)
        if closer in self._apostrophes:
            while 0 < j < len(raw) - 1:
                if self.glued_apostrophe(raw, j) or (
                    raw[j - 1].isalnum() and self.is_apostrophe(raw, j) and not self.closes_before_opening(raw, open_, j)
                ):
                    j = raw.find(closer, j + 1)
                    continue
                skip = self.elision_end(raw, j)  # ("'The '90s were ...,'", "'Wait 'til Monday,'")
                if skip < 0:
                    break
                j = raw.find(closer, skip)
        return self.mixed_closing_mark(raw, open_, j)

    def opens_elision(self, raw: str, i: int) -> bool:
        """Whether the single mark at *i*, one that closes with an apostrophe, stands for the first
        letters of one of :attr:`ELIDED_WORDS` (``Fans sang 'ere we go``): never an opening mark.

        .. versionadded:: 0.2
        """
        return self._closers[raw[i]] in self._apostrophes and self.elision_end(raw, i) >= 0

    def elision_end(self, raw: str, pos: int) -> int:
        """Where the elision that the mark at *pos* opens ends, or -1: digits after it with no
        letter or digit before it (``the '90s``, ``class of '08``), or one of :attr:`ELIDED_WORDS`
        after it, with its second mark for a one-letter word (``rock 'n' roll``).

        .. versionadded:: 0.2
        """
        after = pos + 1
        if after < len(raw) and raw[after].isdigit() and not (pos and raw[pos - 1].isalnum()):
            return after
        word = self._elided_word.match(raw, after)
        if word is None or (pos and raw[pos - 1].isalnum()):
            return -1
        end = word.end()
        if end - after == 1 and raw[end : end + 1] in self._apostrophes:
            end += 1  # ("'n'": the mark after the letter is the elision's too)
        return end

    def closes_before_opening(self, raw: str, open_: int, pos: int) -> bool:
        """Whether the mark at *pos*, read as a plural's possessive (:meth:`is_apostrophe`: ``the
        turbines as 'monsters' and said``), closes the quotation opened at *open_* instead: the
        next mark of the same kind after it, past apostrophes between letters, opens another
        quotation (a space before it and a letter after it: ``... 'monsters' and said it had
        been 'sold down the river'``), which it could not do inside this one; or no mark of the
        kind follows it in the paragraph at all (``'Ridiculous' was how one MP described it``, ``the
        word 'begin' was``: the quotation closes somewhere).  A possessive (``'We love the Joneses'
        house,' she said``) is followed by the quotation's own closing mark.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 no mark after it (sq47)."""
        opener, closer = raw[open_], self._closers[raw[open_]]
        if not raw[pos + 1 : pos + 2].isspace():
            return False  # ("I'll", "don't": an apostrophe inside a word; "members','": the closing mark follows)
        k = pos + 1
        while True:
            k = min((i for i in (raw.find(opener, k), raw.find(closer, k)) if i >= 0), default=-1)
            if k < 0:
                return True  # ("'Ridiculous' was how one MP put it.": no mark after it, so it closes)
            if k + 1 >= len(raw):
                return False
            if not (raw[k - 1].isalnum() and raw[k + 1].isalnum()):
                break  # (past "don't", "it's": apostrophes inside a word)
            k += 1
        return raw[k] == opener and raw[k - 1].isspace() and raw[k + 1].isalpha() and self.elision_end(raw, k) < 0

    def is_apostrophe(self, raw: str, pos: int) -> bool:
        """Whether the mark at *pos*, after a letter, is an apostrophe: a letter follows
        (``don’t``), or, after one of :attr:`POSSESSIVE_LETTERS` or a word's ending of
        :attr:`ELIDED_ENDINGS` (:meth:`ends_elided_word`), a space and a lower-case word (``the
        players’ night``, ``I'm goin' home``, but not ``the ‘Special One’ was``;
        :meth:`closes_before_opening` has the last word) or the same mark
        again, maybe after punctuation that ends quoted words (``the members',' he said``, ``the
        members'.'``: the second mark closes the quotation).

        .. versionchanged:: 0.2 an elided ending; the closing mark right after (sq47)."""
        following = raw[pos + 1]
        if following.isalnum():
            return True
        if not self.ends_elided_word(raw, pos):
            return False
        if following == " ":  # ("the players' night")
            return pos + 2 < len(raw) and raw[pos + 2].islower()
        after = pos + 2 if following in self.CLOSING_PUNCTUATION else pos + 1
        return raw[after : after + 1] == raw[pos] and not raw[after + 1 : after + 2].isalnum()

    def ends_elided_word(self, raw: str, pos: int) -> bool:
        """Whether the mark at *pos* may end a word as an apostrophe: after one of
        :attr:`POSSESSIVE_LETTERS` (a plural's possessive, ``the players’``) or after a word of more
        letters than one of :attr:`ELIDED_ENDINGS` that ends with it (``goin'``, ``nothin'``).

        .. versionadded:: 0.2"""
        if raw[pos - 1] in self.POSSESSIVE_LETTERS:
            return True
        for ending in self._elided_endings:
            start = pos - len(ending)
            if start > 0 and raw[start - 1].isalpha() and raw[start:pos].casefold() == ending:
                return True
        return False

    def sentences(self, raw: str, marks: Sequence[tuple[int, int]]) -> Sequence[tuple[int, int]]:
        """``(start, end)`` of each sentence in *raw*; a sentence never ends inside quotation marks.
        A list, or from :attr:`Bounds.COMPACT_FROM <newsparse.quotes.model.Bounds.COMPACT_FROM>`
        sentences on a :class:`~newsparse.quotes.model.Bounds` that packs them as they are found, as
        :meth:`quotation_marks` does (a long paragraph's sentences are never all tuples at once)."""
        bounds: list[tuple[int, int]] | Bounds = []
        start = self.entry_label_end(raw)
        for match in self._sentence_end.finditer(raw, start, None, False, KEEP_GIL):
            end = match.end()
            if self.inside_marks(match.start(), marks) and not (
                self.closes_marks(match, marks) and not self.attribution_ahead(raw, match.end())
            ):
                continue
            if self.is_abbreviation(raw, match.start()) and not self.attributed_quotation_at(raw, end, marks):
                continue
            bounds = Bounds.grown(bounds, (start, end))
            start = end
        if raw[start:].strip():
            bounds = Bounds.grown(bounds, (start, len(raw)))
        size = self.MAX_SENTENCE
        if all(0 < e - s <= size for s, e in bounds):
            return bounds  # (no sentence to cut: the common case)
        pieces: list[tuple[int, int]] | Bounds = []
        for s, e in bounds:
            for piece in self.sentence_pieces(raw, s, e, marks):
                pieces = Bounds.grown(pieces, piece)
        return pieces

    def entry_label_end(self, raw: str) -> int:
        """Where the first sentence of *raw* starts: after the clock that labels a live blog's
        entry at the paragraph's start, with a colon or a dash after it (``7:40 p.m.: Evacuation
        orders now cover Inyokern, the sheriff's office said.``, ``14h05 - ...``: the clock is no
        part of the words, :attr:`ENTRY_CLOCK_SUFFIXES` after its digits), else 0.

        .. versionadded:: 0.2"""
        if not raw[:1].isdigit():
            return 0
        label = self._entry_label.match(raw, 0, min(len(raw), self.MAX_ENTRY_LABEL), KEEP_GIL)
        return label.end() if label is not None else 0

    def sentence_pieces(self, raw: str, start: int, end: int, marks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """The sentence ``raw[start:end]`` in pieces of at most :attr:`MAX_SENTENCE` characters, so
        that work per cue stays bounded: each cut after the piece's last full stop, semicolon or
        comma and space, else its last space, in its second half and outside quotation marks
        (``"a b c," he said. "d e f," he said. ...`` in lower case, one sentence, is cut between
        its quotations, none lost); at :attr:`MAX_SENTENCE` when there is none.

        .. versionadded:: 0.2"""
        size = self.MAX_SENTENCE
        pieces: list[tuple[int, int]] = []
        while end - start > size:
            cut = self.piece_end(raw, start + size // 2, start + size, marks)
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
        return pieces

    def piece_end(self, raw: str, floor: int, limit: int, marks: Sequence[tuple[int, int]]) -> int:
        """For :meth:`sentence_pieces`: where to cut before *limit*, after *floor*: right after the
        last of ``. ``, ``; ``, ``, `` or a space there that no quotation mark pair holds (each
        tried from the end, at most :attr:`PIECE_TRIES` times), else *limit*.

        .. versionadded:: 0.2"""
        for stop in (". ", "; ", ", ", " "):
            top = limit
            for _ in range(self.PIECE_TRIES):
                found = raw.rfind(stop, floor, top)
                if found < 0:
                    break
                cut = found + len(stop)
                if not self.inside_marks(cut, marks):
                    return cut
                top = found
        return limit

    def attributed_quotation_at(self, raw: str, pos: int, marks: Sequence[tuple[int, int]]) -> bool:
        """Whether a quotation opens right after *pos* (blanks between) and an attribution follows
        its closing mark (``... at 5 p.m. "Stay indoors," she said.``): a sentence of its own
        starts there, even after an abbreviation.

        .. versionadded:: 0.2
        """
        start = pos
        while start < len(raw) and raw[start].isspace():
            start += 1
        i = bisect_left(marks, (start, -1))
        if i == len(marks) or marks[i][0] != start or marks[i][1] >= len(raw):
            return False
        return self.attribution_ahead(raw, marks[i][1] + 1)

    def closes_marks(self, match: regex.Match[str], marks: Sequence[tuple[int, int]]) -> bool:
        """Whether sentence punctuation inside quotation marks runs up to their closing mark
        (``... not ever." The company said``), so that the sentence ends after the mark."""
        i = bisect_left(marks, (match.start(), -1)) - 1
        return i >= 0 and marks[i][0] < match.start() and marks[i][1] < match.end()

    def phrase_after_opener(self, raw: str, pos: int, stop: int) -> tuple[tuple[int, int], regex.Match[str]] | None:
        """For :meth:`attribution_ahead`: the speaker's phrase and cue after one of
        :attr:`ATTRIBUTION_OPENERS` at *pos* (``... a "needless burden," as Ana Ortiz has said.``:
        an auxiliary between the name and the cue, which the phrase read from *pos* does not take),
        with nothing but :attr:`CLAUSE_AUXILIARIES` and adverbs between the phrase and the cue (in
        ``-ly``, or one of :attr:`ADVERBS` or :attr:`FREQUENCY_ADVERBS`: ``as Lopez has often argued``,
        fixQ70b); ``None`` otherwise (no opener there, no phrase and cue after it, or other words between).

        .. versionadded:: 0.2 (spk70)"""
        opener = self._attribution_openers.match(raw, pos, stop, KEEP_GIL)
        found = None if opener is None else self.phrase_before_cue(raw, opener.end(), stop)
        if found is None:
            return None
        between = raw[found[0][1] : found[1].start()].split()
        # (only auxiliaries and adverbs between the phrase and its cue: "as Ana Ortiz has often said")
        if not between or all(self.auxiliary_or_adverb(w) for w in between):
            return found
        return None

    def auxiliary_or_adverb(self, word: str) -> bool:
        """For :meth:`phrase_after_opener`: whether *word* is one of :attr:`CLAUSE_AUXILIARIES`, an
        adverb in ``-ly`` (:meth:`is_adverb`) or one of :attr:`ADVERBS` or :attr:`FREQUENCY_ADVERBS`
        (``has often``, ``had long``, ``has always``).

        .. versionadded:: 0.2 (fixQ70b)"""
        low = word.casefold()
        return low in self._clause_auxiliaries or low in self._opener_adverbs or self.is_adverb(word)

    def attribution_ahead(self, raw: str, pos: int) -> bool:
        """Whether an attribution follows *pos* (``"Why now?" Smith asked.``, ``"Who knows?" Smith
        told the station in an interview``: the person told, then a tail), so that the quotation
        before it does not end its sentence.  A capitalised ``According to`` after a full stop opens a
        sentence of its own (``... did not "use it much." According to flight records, ...``)."""
        lead = LEAD.match(raw, pos, None, KEEP_GIL)
        start = lead.end() if lead else pos
        stop = min(len(raw), start + 160)
        inverted = self._cue_at.match(raw, start, None, KEEP_GIL)
        if inverted is not None:
            # "..." said Smith; but '... "use it much." According to records, ...' opens a sentence
            # (after a full stop: '"Is it over?" According to Smith, it is not.' is one)
            opens = raw[start : start + 1].isupper() and inverted.group().casefold() in self._according
            return not (opens and self.full_stop_before(raw, pos))
        found = self.phrase_before_cue(raw, start, stop)
        opened = found is None and (found := self.phrase_after_opener(raw, start, stop)) is not None
        if found is None and self.perceived_ahead(raw, start, stop):
            return True  # ('"Should we close?" Hale can be heard asking.': heard being said)
        if found is None and self.closing_phrase_at(raw, start, stop) is not None:
            # ('"We will win!" Hale fired back.'; not '"Drop it!" The suspect fired back.', maybe an act)
            first = self._word.match(raw, start, stop, KEEP_GIL)
            return first is not None and first.group().casefold() not in self._determiners
        # (after an opener only the phrase itself: its auxiliaries before the cue are no verb of their own)
        if found is None or self.verb_in_phrase(raw, found[0][0], found[0][1] if opened else found[1].start()):
            return False  # ('"painful." The company declined further comment.': a sentence of its own)
        if self.cue_of_relative(raw, found[0][1], found[1].start()):
            # ('"a buyback." Berg, who has been telling clients to sell, said he ...': a sentence of
            # its own; but '... to sell, said on Monday.': the main verb closes, an attribution)
            return self.main_cue_closes(raw, found[1].end(), stop)
        # "Smith asked." closes the quotation; "The company said it would ..." is a sentence of its own
        end = found[1].end()
        for _ in range(2):  # "Smith asked quietly.": adverbs after the cue
            word = self._token.match(raw, end + 1, None, KEEP_GIL) if raw[end : end + 1] == " " else None
            if word is None or not (word.group() in self._adverbs or self.is_adverb(word.group())):
                break
            end = word.end()
        if found[1].group() in self._object_cues:
            stop = raw.find(".", end, end + self.NAMED_WINDOW)  # "Smith asked the board members."
            if stop > end and self._object.fullmatch(raw, end, stop) is not None:
                return True
            # "Smith told the station in an interview aired on Monday.": the object, then a tail
            # (the object's pattern bounds itself: a window would cut a long one inside a word)
            told = self._object.match(raw, end, None, KEEP_GIL)
            if told is not None and self._attribution_end.match(raw, told.end(), None, KEEP_GIL) is not None:
                return not self.tail_reports_clause(raw, told.end())
            modified = self._modified_object.match(raw, end, None, KEEP_GIL)
            if modified is not None and self._attribution_end.match(raw, modified.end()) is not None:
                # "Smith told a cheering crowd on Monday.": a modifier before the noun
                return not self.tail_reports_clause(raw, modified.end())
            if self._long_modified_object.match(raw, end) is not None:
                return True  # "Todd asked the real estate mogul.": more than one modifier
            if told is not None and any(strip_possessive(word) != word for word in told.group().split()):
                # "Smith told Britain's ITV television station on Monday.": what the owner owns, then a tail
                return self._owned_then_end.match(raw, told.end()) is not None
        return self._attribution_end.match(raw, end) is not None and not self.tail_reports_clause(raw, end)

    #: The most words of a cue's tail (``posted on X``, ``said in a statement on Monday``) that
    #: :meth:`tail_reports_clause` reads for one of :attr:`THAT_WORDS`.
    #:
    #: .. versionadded:: 0.2 (mendQT69)
    MAX_TAIL_CLAUSE_WORDS: ClassVar[int] = 6

    def tail_reports_clause(self, raw: str, pos: int) -> bool:
        """For :meth:`attribution_ahead`: whether the words after a cue (or the one it told) that
        end at *pos* run, within :attr:`MAX_TAIL_CLAUSE_WORDS` words and before any punctuation,
        into one of :attr:`THAT_WORDS` that opens a clause, no relative one (not before one of
        :attr:`BE_WORDS`): ``"Stay home." Her deputy posted on X that roads were closed.``, ``...
        Ruiz told reporters on Monday that ...``: the cue reports words of its own, so the
        quotation before it ends its sentence and is not that cue's (but ``"...," Ruiz said on
        Monday.``, ``said in a post that was later deleted.``).

        .. versionadded:: 0.2 (mendQT69)
        """
        if not self._that_words:
            return False
        end = pos
        for _ in range(self.MAX_TAIL_CLAUSE_WORDS):
            word = self._token.match(raw, end + 1, None, KEEP_GIL) if raw[end : end + 1] == " " else None
            if word is None:
                return False  # (punctuation, a mark or the line's end: the tail closes the attribution)
            if word.group().casefold() in self._that_words:
                spaced = raw[word.end() : word.end() + 1] == " "
                after = self._token.match(raw, word.end() + 1, None, KEEP_GIL) if spaced else None
                return after is not None and after.group().casefold() not in self._be_words
            end = word.end()
        return False

    def closing_phrase_at(self, raw: str, pos: int, stop: int) -> regex.Match[str] | None:
        """The first of :attr:`CLOSING_PHRASES` in lower case within :attr:`PHRASE_WINDOW`
        characters from *pos* when only the sentence's closing punctuation follows it before
        *stop* or the line's end (``Hale fired back.``); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        found = self._closing_phrase.search(raw, pos, min(stop, pos + self.PHRASE_WINDOW), KEEP_GIL)
        if found is None:
            return None
        line = raw.find("\n", found.end(), stop)
        end = stop if line < 0 else line
        return None if raw[found.end() : end].strip(" .!") else found

    #: The most words from a quotation's closing mark to the participle of :meth:`perceived_ahead`
    #: (``Tom Hale could be heard asking``: five).
    #:
    #: .. versionadded:: 0.2
    MAX_PERCEIVED_WORDS: ClassVar[int] = 8

    def perceived_ahead(self, raw: str, pos: int, stop: int) -> bool:
        """For :meth:`attribution_ahead`: whether the words from *pos* are a speaker heard or seen
        saying the quotation before them (``"Should we close?" Hale can be heard asking.``, ``"...!"
        Tom Hale could be heard shouting``): within :attr:`MAX_PERCEIVED_WORDS` words and no
        sentence's end, one of :attr:`QUOTING_PARTICIPLES` right after one of
        :attr:`PERCEPTION_PARTICIPLES` in lower case after one of :attr:`ADVERBS` (an auxiliary),
        a word or more before them; the quotation then closes no sentence.

        .. versionadded:: 0.2
        """
        quoting, perception = self._quoting_participles, self._perception
        if not quoting or not perception:
            return False
        between: list[str] = []
        for word in self._word.finditer(raw, pos, stop, False, KEEP_GIL):
            if len(between) > self.MAX_PERCEIVED_WORDS or any(c in raw[pos : word.start()] for c in self.SENTENCE_END):
                return False
            if normalize_word(word.group()) in quoting:
                return len(between) >= 3 and between[-1] in perception and between[-2].casefold() in self._adverbs
            between.append(word.group())
        return False

    def main_cue_closes(self, raw: str, pos: int, stop: int) -> bool:
        """Whether, after a relative clause whose own cue ends at *pos*, the sentence's main verb
        after the clause's closing comma (before *stop*) is a cue that closes an attribution
        (``Berg, who has been telling clients to sell, said on Monday.``), not one that reports
        words of its own (``..., said he would sell``, ``..., said on balance "we've got to ..."``).

        .. versionadded:: 0.2
        """
        comma = raw.find(",", pos, stop)
        if comma < 0:
            return False
        start = comma + 1
        while start < stop and raw[start].isspace():
            start += 1
        cue = self._cue_at.match(raw, start, stop, KEEP_GIL)
        if cue is None or self._attribution_end.match(raw, cue.end()) is None:
            return False
        # (and no quotation opens before the sentence ends: 'said on balance "we've got to ..."')
        end = min((at for at in (raw.find(c, cue.end(), stop) for c in self.SENTENCE_END) if at >= 0), default=stop)
        return self._opener.search(raw, cue.end(), end, KEEP_GIL) is None

    def cue_of_relative(self, raw: str, start: int, end: int) -> bool:
        """Whether the words ``raw[start:end]`` between a phrase and the cue after it open with one
        of :attr:`RELATIVE_PRONOUNS` and hold nothing else but :attr:`CLAUSE_AUXILIARIES` and
        adverbs (``Berg, who has been telling clients``, ``the aide who often says``): the cue is
        the relative clause's own verb, no attribution of the quotation before the phrase (but
        ``The woman who was injured said.``: the clause has a verb of its own before the cue).

        .. versionadded:: 0.2
        """
        words = [m.group() for m in self._token.finditer(raw, start, end)]
        if not words or words[0].casefold() not in self._relatives:
            return False
        return all(
            w.casefold() in self._clause_auxiliaries or (w[:1].islower() and self.is_adverb(w)) for w in words[1:]
        )

    def verb_in_phrase(self, raw: str, start: int, end: int) -> bool:
        """Whether the words ``raw[start:end]`` before a cue hold a finite verb, so that they are a
        clause and the cue a noun in it (``The company declined further comment.``, ``The firm gave
        no comment.``), not a speaker's phrase: one of :attr:`CLAUSE_VERBS` or
        :attr:`LATE_CLAUSE_VERBS` in lower case, or a lower-case past in :attr:`PAST_SUFFIX` right
        after a noun that follows one of :attr:`DETERMINERS` (``The company declined``; not ``the
        retired teacher``, ``the two unnamed officials``, ``the newly elected mayor``), neither the
        phrase's last word nor one before one of :attr:`AGENT_WORDS` (``The residents affected``,
        ``The man wanted by police``: participles); the words from one of
        :attr:`RELATIVE_PRONOUNS` on are not read (``The woman who was injured``).

        .. versionadded:: 0.2
        """
        words = [m.group() for m in self._token.finditer(raw, start, end, False, KEEP_GIL)]
        for i, word in enumerate(words):
            if not word[:1].islower():
                continue
            if word in self._relatives or word in self._any_relatives or word in self._possessive_relatives:
                return False  # ("The woman who was injured said.": the clause is the speaker's own)
            if word in self._clause_verbs or word in self._late_clause_verbs:
                return True
            if i < 2 or not self.PAST_SUFFIX or not word.endswith(self.PAST_SUFFIX) or len(word) <= 4:
                continue
            if i + 1 == len(words) or words[i + 1].casefold() in self._agents:
                continue  # ("The residents affected said.", "The man wanted by police said.": a participle)
            noun, determiner = words[i - 1], words[i - 2].casefold()
            if (
                determiner in self._determiners and noun[:1].islower() and noun not in self._quantifiers
                and noun not in self._numbers and not (self.ADVERB_SUFFIX and noun.endswith(self.ADVERB_SUFFIX))
            ):
                return True
        return False

    def full_stop_before(self, raw: str, pos: int) -> bool:
        """Whether the quotation marks that close before *pos* follow a full stop (``."``, ``.”``)."""
        end = pos
        while end > 0 and (raw[end - 1] in self._marks or raw[end - 1].isspace()):
            end -= 1
        return end > 0 and raw[end - 1] == "."

    def is_abbreviation(self, raw: str, dot: int) -> bool:
        """Whether the period at *dot* ends an abbreviation or an initial (``Mr.``, ``U.S.``, ``J.``);
        a letter after a digit or a slash is a unit, no initial (``130km/h.``, ``5kg/m.``)."""
        if raw[dot] != ".":
            return False
        if self.ORDINAL_DAY_POINTS and dot > 0 and raw[dot - 1].isdigit():
            start = dot - 1
            while start > 0 and raw[start - 1].isdigit() and dot - start < 3:
                start -= 1
            return self.ordinal_day_at(raw, start, dot)  # ("am 3. Oktober": a day's ordinal)
        word = _ABBREVIATION.search(raw, max(0, dot - 12), dot, KEEP_GIL)
        if word is None:
            return False
        token = word.group().casefold().strip(".")
        if token in self._noun_or_title_abbreviations:
            return self.title_abbreviation_at(raw, word.start(), dot + 1)
        if token in self._abbreviations:
            # ("... in the U.S. Tom Berg said ...": a closing abbreviation's point ends the sentence)
            return token not in self._closing_abbreviations or not self.opens_sentence_after(raw, dot + 1, token)
        glued = word.start() > 0 and (raw[word.start() - 1].isdigit() or raw[word.start() - 1] == "/")
        if glued:
            return False
        letters = word.group().strip(".").split(".")
        if 1 < len(letters) <= self.MAX_JOINED_INITIALS and all(len(p) == 1 and p.isupper() for p in letters):
            return self.name_after_initials(raw, dot + 1)  # ("C.J. Lamb said": initials, not "D.C. The")
        # (a single letter is an initial, "Michael J. Fox", unless a sentence opens after it: "wrote on X. The ...")
        return len(token) == 1 and token.isalpha() and not self.clause_after_letter(raw, dot + 1)

    def ordinal_day_at(self, raw: str, start: int, dot: int) -> bool:
        """Whether ``raw[start:dot]``, a number before a point, is a day's ordinal before a month's
        name (one space between, :attr:`~newsparse.quotes.words.QuoteWords.ORDINAL_DAY_POINTS`):
        German ``am 3. Oktober``, ``Der 3. Oktober sei ein Feiertag``; not ``... 30 Prozent. Oktober
        ...`` with a number above :attr:`~newsparse.quotes.words.QuoteWords.MAX_ORDINAL_DAY`, nor a
        number glued to a word before it.

        .. versionadded:: 0.2"""
        number = raw[start:dot]
        if not number.isdigit() or not 1 <= int(number) <= self.MAX_ORDINAL_DAY:
            return False
        if start > 0 and not (raw[start - 1].isspace() or raw[start - 1] in "(" or raw[start - 1] in self._marks):
            return False
        following = self._token.match(raw, dot + 2) if raw[dot + 1 : dot + 2] == " " else None
        return following is not None and self.vocabulary.month_number(following.group().rstrip(".,;:")) is not None

    #: The most capital letters joined by periods with no space that :meth:`is_abbreviation`
    #: reads as a person's initials before a name (``C.J. Lamb``, ``J.R.R. Tolkien``).
    #:
    #: .. versionadded:: 0.2
    MAX_JOINED_INITIALS: ClassVar[int] = 3

    #: How far before an abbreviation of
    #: :attr:`~newsparse.quotes.words.QuoteWords.NOUN_OR_TITLE_ABBREVIATIONS`
    #: :meth:`title_abbreviation_at` looks for the word before it.
    #:
    #: .. versionadded:: 0.2
    TITLE_LOOKBACK: ClassVar[int] = 24

    def title_abbreviation_at(self, raw: str, start: int, after: int) -> bool:
        """Whether the abbreviation of
        :attr:`~newsparse.quotes.words.QuoteWords.NOUN_OR_TITLE_ABBREVIATIONS` from *start*, whose
        point ends at *after*, is a title before a capitalised word (one space between): right after
        a cue word, a role noun (``Chief Const.``), a role's qualifier (``Deputy Dist.``), an honorific or
        an abbreviation (``Asst. Dist.``), or first in its sentence or clause (nothing, a sentence end, a
        quotation mark or a comma before it): ``said Dep. Mayor Ana Ruiz``, ``"...," Amb. Ana Ruiz
        said``.  After any other word it closes a noun and may end a sentence (``... of the Transport
        Dep. Police said``, ``a lawyer for the Dept. Tom Berg said``).

        .. versionadded:: 0.2"""
        following = self._token.match(raw, after + 1) if raw[after : after + 1] == " " else None
        if following is None or not following.group()[:1].isupper():
            return False
        lead = raw[max(0, start - self.TITLE_LOOKBACK) : start].rstrip()
        if not lead or lead[-1] in self.SENTENCE_END or lead[-1] in self._marks or lead[-1] == ",":
            return True
        before = lead.rsplit(None, 1)[-1]
        low = before.casefold().strip(".")
        vocabulary = self.vocabulary
        return (
            self.is_cue_word(low)
            or vocabulary.is_role_noun(before)
            or low in vocabulary.role_qualifiers
            or vocabulary.is_honorific(before)
            or low in self._abbreviations
            or low in self._noun_or_title_abbreviations
        )

    def opens_sentence_after(self, raw: str, pos: int, abbreviation: str = "") -> bool:
        """Whether a sentence opens after *pos* (one space between), after one of
        :attr:`~newsparse.quotes.words.QuoteWords.CLOSING_ABBREVIATIONS`: a determiner or a
        pronoun written capitalised with a word in lower case after it (``U.S. The rise was``,
        ``p.m. He said``), one of :attr:`SUBORDINATORS` or
        :attr:`~newsparse.quotes.words.QuoteWords.BARE_CLAUSE_JOINS` written capitalised with a
        word in lower case after it or after the next word (``U.S. While the mayor``, ``U.S. But
        Ortiz said``; not before one of :attr:`OF_WORDS`, ``U.S. Because of``: a preposition), or
        a known given name and a capitalised surname with a verb after them
        (``CLAUSE_VERBS`` or a cue: ``U.S. Tom Berg said``; not ``Apple Inc. Steve Jobs and ...``, ``the
        U.S. Tommy Hilfiger store``).  A run of capitalised words, as a text in title
        case writes them (``U.S. And Japan Agree``, ``U.S. The Fed Says``), opens none, nor does
        an indefinite determiner (``INDEFINITE_DETERMINERS``: ``guaranteeing the U.S. An annual
        quota``, where a text put back from capitals left the object capitalised).  After a
        clock's half (*abbreviation* one of ``CLOCK_ABBREVIATIONS``, ``p.m.``) a capitalised word
        that names no weekday nor month with a verb of ``CLAUSE_VERBS`` after it opens one too
        (``8 p.m. Turnout was high``; not ``8 p.m. Tuesday``).

        .. versionadded:: 0.2"""
        words: list[str] = []
        at = pos
        while len(words) < 3 and raw[at : at + 1] == " ":
            token = self._token.match(raw, at + 1)
            if token is None:
                break
            words.append(token.group())
            at = token.end()
        if len(words) < 2 or not self.is_capitalised(words[0]):
            return False
        first = words[0].casefold()
        if first in self._indefinites:
            return False  # "guaranteeing the U.S. An annual quota": an object after it, as a text in capitals leaves it
        if first in self._determiners or first in self._pronouns:
            return words[1][:1].islower()
        if (first in self._subordinators or first in self.BARE_CLAUSE_JOINS) and words[1].casefold() not in self._of:
            # ("... from the U.S. While the mayor has ...", "U.S. But Ortiz said ...": a clause opens;
            # not "U.S. While Rates Rise", title case, nor "a trip to the U.S. Because of ...", a
            # preposition that a text put back from capitals left capitalised)
            return words[1][:1].islower() or (len(words) == 3 and words[2][:1].islower())
        if abbreviation in self._clock_abbreviations and words[1] in self._clause_verbs:
            vocabulary = self.vocabulary
            return not vocabulary.is_weekday(words[0]) and vocabulary.month_number(words[0]) is None
        return (
            len(words) == 3
            and self.names.listed_given_name(words[0])
            and self.is_capitalised(words[1])
            and (words[2] in self._clause_verbs or self.is_cue_word(words[2].casefold()))
        )

    def clause_after_letter(self, raw: str, pos: int) -> bool:
        """Whether a sentence opens after *pos*, the point after a single capital letter (``wrote on
        X. The decision was``, ``Plan B. It failed``): :meth:`opens_sentence_after` reads one, but not
        by a given name and a surname, which may follow an initial (``J. Hugh Liedtke said``: a
        person's first initial, no sentence's end).

        .. versionadded:: 0.2"""
        if not self.opens_sentence_after(raw, pos):
            return False
        token = self._token.match(raw, pos + 1) if raw[pos : pos + 1] == " " else None
        return token is not None and not self.names.listed_given_name(token.group())

    @staticmethod
    def is_capitalised(word: str) -> bool:
        """Whether *word* opens with a capital and goes on in lower case (``The``, ``Tom``,
        ``I``; not ``THE``).

        .. versionadded:: 0.2"""
        return word[:1].isupper() and (len(word) == 1 or word[1:].islower())

    def name_after_initials(self, raw: str, pos: int) -> bool:
        """Whether the word after *pos* (one space between), following capital letters joined by
        periods (``C.J.``), is a capitalised name word that is no stop word, title nor
        organisation's word (``C.J. Lamb``): the letters are initials and end no sentence (but
        ``in Washington, D.C. The vote ...`` does).

        .. versionadded:: 0.2
        """
        after = self._token.match(raw, pos + 1) if raw[pos : pos + 1] == " " else None
        if after is None:
            return False
        word = after.group().rstrip(".,;:!?")
        vocabulary = self.vocabulary
        if not word[:1].isupper() or word.casefold() in self._stop or word.casefold() in self._determiners:
            return False
        if vocabulary.is_title(word) or vocabulary.is_org_word(word):
            return False
        return self.names.is_name_word(word)

