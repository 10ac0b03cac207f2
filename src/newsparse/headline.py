"""The headline: the first line of the header that no other parser claims and that reads like a title."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import regex

from .body import BodyParser
from .errors import check_option
from .lines import Line, ends_sentence, field_unescaped, field_value, quoted_field_mark
from .spans import Headline, Span
from .vocabulary import KEEP_GIL, Vocabulary, alternation

__all__ = ["HeadlineParser"]


class HeadlineParser:
    """Takes a header line as the headline when it is short enough to be a title.

    The article pipeline offers it the header lines that the timestamp, byline, caption and
    boilerplate parsers turned down, and stops offering once it has a headline or the body
    has begun.
    """

    #: The most words a headline may have.
    MAX_WORDS: ClassVar[int] = 30
    #: The most words a headline of several sentences may have, where the pipeline allows one.
    MAX_SENTENCES_WORDS: ClassVar[int] = 15
    #: Labels a page may print before its headline: ``Title: ...``; an e-mail's ``Subject: ...``
    #: (a newsletter copied with its header; versionadded 0.2, mendLT66).
    LABELS: ClassVar[tuple[str, ...]] = ("Title", "Headline", "Subject")
    #: How a web address opens (:meth:`is_address`): a line that is one, alone or as a field's
    #: value, is never a headline.
    #:
    #: .. versionadded:: 0.2
    ADDRESS_OPENERS: ClassVar[tuple[str, ...]] = ("http://", "https://", "www.")
    #: The fewest names of columns of a CSV export's header row (:meth:`is_column_row`), which a
    #: headline never is.
    #:
    #: .. versionadded:: 0.2
    MIN_COLUMNS: ClassVar[int] = 3
    #: The most characters a headline may have.
    MAX_CHARS: ClassVar[int] = 250
    #: The mark a Markdown export writes before a heading, one to :attr:`MAX_HEADING_MARKS` of them
    #: and a space (``# Council approves cycle lanes``): the headline is what follows (:meth:`parse`).
    #:
    #: .. versionadded:: 0.2
    HEADING_MARK: ClassVar[str] = "#"
    #: The most heading marks before a headline (Markdown's six levels).
    #:
    #: .. versionadded:: 0.2
    MAX_HEADING_MARKS: ClassVar[int] = 6
    #: Words a headline does not end on (prepositions, conjunctions, articles), in lower case: a
    #: headline line that ends in one goes on on the next line of its block (``Ceasefire talks
    #: resume in Cairo as`` / ``mediators push for deal before holiday``, :meth:`continues`).
    #:
    #: .. versionadded:: 0.2
    OPEN_ENDS: ClassVar[frozenset[str]] = frozenset(
        {"a", "an", "the", "and", "or", "but", "nor", "as", "of", "to", "in", "on", "at", "for", "with", "by",
         "from", "into", "onto", "over", "after", "before", "amid", "than", "that", "while", "because", "about"}
    )

    #: The most words a transcript's speaker label may have (``MARIA LOPEZ``, ``SPEAKER 2``), a
    #: turn line being no headline (:meth:`is_turn`).
    #:
    #: .. versionadded:: 0.2
    TURN_LABEL_WORDS: ClassVar[int] = 4
    #: The most words a field's label alone on its line may have (``Byline:``, ``Title:``,
    #: ``Photo credit:``), an empty field of a scraper's export or a form: no headline
    #: (:meth:`is_empty_field`).
    #:
    #: .. versionadded:: 0.2
    MAX_FIELD_LABEL_WORDS: ClassVar[int] = 3
    #: The marks that open an item of a bulleted list (``* Core prices rose 0.2%``), which is no
    #: headline (:meth:`is_list_item`): the body's own list marks.
    #:
    #: .. versionadded:: 0.2
    LIST_MARKS: ClassVar[frozenset[str]] = BodyParser.LIST_MARKS
    #: The fewest words a line of reported speech has to be a story's first sentence
    #: (:meth:`is_reported_sentence`): four, ``The mayor said so.``
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 four words, not five (lay56).
    MIN_LEDE_SPEECH_WORDS: ClassVar[int] = 4

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        #: The months and weekdays a date line is read with (:meth:`is_date_line`).
        #:
        #: .. versionadded:: 0.2
        self.vocabulary = check_option("HeadlineParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        vocabulary = self.vocabulary
        # (the vocabulary's words of a lede's reported speech, each phrase as its words, and the
        # first words they open with: is_reported_sentence)
        self._lede_speech = tuple(tuple(p.split()) for p in vocabulary.LEDE_SPEECH_WORDS if p.split())
        self._lede_speech_starts = frozenset(p[0] for p in self._lede_speech)
        self._passive_next = frozenset(w.casefold() for w in vocabulary.HEADLINE_PASSIVE_NEXT)
        self._headline_openers = frozenset(w.casefold() for w in vocabulary.HEADLINE_OPENERS)
        self._clause_openers = frozenset(w.casefold() for w in vocabulary.LEDE_CLAUSE_OPENERS)
        self._verb_particles = frozenset(w.casefold() for w in vocabulary.LEDE_VERB_PARTICLES)
        labels = alternation(list(self.LABELS))
        self._label_words = frozenset(label.casefold() for label in self.LABELS)
        # the label, maybe a JSON object's key in quotation marks: 'Title: ...', '"title": "..."'
        self._label = regex.compile(rf"(?:\"(?=(?:{labels})\"\s*+:))?+(?:{labels})\"?+\s*+:\s*+", regex.IGNORECASE)
        # any field's label of at most MAX_FIELD_LABEL_WORDS words, maybe a JSON key: 'url: ', '"link": ' (is_address)
        self._label_any = regex.compile(
            rf"\"?+\p{{L}}[\p{{L}}_]*+(?:[ ][\p{{L}}_]++){{0,{self.MAX_FIELD_LABEL_WORDS - 1}}}\"?+[ ]*+:[ ]*+"
        )
        # a CSV export's header row: names of columns joined by bare commas (is_column_row)
        column = r"[\p{L}_][\p{L}\p{N}_]*+"
        self._column_row = regex.compile(rf"{column}(?:,{column}){{{self.MIN_COLUMNS - 1},}}+")
        mark = regex.escape(self.HEADING_MARK)
        heading = rf"{mark}{{1,{self.MAX_HEADING_MARKS}}}+[ \t]++(?=\S)" if self.HEADING_MARK else r"(?!)"
        self._heading = regex.compile(heading)
        more = self.TURN_LABEL_WORDS - 1
        # a transcript's turn with a time code first: "[00:00:01] INTERVIEWER: ...", "00:01:15
        # SPEAKER 2: ...", "(12:04) Maria Lopez: ..."; the label is capitalised words or a number
        # (a clock of two parts needs its brackets: "03:08 - Source: CNN" is a video's length and credit)
        self._coded_turn = regex.compile(
            rf"""(?:[\[(]\d{{1,2}}:\d{{2}}(?::\d{{2}})?+(?:[.,]\d{{1,3}})?+[\])]   # "[00:00:01]", "(12:04)"
                  |\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?+)               # "00:01:15", "00:01:15.250"
                [ ]++
                (?P<label>\p{{Lu}}[\p{{L}}'’.\-]*+(?:[ ]++(?:\p{{Lu}}[\p{{L}}'’.\-]*+|\d{{1,3}}+)){{0,{more}}})
                [ ]*+:[ ]""",
            regex.VERBOSE,
        )
        # a turn with no time code: a label in capitals, "MARIA LOPEZ: ...", "Q: ...", "SPEAKER 2: ..."
        self._turn = regex.compile(
            rf"""(?P<label>\p{{Lu}}[\p{{Lu}}'’.\-]*+(?:[ ]++(?:\p{{Lu}}[\p{{Lu}}'’.\-]*+|\d{{1,3}}+)){{0,{more}}})
                [ ]*+:[ ]""",
            regex.VERBOSE,
        )

    def parse(self, lines: Sequence[Line], index: int, *, sentences: bool = False) -> Headline | None:
        """A :class:`Headline` from ``lines[index]``, or ``None``; with *sentences* a line of a few
        short sentences may be one (see :meth:`is_short_sentences`)."""
        line = lines[index]
        if not self.is_candidate(line) and not (sentences and self.is_short_sentences(line)):
            return None
        if self.is_turn(lines, index):
            return None  # "[00:00:01] INTERVIEWER: Good morning.": a transcript opens at once
        if index + 1 >= len(lines) and len(lines) > 1:
            return None
        label = self._label.match(line.text, 0, None, KEEP_GIL) or self._heading.match(line.text, 0, None, KEEP_GIL)
        if label is not None and label.end() < len(line.text):  # "Title: Council approves budget", "# Council ..."
            start, end = field_value(line.text[label.end() :])  # ('title: "Council approves budget"': the words inside)
            start, end = label.end() + start, label.end() + end
            return Headline(self.field_text(line.text, start, end), Span(line.span.start + start, line.span.start + end))
        return Headline(line.text, line.span)

    @staticmethod
    def field_text(text: str, start: int, end: int) -> str:
        """The headline's text from a field's value ``text[start:end]`` (``title: "..."``): inside
        quotation marks of ``lines.FIELD_QUOTES``, its escaped marks written as the marks
        (``title: "Rail \\"fares\\" to rise"`` gives ``Rail "fares" to rise``,
        :func:`~newsparse.lines.field_unescaped`), the span still the value as written; else the
        value as it is.

        .. versionadded:: 0.2"""
        closing = quoted_field_mark(text, start, end)
        value = text[start:end]
        return value if closing is None else field_unescaped(value, closing)

    def is_turn(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is a turn of a transcript, never a headline: it opens with a
        time code and a speaker's label (``[00:00:01] INTERVIEWER: Good morning.``, ``00:01:15
        SPEAKER 2: Thank you.``), or with a label in capitals (``MARIA LOPEZ: Good morning.``)
        when the next line is a turn under another label (a headline may quote its speaker:
        ``ORTIZ: Budget will pass`` over a byline).

        .. versionadded:: 0.2"""
        text = lines[index].text
        if self._coded_turn.match(text, 0, None, KEEP_GIL) is not None:
            return True
        label = self._turn.match(text, 0, None, KEEP_GIL)
        if label is None or index + 1 >= len(lines) or self._label.match(text, 0, None, KEEP_GIL) is not None:
            return False  # (a field's label in capitals is no speaker's: "TITLE: Rail fares to rise")
        below = lines[index + 1].text
        after = self._coded_turn.match(below, 0, None, KEEP_GIL) or self._turn.match(below, 0, None, KEEP_GIL)
        if after is not None and self.is_story_flag(after["label"]):
            return False  # "SOAP SHOCK: ..." over "EXCLUSIVE: The star ...": a headline over its standfirst (mendL65)
        return after is not None and after["label"] != label["label"]

    def is_story_flag(self, label: str) -> bool:
        """Whether *label*, the words before a colon that open a line, is a flag a page prints at
        the head of a headline or a standfirst (``Vocabulary.STORY_FLAGS``, any case: ``EXCLUSIVE``,
        ``REVEALED``), no speaker's label.

        .. versionadded:: 0.2 (mendL65)"""
        return " ".join(label.split()).casefold() in self.vocabulary.STORY_FLAGS

    def continues(self, line: Line, below: Line) -> bool:
        """Whether *below*, the next line of *line*'s block, goes on the headline *line*: *line*
        ends in a word of :attr:`OPEN_ENDS` (a headline wrapped after ``as``, ``of``, ``the``), or
        *below* opens in lower case (:meth:`opens_in_lower_case`: ``City to replace lead pipes`` /
        ``on the east side``), and the two lines together are still a headline candidate.  A known
        agency alone on *below* (``Reuters``, ``dpa``: :meth:`is_agency_line`) goes on no headline.

        .. versionadded:: 0.2"""
        words = line.text.split()
        if below.blank_before or not words or self.is_agency_line(below):
            return False
        if words[-1].casefold() not in self.OPEN_ENDS and not self.opens_in_lower_case(line, below):
            return False
        joined = Line(f"{line.text} {below.text}", Span(line.span.start, below.span.end), line.indent, line.blank_before)
        return self.is_candidate(joined)

    def is_agency_line(self, line: Line) -> bool:
        """Whether *line* is the name of a known agency alone (:attr:`Vocabulary.AGENCIES`, any
        case: ``Reuters``, ``dpa``, ``The Associated Press``): a byline, never the rest of a
        headline wrapped onto it (``... as mine strike drags on`` / ``Reuters``).

        .. versionadded:: 0.2"""
        return self.vocabulary.is_agency(line.text.strip())

    def opens_in_lower_case(self, line: Line, below: Line) -> bool:
        """Whether *below* opens with a word of two lower-case letters or more (``on the east side``,
        German ``umstrittene Rentenpaket``: no headline, standfirst or byline line opens so;
        ``iPhone``, ``www.example.com`` and a letter alone, ``x``, do not count) under *line*, which
        ends in no sentence mark or colon: the rest of a headline wrapped onto two lines.

        .. versionadded:: 0.2"""
        first = below.text.split(None, 1)[0] if below.text else ""
        if len(first) < 2 or not (first.isalpha() and first.islower()):
            return False  # (a letter alone, "x", is a button or a list's mark)
        return not ends_sentence(line.text) and not line.text.endswith(":")

    def is_candidate(self, line: Line) -> bool:
        """Whether *line* is short and title-like: not a sentence run of several clauses."""
        text = line.text
        if len(text) > self.MAX_CHARS or len(text.split()) > self.MAX_WORDS:
            return False
        if not any(ch.isalpha() for ch in text) or self.is_date_line(text) or self.is_empty_field(text):
            return False
        if self.is_column_row(text):
            return False  # "id,source,published_at,author": a CSV export's header row
        if self.is_list_item(text):
            return False  # "* Inflation slowed to 2.1% in May": a bullet of a summary over the headline
        if self.is_address(text) or self.is_key_field(text):
            return False  # ('"url": "https://example.com/news/rail-fares",', 'section: Business': no title)
        if self.is_reported_sentence(text):
            return False  # "Paul Henderson said the club would stay.": the story's first sentence
        return not self.is_sentences(text)

    def is_reported_sentence(self, text: str) -> bool:
        """Whether *text* ends in one full stop (not an ellipsis), has at least
        :attr:`MIN_LEDE_SPEECH_WORDS` words, opens with none of the vocabulary's
        ``HEADLINE_OPENERS`` and holds one of its ``LEDE_SPEECH_WORDS`` (words of their own, the
        last maybe before a comma or the full stop) after its subject and before a word of the
        reported clause (none of ``HEADLINE_PASSIVE_NEXT``): a sentence of reported speech, as a
        story opens (``Paul Henderson said the club would stay.``, ``Le maire a déclaré que le
        pont rouvrirait.``), not a headline (``Mayor says pier will reopen``, ``Rain is expected on
        Tuesday.``, ``Ministers told to cut spending.``, ``What my father told me about money.``).

        .. versionadded:: 0.2"""
        if not text.endswith(".") or text.endswith(".."):
            return False
        words = text.split()
        if len(words) < self.MIN_LEDE_SPEECH_WORDS or words[0].casefold() in self._headline_openers:
            return False  # ("What my father told me about money.": a feature's title)
        starts = self._lede_speech_starts
        return any(
            i > 0 and self.lede_speech_at(words, i)
            for i, word in enumerate(words)
            if word in starts or word.strip(",;:.") in starts
        )

    def lede_speech_at(self, words: Sequence[str], i: int) -> bool:
        """Whether one of the vocabulary's ``LEDE_SPEECH_WORDS`` is *words* from *i* on, its last
        word maybe before a comma or a full stop, and it ends the sentence or the word after it is
        none of ``HEADLINE_PASSIVE_NEXT`` (``said the club``, ``a déclaré que``; not ``told to``).

        .. versionadded:: 0.2"""
        for phrase in self._lede_speech:
            end = i + len(phrase)
            if end > len(words) or words[end - 1].strip(",;:.") != phrase[-1] or tuple(words[i : end - 1]) != phrase[:-1]:
                continue
            # (the word after the verb no passive's; or the verb ends the sentence: "..., officials said.")
            if self._clause_openers and not self.opens_reported_clause(words, end - 1):
                continue  # ("Merz sagte Reise nach China kurzfristig ab.": a verb's first half, no speech)
            if end == len(words) or words[end].casefold() not in self._passive_next:
                return True
        return False

    def opens_reported_clause(self, words: Sequence[str], verb: int) -> bool:
        """For a vocabulary with ``LEDE_CLAUSE_OPENERS``: whether the speech word ``words[verb]``
        is followed, within ``LEDE_CLAUSE_REACH`` words and before the sentence's end, by one of
        them or by a comma after a word that is none of ``LEDE_VERB_PARTICLES`` (``sagte, das
        Team ...``, ``sagte am Montag, ...``, ``sagte, dass``, ``sagte voraus, dass``; not ``sagte
        die Reise ab.``, ``sagte den Besuch ab, weil ...``, ``sagte Hilfe zu.``); or after a comma,
        the reported clause before it (``Die Brücke bleibt gesperrt, sagte der Bürgermeister.``).

        .. versionadded:: 0.2"""
        if verb > 0 and words[verb - 1].endswith(","):
            return True  # (the clause before the verb: "..., sagte der Bürgermeister.")
        reach = min(len(words), verb + 1 + self.vocabulary.LEDE_CLAUSE_REACH)
        for k in range(verb, reach):
            word = words[k]
            if k > verb and word.casefold().strip(",;:.") in self._clause_openers:
                return True
            if k == verb and word.endswith(":"):
                return True  # ("sagte: Die Lage ist ernst": the words after the colon)
            if word.endswith(","):
                if word.rstrip(",").casefold() not in self._verb_particles or k == verb:
                    return True
                # (a particle's comma: speech only when a clause opener follows, "sagte voraus, dass")
                return k + 1 < len(words) and words[k + 1].casefold() in self._clause_openers
            if word.endswith((".", ";", ":", "!", "?")) and not word.rstrip(".").isdigit():
                return False  # (the sentence's end; not an ordinal's stop, "am 3. Oktober")
        return False

    def is_list_item(self, text: str) -> bool:
        """Whether *text* opens with one of :attr:`LIST_MARKS` and a space, then a word
        (``* Core prices rose 0.2%``, ``• Key dates``, ``- Rates held``): a bulleted line, never a
        headline (``-1 degree nights`` and ``*NEW*`` have no space after the mark).

        .. versionadded:: 0.2"""
        return len(text) > 2 and text[0] in self.LIST_MARKS and text[1] in " \t" and text[2:].strip() != ""

    def is_address(self, text: str) -> bool:
        """Whether *text* is a web address alone, maybe as a field's value after its label (``url:
        https://...``, a JSON line ``"url": "https://...",``): one word with no blank that opens
        with one of :attr:`ADDRESS_OPENERS`, maybe inside quotation marks and before a comma.
        Never a headline: a scraper's export prints the page's address above its title.

        .. versionadded:: 0.2"""
        label = self._label_any.match(text, 0, None, KEEP_GIL)
        values = (text, text[label.end() :]) if label is not None else (text,)
        for value in values:
            value = value.strip().rstrip(",").strip("\"'")
            if value and " " not in value and value.casefold().startswith(self.ADDRESS_OPENERS):
                return True
        return False

    def is_key_field(self, text: str) -> bool:
        """Whether *text* is a field of a scraper's export under a key in lower case that is none
        of :attr:`LABELS` (``section: Business``, ``"author": "Ana Ruiz",``, ``image_caption:
        ...``): letters and low lines, at most :attr:`MAX_FIELD_LABEL_WORDS` words, then a colon
        and a value.  Never a headline: the title has its own key (``title:``), and a label
        written for readers is capitalised (``Opinion: ...``, ``Watch: ...``).

        .. versionadded:: 0.2"""
        label = self._label_any.match(text, 0, None, KEEP_GIL)
        if label is None or label.end() >= len(text.rstrip()) or not text[label.end() - 1 : label.end()].isspace():
            return False  # ("10:30", "https://...": no key with a value after it)
        key = text[: label.end()].strip().rstrip(":").strip().strip('"')
        return key == key.casefold() and key.casefold() not in self._label_words

    def is_column_row(self, text: str) -> bool:
        """Whether *text* is the header row of a CSV export: at least :attr:`MIN_COLUMNS` names of
        columns, each a word of letters, digits and low lines with no space (``published_at``),
        joined by commas with no space (``title,author,date,body``, ``id,source,published_at,author``):
        never a headline (the header files the line as boilerplate), where a title's list has spaces
        after its commas (``Lions, Tigers, Bears``).

        .. versionadded:: 0.2"""
        return self._column_row.fullmatch(text.strip(), 0, None, KEEP_GIL) is not None

    def is_empty_field(self, text: str) -> bool:
        """Whether *text* is a field's label and its colon with nothing after it (``Byline:``,
        ``Title:``, ``Photo credit:``; at most :attr:`MAX_FIELD_LABEL_WORDS` words),
        as a scraper's export or a form prints a field it has no value for: never a headline (the
        header files the line as boilerplate).

        .. versionadded:: 0.2"""
        label = text.rstrip()
        return label.endswith(":") and len(label[:-1].split()) <= self.MAX_FIELD_LABEL_WORDS

    def is_filled_field(self, text: str) -> bool:
        """Whether *text* opens with a field's label of at most :attr:`MAX_FIELD_LABEL_WORDS` words
        of letters and its colon, with a value after it (``Byline: Anna Kerr``, ``Date: 5 March
        2025``), as a scraper's export prints a field: the pipeline reads it as what its value
        is, a byline or a stamp, never between a kicker and its title as the title.

        .. versionadded:: 0.2"""
        label, colon, value = text.partition(":")
        words = label.split()
        if not colon or not value.strip() or not value[:1].isspace():
            return False  # ("10:30", "https://...": no label)
        return 0 < len(words) <= self.MAX_FIELD_LABEL_WORDS and all(word.isalpha() for word in words)

    def is_date_line(self, text: str) -> bool:
        """Whether *text* is a date written out and nothing else (``5 March``, ``Tuesday 5 March
        2024``, ``Tuesday``: :meth:`Vocabulary.is_date_phrase`), which a page prints over its
        headline: a stamp, or a line no part claims, never the headline.

        .. versionadded:: 0.2"""
        return self.vocabulary.is_date_phrase(text)

    def is_short_sentences(self, line: Line) -> bool:
        """Whether *line* is a few short sentences that may be a headline where the pipeline says
        the header goes on after it (``Business Brief: Nvidia's into nation building. We cool with
        that?``): at most :attr:`MAX_SENTENCES_WORDS` words.  Only a line that
        :meth:`is_candidate` turns down for its sentences may pass here."""
        text = line.text
        return self.is_sentences(text) and len(text.split()) <= self.MAX_SENTENCES_WORDS and len(text) <= self.MAX_CHARS

    def is_sentences(self, text: str) -> bool:
        """Whether *text* holds more than one sentence, as a paragraph does and a headline does not."""
        if not text or text[-1] not in ".!?\"”":
            return False
        for i, ch in enumerate(text[:-1]):
            if ch in ".!?" and text[i + 1] == " " and i + 2 < len(text) and text[i + 2].isupper():
                before = text[text.rfind(" ", 0, i) + 1 : i]  # (the word before, no copy of all before it)
                if ch == "." and (len(before) == 1 or "." in before):
                    continue  # an initial or an abbreviation: "John F. Kennedy", "U.S. NOTE"
                return True
        return False
