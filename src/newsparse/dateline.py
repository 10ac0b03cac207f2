"""Datelines that open a wire story, and ``Published:`` / ``Updated:`` lines.

Both read dates through the :class:`~newsparse.vocabulary.Vocabulary`'s own dateutil
``parserinfo`` and never look at the clock: a date written without a year gets its year
from the ``reference_date`` the caller passes, or stays a :class:`~newsparse.MonthDay`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import ClassVar

import regex
from dateutil import parser as du_parser

from .errors import check_option
from .lines import Line
from .spans import Dateline, MonthDay, Span, Timestamp, TimestampKind
from .vocabulary import Vocabulary, alternation

__all__ = ["DatelineParser", "TimestampParser", "resolve_year"]

_DATE_WORDS = regex.compile(r"[\p{L}]+|\d+")
_LABEL_TAIL = regex.compile(r"\s++(?:on|at)$")
_ORDINAL_TOKEN = regex.compile(r"\d*(?:st|nd|rd|th|t|z)")
_NUMERIC_DATE = regex.compile(r"\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_PARENTHESES = regex.compile(r"\([^()]{0,40}\)")
_DOT_TIME = regex.compile(r"(?<![\d.])(\d{1,2})\.(\d\d)(?![\d.])")
_NOISE = regex.compile(r"(?<=\d)(?:st|nd|rd|th)\b|\b(?:at|on|of|the)\b|[,|·]|\s/\s")


def resolve_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The date with this month and day nearest to *reference*, at most about a month after it
    (a dateline is written on or just before the day it is filed), or ``None`` if there is no
    such calendar date (``Feb 30``)."""
    best: dt.date | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate - reference > dt.timedelta(days=31):
            continue
        if best is None or abs(candidate - reference) < abs(best - reference):
            best = candidate
    return best


