"""The shared word lists, in the manner of :class:`dateutil.parser.parserinfo`.

Lists are UPPERCASE class attributes.  ``__init__`` turns them into lookup tables and
compiled patterns once; the parsers then only ask small questions (``is_agency``,
``month_number``).  Change a list by subclassing::

    >>> class MyVocabulary(Vocabulary):
    ...     AGENCIES = Vocabulary.AGENCIES + ("Agencia Lusa",)
    >>> MyVocabulary().is_agency("agencia lusa")
    True
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING, ClassVar

import regex

from .sharing import LazyPattern
from .vocab import agencies, demonyms, given_names, months, places, titles

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from dateutil import parser as du_parser

__all__ = ["Vocabulary"]


#: How many words :func:`normalize_word` remembers.  Words repeat: over PolNeAR 1,024 answer
#: 92.9% of the 561,000 calls (the constructors' tables are normalised by :func:`_normalized`, not
#: through the cache); 4,096 answered 95.3% (65,536: 97%) and kept about 0.8 MB more at the run's
#: end (each word held twice, as asked and normalised, in the cache's list); the 13,000 more misses
#: cost about 5 ms a pass of 4.7 s (a miss 0.46 µs, a hit 0.11 µs).
NORMALIZE_CACHE = 1 << 10


def _normalized(word: str) -> str:
    """:func:`normalize_word`'s work, not remembered: for the tables a constructor builds once, whose
    thousands of words would push a text's words out of the cache (and, a second parser's tables
    being dropped for the first's, leave the cache holding fresh copies of them)."""
    return word.strip().replace(".", "").casefold()


@functools.lru_cache(maxsize=NORMALIZE_CACHE)
def normalize_word(word: str) -> str:
    """Lowercase, without periods and surrounding whitespace: ``"Sen."`` -> ``"sen"``."""
    return _normalized(word)


#: What :func:`alternation` gives for no words: a pattern that matches nowhere.
NOTHING = "(?!)"

#: The characters copy uses for an apostrophe: the straight one, the typographic one, and the
#: opening single quotation mark and the modifier letter that keyboards and converters put in its
#: place (``Kelce‘s``, ``Kelceʼs``).  ``ʼ`` is a letter of its own (``\p{L}``).
APOSTROPHE_MARKS = "'’‘ʼ"


#: What stands between the words of a date written out: spaces and commas (:meth:`Vocabulary.is_date_phrase`).
_DATE_PHRASE_SPLIT = regex.compile(r"[\s,]++")
# a word that may place a page in a region (Vocabulary.zone_regions): letters and digits, with the
# dots of an abbreviation or a site's name inside it ("U.S.", "rte.ie") and a closing dot
_REGION_WORD = regex.compile(r"[\p{L}\p{N}]++(?:\.[\p{L}\p{N}]++)*+\.?+")
#: The most letters of a word in capitals that :meth:`Vocabulary.zone_regions` reads only as written
#: (``US``, never the word ``us``); a longer one is read in title case too (``DELHI``, ``Delhi``).
REGION_CAPS_LETTERS = 3
#: A day or a year in a date written out: up to four digits, maybe an ordinal's letters or a full stop (``5th``, ``5.``).
_DATE_NUMBER = regex.compile(r"\d{1,4}+(?:\p{Ll}{1,2}+)?+\.?")


