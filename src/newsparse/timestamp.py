"""Timestamps: ``Published:`` / ``Updated:`` lines, and dates beside a byline.

Dates are read through the :class:`~newsparse.vocabulary.Vocabulary`'s own dateutil
``parserinfo``, never looking at the clock: a date written without a year gets its year from the
``reference_date`` the caller passes.  A zone is read only when it is certain: ``GMT+3`` is three
hours east of Greenwich, ``ET`` follows New York's summer time, an offset of a day or more is no
zone, and a zone name the vocabulary does not know leaves the stamp unread.
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from collections.abc import Sequence
from typing import ClassVar

import attrs
import regex

from .errors import check_option
from .lines import SPACED_WORD, Line, field_value
from .sharing import LazyPattern
from .spans import Span, Timestamp, TimestampKind
from .vocabulary import KEEP_GIL, NOTHING, Vocabulary, alternation, normalize_word

__all__ = ["TimestampParser", "composed_view", "falls_before", "reading_view", "resolve_year"]

_ORDINAL_TOKEN = regex.compile(r"\d*(?:st|nd|rd|th|t|z)")
_NUMERIC_DATE = regex.compile(
    r"""\d{4}-\d\d-\d\d | \d{4}[/.]\d{1,2}[/.]\d{1,2} | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}
      | (?<![\d\-])\d{1,2}-\d{1,2}-\d{4}(?![\d\-])   # with dashes, its year in full: 11-06-2024 (_DASHED_DATE)""",
    regex.VERBOSE,
)
_CJK_DATE = regex.compile(
    r"""(?P<year>\d{4})\s*+[年년]\s*+(?P<month>\d{1,2})\s*+[月월]\s*+(?P<day>\d{1,2})\s*+[日일]  # 2025年3月4日, 2025년 3월 4일
    """,
    regex.VERBOSE,
)


#: A date that is only a month's name, the day and a year of four digits, maybe after a weekday's
#: name, one or more spaces between (``Saturday  December 19  2015``, a stamp's commas cleaned out):
#: read without dateutil (:meth:`TimestampParser.plain_date`).
_PLAIN_DATE = regex.compile(
    r"""(?:(?P<weekday>\p{L}++)[ ]++)?   # a weekday's name (letters only, as dateutil splits a word)
        (?P<month>\p{L}++)[ ]++           # a month's name
        (?P<day>[0-9]{1,2}+)[ ]++         # the day, one or two digits
        (?P<year>[1-9][0-9]{3}+)          # the year, four digits""",
    regex.VERBOSE,
)


#: The year marks :data:`_CJK_DATE` cannot match without (a cheap test before it runs).
_CJK_YEAR_MARKS = ("年", "년")


def _cjk_to_iso(match: regex.Match[str]) -> str:
    """A Chinese, Japanese or Korean date as ISO (``2025年3月4日`` -> ``2025-03-04``)."""
    return f" {int(match['year']):04d}-{int(match['month']):02d}-{int(match['day']):02d} "


_LONG_NUMBER = regex.compile(r"\d{3,}")  # a number of three digits or more: a year, when a date has one
_SLASHED_NUMBERS = regex.compile(r"\d/\d")  # numbers joined by a slash, which only a numeric date may have
# a number of one or two digits alone after a year, closing a stamp: a count or another calendar's
# day, no clock ("14 March 2025 / 12 shares", "March 14, 2025, 11 Rabi ul Awal")
_BARE_TAIL = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?P<tail>(?:\s*+[,/])?+\s++\d{1,2}+)$")
_PARENTHESES = regex.compile(r"\([^()]{0,40}\)")
_DOT_TIME = regex.compile(r"(?<![\d.])(\d{1,2})\.(\d\d)(?![\d.])")
_NOISE = regex.compile(r"(?<=\d)(?:st|nd|rd|th)\b|[,|·•]|\s/\s|\s[–—]\s|(?<=\s)@(?=\s*+\d)")
# a wire story's version glued to its headline's first word, after an update label: "UPDATE 2-Acme cuts jobs"
_VERSION_SLUG = regex.compile(r"\d{1,2}+-(?P<word>\p{Lu}[\p{L}\p{M}]*+)")
_YEAR_FIRST = regex.compile(r"(?<!\d)\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d)")
# words of a labelled foreign stamp left out before it is read: the French first of the month's
# "er" ("1er mars 2019") and the Spanish "a las" before the time ("4 de marzo de 2025 a las 14:30")
_LABELLED_NOISE = regex.compile(r"(?<=(?<!\d)1)er(?![\p{L}])|(?<![\p{L}])a\s++las(?![\p{L}])", regex.IGNORECASE)
_DAY_MONTH = regex.compile(
    r"""(?<![\d/.])(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.]\d{2,4}(?![\d/.])       # 03/04/2024, 03.04.24
      | (?<![\d/.\-])(?P<first>\d{1,2})-(?P<second>\d{1,2})-\d{4}(?![\d/.\-])        # 11-06-2024 (_DASHED_DATE)""",
    regex.VERBOSE,
)
#: A numeric date with dashes and its year in full (``11-06-2024``): read only when its order is
#: decided (TimestampParser.undecided_dashes), as such pages write it either way round.
_DASHED_DATE = regex.compile(r"(?<![\d/.\-])\d{1,2}-\d{1,2}-\d{4}(?![\d/.\-])")
_RELATIVE_WORD = regex.compile(r"(?P<word>\p{L}[\p{L}'’]*+)(?=[\s,]|$)")  # "today", "aujourd'hui" (relative_day)
_DATE_SEPARATOR = regex.compile(r"[/.\-]")  # between the numbers of a numeric date: its year is the last
_LAST_WORD = regex.compile(r"\p{L}++")  # a word of letters: the weekday before a stamp (weekday_before)
_REST = regex.compile(r"(?s).*+")  # the rest of a text, from where it is matched to where it ends
_CLOCK = regex.compile(r"(?<![\d:])\d{1,2}:\d\d(?::\d\d)?+(?![\d:])")  # a clock time: "6:30PM", "10:00", "14:05:00"
# a clock written with "h" between hours and minutes, as French pages print it ("13 h 45", "13h45")
_H_CLOCK = regex.compile(r"(?:2[0-3]|[01]?+\d)[ \t]?+h[ \t]?+[0-5]\d")
_AM_PM = regex.compile(r"\d(?i:[ap]\.?m\b)")  # "6:30PM"
# an hour alone with its half of the day, a clock too ("9 p.m.", "11am"; not "9:30" nor "2.5pm")
_HOUR_HALF = regex.compile(r"(?<![\d:.])(?:1[0-2]|0?+[1-9])[ \t]?+(?i:[ap]\.?+[ \t]?+m)(?![\p{L}])")
#: A word in capitals that may be a zone's abbreviation, known to the vocabulary or not: two to five
#: capitals (``XYZ``, ``HAE``); shared with the composer, which reads it at a stamp line's end.
ZONE_SHAPE = regex.compile(r"\p{Lu}{2,5}+")
# a clock at the end of a piece with its half of the day and what joins it to the date ("..., 2026 at
# 9:00 AM", "... 2026 9 p.m."): a clock whose zone is written but unknown is left out with it
# (TimestampParser.without_zoned_clock)
_CLOCK_TAIL = regex.compile(
    r"""(?:[ \t,]++(?i:at|um|à|a[ ]las))?+[ \t,\-–—]*+               # " at", ", ", " - " before the clock
        (?:\d{1,2}[:.h]\d\d(?::\d\d)?+(?:[ \t]?+(?i:[ap]\.?+[ \t]?+m\.?+))?+  # "9:00 AM", "14.05", "9h30"
          |\d{1,2}[ \t]h[ \t]\d\d                                          # "13 h 45", as Quebec's pages space it
          |(?:1[0-2]|0?+[1-9])[ \t]?+(?i:[ap]\.?+[ \t]?+m\.?+)             # "9 p.m."
        )$""",
    regex.VERBOSE,
)
# a number after a stamp's clock time that no sign of a zone offset precedes ("8:03 pm 12:00",
# "8:03 pm 2/3"; not the "05" of "UTC-05:00" or the "0300" of "+0300")
_TAIL_NUMBER = regex.compile(r"(?<![\d:.+\-−–])\d++")
_ISO_TIME = regex.compile(r"\dT\d")
#: A clock that reads midnight, in any form a stamp writes it: ``00:00``, ``0:00:00``, ``00.00``,
#: ``00h00``, ``0 h 00``, ``12:00 AM``, ``12 a.m.`` (:meth:`TimestampParser.writes_time`).
_MIDNIGHT = regex.compile(
    r"""(?<![\d:.])(?:
          00?+(?:[:.]|[ \t]?+h[ \t]?+)00(?::00)?+(?![\d:])             # 00:00, 0:00:00, 00.00, 00h00, 0 h 00
        | 12(?:[:.]00(?::00)?+)?+[ \t]?+(?i:a\.?+[ \t]?+m)(?![\p{L}])    # 12:00 AM, 12.00am, 12 a.m.
        )""",
    regex.VERBOSE,
)
# a zone's abbreviation in capitals right before a clock, as some pages print it: "IST 08:45 AM",
# "GMT 10:00" (clean writes it after the clock, where dateutil reads it; fixT60)
_ZONE_BEFORE_CLOCK = regex.compile(
    r"""(?<![\p{L}\d])(?P<zone>\p{Lu}{2,5}+)[ \t]++                       # the zone: "IST "
        (?P<clock>\d{1,2}[:.]\d\d(?![\d])(?:[ \t]*+[AaPp]\.?+[Mm]\.?+(?![\p{L}]))?+)  # the clock: "08:45 AM", "10:00"
    """,
    regex.VERBOSE,
)
# an offset from UTC as a stamp is cleaned to before it is read ("GMT+1" -> " +0100 "), after a space
_CLEANED_OFFSET = regex.compile(r"(?<=\s)(?P<sign>[+\-])(?P<hours>\d\d)(?P<minutes>\d\d)(?!\d)")
# a half of the day written with a space inside, as Spanish copy writes it: "08:45 a. m.", "3:10 p. m."
_SPACED_HALF = regex.compile(r"(?<=\d[ \t]?+)(?P<half>[ap])\.[ \t]++(?P<m>m)\.?+(?![\p{L}])", regex.IGNORECASE)
# the half of the day glued to the word after it, as a page's run-together stamp line prints it
# ("3:45 pmIn News"): the clock keeps it when that word is dropped
_GLUED_HALF = regex.compile(r"(?i:[ap]\.?m\.?)(?=\p{Lu})")
#: A time's half of the day abbreviated with periods, ending a stamp (``4:02 p.m``): its last period
#: is the abbreviation's, kept in the stamp's text.
_HALF_DAY_END = regex.compile(r"\d[ \t]*+(?i:[ap]\.[ \t]?+m)$")
_UTC_OFFSET = regex.compile(
    r"""(?<![\p{L}])(?:GMT|UTC)\s*+       # a named offset from Greenwich: "GMT+3", "UTC -05:30"
        (?P<sign>[+\-−–])\s*+
        (?P<hours>\d{1,2})(?::?+(?P<minutes>\d\d))?+(?!\d)""",
    regex.VERBOSE,
)
# an offset from UTC alone in brackets after a clock, as Vietnamese and Indonesian pages print it:
# "27/11/2026, 15:05 (GMT+7)", "10:00 (UTC-3)" (clean unwraps it, the offset read as the zone; mendLD69)
_BRACKET_OFFSET = regex.compile(
    r"\([ \t]*+(?P<offset>(?:GMT|UTC)\s*+[+\-−–]\s*+\d{1,2}(?::?+\d\d)?+)[ \t]*+\)"
)
# a clock written with "h", as French and Spanish pages write it: "08h15", "8h", "09:30h"
_H_TIME = regex.compile(
    r"""(?<![\p{L}\d:.])(?P<hour>\d{1,2})h(?P<minute>\d\d)?+(?![\p{L}\d])   # "08h15", "8h"
      | (?<![\p{L}\d:.])(?P<hour>\d{1,2})[ ]h[ ](?P<minute>\d\d)(?![\p{L}\d])  # "14 h 05"
      | (?<=\d:\d\d)[ ]?+h(?![\p{L}\d])                                  # "09:30h", "14:05 h" """,
    regex.VERBOSE,
)
# the dash of a range of dates, after a space or a year: "March 2, 1941 - January 28, 2025", "1941–2025"
# (not the dash inside "13-Aug-2024")
_RANGE_DASH = regex.compile(r"(?:[ \t]++|(?<=(?<!\d)(?:1[89]|20)\d\d))[-–—][ \t]*+")
_YEAR_WORD = regex.compile(r"(?:1[89]|20)\d\d")
# a number or a word, then the dash of a range, right before a date: "June 12 - " of "June 12 - June 15, 2025"
_RANGE_BEFORE = regex.compile(r"(?P<word>[\p{L}.]++|\d++)[ \t]*+[-–—][ \t]*+$")
# a range of days in one month: a day right before the dash, a day right after it that is no clock
# ("June 12 – 15, 2025"; not "Jan. 5 - 10:30", "Jan. 5 - 10 a.m.", "Jan. 5 - 10h")
_DAY_BEFORE_DASH = regex.compile(r"(?<![\d.:])\d{1,2}$")
_DAY_AFTER_DASH = regex.compile(r"\d{1,2}(?![\d:.h])(?![ \t]*+[aApP]\.?[mM])")
# a range of days before the month's name, with or without spaces: "12-15 June 2025", "3 – 5 mars"
_DAYS_BEFORE_MONTH = regex.compile(
    r"(?<![\d.:/\-])\d{1,2}[ \t]*+[-–—][ \t]*+\d{1,2}(?![ \t]*+[aApP]\.?[mM](?!\p{L}))(?=[ \t]++\p{L})"
)
# A character that is a number of any kind: every character ``str.isdigit`` or ``\d`` accepts is one.
_NUMBER = regex.compile(r"\p{N}")
_GLUED_TIME = regex.compile(
    r"""(?<=(?<!\d)(?:1[89]|20)\d\d)      # a year ...
        (?=\d{1,2}:\d\d(?!\d))           # ... glued to a time: "Nov 20 20194:29 AM" """,
    regex.VERBOSE,
)
_GLUED_WORD = regex.compile(
    r"""(?<=(?<!\d)(?:1[89]|20)\d\d)      # a year ...
        (?=\p{Lu}\p{Ll}                 # ... glued to a capitalised word: "2022This article ..."
          |\p{Ll}{2})                    # or to a word in lower case, an icon's name: "2026timer3 min. read" (mendLT71)
        """,
    regex.VERBOSE,
)


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


# a character and the combining marks written after it, the unit that composing (NFC) may join
_CLUSTER = regex.compile(r"(?s:.)\p{M}*+")


def _nth_sunday(year: int, month: int, which: int) -> dt.date:
    """The *which*-th Sunday of *month* in *year* (``-1``: its last), where a summer time starts or ends."""
    if which < 0:
        last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() + 1) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (which - 1))


def falls_before(stamp: Timestamp, other: Timestamp) -> bool:
    """Whether *stamp* falls before *other*: both with a zone or both without one, by their times;
    one with a zone and one without, only when *stamp*'s day is more than a day before *other*'s
    (a zone moves a time by less than a day).  ``ArticleParser`` reads no update before the
    publication (``Published: Nov 3, 2026`` in the header, ``Updated: Nov 2, 2026`` in the body).

    A stamp with a date and no clock written (naive midnight, ``UPDATED: Tue., Nov. 19, 2019``) is
    compared by its day alone: it may fall at any time of it; a midnight written as a clock
    (``Updated: Nov 3, 2026 00:00``) is that time.

    .. versionadded:: 0.2"""
    date_only = any(
        s.datetime.tzinfo is None and s.datetime.time() == dt.time(0) and _CLOCK.search(s.text) is None
        for s in (stamp, other)
    )
    if date_only:
        return stamp.datetime.date() < other.datetime.date() - dt.timedelta(
            days=0 if (stamp.datetime.tzinfo is None) == (other.datetime.tzinfo is None) else 1
        )
    if (stamp.datetime.tzinfo is None) == (other.datetime.tzinfo is None):
        return stamp.datetime < other.datetime
    return stamp.datetime.date() < other.datetime.date() - dt.timedelta(days=1)


def day_of_later_clock(stamp: Timestamp, other: Timestamp) -> bool:
    """Whether *stamp* is a date with no clock written (naive midnight, ``Last Updated: January 15,
    2025``) on the day of *other*, which has a clock after midnight (``Posted: Jan 15, 2025 4:00 AM
    EST``): its datetime would read before *other*'s, and it tells nothing *other* does not, so
    ``ArticleParser`` reads no such update (fixT56a).

    .. versionadded:: 0.2"""
    when, then = stamp.datetime, other.datetime
    if when.tzinfo is not None or when.time() != dt.time(0) or _CLOCK.search(stamp.text) is not None:
        return False
    return when.date() == then.date() and then.time() != dt.time(0)


def composed_view(text: str) -> tuple[str, tuple[int, ...] | None]:
    """*text* composed (Unicode NFC: ``e`` and a combining acute as one ``é``), so that a label or
    a month name typed with decomposed accents (``Publié``, ``Veröffentlicht``) reads as the
    vocabulary writes it, and where each character of the composed text starts in *text*, one
    position a character and then ``len(text)``; ``None`` for the positions when *text* is
    composed already, or when composing joins characters across clusters (Hangul jamo): it is
    then read as written.

    .. versionadded:: 0.2"""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    view, positions = _clustered_view(text, read=False)
    if view != unicodedata.normalize("NFC", text):
        return text, None
    return view, positions


def _clustered_view(text: str, *, read: bool) -> tuple[str, tuple[int, ...]]:
    """For :func:`composed_view` and :func:`reading_view`: *text* composed a cluster at a time
    (:data:`_CLUSTER`), with *read* also without its invisible format characters and with its other
    spaces as plain ones; and where each character of the view starts in *text*, then ``len(text)``."""
    pieces: list[str] = []
    positions: list[int] = []
    for cluster in _CLUSTER.finditer(text):
        written = cluster.group()
        if read and _UNSEEN.fullmatch(written[0]):
            continue  # (its combining marks, if any, go with it: no letter to compose them with)
        if read and _OTHER_SPACE.fullmatch(written[0]):
            written = " " + written[1:]
        composed = unicodedata.normalize("NFC", written)
        pieces.append(composed)
        positions.extend(itertools.repeat(cluster.start(), len(composed)))
    positions.append(len(text))
    return "".join(pieces), tuple(positions)