class DatelineParser:
    """Finds a dateline at the start of the first body paragraph.

    Recognised shapes (the dash may be ``-``, ``--``, ``–``, ``—``, ``―``, ``_``, or ``:`` after a
    date or agency)::

        MOSCOW, Aug 13 (Reuters) -        BEIJING, Aug. 13 (Xinhua) --
        WASHINGTON (AP) —                 Paris (AFP) -
        SPRINGFIELD, Ill. (AP) —          HOUSTON, Feb 26 -
        WASHINGTON, March 12, Reuter -    LONDON —
        (CNN) ...                         KYIV, Ukraine, May 12 (Reuters) -

    A place in capitals needs no agency; a place in title case needs one, so that an ordinary
    sentence is never taken for a dateline.
    """

    #: The dashes that end a dateline.
    DASHES: ClassVar[tuple[str, ...]] = ("--", "-", "–", "—", "―", "_", ":")
    #: The most characters a dateline's place may have.
    MAX_PLACE: ClassVar[int] = 60

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = check_option("DatelineParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        v = self.vocabulary
        dash = alternation(self.DASHES)
        month = rf"(?:{v.month_pattern})\.?+"
        date = (
            rf"(?P<date>{month}\s++\d{{1,2}}(?:st|nd|rd|th)?+(?:,?+\s++\d{{4}})?+"
            rf"|\d{{1,2}}\s++{month}(?:\s++\d{{4}})?+)"
        )
        caps_word = r"[A-Z][A-Z.'’\-]*+"
        caps_place = rf"{caps_word}(?:[ ]{caps_word}){{0,5}}"
        title_word = r"[A-Z][\p{L}.'’\-]*+"
        not_month = rf"(?!(?:{v.month_pattern})\b)"
        region = rf"{not_month}{title_word}(?:[ ]{not_month}{title_word}){{0,3}}"
        agency = r"(?P<agency>[A-Z][\p{L}&.\- ]{0,40}?)"
        self._caps = regex.compile(
            rf"(?P<place>{caps_place}(?:,[ ]{region})?+)"
            rf"(?:,?\s++{date})?+"
            rf"(?:,\s++(?P<agency2>{v.agency_pattern}))?+"
            rf"(?:\s*+\({agency}\))?+"
            rf"\s*+(?P<dash>{dash})\s*+",
        )
        self._titled = regex.compile(
            rf"(?P<place>{region}(?:,[ ]{region})?+)"
            rf"(?:,\s++{date})?+"
            rf"\s*+\((?P<agency>{v.agency_pattern})\)"
            rf"\s*+(?P<dash>{dash})\s*+",
        )
        self._titled_dated = regex.compile(
            rf"(?P<place>{region}(?:,[ ]{region})?+),\s++{date}\s*+(?P<dash>{dash})\s*+",
        )
        self._agency_only = regex.compile(rf"\((?P<agency>{v.agency_pattern})\)\s*+(?:(?P<dash>{dash})\s*+)?")

    def parse(self, text: str, span: Span, reference_date: dt.date | None = None) -> Dateline | None:
        """The dateline at the start of ``text[span.start:span.end]``, or ``None``."""
        head = text[span.start : min(span.end, span.start + 200)]
        match = self.match(head)
        if match is None:
            return None
        if not self.is_followed_by_story(match, head[match.end() :], ends_span=span.end - span.start <= len(head)):
            return None
        place = match.groupdict().get("place")
        agency = match.groupdict().get("agency") or match.groupdict().get("agency2")
        date = self.read_date(match.groupdict().get("date"), reference_date)
        raw_end = match.end()
        raw = head[:raw_end].rstrip()
        return Dateline(
            place.strip() if place else None,
            agency.strip() if agency else None,
            date,
            raw,
            Span(span.start, span.start + len(raw)),
        )

    def match(self, head: str) -> regex.Match[str] | None:
        """The dateline match at the start of *head*; tried in order: capitals, title case, agency alone."""
        for pattern in (self._caps, self._titled, self._titled_dated):
            match = pattern.match(head)
            if match is not None and self.is_plausible(match):
                return match
        return self._agency_only.match(head)

    def is_followed_by_story(self, match: regex.Match[str], after: str, *, ends_span: bool) -> bool:
        """Whether the text after a dateline is the story.  A dateline may stand alone on its line
        (``SANTA CRUZ, Calif., Feb 26 -`` above a table); one with neither date nor agency
        (``LONDON —``) must be followed by a sentence, so that a headline such as
        ``ECONOMIC SPOTLIGHT - BANKAMERICA`` is not taken for one."""
        groups = match.groupdict()
        if groups.get("date") or groups.get("agency") or groups.get("agency2"):
            return bool(after.strip()) or ends_span
        words = after.split()
        return len(words) >= 6 and any(ch.islower() for ch in after[:80])

    def is_plausible(self, match: regex.Match[str]) -> bool:
        """Whether a pattern match is a dateline and not the start of a sentence.

        A place in capitals with no date and no agency (``LONDON —``) needs a real dash, a
        one-letter place (``A -``) is never a dateline, and the bracket after a place holds a known
        agency or a single word (``(Bernama)``), not any phrase (``(Fire Brigade Sources)``).
        """
        place = match["place"]
        if len(place) > self.MAX_PLACE or len(place.replace(".", "")) < 2:
            return False
        groups = match.groupdict()
        agency = groups.get("agency")
        if agency and len(agency.split()) > 1 and not self.vocabulary.is_agency(agency):
            return False
        has_more = bool(groups.get("date") or groups.get("agency") or groups.get("agency2"))
        if not has_more and match["dash"] in (":", "_"):
            return False
        return has_more or place.split(",")[0].isupper()

    def read_date(self, written: str | None, reference_date: dt.date | None) -> dt.date | MonthDay | None:
        """The date of a dateline: a full date when the year is written or can be taken from
        *reference_date*, a :class:`MonthDay` otherwise, ``None`` when it is not a date."""
        if not written:
            return None
        words = _DATE_WORDS.findall(written)
        month = day = year = None
        for word in words:
            if word.isdigit():
                if len(word) == 4:
                    year = int(word)
                elif day is None:
                    day = int(word)
            elif month is None:
                month = self.vocabulary.month_number(word)
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


class TimestampParser:
    """Reads a header line that gives when the article was published or updated.

    ``Published: Aug 13, 2024 11:14 PM``, ``Updated 1:39 am EST, Wednesday, November 20, 2019``,
    ``Nov. 19, 2019 8:03 am ET`` (no label: published), ``Updated: 2025-02-01T14:20:00Z``.
    Several stamps may share a line, separated by ``|``, ``·``, ``•``, ``;`` or a label in mid-line
    (``... GMT Last modified on ...``), beside short pieces that are not stamps.
    """

    #: Labels that mean the stamp is an update (matched in any case, with an optional ``on``/``at``).
    UPDATED_LABELS: ClassVar[tuple[str, ...]] = ("Updated", "Last updated", "Modified", "Last modified", "Revised")
    #: Labels that mean the stamp is the publication time (matched the same way).
    PUBLISHED_LABELS: ClassVar[tuple[str, ...]] = (
        "Published", "First published", "Posted", "Originally published", "Date", "Created", "Issued", "Release date",
    )
    #: The most words a piece of a stamp line that is not a stamp may have (a place, an outlet).
    MAX_OTHER_WORDS: ClassVar[int] = 6
    #: How many words into a line :meth:`find` looks for the start of a stamp.
    FIND_WORDS: ClassVar[int] = 6
    #: Words that may appear in a date besides month, weekday and zone names.
    DATE_FILLERS: ClassVar[tuple[str, ...]] = ("at", "on", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "of", "the", "t")

    def __init__(self, vocabulary: Vocabulary | None = None, *, dayfirst: bool = False) -> None:
        self.vocabulary = check_option("TimestampParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        self.dayfirst = check_option("TimestampParser", "dayfirst", dayfirst, bool) is True
        labels = alternation(list(self.UPDATED_LABELS + self.PUBLISHED_LABELS))
        self._label = regex.compile(rf"(?P<label>(?:{labels})(?:\s++(?:on|at))?+)\s*+[:\-–—]?+\s*+", regex.IGNORECASE)
        self._updated = frozenset(" ".join(label.casefold().split()) for label in self.UPDATED_LABELS)
        self._segment = regex.compile(r"[^|·•;]++")
        self._inner_label = regex.compile(rf"(?<=\s)(?:{labels})(?=\s|:)", regex.IGNORECASE)
        self._word_start = regex.compile(r"(?<![\p{L}\p{N}@])[\p{L}\p{N}]")
        self._token = regex.compile(r"[\p{L}.]+|\d+|[^\s\p{L}\d]")
        self._year = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.]\d\d(?!\d)")
        zones = [name for name, _ in self.vocabulary.TIMEZONES]
        self._words = (
            frozenset(w.casefold() for w in self.DATE_FILLERS)
            | frozenset(w.casefold() for w in zones)
            | frozenset(w.casefold() for w in self.vocabulary.NAIVE_TIMEZONES if " " not in w)
        )
        self._zone = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(zones)})(?![\p{{L}}])", regex.IGNORECASE)
        self._naive_zone = regex.compile(
            rf"(?<![\p{{L}}])(?:{alternation(list(self.vocabulary.NAIVE_TIMEZONES))})(?![\p{{L}}])"
        )

    def parse(self, lines: Sequence[Line], index: int, reference_date: dt.date | None = None) -> tuple[Timestamp, ...]:
        """The stamps on ``lines[index]``; empty when the line is not a timestamp line.

        Pieces between ``|`` or ``·`` that are not stamps may stand beside them when they are short
        (``New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM``).
        """
        line = lines[index]
        if len(line.text) > 160:
            return ()
        stamps: list[Timestamp] = []
        for segment in self.segments(line.text):
            if not segment.group().strip():
                continue
            stamp = self.parse_segment(segment.group(), line.span.start + segment.start(), reference_date)
            if stamp is not None:
                stamps.append(stamp)
            elif len(segment.group().split()) > self.MAX_OTHER_WORDS:
                return ()
        return tuple(stamps)

    def segments(self, text: str) -> list[regex.Match[str]]:
        """The pieces of a stamp line: split at ``|``, ``·``, ``;`` and before a label in mid-line
        (``Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT``)."""
        out: list[regex.Match[str]] = []
        for piece in self._segment.finditer(text):
            cuts = [m.start() for m in self._inner_label.finditer(text, piece.start() + 1, piece.end())]
            bounds = [piece.start(), *cuts, piece.end()]
            for a, b in itertools.pairwise(bounds):
                found = self._segment.match(text, a, b)
                if found is not None:
                    out.append(found)
        return out

    def find(self, text: str, offset: int, reference_date: dt.date | None) -> Timestamp | None:
        """A stamp inside *text* (which starts at *offset* in the input) among other words, as in a
        byline line ``By Jane Roe - Nov 19, 2019 8:03 am``: in each piece between ``|`` or ``·``,
        tried from each of the first few words, dropping up to four trailing words."""
        for segment in self._segment.finditer(text):
            piece_text = segment.group()
            starts = [m.start() for m in self._word_start.finditer(piece_text)][: self.FIND_WORDS]
            for start in starts:
                piece = piece_text[start:]
                for _ in range(5):
                    stamp = self.parse_segment(piece, offset + segment.start() + start, reference_date)
                    if stamp is not None:
                        return stamp
                    cut = piece.rstrip().rfind(" ")
                    if cut <= 0:
                        break
                    piece = piece[:cut]
        return None

    def parse_segment(self, segment: str, offset: int, reference_date: dt.date | None) -> Timestamp | None:
        """One ``[label] date`` piece of a line, starting at *offset* in the input."""
        lead = len(segment) - len(segment.lstrip())
        label_match = self._label.match(segment, lead)
        kind = TimestampKind.PUBLISHED
        start = lead
        if label_match is not None:
            kind = self.label_kind(label_match["label"])
            start = label_match.end()
        written = segment[start:].strip().rstrip(".,;")
        if not written or not self.is_date_only(written):
            return None
        when = self.read_datetime(written, reference_date)
        if when is None:
            return None
        begin = offset + segment.index(written, start)
        return Timestamp(when, kind, written, Span(begin, begin + len(written)))

    def label_kind(self, label: str) -> TimestampKind:
        """Which kind of stamp a label introduces."""
        bare = _LABEL_TAIL.sub("", " ".join(label.casefold().split()))
        return TimestampKind.UPDATED if bare in self._updated else TimestampKind.PUBLISHED

    def is_date_only(self, written: str) -> bool:
        """Whether *written* holds nothing but a date and time (so a sentence is never read as one)."""
        has_month = False
        for token in self._token.findall(written):
            word = token.casefold()
            if token.isdigit() or not token[0].isalnum() or word in self._words:
                continue
            if self.vocabulary.month_number(token) is not None:
                has_month = True
            elif not self.vocabulary.is_weekday(token) and not _ORDINAL_TOKEN.fullmatch(word):
                return False
        numeric = _NUMERIC_DATE.search(written) is not None
        return (has_month and any(ch.isdigit() for ch in written)) or numeric

    def read_datetime(self, written: str, reference_date: dt.date | None) -> dt.datetime | None:
        """The datetime *written* gives, or ``None`` when it has no year and there is no reference date."""
        if self._year.search(written) is None and reference_date is None:
            return None
        cleaned = self._naive_zone.sub(" ", _PARENTHESES.sub(" ", written))
        cleaned = self._zone.sub(lambda m: m.group().upper(), cleaned)
        cleaned = _DOT_TIME.sub(r"\1:\2", cleaned)
        cleaned = _NOISE.sub(" ", cleaned)
        default = dt.datetime(2000, 1, 1)  # a leap year, so "Feb 29" parses; the year is set below
        try:
            when = du_parser.parse(
                cleaned,
                parserinfo=self.vocabulary.parserinfo,
                default=default,
                dayfirst=self.dayfirst,
                tzinfos=self.vocabulary.tzinfos,
            )
        except (du_parser.ParserError, ValueError, ArithmeticError):  # ArithmeticError: Overflow, decimal
            return None
        if reference_date is not None and self._year.search(written) is None:
            dated = resolve_year(when.month, when.day, reference_date)
            if dated is None:
                return None
            when = when.replace(year=dated.year)
        return when
