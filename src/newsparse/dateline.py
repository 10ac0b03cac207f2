"""Datelines that open a wire story: ``MOSCOW, Aug 13 (Reuters) -``.

It reads month names through the :class:`~newsparse.vocabulary.Vocabulary` and never looks at
the clock: a date written without a year gets its year
from the ``reference_date`` the caller passes, or stays a :class:`~newsparse.MonthDay`.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from typing import ClassVar

import attrs
import regex

from .byline import BylineParser
from .errors import check_option
from .lines import CLOSERS, SENTENCE_ENDS, has_lower_word, without_accents
from .sharing import LazyPattern
from .spans import Dateline, MonthDay, Span
from .timestamp import TimestampParser, resolve_year
from .visible import Visible, has_invisible
from .vocabulary import KEEP_GIL, Vocabulary, alternation

__all__ = ["DatelineParser", "TimestampParser", "resolve_year"]

# TimestampParser and resolve_year live in newsparse.timestamp; they are imported here for older imports.

_DATE_WORDS = regex.compile(r"[\p{L}\p{M}]+|\d+")
#: A dateline's date written with dots, day first and its year in full (``Berlin, 03.11.2026 (dpa) -``).
@functools.cache
def _dotted_date() -> regex.Pattern[str]:
    """A day and month with dots, maybe a year (``27.11.``, ``27.11.2026``), compiled when first asked:
    only an agency's dateline of that shape needs it (mendLD69)."""
    return regex.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})?+")
_SLASHED_DATE = regex.compile(r"(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})")


_SPACE_BEFORE_COMMA = regex.compile(r"\s++,")
#: The letter a place in a script without capitals opens with: a head that starts otherwise is
#: never tried against the pattern for such places, which is compiled only when one does.
_UNCASED_START = regex.compile(r"\p{Lo}")


@functools.lru_cache(maxsize=16)
def _verbose_pattern(source: str) -> regex.Pattern[str]:
    """*source* compiled with ``regex.VERBOSE`` on first use, once per source (the parser keeps
    the source of a pattern that a rare path alone needs, and the pattern is built only for it)."""
    return regex.compile(source, regex.VERBOSE)