def _composed(text: str) -> str:
    """*text* composed (NFC), for a test that gives no span back."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


#: A character a stamp is read without: an invisible format character (Unicode ``Cf``: a zero-width
#: space, a soft hyphen, a joiner, a bidi mark), which copied text leaves inside a label or a date
#: (``Updated\u200b:``, ``Up\u00addated``, ``Nov\u200b 3``).
_UNSEEN = regex.compile(r"\p{Cf}")
#: A space of another width (a no-break space, a thin or narrow one: Unicode ``Zs``), read as a
#: space (``Mis à\u00a0jour``), as a label of the vocabulary writes it.
_OTHER_SPACE = regex.compile(r"[^\P{Zs} ]")


def reading_view(text: str) -> tuple[str, tuple[int, ...] | None]:
    """*text* as a stamp is read from it: composed (:func:`composed_view`), without its invisible
    format characters (:data:`_UNSEEN`) and with its other spaces as plain ones (:data:`_OTHER_SPACE`),
    so that ``Mis à\u00a0jour le 3 novembre``, ``Updated\u200b: Nov 3`` and ``Aktuali\u00adsiert am``
    read their labels; and where each character of the view starts in *text*, then ``len(text)``
    (``None`` when *text* reads as written), as :func:`composed_view` gives them.

    .. versionadded:: 0.2"""
    if _UNSEEN.search(text, 0, None, KEEP_GIL) is None and _OTHER_SPACE.search(text, 0, None, KEEP_GIL) is None:
        return composed_view(text)
    view, positions = _clustered_view(text, read=True)
    if view != unicodedata.normalize("NFC", view):
        return text, None
    return view, positions


def _readable(text: str) -> str:
    """*text* as :func:`reading_view` reads it, for a test that gives no span back."""
    return reading_view(text)[0]


def _h_to_colon(match: regex.Match[str]) -> str:
    """A clock written with "h" as dateutil reads it: ``08h15`` -> ``08:15``, ``8h`` -> ``8:00``, ``09:30h`` -> ``09:30``."""
    if match["hour"] is None:
        return ""
    return f"{match['hour']}:{match['minute'] or '00'}"


class TimestampParser:
    """Reads a header line that gives when the article was published or updated.

    ``Published: Aug 13, 2024 11:14 PM``, ``Updated 1:39 am EST, Wednesday, November 20, 2019``,
    ``Nov. 19, 2019 8:03 am ET`` (no label: published), ``Updated: 2025-02-01T14:20:00Z``.
    Several stamps may share a line, separated by ``|``, ``·``, ``•``, ``;`` or a label in mid-line
    (``... GMT Last modified on ...``), beside short pieces that are not stamps.
    """

    #: Labels that mean the stamp is an update (matched in any case, with an optional ``on``/``at``).
    UPDATED_LABELS: ClassVar[tuple[str, ...]] = (
        "Updated", "Last updated", "Modified", "Last modified", "Revised", "Mis à jour", "Actualizado", "Aktualisiert",
        "Modifié", "Actualisé", "Modificado", "Geändert", "Updated date", "Modified date", "Last updated date",
        "Last modified date", "Aggiornato", "Ultimo aggiornamento", "Update", "Last update",
        # the update's noun, after "last" or alone, in each language: "Última actualización: 03/04/2025 14:05"
        "Última actualización", "Actualización", "Actualizada", "Act.", "Dernière mise à jour", "Mise à jour",
        "Dernière modification", "Letzte Aktualisierung", "Zuletzt aktualisiert", "Zuletzt geändert", "Aktualisierung",
        "Atualizado", "Atualizada", "Última atualização", "Atualização", "Aggiornata", "Ultima modifica", "Modificato",
        # a scraper's export or a page's front matter: "updated_at: 2025-01-09 10:00"
        "updated_at", "modified_at", "date_modified", "dateModified", "last_modified",
        # the Nordic languages' (fixL70): Finnish "Päivitetty 7.12.2026 klo 14.20", Swedish, Norwegian, Danish
        "Päivitetty", "Uppdaterad", "Oppdatert", "Opdateret",
    )
    #: Labels that mean the stamp is the publication time (matched the same way).
    PUBLISHED_LABELS: ClassVar[tuple[str, ...]] = (
        "Published", "First published", "Posted", "Originally published", "Originally posted", "Original", "Written", "Date",
        "Created", "Issued", "Release date", "Publié", "Publicado", "Veröffentlicht", "Pubblicato", "Erstellt",
        "Publiée", "Publicada", "Pubblicata",
        "published_at", "date_published", "datePublished", "publish_date", "pub_date", "created_at",
        "Erstmals veröffentlicht", "Zuerst veröffentlicht", "Publicado originalmente", "Initialement publié",
        "Stand",  # German "as of": the only stamp such a page prints, read as its publication (never month first)
        "Sent",  # an e-mail's header copied with a newsletter: "Sent: Thursday, December 5, 2024 9:12 AM" (mendLT66)
        # the Nordic languages' (fixL70): Finnish "Julkaistu 7.12.2026 klo 12.05", Swedish, Norwegian, Danish
        "Julkaistu", "Publicerad", "Publisert", "Publiceret",
    )
    #: Labels of :attr:`PUBLISHED_LABELS` that mean "as of": the publication when the page prints
    #: no other stamp, the update under a publication stamp (``Veröffentlicht am 04.03.2025`` over
    #: ``Stand: 05.03.2025``; :meth:`is_as_of`).
    AS_OF_LABELS: ClassVar[tuple[str, ...]] = ("Stand",)
    #: Labels of :attr:`PUBLISHED_LABELS` that name the first publication, which a page prints under its
    #: latest stamp when that one has no label (``Wed 5 Mar 2025 16.42 GMT`` over ``First published on Wed
    #: 5 Mar 2025 09.01 GMT``): the stamp above is then the update (:meth:`is_original`).
    ORIGINAL_LABELS: ClassVar[tuple[str, ...]] = (
        "First published", "Originally published", "Originally posted", "Erstmals veröffentlicht", "Zuerst veröffentlicht",
        "Publicado originalmente", "Initialement publié",
    )
    #: Month names of the languages whose labels :attr:`PUBLISHED_LABELS` and :attr:`UPDATED_LABELS`
    #: hold (French, Italian, Spanish, Portuguese, German), January first, with their abbreviations.  They
    #: are read in a stamp that opens with a label (``Publié le 18 novembre 2019 à 09h12``,
    #: ``Pubblicato il 18 novembre 2019``), or without one only between a day's number and a year
    #: of four digits (``5 de marzo de 2024 - 10:42``, ``5. März 2024, 10:42 Uhr``;
    #: :meth:`opens_foreign_date`), so that ``Mars`` or ``Mai`` in a line of English is never a month.
    LABELLED_MONTHS: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("janvier", "janv.", "gennaio", "gen.", "enero", "ene.", "Januar", "Jänner", "janeiro"),
        ("février", "fevrier", "févr.", "fevr.", "febbraio", "febrero", "Februar", "Feber", "fevereiro"),
        ("mars", "marzo", "März", "Maerz", "março"),
        ("avril", "avr.", "aprile", "abril", "April"),
        ("mai", "maggio", "mag.", "mayo", "maio"),
        ("juin", "giugno", "giu.", "junio", "Juni", "junho"),
        ("juillet", "juil.", "luglio", "lug.", "julio", "Juli", "julho"),
        ("août", "aout", "agosto", "ago.", "August"),
        ("septembre", "sept.", "settembre", "sett.", "set.", "septiembre", "setiembre", "September", "setembro"),
        ("octobre", "oct.", "ottobre", "ott.", "octubre", "Oktober", "Okt.", "outubro"),
        ("novembre", "nov.", "noviembre", "November", "novembro"),
        ("décembre", "decembre", "déc.", "dicembre", "dic.", "diciembre", "Dezember", "Dez.", "dezembro"),
    )
    #: Weekday names of the same languages, Monday first: read in a labelled stamp as the
    #: vocabulary's own weekday (``Publié le lundi 18 novembre 2019`` -> ``Monday 18 November 2019``),
    #: so that a weekday the date contradicts leaves the stamp unread, as in English
    #: (:meth:`weekday_contradicts`).
    #:
    #: .. versionchanged:: 0.2 one tuple of names a day (was one tuple of all the names), checked against the date.
    LABELLED_WEEKDAYS: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("lundi", "lunedì", "lunedi", "lunes", "Montag", "segunda-feira"),
        ("mardi", "martedì", "martedi", "martes", "Dienstag", "terça-feira"),
        ("mercredi", "mercoledì", "mercoledi", "miércoles", "miercoles", "Mittwoch", "quarta-feira"),
        ("jeudi", "giovedì", "giovedi", "jueves", "Donnerstag", "quinta-feira"),
        ("vendredi", "venerdì", "venerdi", "viernes", "Freitag", "sexta-feira"),
        ("samedi", "sabato", "sábado", "Samstag", "Sonnabend"),
        ("dimanche", "domenica", "domingo", "Sonntag"),
    )
    #: The labels of :attr:`PUBLISHED_LABELS` and :attr:`UPDATED_LABELS` in languages whose readers
    #: write the day first: a numeric date after one that reads both ways (``Pubblicato il
    #: 04/03/2025``, ``Veröffentlicht am 12.05.2025``) is read day first, never month first, unless
    #: a ``dayfirst`` was given to the parser (:meth:`read_day_first`), its year of two digits or four.
    DAY_FIRST_LABELS: ClassVar[tuple[str, ...]] = (
        "Mis à jour", "Actualizado", "Aktualisiert", "Modifié", "Actualisé", "Modificado", "Geändert", "Stand", "Aggiornato",
        "Ultimo aggiornamento", "Publié", "Publicado", "Veröffentlicht", "Pubblicato", "Erstellt",
        "Última actualización", "Actualización", "Actualizada", "Act.", "Dernière mise à jour", "Mise à jour",
        "Dernière modification", "Letzte Aktualisierung", "Zuletzt aktualisiert", "Zuletzt geändert", "Aktualisierung",
        "Atualizado", "Atualizada", "Última atualização", "Atualização", "Aggiornata", "Ultima modifica", "Modificato",
        "Publiée", "Publicada", "Pubblicata",
        "Päivitetty", "Uppdaterad", "Oppdatert", "Opdateret", "Julkaistu", "Publicerad", "Publisert", "Publiceret",
    )
    #: Words for a day counted from the parser's reference date, which a labelled stamp may open with
    #: (``Published: today at 10:05``, ``Aktualisiert: gestern, 18:30 Uhr``): the days from it.  Read
    #: only when ``parse`` is given a ``reference_date`` (:meth:`relative_day`).
    #:
    #: .. versionadded:: 0.2
    RELATIVE_DAYS: ClassVar[dict[str, int]] = {
        "today": 0, "yesterday": -1, "aujourd'hui": 0, "hier": -1, "heute": 0, "gestern": -1, "hoy": 0, "ayer": -1,
        "oggi": 0, "ieri": -1, "hoje": 0, "ontem": -1,
    }
    #: Words that may follow a label before the date: ``Updated on``, ``Publié le``, ``Veröffentlicht am``.
    LABEL_TAILS: ClassVar[tuple[str, ...]] = ("on", "at", "le", "el", "am", "um", "à", "a las", "il", "alle", "em")
    #: Words between the parts of a date that are left out before it is read: ``4 de marzo de
    #: 2025``, ``Aug 13 at 10:00``.
    DROPPED_WORDS: ClassVar[tuple[str, ...]] = (
        "at", "on", "of", "the", "de", "del", "el", "le", "à", "às", "um", "den", "alle", "ore", "Uhr",
        "horas", "hrs", "hs",  # the Spanish hours after a clock: "a las 14.30 horas", "14:30 hs"
        "kl.",  # the Scandinavian "o'clock" before a clock: "3 december 2026 kl. 08.15" (fixL69)
        "klo",  # the Finnish one: "7.12.2026 klo 12.05" (fixL70)
    )
    #: The most words a piece of a stamp line that is not a stamp may have (a place, an outlet).
    MAX_OTHER_WORDS: ClassVar[int] = 6
    #: How many words into a line :meth:`find` looks for the start of a stamp.
    FIND_WORDS: ClassVar[int] = 6
    #: How many trailing words :meth:`find` drops, one at a time, from a piece that is no date.
    FIND_DROP_WORDS: ClassVar[int] = 4
    #: How many characters of a text :meth:`find` reads, so that a huge line stays cheap.
    FIND_CHARS: ClassVar[int] = 200
    #: The marks a stamp never ends in: :meth:`parse_segment` strips them from the end of what it
    #: reads (``Nov 19, 2019.``, ``October 12, 2018/``).
    TRAILING_MARKS: ClassVar[str] = ".,;-–—/(·•"
    #: How many characters before a date :meth:`closes_range` reads for the dash of a range.
    RANGE_LOOKBEHIND: ClassVar[int] = 24
    #: Words written after a clock time (``14:05 Uhr``, ``14:05 h``), which a clock alone on its
    #: line (:meth:`is_clock_line`) may end with.
    CLOCK_WORDS: ClassVar[tuple[str, ...]] = ("Uhr", "h", "horas", "hrs", "hs")
    #: Words of a remark in brackets after a stamp that says its clock is local time, in the
    #: languages of the labels (``(heure de Paris)``, ``(hora peninsular)``, ``(Ortszeit)``,
    #: ``(local time)``): :meth:`local_time_remark` leaves such a remark out of the stamp, which
    #: reads no zone from it (Paris or Madrid time is a place's, never a fixed offset).
    #:
    #: .. versionadded:: 0.2
    LOCAL_TIME_WORDS: ClassVar[tuple[str, ...]] = ("time", "heure", "hora", "horário", "Ortszeit", "Uhrzeit", "ora")
    #: The most words a remark of :attr:`LOCAL_TIME_WORDS` in brackets may have (``(hora de la
    #: España peninsular)``).
    #:
    #: .. versionadded:: 0.2
    MAX_REMARK_WORDS: ClassVar[int] = 5
    #: How many characters at the end of a stamp :meth:`bare_local_time_remark` reads for a remark.
    REMARK_CHARS: ClassVar[int] = 80
    #: The earliest year a stamp may have: an earlier one is another calendar's (``14 Ramadan 1446 /
    #: 14 March 2025``), whose date is no stamp.
    #:
    #: .. versionadded:: 0.2
    MIN_YEAR: ClassVar[int] = 1800
    #: Words in lower case between the capitalised words of a place's name (``Santiago de Chile``,
    #: ``Frankfurt am Main``), which a place before a stamp (:meth:`after_place_dash`) and a
    #: dateline's place in title case (``DatelineParser.PLACE_PARTICLES``, this list) may hold.
    #:
    #: .. versionadded:: 0.2
    PLACE_PARTICLES: ClassVar[tuple[str, ...]] = (
        "de", "del", "de la", "de los", "de las", "do", "da", "dos", "das", "di", "am", "an der", "upon", "on", "sur",
    )
    #: How many characters before a stamp :meth:`weekday_before` reads for a weekday's name.
    #:
    #: .. versionadded:: 0.2
    WEEKDAY_LOOKBEHIND: ClassVar[int] = 24
    #: The longest line :meth:`is_clock_line` reads.
    MAX_CLOCK_LINE_CHARS: ClassVar[int] = 24
    #: The longest line :meth:`parse` reads as a stamp line.
    MAX_LINE_CHARS: ClassVar[int] = 160
    #: The largest offset from UTC, in hours, that is a time zone (UTC-12 to UTC+14).
    MAX_OFFSET_HOURS: ClassVar[int] = 14
    #: The offsets from UTC, in hours, of the zones whose readers write the month first
    #: (North America, ``03/04/2025 10:00 EST``); a numeric date beside any other zone but a
    #: universal one (:attr:`UNIVERSAL_ZONES`) puts the day first (``04/03/2025 14:32 CET``).
    MONTH_FIRST_HOURS: ClassVar[tuple[float, float]] = (-10.0, -3.5)
    #: The most words a clock-time piece of a stamp line may have to join the date before it (``14:32 CET``).
    MAX_CLOCK_WORDS: ClassVar[int] = 3
    #: Zone names that say nothing about where the reader lives.
    UNIVERSAL_ZONES: ClassVar[tuple[str, ...]] = ("UTC", "GMT", "Z")
    #: Universal zones that a page prints as its own clock where the day comes first: ``GMT`` is
    #: Britain's and Ireland's winter clock, as ``BST`` is their summer one; North American pages
    #: print it rarely.  A stamp in one is a sign that the page writes the day first
    #: (:meth:`in_day_first_zone`, ``ArticleParser.read_day_first``).
    #:
    #: .. versionadded:: 0.2
    DAY_FIRST_UNIVERSAL_ZONES: ClassVar[tuple[str, ...]] = ("GMT",)
    #: How a word in capitals after a clock ends when it may be a zone's abbreviation that no list
    #: knows (``EST``, ``CEST``, ``MEZ``; :meth:`without_zoned_clock`): a word ending otherwise is
    #: a credit or an outlet (``9:00 AM PHOTO``), and the clock stays.
    #:
    #: .. versionadded:: 0.2
    ZONE_WORD_ENDINGS: ClassVar[tuple[str, ...]] = ("T", "Z")
    #: Words that may appear in a date besides month, weekday and zone names.
    DATE_FILLERS: ClassVar[tuple[str, ...]] = (
        "at", "on", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "of", "the", "t", "de", "del", "el", "le", "à", "um", "den",
        "h",  # a clock written with "h": "08h15", "09:30h"
        "alle", "ore", "Uhr",  # "18 novembre 2019 alle 09:12", "um 09:12 Uhr"
        "às",  # "12 de maio de 2025 às 14h05"
        "horas", "hrs", "hs",  # "4 de marzo de 2025 a las 14.30 horas", "14:30 hs"
        "kl.",  # "3 december 2026 kl. 08.15" (fixL69)
        "klo",  # "7.12.2026 klo 12.05" (fixL70)
    )
    #: Words of :attr:`DATE_FILLERS` that join the parts of a date and never end one: a run of date
    #: words that ends in them stops before them (:meth:`date_run_end`: ``Saturday March 15 2025,
    #: 7.30pm, The Times`` ends at the clock, the outlet's name whole).
    #:
    #: .. versionadded:: 0.2
    DATE_JOINERS: ClassVar[tuple[str, ...]] = (
        "at", "on", "of", "the", "t", "de", "del", "el", "le", "à", "um", "den", "alle", "ore", "às",
        "kl.", "klo",  # (fixL69, fixL70)
    )

    def __init__(self, vocabulary: Vocabulary | None = None, *, dayfirst: bool | None = None) -> None:
        self.vocabulary = check_option("TimestampParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        # a numeric date that reads both ways: as told, else as the vocabulary's language writes it
        checked = check_option("TimestampParser", "dayfirst", dayfirst, bool)
        self.dayfirst = self.vocabulary.DAYFIRST if checked is None else checked
        self._dayfirst_given = checked is not None  # a month-first order asked for is kept after any label
        # the first characters of the life dates' marks (is_life_dates)
        self._birth_chars = frozenset(mark[0] for mark in self.BIRTH_MARKS)
        self._death_chars = frozenset(mark[0] for mark in self.DEATH_MARKS)
        # the vocabulary's spelled-out zones, a longer name before one it ends with ("australian eastern
        # standard time" before "eastern standard time"), and folded once for one str.endswith (without_spelled_zone)
        self._spelled_zones = tuple(sorted(self.vocabulary.SPELLED_ZONES, key=lambda pair: -len(pair[0])))
        self._spelled_zone_ends = tuple(spelled for spelled, _ in self._spelled_zones)
        # their last words ("time", "zone"): a piece without one holds no zone spelled out mid-way (spelled_zone_abbreviated)
        self._spelled_zone_lasts = tuple({spelled.rsplit(None, 1)[-1] for spelled in self._spelled_zone_ends if spelled})
        self._life_name_chars = self.MAX_LIFE_NAME_WORDS * self.LIFE_DATE_WORD_CHARS  # (a name's longest, read whole)
        labels = alternation(list(self.UPDATED_LABELS + self.PUBLISHED_LABELS))
        tails = alternation(list(self.LABEL_TAILS))
        # Markdown's marks of emphasis (Vocabulary.EMPHASIS_MARKS), each not followed by another mark
        marks = self.vocabulary.EMPHASIS_MARKS
        self._emphasis_chars = "".join(sorted({ch for mark in marks for ch in mark}))
        emphasis = (
            rf"(?:{alternation(list(marks))})(?![{regex.escape(self._emphasis_chars)}])" if self._emphasis_chars else NOTHING
        )
        self._label = regex.compile(
            # the label, maybe its tail ("on", "at"), and a colon, a comma or a dash after it: "Updated, June 3, 2026";
            # maybe in Markdown emphasis: "**Updated:** 12 May 2025", "*Published*: ...", or a JSON object's
            # key in quotation marks: '"published_at": "2025-01-08T10:00:00Z",'
            rf"(?:(?&_emphasis)|(?P<key>\")(?=(?&_labels)\"\s*+:))?+(?P<label>(?&_labels)(?:\s++(?:{tails})(?![\p{{L}}]))?+)"
            rf"(?(key)\"|(?&_emphasis)?+)\s*+[:,\-–—]?+(?&_emphasis)?+\s*+"
            # (the labels, called twice, and the emphasis marks, three times: one compiled copy each, mem62)
            rf"(?(DEFINE)(?P<_labels>{labels})(?P<_emphasis>{emphasis}))",
            regex.IGNORECASE,
        )
        self._label_tail = regex.compile(rf"\s++(?:{tails})$")
        # a label that closes the words before a stamp: "NEW DELHI, Updated: " (label_start; compiled
        # when first used: only a stamp with words before it on its line asks)
        self._closing_label = LazyPattern(
            rf"(?<![\p{{L}}\p{{N}}])(?:{labels})(?:\s++(?:{tails})(?![\p{{L}}]))?+\s*+[:\-–—]?+\s*+$", regex.IGNORECASE
        )
        english = [names[-1] for names in self.vocabulary.MONTHS]
        self._labelled_months = {
            normalize_word(word): english[number]
            for number, names in enumerate(self.LABELLED_MONTHS[: len(english)])
            for word in names
        }
        own_weekdays = [names[-1] for names in self.vocabulary.WEEKDAYS]
        if any(isinstance(names, str) for names in self.LABELLED_WEEKDAYS):
            # (the shape before 0.2 was one flat tuple of names: each name would be read letter by letter)
            raise TypeError(
                f"{type(self).__name__}.LABELLED_WEEKDAYS must be a tuple of seven tuples of names, one a day, "
                "Monday first, e.g. (('lundi', 'lunes'), ('mardi', 'martes'), ...), not a flat tuple of names"
            )
        self._labelled_weekdays = {
            normalize_word(word): own_weekdays[number]
            for number, names in enumerate(self.LABELLED_WEEKDAYS[: len(own_weekdays)])
            for word in names
        }
        weekday_words = [word for names in self.LABELLED_WEEKDAYS for word in names]
        foreign = [w.rstrip(".") for names in self.LABELLED_MONTHS for w in names] + weekday_words
        # a month or weekday name of another language, a whole word (with its abbreviation's dot)
        self._foreign_word = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(foreign)})\.?+(?![\p{{L}}])", regex.IGNORECASE)
        months = alternation([w.rstrip(".") for names in self.LABELLED_MONTHS for w in names])
        # a whole date with a month of another language and no label: "5 de marzo de 2024", "5. März 2024"
        self._foreign_date = regex.compile(
            rf"""(?:(?:{alternation(weekday_words)}),?+\s++)?+   # lunes, (read as the vocabulary's weekday)
                 (?:[1-9]|[0-2]\d|3[01])\.?+\s++                        # 5, 5.
                 (?:(?:de|del)\s++)?+(?:{months})\.?+\s++              # de marzo, März, nov.
                 (?:(?:de|del)\s++)?+(?:1[89]|20)\d\d(?!\d)             # de 2024""",
            regex.VERBOSE | regex.IGNORECASE,
        )
        self._dropped = regex.compile(rf"(?<![\p{{L}}])(?:{alternation(list(self.DROPPED_WORDS))})(?![\p{{L}}])", regex.IGNORECASE)
        self._as_of = regex.compile(rf"\s*+(?:{alternation(list(self.AS_OF_LABELS))})(?![\p{{L}}])", regex.IGNORECASE)
        self._original = regex.compile(
            rf"\s*+(?:{emphasis})?+(?:{alternation(list(self.ORIGINAL_LABELS))})(?![\p{{L}}])", regex.IGNORECASE
        )
        self._updated = frozenset(" ".join(label.casefold().split()) for label in self.UPDATED_LABELS)
        self._day_first_labels = frozenset(" ".join(label.casefold().split()) for label in self.DAY_FIRST_LABELS)
        # a piece of a stamp line between separators: "|", "·", "•", ";", or a slash with spaces around it
        # (a slash between numbers stays inside a piece, "14 Ramadan 1446 / 14 March 2025", unless a word
        # in lower case that is no month follows the number after it: "Updated / 2 min read / 8 Oct 2024")
        month_words = rf"(?i:{self.vocabulary.month_pattern})(?![\p{{L}}])"
        self._segment = regex.compile(
            rf"""(?:[^|·•;/]++|(?<=\S)/(?=\S)
                 |(?<=\d[ \t]{{0,3}})/(?=\s*+\d)(?![ \t]*+\d++[ \t\-]*+(?!{month_words})\p{{Ll}}))++""",
            regex.VERBOSE,
        )
        # a label in mid-line, after a space or glued to the stamp before it: "2025Updated12:10"; or after an
        # opening bracket: "Updated 5 March 2025 16:42 (first published 5 March 2025 09:01)"
        self._inner_label = regex.compile(rf"(?<=\s|\d|\s\()(?:{labels})(?=\s|:|\d)", regex.IGNORECASE)
        # a capitalised label glued to the zone that ends the stamp before it, as a page copied with
        # its spaces lost prints two stamps: "10:45 PM GMTUpdated 12 Nov 2026" (segments; the zone's
        # name in capitals, as the vocabulary writes it)
        glued_zones = alternation([name for name, _ in self.vocabulary.TIMEZONES if name.isupper()])
        self._zone_glued_label = regex.compile(
            rf"(?<=(?<![\p{{L}}])(?:{glued_zones}))(?=\p{{Lu}})(?i:{labels})(?=\s|:|\d)"
        )
        # a capitalised word glued to the half of the day or the zone that ends a clock, as a page copied
        # with its spaces lost prints the next label or a share button: "9:15 amUpdated March 3, 2025",
        # "09.15 GMTShare" (segments)
        self._clock_glued_word = regex.compile(
            rf"""(?<=\d[ \t]?+(?:[ap]\.?m\.?|[AP]\.?M\.?|(?<![\p{{L}}])(?:{glued_zones})))  # "9:15 am", "09.15 GMT" ...
                 (?=\p{{Lu}}\p{{Ll}})                                                 # ... glued to "Updated", "Share" """,
            regex.VERBOSE,
        )
        self._space_word = SPACED_WORD
        # a news agency in brackets that ends a stamp line, the page's credit: "March 3, 2025 10:00 GMT [Reuters]"
        # (segments: a piece of its own, no part of the stamp; lay58); a name in brackets the vocabulary knows
        # as an agency (Vocabulary.is_agency: one more copy of the agencies' alternation took 48 KB; merge58)
        self._agency_tail = regex.compile(r"[ \t]++[\[(](?P<name>[^\[\]()\n]{1,60}+)[\])][ \t]*+$")
        # where a word starts, or a capitalised word glued to a lower-case letter ("PressDecember 2")
        # where a word opens: after no letter or digit; a capital glued after a lower-case letter
        # ("Jane RoeDecember 2"); a clock glued after one ("Jane Roe15:45, Aug 14 2025")
        self._word_start = regex.compile(
            r"""(?<![\p{L}\p{N}@])[\p{L}\p{N}]
              | (?<=\p{Ll})\p{Lu}(?=\p{Ll})
              | (?<=\p{Ll})\d(?=\d?:\d\d(?!\d))""",
            regex.VERBOSE,
        )
        self._token = regex.compile(r"[\p{L}.]+|\d+|[^\s\p{L}\d]")
        self._year = regex.compile(
            r"""(?<!\d)(?:1[89]|20)\d\d(?!\d)                        # 1987, 2024
              | (?<![\d/.])\d{1,2}[/.]\d{1,2}[/.]\d\d(?!\d)            # 13/08/24
              | (?<!\d)\d{4}-\d\d-\d\d(?!\d)                        # any year of an ISO date: 9999-12-31""",
            regex.VERBOSE,
        )
        zones = [name for name, _ in self.vocabulary.TIMEZONES] + [n for n, _ in self.vocabulary.REGIONAL_TIMEZONES]
        # the zones that are English words too, read in capitals only, as written ("9:00 AM ART")
        cased = [name for name, _ in self.vocabulary.CASED_TIMEZONES if name]
        self._cased_zones = frozenset(cased)
        self._zone_abbreviations = frozenset(zones) | self._cased_zones  # (zone_after_clock)
        zone_names = alternation(zones) + (rf"|(?-i:{alternation(cased)})" if cased else "")
        # the names' first characters looked at before the names are tried: with its part in capitals
        # only, the `regex` module tries every name at every position (55 µs a search of a 21-character
        # stamp, 7 µs with the look; the same matches: no name starts with another character; speed68)
        firsts = sorted({name[0] for name in (*zones, *cased) if name})
        if firsts:
            zone_names = rf"(?=[{''.join(regex.escape(ch) for ch in firsts)}])(?:{zone_names})"
        self._words = (
            frozenset(w.casefold() for w in self.DATE_FILLERS)
            | frozenset(w.casefold() for w in zones)
            | frozenset(w.casefold() for w in self.vocabulary.NAIVE_TIMEZONES if " " not in w)
        )
        self._zone = regex.compile(rf"(?<![\p{{L}}])(?:{zone_names})(?![\p{{L}}])", regex.IGNORECASE)
        # a zone's name alone in brackets after a clock, as Indian, African and Gulf pages print it:
        # "Nov 23, 2024 10:12 (IST)", "10:15 (EAT)" (clean unwraps it before it drops brackets)
        self._bracket_zone = regex.compile(rf"\([ \t]*+(?P<zone>{zone_names})[ \t]*+\)", regex.IGNORECASE)
        self._naive_zone = regex.compile(
            rf"(?<![\p{{L}}])(?:{alternation(list(self.vocabulary.NAIVE_TIMEZONES))})(?![\p{{L}}])"
        )
        # (its words as written: the pattern, case-sensitive, runs only on a text that holds one)
        self._naive_zone_words = tuple(zone for zone in self.vocabulary.NAIVE_TIMEZONES if zone)
        # a clock of four digits with no colon before a zone name, as some wire pages print it:
        # "1909 GMT (0309 HKT) November 18, 2019"
        self._zone_clock = regex.compile(
            rf"""(?<![\d:.])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)   # 1909
                 (?=[ \t]*+(?:{zone_names})(?![\p{{L}}]))        # then a zone: GMT""",
            regex.VERBOSE | regex.IGNORECASE,
        )
        # a clock time alone, as a live blog heads each entry: "10:42 a.m.", "9 p.m. ET", "7.30pm"
        hour = alternation(list(self.vocabulary.HOUR_LETTERS))
        words = alternation(list(self.CLOCK_WORDS))
        zone = zone_names
        self._clock_line = regex.compile(
            rf"""(?:(?:2[0-3]|[01]\d|\d):[0-5]\d(?:[ \t]*+[ap]\.?+[ \t]?+m\.?+)?+      # 10:42, 10:42 a.m.
                  | (?:1[0-2]|0?+\d)(?:\.[0-5]\d)?+[ \t]*+[ap]\.?+[ \t]?+m\.?+      # 10 p.m., 7.30pm (not 8.50)
                  | (?:2[0-3]|[01]\d|\d)(?:{hour})[0-5]\d                           # 16h30 (not 16h: a duration)
                  | (?P<spaced>(?:2[0-3]|[01]\d|\d)[ ](?:{hour})[ ][0-5]\d)       # 14 h 05 (see is_clock_line)
                  | (?:2[0-3]|[01]\d|\d)\.[0-5]\d(?=[ \t]++(?:{words}|{zone})(?![\p{{L}}])))  # 16.05 horas, 22.10 GMT
                (?P<tail>[ \t]++(?:{words})(?![\p{{L}}]))?+   # 14:05 Uhr, 14:05 h
                (?P<zone>[ \t]++(?:{zone_names}))?+                              # ET, GMT""",
            regex.VERBOSE | regex.IGNORECASE,
        )
        # a remark in brackets that ends a stamp: "(heure de Paris)" (local_time_remark)
        self._remark = regex.compile(r"\((?P<words>[\p{L}\p{M}'’.\- \t]{1,80}+)\)[ \t]*+")
        self._local_words = frozenset(normalize_word(word) for word in self.LOCAL_TIME_WORDS)
        self._naive_phrases = frozenset(phrase.casefold() for phrase in self.vocabulary.NAIVE_TIMEZONES)
        # a place's name in title case, up to four capitalised words and the particles between
        # them, and a dash between spaces before a stamp: "Buenos Aires - 11 feb 2025 - 13:20 CET",
        # "Frankfurt am Main – 4. März 2025, 14:30 Uhr" (after_place_dash)
        place_word = r"\p{Lu}[\p{L}\p{M}.'’\-]*+"
        particle = rf"(?:[ ](?:{alternation(list(self.PLACE_PARTICLES))}))?+"
        self._place_dash = regex.compile(
            rf"(?P<place>{place_word}(?:{particle}[ ]{place_word}){{0,3}}+)[ ]++[-–—][ ]++(?P<rest>\S.*+)"
        )
        self._fixed_zones = {
            name.upper(): int(hours * 3600) for name, hours in (*self.vocabulary.TIMEZONES, *self.vocabulary.CASED_TIMEZONES)
        }
        self._regional_zones = {name.upper(): zone for name, zone in self.vocabulary.REGIONAL_TIMEZONES}
        self._daylight = {name.upper(): season for name, season in self.vocabulary.DAYLIGHT_TIMEZONES}
        self._universal = frozenset(self.UNIVERSAL_ZONES)
        self._joiners = frozenset(word.casefold() for word in self.DATE_JOINERS)

    def might_be_stamp_line(self, line: Line) -> bool:
        """A cheap test that every line :meth:`parse`
        reads stamps from passes: no longer than its ``MAX_LINE_CHARS``, with a digit in it (a date
        needs one, :meth:`might_hold_date`).  A subclass that reads dates without digits overrides
        :meth:`might_hold_date`."""
        text = line.text
        return len(text) <= self.MAX_LINE_CHARS and self.might_hold_date(text)

    def may_end_in_stamp(self, text: str) -> bool:
        """Whether a stamp that :meth:`find` reads in *text* may end where *text* ends (but for
        spaces): not when *text* ends in one of :attr:`TRAILING_MARKS`, a cheap test before a
        search for a stamp that must end its line.

        .. versionadded:: 0.2"""
        end = text.rstrip()
        return bool(end) and end[-1] not in self.TRAILING_MARKS

    def might_hold_date(self, text: str) -> bool:
        """A cheap test that every text :meth:`parse_segment` reads a stamp from passes: it holds a
        digit (a date needs one).  :meth:`find` stops trying the words of a piece once what is
        left of it fails it; a subclass that reads dates without digits overrides it.

        .. versionadded:: 0.2"""
        return _NUMBER.search(text, 0, None, KEEP_GIL) is not None

    def parse(self, lines: Sequence[Line], index: int, reference_date: dt.date | None = None) -> tuple[Timestamp, ...]:
        """The stamps on ``lines[index]``; empty when the line is not a timestamp line.

        Pieces between ``|`` or ``·`` that are not stamps may stand beside them when they are short
        (``New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM``).
        """
        line = lines[index]
        if len(line.text) > self.MAX_LINE_CHARS or self.is_life_dates(lines, index):
            return ()
        view, positions = reading_view(line.text)
        if positions is not None:  # decomposed accents, invisible characters: read the view, spans on the text as written
            composed = Line(view, line.span, line.indent, line.blank_before)
            found = self.parse((composed,), 0, reference_date)
            return tuple(self.as_written(stamp, line.text, line.span.start, positions) for stamp in found)
        stamps: list[Timestamp] = []
        pieces = [segment for segment in self.segments(line.text) if segment.group().strip()]
        skip, previous = False, ""  # (the piece of the last stamp read)
        carried: TimestampKind | None = None  # (the kind of a label alone in the piece before)
        for segment, following in itertools.zip_longest(pieces, pieces[1:]):
            if skip:
                skip = False
                continue
            alone = self.label_alone(segment.group())
            if alone is not None and following is not None:
                carried = alone  # "Updated / Tuesday, 8 Oct 2024 17:31": the label's piece, then its stamp's
                continue
            stamp = self.parse_segment(segment.group(), line.span.start + segment.start(), reference_date)
            if stamp is not None and carried is not None and not self.starts_with_label(segment.group().lstrip()):
                stamp = attrs.evolve(stamp, kind=carried)
            if stamp is not None:
                carried = None  # (a piece that is no stamp between, "Last updated | 4 min read | 8 Oct 2024", keeps it)
            if stamp is not None and not stamps and not self.has_clock(stamp.text):
                # its time in the piece before: "9:15 AM · Mar 3, 2025"
                stamp = self.with_time_before(line, pieces, segment, reference_date) or stamp
            if stamp is not None and following is not None and not self.has_clock(stamp.text):
                # a date, then its time in the next piece: "04/03/2025 | 14:32 CET"
                joined = self.with_time_after(line, segment, following, reference_date)
                stamp, skip = (joined, True) if joined is not None else (stamp, False)
            elif stamp is None and following is not None and self.zone_may_decide(segment.group()):
                # a date with dashes that reads both ways, its zone in the next piece: "03-07-2026 | 11:52 AM IST"
                stamp = self.with_time_after(line, segment, following, reference_date)
                skip = stamp is not None
            if stamp is not None and stamps and self.original_after(segment.group(), stamp, previous, stamps[-1]):
                stamps[-1] = attrs.evolve(stamps[-1], kind=TimestampKind.UPDATED)  # "March 5 ..., first published March 4 ..."
            if stamp is None and stamps and stamps[-1].kind is TimestampKind.PUBLISHED:
                stamp = self.update_beside(line, segment, stamps[-1])  # "May 12, 2025 | Updated 14:05 GMT"
            if stamp is None and stamps and not self.opens_with_published_label(previous):
                stamp = self.original_earlier_on_day(line, segment, stamps[-1])  # "4:42 PM, first published 9:01 AM"
                if stamp is not None:
                    stamps[-1] = attrs.evolve(stamps[-1], kind=TimestampKind.UPDATED)
            if stamp is not None:
                stamps.append(stamp)
                previous = segment.group()
            elif following is None and stamps and self.is_glued_tail(line.text, segment):
                break  # "... July 21, 2022This article is more than 2 years old."
            elif len(segment.group().split()) > self.MAX_OTHER_WORDS:
                return self.placed_stamp(line, len(pieces), reference_date)
        if not stamps:
            return self.placed_stamp(line, len(pieces), reference_date)
        return tuple(self.with_line_marks(line, stamp, reference_date) for stamp in stamps)

    #: Marks of a death before its date on an obituary's line of life dates (``* 3. März 1941 †
    #: 2. Dezember 2026``): a line with one holds no stamp (:meth:`is_life_dates`).
    #:
    #: .. versionadded:: 0.2 (lay59)
    DEATH_MARKS: ClassVar[tuple[str, ...]] = ("†", "✝", "✞")
    #: Marks of a birth before its date (``* 3. März 1941``), before a death mark on its line or on
    #: a line over one that opens with one of :attr:`DEATH_MARKS` (:meth:`is_life_dates`).
    #:
    #: .. versionadded:: 0.2 (lay59)
    BIRTH_MARKS: ClassVar[tuple[str, ...]] = ("*",)

    def is_life_dates(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` gives a life's dates, an obituary's (``* 3. März 1941 †
        2. Dezember 2026``), not the page's stamp.  Life dates have their shape: one of
        :attr:`DEATH_MARKS` directly before a date (:meth:`mark_before_date`), and either one of
        :attr:`BIRTH_MARKS` before a date earlier on the line, or the line opening with the death
        mark (``† 2. Dezember 2026`` under ``* 3. März 1941``); or the line opening with a birth
        mark and a date over a line that opens with a death mark and a date.  A person's name alone
        before the death mark will do for the birth (``Margaret Ellis ✝ December 2, 2026``:
        :meth:`is_name_before_mark`).  A word after the mark
        (``† Corrected December 5, 2026``) or a mark at the line's end (a footnote's: ``Updated
        December 5, 2026†``) is no life date.  A birth date read as the publication's is a wrong
        value, worse than none.

        .. versionadded:: 0.2 (lay59)
        .. versionchanged:: 0.2 (fixL59) the marks must stand before a date."""
        text = lines[index].text
        # (a death mark's first character looked up in one pass, in C; the whole marks only then)
        if not self._death_chars.isdisjoint(text) and any(mark in text for mark in self.DEATH_MARKS):
            born = False  # (a birth mark before a date seen earlier on the line)
            opening = len(text) - len(text.lstrip())
            for at, char in enumerate(text):  # (one pass over the line)
                if char in self._birth_chars and not born:
                    born = self.mark_before_date(text, at, self.BIRTH_MARKS)
                elif (
                    char in self._death_chars
                    and (born or at == opening or (at <= self._life_name_chars and self.is_name_before_mark(text[:at])))
                    and self.mark_before_date(text, at, self.DEATH_MARKS)
                ):
                    return True
            return False
        opening = len(text) - len(text.lstrip())
        if not self.mark_before_date(text, opening, self.BIRTH_MARKS) or index + 1 >= len(lines):
            return False
        below = lines[index + 1].text
        return self.mark_before_date(below, len(below) - len(below.lstrip()), self.DEATH_MARKS)

    #: The most words of a person's name alone before a death mark (:meth:`is_name_before_mark`).
    #:
    #: .. versionadded:: 0.2 (fixL59)
    MAX_LIFE_NAME_WORDS: ClassVar[int] = 4

    def is_name_before_mark(self, before: str) -> bool:
        """Whether *before*, the words on a line before a death mark, is a name alone (``Margaret
        Ellis`` in ``Margaret Ellis ✝ December 2, 2026``): two to :attr:`MAX_LIFE_NAME_WORDS`
        capitalised words of letters, no label nor date (``Published December 4, 2026 †``).

        .. versionadded:: 0.2 (fixL59)"""
        if len(before) > self._life_name_chars:
            return False
        words = before.split()
        return 2 <= len(words) <= self.MAX_LIFE_NAME_WORDS and all(
            word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()
            and self.vocabulary.month_number(word) is None
            and not self.starts_with_label(word)
            for word in words
        )

    #: How many characters after a birth or death mark :meth:`mark_before_date` reads for the
    #: date's first word (``Dezember`` after ``† 2.``: the number comes first, the longest month
    #: name fits).
    #:
    #: .. versionadded:: 0.2 (fixL59)
    LIFE_DATE_WORD_CHARS: ClassVar[int] = 16

    def mark_before_date(self, text: str, at: int, marks: tuple[str, ...]) -> bool:
        """Whether ``text[at:]`` opens with one of *marks* directly followed by a date, its first
        word a number or one of the vocabulary's months (``† 2. Dezember 2026``, ``✝ December 2,
        2026``, ``* 1941``), not a word (``† Corrected``) nor the line's end (a footnote's mark).

        .. versionadded:: 0.2 (fixL59)"""
        mark = next((mark for mark in marks if text.startswith(mark, at)), None)
        if mark is None:
            return False
        words = text[at + len(mark) : at + len(mark) + self.LIFE_DATE_WORD_CHARS].split(None, 1)
        if not words:
            return False
        word = words[0].rstrip(".,")
        return word[:1].isdigit() or (bool(word) and self.vocabulary.month_number(word) is not None)

    #: The brackets a stamp may stand in on its line, opener and closer (``Published (October 14,
    #: 2025 10:00 GMT)``): taken into the stamp's text and span (:meth:`with_brackets`).
    #:
    #: .. versionadded:: 0.2
    STAMP_BRACKETS: ClassVar[tuple[tuple[str, str], ...]] = (("(", ")"), ("[", "]"))

    def with_line_marks(self, line: Line, stamp: Timestamp, reference_date: dt.date | None = None) -> Timestamp:
        """*stamp*, read from *line*, with what of its line belongs to it and was left out: a
        spelled-out zone after its clock (:meth:`with_spelled_zone`), a weekday's abbreviation that
        opens the line (:meth:`with_weekday_head`), and the brackets it stands in
        (:meth:`with_brackets`).

        .. versionadded:: 0.2"""
        stamp = self.with_spelled_zone(line, stamp, reference_date)
        stamp = self.with_weekday_head(line, stamp)
        return self.with_time_flag(self.with_brackets(line, stamp))

    def writes_time(self, stamp: Timestamp) -> bool:
        """Whether *stamp* gives a time of day: its datetime past midnight, or its text writing a
        clock that reads midnight (:data:`_MIDNIGHT`: ``00:00``, ``12 a.m.``).  A date alone
        (``Published: 27 June 2025``) reads midnight with no clock written; so does a date whose
        clock was left unread (``9:00 AM XYZ, Tue November 3, 2026``: a zone no list knows).

        .. versionadded:: 0.2 (fixT61)"""
        when = stamp.datetime
        if (when.hour, when.minute, when.second, when.microsecond) != (0, 0, 0, 0):
            return True
        return _MIDNIGHT.search(stamp.text, 0, None, KEEP_GIL) is not None

    def with_time_flag(self, stamp: Timestamp) -> Timestamp:
        """*stamp* with its ``has_time`` as :meth:`writes_time` reads it.

        .. versionadded:: 0.2 (fixT61)"""
        has_time = self.writes_time(stamp)
        return stamp if has_time is stamp.has_time else attrs.evolve(stamp, has_time=has_time)

    def with_spelled_zone(self, line: Line, stamp: Timestamp, reference_date: dt.date | None = None) -> Timestamp:
        """*stamp*, with a clock and no zone, reaching on over a zone of the vocabulary's ``SPELLED_ZONES``
        right after it on *line* (``October 14, 2025 10:00 a.m.`` / ``Eastern time``), maybe in one of
        :attr:`STAMP_BRACKETS` (``10:14 (UAE time)``, ``10:14 (Gulf Standard Time)``), its time
        read in that zone; *stamp* as it is when none follows or the reading gives no zone.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a zone in brackets too (fixL63)"""
        if stamp.datetime.tzinfo is not None or not self.zone_clock(stamp.text):
            return stamp
        at = stamp.span.end - line.span.start
        rest = line.text[at:]
        after = rest.lstrip(" ")
        if not after or len(rest) - len(after) > 1:
            return stamp
        opener, closer = next(((o, c) for o, c in self.STAMP_BRACKETS if after.startswith(o)), ("", ""))
        opened = len(opener)  # (a subclass's brackets may be longer than one character)
        folded = after[opened:].casefold()
        for spelled, zone in self._spelled_zones:
            if not folded.startswith(spelled) or folded[len(spelled) : len(spelled) + 1].isalnum():
                continue
            if not folded.startswith(closer, len(spelled)):
                return stamp  # ("10:14 (UAE time, or 11:14 in Oman)": no zone in the brackets alone)
            if not self.ends_bare_zone(spelled, folded[len(spelled) + len(closer) :]):
                return stamp  # ("10:00 a.m. Central Park": a place's name, no zone; fixL69)
            when = self.read_datetime(f"{stamp.text} {zone}", reference_date)
            if when is None or when.tzinfo is None or when.replace(tzinfo=None) != stamp.datetime:
                return stamp
            end = stamp.span.end + len(rest) - len(after) + opened + len(spelled) + len(closer)
            written = line.text[stamp.span.start - line.span.start : end - line.span.start]
            return Timestamp(when, stamp.kind, written, Span(stamp.span.start, end))
        return stamp

    def spelled_zone_abbreviated(self, readable: str) -> str:
        """*readable*, a piece's stamp as :meth:`parse_segment` reads it, with a zone of
        the vocabulary's ``SPELLED_ZONES`` that ends it right after a clock written as its abbreviation
        (``March 3, 2025 10:00 a.m. Eastern time`` -> ``... 10:00 a.m. ET``), so that a piece of a
        line with two stamps (``..., updated 11:30 a.m. Eastern time``) reads its zone as the
        line's only stamp does (:meth:`with_spelled_zone`); the stamp's text and span stay as
        written.  *readable* as it is otherwise.

        A zone spelled out between the clock and the date, a comma or a space after it
        (``14:05 Central European Time, 4 March 2025`` -> ``14:05 CET, 4 March 2025``), is
        written as its abbreviation the same way (fixL61b).

        .. versionadded:: 0.2 (lay57)
        .. versionchanged:: 0.2 (fixL61b) a zone spelled out before the date too.
        .. versionchanged:: 0.2 (fixL64) one in brackets before the date too (``10:30 a.m. (Singapore
           time), March 3, 2026``).
        .. versionchanged:: 0.2 (reader61b) *readable* as it is when case-folding changes its length
           (``ß``, ``İ``): the folded text's offsets would cut the piece in the wrong place."""
        folded = readable.casefold()
        if len(folded) != len(readable):
            return readable  # ("Straße 14:05 Eastern Time": no offset into the piece would hold)
        for spelled, zone in self._spelled_zones if folded.endswith(self._spelled_zone_ends) else ():
            # (one test of all the zones first, speedL62: most pieces end in none, and each is tried only for one that does)
            if not folded.endswith(spelled):
                continue
            head = readable[: len(readable) - len(spelled)]
            if not head.endswith(" ") or not self.zone_clock(head):
                return readable
            return f"{head}{zone}"
        if not any(last in folded for last in self._spelled_zone_lasts):
            return readable  # (no zone's last word: most pieces, in a few substring tests)
        brackets = [("", "")] + [pair for pair in self.STAMP_BRACKETS if pair[0] in folded]
        for spelled, zone in self._spelled_zones:
            for opener, closer in brackets:  # ("10:30 a.m. (Singapore time), March 3": in brackets too; fixL64)
                at = folded.find(f" {opener}{spelled}{closer}") + 1
                end = at + len(opener) + len(spelled) + len(closer)
                if at <= 0 or folded[end : end + 1] not in (",", " ") or not self.zone_clock(readable[:at]):
                    continue
                if not self.ends_bare_zone(spelled, folded[end:]):
                    continue  # ("9 PM Central Park, Dec 3": a place's name; fixL69)
                return f"{readable[:at]}{zone}{readable[end:]}"
        return readable

    def with_weekday_head(self, line: Line, stamp: Timestamp) -> Timestamp:
        """*stamp* reaching back over the whole head of *line* before it when that head is one of
        the vocabulary's ``WEEKDAY_ABBREVIATIONS`` (maybe with its dot and a comma) naming the date's own weekday
        (``Di 14.10.2025 - 15:20 Uhr``, 14 October 2025 a Tuesday); *stamp* as it is otherwise
        (``Mi 14.10.2025``: the wrong day, left out of the stamp).

        .. versionadded:: 0.2"""
        start = stamp.span.start - line.span.start
        head = line.text[:start]
        word = head.strip().rstrip(",").rstrip(".").casefold()
        if not word or not 0 < start <= len(line.text) or not head[-1:].isspace():
            return stamp
        day = stamp.datetime.weekday()
        abbreviations = self.vocabulary.WEEKDAY_ABBREVIATIONS
        if day >= len(abbreviations) or word not in abbreviations[day]:
            return stamp
        lead = len(head) - len(head.lstrip())
        begin = line.span.start + lead
        written = line.text[lead : stamp.span.end - line.span.start]
        return Timestamp(stamp.datetime, stamp.kind, written, Span(begin, stamp.span.end))

    def with_brackets(self, line: Line, stamp: Timestamp) -> Timestamp:
        """*stamp* with the brackets it stands in on *line* (one of :attr:`STAMP_BRACKETS`, right
        before and after it, maybe past a space: ``Published (October 14, 2025 10:00 GMT)``) taken
        into its text and span, so that no bracket is left in no part; *stamp* as it is otherwise.

        .. versionadded:: 0.2"""
        start, end = stamp.span.start - line.span.start, stamp.span.end - line.span.start
        before = line.text[:start].rstrip(" ")
        after = line.text[end:]
        closer_at = end + len(after) - len(after.lstrip(" "))
        for opener, closer in self.STAMP_BRACKETS:
            if before.endswith(opener) and line.text[closer_at : closer_at + 1] == closer and opener not in stamp.text:
                begin = len(before) - 1
                text = line.text[begin : closer_at + 1]
                return Timestamp(stamp.datetime, stamp.kind, text, Span(line.span.start + begin, line.span.start + closer_at + 1))
        return stamp

    def label_alone(self, piece: str) -> TimestampKind | None:
        """The kind of the stamp label that *piece*, a piece of a stamp line, holds and nothing else
        (``Updated`` of ``Updated / Tuesday, 8 Oct 2024 17:31``): the next stamp of the line, past
        pieces that are no stamp (``Last updated | 4 min read | ...``), is of that kind
        (:meth:`parse`).  ``None`` for any other piece.

        .. versionadded:: 0.2"""
        text = piece.strip()
        label = self._label.match(text, 0, None, KEEP_GIL) if text and len(text) <= self.MAX_LINE_CHARS else None
        return self.label_kind(label["label"]) if label is not None and label.end() == len(text) else None

    def placed_stamp(self, line: Line, pieces: int, reference_date: dt.date | None) -> tuple[Timestamp, ...]:
        """The stamp of a line of one piece that :meth:`parse` read none from, after a place and a
        dash (:meth:`after_place_dash`), alone in a tuple; else an empty one.

        .. versionadded:: 0.2"""
        placed = self.after_place_dash(line, reference_date) if pieces == 1 else None
        return () if placed is None else (placed,)

    def after_place_dash(self, line: Line, reference_date: dt.date | None) -> Timestamp | None:
        """The stamp on *line* after a place's name in title case and a dash between spaces, as
        papers print the place beside the stamp (``Buenos Aires - 11 feb 2025 - 13:20 CET``, ``New
        Delhi – 4 March 2025, 14:05 IST``, ``Frankfurt am Main – 4. März 2025, 14:30 Uhr``): up to
        four capitalised words with :attr:`PLACE_PARTICLES` between them, and a stamp with a clock
        time that runs to the line's end; else ``None``.  The place is no part of the stamp.

        .. versionadded:: 0.2"""
        match = self._place_dash.match(line.text, 0, None, KEEP_GIL)
        if match is None:
            return None
        stamp = self.parse_segment(match["rest"], line.span.start + match.start("rest"), reference_date)
        if stamp is None or stamp.span.end != line.span.start + len(line.text.rstrip()) or not self.has_clock(stamp.text):
            return None
        return stamp

    @staticmethod
    def is_glued_tail(text: str, segment: regex.Match[str]) -> bool:
        """Whether *segment* of *text* starts right after a year with no space, which is how a page
        copied as text glues a notice to the stamp before it (``2022This article is ...``)."""
        return _GLUED_WORD.match(text, segment.start()) is not None and segment.start() > 0

    def with_time_after(
        self, line: Line, date: regex.Match[str], following: regex.Match[str], reference_date: dt.date | None
    ) -> Timestamp | None:
        """The stamp that a date piece and the next piece of *line* give together, when the next
        piece is a clock time and no date of its own (``04/03/2025 | 14:32 CET``); else ``None``.
        A zone of the vocabulary's ``SPELLED_ZONES`` that ends the clock's piece (``Oct. 14, 2026
        | 10:00 a.m. Eastern time``) is left to :meth:`with_spelled_zone`, which reads it after."""
        clock = self.without_spelled_zone(following.group())
        if not self.has_clock(clock) and _H_CLOCK.fullmatch(clock.strip()) is None:
            return None  # (nor a clock written with "h" alone in its piece: "14 octobre 2025 | 13 h 45", fixT55b)
        if self.parse_segment(clock, line.span.start + following.start(), reference_date) is not None:
            return None
        if len(clock.split()) > self.MAX_CLOCK_WORDS:
            return None
        joined = line.text[date.start() : following.start() + len(clock)]
        return self.parse_segment(joined, line.span.start + date.start(), reference_date)

    #: The marks after which a one-word zone name of the vocabulary's ``SPELLED_ZONES`` (``Central``,
    #: ``Eastern``) is still read as a zone (:meth:`ends_bare_zone`); the end of the line too.
    #:
    #: .. versionadded:: 0.2 (fixL69)
    BARE_ZONE_FOLLOWERS: ClassVar[str] = ",;)]|·•"

    def ends_bare_zone(self, spelled: str, after: str) -> bool:
        """Whether a zone name *spelled* that the text *after* follows may be read as a zone: a name
        of several words always (``Eastern time``), a name of one word (``Central``, ``Pacific``) only
        at the end of the line or before one of :attr:`BARE_ZONE_FOLLOWERS` (``9 PM Central``,
        ``9 PM CENTRAL | Dec 3``; not ``9 PM Central Park``, a place's name, nor ``9:10 Eastern
        Standard``, a name cut short).

        .. versionadded:: 0.2 (fixL69)"""
        if " " in spelled:
            return True
        rest = after.lstrip()
        return not rest or rest[0] in self.BARE_ZONE_FOLLOWERS

    def without_spelled_zone(self, piece: str) -> str:
        """*piece* without a zone of the vocabulary's ``SPELLED_ZONES`` that ends it after a clock
        and a space (``10:00 a.m. Eastern time`` -> ``10:00 a.m.``), the spaces before it dropped
        too; *piece* as it is otherwise.

        .. versionadded:: 0.2 (lay59)"""
        folded = piece.rstrip().casefold()
        if not folded.endswith(self._spelled_zone_ends):
            return piece  # (no zone spelled out at its end: most pieces, found in one call)
        for spelled in self._spelled_zone_ends:
            if folded.endswith(spelled) and folded[: -len(spelled)].endswith(" "):
                head = piece[: len(folded) - len(spelled)].rstrip()
                return head if self.has_clock(head) else piece
        return piece

    def with_time_before(
        self, line: Line, pieces: Sequence[regex.Match[str]], date: regex.Match[str], reference_date: dt.date | None
    ) -> Timestamp | None:
        """The stamp that a date piece of *line* and the piece right before it give together, when
        that piece opens the line and is a clock time of at most :attr:`MAX_CLOCK_WORDS` words and no
        date of its own, with a word after the time or ``am``/``pm`` glued to it (``9:15 AM · Mar 3,
        2025``, as a social post prints its time; not ``2:45 · Mar 3, 2025``, maybe a video's length);
        else ``None``.

        .. versionadded:: 0.2"""
        at = next((i for i, piece in enumerate(pieces) if piece.start() == date.start()), 0)
        if at != 1:
            return None
        clock = pieces[0]
        words = clock.group().split()
        if not self.has_clock(clock.group()) or len(words) > self.MAX_CLOCK_WORDS:
            return None
        if len(words) < 2 and _AM_PM.search(clock.group()) is None:
            return None  # ("2:45 · Mar 3, 2025": a bare time may be a video's length; "9:15 AM", "14:05 GMT" are clocks)
        if self.parse_segment(clock.group(), line.span.start + clock.start(), reference_date) is not None:
            return None
        joined = line.text[clock.start() : date.end()]
        found = self.parse_segment(joined, line.span.start + clock.start(), reference_date)
        return found if found is not None and self.has_clock(found.text) else None

    def update_beside(self, line: Line, segment: regex.Match[str], published: Timestamp) -> Timestamp | None:
        """The ``updated`` stamp that *segment* of *line*, an update label and a clock time alone
        in a piece after the published date, gives on that date (``Published May 12, 2025 |
        Updated 14:05 GMT``), as :meth:`update_on_day` reads such a piece on the line under it; a
        piece in brackets opened before it on the line is read without its closing bracket
        (``12 mars 2025 à 14h05 (mis à jour à 16h10)``).

        .. versionadded:: 0.2"""
        piece = segment.group().strip()
        closer = piece[-1:]
        opener = {")": "(", "]": "["}.get(closer)
        if opener is not None and opener not in piece and line.text.rfind(opener, 0, segment.start() + 1) >= 0:
            piece = piece[:-1].rstrip()  # ("... 14h05 (mis à jour à 16h10)": the bracket is the line's)
        start = line.span.start + segment.start() + len(segment.group()) - len(segment.group().lstrip())
        readable = self.spelled_zone_abbreviated(piece)  # ("updated 11:30 a.m. Eastern time": read as "... ET")
        beside = Line(readable, Span(start, start + len(readable)), 0, False)
        found = self.update_on_day(beside, published) or self.update_later_on_day(beside, published)
        if found is None or readable == piece or found.span.end != beside.span.end:
            return found if readable == piece else None
        end = start + len(piece)  # (the zone as written, its text and span: "11:30 a.m. Eastern time")
        return attrs.evolve(found, text=piece[found.span.start - start :], span=Span(found.span.start, end))

    def opens_with_published_label(self, text: str) -> bool:
        """Whether *text* opens with a stamp label (:meth:`starts_with_label`) of :attr:`PUBLISHED_LABELS`.

        .. versionadded:: 0.2"""
        label = self._label.match(text) if self.starts_with_label(text) else None
        return label is not None and self.label_kind(label["label"]) is TimestampKind.PUBLISHED

    def original_after(self, piece: str, stamp: Timestamp, previous: str, latest: Timestamp) -> bool:
        """Whether *stamp*, read from *piece*, a piece that opens with a label of :attr:`ORIGINAL_LABELS`,
        is the first publication of the page whose stamp *latest*, read before it on its line from
        *previous*, a piece with no label of :attr:`PUBLISHED_LABELS`, is then the update
        (``March 5, 2025 8:15 AM, first published March 4, 2025 9:00 PM``): *stamp* falls no later
        than *latest*, both with a zone or neither.

        .. versionadded:: 0.2"""
        if stamp.kind is not TimestampKind.PUBLISHED or not self.is_original(piece) or self.opens_with_published_label(previous):
            return False
        when, last = stamp.datetime, latest.datetime
        return (when.tzinfo is None) == (last.tzinfo is None) and when <= last

    def original_earlier_on_day(self, line: Line, segment: regex.Match[str], latest: Timestamp) -> Timestamp | None:
        """The ``published`` stamp that *segment* of *line*, a label of :attr:`ORIGINAL_LABELS` and a
        clock time alone in a piece after *latest*, a stamp with a date and a clock time and no label of
        :attr:`PUBLISHED_LABELS`, gives
        earlier on that day (``March 5, 2025 4:42 PM, first published 9:01 AM``, ``Updated 5 March 2025 —
        4.52pm, first published at 11.30am``): its ``text`` and ``span`` the clock's; *latest* is then the
        update.  ``None`` when the clock falls no earlier than *latest* (the first publication was on
        another day, which the piece does not give), when only one of the two names a zone, or for any
        other piece.

        .. versionadded:: 0.2"""
        text = segment.group().strip()
        if len(text) > self.MAX_LINE_CHARS or latest.datetime.time() == dt.time(0) or not self.is_original(text):
            return None
        if not unicodedata.is_normalized("NFC", text) or not self.is_clock_line(text):
            return None
        label = self._label.match(text)
        if label is None:
            return None
        clock = text[label.end() :].strip()
        when = self.clock_on_day(clock, latest)
        if when is None or when >= latest.datetime:
            return None
        begin = line.span.start + segment.start() + segment.group().index(clock, label.end())
        return Timestamp(when, TimestampKind.PUBLISHED, clock, Span(begin, begin + len(clock)))

    def clock_on_day(self, clock: str, stamp: Timestamp) -> dt.datetime | None:
        """The time that *clock*, a clock time alone, gives on the day of *stamp* (in *stamp*'s zone
        when *clock* names none, the zone being written once on the line); ``None`` when it reads as
        no time of that day, or when only *clock* names a zone (read by :meth:`update_later_on_day`
        and :meth:`original_earlier_on_day`).

        .. versionadded:: 0.2"""
        when = self.read_datetime(f"{stamp.datetime.date().isoformat()} {clock}", None)
        if when is None or when.date() != stamp.datetime.date():
            return None
        if when.tzinfo is None and stamp.datetime.tzinfo is not None:
            when = when.replace(tzinfo=stamp.datetime.tzinfo)
        return when if (when.tzinfo is None) == (stamp.datetime.tzinfo is None) else None

    def update_later_on_day(self, line: Line, published: Timestamp) -> Timestamp | None:
        """The ``updated`` stamp that *line*, an update label and a clock time alone in a piece of
        the line of *published*, a stamp with a date and a clock time, gives later on that day
        (``Publié le 14/11/2026 à 08h15, mis à jour à 11h40``: the update's date is left out
        because it is the publication's), its ``text`` and ``span`` the clock's.  ``None`` when
        the clock falls no later than *published* (the update was on another day, which the line
        does not give), when only one of the two names a zone, or for any other piece.

        .. versionadded:: 0.2"""
        text = line.text
        if len(text) > self.MAX_LINE_CHARS or published.datetime.time() == dt.time(0) or not self.is_clock_line(text):
            return None
        if not unicodedata.is_normalized("NFC", text):
            return None  # (a label typed with decomposed accents: left unread)
        label = self._label.match(text)
        if label is None or self.label_kind(label["label"]) is not TimestampKind.UPDATED:
            return None
        clock = text[label.end() :].strip()
        when = self.clock_on_day(clock, published)
        if when is None or when <= published.datetime:
            return None
        begin = line.span.start + text.index(clock, label.end())
        return Timestamp(when, TimestampKind.UPDATED, clock, Span(begin, begin + len(clock)))

    def is_as_of(self, text: str) -> bool:
        """Whether *text*, a stamp line, opens with one of :attr:`AS_OF_LABELS`.

        .. versionadded:: 0.2"""
        return self._as_of.match(_readable(text), 0, None, KEEP_GIL) is not None

    def is_original(self, text: str) -> bool:
        """Whether *text*, a stamp line, opens with one of :attr:`ORIGINAL_LABELS`.

        .. versionadded:: 0.2"""
        return self._original.match(_readable(text), 0, None, KEEP_GIL) is not None

    def label_start(self, head: str) -> int | None:
        """Where a stamp label that closes *head*, the words before a stamp on its line, starts
        (``NEW DELHI, Updated: `` gives 11, before ``Updated``), its colon or dash and spaces after
        it; ``None`` when *head* ends in no label of :attr:`PUBLISHED_LABELS` or
        :attr:`UPDATED_LABELS`.

        .. versionadded:: 0.2"""
        found = self._closing_label.search(_composed(head[-self.FIND_CHARS :]), 0, None, KEEP_GIL)
        return None if found is None else max(0, len(head) - self.FIND_CHARS) + found.start()

    def starts_with_label(self, text: str) -> bool:
        """Whether *text* starts with a stamp label followed by a colon, a number, a month or
        weekday name (one of :attr:`LABELLED_MONTHS` or :attr:`LABELLED_WEEKDAYS` only with a number
        right after it), or nothing, with or without a date that can be read after it (``Published 3
        seconds ago``, ``Updated:``, ``Updated Nov 19, 9:41 AM`` with no year); not a wire story's
        version number glued by a hyphen to the headline's first word, no month (``UPDATE 2-Acme cuts
        jobs``; but ``Updated 3-Feb``)."""
        text = _readable(text[: self.FIND_CHARS])  # (a label and the word after it lie well within)
        match = self._label.match(text, 0, None, KEEP_GIL)
        if match is None:
            return False
        rest = text[match.end() :]
        slug = _VERSION_SLUG.match(rest, 0, None, KEEP_GIL)
        labelled = ":" in text[match.end("label") : match.end()]
        if slug is not None and not labelled and self.vocabulary.month_number(slug["word"]) is None:
            return False  # ("UPDATE 2-Acme cuts jobs": a wire story's version and its headline, no stamp)
        if not rest or rest[0].isdigit() or ":" in text[match.end("label") : match.end()]:
            return True
        first = self._token.match(rest, 0, None, KEEP_GIL)
        word = first.group() if first is not None else ""
        known = self.vocabulary.month_number(word) is not None or self.vocabulary.is_weekday(word)
        if known or first is None or self._foreign_word.fullmatch(word, 0, None, KEEP_GIL) is None:
            return known
        # a foreign month or weekday name counts only with a number after it ("Publié le lundi 18
        # novembre"): "set", "Mars" or "ago" may be English ("Date set for council vote")
        after = rest[first.end() :].lstrip(" .,")
        return after[:1].isdigit()

    def is_stamp_like(self, text: str) -> bool:
        """Whether *text* reads like a stamp even when no date can be read from it: it starts with
        a label (:meth:`starts_with_label`), or is a short line with a clock time and a day, a
        month, a zone or am/pm (``Monday 6:30PM``, ``1:39 PM ET``; not ``Current Time 0:00``)."""
        if self.starts_with_label(text):
            return True
        if len(text.split()) > self.MAX_OTHER_WORDS or not self.has_clock(text):
            return False
        text = _readable(text)
        # a clock with a day, a month, a zone or am/pm: "Monday 6:30PM", not "Current Time 0:00"
        return any(
            token.casefold() in self._words
            or token in self._cased_zones
            or self.vocabulary.month_number(token)
            or self.vocabulary.is_weekday(token)
            for token in self._token.findall(text)
            if token[:1].isalpha()
        ) or _AM_PM.search(text) is not None

    def is_clock_line(self, text: str) -> bool:
        """Whether *text* is a clock time and nothing else (``10:42 a.m.``, ``9 p.m. ET``), maybe
        after a stamp label (``Updated 14:05 GMT``, ``Posted at 2.05pm``): the time that heads an
        entry of a live blog, or a page's time of the day, which gives no date; the clock is at
        most :attr:`MAX_CLOCK_LINE_CHARS` long.  The hour letters of ``16h30`` are the
        vocabulary's ``HOUR_LETTERS`` (none in English), always with minutes; ``14 h 05`` only after a
        label or before a clock word or zone (``2 h 05`` alone is a duration); a clock written with
        a dot only before one of :attr:`CLOCK_WORDS` (``16.05 horas``, ``14.30 Uhr``; ``14.30``
        alone may be a price or a score).

        .. versionchanged:: 0.2 a label may stand before the clock; a dotted clock before a clock word;
           a zone spelled out after it (``2:15 p.m. Eastern time``: :meth:`spelled_zone_abbreviated`)."""
        text = self.spelled_zone_abbreviated(text.strip())
        label = self._label.match(_readable(text), 0, None, KEEP_GIL) if len(text) <= self.MAX_LINE_CHARS else None
        text = _readable(text) if label is not None else text
        if label is not None:
            text = text[label.end() :]
        clock = self._clock_line.fullmatch(text, 0, None, KEEP_GIL) if len(text) <= self.MAX_CLOCK_LINE_CHARS else None
        if clock is None:
            return False
        # "14 h 05" alone may be a duration (a marathon's "2 h 05"): a clock with a label, a clock word or a zone
        return clock["spaced"] is None or label is not None or clock["tail"] is not None or clock["zone"] is not None

    def update_on_day(self, line: Line, published: Timestamp) -> Timestamp | None:
        """The ``updated`` stamp that *line*, an update label and a clock time alone (``Updated
        14:05 GMT``, :meth:`is_clock_line`), gives on the day of *published*, a stamp with a date
        and no clock time (``Published May 12, 2025``): 12 May at 14:05 GMT, its ``text`` and
        ``span`` the clock's.  ``None`` for any other line, a label of a published stamp, or a
        *published* stamp with a clock time in any form (``11:50``, ``11.50pm``: the update may
        fall on a later day), and never a time before *published*.  When *published* is naive
        (no zone), so is the update, its zone left in its ``text`` (``14:05 GMT`` -> 14:05): the
        two stay comparable, and the publication's day is given no zone it does not name.

        .. versionadded:: 0.2"""
        text = line.text
        if len(text) > self.MAX_LINE_CHARS or self.has_clock(published.text):
            return None
        if not self.is_clock_line(text):
            return None
        view, positions = reading_view(text)
        if positions is not None:
            found = self.update_on_day(Line(view, line.span, line.indent, line.blank_before), published)
            return None if found is None else self.as_written(found, text, line.span.start, positions)
        readable = self.spelled_zone_abbreviated(text)  # ("Updated 2:15 p.m. Eastern time": read as "... ET")
        if readable != text:
            found = self.update_on_day(Line(readable, line.span, line.indent, line.blank_before), published)
            if found is None or found.span.end != line.span.start + len(readable):
                return None
            return attrs.evolve(found, text=text[found.span.start - line.span.start :], span=Span(found.span.start, line.span.end))
        label = self._label.match(text)
        if label is None or self.label_kind(label["label"]) is not TimestampKind.UPDATED:
            return None
        if published.datetime.time() != dt.time(0):
            return None  # (a clock the published stamp writes another way: "3 June 2025, 11.50pm")
        clock = text[label.end() :].strip()
        when = self.read_datetime(f"{published.text} {clock}", None)
        if when is None or when.date() != published.datetime.date():
            return None
        if published.datetime.tzinfo is None:
            when = when.replace(tzinfo=None)  # (the page's day names no zone: both naive, comparable)
        if when < published.datetime:
            return None  # (never an update before the publication)
        begin = line.span.start + text.index(clock, label.end())
        return Timestamp(when, TimestampKind.UPDATED, clock, Span(begin, begin + len(clock)))

    def clocks_on_date(self, line: Line, date: Timestamp) -> tuple[Timestamp, ...]:
        """The stamps of *line*, labelled clock times alone in its pieces (``Published 6:02 AM MST |
        Updated 9:47 AM MST``, each :meth:`is_clock_line` after :meth:`starts_with_label`), on the
        day of *date*, a date with no clock time printed on the line under it (``Dec. 1, 2026``):
        each stamp of its label's kind, its ``text`` and ``span`` the clock's, as
        :meth:`update_on_day` gives one.  Empty when a piece is anything else, when *date* has a
        clock, or when an update would fall before the publication.

        .. versionadded:: 0.2"""
        text = line.text
        if len(text) > self.MAX_LINE_CHARS or self.has_clock(date.text) or date.datetime.time() != dt.time(0):
            return ()
        if not unicodedata.is_normalized("NFC", text):
            return ()  # (labels typed with decomposed accents: left to the line's own rules)
        stamps: list[Timestamp] = []
        for segment in self.segments(text):
            piece = segment.group().strip()
            if not piece:
                continue
            label = self._label.match(piece)
            if label is None or not self.starts_with_label(piece) or not self.is_clock_line(piece):
                return ()
            clock = piece[label.end() :].strip()
            when = self.read_datetime(f"{date.text} {clock}", None)
            if when is None or when.date() != date.datetime.date():
                return ()
            begin = line.span.start + text.index(clock, segment.start() + label.end())
            stamps.append(Timestamp(when, self.label_kind(label["label"]), clock, Span(begin, begin + len(clock))))
        kinds = [stamp.kind for stamp in stamps]
        if not stamps or len(set(kinds)) != len(kinds):
            return ()  # (two stamps of one kind: no telling which is the article's)
        if len(stamps) == 2 and self.out_of_order(stamps):
            return ()
        return tuple(stamps)

    @staticmethod
    def out_of_order(stamps: Sequence[Timestamp]) -> bool:
        """Whether the ``updated`` one of two stamps falls before the ``published`` one, or the two
        cannot be compared (one has a zone, the other none).

        .. versionadded:: 0.2"""
        published = next(stamp for stamp in stamps if stamp.kind is TimestampKind.PUBLISHED)
        updated = next(stamp for stamp in stamps if stamp.kind is TimestampKind.UPDATED)
        if (published.datetime.tzinfo is None) != (updated.datetime.tzinfo is None):
            return True
        return updated.datetime < published.datetime

    @staticmethod
    def as_written(stamp: Timestamp, written: str, offset: int, positions: tuple[int, ...]) -> Timestamp:
        """*stamp*, read from the composed view of *written* (which starts at *offset* in the
        input; :func:`composed_view` gave *positions*), with its span and text on *written*.

        .. versionadded:: 0.2"""
        start, end = positions[stamp.span.start - offset], positions[stamp.span.end - offset]
        while end > start and _UNSEEN.fullmatch(written[end - 1]):
            end -= 1  # (an invisible character after the stamp's last one stays outside it)
        return Timestamp(stamp.datetime, stamp.kind, written[start:end], Span(offset + start, offset + end), stamp.has_time)

    def has_clock(self, text: str) -> bool:
        """Whether *text* holds a clock time (``20:13``)."""
        return _CLOCK.search(text[: self.FIND_CHARS], 0, None, KEEP_GIL) is not None

    def zone_clock(self, text: str) -> bool:
        """Whether *text* holds a clock a spelled-out zone may follow (:meth:`with_spelled_zone`): a
        clock time (:meth:`has_clock`) or an hour with its half of the day (``9 PM``, ``11 a.m.``:
        ``Dec 3, 2026 9 PM Central``).

        .. versionadded:: 0.2 (fixL69)"""
        return self.has_clock(text) or _HOUR_HALF.search(text[: self.FIND_CHARS], 0, None, KEEP_GIL) is not None

    def segments(self, text: str) -> list[regex.Match[str]]:
        """The pieces of a stamp line: split at ``|``, ``·``, ``;``, before a label in mid-line
        (``Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT``; not inside the
        label that opens a piece, ``Modified date:``), before a
        capitalised word glued to a year (``February 24, 2020Last updated July 21, 2022``) or a word in
        lower case glued to one (an icon's name: ``Dec. 7, 2026timer3 min. read``; mendLT71) and before
        a label glued to a zone's name in capitals (``12 Nov 202610:45 PM GMTUpdated 12 Nov 202611:05
        PM GMT``; lay53), before a capitalised word glued to a clock's half of the day or zone
        (``9:15 amUpdated March 3, 2025``, ``09.15 GMTShare``; fixI53), and before a news agency in
        brackets that ends the line (``Published March 3, 2025 10:00 GMT [Reuters]``; lay58)."""
        out: list[regex.Match[str]] = []
        for piece in self._segment.finditer(text, 0, None, False, KEEP_GIL):
            # no cut inside the label that opens the piece: "Modified date: ..." is one label
            lead = piece.start() + len(piece.group()) - len(piece.group().lstrip())
            head = self._label.match(text, lead, piece.end(), KEEP_GIL)
            floor = max(piece.start() + 1, head.end("label") if head is not None else 0)
            cuts = [m.start() for m in self._inner_label.finditer(text, floor, piece.end(), False, KEEP_GIL)]
            # a capitalised word glued to a year starts a piece too: "Feb 24, 2020Last updated ..."
            cuts += [m.start() for m in _GLUED_WORD.finditer(text, piece.start() + 1, piece.end(), False, KEEP_GIL)]
            # a label glued to the zone before it: "... 10:45 PM GMTUpdated 12 Nov 2026 ..."
            cuts += [m.start() for m in self._zone_glued_label.finditer(text, floor, piece.end(), False, KEEP_GIL)]
            # a word glued to a clock's half of the day or zone: "9:15 amUpdated ...", "09.15 GMTShare"
            cuts += [m.start() for m in self._clock_glued_word.finditer(text, floor, piece.end(), False, KEEP_GIL)]
            # a news agency in brackets that ends the line: "Published March 3, 2025 10:00 GMT [Reuters]"
            cuts += [
                m.start() for m in self._agency_tail.finditer(text, floor, piece.end(), False, KEEP_GIL)
                if self.vocabulary.is_agency(m["name"])
            ]
            cuts = sorted(set(cuts))
            bounds = [piece.start(), *cuts, piece.end()]
            for a, b in itertools.pairwise(bounds):
                found = self._segment.match(text, a, b, KEEP_GIL)
                if found is not None:
                    out.append(found)
        return out

    def find(self, text: str, offset: int, reference_date: dt.date | None) -> Timestamp | None:
        """A stamp inside *text* (which starts at *offset* in the input) among other words, as in a
        byline line ``By Jane Roe - Nov 19, 2019 8:03 am``: in each piece between ``|`` or ``·``,
        tried from each of the first few words, up to the first word that cannot be part of a date
        (``13/06/2014 Tony Carter``), dropping up to :attr:`FIND_DROP_WORDS` trailing words, cut at
        a space or a slash (``October 12, 2018/0 Comments``), but never a number of three digits or
        more that leaves no year behind (a year it could not read, ``Jan 1, 0000``, is no reason
        to guess one), and never from the minutes of a clock (``10:42, Thursday, 4 December 2026``
        with a weekday the date contradicts is no stamp, not a year ``42``)."""
        view, positions = reading_view(text[: self.FIND_CHARS + self.RANGE_LOOKBEHIND])
        if positions is not None:  # decomposed accents, invisible characters: read the view, the span on the text as written
            found = self.find(view, offset, reference_date)
            return None if found is None else self.as_written(found, text, offset, positions)
        for segment in self._segment.finditer(text[: self.FIND_CHARS], 0, None, False, KEEP_GIL):
            piece_text = segment.group()
            starts = [m.start() for m in self._word_start.finditer(piece_text, 0, None, False, KEEP_GIL)][: self.FIND_WORDS]
            if self.day_first_labelled(piece_text):
                starts = starts[:1]  # the date after the label is read as the label says, or not at all
            for start in starts:
                if start >= 2 and piece_text[start - 1] in ":." and piece_text[start - 2].isdigit():
                    continue  # the minutes of a clock ("10:42, Thursday, ..."): no date opens inside a clock
                piece = piece_text[start:]
                if not self.might_hold_date(piece):
                    break  # no digit left: no piece from a later word, nor any with words dropped, holds a date
                if self.clock_each_side(self.to_next_label(piece)):
                    break  # a date between two clocks: no stamp read from any word of it
                run = self.date_run_end(piece) or len(piece)
                piece = self.without_zoned_clock(piece[:run], piece[run:])  # "... 9:00 AM XYZ": the date alone
                for _ in range(self.FIND_DROP_WORDS + 1):
                    if not self.might_hold_date(piece):
                        break  # dropping more words leaves no digit either
                    stamp = self.parse_segment(piece, offset + segment.start() + start, reference_date)
                    if stamp is not None:
                        ranged = self.opens_range(text, stamp.span.end - offset) or self.closes_range(
                            text, stamp.span.start - offset
                        )
                        if self.weekday_before(piece_text[:start], stamp):
                            return None  # "Tuesday, 4 March 2026" (a Wednesday), read from its second word
                        if ranged:
                            return None
                        stamp = self.with_trailing_unread_clock(piece_text, stamp.span.end - offset - segment.start(), stamp)
                        stamp = self.with_clock_piece(text, offset, segment, stamp, reference_date)
                        return self.with_time_flag(self.with_piece_label(piece_text, start, stamp))
                    cut = max(piece.rstrip().rfind(" "), piece.rstrip().rfind("/"))  # "October 12, 2018/0 Comments"
                    if cut <= 0 or (
                        _LONG_NUMBER.search(piece, cut, None, KEEP_GIL) and not self._year.search(piece, 0, cut, KEEP_GIL)
                    ):
                        break  # a year that could not be read is not dropped for a guess: "Jan 1, 0000"
                    piece = self.without_zoned_clock(piece[:cut], piece[cut:])
        return None

    #: The marks between a date's piece and a clock's piece that :meth:`with_clock_piece` reads across.
    CLOCK_PIECE_MARKS: ClassVar[str] = "|·•"

    def with_clock_piece(
        self, text: str, offset: int, segment: regex.Match[str], stamp: Timestamp, reference_date: dt.date | None
    ) -> Timestamp:
        """*stamp*, found in the piece *segment* of *text* (at *offset* in the input) with no clock and
        ending the piece, with the clock of the next piece after a mark of :attr:`CLOCK_PIECE_MARKS`
        (``Birmingham, July 3 2025 | 11:42 PM IST``: ``July 3 2025 | 11:42 PM IST``), as
        :meth:`with_time_after` joins a date's piece and a clock's; *stamp* as it is otherwise (fixT56a).

        .. versionadded:: 0.2"""
        begin, end = stamp.span.start - offset, segment.end()
        if self.has_clock(stamp.text) or stamp.span.end - offset != segment.start() + len(segment.group().rstrip()):
            return stamp
        if text[end : end + 1] not in tuple(self.CLOCK_PIECE_MARKS) or begin < 0:
            return stamp
        following = self._segment.match(text, end + 1, None, KEEP_GIL)
        from_stamp = _REST.match(text, begin, end, KEEP_GIL)
        if following is None or from_stamp is None:
            return stamp
        line = Line(text, Span(offset, offset + len(text)), 0, False)
        joined = self.with_time_after(line, from_stamp, following, reference_date)
        return stamp if joined is None or joined.kind is not stamp.kind else joined

    def with_piece_label(self, piece: str, start: int, stamp: Timestamp) -> Timestamp:
        """*stamp*, read from the word at *start* of *piece*, with the kind of the label that
        opens *piece* when it was read from a later word than the label's first (``Updated
        14:05 QRT, 3 November 2026``: the update, though the clock and its zone before the date
        are left out); *stamp* as it is otherwise.

        .. versionadded:: 0.2"""
        lead = len(piece) - len(piece.lstrip())
        label = self._label.match(piece, lead, None, KEEP_GIL) if start > lead else None
        if label is None or start <= label.end():
            return stamp
        kind = self.label_kind(label["label"])
        stamp = stamp if kind == stamp.kind else attrs.evolve(stamp, kind=kind)
        return self.with_unread_clock(piece, label.end(), start, stamp)

    #: The most words after a stamp's date that :meth:`with_trailing_unread_clock` reads as its clock and zone
    #: (``at 9:00 AM XYZ``).
    #:
    #: .. versionadded:: 0.2
    UNREAD_CLOCK_WORDS: ClassVar[int] = 4

    def with_trailing_unread_clock(self, piece: str, end: int, stamp: Timestamp) -> Timestamp:
        """*stamp*, which ends at *end* of *piece*, with its text and span reaching on over the clock
        and the zone's abbreviation that the vocabulary does not know right after it
        (:meth:`without_zoned_clock`: ``Tue November 3, 2026 9:00 AM XYZ``, ``3 November 2026,
        14:05 QRT``): the datetime stays the date alone, the words are the stamp's as written.
        *stamp* as it is otherwise.

        .. versionadded:: 0.2"""
        if not piece.endswith(stamp.text, 0, end):
            return stamp
        words = list(SPACED_WORD.finditer(piece, end, min(len(piece), end + self.MAX_LINE_CHARS), False, KEEP_GIL))
        for count in range(2, min(self.UNREAD_CLOCK_WORDS, len(words)) + 1):
            kept = " " + piece[end : words[count - 2].end()].strip()
            zone = words[count - 1].group()
            if not _CLOCK.search(kept) or self.without_zoned_clock(kept, zone).strip(" ,") != "":
                continue
            last = zone.rstrip("/,.;")
            while last.endswith(")") and last.count(")") > last.count("("):
                last = last[:-1].rstrip("/,.;")  # (a bracket closed here opened before the stamp)
            if last.startswith("(") and ")" not in last:
                last = last.rstrip("(")  # (never one half of a bracket: "10:00 (XYZ" is written so, kept whole)
            stop = words[count - 1].start() + len(last)
            return attrs.evolve(stamp, text=stamp.text + piece[end:stop], span=Span(stamp.span.start, stamp.span.end + stop - end))
        return stamp

    def holds_unread_clock(self, stamp: Timestamp) -> bool:
        """Whether *stamp*'s text holds a clock (``9:00``) though its datetime has no time and no
        zone (the date alone at midnight): the clock's zone after it was unread and the words
        were kept as written (:meth:`with_trailing_unread_clock`: ``Tue November 3, 2026 9:00 AM
        XYZ``); not a stamp whose clock was read (``9:00 AM GMT``).

        .. versionadded:: 0.2"""
        value = stamp.datetime
        return value.tzinfo is None and value.time() == dt.time(0) and _CLOCK.search(stamp.text) is not None

    def with_unread_clock(self, piece: str, begin: int, start: int, stamp: Timestamp) -> Timestamp:
        """*stamp*, read from the word at *start* of *piece*, with its text and span reaching back
        to the clock at *begin* when the words between are a clock and a zone's abbreviation that
        the vocabulary does not know (:meth:`without_zoned_clock`: ``Published 9:00 AM XYZ, Tue
        November 3, 2026`` -> ``9:00 AM XYZ, Tue November 3, 2026``): the clock is left out of
        the datetime, which is the date alone, but the words are the stamp's as written, in no
        other part.  *stamp* as it is otherwise.

        .. versionadded:: 0.2"""
        between = piece[begin:start]
        words = between.strip().rstrip(",").split()
        if len(words) < 2 or self.without_zoned_clock(" ".join(words[:-1]), words[-1]) != "":
            return stamp  # (not a clock alone and then an unknown zone)
        clock_start = begin + len(between) - len(between.lstrip())
        if not piece.startswith(stamp.text, start):
            return stamp
        span = Span(stamp.span.start - (start - clock_start), stamp.span.end)
        return attrs.evolve(stamp, text=piece[clock_start:start] + stamp.text, span=span)

    def without_zoned_clock(self, kept: str, dropped: str) -> str:
        """*kept*, the words of a piece before *dropped*, the word :meth:`find` drops from its
        end, without the clock at its end when *dropped* is a zone's abbreviation that the
        vocabulary does not know (a word of two to five capitals that is no date's word and ends
        like a zone's abbreviation, :attr:`ZONE_WORD_ENDINGS`, no agency or outlet the vocabulary
        knows: ``Tue November 3, 2026 9:00 AM XYZ``; not ``9:00 AM AFP``): the time in a zone that cannot be read is left out
        with its zone, so the stamp is the date alone (``Tue November 3, 2026``), as it is with the
        clock and zone before the date (``9:00 AM XYZ, Tue November 3, 2026``); never a clock read
        in no zone when one is written, nor in a wrong one.  *kept* as it is otherwise.

        .. versionadded:: 0.2"""
        words = dropped.split(None, 1)
        word = words[0].strip("/,.;()") if words else ""
        if ZONE_SHAPE.fullmatch(word, 0, None, KEEP_GIL) is None or self.is_date_token(word):
            return kept
        if not word.endswith(self.ZONE_WORD_ENDINGS) or self.vocabulary.is_agency(word):
            return kept  # ("9:00 AM AFP", "14:05 BBC", "9:00 AM AP PHOTO": a credit or an outlet, no zone)
        clock = _CLOCK_TAIL.search(kept.rstrip(), 0, None, KEEP_GIL)
        return kept if clock is None else kept[: clock.start()]

    def to_next_label(self, piece: str) -> str:
        """*piece*, a piece of a line from a word on, up to a stamp label in mid-piece
        (``4 March 2025 08:45 Updated 10:00`` -> ``4 March 2025 08:45 ``), which starts another stamp.

        .. versionadded:: 0.2"""
        label = self._inner_label.search(piece, 1, min(len(piece), self.FIND_CHARS), KEEP_GIL)
        return piece if label is None else piece[: label.start()]

    def opens_range(self, text: str, end: int) -> bool:
        """Whether the date that ends at *end* in *text* opens a range of dates, a dash and another
        month or year after it (life dates under an obituary's name: ``March 2, 1941 - January 28,
        2025``), or a day after a day (an event's ``June 12 – 15, 2025``), which dates no article; a
        time after the dash does not (``Jan. 5, 2025 - 10:30 a.m.``)."""
        dash = _RANGE_DASH.match(text, end)
        if dash is None:
            return False
        before = text[max(0, end - self.RANGE_LOOKBEHIND) : end].rstrip()  # (a window: linear in a long line)
        if _DAY_BEFORE_DASH.search(before) and _DAY_AFTER_DASH.match(text, dash.end()):
            return True  # days of one month: "June 12 – 15, 2025"
        first = self._token.match(text, dash.end())
        word = first.group() if first is not None else ""
        return self.vocabulary.month_number(word) is not None or _YEAR_WORD.fullmatch(word) is not None

    def closes_range(self, text: str, start: int) -> bool:
        """Whether the date that starts at *start* in *text* closes a range of dates, right after a
        dash that follows a number or a month (``June 12 - June 15, 2025``: an event's dates); a
        dash after a name does not (``By Jane Roe - Nov 19, 2019``)."""
        before = _RANGE_BEFORE.search(text, max(0, start - self.RANGE_LOOKBEHIND), start)
        if before is None:
            return False
        word = before["word"]
        return word.isdigit() or self.vocabulary.month_number(word) is not None

    def holds_range(self, written: str) -> bool:
        """Whether *written* is a range of dates (``March 2, 1941 – 2025``) rather than one date:
        a dash after a space or a year with a month or a year after it (see :meth:`opens_range`),
        or two days and a dash before the month's name (``12-15 June 2025``)."""
        if _DAYS_BEFORE_MONTH.search(written, 0, None, KEEP_GIL):  # "12-15 June 2025"
            return True
        return any(self.opens_range(written, dash.start()) for dash in _RANGE_DASH.finditer(written, 0, None, False, KEEP_GIL))

    def date_run_end(self, piece: str) -> int:
        """Where the words that can be part of a date, after a label, stop in *piece* (0 when
        the first word after the label cannot be; after a label, a month or weekday name of
        :attr:`LABELLED_MONTHS` or :attr:`LABELLED_WEEKDAYS` can be); a word glued to the clock's ``am`` or ``pm``
        stops right after it (``3:45 pmIn News``: 3:45 in the afternoon, not the morning)."""
        label = self._label.match(piece, 0, None, KEEP_GIL)
        end = joined = 0  # (joined: where the run stood before the joining words that end it)
        for word in self._space_word.finditer(piece, label.end() if label is not None else 0, None, False, KEEP_GIL):
            tokens = self._token.findall(word.group(), 0, None, False, KEEP_GIL)
            if not all(
                self.is_date_token(token) or (label is not None and self._foreign_word.fullmatch(token) is not None)
                for token in tokens
            ):
                half = _GLUED_HALF.match(piece, word.start(), None, KEEP_GIL)
                if half is not None and end:
                    end = joined = half.end()
                break
            if not self.is_joiner(tokens):
                joined = word.end()
            end = word.end()
        return joined if joined else end

    def is_joiner(self, tokens: Sequence[str]) -> bool:
        """Whether the *tokens* of one word are one of :attr:`DATE_JOINERS` (``The``), maybe with
        punctuation.

        .. versionadded:: 0.2"""
        letters = [token for token in tokens if token[:1].isalpha()]
        return len(letters) == 1 and letters[0].casefold() in self._joiners

    def is_date_word(self, word: str) -> bool:
        """Whether *word*, one word of a line, is made of tokens that may stand in a date
        (:meth:`is_date_token`): ``2025``, ``March``, and a numeric date whole, ``03/03/2025``,
        ``03.03.2025``.

        .. versionadded:: 0.2 (lay57)"""
        tokens = self._token.findall(word, 0, None, False, KEEP_GIL)
        return bool(tokens) and any(token[:1].isalnum() for token in tokens) and all(self.is_date_token(token) for token in tokens)

    def is_date_token(self, token: str) -> bool:
        """Whether a token may stand in a date: a number, punctuation, a month or weekday name, an
        ordinal, a zone or one of :attr:`DATE_FILLERS`."""
        word = token.casefold()
        return (
            token.isdigit()
            or not token[0].isalnum()
            or word in self._words
            or token in self._cased_zones
            or self.vocabulary.month_number(token) is not None
            or self.vocabulary.is_weekday(token)
            or _ORDINAL_TOKEN.fullmatch(word, 0, None, KEEP_GIL) is not None
        )

    def parse_segment(self, segment: str, offset: int, reference_date: dt.date | None) -> Timestamp | None:
        """One ``[label] date`` piece of a line, starting at *offset* in the input."""
        lead = len(segment) - len(segment.lstrip())
        label_match = self._label.match(segment, lead, None, KEEP_GIL)
        kind = TimestampKind.PUBLISHED
        start = lead
        if label_match is not None:
            kind = self.label_kind(label_match["label"])
            start = label_match.end()
        inside, end = field_value(segment[start:])  # ('date: "2024-08-12"': the date inside the marks)
        written = segment[start + inside : start + end].rstrip(".,;-–—").rstrip()
        for opener, closer in self.STAMP_BRACKETS:
            if written.endswith(closer) and opener not in written:
                # ("... (first published 5 March 2025 09:01)", "Published [March 3, 2025 10:00 GMT]": the
                # bracket the piece opened in)
                written = written[:-1].rstrip()
        written = written.strip(self._emphasis_chars).strip()  # ("*Wed 5 Mar 2025 16.42 GMT*": Markdown emphasis, no date's)
        written = written[: self.local_time_remark(written)].rstrip()  # "... à 14h30 (heure de Paris)"
        written = written[: self.time_end(written)].rstrip().rstrip(self.TRAILING_MARKS).rstrip()
        if written and _HALF_DAY_END.search(written, 0, None, KEEP_GIL):
            whole = segment[start + inside : start + end]
            at = whole.find(written) + len(written)
            if whole[at : at + 1] == ".":
                written += "."  # ("Nov. 15, 2019 at 4:02 p.m.": the abbreviation's own period, no sentence's end)
        tail = _BARE_TAIL.search(written, 0, None, KEEP_GIL)
        if tail is not None:
            written = written[: tail.start("tail")]  # ("14 March 2025 / 12 shares": a count, no hour)
        if not written:
            return None
        # (each pattern run only on a text that holds the character it cannot match without)
        readable = written
        if _CJK_YEAR_MARKS[0] in readable or _CJK_YEAR_MARKS[1] in readable:
            readable = _CJK_DATE.sub(_cjk_to_iso, readable, 0, None, None, KEEP_GIL)  # "2025年3月4日 14:30" -> "2025-03-04 14:30"
        if "." in readable:
            readable = _SPACED_HALF.sub(r"\g<half>\g<m>", readable, 0, None, None, KEEP_GIL)  # "08:45 a. m." -> "08:45 am"
        if label_match is not None or self.opens_foreign_date(readable):
            readable = self.in_english(readable)  # "18 novembre 2019" -> "18 November 2019"
        if reference_date is not None and label_match is not None:
            readable = self.relative_day(readable, reference_date)  # "Published: today at 10:05"
        readable = self.spelled_zone_abbreviated(readable)  # "10:00 a.m. Eastern time" -> "10:00 a.m. ET"
        # (the words first: most pieces that find tries hold a word no date holds, and the clocks'
        # test, which reads each clock, then need not run)
        if not self.is_date_only(readable):
            return None
        if self.clock_each_side(written):
            return None  # "08:45 a. m. 4 March 2025 9:10 a. m.": which clock is the date's cannot be told
        if self.holds_range(written):
            return None
        if self.month_first_after(label_match["label"] if label_match is not None else "", readable):
            day_first = self.read_day_first(readable)
            if day_first is None:
                return None
            readable = day_first
        when = self.read_datetime(readable, reference_date)
        if when is None:
            return None
        begin = offset + segment.index(written, start)
        return Timestamp(when, kind, written, Span(begin, begin + len(written)))

    def relative_day(self, readable: str, reference_date: dt.date) -> str:
        """*readable*, a labelled stamp, with a word of :attr:`RELATIVE_DAYS` that opens it written as
        the date it names counted from *reference_date* (``today at 10:05`` -> ``2025-03-04 at
        10:05``, ``gestern, 18:30 Uhr`` -> ``2025-03-03, 18:30 Uhr``); *readable* as it is when no
        such word opens it.  Only with a reference date: without one the day is unknown.

        .. versionadded:: 0.2"""
        word = _RELATIVE_WORD.match(readable, 0, None, KEEP_GIL)
        if word is None:
            return readable
        days = self.RELATIVE_DAYS.get(normalize_word(word["word"]).replace("’", "'"))
        if days is None:
            return readable
        day = reference_date + dt.timedelta(days=days)
        return f"{day.isoformat()}{readable[word.end('word') :]}"

    def local_time_remark(self, written: str) -> int:
        """Where the stamp *written* ends before a remark in brackets that closes it and says its
        clock is local time: at most :attr:`MAX_REMARK_WORDS` words, no digit, one of
        :attr:`LOCAL_TIME_WORDS` among them (``4 mars 2025 à 14h30 (heure de Paris)``, ``a las
        14.30 horas (hora peninsular)``, ``14:30 Uhr (Ortszeit)``); ``len(written)`` when there is
        no such remark.  The stamp reads no zone from it.

        .. versionadded:: 0.2"""
        opening = written.rfind("(")
        remark = self._remark.fullmatch(written, opening, None, KEEP_GIL) if opening > 0 else None
        if remark is None:
            return self.bare_local_time_remark(written)
        words = remark["words"].split()
        if len(words) <= self.MAX_REMARK_WORDS and self.is_place_after_clock(written[:opening], remark["words"]):
            return opening  # "... at 11:30 am (Paris)": the place whose clock it is (mendLT71)
        if len(words) > self.MAX_REMARK_WORDS or not any(normalize_word(word) in self._local_words for word in words):
            return len(written)
        return opening

    def is_place_after_clock(self, before: str, remark: str) -> bool:
        """Whether *remark*, the words in brackets that close a stamp, is a known place alone (the
        vocabulary's ``is_place``: ``Paris``, ``New York``) right after a clock time that ends
        *before* (``11:30 am (Paris)``), the place whose local time
        the clock gives, a remark as ``(Paris time)`` is (:meth:`local_time_remark`): the stamp
        reads no zone from it.

        .. versionadded:: 0.2 (mendLT71)"""
        if not self.vocabulary.is_place(remark):
            return False
        return self.has_clock(before)

    def bare_local_time_remark(self, written: str) -> int:
        """Where the stamp *written* ends before a remark with no brackets that closes it and says
        its clock is a place's local time: it opens with a word of :attr:`LOCAL_TIME_WORDS` right
        after the clock (a word with a digit, or one of :attr:`CLOCK_WORDS`), two to
        :attr:`MAX_REMARK_WORDS` words (a place after the word), no digit, no phrase of the
        vocabulary's ``NAIVE_TIMEZONES`` (``heure locale``, which the stamp reads) (``14 de octubre de 2025 a las 18:32 hora de
        Buenos Aires``, ``14 octobre 2025 à 13 h 45 heure de Montréal``); not a local word after a
        word of no clock (``... 10:00 Eastern time``: the zone's, not a remark's); ``len(written)``
        otherwise.  The stamp reads no zone from it (fixT55b).

        .. versionadded:: 0.2"""
        words = list(SPACED_WORD.finditer(written[-self.REMARK_CHARS :]))
        shift = max(0, len(written) - self.REMARK_CHARS)
        for at in range(max(1, len(words) - self.MAX_REMARK_WORDS), len(words)):
            if normalize_word(words[at].group()) not in self._local_words:
                continue
            before = words[at - 1].group()
            clock = any(c.isdigit() for c in before) or before in self.CLOCK_WORDS
            remark = " ".join(word.group() for word in words[at:])
            if len(words) - at < 2 or remark.casefold() in self._naive_phrases:
                return len(written)  # ("10:00 Ortszeit", "14 h heure locale": a zone word the vocabulary reads, or not)
            if clock and not any(c.isdigit() for c in remark):
                return shift + words[at].start()
            return len(written)
        return len(written)

    def clock_each_side(self, written: str) -> bool:
        """Whether *written* holds a clock time, then a number that is no clock (a date's), then
        another clock (``08:45 a. m. 4 March 2025 9:10 a. m.``): a date between two clocks, which
        may be the date of either (an update's clock run into the publication's date and clock),
        so that :meth:`parse_segment` and :meth:`find` read no stamp from it rather than guess.
        Clocks in brackets (``(1303 GMT)``) and a second clock right after the first with no
        number between (``Nov 19 8:03 pm 12:00``) do not count.

        .. versionadded:: 0.2"""
        blanked = written[: self.FIND_CHARS]
        # (each pattern run only on a text that holds the character it cannot match without)
        if "(" in blanked:
            blanked = _PARENTHESES.sub(lambda m: " " * len(m.group()), blanked, 0, None, None, KEEP_GIL)
        if "." in blanked:
            blanked = _DOT_TIME.sub(r"\1:\2", blanked, 0, None, None, KEEP_GIL)
        if "h" in blanked:
            blanked = _H_TIME.sub(_h_to_colon, blanked, 0, None, None, KEEP_GIL)
        first = _CLOCK.search(blanked, 0, None, KEEP_GIL)
        if first is None:
            return False
        later = [clock.start() for clock in _CLOCK.finditer(blanked, first.end(), None, False, KEEP_GIL)]
        return bool(later) and _NUMBER.search(blanked, first.end(), later[-1], KEEP_GIL) is not None

    def time_end(self, written: str) -> int:
        """Where the stamp *written* ends: before a number after its clock time when a number
        stands before the clock too (``Nov 19 8:03 pm 12:00``, ``Nov. 19, 2019 8:03 am 2/3``: a
        second clock or a page's counter, no part of the date), unless that number is the year the
        date before the clock lacks (``Tue Nov 19 08:03 EST 2019``); the whole of *written* when there
        is no such number (``1:39 am EST, Wednesday, November 20, 2019``: the date after the time)."""
        blanked = written
        if "(" in blanked:  # "(1303 GMT)" is left alone (the pattern needs a bracket: not run on a text with none)
            blanked = _PARENTHESES.sub(lambda m: " " * len(m.group()), blanked, 0, None, None, KEEP_GIL)
        clock = _CLOCK.search(blanked, 0, None, KEEP_GIL)
        if clock is None or _NUMBER.search(blanked, 0, clock.start(), KEEP_GIL) is None:
            return len(written)
        number = _TAIL_NUMBER.search(blanked, clock.end(), None, KEEP_GIL)
        if number is None:
            return len(written)
        if (
            _CLOCK.match(blanked, number.start(), None, KEEP_GIL) is None
            and _YEAR_WORD.fullmatch(number.group(), 0, None, KEEP_GIL) is not None
            and self._year.search(blanked, 0, clock.start(), KEEP_GIL) is None
        ):  # the year after the time ("Tue Nov 19 08:03 EST 2019"); a number after it is no part
            number = _TAIL_NUMBER.search(blanked, number.end(), None, KEEP_GIL)
        return len(written) if number is None else number.start()

    def month_first_after(self, label: str, readable: str) -> bool:
        """Whether *readable*, after *label* (``""`` for none), is a numeric date that reads both
        ways and would be read month first although the label's language puts the day first
        (:attr:`DAY_FIRST_LABELS`) or the stamp is written as those who put the day first write
        it (:meth:`has_day_first_sign`: ``03.04.2025``, ``14h05``), and no ``dayfirst`` was given
        to the parser.

        .. versionchanged:: 0.2 a dotted date or a clock written with ``h`` puts the day first."""
        if self.dayfirst or self._dayfirst_given:
            return False
        numeric = _DAY_MONTH.search(readable, 0, None, KEEP_GIL)
        if numeric is None or int(numeric["first"]) > 12 or int(numeric["second"]) > 12:
            return False
        bare = self._label_tail.sub("", " ".join(label.casefold().split()))
        return bare in self._day_first_labels or self.has_day_first_sign(readable)

    @staticmethod
    def has_day_first_sign(readable: str) -> bool:
        """Whether *readable* is written the way only those who put the day first write a stamp:
        its numeric date, its year in full, with dots (``03.04.2025``; North American copy writes
        ``03/04/2025``) or its clock with ``h`` (``14h05``, ``14:05 h``).  A year of two digits
        (``04.03.25``) gives no sign: American pages write ``11.03.17`` for 3 November; the zone,
        the page's signs or the parser's ``dayfirst`` decide.

        .. versionadded:: 0.2"""
        numeric = _DAY_MONTH.search(readable)
        if numeric is None or len(_DATE_SEPARATOR.split(numeric.group())[-1]) != 4:
            return False
        return "." in numeric.group() or _H_TIME.search(readable) is not None

    @staticmethod
    def is_dotted(readable: str) -> bool:
        """Whether the numeric date of *readable* that reads both ways is written with dots, of a
        year of any length (``03.02.26``, ``03.02.2026``): ``ArticleParser.dotted_day_first``.

        .. versionadded:: 0.2 (trialL62)"""
        numeric = _DAY_MONTH.search(readable)
        return numeric is not None and "." in numeric.group()

    @staticmethod
    def has_full_day_clock(readable: str) -> bool:
        """Whether *readable* holds a clock past noon on the 24-hour dial (``17:48``), which North
        American copy writes ``5:48 p.m.``: ``ArticleParser.dotted_day_first``.

        .. versionadded:: 0.2 (trialL62)"""
        clock = _CLOCK.search(readable)
        return clock is not None and int(clock.group().partition(":")[0]) > 12

    def day_first_labelled(self, piece: str) -> bool:
        """Whether *piece* opens with a label whose language puts the day first and a numeric date
        after it that reads both ways (:meth:`month_first_after`): :meth:`find` then reads it
        only with its label (``Veröffentlicht am 12.05.25`` is never read month first without it)."""
        label = self._label.match(piece, len(piece) - len(piece.lstrip()), None, KEEP_GIL)
        return label is not None and self.month_first_after(label["label"], piece[label.end() :])

    def read_day_first(self, readable: str) -> str | None:
        """*readable*, a numeric date after a label whose language puts the day first
        (:meth:`month_first_after`), with the month written as its name, so that it reads day
        first (``12.05.2025 um 14:05`` -> ``12 May 2025 um 14:05``, ``08.03.25`` -> ``8 March 25``,
        its year of two digits in the century a month-first reading would give it); ``None`` when
        its second number is no month.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a year of two digits is read (it was left unread)."""
        numeric = _DAY_MONTH.search(readable)
        if numeric is None:
            return readable
        year = _DATE_SEPARATOR.split(numeric.group())[-1]
        if len(year) not in (2, 4) or not 1 <= int(numeric["second"]) <= len(self.vocabulary.MONTHS):
            return None
        month = self.vocabulary.MONTHS[int(numeric["second"]) - 1][0].rstrip(".")
        if len(year) == 2:
            year = str(self.vocabulary.parserinfo.convertyear(int(year)))  # the century dateutil gives it
        return f"{readable[: numeric.start()]}{int(numeric['first'])} {month} {year}{readable[numeric.end() :]}"

    def in_english(self, written: str) -> str:
        """*written*, a labelled stamp, with the month names of :attr:`LABELLED_MONTHS` and the
        weekday names of :attr:`LABELLED_WEEKDAYS` as the vocabulary writes them (``lundi 18
        novembre 2019`` -> ``Monday 18 November 2019``: the weekday is checked against the date,
        :meth:`weekday_contradicts`), the French ``er`` of ``1er`` and the Spanish ``a las`` left out.

        .. versionchanged:: 0.2 the weekday kept, in the vocabulary's words (it was left out)."""
        written = _LABELLED_NOISE.sub(" ", written, 0, None, None, KEEP_GIL)  # "1er mars" -> "1 mars", "a las 14:30" -> "14:30"
        month, weekday = self._labelled_months.get, self._labelled_weekdays.get
        return self._foreign_word.sub(
            lambda m: month(normalize_word(m.group()), None) or weekday(normalize_word(m.group()), " "),
            written, 0, None, None, KEEP_GIL,
        )

    def opens_foreign_date(self, written: str) -> bool:
        """Whether *written*, a stamp with no label, opens with a whole date whose month is one of
        :attr:`LABELLED_MONTHS`: a day's number, the month, a year of four digits (``5 de marzo de
        2024 - 10:42``, ``5. März 2024, 10:42 Uhr``, ``5 mars 2024 à 10h42``), which no line of
        English is; then :meth:`parse_segment` reads its month as it reads a labelled stamp's.

        .. versionadded:: 0.2"""
        return self._foreign_date.match(written, 0, None, KEEP_GIL) is not None

    def label_kind(self, label: str) -> TimestampKind:
        """Which kind of stamp a label introduces."""
        bare = self._label_tail.sub("", " ".join(label.casefold().split()), 0, None, None, KEEP_GIL)
        return TimestampKind.UPDATED if bare in self._updated else TimestampKind.PUBLISHED

    def is_date_only(self, written: str) -> bool:
        """Whether *written* holds nothing but a date and time (so a sentence is never read as one)."""
        has_month = False
        unzoned = written
        for zone in self._naive_zone_words:
            if zone in written:  # "local time" is no zone, not a word
                unzoned = self._naive_zone.sub(" ", written, 0, None, None, KEEP_GIL)
                break
        for token in self._token.findall(unzoned, 0, None, False, KEEP_GIL):
            word = token.casefold()
            if token.isdigit() or not token[0].isalnum() or word in self._words or token in self._cased_zones:
                continue
            if self.vocabulary.month_number(token) is not None:
                has_month = True
            elif not self.vocabulary.is_weekday(token) and not _ORDINAL_TOKEN.fullmatch(word, 0, None, KEEP_GIL):
                return False
        numeric = _NUMERIC_DATE.search(written, 0, None, KEEP_GIL) is not None
        return (has_month and any(ch.isdigit() for ch in written)) or numeric

    def names_naive_zone(self, written: str) -> bool:
        """Whether *written* names a clock's zone as none (the vocabulary's ``NAIVE_TIMEZONES``:
        ``3 December 2026 19:30 local time``): its clock is read without a zone, and none is lent to it.

        .. versionadded:: 0.2 (rvl71)"""
        return any(zone in written for zone in self._naive_zone_words) and (
            self._naive_zone.search(written, 0, None, KEEP_GIL) is not None
        )

    def keeps_summer_time(self, when: dt.datetime) -> bool:
        """Whether the zone *when* is read in is a summer-time zone's abbreviation
        (``Vocabulary.DAYLIGHT_TIMEZONES``: ``BST``, ``EDT``, ``AEDT``), whose offset holds only in its season.

        .. versionadded:: 0.2 (rvl71)"""
        return when.tzinfo is not None and (when.tzname() or "").upper() in self._daylight

    def read_datetime(self, written: str, reference_date: dt.date | None) -> dt.datetime | None:
        """The datetime *written* gives, or ``None`` when it has no year and there is no reference date."""
        written = self.colon_clock(_GLUED_TIME.sub(" ", self.ascii_digits(written), 0, None, None, KEEP_GIL))
        if self._year.search(written, 0, None, KEEP_GIL) is None and _LONG_NUMBER.search(
            _CLOCK.sub(" ", written, 0, None, None, KEEP_GIL), 0, None, KEEP_GIL
        ):
            return None  # a number where the year would be that is no year we read: "Jan 1, 0000"
        if _SLASHED_NUMBERS.search(written, 0, None, KEEP_GIL) and not _NUMERIC_DATE.search(written, 0, None, KEEP_GIL):
            return None  # "Nov 19/20 2019": two days, or a range, not one date
        if self._year.search(written, 0, None, KEEP_GIL) is None and reference_date is None:
            return None
        cleaned = self.clean(written)
        if cleaned is None:
            return None
        if self.dropped_zone_dayfirst(written, cleaned) and not self.is_dayfirst(cleaned):
            # "05/03/2025 (AEDT)": 5 March, as "05/03/2025 10:14 AEDT" (a year of two digits too)
            cleaned = self.read_day_first(cleaned) or cleaned
        when = self.parse_with_default(cleaned, dt.datetime(2000, 1, 1))  # a leap year, so "Feb 29" parses
        if when is None or when.year < self.MIN_YEAR:
            return None
        if when.day == 1 and self.parse_with_default(cleaned, dt.datetime(2000, 1, 2)) != when:
            return None  # no day written ("September 2018"): a date of the 1st would be made up
        if reference_date is not None and self._year.search(written) is None:
            dated = resolve_year(when.month, when.day, reference_date)
            if dated is None:
                return None
            when = when.replace(year=dated.year)
        # "Tuesday, 4 March 2026" (a Wednesday): which of the two is wrong cannot be told, so no date;
        # "Wednesday 03/04/2024" read 4 March (a Monday) is 3 April, the one reading its weekday allows
        read = self.weekday_reading(written, when)
        if read is not None and self.undecided_dashes(written, cleaned, read):
            return None  # "11-06-2024": 11 June or 6 November, nothing written tells
        return None if read is None else self.in_zone_season(written, read)

    def in_zone_season(self, written: str, when: dt.datetime) -> dt.datetime:
        """*when*, read from *written*, as its summer-time zone allows
        (``Vocabulary.DAYLIGHT_TIMEZONES``): *when* itself when its zone is no summer-time zone or
        the date is in the zone's season, else *when* with no zone (``01/05/2026 9:00 AM EDT``, 5
        January; ``March 7, 2026 11:52 AM EDT``).  Many pages print a summer-time zone all year,
        so the zone is no evidence of the date: the date stays as the other rules read it (the
        language's order, a day-first wire's, the dateline's own date), never swapped for the
        other order, and neither offset is trusted.  A day a season starts or ends on is in it.

        A region's zone (``ET``, ``Eastern time``: ``Vocabulary.REGIONAL_TIMEZONES``) at an hour its
        clocks skip or pass twice when they change (:meth:`across_change`) gives no zone either.

        .. versionadded:: 0.2 (lay59)
        .. versionchanged:: 0.2 (fixL59) no longer reads the other order of a numeric date.
        .. versionchanged:: 0.2 (byl60) no zone at an hour a region's clocks change over."""
        del written  # (kept for subclasses: the text the date was read from)
        if self.across_change(when):
            return when.replace(tzinfo=None)  # ("March 9, 2025 2:30 a.m. Eastern time": no such hour)
        season = self._daylight.get((when.tzname() or "").upper()) if when.tzinfo is not None else None
        if season is None or self.in_season(when.date(), season):
            return when
        return when.replace(tzinfo=None)

    @staticmethod
    def across_change(when: dt.datetime) -> bool:
        """Whether the clock of *when* is one its region's zone skips or passes twice as the
        clocks change (``2:30 a.m.`` on 9 March 2025 or ``1:30 a.m.`` on 2 November 2025 in
        ``America/New_York``): no offset can be told; never for a fixed offset (``EDT``) or no zone.

        .. versionadded:: 0.2 (byl60)"""
        if when.tzinfo is None:
            return False
        if when.replace(fold=0).utcoffset() != when.replace(fold=1).utcoffset():
            return True  # (passed twice: the offset depends on which pass)
        return when.astimezone(dt.timezone.utc).astimezone(when.tzinfo).replace(tzinfo=None) != when.replace(tzinfo=None)

    @staticmethod
    def in_season(day: dt.date, season: tuple[tuple[int, int], tuple[int, int]]) -> bool:
        """Whether *day* falls in *season*, its first and last day each a month and which Sunday
        of it (``Vocabulary.DAYLIGHT_TIMEZONES``); a season whose first day falls after its last
        (the southern hemisphere's) runs over the new year.

        .. versionadded:: 0.2 (lay59)"""
        first, last = (_nth_sunday(day.year, month, which) for month, which in season)
        return first <= day <= last if first <= last else day >= first or day <= last

    @staticmethod
    def zone_may_decide(piece: str) -> bool:
        """Whether *piece*, which gave no stamp, holds a numeric date with dashes
        (:meth:`undecided_dashes`: ``03-07-2026``) that the zone of a clock in the next piece may
        put in order (``Published: 03-07-2026 | 11:52 AM IST``, read as one stamp by
        :meth:`with_time_after`).

        .. versionadded:: 0.2 (stop 51)"""
        return _DASHED_DATE.search(piece, 0, None, KEEP_GIL) is not None

    def undecided_dashes(self, written: str, cleaned: str, when: dt.datetime) -> bool:
        """Whether *written*, read as *when*, is a numeric date with dashes (``11-06-2024``) whose
        order nothing decides: both its first numbers 12 or under and different, no weekday that
        agrees with *when* only (``Tuesday, 11-06-2024`` is 11 June: 6 November 2024 is a
        Wednesday), no zone or offset whose readers write one order (*cleaned*,
        :meth:`is_dayfirst`), no ``dayfirst`` given to the parser nor a language that puts the day
        first.  Pages write such a date either way round (``11-06-2024`` for 11 June in Europe
        and India, for 6 November in North America), so :meth:`read_datetime` reads none from it
        rather than guess; one with slashes is read as before, its order left to the page's signs.

        .. versionadded:: 0.2"""
        if _DASHED_DATE.search(written, 0, None, KEEP_GIL) is None:
            return False
        other = self.other_reading(written, when)
        if other is None or self.weekday_contradicts(written, other):
            return False  # (one reading only: a day over 12, the language's order, or the weekday's)
        zone = self._zone.search(cleaned)
        hint = self.zone_dayfirst(zone.group()) if zone is not None else self.offset_dayfirst(cleaned)
        return hint is None

    def day_first_reading(self, stamp: Timestamp) -> Timestamp:
        """*stamp* read day first when its numeric date reads both ways (``03/04/2026``) and was
        read month first with nothing written that decides the order (no zone but a universal one,
        ``GMT``, ``UTC``; no offset, no label of :attr:`DAY_FIRST_LABELS`, no ``dayfirst`` given to
        the parser): what
        ``ArticleParser`` does on a page that writes where the day comes first
        (``Vocabulary.writes_day_first``).  Any other stamp is returned as it is.

        .. versionadded:: 0.2"""
        if self.dayfirst or self._dayfirst_given:
            return stamp
        numeric = _DAY_MONTH.search(stamp.text, 0, None, KEEP_GIL)
        zone = self._zone.search(stamp.text)
        # (a universal zone, "GMT", "UTC", says nothing of where the page is written: the signs may decide)
        deciding = zone is not None and self.zone_dayfirst(zone.group()) is not None
        if numeric is None or deciding or _UTC_OFFSET.search(stamp.text) is not None:
            return stamp
        first, second = int(numeric["first"]), int(numeric["second"])
        when = stamp.datetime
        if first == second or (when.month, when.day) != (first, second) or second > 12:
            return stamp  # (read day first already, or both ways the same)
        swapped = when.replace(month=second, day=first)
        if self.weekday_contradicts(stamp.text, swapped):
            return stamp  # "Wed 03/04/2026": the weekday says the month comes first
        return attrs.evolve(stamp, datetime=swapped)

    def in_day_first_zone(self, stamp: Timestamp) -> bool:
        """Whether *stamp* is written in one of :attr:`DAY_FIRST_UNIVERSAL_ZONES` (``12/03/2025
        14:05 GMT``): the page's own zone, a sign that it writes the day first.

        .. versionadded:: 0.2"""
        zone = self._zone.search(stamp.text)
        return zone is not None and zone.group().upper() in self.DAY_FIRST_UNIVERSAL_ZONES

    def written_order(self, stamp: Timestamp) -> bool | None:
        """Whether *stamp*'s numeric date is written day first (``True``) or month first
        (``False``) as the stamp itself shows it: a first number over 12 (``13/04/2024``) or a
        second one (``04/13/2024``), or a weekday that agrees with one reading only (``Wednesday
        03/04/2024``, 3 April; ``Monday 03/04/2024``, 4 March); ``None`` when it shows neither (no
        numeric date, both numbers 12 or under with no such weekday, day and month the same).
        ``ArticleParser`` reads the page's other stamps that read both ways in that order: one page
        writes its dates one way.

        .. versionadded:: 0.2"""
        numeric = _DAY_MONTH.search(stamp.text, 0, None, KEEP_GIL)
        if numeric is None:
            return None
        first, second = int(numeric["first"]), int(numeric["second"])
        if first > 12 or second > 12:
            return None if first > 12 and second > 12 else first > 12
        when = stamp.datetime
        if first == second or (when.month, when.day) not in ((first, second), (second, first)):
            return None
        other = when.replace(month=when.day, day=when.month)
        if self.weekday_contradicts(stamp.text, when) or not self.weekday_contradicts(stamp.text, other):
            return None  # (no weekday, or one both readings allow)
        return (when.month, when.day) == (second, first)

    def weekday_reading(self, written: str, when: dt.datetime) -> dt.datetime | None:
        """*when*, the date read from *written*, as the weekday *written* names allows it: *when*
        itself when the weekday agrees (or none is named); the other reading of a numeric date that
        reads both ways (:meth:`other_reading`) when the weekday agrees with that one only
        (``Wednesday 03/04/2024``, read 4 March, a Monday, is 3 April, a Wednesday: whatever the
        page's signs say); ``None`` when it agrees with neither (:meth:`weekday_contradicts`).  A
        weekday that agrees with both readings (``Sat 03/02/2024``) leaves *when* as read.

        .. versionadded:: 0.2"""
        if not self.weekday_contradicts(written, when):
            return when
        other = self.other_reading(written, when)
        if other is None or self.weekday_contradicts(written, other):
            return None
        return other

    @staticmethod
    def reads_day_first(written: str, when: dt.datetime) -> bool | None:
        """Whether *when* reads *written*'s numeric date day first (``03/04/2024`` as 3 April:
        ``True``; as 4 March: ``False``); ``None`` when it has no such date or *when* reads it
        neither way, or both (day and month the same).

        .. versionadded:: 0.2"""
        numeric = _DAY_MONTH.search(written, 0, None, KEEP_GIL)
        if numeric is None:
            return None
        first, second = int(numeric["first"]), int(numeric["second"])
        if first == second or (when.month, when.day) not in ((first, second), (second, first)):
            return None
        return (when.month, when.day) == (second, first)

    def other_reading(self, written: str, when: dt.datetime) -> dt.datetime | None:
        """The date *written*'s numeric date gives read the other way round from *when*
        (``03/04/2024``: 3 April for 4 March, 4 March for 3 April), or ``None`` when it reads only
        one way: no numeric date, a day over 12, day and month the same, or an order the parser
        holds to (its language's :attr:`~newsparse.Vocabulary.DAYFIRST`, a ``dayfirst`` given to
        it).  (A date written as only those who put the day first write it, ``03.04.2024``, reaches
        here with its month written out already: :meth:`read_day_first`.)

        .. versionadded:: 0.2"""
        if self.dayfirst or self._dayfirst_given:
            return None
        return self.reversed_reading(written, when, given=True)

    def reversed_reading(self, written: str, when: dt.datetime, *, given: bool) -> dt.datetime | None:
        """:meth:`other_reading` over the order the parser's language holds to (its
        :attr:`~newsparse.Vocabulary.DAYFIRST`), and over a ``dayfirst`` given to the parser too
        when *given* is true; ``None`` when a ``dayfirst`` was given and *given* is false.
        ``ArticleParser.read_as_dateline`` weighs it against the dateline's date (*given* false):
        a date the dateline spells out decides the order on a day-first language's page too
        (``Published: 05/12/2026`` over ``SYDNEY, May 12 (AAP) -`` is 12 May with ``en-AU``; fixR60).

        .. versionadded:: 0.2"""
        if self._dayfirst_given and not given:
            return None
        numeric = _DAY_MONTH.search(written, 0, None, KEEP_GIL)
        if numeric is None:
            return None
        first, second = int(numeric["first"]), int(numeric["second"])
        if first == second or first > 12 or second > 12 or (when.month, when.day) not in ((first, second), (second, first)):
            return None
        return when.replace(month=when.day, day=when.month)

    def weekday_before(self, before: str, stamp: Timestamp) -> bool:
        """Whether the last word of *before*, the words of a piece left of *stamp*, is a weekday
        that *stamp*'s date contradicts (:meth:`weekday_contradicts`): :meth:`find`, which tries a
        piece from each of its first words, then reads no stamp from the words after it.

        .. versionadded:: 0.2"""
        words = _LAST_WORD.findall(before[-self.WEEKDAY_LOOKBEHIND :], 0, None, False, KEEP_GIL)
        return bool(words) and self.weekday_contradicts(words[-1], stamp.datetime)

    def weekday_contradicts(self, written: str, when: dt.datetime) -> bool:
        """Whether *written* names a weekday (``Tuesday``, ``Tue.``) that is not the weekday of
        *when*, the date read from it (``Tuesday, 4 March 2026``: 4 March 2026 is a Wednesday).
        :meth:`read_datetime` then reads no date at all: either the weekday or a number is a
        typo, and a wrong date is worse than none.  A date with no weekday is never contradicted.

        .. versionadded:: 0.2"""
        for token in self._token.findall(written[: self.FIND_CHARS], 0, None, False, KEEP_GIL):
            number = self.vocabulary.weekday_number(token) if token[:1].isalpha() else None
            if number is not None and number != when.weekday():
                return True
        return False

    def colon_clock(self, written: str) -> str:
        """*written* with a clock of four digits before a zone name written with a colon (``1909
        GMT`` -> ``19:09 GMT``), when a year stands elsewhere in it; without one, the four digits
        may be the year (``November 18, 2019 GMT``) and are left alone."""
        clock = self._zone_clock.search(written, 0, None, KEEP_GIL)
        if clock is None:
            return written
        rest = written[: clock.start()] + " " + written[clock.end() :]
        if self._year.search(rest) is None:
            return written
        return f"{written[: clock.start()]}{clock['hour']}:{clock['minute']}{written[clock.end() :]}"

    @staticmethod
    def ascii_digits(written: str) -> str:
        """*written* with its digits in ASCII and its fullwidth forms folded (``٢٠٢٤`` -> ``2024``,
        ``１１：１４`` -> ``11:14``), so that a year in other digits is read, not guessed."""
        if written.isascii():
            return written
        folded = unicodedata.normalize("NFKC", written)
        return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded)

    def parse_with_default(self, cleaned: str, default: dt.datetime) -> dt.datetime | None:
        """dateutil's reading of *cleaned*, with what it leaves out taken from *default*; ``None``
        when it cannot read it."""
        plain = self.plain_date(cleaned, default)
        if plain is not None:
            return plain if isinstance(plain, dt.datetime) else None
        from dateutil import parser as du_parser  # (imported when first needed: plain_date)

        try:
            return du_parser.parse(
                cleaned,
                parserinfo=self.vocabulary.parserinfo,
                default=default,
                dayfirst=self.is_dayfirst(cleaned),
                yearfirst=_YEAR_FIRST.search(cleaned, 0, None, KEEP_GIL) is not None,
                tzinfos=self.zone,
            )
        except (du_parser.ParserError, ValueError, ArithmeticError, TypeError):  # ArithmeticError: overflow, decimal
            return None

    def plain_date(self, cleaned: str, default: dt.datetime) -> dt.datetime | bool | None:
        """dateutil's reading of *cleaned* when it is a plain date (:data:`_PLAIN_DATE`: a month's
        name, the day, a year of four digits, maybe a weekday's name before), read without
        dateutil, so that a run whose dates are all plain never imports ``dateutil.parser`` (nor
        the ``dateutil.tz``, ``zoneinfo``, ``ctypes`` and ``tempfile`` it imports, about 3 MB):
        the date on *default* (its clock kept; the weekday left aside, as dateutil leaves it
        when the day is written), ``False`` for a day the month does not have (dateutil fails
        there), ``None`` when *cleaned* is no plain date or the names are not the vocabulary's
        ``parserinfo`` names, or when :attr:`vocabulary` makes its ``parserinfo`` its own way or
        :meth:`zone` gives a zone to a date that writes none: dateutil reads it then.

        .. versionadded:: 0.2"""
        vocabulary = type(self.vocabulary)
        if vocabulary.parserinfo is not Vocabulary.parserinfo or vocabulary._make_parserinfo is not Vocabulary._make_parserinfo:
            return None
        match = _PLAIN_DATE.fullmatch(cleaned, 0, None, KEEP_GIL)
        if match is None:
            return None
        months, weekdays = self.vocabulary._parserinfo_lookup
        weekday, month = match["weekday"], match["month"].lower()
        if weekday is not None and weekday.lower() not in weekdays:
            return None
        if month in weekdays or month not in months or self.zone(None, None) is not None:
            return None  # (dateutil reads a weekday's name before a month's)
        try:
            return default.replace(year=int(match["year"]), month=months[month] + 1, day=int(match["day"]))
        except ValueError:
            return False

    def clean(self, written: str) -> str | None:
        """*written* ready for dateutil: brackets and naive zone names out (a zone's name alone in
        brackets kept as the zone, ``10:12 (IST)``), zone names in capitals,
        ``18.54`` as ``18:54``, ``GMT+3`` as ``+0300``; ``None`` when
        the offset is too large to be a zone; a zone before its clock written after it
        (:meth:`zone_after_clock`: ``IST 08:45 AM`` as ``08:45 AM IST``)."""
        if _ZONE_BEFORE_CLOCK.search(written, 0, None, KEEP_GIL) is not None:
            written = _ZONE_BEFORE_CLOCK.sub(self.zone_after_clock, written, 0, None, None, KEEP_GIL)
        unwrapped = self._bracket_zone.sub(r" \g<zone> ", written, 0, None, None, KEEP_GIL)  # "10:12 (IST)": its zone
        if "(" in unwrapped:  # "15:05 (GMT+7)": the offset in brackets is the zone (mendLD69)
            unwrapped = _BRACKET_OFFSET.sub(r" \g<offset> ", unwrapped, 0, None, None, KEEP_GIL)
        cleaned = self._naive_zone.sub(" ", _PARENTHESES.sub(" ", unwrapped, 0, None, None, KEEP_GIL), 0, None, None, KEEP_GIL)
        offset = _UTC_OFFSET.search(cleaned, 0, None, KEEP_GIL)
        if offset is not None:
            hours, minutes = int(offset["hours"]), int(offset["minutes"] or 0)
            if hours > self.MAX_OFFSET_HOURS or minutes >= 60:
                return None
            sign = "-" if offset["sign"] in "-−–" else "+"
            cleaned = f"{cleaned[: offset.start()]} {sign}{hours:02d}{minutes:02d} {cleaned[offset.end():]}"
        cleaned = _DOT_TIME.sub(r"\1:\2", cleaned, 0, None, None, KEEP_GIL)
        if "h" in cleaned:  # (every clock it reads holds an "h"; its three branches cost 25-65 µs a stamp; speed68)
            cleaned = _H_TIME.sub(_h_to_colon, cleaned, 0, None, None, KEEP_GIL)
        if (
            _CLOCK.search(cleaned, 0, None, KEEP_GIL) is None
            and not _ISO_TIME.search(cleaned, 0, None, KEEP_GIL)
            and not _HOUR_HALF.search(cleaned, 0, None, KEEP_GIL)  # ("9 p.m. PT": a time, its zone kept)
        ):
            cleaned = self._zone.sub(" ", cleaned, 0, None, None, KEEP_GIL)  # a zone with no time says nothing: "28 Apr, 2020 CET"
        else:
            cleaned = self._zone.sub(lambda m: m.group().upper(), cleaned, 0, None, None, KEEP_GIL)
        return self._dropped.sub(" ", _NOISE.sub(" ", cleaned, 0, None, None, KEEP_GIL), 0, None, None, KEEP_GIL)

    def zone_after_clock(self, match: regex.Match[str]) -> str:
        """The zone's abbreviation and clock of *match* (``IST 08:45 AM``, ``GMT 10:00``) written
        clock first, as dateutil reads a zone, when the abbreviation is a zone of the vocabulary
        (``Vocabulary.TIMEZONES``, ``REGIONAL_TIMEZONES``, ``CASED_TIMEZONES``); else as written.

        .. versionadded:: 0.2 (fixT60)"""
        if match["zone"] not in self._zone_abbreviations:
            return match.group()
        return f"{match['clock']} {match['zone']}"

    def is_dayfirst(self, cleaned: str) -> bool:
        """Whether a numeric date puts the day first: when its first number cannot be a month
        (``21/06/2014``), else as :attr:`dayfirst` says; never after a year (``2025-02-01``)."""
        if _YEAR_FIRST.search(cleaned, 0, None, KEEP_GIL) is not None:
            return False  # year, month, day: read as year, day, month when dayfirst
        numeric = _DAY_MONTH.search(cleaned, 0, None, KEEP_GIL)
        if numeric is not None and int(numeric["first"]) > 12:
            return True
        if numeric is not None and int(numeric["second"]) > 12:
            return False
        if numeric is not None:
            zone = self._zone.search(cleaned)
            hint = self.zone_dayfirst(zone.group()) if zone is not None else self.offset_dayfirst(cleaned)
            if hint is not None:
                return hint
        return self.dayfirst

    def dropped_zone_dayfirst(self, written: str, cleaned: str) -> bool:
        """Whether *written* names a zone whose readers write the day first (:meth:`zone_dayfirst`)
        that :meth:`clean` took out of *cleaned* (a zone in brackets, ``05/03/2025 (AEDT)``, or
        with no clock, ``05/03/2025 AEDT``): the zone is still a sign of the date's order.

        .. versionadded:: 0.2"""
        if self._zone.search(cleaned, 0, None, KEEP_GIL) is not None:
            return False  # (the zone is still there: is_dayfirst reads it)
        zone = self._zone.search(written)
        return zone is not None and self.zone_dayfirst(zone.group()) is True

    def offset_dayfirst(self, cleaned: str) -> bool | None:
        """Whether the readers of the offset from UTC that *cleaned* holds (``GMT+1``, cleaned to
        ``+0100``) write the day first, as :meth:`zone_dayfirst` tells for a zone's name: not
        within :attr:`MONTH_FIRST_HOURS`; ``None`` with no offset, or an offset of zero.

        .. versionadded:: 0.2"""
        offset = _CLEANED_OFFSET.search(cleaned)
        if offset is None:
            return None
        seconds = int(offset["hours"]) * 3600 + int(offset["minutes"]) * 60
        if not seconds:
            return None
        seconds = -seconds if offset["sign"] == "-" else seconds
        low, high = self.MONTH_FIRST_HOURS
        return not low * 3600 <= seconds <= high * 3600

    def zone_dayfirst(self, name: str) -> bool | None:
        """Whether the readers of zone *name* write the day first: not in North America
        (:attr:`MONTH_FIRST_HOURS`, or a regional zone there); ``None`` for a universal zone."""
        name = name.upper()
        if name in self._universal:
            return None
        if name in self._regional_zones:
            return not self._regional_zones[name].startswith("America/")
        seconds = self._fixed_zones.get(name)
        if seconds is None:
            return None
        low, high = self.MONTH_FIRST_HOURS
        return not low * 3600 <= seconds <= high * 3600

    def zone(self, name: str | None, offset: int | None) -> dt.tzinfo | None:
        """The time zone for a zone *name* or an *offset* in seconds that dateutil found (its
        ``tzinfos`` hook).  Raises :class:`ValueError`, so that the stamp is dropped, for an
        offset of more than :attr:`MAX_OFFSET_HOURS` or a name the vocabulary does not know."""
        if name is None and offset is None:
            return None  # no zone written
        if name is not None and name.upper() in self._fixed_zones:
            seconds = self._fixed_zones[name.upper()]
            from dateutil import tz  # (imported when first needed: TimestampParser.plain_date)

            return tz.UTC if seconds == 0 else tz.tzoffset(name.upper(), seconds)
        if name is not None and name.upper() in self._regional_zones:
            from dateutil import tz

            return tz.gettz(self._regional_zones[name.upper()])
        if name is None and offset is not None:
            if abs(offset) > self.MAX_OFFSET_HOURS * 3600:
                raise ValueError("offset out of range")
            from dateutil import tz

            return tz.UTC if offset == 0 else tz.tzoffset(None, offset)
        raise ValueError(f"unknown zone {name!r}")