def own_or_pack(own: Iterable[str] | None, pack: Iterable[str]) -> tuple[str, ...]:
    """The words a parser reads for one of its lists, case-folded: its own (a subclass's *own*) when it
    has them, else its vocabulary's (*pack*), so a language pack's words reach the layout parsers
    and a parser's subclass still replaces them (``BoilerplateParser.READER_THANKS``, lang62)."""
    return tuple(word.casefold() for word in (pack if own is None else own))


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of *words*, longest first, each escaped.

    Empty words are left out, and no words at all give :data:`NOTHING`, so that a subclass that
    empties a vocabulary (``CAPTION_LABELS = ()``) turns a rule off instead of making its
    pattern match the empty string everywhere.

    >>> alternation(["Pic", "", "Photo"])
    'Photo|Pic'
    >>> alternation(())
    '(?!)'
    """
    kept = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in kept) if kept else NOTHING


#: The ``concurrent`` argument the hot paths give the ``regex`` module's pattern methods, passed by
#: position (after ``pos`` and ``endpos``; for ``finditer``, ``findall`` after ``overlapped``; for
#: ``sub`` after ``count``, ``pos`` and ``endpos``): ``False`` keeps the GIL for the short matches the
#: rules run, where the module's default gives it up and takes it back around every match of a
#: ``str`` (about a fifth of a short match's cost; by keyword the argument costs more than it saves).
KEEP_GIL = False

#: The longest text whose words :func:`ascii_words` lists at once for a word-set test; a longer
#: one is searched for the words as substrings instead (no list of its millions of words).
ASCII_WORDS_MAX = 100_000

# (every byte that is no ASCII letter made a blank: a text's UTF-8 bytes split at blanks then give
# its runs of ASCII letters, each cut at anything else: a digit, a hyphen, a mark, any character
# outside ASCII)
_ASCII_LETTERS_ONLY = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def ascii_words(text: str) -> list[bytes]:
    """The runs of ASCII letters in *text*, in order, as bytes, each cut at any other character
    (``"copper-miner Minera, 2024"`` -> ``[b"copper", b"miner", b"Minera"]``): one
    ``bytes.translate`` and one split, no Python step per word.  A word of ASCII letters that
    stands in *text* with no letter, mark or hyphen before it and a blank after it is one of
    them, so a set of such words none of which is listed is in no such place
    (:meth:`Vocabulary.may_hold_trade_noun`).

    .. versionadded:: 0.2"""
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_LETTERS_ONLY).split()


#: The verbs a British or Commonwealth desk spells ``-ise`` and a North American one ``-ize``
#: (``prioritise``/``prioritize``), as their common stem: both date-order sign lists of
#: :class:`Vocabulary` are spelled from it (:func:`_spellings`).
_ISE_STEMS: tuple[str, ...] = (
    "real", "recogn", "apolog", "critic", "priorit", "emphas", "organ", "minim", "maxim", "author", "final",
    "summar", "modern", "mobil", "privat", "subsid", "stabil", "util", "scrutin", "special", "sympath", "jeopard",
    "hospital", "penal", "character", "central", "normal", "legal", "capital", "categor", "standard", "visual",
    "custom", "optim", "harmon", "incentiv", "revital", "neutral", "energ", "digit", "immun", "galvan", "sanit",
    "memorial", "public", "familiar",
)


def _spellings(stems: tuple[str, ...], *endings: str) -> tuple[str, ...]:
    """Each of *stems* with each of *endings* (``real`` + ``ise``, ``ised``)."""
    return tuple(stem + ending for stem in stems for ending in endings)


#: What :meth:`Vocabulary.writes_day_first_language` strips off a word's ends: punctuation and marks.
_LANGUAGE_WORD_EDGES = ".,;:!?\"'«»“”„‘’()[]—–-"
#: Where a date-order sign may start or end (:func:`_date_order_signs`): not between two letters
#: or digits.  Before a sign, the character after the place is the sign's first: the test asks for
#: no letter or digit before a sign that opens with one (``centre`` not in ``decentred``) and
#: nothing before one that opens otherwise (``£``, ``.ie``); after it, the same for its last.
_SIGN_EDGE = r"(?:(?<![\p{L}\p{N}])|(?![\p{L}\p{N}]))"


def _sign_alternation(signs: tuple[str, ...]) -> str:
    """An alternation of *signs* as written, longest first, empty ones left out (each a whole
    word where it starts or ends with a letter or digit by :data:`_SIGN_EDGE` around it:
    ``centre`` not in ``centred``; ``£`` anywhere; ``.ie`` not in ``.iex``)."""
    return "|".join(regex.escape(sign) for sign in sorted(set(signs), key=len, reverse=True) if sign)


def _date_order_signs(day_first: tuple[str, ...], month_first: tuple[str, ...]) -> LazyPattern:
    """The pattern :meth:`Vocabulary.writes_day_first` reads signs with: *day_first* in a group
    ``day`` and *month_first* in a group ``month``, :data:`_SIGN_EDGE` at both ends (one test at
    each end for all the signs, not one per sign: with one look-behind and look-ahead per sign
    the English lists compiled to some 400 KB), compiled when first used (only a page with an
    ambiguous numeric date asks)."""
    groups = [
        f"(?P<{group}>{words})"
        for group, words in (("day", _sign_alternation(day_first)), ("month", _sign_alternation(month_first)))
        if words
    ]
    return LazyPattern(f"{_SIGN_EDGE}(?:{'|'.join(groups)}){_SIGN_EDGE}" if groups else NOTHING)


@functools.cache
def _parser_info_class() -> Callable[[list[tuple[str, ...]], list[tuple[str, ...]]], du_parser.parserinfo]:
    """dateutil's ``parserinfo`` with month and weekday names given per instance, made when a
    vocabulary's :attr:`~Vocabulary.parserinfo` is first read: ``dateutil.parser`` imports
    ``dateutil.tz``, which imports ``zoneinfo``, ``ctypes``, ``tempfile`` and ``importlib.resources``
    (about 3 MB), and a run whose dates are all plain (``TimestampParser.plain_date``) needs none
    of them."""
    from dateutil import parser as du_parser

    class _ParserInfo(du_parser.parserinfo):
        def __init__(self, months: list[tuple[str, ...]], weekdays: list[tuple[str, ...]]) -> None:
            self.MONTHS = months  # type: ignore[assignment]
            self.WEEKDAYS = weekdays  # type: ignore[assignment]
            super().__init__()

    return _ParserInfo


class Vocabulary:
    """Word lists shared by several parsers: months, weekdays, time zones, agencies, titles,
    countries and their adjectives, and words that mark organisations or are never names."""

    MONTHS: ClassVar[tuple[tuple[str, ...], ...]] = months.MONTHS
    WEEKDAYS: ClassVar[tuple[tuple[str, ...], ...]] = months.WEEKDAYS
    #: The letters an ordinal day may carry after its digits in a date spelled out (``3rd March``,
    #: ``February 9th, 2026``), in lower case: ``ArticleParser.spelled_dates`` (:attr:`ordinal_pattern`).
    #:
    #: .. versionadded:: 0.2 (rvl70)
    DAY_ORDINALS: ClassVar[tuple[str, ...]] = ("st", "nd", "rd", "th")
    TIMEZONES: ClassVar[tuple[tuple[str, float], ...]] = months.TIMEZONES
    #: Zones whose abbreviation is an English word too (``ART``, ``PET``), read only in capitals
    #: (``9:00 AM ART``), beside :attr:`TIMEZONES`.
    #:
    #: .. versionadded:: 0.2
    CASED_TIMEZONES: ClassVar[tuple[tuple[str, float], ...]] = months.CASED_TIMEZONES
    NAIVE_TIMEZONES: ClassVar[tuple[str, ...]] = months.NAIVE_TIMEZONES
    #: Summer-time zones of :attr:`TIMEZONES` with the season their region keeps them, each
    #: ``(name, ((month, sunday), (month, sunday)))``: the first and the last day, a month and
    #: which Sunday of it (``-1`` the last).  A stamp in one on a date outside its season
    #: (``01/05/2026 9:00 AM EDT``, 5 January) keeps its date and no zone, as pages print the
    #: zone all year (:meth:`~newsparse.TimestampParser.in_zone_season`; fixL59).
    #:
    #: .. versionadded:: 0.2
    DAYLIGHT_TIMEZONES: ClassVar[tuple[tuple[str, tuple[tuple[int, int], tuple[int, int]]], ...]] = (
        months.DAYLIGHT_TIMEZONES
    )
    #: Abbreviations of :attr:`TIMEZONES` that name several zones (``IST``: Irish, Indian or Israel
    #: Standard Time), each with ``(region, offset in hours)`` pairs: a stamp in one takes the offset
    #: of the one region of :attr:`ZONE_REGIONS` the page names, and none when it names none or
    #: several (:meth:`ambiguous_zone_offset`; a wrong offset is worse than none).
    #:
    #: .. versionadded:: 0.2
    AMBIGUOUS_TIMEZONES: ClassVar[tuple[tuple[str, tuple[tuple[str, float], ...]], ...]] = months.AMBIGUOUS_TIMEZONES
    #: Regions of :attr:`AMBIGUOUS_TIMEZONES` that keep the zone in a season only, each
    #: ``(zone, region, season)`` as in :attr:`DAYLIGHT_TIMEZONES` (``IST`` in Ireland is Irish
    #: Summer Time): a stamp in the zone on a date outside the season keeps no offset
    #: (:meth:`ambiguous_zone_season`).
    #:
    #: .. versionadded:: 0.2
    AMBIGUOUS_ZONE_SEASONS: ClassVar[tuple[tuple[str, str, tuple[tuple[int, int], tuple[int, int]]], ...]] = (
        months.AMBIGUOUS_ZONE_SEASONS
    )
    #: ``(zone, region)`` pairs: the region of :attr:`AMBIGUOUS_TIMEZONES` a stamp in the zone is
    #: read in when the page names none of the zone's regions, the zone's usual reading (``PST``: US
    #: Pacific time unless the page names the Philippines); a zone not listed keeps no offset then
    #: (:meth:`ambiguous_zone_region`).
    #:
    #: .. versionadded:: 0.2
    AMBIGUOUS_ZONE_DEFAULTS: ClassVar[tuple[tuple[str, str], ...]] = months.AMBIGUOUS_ZONE_DEFAULTS
    #: The words that place a page in a region of :attr:`AMBIGUOUS_TIMEZONES`, as written: the
    #: country, its people, its large cities, the wires based there, its sites' ending (``.ie``).
    #:
    #: .. versionadded:: 0.2
    ZONE_REGIONS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = months.ZONE_REGIONS
    #: The words of :attr:`ZONE_REGIONS` that name a region's people (``Chinese``, ``Irish``,
    #: ``American``), not the region: weak evidence of where a site is, which the story's own text
    #: writes of any people (``Chinese buyers`` in a story from Iowa); read before the story only
    #: (:meth:`zone_regions` with ``people=False``; ``ArticleParser.settle_ambiguous_zones``).
    #:
    #: .. versionadded:: 0.2 (fixT61)
    ZONE_REGION_PEOPLE: ClassVar[frozenset[str]] = months.ZONE_REGION_PEOPLE
    #: Zones spelled out after a clock, in lower case, with the abbreviation read in their place
    #: (``10:00 a.m. Eastern time``: ``ET``, standard or daylight time by the date), when the
    #: vocabulary reads that abbreviation (:meth:`~newsparse.TimestampParser.with_spelled_zone`;
    #: moved here from ``TimestampParser``, mend57).  The language packs keep these zones.  A zone's
    #: full name is one zone's even where its abbreviation names several (``British Summer Time``:
    #: ``BST`` at +01:00, never Bangladesh's; ``India Standard Time``: ``IST`` at +05:30): each maps to
    #: an abbreviation :attr:`TIMEZONES` reads at that zone's offset, and a name no abbreviation
    #: reads so is left out (Israel's, Ireland's, Bangladesh's, Arabia's).  A summer time's name
    #: reads no zone out of its season (``DAYLIGHT_TIMEZONES``).  The parser tries a longer name
    #: before one it ends with (``Australian Eastern Standard Time`` before ``Eastern Standard Time``).
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 zones' full names of Europe, Asia, Africa and Oceania and the US
    #:    standard and daylight names (fixT61)
    #: .. versionchanged:: 0.2 (fixL69) the US regions' names alone (``9 PM Central``), one word each:
    #:    read only where the name ends the line or comes before one of
    #:    ``TimestampParser.BARE_ZONE_FOLLOWERS`` (a comma, a bracket's close), and in the US zone only
    #:    where the page's region reads the like abbreviation there (:attr:`BARE_ZONE_ABBREVIATIONS`; rvl69)
    SPELLED_ZONES: ClassVar[tuple[tuple[str, str], ...]] = (
        # (the longer spelling first: "Eastern Time Zone" whole, no "Zone" left over; fixR56)
        ("eastern time zone", "ET"), ("central time zone", "CT"), ("mountain time zone", "MT"),
        ("pacific time zone", "PT"),
        ("eastern time", "ET"), ("central time", "CT"), ("mountain time", "MT"), ("pacific time", "PT"),
        # North America's standard and daylight names (fixT61)
        ("eastern standard time", "EST"), ("eastern daylight time", "EDT"), ("central standard time", "CST"),
        ("central daylight time", "CDT"), ("mountain standard time", "MST"), ("mountain daylight time", "MDT"),
        ("pacific standard time", "PST"), ("pacific daylight time", "PDT"), ("alaska standard time", "AKST"),
        ("alaska daylight time", "AKDT"), ("hawaii standard time", "HST"), ("hawaii-aleutian standard time", "HST"),
        ("newfoundland standard time", "NST"), ("newfoundland daylight time", "NDT"),
        # Europe's
        ("greenwich mean time", "GMT"), ("coordinated universal time", "UTC"), ("british summer time", "BST"),
        ("central european time", "CET"), ("central european summer time", "CEST"),
        ("eastern european time", "EET"), ("eastern european summer time", "EEST"),
        ("western european time", "WET"), ("western european summer time", "WEST"), ("moscow standard time", "MSK"),
        ("moscow time", "MSK"),
        # Asia's, Africa's and Oceania's
        ("india standard time", "IST"), ("indian standard time", "IST"), ("pakistan standard time", "PKT"),
        ("japan standard time", "JST"), ("korea standard time", "KST"), ("korean standard time", "KST"),
        ("hong kong time", "HKT"), ("singapore time", "SGT"), ("singapore standard time", "SGT"),
        ("philippine standard time", "PHT"), ("philippine time", "PHT"), ("gulf standard time", "GST"),
        # (a country's time where it has one zone: "10:14 (UAE time)"; fixL63)
        ("uae time", "GST"), ("gulf time", "GST"),
        ("kenya time", "EAT"), ("uganda time", "EAT"), ("tanzania time", "EAT"), ("ethiopia time", "EAT"),
        ("nigeria time", "WAT"), ("south africa time", "SAST"), ("japan time", "JST"), ("korea time", "KST"),
        ("south korea time", "KST"),
        ("pakistan time", "PKT"), ("philippines time", "PHT"), ("thailand time", "ICT"), ("vietnam time", "ICT"),
        ("nepal time", "NPT"), ("beijing time", "BJT"), ("india time", "IST"),
        ("east africa time", "EAT"), ("west africa time", "WAT"), ("central africa time", "CAT"),
        ("south africa standard time", "SAST"), ("south african standard time", "SAST"),
        ("australian eastern standard time", "AEST"), ("australian eastern daylight time", "AEDT"),
        ("australian central standard time", "ACST"), ("australian central daylight time", "ACDT"),
        ("australian western standard time", "AWST"), ("new zealand standard time", "NZST"),
        ("new zealand daylight time", "NZDT"),
        # a US region's name alone after the clock, as US pages print it: "UPDATED: Dec 3, 2026 9 PM CENTRAL",
        # "9:10 a.m. Eastern"; one word, so only where it ends the stamp's line or stands before a comma or a
        # bracket's close ("9 PM Central Park" names a place: TimestampParser.ends_bare_zone; fixL69)
        ("eastern", "ET"), ("central", "CT"), ("mountain", "MT"), ("pacific", "PT"),
    )
    #: The US regions' names of :attr:`SPELLED_ZONES` that stand alone after a clock (``9:00am
    #: Eastern``), each with the abbreviation of :attr:`AMBIGUOUS_TIMEZONES` whose regions share the
    #: name (``EST``: US, Canadian or Australian Eastern time): such a stamp keeps its US zone only
    #: where the page names no region of the abbreviation's at another offset than
    #: :attr:`BARE_ZONE_REGION`'s (a page from Sydney: no zone, Australia's Eastern time being
    #: +10 or +11 by the season; ``ArticleParser.settle_bare_zone``), nor where it names any region
    #: outside :attr:`BARE_ZONE_HOME_REGIONS` (a page from Sydney or London: ``9:00am Central``,
    #: ``Mountain``, is no US time there; a wrong offset is worse than none).
    #:
    #: .. versionadded:: 0.2 (rvl69)
    BARE_ZONE_ABBREVIATIONS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("eastern", "EST"), ("central", "CST"), ("mountain", "MST"), ("pacific", "PST"),
    )
    #: The regions of :attr:`ZONE_REGIONS` whose pages print the US zones by a region's name alone
    #: (``9:00am Eastern``): a page naming only these, or none, keeps the zone
    #: (:meth:`bare_zone_kept`).
    #:
    #: .. versionadded:: 0.2 (round 69's merge)
    BARE_ZONE_HOME_REGIONS: ClassVar[tuple[str, ...]] = ("United States", "Canada", "Atlantic Canada")
    #: The region of :attr:`AMBIGUOUS_TIMEZONES` whose zone a name of :attr:`BARE_ZONE_ABBREVIATIONS`
    #: reads (its offset shared by Canada's, the same zone).
    #:
    #: .. versionadded:: 0.2 (rvl69)
    BARE_ZONE_REGION: ClassVar[str] = "United States"
    #: Weekday abbreviations, Monday first, that a page prints as the whole head of a numeric
    #: stamp's line (German ``Di 14.10.2025 - 15:20 Uhr``, French ``mar. 14/10/2025``, Spanish
    #: ``mié 15/10/2025``, Italian ``gio 16/10/2025``): part of the stamp only when it names the
    #: date's own weekday (:meth:`~newsparse.TimestampParser.with_weekday_head`).  Compared in
    #: lower case, without the abbreviation's dot.  Each language pack lists its own language's;
    #: this vocabulary, which reads a page in any language when no pack is named, keeps those of
    #: every language whose pages print them (moved here from ``TimestampParser``, mend57).
    #:
    #: .. versionadded:: 0.2
    WEEKDAY_ABBREVIATIONS: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("mo", "lun", "lu"),
        ("di", "mar", "ma"),
        ("mi", "mer", "mié", "mie", "me"),
        ("do", "jeu", "jue", "gio", "je", "ju"),
        ("fr", "ven", "vie", "ve", "vi"),
        ("sa", "sam", "sáb", "sab", "sá"),
        # (French "di." is dimanche, Spanish "do" domingo: an abbreviation may name two days, the
        # date's own weekday tells which; fixR56)
        ("so", "dim", "dom", "di", "do"),
    )
    #: Whether the language writes a numeric date that reads both ways day first (``12/03/2025``
    #: is 12 March); :class:`~newsparse.TimestampParser` reads dates so unless told otherwise.
    DAYFIRST: ClassVar[bool] = False
    #: Whether the language's papers open a story with a place in capitals and a full stop
    #: (German ``KASSEL. Der Magistrat ...``), so that :class:`~newsparse.DatelineParser` reads
    #: any such place as a dateline, not only one :meth:`is_place` knows.
    #:
    #: .. versionadded:: 0.2
    FULL_STOP_DATELINES: ClassVar[bool] = False
    #: Whether the language's pages print a stamp's clock on a line of its own under a date line, a
    #: label and a time alone (La Presse's ``5 mars 2025`` / ``Publié à 5 h 00`` / ``Mis à jour à 7 h
    #: 45``), so that :meth:`~newsparse.ArticleParser.clock_after_date` dates such a clock by the date
    #: above it.  Off in English, whose pages' ``Updated 12:15`` under a published date may be a
    #: later day's (a wrong date is worse than none); on in French.
    #:
    #: .. versionadded:: 0.2 (lang65)
    CLOCK_LINES_ON_DATE: ClassVar[bool] = False
    #: Signs, as written (case counts), that a page is written where a numeric date puts the day
    #: first (Britain, Ireland, Australia, New Zealand, India, South Africa, the euro zone):
    #: spellings a North American copy desk changes (``colour``, ``realise``, ``travelled``, ``per
    #: cent``), in lower case so that a proper name (``Labour``, ``Ministry of Defence``) is no
    #: sign, the pound and euro signs, company forms and those countries' web domains.  Each is
    #: one sign only: a page that shows :attr:`MIN_DAY_FIRST_SIGNS` different ones, and more of
    #: them than of :attr:`MONTH_FIRST_SIGNS` (:meth:`writes_day_first`), has an ambiguous numeric
    #: stamp (``Posted: 03/04/2026``) read day first, so that a ``€`` an American page quotes is
    #: no sign without a second one.  Empty where :attr:`DAYFIRST` is on.
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 the euro sign, ``per cent``, ``-ise`` and ``-ll-`` spellings and more
    #:    domains (``.co.za``, ``.co.in``, ``.eu``)
    #: .. versionchanged:: 0.2 more ``-ise`` verbs (``prioritise``, ``emphasised``, ``organised``)
    DAY_FIRST_SIGNS: ClassVar[tuple[str, ...]] = (
        "colour", "colours", "favour", "favourite", "honour", "labour", "neighbour", "neighbours", "behaviour",
        "centre", "centres", "theatre", "metres", "kilometres", "organisation", "organisations", "programme",
        "programmes", "defence", "licence", "cheque", "tyres", "kerb", "whilst", "petrol",
        "per cent", "analyse", "analysed", "jewellery", "aluminium", "manoeuvre",
        *_spellings(_ISE_STEMS, "ise", "ised"),
        "£", "€", "Ltd", "plc", ".co.uk", ".org.uk", ".gov.uk", ".ac.uk", ".com.au", ".gov.au", ".net.au",
        ".org.au", ".co.nz", ".govt.nz", ".org.nz", ".ie", ".co.za", ".gov.za", ".org.za", ".co.in", ".gov.in",
        ".eu",
    )
    #: Signs, as written, that a page is written where a numeric date puts the month first
    #: (North America): the spellings of :attr:`DAY_FIRST_SIGNS` that copy desk writes, and its
    #: ``$``, ``U.S.``, ``a.m.`` and ``Inc.``
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 ``percent``, ``-ize`` and single ``-l-`` spellings
    #: .. versionchanged:: 0.2 more ``-ize`` verbs (``prioritize``, ``emphasized``, ``organized``)
    MONTH_FIRST_SIGNS: ClassVar[tuple[str, ...]] = (
        "color", "colors", "favor", "favorite", "honor", "neighbor", "neighbors", "behavior", "center",
        "centers", "theater", "kilometers", "organization", "organizations", "defense", "sidewalk", "gasoline",
        "percent", "analyze", "analyzed", "traveled", "canceled", "jewelry", "aluminum", "maneuver",
        *_spellings(_ISE_STEMS, "ize", "ized"),
        # (and what a US desk writes beside them: a dollar price, "U.S.", "a.m.", a company's "Inc.")
        "$", "U.S.", "a.m.", "p.m.", "Inc.", "Corp.",
    )
    #: News agencies, as written in a dateline's brackets, whose home writes a numeric date with
    #: the day first (India's, Nigeria's, Ghana's, Australia's, Pakistan's, Kenya's): a dateline's
    #: ``NEW DELHI, 03/07/2026 (PTI)`` is 3 July (:meth:`agency_date_order`).
    #:
    #: .. versionadded:: 0.2
    DAY_FIRST_AGENCIES: ClassVar[tuple[str, ...]] = ("PTI", "IANS", "ANI", "UNI", "NAN", "GNA", "AAP", "APP", "KNA")
    #: News agencies whose home writes a numeric date with the month first (``AP``, ``CP``):
    #: a dateline's ``03/07/2026 (AP)`` is 7 March (:meth:`agency_date_order`).
    #:
    #: .. versionadded:: 0.2
    MONTH_FIRST_AGENCIES: ClassVar[tuple[str, ...]] = ("AP", "UPI")  # (not CP: Canadian copy writes both; merge58)
    #: Outlets whose pages write a numeric date with the day first, by their name as a page prints
    #: it above its story (``The Hindu``, ``Times of India``, ``Corriere della Sera``): a stamp
    #: ``Published: 05/12/2024`` under one of them is 5 December
    #: (:meth:`names_day_first_outlet`; ``ArticleParser.outlet_writes_day_first``).  Matched as
    #: written, as whole words; names a person or a common word may be (``Dawn``, ``Mint``, ``The
    #: National``) are left out, as is any outlet of a country that writes both orders.
    #:
    #: .. versionadded:: 0.2 (fixL67)
    DAY_FIRST_OUTLETS: ClassVar[tuple[str, ...]] = (
        # India, Pakistan, Bangladesh, the Gulf
        "The Hindu", "Times of India", "Hindustan Times", "Indian Express", "Deccan Herald", "Deccan Chronicle",
        "India Today", "The Statesman", "NDTV", "News18", "Business Standard", "Economic Times", "The Express Tribune",
        "The News International", "Dhaka Tribune", "Gulf News", "Khaleej Times", "Arab News",
        # Italy, Ireland, Britain, Australia
        "Corriere della Sera", "la Repubblica", "La Repubblica", "La Stampa", "Il Sole 24 Ore", "Il Messaggero",
        "The Irish Times", "Irish Independent", "Sydney Morning Herald",
    )
    #: How many different :attr:`DAY_FIRST_SIGNS` a page must show for :meth:`writes_day_first`
    #: (one ``£`` in an American story about London is no sign of where it was written).
    #:
    #: .. versionadded:: 0.2
    MIN_DAY_FIRST_SIGNS: ClassVar[int] = 2
    #: How many characters of a text :meth:`writes_day_first` reads.
    #:
    #: .. versionadded:: 0.2
    DATE_ORDER_WINDOW_CHARS: ClassVar[int] = 20_000
    #: Common words, in lower case, of the languages that write a numeric date with the day first
    #: (French, German, Spanish, Italian, Portuguese, Dutch) and not English words too: a page in
    #: English vocabulary whose text shows :attr:`MIN_DAY_FIRST_LANGUAGE_WORDS` different ones is
    #: written in one of them (:meth:`writes_day_first_language`), so its ``Updated 10/12/2024`` is
    #: 10 December.  No English word (``pour``, ``den``, ``die`` are left out).  Not read where
    #: :attr:`DAYFIRST` is on, which reads such a date day first already.
    #:
    #: .. versionadded:: 0.2 (fixL66)
    DAY_FIRST_LANGUAGE_WORDS: ClassVar[tuple[str, ...]] = (
        "les", "des", "une", "dans", "avec", "est", "sont", "été", "qui", "aux", "du", "au",
        "der", "und", "nicht", "mit", "ist", "sich", "auf", "dem", "eine", "wurde",
        "los", "las", "del", "para", "una", "con", "por", "fue", "según", "como",
        "della", "degli", "sono", "nel", "anche", "che", "il", "gli",
        "não", "uma", "com", "foi", "pelo", "também",
        "het", "een", "niet", "zijn", "wordt", "ook",
    )
    #: How many different :attr:`DAY_FIRST_LANGUAGE_WORDS` a page must show to be read as written
    #: in one of their languages (an English story that quotes ``la vie en rose`` shows none of them;
    #: one that quotes a French sentence may show two).
    #:
    #: .. versionadded:: 0.2 (fixL66)
    MIN_DAY_FIRST_LANGUAGE_WORDS: ClassVar[int] = 4
    #: Prepositions of place, in lower case, before a town's name in a story (German ``in Cochem``,
    #: ``aus Cochem``): where :attr:`FULL_STOP_DATELINES` is on, a name in title case before a full
    #: stop that opens the story (``Cochem. Die Mosel ...``) is its dateline only when the story names
    #: it again after one of them (:meth:`DatelineParser.is_named_again_as_place`).  Empty here.
    #:
    #: .. versionadded:: 0.2
    PLACE_PREPOSITIONS: ClassVar[tuple[str, ...]] = ()
    #: ``(abbreviation, IANA zone)`` pairs for zones whose offset depends on the date (``ET``).
    REGIONAL_TIMEZONES: ClassVar[tuple[tuple[str, str], ...]] = months.REGIONAL_TIMEZONES
    AGENCIES: ClassVar[tuple[str, ...]] = agencies.AGENCIES
    #: The agencies of :attr:`AGENCIES` that carry companies' press releases (``GlobeNewswire``,
    #: ``PR Newswire``): a dateline that names one opens a press release (:meth:`is_press_wire`).
    #:
    #: .. versionadded:: 0.2
    PRESS_WIRES: ClassVar[tuple[str, ...]] = agencies.PRESS_WIRES
    HONORIFICS: ClassVar[tuple[str, ...]] = titles.HONORIFICS
    TITLES: ClassVar[tuple[str, ...]] = titles.TITLES
    ROLE_NOUNS: ClassVar[tuple[str, ...]] = titles.ROLE_NOUNS
    DEMONYMS: ClassVar[tuple[tuple[str, ...], ...]] = demonyms.DEMONYMS
    #: Places whose names read as a person's (``Hong Kong``, ``Buenos Aires``): no author's name
    #: (see :meth:`is_place`).
    PLACES: ClassVar[tuple[str, ...]] = places.PLACES
    #: Capitals and large cities of one word (``Paris``, ``Nairobi``), places too (:meth:`is_place`):
    #: one such word after a kin role is no given name (``said his son, Paris.``).
    CITIES: ClassVar[tuple[str, ...]] = places.CITIES
    #: States, provinces and regions that may follow a place and a comma (``Austin, Texas``), no
    #: countries (see :meth:`is_region_name`).
    #:
    #: .. versionadded:: 0.2
    REGIONS: ClassVar[tuple[str, ...]] = places.REGIONS
    #: Countries by their names in a language pack's own language (``España``, ``Allemagne``,
    #: ``Belgien``), beside the English names of :attr:`DEMONYMS`: read only as a place's region
    #: after its comma (:meth:`is_region_after_place`: ``el alcalde de Valencia, España, Joan
    #: Ribó``); empty in English.
    #:
    #: .. versionadded:: 0.2
    COUNTRY_NAMES: ClassVar[tuple[str, ...]] = ()
    #: A region's abbreviation after a place and its comma (``Washington, D.C.``, ``Albany,
    #: N.Y.``, ``Tucson, Ariz.``): initials with their periods (the last one's may stand cut off
    #: with the sentence's end: ``D.C``), or a capitalised word of two to five letters with a
    #: period (no title: ``Mr.``) (:meth:`is_region_after_place`).
    #:
    #: .. versionadded:: 0.2
    REGION_ABBREVIATION: ClassVar[str] = r"\p{Lu}(?:\.\p{Lu}){1,3}+\.?+|\p{Lu}\p{Ll}{1,4}+\."
    #: Capitalised words that make a name an organisation's, not a person's.
    ORG_WORDS: ClassVar[tuple[str, ...]] = (
        "agency", "association", "authority", "bank", "board", "bureau", "center", "centers", "centre", "college",
        "commission", "committee", "company", "corp", "corporation", "corps", "council", "court",
        "department", "foundation", "fund", "group", "guard", "inc", "institute", "league", "ltd",
        "media", "ministry", "network", "news", "office", "organization", "organisation", "party",
        "police", "post", "press", "school", "service", "society", "times", "tribune", "union",
        "university", "journal", "herald", "daily", "army", "forces", "parliament", "congress", "senate",
        "house", "government", "administration", "campaign", "club", "team", "federation", "alliance",
        "front", "movement", "revolution", "state", "states", "republic", "kingdom", "nations", "airlines",
        "airways", "motors", "technologies", "systems", "holdings", "partners", "capital", "energy", "co",
        "plc", "llc", "firm", "international", "foods", "pharmaceuticals",
        # bodies named by a group noun ("the Congressional Black Caucus", "the Federal Reserve")
        "caucus", "coalition", "conference", "assembly", "reserve", "academy", "chamber", "brigade",
        "legislature", "consortium", "tribunal", "panel", "lobby",
        # federations of bodies and trades ("the Confederation of British Industry", "the Writers Guild of
        # America"; fixQ70; not "syndicate", a bank's common noun: "Bankers not in the syndicate said")
        "confederation", "guild",
        # a government's finance department ("The Treasury has published ... It says ..."; mendQ64)
        "treasury",
        # institutions and the bodies that run them ("the Westcombe Pier Trust", "the Eastside Youth
        # Orchestra", "the Scripps Institution"; no common surname such as Hall or Mills)
        "trust", "charity", "orchestra", "choir", "museum", "gallery", "library", "theatre", "theater",
        "hospital", "clinic", "infirmary", "cooperative", "collective", "ensemble", "philharmonic",
        "symphony", "opera", "ballet", "zoo", "institution", "laboratory", "observatory",
        # places, which are not people either
        "sea", "ocean", "river", "mountains", "island", "islands", "gulf", "bay", "lake", "valley", "coast",
        "strait", "peninsula", "street", "avenue", "road", "square", "park", "county", "province", "region",
        "district", "airport", "station", "bridge", "port", "harbour", "harbor", "canal", "desert",
    )
    #: Words that end an event's name (``the World Governments Summit``, ``the Global Health
    #: Forum``): organisation words (:meth:`is_org_word`) only when capitalised, so that such a
    #: name is no person's; in lower case a gathering that speaks for no one (``Mr. Trump's
    #: convention in Cleveland, saying ...``).
    #:
    #: .. versionadded:: 0.2 (trialQ63)
    EVENT_WORDS: ClassVar[tuple[str, ...]] = ("summit", "forum", "festival", "expo", "symposium", "convention")
    #: Words that name a place's part and are common surnames too (``Lisa Park``, ``Ann Street``,
    #: ``Tom Bridge``), in lower case: after a given name, a person's name where a name is expected
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.given_then_place_word`); an institution's
    #: word (``Council``, ``Hospital``) never is.  The names, not the language: every pack keeps them.
    #:
    #: .. versionadded:: 0.2
    PLACE_SURNAMES: ClassVar[tuple[str, ...]] = ("park", "street", "bridge", "port", "bay", "lake", "road", "green", "hill")
    #: Nouns of a building or grounds that a place's name ends in and a rare surname may be too
    #: (``Grace Church``, ``Rose Garden``, ``Mary Chapel``), in lower case: the name model keeps them
    #: in a name where a name is expected (``Charlotte Church said``), but a line of a given name
    #: and one of them alone, with no other sign of a signature, names the place, not the person who
    #: signs the story (:meth:`is_site_word`).  Empty turns the rule off.
    #:
    #: .. versionadded:: 0.2 (byl60b)
    SITE_WORDS: ClassVar[tuple[str, ...]] = (
        "church", "chapel", "cathedral", "abbey", "temple", "mosque", "synagogue", "shrine",
        "garden", "gardens", "market", "cemetery", "plaza",
    )
    #: Words that end a town's or a district's name and no person's where a place is as likely
    #: (``Holly Springs``, ``Beverly Hills``, ``Cedar Falls``, ``Palm Beach``), in lower case: after a
    #: byline's bar the words are the place the author writes from, not a second author
    #: (:meth:`~newsparse.byline.BylineParser.names_after_bar`, with :attr:`SITE_WORDS`).  Empty
    #: turns the rule off.
    #:
    #: .. versionadded:: 0.2 (fixT68)
    PLACE_END_WORDS: ClassVar[tuple[str, ...]] = (
        "springs", "hills", "falls", "beach", "heights", "valley", "creek", "harbor", "harbour", "ridge", "grove",
        "village", "junction", "crossing", "landing", "township", "borough", "shores", "lakes", "rapids",
    )
    #: Participles that open a sentence before the one they quote or cite, never a given name, in
    #: lower case: before a name of one word too (``Quoting Thatcher, he said``, ``Citing Orwell``)
    #: they are the verb (:meth:`~newsparse.names.NameModel.is_opening_participle`).  Empty turns the
    #: rule off.  (Not the quote parser's ``QUOTING_PARTICIPLES``, the ``-ing`` forms of speech verbs
    #: before a quotation's marks.)
    #:
    #: .. versionadded:: 0.2
    CITING_PARTICIPLES: ClassVar[tuple[str, ...]] = ("quoting", "citing", "paraphrasing")
    #: Known given names of one sex, in lower case without periods (:data:`newsparse.vocab.given_names.ALL`): the
    #: library's one list, which the name model, the people index, the byline, dateline and quote
    #: parsers read (:meth:`is_given_name`).
    #:
    #: .. versionadded:: 0.2
    GIVEN_NAMES: ClassVar[frozenset[str]] = given_names.ALL
    #: Given names of either sex, in lower case (:data:`newsparse.vocab.given_names.BOTH_SEXES`):
    #: a given name all the same, but no evidence of a pronoun (:meth:`is_given_name`).
    #:
    #: .. versionadded:: 0.2
    BOTH_SEXES_GIVEN_NAMES: ClassVar[tuple[str, ...]] = given_names.BOTH_SEXES
    #: Verbs whose object right after them is a person (``told John Park that``): a given name and
    #: an organisation word there are a person's name (``PersonIndex.org_word_surname``).  Lower
    #: case; empty (the default): off, since an outlet or a bank is told as often (``told Fox News``,
    #: ``told Lloyds Bank``) and nothing but a list of given names tells them apart; a subclass may
    #: list ``told``, ``asked``.
    NAME_OBJECT_VERBS: ClassVar[tuple[str, ...]] = ()
    #: Nouns that describe a business (``Nordwind, the Norwegian company``), so that a later
    #: ``the company`` finds it.
    COMPANY_NOUNS: ClassVar[tuple[str, ...]] = (
        "company", "companies", "firm", "operator", "operators", "chain", "group", "carrier", "maker",
        "manufacturer", "retailer", "bank", "airline", "insurer", "developer", "producer", "supplier", "provider",
        "builder", "publisher", "utility", "lender", "broker", "startup", "conglomerate", "business",
        # (kinds of firm that name no person: "Consultancy Bain & Co said", "the carmaker"; not "miner" or
        # "lawmaker", people too)
        "consultancy", "consultancies", "brokerage", "automaker", "carmaker", "drugmaker", "chipmaker",
    )
    #: Nouns of a trade that, besides :attr:`COMPANY_NOUNS`, say that the capitalised name right
    #: after them is a business's (``copper miner Minera Andacollo``), unless the name opens with
    #: a given name (``coal miner Tom Hale``: :meth:`~newsparse.people.PersonIndex.names_business`).
    #: Empty in the language packs.
    #:
    #: .. versionadded:: 0.2
    TRADE_NOUNS: ClassVar[tuple[str, ...]] = ("miner", "refiner", "exporter", "explorer", "shipper", "distributor")
    #: Relative words for a thing and verbs of a trade: a name set off by a comma before them is
    #: a business's (``Latchly, which sells scheduling software,``, ``Valley Steel, which makes
    #: trailer hitches,``), so that a later ``the company`` finds it when the article names no
    #: other company before it.  Empty in the language packs.
    #:
    #: .. versionadded:: 0.2
    THING_RELATIVES: ClassVar[tuple[str, ...]] = ("which",)
    BUSINESS_VERBS: ClassVar[tuple[str, ...]] = (
        "sells", "makes", "produces", "manufactures", "builds", "supplies", "develops", "distributes", "designs",
        "mines", "brews", "publishes",
    )
    #: Lower-case words that may follow a company noun that opens an appositive description
    #: (``Nordwind, the company behind the app,``, ``Albion, a firm based in Leeds,``); any other
    #: lower-case word there makes the comma a clause's end and the noun a new subject (``... plants
    #: in Ohio, the company said``: Ohio is no company).
    #:
    #: .. versionadded:: 0.2
    DESCRIPTION_LINKS: ClassVar[tuple[str, ...]] = (
        "that", "which", "whose", "behind", "based", "headquartered", "owned", "run", "founded", "known",
        "listed", "of", "in", "from", "with", "for", "at", "near", "on", "and", "or",
    )
    #: Words that make a role another role (``Vice President``, ``the former governor``,
    #: ``Deputy Mayor``, ``the shadow chancellor``, ``Prime Minister``, ``Attorney General``): a
    #: person described with one is no referent for the bare role (``the president``, ``the
    #: chancellor``, ``the minister``, ``the general``) unless the mention has the word too (``the
    #: prime minister``, ``the attorney general``).
    ROLE_QUALIFIERS: ClassVar[tuple[str, ...]] = (
        "vice", "deputy", "assistant", "associate", "lieutenant", "former", "ex", "onetime", "erstwhile",
        "shadow", "prime",
        # the first word of an office whose last word is a role of its own ("Attorney General",
        # "Inspector General", "Solicitor General", "Postmaster General": no general)
        "attorney", "inspector", "solicitor", "postmaster",
    )
    #: Prefixes that make a role noun another one of the same kind with a hyphen (``co-leader``,
    #: ``co-chair``, ``co-host``), read by :meth:`is_role_noun` beside :attr:`ROLE_QUALIFIERS`; unlike
    #: those, a person described with one stays a referent for the bare role's other forms.
    #:
    #: .. versionadded:: 0.2 (trialQ63)
    ROLE_PREFIXES: ClassVar[tuple[str, ...]] = ("co",)
    #: Words in lower case that may stand right before a role noun and tell the holder's standing,
    #: not the office (``the new minister``, ``the outgoing mayor``, ``the top prosecutor``): read
    #: by :meth:`~newsparse.quotes.QuoteParser.other_portfolio`, which takes any other such word
    #: (``the tourism minister``, ``the labour minister``) for the office's portfolio.  Words
    #: with an ending of :attr:`ROLE_STANDING_SUFFIXES` are taken as standing without being listed.
    #:
    #: .. versionadded:: 0.2 (trialQ63)
    #: Endings of words that tell a role holder's standing without being listed in
    #: :attr:`ROLE_STANDING_WORDS` (English ``-ing``, ``-ed``, ``-ly``: ``the outgoing mayor``,
    #: ``the embattled minister``); each pack its own, empty in the other languages.
    #:
    #: .. versionadded:: 0.2 (reread of round 63)
    ROLE_STANDING_SUFFIXES: ClassVar[tuple[str, ...]] = ("ing", "ed", "ly")
    ROLE_STANDING_WORDS: ClassVar[tuple[str, ...]] = (
        "new", "current", "top", "senior", "junior", "chief", "longtime", "long-time", "veteran", "then", "acting",
        "interim", "local", "powerful", "influential", "young", "elderly", "retired", "late", "same", "other",
        "first", "last", "previous", "next", "future", "sitting", "incumbent", "popular", "controversial",
    )
    #: Prepositions of a stretch of time whose capitalised object, opening a sentence, is a
    #: holiday or a season, never a given name, before a full name (``Over Christmas Ana Ortiz
    #: said``, ``During Ramadan ...``): read by
    #: :meth:`~newsparse.people.PersonIndex.time_span_object`, in lower case.  Empty turns the
    #: rule off.
    #:
    #: The quote rules read the same list (``SpeakerGrammar``: ``Residents over Christmas said``,
    #: ``Over Christmas officials said``: the holiday is no speaker), the language's one list of
    #: them (mend57).  Not ``since`` nor ``until``, conjunctions too (``assertions since he
    #: declared``).
    #:
    #: .. versionadded:: 0.2 (fixR56)
    TIME_SPAN_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("over", "during", "throughout")
    #: A letter's salutations, which open a sentence or a line before the name they greet
    #: (``Dear Ana Ortiz, ...``: no ``Dear Ana Ortiz``) but are surnames after a given name
    #: (``Ana Dear``, ``Nick Dear``): no word of :attr:`NOT_NAMES`, read by
    #: :meth:`~newsparse.names.NameModel.is_name_word`, and by the quote rules: a list of
    #: subjects opened by one is no list of names (``ReportedSpeech.listed_subjects``,
    #: ``SpeakerGrammar.listed_person``); the language's one list of them, each pack lists its own
    #: (mend57).
    #:
    #: .. versionadded:: 0.2 (fixR56)
    SALUTATIONS: ClassVar[tuple[str, ...]] = ("dear",)
    #: Adverbs (lower case) that, alone before an interrupting attribution, link its sentence to
    #: the one before and are never the subject of the verb after the aside (``Rather, he said,
    #: continued delays will ...``), read by ``ReportedSpeech.linking_adverb``.  The language packs
    #: keep these English words (moved here from ``QuoteWords``, mend57).
    #:
    #: .. versionadded:: 0.2
    LINKING_ADVERBS: ClassVar[tuple[str, ...]] = (
        "rather", "instead", "still", "besides", "otherwise", "meanwhile", "however", "indeed", "yet", "thus",
        "hence", "therefore", "likewise", "moreover", "furthermore", "nonetheless", "nevertheless", "anyway",
        "overall", "now", "then", "today", "yesterday", "here", "there", "again", "also", "too", "perhaps",
    )
    #: Words (lower case) that join two names after a weekday's given name in a byline
    #: (``Monday Okonkwo and Friday Olokor``), read by
    #: :meth:`~newsparse.BylineParser.ends_weekday_name`; each pack lists its own (moved here from
    #: ``BylineParser``, mend57).
    #:
    #: .. versionadded:: 0.2 (merge56)
    WEEKDAY_NAME_JOINS: ClassVar[tuple[str, ...]] = ("and",)
    #: Capitalised words that never start a person's name.
    NOT_NAMES: ClassVar[tuple[str, ...]] = (
        "the", "a", "an", "in", "on", "at", "of", "for", "but", "and", "or", "if", "when", "while", "after",
        "before", "as", "so", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "its", "my", "there", "here", "what", "who", "why", "how", "where",
        "according", "meanwhile", "moreover", "however", "also", "still", "yet", "during", "since", "with",
        "without", "from", "by", "to", "under", "over", "about", "despite", "although", "though", "because",
        "analysts", "officials", "experts", "critics", "some", "many", "most", "all", "both", "no", "not",
        "one", "two", "three", "last", "next", "then", "now", "today", "yesterday", "tomorrow", "earlier",
        "later", "such", "other", "another", "each", "every", "even", "only", "just", "asked", "speaking",
        "mr", "mrs", "ms", "dr",
        # prepositions, adverbs, determiners and auxiliaries that open a sentence before a name
        # ("Unlike Patriot, ...", "Among Kasich's backers", "Follow Jane Roe on ...")
        "unlike", "like", "among", "amid", "amongst", "against", "beyond", "besides", "between", "through",
        "throughout", "toward", "towards", "across", "upon", "until", "unless", "within", "whereas",
        "whether", "neither", "either", "nor", "several", "absent", "outside", "inside", "instead",
        "indeed", "perhaps", "thus", "hence", "therefore", "again", "is", "are", "was", "were", "does",
        "did", "has", "had", "follow", "thank", "hi", "nevertheless", "nonetheless", "furthermore", "otherwise",
        "likewise", "regardless", "anyway",
        # prepositions of place and company that open a sentence before a name ("Alongside Ana Ruiz,
        # the mayor said": the name is their object, the speaker follows)
        "alongside", "beside", "behind", "beneath", "opposite", "near", "around", "regarding", "concerning",
        # adverbs of time and place that open a sentence ("Afterwards Tom Berg said", "Tonight Ana Ortiz")
        "afterwards", "afterward", "thereafter", "beforehand", "hereafter", "elsewhere", "overall", "tonight",
        "nowadays", "sometimes", "often", "once",
        # an adjective of time before a surname used as a modifier ("Late Nakamura goals sealed it")
        "late",
        # a page's buttons ("Copy Link Copied")
        "copy", "copied",
        # comparatives that open a count ("More than 2,000 traders", "Fewer than ten"; mendQ64)
        "more", "fewer", "less",
    )
    #: Words of :attr:`NOT_NAMES` that are also surnames (``Sir Thomas More``, ``Kenneth More``,
    #: ``Jasmine More said``): right after a given name or a title, capitalised and with nothing but a
    #: space between, such a word ends the name (:meth:`~newsparse.names.NameModel.is_surname_word`);
    #: it still never starts one (``More than 40 people said``).
    #:
    #: .. versionadded:: 0.2 (fixQ65)
    SURNAME_WORDS: ClassVar[tuple[str, ...]] = ("more", "late", "still", "even")
    #: Auxiliary verbs that open a yes-no question before its subject (``Will Ortiz run again?``,
    #: ``Can Ortiz win back the suburbs?``): as the first word of a sentence that ends with a
    #: question mark, such a capitalised word is the verb, not a given name
    #: (:meth:`is_question_auxiliary`; ``Will Haddon said ...`` keeps its given name).
    QUESTION_AUXILIARIES: ClassVar[tuple[str, ...]] = (
        "will", "can", "could", "would", "should", "shall", "may", "might", "must",
        "do", "does", "did", "is", "are", "was", "were", "has", "have", "had",
    )
    #: Endings of adverbs (``Eventually``, ``Interestingly``, ``Reportedly``): a capitalised word
    #: of :attr:`MIN_ADVERB_LENGTH` letters or more, in lower case after its first letter, that
    #: ends in one never starts a name (``Eventually Tom Berg`` names Tom Berg).
    ADVERB_ENDINGS: ClassVar[tuple[str, ...]] = (
        "ally", "ently", "antly", "ously", "ately", "ingly", "edly", "ively", "ually", "ainly", "ably", "ibly",
    )
    MIN_ADVERB_LENGTH: ClassVar[int] = 7

    #: Articles that open a role set off before a name by a comma (``the environment secretary,
    #: James Holloway,``; ``la maire de Lyon, Claire Martin,``): the role describes that person.
    #: One ending in an apostrophe (``l'``) is written glued to its noun.
    ARTICLES: ClassVar[tuple[str, ...]] = ("the", "a", "an")
    #: Prepositions, relative words and articles that tie a phrase to what comes before it.  A
    #: capitalised word right after one is no one-word name described by a role set off after it
    #: (``In Paris, the president,``; ``from the Kremlin, the office of ...``), and such a role
    #: describes a name only when its role or title word comes before the first of them
    #: (``Geneva, the city where the president was born,`` and ``Unite, the union of the mayor,``
    #: name no one; ``Lammy, the foreign secretary of Britain,`` does).
    PHRASE_LINKS: ClassVar[tuple[str, ...]] = (
        "of", "in", "at", "on", "from", "by", "to", "for", "with", "near", "into", "outside", "inside",
        "where", "who", "whom", "whose", "which", "that", "when", "the", "a", "an",
    )
    #: The language's prepositions of one word, in lower case (:meth:`is_preposition`): the one
    #: list a language pack overrides for them.  The layout parsers read it as it is (a title in
    #: capitals leaves a short one in lower case, a word ending like a past verb right after one
    #: is an adjective: ``CaptionParser.is_minor_word``, ``CaptionParser.states_fact``); the
    #: prepositions of :attr:`PHRASE_LINKS` and the quote rules' lists of them for one use each
    #: (``QuoteWords.PREPOSITIONS``, ``QuoteWords.OBJECT_PREPOSITIONS``) are words of it.
    #:
    #: .. versionadded:: 0.2
    PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "about", "across", "after", "against", "along", "amid", "among", "around", "at", "before", "behind",
        "beside", "between", "beyond", "by", "despite", "down", "during", "for", "from", "in", "inside", "into",
        "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per", "since", "through",
        "throughout", "till", "to", "toward", "towards", "under", "until", "unto", "up", "upon", "via", "with",
        "within", "without",
    )
    #: Words of reported speech in the past, in lower case, or phrases of them (French ``a
    #: déclaré``), matched word for word as written: a line that holds one after its first word and
    #: ends in a full stop is a story's first sentence (``Paul Henderson said the club would
    #: stay.``), never a headline, which writes speech in the present (``Mayor says pier will
    #: reopen``) and ends in no full stop (``HeadlineParser.is_reported_sentence``).
    #:
    #: .. versionadded:: 0.2
    LEDE_SPEECH_WORDS: ClassVar[tuple[str, ...]] = ("said", "told")
    #: Words right after one of :attr:`LEDE_SPEECH_WORDS` that make it a headline's passive
    #: (``Ministers told to cut spending.``, ``Minister said to be considering ...``, ``Staff
    #: told by email ...``), no report; in lower case.
    #:
    #: .. versionadded:: 0.2
    HEADLINE_PASSIVE_NEXT: ClassVar[tuple[str, ...]] = ("to", "by")
    #: Words, in lower case, that open the reported clause after one of :attr:`LEDE_SPEECH_WORDS`
    #: in a language whose verb of speech may be another verb's first half, its particle at the
    #: clause's end (German ``dass``: ``Merz sagte die Reise ab.`` cancels, ``sagte Hilfe zu``
    #: promises): when not empty, the verb is speech only with one of them or a comma after a word
    #: that is none of :attr:`LEDE_VERB_PARTICLES` within :attr:`LEDE_CLAUSE_REACH` words after it
    #: (``Der Trainer sagte, das Team ...``, ``sagte am Montag, ...``; ``HeadlineParser.opens_reported_clause``).
    #: Empty (English) needs no clause.
    #:
    #: .. versionadded:: 0.2
    LEDE_CLAUSE_OPENERS: ClassVar[tuple[str, ...]] = ()
    #: The particles, in lower case, that end a clause of a verb split in two (``ab``, ``zu``,
    #: ``voraus``): a comma after one ends that verb's clause, no reported speech
    #: (``sagte den Besuch ab, weil ...``); see :attr:`LEDE_CLAUSE_OPENERS`.
    #:
    #: .. versionadded:: 0.2
    LEDE_VERB_PARTICLES: ClassVar[tuple[str, ...]] = ()
    #: The most words after a lede's speech word read for :attr:`LEDE_CLAUSE_OPENERS` or a comma.
    #:
    #: .. versionadded:: 0.2
    LEDE_CLAUSE_REACH: ClassVar[int] = 12
    #: Words that open a headline as a question or a feature's title (``What my father told me
    #: about money.``), never a story's first sentence of reported speech; in lower case.
    #:
    #: .. versionadded:: 0.2
    HEADLINE_OPENERS: ClassVar[tuple[str, ...]] = ("what", "how", "why", "where", "who", "which")
    #: Flags a page prints before a colon at the head of its headline or its standfirst
    #: (``EXCLUSIVE: The star has already filmed ...``, ``REVEALED: ...``), in lower case: such a
    #: label is no speaker's in a transcript's turn (``HeadlineParser.is_turn``).
    #:
    #: .. versionadded:: 0.2 (mendL65)
    STORY_FLAGS: ClassVar[tuple[str, ...]] = (
        "exclusive", "world exclusive", "revealed", "pictured", "watch", "breaking", "update", "live", "analysis",
        "comment", "opinion", "special report", "investigation",
    )
    #: Prepositions of :attr:`PHRASE_LINKS` whose object is a person as often as a place or a body
    #: (``according to``, ``an interview with``, ``a letter by``), in lower case: a capitalised word
    #: right after one before a known given name may be the person's own unknown given name
    #: (``according to Xiomara Ana Castro``), so the name model does not read it as the
    #: preposition's object (:meth:`~newsparse.names.NameModel.after_preposition`; ``desde Albacete
    #: Luis Vega`` still is). Not ``of`` nor ``for``, which link a role to the body or place it
    #: serves (``The mayor of Albacete Luis Vega``: Luis Vega).
    #:
    #: .. versionadded:: 0.2
    PERSON_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("to", "with", "by")
    #: Possessive endings of a capitalised word that, like one of :attr:`ARTICLES`, opens a role
    #: set off by commas before a name, as the role's owner (``Britain's foreign secretary, David
    #: Lammy,``; ``Acme's chief executive, Jane Roe,``): the owner describes the person too.
    ROLE_OWNER_ENDINGS: ClassVar[tuple[str, ...]] = ("'s", "’s")
    #: Words that, right after one of :attr:`ARTICLES` opening an appositive, show that the
    #: article is a relative pronoun opening a clause (Spanish ``Ana Ruiz, la que denunció al
    #: alcalde,``), so the clause's words do not describe the name.
    RELATIVE_AFTER_ARTICLE: ClassVar[tuple[str, ...]] = ()
    #: Whether every noun is capitalised, so that an appositive opened by an article whose last
    #: word is in lower case ends in a verb: a relative clause (German ``Klaus Becker, der die
    #: Ministerin berät,``), not a noun phrase (``Klaus Becker, der neue Minister,``).
    CAPITALISED_NOUNS: ClassVar[bool] = False
    #: Endings of nouns that, capitalised right after one of :attr:`ARTICLES` and before a name,
    #: describe the person rather than start the name (German ``die Ökonomin Anna Schmidt``,
    #: ``der Fahrer``... through :meth:`is_title_after_article`); empty (off) in English.
    ARTICLE_TITLE_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: The fewest letters of such a noun (``Ökonomin``; not a short given name).
    MIN_ARTICLE_TITLE_LENGTH: ClassVar[int] = 6
    #: Endings that make a title plural (``Senators``, ``Governors`` of ``Senator``, ``Governor``):
    #: :meth:`is_plural_title`.  Empty (off) for a language that lists none.
    #:
    #: .. versionadded:: 0.2
    TITLE_PLURAL_ENDINGS: ClassVar[tuple[str, ...]] = ("s",)
    #: Honorifics that are plurals in their own right, many people's (``Messrs Ortiz and Berg``):
    #: :meth:`is_plural_title` without a singular and an ending.
    #:
    #: .. versionadded:: 0.2 (fixS59)
    PLURAL_HONORIFICS: ClassVar[tuple[str, ...]] = ("messrs", "mmes")
    #: Words in lower case that describe a person before the name, capitalised at a sentence's start
    #: or in a headline's style (``Brave Edith Moore``, ``Dock Master Robert Lane``): besides the
    #: titles and role nouns, these end a descriptor before a known given name
    #: (:meth:`~newsparse.names.NameModel.descriptor_lead`).  Empty in the language packs.
    #:
    #: .. versionadded:: 0.2
    DESCRIPTOR_WORDS: ClassVar[tuple[str, ...]] = (
        "brave", "plucky", "heroic", "hero", "tragic", "heartbroken", "devastated", "grieving", "proud",
        "brave-hearted", "courageous", "master", "warden", "ranger", "keeper", "pensioner", "gran", "grandmother",
        "grandfather", "mum", "dad", "tot", "teen", "schoolgirl", "schoolboy", "widow", "widower",
    )
    #: Lower-case words that join a capitalised title to the portfolio it holds, the whole written
    #: before a name (``for`` of ``Minister for Foreign Affairs Penny Wong``), and the lower-case
    #: words that join a portfolio's capitalised words (``Minister for Foreign Affairs and Trade
    #: Penny Wong``, ``Secretary of State for Work and Pensions Liz Kendall``): no word of the
    #: portfolio is in the name (:meth:`~newsparse.names.NameModel.portfolio_lead`).  Empty in the
    #: language packs.
    #:
    #: .. versionadded:: 0.2
    PORTFOLIO_LINKS: ClassVar[tuple[str, ...]] = ("for",)
    PORTFOLIO_JOINS: ClassVar[tuple[str, ...]] = ("and", "of", "the")
    #: Endings of a noun's plural: a word with one, the ending taken off, is read as its singular
    #: where a descriptor is looked up (``Heroic Pensioners``: :meth:`~newsparse.names.NameModel.describes`).
    #:
    #: .. versionadded:: 0.2
    PLURAL_ENDINGS: ClassVar[tuple[str, ...]] = ("s",)
    #: Endings of nouns in the singular that :attr:`PLURAL_ENDINGS` would take for plurals (German
    #: ``Sprecherin``, ``Ministerin``: ``-n``, yet one woman; ``Ministerinnen`` the plural): such a
    #: head after an article is a person's role, never a group (``Die Sprecherin des Ministeriums``).
    #: Empty in English.
    #:
    #: .. versionadded:: 0.2
    SINGULAR_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: Words that link a person's name to where they belong inside a run of capitalised words
    #: (``Dale Hutchins of Effingham``): the people index reads the run in pieces at one, each
    #: piece a name of its own (:meth:`~newsparse.people.PersonIndex.read_run`).  Empty in the
    #: language packs, whose words for it (``de``, ``von``) are particles inside names too.
    #:
    #: .. versionadded:: 0.2
    AFFILIATION_WORDS: ClassVar[tuple[str, ...]] = ("of",)
    #: Plural trade words that end a business's name (``Harlow Foods``, ``Vantor Motors``): the
    #: index files such a name under ``company`` as it does a company's ending
    #: (``newsparse.people.org_key``); but a body that is no business may end so too (``the
    #: Aeronautical Systems Division``), so ``the company`` goes to one only when the article
    #: names no other company before the mention (``SpeakerResolution.trade_named``;
    #: :meth:`is_trade_word`).
    #:
    #: .. versionadded:: 0.2
    TRADE_WORDS: ClassVar[tuple[str, ...]] = (
        "motors", "technologies", "systems", "airlines", "airways", "foods", "industries", "pharmaceuticals",
        # (a firm's trade that ends its name, no surname: "Northwind Analytics", "Clearwater Engineering"; mendL61)
        "analytics", "engineering", "labs", "software", "solutions", "consulting", "robotics", "logistics",
    )
    #: Nouns of a part of a business or a stake in it that, capitalised at a sentence's start,
    #: open a run of capitalised words before one of :attr:`AFFILIATION_WORDS` and the business's
    #: name (``Shares of Kestrel Motors rose``): the business is the name after
    #: them, not the run (:meth:`is_partitive_noun`; ``Bank of Canada`` keeps its org word).
    #:
    #: .. versionadded:: 0.2
    PARTITIVE_NOUNS: ClassVar[tuple[str, ...]] = (
        "share", "shares", "stock", "stocks", "stake", "stakes", "shareholders", "bondholders", "investors",
        "unit", "units", "subsidiary", "subsidiaries", "division", "divisions", "arm", "part", "parts",
        "owners", "employees", "workers", "staff", "customers", "sales", "profits", "earnings", "revenue",
    )

    # -- a web page's words in the language, beside the English ones the layout parsers hold --
    #: Labels that introduce a photo credit (``Foto: Anna Schmidt/dpa``), read by
    #: :class:`~newsparse.CaptionParser` beside its English ``CREDIT_WORDS``.
    CREDIT_LABELS: ClassVar[tuple[str, ...]] = ()
    #: Words for a picture from the outlet's archive, between a credit label and the outlet in a
    #: credit line in capitals (``PHOTO ARCHIVES LA PRESSE``:
    #: :meth:`~newsparse.CaptionParser.capitals_credit`).
    #:
    #: .. versionadded:: 0.2 (lang65)
    ARCHIVE_CREDIT_WORDS: ClassVar[tuple[str, ...]] = ("file", "archive")
    #: Words of reported speech and attribution (``sagte``, ``laut``, ``selon``) that mark a line
    #: over a credit line as story text, never the picture's caption, read by
    #: :class:`~newsparse.CaptionParser` beside its English ``REPORTING_WORDS``, in any case.
    #:
    #: .. versionadded:: 0.2
    CAPTION_REPORTING_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Modal and future verbs (``wird``, ``pourrait``, ``deberá``) that tell what will or would
    #: happen: a line over a credit line whose first sentence holds one is story text, read by
    #: :class:`~newsparse.CaptionParser` beside its English ``MODAL_WORDS``, in any case.
    #:
    #: .. versionadded:: 0.2
    CAPTION_MODAL_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Finite verbs of the past and the past's auxiliaries in the language (``wurde``, ``zog``,
    #: ``ont``, ``fue``), matched as written in lower case: a sentence with one states a fact, the
    #: story's, no picture described (:meth:`~newsparse.CaptionParser.states_fact`, beside its
    #: English ``PAST_ENDS`` and ``IRREGULAR_PASTS``: ``Die Feuerwehr zog zwei Männer aus dem
    #: Fluss. © dpa`` is the story's sentence).
    #:
    #: .. versionadded:: 0.2 (fixL61)
    CAPTION_PAST_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Endings of a finite verb of the past in the language (Spanish ``-aron``, ``-ó``), read on a
    #: word in lower case of at least ``CaptionParser.PAST_MIN_CHARS`` letters, as
    #: :attr:`CAPTION_PAST_WORDS` are.
    #:
    #: .. versionadded:: 0.2 (fixL61)
    CAPTION_PAST_ENDS: ClassVar[tuple[str, ...]] = ()
    #: Words that join one more person, after an article, to a role set off after a name with no
    #: comma closing it (``Tom Berg, the mayor and the sheriff toured ...``): a list of people, so
    #: the role describes no one (:meth:`~newsparse.people.PersonIndex.read_piece`).
    #:
    #: .. versionadded:: 0.2 (wv56)
    LISTED_PEOPLE_JOINS: ClassVar[tuple[str, ...]] = ("and", "or")
    #: Words that join the authors of a byline (``Von Anna Schmidt und Paul Weber``), read by
    #: :class:`~newsparse.BylineParser` beside its English ``CONJUNCTIONS``.
    AND_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Staff roles a byline prints after the names (``Von Jörg Müller, Redaktion``, ``Par Hélène
    #: Dubois, journaliste``), read by :class:`~newsparse.BylineParser` beside its English
    #: ``ROLE_WORDS``.
    BYLINE_ROLES: ClassVar[tuple[str, ...]] = ()
    #: The labels, lower case, of a scraper's or an archive's export fields that print where the
    #: story ran (``NEWSPAPER SECTION: News``, ``SECTION: Business; Pg. 4``, ``PAGE: A4``,
    #: ``LENGTH: 512 words``, ``LOAD-DATE: March 4, 2026``): such a line, its label in capitals
    #: or title case and a short value after the colon, is boilerplate ``other``, never a
    #: paragraph (``ArticleParser.is_export_field``).
    #:
    #: .. versionadded:: 0.2 (fixL65)
    EXPORT_FIELD_LABELS: ClassVar[tuple[str, ...]] = (
        "section", "newspaper section", "page", "pg", "pg.", "length", "edition", "load-date", "document-type",
        "publication-type", "word count",
    )
    #: The fields of an e-mail's header, lower case, that name its sender or recipients
    #: (``From: The Morning Brief <brief@example.com>``, ``To: ...``, ``Cc: ...``): such a line, the
    #: label in title case or capitals and an address (``@``) in its value, is boilerplate ``other``
    #: in a newsletter copied with its header, never its headline (``ArticleParser.is_export_field``);
    #: its ``Date:`` is the published stamp and its ``Subject:`` the headline
    #: (``HeadlineParser.LABELS``).
    #:
    #: .. versionadded:: 0.2 (mendLT66)
    MAIL_HEADER_LABELS: ClassVar[tuple[str, ...]] = ("from", "to", "cc", "bcc", "reply-to", "sender")
    #: The roles, lower case, a broadcast transcript writes after a speaker's name in capitals
    #: (``AILSA CHANG, HOST:``, ``JO REED, BYLINE:``): such a label alone on its line opens the
    #: transcript's turn, the story's first line, never a byline nor the header's debris
    #: (``ArticleParser.is_transcript_label``).
    #:
    #: .. versionadded:: 0.2 (fixL65)
    TRANSCRIPT_ROLES: ClassVar[tuple[str, ...]] = ("host", "byline", "anchor", "correspondent", "co-host")
    #: A live blog's notes in brackets after an author's name in a byline, lower case, that say
    #: which part of the blog the author wrote (``By Ana Ruiz (now) and Tom Berg (earlier)``): no
    #: part of the names, left out by :class:`~newsparse.BylineParser` (``without_shift_notes``).
    #:
    #: .. versionadded:: 0.2 (fixL65)
    BYLINE_SHIFT_NOTES: ClassVar[tuple[str, ...]] = (
        "now", "earlier", "previously", "before", "later", "until now", "this morning", "overnight", "today",
    )
    #: Words that add an agency to a byline's authors (``Par Le Figaro avec AFP``), read by
    #: :class:`~newsparse.BylineParser` beside its English ``CONJUNCTIONS``.
    WITH_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Lower-case words that join the capitalised words of an institution's name in a photo credit
    #: (``Photo: Ministry of the Interior``, ``Foto: Fiscalía General de la Nación``), read by
    #: :class:`~newsparse.CaptionParser` (``is_credit_match``) only between two capitalised words.
    #:
    #: .. versionadded:: 0.2 (layT61)
    CREDIT_NAME_LINKS: ClassVar[tuple[str, ...]] = ("of", "the", "and", "for")
    #: Words between a staff role after a byline's authors and the agency its holder works for
    #: (``By Jane Roe, correspondent for Reuters in Dakar``, ``Par Jeanne Roux, correspondante de
    #: l'AFP à Dakar``): the agency is the byline's, read by :class:`~newsparse.BylineParser`
    #: (``role_agency``) only when the vocabulary knows it as one (``Vocabulary.is_agency``); a
    #: word that ends in an apostrophe is written glued to the agency (``de l'AFP``).
    #:
    #: .. versionadded:: 0.2 (byl61)
    ROLE_AGENCY_LINKS: ClassVar[tuple[str, ...]] = ("for", "of", "at", "with")
    #: Words of a newspaper's or a broadcaster's name in the language (``Zeitung``, ``Rundschau``,
    #: ``Quotidien``, ``Diario``), read by :class:`~newsparse.BylineParser` beside its English
    #: ``OUTLET_WORDS``: a person's name alone over a line of them signs the story (``Anna Müller`` /
    #: ``Süddeutsche Zeitung``).  English keeps its own in the parser; this vocabulary, which reads
    #: a page in any language when no pack is named, keeps the packs' words that are no English
    #: word nor a common surname, so that ``By Anna Müller, Süddeutsche Zeitung`` gives no second
    #: author (lay59).
    #:
    #: .. versionadded:: 0.2 (layB58)
    OUTLET_WORDS: ClassVar[tuple[str, ...]] = (
        "Zeitung", "Tageszeitung", "Wochenzeitung", "Rundschau", "Tagblatt", "Anzeiger", "Nachrichten", "Abendblatt",
        "Morgenpost", "Quotidien", "Hebdo", "Diario", "Periódico", "Noticias", "Gaceta", "Semanario",
    )
    #: A page's share and comment buttons (``Teilen``, ``Copiar enlace``): a line of nothing but
    #: these, maybe apart by bars or dots, is boilerplate ``share`` to
    #: :class:`~newsparse.BoilerplateParser`, as ``Share`` and ``Comments`` are.
    SHARE_BUTTONS: ClassVar[tuple[str, ...]] = ()
    #: A page's buttons that show more or less of the text (German ``Mehr``, ``Weniger anzeigen``):
    #: alone on a line, or two joined by a slash (``Mehr/Weniger.``), boilerplate ``other``
    #: (:meth:`~newsparse.BoilerplateParser.language_patterns`), never a dateline nor a byline's
    #: agency (a button's word is none of :attr:`AGENCIES` in the pack: Iran's ``Mehr``).  Empty
    #: here: the English ones are the boilerplate parser's own patterns (``Show more``).
    #:
    #: .. versionadded:: 0.2 (lang65)
    EXPAND_BUTTONS: ClassVar[tuple[str, ...]] = ()
    #: Words, as written, that address the reader in the language (``vous``, ``Sie``, ``usted``):
    #: with one of :attr:`FEEDBACK_NOUNS` in a question, a prompt for the reader's feedback to
    #: :meth:`BoilerplateParser.is_feedback_prompt <newsparse.BoilerplateParser.is_feedback_prompt>`
    #: (``Vous avez repéré une erreur ?``), beside its English ``READER_WORDS``.  A capitalised
    #: one opening the question counts only in lower case in the list (German ``Sie`` first is
    #: ``she`` too).
    #:
    #: .. versionadded:: 0.2 (fixL61)
    READER_PRONOUNS: ClassVar[tuple[str, ...]] = ()
    #: Nouns of a reader's feedback in the language (``erreur``, ``Fehler``, ``opinión``), in any
    #: case, read beside :class:`~newsparse.BoilerplateParser`'s English ``FEEDBACK_NOUNS``.
    #:
    #: .. versionadded:: 0.2 (fixL61)
    FEEDBACK_NOUNS: ClassVar[tuple[str, ...]] = ()
    #: Words, in any case, for the page as the object of a call in the first person plural in the
    #: language (``nous``: ``Écrivez-nous.``; ``uns``: ``Schreiben Sie uns.``), read beside
    #: :class:`~newsparse.BoilerplateParser`'s English ``PAGE_OBJECT_WORDS`` (``us``): a feedback's
    #: question before such a call is a prompt
    #: (:meth:`BoilerplateParser.calls_on_page <newsparse.BoilerplateParser.calls_on_page>`).
    #:
    #: .. versionadded:: 0.2 (fixL61b)
    PAGE_OBJECT_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Calls to write to the page in one word, the object glued on, in any case (Spanish
    #: ``Escríbenos``, ``Avísanos``): the same as a call with one of :attr:`PAGE_OBJECT_WORDS`.
    #:
    #: .. versionadded:: 0.2 (fixL61b)
    PAGE_CALLS: ClassVar[tuple[str, ...]] = ()
    #: Phrases that name the page itself in the language (``cet article``, ``diesem Artikel``,
    #: ``esta noticia``), in any case: a feedback prompt with one is about the page
    #: (:meth:`BoilerplateParser.is_feedback_prompt <newsparse.BoilerplateParser.is_feedback_prompt>`),
    #: beside its English ``FEEDBACK_PAGE_PHRASES``.
    #:
    #: .. versionadded:: 0.2 (mendL61)
    FEEDBACK_PAGE_PHRASES: ClassVar[tuple[str, ...]] = ()
    #: Phrases of a call to write to the page in the language (``écrivez-nous``, ``schreiben Sie
    #: uns``, ``escríbanos``), in any case, after a feedback prompt's question, beside the English
    #: ``BoilerplateParser.FEEDBACK_CALLS``.
    #:
    #: .. versionadded:: 0.2 (mendL61)
    FEEDBACK_CALLS: ClassVar[tuple[str, ...]] = ()
    #: Phrases of a call to report an error in the language (``signalez-la``), in any case, closing
    #: the words after a feedback prompt's question, beside the English ``BoilerplateParser.FEEDBACK_REPORTS``.
    #:
    #: .. versionadded:: 0.2 (mendL61)
    FEEDBACK_REPORTS: ClassVar[tuple[str, ...]] = ()
    #: How a line that thanks the reader opens, in any case (``Thanks for reading!``, ``Merci de
    #: votre lecture.``): a blog's sign-off to
    #: :meth:`BoilerplateParser.is_reader_thanks <newsparse.BoilerplateParser.is_reader_thanks>`, which
    #: reads these unless it has its own ``READER_THANKS``.  Each pack has its language's only.
    #:
    #: .. versionadded:: 0.2 (lang62)
    READER_THANKS: ClassVar[tuple[str, ...]] = (
        "thanks for reading", "thank you for reading", "thanks for watching", "thank you for watching",
        "thanks for listening", "thank you for listening",
        # a feedback form's answer under its prompt: "Thank you for your report!" (mendL64)
        "thank you for your report", "thanks for your report", "thank you for your feedback", "thanks for your feedback",
    )
    #: Verbs of saying and sources (in any case) that make a line thanking the reader a story's
    #: sentence (``Danke fürs Lesen, sagte die Bürgermeisterin.``):
    #: :meth:`BoilerplateParser.is_reader_thanks <newsparse.BoilerplateParser.is_reader_thanks>`
    #: reads them beside its own ``HOLDING_STOP_WORDS`` (English).  Each pack has its language's.
    #:
    #: .. versionadded:: 0.2 (lang62b)
    THANKS_STOP_WORDS: ClassVar[tuple[str, ...]] = ("said", "says", "told", "according")
    #: Words, in any case, that open a call's short lead-in (``Don't miss out on the latest news.``
    #: before ``Follow us on WhatsApp.``:
    #: :meth:`BoilerplateParser.call_after_lead_in <newsparse.BoilerplateParser.call_after_lead_in>`,
    #: unless it has its own ``CALL_LEAD_OPENERS``).
    #:
    #: .. versionadded:: 0.2 (lang62)
    CALL_LEAD_OPENERS: ClassVar[tuple[str, ...]] = ("don't", "don’t", "never", "stay")
    #: Words, in any case, that lead from an app's noun to what it offers (``... app for news``), and
    #: the nouns that end the offer (``for breaking news alerts``):
    #: :meth:`BoilerplateParser.is_app_offer <newsparse.BoilerplateParser.is_app_offer>`, unless it
    #: has its own ``APP_OFFER_LINKS`` or ``APP_OFFER_WORDS``.
    #:
    #: .. versionadded:: 0.2 (lang62)
    APP_OFFER_LINKS: ClassVar[tuple[str, ...]] = ("for",)
    APP_OFFER_WORDS: ClassVar[tuple[str, ...]] = (
        "news", "alerts", "updates", "notifications", "headlines", "stories", "coverage", "videos",
    )
    #: A note under the story that says who pays for the journalism
    #: (:meth:`ArticleParser.is_funding_note <newsparse.ArticleParser.is_funding_note>`, unless it has
    #: its own lists of these names), its words in any case: the participles (``co-funded``), the word
    #: that names the funder after one (``by``), the nouns of the journalism (``journalism``), the
    #: nouns of a piece that are the note's subject only after a determiner of the page's own
    #: (``This story was funded by ...``), and those determiners (``this``, ``our``).
    #:
    #: .. versionadded:: 0.2 (lang62)
    FUNDING_VERBS: ClassVar[tuple[str, ...]] = ("funded", "co-funded", "cofunded", "part-funded", "sponsored", "underwritten")
    FUNDING_AGENT_WORDS: ClassVar[tuple[str, ...]] = ("by",)
    FUNDING_SUBJECTS: ClassVar[tuple[str, ...]] = ("journalism", "reporting", "reporter", "reporters", "newsroom")
    FUNDING_PAGE_NOUNS: ClassVar[tuple[str, ...]] = ("story", "article", "coverage", "series", "project")
    FUNDING_PAGE_DETERMINERS: ClassVar[tuple[str, ...]] = ("this", "our")
    #: Lower-case words that open a person's name before its capitalised word (``van der Berg``,
    #: ``bin Salman``), and those that may follow one inside it (``der``, ``den``): a line that
    #: opens with them opens no rest of a sentence
    #: (:meth:`BodyParser.opens_name <newsparse.BodyParser.opens_name>`, unless it has its own
    #: ``NAME_PARTICLES`` or ``NAME_INNER_PARTICLES``).  Only particles that are no common word
    #: before a capital in the pack's language: not ``de``, ``la``, ``del``, ``du`` (``... entre el
    #: centro`` / ``de Madrid y ...`` goes on a Spanish sentence), nor ``der``, ``von`` (``der
    #: Bürgermeister``); every pack has these (names travel), a pack may replace them.
    #:
    #: .. versionadded:: 0.2 (lang63; on ``BodyParser`` since mendR62)
    NAME_PARTICLES: ClassVar[tuple[str, ...]] = ("van", "bin", "ibn", "ap", "ab")
    NAME_INNER_PARTICLES: ClassVar[tuple[str, ...]] = ("der", "den", "de", "ter", "ten")
    #: Determiners and auxiliaries that end no phrase, not even a crosshead's (``... the report by
    #: the`` / blank / ``National Audit Office found ...``): a line a paste broke off after one goes
    #: on over a line opening with a capital
    #: (:meth:`BodyParser.carries_on <newsparse.BodyParser.carries_on>`, unless it has its own
    #: ``UNSTRANDED_WORDS``).  Each pack has its language's articles that are no pronoun before a
    #: capital (``une``, ``einen``, ``el``).
    #:
    #: .. versionadded:: 0.2 (lang64; on ``BodyParser`` since fixL63b)
    UNSTRANDED_WORDS: ClassVar[tuple[str, ...]] = (
        "the", "a", "an", "its", "their", "our", "would", "will", "could", "should", "can", "may", "might",
        "must", "shall", "be", "been", "being",
    )
    #: The words, in any case, that join a section's label to the date of the page's issue on the
    #: first line (:meth:`ArticleParser.section_of_stamp <newsparse.ArticleParser.section_of_stamp>`,
    #: unless it has its own ``SECTION_STAMP_LINKS``: ``Regional News of Friday, 6 March 2026``).
    #: Each pack has its language's (``du``, ``vom``, ``del``).
    #:
    #: .. versionadded:: 0.2 (lang63; on ``ArticleParser`` since trialL62b)
    SECTION_STAMP_LINKS: ClassVar[tuple[str, ...]] = ("of",)
    #: A funding note that opens with its participle, a phrase with no comma before its first
    #: sentence's end (``Funded by the European Union.``, ``Supported by a grant from ...``,
    #: ``Produced in partnership with ...``;
    #: :meth:`ArticleParser.opens_with_funding_participle <newsparse.ArticleParser.opens_with_funding_participle>`,
    #: unless it has its own lists), its words in any case: the participles that open such a note
    #: besides ``FUNDING_VERBS`` (``supported``), and the phrases that may follow one in place of
    #: ``FUNDING_AGENT_WORDS`` (``in partnership with``).  Each pack has its language's.
    #:
    #: .. versionadded:: 0.2 (lang63)
    FUNDING_NOTE_PARTICIPLES: ClassVar[tuple[str, ...]] = ("supported", "produced")
    FUNDING_PARTNER_PHRASES: ClassVar[tuple[str, ...]] = (
        "in partnership with", "in association with", "in collaboration with", "with support from", "with the support of",
    )
    #: Labels of a link to another story (``Lire aussi``, ``Lesen Sie auch``): a line that opens
    #: with one, alone or before a separator and a title, is boilerplate ``related`` to
    #: :class:`~newsparse.BoilerplateParser`, as ``Read more: ...`` is.
    RELATED_LABELS: ClassVar[tuple[str, ...]] = ()
    #: Labels of a heading over links to an outlet's other stories that name the outlet before a
    #: colon (``Lire aussi sur``, ``Mehr bei``, ``Más en``): a line of the label, the outlet's name
    #: (a capital after at most one lowercase article) and a colon, maybe the first link after it,
    #: is boilerplate ``related`` to :class:`~newsparse.BoilerplateParser`, as ``More from The
    #: Herald:`` is in English (the English pattern's own).
    #:
    #: .. versionadded:: 0.2 (fixL63)
    RELATED_OUTLET_LABELS: ClassVar[tuple[str, ...]] = ()
    #: Labels over a story's tags in the language (``Archivado en``): a line that opens with one,
    #: alone (its tags on the lines under it) or before a separator and the tags, is boilerplate
    #: ``related`` to :class:`~newsparse.BoilerplateParser`, as ``Tags`` is.
    #:
    #: .. versionadded:: 0.2 (trialL62b)
    TAG_LABELS: ClassVar[tuple[str, ...]] = ()
    #: A page's labels over an advertisement (``Anzeige``, ``Publicité``): a line of nothing but
    #: one is boilerplate ``advertisement`` to :class:`~newsparse.BoilerplateParser`, as
    #: ``Advertisement`` is.
    AD_LABELS: ClassVar[tuple[str, ...]] = ()
    #: Labels of a page's reading time (``Temps de lecture 3 min.``, ``Lesezeit: 4 Min.``): such a
    #: label, a number and a unit alone on a line are boilerplate ``other`` to
    #: :class:`~newsparse.BoilerplateParser`, as ``Reading time: 4 minutes`` is.
    READING_TIME_LABELS: ClassVar[tuple[str, ...]] = ()
    #: Nouns that end a section's label in sentence case (``Faits divers``, ``Aus der Politik``,
    #: ``Vida y sociedad``), read by :class:`~newsparse.SectionParser` beside its English
    #: ``SECTION_NOUNS``, in any case.
    #:
    #: .. versionadded:: 0.2
    SECTION_NOUNS: ClassVar[tuple[str, ...]] = ()
    #: The links of a site's footer in the language (``Mentions légales``, ``Impressum``, ``Aviso
    #: legal``), in any case: a line of nothing but one makes a list under the story a page's menu
    #: to :meth:`ArticleParser.is_menu_block <newsparse.ArticleParser.is_menu_block>`, read beside its
    #: English ``MENU_WORDS``.
    #:
    #: .. versionadded:: 0.2
    MENU_WORDS: ClassVar[tuple[str, ...]] = ()
    #: A paywall's labels (``Article réservé aux abonnés``): a line of nothing but one is
    #: boilerplate ``subscribe`` to :class:`~newsparse.BoilerplateParser`, as ``Subscribers only`` is.
    PAYWALL_LABELS: ClassVar[tuple[str, ...]] = ()
    #: Labels that open a note naming the agencies a story draws on (``Con información de EFE y
    #: Europa Press.``): the label and capitalised names after it are boilerplate ``sign-off`` to
    #: :class:`~newsparse.BoilerplateParser`, as ``Additional reporting by ...`` is.
    SOURCE_LABELS: ClassVar[tuple[str, ...]] = ()
    #: Labels that open an editors' note or a correction (``Rectificatif :``, ``Anmerkung der
    #: Redaktion:``, ``Fe de errores:``): the label, a colon or a dash, and the text after it are
    #: boilerplate ``editors-note`` to :class:`~newsparse.BoilerplateParser`, as ``Correction:`` is
    #: (the English ones are the parser's own patterns).
    EDITORS_NOTE_LABELS: ClassVar[tuple[str, ...]] = ()
    #: Labels that open such a note only before agencies (``Avec AFP``, ``Avec l'AFP et
    #: Reuters``): the label and agencies of :attr:`AGENCIES` after it (no other name: ``Avec
    #: Marie Dupont`` is no note) are boilerplate ``sign-off``.
    #:
    #: .. versionadded:: 0.2
    AGENCY_SOURCE_LABELS: ClassVar[tuple[str, ...]] = ()
    #: A wire's end marks in the language (``(FIN)``), in any case, beside the English ones of
    #: :attr:`ArticleParser.END_MARKS <newsparse.ArticleParser.END_MARKS>`: alone on a line, boilerplate
    #: ``sign-off`` to :class:`~newsparse.BoilerplateParser`; after the story's last sentence, cut off
    #: it as one (lang58).
    #:
    #: .. versionadded:: 0.2
    END_MARKS: ClassVar[tuple[str, ...]] = ()
    #: A letter's closing words (``Yours, etc``, ``Yours faithfully``; ``Atentamente`` in the Spanish
    #: pack), in any case without the commas and full stops that end them: alone on a line under a
    #: letter's text, the closing and the signature under it are boilerplate ``sign-off``
    #: (:meth:`ArticleParser.cut_letter_close <newsparse.ArticleParser.cut_letter_close>`, trialL63),
    #: which reads these unless the parser has its own ``LETTER_CLOSINGS``.  Each pack has its
    #: language's only; an empty tuple reads none.
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 the English closings moved here from ``ArticleParser.LETTER_CLOSINGS``,
    #:    whose default is now ``None`` (debt65).
    LETTER_CLOSINGS: ClassVar[tuple[str, ...]] = (
        "yours, etc", "yours etc", "yours sincerely", "yours faithfully", "yours truly", "sincerely",
        "regards", "kind regards", "best regards",
    )
    #: The closings of :attr:`LETTER_CLOSINGS` that also end a note or an e-mail quoted in a news
    #: story (``... which closed:`` / ``Regards,`` / ``A worried mother``): cut only on a letters page,
    #: where another closing stands (:meth:`ArticleParser.cut_letter_close
    #: <newsparse.ArticleParser.cut_letter_close>`), unless the parser has its own
    #: ``PAGE_LETTER_CLOSINGS``.  An empty tuple trusts every closing alone.
    #:
    #: .. versionadded:: 0.2 (debt65; ``ArticleParser.PAGE_LETTER_CLOSINGS`` before, mendR64)
    PAGE_LETTER_CLOSINGS: ClassVar[tuple[str, ...]] = ("regards",)
    #: Labels that head a note to the reader under the story (``Note from the author:``, ``Editor's
    #: note``), in any case with a straight apostrophe, alone on a line or before a colon and the
    #: note: with the lines under it in its block, boilerplate ``editors-note``
    #: (:meth:`ArticleParser.foot_box_blocks <newsparse.ArticleParser.foot_box_blocks>`), unless the
    #: parser has its own ``FOOT_NOTE_LABELS``.  Each pack has its language's only.
    #:
    #: .. versionadded:: 0.2 (debt65; ``ArticleParser.FOOT_NOTE_LABELS`` before, fixL64)
    FOOT_NOTE_LABELS: ClassVar[tuple[str, ...]] = (
        "note from the author", "a note from the author", "author's note", "editor's note", "a note from the editor",
        "note from the editor", "note to readers", "a note to readers", "a note to our readers",
    )
    #: Headings of an appeal for the reader's money or membership under the story (``Support us``,
    #: ``Support independent journalism``), in any case, alone on a line: with the lines under it in
    #: its block, boilerplate ``subscribe`` (:meth:`ArticleParser.foot_box_blocks
    #: <newsparse.ArticleParser.foot_box_blocks>`), unless the parser has its own ``SUPPORT_LABELS``.
    #: Each pack has its language's only.
    #:
    #: .. versionadded:: 0.2 (debt65; ``ArticleParser.SUPPORT_LABELS`` before, fixL64)
    SUPPORT_LABELS: ClassVar[tuple[str, ...]] = (
        "support us", "support our work", "support our journalism", "support independent journalism",
        "support local journalism", "support quality journalism",
    )
    #: Words of an appeal's call, in any case (``donate``, ``gift``, ``membership``): under an appeal's
    #: heading alone on its line that speaks for no page (``Support local journalism``, a crosshead as
    #: often), the next block is the appeal's only when it holds one (:meth:`ArticleParser.calls_for_support
    #: <newsparse.ArticleParser.calls_for_support>`, unless the parser has its own ``SUPPORT_CALL_WORDS``).
    #: Each pack has its language's only.
    #:
    #: .. versionadded:: 0.2 (debt65; ``ArticleParser.SUPPORT_CALL_WORDS`` before, mendR64)
    SUPPORT_CALL_WORDS: ClassVar[tuple[str, ...]] = (
        "donate", "donation", "donations", "gift", "gifts", "subscribe", "subscription", "subscriber", "member",
        "members", "membership", "contribute", "contribution", "contributions",
    )
    #: Past verbs and participles of the language (``dit``, ``était``, ``dijo``, ``sagte``), beside the
    #: English ones of :attr:`ArticleParser.PAST_CLAUSE_VERBS <newsparse.ArticleParser.PAST_CLAUSE_VERBS>`:
    #: a short last line with one soon after its first word, under a paragraph of the story, is the
    #: story's last clause, its stop lost (``Le maire a dit : « Tout va bien » ■``; lang58).
    #:
    #: .. versionadded:: 0.2
    PAST_CLAUSE_VERBS: ClassVar[tuple[str, ...]] = ()
    #: Lowercase words that may stand before a name in a note after one of :attr:`SOURCE_LABELS` or
    #: :attr:`AGENCY_SOURCE_LABELS` (``von der Deutschen Presse-Agentur``, ``de la agencia EFE``,
    #: ``l'AFP``; an elided one is written with its apostrophe).
    #:
    #: .. versionadded:: 0.2
    SOURCE_LINK_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Letters written between a clock's hour and minutes (``16h30``, ``14 h 05``), which a clock
    #: alone on its line (:meth:`~newsparse.TimestampParser.is_clock_line`) may have; none in English.
    HOUR_LETTERS: ClassVar[tuple[str, ...]] = ()
    #: The halves of the day written after a clock's digits without periods (``9:00 AM``, ``9
    #: pm``), in lower case: no part of a name or a speaker, but only right after the number
    #: (:meth:`is_clock_half`); a language whose word they are (German ``am``) leaves them out.
    #:
    #: .. versionadded:: 0.2
    CLOCK_HALVES: ClassVar[tuple[str, ...]] = ("am", "pm")
    #: Words a date written out may hold besides its weekday, day, month and year (``the 5th of
    #: March``), in lower case: :meth:`is_date_phrase`.  A language adds its own (``de``).
    #:
    #: .. versionadded:: 0.2
    DATE_PHRASE_WORDS: ClassVar[tuple[str, ...]] = ("the", "of")
    #: The most words :meth:`is_date_phrase` reads as one date (``Tuesday, the 5th of March 2024``).
    #:
    #: .. versionadded:: 0.2
    MAX_DATE_PHRASE_WORDS: ClassVar[int] = 7
    #: Markdown's marks of emphasis, longest first, that an export writes around a byline or a
    #: stamp and its label (``**By Owen Price** | 12 May 2025``, ``__By Owen Price__``,
    #: ``**Updated:** 12 May 2025``, ``*Wed 5 Mar 2025 16.42 GMT*``): a line that opens with one,
    #: closed by the same mark later on it, gives the byline those words give as a line of their
    #: own (:meth:`~newsparse.BylineParser.emphasised`), the marks in no name; a mark round a stamp
    #: label or a whole stamp is no part of the stamp (:class:`~newsparse.TimestampParser`).  Empty
    #: turns both off.
    #:
    #: .. versionadded:: 0.2
    EMPHASIS_MARKS: ClassVar[tuple[str, ...]] = ("**", "__", "*", "_")

    def is_clock_half(self, text: str, start: int, word: str) -> bool:
        """Whether *word* at *start* in *text* is one of :attr:`CLOCK_HALVES` after a clock's
        digits and at most one blank (``9:00 AM AFP reports``, ``9 pm Police say``): an hour of
        one or two digits, alone or with its minutes after a colon or a period.

        .. versionadded:: 0.2"""
        if word.casefold() not in self.CLOCK_HALVES:
            return False
        at = start - 1 if start > 0 and text[start - 1] == " " else start
        digits = at
        while digits > 0 and at - digits < 2 and text[digits - 1].isdigit():
            digits -= 1
        if digits == at or (digits > 0 and text[digits - 1].isdigit()):
            return False  # (no number, or one of three digits or more: "the 2024 AM")
        if digits >= 2 and text[digits - 1] in ":." and text[digits - 2].isdigit():
            return at - digits == 2  # (the minutes: "9:00", "14.20")
        return True

    def is_clock_zone(self, text: str, start: int, word: str) -> bool:
        """Whether *word* at *start* in *text* is a zone's abbreviation of :attr:`TIMEZONES`,
        :attr:`CASED_TIMEZONES` or :attr:`REGIONAL_TIMEZONES`, written in capitals, right after a
        clock's half (:meth:`is_clock_half`) and one blank (``10:15 PM ET President ...``): the
        time's, never a name's.

        .. versionadded:: 0.2"""
        if not word.isupper() or start < 2 or text[start - 1] != " ":
            return False
        if word not in self.tzinfos and all(word != name for name, _ in self.REGIONAL_TIMEZONES):
            return False
        half = start - 1
        while half > 0 and text[half - 1].isalpha():
            half -= 1
        return self.is_clock_half(text, half, text[half : start - 1])

    def __init__(self) -> None:
        self._months = {_normalized(w): i for i, names in enumerate(self.MONTHS, 1) for w in names}
        self._weekdays = {_normalized(w) for names in self.WEEKDAYS for w in names}
        self._weekday_numbers = {_normalized(w): i for i, names in enumerate(self.WEEKDAYS) for w in names}
        self._date_order_signs = _date_order_signs(self.DAY_FIRST_SIGNS, self.MONTH_FIRST_SIGNS)
        # a weekday's name written out in full, its longest form: "Tuesday", not "Tue"
        self._full_weekdays = frozenset(_normalized(max(names, key=len)) for names in self.WEEKDAYS if names)
        self._date_phrase_words = frozenset(_normalized(w) for w in self.DATE_PHRASE_WORDS)
        # (a page's button is no agency in the language that prints it: German "Mehr.", not Iran's Mehr; lang65)
        self._expand_buttons = frozenset(_normalized(w) for w in self.EXPAND_BUTTONS)
        self._agencies = {_normalized(w) for w in self.AGENCIES} - self._expand_buttons
        self._press_wires = frozenset(_normalized(w) for w in self.PRESS_WIRES)
        self._honorifics = frozenset(_normalized(w) for w in self.HONORIFICS)
        self._plural_honorifics = frozenset(_normalized(w) for w in self.PLURAL_HONORIFICS)
        self._titles = frozenset(_normalized(w) for w in self.TITLES) | self._honorifics
        self._role_nouns = frozenset(_normalized(w) for w in self.ROLE_NOUNS)
        self._articles = frozenset(_normalized(w) for w in self.ARTICLES)
        self._phrase_links = frozenset(_normalized(w) for w in self.PHRASE_LINKS)
        self._person_prepositions = frozenset(_normalized(w) for w in self.PERSON_PREPOSITIONS)
        self._prepositions = frozenset(_normalized(w) for w in self.PREPOSITIONS)
        self._portfolio_links = frozenset(self.PORTFOLIO_LINKS)
        self._portfolio_joins = frozenset(self.PORTFOLIO_JOINS)
        self._countries: dict[str, str] = {}
        for names in self.DEMONYMS:
            for name in names:
                self._countries[_normalized(name)] = _normalized(names[0])
                self._countries[_normalized(name) + "'s"] = _normalized(names[0])
                self._countries[_normalized(name) + "’s"] = _normalized(names[0])
        self._places = frozenset(
            " ".join(_normalized(w) for w in place.split()) for place in (*self.PLACES, *self.CITIES)
        )
        self._regions = frozenset(" ".join(_normalized(w) for w in region.split()) for region in self.REGIONS)
        self._region_abbreviation = LazyPattern(self.REGION_ABBREVIATION)  # (compiled when first used)
        self._country_names = frozenset(" ".join(_normalized(w) for w in name.split()) for name in self.COUNTRY_NAMES)
        self._org_words = frozenset(_normalized(w) for w in self.ORG_WORDS)
        self._event_words = frozenset(_normalized(w) for w in self.EVENT_WORDS)
        self._site_words = frozenset(_normalized(w) for w in self.SITE_WORDS)
        # what bars_name looks up at once: the titles, org words and countries, when this class
        # reads them as this one does (a subclass that overrides is_title, is_org_word or country
        # is asked through those)
        plain = all(getattr(type(self), hook) is getattr(Vocabulary, hook) for hook in ("is_title", "is_org_word", "country"))
        self._barring: frozenset[str] | None = (
            self._titles | self._org_words | frozenset(word for word, country in self._countries.items() if country)
            if plain
            else None
        )
        self._company_nouns = frozenset(_normalized(w) for w in self.COMPANY_NOUNS)
        # (GIVEN_NAMES, lower case already, read as it is: no copy of the library's large set per vocabulary)
        self._both_sexes_given = frozenset(_normalized(w) for w in self.BOTH_SEXES_GIVEN_NAMES)
        self._partitive_nouns = frozenset(_normalized(w) for w in self.PARTITIVE_NOUNS)
        self._trade_words = frozenset(_normalized(w) for w in self.TRADE_WORDS)
        self._description_links = frozenset(self.DESCRIPTION_LINKS)
        #: :attr:`ROLE_QUALIFIERS`, normalised.
        self.role_qualifiers = frozenset(_normalized(w) for w in self.ROLE_QUALIFIERS)
        #: :attr:`ROLE_PREFIXES`, normalised.
        self.role_prefixes = frozenset(_normalized(w) for w in self.ROLE_PREFIXES)
        #: :attr:`ROLE_STANDING_WORDS`, normalised.
        self.role_standing_words = frozenset(_normalized(w) for w in self.ROLE_STANDING_WORDS)
        self._salutations = frozenset(_normalized(unicodedata.normalize("NFC", w)) for w in self.SALUTATIONS)
        self._not_names = (
            frozenset(_normalized(w) for w in self.NOT_NAMES) | frozenset(self._months) | frozenset(self._weekdays)
        )
        self._question_auxiliaries = frozenset(_normalized(w) for w in self.QUESTION_AUXILIARIES)
        self._surname_words = frozenset(_normalized(w) for w in self.SURNAME_WORDS)
        # the last two letters of ADVERB_ENDINGS (a one-letter ending whole), which is_adverb looks up
        # before the endings (an empty ending, which any word ends with, lets every word through)
        self._adverb_tails = frozenset(ending[-2:] for ending in self.ADVERB_ENDINGS)
        self._adverb_any = "" in self.ADVERB_ENDINGS
        #: A regex alternation of the month names, for building patterns.
        self.month_pattern = alternation([w.rstrip(".") for names in self.MONTHS for w in names])
        #: :attr:`DAY_ORDINALS` as one alternation (versionadded 0.2, rvl70).
        self.ordinal_pattern = alternation(list(self.DAY_ORDINALS))
        self.weekday_pattern = alternation([w.rstrip(".") for names in self.WEEKDAYS for w in names])
        self.agency_pattern = alternation(list(self.AGENCIES))
        #: ``Ukraine's agriculture ministry``: a possessive (any apostrophe: ``'`` ``’`` ``‘``
        #: ``ʼ``, a letter of its own, not read into the word), up to two lowercase words, an org word.
        self.owned_organisation = regex.compile(
            rf"\p{{Lu}}(?:[^\P{{L}}{APOSTROPHE_MARKS}]|-)*+[{APOSTROPHE_MARKS}]s"
            rf"(?:[ ]\p{{Ll}}[\p{{Ll}}\-]*+){{0,2}}?[ ](?P<head>{alternation(list(self.ORG_WORDS))})"
            r"(?![\p{L}])"
        )
        #: ``The van's operator, Swiftline Logistics, said``: a company noun in lower case, a comma
        #: and a capitalised name (up to five words) set off by a comma after it too: the name is a
        #: business's (:class:`~newsparse.people.PersonIndex`; never a name the noun only
        #: qualifies, ``venture capital firm TA Associates``, or a list, ``the company, Williams and ...``).
        self.noun_named_business = regex.compile(
            rf"(?<![\p{{L}}])(?:{alternation(list(self.COMPANY_NOUNS))}),[ ]"
            rf"(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}\-]*+(?:\s\p{{Lu}}[\p{{L}}\p{{M}}\-]*+){{0,4}}+)(?=,)"
        )
        #: ``copper miner Minera Andacollo``, ``the carmaker Vantor``: a noun of a trade in lower
        #: case right before a capitalised name of up to four words (a line's break may stand
        #: between them, as in a wire's copy): a business's name
        #: (:class:`~newsparse.people.PersonIndex`, when :meth:`~newsparse.people.PersonIndex.names_business`).
        #: (versionadded 0.2)
        self.trade_named_business = regex.compile(
            rf"""(?<![\p{{L}}\p{{M}}\-])(?:{alternation([*self.COMPANY_NOUNS, *self.TRADE_NOUNS])})\s  # "miner "
                 (?P<name>\p{{Lu}}[\p{{L}}\p{{M}}\-]*+(?:\s\p{{Lu}}[\p{{L}}\p{{M}}\-]*+){{0,3}}+)  # "Minera Andacollo"
                 (?![\p{{L}}\p{{M}}\-]|\s\p{{Lu}})                                         # the name's end, no longer run
            """,
            regex.VERBOSE,
        )
        #: The nouns of :attr:`trade_named_business` (:attr:`COMPANY_NOUNS`, :attr:`TRADE_NOUNS`): a
        #: text that holds none of them is not searched with that pattern, which is tried at every
        #: character (:meth:`~newsparse.people.PersonIndex.traded_businesses`).  (versionadded 0.2)
        self.trade_nouns: tuple[str, ...] = tuple(w for w in (*self.COMPANY_NOUNS, *self.TRADE_NOUNS) if w)
        # (the nouns of ASCII letters alone, looked up in a text's word set; the others as substrings:
        # may_hold_trade_noun)
        self._trade_noun_words = frozenset(w.encode("ascii") for w in self.trade_nouns if w.isascii() and w.isalpha())
        self._other_trade_nouns = tuple(w for w in self.trade_nouns if not (w.isascii() and w.isalpha()))
        #: ``Latchly, which sells ...``: a capitalised name of up to four words, a comma, a relative
        #: word for a thing and a verb of a trade: a business's name.  (versionadded 0.2)
        self.relative_named_business = regex.compile(
            rf"""(?<![\p{{L}}\p{{M}}\-])
                 (?P<name>\p{{Lu}}[\p{{L}}\p{{M}}\-]*+(?:\s\p{{Lu}}[\p{{L}}\p{{M}}\-]*+){{0,3}}+)  # "Valley Steel"
                 ,[ ](?:{alternation(list(self.THING_RELATIVES))})                          # ", which"
                 [ ](?:{alternation(list(self.BUSINESS_VERBS))})(?![\p{{L}}])               # " makes"
            """,
            regex.VERBOSE,
        )
        glued = [a for a in self.ARTICLES if a[-1:] in APOSTROPHE_MARKS]
        spaced = [a for a in self.ARTICLES if a not in glued]
        openers = ([rf"(?:{alternation(spaced)})\s++"] if spaced else []) + ([alternation(glued)] if glued else [])
        articles = "|".join(openers)
        #: A role after one of :attr:`ARTICLES`, or opened by its owner's possessive
        #: (:attr:`ROLE_OWNER_ENDINGS`; group ``owner`` then matches, empty), and before a comma
        #: that closes a stretch of text (the person's name follows it).
        owner = rf"(?=\p{{Lu}}[\p{{L}}\-]*+(?:{alternation(list(self.ROLE_OWNER_ENDINGS))})\s)"
        self.role_before = regex.compile(
            rf"(?<![\p{{L}}])(?:(?i:{articles or '(?!)'})|(?P<owner>{owner}))(?P<role>[^,.;:\"“”]{{1,60}}),\s++$"
        )
        #: An appositive after a name: a comma, maybe one of :attr:`ARTICLES` (or ``one of
        #: (the)``), and its words up to the next comma or period (``Ana Ortiz, the city's mayor,``;
        #: ``Claire Martin, porte-parole du gouvernement,``); group ``article`` is empty without one.
        self.appositive = regex.compile(
            rf",\s++(?P<article>(?i:{articles or '(?!)'})|one\s++of(?:\s++the)?\s++)?([^,.;]{{1,100}})"
        )
        self.tzinfos = {name: int(hours * 3600) for name, hours in (*self.TIMEZONES, *self.CASED_TIMEZONES)}

    @functools.cached_property
    def region_words(self) -> dict[str, str]:
        """Each word of :attr:`ZONE_REGIONS` with its region."""
        return {word: region for region, words in self.ZONE_REGIONS for word in words}

    @functools.cached_property
    def region_place_words(self) -> dict[str, str]:
        """:attr:`region_words` without the words of :attr:`ZONE_REGION_PEOPLE`.

        .. versionadded:: 0.2 (fixT61)"""
        return {word: region for word, region in self.region_words.items() if not self.is_people_word(word)}

    def is_people_word(self, word: str) -> bool:
        """Whether *word*, of :attr:`ZONE_REGIONS`, names a region's people (:attr:`ZONE_REGION_PEOPLE`).

        .. versionadded:: 0.2 (fixT61)"""
        return word in self.ZONE_REGION_PEOPLE

    def zone_regions(self, text: str, *, people: bool = True) -> frozenset[str]:
        """The regions of :attr:`ZONE_REGIONS` whose words *text* writes, as written or in capitals
        (``NEW DELHI:``, a word of more than :data:`REGION_CAPS_LETTERS` letters, not ``US`` for ``us``),
        a site's ending read off a name with dots (``rte.ie``); without *people*, not by a word of
        :attr:`ZONE_REGION_PEOPLE` (``Chinese``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 *people* (fixT61)"""
        found = set()
        known = self.region_words if people else self.region_place_words
        for word in _REGION_WORD.findall(text):
            bare = word.rstrip(".")
            site = "." + bare.rpartition(".")[2] if "." in bare else ""
            capitals = bare.title() if len(bare) > REGION_CAPS_LETTERS and bare.isupper() else ""
            for form in (word, bare, site, capitals):
                if form in known:
                    found.add(known[form])
        return frozenset(found)

    @functools.cached_property
    def ambiguous_zone_names(self) -> frozenset[str]:
        """The abbreviations of :attr:`AMBIGUOUS_TIMEZONES`."""
        return frozenset(name for name, _ in self.AMBIGUOUS_TIMEZONES)

    def ambiguous_zone_default(self, zone: str) -> str | None:
        """The region of :attr:`AMBIGUOUS_ZONE_DEFAULTS` *zone* is read in when the page names none
        of its regions, or ``None``.

        .. versionadded:: 0.2"""
        return next((region for listed, region in self.AMBIGUOUS_ZONE_DEFAULTS if listed == zone), None)

    def ambiguous_zone_region(self, zone: str, regions: frozenset[str]) -> str | None:
        """The one region of *zone*'s in :attr:`AMBIGUOUS_TIMEZONES` among *regions*, the regions
        a page names, the zone's region of :attr:`AMBIGUOUS_ZONE_DEFAULTS` when it names none, else
        ``None`` (none and no default, or several).

        Regions that give the zone one offset are one reading (``CST`` on a page that names the
        United States and Canada: -6).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a page naming none of the regions reads the zone's default (fixT60).
        .. versionchanged:: 0.2 several regions of one offset read it (mendL65)."""
        for name, readings in self.AMBIGUOUS_TIMEZONES:
            if name == zone:
                named = [region for region, _ in readings if region in regions]
                if not named:
                    return self.ambiguous_zone_default(zone)
                offsets = {hours for region, hours in readings if region in named}
                return named[0] if len(offsets) == 1 else None
        return None

    def bare_zone_abbreviation(self, written: str) -> str | None:
        """The abbreviation of :attr:`BARE_ZONE_ABBREVIATIONS` for the zone's name that ends
        *written*, a stamp's text (``3 December 2026, 9:00am Eastern`` -> ``EST``), maybe in a
        bracket (``9:00am (Eastern)``); ``None`` when it ends in no such name.

        .. versionadded:: 0.2 (rvl69)"""
        words = written.rstrip(" )]").rsplit(None, 1)
        last = words[-1].lstrip("([").casefold() if words else ""
        return next((zone for name, zone in self.BARE_ZONE_ABBREVIATIONS if name == last), None)

    def bare_zone_kept(self, zone: str, regions: frozenset[str]) -> bool:
        """Whether a stamp in the US zone named alone (``9:00am Eastern``, *zone* its abbreviation of
        :attr:`BARE_ZONE_ABBREVIATIONS`) keeps that zone on a page naming *regions*: when every
        region of *zone*'s in :attr:`AMBIGUOUS_TIMEZONES` among them reads it at
        :attr:`BARE_ZONE_REGION`'s offset (none named, the US, Canada), not when one reads it at
        another (Australia: a wrong offset is worse than none), nor when any region named is
        outside :attr:`BARE_ZONE_HOME_REGIONS` (a page from London or Sydney, ``9:00am Central``).

        .. versionadded:: 0.2 (rvl69)"""
        if any(region not in self.BARE_ZONE_HOME_REGIONS for region in regions):
            return False  # (a page from Sydney, London or Manila: no US zone by a bare name there)
        readings = dict(next((pairs for name, pairs in self.AMBIGUOUS_TIMEZONES if name == zone), ()))
        home = readings.get(self.BARE_ZONE_REGION)
        return all(hours == home for region, hours in readings.items() if region in regions)

    def ambiguous_zone_season(self, zone: str, region: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The season in which *region* keeps *zone* (:attr:`AMBIGUOUS_ZONE_SEASONS`), or ``None``
        when it keeps it all year.

        .. versionadded:: 0.2"""
        return next((season for name, place, season in self.AMBIGUOUS_ZONE_SEASONS if (name, place) == (zone, region)), None)

    def ambiguous_zone_offset(self, zone: str, region: str) -> float | None:
        """The offset in hours of *zone*, an abbreviation of :attr:`AMBIGUOUS_TIMEZONES`, in
        *region* (one :meth:`ambiguous_zone_region` found), or ``None`` when the zone names no such
        region.

        .. versionadded:: 0.2"""
        for name, readings in self.AMBIGUOUS_TIMEZONES:
            if name == zone:
                return next((hours for place, hours in readings if place == region), None)
        return None

    def __getstate__(self) -> dict[str, object]:
        """The vocabulary for pickling (a parser sent to worker processes) without its
        :attr:`parserinfo`, an instance of a class made when first read, which is made again
        where it is read."""
        state = dict(self.__dict__)
        state.pop("parserinfo", None)
        return state

    @functools.cached_property
    def parserinfo(self) -> du_parser.parserinfo:
        """A dateutil ``parserinfo`` that knows this vocabulary's month and weekday names
        (:meth:`_make_parserinfo`), made when first read.

        .. versionchanged:: 0.2
           Made when first read, not by ``__init__``: a run that reads no date through dateutil
           does not import ``dateutil.parser``."""
        return self._make_parserinfo()

    def _make_parserinfo(self) -> du_parser.parserinfo:
        """A dateutil ``parserinfo`` that knows this vocabulary's month and weekday names."""
        months, weekdays = self._parserinfo_names()
        return _parser_info_class()(list(months), list(weekdays))

    @functools.cached_property
    def _parserinfo_lookup(self) -> tuple[dict[str, int], dict[str, int]]:
        """Each month's and weekday's name of :meth:`_parserinfo_names` in lower case -> its
        number from 0, a later entry's winning, as dateutil's ``parserinfo`` looks them up."""
        months, weekdays = self._parserinfo_names()
        return (
            {name.lower(): number for number, names in enumerate(months) for name in names},
            {name.lower(): number for number, names in enumerate(weekdays) for name in names},
        )

    def _parserinfo_names(self) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
        """The month and weekday names :attr:`parserinfo` is made with, as dateutil's
        ``parserinfo`` takes them (one tuple of names a month or weekday, without a closing
        period), read without dateutil too (``TimestampParser.plain_date``)."""
        return (
            tuple(tuple(w.rstrip(".") for w in names) for names in self.MONTHS),
            tuple(tuple(w.rstrip(".") for w in names) for names in self.WEEKDAYS),
        )

    def opens_clause(self, words: list[str]) -> bool:
        """Whether the *words* after an article opening an appositive make a relative clause
        (the article is a relative pronoun): the first is one of :attr:`RELATIVE_AFTER_ARTICLE`,
        or, with :attr:`CAPITALISED_NOUNS`, the last starts with a lower-case letter (a verb)."""
        if not words:
            return False
        if normalize_word(words[0]) in self.RELATIVE_AFTER_ARTICLE:
            return True
        return self.CAPITALISED_NOUNS and words[-1][:1].islower()

    def month_number(self, word: str) -> int | None:
        """1-12 for a month name or abbreviation in any case, else ``None``."""
        return self._months.get(normalize_word(word))

    def is_weekday(self, word: str) -> bool:
        return normalize_word(word) in self._weekdays

    def is_short_weekday(self, word: str) -> bool:
        """Whether *word* is a weekday's short form and not its name in full (``Sun``, ``Wed``; not
        ``Sunday``).

        .. versionadded:: 0.2"""
        low = normalize_word(word)
        return low in self._weekdays and low not in self._full_weekdays

    def writes_day_first(self, text: str) -> bool:
        """Whether *text* (its first :attr:`DATE_ORDER_WINDOW_CHARS` characters) shows at least
        :attr:`MIN_DAY_FIRST_SIGNS` different :attr:`DAY_FIRST_SIGNS` (``colour``, ``£``, ``Ltd``,
        ``.co.uk``) and more different ones than of :attr:`MONTH_FIRST_SIGNS`: a page written where
        a numeric date puts the day first.  Forms of one word count once (``colour`` and ``colours``,
        ``realise`` and ``realised``: the sign less its closing ``s`` and ``d``).

        .. versionadded:: 0.2"""
        day, month = self.date_order_signs(text)
        return day >= self.MIN_DAY_FIRST_SIGNS and day > month

    @functools.cached_property
    def day_first_language_words(self) -> frozenset[str]:
        """:attr:`DAY_FIRST_LANGUAGE_WORDS` as a set, built once (:meth:`writes_day_first_language`).

        .. versionadded:: 0.2 (round 66)"""
        return frozenset(self.DAY_FIRST_LANGUAGE_WORDS)

    def writes_day_first_language(self, text: str) -> bool:
        """Whether *text* (its first :attr:`DATE_ORDER_WINDOW_CHARS` characters) shows at least
        :attr:`MIN_DAY_FIRST_LANGUAGE_WORDS` different :attr:`DAY_FIRST_LANGUAGE_WORDS`, in lower
        case: a page written in a language whose numeric dates put the day first, parsed with this
        vocabulary (``Mis à jour`` aside, a French page may label its stamp ``Updated``).

        .. versionadded:: 0.2 (fixL66)"""
        words = self.day_first_language_words
        if not words:
            return False
        seen: set[str] = set()
        for word in text[: self.DATE_ORDER_WINDOW_CHARS].split():
            bare = word.strip(_LANGUAGE_WORD_EDGES)
            if bare in words:
                seen.add(bare)
                if len(seen) >= self.MIN_DAY_FIRST_LANGUAGE_WORDS:
                    return True
        return False

    @functools.cached_property
    def day_first_outlet_pattern(self) -> regex.Pattern[str] | None:
        """:attr:`DAY_FIRST_OUTLETS` as one pattern of whole words, built on first use
        (:meth:`names_day_first_outlet`); ``None`` when the list is empty.

        .. versionadded:: 0.2 (fixL67)"""
        names = [name for name in self.DAY_FIRST_OUTLETS if name]
        if not names:
            return None
        return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(names)})(?![\p{{L}}\p{{N}}])")

    def names_day_first_outlet(self, text: str) -> bool:
        """Whether *text* names one of :attr:`DAY_FIRST_OUTLETS` as written, as whole words
        (``The Hindu``, ``| Times of India``; not ``The Hindustan``).

        .. versionadded:: 0.2 (fixL67)"""
        pattern = self.day_first_outlet_pattern
        return pattern is not None and pattern.search(text) is not None

    def date_order_signs(self, text: str) -> tuple[int, int]:
        """How many different :attr:`DAY_FIRST_SIGNS` and :attr:`MONTH_FIRST_SIGNS` the first
        :attr:`DATE_ORDER_WINDOW_CHARS` characters of *text* show, forms of one word counted once
        (:meth:`writes_day_first`).

        .. versionadded:: 0.2"""
        seen: dict[str, set[str]] = {"day": set(), "month": set()}
        for sign in self._date_order_signs.finditer(text, 0, self.DATE_ORDER_WINDOW_CHARS, False, KEEP_GIL):
            group = sign.lastgroup
            if group is not None:
                seen[group].add(sign.group().rstrip("sd"))  # (one word's forms: "colour", "colours")
        return len(seen["day"]), len(seen["month"])

    def weekday_number(self, word: str) -> int | None:
        """0-6 (Monday first, as :attr:`WEEKDAYS` lists them and ``datetime.weekday`` counts) for
        a weekday's name or abbreviation in any case, else ``None``.

        .. versionadded:: 0.2"""
        return self._weekday_numbers.get(normalize_word(word))

    def is_date_phrase(self, text: str) -> bool:
        """Whether *text* is a date written out and nothing else, the line a page prints over its
        headline: a weekday's name written out alone (``Tuesday``), or up to
        :attr:`MAX_DATE_PHRASE_WORDS` words between spaces and commas, each a month's or a weekday's
        name, a number of up to four digits (maybe an ordinal: ``5th``) or one of
        :attr:`DATE_PHRASE_WORDS`, with a name and a number among them (``5 March``, ``March 5``,
        ``Tuesday 5 March 2024``, ``Tuesday, March 5, 2024``, ``the 5th of March``).  No clock,
        no other word (``May Day``, ``Tuesday Briefing``, ``Sun`` alone are no date).

        .. versionadded:: 0.2"""
        words = _DATE_PHRASE_SPLIT.split(text.strip(), self.MAX_DATE_PHRASE_WORDS, KEEP_GIL)
        if len(words) > self.MAX_DATE_PHRASE_WORDS or not words[0]:
            return False
        if len(words) == 1:
            return normalize_word(words[0]) in self._full_weekdays
        named = numbered = False
        for word in words:
            if _DATE_NUMBER.fullmatch(word, 0, None, KEEP_GIL) is not None:
                numbered = True
            elif self.month_number(word) is not None or self.is_weekday(word):
                named = True
            elif normalize_word(word) not in self._date_phrase_words:
                return False
        return named and numbered

    def is_agency(self, word: str) -> bool:
        return normalize_word(word) in self._agencies

    def is_expand_button(self, text: str) -> bool:
        """Whether *text* is one of :attr:`EXPAND_BUTTONS`, in any case (German ``Mehr``, ``Weniger``).

        .. versionadded:: 0.2 (lang65)"""
        return _normalized(text) in self._expand_buttons

    def agency_date_order(self, agency: str | None) -> bool | None:
        """``True`` when *agency* is one of :attr:`DAY_FIRST_AGENCIES`, ``False`` when it is one of
        :attr:`MONTH_FIRST_AGENCIES` (in any case), ``None`` otherwise: nothing said of the order.

        .. versionadded:: 0.2"""
        if not agency:
            return None
        word = normalize_word(agency.strip())
        if word in {normalize_word(w) for w in self.DAY_FIRST_AGENCIES}:
            return True
        if word in {normalize_word(w) for w in self.MONTH_FIRST_AGENCIES}:
            return False
        return None

    def is_press_wire(self, word: str) -> bool:
        """Whether *word* is one of :attr:`PRESS_WIRES`, in any case (``GLOBE NEWSWIRE``).

        .. versionadded:: 0.2"""
        return normalize_word(word) in self._press_wires

    def is_article(self, word: str) -> bool:
        """Whether *word* is one of :attr:`ARTICLES`, in any case and with or without accents.

        .. versionadded:: 0.2"""
        return normalize_word(word) in self._articles

    def is_title(self, word: str) -> bool:
        """A title or role word (``President``, ``Sen.``, ``minister``) or an honorific."""
        return normalize_word(word) in self._titles

    def is_plural_title(self, word: str) -> bool:
        """Whether *word* is a title of :meth:`is_title` with one of :attr:`TITLE_PLURAL_ENDINGS`
        (``Senators``, ``Governors``, ``Drs``), or one of :attr:`PLURAL_HONORIFICS` (``Messrs``):
        many people's title, never a word of one person's name (``Senators Ortiz and Berg``),
        though it may be a surname after a given name (``Blake Masters``: the caller's to tell).
        An honorific of one person is none, whatever it ends in (``Mrs``, ``Ms``).

        >>> [Vocabulary().is_plural_title(w) for w in ("Senators", "Senator", "Ortiz", "Mrs.", "Messrs")]
        [True, False, False, False, True]

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (fixS59) never one person's honorific; :attr:`PLURAL_HONORIFICS`"""
        bare = word.rstrip(".")
        low = normalize_word(bare)
        if low in self._plural_honorifics:
            return True
        return low not in self._honorifics and any(
            bare.endswith(ending) and len(bare) > len(ending) + 1 and self.is_title(bare[: -len(ending)])
            for ending in self.TITLE_PLURAL_ENDINGS
        )

    def is_honorific(self, word: str) -> bool:
        """Whether *word* is one of :attr:`HONORIFICS` (``Mr.``, ``Mme``, ``Frau``).

        .. versionadded:: 0.2"""
        return normalize_word(word) in self._honorifics

    def is_role_noun(self, word: str) -> bool:
        """Whether *word* is one of :attr:`ROLE_NOUNS`, or one of them after one of
        :attr:`ROLE_QUALIFIERS` or :attr:`ROLE_PREFIXES` and a hyphen (``vice-president``,
        ``co-leader``, French ``vice-présidente``)."""
        low = normalize_word(word)
        if low in self._role_nouns:
            return True
        qualifier, hyphen, role = low.partition("-")
        return (
            bool(hyphen) and (qualifier in self.role_qualifiers or qualifier in self.role_prefixes) and role in self._role_nouns
        )

    def is_phrase_link(self, word: str) -> bool:
        """Whether *word* is one of :attr:`PHRASE_LINKS` (``of``, ``in``, ``where``, ``the``)."""
        return normalize_word(word) in self._phrase_links

    def is_preposition(self, word: str) -> bool:
        """Whether *word* is one of :attr:`PREPOSITIONS` (``through``, ``amid``), in any case.

        .. versionadded:: 0.2"""
        return normalize_word(word) in self._prepositions

    def is_person_preposition(self, word: str) -> bool:
        """Whether *word* is one of :attr:`PERSON_PREPOSITIONS` (``to``, ``with``).

        .. versionadded:: 0.2"""
        return normalize_word(word) in self._person_prepositions

    def is_portfolio_link(self, word: str) -> bool:
        """Whether *word*, as written, is one of :attr:`PORTFOLIO_LINKS` (``for``).

        .. versionadded:: 0.2"""
        return word in self._portfolio_links

    def is_portfolio_join(self, word: str) -> bool:
        """Whether *word*, as written, is one of :attr:`PORTFOLIO_JOINS` (``and``, ``of``).

        .. versionadded:: 0.2"""
        return word in self._portfolio_joins

    def is_title_after_article(self, word: str, preceding: str | None) -> bool:
        """Whether capitalised *word* right after *preceding*, one of :attr:`ARTICLES`, is a noun
        describing the person named after it (German ``die Ökonomin Anna Schmidt``, ``der
        Fahrer Jan Vogel``): a word of :attr:`MIN_ARTICLE_TITLE_LENGTH` letters or more with one of
        :attr:`ARTICLE_TITLE_ENDINGS`.  Off (no endings) in English, where an article before a
        given name is not written."""
        if not self.ARTICLE_TITLE_ENDINGS or preceding is None or normalize_word(preceding) not in self._articles:
            return False
        low = normalize_word(word)
        return len(low) >= self.MIN_ARTICLE_TITLE_LENGTH and low.isalpha() and low.endswith(self.ARTICLE_TITLE_ENDINGS)

    def title_head(self, word: str) -> str | None:
        """The title a compound title ends in (German ``Innenministerin`` -> ``ministerin``), so
        that the title alone refers to the person described with the compound; ``None`` here (a
        language that writes compound titles as one word overrides it)."""
        return None

    def country(self, word: str) -> str | None:
        """The country a name or adjective refers to (``"Russian"`` and ``"Russia's"`` -> ``"russia"``)."""
        return self._countries.get(normalize_word(word))

    def is_given_name(self, word: str, *, either_sex: bool = True) -> bool:
        """Whether *word* (any case, periods aside) is a known given name: one of :attr:`GIVEN_NAMES`,
        or, with *either_sex*, of :attr:`BOTH_SEXES_GIVEN_NAMES` (``Robin``, ``Jordan``, which a
        dateline's place may be too: the dateline parser reads the first list only).  The one check
        of a given name as a list's word; :meth:`~newsparse.names.NameModel.is_given_name` adds
        hyphened and romanised names to it.

        >>> Vocabulary().is_given_name("JANE"), Vocabulary().is_given_name("Jordan", either_sex=False)
        (True, False)

        .. versionadded:: 0.2"""
        low = _normalized(word)
        return low in self.GIVEN_NAMES or (either_sex and low in self._both_sexes_given)

    def is_place(self, text: str) -> bool:
        """Whether *text* is one of :attr:`PLACES` or :attr:`CITIES`, in any case and spacing
        (``Hong Kong``, ``HONG KONG``, ``Paris``).

        .. versionadded:: 0.2"""
        return " ".join(normalize_word(w) for w in text.split()) in self._places

    def is_region_name(self, text: str) -> bool:
        """Whether *text* is one of :attr:`REGIONS`, in any case and spacing (``Texas``, ``New
        Mexico``, ``Bavaria``): a state or province that may follow a place and a comma.

        >>> Vocabulary().is_region_name("New  Mexico"), Vocabulary().is_region_name("Leeds")
        (True, False)

        .. versionadded:: 0.2"""
        return " ".join(normalize_word(w) for w in text.split()) in self._regions

    def is_region_after_place(self, text: str) -> bool:
        """Whether *text*, set off after a place and its comma, is that place's region: a place, a
        country or a region of the vocabulary (``Lyon, France``, ``Austin, Texas``:
        :meth:`is_region_name`; a pack's :attr:`COUNTRY_NAMES`: ``Valencia, España``) or an
        abbreviation of :attr:`REGION_ABBREVIATION` that is no title
        (``Washington, D.C.``, ``Tucson, Ariz.``; not ``Mr.``).  The one check the speaker grammar
        and the people index both ask.

        >>> v = Vocabulary()
        >>> [v.is_region_after_place(w) for w in ("France", "New Mexico", "D.C.", "Ariz.", "Mr.", "Ortiz")]
        [True, True, True, True, False, False]

        .. versionadded:: 0.2"""
        if self.is_place(text) or self.country(text) is not None or self.is_region_name(text):
            return True
        if self._country_names and " ".join(normalize_word(w) for w in text.split()) in self._country_names:
            return True  # (a pack's own name for a country: "España", "Allemagne")
        return self.is_region_abbreviation(text)

    def is_region_abbreviation(self, text: str) -> bool:
        """Whether *text* is a region's abbreviation of :attr:`REGION_ABBREVIATION` and no title
        (``D.C.``, ``N.Y.``, ``Ariz.``; not ``Mr.``, ``Sen.``).

        .. versionadded:: 0.2"""
        return self._region_abbreviation.fullmatch(text) is not None and not self.is_title(text)

    def bars_name(self, word: str) -> bool:
        """Whether *word* is a title (:meth:`is_title`), an organisation word (:meth:`is_org_word`)
        or a country or its adjective (:meth:`country`): never a word of a person's name.  One
        set lookup when the class reads those three as this one does; a subclass that overrides
        any of them is asked through them.

        .. versionadded:: 0.2"""
        barring = self._barring
        if barring is not None:
            low = normalize_word(word)
            return low in barring or (low in self._event_words and word[:1].isupper())
        return self.is_title(word) or self.is_org_word(word) or bool(self.country(word))

    def is_org_word(self, word: str) -> bool:
        """Whether *word* is one of :attr:`ORG_WORDS`, in any case, or of :attr:`EVENT_WORDS`
        capitalised."""
        low = normalize_word(word)
        return low in self._org_words or (word[:1].isupper() and low in self._event_words)

    def is_site_word(self, word: str) -> bool:
        """Whether *word*, in any case, is one of :attr:`SITE_WORDS` (``Church``, ``Garden``).

        .. versionadded:: 0.2 (byl60b)"""
        return normalize_word(word) in self._site_words

    def is_description_link(self, word: str) -> bool:
        """Whether *word* is one of :attr:`DESCRIPTION_LINKS`.

        .. versionadded:: 0.2"""
        return word in self._description_links

    def is_company_noun(self, word: str) -> bool:
        """Whether *word* describes a business (``company``, ``operators``, ``chain``)."""
        return normalize_word(word) in self._company_nouns

    def may_hold_trade_noun(self, text: str) -> bool:
        """Whether :attr:`trade_named_business` may match in *text*: one of :attr:`trade_nouns`
        made of ASCII letters is one of its words (:func:`ascii_words`: the pattern wants no
        letter, mark or hyphen before the noun and a blank after it, so that ``groups`` or
        ``subgroup`` holds no ``group`` there), or another noun is in it as a substring.  A text
        longer than :data:`ASCII_WORDS_MAX` is searched for every noun as a substring.  ``False``
        only where the pattern finds nothing, so that a text with none is not searched with it.

        .. versionadded:: 0.2"""
        if len(text) > ASCII_WORDS_MAX:
            return any(map(text.__contains__, self.trade_nouns))
        if self._trade_noun_words and not self._trade_noun_words.isdisjoint(ascii_words(text)):
            return True
        return any(map(text.__contains__, self._other_trade_nouns))

    def is_trade_word(self, word: str) -> bool:
        """Whether *word* is one of :attr:`TRADE_WORDS`, in any case (``Motors``, ``FOODS``).

        .. versionadded:: 0.2"""
        return normalize_word(word) in self._trade_words

    def is_partitive_noun(self, word: str) -> bool:
        """Whether *word* is one of :attr:`PARTITIVE_NOUNS`, in any case (``Shares``, ``UNIT``).

        .. versionadded:: 0.2"""
        return normalize_word(word) in self._partitive_nouns

    def is_salutation(self, word: str) -> bool:
        """Whether *word* is one of :attr:`SALUTATIONS`, in any case (``Dear``) and either Unicode
        spelling (``Che\u0300re``, decomposed as some copy writes it, is ``Chère``).

        .. versionadded:: 0.2 (fixR56)"""
        if not word.isascii():
            word = unicodedata.normalize("NFC", word)
        return normalize_word(word) in self._salutations

    def is_surname_word(self, word: str) -> bool:
        """Whether *word*, in any case, is one of :attr:`SURNAME_WORDS` (``More``).

        .. versionadded:: 0.2 (fixQ65)"""
        return normalize_word(word) in self._surname_words

    def is_question_auxiliary(self, word: str) -> bool:
        """Whether *word* is one of :attr:`QUESTION_AUXILIARIES` (``Will``, ``Can``), any case.

        .. versionadded:: 0.2"""
        return normalize_word(word) in self._question_auxiliaries

    def can_start_name(self, word: str) -> bool:
        """Whether a capitalised *word* may be the first word of a person's name: not one of
        :attr:`NOT_NAMES`, a title or an adverb (:meth:`is_adverb`)."""
        return normalize_word(word) not in self._not_names and not self.is_title(word) and not self.is_adverb(word)

    def is_adverb(self, word: str) -> bool:
        """Whether *word* reads as an adverb by its ending (:attr:`ADVERB_ENDINGS`): ``Eventually``,
        ``Reportedly``; not ``McNally`` (a capital inside) nor ``Sally`` (too short)."""
        tails = self._adverb_tails
        if len(word) < self.MIN_ADVERB_LENGTH or (word[-2:] not in tails and word[-1:] not in tails and not self._adverb_any):
            return False  # (too short, or no ending's last letters end it: most words, read at once)
        rest = word[1:]
        return rest.islower() and rest.isalpha() and word.endswith(self.ADVERB_ENDINGS)