def _one_edit(a: str, b: str) -> bool:
    """Whether *a* and *b* differ by at most one letter changed, added or removed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class DatelineParser:
    """Finds a dateline at the start of the first body paragraph.

    Recognised shapes (the dash may be ``-``, ``--``, ``–``, ``—``, ``―``, ``_``, or ``:`` after a
    date or agency)::

        MOSCOW, Aug 13 (Reuters) -        BEIJING, Aug. 13 (Xinhua) --
        WASHINGTON (AP) —                 Paris (AFP) -
        SPRINGFIELD, Ill. (AP) —          HOUSTON, Feb 26 -
        WASHINGTON, March 12, Reuter -    LONDON —
        (CNN) ...                         KYIV, Ukraine, May 12 (Reuters) -
        Mumbai, Jul 8 (PTI) Heavy ...     Madrid, 12 mar (EFE).-
        NEW DELHI: Farmers ...            (ANSA) - ROME, MARCH 3 -
        FRANKFURT/MAIN (dpa) -            HALLE (SAALE) (dpa) -
        BRÜSSEL (dpa/AFP) -               MÜNCHEN, 12. Mai (Reuters) -
        New York CNN —                    KASSEL. Der Magistrat ...

    Every vocabulary also reads the months of :attr:`WIRE_VOCABULARY` (English): agencies are
    international, and a German paper prints ``WASHINGTON, May 3 (Xinhua) --`` as it comes.

    A place in capitals needs no agency; a place in title case needs a known one (or a date and an
    agency's acronym: :meth:`dated_acronym_agency`), so that an ordinary sentence is never taken
    for a dateline.
    """

    #: The vocabulary whose month names a dateline is read with besides the parser's own (the
    #: wire's English: ``WASHINGTON, May 3 (Xinhua) --`` in a French or German paper).
    WIRE_VOCABULARY: ClassVar[type[Vocabulary]] = Vocabulary
    #: The dashes that end a dateline.
    DASHES: ClassVar[tuple[str, ...]] = ("--", "-", "–", "—", "―", "_", ":")
    #: The marks of :attr:`DASHES` that end a dateline only in some shapes (after its date or
    #: agency: ``Srinagar, Jan 3 (KNO):``), never as a dash of their own: the others are the
    #: :meth:`real_dashes`.
    #:
    #: .. versionadded:: 0.2
    STANDIN_DASHES: ClassVar[frozenset[str]] = frozenset({"_", ":"})
    #: Words between a dateline's day and its month or year, as Spanish and Portuguese wires write
    #: them: ``MADRID, 12 de mayo (EFE).-``, ``SÃO PAULO, 12 de maio de 2025 (Reuters) -``.
    DATE_LINKS: ClassVar[tuple[str, ...]] = ("de",)
    #: Words before a dateline's day, after its place's comma, as French copy writes the date:
    #: ``Paris, le 3 novembre (AFP) -``; no part of the date read, but of the dateline's text.
    #:
    #: .. versionadded:: 0.2
    DATE_LEADS: ClassVar[tuple[str, ...]] = ("le",)
    #: Letters written after the day ``1`` alone, the first of the month as an ordinal before the
    #: month (French ``1er``: ``Genève, le 1er juin (AFP) -``, ``PARIS, 1er mars (AFP) -``): part of
    #: the dateline's text, no part of the day read.  Another day (``11er``) takes none of them.
    #:
    #: .. versionadded:: 0.2
    FIRST_DAY_SUFFIXES: ClassVar[tuple[str, ...]] = ("er",)
    #: Words in lower case between the capitalised words of a place in title case:
    #: ``Ciudad de México (EFE).-``, ``Rio de Janeiro``, ``Frankfurt am Main``, ``Saint-Pierre-et-Miquelon``.
    PLACE_PARTICLES: ClassVar[tuple[str, ...]] = TimestampParser.PLACE_PARTICLES
    #: The most words of a qualifier in brackets after a dateline's place, before its agency's
    #: bracket or its country's square bracket (``HALLE (SAALE) (dpa)``, ``Shimla (Himachal
    #: Pradesh) [India], April 20 (ANI):``).
    #:
    #: .. versionadded:: 0.2
    QUALIFIER_WORDS: ClassVar[int] = 3
    #: Words in lower case that may join two capitalised words of such a qualifier in brackets
    #: (``Srinagar (Jammu and Kashmir) [India], February 8 (ANI):``); they count as no word of
    #: :attr:`QUALIFIER_WORDS`.
    #:
    #: .. versionadded:: 0.2 (mendLB70)
    QUALIFIER_JOINERS: ClassVar[tuple[str, ...]] = ("and", "&")
    #: The most letters of a code after a place's comma that may be a state's postal code
    #: (``HARRISBURG, PA -``, ``ALLENTOWN, Pa``: Pennsylvania, not the PA agency): such a code is never read as
    #: the agency after the comma (:meth:`agency_after_comma`).
    #:
    #: .. versionadded:: 0.2
    REGION_CODE_CHARS: ClassVar[int] = 2
    #: The longest code of an agency's desk after its name and a slash, in lower case: ``(dpa/lby)``.
    DESK_CODE_CHARS: ClassVar[int] = 4
    #: Month names and abbreviations of the European wires (Italian, French, Spanish, Portuguese,
    #: German: :attr:`TimestampParser.LABELLED_MONTHS`, January first), read in a dateline's date
    #: after the parser's own and :attr:`WIRE_VOCABULARY`'s, with or without their full stop and in
    #: any case (ANSA's ``ROMA, 05 DIC -``, ``MILANO, 12 GEN -``; Lusa's ``LISBOA, 05 dez (Lusa) -``):
    #: only where a dateline's date stands, after a place and a day's number.
    #:
    #: .. versionadded:: 0.2 (fixL67)
    WIRE_MONTHS: ClassVar[tuple[tuple[str, ...], ...]] = TimestampParser.LABELLED_MONTHS
    #: Weekday names of the same languages (:attr:`TimestampParser.LABELLED_WEEKDAYS`) and the labels
    #: of their pages' stamps (:attr:`TimestampParser.DAY_FIRST_LABELS`: ``Actualizado``): a word of
    #: them in brackets after a whole date is no outlet (``4. Dezember 2026 (Montag) -``: :meth:`dated_source`).
    #:
    #: .. versionadded:: 0.2 (fixL68)
    WIRE_WEEKDAYS: ClassVar[tuple[tuple[str, ...], ...]] = TimestampParser.LABELLED_WEEKDAYS
    WIRE_STAMP_LABELS: ClassVar[tuple[str, ...]] = TimestampParser.DAY_FIRST_LABELS
    #: The fewest letters a month name needs to be recognised with one letter wrong.
    FUZZY_MONTH_CHARS: ClassVar[int] = 5
    #: The most characters a dateline's place may have.
    MAX_PLACE: ClassVar[int] = 60
    #: The characters after a full stop that closes a place looked at for a date (:meth:`dated_after_stop`).
    MAX_DATE_PEEK: ClassVar[int] = 24
    #: The most capitals of an acronym that may open the story right after an agency in brackets with
    #: no dash, before another word (``Mumbai, Jul 8 (PTI) IT services major ...``, ``Washington, Feb 10
    #: (IANS) US President ...``, ``(PTI) BJP MP ...``).
    #:
    #: .. versionadded:: 0.2
    MAX_STORY_ACRONYM: ClassVar[int] = 6
    #: The most words of a place in a script without capitals (Devanagari, Arabic, Chinese), which
    #: needs an ASCII comma, a date with a digit and a known agency in brackets after it: ``नई
    #: दिल्ली, 20 नवंबर (भाषा)``.
    UNCASED_PLACE_WORDS: ClassVar[int] = 4
    #: The most characters of the date between such a place and its agency, a digit of any script
    #: among them (``हिंदी, हमारी मातृ (भाषा) है`` is a sentence: ``भाषा`` also means "language"); a
    #: date that cannot be read (a month's name the vocabulary does not know) leaves the dateline
    #: without one.
    UNCASED_DATE_CHARS: ClassVar[int] = 24
    #: How many characters at the start of a paragraph are read for a dateline.
    MAX_CHARS: ClassVar[int] = 200
    #: A dateline with neither date nor agency needs this many words after it, with a lower-case
    #: letter in the first :attr:`STORY_CHARS` characters (a sentence, not a headline).
    STORY_WORDS: ClassVar[int] = 6
    STORY_CHARS: ClassVar[int] = 80
    #: The most words of a known place's name that :meth:`is_known_place_story` looks for right
    #: after a place's dash (``Paris – Buenos Aires flights``).
    #:
    #: .. versionadded:: 0.2
    PLACE_WORDS: ClassVar[int] = 4
    #: How many lines after a known place's dash :meth:`heads_place_list` looks through, each of
    #: them to open with another known place and dash (a list of places, no dateline), and in how
    #: many characters.
    #:
    #: .. versionadded:: 0.2
    PLACE_LIST_LINES: ClassVar[int] = 2
    PLACE_LIST_CHARS: ClassVar[int] = 2_000
    #: Whether a place in capitals before a bare colon opens a dateline (``NEW DELHI: ...``,
    #: :meth:`is_colon_place`).  Off by default: a label in capitals has the same shape
    #: (``CONTENT WARNING:``, ``COLLISION COURSE:``) and a wrong place is worse than none; a
    #: subclass for papers that write datelines so can turn it on.
    COLON_DATELINES: ClassVar[bool] = False
    #: The fewest words of story a place before a bare colon needs after it (a headline's label
    #: before a colon has a short title after it: ``AP: Trump aide quits over lobbying.``).
    COLON_STORY_WORDS: ClassVar[int] = 12
    #: The fewest words of story after a place in capitals that the vocabulary knows
    #: (``Vocabulary.is_place``) when they are the whole paragraph, closed by a sentence's end
    #: mark, with a word in lower case after the first (``MUMBAI: Heavy rain closed schools on
    #: Monday.``, ``PARIS - "Hi," she said.``): fewer than :attr:`STORY_WORDS` and
    #: :attr:`COLON_STORY_WORDS` then do (:meth:`is_short_story`).
    #:
    #: .. versionadded:: 0.2
    SHORT_STORY_WORDS: ClassVar[int] = 3
    #: The most words a place in capitals may have before a bare colon (``NEW DELHI: Farmers ...``).
    COLON_PLACE_WORDS: ClassVar[int] = 3
    #: The most words of a known place in capitals alone on its line over the story's first
    #: paragraph (``ANKARA``, ``BUENOS AIRES``): :meth:`parse_place_alone`.
    #:
    #: .. versionadded:: 0.2
    ALONE_PLACE_WORDS: ClassVar[int] = 3
    #: Prepositions of place, in lower case, before a town's name in a story (``a rally in
    #: Guwahati``): a name in title case alone before a colon on its line right over the story
    #: (``Guwahati:``), which the vocabulary does not know as a place, is the story's dateline only
    #: when the text names it after one of them (:meth:`is_named_in_text_as_place`; ``Background:``
    #: is a heading).  An empty tuple reads none.
    #:
    #: .. versionadded:: 0.2 (mendLB70)
    COLON_PLACE_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("in", "at", "from", "near")
    #: The most words of a place in capitals before a full stop that opens a story
    #: (``FRANKFURT/MAIN. Die Bahn ...``, ``BAD HOMBURG. Der ...``): :meth:`is_full_stop_place`.
    #:
    #: .. versionadded:: 0.2
    FULL_STOP_PLACE_WORDS: ClassVar[int] = 3
    #: The fewest words of a line after a known place and its full stop with no sentence's end that
    #: still read as a story's first line, wrapped (:meth:`is_stop_place_story`).
    #:
    #: .. versionadded:: 0.2
    STOP_PLACE_LINE_WORDS: ClassVar[int] = 10
    #: The fewest letters of such a place that the vocabulary does not know, read only where
    #: ``Vocabulary.FULL_STOP_DATELINES`` is on: an acronym in capitals is shorter (``NATO. Die
    #: Allianz ...``, ``SPD.``); a known place may be shorter (``ROM.``).
    #:
    #: .. versionadded:: 0.2
    FULL_STOP_PLACE_CHARS: ClassVar[int] = 5
    #: Whether a name in capitals the vocabulary does not know as a place, of at least
    #: :attr:`FULL_STOP_PLACE_CHARS` letters, opens a dateline before a full stop in every language
    #: (``HALIFAX. Heavy rain ...``, as a wire prints a town it does not spell out), not only where
    #: ``Vocabulary.FULL_STOP_DATELINES`` is on (:meth:`is_full_stop_place`).  A subclass turns it
    #: off for papers that shout a story's first word.
    #:
    #: .. versionadded:: 0.2 (fixL67)
    CAPITALS_STOP_PLACES: ClassVar[bool] = True
    #: The fewest letters of such an unknown place where ``Vocabulary.FULL_STOP_DATELINES`` is off:
    #: more than most organisations' acronyms a story may open with (``NASA.``, ``UNICEF.``), which a
    #: wrong place would be.
    #:
    #: .. versionadded:: 0.2 (fixL67)
    CAPITALS_STOP_PLACE_CHARS: ClassVar[int] = 7
    #: Prepositions of place, in lower case, before a town's name in title case in a story
    #: (``... streets in Halifax``): an unknown place in capitals before a full stop, read while
    #: :attr:`CAPITALS_STOP_PLACES` is on, is a dateline only when the story names it so again
    #: (:meth:`has_stop_place_evidence`), with the vocabulary's ``PLACE_PREPOSITIONS``.
    #:
    #: .. versionadded:: 0.2 (rvl67)
    STOP_PLACE_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("in", "at", "near", "from", "around", "outside")
    #: Words in capitals that open a story's first sentence before a full stop and name no place,
    #: in upper case (``BREAKING. The council ...``, ``ADVERTISEMENT. ...``), besides the labels of
    #: :meth:`is_label`: never an unknown full-stop place (:attr:`CAPITALS_STOP_PLACES`).
    #:
    #: .. versionadded:: 0.2 (fixL67)
    STOP_OPENERS: ClassVar[frozenset[str]] = frozenset(
        {"BREAKING", "UPDATED", "ADVERTISEMENT", "SPONSORED", "ATTENTION", "REMINDER", "CAUTION", "IMPORTANT",
         "EDITORIAL", "EXCLUSIVE", "DEVELOPING", "CORRECTED", "WATCH", "LISTEN", "TRANSLATION", "SUMMARY",
         "ABSTRACT", "BACKGROUND", "INTRODUCTION", "FINALLY", "HELLO", "THANKS", "ENOUGH", "OKAY"}
    )
    #: The most words of a place in capitals before the stamp on a stamp line (:meth:`place_before_stamp`).
    STAMP_PLACE_WORDS: ClassVar[int] = 4
    #: Words in capitals that show the words before a stamp are a desk, a service or a reporter,
    #: no place (``EXPRESS NEWS SERVICE, MAY 26, 2026``): :meth:`place_before_stamp`.
    STAMP_DESK_WORDS: ClassVar[tuple[str, ...]] = (
        "NEWS", "SERVICE", "BUREAU", "DESK", "STAFF", "REPORTER", "CORRESPONDENT", "UPDATES", "LIVE", "NETWORK",
        "WIRE", "TNN", "ONLINE", "DIGITAL", "TEAM", "EDITOR", "EDITORS",
    )
    #: Whole labels in capitals that a colon or a dash follows at the start of a story or a caption
    #: and that are no place (``BREAKING: The council ...``, ``FILE - Fishermen unload ...``), in
    #: upper case, matched as the whole phrase (:meth:`is_label`), whatever the vocabulary's places.
    #: A label that ends with one of :attr:`LABEL_LAST_WORDS` needs no entry here, alone or after
    #: other words (``UPDATE:``, ``EDITOR'S NOTE:``, ``MEDIA ADVISORY -``): that check covers it, as long
    #: as the vocabulary knows it as no place.
    COLON_LABELS: ClassVar[frozenset[str]] = frozenset(
        {"BREAKING", "BREAKING NEWS", "UPDATED", "WATCH", "LISTEN", "EXCLUSIVE",
         "OPINION", "EDITORIAL", "COMMENTARY", "PHOTOS", "PHOTO", "VIDEO", "LIVE", "CORRECTION", "CLARIFICATION",
         "SPOILERS", "SPOILER", "FACT CHECK", "READ", "MORE", "ALSO", "FILE", "Q", "A",
         "FAQ", "TL;DR", "PODCAST", "INTERVIEW", "BACKGROUND", "CONTEXT", "SOURCE", "SOURCES", "NEW", "URGENT",
         "FLASH", "FIRST ON", "FOR IMMEDIATE RELEASE", "NOTE TO EDITORS", "CORRECTED", "EMBARGOED"}
    )

    #: Labels in capitals that open a press release's first paragraph before its dateline, a dash
    #: or a colon after them (``FOR IMMEDIATE RELEASE -- NEW YORK, March 5, 2024 -- ...``): read
    #: past, the dateline's text and span opening with the label (:meth:`parse`); no place themselves
    #: (:meth:`is_label`).
    RELEASE_LABELS: ClassVar[tuple[str, ...]] = (
        "FOR IMMEDIATE RELEASE", "MEDIA ADVISORY", "NEWS RELEASE", "PRESS RELEASE", "FOR RELEASE",
        "IMMEDIATE RELEASE", "FOR IMMEDIATE USE", "FOR IMMEDIATE PUBLICATION", "NEWS ADVISORY", "EMBARGOED",
    )
    #: Words in capitals of a press release's label that no place has: a place with one of them
    #: (``FOR RELEASE -- Acme Corp. opened ...``, a label this vocabulary does not list) is a label,
    #: no dateline (:meth:`is_plausible`).
    #:
    #: .. versionadded:: 0.2
    RELEASE_WORDS: ClassVar[frozenset[str]] = frozenset({"RELEASE", "EMBARGOED", "EMBARGO", "ADVISORY", "IMMEDIATE"})
    #: A wire's labels in capitals for a version of its story, glued to the dateline by a hyphen
    #: and maybe numbered (``UPDATE 2-LONDON, March 4 (Reuters) - ...``, ``RPT-UPDATE 1-TOKYO, ...``,
    #: ``REFILE-PARIS, ...``): read past as :attr:`RELEASE_LABELS` are, the dateline's text and
    #: span opening with them (:meth:`parse`).  A label not followed by a dateline is left as written.
    #:
    #: .. versionadded:: 0.2
    VERSION_LABELS: ClassVar[tuple[str, ...]] = (
        "UPDATE", "REFILE", "RPT", "CORRECTED", "CORRECTION", "WRAPUP", "EXCLUSIVE", "INSIGHT", "ANALYSIS",
        "FEATURE", "FACTBOX", "PREVIEW", "COLUMN", "BRIEF", "TIMELINE", "HIGHLIGHTS", "BREAKINGVIEWS", "BUZZ",
        "INTERVIEW", "EXPLAINER", "SPECIAL REPORT",
    )
    #: The most digits of a version label's number (``UPDATE 12-``).
    #:
    #: .. versionadded:: 0.2
    VERSION_DIGITS: ClassVar[int] = 2

    #: First words of a phrase in capitals before a colon that is no place: a letter's
    #: salutation (``DEAR ABBY:``), an article, a question word.
    COLON_FIRST_WORDS: ClassVar[frozenset[str]] = frozenset(
        {"DEAR", "TO", "FROM", "RE", "THE", "A", "AN", "MY", "OUR", "YOUR", "HOW", "WHY", "WHAT", "WHO", "WHEN", "WHERE",
         "ASK", "TOP", "BEST", "LETTER", "LETTERS", "EDITOR", "EDITOR'S", "EDITOR’S"}
    )

    #: Words in capitals that join the words of a phrase and that no place's name has between
    #: its words (``MEMO TO STAFF --``, ``NOTE FOR PARENTS --``, ``LETTER FROM THE EDITOR --``): a
    #: place with one after its first word, with neither date nor agency, and no place the
    #: vocabulary knows, is a label, no dateline (:meth:`is_label_phrase`).
    #:
    #: .. versionadded:: 0.2
    LABEL_LINK_WORDS: ClassVar[frozenset[str]] = frozenset(
        {"TO", "FOR", "FROM", "WITH", "BY", "ABOUT", "INTO", "OUR", "YOUR", "MY", "IS", "ARE"}
    )

    #: Label nouns in capitals that end a label, alone or after a qualifier (``UPDATE:``, ``AMBER
    #: WARNING -``, ``FLOOD ALERT -``, ``LIVE UPDATES -``, ``MARKET WRAP -``): a phrase that ends with
    #: one, and that is no place the vocabulary knows, is a label, no place (:meth:`is_label`).  A
    #: label that only stands whole (``WATCH:``, ``NOTE TO EDITORS:``) is one of :attr:`COLON_LABELS`.
    #:
    #: .. versionadded:: 0.2
    LABEL_LAST_WORDS: ClassVar[frozenset[str]] = frozenset(
        {"WARNING", "WARNINGS", "ALERT", "ALERTS", "UPDATE", "UPDATES", "ADVISORY", "BULLETIN", "FACTBOX", "EXPLAINER",
         "BRIEFING", "ROUNDUP", "RECAP", "PREVIEW", "REVIEW", "ANALYSIS", "WRAP", "NOTICE", "NOTE", "TRANSCRIPT"}
    )

    @classmethod
    def real_dashes(cls) -> tuple[str, ...]:
        """The dashes of :attr:`DASHES` that are a dash of their own, in their order: all but the
        :attr:`STANDIN_DASHES` (``-``, ``--``, ``–``, ``—``, ``―``).  A dash between spaces (``Berlin
        – Der ...``) or after an agency with no brackets (``New York CNN —``) is one of them; so is the
        dash that ends a paragraph's dateline for the quote parser
        (:meth:`~newsparse.quotes.resolution.SpeakerResolution.after_dateline`), so that a dash added to
        :attr:`DASHES` is read in both places.

        .. versionadded:: 0.2
        """
        return tuple(dash for dash in cls.DASHES if dash not in cls.STANDIN_DASHES)

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = check_option("DatelineParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        v = self.vocabulary
        # (an outlet's words in a dated dateline's brackets: the class's own, else the byline's and the vocabulary's)
        outlets = (*BylineParser.OUTLET_WORDS, *v.OUTLET_WORDS) if self.OUTLET_WORDS is None else self.OUTLET_WORDS
        self._outlet_words = frozenset(outlets)
        # (the words in a dated dateline's brackets that are no outlet: desks, weekdays, stamps; rvl68)
        labels = (*self.DESK_LABELS, *(day for names in self.WIRE_WEEKDAYS for day in names), *self.WIRE_STAMP_LABELS)
        self._desk_labels = frozenset(unicodedata.normalize("NFC", label).casefold() for label in labels)
        self._release_label = regex.compile(rf"(?:{alternation(list(self.RELEASE_LABELS))})[ ]*+(?:--|[-–—:])[ ]*+")
        # a wire's version labels, each glued to what follows by one hyphen: "UPDATE 2-", "RPT-UPDATE 1-"
        versions = [label for label in self.VERSION_LABELS if label]
        self._version_label = (
            regex.compile(rf"(?:(?:{alternation(versions)})(?:[ ]\d{{1,{self.VERSION_DIGITS}}}+)?+-(?![-\s]))++")
            if versions
            else None
        )
        self.wire_vocabulary = v if type(v) is self.WIRE_VOCABULARY else self.WIRE_VOCABULARY()
        self._wire_months = {
            unicodedata.normalize("NFC", name).casefold().rstrip("."): number
            for number, names in enumerate(self.WIRE_MONTHS, 1)
            for name in names
        }
        dash = alternation(self.DASHES)
        # a real dash, not a colon: after an agency unbracketed ("New York CNN —", "TOKYO, May 12 Kyodo -")
        real_dash = alternation(list(self.real_dashes()))
        # known agencies, one or several joined by a slash: "dpa", "dpa/AFP"
        # or a desk's code in lower case after them: "dpa/lby"
        desk = rf"\p{{Ll}}{{2,{self.DESK_CODE_CHARS}}}+(?![\p{{L}}])"
        # the agency and month alternations, large, are written once in a pattern that needs them and
        # called where they stand (``(?&_agency_name)``, ``(?&_month_word)``): copied in place, up to
        # five times in a pattern, they made the dateline patterns the largest of the import
        agency_def = rf"(?(DEFINE)(?P<_agency_name>{v.agency_pattern}))"
        month_def = rf"(?(DEFINE)(?P<_month_word>(?i:{v.month_pattern})\b))"
        agencies = r"(?&_agency_name)(?:[ ]?+/[ ]?+(?&_agency_name))*+(?:/" + desk + r")?+"
        self._desk = regex.compile(desk)
        link = rf"(?:(?:{alternation(list(self.DATE_LINKS))})\s++)?+"  # "12 de mayo de 2025"
        leads = [word for word in self.DATE_LEADS if word]
        lead = rf"(?:(?:{alternation(leads)})[ ]++(?=\d))?+" if leads else ""  # "Paris, le 3 novembre"
        # a month in any case ("FEb", "MARCH"), or a word a letter off one ("Mach", "Marchg"): checked
        # by month_of, so that a match with a word that is no month is dropped
        # (a letter may carry combining marks: "fe\u0301vrier" typed with decomposed accents)
        month = r"(?P<month>(?:\p{L}\p{M}*+){3,10}+)\.?+"
        # the day before the month: the first with its ordinal letters ("1er"), or any day
        first_day = [word for word in self.FIRST_DAY_SUFFIXES if word]
        first = rf"(?<!\d)1(?:{alternation(first_day)})(?![\p{{L}}])|" if first_day else ""
        day_first = rf"(?:{first}\d{{1,2}}(?:st|nd|rd|th)?+)"
        date = rf"""(?P<date>
              {month}\s++\d{{1,2}}(?:st|nd|rd|th)?+(?:,?+\s++\d{{4}})?+   # March 3, 2025
            | {day_first}\.?+\s++{link}{month}(?:,?+\s++{link}\d{{4}})?+  # 3 March 2025, 12. Mai,
                                                                           # 12 de mayo, 11th February, 2025
            | (?P<dotted>(?:0?+[1-9]|[12]\d|3[01])\.(?:0?+[1-9]|1[0-2])\.(?:1[89]|20)\d\d)(?!\d)  # 03.11.2026: day first
            | (?P<dotted>(?:0?+[1-9]|[12]\d|3[01])\.(?:0?+[1-9]|1[0-2])\.)(?=[ ]++\()  # "27.11. (STT)": no year, an
                                                                           # agency's bracket after it (mendLD69)
            | (?P<slashed>(?:0?+[1-9]|[12]\d|3[01])/(?:0?+[1-9]|[12]\d|3[01])/(?:1[89]|20)\d\d)(?!\d)  # 03/07/2026: either order
        )"""
        # DALLAS/FORT, N.J., MÜNCHEN, WILKES-BARRE; a hyphen doubled is a dash: "BOSTON--(BUSINESS WIRE)--"
        # (the run of letters is one class repeated, each lone hyphen read between runs: a tight loop)
        # (no hyphen before a space in it: the dash of "MONTERREY.- El" ends the place, fixT55b)
        caps_word = r"\p{Lu}[\p{Lu}\p{M}.'’/]*+(?:-(?![-\s])[\p{Lu}\p{M}.'’/]*+)*+"
        # a qualifier of the place in brackets before the agency's: "HALLE (SAALE) (dpa)"
        # or a state's name of several words before the country in square brackets, as a South Asian
        # wire writes it: "Dehradun (Uttarakhand) [India]", "Shimla (Himachal Pradesh) [India]"
        q_word = r"\p{Lu}[\p{L}\p{M}.\-]*+"
        # "(Jammu and Kashmir)": a joiner between two of its words, not counted (mendLB70)
        q_joiner = rf"(?:(?:{alternation(list(self.QUALIFIER_JOINERS))})[ ])?+"
        qualifier = rf"(?:[ ]\({q_word}(?:[ ]{q_word}){{0,{self.QUALIFIER_WORDS - 1}}}+\)(?=[ ][(\[]))?+"
        caps_place = rf"{caps_word}(?:[ ]{caps_word}){{0,5}}{qualifier}"
        # Frankfurt/Main; "Calif.--(BUSINESS WIRE)--" ends at "--"
        title_word = r"\p{Lu}[\p{L}\p{M}.'’/]*+(?:-(?!-)[\p{L}\p{M}.'’/]*+)*+"
        # a region word is no month, and no word before a day number ("Narch 2" is a misspelt month)
        not_month = r"(?!(?&_month_word))(?!\p{L}++\.?+\s++\d{1,2}(?!\d))"
        particle = rf"(?:[ ](?:{alternation(list(self.PLACE_PARTICLES))}))?+"  # "Ciudad de México"
        region = rf"{not_month}{title_word}(?:{particle}[ ]{not_month}{title_word}){{0,3}}"
        # (the place in title case, called where _titled and _titled_dated read it: one compiled copy
        # each instead of three and two, mem60; a called group is backtracked into as a copy is)
        region_def = rf"(?(DEFINE)(?P<_region>{region}))"
        # (one known agency alone in the brackets sets ``_one_agency``, which the no-dash alternative
        # of _caps asks for: a look-behind of the agency alternation was one more copy of it, mem57b)
        # (any words after a capital, the agency of "(BUSINESS WIRE)", "(Nasdaq: ACME)", checked by is_plausible)
        bracket_words = r"[A-Z][\p{L}&.\- ]{0,40}"
        agency = rf"(?P<agency>(?P<_one_agency>(?&_agency_name))(?=\))|{agencies}(?=\))|{bracket_words}?)"
        comma = r"[ ]?+,"  # "ATLANTA , March 3": a stray space before the comma
        # a press-release wire after the date ("/PRNewswire/"), or after a full stop that ends the
        # date, the dateline ended by another: "MOSCOW, December 5. /TASS/. Russia's"
        stopped_wire = r"(?:\.?+\s*+/(?P<wire>\p{L}[\p{L}\p{M}\- ]{1,30}+)/)?+"
        # a press-release wire between slashes before the date, a slash after it ending the dateline
        # (read only there: the dash alternative for it checks this group): "VANCOUVER, BC / ACCESSWIRE / March 4, 2025 /"
        # (any words in title case or capitals, a known agency in any case checked by is_plausible)
        wire_word = r"\p{Lu}[\p{L}&.\-]*+"
        # (its date is the date of _caps's first alternatives, a slash after it: (?(slash_wire)...))
        slash_wire = rf"[ ]/[ ](?P<slash_wire>{wire_word}(?:[ ]{wire_word}){{0,3}}+)[ ]/[ ]"
        # a day of the month alone, no month, right before a known agency in brackets, as some
        # wires date a story (``MADRID, 28 (EUROPA PRESS) -``): no date is read from it
        # (the agency is checked by is_plausible, names_agencies, in any case)
        day_only = rf"{comma}\s++(?P<day>\d{{1,2}})(?!\d)(?=\s*+\([^()\n]{{1,40}}+\))"
        # the day's name alone after the place, in any case, right before the agency in brackets, as a
        # wire dates a story by its weekday ("PARIS, mardi (AFP) -"; no part of the place, no date read)
        weekday = rf"{comma}[ ](?P<weekday>(?i:{v.weekday_pattern}))\.?+(?![\p{{L}}])(?=\s*+\()"
        # no dash after a known agency in brackets when a word in sentence case follows
        # (the agency written out: a called group inside a look-behind is compiled again, larger)
        # the story's first word after such an agency: a capital and a lower-case letter ("Heavy"),
        # or a capital alone as a word before another ("A Delhi court", "I ...")
        # (a story opens with a word in title case, a capital alone, or an acronym before another word:
        # "Mumbai, Jul 8 (PTI) IT services major ...", "(IANS) US President Donald Trump ...", "(PTI) BJP MP ...")
        story_start = rf"(?=\p{{Lu}}\p{{Ll}}|\p{{Lu}}[ ]++\p{{L}}|\p{{Lu}}{{2,{self.MAX_STORY_ACRONYM}}}+[ ]++\p{{L}})"
        # (only right after the brackets of _caps, which hold one known agency: ``_one_agency``)
        no_dash = rf"(?(_one_agency)\s++{story_start}|(?!))"
        caps = (
            rf"""{month_def}(?P<place>{caps_place}(?:{comma}[ ]{region})?+)
                # (the date written once after the three ways to it, each way's end after it by the
                # group it sets: each copy of the date's shape was about 31 KB compiled, mem59b)
                (?:(?:(?:{comma}?|(?<=\p{{Lu}}\.))\s++{lead}      # ", March 3", ", le 3 nov", "KYIV. Dec 5"
                     |\s++(?P<_paren>\()                       # " (March 4, 2025)"
                     |{slash_wire})                            # " / ACCESSWIRE / March 4, 2025"
                   {date}(?(_paren)\)|(?(slash_wire)(?=[ ]/[ ])))
                  |{day_only}                                  # ", 28 (EUROPA PRESS)"
                  |{weekday})?+                                # ", mardi (AFP)"
                {stopped_wire}
                (?:{comma}\s++(?P<agency2>(?&_agency_name))
                  |(?<=\d)\s++(?P<agency2>(?&_agency_name))(?=\s*+(?:{real_dash})))?+  # "TOKYO, May 12 Kyodo -"
                (?:(?:(?<=\d),)?+\s*+(?:--\s*+)?+\({agency}\))?+  # "BOSTON--(BUSINESS WIRE)--", and a comma
                                                                 # after the date: "ACCRA, March 3, (GNA) -"
                (?:\.?+\s*+(?P<dash>{dash})\s*+
                   (?:(?<=\)--\s*+){date}--\s*+)?+                # "BERLIN--(BUSINESS WIRE)--Nov. 3, 2025--"
                  |{no_dash}                                   # "NEW DELHI, Jul 8 (PTI) Heavy rain"
                  |(?(slash_wire)[ ](?P<dash>/)(?=[ ])|(?!))   # "... / March 4, 2025 / Acme Corp."
                  |(?(wire)(?P<dash>\.)(?=[ ]++\p{{Lu}})|(?!))  # "MOSCOW, December 5. /TASS/. Russia's"
                  |(?(wire)(?<=/)[ ]++{story_start}|(?!)))  # "BAKU, November 28. /Trend/ Azerbaijan's" (mendLD69) """
        )
        # (the agencies' alternation is compiled in it only for a head the pattern may read one of
        # them in otherwise than the pattern without it does, caps_may_read_agency; any other head is
        # read by the pattern without it, which matches there alike but for _one_agency, mem61b)
        self._caps = LazyPattern(agency_def + caps, regex.VERBOSE)
        self._caps_plain = regex.compile("(?(DEFINE)(?P<_agency_name>(?!)))" + caps, regex.VERBOSE)
        # (for caps_may_read_agency: the brackets' words the pattern without the alternation reads as
        # an agency, and a dash after them, the dash alternative that ends _caps after its brackets)
        self._bracket_words = regex.compile(bracket_words)
        self._dash_after = regex.compile(rf"\.?+\s*+(?:{dash})")
        # a place in capitals, maybe its region, and a comma, before the stamp on a stamp line:
        # "NEW DELHI," in "NEW DELHI, MAY 26, 2026 10:48 IST" (place_before_stamp; compiled when
        # first used: only a stamp line with words before its stamp asks, few articles have one)
        self._stamp_place = LazyPattern(rf"{month_def}(?P<place>{caps_place}(?:{comma}[ ]{region})?+){comma}[ \t]*+")
        # an agency's name written in capitals, checked by names_agencies: "(EUROPA PRESS)"
        caps_agency = r"\p{Lu}[\p{Lu}&.\-]*+(?:[ ]\p{Lu}[\p{Lu}&.\-]*+){0,3}+(?=\))"
        # the country in square brackets after the place, as a South Asian wire writes it: "New Delhi [India]"
        country = r"(?:[ ]\[(?&_region)\])?+"
        # the place's country in brackets before the comma of its date, as EFE writes it: "Los Ángeles
        # (EE.UU.), 10 mar (EFE).-" (only where a known agency's bracket follows: the _titled pattern)
        qualified = rf"(?:[ ]\({q_word}(?:[ ]{q_joiner}{q_word}){{0,{self.QUALIFIER_WORDS - 1}}}+\)(?=[ ][(\[]|,))?+"
        # a weekday the place's comma read as its region, the date after it with no comma of its own:
        # "Kisumu, Tuesday March 10, 2026 (KNA)--" (without_weekday leaves it out of the place)
        # (its date is the one after the comma's: one copy of the date's shape in _titled, mem59b)
        after_weekday = rf"(?<=,[ ](?i:{v.weekday_pattern}))\s++"
        # (any words in the agency's brackets, checked by reads_titled_agency: known agencies, or in
        # capitals; the agencies' alternation in this pattern was one more copy of it, mem59)
        self._caps_agency = regex.compile(caps_agency.removesuffix("(?=\\))"))
        self._titled = regex.compile(
            rf"""{month_def}{region_def}(?P<place>(?&_region){qualified}(?:{comma}[ ](?&_region))?+)
                {country}                                     # "New Delhi [India], March 3 (ANI):"
                (?:(?:{comma}\s++{lead}|{after_weekday}){date}|{day_only}|{weekday})?+  # ", mardi (AFP)",
                                                              # ", le 3 novembre (AFP)", ", Tuesday March 10"
                (?:(?<=\d),)?+                                # a comma after the date: "Harare, March 3, (New Ziana)"
                \s*+\((?P<agency>[^()\n]++)\)                  # known ones, or in capitals: "(EUROPA PRESS)"
                (?:\.?+\s*+(?P<dash>{dash})\s*+               # "Madrid, 12 mar (EFE).- El"
                  |\s++{story_start}                           # "Mumbai, Jul 8 (PTI) Heavy rain"
                  |(?P<_stop>(?P<dash>\.)[ ]++(?=\p{{Lu}}\p{{Ll}})))  # "Bogotá, 10 de marzo (EFE). El"
                                                                 # (a known agency's: a sentence may end so)""",
            regex.VERBOSE,
        )
        # the place, its date and a press-release wire: "Bogota, march 4", "PORTLAND, Maine (March 4, 2025)"
        dated_place = rf"""{month_def}{region_def}(?P<place>(?&_region)(?:{comma}[ ](?&_region))?+)
                (?:{comma}\s++{lead}|\s++(?P<_paren>\())      # "Montréal, le 10 mars 2026 –"
                {date}(?(_paren)\))                        # (one copy of the date)
                {stopped_wire}                             # "/PRNewswire/", ". /TASS/" (mendLD69)
                """
        # a known agency after the date's comma, before a dash: "Accra, Dec. 3, GNA -"
        agency_after_date = rf"(?:{comma}\s++(?P<agency2>(?&_agency_name))(?=\s*+(?:{real_dash})))?+"
        # or, after a wire between slashes, its full stop or nothing before the story's first word:
        # "Moscow, November 28. /TASS/. Russia's", "Москва, 28 ноября. /ТАСС/ Президент" (mendLD69)
        dated_dash = (
            rf"(?:\s*+(?P<dash>{dash})\s*+|(?(wire)(?:(?P<dash>\.)|(?<=/))[ ]++(?=\p{{Lu}}\p{{Ll}})|(?!)))"
        )
        # (the agency after the date needs the agencies' alternation: the pattern with it is compiled
        # only for a head where a listed agency may end before a dash, agency_before_dash; any other
        # head is read by the pattern without it, which matches there alike, agency2 never set, mem61)
        self._titled_dated = LazyPattern(f"{agency_def}{dated_place}{agency_after_date}\n{dated_dash}", regex.VERBOSE)
        self._titled_dated_plain = regex.compile(
            f"(?(DEFINE)(?P<_agency_name>(?!))){dated_place}(?:(?P<agency2>(?!)))?+\n{dated_dash}", regex.VERBOSE
        )
        # a place in a script without capitals, a comma and a date, then a known agency in brackets:
        # "नई दिल्ली, 20 नवंबर (भाषा)" (without the date, "संस्कृत (भाषा) ..." may open a sentence)
        uncased_word = r"\p{Lo}[\p{Lo}\p{M}]*+"
        # (kept as source: English copy never opens with such a letter, and the pattern is large)
        self._uncased_source = (
            rf"""{agency_def}(?P<place>{uncased_word}(?:[ ]{uncased_word}){{0,{self.UNCASED_PLACE_WORDS - 1}}})
                {comma}[ ]*+
                (?P<date>(?=[^()\n,\d]{{0,{self.UNCASED_DATE_CHARS - 1}}}+\d)    # a digit of any script in it
                  [^()\n,]{{1,{self.UNCASED_DATE_CHARS}}}+)                    # ", 20 नवंबर": read if it can be
                [ ]*+\((?P<agency>{agencies})\)
                (?:[ ]*+(?P<dash>{dash})[ ]*+|[ ]++(?=\p{{L}}))           # the story, after a dash or a space"""
        )
        # (any words in the brackets, checked by writes_agencies: the agencies' alternation in this
        # pattern was one more copy of it, about 45 KB, mem59)
        self._agency_only = regex.compile(
            rf"""(?:{date}\s*+)?+                                 # "March 4 (UPI) --": a date and no place
                \((?P<agency>[^()\n]++)\)\s*+(?:(?P<dash>{dash})\s*+)?""",
            regex.VERBOSE,
        )
        self._agency_names = frozenset(name for name in v.AGENCIES if name)
        # the agencies as suffixes (str.endswith) and the first marks of the real dashes, for
        # agency_before_dash; its test holds only for an alternation of the listed names
        self._agency_suffixes = tuple(sorted(self._agency_names))
        self._agency_names_only = v.agency_pattern == alternation(list(v.AGENCIES))
        self._real_dash_starts = "".join(sorted({d[0] for d in self.real_dashes() if d}))
        # a place, a date or a day alone, and a known agency in brackets (in any case), the line's
        # end right after them: "MADRID, 28 (EUROPA PRESS)" on a line of its own, over the story
        self._alone = regex.compile(
            rf"""{month_def}(?P<place>{caps_place}|{region})
                (?:{comma}\s++{date}|{day_only})
                \s*+\((?P<agency>[^()\n]{{1,40}}+)\)[ \t]*+(?=\n|$)     # a known one: is_plausible""",
            regex.VERBOSE,
        )
        # a known place in title case and a real dash, a capitalised word after it: "Santiago de
        # Chile - El ...", "Frankfurt am Main – Der ..." (is_plausible: the vocabulary's place only)
        self._known_titled = regex.compile(
            rf"""{month_def}(?P<place>{region})
                (?:[ ]++(?P<dash>{real_dash})    # a dash between spaces: "Berlin – Der ..."
                  |(?P<dash>:))                  # a colon right after it, as Indian dailies write:
                                                 # "Mumbai: The civic body ..." (is_followed_by_story:
                                                 # a whole sentence of story after it)
                [ ]++(?=\p{{Lu}})""",
            regex.VERBOSE,
        )
        # a place, its date and maybe a clock, a full stop, a known agency and a full stop before the
        # story, as Ukrinform writes it: "Kyiv, November 26, 2026 16:40. Ukrinform. President ..."
        # (compiled only for a head whose words after its first full stop are a known agency and a
        # full stop, stop_agency_after; the agency checked by is_plausible; mendLD69)
        self._stopped_agency = LazyPattern(
            rf"""{month_def}{region_def}(?P<place>(?&_region)){comma}\s++{date}
                (?:[ ]\d{{1,2}}:\d\d(?!\d))?+                  # the clock: "16:40"
                \.[ ](?P<agency>[^\s.]{{2,30}}+(?:[ ][^\s.]{{2,30}}+){{0,2}}+)(?P<dash>\.)[ ]++(?=\p{{Lu}}\p{{Ll}})""",
            regex.VERBOSE,
        )
        # a place in capitals and a full stop, a capitalised word after it: "KASSEL. Der Magistrat ..."
        # (its words without the full stop a place in capitals may hold: "N.J." is no such place)
        stop_word = r"\p{Lu}(?:[\p{Lu}\p{M}'’/]|-(?!-))*+"
        self._full_stop = regex.compile(
            rf"""(?P<place>{stop_word}(?:[ ]{stop_word}){{0,{self.FULL_STOP_PLACE_WORDS - 1}}}+)
                (?P<dash>\.)[ ]++(?=\p{{Lu}}\p{{Ll}})          # "BERLIN. Die": a sentence in sentence case after it""",
            regex.VERBOSE,
        )
        # a town in title case and a full stop, a capitalised word after it: "Cochem. Die Mosel ..."
        # (read where FULL_STOP_DATELINES is on, and kept only when the story names it again as a place)
        titled_word = r"\p{Lu}\p{Ll}++(?:-\p{Lu}\p{Ll}++)?+"
        self._titled_stop = regex.compile(
            rf"""(?P<place>{titled_word}
                (?:/\p{{Lu}}\p{{Ll}}++)?+)                      # its river or district after a slash: "Esch/Alzette" (lang64)
                (?P<dash>\.)[ ]++(?=\p{{Lu}}\p{{Ll}})          # "Cochem. Die": a sentence in sentence case after it""",
            regex.VERBOSE,
        )
        # a place the vocabulary knows in title case and a full stop, a sentence after it, where
        # FULL_STOP_DATELINES is off: "Dar es Salaam. The city council ...", "Dodoma. The ..."
        # (a short word in lower case between its words, "es", "al": the vocabulary checks the whole)
        known_word = r"\p{Lu}[\p{L}\p{M}'’]*+(?:-\p{L}[\p{L}\p{M}'’]*+)*+"
        self._known_stop = LazyPattern(
            rf"""(?P<place>{known_word}(?:(?:[ ]\p{{Ll}}{{1,3}}+)?+[ ]{known_word}){{0,{self.FULL_STOP_PLACE_WORDS - 1}}}+)
                (?P<dash>\.)[ ]++(?=\p{{Lu}}\p{{Ll}})          # "Dodoma. The": a sentence in sentence case after it""",
            regex.VERBOSE,
        )
        # "a rally in Guwahati": a town the text names after a preposition of place (is_named_in_text_as_place)
        self._colon_place_after = LazyPattern(
            rf"(?<![\p{{L}}])(?:{alternation(list(self.COLON_PLACE_PREPOSITIONS))})[ ]++(?P<name>{titled_word})(?![\p{{L}}])"
        )
        prepositions = [word for word in v.PLACE_PREPOSITIONS if word]
        self._place_prepositions = (
            regex.compile(rf"(?<![\p{{L}}])(?:{alternation(prepositions)})[ ]++(?P<name>{titled_word})") if prepositions else None
        )
        # (compiled only for a head a listed agency may end before a dash in: agency_before_dash, mem61)
        self._unbracketed = LazyPattern(
            rf"""{agency_def}{month_def}(?P<place>{region})[ ](?P<agency>(?&_agency_name))
                [ ]*+(?P<dash>{real_dash})\s*+(?=\p{{Lu}}|$)     # "New York CNN — A storm ...", or on its own line""",
            regex.VERBOSE,
        )

        # a place alone in brackets opening the lede, as Quebec's dailies write it: "(Québec) Le
        # gouvernement ..." (is_bracketed_place: a place, region or country the vocabulary knows;
        # is_followed_by_story: a sentence after it); the bracket ends the dateline, or a real dash
        # after it: "(London) - The council said ..." (fixL63b)
        self._bracketed_place = regex.compile(
            rf"""{month_def}\((?P<place>{region})\)(?:[ ]++(?P<dash>{real_dash}))?+[ ]++(?=\p{{Lu}}(?:\p{{Ll}}|['’]|[ ]\p{{L}}))""",
            regex.VERBOSE,
        )

    def parse(self, text: str, span: Span, reference_date: dt.date | None = None) -> Dateline | None:
        """The dateline at the start of ``text[span.start:span.end]``, or ``None``; a press release's
        label before it (:attr:`RELEASE_LABELS`: ``FOR IMMEDIATE RELEASE -- NEW YORK, March 5, 2024
        --``) is read past, the dateline's text and span opening with it.  Invisible format
        characters (soft hyphens, zero-width spaces, bidi controls: Unicode category ``Cf``) are
        read past (:meth:`parse_visible`), so that they hide no dateline."""
        whole = text[span.start : min(span.end, span.start + self.MAX_CHARS)]
        if has_invisible(whole):
            return self.parse_visible(text, span, reference_date)
        label = self._release_label.match(whole, 0, None, KEEP_GIL)
        skip = label.end() if label is not None else 0
        version = self._version_label.match(whole, skip, None, KEEP_GIL) if self._version_label is not None else None
        skip = version.end() if version is not None else skip  # "UPDATE 2-LONDON, March 4 (Reuters) -"
        head = whole[skip:]
        match = self.match(head)
        if match is None:
            return None
        if match.re is self._agency_only and self.is_agency_credit(match, head) and self.closes_block(text, span.end):
            return None  # "(Australian Associated Press)" under a byline: the writer's credit, no dateline
        if match.re is self._full_stop and self.is_written_as_acronym(match["place"], text, span.start + skip + match.end()):
            return None  # "UNICEF. Das Kinderhilfswerk ..." over "... sagte eine UNICEF-Sprecherin": no place
        if match.re is self._full_stop and not self.has_stop_place_evidence(
            match["place"], text, span.start + skip + match.end()
        ):
            return None  # "OBITUARY. The family of ...": a shouted word, no town the story names
        if match.re is self._titled_stop and not self.is_named_again_as_place(
            match["place"], text, span.start + skip + match.end()
        ):
            return None  # "Endlich. Nach drei Jahren ...": a word alone, no town the story names
        if not self.is_followed_by_story(match, head[match.end() :], ends_span=span.end - span.start <= len(whole)):
            return None
        if match.re is self._known_titled and self.heads_place_list(text, span.end):
            return None  # "Lisbon – Sun, sea and ..." over "Rome – History on every corner": a list's entry
        groups = match.groupdict()
        after_agency = self.place_after_agency(match, head)  # "(ANSA) - ROME, MARCH 3 - ..."
        if after_agency is not None:
            groups = {**after_agency.groupdict(), "agency": match["agency"]}
            match = after_agency
        place = groups.get("place")
        agency = groups.get("agency") or groups.get("agency2") or groups.get("wire") or groups.get("slash_wire")
        if place and not agency and not groups.get("date"):
            place, agency = self.agency_after_comma(place)
        if place and not agency and not groups.get("date"):
            place, agency = self.agency_after_stop(place)  # "ASTANA. KAZINFORM –"
        if agency and groups.get("agency") == agency and self.is_bracketed_region(agency):
            agency = None  # "MURCIA (Spain) -": the place's country in brackets, no agency
        slashed = _SLASHED_DATE.fullmatch(groups.get("date") or "", 0, None, KEEP_GIL)
        date: dt.date | MonthDay | None
        if slashed is not None:  # "NEW DELHI, 03/07/2026 (PTI)": the order from the agency, or no date
            date = self.read_slashed_date(slashed, agency)
        else:
            date = self.read_date(groups.get("date"), reference_date)
        if date is None and groups.get("day") and reference_date is not None:
            date = self.day_of_month(int(groups["day"]), reference_date)  # "MADRID, 14 (EUROPA PRESS)"
        raw = whole[: skip + match.end()].rstrip()
        return Dateline(
            self.place_name(place) if place else None,
            agency.strip() if agency else None,
            date,
            raw,
            Span(span.start, span.start + len(raw)),
        )

    def is_bracketed_region(self, words: str) -> bool:
        """Whether *words*, in brackets after a dateline's place where an agency stands, name a place
        of the vocabulary and no agency: a country (``MURCIA (Spain) -``), a region (``SPRINGFIELD
        (Illinois) -``) or a city; the dateline keeps its place and reads no agency.  A known agency
        named like a place stays the agency (``(Fars)``).

        .. versionadded:: 0.2 (fixL62)"""
        name = words.strip()
        vocabulary = self.vocabulary
        if vocabulary.is_agency(name):
            return False
        return vocabulary.is_place(name) or vocabulary.is_region_name(name) or vocabulary.country(name) is not None

    def agency_after_comma(self, place: str) -> tuple[str, str | None]:
        """*place*, the words a dateline's pattern read as its place, split at its last comma when
        what follows is a known agency (``Vocabulary.is_agency``) with no brackets, when the
        dateline has no date (``SYDNEY, AAP -``: place ``SYDNEY``, agency ``AAP``), and no place the
        vocabulary knows, no abbreviation with a full stop (``Pa.``), nor a code of at most
        :attr:`REGION_CODE_CHARS` letters, a state's postal code as often (``HARRISBURG, PA``,
        ``ALLENTOWN, Pa, March 11 -``); ``(place, None)`` otherwise.  An agency named like a
        province stays the agency (``SHIRAZ, Fars -``: agency Fars, as ``SEOUL, Yonhap -``).

        .. versionadded:: 0.2"""
        head, comma, last = place.rpartition(",")
        last = last.strip()
        if comma and head.strip() and self.is_outlet_domain(last):
            return head.rstrip(), last  # "SEMARANG, KOMPAS.com -": an outlet named by its site (mendLT68)
        if not comma or not head.strip() or not last or "." in last:
            return place, None
        if len(last) <= self.REGION_CODE_CHARS or self.vocabulary.is_place(last):
            return place, None
        if not self.vocabulary.is_agency(last):
            return place, None
        return head.rstrip(), last

    #: The fewest letters of a word in capitals after a dateline's place and its full stop that
    #: :meth:`agency_after_stop` reads as an agency no list holds (``ALMATY. KAZTAG –``).
    #:
    #: .. versionadded:: 0.2 (mendLD69)
    STOP_AGENCY_CHARS: ClassVar[int] = 3

    def agency_after_stop(self, place: str) -> tuple[str, str | None]:
        """*place*, the words a dateline's pattern read as its place (with no date), split at a full
        stop that ends a word of it when the words after the stop are an agency, as Central Asian
        wires write their dateline (``ASTANA. KAZINFORM –``: place ``ASTANA``, agency ``KAZINFORM``):
        a known agency (``Vocabulary.is_agency``), or one word in capitals of letters alone, at
        least :attr:`STOP_AGENCY_CHARS` of them, after a place the vocabulary knows, the word no
        place (``ALMATY. KAZTAG –``); ``(place, None)`` otherwise (``ST. LOUIS —``,
        ``WASHINGTON, D.C. —``, ``MOSCOW. KREMLIN —`` where Moscow is unknown).

        .. versionadded:: 0.2 (mendLD69)"""
        head, stop, last = place.partition(". ")
        head, last = head.strip(), last.strip()
        if not stop or not head or not last or "," in head or "." in head or "." in last:
            return place, None
        if self.vocabulary.is_agency(last):
            return head, last
        known_place = head.isupper() and self.vocabulary.is_place(" ".join(head.split()))
        word = last.isupper() and last.isalpha() and len(last) >= self.STOP_AGENCY_CHARS
        if known_place and word and not self.vocabulary.is_place(last):
            return head, last
        return place, None

    #: The last parts of a site's address that make a word an outlet's name after a dateline's place
    #: (``KOMPAS.com``, ``Detik.com``, ``Rappler.ph``: :meth:`is_outlet_domain`), in any case.
    #:
    #: .. versionadded:: 0.2 (mendLT68)
    DOMAIN_SUFFIXES: ClassVar[tuple[str, ...]] = ("com", "net", "org", "news", "id", "ph", "my", "in", "co")

    def is_outlet_domain(self, word: str) -> bool:
        """Whether *word* is an outlet's name written as its site's address: one word, a name of at
        least two letters and a dot before one of :attr:`DOMAIN_SUFFIXES` (``KOMPAS.com``,
        ``Tempo.co``; not ``D.C.``, ``Pa.``, ``St.Louis``).

        .. versionadded:: 0.2 (mendLT68)"""
        name, dot, suffix = word.rpartition(".")
        if not dot or " " in word or suffix.casefold() not in self.DOMAIN_SUFFIXES:
            return False
        return len(name) >= 2 and name.replace("-", "").isalnum() and any(char.isalpha() for char in name)

    def place_name(self, place: str) -> str:
        """The place of a dateline as :attr:`Dateline.place` gives it, from the words the pattern
        read: no space before a comma (``ATLANTA , March 3``), and no full stop after a one-part
        place in capitals whose last word holds no other (``DURBAN. - Flooding ...``: ``DURBAN``);
        an abbreviation keeps its stops (``WASHINGTON, D.C.``, ``SPRINGFIELD, ILL.``, ``N.J.``).

        .. versionadded:: 0.2"""
        name = self.without_weekday(_SPACE_BEFORE_COMMA.sub(",", place.strip(), 0, None, None, KEEP_GIL))
        last = name.rsplit(None, 1)[-1] if name else ""
        if "," not in name and last.endswith(".") and last.count(".") == 1 and len(last) > 3 and name.isupper():
            return name[:-1]
        return name

    def without_weekday(self, place: str) -> str:
        """*place*, the words a dateline's pattern read as its place, without a weekday's name
        after its last comma, which the wire writes as the story's day, no part of the place
        (``LONDON, Tuesday (Reuters) -``, ``WASHINGTON, Tuesday, Nov 3 (AP) -``: ``LONDON``,
        ``WASHINGTON``); *place* as it is otherwise (``SPRINGFIELD, Ill.``).

        .. versionadded:: 0.2"""
        head, comma, last = place.rpartition(",")
        if not comma or not head.strip() or not self.vocabulary.is_weekday(last.strip()):
            return place
        return head.rstrip()

    def parse_place_alone(self, text: str, span: Span) -> Dateline | None:
        """A dateline that is a place alone, ``text[span.start:span.end]`` whole, as some wires
        print it on its own line over the story (``ANKARA``, ``BUENOS AIRES``): in capitals, at
        most :attr:`ALONE_PLACE_WORDS` words, and a place the vocabulary knows
        (``Vocabulary.is_place``), so that a section's label in capitals (``POLITICS``) is none;
        with neither date nor agency.  ``None`` otherwise.

        .. versionadded:: 0.2"""
        raw = text[span.start : span.end].strip()
        words = raw.split()
        if not words or len(words) > self.ALONE_PLACE_WORDS or not raw.isupper() or not self.vocabulary.is_place(raw):
            return None
        start = span.start + text[span.start : span.end].index(raw)
        return Dateline(" ".join(words), None, None, raw, Span(start, start + len(raw)))

    def parse_visible(self, text: str, span: Span, reference_date: dt.date | None = None) -> Dateline | None:
        """:meth:`parse` on ``text[span.start:span.end]`` with its invisible characters taken out
        (``MOSCOW, Aug 13 (Reuters)\u00ad -``); the dateline's text and span are those of the input
        as written, from its first character to its last.

        .. versionadded:: 0.2"""
        whole = text[span.start : min(span.end, span.start + 2 * self.MAX_CHARS)]
        view = Visible.of(whole)
        visible = view.text
        # (a span past the visible text when the input's part goes on past what was read)
        cut = len(visible) + (0 if span.start + len(whole) >= span.end else 1)
        found = self.parse(visible, Span(0, cut), reference_date)
        if found is None or found.span.end <= found.span.start:
            return None
        raw = whole[: view.outward(found.span.end - 1) + 1]
        return attrs.evolve(found, text=raw, span=Span(span.start, span.start + len(raw)))

    def match(self, head: str) -> regex.Match[str] | None:
        """The dateline match at the start of *head*; tried in order: capitals, title case, a place
        in a script without capitals before a known agency, a place before an agency with no
        brackets, a dated place before a known agency that ends its line, agency alone; a head
        that fails :meth:`might_hold_dateline` is tried against none of them."""
        stop = self._full_stop.match(head, 0, None, KEEP_GIL)
        if self.dated_after_stop(head):
            pass  # "KYIV. Dec 5 (Interfax-Ukraine) -": the place's date after its stop, read below
        elif stop is not None and self.is_full_stop_place(stop["place"]):
            return stop  # "KASSEL. Der Magistrat ...": no dash, no bracket
        elif self.vocabulary.FULL_STOP_DATELINES:
            titled = self._titled_stop.match(head, 0, None, KEEP_GIL)
            if titled is not None and self.is_titled_stop_place(titled["place"]):
                return titled  # "Cochem. Die Mosel ...": parse() asks the story to name it again
        elif self.may_open_known_stop(head):
            known = self._known_stop.match(head, 0, None, KEEP_GIL)
            if known is not None and self.is_known_titled_place(known["place"]):
                return known  # "Dar es Salaam. The city council ...": a place the vocabulary knows
        if not self.might_hold_dateline(head) and not self.stop_agency_after(head):
            return None  # (a known agency between full stops holds no dash: "Odesa, November 25, 2026. Interfax.")
        uncased = _verbose_pattern(self._uncased_source) if _UNCASED_START.match(head, 0, None, KEEP_GIL) else None
        listed = self.agency_before_dash(head)  # (else the patterns that need the agencies' alternation match nothing of it)
        dated = self._titled_dated if listed else self._titled_dated_plain
        unbracketed = self._unbracketed if listed else None
        caps = self._caps if listed or self.caps_may_read_agency(head) else self._caps_plain
        patterns = (caps, self._titled, dated, uncased, unbracketed, self._alone, self._known_titled)
        for pattern in (*patterns, self._bracketed_place):
            if pattern is None:
                continue  # (the head does not open with a letter of a script without capitals)
            match = pattern.match(head, 0, None, KEEP_GIL)
            if match is not None and pattern is self._titled and not self.reads_titled_agency(match):
                continue  # "Paris (Police sources) -": no agency in the brackets
            if match is not None and self.is_plausible(match):
                return match
        if self.stop_agency_after(head):
            match = self._stopped_agency.match(head, 0, None, KEEP_GIL)
            if match is not None and self.vocabulary.is_agency(match["agency"]) and self.is_plausible(match):
                return match  # "Kyiv, November 26, 2026 16:40. Ukrinform. President ..."
        match = self._agency_only.match(head, 0, None, KEEP_GIL)
        if match is not None and not self.writes_agencies(match["agency"]):
            return None  # "(Police sources) said ...", "(REUTERS)": no known agency as the vocabulary writes it
        if match is not None and match["month"] is not None and self.month_of(match["month"]) is None:
            return None
        if match is not None and match["dash"] is None and head[match.end() : match.end() + 1].islower():
            return None  # "(Emirates News Agency) staff were told ...": the bracket opens the sentence, no dateline
        return match

    @staticmethod
    def closes_block(text: str, at: int) -> bool:
        """Whether the line of *text* that ends at *at* closes its block: the text ends there, or
        the line after it is blank (``(Australian Associated Press)`` / blank / the story; not
        ``(Australian Associated Press)`` / ``Updated: 4:36pm, 12 Feb 2026``, a signature's block
        the byline's rules read with its stamp).

        .. versionadded:: 0.2 (mendLD69)"""
        newline = text.find("\n", at)
        if newline < 0:
            return True
        after = text.find("\n", newline + 1)
        return not text[newline + 1 : after if after >= 0 else len(text)].strip()

    def is_agency_credit(self, match: regex.Match[str], head: str) -> bool:
        """Whether *match* of the agency alone in brackets is an agency's credit line, no dateline:
        neither date nor dash with it and nothing after it in *head*, as a wire's copy prints its
        name under the writer's (``Tess Ikonomou`` over ``(Australian Associated Press)``), the
        dateline itself in the lede below (``CANBERRA, Nov 27 AAP -``; :meth:`parse` asks too that
        the line close its block, :meth:`closes_block`).  A dash (``(AP) --``) or a date (``March 4
        (UPI) --``) still makes one a dateline, and so does an agency's one-word tag (``(AFP)``
        alone under the title is the dateline's agency, as fixH53 reads it): the credit spells the
        agency's name out in words.

        .. versionadded:: 0.2 (mendLD69)"""
        if match["date"] is not None or match["dash"] is not None or head[match.end() :].strip():
            return False
        return len(match["agency"].split()) > 1  # ("(Australian Associated Press)", not "(AFP)": round 69's merge)

    def stop_agency_after(self, head: str) -> bool:
        """Whether the words between the first full stop and space in *head* (within
        :attr:`MAX_PLACE` characters) and the next full stop are a known agency
        (``Kyiv, November 26, 2026 16:40. Ukrinform. President ...``): a cheap test before the
        pattern of such a dateline is tried (or compiled).

        .. versionadded:: 0.2 (mendLD69)"""
        stop = head.find(". ", 0, self.MAX_PLACE)
        if stop < 0:
            return False
        end = head.find(".", stop + 2, stop + 2 + self.MAX_PLACE)
        return end > stop + 2 and self.vocabulary.is_agency(head[stop + 2 : end])

    def dated_after_stop(self, head: str) -> bool:
        """Whether the words after the first full stop in *head*, one that closes a word within
        :attr:`MAX_PLACE` characters of its start, open with a date, a month's name or a day before
        one (``KYIV. Dec 5 (Interfax-Ukraine) -``, ``MOSCOW. 5 December (Interfax) -``): the place and
        its date open a dateline the other patterns read, with its agency, not a place alone
        before its story (``KASSEL. Der Magistrat ...``).

        .. versionadded:: 0.2"""
        stop = head.find(". ", 0, self.MAX_PLACE)
        if stop < 1:
            return False
        words = head[stop + 2 : stop + 2 + self.MAX_DATE_PEEK].split()[:2]
        if not words:
            return False
        first = words[0].rstrip(".,")
        if self.month_of(first) is not None:
            return len(words) > 1 and words[1].rstrip(".,").isdigit()
        return first.isdigit() and len(words) > 1 and self.month_of(words[1].rstrip(".,")) is not None

    def agency_before_dash(self, head: str) -> bool:
        """Whether one of the vocabulary's ``AGENCIES``, as written there, ends in *head* right
        before one of the :meth:`real_dashes` or before blanks and one (``New York CNN —``,
        ``Accra, Dec. 3, GNA -``): a test every head passes that a dateline with an agency and no
        brackets is read from, so that the patterns for those (the agencies' alternation in them)
        are compiled and tried only for such a head; always ``True`` for a vocabulary whose
        ``agency_pattern`` is other than the alternation of its ``AGENCIES``.

        .. versionadded:: 0.2 (mem61)"""
        if not self._agency_names_only:
            return True
        names = self._agency_suffixes
        for mark in self._real_dash_starts:
            at = head.find(mark)
            while at >= 0:
                end = at
                while True:  # (blanks back from the dash: str.isspace holds for every \s and more)
                    if head.endswith(names, 0, end):
                        return True
                    if end == 0 or not head[end - 1].isspace():
                        break
                    end -= 1
                at = head.find(mark, at + 1)
        return False

    def caps_may_read_agency(self, head: str) -> bool:
        """Whether the pattern of a place in capitals may read one of the vocabulary's ``AGENCIES``
        in *head* otherwise than it reads the same words with no agency listed: a listed agency
        after a comma and blanks (``SYDNEY, AAP -``), or before blanks and a real dash
        (:meth:`agency_before_dash`: ``TOKYO, May 12 Kyodo -``), or in brackets alone with a slash
        after it (``(dpa/AFP)``, ``(dpa/lby)``), or alone in brackets that are no capital and words
        (``(dpa)``) or that no dash follows (``NEW DELHI, Jul 8 (PTI) Heavy rain``).  A head that
        fails it is read by the pattern without the agencies' alternation (``WASHINGTON (AP) —``:
        the bracket's words read alike); always ``True`` for a vocabulary whose ``agency_pattern``
        is other than the alternation of its ``AGENCIES``.

        .. versionadded:: 0.2 (mem61b)"""
        if not self._agency_names_only or self.agency_before_dash(head):
            return True
        names = self._agency_suffixes
        at = head.find(",")
        while at >= 0:
            after = at + 1
            while after < len(head) and head[after].isspace():  # (str.isspace holds for every \s and more)
                after += 1
            if after > at + 1 and head.startswith(names, after):
                return True
            at = head.find(",", after)
        at = head.find("(")
        while at >= 0:
            close = head.find(")", at + 1)
            if close < 0:
                break
            inside = head[at + 1 : close]
            if inside in self._agency_names and (
                self._bracket_words.fullmatch(inside) is None or self._dash_after.match(head, close + 1) is None
            ):
                return True
            if "/" in inside and inside.startswith(names):
                return True
            at = head.find("(", at + 1)
        return False

    def might_hold_dateline(self, head: str) -> bool:
        """A cheap test that every head :meth:`match` reads a dateline from passes: it holds one
        of :attr:`DASHES`, an opening bracket or two slashes, since every pattern ends in a dash,
        reads an agency in brackets or a wire between slashes (``LONDON, March 3 -``, ``Mumbai, Jul 8
        (PTI)``, ``MOSCOW, December 5. /TASS/.``), so that most lines of a story pay a few
        substring tests instead of the patterns.  A subclass that reads datelines of other shapes
        widens it with them (or returns ``True``).

        .. versionadded:: 0.2"""
        return "(" in head or head.count("/") > 1 or any(dash in head for dash in self.DASHES)

    def place_after_agency(self, match: regex.Match[str], head: str) -> regex.Match[str] | None:
        """The place and date in capitals, with a dash, right after an agency in brackets and its
        dash that open a story (``(ANSA) - ROME, MARCH 3 - Rome's buses ...``), or ``None``."""
        if match.re is not self._agency_only or match["dash"] is None or match["date"] is not None:
            return None
        after = (self._caps if self.caps_may_read_agency(head) else self._caps_plain).match(head, match.end())
        if after is None or not after.groupdict().get("date"):
            return None  # "(Reuters) - OPINION - Wall Street ...": a label, not a place, without a date
        if not self.is_plausible(after, known_agency=True) or after["dash"] is None or after.groupdict().get("agency"):
            return None  # (the known agency before it vouches for a month no vocabulary reads: "18 OTT")
        if not self.is_followed_by_story(after, head[after.end() :], ends_span=False):
            return None
        return after

    def is_followed_by_story(self, match: regex.Match[str], after: str, *, ends_span: bool) -> bool:
        """Whether the text after a dateline is the story.  A dateline may stand alone on its line
        (``SANTA CRUZ, Calif., Feb 26 -`` above a table); one with neither date nor agency
        (``LONDON —``; an agency after the place's comma counts, :meth:`agency_after_comma`) must be
        followed by a sentence, so that a headline such as ``ECONOMIC SPOTLIGHT - BANKAMERICA`` is
        not taken for one."""
        groups = match.groupdict()
        comma_agency = bool(groups.get("place")) and self.agency_after_comma(groups["place"])[1] is not None
        if groups.get("date") or groups.get("agency") or groups.get("agency2") or comma_agency:
            return bool(after.strip()) or ends_span  # ("SYDNEY, AAP - Crews contained the blaze.": an agency's)
        if match.re is self._known_titled and not self.is_known_place_story(after, ends_span=ends_span):
            return False
        if match.re is self._known_stop.compiled and not self.is_stop_place_story(after):
            return False  # ("Nairobi. The city where the idea began" over a byline: a headline, no dateline)
        words = after.split()
        if ends_span and self.is_short_story(match["place"], after):
            return True  # ("MUMBAI: Heavy rain closed schools on Monday." alone in its paragraph)
        if ends_span and match.re is self._known_titled and self.is_titled_short_story(after):
            return True  # ("Kolkata: A fire broke out at a hospital on Tuesday, officials said.")
        if match["dash"] == ":" and (
            len(words) < self.COLON_STORY_WORDS or (ends_span and not any(ch in SENTENCE_ENDS for ch in after))
        ):
            return False  # "BREXIT: Parliament votes down the deal again" is a headline (a first sentence
            # longer than the part read goes on past it: no headline runs so long)
        return (
            len(words) >= self.STORY_WORDS
            and any(ch.islower() for ch in after[: self.STORY_CHARS])
            # a word in lower case after the first, as a sentence has: a wire's header line after its
            # name and a dash ("KYODO NEWS - Oct 14, 2026 - 18:32 | Japan, Business") has none
            and has_lower_word(after[: self.STORY_CHARS])
        )

    def is_short_story(self, place: str, after: str) -> bool:
        """Whether *after*, the whole paragraph after a dateline's *place*, is a short story of its
        own: the place in capitals and one the vocabulary knows, or a town in capitals placed by a
        known country (:meth:`is_known_capital_place`), at least :attr:`SHORT_STORY_WORDS`
        words, a word in lower case after the first (:func:`~newsparse.lines.has_lower_word`), and a
        sentence's end mark closing them, maybe before closing quotation marks (``MUMBAI: Heavy rain
        closed schools on Monday.``, ``PARIS - "Hi," she said.``); a headline or a label has no
        such end (``PARIS: Police arrest three after attack``).

        .. versionadded:: 0.2
        """
        text = after.strip()
        if len(text.split()) < self.SHORT_STORY_WORDS or not text.rstrip(CLOSERS).endswith(tuple(SENTENCE_ENDS)):
            return False
        return self.is_known_capital_place(place) and has_lower_word(text)

    def is_titled_short_story(self, after: str) -> bool:
        """Whether *after*, the whole paragraph after a known place in title case and its colon or
        dash (:meth:`is_known_titled_place`: ``Kolkata:``, ``New Delhi:``), is a short story of its
        own, fewer words than :attr:`COLON_STORY_WORDS` asks: at least :attr:`STORY_WORDS` words, a
        word in lower case after the first, and a sentence's end mark closing them (``Kolkata: A
        fire broke out at a hospital on Tuesday, officials said.``); a headline has no such end
        (``Kolkata: Fire at hospital kills four``).

        .. versionadded:: 0.2"""
        text = after.strip()
        if len(text.split()) < self.STORY_WORDS or not text.rstrip(CLOSERS).endswith(tuple(SENTENCE_ENDS)):
            return False
        return has_lower_word(text)

    def is_known_capital_place(self, place: str) -> bool:
        """Whether *place*, a dateline's place, is one in capitals the vocabulary knows
        (``MUMBAI``, ``HONG KONG``), or a town in capitals and, after a comma, a country the
        vocabulary knows (``ELDORET, Kenya``, ``KANO, Nigeria``: a town no list holds, placed by
        its country as the wires write it) (:meth:`is_short_story`).

        .. versionadded:: 0.2"""
        if place.isupper() and self.vocabulary.is_place(" ".join(place.split())):
            return True
        town, comma, country = place.partition(",")
        town, country = town.strip(), country.strip()
        if not comma or not town.isupper() or sum(ch.isalpha() for ch in town) < 2:
            return False
        return self.vocabulary.country(country) is not None

    def is_plausible(self, match: regex.Match[str], *, known_agency: bool = False) -> bool:
        """Whether a pattern match is a dateline and not the start of a sentence.  With
        *known_agency* (a known agency in brackets before it: ``(ANSA) - BOLOGNA, 18 OTT -``,
        :meth:`place_after_agency`) a month no vocabulary reads keeps the place, its date left out.

        A place in capitals with no date and no agency (``LONDON —``) needs a real dash, a
        one-letter place (``A -``) or a weekday (``Tuesday, 4 March 2025 -``) is never a
        dateline, and the bracket after a place holds a known agency or a single word
        (``(Bernama)``), not any phrase (``(Fire Brigade Sources)``).  A label (:meth:`is_label`:
        ``UPDATE``, ``FLOOD ALERT``) is no place, with a date read or not, an agency or not.
        """
        place = match["place"]
        if match.re is self._known_titled:
            return self.is_known_titled_place(place)  # ("Berlin, 4. Dezember 2026 -": a known place, as before)
        if (
            "month" in match.re.groupindex and not known_agency and self.wire_month_only(match["month"])
            and not any(c.isdigit() for c in match.string[match.end("month") : match.end()])  # ("Berlin, 4. Dezember 2026 -")
            and not self.names_agencies(match) and (match.groupdict().get("agency") or not place.isupper())
        ):
            return False  # "MÜNCHEN, 12. Mai (Polizei) -", "Ciudad de México, 12 de mayo -": see wire_month_only
        if match.re is self._full_stop:
            return self.is_full_stop_place(place)
        if match.re is self._titled_stop:
            return self.is_titled_stop_place(place)
        if match.re is self._bracketed_place:
            return self.is_bracketed_place(place) and (
                self.article_after(match.string, match.end()) or self.full_name_after(place, match.string, match.end())
            )
        groups = match.groupdict()  # (once: a dict of every group of the pattern)
        if (
            match.re is self._titled and not self.names_agencies(match) and not self.dated_acronym_agency(match)
            and not self.dated_outlet(match) and not self.dated_source(match)
        ):
            return False  # "Madrid, 27 Abr. (POLICE SOURCES) -": a name in capitals, a known agency's only
        if (match.re is self._alone or groups.get("day")) and not self.names_agencies(match):
            return False  # "SEVILLA, 14 (Fuentes policiales)": a day alone, or no dash, only before a known agency
        unread = bool(groups.get("month")) and self.month_of(match["month"]) is None
        if self.is_label(place.split(",")[0]):
            return False  # "(ANSA) - UPDATE, 18 OTT -", "UPDATE, MARCH 3 (ANSA) -": a label, no place, whatever the date
        if unread and not known_agency and not self.names_agencies(match) and not self.names_wire(match):
            return False  # a month no vocabulary reads: a dateline (without its date) only before a known agency
        if groups.get("wire") and match["dash"] in (None, ".") and not self.names_wire(match):
            return False  # "Moscow, November 28 /heavy rain/ Russia's": no dash, a known wire's only
        if len(place) > self.MAX_PLACE or len(place.replace(".", "")) < 2:
            return False
        if not self.RELEASE_WORDS.isdisjoint(place.upper().replace(",", " ").split()):
            return False  # "FOR RELEASE -- Acme ...", "EMBARGOED UNTIL MONDAY --": a release's label, no place
        if self.ends_with_weekday(place):
            return False  # "Tuesday, 4 March 2025 - 10:12 AEDT", "Updated Tuesday, 3 December 2024 - 09:15": a stamp
        wire = groups.get("slash_wire")
        if wire and not self.vocabulary.is_agency(wire):
            return False  # "HALIFAX / Acme Corp / March 4 /": between slashes, only a known wire
        agency = groups.get("agency")
        if (
            agency and len(agency.split()) > 1 and not self.vocabulary.is_agency(agency) and not self.names_agencies(match)
            and not self.dated_outlet(match)
        ):
            return False  # "(Fire Brigade Sources)"; "(dpa / AFP)", known agencies apart by a slash, stays
        has_more = bool(groups.get("date") or groups.get("agency") or groups.get("agency2"))
        if not has_more and match["dash"] == ":":
            return self.is_colon_place(place)  # "NEW DELHI: Farmers ...", not "UPDATE: The council ..."
        if not has_more and match["dash"] == "_":
            return False
        if not has_more and self.is_label(place):
            return False  # "FILE - Fishermen unload ...", "AMBER WARNING - Heavy rain ...": a label, no place
        if not has_more and self.is_label_phrase(place):
            return False  # "MEMO TO STAFF -- The office ...": a phrase of words, no place
        return has_more or place.split(",")[0].isupper()

    def ends_with_weekday(self, place: str) -> bool:
        """Whether *place*, the words a dateline's pattern read as its place, ends before its first
        comma with a weekday's name (``Tuesday, 4 March 2025 -``, ``Updated Tuesday, 3 December 2024
        - 09:15``, ``Actualizado Jueves, 5 diciembre 2024 - 13:40``): a stamp's line, no place (no
        town's name ends with a weekday's).

        .. versionadded:: 0.2"""
        words = place.split(",")[0].split()
        return bool(words) and self.vocabulary.is_weekday(words[-1].rstrip("."))

    def is_label(self, name: str) -> bool:
        """Whether *name*, words in capitals before a dash, a colon or a comma, is a label and no
        place: one of :attr:`COLON_LABELS` (``WATCH``, ``FILE``), or one or more words that end with
        one of :attr:`LABEL_LAST_WORDS` and that the vocabulary knows as no place (``UPDATE``, ``AMBER
        WARNING``, ``FLOOD ALERT``, ``LIVE UPDATES``, ``FACTBOX``).

        .. versionadded:: 0.2"""
        words = name.upper().split()
        if not words:
            return False
        if " ".join(words) in self.COLON_LABELS:
            return True
        return words[-1] in self.LABEL_LAST_WORDS and not self.vocabulary.is_place(" ".join(name.split()))

    def is_label_phrase(self, place: str) -> bool:
        """Whether *place*, a dateline's place before its first comma, is words joined by one of
        :attr:`LABEL_LINK_WORDS` after the first (``MEMO TO STAFF``, ``NOTE FOR PARENTS``) and
        no place the vocabulary knows (``Vocabulary.is_place``): a label, which no place's name
        is (not ``PORT OF SPAIN``, ``NEWCASTLE UPON TYNE``, ``PORT MORESBY``).

        .. versionadded:: 0.2
        """
        town = " ".join(place.split(",")[0].split())
        words = town.upper().split()
        if len(words) < 2 or self.LABEL_LINK_WORDS.isdisjoint(words[1:]):
            return False
        return not self.vocabulary.is_place(town)

    def is_full_stop_place(self, place: str) -> bool:
        """Whether *place*, in capitals before a full stop that opens a story with neither date
        nor agency (``FRANKFURT/MAIN. Die Bahn ...``, ``KASSEL. Der Magistrat ...``), is a
        dateline's place: a place the vocabulary knows (``Vocabulary.is_place``), or one part of it
        before or after a slash (``FRANKFURT/MAIN``); or, where the vocabulary's papers write
        datelines so (``Vocabulary.FULL_STOP_DATELINES``, German) or in every language while
        :attr:`CAPITALS_STOP_PLACES` is on (``HALIFAX. Heavy rain ...``, fixL67), a name of at least
        :attr:`FULL_STOP_PLACE_CHARS` letters (there :attr:`CAPITALS_STOP_PLACE_CHARS`), none of
        :attr:`STOP_OPENERS`.  Never an agency, a label (:meth:`is_label`), a
        phrase opening with an article (``DER SPIEGEL.``) or a word of :attr:`COLON_FIRST_WORDS`,
        and never, unknown, one with an organisation word or a given name in it (``NATO. Die
        Allianz ...``, shorter, and ``ANNA. ...`` are none).

        .. versionadded:: 0.2"""
        words = place.split()
        name = " ".join(words)
        v = self.vocabulary
        if len(words) > self.FULL_STOP_PLACE_WORDS or self.is_label(name) or words[0] in self.COLON_FIRST_WORDS:
            return False
        if words[0].casefold() in v.ARTICLES:
            return False  # "DER SPIEGEL. Das Magazin ...": a title, no place
        if v.is_agency(name):
            return False
        if v.is_place(name) or any(v.is_place(part) for part in name.split("/") if part):
            return True
        letters = sum(ch.isalpha() for ch in name)
        if not self.STOP_OPENERS.isdisjoint(name.upper().replace("/", " ").split()):
            return False  # "BREAKING. The council ...": a shouted opener, no place
        fewest = self.FULL_STOP_PLACE_CHARS if v.FULL_STOP_DATELINES else self.CAPITALS_STOP_PLACE_CHARS
        return (
            (v.FULL_STOP_DATELINES or self.CAPITALS_STOP_PLACES)
            and letters >= fewest
            and not any(v.is_org_word(word) or self.is_given_name(word) for word in regex.split(r"[ /\-]", name) if word)
        )

    def has_stop_place_evidence(self, place: str, text: str, end: int) -> bool:
        """Whether *place*, in capitals before a full stop that opened a story (:meth:`is_full_stop_place`),
        shows it is a place: the vocabulary knows it or a part of it before or after a slash
        (``BERLIN.``, ``FRANKFURT/MAIN.``), or the vocabulary's papers write unknown places so
        (``Vocabulary.FULL_STOP_DATELINES``), or the story after it, from *end* in *text*, names it
        again in title case after one of :attr:`STOP_PLACE_PREPOSITIONS` (``HALIFAX. Heavy rain
        ...`` and ``... streets in Halifax``).  A shouted word the story does not name so
        (``OBITUARY.``, ``DISCLAIMER.``, ``MEMBERS ONLY.``) is no dateline: a wrong place is worse
        than none.

        .. versionadded:: 0.2 (rvl67)"""
        v = self.vocabulary
        if v.FULL_STOP_DATELINES or v.is_place(place) or any(v.is_place(part) for part in place.split("/") if part):
            return True
        prepositions = [word for word in (*self.STOP_PLACE_PREPOSITIONS, *v.PLACE_PREPOSITIONS) if word]
        names = [self.titled(part) for part in ((place, *place.split("/")) if "/" in place else (place,)) if part]
        if not prepositions:
            return False
        pattern = rf"(?<![\p{{L}}])(?:{alternation(prepositions)})[ ]++(?:{alternation(names)})(?![\p{{L}}\p{{N}}])"
        return any(not self.names_firm_there(text, found) for found in regex.finditer(pattern, text, pos=end))

    #: Nouns, in lower case, that say the name after them and a preposition is a firm's, not a
    #: town's (``Profit at Barclays``, ``Workers at Volkswagen``, ``Subscribers to Netflix``): no
    #: evidence of a place for :meth:`has_stop_place_evidence` (:meth:`names_firm_there`).
    #:
    #: .. versionadded:: 0.2 (fixT68)
    STOP_PLACE_FIRM_WORDS: ClassVar[frozenset[str]] = frozenset(
        {"profit", "profits", "loss", "losses", "sales", "revenue", "revenues", "earnings", "shares", "stake",
         "workers", "staff", "employees", "executives", "bosses", "boss", "chief", "shareholders", "investors",
         "customers", "subscribers", "clients", "orders", "output", "job", "jobs", "strike", "plant", "factory"}
    )
    #: What follows a firm's name as its owner (``Barclays's``, ``Volkswagen’s``): no place's.
    #:
    #: .. versionadded:: 0.2 (fixT68)
    POSSESSIVE_ENDS: ClassVar[tuple[str, ...]] = ("'s", "’s", "'", "’")

    def names_firm_there(self, text: str, found: regex.Match[str]) -> bool:
        """Whether the name *found* after a preposition in *text* reads as a firm's there: written
        as an owner (:attr:`POSSESSIVE_ENDS`: ``at Barclays's branches``), or after one of
        :attr:`STOP_PLACE_FIRM_WORDS` (``Profit at Barclays rose``, ``Workers at Volkswagen
        voted``), so it is no evidence of a place (``streets in Halifax`` is).

        .. versionadded:: 0.2 (fixT68)"""
        if text.startswith(self.POSSESSIVE_ENDS, found.end()):
            return True
        before = text[max(0, found.start() - 40) : found.start()].split()
        return bool(before) and before[-1].strip(".,;:\"'“”‘’()").casefold() in self.STOP_PLACE_FIRM_WORDS

    @staticmethod
    def titled(name: str) -> str:
        """*name*, in capitals, in title case: each word's and each hyphened part's first letter a
        capital, the rest small (``ST. JOHN'S`` gives ``St. John's``, ``WINSTON-SALEM`` gives
        ``Winston-Salem``).

        .. versionadded:: 0.2 (rvl67)"""
        return regex.sub(r"(?<![\p{L}'’])\p{L}", lambda m: m.group().upper(), name.lower())

    def is_written_as_acronym(self, place: str, text: str, end: int) -> bool:
        """Whether *place*, a name in capitals before a full stop that opened a story
        (:meth:`is_full_stop_place`) and that the vocabulary does not know as a place, is an
        acronym: the story after it, from *end* in *text*, writes it in capitals again, as a word or
        as the first part of a compound (``UNICEF. Das Kinderhilfswerk ...`` and later ``eine
        UNICEF-Sprecherin``), where a dateline's place is written so only in the dateline.  A
        known place (``BERLIN.``) never is.

        .. versionadded:: 0.2"""
        v = self.vocabulary
        if v.is_place(place) or any(v.is_place(part) for part in place.split("/") if part):
            return False
        found = regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(place)}(?![\p{{L}}\p{{N}}])", text, pos=end)
        return found is not None

    def is_titled_stop_place(self, place: str) -> bool:
        """Whether *place*, one name in title case before a full stop that opens a story with
        neither date nor agency (``Cochem. Die Mosel ...``), may be a dateline's place where the
        vocabulary's papers write datelines so (``Vocabulary.FULL_STOP_DATELINES``): a place the
        vocabulary knows, or a name of at least :attr:`FULL_STOP_PLACE_CHARS` letters that is no
        given name, no weekday or month and no organisation word, nor either part of a town written
        with its river after a slash (``Esch/Alzette``).  :meth:`parse` keeps it only
        when the story names it again as a place (:meth:`is_named_again_as_place`).

        .. versionadded:: 0.2"""
        v = self.vocabulary
        if v.is_place(place):
            return True
        if sum(ch.isalpha() for ch in place) < self.FULL_STOP_PLACE_CHARS or place.casefold() in v.ARTICLES:
            return False
        if v.is_weekday(place) or self.month_of(place) is not None or v.is_agency(place):
            return False
        return not any(v.is_org_word(word) or self.is_given_name(word) for word in regex.split(r"[-/]", place))

    def is_stop_place_story(self, after: str) -> bool:
        """Whether the words after a known place and its full stop (:meth:`may_open_known_stop`) are
        a story's sentence: their line ends a sentence (``Dar es Salaam. The new line carried 50,000
        passengers.``) or runs on for :attr:`STOP_PLACE_LINE_WORDS` words at least, as a wrapped
        paragraph's first line does; a short line with no sentence's end is a title (``Nairobi. The
        city where the idea began``, a headline over its byline).

        .. versionadded:: 0.2 (round 65: a second user's trial)"""
        line = after.split("\n", 1)[0].rstrip().rstrip(CLOSERS)
        return line[-1:] in SENTENCE_ENDS or len(line.split()) >= self.STOP_PLACE_LINE_WORDS

    def may_open_known_stop(self, head: str) -> bool:
        """Whether *head* may open with a known place in title case and a full stop (``Dar es
        Salaam. The city council ...``, ``Dodoma. The government ...``), as Tanzanian and Kenyan
        papers write datelines: a capital first and a full stop and a space within the first
        :attr:`MAX_PLACE` characters, the cheap test before the pattern.  Such a place is a
        dateline only when the vocabulary knows it (:meth:`is_known_titled_place`) and a sentence
        follows (:meth:`is_followed_by_story`); a place that is a sentence's subject (``Nairobi is
        growing``) has no full stop after it.

        .. versionadded:: 0.2 (fixL65)"""
        return head[:1].isupper() and ". " in head[: self.MAX_PLACE + 2]

    def is_named_again_as_place(self, place: str, text: str, end: int) -> bool:
        """Whether the story after a name in title case and a full stop that opened it (from *end*
        in *text*: ``Cochem. Die Mosel ...``) names it again after one of the vocabulary's
        ``PLACE_PREPOSITIONS`` (``... sperrte die Uferstraße in Cochem``): a town the story is
        about, not a word alone that opens a feature (``Endlich. Nach drei Jahren ...``).  A place
        the vocabulary knows needs no such second mention.  A town written with its river or
        district after a slash (``Esch/Alzette.``, ``Halle/Saale.``) is named again by either part
        (``... in Esch``), and needs none when a part is known (``Frankfurt/Oder.``; lang64); never
        when a part is a page's button (``Mehr/Weniger.``: ``Vocabulary.is_expand_button``, lang65).
        A wrong dateline is worse than none: without the second mention the name stays the paragraph's first word.

        .. versionadded:: 0.2"""
        parts = (place, *place.split("/")) if "/" in place else (place,)
        if any(self.vocabulary.is_expand_button(part) for part in parts):
            return False  # ("Mehr/Weniger.": a page's buttons, no town and its river; lang65)
        if any(self.vocabulary.is_place(part) for part in parts):
            return True
        if self._place_prepositions is None:
            return False
        return any(found["name"] in parts for found in self._place_prepositions.finditer(text, end))

    def is_named_in_text_as_place(self, name: str, text: str) -> bool:
        """Whether *text* names *name*, one word in title case, after one of
        :attr:`COLON_PLACE_PREPOSITIONS` (``... a rally in Guwahati on Sunday``): a town, so that the
        name alone before a colon on a line over the story (``Guwahati:``) is its dateline; a heading
        (``Background:``) is named so nowhere.

        .. versionadded:: 0.2 (mendLB70)"""
        if " " in name or not name.istitle() or name not in text:
            return False
        return any(found["name"] == name for found in self._colon_place_after.finditer(text))

    def is_known_titled_place(self, place: str) -> bool:
        """Whether *place*, in title case before a dash with neither date nor agency, opens a
        dateline: only a place the vocabulary knows (``Vocabulary.is_place``: ``Buenos Aires``,
        ``Santiago de Chile``, ``Berlin``), which no sentence's subject is more often than a
        place; a phrase in title case the vocabulary does not know (``Banco de España``, ``Jane
        Roe``) is read as the story's first words.  A place in capitals needs no list (``LONDON —``).

        .. versionadded:: 0.2"""
        return self.vocabulary.is_place(place) and len(place) <= self.MAX_PLACE

    def is_bracketed_place(self, place: str) -> bool:
        """Whether *place*, words in title case alone in brackets that open a lede (``(Québec) Le
        gouvernement ...``, ``(Ottawa) Le ministre ...``), is a dateline's place: a place, a
        region or a country the vocabulary knows, a pack's name of one too
        (``Vocabulary.is_region_after_place``, not an abbreviation: ``(Québec)``), no agency
        (``(CNN)`` is an agency's dateline) and at most :attr:`PLACE_WORDS` words; a name, a
        party or a label in brackets (``(Mise à jour)``, ``(Jean Roy)``) is none.
        :meth:`is_followed_by_story` asks a sentence after it.

        .. versionadded:: 0.2"""
        v = self.vocabulary
        name = " ".join(place.split())
        if not name or len(name.split()) > self.PLACE_WORDS or v.is_agency(name):
            return False
        if v.is_region_abbreviation(name):
            return False
        if v.is_region_after_place(name):
            return True
        # (a known place written with its accents, "(Montréal)", "(Zürich)": read without them; lay59)
        plain = self.without_accents(name)
        return plain != name and v.is_region_after_place(plain) and not v.is_region_abbreviation(plain)

    @staticmethod
    def without_accents(name: str) -> str:
        """*name* without the combining marks its letters carry (``Montréal`` -> ``Montreal``),
        for a place the vocabulary lists only as English writes it.

        .. versionadded:: 0.2 (lay59)
        .. versionchanged:: 0.2 (rvl69) reads :func:`newsparse.lines.without_accents`, shared"""
        return without_accents(name)

    def article_after(self, text: str, at: int) -> bool:
        """Whether the word at *at* in *text*, after a place alone in brackets (``(Québec) Le
        gouvernement ...``), is an article of the vocabulary (``Vocabulary.is_article``: ``Le``,
        ``L’``, ``The``), as a lede's subject opens: a name after the bracket may be the bracket's
        own (``(Paris) Hilton fans queued ...``), so no dateline is read before one.

        .. versionadded:: 0.2 (fixR57)"""
        word = text[at : at + self.MAX_CHARS].split(None, 1)[0] if text[at:].strip() else ""
        for mark in "'’":
            if mark in word:
                word = word[: word.index(mark) + 1]  # "L’économie": the elided article
        return bool(word) and self.vocabulary.is_article(word)

    def full_name_after(self, place: str, text: str, at: int) -> bool:
        """Whether the words at *at* in *text*, after *place* alone in brackets (``(Ottawa) Justin
        Trudeau a annoncé ...``), are a person's full name opening the lede: a known given name
        (``Vocabulary.is_given_name``, the first list only), one capitalised word, then a word in
        lower case or the surname's comma, as a subject before its verb or its apposition.  Not
        after a country or a region the vocabulary knows (``Vocabulary.country``: ``(Europe)``,
        ``(France)``, a tag a page gives a story, merge58), nor after a place that is a given name
        too (``(Florence) Jane Roe ...`` may be one name), nor a given name alone (``(Paris) Hilton
        fans ...``, ``(Ottawa) Senators fans``: no dateline), layB58.

        .. versionadded:: 0.2"""
        v = self.vocabulary
        if v.country(place) is not None or any(v.is_given_name(word, either_sex=False) for word in place.split()):
            return False  # ("(Europe) Emmanuel Macron ...", "(France) ...": a page's tag, a nationality; merge58)
        words = text[at : at + self.MAX_CHARS].split(None, 3)[:3]
        if len(words) < 3 or not v.is_given_name(words[0], either_sex=False):
            return False
        surname = words[1].removesuffix(",")
        if not (surname[:1].isupper() and surname[1:].islower() and surname.isalpha()):
            return False  # ("(Ottawa) Justin TRUDEAU", "Justin 2.0": no surname in title case)
        return words[1].endswith(",") or words[2][:1].islower()

    def is_known_place_story(self, after: str, *, ends_span: bool) -> bool:
        """Whether *after*, the text after a known place in title case and its dash
        (:meth:`is_known_titled_place`), reads as a story's first sentence rather than as the rest
        of a headline, a standfirst or a sentence whose subject the place is: when the part read
        ends within *after* (*ends_span*) it holds a sentence's end (``Paris – Nice: Pogacar Takes
        the Race to the Sun``, ``Brussels – A long night of talks ends with no deal`` hold none);
        its first words are no known place (``Paris – Berlin trains will run``, ``Liverpool –
        Manchester United``: a route, a fixture); and its first sentence holds no odd number of
        spaced dashes, one of which would close an aside that the place's dash opened
        (``Barcelona – Real Madrid's rivals – have signed ...``).

        .. versionadded:: 0.2"""
        if ends_span and not any(ch in SENTENCE_ENDS for ch in after):
            return False
        words = after.split(maxsplit=self.PLACE_WORDS)[: self.PLACE_WORDS]
        if any(self.vocabulary.is_place(" ".join(words[:count]).rstrip(",:;")) for count in range(1, len(words) + 1)):
            return False
        ends = [at for at in (after.find(ch) for ch in SENTENCE_ENDS) if at >= 0]
        sentence = after[: min(ends)] if ends else after
        spaced = sum(sentence.count(f" {dash} ") for dash in self.real_dashes())
        return spaced % 2 == 0

    def heads_place_list(self, text: str, end: int) -> bool:
        """Whether a known place in title case and its dash (:meth:`is_known_titled_place`) at the
        start of a part of *text* that ends at *end* heads the first entry of a list of places: one
        of the next :attr:`PLACE_LIST_LINES` lines after it (in the first :attr:`PLACE_LIST_CHARS`
        characters), each of them, opens with a known place and a dash too (``Lisbon – Sun, sea
        and ...`` over ``Rome – History on every corner`` and ``Berlin – Clubs ...``, a travel
        guide's picks), the list's entries running on to the last of those lines or to the end.
        A story has one dateline; ``Lisbon – The Portuguese government said ...`` over a paragraph
        of the story stays one, and so does a story whose next paragraph alone opens with a place
        and a dash (``Madrid – Officials there said ...``) before it goes on.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 every line looked through opens with a place, not only one."""
        after = text[end : end + self.PLACE_LIST_CHARS]
        lines = [line.strip() for line in after.split("\n") if line.strip()][: self.PLACE_LIST_LINES]
        if not lines:
            return False
        for line in lines:
            found = self._known_titled.match(line, 0, None, KEEP_GIL)
            if found is None or not self.is_known_titled_place(found["place"]):
                return False  # the story goes on: a place's paragraph inside it
        return True

    #: The most letters of an agency no list holds, written as an acronym in brackets after a place
    #: in title case and a date (:meth:`dated_acronym_agency`).
    #:
    #: .. versionadded:: 0.2
    MAX_ACRONYM_AGENCY: ClassVar[int] = 6
    #: The fewest letters of an outlet's one word in brackets after a whole date
    #: (``(Emol)``, ``(Infobae)``: :meth:`dated_source`).
    #:
    #: .. versionadded:: 0.2 (fixL68)
    MIN_SOURCE_CHARS: ClassVar[int] = 4
    #: A newsroom's desk and edition labels, in any case, of the languages whose wires name an
    #: outlet in brackets after a whole date (Spanish, Portuguese, Italian, French, Catalan, German,
    #: English): a word of them there is a desk's or a story's label, never the outlet
    #: (``Buenos Aires, 4 de marzo de 2025 (Redacción) -``, ``(Agencias)``, ``(Corresponsal)``,
    #: ``(Enviada)``, ``(Corrige)``: :meth:`dated_source`).
    #:
    #: .. versionadded:: 0.2 (rvl68)
    DESK_LABELS: ClassVar[tuple[str, ...]] = (
        "Redacción", "Redação", "Redazione", "Rédaction", "Redacció", "Redaktion", "Newsroom",
        "Agencias", "Agência", "Agências", "Agencia", "Agenzia", "Agenzie", "Agences", "Agencies", "Agenturen",
        "Corresponsal", "Corresponsales", "Correspondente", "Corrispondente", "Correspondant", "Correspondent",
        "Enviado", "Enviada", "Enviados", "Inviato", "Inviata", "Envoyé", "Envoyée",
        "Especial", "Speciale", "Spécial", "Special", "Exclusiva", "Exclusivo", "Esclusiva", "Exclusif", "Exclusive",
        "Opinión", "Opinião", "Opinione", "Opinion", "Editorial", "Editoriale", "Análisis", "Análise", "Analisi",
        "Corrige", "Corrección", "Correção", "Correzione", "Correction", "Rectificación",
        "Ampliación", "Ampliação", "Ampliamento", "Actualización", "Atualização", "Aggiornamento", "Update",
        "Crónica", "Crônica", "Cronaca", "Chronique", "Entrevista", "Intervista", "Entretien", "Interview",
        "Urgente", "Última", "Ultimora", "Flash", "Resumen", "Resumo", "Sintesi", "Avance", "Previa",
    )
    #: Words of a newspaper's or a broadcaster's name (``Daily``, ``Times``, ``Zeitung``) that make
    #: the words in a dated dateline's brackets before a dash the outlet the story comes from
    #: (``Colombo, Nov. 24 (Daily Mirror) -``: :meth:`dated_outlet`).  ``None`` by default: the
    #: byline parser's English ``BylineParser.OUTLET_WORDS`` and the vocabulary's ``OUTLET_WORDS``
    #: (each pack's); a subclass's set here replaces them.
    #:
    #: .. versionadded:: 0.2 (lang64)
    OUTLET_WORDS: ClassVar[frozenset[str] | None] = None
    #: The most words of such an outlet's name in the brackets (``Daily Mirror``: 2).
    #:
    #: .. versionadded:: 0.2 (lang64)
    MAX_OUTLET_WORDS: ClassVar[int] = 4

    def dated_acronym_agency(self, match: regex.Match[str]) -> bool:
        """Whether the match, a place in title case, holds a date the vocabulary reads and, in
        brackets, one word in capitals of 2 to :attr:`MAX_ACRONYM_AGENCY` letters
        (``Wellington, Aug 20 (NZPA) -``, ``Srinagar, Jan 3 (KNO):``): an agency's acronym no list
        holds, which a wire's place and date show to be one; a phrase (``(POLICE SOURCES)``) or
        no date (``Mumbai (KNO)``) is none.

        .. versionadded:: 0.2"""
        groups = match.groupdict()
        agency, date = groups.get("agency"), groups.get("date")
        if not agency or not date or self.read_date(date, None) is None:
            return False
        return agency.isupper() and agency.isalpha() and 2 <= len(agency) <= self.MAX_ACRONYM_AGENCY

    def dated_source(self, match: regex.Match[str]) -> bool:
        """Whether the match, a place in title case, holds a whole date the vocabulary reads, day,
        month word and year (``4 de marzo de 2025``, ``3 de maio de 2024``, ``5 dicembre 2026``), a
        real dash after its brackets and, in them, one word in title case of at least
        :attr:`MIN_SOURCE_CHARS` letters (``Buenos Aires, 4 de marzo de 2025 (Infobae) -``, ``São
        Paulo, 3 de maio de 2024 (Folhapress) -``): the outlet or agency no list holds that a Latin
        American or Southern European wire names there, which the full date and the dash show to be
        one.  Not a weekday (``(Montag)``), a month, a label (``(Video)``), a place or a country the
        vocabulary knows (``(Argentina)``: where, not who); not a date without its year
        (``Ciudad de México, 12 de enero (Infobae) -``) nor a full stop after the brackets.

        .. versionadded:: 0.2 (fixL68)"""
        groups = match.groupdict()
        agency, date, dash = groups.get("agency"), groups.get("date"), groups.get("dash")
        if not agency or not date or not dash or dash == "." or len(agency) < self.MIN_SOURCE_CHARS:
            return False
        if not (agency.isalpha() and agency.istitle()) or not isinstance(self.read_date(date, None), dt.date):
            return False  # ("(Fire Brigade)", "(EUROPA PRESS)": others' to read; "12 de enero": no year)
        v = self.vocabulary
        if v.is_weekday(agency) or self.wire_vocabulary.is_weekday(agency) or self.month_of(agency) is not None:
            return False
        if self.is_label(agency) or v.is_place(agency) or v.country(agency) is not None:
            return False
        return not self.is_desk_label(agency)

    def is_desk_label(self, word: str) -> bool:
        """Whether *word*, in any case, is a desk's or an edition's label (:attr:`DESK_LABELS`), a
        wire's weekday (:attr:`WIRE_WEEKDAYS`) or a page stamp's label (:attr:`WIRE_STAMP_LABELS`):
        no outlet in a dated dateline's brackets (:meth:`dated_source`).  The folded set is built
        once, with the parser.

        .. versionadded:: 0.2 (rvl68)"""
        return unicodedata.normalize("NFC", word).casefold() in self._desk_labels

    def dated_outlet(self, match: regex.Match[str]) -> bool:
        """Whether the match holds a date the vocabulary reads, a real dash after its brackets and,
        in them, an outlet's name: up to :attr:`MAX_OUTLET_WORDS` capitalised words, one of them of
        :attr:`OUTLET_WORDS` (``Colombo, Nov. 24 (Daily Mirror) -``): a paper's name where the
        agency goes, the dateline's source; a phrase of no outlet's word (``(Fire Brigade
        Sources)``), no date or no dash (``(Daily Mirror). The ...``) is none.  The outlet's word
        closes the name (``Sunday Times``) or opens a name of two words (``Daily Mirror``): one
        before other words (``(Sunday Times Readers)``, ``(Herald Sun Subscribers)``) opens a
        phrase that names people, not an outlet.

        .. versionadded:: 0.2 (lang64)
        .. versionchanged:: 0.2 the outlet's word last, or first of two words (fixL65)"""
        groups = match.groupdict()
        agency, date, dash = groups.get("agency"), groups.get("date"), groups.get("dash")
        if not agency or not date or not dash or dash == "." or self.read_date(date, None) is None:
            return False
        words = agency.split()
        if len(words) > self.MAX_OUTLET_WORDS or not all(w[:1].isupper() and w.replace("&", "").isalpha() for w in words):
            return False
        # (the word last, "Sunday Times"; or first of two, "Daily Mirror": a paper's name, no phrase)
        return self.is_outlet_word(words[-1]) or (len(words) == 2 and self.is_outlet_word(words[0]))

    def is_outlet_word(self, word: str) -> bool:
        """Whether *word*, as written, is one of :attr:`OUTLET_WORDS` (:meth:`dated_outlet`).

        .. versionadded:: 0.2 (lang64)"""
        return word in self._outlet_words

    def writes_agencies(self, text: str) -> bool:
        """Whether *text*, the words in an agency's brackets, is agencies of the vocabulary's
        ``AGENCIES`` written exactly as listed (case and all), one or several joined by a slash with
        at most a space on each side (``Reuters``, ``dpa/AFP``, ``AFP / Reuters``), maybe a desk's code
        in lower case after the last and a slash (``dpa/lby``): the agency's bracket of a dateline
        with no place (``(Reuters) -``, ``March 4 (UPI) --``).  An agency a subclass adds to the
        vocabulary is one; ``(Reuters staff)`` or ``(REUTERS)`` is none (:meth:`names_agencies`
        reads any case).

        .. versionadded:: 0.2"""
        parts = text.split("/")
        last = len(parts) - 1

        def one_agency(index: int, *, slash_after: bool) -> bool:
            # (a space before a slash, or after one, is the slash's, at most one on each side)
            part = parts[index].removeprefix(" ") if index else parts[index]
            return self.is_agency_name(part.removesuffix(" ") if slash_after else part)

        if all(one_agency(index, slash_after=index < last) for index in range(last + 1)):
            return True
        # a desk's code right after the last agency's slash: "dpa/lby"
        return (
            last > 0
            and self._desk.fullmatch(parts[last]) is not None
            and all(one_agency(index, slash_after=True) for index in range(last - 1))
            and one_agency(last - 1, slash_after=False)
        )

    def reads_titled_agency(self, match: regex.Match[str]) -> bool:
        """Whether the brackets of a match of a place in title case hold an agency: known agencies
        (:meth:`writes_agencies`: ``Madrid, 12 mar (EFE).-``) or a name in capitals
        (``MADRID, 28 (EUROPA PRESS) -``, checked further by :meth:`is_plausible`); a name in capitals
        that no list holds does not end its dateline with a full stop alone (``Bogotá, 10 de marzo
        (EFE). El ...``: a known agency's; a sentence may end so), unless a date stands before it and
        the name is one acronym (:meth:`dated_acronym_agency`: ``Lima, mar. 5 (ANDINA). El ...``).

        .. versionchanged:: 0.2 (trialL62b) a dated acronym before a full stop.

        .. versionadded:: 0.2"""
        agency = match["agency"]
        if self.writes_agencies(agency) or self.dated_outlet(match) or self.dated_source(match):
            return True  # (or an outlet after a date, before a dash: "Colombo, Nov. 24 (Daily Mirror) -"; lang64, fixL68)
        if match["_stop"] is not None and not self.dated_acronym_agency(match):
            return False  # ("Lima, mar. 5 (ANDINA). El ...": a date and one acronym, a wire's, end so too)
        return self._caps_agency.fullmatch(agency, 0, None, KEEP_GIL) is not None

    def is_agency_name(self, name: str) -> bool:
        """Whether *name* is one of the vocabulary's ``AGENCIES`` as written there (case and all).

        .. versionadded:: 0.2"""
        return name in self._agency_names

    def names_agencies(self, match: regex.Match[str]) -> bool:
        """Whether the match's agency in brackets is known agencies, one or several joined by a slash
        (``(Reuters)``, ``(dpa/AFP)``): ``MÜNCHEN, 12. Mai (Reuters) -`` is a dateline whatever the
        vocabulary, its date left out when the vocabulary cannot read its month."""
        agency = match.groupdict().get("agency")
        if not agency:
            return False
        parts = [part.strip() for part in agency.split("/")]
        if len(parts) > 1 and self._desk.fullmatch(parts[-1]):
            parts.pop()  # a desk's code: "dpa/lby"
        return all(self.vocabulary.is_agency(part) for part in parts)

    def names_wire(self, match: regex.Match[str]) -> bool:
        """Whether the match's wire between slashes after its date (``/TASS/``, ``/Trend/``) is a
        known agency (``Vocabulary.is_agency``) or a word in capitals of at most
        :attr:`MAX_ACRONYM_AGENCY` letters, as a wire signs in its own script (``/ТАСС/``); not
        ``/heavy rain/``.  Such a wire makes a dateline with no dash after it (``BAKU, November 28.
        /Trend/ Azerbaijan's``), and keeps one whose month no vocabulary reads, its date left out.

        .. versionadded:: 0.2 (mendLD69)"""
        wire = (match.groupdict().get("wire") or "").strip()
        if not wire:
            return False
        if self.vocabulary.is_agency(wire):
            return True
        return wire.isupper() and wire.isalpha() and len(wire) <= self.MAX_ACRONYM_AGENCY

    def is_colon_place(self, place: str) -> bool:
        """Whether *place*, in capitals before a bare colon, is a place: at most
        :attr:`COLON_PLACE_WORDS` words, no comma, no label (:meth:`is_label`), and no first word
        of :attr:`COLON_FIRST_WORDS` (``DEAR ABBY:`` opens a letter); only when
        :attr:`COLON_DATELINES` is on, or the place is one the vocabulary knows
        (``Vocabulary.is_place``: ``ISLAMABAD: ...``), which no label in capitals is.

        .. versionchanged:: 0.2 a place the vocabulary knows is read with the option off.
        .. versionchanged:: 0.2 a known city in capitals, a comma and its country or region the
           vocabulary knows (``NAIROBI, Kenya: ...``, ``LAGOS, NIGERIA: ...``): :meth:`is_colon_region`."""
        city, comma, region = place.partition(",")
        if comma:
            known = self.vocabulary.is_place(" ".join(city.split()))
            return known and self.is_colon_place(city) and self.is_colon_region(region)
        words = place.split()
        return (
            (self.COLON_DATELINES or self.vocabulary.is_place(" ".join(words)))
            and place.isupper()
            and "," not in place
            and len(words) <= self.COLON_PLACE_WORDS
            and not self.is_label(place)
            and words[0].upper() not in self.COLON_FIRST_WORDS
            and not self.vocabulary.is_agency(" ".join(words))  # "AP: ..." names a source, not a place
        )

    def is_colon_region(self, region: str) -> bool:
        """Whether *region*, after a known city and a comma before a bare colon, is a country or a
        place the vocabulary knows (``Kenya``, ``NIGERIA``), in capitals or title case; never a
        label or a name (``NAIROBI, Home Guide:``).

        .. versionadded:: 0.2"""
        words = region.split()
        if not words or len(words) > self.COLON_PLACE_WORDS or not all(w[:1].isupper() for w in words):
            return False
        written = " ".join(words)
        return self.vocabulary.country(written) is not None or self.vocabulary.is_place(written)

    def wire_month_only(self, word: str | None) -> bool:
        """Whether *word* is a month only :attr:`WIRE_MONTHS` reads, none of the parser's language
        (``Mai``, ``DIC`` to the English parser): such a date stands before a known agency's
        brackets (``MÜNCHEN, 12. Mai (dpa) -``) or, with none, after a place in capitals as the
        wires write it (``ROMA, 05 DIC -``); not before a word the vocabulary does not know as an
        agency (``MÜNCHEN, 12. Mai (Polizei) -``) nor after a place in title case with no agency and no year
        (``Ciudad de México, 12 de mayo -``; ``Berlin, 4. Dezember 2026 -`` stands), as before the months were read
        (:meth:`is_plausible`).

        .. versionadded:: 0.2"""
        if not word:
            return False
        word = unicodedata.normalize("NFC", word)
        return (
            self.vocabulary.month_number(word) is None and self.wire_vocabulary.month_number(word) is None
            and word.casefold().rstrip(".") in self._wire_months
        )

    def month_of(self, word: str) -> int | None:
        """The month *word* names, in any case (``FEb``, ``MARCH``; a European wire's, ``DIC``:
        :attr:`WIRE_MONTHS`), or that a word of at least
        :attr:`FUZZY_MONTH_CHARS` letters names with one letter wrong, missing or added
        (``Mach``, ``Narch``, ``Marchg``); ``None`` for any other word."""
        word = unicodedata.normalize("NFC", word)  # "fe\u0301vrier", decomposed, is "février"
        exact = self.vocabulary.month_number(word)
        if exact is None:
            exact = self.wire_vocabulary.month_number(word)
        if exact is None:
            exact = self._wire_months.get(word.casefold().rstrip("."))  # "DIC", "gen.": a European wire's
        if exact is not None or len(word) < self.FUZZY_MONTH_CHARS - 1:
            return exact
        folded = word.casefold()
        for number, names in enumerate(self.vocabulary.MONTHS, 1):
            for name in names:
                if len(name) >= self.FUZZY_MONTH_CHARS and _one_edit(folded, name.casefold()):
                    return number
        return None

    def place_before_stamp(self, head: str) -> str | None:
        """The place *head* names, the words before the stamp on a stamp line, as papers that
        print the dateline on the stamp's line write it (``NEW DELHI,`` before ``MAY 26, 2026
        10:48 IST``): a place in capitals, maybe with its region (``SPRINGFIELD, Ill.,``), and the
        comma that ends *head*; at most :attr:`STAMP_PLACE_WORDS` words, not a known agency, a
        desk (:attr:`STAMP_DESK_WORDS`), a name opening with a given name (``JANE ROE``), a
        weekday, a label (:meth:`is_label`) nor a phrase that opens with a word of
        :attr:`COLON_FIRST_WORDS`.  ``None`` for any other head (``Hong Kong •``, ``City Herald``).

        .. versionadded:: 0.2"""
        match = self._stamp_place.fullmatch(head)
        if match is None:
            return None
        place = _SPACE_BEFORE_COMMA.sub(",", match["place"].strip())
        words = place.split(",")[0].split()
        name = " ".join(words)
        if len(words) > self.STAMP_PLACE_WORDS or len(name.replace(".", "")) < 2 or not name.isupper():
            return None
        if self.is_label(name) or words[0] in self.COLON_FIRST_WORDS:
            return None  # "UPDATE, May 26, 2026", "THE WEEK, May 26, 2026"
        if self.vocabulary.is_agency(name) or self.vocabulary.is_weekday(name):
            return None  # "AFP, May 26, 2026", "MONDAY, May 26, 2026": a source and a day, no place
        if any(word in self.STAMP_DESK_WORDS for word in words) or self.is_given_name(words[0]):
            return None  # "EXPRESS NEWS SERVICE, MAY 26", "JANE ROE, MAY 26": a desk or a reporter
        return place

    def is_given_name(self, word: str) -> bool:
        """Whether *word* is a given name of the vocabulary's one list of one sex (``JANE``;
        :meth:`~newsparse.Vocabulary.is_given_name`): a name's first word, no place's (a name of either
        sex may be a place's, ``JORDAN``).

        .. versionadded:: 0.2"""
        return self.vocabulary.is_given_name(word, either_sex=False)

    def day_of_month(self, day: int, reference_date: dt.date) -> dt.date | None:
        """The date of a dateline that writes its day alone (``MADRID, 14 (EUROPA PRESS)``): that
        day in the month and year of *reference_date* (the article's published stamp, or the
        reference date passed to the parser), when it is no later than that day; ``None`` for a
        later day (``31`` over a stamp of the 1st: the month before, or a typo), which would be a
        guess.

        .. versionadded:: 0.2"""
        if not 1 <= day <= reference_date.day:
            return None
        return reference_date.replace(day=day)

    def read_slashed_date(self, written: regex.Match[str], agency: str | None) -> dt.date | None:
        """The date of a dateline's numeric date written with slashes (``03/07/2026``): day first
        when the first number cannot be a month (``13/07/2026``) or the agency's home writes the
        day first (``Vocabulary.agency_date_order``: ``(PTI)``), month first when the second
        cannot be a month or the agency's home writes the month first (``(AP)``), and ``None``
        when nothing decides (a wrong date is worse than none).

        .. versionadded:: 0.2"""
        first, second, year = int(written["first"]), int(written["second"]), int(written["year"])
        if first > 12 and second > 12:
            return None
        day_first = True if first > 12 else False if second > 12 else self.vocabulary.agency_date_order(agency)
        if day_first is None:
            return None
        day, month = (first, second) if day_first else (second, first)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    @staticmethod
    def day_month(month: int, day: int, reference_date: dt.date | None) -> dt.date | MonthDay | None:
        """The date of *day* in *month*, a dateline's date written with no year (``27.11.``): in the
        year :func:`resolve_year` reads from *reference_date* (``None`` when it reads none), a
        :class:`MonthDay` without one;
        ``ValueError`` when there is no such day.

        .. versionadded:: 0.2 (mendLD69)"""
        if reference_date is not None:
            return resolve_year(month, day, reference_date)
        return MonthDay(month, day)

    def read_date(self, written: str | None, reference_date: dt.date | None) -> dt.date | MonthDay | None:
        """The date of a dateline: a full date when the year is written or can be taken from
        *reference_date*, a :class:`MonthDay` otherwise, ``None`` when it is not a date."""
        if not written:
            return None
        dotted = _dotted_date().fullmatch(written, 0, None, KEEP_GIL)
        if dotted is not None:  # "Berlin, 03.11.2026 (dpa) -": day, month, year, as only those who put the day first write it
            try:
                if dotted["year"] is None:  # "Helsinki, 27.11. (STT)": the year the reference date's, else none
                    return self.day_month(int(dotted["month"]), int(dotted["day"]), reference_date)
                return dt.date(int(dotted["year"]), int(dotted["month"]), int(dotted["day"]))
            except ValueError:
                return None
        words = _DATE_WORDS.findall(written, 0, None, False, KEEP_GIL)
        month = day = year = None
        for word in words:
            if word.isdigit():
                if len(word) == 4:
                    year = int(word)
                elif day is None:
                    day = int(word)
            elif month is None:
                month = self.month_of(word)
        if month is None or day is None or not 1 <= day <= 31:
            return None
        if year is not None:
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
        if reference_date is not None:
            return resolve_year(month, day, reference_date)
        try:
            return MonthDay(month, day)
        except ValueError:
            return None

