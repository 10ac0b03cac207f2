"""The pipeline: :class:`ArticleParser` runs ordered, named line rules over one :class:`ParseState`,
and :func:`parse_article` parses with a shared default parser."""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import gc
import itertools
import warnings
from collections.abc import Callable, Iterable, MutableSequence, Sequence
from contextvars import ContextVar
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

import attrs
import regex

from .body import BodyParser
from .boilerplate import BoilerplateKind, BoilerplateParser
from .byline import BylineParser
from .caption import CaptionLine, CaptionParser
from .dateline import DatelineParser
from .errors import ArticleTooLarge, check_limit, check_option, check_text
from .headline import HeadlineParser
from .lines import (
    CLOSERS,
    PROSE_WINDOW,
    SENTENCE_ENDS,
    Line,
    LineList,
    csv_cells,
    ends_sentence,
    field_unescaped,
    has_lower_word,
    has_text_between,
    is_hyphen_break,
    is_sentence,
    joined_text,
    split_lines,
    visible_end,
    word_count,
    words_of,
)
from .names import strip_possessive
from .quotes import QuoteParser
from .section import SectionParser
from .sharing import LazyPattern, share_state
from .spans import (
    Article,
    Boilerplate,
    BoilerplateLines,
    BoilerplateList,
    Byline,
    Caption,
    Dateline,
    Headline,
    Paragraph,
    Paragraphs,
    Quote,
    QuoteList,
    Span,
    Timestamp,
    TimestampKind,
    collapse,
)
from .timestamp import ZONE_SHAPE, TimestampParser, day_of_later_clock, falls_before
from .vocabulary import APOSTROPHE_MARKS, KEEP_GIL, Vocabulary, alternation, own_or_pack

# a wire's slug before its stamp: an agency's short name glued to the item's number ("APA0123 2025-03-10/11:42";
# ArticleParser.published_from_wire_slug)
_WIRE_SLUG = regex.compile(r"(?P<agency>\p{Lu}{2,6}+)\d{2,6}+[ \t]++")

if TYPE_CHECKING:
    from .entities import EntityReading
    from .jsontext import JsonMember, JsonReading, JsonValue
    from .quotes.languages import LanguagePack

__all__ = ["DEFAULT_PARSER", "STOP", "ArticleParser", "ParseState", "parse_article", "parser_for"]

#: What a header rule returns to end the header at its line (the body starts there).
STOP = -1
#: The lines :meth:`ArticleParser.classify_boilerplate` has read in the parse under way, with
#: what it found, as ``(parser, {line's fields: found})``: the header's rules and the body's ask about the
#: same lines in turn, and each line is read once (``None`` outside a parse).
_BOILERPLATE_READ: ContextVar[tuple[object, dict[tuple[str, int, int, int, bool], Boilerplate | None]] | None] = (
    ContextVar("newsparse_boilerplate_read", default=None)
)
#: What :meth:`ArticleParser.classify_boilerplate` finds for a line it has not read yet.
_NOT_READ = object()
#: How a teaser cut short ends: two dots (``... 예능국의 아..``), or an ellipsis after a comma.
CUT_ENDS = ("..",)
# a picture's credit in capitals after a bar at a line's end: " PHOTO | FILE | CITY DAILY"
# (is_story_over_bar_credit; the label checked against the caption parser's CREDIT_WORDS)
_BAR_CREDIT_TAIL = regex.compile(
    r"(?<=[.!?])[ ]++(?P<label>\p{Lu}++)(?:[ ]*+\|[ ]*+[\p{Lu}\p{N}][\p{Lu}\p{N} .&'’\-]{0,40}+){1,4}+$"
)
_COMMA_CUT = regex.compile(r",\s*+(?:\.{2,3}+|…)$")  # "... the plague,..."
_WORD_CUT = regex.compile(r"[\p{L}\p{N}](?:\.{2,3}+|…)$")  # "... feels it is..."
# a word alone as a sentence that only a story opens with: in quotation marks (a line of speech,
# "“No.”") or a question ("Why?"); "Exclusive!" or "Analysis." alone is a kicker, not the lede
_ONE_WORD_SENTENCE = regex.compile(
    r"""[\"“‘'](?:\p{Lu}\p{Ll}++[.!?]++)[\"”’']  # a quoted word: “No.”
        |\p{Lu}\p{Ll}++\?++               # a question: Why?""",
    regex.VERBOSE,
)
# an abbreviation of capitals with a point after each part that ends the line: "EE.UU.", "U.S.",
# "U.K." (its last point the abbreviation's, maybe no sentence's: ends_in_abbreviation)
_CLOSING_ABBREVIATION = regex.compile(r"(?<![\p{L}\p{N}.])(?:\p{Lu}{1,3}+\.){2,4}+$")
#: A year written in full, four digits and no more: ``1941`` in ``born March 2, 1941`` (is_life_dates).
_FULL_YEAR = regex.compile(r"(?<!\d)\d{4}(?!\d)")
_NUMBER_STOP = regex.compile(r"\d\.$")  # a full stop right after a number ends the line: "... 1895."
_KICKER_WORD = regex.compile(r"[\p{L}\p{N}-]++")  # a kicker's words: "Comment | Politics"
_DAY_NUMBER = regex.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?+")  # the day beside a month: "Jan. 2", "3rd March"
#: Dashes that may open an author's signature line after the story: ``— Jane Roe``.
SIGNATURE_DASHES = "—–-―"

# The first piece of a line cut by "|", "·", "•" or a slash between spaces.
_PIECE = regex.compile(r"(?:[^|·•/]++|(?<=\S)/(?=\S))++")
# A label in capitals of one to three words, a bar between spaces and the rest of the line
# ("EXCLUSIVE | Stocks slide as oil tops $100"): the kicker and the headline on one line
# (ArticleParser.label_before_bar; the words counted there).
_LABEL_BAR = regex.compile(
    r"""(?P<label>\p{Lu}[\p{Lu}&'’\-]*+(?:[ ]\p{Lu}[\p{Lu}&'’\-]*+)*+)   # EXCLUSIVE, BREAKING NEWS
        [ \t]++\|[ \t]++
        (?P<rest>[^|]++)                                            # the headline: no bar of its own""",
    regex.VERBOSE,
)
# an epigraph: a quoted sentence, a dash and who said it ("“The truth will out.” — Jane Roe")
_EPIGRAPH = regex.compile(
    r"""[“"‘«](?P<quote>[^“”"«»]{1,400}+)[”"’»]   # the quoted words
        \s*+[—–―\-]{1,2}+\s*+                   # a dash
        (?P<name>[^—–―\-]{1,80}+)               # the name""",
    regex.VERBOSE,
)


# the sign-off of an embedded post, a social network's handle and the post's date after it:
# "— Jane Roe (@janeroe) November 18, 2019"
_EMBED_SIGN_OFF = regex.compile(
    r"""[—–―\-][ \t]*+[^()\n]{1,80}+      # a dash and the poster's name
        \(@[\w.]{1,40}+\)[ \t]*+          # the handle in brackets
        (?P<date>[^\n]{4,40}+)$           # the post's date""",
    regex.VERBOSE,
)


# a bracketed remark at the end of a line, after a sentence's end: "... provinces. (Reporting by Jane Roe)"
_BRACKETED_TAIL = regex.compile(r"(?<=[.!?\"”’])[ \t]++(?P<mark>[(\[][^()\[\]\n]{4,400}+[)\]])[ \t]*+$")
# a wire's sign-off after the last sentence: a word in capitals (the agency) and up to four groups
# of editors' initials, "... above normal. PTI ABC DEF" (ArticleParser.agency_sign_off)
_AGENCY_TAIL = regex.compile(
    r"""(?<=[.!?"”’)])[ \t]++
    (?P<mark>(?P<agency>\p{Lu}{2,8}+)(?:[ \t]++\p{Lu}{2,4}+){0,4}+)  # PTI, PTI ABC DEF
    [ \t]*+$""",
    regex.VERBOSE,
)


# a news agency's sign-off after the last sentence, in brackets (glued or not) or after a dash or a
# slash and a space: "... afternoon trade. (AFP)", "... trade.(dpa/AFP)", "... trade. — AFP",
# "... trade. - Reuters", "... trade. /Kyodo" (ArticleParser.wire_sign_off; the words checked there)
# A line of nothing but a wire's name as its sign-off: "(AFP)", "— AFP", "==Kyodo" (ArticleParser.wire_mark_line)
_WIRE_MARK_LINE = regex.compile(
    r"""(?:\((?P<agency>[^()\n]{2,40}+)\)                     # in brackets: (AFP), (dpa/AFP)
      |(?:[—–―]|-{1,2}+|={1,2}+)[ \t]*+(?P<agency>[^\s—–―\-=()][^\n—–―()]{1,39}+))  # a dash: — AFP, ==Kyodo
    \.?+""",
    regex.VERBOSE,
)
_WIRE_TAIL = regex.compile(
    r"""(?<=[.!?"”’])[ \t]*+
    (?P<mark>\((?P<agency>[^()\n]{2,40}+)\)                              # in brackets: (AFP), (dpa/AFP)
      |(?<=[ \t])(?:[—–―]|-{1,2}+)[ \t]*+(?P<agency>[^\s—–―\-/()][^\n—–―/()]{1,39}+)  # a dash: — AFP, - Reuters
      |(?<=[ \t])/[ \t]*+(?P<agency>[^\s/()][^\n/()]{1,39}+)             # a slash: /Kyodo
      |(?<=[ \t])\|[ \t]*+(?:via[ \t]++)?+(?P<agency>[^\s|()][^\n|()]{1,39}+))  # a bar: | via PNA (lay58)
    [ \t]*+$""",
    regex.VERBOSE,
)

#: A news agency's sign-off alone on the body's last line: ``(ANSA).``, ``(NAN)`` (layT61;
#: :meth:`ArticleParser.is_agency_sign_off_line` checks the agency).
_AGENCY_LINE = regex.compile(
    r"""\((?P<agency>[^()\n]{2,40}+)\)   # the agency in brackets: (ANSA), (dpa/AFP)
    \.?+                                # maybe a full stop: (ANSA).
    """,
    regex.VERBOSE,
)



#: A numeric date with slashes on the page (``25/11/2025``), its two first numbers as ``first`` and
#: ``second``: :meth:`ArticleParser.numeric_dates_day_first` reads the page's order from it.
_SLASHED_NUMERIC_DATE = LazyPattern(
    r"""(?<![\d/])
    (?P<first>\d{1,2}+)/(?P<second>\d{1,2}+)/\d{4}   # day or month, month or day, a year of four digits (not a score: 14/8/12)
    (?![\d/])""",
    regex.VERBOSE,
)


#: The most words in capitals (maybe an outlet's sign-off) after the story's last sentence on the
#: text's last line (``... runs again. HARBOUR NEWS``, :meth:`ArticleParser.outlet_sign_off`).
SIGN_OFF_CAPS_WORDS = 4
_CAPS_SIGN_OFF = regex.compile(
    rf"""(?<=[.!?"”’)])(?<!\.\p{{L}}\.)[ \t]++       # after a sentence's end, not an abbreviation's stop ("U.S.", "p.m.")
    (?P<mark>\p{{Lu}}[\p{{Lu}}&'’.\-]++              # a word in capitals: HARBOUR
      (?:[ \t]++\p{{Lu}}[\p{{Lu}}&'’.\-]++){{0,{SIGN_OFF_CAPS_WORDS - 1}}}+)  # and more: NEWS
    (?<!\.)                                       # not the sentence's own last word ("approval from the FDA.")
    [ \t]*+$                                      # the line's end""",
    regex.VERBOSE,
)


# What follows the writer's name in a note about the writer: maybe an address in brackets, then a
# word in lower case ("Jane Roe (jroe@example.com) is ...", "Jane Roe has covered ...").
_WRITER_NOTE_REST = regex.compile(
    r"""
    (?:[ \t]++\([^()\n]{1,80}+\))?+    # an address or a handle in brackets
    [ \t]++\p{Ll}                       # a word in lower case: the clause about the writer
    """,
    regex.VERBOSE,
)


@attrs.define
class ParseState:
    """What one parse has found so far: the input, its lines, the reference date, and each part.

    The pipeline makes one per call and the rules fill it in, so a parser itself holds no
    per-call state.  A subclass of :class:`ArticleParser` that adds a part subclasses this too,
    with one more field, and names it in :attr:`ArticleParser.STATE`.
    """

    text: str
    lines: Sequence[Line]
    reference_date: dt.date | None = None
    section: tuple[str, ...] = ()
    section_span: Span | None = None
    headline: Headline | None = None
    byline: Byline | None = None
    published: Timestamp | None = None
    updated: Timestamp | None = None
    captions: list[CaptionLine] = attrs.Factory(list)
    #: The boilerplate lines found so far, a list kept compactly (one line costs about 12 bytes).
    boilerplate: BoilerplateList = attrs.Factory(lambda self: BoilerplateList(self.text), takes_self=True)
    #: The body lines kept for paragraphs, in order: a list, kept compactly when long
    #: (:class:`~newsparse.lines.LineList`).
    body: MutableSequence[Line] = attrs.Factory(lambda self: LineList(self.text), takes_self=True)
    #: Where the body starts (an index into :attr:`lines`).
    body_start: int = 0
    #: Whether the text holds a product list, at least ``ArticleParser.MIN_MAKER_PAIRS`` maker's
    #: names over products' headings (:meth:`ArticleParser.is_product_list`; ``None`` until asked).
    product_list: bool | None = None
    #: How many lines of the text are a live blog entry's clock and heading on one line, alone in
    #: their block (:meth:`ArticleParser.glued_entry_clock`; ``None`` until asked).
    glued_entries: int | None = None
    #: A dateline read in the header, from the place before the stamp on a stamp line
    #: (:meth:`ArticleParser.place_before_stamp`: ``NEW DELHI, MAY 26, 2026 10:48 IST``); the
    #: article's dateline when its first paragraph opens with none.
    dateline: Dateline | None = None
    #: What ``TimestampParser.find`` read on each line asked about so far, by line index
    #: (:meth:`ArticleParser.stamp_in_line`): one search per line, however many rules ask.
    stamps_in_lines: dict[int, Timestamp | None] = attrs.Factory(dict)
    #: Whether the body lines were read from an export's keys (a JSON record's body,
    #: :meth:`ArticleParser.header_json_record`): the story is what the key holds, and the rules
    #: that file page furniture at the body's end (link lines, an author's box, an end mark) leave
    #: it as it is.
    #:
    #: .. versionadded:: 0.2
    keyed_body: bool = False
    #: The last line :meth:`ArticleParser.might_be_caption_at` asked the caption parser about, as
    #: ``(index, answer)``: the body's caption rule and the header's caption rule it calls ask about
    #: the same line in turn, and the line is looked at once (``(-1, False)`` until asked).  This
    #: field and the two after it keep what was read, no part found: they take no part in equality.
    #:
    #: .. versionadded:: 0.2 (speed70)
    caption_hint: tuple[int, bool] = attrs.field(default=(-1, False), eq=False, repr=False)
    #: What ``TimestampParser.parse`` read at a line index of :attr:`lines` with a reference date
    #: (:meth:`ArticleParser.stamps_at`): the header's rules look at a line ahead, then read it, so
    #: each is read once; at most ``ArticleParser.STAMPS_KEPT`` lines are kept.
    #:
    #: .. versionadded:: 0.2 (speed70)
    stamps_read: dict[tuple[int, dt.date | None], tuple[Timestamp, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    #: What ``DatelineParser.parse`` read at a span of :attr:`text` (:meth:`ArticleParser.dateline_at`),
    #: by the span's ends: the first body line's is asked about by several rules, a header line's
    #: by the header rules ahead and in turn; at most ``ArticleParser.DATELINES_KEPT`` spans kept.
    #:
    #: .. versionadded:: 0.2 (speed70)
    datelines_read: dict[tuple[int, int], Dateline | None] = attrs.field(factory=dict, eq=False, repr=False)

    def copy(self) -> ParseState:
        """A copy whose lists can change without changing this one's."""
        copied = attrs.evolve(self)
        for field in attrs.fields(type(self)):
            value = getattr(self, field.name)
            if isinstance(value, MutableSequence):
                setattr(copied, field.name, copy.copy(value))
        return copied

    def restore(self, saved: ParseState) -> None:
        """Go back to what *saved* (a :meth:`copy`) holds."""
        for field in attrs.fields(type(self)):
            setattr(self, field.name, getattr(saved, field.name))

    def add_stamp(self, stamp: Timestamp) -> None:
        """Record *stamp*: the first of each kind is ``published`` or ``updated``, later ones boilerplate."""
        if stamp.kind is TimestampKind.UPDATED and self.updated is None:
            self.updated = stamp
        elif stamp.kind is TimestampKind.PUBLISHED and self.published is None:
            self.published = stamp
        else:
            self.boilerplate.append(Boilerplate(stamp.text, BoilerplateKind.TIMESTAMP.value, stamp.span))

    def add_boilerplate(self, line: Line, kind: str) -> None:
        """File *line* as boilerplate of *kind*."""
        self.boilerplate.append(Boilerplate(line.text, str(kind), line.span))


#: A rule bound to its parser, as :meth:`ArticleParser.bound_rules` gives one: ``rule(state, index, peek)``.
Rule = Callable[[ParseState, int, bool], int]


def _trim_word(word: str) -> str:
    """*word* without the marks at its edges, any script's quotation marks and punctuation
    (``„Merkel“``, ``«Macron»``, ``Trump,``): its letters and digits, an apostrophe of
    :data:`~newsparse.vocabulary.APOSTROPHE_MARKS` at its end kept (``Trump’s``, for
    :func:`~newsparse.names.strip_possessive`)."""
    start, end = 0, len(word)
    while start < end and not word[start].isalnum():
        start += 1
    while end > start and not word[end - 1].isalnum() and word[end - 1] not in APOSTROPHE_MARKS:
        end -= 1
    return word[start:end]


def opens_with_link(text: str, links: Sequence[str]) -> bool:
    """Whether the first words of *text* are one of *links*, whole words in any case (``is the``
    in `` IS THE HERALD'S EDITOR``): the link after a writer's name in a note about them
    (``ArticleParser.capitals_note``, ``given_name_note``)."""
    words = " ".join(text.split()[:4]).casefold() + " "
    return any(words.startswith(f"{link.casefold()} ") for link in links if link)

class ArticleParser:
    """Parses the plain text of a news article into an :class:`~newsparse.Article`.

    Each part has its own parser, passed to the constructor (a default is built when one is
    left out), so changing one behaviour is one subclass::

        >>> from newsparse import ArticleParser, CaptionParser
        >>> class Captions(CaptionParser):
        ...     CREDIT_WORDS = CaptionParser.CREDIT_WORDS + ("Foto",)
        >>> parser = ArticleParser(captions=Captions())
        >>> article = parser.parse("Title\\n\\nA man waves from a boat on the river. Foto: Ana Lima\\n\\nBody.")
        >>> article.captions[0].credit
        'Ana Lima'

    The stages: the section kicker on the first line; the header, where each line goes through
    :attr:`HEADER_RULES` in order until one claims it, until running text begins; the body, where
    each line goes through :attr:`BODY_RULES` and the lines no rule claims become paragraphs; the
    dateline at the start of the first paragraph; and the quotes in the paragraphs.

    A rule is a method ``header_<name>`` or ``body_<name>`` taking the :class:`ParseState`, a line
    index and ``peek``; it returns how many lines it claims (0 for none, :data:`STOP` to end the
    header).  With ``peek=True`` it only says what it would claim and changes nothing.  The order
    is class data, so a subclass adds, drops or moves a rule by changing the tuple.

    A parser holds no per-call state: one instance may be shared by threads and pickled.
    """

    #: The header rules, in the order they are tried on each header line.
    HEADER_RULES: ClassVar[tuple[str, ...]] = (
        "json_record", "csv_record", "dateline", "contact_block", "byline", "timestamps", "bare_byline", "caption",
        "boilerplate", "affiliation", "label_note", "headline", "inline_stamp", "place_alone",
    )
    #: The body rules, in the order they are tried on each body line.
    BODY_RULES: ClassVar[tuple[str, ...]] = (
        "picture_count", "caption", "related_list", "embed_button", "contact_block", "timestamps", "late_byline",
        "byline_again", "boilerplate", "headline_again", "line_again",
    )
    #: The body rules a line of plain prose still goes through (see :meth:`is_plain_prose`).
    BODY_PROSE_RULES: ClassVar[frozenset[str]] = frozenset({"boilerplate", "headline_again", "line_again"})
    #: Header rules whose claim on a line ahead means the header goes on (see :meth:`prose_follows`).
    HEADER_GOES_ON: ClassVar[tuple[str, ...]] = ("timestamps", "byline")
    #: Header rules whose lines :meth:`prose_follows` looks past.
    LOOK_PAST: ClassVar[tuple[str, ...]] = ("caption", "boilerplate")
    #: The class of the parse state (a subclass that adds a part adds a field to it).
    STATE: ClassVar[type[ParseState]] = ParseState

    #: How many lines (captions and boilerplate aside) after a prose line in the header to look
    #: for more prose before deciding that the line is a standfirst, not the first paragraph.
    HEADER_LOOKAHEAD: ClassVar[int] = 2
    #: How far after a header line to look for the same line printed again (a teaser).
    TEASER_WINDOW: ClassVar[int] = 20_000
    #: How many times :meth:`printed_again` looks at the line printed again before it gives up.
    TEASER_TRIES: ClassVar[int] = 5
    #: How many characters around a line printed again :meth:`printed_again` reads to see that it
    #: stands as a whole line.
    TEASER_CONTEXT: ClassVar[int] = 200
    #: Where a stamp line may stand, relative to a name line, for :meth:`beside_stamp`.
    BESIDE_STAMP_STEPS: ClassVar[tuple[int, ...]] = (-1, 1, 2)
    #: The most words of a live blog's entry heading under its clock (:meth:`is_entry_heading`).
    ENTRY_HEADING_WORDS: ClassVar[int] = 15
    #: A match's score line (:meth:`is_score_line`): two sides' names, each of capitalised words,
    #: and their goals, after each name (``Ashford United 2 Dunmore Town 1``) or between the
    #: names (``Ashford 3-1 Dunmore``).
    SCORE_LINE: ClassVar[str] = (
        r"(?>(?P<side>\p{Lu}[\p{L}'.&]*+(?:[ \t]\p{Lu}[\p{L}'.&]*+){0,3}+))"
        r"(?:[ \t]\d{1,2}+[ \t](?&side)[ \t]\d{1,2}+|[ \t]\d{1,2}+[ \t]?[-–][ \t]?\d{1,2}+[ \t](?&side))"
    )
    #: A match's score line whose sides :meth:`score_sides` reads: :attr:`SCORE_LINE`'s two shapes,
    #: each side one to three capitalised words, named ``home`` and ``away``.
    #:
    #: .. versionadded:: 0.2 (rvl71)
    SCORE_SIDES_LINE: ClassVar[str] = (
        r"(?P<home>\p{Lu}[\p{L}'.&]*+(?:[ \t]\p{Lu}[\p{L}'.&]*+){0,2}+)"
        r"(?:[ \t]\d{1,2}+[ \t](?P<away>\p{Lu}[\p{L}'.&]*+(?:[ \t]\p{Lu}[\p{L}'.&]*+){0,2}+)[ \t]\d{1,2}+"
        r"|[ \t]\d{1,2}+[ \t]?[-–][ \t]?\d{1,2}+[ \t](?P<away>\p{Lu}[\p{L}'.&]*+(?:[ \t]\p{Lu}[\p{L}'.&]*+){0,2}+))"
    )
    #: The fewest letters a side's word needs for :meth:`title_names_side` to find it in a title.
    #:
    #: .. versionadded:: 0.2 (rvl71)
    MIN_SIDE_WORD_LETTERS: ClassVar[int] = 3
    #: How many lines after an entry's heading :meth:`is_entry_heading` (or its running text,
    #: :meth:`heads_entry`) looks for the next entry's clock.
    ENTRY_LOOKAHEAD: ClassVar[int] = 30
    #: How many pieces a stamp line needs for its first piece to be read as a byline.
    BESIDE_STAMPS_PIECES: ClassVar[int] = 3
    #: The last words of a contact block's heading written with no colon (:meth:`is_contact_heading`).
    #:
    #: .. versionadded:: 0.2
    CONTACT_HEADINGS: ClassVar[frozenset[str]] = frozenset({"contacts", "enquiries", "inquiries"})
    #: The last words, folded, of a wire's label over a press release's issuer (``NEWS PROVIDED BY``),
    #: filed ``press-release`` with the line under it (:meth:`is_issuer_label`).
    #:
    #: .. versionadded:: 0.2 (mendLT69)
    ISSUER_LABEL_ENDS: ClassVar[frozenset[str]] = frozenset({"by"})
    #: The labels, folded, of a credit for all of a story's pictures (``Photographs by Asim
    #: Hafeez``): such a credit line alone is boilerplate ``credit``, never a caption
    #: (:meth:`credits_story_pictures`).
    #:
    #: .. versionadded:: 0.2 (mendLT69)
    STORY_PICTURE_LABELS: ClassVar[tuple[str, ...]] = (
        "photographs", "photos", "photography", "pictures", "pics", "images", "fotos", "photographies",
    )
    #: The words, folded, between such a label and the names (``Photos by``, ``Fotos von``).
    #:
    #: .. versionadded:: 0.2 (mendLT69)
    STORY_PICTURE_JOINERS: ClassVar[tuple[str, ...]] = ("by", "von", "de", "par", "door", "av", "af")
    #: The most lines of a press release's contact block under its heading (:meth:`body_contact_block`).
    MAX_CONTACT_LINES: ClassVar[int] = 8
    #: How many body lines from the end :meth:`author_box_start` looks back for the writer's note
    #: (``Jane Roe`` / ``Jane Roe is a reporter in ...``).
    AUTHOR_BOX_LINES: ClassVar[int] = 5
    #: Labels that head a note to the reader under the story (``Note from the author:``, ``Editor's
    #: note``), alone on a line or before a colon and the note, in any case with a straight
    #: apostrophe: with the lines under it in its block, boilerplate ``editors-note``
    #: (:meth:`foot_box_blocks`).  ``None``, the default, reads the vocabulary's
    #: ``FOOT_NOTE_LABELS`` (English in ``Vocabulary``, each pack its language's: ``Note de la
    #: rédaction``); a subclass that sets its own replaces them.
    #:
    #: .. versionadded:: 0.2 (fixL64)
    #: .. versionchanged:: 0.2 ``None`` by default, the words the vocabulary's (debt65).
    FOOT_NOTE_LABELS: ClassVar[tuple[str, ...] | None] = None
    #: Headings of an appeal for the reader's money or membership under the story (``Support us``,
    #: ``Support independent journalism``), in any case, alone on a line: with the lines under it
    #: in its block, boilerplate ``subscribe`` (:meth:`foot_box_blocks`).  ``None``, the default,
    #: reads the vocabulary's ``SUPPORT_LABELS`` (``Soutenez le journalisme local`` in the French
    #: pack); a subclass that sets its own replaces them.
    #:
    #: .. versionadded:: 0.2 (fixL64)
    #: .. versionchanged:: 0.2 ``None`` by default, the words the vocabulary's (debt65).
    SUPPORT_LABELS: ClassVar[tuple[str, ...] | None] = None
    #: Words of an appeal's call, in any case (``donate``, ``gift``, ``membership``): under an
    #: appeal's heading alone on its line that speaks for no page (``Support local journalism``, a
    #: crosshead as often), the next block is the appeal's only when it holds one, a word for the
    #: reader (``BoilerplateParser.READER_WORDS``) or a link (:meth:`calls_for_support`).  ``None``,
    #: the default, reads the vocabulary's ``SUPPORT_CALL_WORDS`` (``Spende`` in the German pack); a
    #: subclass that sets its own replaces them.
    #:
    #: .. versionadded:: 0.2 (mendR64)
    #: .. versionchanged:: 0.2 ``None`` by default, the words the vocabulary's (debt65).
    SUPPORT_CALL_WORDS: ClassVar[frozenset[str] | None] = None
    #: The most body lines from the end that :meth:`foot_box_blocks` reads as the notes and appeals
    #: under the story.
    #:
    #: .. versionadded:: 0.2 (fixL64)
    FOOT_BOX_LINES: ClassVar[int] = 6
    #: The most body lines read before the header's signature printed again (:meth:`body_byline_again`:
    #: the author's name, a role, a stamp) is taken as such: further down, it heads the writer's note.
    #:
    #: .. versionadded:: 0.2
    SIGNATURE_AGAIN_LINES: ClassVar[int] = 6
    #: The most digits of a gallery's picture count alone on its line over a credited caption
    #: (:meth:`body_picture_count`: ``6``).
    #:
    #: .. versionadded:: 0.2
    PICTURE_COUNT_DIGITS: ClassVar[int] = 3
    #: How many lines before and after a gallery's picture count another block must print the same
    #: count alone (the gallery's size over each picture: ``6`` ... ``6``; a ranked list's ``1``,
    #: ``2`` is no count, :meth:`body_picture_count`).
    #:
    #: .. versionadded:: 0.2
    PICTURE_COUNT_REACH: ClassVar[int] = 40
    #: The fewest words a byline's name needs for a line that opens with it to be the writer's note
    #: (one word, ``Paul``, may open a story's sentence about someone else).
    AUTHOR_BOX_NAME_WORDS: ClassVar[int] = 2
    #: Words after the given name alone of one of the byline's authors that make the body's last
    #: line the writer's note (``Julius is an entertainment reporter for Daily Ledger.`` under a
    #: story by Julius Young; :meth:`given_name_note`): a role told of the writer, where a story's
    #: last sentence about someone else of that name seldom stands.
    #:
    #: .. versionadded:: 0.2
    WRITER_ROLE_LINKS: ClassVar[tuple[str, ...]] = ("is a", "is an", "is the")
    #: Verbs that tell of a writer's work after the name in a note in capitals above the body's last
    #: line (``RAVI MENON WRITES ON CRICKET EVERY SATURDAY``: :meth:`capitals_note`).
    #:
    #: .. versionadded:: 0.2
    WRITER_NOTE_VERBS: ClassVar[tuple[str, ...]] = ("writes", "covers", "reports")
    #: Marks that part the pieces of a line of post facts after a date (:meth:`opens_with_stamp`).
    PIECE_MARKS: ClassVar[str] = "/|·•"
    #: The marks that may stand between a known agency and the stamp after it on a stamp line
    #: (:meth:`agency_before_stamp`: ``KYODO NEWS - Nov 28, 2026``).
    STAMP_AGENCY_ENDS: ClassVar[str] = "-–—|,:"
    #: How many characters at the start of a line :meth:`byline_piece_start` reads for the piece
    #: mark between an outlet's name and a byline (``ABC News / By ...``).
    #:
    #: .. versionadded:: 0.2
    BYLINE_PIECE_CHARS: ClassVar[int] = 80
    #: The dashes after a wire's or a site's name that opens a stamp line (:meth:`is_source_before_stamp`).
    SOURCE_DASHES: ClassVar[str] = "-–—"
    #: The most words of that name (``KYODO NEWS``, ``AGENCE FRANCE PRESSE``).
    SOURCE_WORDS: ClassVar[int] = 3
    #: Whether a short line above the lead picture is taken as a standfirst (:meth:`picture_follows`).
    #: Off by default: a short first paragraph above a photo has the same shape (``Buses are
    #: running again in Winnipeg.`` / a caption), and story text must not leave the paragraphs on
    #: a guess; a subclass for sites that set a standfirst there can turn it on.
    STANDFIRST_OVER_PICTURE: ClassVar[bool] = False
    #: The most words a standfirst above the lead picture may have (:meth:`picture_follows`).
    STANDFIRST_WORDS: ClassVar[int] = 40
    #: Words besides the vocabulary's weekdays that tell the day of the news (:meth:`tells_the_day`).
    NEWS_DAY_WORDS: ClassVar[frozenset[str]] = frozenset({"yesterday", "today", "tonight", "overnight"})
    #: How many lines after a standfirst :meth:`picture_follows` looks at for the picture.
    PICTURE_LOOKAHEAD: ClassVar[int] = 4
    #: The fewest words a sentence ending in a colon needs to lead into the story (:meth:`is_lead_in`).
    LEAD_IN_WORDS: ClassVar[int] = 4
    #: The most words an item of a list under a sentence that ends in a colon may have
    #: (:meth:`list_end`: ``Sunscreen``, ``A wide-brimmed hat``).
    #:
    #: .. versionadded:: 0.2
    LIST_ITEM_WORDS: ClassVar[int] = 6
    #: The most items of a list under a sentence that ends in a colon (:meth:`list_end`), and
    #: the most lines above an item :meth:`story_list_item` looks through for that sentence.
    #:
    #: .. versionadded:: 0.2
    MAX_LIST_ITEMS: ClassVar[int] = 12
    #: The fewest words of a key fact's line under the lede (:meth:`is_fact_line`).
    #:
    #: .. versionadded:: 0.2
    FACT_WORDS: ClassVar[int] = 4
    #: The fewest fact lines between the lede and the story's running text (:meth:`facts_follow`).
    #:
    #: .. versionadded:: 0.2
    MIN_FACT_LINES: ClassVar[int] = 2
    #: The words that open a note of who contributed to a story, glued to a paragraph's last
    #: sentence after a dash (``... a full audit. — With a report from PNA``, ``... —With reports
    #: from Jane Roe``), in any case: :meth:`contributor_sign_off` cuts it off any body line as
    #: boilerplate ``sign-off``.  An empty tuple reads none.
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    CONTRIBUTOR_PHRASES: ClassVar[tuple[str, ...]] = (
        "with a report from", "with reports from", "with additional reports from", "with additional reporting from",
        "with additional reporting by", "with reporting by", "with reporting from", "with inputs from",
        "with additional inputs from",
    )
    #: Flags a page sets over a story (``BREAKING``, ``Developing``), read in any case: a line of
    #: one alone is no headline (:meth:`is_alert_kicker`).
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    ALERT_KICKERS: ClassVar[tuple[str, ...]] = (
        "breaking", "breaking news", "developing", "developing story", "just in", "news alert", "urgent", "flash",
    )
    #: Labels over a list of summary points in the header (``Key points``), read in any case, a
    #: colon after them or not (:meth:`is_summary_line`).
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    SUMMARY_LABELS: ClassVar[tuple[str, ...]] = (
        "key points", "key facts", "at a glance", "in brief", "in short", "highlights", "what we know", "summary",
        "in summary", "what you need to know", "what to know",
    )
    #: The most summary points :meth:`is_summary_line` looks past up to their label.
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    SUMMARY_MAX_LINES: ClassVar[int] = 8
    #: The fewest and the most words of a deck or a summary point (:meth:`reads_as_deck`).
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    DECK_MIN_WORDS: ClassVar[int] = 5
    DECK_MAX_WORDS: ClassVar[int] = 30
    #: The most words of a contributor's note after its phrase (:attr:`CONTRIBUTOR_PHRASES`).
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    CONTRIBUTOR_MAX_WORDS: ClassVar[int] = 8
    #: The end marks of wire copy that may close the story's last line after its sentence
    #: (``... two provinces. Enditem``), in any case (:meth:`cut_end_mark`); a black square (``... resilience.
    #: ■``, ``■■``) closes a story so too (fixT56a).
    END_MARKS: ClassVar[tuple[str, ...]] = (
        "enditem", "end item", "(end)", "[end]", "(ends)", "(more)", "###", "-30-", "■", "■■", "■■■",
    )
    #: The closing words of a letter to the editor alone on a line under its text (``Yours, etc,``,
    #: ``Yours faithfully,``), in any case without the commas and full stops that end them: the
    #: closing and the signature under it (at most :attr:`LETTER_SIGNATURE_LINES` short lines) are
    #: boilerplate ``sign-off`` (:meth:`cut_letter_close`).  ``None``, the default, reads the
    #: vocabulary's ``LETTER_CLOSINGS`` (English in ``Vocabulary``, each pack its language's:
    #: ``Cordialement``, ``Mit freundlichen Grüßen``, ``Atentamente``); a subclass that sets its own
    #: replaces them, and an empty tuple reads none.
    #:
    #: .. versionadded:: 0.2 (trialL63)
    #: .. versionchanged:: 0.2 ``None`` by default, the words the vocabulary's; the English and a pack's
    #:    closings were read together before (debt65).
    LETTER_CLOSINGS: ClassVar[tuple[str, ...] | None] = None
    #: The closings of :attr:`LETTER_CLOSINGS` that also end a note quoted in a news story (``... which
    #: closed:`` / ``Regards,`` / ``A worried mother``): cut only on a letters page, where another
    #: closing stands (:meth:`cut_letter_close`).  ``None``, the default, reads the vocabulary's
    #: ``PAGE_LETTER_CLOSINGS`` (``regards``; ``viele grüße`` in the German pack); a subclass that sets
    #: its own replaces them, and an empty tuple trusts every closing alone.
    #:
    #: .. versionadded:: 0.2 (mendR64)
    #: .. versionchanged:: 0.2 ``None`` by default, the words the vocabulary's (debt65).
    PAGE_LETTER_CLOSINGS: ClassVar[tuple[str, ...] | None] = None
    #: The most words of a letter's title over its text on a letters page (:meth:`titles_letter`).
    #:
    #: .. versionadded:: 0.2 (mendR64)
    LETTER_TITLE_WORDS: ClassVar[int] = 12
    #: The most lines of a letter's signature under its closing (a name, a town, a county), each of at
    #: most :attr:`LETTER_SIGNATURE_WORDS` words (:meth:`cut_letter_close`).
    #:
    #: .. versionadded:: 0.2 (trialL63)
    LETTER_SIGNATURE_LINES: ClassVar[int] = 4
    LETTER_SIGNATURE_WORDS: ClassVar[int] = 6
    #: The most capital letters of a desk's initials after an end mark and a slash alone on a line
    #: (``Enditem/AW``: :meth:`is_end_mark_line`).
    #:
    #: .. versionadded:: 0.2 (trialL63)
    END_MARK_INITIALS: ClassVar[int] = 4
    #: The most wire end marks (``Enditem/AW``) under a byline in brackets at the text's foot
    #: (:meth:`only_end_marks_after`).
    #:
    #: .. versionadded:: 0.2 (reader63b)
    FOOT_END_MARK_LINES: ClassVar[int] = 2
    #: End marks taken only as written, in capitals (``... two provinces. ENDS``): in lower case a
    #: verb closing a sentence (``... ‘Eras Tour’ ends``, ``... the “war on terror” ends``; fixR56).
    #:
    #: .. versionadded:: 0.2 (fixR56)
    CAPITAL_END_MARKS: ClassVar[tuple[str, ...]] = ("ENDS",)
    #: End marks taken only after a sentence's own end mark (``.``, ``!``, ``?``) and a blank
    #: (``... two provinces. #``), never after a closing quotation mark or bracket (fixR56).
    #:
    #: .. versionadded:: 0.2 (fixR56)
    STOP_END_MARKS: ClassVar[tuple[str, ...]] = ("#",)
    #: The most words after the speech verb of a line that introduces a quotation with a colon
    #: (``The minister told reporters:``, :meth:`ends_in_speech_cue`).
    CUE_TAIL_WORDS: ClassVar[int] = 2
    #: How many characters at the end of a line :meth:`ends_with_stamp` reads for a stamp in brackets.
    STAMP_BRACKET_CHARS: ClassVar[int] = 80
    #: Buttons under a teaser for another page (:meth:`is_promo`), in lower case.
    TEASER_BUTTONS: ClassVar[frozenset[str]] = frozenset(
        {"read more", "read the story", "read the full story", "read full story", "read full article",
         "learn more", "find out more", "see more", "more"}
    )
    #: The buttons an embedded post prints right under its credit line, in lower case
    #: (``Image Copyright @cityhall @cityhall`` / ``Report``): boilerplate ``share`` there
    #: (:meth:`body_embed_button`), a word of the story anywhere else.
    #:
    #: .. versionadded:: 0.2
    EMBED_BUTTONS: ClassVar[frozenset[str]] = frozenset(
        {"report", "report this post", "embed", "view on twitter", "view on x", "view on instagram", "view on facebook"}
    )
    #: How many lines above a header line :meth:`in_link_list` looks at for the list's heading.
    LIST_LOOKBACK: ClassVar[int] = 12
    #: The fewest lines of a list of links under the story, one a line with no blank line
    #: between them, that :meth:`link_block_start` files as page navigation.
    #:
    #: .. versionadded:: 0.2
    MIN_LINK_LIST_LINES: ClassVar[int] = 3
    #: The most words of each line of that list (:meth:`link_block_start`).
    #:
    #: .. versionadded:: 0.2
    LINK_LIST_WORDS: ClassVar[int] = 5
    #: The fewest and most lines of a run of other stories' headlines in sentence case under the
    #: story, one a line (:meth:`headline_run_start`).
    #:
    #: .. versionadded:: 0.2 (fixL65)
    HEADLINE_RUN_LINES: ClassVar[tuple[int, int]] = (3, 6)
    #: The fewest and most words of each headline of that run (:meth:`is_run_headline`).
    #:
    #: .. versionadded:: 0.2 (fixL65)
    HEADLINE_RUN_WORDS: ClassVar[tuple[int, int]] = (4, 14)
    #: The most blocks of menu items set apart by blank lines that :meth:`menu_blocks_start`
    #: reads together as one menu under the story.
    #:
    #: .. versionadded:: 0.2
    MAX_MENU_BLOCKS: ClassVar[int] = 12
    #: How many of the lines last filed as boilerplate :meth:`is_menu_block` reads for a label
    #: right above a list under the story (``Tags``, ``Topics``, ``Related``).
    #:
    #: .. versionadded:: 0.2
    MENU_LABEL_LOOKBACK: ClassVar[int] = 8
    #: Lines that alone make a list under the story a page's menu (:meth:`is_menu_block`), in lower
    #: case: the links of a site's footer, in English; the vocabulary's own
    #: (``Vocabulary.MENU_WORDS``: French ``Mentions légales``, German ``Impressum``) are read beside
    #: them.  Such a line is a menu's item whatever its case (:meth:`is_menu_item`: ``Privacy
    #: policy``).
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 the vocabulary's ``MENU_WORDS`` are read beside these.
    MENU_WORDS: ClassVar[tuple[str, ...]] = (
        "about", "about us", "contact", "contact us", "help", "careers", "jobs", "privacy", "privacy policy",
        "terms", "terms of use", "advertise", "sitemap", "site map", "newsletters", "podcasts", "home",
    )
    #: The most lines of page furniture :meth:`above_story` reads past between a name alone and
    #: the story (``Thandeka Mokoena`` / ``2 min read`` / ``Share`` / the story).
    #:
    #: .. versionadded:: 0.2
    ABOVE_STORY_SKIP: ClassVar[int] = 3
    #: The boilerplate kinds of those lines: a reading time (``other``), buttons (``share``), an
    #: advertisement's label.
    #:
    #: .. versionadded:: 0.2
    ABOVE_STORY_KINDS: ClassVar[frozenset[str]] = frozenset(
        {BoilerplateKind.OTHER.value, BoilerplateKind.SHARE.value, BoilerplateKind.ADVERTISEMENT.value}
    )
    #: How many lines :meth:`header_goes_on` looks at.
    GOES_ON_LINES: ClassVar[int] = 2
    #: The most lines a headline wrapped line by line may have (:meth:`headline_lines`:
    #: ``Ministers Meet in Brussels as`` / ``Talks on Budget Stall for`` / ``Second Night``).
    #:
    #: .. versionadded:: 0.2
    MAX_HEADLINE_LINES: ClassVar[int] = 3
    #: The most words of the second line of a stamp wrapped onto two lines (``Published November
    #: 18,`` / ``2019 at 10:00 a.m.``, :meth:`wrapped_stamp`).
    WRAPPED_STAMP_WORDS: ClassVar[int] = 6
    #: The most words a header line may have for a date inside it to be read as a timestamp.
    STAMP_LINE_WORDS: ClassVar[int] = 12
    #: The most words a stamp may leave on its labelled line, a clock and its zone (``à 13 h 45 XYZ``),
    #: for the line to go on no sentence under it (:meth:`labelled_stamp_line`).
    ZONED_CLOCK_WORDS: ClassVar[int] = 6
    #: How many hard-wrapped lines to join when deciding whether a line starts running text.
    PROSE_LINES: ClassVar[int] = 6
    #: The most lines the header may have.
    MAX_HEADER_LINES: ClassVar[int] = 60
    #: How many words of four letters or more a line needs to be read as written in title case
    #: (:meth:`is_title_case`).
    TITLE_CASE_WORDS: ClassVar[int] = 3
    #: How many characters of the story under an event's label and its headline are searched for
    #: the label's word written as a name inside a sentence (:meth:`event_over_headline`).
    #:
    #: .. versionadded:: 0.2
    EVENT_NAME_REACH: ClassVar[int] = 5_000
    #: How many of the last lines filed as boilerplate are searched for the link under the body's
    #: last line (:meth:`link_under_related_label`).
    #:
    #: .. versionadded:: 0.2
    LINK_LABEL_LOOKBACK: ClassVar[int] = 40
    #: The words that open the heading over a press release's description of the company
    #: (``About Acme Robotics``), in lower case (:meth:`release_about`).
    #:
    #: .. versionadded:: 0.2
    RELEASE_ABOUT_WORDS: ClassVar[tuple[str, ...]] = ("about",)
    #: The fewest captions a page must already print over a credit line in a block of its own
    #: (``A crew clears the track.`` / ``Jo Roe/City Herald/Getty Images``) for a block of a
    #: few capitalised words under a caption's sentence to be read as a credit no list knows
    #: (:meth:`credit_shaped_captions`).
    #:
    #: .. versionadded:: 0.2
    MIN_CREDIT_LAYOUTS: ClassVar[int] = 2
    #: Whether :meth:`credit_shaped_captions` reads credits no list knows at all.  Off: on a page of
    #: bare credits a one-sentence paragraph over a subhead (``Farmers count the cost of ruined
    #: crops across the valley.`` / ``Waiting For Help``) has the same shape, and a story's line
    #: filed as a caption is worse than a caption kept as a paragraph.  A subclass for sites known
    #: to print credits so turns it on.
    #:
    #: .. versionadded:: 0.2
    READ_CREDIT_SHAPES: ClassVar[bool] = False
    #: The most words of such a credit (:meth:`is_credit_shaped`).
    #:
    #: .. versionadded:: 0.2
    CREDIT_SHAPE_WORDS: ClassVar[int] = 4
    #: The fewest words of the caption over such a credit (:meth:`credit_shaped_captions`): a short
    #: sentence over a short capitalised line is as likely the story's line over a subhead
    #: (``Then the water came.`` / ``What Happens Next``).
    #:
    #: .. versionadded:: 0.2
    CREDIT_SHAPE_CAPTION_WORDS: ClassVar[int] = 7
    #: The fewest titles, each a block of one line, in a run of links set inside a story
    #: (:meth:`cut_link_runs`): fewer may be the story's own short lines.
    #:
    #: .. versionadded:: 0.2
    MIN_LINK_RUN: ClassVar[int] = 4
    #: The fewest and the most words of a title in such a run (:meth:`is_run_title`).
    #:
    #: .. versionadded:: 0.2
    RUN_TITLE_WORDS: ClassVar[tuple[int, int]] = (4, 20)
    #: The fewest words of the story's block on either side of such a run (:meth:`is_story_block`).
    #:
    #: .. versionadded:: 0.2
    RUN_STORY_WORDS: ClassVar[int] = 8
    #: Phrases of the label a page sets over a run of links inside the story (:meth:`is_run_label`),
    #: whole words: a run with no such label over it may be the story's own list of facts, its
    #: bullets lost, and a subhead with one of their words alone (``The latest flood figures``,
    #: ``More key numbers``) is the story's.
    #:
    #: .. versionadded:: 0.2
    LINK_RUN_LABELS: ClassVar[tuple[str, ...]] = (
        "most read", "most popular", "most viewed", "trending", "related stories", "related articles",
        "recommended for you", "more stories", "top stories", "you may also like", "also read", "read next",
    )
    #: The most words of such a label (:meth:`is_run_label`).
    #:
    #: .. versionadded:: 0.2
    RUN_LABEL_WORDS: ClassVar[int] = 5
    #: The most lines of a block of navigation over a kicker (:meth:`kicker_under_navigation`).
    NAVIGATION_LINES: ClassVar[int] = 8
    #: The most byline and stamp lines between a kicker and the headline (:meth:`kicker_over_signature`).
    #:
    #: .. versionadded:: 0.2
    SIGNATURE_LINES: ClassVar[int] = 3
    #: The most lines of a kicker printed one label a line over the headline in its block
    #: (:meth:`section_pair`: ``News`` / ``UK`` / ``Politics`` / the headline).
    #:
    #: .. versionadded:: 0.2
    KICKER_STACK_LINES: ClassVar[int] = 3
    #: The most words of a label in capitals before a bar on the headline's line
    #: (:meth:`label_before_bar`: ``EXCLUSIVE | Stocks slide ...``).
    #:
    #: .. versionadded:: 0.2
    BAR_LABEL_WORDS: ClassVar[int] = 3
    #: The words that join a section's label to the date of the page's issue on the first line
    #: (:meth:`section_of_stamp`: ``Regional News of Friday, 6 March 2026``, ``Actualités du ...``),
    #: ``None`` by default: the vocabulary's ``SECTION_STAMP_LINKS`` (each pack's); a subclass's set
    #: here replaces them.
    #:
    #: .. versionadded:: 0.2 (trialL62b)
    #: .. versionchanged:: 0.2 the vocabulary's by default (lang63).
    SECTION_STAMP_LINKS: ClassVar[frozenset[str] | None] = None
    #: The most words of a reading time's line that stands where a stamp does (:meth:`is_reading_time`).
    #:
    #: .. versionadded:: 0.2
    READING_TIME_WORDS: ClassVar[int] = 5
    #: The marks between an author's name and a stamp on one line (:meth:`names_before_stamp`).
    #:
    #: .. versionadded:: 0.2
    SIGNATURE_MARKS: ClassVar[str] = "·•|/,–—-"
    #: How many days before or after every embedded post a stamp without a year must fall to
    #: take its year from them (:meth:`embed_reference`).
    EMBED_DAYS: ClassVar[int] = 2
    #: The words in a footer's sign-off after which the date the story first ran stands (``This
    #: article was first published on March 4, 2025.``: :meth:`published_from_footer`), in any case
    #: (compared case-folded, as the line is).
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 labels in any case (a subclass's ``First published on`` matched nothing).
    FOOTER_STAMP_LABELS: ClassVar[tuple[str, ...]] = (
        "first published on", "originally published on", "first appeared on", "first published", "originally published",
    )
    #: The kinds of boilerplate that, beside the byline, the quote parser is told are furniture:
    #: a line of them names no speaker (``"..."`` then ``- Editing by Tom Berg``:
    #: ``QuoteParser.parse``'s ``furniture``).
    FURNITURE_KINDS: ClassVar[tuple[str, ...]] = (BoilerplateKind.SIGN_OFF.value, BoilerplateKind.CREDIT.value)
    #: The kinds of furniture line that name the publication (:meth:`masthead_named_again`:
    #: ``Thanks for reading The Weekly Ledger! Subscribe ...``, ``© 2025 The Weekly Ledger``); a
    #: related link or a share line that repeats the headline names no masthead.
    #:
    #: .. versionadded:: 0.2
    MASTHEAD_KINDS: ClassVar[frozenset[str]] = frozenset({BoilerplateKind.SUBSCRIBE.value, BoilerplateKind.COPYRIGHT.value})
    #: The longest line :meth:`embedded_post_dates` reads as an embedded post's sign-off.
    EMBED_LINE_CHARS: ClassVar[int] = 200
    #: From how many characters of input on :meth:`build` lets the lines go before the quotes are
    #: read (:meth:`let_go_of_lines`).  (versionadded 0.2)
    LET_GO_FROM: ClassVar[int] = 1_000_000
    #: The fewest maker's names over products' headings that make a text a product list, the only
    #: text in which one credits a picture (:meth:`maker_credit`, :meth:`is_product_list`).
    MIN_MAKER_PAIRS: ClassVar[int] = 2
    #: The fewest words of a story line after the sign-off at the text's end (:meth:`story_after_sign_off`).
    SIGN_OFF_STORY_WORDS: ClassVar[int] = 3
    #: The most body lines, none a sentence, that may stand over a labelled byline (``WRITER: Jane
    #: Roe``) in the block that opens the body, the byline still read as the page's
    #: (:meth:`story_unopened`; mendL64).
    HEADER_LABEL_LINES: ClassVar[int] = 2
    #: How many paragraph lines of running text over a date alone make it a timeline's entry
    #: heading, no stamp (:meth:`is_timeline_date`).
    TIMELINE_PARAGRAPHS: ClassVar[int] = 2
    #: The most words of a date alone that heads a timeline's entry (``Wednesday, March 5, 2025``):
    #: a longer line is no such date and is not read for one (:meth:`is_timeline_date`).
    #:
    #: .. versionadded:: 0.2
    TIMELINE_DATE_WORDS: ClassVar[int] = 8
    #: How many lines after a credit line :meth:`is_sign_off` looks through for running text.
    SIGN_OFF_LOOKAHEAD: ClassVar[int] = 8
    #: The longest text, in characters, that :meth:`parse` takes when no ``max_chars`` is given.
    MAX_CHARS: ClassVar[int] = 50_000_000
    #: The sentence ends that a headline rarely has: a first line of running text that ends in one,
    #: with running text after it, is the first paragraph of a text without a headline.
    NO_HEADLINE_ENDS: ClassVar[str] = ".。।۔"
    #: How many words make a line running text whatever it ends with.
    PROSE_WORDS: ClassVar[int] = 20
    #: How many lines after a field's empty label :meth:`section_over_field` reads as if the
    #: label were not there (the title, the story, the lines the header rules look ahead to).
    #:
    #: .. versionadded:: 0.2
    FIELD_LOOKAHEAD: ClassVar[int] = 8
    #: How many characters at the end of a line :meth:`ends_in_abbreviation` reads.
    #:
    #: .. versionadded:: 0.2
    ABBREVIATION_CHARS: ClassVar[int] = 24
    #: The most words of a line that :meth:`ends_in_abbreviation` reads as a headline's (a story's
    #: first sentence, longer, may end in ``the U.S.`` too).
    #:
    #: .. versionadded:: 0.2
    ABBREVIATION_HEADLINE_WORDS: ClassVar[int] = 16
    #: How many words make a line that ends a sentence running text.
    SENTENCE_WORDS: ClassVar[int] = 8
    #: How many words a short sentence needs to open the body when running text follows it.
    SHORT_SENTENCE_WORDS: ClassVar[int] = 2
    #: How many words a body line needs to be plain prose (see :meth:`is_plain_prose`).
    PLAIN_PROSE_WORDS: ClassVar[int] = 6
    #: The most numbers after a weekday or a month (a day, a year: ``March 12, 2026``) that
    #: :meth:`date_phrase_goes_on` looks past for the word that tells a time phrase from a subject.
    #:
    #: .. versionadded:: 0.2 (fixL64)
    DATE_TAIL_WORDS: ClassVar[int] = 2
    #: How many characters of a line :meth:`is_prose` reads.
    PROSE_CHARS: ClassVar[int] = 2_000
    #: Finite verbs and auxiliaries that make a line without a closing full stop a clause of running
    #: text (:meth:`is_running_line`): ``She said the strike ... never ends``.
    #:
    #: .. versionadded:: 0.2 (fixL56)
    RUNNING_LINE_VERBS: ClassVar[tuple[str, ...]] = (
        "said", "says", "told", "was", "were", "is", "are", "has", "have", "had", "will", "would",
        "could", "can", "should", "did", "does",
    )
    #: Words that open a relative or subordinate clause after a comma (``..., which lasted about
    #: three hours.``): a long sentence with one, alone in its block amid the story, is the story's
    #: (:meth:`is_story_between`).
    #:
    #: .. versionadded:: 0.2 (fixL56)
    SUBORDINATE_WORDS: ClassVar[tuple[str, ...]] = ("which", "who", "whom", "whose", "where", "when", "because", "although")
    #: The fewest words of such a sentence (:meth:`is_story_between`).
    #:
    #: .. versionadded:: 0.2 (fixL56)
    STORY_BETWEEN_WORDS: ClassVar[int] = 12
    #: Words of which a clause of running text has one and a headline or a link's title, written
    #: without articles, rarely does (:meth:`is_running_line`).
    #:
    #: .. versionadded:: 0.2 (fixL56)
    RUNNING_LINE_GLUE: ClassVar[tuple[str, ...]] = ("the", "a", "an", "that", "which", "who")
    #: Finite verbs in the past, which a report's clause uses and a headline or a link's title,
    #: written in the present (``Power is cut to homes``), rarely does: a short last line with one
    #: soon after its first word, under a paragraph of the story, is the story's last clause, its
    #: stop lost (``Power was cut to homes``; :meth:`is_past_clause`).
    #:
    #: .. versionadded:: 0.2 (lay57)
    PAST_CLAUSE_VERBS: ClassVar[tuple[str, ...]] = ("said", "told", "was", "were", "had", "did")
    #: A related story's title in a headline's reported shape after its subject, no auxiliary
    #: before it (``Mayor said to be weighing second term``): :meth:`is_reported_title`.
    #:
    #: .. versionadded:: 0.2
    REPORTED_TITLE_SHAPES: ClassVar[tuple[tuple[str, ...], ...]] = (("said", "to", "be"),)
    #: Verbs that end such a title's short clause after its last comma (``..., court told``).
    #:
    #: .. versionadded:: 0.2
    REPORTED_TITLE_ENDS: ClassVar[tuple[str, ...]] = ("told",)
    #: Auxiliaries before such a last verb that make the clause a report's, not a title's (``the
    #: court was told``, ``had been told``); with :attr:`PAST_CLAUSE_VERBS`.
    #:
    #: .. versionadded:: 0.2
    REPORTED_TITLE_AUXILIARIES: ClassVar[tuple[str, ...]] = ("been", "is", "are")
    #: Words right before a past verb that make it a clause inside another (``... that was
    #: closed``): no story's own last line then, with :attr:`SUBORDINATE_WORDS`.
    #:
    #: .. versionadded:: 0.2
    COMPLEMENT_WORDS: ClassVar[tuple[str, ...]] = ("that",)
    #: Words that, opening a short last line, make it a notice about the page, not the story's
    #: clause (``Comments were closed on this article``, ``Video was not available``;
    #: :meth:`is_page_notice`).
    #:
    #: .. versionadded:: 0.2 (fixR57)
    PAGE_NOTICE_OPENERS: ClassVar[tuple[str, ...]] = ("comments", "comment", "commenting", "video", "videos", "audio")
    #: Word pairs that, anywhere in a short last line, make it a notice about the page or its
    #: reporting (``... for this story``, ``Additional reporting was contributed by ...``;
    #: :meth:`is_page_notice`).
    #:
    #: .. versionadded:: 0.2 (fixR57)
    PAGE_NOTICE_PAIRS: ClassVar[tuple[str, ...]] = (
        "this article", "this story", "this report", "this page", "this video", "additional reporting",
        "reporting was", "contributed reporting", "contributed to",
    )
    #: The fewest words of such a clause (:meth:`is_past_clause`).
    #:
    #: .. versionadded:: 0.2 (lay57)
    PAST_CLAUSE_WORDS: ClassVar[int] = 4
    #: How many words after the first a verb of :attr:`PAST_CLAUSE_VERBS` may stand in such a clause:
    #: its subject's words (``Power was``, ``Its owner said``), not a relative clause deep in a title.
    #:
    #: .. versionadded:: 0.2 (lay57)
    PAST_VERB_REACH: ClassVar[int] = 3
    #: Share buttons that are also a word or a letter on their own (``X``, the network): such a
    #: line is a share button only when a line beside it is another share line
    #: (:meth:`lone_button`).  Compared without case (``"X"`` and ``"x"`` are one entry).
    #:
    #: .. versionadded:: 0.2
    AMBIGUOUS_BUTTONS: ClassVar[frozenset[str]] = frozenset({"x"})
    #: The fewest lines an article printed twice has in each copy (:meth:`repeat_start`).
    #:
    #: .. versionadded:: 0.2
    MIN_REPEAT_LINES: ClassVar[int] = 3
    #: How many lines under the second copy of a text printed twice may be no part of the copy
    #: (a footer: ``© 2025 City Herald``), read with the first copy (:meth:`repeat_run`).
    #:
    #: .. versionadded:: 0.2
    REPEAT_FOOTER_LINES: ClassVar[int] = 2
    #: The most copies of a text printed over and over that :meth:`repeat_run` reads as a careless
    #: paste (the first and two more); a block printed more times is the text's own (a list).
    #:
    #: .. versionadded:: 0.2
    MAX_REPEAT_COPIES: ClassVar[int] = 3
    #: How many earlier places of a run's last line :meth:`longest_repeat` reads back from.
    #:
    #: .. versionadded:: 0.2
    REPEAT_TRIES: ClassVar[int] = 5
    #: How many times :meth:`earlier_places` searches the text for a run's last line.
    #:
    #: .. versionadded:: 0.2
    REPEAT_SEARCHES: ClassVar[int] = 50

    def __init__(
        self,
        *,
        vocabulary: Vocabulary | None = None,
        section: SectionParser | None = None,
        headline: HeadlineParser | None = None,
        timestamps: TimestampParser | None = None,
        byline: BylineParser | None = None,
        captions: CaptionParser | None = None,
        boilerplate: BoilerplateParser | None = None,
        dateline: DatelineParser | None = None,
        body: BodyParser | None = None,
        quotes: QuoteParser | None = None,
        max_chars: int | None = None,
        language: str | None = None,
    ) -> None:
        self.check_options(locals())
        #: The longest text :meth:`parse` takes; longer raises :class:`~newsparse.ArticleTooLarge`.
        self.max_chars = self.MAX_CHARS if max_chars is None else check_limit("ArticleParser", "max_chars", max_chars)
        # a language pack (newsparse.quotes.languages) gives the default vocabulary and quote parser
        checked = check_option("ArticleParser", "language", language, str)
        pack: LanguagePack | None = None
        if checked is not None:
            # (imported here: the packs' classes and words, some 0.3 MB, are for a parser that asks)
            from .quotes.languages import language_pack

            pack = language_pack(checked)
            self.check_pack(pack, vocabulary=vocabulary, quotes=quotes)
        self.vocabulary = vocabulary or (pack.vocabulary() if pack is not None else Vocabulary())
        # the footer's links: the class's (English) and the vocabulary's own ("Impressum", "Aviso legal")
        self._menu_words = frozenset(word.casefold() for word in (*self.MENU_WORDS, *self.vocabulary.MENU_WORDS))
        self._tagged_clause_words = frozenset(word.casefold() for word in self.TAGGED_CLAUSE_WORDS)
        self._story_picture_labels = frozenset(label.casefold() for label in self.STORY_PICTURE_LABELS)
        # a funding note's words (is_funding_note): the class's own lists, else the vocabulary's (lang62)
        pack_words = self.vocabulary
        self._funding_verbs = frozenset(own_or_pack(self.FUNDING_VERBS, pack_words.FUNDING_VERBS))
        self._funding_agents = frozenset(own_or_pack(self.FUNDING_AGENT_WORDS, pack_words.FUNDING_AGENT_WORDS))
        self._funding_subjects = frozenset(own_or_pack(self.FUNDING_SUBJECTS, pack_words.FUNDING_SUBJECTS))
        self._funding_pages = frozenset(own_or_pack(self.FUNDING_PAGE_NOUNS, pack_words.FUNDING_PAGE_NOUNS))
        self._funding_determiners = frozenset(own_or_pack(self.FUNDING_PAGE_DETERMINERS, pack_words.FUNDING_PAGE_DETERMINERS))
        self._stamp_links = frozenset(own_or_pack(self.SECTION_STAMP_LINKS, pack_words.SECTION_STAMP_LINKS))
        self._funding_openers = self._funding_verbs | frozenset(
            own_or_pack(self.FUNDING_NOTE_PARTICIPLES, pack_words.FUNDING_NOTE_PARTICIPLES)
        )
        self._funding_partners = tuple(
            tuple(phrase.split()) for phrase in own_or_pack(self.FUNDING_PARTNER_PHRASES, pack_words.FUNDING_PARTNER_PHRASES)
        )
        self.section = section or SectionParser(self.vocabulary)
        # an end mark after a sentence's end at the end of a line: "... provinces. Enditem"
        self._end_mark = regex.compile(
            # (a mark in brackets may be glued to the sentence: "... showed Monday.(END)"; so may a black square:
            # "... resilience.■", fixT56a)
            # (or after a closing guillemet: 'The crew said: «Todo bien» ■'; lay57; or German copy's closing
            # mark, 'Sie sagte: „Alles gut“ ■'; lang58)
            rf"""(?:(?<=[.!?\"”’)»“])(?:\s++|(?=[(\[■]))(?P<mark>(?i:{alternation([*self.END_MARKS, *self.vocabulary.END_MARKS])}))
            # (capitals only: "... provinces. ENDS", never the verb "... ‘Eras Tour’ ends"; fixR56)
            |(?<=[.!?\"”’)])\s++(?P<mark>{alternation(list(self.CAPITAL_END_MARKS))})
            # (after a sentence's own end and a blank only: "... provinces. #"; fixR56)
            |(?<=[.!?]|[.!?][\"”’)])\s++(?P<mark>{alternation(list(self.STOP_END_MARKS))}))\s*+$""",
            regex.VERBOSE,
        )
        # (the last characters of the end marks, in both cases: most lines end in none of them)
        # a letter's closings, the foot's notes and appeals: the class's own lists, else the vocabulary's (debt65)
        self._letter_closings = frozenset(
            " ".join(w.split()) for w in own_or_pack(self.LETTER_CLOSINGS, pack_words.LETTER_CLOSINGS)
        )
        self._page_letter_closings = frozenset(
            " ".join(w.split()) for w in own_or_pack(self.PAGE_LETTER_CLOSINGS, pack_words.PAGE_LETTER_CLOSINGS)
        )
        self._end_mark_words = frozenset(mark.casefold() for mark in (*self.END_MARKS, *self.vocabulary.END_MARKS) if mark)
        self._end_mark_tails = tuple({
            tail
            for mark in (*self.END_MARKS, *self.vocabulary.END_MARKS, *self.CAPITAL_END_MARKS, *self.STOP_END_MARKS) if mark
            for tail in (mark[-1].lower(), mark[-1].upper())
        })
        self._score_line = regex.compile(self.SCORE_LINE)
        self._score_sides = regex.compile(self.SCORE_SIDES_LINE)
        # a date spelled out whole, for read_as_spelled_date: "February 9, 2026", "9 February 2026"
        # (the vocabulary's month names and ordinal letters: rvl70)
        months, ordinals = self.vocabulary.month_pattern, self.vocabulary.ordinal_pattern
        self._spelled_date = LazyPattern(
            rf"""(?<![\p{{L}}\d])
            (?:(?P<month>(?i:{months}))\.?+[ \t]++(?P<day>\d{{1,2}}+)(?:{ordinals})?+,?+  # February 9, 2026
               [ \t]++(?P<year>\d{{4}}+)
            |(?P<day2>\d{{1,2}}+)(?:{ordinals})?+[ \t]++(?P<month2>(?i:{months}))\.?+,?+  # 9 February 2026
               [ \t]++(?P<year2>\d{{4}}+))
            (?![\p{{L}}\d])""",
            regex.VERBOSE,
        )
        self._entry_labels = frozenset(label.casefold() for label in self.ENTRY_LABELS)
        self._summary_labels = frozenset(" ".join(label.casefold().split()) for label in self.SUMMARY_LABELS)
        self._foot_note_labels = frozenset(
            " ".join(label.replace("’", "'").split()) for label in own_or_pack(self.FOOT_NOTE_LABELS, pack_words.FOOT_NOTE_LABELS)
        )
        self._support_labels = frozenset(
            " ".join(label.split()) for label in own_or_pack(self.SUPPORT_LABELS, pack_words.SUPPORT_LABELS)
        )
        self._support_call_words = frozenset(own_or_pack(self.SUPPORT_CALL_WORDS, pack_words.SUPPORT_CALL_WORDS))
        self._weekday_joins = frozenset(word.casefold() for word in self.vocabulary.WEEKDAY_NAME_JOINS)
        self._alert_kickers = frozenset(" ".join(word.casefold().split()) for word in self.ALERT_KICKERS)
        self._entry_label_chars = max((len(label) for label in self.ENTRY_LABELS), default=0) + 2
        # a contributor's note after a sentence's end and a dash: "... audit. — With a report from PNA"
        self._contributor = regex.compile(
            rf"""(?<=[.!?\"”’])[ \t]++
            (?P<mark>(?:[—–―]|-{{1,2}}+)[ \t]*+                  # a dash, spaced or glued: "— With", "—With"
              (?i:{alternation(list(self.CONTRIBUTOR_PHRASES)) or "(?!)"})[ \t]++
              \p{{Lu}}[^\n.!?]{{0,120}}+\.?+)                     # who: "PNA", "Inquirer Research", "AFP."
            [ \t]*+$""",
            regex.VERBOSE,
        )
        # the first words of CONTRIBUTOR_PHRASES as a page writes them ("with", "With", "WITH"): contributor_sign_off's cheap test
        self._contributor_firsts = tuple(dict.fromkeys(
            form
            for phrase in self.CONTRIBUTOR_PHRASES
            for first in phrase.split()[:1]
            for form in (first.casefold(), first[:1].upper() + first[1:].casefold(), first.upper())
        ))
        self._ambiguous_buttons = frozenset(button.casefold() for button in self.AMBIGUOUS_BUTTONS)  # ("X" too)
        # the first run's labels as the footer and the header compare them: case-folded, runs of spaces as one
        self._footer_labels = tuple(" ".join(label.casefold().split()) for label in self.FOOTER_STAMP_LABELS)
        # the labels over a run of links, case-folded once and set between spaces to find whole words
        self._run_labels = tuple(f" {label.casefold()} " for label in self.LINK_RUN_LABELS)
        self.headline = headline or HeadlineParser(self.vocabulary)
        self.timestamps = timestamps or TimestampParser(self.vocabulary)
        self.byline = byline or BylineParser(self.vocabulary)
        self.captions = captions or CaptionParser(self.vocabulary)
        # the caption reader's credit labels, case-folded once (is_story_over_bar_credit)
        self._credit_words = frozenset(word.casefold() for word in self.captions.CREDIT_WORDS)
        self.boilerplate = boilerplate or BoilerplateParser(self.vocabulary)
        self.dateline = dateline or DatelineParser(self.vocabulary)
        self.body = body or BodyParser(self.vocabulary)
        self.quotes = quotes or (pack.quotes if pack is not None else QuoteParser)(self.vocabulary)
        for name in self.HEADER_RULES:
            if not callable(getattr(self, f"header_{name}", None)):
                raise TypeError(f"{type(self).__name__} has no header rule method header_{name}")
        for name in self.BODY_RULES:
            if not callable(getattr(self, f"body_{name}", None)):
                raise TypeError(f"{type(self).__name__} has no body rule method body_{name}")
        self.share_parts()

    def check_pack(self, pack: LanguagePack, *, vocabulary: Vocabulary | None, quotes: QuoteParser | None) -> None:
        """Warn (:class:`UserWarning`) when a part given beside ``language=`` is not of its pack's
        class: ``ArticleParser(language="fr", quotes=MyQuotes())`` with ``MyQuotes`` a subclass of the
        English :class:`~newsparse.QuoteParser` (or a French one built on the English vocabulary)
        would read French text with English words and find next to nothing.  Subclass the pack's
        classes instead (``language_pack("fr").quotes``, ``.vocabulary``).

        .. versionadded:: 0.2"""
        given: list[tuple[str, object, type]] = [("vocabulary", vocabulary, pack.vocabulary), ("quotes", quotes, pack.quotes)]
        if quotes is not None:
            given.append(("quotes.vocabulary", quotes.vocabulary, pack.vocabulary))
        for name, part, expected in given:
            if part is not None and not isinstance(part, expected):
                warnings.warn(
                    f"ArticleParser(language={pack.code!r}) was given {name} of class {type(part).__name__}, "
                    f"not a {expected.__name__}: it reads with its own words, not the {pack.code!r} pack's; "
                    f"subclass the pack's class (newsparse.quotes.languages.language_pack({pack.code!r}))",
                    UserWarning,
                    stacklevel=3,
                )
                return

    def share_parts(self) -> None:
        """Hold once what this parser's parts built alike with an earlier parser's: each part's
        word sets, tables and tuples that equal those an earlier part of its class built are
        replaced by those (:func:`~newsparse.sharing.share_state`), so that a second
        ``ArticleParser()`` keeps about 0.8 MB less.  A part of another class, or whose class
        attributes were changed, builds other values and keeps them.

        .. versionadded:: 0.2"""
        for part in (self.vocabulary, *(getattr(self, name) for name in self.PART_TYPES if name != "vocabulary")):
            share_state(part)

    #: The type each part argument of the constructor must have (or be ``None``).
    PART_TYPES: ClassVar[dict[str, type]] = {
        "vocabulary": Vocabulary,
        "section": SectionParser,
        "headline": HeadlineParser,
        "timestamps": TimestampParser,
        "byline": BylineParser,
        "captions": CaptionParser,
        "boilerplate": BoilerplateParser,
        "dateline": DatelineParser,
        "body": BodyParser,
        "quotes": QuoteParser,
    }

    def check_options(self, given: dict[str, object]) -> None:
        """Raise :class:`TypeError` for a constructor argument that is not of its :attr:`PART_TYPES` type."""
        for name, expected in self.PART_TYPES.items():
            check_option(type(self).__name__, name, given.get(name), expected)

    # -- the stages ---------------------------------------------------------------------------

    def parse(self, text: str, *, reference_date: dt.date | None = None) -> Article:
        """Parse *text*.  *reference_date* (the day the article was filed, roughly) gives a year
        to dates written without one; without it such a dateline date stays a ``MonthDay``.

        Raises :class:`TypeError` when *text* is not a ``str`` and
        :class:`~newsparse.ArticleTooLarge` when it is longer than ``max_chars``; any other ``str`` parses.
        """
        text = check_text(text)
        if len(text) > self.max_chars:
            raise ArticleTooLarge(len(text), self.max_chars)
        if reference_date is not None and not isinstance(reference_date, dt.date):
            raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
        if isinstance(reference_date, dt.datetime):
            reference_date = reference_date.date()
        lines = split_lines(text)
        token = _BOILERPLATE_READ.set((self, {}))
        try:
            start, end = self.repeat_run(lines, text)
            read = lines if not start else lines[:start] if end == len(lines) else self.around_repeat(lines, start, end)
            state = self.read(text, read, reference_date)
            if reference_date is None and state.published is None and state.updated is None:
                state = self.embed_reference(state) or state
            self.published_from_entries(state)
            if state.updated is None:
                self.published_from_footer(state)
            if state.published is None and state.updated is None:
                self.published_from_wire_slug(state)
            self.settle_ambiguous_zones(state)
            self.read_day_first(state)
            self.caption_printed_above(state)
            self.update_in_published_zone(state)
            self.drop_update_before_publication(state)
            self.widen_filed_stamps(state)
            self.flag_dates_without_time(state)
        finally:
            _BOILERPLATE_READ.reset(token)
        if start:
            span = Span(lines[start].span.start, lines[end - 1].span.end)
            state.boilerplate.append(Boilerplate(span.slice(text), BoilerplateKind.REPEAT.value, span))
        del lines, read  # (the state holds what build reads: let_go_of_lines may let it go)
        return self.build(state)

    def runs_on(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` carries on the sentence the line above it leaves open, with no
        blank line between (:meth:`BodyParser.continues <newsparse.BodyParser.continues>`): under a
        copy (:meth:`repeat_run`), the story going on, no footer.

        .. versionadded:: 0.2"""
        return not lines[index].blank_before and self.body.continues(lines[index - 1], lines[index])

    def around_repeat(self, lines: Sequence[Line], start: int, end: int) -> tuple[Line, ...]:
        """The lines read when ``lines[start:end]`` print earlier lines again and lines stand under
        them (a footer, :meth:`repeat_run`): those before the copy and those after it, the first
        after it starting afresh as after a blank line, so that no paragraph joins a line of the
        first copy to one under the second across the copy between them.

        .. versionadded:: 0.2"""
        return (*lines[:start], attrs.evolve(lines[end], blank_before=True), *lines[end + 1 :])

    def repeat_start(self, lines: Sequence[Line]) -> int:
        """Where the text starts again when a part of it is printed twice, as a careless copy and
        paste leaves it: the index of the line that opens the second copy, or 0 (:meth:`repeat_run`).

        .. versionadded:: 0.2"""
        return self.repeat_run(lines)[0]

    def repeat_run(self, lines: Sequence[Line], text: str | None = None) -> tuple[int, int]:
        """The lines ``lines[start:end]`` that print earlier lines again, as a careless copy and
        paste leaves them, as ``(start, end)``, or ``(0, 0)``: the whole article again after itself,
        the story again under the header, the text again from its headline (the kicker left out),
        a copy that stops short of the end, or three copies.  The run is the longest one that ends
        at the text's last line, or up to :attr:`REPEAT_FOOTER_LINES` lines before it (a footer
        under the second copy, boilerplate or no running text, read with the first: ``© 2025 City Herald``,
        not a line that carries on the copy's last sentence, :meth:`runs_on`), and repeats, line for
        line, lines that start earlier; it has at least :attr:`MIN_REPEAT_LINES` lines, one of
        them running text, the text before it at least as many, and its first line stands only
        once before it (a text of ``x`` lines, or of one block of lines over and over, is no
        article printed twice).  Lines between the copies (a separator, ``* * *``, or the lines
        a copy that stops short left out) are read with the first copy.  The lines are compared by
        their texts (:meth:`longest_repeat`, linear in the lines), and the run found is checked
        text for text.  *text*, the text the lines were split from, makes the search for the
        earlier copy a string search (:meth:`earlier_places`).

        .. versionadded:: 0.2"""
        count = len(lines)
        if count < 2 * self.MIN_REPEAT_LINES:
            return 0, 0
        for footer in range(min(self.REPEAT_FOOTER_LINES, count - 2 * self.MIN_REPEAT_LINES) + 1):
            end = count - footer
            if any(self.is_prose(lines, i) and self.classify_boilerplate(lines[i]) is None for i in range(end, count)):
                break  # the story goes on under the copy: a paragraph printed again, no footer
            if footer and self.runs_on(lines, end):
                break  # the copy's last sentence goes on under it: the story's, no footer
            start, earlier = self.longest_repeat(lines, end, text)
            if start and self.is_repeat(lines, start, end, earlier):
                return start, end
        return 0, 0

    def longest_repeat(self, lines: Sequence[Line], end: int, text: str | None = None) -> tuple[int, int]:
        """The longest run of ``lines[:end]`` that ends at ``end`` and stands earlier too, line for
        line, with at least :attr:`MIN_REPEAT_LINES` lines before it and at most
        :attr:`MAX_REPEAT_COPIES` copies: ``(start, earlier)``, where the earlier copy starts, or
        ``(0, 0)``.  The earlier copy ends at one of the :attr:`REPEAT_TRIES` last lines before the
        run that are its last line again (:meth:`earlier_places`); from each the run is read back
        line by line, no further than the copies allow (:meth:`run_back`): linear in the lines.

        .. versionadded:: 0.2"""
        best, best_last = 0, 0
        for last in self.earlier_places(lines, end, text):
            size = self.run_back(lines, end, last)
            if size > best:
                best, best_last = size, last
        if best < self.MIN_REPEAT_LINES:
            return 0, 0
        return end - best, best_last - best + 1

    def earlier_places(self, lines: Sequence[Line], end: int, text: str | None) -> list[int]:
        """The indexes of the last :attr:`REPEAT_TRIES` lines before ``lines[end - 1]`` with its
        text, nearest first.  With the *text* the lines were split from, it is searched
        (``str.rfind``, at most :attr:`REPEAT_SEARCHES` times) and a place is found among the lines
        by bisection, so a text whose last line stands nowhere before it costs one search;
        without it the lines are read back one by one.

        .. versionadded:: 0.2"""
        target = lines[end - 1]
        places: list[int] = []
        if text is None:
            for index in range(end - 2, -1, -1):
                if lines[index].text == target.text:
                    places.append(index)
                    if len(places) >= self.REPEAT_TRIES:
                        break
            return places
        found = text.rfind(target.text, 0, target.span.start)
        for _ in range(self.REPEAT_SEARCHES):
            if found < 0 or len(places) >= self.REPEAT_TRIES:
                break
            index = bisect.bisect_left(lines, found, hi=end - 1, key=lambda line: line.span.start)
            if index < end - 1 and lines[index].span.start == found and lines[index].text == target.text:
                places.append(index)
            found = text.rfind(target.text, 0, found)
        return places

    def run_back(self, lines: Sequence[Line], end: int, last: int) -> int:
        """How many lines ``lines[:end]`` and ``lines[:last + 1]`` have the same at their ends, read
        back line by line; 0 when that is more than :attr:`MAX_REPEAT_COPIES` copies allow, and
        no more than leaves :attr:`MIN_REPEAT_LINES` lines before the run.

        .. versionadded:: 0.2"""
        period = end - 1 - last
        most = (self.MAX_REPEAT_COPIES - 1) * period
        limit = min(last + 1, end - self.MIN_REPEAT_LINES, most + 1)
        size = 0
        while size < limit and lines[end - 1 - size].text == lines[last - size].text:
            size += 1
        return 0 if size > most else size

    def is_repeat(self, lines: Sequence[Line], start: int, end: int, earlier: int) -> bool:
        """Whether ``lines[start:end]`` are, text for text, ``lines[earlier:]`` again, one of them
        running text, the first line only once before *start*, and at most :attr:`MAX_REPEAT_COPIES`
        copies in all."""
        size = end - start
        if any(lines[start + i].text != lines[earlier + i].text for i in range(size)):
            return False  # two texts of the same hash
        first = lines[start].text
        if any(lines[i].text == first for i in range(earlier + 1, start)):
            return False  # one block over and over
        if size > (self.MAX_REPEAT_COPIES - 1) * (start - earlier):
            return False  # a block printed more times than a careless paste does: a list, a test text
        return any(self.is_prose(lines, i) for i in range(start, end))

    def read(self, text: str, lines: Sequence[Line], reference_date: dt.date | None) -> ParseState:
        """The section, the header and the body of *text* read into a new :class:`ParseState`."""
        state = self.STATE(text, lines, reference_date)
        start = self.read_section(state)
        state.body_start = self.read_header(state, start)
        self.masthead_kicker(state)
        self.masthead_headline(state)
        self.title_over_byline(state)
        self.label_in_headline(state)
        self.read_body(state)
        self.keep_story_headline(state)
        self.release_deck(state)
        return state

    def masthead_kicker(self, state: ParseState) -> None:
        """When the section read is one label on a line of its own that names an outlet, the site's
        masthead, it is boilerplate ``other`` and the article has no section: a label that ends in an
        outlet's word (``BylineParser.continues_outlet``: ``Post``, ``News``, ``Times``) which the
        byline names again after a mark, maybe after a determiner (``Denver Post`` over ``By
        Bennett Durando | The Denver Post``), or one the vocabulary knows as an outlet
        (``BylineParser.is_known_outlet``: ``CBC News``, ``BBC News``).  A section that names no
        outlet (``Local News``, ``Greater Manchester News`` over a byline that does not name it) stays.

        .. versionadded:: 0.2 (mendLT69)"""
        span = state.section_span
        if len(state.section) != 1 or span is None:
            return
        label = state.section[0]
        words = label.split()
        if len(words) < 2 or not self.byline.continues_outlet(words[-1]) or span.slice(state.text).strip() != label:
            return
        if not (self.byline.is_known_outlet(label) or self.byline_names_outlet(state, label)):
            return
        if not any(line.span == span for line in state.lines):
            return  # (a kicker that shares its line: no masthead of its own)
        bisect.insort(
            state.boilerplate, Boilerplate(label, BoilerplateKind.OTHER.value, span), key=lambda item: item.span
        )
        state.section, state.section_span = (), None

    def masthead_headline(self, state: ParseState) -> None:
        """When the headline read is the site's name (up to :attr:`MASTHEAD_WORDS` words, an outlet's
        word last, that the byline names again after a mark or the vocabulary knows as an outlet:
        ``Tampa Bay Times`` over the title and ``By Jane Roe | Tampa Bay Times``) and the line right
        under it, in its block, was filed as boilerplate ``other`` or ``standfirst``, a headline
        candidate of more words that ends no sentence, that line is the headline and the name
        boilerplate ``other`` (:meth:`masthead_kicker` reads such a name read as the kicker).

        .. versionadded:: 0.2 (mendLT69)"""
        headline, lines = state.headline, state.lines
        if headline is None or state.section:
            return
        words = headline.text.split()
        if not 2 <= len(words) <= self.MASTHEAD_WORDS or not self.byline.continues_outlet(words[-1]):
            return
        if not (self.byline.is_known_outlet(headline.text) or self.byline_names_outlet(state, headline.text)):
            return
        at = next((i for i, line in enumerate(lines) if line.span == headline.span), None)
        if at is None or at + 1 >= len(lines) or lines[at + 1].blank_before:
            return
        title = lines[at + 1]
        filed = next((item for item in state.boilerplate if item.span == title.span), None)
        if filed is None or filed.kind not in (BoilerplateKind.OTHER.value, BoilerplateKind.STANDFIRST.value):
            return
        if ends_sentence(title.text) or len(title.text.split()) <= len(words) or not self.headline.is_candidate(title):
            return
        state.boilerplate.remove(filed)
        bisect.insort(state.boilerplate, Boilerplate(headline.text, BoilerplateKind.OTHER.value, headline.span),
                      key=lambda item: item.span)
        state.headline = Headline(title.text, title.span)

    def byline_names_outlet(self, state: ParseState, name: str) -> bool:
        """Whether the byline's text names *name*, an outlet's name, as one of its pieces after a mark
        of ``BylineParser.PIECE_MARKS`` or a comma, maybe after a determiner (``By Bennett Durando |
        The Denver Post`` names ``Denver Post``), in any case.

        .. versionadded:: 0.2 (mendLT69)"""
        byline = state.byline
        if byline is None:
            return False
        wanted = " ".join(name.split()).casefold()
        pieces = regex.split(r"\s*+[,|·•]\s*+", byline.text)
        for piece in pieces[1:]:
            words = piece.split()
            if words and self.vocabulary.is_article(words[0]):
                words = words[1:]
            if " ".join(words).casefold() == wanted:
                return True
        return False

    def title_over_byline(self, state: ParseState) -> None:
        """When the headline read is a short label in the first block (``Google News`` / ``Full
        coverage``, ``Yahoo News`` / ``Top stories``: an aggregator's or a site's furniture, its
        other lines the kicker or boilerplate), and a line
        filed as boilerplate ``other`` or ``standfirst`` opens the next block, right over the byline
        or the stamp with no blank line between, a headline candidate of more words that ends no
        sentence (``Storm knocks out power to 200,000 in Nova Scotia`` / ``CBC News · 3 hours ago``),
        that line is the headline and the first block the page's furniture: boilerplate ``other``,
        the kicker read in it too (a kicker stands in its headline's block).  The label has at most
        :attr:`FURNITURE_TITLE_WORDS` words, and the block opens with a site's name: up to
        :attr:`MASTHEAD_WORDS` words, an outlet's word last (``BylineParser.continues_outlet``), so that
        a short headline under its kicker over a deck and the byline (``Markets`` / ``Fed holds
        rates`` / blank / the deck / ``By Jane Roe``) stays the headline.

        .. versionadded:: 0.2 (mendLT69)"""
        headline, lines = state.headline, state.lines
        if headline is None or len(headline.text.split()) > self.FURNITURE_TITLE_WORDS or ends_sentence(headline.text):
            return
        under = [s.span.start for s in (state.byline, state.published, state.updated) if s is not None]
        if not under:
            return
        at = next((i for i, line in enumerate(lines) if line.span == headline.span), None)
        if at is None:
            return
        first = at
        while first > 0 and not lines[first].blank_before:
            first -= 1
        while at + 1 < len(lines) and not lines[at + 1].blank_before:
            at += 1  # (the block's last line: "Yahoo News" / "Top stories", the label filed already)
        if at + 2 >= len(lines):
            return
        block = list(range(first, at + 1))
        if state.section_span is not None and not any(lines[i].span == state.section_span for i in block):
            return
        masthead = lines[block[0]].text.split()
        if len(block) < 2 or not masthead or len(masthead) > self.MASTHEAD_WORDS or not self.byline.continues_outlet(masthead[-1]):
            return  # ("Markets" / "Fed holds rates" / blank / its deck / "By Jane Roe": a short headline; no site's name over it)
        filed_spans = {item.span for item in state.boilerplate}
        if any(lines[i].span not in filed_spans and lines[i].span not in (state.section_span, headline.span) for i in block):
            return
        title = lines[at + 1]
        if lines[at + 2].blank_before or lines[at + 2].span.start not in under:
            return
        filed = next((item for item in state.boilerplate if item.span == title.span), None)
        if filed is None or filed.kind not in (BoilerplateKind.OTHER.value, BoilerplateKind.STANDFIRST.value):
            return
        if ends_sentence(title.text) or len(title.text.split()) <= len(headline.text.split()):
            return
        if not self.headline.is_candidate(title) or self.classify_boilerplate(title) is not None:
            return
        state.boilerplate.remove(filed)
        for i in block:
            if lines[i].span != state.section_span and lines[i].span not in filed_spans:
                bisect.insort(state.boilerplate, Boilerplate(lines[i].text, BoilerplateKind.OTHER.value, lines[i].span),
                              key=lambda item: item.span)
        if state.section_span is not None:
            bisect.insort(state.boilerplate, Boilerplate(state.section_span.slice(state.text),
                                                         BoilerplateKind.OTHER.value, state.section_span),
                          key=lambda item: item.span)
        state.section, state.section_span = (), None
        state.headline = Headline(title.text, title.span)

    #: The most words of a headline read in the first block that :meth:`title_over_byline` gives up
    #: to a longer title right over the byline.
    #:
    #: .. versionadded:: 0.2 (mendLT69)
    FURNITURE_TITLE_WORDS: ClassVar[int] = 3

    def label_in_headline(self, state: ParseState) -> None:
        """When the article has no section and its headline is a section's label, a bar and the
        title on one line (``Sports | Nuggets beat Lakers 121-108``, ``Opinion | Why the bus plan
        fails``), the label is the section and the title the headline, as :meth:`label_before_bar`
        reads them on the first line: the label one that names a section or a kind of piece
        (``SectionParser.names_section``, ``is_piece_phrase``) or is in capitals, of at most
        :attr:`BAR_LABEL_WORDS` words, and the title a headline candidate of more words with no bar.

        .. versionadded:: 0.2 (mendLT69)"""
        headline = state.headline
        if headline is None or state.section or "\n" in headline.span.slice(state.text):
            return
        label, bar, rest = headline.text.partition(" | ")
        label, rest = label.strip(), rest.strip()
        if not bar or not label or not rest or "|" in rest or len(label.split()) > self.BAR_LABEL_WORDS:
            return
        if len(rest.split()) <= len(label.split()) or rest.isupper():
            return
        if not (self.section.names_section(label) or self.section.is_piece_phrase(label)
                or (label.isupper() and _LABEL_BAR.fullmatch(headline.text) is not None)):
            return
        if self.vocabulary.is_agency(label) or self.boilerplate.kind(label):
            return
        start = headline.span.start
        label_at = start + headline.text.index(label)
        rest_at = start + headline.text.index(rest, len(label) + 1)
        title = Line(rest, Span(rest_at, rest_at + len(rest)), 0, False)
        if not self.headline.is_candidate(title):
            return
        state.section, state.section_span = (label,), Span(label_at, label_at + len(label))
        state.headline = Headline(rest, title.span)

    def keep_story_headline(self, state: ParseState) -> None:
        """When the text has no paragraph line and its headline is one line of running text that
        ends in a full stop (:meth:`is_prose`: ``Der Sturm traf am Montag die Küste, und Tausende
        Haushalte waren ohne Strom.`` under a kicker, a desk's codes under it), that line is the
        story's, a paragraph, and the text has no headline: a story's lines are never all lost.
        A headline of few words (``The pier is saved.``) or with no full stop stays.

        .. versionadded:: 0.2"""
        headline = state.headline
        if state.body or headline is None or not headline.text.endswith(".") or headline.text.endswith(".."):
            return
        lines = state.lines
        for index, line in enumerate(lines):
            if line.span.start >= headline.span.end:
                return
            if line.span == headline.span:
                if self.is_prose(lines, index) and (index + 1 >= len(lines) or lines[index + 1].blank_before):
                    state.body.append(attrs.evolve(line, blank_before=True))
                    state.headline = None
                return

    def embed_reference(self, state: ParseState) -> ParseState | None:
        """The text read again with the date of its latest embedded post (:meth:`embedded_post_dates`)
        as the reference date, when every stamp without a year read so falls within
        :attr:`EMBED_DAYS` days of EVERY embedded post (``Posted Nov 18, 8:19 PM`` over a story
        that embeds a post of ``November 18, 2019``): a page that writes no year on its stamps
        dates them in the year of its news, and a story embeds posts of its own days.  ``None``
        when the text embeds no dated post or a post lies further off (an old post that has
        resurfaced dates nothing)."""
        dates = self.embedded_post_dates(state.lines)
        if not dates:
            return None
        dated = self.read(state.text, state.lines, max(dates))
        stamps = [stamp for stamp in (dated.published, dated.updated) if stamp is not None]
        window = dt.timedelta(days=self.EMBED_DAYS)
        if not stamps:
            return None
        for stamp in stamps:
            day = stamp.datetime.date()
            if any(abs(day - posted) > window for posted in dates):
                return None
        return attrs.evolve(dated, reference_date=None)

    #: The fewest entry stamps of a live blog, the ``published`` one among them, that
    #: :meth:`published_from_entries` reads the blog's first entry from.
    #:
    #: .. versionadded:: 0.2
    MIN_LIVE_ENTRIES: ClassVar[int] = 3
    #: The most hours between a live blog's first and latest entry stamps that
    #: :meth:`published_from_entries` reads: a list of older stories under their dates spans more.
    #:
    #: .. versionadded:: 0.2
    MAX_LIVE_HOURS: ClassVar[int] = 48

    def published_from_entries(self, state: ParseState) -> None:
        """A live blog's first entry as the publication: when the ``published`` stamp is an entry's
        stamp alone on its line over the entry (:meth:`heads_stamped_entry`: ``Nov 23, 2024 10:12 (IST)`` /
        ``Ruling front leads ...``), the page printing none of its own, and the stamps of at least
        :attr:`MIN_LIVE_ENTRIES` such entries in all, each filed as boilerplate ``timestamp``
        after it, run back in time down the page (``10:12``, ``09:48``, ``09:30``) within
        :attr:`MAX_LIVE_HOURS`, the last of them,
        the blog's first entry, is the ``published`` stamp; the stamp at the top, its latest entry,
        is the ``updated`` one when the page has none, else boilerplate ``timestamp``.  Stamps of
        a zone on one side only, or in any other order, change nothing.

        .. versionadded:: 0.2"""
        published, lines = state.published, state.lines
        if published is None or not lines:
            return
        index = self.line_at(lines, published.span.start)
        if index is None or not self.heads_stamped_entry(lines, index, published):
            return
        kind = BoilerplateKind.TIMESTAMP.value
        entries: list[tuple[int, Timestamp]] = []
        for at, filed in enumerate(state.boilerplate):
            if filed.kind != kind or filed.span.start < published.span.end:
                continue
            line = self.line_at(lines, filed.span.start)
            found = self.timestamps.parse(lines, line, state.reference_date) if line is not None else ()
            if line is not None and len(found) == 1 and self.heads_stamped_entry(lines, line, found[0]):
                entries.append((at, found[0]))
        if len(entries) + 1 < self.MIN_LIVE_ENTRIES:
            return
        times = [published.datetime, *(stamp.datetime for _, stamp in entries)]
        if len({when.tzinfo is None for when in times}) > 1 or not all(a > b for a, b in itertools.pairwise(times)):
            return  # (a zone on one side only cannot be weighed; a blog runs back in time down the page)
        if times[0] - times[-1] > dt.timedelta(hours=self.MAX_LIVE_HOURS):
            return  # (a list of older stories, each under its date, spans days)
        at, first = entries[-1]
        del state.boilerplate[at]
        state.published = attrs.evolve(first, kind=TimestampKind.PUBLISHED)
        if state.updated is None:
            state.updated = attrs.evolve(published, kind=TimestampKind.UPDATED)
        else:
            state.boilerplate.append(Boilerplate(published.text, kind, published.span))

    def heads_stamped_entry(self, lines: Sequence[Line], index: int, stamp: Timestamp) -> bool:
        """Whether *stamp*, with its date and clock, is the whole of ``lines[index]`` and heads a live
        blog's entry: the next line, in the same block, is no stamp (``Nov 23, 2024 10:12 (IST)`` /
        ``Ruling front leads in 80 seats``) (:meth:`published_from_entries`).

        .. versionadded:: 0.2"""
        if lines[index].text.strip() != stamp.text or not self.timestamps.has_clock(stamp.text):
            return False
        if index + 1 >= len(lines) or lines[index + 1].blank_before:
            return False
        return not self.timestamps.parse(lines, index + 1)

    @staticmethod
    def line_at(lines: Sequence[Line], offset: int) -> int | None:
        """The index of the line of *lines* that holds *offset* of the text, or ``None``.

        .. versionadded:: 0.2"""
        index = bisect.bisect_right(range(len(lines)), offset, key=lambda i: lines[i].span.start) - 1
        if index < 0 or not lines[index].span.start <= offset < lines[index].span.end:
            return None
        return index

    def published_from_footer(self, state: ParseState) -> None:
        """The publication date of a text with no stamp read from its footer: a sign-off that gives
        the date the story first ran after one of :attr:`FOOTER_STAMP_LABELS` (``This article was
        first published on March 4, 2025.``) is the ``published`` stamp, the line no longer
        boilerplate (the stamp's part, as a header stamp's label is).  The first such sign-off
        with a stamp wins; without one nothing changes.  A page that has a ``published`` stamp and
        no ``updated`` one reads the sign-off too when it stands on the line right under that stamp
        (:meth:`right_under`; a footer further down yields to the header's stamp) and its date is earlier
        (:meth:`first_run_before`: ``5 March 2025 16:42`` over ``This story first appeared on 5
        March 2025 at 09:01.``): the page's stamp is then its ``updated`` one, the sign-off's date its
        ``published`` one; a sign-off's date that is the same or later changes nothing.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a sign-off earlier than the page's only stamp makes that stamp the update."""
        kind = BoilerplateKind.SIGN_OFF.value
        for at, filed in enumerate(state.boilerplate):
            if filed.kind != kind:
                continue
            folded = filed.text.casefold()
            label = next((label for label in self._footer_labels if label in folded), None)
            if label is None:
                continue
            start = folded.index(label) + len(label)
            found = self.timestamps.find(filed.text[start:], filed.span.start + start, state.reference_date)
            if found is None:
                continue
            if state.published is not None:
                if not self.right_under(state.lines, state.published.span, filed.span):
                    return  # (a footer yields to the header's stamp: a page that ran the story again)
                if not self.first_run_before(found, state.published):
                    return  # (the page's own stamp stays its publication)
                state.updated = attrs.evolve(state.published, kind=TimestampKind.UPDATED)
            state.published = attrs.evolve(found, kind=TimestampKind.PUBLISHED)
            del state.boilerplate[at]
            return

    def published_from_wire_slug(self, state: ParseState) -> None:
        """The publication stamp of a text with no stamp read from a wire's slug, filed ``other``:
        an agency of the vocabulary glued to the item's number, then a stamp that ends the line
        (``APA0123 2025-03-10/11:42``, as the Austrian wire ends its items): the stamp is the
        ``published`` one, the slug before it stays ``other``.  The first such line wins.

        .. versionadded:: 0.2 (fixT59)"""
        kind = BoilerplateKind.OTHER.value
        vocabulary = self.timestamps.vocabulary
        for at, filed in enumerate(state.boilerplate):
            if filed.kind != kind:
                continue
            slug = _WIRE_SLUG.match(filed.text)
            if slug is None or not vocabulary.is_agency(slug["agency"]):
                continue
            start = filed.span.start + slug.end()
            found = self.timestamps.find(filed.text[slug.end() :], start, state.reference_date)
            if found is None or found.span.start != start or found.span.end != filed.span.end:
                continue
            state.published = attrs.evolve(found, kind=TimestampKind.PUBLISHED)
            head = Span(filed.span.start, filed.span.start + len(slug.group().rstrip()))
            state.boilerplate[at] = Boilerplate(head.slice(state.text), kind, head)
            return

    def right_under(self, lines: Sequence[Line], above: Span, below: Span) -> bool:
        """Whether *below* starts on the line right after the line where *above* ends, blank lines
        between aside (:meth:`published_from_footer`: a sign-off under the page's stamp).

        .. versionadded:: 0.2"""
        at = self.line_at(lines, above.end - 1) if above.end > above.start else None
        return at is not None and at + 1 < len(lines) and lines[at + 1].span.start <= below.start < lines[at + 1].span.end

    @staticmethod
    def first_run_before(first: Timestamp, stamp: Timestamp) -> bool:
        """Whether *first*, the date a sign-off says a story first ran on, is earlier than *stamp*,
        the page's own stamp (:meth:`published_from_footer`): both with a zone, or both without one
        (a zone on one side only cannot be weighed: no), and, for a sign-off with no clock (a date
        alone reads as midnight), on an earlier day.

        .. versionadded:: 0.2"""
        a, b = first.datetime, stamp.datetime
        if (a.tzinfo is None) != (b.tzinfo is None):
            return False
        if a.time() == dt.time(0) and a.tzinfo is None:
            return a.date() < b.date()
        return a < b

    def widen_filed_stamps(self, state: ParseState) -> None:
        """A stamp filed as boilerplate ``timestamp`` covers its whole line when nothing else
        does (``Posted 2 Mar 2025`` at the foot of a page under ``Posted Sun 2 Mar 2025 ...`` in
        the header, ``12:31 Posted 4 hours ago`` in a live blog): a boilerplate part, unlike a
        ``published`` or ``updated`` stamp, has no label left out of its span, so the label is part
        of it.  A line that also holds another part (a byline, the ``published`` stamp, a second
        boilerplate piece) keeps its pieces as they are.  Linear: one pass over the parts.

        .. versionadded:: 0.2"""
        kind = BoilerplateKind.TIMESTAMP.value
        lines = state.lines
        narrow: dict[int, int] = {}  # line index -> index of the one narrow stamp filed on it
        for at, filed in enumerate(state.boilerplate):
            if filed.kind != kind:
                continue
            index = self.line_at(lines, filed.span.start)
            if index is None or lines[index].span == filed.span or filed.span.end > lines[index].span.end:
                continue  # (a stamp wrapped over two lines keeps its span: its first line alone would lose the rest)
            # (a second narrow stamp on the line: the line is shared, left as it is)
            narrow[index] = -1 if index in narrow else at
        if not narrow:
            return
        others: list[Span] = [
            part.span for part in (state.headline, state.byline, state.published, state.updated) if part is not None
        ]
        others += [span for span in (state.section_span,) if span is not None]
        others += [caption.span for caption in state.captions]
        others += [line.span for line in state.body]
        taken = set(narrow.values())
        others += [filed.span for at, filed in enumerate(state.boilerplate) if at not in taken]
        for span in others:
            for index in {self.line_at(lines, span.start), self.line_at(lines, max(span.start, span.end - 1))}:
                if index is not None and index in narrow:
                    narrow[index] = -1
        wide = {at: lines[index] for index, at in narrow.items() if at >= 0}
        if wide:  # (one rebuild of the list: setting a packed item one at a time unpacks it each time)
            state.boilerplate[:] = [
                Boilerplate(wide[at].text, kind, wide[at].span) if at in wide else filed
                for at, filed in enumerate(state.boilerplate)
            ]

    def caption_printed_above(self, state: ParseState) -> None:
        """A line filed boilerplate ``other`` right above a caption's line, in its block, that
        writes the caption's text again without its credit (``Rescuers search a flooded street`` over
        ``Rescuers search a flooded street (AP Photo/Luca Bruno)``, as a page prints a picture's
        caption once over the picture and once under it): a print of that caption, no debris
        (``CaptionParser.group`` gives the caption a span for each print).

        .. versionadded:: 0.2 (fixL71)"""
        if not state.captions or not state.boilerplate:
            return
        prints: dict[Span, CaptionLine] = {}
        for caption in state.captions:
            at = self.line_at(state.lines, caption.span.start)  # (by bisection: no map of every line per parse, rvl71)
            if at is None or at == 0 or state.lines[at].span.start != caption.span.start or state.lines[at].blank_before:
                continue
            above = state.lines[at - 1]
            if self.captions.key(above.text) == self.captions.key(caption.text):
                prints[above.span] = CaptionLine(above.text, None, above.span)
        if not prints:
            return
        kept = []
        for item in state.boilerplate:
            found = prints.pop(item.span, None) if item.kind == BoilerplateKind.OTHER.value else None
            if found is None:
                kept.append(item)
            else:
                state.captions.append(found)
        state.boilerplate[:] = kept
        state.captions.sort(key=lambda item: item.span.start)

    #: The most days an ``updated`` stamp written with a clock and no zone may fall after the
    #: ``published`` one written with a zone for :meth:`update_in_published_zone` to read it in
    #: that zone (within a week, the zone's offset does not change but at a season's turn).
    #:
    #: .. versionadded:: 0.2 (fixL71)
    MAX_ZONE_BORROW_DAYS: ClassVar[int] = 7

    def update_in_published_zone(self, state: ParseState) -> None:
        """The ``updated`` stamp written with a clock and no zone (``Updated: 8:45pm, 3 Dec, 2026``)
        read in the zone of the ``published`` one, written with a clock and a zone on the page
        (``Published: 7:30pm, 2 Dec, 2026 (HKT)``): a page writes its stamps in one zone, and
        prints it once.  Only when the update falls on or after the publication and within
        :attr:`MAX_ZONE_BORROW_DAYS` days of it, as written; else it stays without a zone.

        No zone is lent to an update that says its clock is local (``19:30 local time``:
        ``TimestampParser.names_naive_zone``), nor from a publication in universal time (``...Z``,
        ``UTC``, ``GMT``: pages print their updates in local time beside it); a summer-time zone
        (``BST``, ``EDT``: ``TimestampParser.keeps_summer_time``) only to an update of the same day, in
        its season, as the clocks may change between two days (``Published: 09:00 24 October 2026
        BST`` / ``Updated: 10:30 26 October 2026`` stays without a zone): a wrong offset is worse than none.

        .. versionadded:: 0.2 (fixL71)
        .. versionchanged:: 0.2 (rvl71) not for ``local time``, universal time, nor a summer-time zone over days."""
        updated, published = state.updated, state.published
        if updated is None or published is None or updated.datetime.tzinfo is not None:
            return
        zone = published.datetime.tzinfo
        if zone is None or published.datetime.utcoffset() == dt.timedelta(0):
            return  # (no zone, or universal time: an update beside it is in the page's local time)
        if not self.timestamps.writes_time(updated) or not self.timestamps.writes_time(published):
            return
        if self.timestamps.names_naive_zone(updated.text):
            return  # ("Updated 3 December 2026 19:30 local time": naive, as written)
        moved = updated.datetime.replace(tzinfo=zone)
        if not dt.timedelta(0) <= moved - published.datetime <= dt.timedelta(days=self.MAX_ZONE_BORROW_DAYS):
            return
        if self.timestamps.keeps_summer_time(published.datetime) and (
            moved.date() != published.datetime.date() or self.timestamps.in_zone_season(updated.text, moved).tzinfo is None
        ):
            return  # (BST on 24 October, an update on the 26th: the clocks went back between)
        state.updated = attrs.evolve(updated, datetime=moved)

    @staticmethod
    def drop_update_before_publication(state: ParseState) -> None:
        """The ``updated`` stamp filed as boilerplate ``timestamp`` when it falls before the
        ``published`` one (:func:`~newsparse.timestamp.falls_before`: ``Published: Nov 3, 2026`` in
        the header, ``Updated: Nov 2, 2026`` in the body), once the page's order of day and month is
        settled (:meth:`read_day_first`): an update is never read before the publication; nor is an
        update with no clock on the day of a publication with one (``Posted: Jan 15, 2025 4:00 AM EST |
        Last Updated: January 15, 2025``, :func:`~newsparse.timestamp.day_of_later_clock`).

        .. versionadded:: 0.2"""
        updated, published = state.updated, state.published
        if updated is None or published is None:
            return
        if not falls_before(updated, published) and not day_of_later_clock(updated, published):
            return  # (an update with no clock on the day of a publication with one reads before it: fixT56a)
        state.boilerplate.append(Boilerplate(updated.text, BoilerplateKind.TIMESTAMP.value, updated.span))
        state.updated = None

    def flag_dates_without_time(self, state: ParseState) -> None:
        """The ``published`` and ``updated`` stamps with ``has_time`` off when they write a date
        and no clock (``Published: 27 June 2025``, read as that day's midnight:
        ``TimestampParser.writes_time``).

        .. versionadded:: 0.2 (fixT61)"""
        for name in ("published", "updated"):
            stamp: Timestamp | None = getattr(state, name)
            if stamp is not None:
                setattr(state, name, self.timestamps.with_time_flag(stamp))

    def settle_ambiguous_zones(self, state: ParseState) -> None:
        """The ``published`` and ``updated`` stamps written in a zone whose abbreviation names
        several (``Vocabulary.AMBIGUOUS_TIMEZONES``: ``23:41 IST``, Irish, Indian or Israel time)
        with the offset of the one region of those the page names outside its dateline
        (:meth:`zone_regions_named`: ``Dublin``, ``.ie``, ``PTI``; in the story by a place's word
        only, not its people's, fixT61); the same clock without an offset
        when it names none of them or several (a story filed from Beijing on an American site names
        the United States too, as a rule: a region the dateline alone names is the story's, not the
        site's), or when the region keeps the zone in a season the date falls outside
        (``Vocabulary.AMBIGUOUS_ZONE_SEASONS``: Irish Summer Time in January).  A zone with a default
        region (``Vocabulary.AMBIGUOUS_ZONE_DEFAULTS``: ``PST``, US Pacific time) takes another
        region only from the text before the story and its dateline (:meth:`text_before_story`),
        none when the page names the default too (mend60b).  A zone the timestamp parser reads without
        an offset (``Vocabulary.NAIVE_TIMEZONES``: ``3:00 PM AST``, Atlantic or Arabia time) takes one
        here the same way, and keeps none when the page names neither region (fixL66).

        .. versionadded:: 0.2"""
        vocabulary = self.timestamps.vocabulary
        zones = vocabulary.ambiguous_zone_names
        regions: frozenset[str] | None = None
        for name in ("published", "updated"):
            stamp: Timestamp | None = getattr(state, name)
            if stamp is None or (stamp.datetime.tzinfo is None and not stamp.has_time):
                continue  # (a clock read without an offset, "15:00 AST", is read here too: fixL66)
            zone = next((word for word in ZONE_SHAPE.findall(stamp.text) if word in zones), None)
            if zone is None:
                self.settle_bare_zone(state, name, stamp)
                continue
            if regions is None:
                regions = self.zone_regions_named(state)
            default = vocabulary.ambiguous_zone_default(zone)
            named = regions
            if default is not None:  # (its other regions named before the story only: mend60b)
                named = (regions & {default}) | vocabulary.zone_regions(self.text_before_story(state))
            region = vocabulary.ambiguous_zone_region(zone, named)
            season = None if region is None else vocabulary.ambiguous_zone_season(zone, region)
            if season is not None and not self.timestamps.in_season(stamp.datetime.date(), season):
                region = None  # (Irish Summer Time in January: no zone, as a summer zone out of season)
            hours = None if region is None else vocabulary.ambiguous_zone_offset(zone, region)
            if hours is None:
                offset: dt.tzinfo | None = None
            elif stamp.datetime.utcoffset() == dt.timedelta(hours=hours):
                continue  # (the offset read already: the stamp is kept as it is)
            else:
                from dateutil import tz  # (imported when first needed: dateutil.tz imports zoneinfo, ctypes, tempfile)

                offset = tz.tzoffset(zone, round(hours * 3600))
            setattr(state, name, attrs.evolve(stamp, datetime=stamp.datetime.replace(tzinfo=offset)))

    def settle_bare_zone(self, state: ParseState, name: str, stamp: Timestamp) -> None:
        """*stamp*, the page's ``published`` or ``updated`` (*name*) stamp, read in a US zone named
        alone after its clock (``9:00am Eastern``: ``Vocabulary.BARE_ZONE_ABBREVIATIONS``), without
        that zone, its clock kept, where the page names a region that reads the like abbreviation
        at another offset (``SYDNEY (AAP) -``: ``EST`` is +10 there, Australia's Eastern time +10 or
        +11 by the season, so no zone is read at all), by the regions :meth:`settle_ambiguous_zones`
        reads for an abbreviation with a default region: the US named anywhere, another only
        before the story or in its dateline (:meth:`text_before_story`).  A US or Canadian page, or one
        naming no region, keeps the zone (``Vocabulary.bare_zone_kept``).

        .. versionadded:: 0.2 (rvl69)"""
        vocabulary = self.timestamps.vocabulary
        if stamp.datetime.tzinfo is None:
            return
        zone = vocabulary.bare_zone_abbreviation(stamp.text)
        if zone is None:
            return
        home = frozenset({vocabulary.BARE_ZONE_REGION})
        named = (self.zone_regions_named(state) & home) | vocabulary.zone_regions(self.text_before_story(state))
        if not vocabulary.bare_zone_kept(zone, named):
            setattr(state, name, attrs.evolve(stamp, datetime=stamp.datetime.replace(tzinfo=None)))

    def zone_regions_named(self, state: ParseState) -> frozenset[str]:
        """The regions of ``Vocabulary.ZONE_REGIONS`` the page names outside the dateline that opens
        its first body line, where :meth:`settle_ambiguous_zones` looks: before the story by any
        word, in the story by a place's word only (``Vocabulary.zone_regions`` without ``people``):
        a people's word in the story is weak evidence of where the site is (``Chinese buyers`` in a
        story from Iowa, ``Israeli officials`` in an Indian site's wire story; fixT61).

        .. versionadded:: 0.2 (fixT61)"""
        vocabulary = self.timestamps.vocabulary
        if not state.body:
            return vocabulary.zone_regions(state.text)
        start = state.body[0].span.start
        found = self.dateline_at(state, state.body[0].span)
        head, story = (start, start) if found is None else (found.span.start, found.span.end)
        regions = vocabulary.zone_regions(state.text[:head]) | vocabulary.zone_regions(state.text[story:], people=False)
        if found is not None and self.is_domestic_dateline(found):
            regions |= vocabulary.zone_regions(found.place or "", people=False)
        return regions

    def is_domestic_dateline(self, dateline: Dateline) -> bool:
        """Whether *dateline* names its place by the place's state or province
        (``Vocabulary.is_region_name``: ``FAIRBROOK, Iowa —``), as a site writes the places of its
        own country (a foreign place goes by its country, ``WUHAN, China —``, or alone,
        ``BEIJING —``): such a dateline's region is the site's too (:meth:`zone_regions_named`),
        so that ``6:42 PM CST`` over it reads US Central time whether or not the first line is
        long enough to be read as a dateline (mendL64).

        .. versionadded:: 0.2 (mendL64)"""
        head, comma, last = (dateline.place or "").rpartition(",")
        return bool(comma and head.strip()) and self.timestamps.vocabulary.is_region_name(last.strip())

    def text_before_story(self, state: ParseState) -> str:
        """The page's text before its first body line, with that line's dateline (``MANILA (PNA)
        —``): where :meth:`settle_ambiguous_zones` looks for a region other than an ambiguous zone's
        default (``Vocabulary.AMBIGUOUS_ZONE_DEFAULTS``), as the story's own words (``Filipino
        nurses`` in a US story) do not place the site (mend60b).

        .. versionadded:: 0.2"""
        if not state.body:
            return state.text
        start = state.body[0].span.start
        found = self.dateline_at(state, state.body[0].span)
        return state.text[: start if found is None else found.span.end]

    def text_beside_dateline(self, state: ParseState) -> str:
        """The page's text without the dateline that opens its first body line (``BEIJING (AP)
        —``): what :meth:`settle_ambiguous_zones` searches for the site's region.

        .. versionadded:: 0.2"""
        found = self.dateline_at(state, state.body[0].span) if state.body else None
        if found is None:
            return state.text
        return state.text[: found.span.start] + " " + state.text[found.span.end :]

    def read_day_first(self, state: ParseState) -> None:
        """The ``published`` and ``updated`` stamps read day first (``Posted: 03/04/2026`` is 3
        April) when their numeric dates read both ways, nothing written beside them decides the
        order (``TimestampParser.day_first_reading``) and the page is written where the day comes
        first (``Vocabulary.writes_day_first``: ``colour``, ``£``, ``Ltd``, ``.co.uk``).  A page
        without such signs keeps the parser's reading.  One page writes its dates one way: when a
        stamp shows its own order (``TimestampParser.written_order``: ``Updated Wednesday
        03/04/2024``, 3 April; ``Updated 13/04/2024``), the page's other stamps that read both ways
        follow it (``Published 03/04/2024`` is 3 April), whatever the signs say; stamps that show
        both orders leave it to the signs.

        .. versionadded:: 0.2"""
        if state.published is None and state.updated is None:
            return  # (no stamp to read: the dateline is not parsed for it)
        if self.read_as_dateline(state):
            return  # (the dateline's own date decided the order: :meth:`read_as_dateline`)
        if self.read_as_spelled_date(state):
            return  # (a date the page spells out decided it: :meth:`read_as_spelled_date`)
        stamps = [stamp for stamp in (state.published, state.updated) if stamp is not None]
        if all(self.timestamps.day_first_reading(stamp) is stamp for stamp in stamps):
            return  # (no stamp would change: the page is not read)
        orders = {self.timestamps.written_order(stamp) for stamp in stamps} - {None}
        if orders == {False}:
            return  # another stamp of the page is written month first ("Updated 04/13/2024")
        if (
            orders != {True}
            and not self.timestamps.vocabulary.writes_day_first(state.text)
            and not self.zone_writes_day_first(state.text, stamps)
            and not self.agency_writes_day_first(state)
            and not self.dotted_day_first(state.text, stamps)
            and not self.numeric_dates_day_first(state.text)
            and not self.timestamps.vocabulary.writes_day_first_language(state.text)
            and not self.header_region_writes_day_first(state)
            and not self.outlet_writes_day_first(state)
        ):
            return
        if state.published is not None:
            state.published = self.timestamps.day_first_reading(state.published)
        if state.updated is not None:
            state.updated = self.timestamps.day_first_reading(state.updated)

    #: Regions of ``Vocabulary.ZONE_REGIONS`` whose pages write a numeric date with the day first
    #: (:meth:`header_region_writes_day_first`); the United States, English Canada and the
    #: Philippines write the month first, China the year first.
    #:
    #: .. versionadded:: 0.2 (fixL66)
    DAY_FIRST_REGIONS: ClassVar[frozenset[str]] = frozenset(
        {"India", "Ireland", "Israel", "Britain", "Bangladesh", "Australia", "Gulf"}
    )

    def header_region_writes_day_first(self, state: ParseState) -> bool:
        """Whether the page's text before its story, the story's dateline left out (the headline,
        the section, the byline, the stamp lines: ``Home / UK News``, ``By Jo Reed, Sydney``), names
        regions by a place's word (``Vocabulary.zone_regions`` without ``people``: not ``British
        rival`` in a headline) and all of them are :attr:`DAY_FIRST_REGIONS`: the
        site's own region, which writes ``Updated 10/12/2024`` for 10 December.  The dateline names
        the story's place, not the site's (a Reuters ``LONDON`` story runs on American pages too).

        .. versionadded:: 0.2 (fixL66)"""
        head = self.text_before_story(state)
        found = self.dateline_at(state, state.body[0].span) if state.body else None
        if found is not None:
            head = state.text[: found.span.start]
        # (by a place's word only: a people's word in a headline is the story's subject, "Bakery chain
        # buys British rival" on an American page; round 66)
        regions = self.timestamps.vocabulary.zone_regions(head, people=False)
        return bool(regions) and regions <= self.DAY_FIRST_REGIONS

    def outlet_writes_day_first(self, state: ParseState) -> bool:
        """Whether the page's text before its story, the story's dateline left out (the headline,
        the outlet's line, the byline, the stamp lines: ``The Hindu``, ``... | Times of India``),
        names an outlet whose pages write a numeric date with the day first
        (``Vocabulary.names_day_first_outlet``), as :meth:`header_region_writes_day_first` reads
        the site's region by its places.  An outlet the story or the headline names is no sign: their
        text is not read (``The Hindu Temple of Greater Houston Reopens``).

        .. versionadded:: 0.2 (fixL67)"""
        head = self.text_before_story(state)
        found = self.dateline_at(state, state.body[0].span) if state.body else None
        if found is not None:
            head = state.text[: found.span.start]
        headline = state.headline.span if state.headline is not None else None
        if headline is not None and headline.end <= len(head):
            # (the headline is the story's words, not the outlet's: "The Hindu Temple of Greater Houston Reopens")
            head = head[: headline.start] + " " * (headline.end - headline.start) + head[headline.end :]
        return self.timestamps.vocabulary.names_day_first_outlet(head)

    def numeric_dates_day_first(self, text: str) -> bool:
        """Whether the page writes a numeric date with slashes that reads only day first
        (``25/11/2025``: a first number past 12, a second of a month) and none that reads only
        month first (``11/25/2025``): one page, one convention, so its dates that read both ways
        (``04/11/2025``) are day first too.  No such date, or both kinds: no sign.

        .. versionadded:: 0.2 (trialL63)"""
        if "/" not in text:
            return False
        day_first = month_first = False
        for found in _SLASHED_NUMERIC_DATE.finditer(text):
            first, second = int(found["first"]), int(found["second"])
            day_first = day_first or (12 < first <= 31 and 1 <= second <= 12)
            month_first = month_first or (12 < second <= 31 and 1 <= first <= 12)
            if month_first:
                return False
        return day_first

    def dotted_day_first(self, text: str, stamps: Sequence[Timestamp]) -> bool:
        """Whether the page's stamps that read both ways are all written with dots (``Published:
        03.02.26, 17:48``; ``TimestampParser.is_dotted``) and one of them has a clock past noon on
        the 24-hour dial (``TimestampParser.has_full_day_clock``) or the page shows more of
        ``Vocabulary.DAY_FIRST_SIGNS`` than of ``MONTH_FIRST_SIGNS`` (``$``, ``color``): dotted
        dates are written day first in practice (3 February 2026); an American page that prints
        ``11.03.17`` for 3 November shows its dollars and no such clock (a page in American
        spelling that prints ``17:48`` is written elsewhere).  With neither (no sign either way),
        the reading as it was: a wrong date is worse than the old one (mendR62).

        .. versionadded:: 0.2 (trialL62)"""
        changing = [stamp for stamp in stamps if self.timestamps.day_first_reading(stamp) is not stamp]
        if not changing or not all(self.timestamps.is_dotted(stamp.text) for stamp in changing):
            return False
        if any(self.timestamps.has_full_day_clock(stamp.text) for stamp in changing):
            return True
        day, month = self.timestamps.vocabulary.date_order_signs(text)
        return month < day

    def agency_writes_day_first(self, state: ParseState) -> bool:
        """Whether the page's dateline or byline names an agency whose home writes a numeric
        date with the day first (``Vocabulary.agency_date_order``: ``(PTI)``, ``By IANS``): a
        wire's page prints its own stamps as its dateline's date, so ``Posted: 03/07/2026`` over
        ``NEW DELHI, Jul 3 (PTI)`` is 3 July (lay59).  An agency whose home writes the month first
        (``AP``) says nothing here: its copy runs on pages everywhere.

        .. versionadded:: 0.2"""
        order = self.timestamps.vocabulary.agency_date_order
        if state.byline is not None and order(state.byline.agency) is True:
            return True
        # (the dateline is read later, in build: read here the first body line's, as build will)
        dateline = state.dateline
        if dateline is None and len(state.body):
            dateline = self.dateline_at(state, state.body[0].span)
        return dateline is not None and order(dateline.agency) is True

    #: How far, in days, a stamp's date may lie from the date of the article's own dateline and
    #: still agree with it (:meth:`read_as_dateline`): a wire dated in its place's day is
    #: stamped in another zone's, up to a day apart.
    DATELINE_STAMP_DAYS: ClassVar[int] = 1

    def read_as_dateline(self, state: ParseState) -> bool:
        """Read the ``published`` and ``updated`` stamps whose numeric dates read both ways
        (``Published: 04/05/2025``), and show no order of their own (``TimestampParser.written_order``),
        in the order that agrees with the date the article's own
        dateline spells out (``DHAKA, May 4 (Reuters) -``: 4 May), the same day or up to
        :attr:`DATELINE_STAMP_DAYS` from it; whether any stamp was read so.  Once a stamp that
        agrees one way decides the order, the page's other stamps that read both ways are read in it
        too (``Updated: 07/09/2025`` under ``Published: 05/04/2025`` over ``LONDON, May 4``: 9 July).
        When no stamp agrees one way, or those that do disagree on the order, every stamp is left
        to :meth:`read_day_first`'s other signs, but a ``published`` stamp that agrees with the
        dateline neither way is no date at all (:meth:`drop_astray_stamps`); an ``updated`` one,
        which may come days later (``Updated 12/07/2026`` over ``WASHINGTON, Dec 4``), keeps its
        reading (a second reader, round 60).

        .. versionadded:: 0.2"""
        dated = self.dateline_date(state)
        if dated is None:
            return False
        month, day = dated
        readings: dict[str, tuple[dt.datetime, dt.datetime]] = {}
        orders: set[bool | None] = set()
        astray: list[str] = []  # (the stamps that agree with the dateline neither way)
        for name in ("published", "updated"):
            stamp: Timestamp | None = getattr(state, name)
            if stamp is None:
                continue
            other = self.timestamps.reversed_reading(stamp.text, stamp.datetime, given=False)
            if other is None or self.timestamps.written_order(stamp) is not None:
                continue  # (reads one way only, or shows its own order: a weekday, a number over 12)
            readings[name] = (stamp.datetime, other)
            agreeing = [when for when in (stamp.datetime, other) if self.near_date(when, month, day)]
            if len(agreeing) == 1:
                orders.add(self.timestamps.reads_day_first(stamp.text, agreeing[0]))
            elif not agreeing and name == "published":
                astray.append(name)  # (an update may come days after the dateline: kept, read as before)
        if len(orders) != 1 or None in orders:
            self.drop_astray_stamps(state, astray)
            return False
        # (the order decided, every stamp that reads both ways is read in it: one page, one order)
        self.read_stamps_in_order(state, readings, orders)
        return True

    def read_stamps_in_order(
        self, state: ParseState, readings: dict[str, tuple[dt.datetime, dt.datetime]], orders: set[bool | None]
    ) -> None:
        """For :meth:`read_day_first` and :meth:`read_as_spelled_date`: read each stamp of *readings*
        (its name and its two readings) in the one order of *orders* (``True`` day first); a summer
        zone on the date so read may be out of season (``05/12/2026 10:00 AEDT``, 12 May: naive).

        .. versionadded:: 0.2"""
        for name, pair in readings.items():
            stamp = getattr(state, name)
            when = next(when for when in pair if self.timestamps.reads_day_first(stamp.text, when) in orders)
            setattr(state, name, attrs.evolve(stamp, datetime=self.timestamps.in_zone_season(stamp.text, when)))

    def read_as_spelled_date(self, state: ParseState) -> bool:
        """Read the ``published`` and ``updated`` stamps whose numeric dates read both ways and show
        no order of their own (``Issued on: 09/02/2026 - 11:32``) in the order that gives a date the
        page spells out whole, its month's name and its year with it (:meth:`spelled_dates`: a
        caption's ``... on February 9, 2026.``, ``18 February 2026``): 9 February; whether any stamp
        was read so.  Only dates spelled in the header or a caption count
        (:meth:`spelled_dates_around_story`): a story's own dates are of what it tells (``... the
        school bond on June 4, 2026``), not of when it was filed.  The date must be the same day, year
        and all, no later than the parse's reference date when one is given, and the page must spell
        out there no date that the other reading gives; a stamp of the page that shows its own order
        (``TimestampParser.written_order``) leaves the order to :meth:`read_day_first`, as does a
        page whose stamps disagree.  A ``dayfirst`` given to the parser is kept (its reading is the
        user's).

        .. versionadded:: 0.2 (mendLT70)"""
        stamps = [(name, getattr(state, name)) for name in ("published", "updated") if getattr(state, name) is not None]
        if any(self.timestamps.written_order(stamp) is not None for _, stamp in stamps):
            return False
        readings: dict[str, tuple[dt.datetime, dt.datetime]] = {}
        for name, stamp in stamps:
            other = self.timestamps.reversed_reading(stamp.text, stamp.datetime, given=False)
            if other is not None:
                readings[name] = (stamp.datetime, other)
        if not readings:
            return False
        spelled = self.spelled_dates_around_story(state)
        latest = state.reference_date
        orders: set[bool | None] = set()
        for name, pair in readings.items():
            agreeing = [
                when for when in pair if when.date() in spelled and (latest is None or when.date() <= latest)
            ]
            if len(agreeing) != 1:
                return False  # (neither reading spelled out, or both: nothing settles it here)
            orders.add(self.timestamps.reads_day_first(getattr(state, name).text, agreeing[0]))
        if len(orders) != 1 or None in orders:
            return False
        self.read_stamps_in_order(state, readings, orders)
        return True

    def spelled_dates_around_story(self, state: ParseState) -> frozenset[dt.date]:
        """The dates spelled out whole (:meth:`spelled_dates`) in the text before the story's first
        body line (the header: headline, standfirst, stamps) and in the page's captions, which
        :meth:`read_as_spelled_date` weighs a stamp against; the story's paragraphs are left out.

        .. versionadded:: 0.2 (rvl70)"""
        header = state.text[: state.body[0].span.start] if state.body else state.text
        found = set(self.spelled_dates(header))
        for caption in state.captions:
            found.update(self.spelled_dates(caption.text))
        return frozenset(found)

    def spelled_dates(self, text: str) -> frozenset[dt.date]:
        """The dates *text* spells out whole, a month's name (``Vocabulary.MONTHS``) with its day
        and a year of four digits, in either order (``February 9, 2026``, ``Feb. 9 2026``, ``9
        February 2026``): :meth:`read_as_spelled_date` weighs a stamp's numeric date against them.

        .. versionadded:: 0.2 (mendLT70)"""
        found: set[dt.date] = set()
        for match in self._spelled_date.finditer(text):
            month = self.vocabulary.month_number(match["month"] or match["month2"])
            day, year = int(match["day"] or match["day2"]), int(match["year"] or match["year2"])
            if month is None:
                continue
            try:
                found.add(dt.date(year, month, day))
            except ValueError:
                continue  # (no such day: "February 30, 2026")
        return frozenset(found)

    def drop_astray_stamps(self, state: ParseState, names: Sequence[str]) -> None:
        """File the stamps *names* (attribute names of *state*: the ``published`` one, as
        :meth:`read_as_dateline` calls it), numeric dates that read both ways with neither near the
        date the dateline spells out
        (``Published: 04/05/2026`` over ``PARIS, June 2 (AFP) -``: neither 4 May nor 5 April), as
        boilerplate ``timestamp``, not the article's: no order can be told, and a wrong date is worse
        than none.  A stamp the page shows the order of (``TimestampParser.written_order``: ``Updated
        13/04/2026`` above or below it) keeps its reading.

        .. versionadded:: 0.2 (fixL60)"""
        stamps = [stamp for stamp in (state.published, state.updated) if stamp is not None]
        if not names or any(self.timestamps.written_order(stamp) is not None for stamp in stamps):
            return
        for name in names:
            stamp: Timestamp = getattr(state, name)
            state.boilerplate.append(Boilerplate(stamp.text, BoilerplateKind.TIMESTAMP.value, stamp.span))
            setattr(state, name, None)

    def dateline_date(self, state: ParseState) -> tuple[int, int] | None:
        """The month and day of the date the article's dateline gives (the first body line's,
        else the one read in the header), or ``None`` when it gives none.

        .. versionadded:: 0.2"""
        found = self.dateline_at(state, state.body[0].span) if state.body else None
        found = found or state.dateline
        if found is None or found.date is None:
            return None
        return found.date.month, found.date.day

    def dateline_year_date(self, state: ParseState) -> dt.date | None:
        """The date a dateline written without a year takes its year from: the ``published``
        stamp's, else the parse's reference date.  A stamp whose numeric date reads both ways
        (``Published: 12/05/2026``) and lies, as read, more than :attr:`DATELINE_STAMP_DAYS` from
        the date the dateline spells out (``SYDNEY, Dec 5 (AAP) -`` under a ``dayfirst`` given to
        the parser: 12 May) may be read the wrong way round, and its year would date the dateline a
        year off (5 December 2025): it gives none (fixR60); a wrong year is worse than none.

        .. versionadded:: 0.2"""
        stamp = state.published
        if stamp is None:
            return state.reference_date
        when = stamp.datetime
        if self.timestamps.reversed_reading(stamp.text, when, given=True) is None:
            return when.date()  # (reads one way only)
        if self.timestamps.written_order(stamp) is not None:
            return when.date()  # (shows its own order: a weekday)
        dated = self.dateline_date(state)
        if dated is None or self.near_date(when, *dated):
            return when.date()
        return state.reference_date

    def near_date(self, when: dt.datetime, month: int, day: int) -> bool:
        """Whether *when* falls within :attr:`DATELINE_STAMP_DAYS` of *month* and *day* in
        *when*'s year (or the year either side, at the turn of a year).

        .. versionadded:: 0.2"""
        for year in (when.year - 1, when.year, when.year + 1):
            try:
                other = dt.date(year, month, day)
            except ValueError:
                continue
            if abs((when.date() - other).days) <= self.DATELINE_STAMP_DAYS:
                return True
        return False

    def zone_writes_day_first(self, text: str, stamps: Sequence[Timestamp]) -> bool:
        """Whether a stamp of the page is written in its own zone where the day comes first
        (``TimestampParser.in_day_first_zone``: ``12/03/2025 14:05 GMT``, Britain's clock) and the
        page's other signs do not say otherwise: that zone counts as a day-first sign
        (``Vocabulary.DAY_FIRST_SIGNS``) that needs no other, and the page shows no more
        month-first signs than day-first ones with it (``color``, ``$`` keep an American page's
        ``07/03/2024 17:40 GMT`` 3 July).

        .. versionadded:: 0.2"""
        if not any(self.timestamps.in_day_first_zone(stamp) for stamp in stamps):
            return False
        day, month = self.timestamps.vocabulary.date_order_signs(text)
        return day + 1 > month

    def embedded_post_dates(self, lines: Sequence[Line]) -> list[dt.date]:
        """The dates with a year on the lines that sign an embedded post (``— Jane Roe
        (@janeroe) November 18, 2019``, as a social network's embed prints it when the page is
        copied as text), in order; only lines with ``(@`` in them meet the pattern."""
        dates: list[dt.date] = []
        for line in lines:
            text = line.text
            if "(@" not in text or len(text) > self.EMBED_LINE_CHARS:
                continue
            sign_off = _EMBED_SIGN_OFF.match(text)
            if sign_off is None:
                continue
            stamp = self.timestamps.find(sign_off["date"], line.span.start + sign_off.start("date"), None)
            if stamp is not None:
                dates.append(stamp.datetime.date())
        return dates

    def build(self, state: ParseState) -> Article:
        """The :class:`~newsparse.Article` from a finished *state*: paragraphs, the dateline off
        the first one, captions grouped, quotes.  A subclass that adds a part returns its own
        ``Article`` subclass from here."""
        # many paragraphs are packed as they come (Paragraphs), not held as objects
        paragraphs = Paragraphs.of(state.text, self.body.stream(state.body, page=state.lines))
        # a dateline without a year takes it from the article's own publication date
        dated = self.dateline_year_date(state)
        # (a JSON record's strings read with their escapes written as what they stand for)
        reading: JsonReading | None = None
        if state.keyed_body and "\\" in state.text:
            from .jsontext import JsonReading  # (a JSON record's reader, imported when first needed)

            reading = JsonReading.of(state.text)
        dateline, paragraphs = self.read_dateline(state.text, paragraphs, dated)
        if dateline is None and reading is not None:
            dateline, paragraphs = self.json_dateline(state.text, reading, paragraphs, dated)
        dateline = self.header_dateline_or(state, dateline)
        captions = self.captions.group(state.captions)
        byline = self.folded_authors(self.outlet_before_author(state.byline, captions))
        context = [p.span for p in ((state.headline,) if state.headline else ())]
        # every print of a caption: two prints may differ in case, and a title-case print names
        # organisations only ("Fire Chief Mariana Okafor Briefs ..." over "Fire chief Mariana ...")
        context += [span for caption in captions for span in caption.spans]
        # the byline and sign-offs: lines the layout read, never a speaker's line ("- Mark Twain")
        furniture = [state.byline.span] if state.byline is not None else []
        furniture += [b.span for b in state.boilerplate if b.kind in self.FURNITURE_KINDS]
        paragraphs = self.let_go_of_lines(state, paragraphs)
        # (a feed's copy with its HTML character references left in: "Hawthorne &amp; Division", read as "&")
        entities = self.entity_reading(state.text) if reading is None else None
        quotes = self.quotes.parse(
            reading.text if reading is not None else entities.text if entities is not None else state.text,
            paragraphs,
            context=context,
            headline=state.headline.span if state.headline else None,
            furniture=furniture,
        )
        headline = state.headline
        if reading is not None:
            quotes = self.json_quotes(state.text, quotes, reading)
        elif entities is not None:
            quotes = self.entity_quotes(state.text, quotes, entities)
            headline = self.entity_headline(headline)
        return Article(
            text=state.text,
            section=state.section,
            section_span=state.section_span,
            headline=headline,
            byline=byline,
            dateline=dateline,
            published=state.published,
            updated=state.updated,
            captions=captions,
            paragraphs=Paragraphs.of(state.text, paragraphs),
            quotes=quotes,
            boilerplate=self.in_order(state.boilerplate),
        )

    def json_dateline(
        self, text: str, reading: JsonReading, paragraphs: Sequence[Paragraph], reference_date: dt.date | None
    ) -> tuple[Dateline | None, Sequence[Paragraph]]:
        """:meth:`read_dateline` for a JSON record's *text* whose first paragraph holds escapes, read
        in its *reading* (:class:`~newsparse.jsontext.JsonReading`: ``PARIS (AFP) \\u2014 The
        council ...``): the dateline's span out to whole escapes, its text the input as written (a
        dateline's text is its span's slice), its place and agency as read; the rest of the
        paragraph its text unescaped.  *paragraphs* as they are when none opens it.

        .. versionadded:: 0.2"""
        from .jsontext import ESCAPE_PADDING, json_unescaped  # (a JSON record's reader, imported when first needed)

        if not paragraphs:
            return None, paragraphs
        first = paragraphs[0]
        found = self.dateline.parse(reading.text, first.span, reference_date)
        if found is None:
            return None, paragraphs
        span = reading.widened(found.span)
        place = None if found.place is None else found.place.replace(ESCAPE_PADDING, "")
        agency = None if found.agency is None else found.agency.replace(ESCAPE_PADDING, "")
        dateline = Dateline(place, agency, found.date, span.slice(text), span)
        rest = split_lines(text[span.end : first.span.end])
        if not rest or not joined_text(split_lines(json_unescaped(joined_text(rest)) or "")):
            return dateline, paragraphs[1:]
        start = span.end + rest[0].span.start
        raw = text[start : first.span.end]
        remainder = Paragraph(joined_text(split_lines(json_unescaped(raw) or raw)), Span(start, first.span.end))
        if isinstance(paragraphs, Paragraphs):
            return dateline, Paragraphs.of(text, itertools.chain((remainder,), paragraphs[1:]))
        return dateline, (remainder, *paragraphs[1:])

    @staticmethod
    def entity_reading(text: str) -> EntityReading | None:
        """The reading of *text* that the quote finder is given when *text* holds HTML character
        references (``&amp;``, ``&#8220;``, ``&rsquo;``: a feed's copy pasted as it came), each
        written as what it stands for with the input's offsets kept
        (:class:`~newsparse.entities.EntityReading`): ``Shop owners along Hawthorne &amp; Division
        said`` is read as ``... Hawthorne & Division said``, never a clause after ``amp;``;
        ``None`` when it holds none.

        .. versionadded:: 0.2 (mendQT69)"""
        if "&" not in text:
            return None
        from .entities import EntityReading  # (a feed's reader, imported when first needed)

        return EntityReading.of(text) if EntityReading.holds_references(text) else None

    @staticmethod
    def entity_headline(headline: Headline | None) -> Headline | None:
        """*headline* with the HTML character references of its text read as what they stand for
        (:func:`~newsparse.entities.entities_unescaped`: ``Q&amp;A: What the budget means`` reads
        ``Q&A: What the budget means``, ``&#8216;We lost everything&#8217;`` its quotation marks), its
        span still the input's line as written; called when the text holds references
        (:meth:`entity_reading`).

        .. versionadded:: 0.2 (fixL70)"""
        from .entities import entities_unescaped  # (a feed's reader, imported when first needed)

        if headline is None or "&" not in headline.text:
            return headline
        return attrs.evolve(headline, text=entities_unescaped(headline.text))

    @staticmethod
    def entity_quotes(text: str, quotes: Sequence[Quote], reading: EntityReading) -> Sequence[Quote]:
        """*quotes*, found in the *reading* of *text* with its HTML character references read
        (:meth:`entity_reading`), with the input's spans, each edge out of any reference it fell in,
        a quote's text and a speaker's mention their slices of the input with the references read
        (:func:`~newsparse.entities.entities_unescaped`), whitespace collapsed, as a JSON record's
        are (:meth:`json_quotes`); a speaker's name as read.

        .. versionadded:: 0.2 (mendQT69)"""
        from .entities import entities_unescaped  # (a feed's reader, imported when first needed)

        return ArticleParser.quotes_read_back(
            text, quotes, reading, lambda span: collapse(entities_unescaped(span.slice(text)))
        )

    @staticmethod
    def json_quotes(text: str, quotes: Sequence[Quote], reading: JsonReading) -> Sequence[Quote]:
        """*quotes*, found in the *reading* of a JSON record's *text* (its escapes written as what
        they stand for: :class:`~newsparse.jsontext.JsonReading`), with the input's spans, each
        edge out of any escape it fell in, a quote's text and a speaker's mention their slices of
        the input unescaped (:func:`~newsparse.jsontext.json_unescaped`), whitespace collapsed (the
        contract of docs/model.md); a speaker's name as read.

        .. versionadded:: 0.2"""
        from .jsontext import json_unescaped  # (a JSON record's reader, imported when first needed)

        def written(span: Span) -> str:
            raw = span.slice(text)
            return collapse(json_unescaped(raw) or raw)

        return ArticleParser.quotes_read_back(text, quotes, reading, written)

    @staticmethod
    def quotes_read_back(
        text: str, quotes: Sequence[Quote], reading: JsonReading | EntityReading, written: Callable[[Span], str]
    ) -> Sequence[Quote]:
        """*quotes*, found in a *reading* of *text* that writes its escapes or references as what
        they stand for (:meth:`json_quotes`, :meth:`entity_quotes`), with the input's spans, each
        edge out of any escape it fell in (the reading's ``widened``), a quote's text and a
        speaker's mention as *written* gives them from their spans; a speaker's name as read.

        .. versionadded:: 0.2 (round 69's merge: one loop for the two readings)"""
        out = QuoteList(text, ())
        for quote in quotes:
            span = reading.widened(quote.span)
            speaker = quote.speaker
            if speaker is not None and speaker.span is not None:
                where = reading.widened(speaker.span)
                speaker = attrs.evolve(speaker, span=where, mention=written(where))
            out.append(attrs.evolve(quote, span=span, text=written(span), speaker=speaker))
        return out.freeze()

    def let_go_of_lines(self, state: ParseState, paragraphs: Sequence[Paragraph]) -> Sequence[Paragraph]:
        """*paragraphs*, kept by their spans (:class:`~newsparse.spans.Paragraphs`, each built
        when read), with :attr:`ParseState.lines` and :attr:`ParseState.body` emptied, when the
        text has :attr:`LET_GO_FROM` characters or more; *paragraphs* as they are otherwise.
        :meth:`build` calls it once the paragraphs are made, before the quotes are read: a line's
        text and its paragraph's are a copy of the input, and while the quote parser reads a text
        with invisible characters it holds two more (the text without them and the paragraph
        without them), so that a text of one long line of emoji (four bytes a character) held
        four copies at once.  The article's paragraphs are the same; a subclass that reads
        ``state.lines`` after :meth:`build` on such a text overrides this to keep them.

        .. versionadded:: 0.2"""
        if len(state.text) < self.LET_GO_FROM:
            return paragraphs
        packed = paragraphs if isinstance(paragraphs, Paragraphs) else Paragraphs(state.text, paragraphs)
        state.lines = ()
        state.body = LineList(state.text)
        return packed

    @staticmethod
    def folded_authors(byline: Byline | None) -> Byline | None:
        """*byline* with each author's whitespace folded to one space (``Jane\u00a0Roe`` ->
        ``Jane Roe``), as a speaker's name is: a name is compared and joined as words, whatever
        blank the page printed between them; the byline's ``text`` stays as written.

        .. versionadded:: 0.2"""
        if byline is None or all(" ".join(author.split()) == author for author in byline.authors):
            return byline
        return attrs.evolve(byline, authors=tuple(" ".join(author.split()) for author in byline.authors))

    def outlet_before_author(self, byline: Byline | None, captions: Sequence[Caption]) -> Byline | None:
        """*byline* with the outlet that opens its one author's name taken out, as the agency,
        when a caption of the article credits that outlet and it is no person's name (one word:
        ``Ouest-France Marion Le Goff`` with ``Photo : Ouest-France`` under a picture gives the
        author ``Marion Le Goff`` and the agency ``Ouest-France``), and the words after it are a
        person's name (:meth:`BylineParser.is_name`, :meth:`BylineParser.starts_name`); with no
        such credit, when a known given name tells where the name starts after words that read as
        an outlet (:meth:`BylineParser.outlet_before_name`: ``El Tiempo Ana María López``).  A
        byline with an agency, or authors, already is left as it is.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 an author's note that opens the last line keeps the byline."""
        if byline is None or byline.agency is not None or len(byline.authors) != 1:
            return byline
        author = byline.authors[0]
        for caption in captions:
            credit = caption.credit
            if not credit or len(credit.split()) != 1 or not author.startswith(credit + " "):
                continue
            rest = author[len(credit) :].strip()
            if self.byline.is_name(rest) and self.byline.starts_name(rest):
                return attrs.evolve(byline, authors=(rest,), agency=credit)
        split = self.byline.outlet_before_name(author)  # "El Tiempo Ana María López": no credit needed
        return byline if split is None else attrs.evolve(byline, authors=(split[1],), agency=split[0])

    def header_dateline_or(self, state: ParseState, dateline: Dateline | None) -> Dateline | None:
        """The article's dateline: *dateline*, the one the first paragraph opens with, else the one
        the header read before a stamp (:meth:`place_before_stamp`); when the paragraph has its
        own, the header's place is filed as boilerplate ``other``, as a line's head before a stamp is.

        .. versionadded:: 0.2"""
        header = state.dateline
        if header is None or dateline is None:
            return dateline or header
        place = header.text.rstrip(", \t")  # (filed without its comma, as file_line_head files a head)
        filed = Line(place, Span(header.span.start, header.span.start + len(place)), 0, False)
        state.add_boilerplate(filed, BoilerplateKind.OTHER)
        return dateline

    @staticmethod
    def in_order(boilerplate: Sequence[Boilerplate]) -> Sequence[Boilerplate]:
        """The boilerplate lines in input order.  They are found mostly in order, so a pass that
        finds them sorted spares the sort and its comparisons of spans.  A parse's own
        :class:`~newsparse.spans.BoilerplateList` of many lines gives them up compactly (and is left
        empty)."""
        if isinstance(boilerplate, BoilerplateList) and len(boilerplate) >= BoilerplateLines.COMPACT_FROM:
            return boilerplate.freeze()
        pairs = itertools.pairwise(line.span for line in boilerplate)
        if all(a.start < b.start or (a.start == b.start and a.end <= b.end) for a, b in pairs):
            return tuple(boilerplate)
        return tuple(sorted(boilerplate, key=lambda b: b.span))

    def stacked_section(self, state: ParseState) -> int:
        """A section path printed one label a line over the headline (``National`` / ``NSW`` /
        ``Bushfires``, :meth:`SectionParser.parse_stack`), when no label is boilerplate, the
        headline reads as one and a byline or a stamp follows it (:meth:`header_goes_on`): the
        kicker's lines are claimed and the header starts under them; else 0."""
        stack = self.section.parse_stack(state.lines)
        if stack is None:
            return 0
        section, count = stack
        lines = state.lines
        if any(self.classify_boilerplate(line) is not None for line in lines[: count + 1]):
            return 0
        if not self.headline.is_candidate(lines[count]) or self.timestamps.has_clock(lines[count].text):
            return 0
        if not self.header_goes_on(state, count + 1):
            return 0
        state.section, state.section_span = section.labels, section.span
        return count

    def label_before_bar(self, state: ParseState) -> bool:
        """Whether the first line is a short label in capitals, a bar and the headline
        (``EXCLUSIVE | Stocks slide as oil tops $100``, :data:`_LABEL_BAR`): the label of at most
        :attr:`BAR_LABEL_WORDS` words, no agency and no boilerplate, the rest a bare headline
        (:meth:`is_bare_headline`) not in capitals with more words than the label, the line no path of
        labels (:meth:`SectionParser.split`: ``UK | Politics``), over a blank line or the rest of the
        header (:meth:`header_goes_on`).  The label is the section, the rest the headline.

        .. versionadded:: 0.2"""
        lines = state.lines
        first = lines[0]
        found = _LABEL_BAR.fullmatch(first.span.slice(state.text), 0, None, KEEP_GIL)
        if found is None or self.section.split(first.text) is not None:
            return False
        label, rest = found["label"], found["rest"].rstrip()
        if len(label.split()) > self.BAR_LABEL_WORDS or self.vocabulary.is_agency(label) or self.boilerplate.kind(label):
            return False
        if rest.isupper() or len(rest.split()) <= len(label.split()):
            return False
        start = first.span.start
        at = start + found.start("rest")
        line = Line(rest, Span(at, at + len(rest)), first.indent, first.blank_before)
        if len(lines) > 1 and not (lines[1].blank_before or self.header_goes_on(state, 1)):
            return False
        if not self.headline.is_candidate(line) or self.classify_boilerplate(line) is not None:
            return False
        if self.byline.has_prefix(rest) or self.timestamps.has_clock(rest) or self.dateline_at(state, line.span):
            return False
        state.section, state.section_span = (label,), Span(start + found.start("label"), start + found.end("label"))
        state.headline = Headline(rest, line.span)
        return True

    def section_pair(self, state: ParseState) -> int:
        """A section and its subsections one label a line over the headline, all in one block
        (``Business`` / ``Markets`` / ``Oil slides as OPEC+ weighs deeper cuts``; ``News`` / ``UK`` /
        ``Politics`` / the headline): two to :attr:`KICKER_STACK_LINES` first lines, each one label
        (:meth:`SectionParser.split`; under the first, a column's name in title case after a
        determiner too, :meth:`is_stacked_column`: ``Opinion`` / ``The Big Read``), no boilerplate,
        no credit and no person's name (``Opinion`` / ``Jane Roe`` / the headline: a columnist's
        name), the last no three words in capitals after a determiner
        (:meth:`SectionParser.is_column_name`: ``ARTS`` / ``THE LONG GOODBYE`` / a standfirst is a
        kicker over a headline in capitals), over a headline as :meth:`is_bare_headline` reads one,
        longer than each, that a byline, a stamp or a reading time follows (:meth:`header_goes_on`,
        :meth:`is_reading_time`: ``Climate`` / ``EXCLUSIVE`` / the headline / ``5 min read``), that
        ends its block, or that ends no sentence over a line of running text that ends one; a
        headline wrapped onto the next line (:meth:`headline_wraps_at`: ``Oil slides as OPEC+ weighs
        deeper`` / ``cuts after a week of losses``) is read so from its second line.  The most
        kicker lines that read so win (``News`` / ``UK`` / ``Politics``: no headline ``Politics``).
        The section is the labels, its span their lines; returns the lines claimed, else 0.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 up to :attr:`KICKER_STACK_LINES` labels; a reading time under the headline."""
        for count in range(self.KICKER_STACK_LINES, 1, -1):  # (the most lines first: "UK" is no headline)
            labels = self.kicker_stack(state, count)
            if labels is not None:
                lines = state.lines
                state.section, state.section_span = labels, Span(lines[0].span.start, lines[count - 1].span.end)
                return count
        return 0

    def kicker_stack(self, state: ParseState, count: int) -> tuple[str, ...] | None:
        """The labels of the first *count* lines when they are the kicker over the headline on
        ``lines[count]`` as :meth:`section_pair` reads one; else ``None``.

        .. versionadded:: 0.2"""
        lines = state.lines
        if len(lines) < count + 2 or any(line.blank_before for line in lines[1 : count + 1]):
            return None
        headline = lines[count]
        labels: list[str] = []
        for position, line in enumerate(lines[:count]):
            found = self.section.split(line.text)
            if found is None and position > 0 and self.is_stacked_column(line.text):
                found = (line.text.strip(),)  # "Opinion" / "The Big Read": a column's name under the kicker
            if found is None or len(found) != 1 or not self.section.is_followed_by_headline(line, headline):
                return None
            if self.classify_boilerplate(line) is not None or self.is_credit(line):
                return None
            if position > 0 and self.byline.names.is_name(line.text.strip()):
                return None
            labels.append(found[0])
        if not self.is_bare_headline(state, count):
            return None
        if self.section.is_column_name(lines[count - 1].text):
            return None  # "ARTS" / "THE LONG GOODBYE" / a standfirst: a headline in capitals under the kicker
        after = count + (2 if self.headline_wraps_at(state, count) else 1)  # the line under the headline
        if after < len(lines):
            story = not ends_sentence(lines[after - 1].text) and ends_sentence(lines[after].text) and self.is_prose(lines, after)
            below = lines[after]
            if not (
                below.blank_before
                or story
                or self.header_goes_on(state, after)
                or self.is_reading_time(below.text)
                or self.standfirst_over_signature(state, after)
            ):
                return None  # (the headline ends its block, or the story's running text follows it)
        return tuple(labels)

    def standfirst_over_signature(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, the line under a headline under stacked kicker lines
        (:meth:`kicker_stack`), is a standfirst over the signature: in the headline's block, no
        label (:meth:`SectionParser.split` reads it as no one label), no byline nor stamp itself, a
        line that may be a headline (:meth:`HeadlineParser.is_candidate`), and a byline or a stamp
        right under it (:meth:`header_goes_on`: ``News`` / ``Ireland`` / the headline / ``Tenants say
        damp and mould have gone unaddressed for years`` / ``Ciarán Ó Briain``), fixT55b.

        .. versionadded:: 0.2"""
        lines = state.lines
        if index + 1 >= len(lines) or lines[index].blank_before or lines[index + 1].blank_before:
            return False
        line = lines[index]
        found = self.section.split(line.text)
        if found is not None and len(found) == 1:
            return False  # ("News" / "Ireland" / "Politics" / ...: a label, read as one by the longer stacks)
        if self.header_goes_on(state, index) or not self.headline.is_candidate(line):
            return False
        return self.header_goes_on(state, index + 1)

    def is_stacked_column(self, text: str) -> bool:
        """Whether *text* is a column's name in title case: three words, a determiner of the
        vocabulary's ``ARTICLES`` and two capitalised words (``The Big Read``, ``The Long Read``),
        which :meth:`SectionParser.split` leaves to the headline on its own but which is a label
        under another kicker over a longer headline (:meth:`kicker_stack`).

        .. versionadded:: 0.2"""
        words = text.split()
        if len(words) != 3 or not self.vocabulary.is_article(words[0]) or text.isupper():
            return False
        return all(word[:1].isupper() and word.isalpha() for word in words)

    def crumb_over_label(self, state: ParseState) -> int:
        """A breadcrumb on the first line (:meth:`SectionParser.is_breadcrumb
        <newsparse.SectionParser.is_breadcrumb>`, or a path that opens with one of
        :attr:`SectionParser.HOME_LABELS <newsparse.SectionParser.HOME_LABELS>`: ``Home / Politics /
        Elections``) over the section's label alone on its line (``ELECTIONS``, ``Local News``: one
        label, no boilerplate, no person's name, no sentence) over a headline with more words than the
        label, that a byline or a stamp or the story's running text follows.  The breadcrumb is the
        section, the label under it boilerplate ``other`` (the section printed again as a heading);
        returns the lines claimed (2), else 0.

        .. versionadded:: 0.2"""
        lines = state.lines
        if len(lines) < 4:
            return 0
        crumbs = self.section.split(lines[0].text)
        if crumbs is None or len(crumbs) < 2 or self.section.is_home_only(crumbs):
            return 0
        if not (self.section.is_breadcrumb(lines[0].text, crumbs) or crumbs[0].casefold() in self.section.HOME_LABELS):
            return 0
        label, headline = lines[1], lines[2]
        found = self.section.split(label.text)
        if found is None or len(found) != 1 or ends_sentence(label.text) or self.byline.names.is_name(label.text.strip()):
            return 0
        if any(self.classify_boilerplate(line) is not None for line in lines[:3]):
            return 0
        if not self.headline.is_candidate(headline) or self.timestamps.has_clock(headline.text):
            return 0
        if len(headline.text.split()) <= len(label.text.split()) or self.dateline_at(state, headline.span):
            return 0
        if not (self.header_goes_on(state, 3) or self.is_prose(lines, 3)):
            return 0
        state.section, state.section_span = self.section.without_home(crumbs), lines[0].span
        state.add_boilerplate(label, BoilerplateKind.OTHER)
        return 2

    def headline_wraps_at(self, state: ParseState, index: int) -> bool:
        """Whether the headline on ``lines[index]`` goes on on the next line of its block, as the
        headline rule joins them (:meth:`HeadlineParser.continues`: ``... weighs deeper`` / ``cuts
        after a week of losses``), that line no byline and no stamp (:meth:`header_stops_at`).

        .. versionadded:: 0.2"""
        lines = state.lines
        if index + 1 >= len(lines) or lines[index + 1].blank_before:
            return False
        return self.headline.continues(lines[index], lines[index + 1]) and not self.header_stops_at(state, index + 1)

    def masthead_section(self, state: ParseState) -> int:
        """A page copied with its masthead over the kicker: a short label alone in the first
        block (``City Herald``, ``The Hindu``: one label) over a kicker (``Local``, ``NATIONAL``,
        ``WORLD / EUROPE``) over the headline, which a byline or a stamp follows
        (:meth:`header_goes_on`).  The masthead is boilerplate ``other``, the kicker the section,
        and the headline the line under it; returns the lines claimed (2), else 0."""
        lines = state.lines
        if len(lines) < 4 or not lines[1].blank_before:
            return 0
        labels = self.section.split(lines[0].text)
        if labels is None or len(labels) != 1:
            return 0
        section = self.section.parse(lines, 1)
        if section is None or any(self.classify_boilerplate(line) is not None for line in lines[:3]):
            return 0
        headline = lines[2]
        if not self.headline.is_candidate(headline) or self.timestamps.has_clock(headline.text):
            return 0
        if self.dateline_at(state, headline.span) is not None or not self.header_goes_on(state, 3):
            return 0
        state.add_boilerplate(lines[0], BoilerplateKind.OTHER)
        state.section, state.section_span = section.labels, section.span
        return 2

    def masthead_stack_over_stamp(self, state: ParseState) -> int:
        """A page copied with its site's name, the kicker and the headline in one block over the
        stamp line (``The Local Sweden`` / ``News`` / the headline / ``Published: 9 March 2026 10:14
        CET``: :meth:`header_timestamps`): the name up to :attr:`MASTHEAD_WORDS` capitalised words
        ending no sentence, no section label of its own, no boilerplate, and neither it nor the
        kicker a person's name (``NameModel.is_name``: ``Opinion`` / ``Jane Roe`` is a kicker and a byline); the kicker
        one section label (``SectionParser.parse``); the headline the line over the stamp, a
        candidate with more words than either, no more than :attr:`MASTHEAD_HEADLINE_MAX_WORDS`,
        and no clock.  The name is boilerplate ``other``, the kicker the section; returns the
        lines claimed (2), else 0.

        .. versionadded:: 0.2 (fixT57a)"""
        lines = state.lines
        if len(lines) < 5 or any(line.blank_before for line in lines[1:4]):
            return 0
        name, headline = lines[0], lines[2]
        words = name.text.split()
        if not words or len(words) > self.MASTHEAD_WORDS or not all(w[:1].isupper() for w in words) or name.text[-1] in ".!?:":
            return 0
        if len(headline.text.split()) <= max(len(words), len(lines[1].text.split())):
            return 0
        if len(headline.text.split()) > self.MASTHEAD_HEADLINE_MAX_WORDS:
            return 0  # "Harbour Plan Approved" / "Politics" / a deck of a long sentence: the title over its deck
        if any(self.classify_boilerplate(line) is not None for line in lines[:3]):
            return 0
        if self.section.split(name.text) is not None or any(self.byline.names.is_name(line.text) for line in lines[:2]):
            return 0  # "Opinion" / "Jane Roe" / the headline: a kicker over a columnist's name, no site's name
        section = self.section.parse(lines, 1)
        if section is None or len(section.labels) != 1:
            return 0
        if not self.headline.is_candidate(headline) or self.timestamps.has_clock(headline.text):
            return 0
        if self.header_timestamps(state, 3, True) == 0 or self.dateline_at(state, headline.span) is not None:
            return 0
        state.add_boilerplate(name, BoilerplateKind.OTHER)
        state.section, state.section_span = section.labels, section.span
        return 2

    #: The most words of an outlet's name under the kicker that :meth:`kicker_over_masthead` reads.
    #:
    #: .. versionadded:: 0.2
    MASTHEAD_WORDS: ClassVar[int] = 4
    #: The most words of the headline under a site's name and the kicker that
    #: :meth:`masthead_stack_over_stamp` reads; a longer line is the deck under a headline of a few
    #: capitalised words (``Harbour Plan Approved`` / ``Politics`` / ``Council votes five to two to
    #: back the scheme despite objections from residents``), no site's name over it.
    #:
    #: .. versionadded:: 0.2 (fixR57)
    MASTHEAD_HEADLINE_MAX_WORDS: ClassVar[int] = 12

    def kicker_over_masthead(self, state: ParseState) -> int:
        """A page copied with the kicker over the site's name in the first block (``Middle-East`` /
        ``Arab News``), maybe under a stamp line of its own (``Updated 03 June 2025``, in the block or
        over it), then the
        headline alone in its block (ending no sentence, more words than the labels) and the story's
        running text under it after a blank line: the kicker is the section, the site's name
        boilerplate ``other``, the headline the line under them.  The name is up to
        :attr:`MASTHEAD_WORDS` capitalised words ending in an outlet's word
        (``BylineParser.is_outlet_word``: ``News``, ``Times``), the kicker one label that does not;
        returns the lines claimed, else 0 (fixT56a).

        .. versionadded:: 0.2"""
        lines = state.lines
        at = 1 if len(lines) > 1 and self.header_timestamps(state, 0, True) == 1 else 0
        if len(lines) < at + 4 or lines[at + 1].blank_before or not lines[at + 2].blank_before:
            return 0
        kicker, name, title = lines[at], lines[at + 1], lines[at + 2]
        labels = self.section.split(kicker.text)
        words = name.text.split()
        if labels is None or len(labels) != 1 or not words or len(words) > self.MASTHEAD_WORDS:
            return 0
        if not all(w[:1].isupper() for w in words) or not self.byline.is_outlet_word(words[-1]):
            return 0
        if self.byline.is_outlet_word(kicker.text.split()[-1]) or ends_sentence(title.text):
            return 0
        if len(title.text.split()) <= max(len(words), len(kicker.text.split())) or not self.is_bare_headline(state, at + 2):
            return 0
        if not lines[at + 3].blank_before or not self.is_prose(lines, at + 3):
            return 0
        if at:
            self.header_timestamps(state, 0, False)
        state.add_boilerplate(name, BoilerplateKind.OTHER)
        state.section, state.section_span = labels, kicker.span
        return at + 2

    def read_section(self, state: ParseState) -> int:
        """Read the kicker on the first line; return where the header starts.  The line under it
        must read as a headline: a candidate, not boilerplate, with no clock time in it."""
        lines = state.lines
        if len(lines) < 2:
            return 0
        if self.name_over_stamp(state, 0):
            return 0  # "Jane Roe" / "3 min read" / the title: the author's name, no kicker over page furniture
        if self.section_over_field(state):
            return 1
        if self.section_of_stamp(state) or self.section_before_stamp(state) or self.section_after_stamp(state):
            return 1
        if self.show_line(state) or self.slogan_over_title(state) or self.topic_over_headline(state):
            return 1  # (mendLT68: "Heard on All Things Considered", a masthead's slogan, "Election 2026")
        if self.score_over_headline(state):
            return 1  # ("Arsenal 2-1 Chelsea" / the match report's title / "By ...": the result is its kicker, fixL71)
        if self.home_crumb(state):
            return 1
        if self.label_before_bar(state):
            return 1
        if self.name_over_role(state, 0):
            return 0  # "Ben Silverman" / "Games Editor" / the title: a byline, no section pair
        stacked = (
            self.stacked_section(state)
            or self.section_pair(state)
            or self.crumb_over_label(state)
            or self.masthead_section(state)
            or self.masthead_stack_over_stamp(state)
            or self.kicker_over_masthead(state)
            or self.kicker_under_navigation(state)
            or self.kicker_under_furniture(state)
            or self.kicker_over_furniture(state)
        )
        if stacked:
            return stacked
        if self.kicker_over_signature(state):
            return 1
        section = self.section.parse(lines, 0)
        if (
            section is not None and len(section.labels) == 1 and self.classify_boilerplate(lines[0]) is not None
            and not self.section_noun_over_byline(state, 2)
        ):
            return 0  # ("Advertisement", "Menu" over the headline: page furniture, no section)
        if section is None and (
            self.kicker_over_standfirst(state) or self.section_over_headline(state) or self.section_over_short_title(state)
            or self.event_over_headline(state)
            or self.masthead_named_again(state) or self.kicker_over_title(state)
        ):
            state.section, state.section_span = (lines[0].text,), lines[0].span
            return 1
        if section is not None and self.credit_opens_text(state, 0):
            return 0  # "Jo Li/Getty Images" over the headline: a credit, not a section path
        at = self.section.headline_index(lines, 0)
        below = lines[at]  # (past a date line: "Tuesday 5 March 2024")
        # (or a date line over the story: "Home > Recipes" / "May 12, 2025" / the first paragraph; or a
        # headline of short sentences that a byline or a stamp follows, as the headline rule reads one:
        # "Opinion" / "Our town doesn't need a garage. It needs buses." / "By Jane Roe")
        readable = (
            self.headline.is_candidate(below)
            or self.headline.is_reported_sentence(below.text)  # ("WORLD" / "..., officials said.": a kicker over the lede)
            or self.section.is_date_line(below.text)
            or (self.headline.is_short_sentences(below) and self.header_goes_on(state, at + 1))
        )
        if section is None or not readable or self.classify_boilerplate(below):
            return 0
        if self.name_over_role(state, 0) or self.name_over_stamp(state, 0):
            return 0  # "Jane Roe" / "Staff Writer" or "March 3, 2025": a byline, no kicker over a headline
        if len(section.labels) == 1 and self.name_over_title(state):
            found = self.byline.parse_bare(lines[0])
            if found is not None:  # "Jane Roe" / the title / blank / the story: the author, no kicker
                state.byline = self.every_signed_name(found, lines[0])
                return 1
        if self.name_beside_stamp(state, section.labels):
            return 0  # "Jane Roe · March 3, 2025": the author and the date, no section path
        if self.timestamps.has_clock(below.text):  # a date line under a title is no headline
            return 0
        if self.dateline_at(state, below.span) is not None or self.place_date_line(state, at):
            return 0
        if self.headline_over_stamp(state, section.labels) or self.name_over_story(state, section.labels):
            return 0
        if self.word_over_story(state, section.labels):
            return 0  # "Lockdown" over the story's first sentence: the only title, the headline
        state.section, state.section_span = section.labels, section.span
        return 1

    def place_date_line(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a place, a comma and a stamp that ends the line, as a page
        prints where and when it filed under the headline (``Wien, 14. Jänner 2025``): a dateline's
        line, never the headline under a kicker (:meth:`read_section`).  The place is one to
        ``DatelineParser.STAMP_PLACE_WORDS`` words, each opening with a capital, and no weekday,
        agency or name that opens with a given name (``Jane Roe, 14 March 2025``).

        .. versionadded:: 0.2"""
        line = state.lines[index]
        stamp = self.stamp_in_line(state, index)
        if stamp is None or stamp.span.end != line.span.start + len(line.text.rstrip(" .")):
            return False
        head = state.text[line.span.start : stamp.span.start].rstrip()
        words = head[:-1].split()
        if not head.endswith(",") or not 0 < len(words) <= self.dateline.STAMP_PLACE_WORDS:
            return False
        vocabulary = self.timestamps.vocabulary
        place = " ".join(words)
        if not all(word[0].isupper() for word in words) or self.dateline.is_given_name(words[0]):
            return False
        return not vocabulary.is_weekday(place) and not vocabulary.is_agency(place)

    def name_over_title(self, state: ParseState) -> bool:
        """Whether the first line is the author's names alone, each opening with a known given name
        (:meth:`signed_names`), not in capitals, right over a bare headline in its block
        (:meth:`is_bare_headline`) with more words, ending no sentence, that ends the block or has
        a byline, a stamp or running text under it (``Jane Roe`` / ``Harbour pier to be rebuilt
        after storms`` / blank / the story): the byline, no kicker.  Not a name that is the story's
        subject (:meth:`names_subject`: a profile's or an obituary's name over its title).

        .. versionadded:: 0.2 (fixH53)"""
        lines = state.lines
        if len(lines) < 3 or lines[1].blank_before:
            return False
        line, title = lines[0], lines[1]
        if line.text.isupper() or not self.signed_names(line.text):
            return False
        if ends_sentence(title.text) or len(title.text.split()) <= len(line.text.split()):
            return False
        if not self.is_bare_headline(state, 1):
            return False
        if not (lines[2].blank_before or self.is_prose(lines, 2) or self.header_goes_on(state, 2)):
            return False
        return not self.names_subject(state, 0, 1)

    def name_beside_stamp(self, state: ParseState, labels: tuple[str, ...]) -> bool:
        """Whether the kicker's labels on the first line are the author's names alone
        (:meth:`signed_names`) and then only stamps or a reading time (``Jane Roe · March 3, 2025``,
        ``Jane Roe | 3 min read``), a line the header reads as a byline or a stamp
        (:meth:`header_stops_at`) or as names and a reading time (:meth:`name_before_reading_time`):
        the signature over the title, no section path.

        .. versionadded:: 0.2"""
        if len(labels) < 2 or not self.signed_names(labels[0]):
            return False
        if not self.header_stops_at(state, 0) and self.name_before_reading_time(state.lines[0]) is None:
            return False
        return all(
            self.timestamps.is_stamp_like(label)
            or self.is_reading_time(label)
            or bool(self.timestamps.parse((Line(label, Span(0, len(label)), 0, False),), 0, state.reference_date))
            for label in labels[1:]
        )

    def word_over_story(self, state: ParseState, labels: tuple[str, ...]) -> bool:
        """Whether the kicker's one label, the first line, is one word in title case (not in
        capitals, ``WORLD``) that names no section (no word of :attr:`SectionParser.section_nouns
        <newsparse.SectionParser.section_nouns>`: ``Sport``, ``News``), alone in its block right
        over the story's running text that ends a sentence and names the word again, in any case
        (``Lockdown`` over ``The city's third lockdown begins ...``): a page whose title is that
        one word, the headline, since no other line above the story could be.  A section's label
        (``Obituaries``) seldom stands in the story's first sentence.

        .. versionadded:: 0.2"""
        lines = state.lines
        if len(labels) != 1 or lines[0].text.strip() != labels[0] or len(lines) < 2 or not lines[1].blank_before:
            return False
        word = labels[0]
        if len(word.split()) != 1 or word.isupper() or not word[:1].isupper() or word.casefold() in self.section.section_nouns:
            return False
        if not self.is_prose(lines, 1) or not ends_sentence(lines[1].text):
            return False
        folded = word.casefold()
        return any(piece.strip(".,;:!?'\"()“”‘’").casefold() == folded for piece in lines[1].text.split())

    def kicker_over_signature(self, state: ParseState) -> bool:
        """Whether the first line is a kicker (one or two labels, :meth:`SectionParser.split`, no
        boilerplate) over one to :attr:`SIGNATURE_LINES` bylines and stamps in its block
        (:meth:`header_stops_at`) and then the headline: a bare headline candidate
        (:meth:`is_bare_headline`) longer than the kicker, ending no sentence, that closes the
        block or has more of the header under it (``Politics`` / ``By Hannah Wootton`` /
        ``Treasurer rules out GST rise in budget week`` / blank / the story; ``World`` / ``Posted
        Mon 3 Mar 2025 at 5:12am`` / the title).  The kicker is the section; the header, read from
        the second line, reads the bylines and stamps before the headline as it does on a page
        that opens with its byline.  A person's name alone over a stamp over the title
        (:meth:`name_over_stamp`: ``Martina Kovacs`` / ``March 3, 2025`` / the title, in one block)
        is the byline, no kicker.

        .. versionadded:: 0.2"""
        lines = state.lines
        at = 1
        while at < len(lines) and at <= self.SIGNATURE_LINES and not lines[at].blank_before and self.signs_at(state, at):
            at += 1
        if at == 1 or at + 1 >= len(lines) or (lines[at].blank_before and not self.title_alone_under_signature(state, at)):
            return False
        labels = self.section.split(lines[0].text)
        if labels is None or len(labels) > 2:
            return False
        if self.classify_boilerplate(lines[0]) is not None and not self.section_noun_over_byline(state, at):
            return False
        if self.name_over_stamp(state, 0):
            return False  # "Martina Kovacs" / "March 3, 2025" / the title in one block: the author, no kicker
        headline = lines[at]
        if not self.section.is_followed_by_headline(lines[0], headline) or ends_sentence(headline.text):
            return False
        if not self.is_bare_headline(state, at):
            return False
        if not (lines[at + 1].blank_before or self.header_goes_on(state, at + 1)):
            return False
        state.section, state.section_span = self.section.without_home(labels), lines[0].span
        return True

    def section_noun_over_byline(self, state: ParseState, end: int) -> bool:
        """Whether the first line, which :meth:`classify_boilerplate` files as a share button, is one
        word that names a section (:attr:`SectionParser.section_nouns`: ``Comment``) and the
        signature under it, ``lines[1:end]``, holds a byline or the author's names alone
        (:meth:`signed_names`: ``Comment`` / ``Tom Hale and Maria Okafor`` / the title): a kicker
        (:meth:`kicker_over_signature`, :meth:`read_section`), no button.  Over a stamp alone the
        button's reading stays.

        .. versionadded:: 0.2 (fixH53)"""
        lines = state.lines
        found = self.classify_boilerplate(lines[0])
        word = lines[0].text.strip()
        if found is None or found.kind != BoilerplateKind.SHARE.value or len(word.split()) != 1:
            return False
        if word.casefold() not in self.section.section_nouns:
            return False
        return any(
            bool(self.header_byline(state, at, True)) or self.signed_names(lines[at].text)
            or self.name_over_stamp(state, at, subject_check=False)
            for at in range(1, min(end, len(lines)))
        )

    def title_alone_under_signature(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, after a blank line under the signature that
        :meth:`kicker_over_signature` read (``WORLD`` / ``Reuters`` / ``November 14, 2024 3:12 PM
        GMT`` / blank / the title / blank / the story), is the title alone in its block: a blank
        line under it too.  The title is then read as if in the signature's block.

        .. versionadded:: 0.2 (fixH53)"""
        lines = state.lines
        return index + 1 < len(lines) and lines[index].blank_before and lines[index + 1].blank_before

    def signs_at(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a line of the signature under a kicker: a byline or a stamp
        (:meth:`header_stops_at`), a reading time (:meth:`is_reading_time`), or the author's names
        alone over a stamp over the title (:meth:`name_over_stamp`: ``Politics`` / ``Jane Roe`` /
        ``March 3, 2025`` / the title).

        .. versionadded:: 0.2"""
        if self.header_stops_at(state, index) or self.name_over_stamp(state, index, subject_check=False):
            return True
        if self.agency_over_stamp(state, index):
            return True
        if not self.is_reading_time(state.lines[index].text):
            return False
        return index > 1 or self.reading_time_over_signature(state, index)

    def reading_time_over_signature(self, state: ParseState, index: int) -> bool:
        """Whether the reading time on ``lines[index]`` (:meth:`is_reading_time`) stands right over a
        byline or a stamp line in its block (:meth:`header_stops_at`): ``Politics`` / ``3 min read`` /
        ``By Jane Roe`` / the title, where :meth:`signs_at` reads it as the signature's first line
        under the kicker.  A reading time alone under a first line may be under a headline.

        .. versionadded:: 0.2 (lay53)"""
        lines = state.lines
        below = index + 1
        return below < len(lines) and not lines[below].blank_before and self.header_stops_at(state, below)

    def agency_over_stamp(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a wire service's name alone (``Reuters``, ``The Associated
        Press``: :meth:`Vocabulary.is_agency <newsparse.vocabulary.Vocabulary.is_agency>`) right
        over a stamp line in its block (:meth:`header_stops_at`), as a copied agency page prints
        its desk's signature under the kicker (``WORLD`` / ``Reuters`` / ``November 14, 2024 3:12
        PM GMT`` / the title).

        .. versionadded:: 0.2"""
        lines = state.lines
        if index + 1 >= len(lines) or lines[index + 1].blank_before:
            return False
        if not self.byline.vocabulary.is_agency(lines[index].text.strip()):
            return False
        return self.header_stops_at(state, index + 1)

    def home_crumb(self, state: ParseState) -> bool:
        """Whether the first line is a breadcrumb of the site's front page alone over the headline
        (``You are here: Home``: :meth:`SectionParser.is_home_path`), which no other boilerplate
        rule files: it is boilerplate ``navigation``, no section, and the header starts under it.

        .. versionadded:: 0.2"""
        lines = state.lines
        if not self.section.is_home_path(lines[0].text) or self.classify_boilerplate(lines[0]) is not None:
            return False
        state.add_boilerplate(lines[0], BoilerplateKind.NAVIGATION)
        return True

    def kicker_under_navigation(self, state: ParseState) -> int:
        """A kicker that opens the second block, under a first block of two to
        :attr:`NAVIGATION_LINES` lines of a page's navigation: each line page furniture that
        :meth:`classify_boilerplate` files (``Menu``, ``Search``, ``Home``), no credit, or one label
        (``News``, ``Sport``), at least one of them furniture; the kicker is over a headline
        candidate in its block that a byline or a stamp follows (:meth:`header_goes_on`), or that
        ends the block (``Menu`` / ``Search`` / blank / ``LOCAL NEWS`` / the headline / ``By
        ...``).  With no kicker, the second block opens with such a headline.  The first block is
        boilerplate (the labels ``navigation``) and the kicker the section.  Returns where the
        header starts (the headline's line), or 0.

        .. versionadded:: 0.2"""
        lines = state.lines
        count = 1
        while count < len(lines) and count <= self.NAVIGATION_LINES and not lines[count].blank_before:
            count += 1
        if not 2 <= count <= self.NAVIGATION_LINES or count + 2 >= len(lines):
            return 0
        filed = [self.classify_boilerplate(line) for line in lines[:count]]
        if all(item is None for item in filed) or any(
            item.kind == BoilerplateKind.CREDIT.value for item in filed if item is not None
        ):
            return 0
        for line, item in zip(lines[:count], filed, strict=True):
            labels = self.section.split(line.text) if item is None else None
            if item is None and (labels is None or len(labels) != 1):
                return 0
        section = self.section.parse(lines, count)
        at = count + 1 if section is not None and not lines[count + 1].blank_before else count
        if at == count and section is not None:
            return 0  # (a kicker alone in its block)
        headline = lines[at]
        if not self.headline.is_candidate(headline) or self.classify_boilerplate(headline) is not None:
            return 0
        if self.header_stops_at(state, at) or self.timestamps.has_clock(headline.text):
            return 0
        if self.dateline_at(state, headline.span) is not None:
            return 0
        if not (self.header_goes_on(state, at + 1) or (at + 1 < len(lines) and lines[at + 1].blank_before)):
            return 0  # the headline: a byline or a stamp under it, or alone in its block with the kicker
        for line, item in zip(lines[:count], filed, strict=True):
            state.boilerplate.append(item or Boilerplate(line.text, BoilerplateKind.NAVIGATION.value, line.span))
        if section is not None:
            state.section, state.section_span = section.labels, section.span
        return at

    def kicker_under_furniture(self, state: ParseState) -> int:
        """A kicker under one or more lines of page furniture that :meth:`classify_boilerplate`
        files (``Skip to main content``, ``Subscribe | Sign in``: up to :attr:`NAVIGATION_LINES`, none
        a credit), itself no such line (``Menu`` / ``Search``), and over a headline candidate that is
        no byline, no stamp and no boilerplate (``NEWS › LOCAL`` / ``Water main break floods downtown
        streets``): the furniture lines are filed as their boilerplate and the kicker is the section.
        Returns where the header starts (the headline's line), or 0.

        .. versionadded:: 0.2"""
        lines = state.lines
        furniture: list[Boilerplate] = []
        while len(furniture) < self.NAVIGATION_LINES and len(furniture) + 2 < len(lines):
            line = lines[len(furniture)]
            filed = self.classify_boilerplate(line)
            if filed is None:
                break
            if self.is_credit(line):
                return 0  # (a credit over the kicker: a picture's, no page furniture)
            furniture.append(filed)
        at = len(furniture)  # the kicker's line
        if not furniture or self.classify_boilerplate(lines[at]) is not None:
            return 0  # (furniture under furniture, "Menu" / "Search", is no kicker)
        section = self.section.parse(lines, at)
        if section is None:  # ("Politics live": a kicker only the layout under it makes one)
            labels = self.kicker_read_alone(state, at)
            if labels is None:
                return 0
            state.section, state.section_span = labels, lines[at].span
        elif not self.is_bare_headline(state, at + 1):
            return 0
        else:
            state.section, state.section_span = section.labels, section.span
        state.boilerplate.extend(furniture)
        return at + 1

    def kicker_read_alone(self, state: ParseState, at: int) -> tuple[str, ...] | None:
        """The labels of a kicker on ``lines[at]`` as :meth:`read_section` reads the lines from there
        on as if the lines above were not there (the first :attr:`FIELD_LOOKAHEAD` lines under it):
        a kicker that only the layout makes one (``Share`` / ``Politics live`` / the headline / ``By
        ...``: :meth:`section_over_headline`, :meth:`kicker_over_standfirst`), which
        ``SectionParser.parse`` does not read, under page furniture (:meth:`kicker_under_furniture`)
        as on the first line; ``None`` when that reads no kicker on its line alone.

        .. versionadded:: 0.2"""
        lines = state.lines
        without = ParseState(state.text, tuple(lines[at : at + 1 + self.FIELD_LOOKAHEAD]), state.reference_date)
        if self.read_section(without) != 1 or not without.section or without.section_span != lines[at].span:
            return None
        return without.section

    def kicker_over_furniture(self, state: ParseState) -> int:
        """A kicker on the first line over a line of page furniture that :meth:`classify_boilerplate`
        files (``Crime & Courts`` / ``Skip to content``), no credit, over a headline as
        :meth:`kicker_under_furniture` reads one: the furniture is filed as its boilerplate and the
        kicker is the section.  Returns where the header starts (2), or 0.

        .. versionadded:: 0.2"""
        lines = state.lines
        if len(lines) < 3 or lines[1].blank_before or lines[2].blank_before:
            return 0
        furniture = self.classify_boilerplate(lines[1])
        if furniture is None or self.is_credit(lines[1]) or self.classify_boilerplate(lines[0]) is not None:
            return 0
        section = self.section.parse(lines, 0)
        if section is None or not self.is_bare_headline(state, 2):
            return 0
        state.boilerplate.append(furniture)
        state.section, state.section_span = section.labels, section.span
        return 2

    def is_bare_headline(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a headline candidate that is no boilerplate, no byline, no
        stamp (no label, no clock, no stamp line) and no dateline: the headline under a kicker
        that page furniture stands beside (:meth:`kicker_under_furniture`, :meth:`kicker_over_furniture`).

        .. versionadded:: 0.2"""
        below = state.lines[index]
        if not self.headline.is_candidate(below) or self.classify_boilerplate(below):
            return False
        if self.byline.has_prefix(below.text) or self.timestamps.starts_with_label(below.text):
            return False
        if self.timestamps.has_clock(below.text) or self.dateline_at(state, below.span) is not None:
            return False
        return not self.timestamps.parse(state.lines, index, state.reference_date)

    def kicker_over_standfirst(self, state: ParseState) -> bool:
        """Whether the first line, a label in sentence case (``Climate crisis``) or in title case
        after a determiner (``The Long Read``; :meth:`label_over_standfirst`), is the kicker over a headline and a
        standfirst: the line under it is a longer headline candidate, the line under that one
        neither a byline nor a stamp, and the header goes on on the fourth line
        (:meth:`header_goes_on`: a byline or a stamp there or on the line after it).  With
        only one line between the label and the byline the label is the headline and that line
        the standfirst (``Rates rise`` / ``Central bank lifts borrowing costs ...`` / ``By ...``),
        and so with a bare author's name as the third line (``Wildfires spread`` / ``Thousands
        evacuated as ...`` / ``Maria Okafor`` / a stamp).  A bare author's name as the fourth line,
        closing the block over the story (:meth:`author_under`), goes on as a byline does.

        .. versionadded:: 0.2"""
        lines = state.lines
        if len(lines) < 5 or not self.label_over_standfirst(state) or not self.headline_under_label(state):
            return False
        if any(self.classify_boilerplate(line) is not None for line in lines[:3]):
            return False
        if self.header_stops_at(state, 1) or self.header_stops_at(state, 2):
            return False
        if self.byline.names.is_name(lines[2].text.strip()):
            return False  # (a bare author's name under the second line: headline, standfirst, byline)
        if all(self.is_prose(lines, at) and ends_sentence(lines[at].text) for at in (1, 2)):
            return False  # two sentences of running text under the title: the story, whatever date line follows
        if not lines[3].blank_before and self.is_credit(lines[3]):
            return False  # a picture's caption and its credit in one block ("... Malibu on Monday." / "Jane Roe/AP")
        return self.header_goes_on(state, 3) or self.author_under(state, 2)

    def label_over_standfirst(self, state: ParseState) -> bool:
        """Whether the first line may be the kicker label :meth:`kicker_over_standfirst` reads from
        the layout: a label in sentence case (``Climate crisis``,
        :meth:`SectionParser.is_sentence_case_label`), or three words in title case after a
        determiner (``The Long Read``, :meth:`SectionParser.is_title_case_label`) when the third
        line ends a sentence, as a standfirst does (a blog's name over its post's title and
        ``Previous Post`` stays the headline).

        .. versionadded:: 0.2"""
        lines = state.lines
        if self.section.is_sentence_case_label(lines[0].text):
            return True
        if not self.section.is_title_case_label(lines[0].text):
            return False
        return ends_sentence(lines[2].text) or self.newsletter_masthead(state)

    def newsletter_masthead(self, state: ParseState) -> bool:
        """Whether the text opens with a newsletter's header in one block, as a post copied from
        its page prints it: the newsletter's name (a title-case label, :meth:`label_over_standfirst`),
        the post's title, its subtitle, a bare author's name and a stamp, no blank line between
        (``The Rate Sheet`` / ``Why bond yields are rising again`` / ``Notes on money and
        markets`` / ``Jane Roe`` / ``Nov 3, 2026``): the name is then the kicker, the title the
        headline, though the subtitle ends no sentence.  The name and the title stand in one block,
        the author's name and the stamp in another; the subtitle may stand in a block of its own
        between them (``The Rate Sheet`` / ``Why bond yields are rising again`` / a blank line /
        ``Notes on money and markets`` / a blank line / ``Jane Roe`` / ``Nov 3, 2026``; layT61).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (layT61) blank lines around the subtitle."""
        lines = state.lines
        if len(lines) < 6 or lines[1].blank_before or lines[4].blank_before:
            return False
        if not self.byline.names.is_name(lines[3].text.strip()) or not self.timestamps.might_be_stamp_line(lines[4]):
            return False
        return bool(self.timestamps.parse(lines, 4, state.reference_date))

    def section_over_headline(self, state: ParseState) -> bool:
        """Whether the first line, a label in sentence case that names a section
        (:meth:`SectionParser.is_section_phrase`: ``Personal finance``, ``Local news``), is the
        kicker over the headline on the next line, a longer headline candidate, with a byline or a
        stamp right under it (no standfirst between them; ``Rates rise`` over a line and a byline
        stays the headline), or, under a label that names a kind of piece
        (:meth:`SectionParser.is_piece_phrase`), the story (:meth:`story_under_title`: ``Match
        report`` / the title / the first paragraph; ``Harbour news`` there stays the headline),
        or a running story's topic (:meth:`SectionParser.is_topic_phrase`: ``Ukraine war``) over a
        title that ends no sentence, with a byline or a stamp right under it.

        .. versionchanged:: 0.2 the story under the title, no byline between them.
        .. versionchanged:: 0.2 a text of three lines (the label, the title, the story) too.
        .. versionchanged:: 0.2 a person's name alone under the headline, closing the header
           (:meth:`name_closes_header`), as a byline does.
        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (fixL70) a running story's topic."""
        lines = state.lines
        label = lines[0].text if len(lines) >= 3 else ""
        topic = self.section.is_topic_phrase(label)
        if not (self.section.is_section_phrase(label) or self.section.is_piece_phrase(label) or topic):
            return False
        if topic and ends_sentence(lines[1].text):
            return False  # ("Ukraine war" over a sentence: a standfirst under the headline, fixL70)
        if not self.headline_under_label(state) or self.title_reads_as_name(lines[1]):
            return False  # ("City news" / "JANE ROE London" / the date: the byline's, fixT68)
        if any(self.classify_boilerplate(line) is not None for line in lines[:2]) or self.header_stops_at(state, 1):
            return False
        if self.header_stops_at(state, 2) or self.name_closes_header(state, 2):
            return True
        return self.section.is_piece_phrase(lines[0].text) and self.story_under_title(state)

    #: The most words of a short title under a section's label (:meth:`section_over_short_title`:
    #: ``Rates rise``, ``City win derby``); a longer one with no byline or stamp under it leaves the
    #: label the headline, as before (``Harbour news`` / ``Council backs school budget after ...``).
    #:
    #: .. versionadded:: 0.2 (fixL68)
    MAX_SHORT_TITLE_WORDS: ClassVar[int] = 4

    def section_over_short_title(self, state: ParseState) -> bool:
        """Whether the first line, a label that names a section (:meth:`SectionParser.names_section`:
        ``World news``, ``Federal politics``, ``Politics``, ``Markets``), is the kicker over a short
        title on the next line, at most :attr:`MAX_SHORT_TITLE_WORDS` words whatever the label's
        length, with the story or a byline or a stamp under it (``World news`` / ``Rates rise`` /
        the first paragraph; ``Politics`` / ``PM quits`` / ``By ...``), where the label read as the
        headline left the title as boilerplate: the title is a headline candidate
        (:meth:`HeadlineParser.is_candidate`) that ends no sentence, holds no clock nor dateline and
        names no section itself (``Local news`` / ``UK politics`` is a path, the stack's to read).
        Two titles of no section word (``Rates rise`` / ``Banks brace``) stay the headline and what
        follows it; a label over the story's first sentence (``Harbour news`` / ``The council said
        ...``) or over a longer title and the story stays the headline.  The story may stand in the
        title's block (a paste with single newlines, the label in it too) when its first line is
        running text (:meth:`story_under_title` with *same_block*); not under a title set off from
        the label (``Morning briefing`` / ``1. Ferries cancelled`` / its text: a newsletter's item).

        .. versionadded:: 0.2 (fixL68)
        .. versionchanged:: 0.2 (mendL68b) the story in the same block."""
        lines = state.lines
        if len(lines) < 3 or not self.section.names_section(lines[0].text):
            return False
        title = lines[1]
        if len(title.text.split()) > self.MAX_SHORT_TITLE_WORDS:
            return False  # ("Harbour news" / "Council backs school budget after a long night of debate": the headline's)
        if self.section.names_section(title.text) or ends_sentence(title.text) or not self.headline.is_candidate(title):
            return False
        if self.timestamps.has_clock(title.text) or self.dateline_at(state, title.span) is not None:
            return False
        if self.title_reads_as_name(title):
            return False  # ("Politics" / "Ana Ruiz" / the date: the author's name, the byline's to read: fixT68)
        if any(self.classify_boilerplate(line) is not None for line in lines[:2]) or self.header_stops_at(state, 1):
            return False
        if self.header_stops_at(state, 2) or self.name_closes_header(state, 2):
            return True
        return self.story_under_title(state, same_block=not title.blank_before)  # (all three lines in one block)

    def title_reads_as_name(self, title: Line) -> bool:
        """Whether the short *title* under a section's label reads as a person's name: the byline
        parser reads the line as a bare byline (:meth:`BylineParser.parse_bare`) whose first author
        opens with a known given name (:meth:`BylineParser.opens_with_given_name`): ``Ana Ruiz``,
        ``JANE ROE London``, ``Jane Roe and Tom Hale``; not ``Rates rise`` nor ``Reuters``.

        .. versionadded:: 0.2 (fixT68)"""
        bare = self.byline.parse_bare(title)
        if bare is None or not bare.authors:
            return False
        return self.byline.opens_with_given_name(bare.authors[0])

    def event_over_headline(self, state: ParseState) -> bool:
        """Whether the first line, an event's name and its year (:meth:`SectionParser.is_event_label`:
        ``Glastonbury 2026``), is the kicker over the headline on the next line, a longer headline
        candidate with a byline or a stamp right under it, where the story below names the event:
        it writes the label's word with its capital inside a sentence (:meth:`names_inside_sentence`:
        ``crowds at Glastonbury``), as it writes a name and not a common noun (``the budget``). With
        no such evidence the short line stays the headline (``Budget 2025`` over a standfirst).

        .. versionadded:: 0.2"""
        lines = state.lines
        if len(lines) < 4 or not self.section.is_event_label(lines[0].text) or not self.headline_under_label(state):
            return False
        if any(self.classify_boilerplate(line) is not None for line in lines[:2]) or self.header_stops_at(state, 1):
            return False
        if not (self.header_stops_at(state, 2) or self.name_closes_header(state, 2)):
            return False
        start = lines[3].span.start
        story = state.text[start : start + self.EVENT_NAME_REACH]
        return self.names_inside_sentence(story, lines[0].text.split()[0])

    def kicker_over_title(self, state: ParseState) -> bool:
        """Whether the first line, a label in title case (:meth:`SectionParser.is_title_label`:
        ``Local Democracy Reporting``, ``Ukraine War Latest``) that opens with no given name the
        vocabulary knows (``Maria Okafor`` is a name the header reads), is the
        kicker over a headline in sentence case on the next line (:meth:`SectionParser.in_sentence_case`:
        ``Russian drone strike cuts power ...``), longer, a headline candidate that ends no sentence:
        two headline-like lines in different cases, the first the section.  The header must go on
        under them (a byline or a stamp on the third or fourth line: :meth:`header_goes_on`; a
        bare author's name closing it: :meth:`name_closes_header`; a standfirst and its author's
        name right under it), or the story must open under the title as under a label that names
        a kind of piece (``Letters to the Editor`` / the title / ``Sir, - ...``:
        :meth:`story_under_title`).  The label ends in one of ``SectionParser.KICKER_NOUNS``, or
        names a kind of piece (:meth:`SectionParser.ends_kicker`, reader63b, trial63b: ``Fed Holds
        Rates Steady`` or ``Council Approves Parking Policy`` over its deck and a byline stays the
        headline).  A
        short headline in title case over a standfirst that ends a sentence, or over a subtitle in
        title case, stays the headline.

        .. versionadded:: 0.2"""
        lines = state.lines
        if len(lines) < 4 or not self.section.is_title_label(lines[0].text):
            return False
        if not (self.section.ends_kicker(lines[0].text) or self.section.is_piece_phrase(lines[0].text)):
            return False  # ("Fed Holds Rates Steady" over its deck: a short headline in title case; reader63b)
        if self.vocabulary.is_given_name(lines[0].text.split()[0]) or not self.headline_under_label(state):
            return False  # ("Maria Okafor" over the title: a name the header reads, no kicker)
        title = lines[1].text
        if lines[1].blank_before or ends_sentence(title) or not self.section.in_sentence_case(title):
            return False
        if any(self.classify_boilerplate(line) is not None for line in lines[:2]) or self.header_stops_at(state, 1):
            return False
        if self.header_goes_on(state, 2) or self.name_closes_header(state, 2) or self.author_under(state, 2):
            return True
        if ends_sentence(lines[2].text) and not lines[3].blank_before and not self.is_credit(lines[3]):
            return self.byline.names.is_name(lines[3].text.strip())  # a standfirst and its author's name
        return self.section.is_piece_phrase(lines[0].text) and self.story_under_title(state, same_block=True)

    def masthead_named_again(self, state: ParseState) -> bool:
        """Whether the first line, a name in title case of at most ``SectionParser.MAX_LABEL_WORDS``
        words with no sentence mark (``The Weekly Ledger``), is the publication's name over the
        headline on the next line, a longer headline candidate with a byline, a stamp or an
        author's name right under it, where the page names it again in a line of its furniture
        (:meth:`classify_boilerplate`, a kind of :attr:`MASTHEAD_KINDS`, the name as whole words:
        ``Thanks for reading The Weekly Ledger! Subscribe for free ...``, ``© 2025 The Weekly
        Ledger``): a newsletter's or a site's masthead, the section.  A
        short headline over a standfirst (``The Lost Boys`` / ``A film about ...`` / ``By ...``),
        named again in the story only, stays the headline.

        .. versionadded:: 0.2"""
        lines = state.lines
        if len(lines) < 4:
            return False
        name = lines[0].text.strip()
        words = name.split()
        if not 1 < len(words) <= self.section.MAX_LABEL_WORDS or name[-1] in ".!?:;,\"”":
            return False
        if not all(word[:1].isupper() or word[:1].isdigit() for word in words) or not self.headline_under_label(state):
            return False
        if any(self.classify_boilerplate(line) is not None for line in lines[:2]) or self.header_stops_at(state, 1):
            return False
        if not (self.header_stops_at(state, 2) or self.name_closes_header(state, 2)):
            return False
        text, at = state.text, state.text.find(name, lines[2].span.end)
        while at >= 0:
            index = self.line_at(lines, at)
            whole = not (text[at - 1 : at].isalnum() or text[at + len(name) : at + len(name) + 1].isalnum())
            filed = self.classify_boilerplate(lines[index]) if index is not None and whole else None
            if filed is not None and filed.kind in self.MASTHEAD_KINDS:
                return True
            at = text.find(name, at + len(name) if index is None else lines[index].span.end)
        return False

    def names_inside_sentence(self, text: str, word: str) -> bool:
        """Whether *text* writes *word* as it is, a whole word, after a space and a word in lower
        case, a digit or a comma (``fans at Glastonbury``, ``this year's Glastonbury``), not opening
        a sentence, a line or a quotation, where any word has its capital.

        .. versionadded:: 0.2"""
        at = text.find(word, 2)
        while at >= 0:
            end = at + len(word)
            before = text[at - 2]
            if text[at - 1] == " " and (before.islower() or before.isdigit() or before == ",") and (
                end >= len(text) or not text[end].isalnum()
            ):
                return True
            at = text.find(word, end)
        return False

    def name_closes_header(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a person's name alone (:meth:`NameModel.is_name`), no credit,
        that closes its block over the story's running text after a blank line (``Politics live`` /
        ``Council votes to close three libraries`` / ``Tom Hadley`` / the story), or that a stamp
        follows in its block (``Tom Hadley`` / ``Tue 4 Mar 2025 10.00 GMT``): the header stops
        there as it does at a byline.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a stamp under the name.
        .. versionchanged:: 0.2 the name's staff role on the line under it, in its block, read past
           (``Paul Sakkal`` / ``Chief political correspondent`` / the stamp: :meth:`BylineParser.is_role`;
           mendLT67).
        .. versionchanged:: 0.2 (fixL71) a name in a block of its own with a stamp in the next
           block (``Jane Doe`` / blank / ``Thursday 3 December 2026 08:12 GMT``)."""
        lines = state.lines
        if index + 1 >= len(lines):
            return False
        if self.is_credit(lines[index]) or not self.byline.names.is_name(lines[index].text.strip()):
            return False
        below = index + 1
        if below + 1 < len(lines) and not lines[below].blank_before and self.byline.is_role(lines[below].text.strip()):
            below += 1  # "Paul Sakkal" / "Chief political correspondent": the role under the name
        if lines[index].blank_before or not lines[below].blank_before:
            # "Jane Doe" / blank / "Thursday 3 December 2026 08:12 GMT": a block of its own over the stamp (fixL71);
            # "Tom Hadley" / "Tue 4 Mar 2025 10.00 GMT": the stamp under the name (read only here: rvl71)
            return self.timestamps.is_stamp_like(lines[below].text) or bool(
                self.timestamps.parse(lines, below, state.reference_date)
            )
        return self.is_prose(lines, below)

    def section_over_field(self, state: ParseState) -> bool:
        """Whether the first line is a kicker over the headline with a field's empty label between
        them, as a scraper's export prints a field it has no value for (``Book review`` /
        ``Byline:`` / ``The Salt Road by a Cornish walker`` / the story; ``Obituary`` / ``Author:``
        / the title: :meth:`HeadlineParser.is_empty_field`): :meth:`read_section` reads the lines as
        if the field's line were not there (the first :attr:`FIELD_LOOKAHEAD` lines after it) and,
        when that gives a kicker over the next line, *state* takes it; the field's line is then
        boilerplate and the title the headline.

        .. versionadded:: 0.2"""
        lines = state.lines
        if len(lines) < 4:
            return False
        if not self.headline.is_empty_field(lines[1].text) and not self.filled_field(state, 1):
            return False
        without = ParseState(state.text, (lines[0], *lines[2 : 2 + self.FIELD_LOOKAHEAD]), state.reference_date)
        if self.read_section(without) != 1:
            return False
        state.section, state.section_span = without.section, without.section_span
        return True

    def section_of_stamp(self, state: ParseState) -> bool:
        """Whether the first line is a section's label, a word of :attr:`SECTION_STAMP_LINKS` and a
        stamp that ends the line (``Regional News of Friday, 6 March 2026``): the label, one to
        :attr:`BAR_LABEL_WORDS` words, the first opening with a capital (``Regional news`` in
        sentence case too), the last one of the section parser's nouns
        (``SectionParser.section_nouns``), is the section, the stamp after the link word the page's
        publication (*state* takes both), never the headline.

        .. versionadded:: 0.2 (trialL62b)
        .. versionchanged:: 0.2 the stamp's text and span leave the link word out (``Friday, 6 March 2026``; lang63);
           a label in sentence case as in title case (mendL63)."""
        line = state.lines[0]
        words = line.text.split(maxsplit=self.BAR_LABEL_WORDS + 1)
        links = [at for at, word in enumerate(words[:-1]) if word.casefold() in self._stamp_links]
        if not links or not 0 < links[0] <= self.BAR_LABEL_WORDS:
            return False
        label = words[: links[0]]
        if not label[0][:1].isupper() or label[-1].casefold() not in self.section.section_nouns:
            return False
        if not all(word[:1].isupper() for word in label) and self.section.opens_with_article(label[0]):
            return False  # ("The big election of Friday, ...": a headline in sentence case; reread of round 63)
        stamp = self.stamp_in_line(state, 0)
        if stamp is None or stamp.span.end != line.span.start + len(line.text.rstrip(" .")):
            return False
        head = state.text[line.span.start : stamp.span.start].split()
        if head not in (label, [*label, words[links[0]]]):
            return False  # ("Regional News of the week, 6 March": the stamp right after the link word, or with it)
        text = " ".join(label)
        if state.text[line.span.start : line.span.start + len(text)] != text:
            return False  # (one space between the label's words, as its span holds them)
        state.section, state.section_span = (text,), Span(line.span.start, line.span.start + len(text))
        if head == label:  # (the stamp read the link word too, "of Friday, ...": the date alone is the stamp's; lang63)
            date = stamp.text[len(words[links[0]]) :].lstrip()
            stamp = attrs.evolve(stamp, text=date, span=Span(stamp.span.end - len(date), stamp.span.end))
        state.add_stamp(attrs.evolve(stamp, kind=TimestampKind.PUBLISHED))
        return True

    #: The words that open a broadcaster's line naming the show a story aired on (``Heard on All
    #: Things Considered``, ``As seen on Newsnight``), in any case: :meth:`show_line`.  An empty
    #: tuple reads none.
    #:
    #: .. versionadded:: 0.2 (mendLT68)
    SHOW_LINE_LEADS: ClassVar[tuple[str, ...]] = (
        "heard on", "as heard on", "seen on", "as seen on", "aired on", "as aired on", "featured on", "listen on",
    )
    #: The most words of a show's line (:meth:`show_line`) and of a masthead's slogan (:meth:`slogan_over_title`).
    #:
    #: .. versionadded:: 0.2 (mendLT68)
    HEADER_DEBRIS_WORDS: ClassVar[int] = 6

    def section_before_stamp(self, state: ParseState) -> bool:
        """Whether the first line is a section's label and right after it a stamp that ends the line
        (``Politics Dec 3, 2026 6:45 PM EST``, ``Health Mar 4, 2025 9:10 AM EDT``): the label, one to
        :attr:`BAR_LABEL_WORDS` capitalised words, the last one of the section parser's nouns, is the
        section, the stamp the page's publication, as :meth:`section_of_stamp` reads one after a link word.

        .. versionadded:: 0.2 (mendLT68)"""
        line = state.lines[0]
        words = line.text.split(maxsplit=self.BAR_LABEL_WORDS + 1)
        if len(words) < 2 or not self.timestamps.might_be_stamp_line(line):
            return False
        stamp = self.stamp_in_line(state, 0)
        if stamp is None or stamp.span.end != line.span.start + len(line.text.rstrip(" .")):
            return False
        label = state.text[line.span.start : stamp.span.start].split()
        if not 0 < len(label) <= self.BAR_LABEL_WORDS or not all(word[:1].isupper() and word.isalpha() for word in label):
            return False
        if label[-1].casefold() not in self.section.section_nouns or self.vocabulary.is_date_phrase(" ".join(label)):
            return False
        text = " ".join(label)
        if state.text[line.span.start : line.span.start + len(text)] != text:
            return False  # (one space between the label's words, as its span holds them)
        state.section, state.section_span = (text,), Span(line.span.start, line.span.start + len(text))
        state.add_stamp(attrs.evolve(stamp, kind=TimestampKind.PUBLISHED))
        return True

    #: The marks between a stamp and a section's label after it on the first line
    #: (:meth:`section_after_stamp`: ``Dec 7, 2026 - Technology``).
    #:
    #: .. versionadded:: 0.2 (mendLT71)
    STAMP_LABEL_MARKS: ClassVar[str] = "-–—|·•"

    def section_after_stamp(self, state: ParseState) -> bool:
        """Whether the first line is a stamp that opens the line, one of :attr:`STAMP_LABEL_MARKS`
        between spaces and a section's label that ends the line (``Dec 7, 2026 - Technology``): the
        label, one to :attr:`BAR_LABEL_WORDS` capitalised words of letters, the last one of the
        section parser's nouns, is the section, the stamp the page's publication, never the
        headline, as :meth:`section_before_stamp` reads the two the other way round.

        .. versionadded:: 0.2 (mendLT71)"""
        line = state.lines[0]
        if not line.text[:1].isalnum() or not self.timestamps.might_be_stamp_line(line):
            return False
        stamp = self.stamp_in_line(state, 0)
        if stamp is None or stamp.span.start != line.span.start:
            return False
        rest = state.text[stamp.span.end : line.span.end]
        mark = rest.lstrip()
        if not rest[:1].isspace() or len(mark) < 2 or mark[0] not in self.STAMP_LABEL_MARKS or not mark[1].isspace():
            return False
        text = mark[1:].strip()
        label = text.split()
        if not 0 < len(label) <= self.BAR_LABEL_WORDS or " ".join(label) != text:
            return False
        if not all(word[:1].isupper() and word.isalpha() for word in label):
            return False  # ("Thu Dec 7 2026 - 18:05": a clock, no label)
        if label[-1].casefold() not in self.section.section_nouns or self.vocabulary.is_date_phrase(text):
            return False
        state.section, state.section_span = (text,), Span(line.span.end - len(text), line.span.end)
        state.add_stamp(attrs.evolve(stamp, kind=TimestampKind.PUBLISHED))
        return True

    def show_line(self, state: ParseState) -> bool:
        """Whether the first line names the show a broadcaster's story aired on: one of
        :attr:`SHOW_LINE_LEADS` and up to :attr:`HEADER_DEBRIS_WORDS` words in all, the show's
        name capitalised, no sentence's end (``Heard on All Things Considered``, ``As seen on
        Newsnight``), over a headline candidate: boilerplate ``other``, and the header starts under it.

        .. versionadded:: 0.2 (mendLT68)"""
        lines = state.lines
        text = lines[0].text
        words = text.split()
        if len(words) > self.HEADER_DEBRIS_WORDS or ends_sentence(text) or not self.headline.is_candidate(lines[1]):
            return False
        folded = " ".join(words).casefold()
        lead = next((lead for lead in self.SHOW_LINE_LEADS if folded.startswith(lead + " ")), None)
        if lead is None or not words[len(lead.split())][:1].isupper():
            return False
        state.add_boilerplate(lines[0], BoilerplateKind.OTHER)
        return True

    def slogan_over_title(self, state: ParseState) -> bool:
        """Whether the first line is a masthead's slogan over the page's title (``Democracy Dies in
        Darkness``): a label in title case of three to :attr:`HEADER_DEBRIS_WORDS` words
        (:meth:`SectionParser.is_title_label`, no kicker's noun at its end, no section's phrase),
        in one block with a headline in sentence case under it that ends no sentence and a longer
        standfirst in sentence case under that, a byline or a stamp right under the two.  The
        slogan is boilerplate ``other``, and the header starts under it; a title-case headline over
        one deck and the byline stays the headline.

        .. versionadded:: 0.2 (mendLT68)"""
        lines = state.lines
        if len(lines) < 4 or any(line.blank_before for line in lines[1:4]):
            return False
        first, title, deck = lines[0].text, lines[1].text, lines[2].text
        if not 3 <= len(first.split()) <= self.HEADER_DEBRIS_WORDS or not self.section.is_title_label(first):
            return False
        if self.section.ends_kicker(first) or first.split()[-1].casefold() in self.section.section_nouns:
            return False  # ("Ukraine War Latest", "Local Democracy Reporting": a kicker's label)
        if self.byline.opens_with_given_name(first) or self.classify_boilerplate(lines[0]) is not None:
            return False
        if self.section.is_title_case_label(first):
            return False  # (a determiner's kicker, "The Big Idea": label_over_standfirst's; at the merge)
        if not (self.section.in_sentence_case(title) and self.section.in_sentence_case(deck)):
            return False
        if ends_sentence(title) or len(deck) <= len(title) or not self.headline_under_label(state):
            return False
        if self.header_stops_at(state, 1) or self.header_stops_at(state, 2) or not self.header_stops_at(state, 3):
            return False
        if self.names_story_words(first, f"{title} {deck}"):
            return False  # (a title-case headline over its deck: "Harbour Tolls Double" / "Council backs ... tolls")
        state.add_boilerplate(lines[0], BoilerplateKind.OTHER)
        return True

    #: The fewest letters of a word :meth:`names_story_words` compares (shorter words are a slogan's and a headline's alike).
    STORY_WORD_LETTERS: ClassVar[int] = 4

    def names_story_words(self, label: str, text: str) -> bool:
        """Whether *label* shares a word of at least :attr:`STORY_WORD_LETTERS` letters with *text*
        (case and a plural's ``s`` aside): a headline names what its deck tells (``Harbour Tolls
        Double`` over ``Council backs a plan to double the harbour tolls``), a masthead's slogan
        does not (``Democracy Dies in Darkness``), for :meth:`slogan_over_title`.

        .. versionadded:: 0.2 (round 68, at the merge)"""

        def stems(words: str) -> set[str]:
            found = (w.strip(".,;:!?\"'()[]“”‘’").casefold() for w in words.split())
            return {w.removesuffix("s") for w in found if len(w) >= self.STORY_WORD_LETTERS and w.isalpha()}

        return bool(stems(label) & stems(text))

    def topic_over_headline(self, state: ParseState) -> bool:
        """Whether the first line is a topic's label and a year (one or two capitalised words of
        letters and a year: ``Election 2026``, ``Budget 2026``, ``World Cup 2026``) in one block
        with a longer headline in sentence case under it that ends no sentence and a byline or a
        stamp right under that: the label is the section.  In a block of its own over the title
        (``Budget 2026`` / blank / the title / blank / ``By ...``) it stays the headline unless the
        story names it (:meth:`event_over_headline`).

        .. versionadded:: 0.2 (mendLT68)"""
        lines = state.lines
        if len(lines) < 4 or lines[1].blank_before or lines[2].blank_before:
            return False
        words = lines[0].text.split()
        year = words[-1] if words else ""
        if not 2 <= len(words) <= 3 or not self.section.is_event_year(year):
            return False
        if not all(word[:1].isupper() and word.isalpha() and not word.isupper() for word in words[:-1]):
            return False
        if self.section.is_date_line(lines[0].text) or self.byline.opens_with_given_name(lines[0].text):
            return False
        title = lines[1].text
        if not self.section.in_sentence_case(title) or ends_sentence(title) or not self.headline_under_label(state):
            return False
        if self.classify_boilerplate(lines[1]) is not None or self.header_stops_at(state, 1):
            return False
        if not self.header_stops_at(state, 2):
            return False
        state.section, state.section_span = (lines[0].text,), lines[0].span
        return True

    def score_over_headline(self, state: ParseState) -> bool:
        """Whether the first line is a match's score line (:meth:`is_score_line`: ``Arsenal 2-1
        Chelsea``) over a longer headline that ends no sentence (:meth:`headline_under_label`),
        with a byline or a stamp right under that, or an author's bare name
        (:meth:`name_closes_header`): the score is the kicker, the title under it the headline.
        A score line over the match report's first paragraph stays the story's first line
        (:meth:`header_debris_kind`), and one under the headline its standfirst.

        The score line must be one (:meth:`score_sides`: two sides of one to three capitalised words,
        the goals between or after each) and the title under it name a side (:meth:`title_names_side`):
        ``Senate 50-50 Split`` over ``Vice president to cast deciding votes ...`` stays the headline.

        .. versionadded:: 0.2 (fixL71)
        .. versionchanged:: 0.2 (rvl71) the title names a side of the score."""
        lines = state.lines
        if len(lines) < 4 or not self.is_score_line(lines[0]) or ends_sentence(lines[1].text):
            return False
        sides = self.score_sides(lines[0].text)
        if sides is None or not self.title_names_side(lines[1].text, sides):
            return False  # ("Senate 50-50 Split" / "Vice president to cast deciding votes ...": no match's report)
        if not self.headline_under_label(state) or self.classify_boilerplate(lines[1]) is not None:
            return False
        if self.header_stops_at(state, 1) or not (self.header_stops_at(state, 2) or self.name_closes_header(state, 2)):
            return False
        state.section, state.section_span = (lines[0].text,), lines[0].span
        return True

    def filled_field(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a field of a scraper's export with its value
        (:meth:`HeadlineParser.is_filled_field`: ``Byline: Anna Kerr``, ``Date: 5 March 2025``) that
        the header reads as a byline or a stamp (:meth:`header_stops_at`), in one block with the
        kicker above it and the title under it, or in blocks of their own under a first line that
        names a section (:meth:`names_section`: ``Opinion`` / ``Byline: Anna Kerr`` / the title):
        :meth:`section_over_field` reads the kicker over the title as if the field were not there,
        and the header rules read the field.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 in blocks of their own under a section's name."""
        lines = state.lines
        if index + 1 >= len(lines):
            return False
        if (lines[index].blank_before or lines[index + 1].blank_before) and not self.names_section(lines[0].text):
            return False  # (the kicker, the field and the title in one block, or a section's name over them)
        return self.headline.is_filled_field(lines[index].text) and self.header_stops_at(state, index)

    def names_section(self, text: str) -> bool:
        """Whether *text* is a kicker that names a section by its words alone, whatever stands
        under it: one label that is one of the section parser's nouns (``Opinion``, ``Sport``,
        ``Analysis``: ``SectionParser.section_nouns``), or a path of sections
        (:meth:`SectionParser.is_breadcrumb`: ``Home > Opinion``).  A field between it and the
        title may then stand in blocks of its own (``Opinion`` / blank / ``Byline: Anna Kerr`` /
        blank / the title: :meth:`filled_field`).

        .. versionadded:: 0.2"""
        labels = self.section.split(text)
        if labels is None:
            return False
        if len(labels) > 1:
            return self.section.is_breadcrumb(text, labels)
        return labels[0].casefold() in self.section.section_nouns

    def story_under_title(self, state: ParseState, same_block: bool = False) -> bool:
        """Whether the second line is a title (it ends no sentence) and the third, after a blank
        line, opens the story: a line that ends a sentence, as :meth:`section_over_headline`
        reads a label that names a kind of piece over a title with no byline between it and the
        story.  The story may be shorter than the title (``Restaurant review`` / ``The Anchor,
        Whitstable: a pub that serves fish so fresh it still argues back`` / ``The Anchor has
        stood on the harbour for a century.``): the label is never the headline.  With
        *same_block* the story may stand right under the title, no blank line between, when it is
        running text (:meth:`is_prose`: ``Letters to the Editor`` / the title / ``Sir, - Your
        report ...``, as :meth:`kicker_over_title` reads it).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a story shorter than the title.
        .. versionchanged:: 0.2 (trialL63) *same_block*."""
        title, story = state.lines[1], state.lines[2]
        if ends_sentence(title.text) or not ends_sentence(story.text):
            return False
        return story.blank_before or (same_block and self.is_prose(state.lines, 2))

    def headline_under_label(self, state: ParseState) -> bool:
        """Whether the second line may be the headline under a kicker label on the first, for
        :meth:`kicker_over_standfirst` and :meth:`section_over_headline`: longer than the label, a
        headline candidate, with no clock and no dateline.

        .. versionadded:: 0.2"""
        label, headline = state.lines[0], state.lines[1]
        if len(headline.text) <= len(label.text) or not self.headline.is_candidate(headline):
            return False
        return not self.timestamps.has_clock(headline.text) and self.dateline_at(state, headline.span) is None

    def header_stops_at(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a byline or a stamp (or starts with a stamp label), as
        :meth:`header_goes_on` reads one on a single line.

        .. versionadded:: 0.2"""
        if self.run_rules("header_", self.HEADER_GOES_ON, state, index, peek=True):
            return True
        return self.timestamps.is_stamp_like(state.lines[index].text)

    def name_over_story(self, state: ParseState, labels: Sequence[str]) -> bool:
        """Whether the first line, a person's name not in capitals (``Tom Berg``: a profile's or an
        obituary's title), is the headline over the story's first paragraph or a byline, not a
        kicker over no headline (``WORLD`` over the story stays a kicker)."""
        name = state.lines[0].text.strip()
        if len(labels) != 1 or name.isupper() or not self.byline.names.is_name(name):
            return False
        return self.opens_without_headline(state, 1) or bool(self.header_byline(state, 1, True))

    def headline_over_stamp(self, state: ParseState, labels: Sequence[str]) -> bool:
        """Whether the first line, one word of letters not in capitals (``Grève``, ``Streik``), is
        the headline over a byline or a date stamp (``Publié le 12/03/2025``, ``Von Anna Schmidt``),
        not a kicker: a kicker stands over a headline."""
        lines = state.lines
        word = lines[0].text.strip()
        if len(labels) != 1 or not word.isalpha() or word.isupper() or self.byline.has_prefix(word):
            return False  # (one word of letters; not "By" over "By Eva Jansen": the byline's own word)
        if self.timestamps.starts_with_label(lines[1].text):
            return True  # a stamp line, even one that cannot be read: "Published: February 30, 2025"
        return self.byline.has_prefix(lines[1].text) or bool(self.timestamps.parse(lines, 1, state.reference_date))

    def run_rules(self, prefix: str, names: Sequence[str], state: ParseState, index: int, *, peek: bool = False) -> int:
        """Try the rules ``<prefix><name>`` on ``lines[index]`` in order; return what the first
        that claims anything returns (a line count or :data:`STOP`), or 0."""
        for name in names:
            claimed: int = getattr(self, prefix + name)(state, index, peek)
            if claimed:
                return claimed
        return 0

    def bound_rules(self, prefix: str, names: Sequence[str]) -> tuple[Rule, ...] | None:
        """The rules ``<prefix><name>`` of *names*, in order, looked up once for a whole stage
        (:meth:`read_body`) rather than once a line, for :meth:`run_bound`; ``None`` when a
        subclass overrides :meth:`run_rules`, which then sees every line.

        .. versionadded:: 0.2"""
        if type(self).run_rules is not ArticleParser.run_rules:
            return None
        return tuple(getattr(self, prefix + name) for name in names)

    @staticmethod
    def run_bound(rules: Sequence[Rule], state: ParseState, index: int) -> int:
        """:meth:`run_rules` with the rules looked up already (:meth:`bound_rules`).

        .. versionadded:: 0.2"""
        for rule in rules:
            claimed = rule(state, index, False)
            if claimed:
                return claimed
        return 0

    def read_header(self, state: ParseState, index: int) -> int:
        """Read header lines from *index* on; return the index of the first body line.

        Lines no rule claims (an author's title, a handle, a standfirst) stay in the header as
        boilerplate while the body has not begun.  If no line ever reads as the start of the body,
        the body starts at the first unclaimed line after all, and what was read from there on is
        forgotten.
        """
        limit = min(len(state.lines), index + self.MAX_HEADER_LINES)
        fallback: tuple[int, ParseState] | None = None
        while index < limit:
            claimed = self.run_rules("header_", self.HEADER_RULES, state, index)
            if claimed == STOP:
                return index
            if claimed == 0:
                kind = self.header_debris_kind(state, index)
                if kind is None and not state.body and self.captions.bar_caption(state.lines[index]) is not None:
                    kind = BoilerplateKind.OTHER.value  # "... for a week. PHOTO | FILE | NATION": a caption (lay58)
                if kind is None:
                    return index
                if fallback is None:
                    fallback = (index, state.copy())
                caption = self.captions.caption_before_bracket(state.lines[index]) or self.captions.header_caption(
                    state.lines[index]
                )  # (a header line's credit a story's sentence may end in too: "... —JANE DOE/CITY DAILY"; lay58)
                if caption is not None:  # "Cattle graze near Longreach. (ABC Western Qld: Jane Roe)"
                    state.captions.append(caption)
                else:
                    state.add_boilerplate(state.lines[index], kind)
                claimed = 1
            index += claimed
        if fallback is not None:  # the header ran out (or hit its limit) without running text
            state.restore(fallback[1])
            return fallback[0]
        return index

    def read_body(self, state: ParseState) -> None:
        """Sort the body lines into captions, timestamps, boilerplate and paragraph lines.

        A paragraph line that follows a claimed line starts a new paragraph.  Link and heading
        lines after the last paragraph (page navigation) are boilerplate ``other``.
        """
        removed = False
        prose_rules = tuple(name for name in self.BODY_RULES if name in self.BODY_PROSE_RULES)
        bound_prose, bound_all = self.bound_rules("body_", prose_rules), self.bound_rules("body_", self.BODY_RULES)
        index = state.body_start
        lines, count = state.lines, len(state.lines)
        while index < count:
            line = lines[index]
            plain = self.is_plain_prose(line) and not self.under_credit_line(state, index)
            bound = bound_prose if plain else bound_all
            if bound is not None:  # (the rules looked up once, not once a line)
                claimed = self.run_bound(bound, state, index)
            else:
                claimed = self.run_rules("body_", prose_rules if plain else self.BODY_RULES, state, index)
            if claimed:  # a rule may claim several lines (a byline on two): skip them all
                removed = True
                index += max(claimed, 1)  # (STOP ends nothing in the body: that line is claimed)
                continue
            state.body.append(attrs.evolve(line, blank_before=True) if removed else line)
            removed = self.is_body_entry_heading(lines, index)  # its entry's text starts a paragraph
            index += 1
        body = state.body
        if state.keyed_body:
            return  # (a JSON record's body: what its key holds, no page under it)
        self.credit_shaped_captions(state)
        self.cut_link_runs(state)
        self.cut_cards_printed_twice(state)
        self.release_about(state)
        self.cut_inner_end_marks(state)
        after_sign_off = bool(body) and self.story_after_sign_off(state, body[-1])
        self.cut_contributor_notes(state)
        self.cut_letter_close(state)
        if len(body) > 1 and (
            self.is_agency_sign_off_line(body[-1].text)
            or self.is_end_mark_line(body[-1].text)
            or self.wire_mark_line(body[-1].text)  # "==Kyodo", "dpa kr yyzz a3 jap", "PTI KK NP" (mendL65)
            or self.slug_under_end_mark(body)  # "... statement. (end)" / "ahm.gta" (mendLT67)
        ):
            state.add_boilerplate(body.pop(), BoilerplateKind.SIGN_OFF)  # "(ANSA)." alone under the story (layT61)
        if len(body) > 1 and self.is_funding_note(body[-1].text):
            state.add_boilerplate(body.pop(), BoilerplateKind.DISCLAIMER)  # "This story was funded by ..." (layT61)
        if body:
            self.cut_end_mark(state)
        if after_sign_off:
            return  # "Reporting by Jane Roe" / "Ferries resume on Friday": the story's last line
        popped = self.pop_link_lines(state)
        if self.promo_over_button(state):
            state.add_boilerplate(body.pop(), BoilerplateKind.OTHER)
            popped = True
        for start, end, kind in self.foot_box_blocks(state):  # "Note from the author:" / "Support us" and their text
            for line in body[start:end]:
                state.add_boilerplate(line, kind)
            del body[start:end]
            popped = True
        box = self.author_box_start(state)
        if box is not None:  # the writer's note under the story, and what the page prints under it
            while len(body) > box:
                state.add_boilerplate(body.pop(box), BoilerplateKind.SIGN_OFF)
            self.pop_link_lines(state)  # (page links over the note: "Related Stories")
            popped = True
        if popped and body:
            self.cut_end_mark(state)  # (the story's last line, over desk lines such as "ams/jmr", may end in a sign-off)

    def is_press_release(self, state: ParseState) -> bool:
        """Whether the body opens with a dateline that names a press-release wire
        (``Vocabulary.is_press_wire``: ``NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) --``).

        .. versionadded:: 0.2"""
        if not state.body:
            return False
        found = self.dateline_at(state, state.body[0].span)
        return found is not None and found.agency is not None and self.vocabulary.is_press_wire(found.agency)

    #: How many spans' datelines :meth:`dateline_at` keeps in a parse (``ParseState.datelines_read``)
    #: before it forgets them all and starts again.
    #:
    #: .. versionadded:: 0.2 (speed70)
    DATELINES_KEPT: ClassVar[int] = 64

    def dateline_at(self, state: ParseState, span: Span) -> Dateline | None:
        """``DatelineParser.parse`` of the parse's text at *span* (no reference date), read once for
        a span the rules ask about again (the first body line's: :meth:`is_press_release`,
        :meth:`dateline_date` and others; a header line's: the header rules ahead and in turn), kept
        in ``ParseState.datelines_read`` (at most :attr:`DATELINES_KEPT` spans).

        .. versionadded:: 0.2 (speed70)"""
        read = state.datelines_read
        key = (span.start, span.end)
        found = read.get(key, _NOT_READ)
        if found is _NOT_READ:
            if len(read) >= self.DATELINES_KEPT:
                read.clear()
            found = read[key] = self.dateline.parse(state.text, span)
        return found  # type: ignore[return-value]

    def is_release_source(self, state: ParseState, index: int) -> bool:
        """Whether the credit line ``lines[index]`` in a press release (:meth:`is_press_release`)
        credits the release's issuer, whom the first paragraph names (``SOURCE: Borealis Mining
        Corp.`` under a release that opens ``Borealis Mining Corp. (TSXV:BRM) is pleased ...``): the
        wire's sign of its source, no picture's credit, so the line above it stays the release's.

        .. versionadded:: 0.2"""
        if not state.body or not self.is_press_release(state):
            return False
        credit = self.captions.credit_of(state.lines[index])
        return bool(credit) and credit is not None and credit in state.body[0].text

    def release_about(self, state: ParseState) -> None:
        """In a press release (:meth:`is_press_release`), the body lines under a heading filed as
        boilerplate that opens with a word of :attr:`RELEASE_ABOUT_WORDS` and names what the first
        paragraph names (``About Acme Robotics`` over ``Acme Robotics designs ...``), up to the next
        line filed as boilerplate (``Forward-Looking Statements``, ``Media Contact:``) or the end: the
        company's standing description, boilerplate ``press-release``.  A heading over a part of
        the release itself (``About the Study``, which the first paragraph does not name so) leaves
        its lines the story's.

        .. versionadded:: 0.2"""
        body = state.body
        if len(body) < 2 or not self.is_press_release(state):
            return
        first = body[0].text
        starts = sorted(item.span.start for item in state.boilerplate)
        line_starts = [line.span.start for line in body]  # (in the text's order)
        cut: list[int] = []
        for item in list(state.boilerplate):
            words = item.text.rstrip(" :").split(None, 1)
            if len(words) < 2 or words[0].casefold() not in self.RELEASE_ABOUT_WORDS or words[1] not in first:
                continue
            if item.span.start <= body[0].span.start:
                continue
            after = bisect.bisect_right(starts, item.span.start)
            end = starts[after] if after < len(starts) else len(state.text)
            cut.extend(range(bisect.bisect_left(line_starts, item.span.end), bisect.bisect_left(line_starts, end)))
        for at in sorted(set(cut), reverse=True):
            state.add_boilerplate(body[at], BoilerplateKind.PRESS_RELEASE)
        self.drop_body_lines(state, cut)

    def credit_layouts(self, state: ParseState) -> int:
        """How many captions of the page stand alone in their block right over a line filed as
        their credit, alone in its block too, the credit printed bare (``Jo Roe/City Herald``,
        not ``Photo: Jo Roe/City Herald``: a page that labels its credits labels them all, so a
        bare line of capitalised words under a sentence there is a subhead): the page's way of
        printing a picture.

        .. versionadded:: 0.2"""
        lines = state.lines
        credits = {item.span for item in state.boilerplate if item.kind == BoilerplateKind.CREDIT.value}
        count = 0
        for caption in state.captions:
            if caption.credit is None:
                continue
            at = self.line_at(lines, caption.span.start)
            if at is None or at + 1 >= len(lines) or not lines[at].blank_before:
                continue
            below = lines[at + 1]
            if below.blank_before and below.span in credits and (at + 2 >= len(lines) or lines[at + 2].blank_before):
                count += below.text.startswith(caption.credit)  # (printed bare: "Photo: ..." labels them all)
        return count

    def is_credit_shaped(self, text: str) -> bool:
        """Whether *text*, a line alone in its block, has the shape of a picture's credit: one to
        :attr:`CREDIT_SHAPE_WORDS` words (pieces apart at a slash counted too), each starting with
        a capital, no article of the vocabulary (``The Verdict`` is a subhead) nor a possessive
        (``Tubman's Hymnal``, a title), no digit and no punctuation at its end (``Berkeley Earth``,
        ``Harbour Archive/Local Studio``).

        .. versionadded:: 0.2"""
        words = text.replace("/", " ").split()
        if not words or len(words) > self.CREDIT_SHAPE_WORDS or not text[-1:].isalpha():
            return False
        if any(ch.isdigit() for ch in text):
            return False
        possessive = self.vocabulary.ROLE_OWNER_ENDINGS
        return all(
            word[:1].isupper() and not self.vocabulary.is_article(word) and not word.endswith(possessive) for word in words
        )

    def credit_shaped_captions(self, state: ParseState) -> None:
        """On a page that prints :attr:`MIN_CREDIT_LAYOUTS` captions or more alone in their block
        over a credit alone in its block (:meth:`credit_layouts`), a body line of the same shape
        is a caption too: a block of one line that reads as a caption
        (:meth:`CaptionParser.reads_as_story <newsparse.CaptionParser.reads_as_story>` and
        :meth:`~newsparse.CaptionParser.is_running_prose` false, one sentence, at most
        :attr:`CaptionParser.ABOVE_MAX_WORDS <newsparse.CaptionParser.ABOVE_MAX_WORDS>` words),
        not the body's first, right over a block of one line of a credit's shape
        (:meth:`is_credit_shaped`: ``Berkeley Earth``), a credit no list knows, with the story
        going on under it (:meth:`is_story_block`).  The credit line is boilerplate ``credit``.
        Only with :attr:`READ_CREDIT_SHAPES` on (off by default).

        .. versionadded:: 0.2"""
        body = state.body
        if not self.READ_CREDIT_SHAPES or len(body) < 3 or self.credit_layouts(state) < self.MIN_CREDIT_LAYOUTS:
            return
        starts = [at for at, line in enumerate(body) if at == 0 or line.blank_before]
        blocks = list(zip(starts, [*starts[1:], len(body)], strict=True))
        taken: list[int] = []
        new: list[CaptionLine] = []
        for number in range(1, len(blocks) - 2):
            (top, top_end), (low, low_end) = blocks[number], blocks[number + 1]
            if top_end - top != 1 or low_end - low != 1 or (taken and taken[-1] >= top):
                continue
            caption_line, credit_line = body[top], body[low]
            if has_text_between(state.text, caption_line.span.end, credit_line.span.start):
                continue  # (a line filed between them)
            if not self.is_credit_shaped(credit_line.text) or not self.is_story_block(body[slice(*blocks[number + 2])]):
                continue
            text = caption_line.text
            captions = self.captions
            if not self.CREDIT_SHAPE_CAPTION_WORDS <= len(text.split()) <= captions.ABOVE_MAX_WORDS:
                continue  # (a short sentence over a subhead, "Then the water came." / "What Happens Next")
            if not ends_sentence(text) or captions.has_inner_stop(text):
                continue  # (one sentence: two are a gallery's item, a heading run into its text)
            if captions.reads_as_story(text) or captions.is_running_prose(text):
                continue
            new.append(CaptionLine(text, credit_line.text, caption_line.span))
            state.add_boilerplate(credit_line, BoilerplateKind.CREDIT)
            taken.extend((top, low))
        if new:  # (in the text's order, merged once: a page of many pictures stays linear)
            found = state.captions
            found[:] = sorted([*found, *new], key=lambda item: item.span.start)
        self.drop_body_lines(state, taken)

    @staticmethod
    def drop_body_lines(state: ParseState, cut: Iterable[int]) -> None:
        """Take the body lines at the indexes *cut* out of ``state.body`` at once (the packed list
        is rebuilt once, never a line at a time: linear however many go).

        .. versionadded:: 0.2"""
        gone = set(cut)
        if gone:
            body = state.body
            body[:] = [line for at, line in enumerate(body) if at not in gone]

    def cut_link_runs(self, state: ParseState) -> None:
        """File as boilerplate ``related`` each run of links a page sets inside the story: at
        least :attr:`MIN_LINK_RUN` blocks of one line each, every one a title (:meth:`is_run_title`:
        ``Safety officials urge carmaker to redesign part``), between two blocks of the story
        (:meth:`is_story_block`), the one above not leading into a list with a colon.  A story's
        own list is led in (``The new board:``), numbered, or written in sentences; a subhead
        stands alone over its text.

        .. versionadded:: 0.2"""
        body = state.body
        if not body:
            return
        starts = [at for at, line in enumerate(body) if at == 0 or line.blank_before]
        blocks = list(zip(starts, [*starts[1:], len(body)], strict=True))
        cut: list[int] = []
        number = 1
        while number < len(blocks) - 1:
            end = number
            while end < len(blocks) - 1 and blocks[end][1] - blocks[end][0] == 1 and self.is_run_title(body[blocks[end][0]].text):
                end += 1
            if end - number >= self.MIN_LINK_RUN and self.is_story_block(body[slice(*blocks[end])]):
                first = body[blocks[number][0]]
                above = blocks[number - 1]
                if self.is_story_block(body[slice(*above)]) and (
                    self.is_run_label(first.text) or self.follows_related_label(state, body[above[1] - 1], first)
                ):
                    cut.extend(blocks[at][0] for at in range(number, end))
                elif (
                    number >= 2
                    and above[1] - above[0] == 1
                    and self.is_run_label(body[above[0]].text)
                    and self.is_story_block(body[slice(*blocks[number - 2])])
                ):
                    cut.extend(blocks[at][0] for at in range(number - 1, end))  # (its label too: "Most Read")
            number = max(end, number + 1)
        for at in cut:  # (each a block of its own: the line under it starts a block already)
            state.add_boilerplate(body[at], BoilerplateKind.RELATED)
        self.drop_body_lines(state, cut)

    def cut_cards_printed_twice(self, state: ParseState) -> None:
        """File as boilerplate ``related`` a teaser card a page prints twice in a row, once for each
        screen size: a label and a title, each a block of one line ending no sentence, then the
        same two lines again (``Business`` / ``Paper renames itself as its dispute goes on`` /
        ``Business`` / ``Paper renames itself as its dispute goes on``), the title one of
        :meth:`is_run_title` with a word in lower case (``Arsenal 2 Chelsea 1`` twice is a score's
        lines).  A story never sets two headings twice over; a heading printed once stays, and so
        do lines a colon leads into (``the crowd began a call and response:``, a chant's lines).

        .. versionadded:: 0.2"""
        body = state.body
        if not body:
            return
        starts = [at for at, line in enumerate(body) if at == 0 or line.blank_before]
        ends = [*starts[1:], len(body)]
        single = [end - start == 1 for start, end in zip(starts, ends, strict=True)]
        cut: list[int] = []
        number = 0
        while number + 3 < len(starts):
            # (the four lines read only where four blocks of one line each stand in a row)
            texts = [body[starts[number + k]].text for k in range(4)] if all(single[number : number + 4]) else None
            if (
                texts is not None
                and texts[0] == texts[2]
                and texts[1] == texts[3]
                and texts[0] != texts[1]
                and not any(ends_sentence(text) for text in texts[:2])
                and self.is_run_title(texts[1])
                and has_lower_word(texts[1])
                and not (number and body[starts[number] - 1].text.rstrip().endswith(":"))  # (a chant led in)
            ):
                cut.extend(starts[number + k] for k in range(4))
                number += 4
            else:
                number += 1
        for at in cut:
            state.add_boilerplate(body[at], BoilerplateKind.RELATED)
        self.drop_body_lines(state, cut)

    def is_run_label(self, text: str) -> bool:
        """Whether *text*, a line alone in its block, is the label a page sets over a run of links
        (:meth:`cut_link_runs`): at most :attr:`RUN_LABEL_WORDS` words, no sentence end, holding one
        of :attr:`LINK_RUN_LABELS` in whole words (``Most Read Business Stories``, ``Trending
        Now``).  A story's own list of facts has no such label over it (``Schools closed until
        Monday``), nor a subhead with one word of them (``The latest flood figures``).

        .. versionadded:: 0.2"""
        words = text.split()
        if not words or len(words) > self.RUN_LABEL_WORDS or ends_sentence(text):
            return False
        line = " " + " ".join(word.strip(CLOSERS + ":|-").casefold() for word in words) + " "
        return any(label in line for label in self._run_labels)  # (read only over a run)

    def follows_related_label(self, state: ParseState, story_end: Line, first: Line) -> bool:
        """Whether a line filed as boilerplate ``related`` (``Trending News``) stands between the
        story's line *story_end* and *first*, the first title of a run of links.

        .. versionadded:: 0.2"""
        related = BoilerplateKind.RELATED.value
        low, high = story_end.span.end, first.span.start
        return any(item.kind == related and low <= item.span.start < high for item in state.boilerplate)

    def is_run_title(self, text: str) -> bool:
        """Whether *text*, a line alone in its block, reads as the title of another page in a run
        of links (:meth:`cut_link_runs`): :attr:`RUN_TITLE_WORDS` words, starting with a capital,
        a digit or a quote, and ending without punctuation, or in a ``?`` or ``!`` inside quotes
        (``Video shows rescue: "We got her!"``), a title quoting someone; quotes are
        :attr:`BoilerplateParser.QUOTE_PAIRS <newsparse.BoilerplateParser.QUOTE_PAIRS>`.

        .. versionadded:: 0.2"""
        fewest, most = self.RUN_TITLE_WORDS
        if not text or not fewest <= len(text.split(None, most)) <= most:
            return False
        first = text[0]
        if first.islower() or not (first.isalnum() or any(first == opening for opening, _ in self.boilerplate.QUOTE_PAIRS)):
            return False
        stripped = text.rstrip(CLOSERS)
        if not stripped:
            return False
        if stripped[-1] in "?!":
            return stripped != text  # (a quoted cry in a title; a bare question may be the story's)
        return stripped[-1] not in self.body.TERMINAL + ",…"

    def is_story_block(self, block: Sequence[Line]) -> bool:
        """Whether *block*, the body lines of one block, reads as the story's text: it ends a
        sentence, not a colon leading into a list, and has :attr:`RUN_STORY_WORDS` words or more.

        .. versionadded:: 0.2"""
        if not block or not ends_sentence(block[-1].text):
            return False
        return sum(len(line.text.split()) for line in block) >= self.RUN_STORY_WORDS

    def pop_link_lines(self, state: ParseState) -> bool:
        """File the link and heading lines at the end of the body lines as boilerplate ``other``
        (page navigation under the story), up to the story's last words; whether any were.  A run
        of other stories' headlines in sentence case (:meth:`headline_run_start`) is ``related``.

        .. versionadded:: 0.2"""
        body = state.body
        popped = False
        while body:
            start = self.link_block_start(body)
            if start is None or (start < len(body) - 1 and not self.is_menu_block(state, start)):
                start = self.menu_blocks_start(state)  # ("World" / "Africa" "Americas": a menu split by blank lines)
            headlines = False
            if start is None:
                start = self.headline_run_start(state)  # other stories' headlines, no label over them (fixL65)
                headlines = start is not None
            if start is None and self.link_under_related_label(state):
                # "You may also like..." / "Who will make the Hall of Fame?" / links, popped before or
                # filed by a pattern ("Related: Ferry fares rise again")
                start = len(body) - 1
            if start is None:
                break  # ("Ingredients" / "Beef" / "Onions", "Goals" / "Mensah": the story's own list)
            if start == len(body) - 1 and self.last_running_line(state):
                break  # ("She said the strike that began in May never ends": the story's end, its stop lost)
            if any(self.is_signed_quotation(line.text) or self.ends_in_sign_off(line.text) for line in body[start:]):
                break  # '"..." ― Mayor Ana Ortiz, writing after the vote', '... border regions. EFE': the story's last words
            if start == len(body) - 1 and self.is_life_dates(body[-1].text):
                break  # "Margaret Doyle: born March 2, 1941; died November 20, 2026": an obituary's last paragraph
            if start == len(body) - 1 and self.signed_story_line(body[-1].text):
                break  # "The park will reopen on Friday. © City Herald": the story's last sentence (fixL60)
            while len(body) > start:
                line = body.pop(start)
                kind = BoilerplateKind.SIGN_OFF if self.wire_mark_line(line.text) else BoilerplateKind.OTHER
                state.add_boilerplate(line, BoilerplateKind.RELATED if headlines else kind)
            popped = True
        return popped

    def signed_story_line(self, text: str) -> bool:
        """Whether *text*, the body's last line alone in its block, is a sentence of the story and a
        copyright sign after it (``The park will reopen on Friday. © City Herald``): the words before
        its last sign end a sentence and read as running prose or state a fact
        (:meth:`CaptionParser.reads_as_prose`, :meth:`CaptionParser.states_fact`).  The line is the
        story's last paragraph, whatever the sign names, never a link under it; a notice alone on its
        line (``© 2026 City Herald``) has no sentence before its sign.

        .. versionadded:: 0.2 (fixL60)
        .. versionchanged:: 0.2 (fixL60b) not a page's notice (:meth:`signed_sentence`).
        .. versionchanged:: 0.2 a fact the language's own past states keeps a picture desk's
           form a caption (:meth:`CaptionParser.signs_fact`, mendL61)."""
        head = self.signed_sentence(text)
        if head is None:
            return False
        return self.captions.reads_as_prose(head) or self.captions.signs_fact(head, text[text.rfind("©") + 1 :])

    def signed_sentence(self, text: str) -> str | None:
        """The words before the last copyright sign of *text* when they end a sentence the sign may
        sign as a credit (``The park will reopen on Friday. © City Herald``), else ``None``: none
        when the sign carries a year (``... © 2026 City Herald``, ``... © City Herald 2026``: the
        page's copyright notice) or the sentence is a notice itself
        (:meth:`BoilerplateParser.claims_rights`: ``This article may not be republished. © City
        Herald``, ``This story was first published by the City Herald. © City Herald``).

        .. versionadded:: 0.2 (fixL60b)"""
        at = text.rfind("©")
        head = text[:at].rstrip() if at > 0 else ""
        if not head or not ends_sentence(head) or _FULL_YEAR.search(text, at) is not None:
            return None
        return None if self.boilerplate.claims_rights(head) else head

    def is_story_over_sign(self, line: Line) -> bool:
        """Whether *line*, a header line, is the story's first sentence with a copyright sign glued
        to its end (``Rescuers reached the village on Monday. © Reuters``): the sentence before the
        sign (:meth:`signed_sentence`) states a fact (:meth:`CaptionParser.signs_fact`), which the
        caption reader reads as no picture's caption wherever the line stands.  The story starts
        there; a picture described with no finite verb (``Firefighters at the pier on Monday. ©
        Reuters``), or in the language's own past in a picture desk's form (``Des manifestants ont
        défilé à Lyon, le 14 mars 2026. © AFP``, mendL61), is left to the caption reader.

        .. versionadded:: 0.2 (fixL60b)"""
        text = line.text
        if "©" not in text or len(text) > self.PROSE_CHARS:
            return False
        head = self.signed_sentence(text)
        return head is not None and self.captions.signs_fact(head, text[text.rfind("©") + 1 :])

    #: The words of an obituary's closing line of life dates (:meth:`is_life_dates`): the birth's
    #: and the death's, in that order.
    #:
    #: .. versionadded:: 0.2 (layB58)
    LIFE_DATE_WORDS: ClassVar[tuple[str, str]] = ("born", "died")
    #: The most characters of such a line.
    LIFE_DATES_CHARS: ClassVar[int] = 300

    def is_life_dates(self, text: str) -> bool:
        """Whether *text*, the body's last line, is an obituary's closing line of life dates: a
        capitalised name, maybe a role (``Margaret Doyle: born March 2, 1941; died November 20,
        2026``, ``Tom Hale, teacher, born 2 March 1941; died 20 November 2026``), one of
        :attr:`LIFE_DATE_WORDS` opening each side of a semicolon, the birth's after a colon or a
        comma, each with a year of four digits: the story's last paragraph, no page furniture
        (:meth:`pop_link_lines`), layB58.

        .. versionadded:: 0.2"""
        born, died = self.LIFE_DATE_WORDS
        text = text.strip()
        if len(text) > self.LIFE_DATES_CHARS or not text[:1].isupper() or text.count(";") != 1:
            return False
        birth, death = (part.strip() for part in text.split(";"))
        head, mark, since = birth.partition(f" {born} ")
        if not mark or not head.endswith((",", ":")) or not death.casefold().startswith(f"{died} "):
            return False
        return all(_FULL_YEAR.search(part, 0, None, KEEP_GIL) is not None for part in (since, death))

    def wire_mark_line(self, text: str) -> bool:
        """Whether *text*, a line popped off the body's end, is news agencies alone
        (:meth:`CaptionParser.is_wire_credit`) in round brackets or after a dash or two
        (``(AFP)``, ``— AFP``, ``==Kyodo``): the wire's sign-off on a line of its own, boilerplate
        ``sign-off``, not ``other``.  (``[CNBC]`` under an excerpt cites the outlet: no sign-off.)

        .. versionadded:: 0.2 (fixH53)
        .. versionchanged:: 0.2 an agency alone, with no mark (``AAP``): :meth:`is_bare_agency_line` (trialL62)."""
        if self.is_bare_agency_line(text) or self.is_agency_codes_line(text):
            return True
        match = _WIRE_MARK_LINE.fullmatch(text.strip(), 0, None, KEEP_GIL)
        return match is not None and self.captions.is_wire_credit(match.group("agency").strip())

    #: The most letters of each editor's code in a desk's slug under a wire's end mark
    #: (:meth:`slug_under_end_mark`: ``ahm.gta``), and the most codes.
    #:
    #: .. versionadded:: 0.2 (mendLT67)
    MAX_SLUG_CODE_CHARS: ClassVar[int] = 4
    MAX_SLUG_CODES: ClassVar[int] = 3

    def slug_under_end_mark(self, body: Sequence[Line]) -> bool:
        """Whether the last of *body*'s lines is a desk's slug, two to :attr:`MAX_SLUG_CODES` codes
        in lower case of up to :attr:`MAX_SLUG_CODE_CHARS` letters each joined by a full stop or a
        slash and nothing else (``ahm.gta``, ``ahm.gta/rk``), under a line that a wire's end mark
        closes (:attr:`END_MARKS`: ``... statement. (end)``), as KUNA files its stories: the slug is
        the wire's sign-off, and the end mark is then cut off the line above (:meth:`cut_end_mark`).

        .. versionadded:: 0.2 (mendLT67)"""
        if len(body) < 2:
            return False
        codes = body[-1].text.strip().replace("/", ".").split(".")
        if not 1 < len(codes) <= self.MAX_SLUG_CODES:
            return False
        if not all(0 < len(code) <= self.MAX_SLUG_CODE_CHARS and code.isalpha() and code.islower() for code in codes):
            return False
        return self._end_mark.search(body[-2].text, 0, None, KEEP_GIL) is not None

    #: The most editors' codes after an agency's name on a sign-off's line of its own
    #: (:meth:`is_agency_codes_line`: ``dpa kr yyzz a3 jap``, ``PTI KK NP``), and the most characters
    #: of each.
    #:
    #: .. versionadded:: 0.2 (mendL65)
    MAX_SIGN_OFF_CODES: ClassVar[int] = 5
    MAX_SIGN_OFF_CODE_CHARS: ClassVar[int] = 5
    #: The most letters of editors' initials in capitals after an agency's name in capitals
    #: (:meth:`is_agency_codes_line`: ``PTI ABC DEF``; ``AP NEWS`` is the outlet's name).
    #:
    #: .. versionadded:: 0.2 (mendL65)
    MAX_SIGN_OFF_INITIALS: ClassVar[int] = 3

    def is_agency_codes_line(self, text: str) -> bool:
        """Whether *text* is a known agency's name (``Vocabulary.is_agency``) and its editors' codes
        after it, nothing else, as a wire closes its story on a line of its own: the codes in
        capitals after a name in capitals, at most :attr:`MAX_SIGN_OFF_INITIALS` letters each (``PTI KK
        NP``, ``PTI ABC DEF``; not ``AP NEWS``), letters and digits in
        lower case after a name in lower case (``dpa kr yyzz a3 jap``), one to
        :attr:`MAX_SIGN_OFF_CODES` codes of at most :attr:`MAX_SIGN_OFF_CODE_CHARS` characters each.
        A sentence (``AP said so.``, ``Reuters reported it``) is none: its words are in lower case
        after a capitalised name, or it ends in a stop.

        .. versionadded:: 0.2 (mendL65)"""
        words = text.split()
        if not 1 < len(words) <= 1 + self.MAX_SIGN_OFF_CODES or not self.vocabulary.is_agency(words[0]):
            return False
        codes = words[1:]
        if any(len(code) > self.MAX_SIGN_OFF_CODE_CHARS or not code.isalnum() for code in codes):
            return False
        if words[0].isupper():  # (initials: "AP NEWS" is the outlet's name)
            return all(code.isalpha() and code.isupper() and len(code) <= self.MAX_SIGN_OFF_INITIALS for code in codes)
        return words[0].islower() and all(code.islower() for code in codes)

    def is_bare_agency_line(self, text: str) -> bool:
        """Whether *text* is news agencies of the vocabulary alone, with no mark around them and no
        full stop, maybe with an ellipsis (``AAP``, ``Australian Associated Press``, ``dpa/AFP``,
        ``REUTER...``): as the body's last line
        under the story, the wire's sign-off (``other`` before; a word no agency, ``Agencies``,
        stays as it was).  With a full stop it may end a wrapped sentence (``... a bank official
        told`` / ``Reuters.``): the story's.

        .. versionadded:: 0.2 (trialL62)"""
        bare = text.strip()
        if bare.endswith(".") and not bare.endswith("..."):
            return False  # (a full stop, no ellipsis: "... a bank official told" / "Reuters.")
        return bool(bare) and bare[:1] != "(" and self.captions.is_wire_credit(bare.rstrip("."))

    def link_under_related_label(self, state: ParseState) -> bool:
        """Whether the body's last line, a block of one line with no closing full stop, stands right
        under a label of related links (a line :meth:`classify_boilerplate` reads as ``related``:
        ``You may also like...``, ``Next Up In Sport``) and right over a line filed as a page's link
        (``other`` or ``related``, by :meth:`pop_link_lines` or a pattern): the first of those links,
        though it reads as a sentence (``Who will make the Hall of Fame in 2026?``), no story's line
        (a line with a full stop there may be the story's, or a blurb of the site's own); a link with
        its title after a colon (``Read more: Ferry fares rise again``) is no such label.  The link
        under it is looked for among the last :attr:`LINK_LABEL_LOOKBACK` lines filed.

        .. versionadded:: 0.2"""
        body, lines = state.body, state.lines
        if not body or not body[-1].blank_before or body[-1].text.rstrip().endswith("."):
            return False
        at = self.line_at(lines, body[-1].span.start)
        if at is None or not 0 < at < len(lines) - 1:
            return False
        label = self.classify_boilerplate(lines[at - 1])
        if label is None or label.kind != BoilerplateKind.RELATED.value:
            return False
        if ":" in lines[at - 1].text.rstrip().rstrip(":"):
            return False  # ("Read more: Ferry fares rise again" is a link itself, no label over links)
        below = lines[at + 1].span
        links = (BoilerplateKind.OTHER.value, BoilerplateKind.RELATED.value)
        filed = state.boilerplate
        for number in range(len(filed) - 1, max(-1, len(filed) - 1 - self.LINK_LABEL_LOOKBACK), -1):
            item = filed[number]
            if item.span == below:
                return item.kind in links
        return False

    def link_block_start(self, body: Sequence[Line]) -> int | None:
        """Where the block of link lines that ends the body lines starts, or ``None`` when the
        last block is no such block: a link line after a blank line, or a list of
        :attr:`MIN_LINK_LIST_LINES` or more link lines, one a line, without a blank line between
        them, each an item of a menu (:meth:`is_menu_item`: a page's menu under the story,
        ``News`` / ``Weather`` / ``Sports``), after the body's first block, never the lines of a table
        (``Net 1.2 mln vs 0.9 mln``), of a wrapped sentence or of a list under a line that
        ends in a colon (``The new board:`` / ``Jane Roe`` / ``Tom Poe``).  A single line after a
        blank line is such a block when it is a link line or a question written as a title
        (:meth:`is_title_question`).

        .. versionadded:: 0.2"""
        last = len(body) - 1
        start = last
        while start > 0 and not body[start].blank_before:
            start -= 1
        if not body[start].blank_before:
            return None  # (the block is the body's first: the story itself)
        if start == last:
            link = self.is_link_line(body, start) or self.is_title_question(body[start].text)
            return start if link else None
        if not start or last - start + 1 < self.MIN_LINK_LIST_LINES or body[start - 1].text.rstrip().endswith(":"):
            return None  # (a list under a line that leads into it, "The new board:", is the story's)
        for index in range(start, last + 1):
            if not self.is_link_line(body, index) or not self.is_menu_item(body[index].text):
                return None
        return start

    #: The most words of a speaker's name in a transcript's label (:meth:`is_transcript_label`).
    #:
    #: .. versionadded:: 0.2 (fixL65)
    MAX_TRANSCRIPT_NAME_WORDS: ClassVar[int] = 4

    def is_transcript_label(self, text: str) -> bool:
        """Whether *text*, a whole line, is a broadcast transcript's speaker label alone: a name in
        capitals of at most :attr:`MAX_TRANSCRIPT_NAME_WORDS` words, a comma, a role of
        ``Vocabulary.TRANSCRIPT_ROLES`` in capitals and a colon (``AILSA CHANG, HOST:``, ``JO REED,
        BYLINE:``).  It opens the transcript's first turn, the story's first line: the body starts
        there (:meth:`header_debris_kind`), and the label names a speaker, no author.

        .. versionadded:: 0.2 (fixL65)"""
        stripped = text.strip()
        if not stripped.endswith(":") or not stripped.isupper():
            return False
        name, comma, role = stripped[:-1].rpartition(",")
        words = name.split()
        if not comma or not 0 < len(words) <= self.MAX_TRANSCRIPT_NAME_WORDS:
            return False
        if not all(word.replace(".", "").replace("'", "").replace("-", "").isalpha() for word in words):
            return False
        return role.strip().casefold() in self.vocabulary.TRANSCRIPT_ROLES

    def headline_run_start(self, state: ParseState) -> int | None:
        """Where a run of other stories' headlines ends the body lines, or ``None``: the last
        block, after a blank line and the story above it, of :attr:`HEADLINE_RUN_LINES` lines one
        a line (``School board delays vote on new budget`` / ``Police identify man killed in
        highway crash`` / ...), each a title (:meth:`is_run_headline`), the line above the block
        ending a sentence.  A page's related links in sentence case with no label over them;
        a list the story leads into (a line ending in a colon above it), a paragraph wrapped over
        lines (its last line ends a sentence, a line of it in a short word) or a list of
        bullets stays the story's.

        .. versionadded:: 0.2 (fixL65)"""
        body = state.body
        last = len(body) - 1
        start = last + 1
        while start > 0 and self.is_link_line(body, start - 1) and self.is_run_headline(body[start - 1].text):
            start -= 1
        fewest, most = self.HEADLINE_RUN_LINES
        if not 0 < start <= last or not body[start].blank_before or not fewest <= last - start + 1 <= most:
            return None
        if not ends_sentence(body[start - 1].text.rstrip()):
            return None  # (the story's last line above ends a sentence; "The new rules:" leads into a list)
        return start

    def is_run_headline(self, text: str) -> bool:
        """Whether *text*, a line of a run under the story (:meth:`headline_run_start`), reads as
        another story's headline: :attr:`HEADLINE_RUN_WORDS` words, a capital or a digit first
        and no mark of a list's item before it, its last word neither one a line goes on after
        (``HeadlineParser.OPEN_ENDS``: ``of``, ``the``, a wrapped sentence's line) nor followed by a
        comma, a semicolon or a colon, and more of its words in lower case than capitalised (sentence case: a title-case
        line is left to the menu and link rules).

        .. versionadded:: 0.2 (fixL65)"""
        words = text.split()
        fewest, most = self.HEADLINE_RUN_WORDS
        if not fewest <= len(words) <= most or not (words[0][:1].isupper() or words[0][:1].isdigit()):
            return False
        tail = words[-1]
        if tail[-1:] in ",;:-" or tail.casefold() in self.headline.OPEN_ENDS:
            return False  # ("... to study the": a wrapped sentence's line; HeadlineParser.OPEN_ENDS)
        rest = [word for word in words[1:] if word[:1].isalpha()]
        return sum(word[:1].islower() for word in rest) > sum(word[:1].isupper() for word in rest)

    def last_running_line(self, state: ParseState) -> bool:
        """Whether the body's last line, alone in its block, is the text's last line and a clause
        of running text whose full stop the copy lost (:meth:`is_running_line`): the story's last
        paragraph, no link under it.  A line with more of the page under it (a link's teaser, a
        picture's caption over its counter) is left to the link rules.

        .. versionadded:: 0.2 (fixL56)"""
        last = state.body[-1]
        if not last.blank_before or (state.text[last.span.end :].strip() and not self.lost_end_mark(state)):
            return False
        return self.is_running_line(last.text) or (self.is_past_clause(last.text) and self.story_above_last(state))

    def lost_end_mark(self, state: ParseState) -> bool:
        """Whether the body's last line had a wire's end mark or sign-off cut off its end
        (:meth:`cut_end_mark`: ``Its owner said: "Thank you" ■``), the last part filed, on the
        line's own line, with nothing but the end mark under it: the story's last line, though its
        sentence lost its stop.

        .. versionadded:: 0.2 (lay57)"""
        last, filed = state.body[-1], state.boilerplate
        if not filed or filed[-1].kind != BoilerplateKind.SIGN_OFF.value:
            return False
        mark = filed[-1]
        between = state.text[last.span.end : mark.span.start]
        return not between.strip() and "\n" not in between and not state.text[mark.span.end :].strip()

    def story_above_last(self, state: ParseState) -> bool:
        """Whether the body line over its last block is the end of a paragraph of the story: a
        line of running text (:meth:`is_prose`) that ends a sentence.

        .. versionadded:: 0.2 (lay57)"""
        body = state.body
        if len(body) < 2 or not ends_sentence(body[-2].text):
            return False
        at = self.line_at(state.lines, body[-2].span.start)
        return at is not None and self.is_prose(state.lines, at)

    def is_past_clause(self, text: str) -> bool:
        """Whether *text*, a short line alone in its block at the body's end with no closing full
        stop, is a clause of a report in the past, its stop lost (``Power was cut to homes``, ``Its
        owner said: "Thank you"``): :attr:`PAST_CLAUSE_WORDS` words or more, a capital first, most
        words in lower case, a verb of :attr:`PAST_CLAUSE_VERBS` within :attr:`PAST_VERB_REACH`
        words after the first and not after a relative word (``Man who was shot dies``: a title's
        relative clause), no question word of the vocabulary's ``HEADLINE_OPENERS`` first (``How
        the deal was done``), no question or cry, and no boilerplate (:meth:`BoilerplateParser.kind`)
        nor caption label (``Share this article``, ``Photo: Reuters`` stay).

        .. versionadded:: 0.2 (lay57)"""
        words = text.split()
        if len(words) < self.PAST_CLAUSE_WORDS or not text[:1].isupper() or text.rstrip(CLOSERS)[-1:] in "?!":
            return False
        if sum(1 for word in words if word[:1].islower()) * 2 < len(words):
            return False  # ("Council Was Told Of Harbour Plan": a title)
        bare = [word.strip(".,;:!?'\"()").casefold() for word in words]
        past = (*self.PAST_CLAUSE_VERBS, *self.vocabulary.PAST_CLAUSE_VERBS)  # (the language's too: "Le maire a dit"; lang58)
        verb = next((at for at in range(1, min(len(bare), 1 + self.PAST_VERB_REACH)) if bare[at] in past), None)
        if verb is None or bare[verb - 1] in self.SUBORDINATE_WORDS or bare[verb - 1] in self.COMPLEMENT_WORDS:
            return False
        if bare[0] in self.vocabulary.HEADLINE_OPENERS:
            return False  # ("How the deal was done": a title's question word)
        if self.is_reported_title(words, verb) or self.is_page_notice(bare):
            return False
        return self.boilerplate.kind(text) is None and not self.captions.opens_with_label(text)

    def is_reported_title(self, words: Sequence[str], verb: int) -> bool:
        """Whether the words *words* of a short last line, *verb* the place of its verb of
        :attr:`PAST_CLAUSE_VERBS`, read as a related story's title in a headline's reported
        shape: ``said to be`` straight after the subject, no auxiliary (``Mayor said to be weighing
        second term``; a report writes ``is said to be``), or a clause of two or three words ending
        in ``told`` after the last comma, no auxiliary before it (``Teenager was stabbed near ferry
        terminal, court told``; a report writes ``the court was told``).

        .. versionadded:: 0.2 (fixR57)"""
        bare = [word.strip(".,;:!?'\"()").casefold() for word in words]
        if any(tuple(bare[verb : verb + len(shape)]) == shape for shape in self.REPORTED_TITLE_SHAPES):
            return True
        if bare[-1] not in self.REPORTED_TITLE_ENDS:
            return False
        comma = max((at for at, word in enumerate(words[:-1]) if word.endswith(",")), default=None)
        if comma is None:
            return False
        clause = bare[comma + 1 :]
        return 2 <= len(clause) <= 3 and clause[-2] not in (*self.PAST_CLAUSE_VERBS, *self.REPORTED_TITLE_AUXILIARIES)

    def is_page_notice(self, bare: Sequence[str]) -> bool:
        """Whether the words *bare* (casefolded, stripped of marks) of a short last line are a
        notice about the page, not the story's clause: one of :attr:`PAGE_NOTICE_OPENERS` first
        (``Comments were closed ...``, ``Video was not available ...``) or one of
        :attr:`PAGE_NOTICE_PAIRS` anywhere (``... for this story``, ``Additional reporting was
        contributed by Tom Smith``).

        .. versionadded:: 0.2 (fixR57)"""
        if bare[0] in self.PAGE_NOTICE_OPENERS:
            return True
        pairs = {f"{a} {b}" for a, b in itertools.pairwise(bare)}
        return not pairs.isdisjoint(self.PAGE_NOTICE_PAIRS)

    def is_running_line(self, text: str) -> bool:
        """Whether *text*, a line alone in its block at the body's end with no closing full stop,
        is still a clause of running text, its stop lost in the copy (``She said the strike that
        began in May never ends``), not a link's or a heading's title: :attr:`PLAIN_PROSE_WORDS`
        words or more, a capital first, most words in lower case, a finite verb of
        :attr:`RUNNING_LINE_VERBS` after the first word and one of :attr:`RUNNING_LINE_GLUE` (a
        title drops its articles: ``Mayor says pier will reopen``), no question and no
        boilerplate (:meth:`BoilerplateParser.kind`) nor caption label.

        .. versionadded:: 0.2 (fixL56)"""
        words = text.split()
        if len(words) < self.PLAIN_PROSE_WORDS or not text[:1].isupper() or text.rstrip(CLOSERS)[-1:] in "?!:":
            return False
        bare = [word.strip(".,;:!?'\"()").casefold() for word in words]
        if sum(1 for word in words if word[:1].islower()) * 2 < len(words):
            return False  # ("Council Votes On Harbour Plan For Next Year": a title)
        if not any(word in self.RUNNING_LINE_VERBS for word in bare[1:]):
            return False
        if not any(word in self.RUNNING_LINE_GLUE for word in bare[1:]):
            return False
        return self.boilerplate.kind(text) is None and not self.captions.opens_with_label(text)

    def is_story_between(self, state: ParseState, index: int) -> bool:
        """Whether the body line right above the bare credit line ``lines[index]`` is a sentence of
        the story, not the caption that credit is printed under: alone in its block, the credit
        line after a blank line, a sentence of :attr:`STORY_BETWEEN_WORDS` words or more that
        states a fact (:meth:`CaptionParser.states_fact`) and goes on after a comma in a clause
        that one of :attr:`SUBORDINATE_WORDS` opens (``The confirmation followed his screening at
        the plenary, which lasted about three hours.``), with running text that ends a sentence in
        the body line above it and running text under the credit, each after a blank line.  A
        caption names what its picture shows, mostly in one clause (``Officials count ballots in
        Abuja on Tuesday.``).

        .. versionadded:: 0.2 (fixL56)"""
        lines, body = state.lines, state.body
        below = index + 1
        if index < 2 or len(body) < 2 or below >= len(lines):
            return False
        above, credit = lines[index - 1], lines[index]
        if not (above.blank_before and credit.blank_before and lines[below].blank_before):
            return False
        text = above.text
        if not is_sentence(text, self.STORY_BETWEEN_WORDS):
            return False
        words = text.split()
        opens = [
            at + 1
            for at, (word, after) in enumerate(itertools.pairwise(words))
            if word.endswith(",") and after.strip(",;:.").casefold() in self.SUBORDINATE_WORDS
        ]
        if not opens or not self.captions.states_fact(" ".join(words[: opens[0]])):
            return False  # (the main clause in the present, "Amupitan speaks to reporters, where ...": a caption)
        before = self.line_at(lines, body[-2].span.start)
        if before is None or not ends_sentence(body[-2].text) or not self.is_prose(lines, before):
            return False
        return self.is_prose(lines, below)

    def menu_blocks_start(self, state: ParseState) -> int | None:
        """Where the run of short blocks that ends the body lines starts when they are one menu
        split by blank lines (``World`` / ``Africa`` ``Americas`` / ``Asia`` ``Europe``), or
        ``None``: two to :attr:`MAX_MENU_BLOCKS` blocks, each of menu items alone on their lines
        (:meth:`is_link_line`, :meth:`is_menu_item`), none the body's first block nor under a line
        that ends in a colon, :attr:`MIN_LINK_LIST_LINES` lines or more in all, that
        :meth:`is_menu_block` reads as a menu read together (a section's name in one block, a
        footer's link or a filed label above them).  Each block alone may be too short for
        :meth:`link_block_start`, or name no section.

        .. versionadded:: 0.2"""
        body = state.body
        end, start, blocks = len(body), None, 0
        while end > 0 and blocks < self.MAX_MENU_BLOCKS:
            top = end - 1
            while top > 0 and not body[top].blank_before:
                top -= 1
            if not top or not body[top].blank_before:
                break  # (the body's first block: the story itself)
            if not all(self.is_link_line(body, i) and self.is_menu_item(body[i].text) for i in range(top, end)):
                break
            start, end, blocks = top, top, blocks + 1
            if body[top - 1].text.rstrip().endswith(":"):
                return None  # (a list under a line that leads into it, "The new board:", is the story's)
        if start is None or blocks < 2 or len(body) - start < self.MIN_LINK_LIST_LINES:
            return None
        return start if self.is_menu_block(state, start) else None

    def is_menu_block(self, state: ParseState, start: int) -> bool:
        """Whether the list of link lines from ``state.body[start]`` to the end (a block
        :meth:`link_block_start` found) is a page's menu rather than a list of the story (a
        recipe's ingredients, a team's line-up, the scorers): one of its lines names a section (a
        word of :attr:`SectionParser.section_nouns`: ``News`` / ``Sports`` / ``Obituaries``) or
        is one of :attr:`MENU_WORDS` (``About`` / ``Contact`` / ``Careers``), or a
        line filed as boilerplate stands right above it, among the last
        :attr:`MENU_LABEL_LOOKBACK` filed (``Tags`` / ``Topics`` over ``Paper Supply`` /
        ``Supply Chain``).

        .. versionadded:: 0.2"""
        body = state.body
        nouns = self.section.section_nouns
        for line in body[start:]:
            if any(word.strip(".,;:!?'\"").casefold() in nouns for word in line.text.split()):
                return True
            if line.text.strip().casefold() in self._menu_words:
                return True
        floor = body[start - 1].span.end if start else 0
        top = body[start].span.start
        filed = state.boilerplate
        for number in range(len(filed) - 1, max(-1, len(filed) - 1 - self.MENU_LABEL_LOOKBACK), -1):
            span = filed[number].span
            if span is not None and floor <= span.start and span.end <= top:
                return True
        return False

    def is_menu_item(self, text: str) -> bool:
        """Whether *text*, a line of a list, reads as an item of a page's menu or a topic's link
        (:meth:`link_block_start`): at most :attr:`LINK_LIST_WORDS` words, no digit, and no word
        of four letters or more in lower case (``Investigations``, ``White House``; a line of
        verse, ``The wind blew hard``, has such words); or a footer's link of :attr:`MENU_WORDS` or
        the vocabulary's, in any case (``Privacy policy``, ``Mentions légales``).

        .. versionadded:: 0.2"""
        if text.strip().casefold() in self._menu_words:
            return True
        words = text.split()
        if len(words) > self.LINK_LIST_WORDS or any(char.isdigit() for char in text):
            return False
        return not any(len(word) >= 4 and word[:1].islower() for word in words)

    def foot_box_blocks(self, state: ParseState) -> list[tuple[int, int, str]]:
        """The blocks at the body's foot, among its last :attr:`FOOT_BOX_LINES` lines and after one
        line at least, that each open with a note's label (:attr:`FOOT_NOTE_LABELS`: ``Note from
        the author:``, kind ``editors-note``) or an appeal's heading (:attr:`SUPPORT_LABELS`:
        ``Support independent journalism``, kind ``subscribe``), or stand right under such a label
        alone on its line (``Support us`` / blank / ``We are a nonprofit newsroom ...``), as
        ``(start, end, kind)`` from the foot up: a page's notes and appeals under the story, every
        block under the first of them one of them too.  A block of the story between them ends the
        run (a note's label at the story's top heads no foot), and a block under an appeal's
        heading that calls for nothing (:meth:`calls_for_support`) stays the story's.

        .. versionadded:: 0.2 (fixL64)
        .. versionchanged:: 0.2 the block under an appeal's heading must call for support (mendR64).
        .. versionchanged:: 0.2 a page's call after a lead-in is one too (:meth:`foot_call_kind`, debris71)."""
        body = state.body
        starts = [index for index in range(max(1, len(body) - self.FOOT_BOX_LINES), len(body)) if body[index].blank_before]
        if not starts:
            return []
        bounds = list(zip(starts, [*starts[1:], len(body)], strict=True))
        labels = [self.foot_label_kind(body[start].text) for start, _ in bounds]
        blocks: list[tuple[int, int, str]] = []
        for at in range(len(bounds) - 1, -1, -1):
            kind = labels[at]
            if kind is None and at and labels[at - 1] is not None:
                above, below = bounds[at - 1]
                if (
                    below - above == 1
                    and self.is_foot_label_alone(body[above].text)
                    and (
                        labels[at - 1] != BoilerplateKind.SUBSCRIBE.value
                        or self.calls_for_support(body[above].text, body[bounds[at][0] : bounds[at][1]])
                    )
                ):
                    kind = labels[at - 1]  # (the text under a heading alone on its line)
            if kind is None:
                kind = labels[at] = self.foot_call_kind(body[bounds[at][0] : bounds[at][1]])
            if kind is None:
                break
            blocks.append((*bounds[at], kind))
        while blocks and labels[starts.index(blocks[-1][0])] is None:
            blocks.pop()  # (the run opens with a label)
        return blocks

    #: The most words of a line under a page's call in its block (``Become a member``, ``Continue``),
    #: the call's buttons (:meth:`foot_call_kind`).
    #:
    #: .. versionadded:: 0.2 (debris71)
    FOOT_CALL_BUTTON_WORDS: ClassVar[int] = 4

    def foot_call_kind(self, block: Sequence[Line]) -> str | None:
        """The kind of a block at the body's foot that is a page's call after a lead-in
        (:meth:`BoilerplateParser.page_call_after_lead_in`: ``We've been covering the war since
        day one. Support us.``, ``You have 62% of this article left to read. The rest is for
        subscribers only.``), its other lines the call's buttons (at most
        :attr:`FOOT_CALL_BUTTON_WORDS` words each, or boilerplate: ``Become a member``), or
        ``None``.  Read at the foot only (:meth:`foot_box_blocks`): the same line with the story's
        paragraphs under it is the story's (a shelter's own appeal that a story reports).

        .. versionadded:: 0.2 (debris71)"""
        kind = self.boilerplate.page_call_after_lead_in(block[0].text)
        if kind is None:
            return None
        for line in block[1:]:
            if word_count(line.text) > self.FOOT_CALL_BUTTON_WORDS and self.boilerplate.kind(line.text) is None:
                return None
        return kind

    def calls_for_support(self, label: str, block: Sequence[Line]) -> bool:
        """Whether *block*, the lines under an appeal's heading *label* alone on its line, is the
        appeal's: the heading speaks for the page (``Support us``: a word for the reader,
        :meth:`BoilerplateParser.speaks_to_reader`), or the block holds a call's word
        (:attr:`SUPPORT_CALL_WORDS` or the vocabulary's), a word for the reader or a link.  ``Support local journalism``
        over ``The mayor urged residents to back the bond measure in May.`` is a crosshead over the
        story's last sentence.

        .. versionadded:: 0.2 (mendR64)"""
        speaks = self.boilerplate.speaks_to_reader
        if speaks(label):
            return True
        for line in block:
            text = line.text
            if speaks(text) or "://" in text or "www." in text.casefold():
                return True
            if not self.boilerplate.folded_words(text).isdisjoint(self._support_call_words):
                return True
        return False

    def is_foot_label_alone(self, text: str) -> bool:
        """Whether *text* is a note's label or an appeal's heading (:meth:`foot_label_kind`) with no
        note after its colon (``Note from the author:``, ``Support us``).

        .. versionadded:: 0.2 (fixL64)"""
        return not text.partition(":")[2].strip()

    def foot_label_kind(self, text: str) -> str | None:
        """The boilerplate kind of a note's label (:attr:`FOOT_NOTE_LABELS` or the vocabulary's, alone
        or before a colon: ``editors-note``) or an appeal's heading (:attr:`SUPPORT_LABELS` or the
        vocabulary's, alone, maybe between Spanish exclamation marks: ``subscribe``) that opens
        *text*, in any case, any apostrophe; ``None`` for any other line.

        .. versionadded:: 0.2 (fixL64)"""
        folded = " ".join(text.replace("’", "'").casefold().split())
        if folded.partition(":")[0].rstrip() in self._foot_note_labels:  # (French copy spaces the colon: "rédaction :")
            return BoilerplateKind.EDITORS_NOTE.value
        heading = folded.rstrip(".!").lstrip("¡")  # ("¡Apoya el periodismo local!")
        return BoilerplateKind.SUBSCRIBE.value if heading in self._support_labels else None

    def author_box_start(self, state: ParseState) -> int | None:
        """Where the writer's note under the story starts in the body lines, or ``None``: among
        the last :attr:`AUTHOR_BOX_LINES` lines, after one line at least, the first that opens a
        block with the full name of one of the byline's authors (:attr:`AUTHOR_BOX_NAME_WORDS`
        words or more), either alone (``Jane Roe``, the heading of the box) or before a word in
        lower case, maybe after an address in brackets (``Jane Roe is a reporter in Leeds.``,
        ``Jane Roe (jroe@example.com) covers transport.``): a page's note about its writer, no
        sentence of the story, which names its writer by no name.

        .. versionadded:: 0.2"""
        byline, body = state.byline, state.body
        if byline is None or len(body) < 2:
            return None
        if self.under_foot_byline(state, body[-1]):
            return len(body) - 1  # "Written by Jane Roe" / "Night editor. Writes about ...": the writer's note (layT61)
        names = [
            name
            for name in byline.authors
            if word_count(name) >= self.AUTHOR_BOX_NAME_WORDS and not self.is_outlet_name(byline, name)
        ]
        if not names:
            return None
        for index in range(max(1, len(body) - self.AUTHOR_BOX_LINES), len(body)):
            line = body[index]
            owner = index == len(body) - 1  # (the possessive on the last line only: "Ann Kelly's brother ..." is a story's)
            if line.blank_before and any(self.opens_with_writer(line.text, name, owner=owner) for name in names):
                return index
            if line.blank_before and any(self.capitals_note(line.text, name, linked=True) for name in names):
                return index  # ("JANE ROE IS THE HERALD'S POLITICAL EDITOR", the page's other columns under it)
        last = body[-1]
        if last.blank_before and any(self.capitals_note(last.text, name) for name in names):
            return len(body) - 1  # (any two words after the name: the last line only)
        if last.blank_before and any(self.given_name_note(last.text, name, state.text) for name in names):
            return len(body) - 1
        return None

    def under_foot_byline(self, state: ParseState, line: Line) -> bool:
        """Whether *line*, the body's last line, stands right under a byline printed below the
        story's first paragraph (``Written by Jane Roe`` / ``Night editor. Writes about local news.``),
        on the next line with no blank between: the writer's note a page prints under the story,
        never its sentence (:meth:`author_box_start`).

        .. versionadded:: 0.2 (layT61)"""
        byline, body = state.byline, state.body
        if byline is None or not body or byline.span.start < body[0].span.end or line.span.start < byline.span.end:
            return False
        return state.text.count("\n", byline.span.end, line.span.start) == 1

    def capitals_note(self, text: str, name: str, *, linked: bool = False) -> bool:
        """Whether *text* has no letter in lower case and opens with *name* in capitals before two
        words or more (``JANE ROE IS THE HERALD'S POLITICAL EDITOR``): the writer's note
        (:meth:`author_box_start`), read so on the body's last line; above it (*linked*) only when
        the words after the name open with one of :attr:`WRITER_ROLE_LINKS` or
        :attr:`WRITER_NOTE_VERBS` (``... WRITES ON CRICKET EVERY SATURDAY``), as a line in capitals
        higher up may be the story's (``PAUL ROE WAS THERE ON MONDAY``).

        .. versionadded:: 0.2"""
        capitals = name.upper()
        if not text.startswith(capitals) or any(char.islower() for char in text):
            return False
        rest = text[len(capitals) :]
        if not linked:
            return not rest.strip() or (rest[:1].isspace() and len(rest.split()) >= 2)
        return rest[:1].isspace() and opens_with_link(rest, (*self.WRITER_ROLE_LINKS, *self.WRITER_NOTE_VERBS))

    def given_name_note(self, text: str, name: str, story: str = "") -> bool:
        """Whether *text* opens with the given name alone of *name* (its first word) and one of
        :attr:`WRITER_ROLE_LINKS` (``Julius is an entertainment reporter for ...``): the writer's
        note on the body's last line (:meth:`author_box_start`).

        .. versionadded:: 0.2"""
        given = name.split()[0]
        if not text.startswith(given) or text.startswith(name):
            return False
        rest = text[len(given) :]
        if not rest[:1].isspace():
            return False  # ("Juliusz ...": another name)
        if not opens_with_link(rest, self.WRITER_ROLE_LINKS):
            return False
        return not self.names_namesake(story, given, name)

    @staticmethod
    def names_namesake(story: str, given: str, name: str) -> bool:
        """Whether *story* names someone else with the given name *given* of the writer *name*:
        *given* and a capitalised word that is not the rest of *name* (``Sarah Miller`` in a story by
        Sarah Jones), so that a last line on ``Sarah`` may be about her (:meth:`given_name_note`).

        .. versionadded:: 0.2"""
        surname = name[len(given) :].split()
        at = story.find(given + " ")
        while at >= 0:
            after = story[at + len(given) + 1 : at + len(given) + 1 + 60].split(None, 1)
            word = after[0].strip(".,;:!?") if after else ""
            if word[:1].isupper() and (not surname or word != surname[0]) and (at == 0 or not story[at - 1].isalnum()):
                return True
            at = story.find(given + " ", at + len(given))
        return False

    def is_outlet_name(self, byline: Byline, name: str) -> bool:
        """Whether *name*, one of the byline's authors, names an agency or an outlet, not a person
        (the byline's agency, a known agency, a word such as ``Press`` or ``News``): a story may
        open a sentence with it (``Associated Press reported earlier that ...``), so it opens no
        writer's note (:meth:`author_box_start`).

        .. versionadded:: 0.2"""
        if byline.agency is not None and name.casefold() == byline.agency.casefold():
            return True
        vocabulary = self.vocabulary
        return vocabulary.is_agency(name) or any(vocabulary.is_org_word(word) for word in name.split())

    def opens_with_writer(self, text: str, name: str, *, owner: bool = True) -> bool:
        """Whether *text* is *name* alone, or opens with it before a word in lower case, maybe
        after an address in brackets or, with *owner* (the body's last line), the name's
        possessive (:meth:`author_box_start`: ``Jane Roe's new book is out now.``; higher up,
        ``Ann Kelly's brother, Sean Kelly, was the driver.`` is the story's).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (lay46) the possessive (a line in capitals: :meth:`capitals_note`)."""
        if not text.startswith(name):
            return False
        rest = text[len(name) :]
        if not rest.strip():
            return True
        possessive = next((end for end in self.vocabulary.ROLE_OWNER_ENDINGS if end and rest.startswith(end)), "")
        if possessive and not owner:
            return False
        match = _WRITER_NOTE_REST.match(rest, len(possessive))  # "Jane Roe's new book ... is out now."
        return match is not None

    def ends_in_sign_off(self, text: str) -> bool:
        """Whether *text* ends with a wire's sign-off after the sentence it closes, as
        :meth:`cut_end_mark` reads one (an end mark, a sign-off in brackets, an agency in capitals
        with editors' initials): a story's last line, never a link's title, even with more lines
        (``ams/jmr``) under it.

        .. versionadded:: 0.2"""
        match = self._end_mark.search(text, 0, None, KEEP_GIL)
        if match is not None and match.start() > 0:
            return True
        if self.bracketed_sign_off(text) is not None or self.agency_sign_off(text) is not None:
            return True
        return self.wire_sign_off(text) is not None

    def cut_letter_close(self, state: ParseState) -> None:
        """File a letter's closing (:attr:`LETTER_CLOSINGS`: ``Yours, etc,``), a body line of its own
        among the body's last :attr:`LETTER_SIGNATURE_LINES` + 1 under the letter's text, and the
        signature's short lines under it (``JANE ROE,`` / ``Fernbay,`` / ``Co Donegal.``, each of at
        most :attr:`LETTER_SIGNATURE_WORDS` words, none a sentence: :meth:`reads_as_sentence`) as
        boilerplate ``sign-off`` (a role or a particle in lower case may stand in them: ``chair,
        Kilbracken Residents,``, ``de la Cruz Clinic,``).  A sentence that opens with the words (``Yours, etc, is how the letter
        ended.``) stays the story's, and so does a line under the closing with a word in lower
        case (``Sincerely`` / ``That was all the note said.``: a quoted letter's end; reader63b).

        On a letters page the earlier letters' closings are filed so too, each with the signature
        under it to the end of its block, when the body's last letter closes so (``Sincerely,`` /
        ``Margaret Hollis`` / ``Chesterfield`` / blank / the next letter's title; fixL64).

        .. versionadded:: 0.2 (trialL63)
        .. versionchanged:: 0.2 every letter's closing on a page whose last letter closes (fixL64).
        .. versionchanged:: 0.2 a closing of :attr:`PAGE_LETTER_CLOSINGS` (``Regards,``) alone on the
           page is no sign-off (mendR64)."""
        body = state.body
        if not self._letter_closings:
            return
        for at in range(len(body) - 1, max(0, len(body) - 2 - self.LETTER_SIGNATURE_LINES), -1):
            if self.is_letter_closing(body[at].text):
                break
        else:
            return
        if not self.signs_letter(body, at, len(body)):
            return
        closes = [(at, len(body))]
        for close in range(at - 1, 0, -1):
            if not self.is_letter_closing(body[close].text):
                continue
            end = close + 1
            while end < len(body) and not body[end].blank_before:
                end += 1
            if close + 1 < end < closes[-1][0] and self.signs_letter(body, close, end):
                closes.append((close, end))  # (an earlier letter's closing and signature, its block's end)
        if len(closes) == 1 and self.is_page_letter_closing(body[at].text):
            return  # "... which closed:" / "Regards," / "A worried mother": a story's quoted note, no letters page
        for start, end in closes:  # (from the foot up: the earlier ones keep their indices)
            for line in body[start:end]:
                state.add_boilerplate(line, BoilerplateKind.SIGN_OFF)
            del body[start:end]

    def is_page_letter_closing(self, text: str) -> bool:
        """Whether *text* is a closing of :attr:`PAGE_LETTER_CLOSINGS` or the vocabulary's
        (``Regards,``), one that is a letter's only on a letters page.

        .. versionadded:: 0.2 (mendR64)"""
        return " ".join(text.rstrip(" ,.").casefold().split()) in self._page_letter_closings

    def titles_letter(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is a letter's title on a letters page: a short line with no end
        mark of at most :attr:`LETTER_TITLE_WORDS` words over the letter's text (a line that is no closing) over its closing
        (:meth:`is_letter_closing`: ``A costly mistake`` / the letter / ``Regards,``), as the later
        letters' titles stand in the body.

        .. versionadded:: 0.2 (mendR64)"""
        if not self._letter_closings or index + 2 >= len(lines):
            return False
        title, text = lines[index].text, lines[index + 1].text
        if ends_sentence(title) or title.rstrip().endswith((":", ",")) or self.is_letter_closing(text):
            return False
        return word_count(title) <= self.LETTER_TITLE_WORDS and self.is_letter_closing(lines[index + 2].text)

    def is_letter_closing(self, text: str) -> bool:
        """Whether *text* is a letter's closing alone (:attr:`LETTER_CLOSINGS` or the vocabulary's:
        ``Yours faithfully,``), in any case, without the commas and full stops after it.

        .. versionadded:: 0.2 (fixL64)"""
        return " ".join(text.rstrip(" ,.").casefold().split()) in self._letter_closings

    def signs_letter(self, body: Sequence[Line], at: int, end: int) -> bool:
        """Whether ``body[at + 1 : end]``, the lines under a letter's closing at *at* (not the
        body's first line), are its signature: at most :attr:`LETTER_SIGNATURE_LINES` lines of at
        most :attr:`LETTER_SIGNATURE_WORDS` words, none a sentence (:meth:`reads_as_sentence`:
        ``Sincerely`` / ``That was all the note said.`` is a story's line; reader63b).

        .. versionadded:: 0.2 (fixL64)"""
        lines = body[at + 1 : end]
        if at == 0 or len(lines) > self.LETTER_SIGNATURE_LINES:
            return False
        if any(word_count(line.text) > self.LETTER_SIGNATURE_WORDS for line in lines):
            return False
        return not any(self.reads_as_sentence(line.text) for line in lines)

    def reads_as_sentence(self, text: str) -> bool:
        """Whether *text*, a short line, ends a sentence in a word in lower case (``That was all
        the note said.``): a story's line, never a signature's (``Co Clare.``, ``chair,
        Kilbracken Residents,``).

        .. versionadded:: 0.2 (reread of round 63)"""
        words = text.split()
        return ends_sentence(text) and bool(words) and words[-1][:1].islower()

    def is_end_mark_line(self, text: str) -> bool:
        """Whether *text* is a wire's end mark alone (:attr:`END_MARKS`, the vocabulary's, in any
        case), maybe with a desk's initials after a slash (``Enditem/AW``: one to
        :attr:`END_MARK_INITIALS` letters in capitals), a line under the story's last.

        .. versionadded:: 0.2 (trialL63)"""
        mark, slash, initials = text.strip().partition("/")
        if slash and not (0 < len(initials) <= self.END_MARK_INITIALS and initials.isalpha() and initials.isupper()):
            return False
        return mark.casefold() in self._end_mark_words

    def cut_end_mark(self, state: ParseState) -> None:
        """Take a wire's end mark (:attr:`END_MARKS`: ``Enditem``), a sign-off in brackets
        (:meth:`bracketed_sign_off`: ``(Reporting by Jane Roe; Editing by Tom Poe)``) or an agency's
        sign-off with initials (:meth:`agency_sign_off`: ``PTI ABC DEF``) off the end of
        the last body line, after the sentence it closes (``The line links two provinces.
        Enditem``): boilerplate ``sign-off`` with its own span, the sentence kept as the paragraph's
        text.  Words in capitals of no known agency after the sentence on the text's last line
        (:meth:`outlet_sign_off`: ``The ferry runs again. HARBOUR NEWS``) are cut off the same way
        as boilerplate ``other``: an outlet's name as often as not, but never surely a sign-off."""
        last = state.body[-1]
        kind = BoilerplateKind.SIGN_OFF.value
        match = self._end_mark.search(last.text, 0, None, KEEP_GIL)
        if match is not None and match.start() > 0:
            at = match.start("mark")
        else:
            found = self.bracketed_sign_off(last.text)
            if found is None:
                found = self.agency_sign_off(last.text)
            if found is None:
                found = self.wire_sign_off(last.text)
            if found is None:
                found, kind = self.outlet_sign_off(state, last), BoilerplateKind.OTHER.value
            if found is None:
                return
            at = found
        self.cut_line_tail(state, len(state.body) - 1, at, kind)

    def cut_line_tail(self, state: ParseState, index: int, at: int, kind: str, *, blank_before: bool = False) -> None:
        """File body line *index*'s text from *at* on as boilerplate of *kind* with its own span, the
        text before it (right-stripped) kept as the line's (a sign-off, an end mark or a
        contributor's note cut off the sentence it follows); *blank_before* makes the line open a
        paragraph of its own.

        .. versionadded:: 0.2"""
        line = state.body[index]
        keep, mark = line.text[:at].rstrip(), line.text[at:].rstrip()
        state.body[index] = attrs.evolve(
            line, text=keep, span=Span(line.span.start, line.span.start + len(keep)), blank_before=line.blank_before or blank_before
        )
        start = line.span.start + at
        state.boilerplate.append(Boilerplate(mark, kind, Span(start, start + len(mark))))

    def cut_inner_end_marks(self, state: ParseState) -> None:
        """Take a wire's end mark (:attr:`END_MARKS`, as :meth:`cut_end_mark` reads one) off the
        end of a body line that ends its block amid the story (``... officials said. ■`` over more
        of the story: a digest's item, a take's ``(MORE)``): boilerplate ``sign-off`` with its own
        span, the sentence kept as its paragraph's text, the story going on under it.  The body's
        last line is :meth:`cut_end_mark`'s.

        .. versionadded:: 0.2 (lay57)"""
        body = state.body
        for at in range(len(body) - 1):
            line = body[at]
            if not line.text.endswith(self._end_mark_tails):
                continue
            items = self.marks_items(body, at)
            if not body[at + 1].blank_before and not items:
                continue
            match = self._end_mark.search(line.text, 0, None, KEEP_GIL)
            if match is None or match.start() == 0:
                continue
            # (an item of a run keeps its own paragraph, as its mark kept it: the line under it starts one)
            self.cut_line_tail(state, at, match.start("mark"), BoilerplateKind.SIGN_OFF.value, blank_before=items)
            if items:
                body[at + 1] = attrs.evolve(body[at + 1], blank_before=True)

    def marks_items(self, body: Sequence[Line], at: int) -> bool:
        """Whether body line *at*, ending in a wire's end mark amid its block, is one of a run of
        items that each end in one (``Key facts:`` / ``The plan costs £40m. ■`` / ``The work
        takes two years. ■``): the line under it in the same block ends in one too, or the line
        over it does, so that :meth:`cut_inner_end_marks` takes every item's mark and no mark is
        left inside a paragraph's text.

        .. versionadded:: 0.2 (fixR57)"""
        tails = self._end_mark_tails
        if at + 1 < len(body) and not body[at + 1].blank_before and body[at + 1].text.endswith(tails):
            return True
        return at > 0 and not body[at].blank_before and body[at - 1].text.endswith(tails)

    def cut_contributor_notes(self, state: ParseState) -> None:
        """Take a contributor's note glued to a body line's last sentence after a dash
        (:meth:`contributor_sign_off`: ``... a full audit. — With a report from PNA``) off that
        line, the last or any other, and a news agency's sign-off after a dash or a slash
        (:meth:`wire_sign_off`: ``... audit. /PNA``, ``... audit. — AFP``) off a body line with
        more story under it (the last line's is :meth:`cut_end_mark`'s): boilerplate ``sign-off``
        with its own span, the sentence kept as the paragraph's text (so that a quote in it ends at
        its own words).  An agency in brackets or after a bar over more story (``... said. (AFP)``,
        ``... said. | via PNA``) stays the paragraph's.

        .. versionadded:: 0.2 (fixT57a)"""
        body = state.body
        for index, line in enumerate(body):
            at = self.contributor_sign_off(line.text)
            if at is None and index + 1 < len(body):
                at = self.wire_sign_off(line.text)  # "... audit. /PNA" over more story (the last line: cut_end_mark)
                if at is not None and line.text[at] in "([|":
                    at = None  # "... told reporters. (AFP)" over more story stays the paragraph's, as a caption's
                    # (and so does "... said. | via PNA": the last line's only is cut, cut_end_mark; lay58)
            if at is not None:
                self.cut_line_tail(state, index, at, BoilerplateKind.SIGN_OFF.value)

    def contributor_sign_off(self, text: str) -> int | None:
        """Where a contributor's note at the end of *text* starts, after the sentence it follows: a
        dash, one of :attr:`CONTRIBUTOR_PHRASES` and at most :attr:`CONTRIBUTOR_MAX_WORDS` words
        with no sentence's end (``... audit. — With a report from PNA``, ``... audit. —With
        reports from Inquirer Research``), or ``None``.

        .. versionadded:: 0.2 (fixT57a)"""
        if not any(first in text for first in self._contributor_firsts):
            return None  # (most lines hold no such note: no search)
        match = self._contributor.search(text, 0, None, KEEP_GIL)
        if match is None or match.start() == 0:
            return None
        phrase = next(
            (len(p.split()) for p in self.CONTRIBUTOR_PHRASES if match["mark"].lstrip("—–―- \t").casefold().startswith(p)), 0
        )
        tokens = match["mark"].split()
        dash = 1 if not tokens[0].strip("—–―-") else 0  # ("— With": the dash a word of its own; "—With": glued)
        if len(tokens) - dash - phrase > self.CONTRIBUTOR_MAX_WORDS:
            return None
        return match.start("mark")

    def bracketed_sign_off(self, text: str) -> int | None:
        """Where a sign-off in brackets at the end of a body line starts, after the sentence it
        follows (``The line links two provinces. (Reporting by Jane Roe; Editing by Tom Poe)``),
        or ``None``: the brackets' text is one the boilerplate parser files as ``sign-off``.

        .. versionadded:: 0.2"""
        match = _BRACKETED_TAIL.search(text, 0, None, KEEP_GIL)
        if match is None or match.start() == 0:
            return None
        if self.boilerplate.kind(match.group("mark")) != BoilerplateKind.SIGN_OFF.value:
            return None
        return match.start("mark")

    def agency_sign_off(self, text: str) -> int | None:
        """Where a wire's sign-off at the end of a body line starts, after the sentence it follows:
        an agency of the vocabulary's ``AGENCIES`` written in capitals and up to four groups of
        editors' initials (``... above normal. PTI ABC DEF``), or ``None``.

        .. versionadded:: 0.2"""
        match = _AGENCY_TAIL.search(text, 0, None, KEEP_GIL)
        if match is None or match.start() == 0 or not self.vocabulary.is_agency(match.group("agency")):
            return None
        return match.start("mark")

    #: A funding note's words (:meth:`is_funding_note`), each ``None`` by default: the vocabulary's
    #: list of that name (``Vocabulary.FUNDING_VERBS``: ``co-funded``; ``FUNDING_SUBJECTS``:
    #: ``journalism``; ``FUNDING_PAGE_NOUNS``: ``story``, a note's subject only after one of
    #: ``FUNDING_PAGE_DETERMINERS``, ``this``, ``our``; ``FUNDING_AGENT_WORDS``: ``by``), each pack its
    #: language's; a subclass's set here replaces the vocabulary's (lang62).
    #:
    #: .. versionadded:: 0.2 (layT61; the page's nouns, determiners and agent words reader61b)
    FUNDING_VERBS: ClassVar[frozenset[str] | None] = None
    FUNDING_SUBJECTS: ClassVar[frozenset[str] | None] = None
    FUNDING_PAGE_NOUNS: ClassVar[frozenset[str] | None] = None
    FUNDING_PAGE_DETERMINERS: ClassVar[frozenset[str] | None] = None
    FUNDING_AGENT_WORDS: ClassVar[frozenset[str] | None] = None
    #: The participles besides :attr:`FUNDING_VERBS` that open a funding note, and the phrases after
    #: one in place of an agent word (:meth:`opens_with_funding_participle`), each ``None`` by
    #: default: the vocabulary's list of that name (``supported``; ``in partnership with``).
    #:
    #: .. versionadded:: 0.2 (lang63)
    FUNDING_NOTE_PARTICIPLES: ClassVar[frozenset[str] | None] = None
    FUNDING_PARTNER_PHRASES: ClassVar[frozenset[str] | None] = None
    #: The most words of a funding note (:meth:`is_funding_note`).
    #:
    #: .. versionadded:: 0.2 (layT61)
    MAX_FUNDING_NOTE_WORDS: ClassVar[int] = 30

    def is_funding_note(self, text: str) -> bool:
        """Whether *text*, the body's last line under more of the story, says who pays for the
        journalism: at most :attr:`MAX_FUNDING_NOTE_WORDS` words, a participle of
        :attr:`FUNDING_VERBS` right before ``by`` (:attr:`FUNDING_AGENT_WORDS`), a noun of
        :attr:`FUNDING_SUBJECTS` before the participle, or one of :attr:`FUNDING_PAGE_NOUNS` after
        ``this`` or ``our`` (:attr:`FUNDING_PAGE_DETERMINERS`), and no word that reports speech
        (``BoilerplateParser.HOLDING_STOP_WORDS``):
        ``Local Democracy Reporting is local body journalism co-funded by RNZ and NZ On Air.``,
        ``This story was funded by a grant from the Civic Fund.``  A sentence about funding a
        thing other than the journalism (``The bridge is co-funded by the state.``), a reported
        one (``The reporting project is funded by donors, its editor said.``) or one of support,
        which a story's evidence gives too (``Her story was supported by CCTV footage.``), is the
        story's.

        .. versionadded:: 0.2 (layT61)"""
        words = [word.strip(".,;:!?\"'“”‘’()").casefold() for word in text.split()]
        if len(words) <= self.MAX_FUNDING_NOTE_WORDS and self.opens_with_funding_participle(text, words):
            return not any(word in self.boilerplate.HOLDING_STOP_WORDS for word in words)
        if len(words) > self.MAX_FUNDING_NOTE_WORDS or self._funding_agents.isdisjoint(words):
            return False  # (most lines: one look for "by")
        at = next(
            (at for at in range(1, len(words)) if words[at] in self._funding_agents and words[at - 1] in self._funding_verbs),
            None,
        )
        if at is None:
            return False
        page = any(
            words[k] in self._funding_pages and words[k - 1] in self._funding_determiners for k in range(1, at - 1)
        )
        if not page and self._funding_subjects.isdisjoint(words[: at - 1]):
            return False  # ("The series was funded by Netflix.": a drama's, the story's sentence)
        return not any(word in self.boilerplate.HOLDING_STOP_WORDS for word in words)

    def opens_with_funding_participle(self, text: str, words: list[str]) -> bool:
        """Whether *text* (its *words* in lower case, stripped of punctuation), a funding note's
        line, opens with the participle of one: a word of :attr:`FUNDING_VERBS` or
        :attr:`FUNDING_NOTE_PARTICIPLES`, then an agent word (:attr:`FUNDING_AGENT_WORDS`) or a
        phrase of :attr:`FUNDING_PARTNER_PHRASES`, and no comma, semicolon nor sentence's end before
        the line's: a phrase alone, no clause (``Funded by the European Union.``, ``Produced in
        partnership with the Harbour Reporting Project.``, ``Gefördert von der Stiftung Freie
        Presse.``; not ``Funded by taxpayers, the scheme will run until 2030.`` nor ``Funded by the
        state. The bridge opens in 2030.``, the story's).

        .. versionadded:: 0.2 (lang63)"""
        if len(words) < 3 or words[0] not in self._funding_openers:
            return False
        if words[1] not in self._funding_agents and not any(
            tuple(words[1 : 1 + len(phrase)]) == phrase for phrase in self._funding_partners
        ):
            return False
        body = text.rstrip()
        return not any(
            char in ",;" or (char in ".!?" and body[at + 1 : at + 2].isspace()) for at, char in enumerate(body)
        )  # ("Funded by taxpayers, the scheme ...", "Funded by the state. The bridge ...": a clause)

    def is_agency_sign_off_line(self, text: str) -> bool:
        """Whether *text*, the body's last line under more of the story, is a news agency's sign-off
        alone on its line: agencies of the vocabulary's ``AGENCIES`` (:meth:`CaptionParser.is_wire_credit`)
        in brackets, maybe with a full stop, as a wire closes its story (``(ANSA).``, ``(NAN)``,
        ``(dpa/AFP)``); words of no known agency in brackets (``(Agencies).``) stay
        the story's.

        .. versionadded:: 0.2 (layT61)
        .. versionchanged:: 0.2 an agency alone, with no brackets (``AAP``): :meth:`is_bare_agency_line` (trialL62)."""
        if self.is_bare_agency_line(text):
            return True
        match = _AGENCY_LINE.fullmatch(text.strip(), 0, None, KEEP_GIL)
        return match is not None and self.captions.is_wire_credit(match.group("agency").strip())

    def wire_sign_off(self, text: str) -> int | None:
        """Where a news agency's sign-off at the end of a body line starts, after the sentence it
        follows: agencies of the vocabulary's ``AGENCIES`` alone (:meth:`CaptionParser.is_wire_credit`)
        in brackets (``... in afternoon trade. (AFP)``, ``... trade.(dpa/AFP)``) or after a dash or a
        slash and a space (``... trade. — AFP``, ``... trade. - Reuters``, ``... trade. /Kyodo``) or
        a bar, maybe with ``via`` (``... trade. | via Philippine News Agency``), or ``None``.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (lay58) after a bar."""
        if text[-1:] != ")" and not text[-1:].isalpha():
            return None  # (most lines end in a sentence's mark: no search)
        match = _WIRE_TAIL.search(text, 0, None, KEEP_GIL)
        if match is None or match.start() == 0:
            return self.slashed_wire_tag(text)
        agency = match.group("agency").strip()
        if not self.captions.is_wire_credit(agency) and not (match.group("mark")[:1] == "(" and self.is_wire_tag(agency)):
            return None  # ("(With AFP)", "(PNA)": a wire's tag in brackets, mendLT68)
        return match.start("mark")

    #: The characters a sentence tagged by news agencies joined by slashes ends in before them, a
    #: sentence's end or a closing quotation mark (:meth:`slashed_wire_tag`).
    #:
    #: .. versionadded:: 0.2 (rvl68)
    WIRE_TAG_AFTER: ClassVar[tuple[str, ...]] = (".", "!", "?", "\"", "”", "’")

    def slashed_wire_tag(self, text: str) -> int | None:
        """Where news agencies in capitals joined by slashes start at the end of a body line, after
        the sentence they tag (``..., De Wever told reporters. ANP/BELGA``: each a wire of the
        vocabulary, :meth:`CaptionParser.is_wire_credit`), or ``None``.

        .. versionadded:: 0.2 (mendLT68)"""
        head, _, tail = text.rstrip().rpartition(" ")
        if "/" not in tail or not tail.isupper() or not head.rstrip().endswith(self.WIRE_TAG_AFTER):
            return None
        if not self.captions.is_wire_credit(tail):
            return None
        return len(head) + 1

    def outlet_sign_off(self, state: ParseState, line: Line) -> int | None:
        """Where words in capitals that may be an outlet's sign-off start on *line*, the last body
        line, after the story's last sentence (``The ferry runs again. HARBOUR NEWS``, ``The deal
        was signed. NATO``), or ``None``: up to
        :data:`SIGN_OFF_CAPS_WORDS` words in capitals, on the text's last line, after at least
        :attr:`SIGN_OFF_STORY_WORDS` words with one in lower case (a sentence, not a button:
        ``Subscribe. READ MORE`` stays as it is), and no boilerplate or button themselves, not after an
        abbreviation's stop nor ending in a full stop (``approval from the U.S. FDA.`` is one sentence).  The
        words are no known agency (:meth:`agency_sign_off` reads those): :meth:`cut_end_mark`
        files them as boilerplate ``other``, so that the sentence before them stays the story's.

        .. versionadded:: 0.2"""
        if has_text_between(state.text, line.span.end):
            return None
        match = _CAPS_SIGN_OFF.search(line.text, 0, None, KEEP_GIL)
        if match is None or match.start() == 0:
            return None
        mark, head = match["mark"], line.text[: match.start()]
        if self.boilerplate.kind(mark) is not None or self.is_button(mark):
            return None
        if word_count(head) < self.SIGN_OFF_STORY_WORDS or not has_lower_word(head):
            return None
        return match.start("mark")

    def story_after_sign_off(self, state: ParseState, line: Line) -> bool:
        """Whether *line*, the last body line, is a short line of the story under its sign-off
        (``Reporting by Jane Roe; Editing by Tom Poe`` or ``Jane Roe for The Associated Press`` /
        ``Ferries resume on Friday``), not page navigation: the text's last line, right under a
        sign-off or credit line, with nothing but blank lines between, in at least
        :attr:`SIGN_OFF_STORY_WORDS` words of which one after the first is in lower case (a
        clause, not a link's title in capitals: ``Related Stories``).

        .. versionadded:: 0.2"""
        text = state.text
        if has_text_between(text, line.span.end):
            return False
        signed = (BoilerplateKind.SIGN_OFF.value, BoilerplateKind.CREDIT.value)
        if not state.boilerplate or state.boilerplate[-1].kind not in signed:
            return False  # (a byline there, "By Jane Roe" / "Follow our coverage of ...", is over a promo as often)
        above = state.boilerplate[-1].span
        if above.end > line.span.start or has_text_between(text, above.end, line.span.start):
            return False
        # (word by word, the cheap tests first: a line of megabytes builds no list of its words)
        lower = False
        for count, word in enumerate(words_of(line.text), 1):
            lower = lower or (count > 1 and word[:1].islower())
            if lower and count >= self.SIGN_OFF_STORY_WORDS:
                return True
        return False

    def read_dateline(
        self, text: str, paragraphs: Sequence[Paragraph], reference_date: dt.date | None
    ) -> tuple[Dateline | None, Sequence[Paragraph]]:
        """Take the dateline off the first paragraph.  *paragraphs* are a tuple, or packed
        (:class:`~newsparse.spans.Paragraphs`), and come back the same way."""
        if not paragraphs:
            return None, paragraphs
        first = paragraphs[0]
        dateline = self.dateline.parse(text, first.span, reference_date)
        if dateline is None and len(paragraphs) > 1:
            joined = self.split_dateline(text, paragraphs, reference_date)
            if joined is not None:  # "LONDON," over "Nov 3 (Reuters) - ...": the rest is the second paragraph's
                second = paragraphs[1]
                dateline, first, paragraphs = joined, Paragraph(second.text, second.span), paragraphs[1:]
        if dateline is None and len(paragraphs) > 1:
            dateline = self.dateline.parse_place_alone(text, first.span)  # "ANKARA" over the story
        if dateline is None:
            return None, paragraphs
        rest = text[dateline.span.end : first.span.end]
        if not rest.strip():
            return dateline, paragraphs[1:]
        # (the story's words from where a line of them would start: past whitespace and the invisible
        # characters a line sheds at its edges, "(Reuters) - \u200fThe council", as split_lines reads them)
        start = dateline.span.end + split_lines(rest)[0].span.start
        words = text[start : first.span.end]
        if "\\" in words and first.text != joined_text(split_lines(first.span.slice(text))):
            from .jsontext import json_unescaped  # (a JSON record's reader, imported when first needed)

            words = json_unescaped(words) or words  # (a JSON record's paragraph: its text unescaped, as it was)
        remainder = Paragraph(joined_text(split_lines(words)), Span(start, first.span.end))
        if isinstance(paragraphs, Paragraphs):  # (repacked one at a time, not unpacked)
            return dateline, Paragraphs.of(text, itertools.chain((remainder,), paragraphs[1:]))
        return dateline, (remainder, *paragraphs[1:])

    def split_dateline(
        self, text: str, paragraphs: Sequence[Paragraph], reference_date: dt.date | None
    ) -> Dateline | None:
        """The dateline that a copy broke over the first two paragraphs, a place and a comma
        alone on the first line (``LONDON,`` over ``Nov 3 (Reuters) - The council ...``), the
        second line right under it, with no blank line between: read from both, with a date or
        an agency, its span covering both lines; ``None`` otherwise (:meth:`read_dateline` then
        reads the first paragraph alone).

        .. versionadded:: 0.2"""
        first, second = paragraphs[0], paragraphs[1]
        if "\n" in first.text:
            return None
        breaks = text[first.span.end : second.span.start].count("\n")
        if breaks == 2:  # "WASHINGTON —" / a blank line / the story
            return self.dateline_over_blank(text, first.span, second.span, reference_date)
        if breaks != 1:
            return None
        over_agency = self.place_over_agency(text, first.span, second.span, reference_date)
        if over_agency is not None:  # "Washington" over "(AP) - The Senate ...": the rest is the second paragraph's
            return over_agency
        if not first.text.endswith(",") and self.dateline.parse_place_alone(text, first.span) is None:
            return self.dateline_line_over_story(text, first.span, second.span, reference_date)
        found = self.dateline.parse(text, Span(first.span.start, second.span.end), reference_date)
        if found is None or found.place is None or found.span.end <= second.span.start:
            return None
        if found.date is None and found.agency is None:
            return None
        return found

    #: The dashes a dateline alone on its line ends in (``WASHINGTON —``): such a line may stand
    #: a blank line over the story it opens (:meth:`split_dateline`, :meth:`is_place_over_story`).
    #:
    #: .. versionadded:: 0.2
    DATELINE_DASHES: ClassVar[tuple[str, ...]] = ("-", "\u2013", "\u2014", "\u2015")

    def ends_in_dash(self, text: str) -> bool:
        """Whether *text* ends in one of :attr:`DATELINE_DASHES` after a space (``WASHINGTON —``),
        as a dateline alone on its line does; a word's hyphen (``Nord-``) is none.

        .. versionadded:: 0.2"""
        text = text.rstrip()
        return text.endswith(self.DATELINE_DASHES) and text[:-1].endswith((" ", "\t"))

    def place_over_agency(
        self, text: str, line: Span, below: Span, reference_date: dt.date | None = None
    ) -> Dateline | None:
        """The dateline a copy broke before its agency's bracket: the place alone on the line
        *line* (``Washington``, ``New York``), the agency in brackets opening the line *below*
        right under it (``(AP) - The Senate passed ...``), read from both with a place and an
        agency, its span covering both lines; ``None`` otherwise (a line that reads as no place,
        ``Analysis`` over ``(AP) - ...``).

        .. versionadded:: 0.2"""
        if not text[below.start : below.end].startswith("(") or "\n" in text[line.start : line.end]:
            return None
        found = self.dateline.parse(text, Span(line.start, below.end), reference_date)
        if found is None or found.place is None or found.agency is None or found.span.end <= below.start:
            return None
        return found

    def place_over_agency_at(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a place right over its agency's line, no blank line between
        (:meth:`place_over_agency`: ``Washington`` / ``(AP) - The Senate ...``).

        .. versionadded:: 0.2"""
        lines, below = state.lines, index + 1
        if below >= len(lines) or lines[below].blank_before:
            return False
        return self.place_over_agency(state.text, lines[index].span, lines[below].span) is not None

    def dateline_over_blank(
        self, text: str, line: Span, below: Span, reference_date: dt.date | None = None
    ) -> Dateline | None:
        """The dateline that is the whole of the line *line*, ending in a dash
        (:meth:`ends_in_dash`), one blank line over the story's first line *below*
        (``WASHINGTON —`` / a blank line / ``The Senate passed ...``), read as
        :meth:`dateline_line_over_story` reads it; a place that is a section's noun
        (``SectionParser.section_nouns``: ``POLITICS —``) needs an agency or a date, and one that is
        an agency's or an outlet's name (``CNN —``) is none.  ``None`` otherwise.

        .. versionadded:: 0.2"""
        if not self.ends_in_dash(text[line.start : line.end]):
            return None
        found = self.dateline_line_over_story(text, line, below, reference_date)
        if found is None or found.place is None:
            return None
        if found.agency is None and found.date is None and found.place.split()[-1].casefold() in self.section.section_nouns:
            return None  # "POLITICS —": a section's label over the story
        if found.agency is None and self.vocabulary.is_agency(found.place):
            return None  # "CNN —": the outlet's mark over the story, no place
        return found

    def dateline_line_over_story(
        self, text: str, line: Span, below: Span, reference_date: dt.date | None = None
    ) -> Dateline | None:
        """The dateline that is the whole of the line *line*, read with the line *below* it as
        the story it opens (``WASHINGTON —`` over ``A quake shook the capital ...``: alone, the
        line has no story after its dash to tell a dateline by); ``None`` when the two do not read
        so, or the dateline ends before the line does.  The story starts on the line below.

        .. versionadded:: 0.2"""
        found = self.dateline.parse(text, Span(line.start, below.end), reference_date)
        if found is None or found.place is None or found.span.end != line.end:
            return None
        return found

    # -- header rules -------------------------------------------------------------------------

    #: The names of a CSV export's columns (in any case) that hold a part of the article, by the
    #: part (:meth:`header_csv_record`): ``headline``, ``byline``, ``published``, ``updated`` and
    #: ``body``; a column of another name (``id``, ``url``, ``source``) is boilerplate ``other``.
    #:
    #: .. versionadded:: 0.2
    CSV_COLUMNS: ClassVar[dict[str, tuple[str, ...]]] = {
        "headline": ("title", "headline"),
        "byline": ("author", "authors", "byline", "creator", "writer"),
        "published": ("date", "published", "published_at", "publish_date", "pubdate", "date_published", "published_date"),
        "updated": ("updated", "updated_at", "modified", "modified_at", "date_modified", "last_modified"),
        "body": ("body", "text", "content", "article", "article_body", "story"),
    }

    def header_csv_record(self, state: ParseState, index: int, peek: bool) -> int:
        """A CSV export's header row as the text's first line (``title,author,date,body``:
        :meth:`HeadlineParser.is_column_row <newsparse.HeadlineParser.is_column_row>`; fewer names
        than it asks, ``title,body``, when each names a part by :attr:`CSV_COLUMNS`) and one
        record from the next (:func:`~newsparse.lines.csv_cells`: quoted cells may hold commas and
        doubled marks; the body's quoted cell line breaks and blank lines, :meth:`csv_record_end`,
        read as paragraphs by :meth:`csv_cell_lines`), as many cells as columns, two columns at least holding a part by
        :attr:`CSV_COLUMNS` (``id,source,published_at,author`` over the headline's line): the header row is boilerplate
        ``other``; each cell is read as its column's part, its span the value as written inside its
        marks (a headline's doubled marks written as one in its text); the body's cell is the
        first paragraph (its paragraphs, over several lines; a line that holds nothing but the cell's
        closing mark and empty cells after it is boilerplate ``other``); any other cell over several lines
        leaves the record to the other rules; a cell of another column is boilerplate ``other``, an
        empty one nothing.  Returns the count of lines read (the header row's and the record's),
        else 0.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 the body cell's closing mark alone on its line is boilerplate (it was in no part).
        .. versionchanged:: 0.2 a header row of two names that both name a part (``title,body``)."""
        lines = state.lines
        if index or len(lines) < 2 or lines[1].blank_before:
            return 0
        header = lines[0]
        columns = [name.casefold() for name in header.text.strip().split(",")]
        parts = {name.casefold(): part for part, names in self.CSV_COLUMNS.items() for name in names}
        found = [parts.get(name) for name in columns]
        if sum(part is not None for part in found) < 2:
            return 0
        if None in found and not self.headline.is_column_row(header.text):
            return 0  # (fewer names than MIN_COLUMNS only when each names a part: "title,body")
        record = self.csv_record(state, 1, len(columns))
        if record is None:
            return 0
        last, written_record, cells = record
        base = lines[1].span.start
        if last > 1 and any(
            part != "body" and len(written_record[start:end].splitlines()) > 1
            for part, (start, end, _) in zip(found, cells, strict=True)
        ):
            return 0  # (a cell over several lines other than the body's)
        if peek:
            return last + 1
        state.add_boilerplate(header, BoilerplateKind.OTHER)
        taken: list[Span] = []  # (what the cells gave: a line of the record under none of it is boilerplate)
        for part, (start, end, quoted) in zip(found, cells, strict=True):
            written = written_record[start:end]
            if not written.strip():
                continue
            if part == "body" and last > 1:
                found_lines = self.csv_cell_lines(lines, last, Span(base + start, base + end))
                state.body.extend(self.csv_body_line(line, quoted) for line in found_lines)
                taken.extend(line.span for line in found_lines)
                continue
            lead = len(written) - len(written.lstrip())
            value = written.strip()
            span = Span(base + start + lead, base + start + lead + len(value))
            taken.append(span)
            cell = Line(value, span, 0, False)
            if part == "headline" and state.headline is None:
                state.headline = Headline(field_unescaped(value, '"') if quoted else value, span)
                continue
            if part == "byline" and state.byline is None:
                prefixed = self.byline.parse((cell,), 0)  # ("By Jo Grant" in the cell: the prefix read as on a line)
                if prefixed is not None and prefixed.span == span:
                    state.byline = prefixed
                    continue
                authors, agency = self.byline.read_names(value, has_prefix=True)
                if authors or agency:
                    state.byline = Byline(authors, agency, value, span)
                    continue
            if part in ("published", "updated"):
                stamp = self.timestamps.find(value, span.start, state.reference_date)
                if stamp is not None and stamp.span == span:
                    kind = TimestampKind.PUBLISHED if part == "published" else TimestampKind.UPDATED
                    state.add_stamp(attrs.evolve(stamp, kind=kind))
                    continue
            if part == "body":
                state.body.append(attrs.evolve(self.csv_body_line(cell, quoted), blank_before=True))
                continue
            state.add_boilerplate(cell, BoilerplateKind.OTHER)
        # (a closing mark alone on its line, empty cells, an empty body's lines: one sweep over the
        # record's lines and the spans in order, linear in a body cell of many lines)
        taken.sort()
        next_span = 0
        for at in range(1, last + 1):
            line = lines[at].span
            while next_span < len(taken) and taken[next_span].end <= line.start:
                next_span += 1
            if next_span == len(taken) or taken[next_span].start >= line.end:
                state.add_boilerplate(lines[at], BoilerplateKind.OTHER)
        return self.csv_more_records(state, last + 1, len(columns))

    @staticmethod
    def csv_body_line(line: Line, quoted: bool) -> Line:
        """*line*, a line of a CSV record's body cell, with the cell's doubled marks written as one
        when the cell is quoted (``""We will build it,"" Ortiz said.``: ``"We will build it," Ortiz
        said.``), as the headline's cell is: the paragraph's text, its span still the cell as written
        (docs/model.md).

        .. versionadded:: 0.2"""
        if not quoted or '""' not in line.text:
            return line
        return attrs.evolve(line, text=field_unescaped(line.text, '"'))

    def csv_more_records(self, state: ParseState, index: int, columns: int) -> int:
        """File the records of the CSV export that follow its first from ``lines[index]`` on as
        boilerplate ``other``, line by line: other articles of the export, not this one's story
        (their cells would read as its paragraphs and their quoted cells as quotations).  A record
        follows with no blank line before it and has *columns* cells (:meth:`csv_record_end`,
        :func:`~newsparse.lines.csv_cells`); the first line that opens none ends them.  Returns
        the index of that line.

        .. versionadded:: 0.2"""
        lines = state.lines
        while index < len(lines) and not lines[index].blank_before:
            record = self.csv_record(state, index, columns)
            if record is None:
                break
            last = record[0]
            for at in range(index, last + 1):
                state.add_boilerplate(lines[at], BoilerplateKind.OTHER)
            index = last + 1
        return index

    def csv_record(self, state: ParseState, first: int, columns: int) -> tuple[int, str, list[tuple[int, int, bool]]] | None:
        """The CSV record that starts on ``lines[first]``: the index of its last line
        (:meth:`csv_record_end`), its text as written from that line's start, and its cells
        (:func:`~newsparse.lines.csv_cells`, offsets into that text); ``None`` when a mark stays
        open or the cells are not *columns* in number.

        .. versionadded:: 0.2"""
        lines = state.lines
        last = self.csv_record_end(lines, first)
        if last is None:
            return None
        written = state.text[lines[first].span.start : lines[last].span.end]
        cells = csv_cells(written)
        return None if cells is None or len(cells) != columns else (last, written, cells)

    @staticmethod
    def csv_record_end(lines: Sequence[Line], first: int) -> int | None:
        """The index of the last line of the CSV record that starts on ``lines[first]``: the first
        line after which the double quotation marks counted from the record's start are even,
        none open (a quoted cell, the body's most often, may hold line breaks and blank lines:
        ``"Dockworkers returned on Monday.`` / blank / ``""We got what we came for,"" he
        said."``).  ``None`` when a mark stays open to the end.  One pass over the lines.

        .. versionadded:: 0.2"""
        open_marks = False
        for at in range(first, len(lines)):
            if lines[at].text.count('"') % 2:
                open_marks = not open_marks
            if not open_marks:
                return at
        return None

    @staticmethod
    def csv_cell_lines(lines: Sequence[Line], last: int, cell: Span) -> list[Line]:
        """The body lines of a quoted CSV cell over several lines (*cell*, the value inside its
        marks, within ``lines[1]`` to ``lines[last]``): each line's part inside the cell, stripped,
        its span the part as written; the first opens a paragraph, the others keep their
        ``blank_before``, so that the cell's blank lines part its paragraphs.  A doubled mark stays
        as written (``""We got it""``): a paragraph's text is its span's slice.

        .. versionadded:: 0.2"""
        found: list[Line] = []
        for at in range(1, last + 1):
            line = lines[at]
            start, end = max(line.span.start, cell.start), min(line.span.end, cell.end)
            if start >= end:
                continue
            piece = line.text[start - line.span.start : end - line.span.start]
            value = piece.strip()
            if not value:
                continue
            start += len(piece) - len(piece.lstrip())
            found.append(Line(value, Span(start, start + len(value)), 0, not found or line.blank_before))
        return found

    #: The keys of a scraper's JSON record (in any case, ``_``, ``-`` and ``@`` left out:
    #: ``datePublished`` is ``date_published``) that hold a part of the article, by the part
    #: (:meth:`header_json_record`): ``headline``, ``byline`` (a string, an object with a name, a
    #: list of either), ``section`` (a string or a list), ``published``, ``updated``,
    #: ``standfirst`` (boilerplate ``standfirst``), ``caption`` and ``credit`` (a picture's, at the
    #: top or in an ``image`` object), ``image`` and ``body`` (a string whose escaped line breaks
    #: part its paragraphs, or a list of strings).  A key of another name (``id``, ``url``) is
    #: boilerplate ``other``.
    #:
    #: .. versionadded:: 0.2
    JSON_KEYS: ClassVar[dict[str, tuple[str, ...]]] = {
        "headline": ("headline", "title"),
        "byline": ("byline", "author", "authors", "creator", "creators", "writer", "writers"),
        "section": ("section", "sections", "category", "categories", "article_section", "kicker"),
        "published": (
            "published", "date", "date_published", "published_at", "publish_date", "pubdate", "published_date",
            "publication_date", "date_created", "created_at",
        ),
        "updated": ("updated", "date_modified", "updated_at", "modified", "modified_at", "last_modified", "date_updated"),
        "standfirst": ("description", "summary", "standfirst", "dek", "subtitle", "subheadline", "excerpt", "abstract"),
        "caption": ("caption", "image_caption", "photo_caption", "picture_caption"),
        "credit": ("credit", "image_credit", "photo_credit", "picture_credit"),
        "image": ("image", "images", "photo", "picture", "lead_image", "top_image"),
        "body": ("body", "text", "content", "article_body", "body_text", "story", "article", "full_text", "paragraphs"),
    }
    #: The keys of an author's object in a JSON record's byline (``{"@type": "Person", "name":
    #: "Jo Grant"}``) that hold the name, compared as :attr:`JSON_KEYS` are.
    #:
    #: .. versionadded:: 0.2
    JSON_NAME_KEYS: ClassVar[tuple[str, ...]] = ("name", "full_name", "display_name")

    @staticmethod
    def json_key(key: str) -> str:
        """*key* as :attr:`JSON_KEYS` compares it: case-folded, without ``_``, ``-``, ``@`` and
        spaces (``datePublished``, ``date_published`` and ``@date-published`` are one key).

        .. versionadded:: 0.2"""
        return "".join(char for char in key.casefold() if char not in "_-@ ")

    def json_parts(self) -> dict[str, str]:
        """:attr:`JSON_KEYS` as a key (:meth:`json_key`) to its part.

        .. versionadded:: 0.2"""
        return {self.json_key(name): part for part, names in self.JSON_KEYS.items() for name in names}

    def json_ranks(self) -> dict[str, tuple[int, str]]:
        """:attr:`JSON_KEYS` as a key (:meth:`json_key`) to its place in its part's list and its
        part: of two keys of one part in a record (``body`` and ``text``, a teaser), the one
        listed first gives the part.

        .. versionadded:: 0.2"""
        ranks: dict[str, tuple[int, str]] = {}
        for part, names in self.JSON_KEYS.items():
            for rank, name in enumerate(names):
                ranks.setdefault(self.json_key(name), (rank, part))
        return ranks

    def header_json_record(self, state: ParseState, index: int, peek: bool) -> int:
        """A scraper's JSON record as the whole text (:func:`~newsparse.jsontext.json_records`: one
        object, pretty printed or on a line or two, or JSON Lines, an object a line, the first one
        read), with a body among its keys (:attr:`JSON_KEYS`): each known key's value is read as
        its part by :meth:`read_json_record`, its span the value as written inside its marks, its
        text the value unescaped (a headline's, a byline's, a caption's and a paragraph's: docs/model.md);
        the lines no part holds (``{``, ``}``, unknown keys', the JSON Lines' later records, other
        articles of the export) are boilerplate ``other``.  A text that only holds braces (a story
        quoting code) is no record.  Returns the count of lines read (all of them), else 0.

        .. versionadded:: 0.2"""
        lines = state.lines
        if index or not lines or not lines[0].text.startswith("{"):
            return 0
        from .jsontext import JsonValue, json_members, json_records  # (a JSON record's reader, imported when first needed)

        records = json_records(lines, state.text)
        if records is None:
            return 0
        members = json_members(state.text, JsonValue("object", records[0]))
        parts = self.json_parts()
        if not members or not any(
            parts.get(self.json_key(member.key)) == "body" and self.json_body_pieces(state.text, member.value)
            for member in members
        ):
            return 0
        if peek:
            return len(lines)
        state.keyed_body = True
        self.read_json_record(state, members, records[0])
        if len(records) > 1:  # (JSON Lines: the records after the first, line by line)
            for line in lines:
                if line.span.start >= records[1].start:
                    state.add_boilerplate(line, BoilerplateKind.OTHER)
        return len(lines)

    def read_json_record(self, state: ParseState, members: Sequence[JsonMember], record: Span) -> None:
        """File the *members* of the JSON object *record* as their parts (:meth:`json_part`; of
        two keys of one part, the one :attr:`JSON_KEYS` lists first that gives it,
        :meth:`json_ranks`, the other boilerplate), an unknown key's value, or one no part reads,
        as boilerplate ``other`` when it shares its line with a part, and the record's lines no
        part holds as boilerplate ``other``: one sweep over the lines and the spans in order.

        .. versionadded:: 0.2"""
        ranks = self.json_ranks()
        taken: list[Span] = []
        unknown: list[JsonValue] = []
        done: set[str] = set()
        # (each part's keys in the order the vocabulary lists them: "body" before "text", a teaser)
        for member in sorted(members, key=lambda m: ranks.get(self.json_key(m.key), (len(ranks), ""))[0]):
            part = ranks[self.json_key(member.key)][1] if self.json_key(member.key) in ranks else None
            spans = [] if part is None or part in done else self.json_part(state, part, member.value, unknown)
            if part is not None and spans:
                done.add(part)
                taken.extend(spans)
            else:
                unknown.append(member.value)
        lines = state.lines
        first = bisect.bisect_left(lines, record.start, key=lambda line: line.span.end)
        last = bisect.bisect_left(lines, record.end, key=lambda line: line.span.end)
        held = self.lines_holding(lines, range(first, min(last + 1, len(lines))), taken)
        for at in range(first, min(last + 1, len(lines))):
            if at not in held:
                state.add_boilerplate(lines[at], BoilerplateKind.OTHER)
        for value in unknown:  # (a compact record: an id or a link beside the headline on its line)
            at = bisect.bisect_left(lines, value.span.start + 1, key=lambda line: line.span.end)
            if at < len(lines) and at in held and value.span.end <= lines[at].span.end and value.span.slice(state.text).strip():
                raw = value.span.slice(state.text)
                lead = len(raw) - len(raw.lstrip())
                span = Span(value.span.start + lead, value.span.start + lead + len(raw.strip()))
                state.add_boilerplate(Line(span.slice(state.text), span, 0, False), BoilerplateKind.OTHER)

    @staticmethod
    def lines_holding(lines: Sequence[Line], indexes: range, spans: list[Span]) -> set[int]:
        """The indexes of *indexes* whose line of *lines* holds some of *spans*: one sweep over the
        lines and the spans in order, linear.

        .. versionadded:: 0.2"""
        spans = sorted(spans)
        held: set[int] = set()
        next_span = 0
        for at in indexes:
            line = lines[at].span
            while next_span < len(spans) and spans[next_span].end <= line.start:
                next_span += 1
            # (the first span left ends after the line's start: it holds the line when it starts before its end)
            if next_span < len(spans) and spans[next_span].start < line.end:
                held.add(at)
        return held

    def json_part(self, state: ParseState, part: str, value: JsonValue, unknown: list[JsonValue]) -> list[Span]:
        """Read *value*, the value of a key of *part* (:attr:`JSON_KEYS`), into *state*; the spans
        of what it gave, empty when it gives nothing (the value is then boilerplate).  Values
        inside an ``image`` object that no part reads go to *unknown*.

        .. versionadded:: 0.2"""
        text = state.text
        if part == "headline":
            return self.json_headline(state, value)
        if part == "byline":
            return self.json_byline(state, value)
        if part == "section":
            return self.json_section(state, value)
        if part in ("published", "updated"):
            return self.json_stamp(state, value, part)
        if part == "standfirst":
            if self.json_string(text, value) is None:
                return []
            state.add_boilerplate(Line(value.span.slice(text), value.span, 0, False), BoilerplateKind.STANDFIRST)
            return [value.span]
        if part == "caption":
            return self.json_caption(state, value, None)
        if part == "credit":
            return self.json_credit(state, value)
        if part == "image":
            return self.json_image(state, value, unknown)
        if part == "body":
            return self.json_body(state, value)
        return []

    def json_string(self, text: str, value: JsonValue) -> str | None:
        """The string *value* unescaped (:func:`~newsparse.jsontext.json_unescaped`), when it is
        one with no blanks at its edges as written and some text; else ``None``.

        .. versionadded:: 0.2"""
        from .jsontext import json_unescaped  # (a JSON record's reader, imported when first needed)

        if value.kind != "string":
            return None
        raw = value.span.slice(text)
        if not raw or raw.strip() != raw:
            return None
        read = json_unescaped(raw)
        return read if read is not None and read.strip() else None

    def json_headline(self, state: ParseState, value: JsonValue) -> list[Span]:
        """A JSON record's title: the headline, its text the value unescaped.

        .. versionadded:: 0.2"""
        read = self.json_string(state.text, value)
        if read is None or state.headline is not None:
            return []
        state.headline = Headline(read, value.span)
        return [value.span]

    def json_byline(self, state: ParseState, value: JsonValue) -> list[Span]:
        """A JSON record's author(s): a string read as a byline line is (``By Jo Grant``, ``Jo Grant
        and Sam Lee``), its text the value unescaped; an object with a name
        (:attr:`JSON_NAME_KEYS`) or a list of strings or such objects, each item one author's
        name (or an agency), the byline's span the value as written.  Nothing when no name reads as one.

        .. versionadded:: 0.2"""
        from .jsontext import json_items  # (a JSON record's reader, imported when first needed)

        text = state.text
        if state.byline is not None:
            return []
        if value.kind == "string":
            read = self.json_string(text, value)
            if read is None:
                return []
            if read == value.span.slice(text):  # ("By Jo Grant": the prefix read as on a line)
                prefixed = self.byline.parse((Line(read, value.span, 0, False),), 0)
                if prefixed is not None and prefixed.span == value.span:
                    state.byline = prefixed
                    return [value.span]
            authors, agency = self.json_author(read)
            if not authors and not agency:
                # ("Staff", "Reuters Staff": a desk's signature or an agency's staff, as after "By")
                line = Line(read, value.span, 0, False)
                desk = self.byline.parse_staff(line, read)
                if desk is not None:
                    state.byline = desk
                    return [value.span]
                return []
            state.byline = Byline(authors, agency, read, value.span)
            return [value.span]
        items = json_items(text, value) if value.kind == "array" else [value] if value.kind == "object" else None
        if not items:
            return []
        names: list[str] = []
        agencies: list[str] = []
        for item in items:
            name = self.json_name(text, item)
            if name is None:
                return []  # (a list that holds anything else is no list of authors)
            authors, agency = self.json_author(name)
            names.extend(author for author in authors if author not in names and author != agency)
            if agency is not None:
                agencies.append(agency)
        if not names and not agencies:
            return []
        written = joined_text(split_lines(value.span.slice(text)))
        # (an agency alone is the byline's author too, as "By Reuters" gives)
        state.byline = Byline(tuple(names) or (agencies[0],), agencies[0] if agencies else None, written, value.span)
        return [value.span]

    def json_author(self, name: str) -> tuple[tuple[str, ...], str | None]:
        """The authors and the agency one author's value of a JSON record's byline names
        (:meth:`BylineParser.read_names <newsparse.BylineParser.read_names>`, as after ``By``); a
        known agency alone (``Reuters``, :meth:`Vocabulary.is_agency
        <newsparse.Vocabulary.is_agency>`), maybe with its staff's role after it (``Reuters Staff``),
        is the author and the agency, as ``By Reuters`` gives.

        .. versionadded:: 0.2"""
        authors, agency = self.byline.read_names(name, has_prefix=True)
        bare = self.byline.agency_of_staff(name)  # ("Reuters Staff": the agency's, as "By Reuters Staff" gives)
        if not authors and agency is None and self.vocabulary.is_agency(bare):
            return (bare,), bare
        return authors, agency

    def json_name(self, text: str, item: JsonValue) -> str | None:
        """The name an author's item of a JSON byline gives: a string unescaped, or an object's
        name (:attr:`JSON_NAME_KEYS`); ``None`` for anything else.

        .. versionadded:: 0.2"""
        from .jsontext import json_members  # (a JSON record's reader, imported when first needed)

        if item.kind == "string":
            return self.json_string(text, item)
        keys = {self.json_key(name) for name in self.JSON_NAME_KEYS}
        for member in json_members(text, item) or ():
            if self.json_key(member.key) in keys:
                return self.json_string(text, member.value)
        return None

    def json_section(self, state: ParseState, value: JsonValue) -> list[Span]:
        """A JSON record's section: a string, or a list of strings (``["World", "Europe"]``), the
        labels; its span the value as written.  Nothing when a label holds an escape (its label
        would not be the text as written) or the section is known already.

        .. versionadded:: 0.2"""
        from .jsontext import json_items  # (a JSON record's reader, imported when first needed)

        text = state.text
        items = [value] if value.kind == "string" else json_items(text, value) if value.kind == "array" else None
        if not items or state.section:
            return []
        labels: list[str] = []
        for item in items:
            read = self.json_string(text, item)
            if read is None or read != item.span.slice(text):
                return []
            labels.append(read)
        state.section, state.section_span = tuple(labels), value.span
        return [value.span]

    def json_stamp(self, state: ParseState, value: JsonValue, part: str) -> list[Span]:
        """A JSON record's date of *part* (``published``, ``updated``): a string the timestamp
        parser reads whole (``2025-03-12T10:00:00Z``), its span the value as written.

        .. versionadded:: 0.2"""
        read = self.json_string(state.text, value)
        if read is None or read != value.span.slice(state.text):
            return []
        stamp = self.timestamps.find(read, value.span.start, state.reference_date)
        if stamp is None or stamp.span != value.span:
            return []
        state.add_stamp(attrs.evolve(stamp, kind=TimestampKind.PUBLISHED if part == "published" else TimestampKind.UPDATED))
        return [value.span]

    def json_caption(self, state: ParseState, value: JsonValue, credit: str | None) -> list[Span]:
        """A JSON record's picture caption, with *credit*: a caption of the article, its text the
        value unescaped.

        .. versionadded:: 0.2"""
        read = self.json_string(state.text, value)
        if read is None:
            return []
        state.captions.append(CaptionLine(read, credit, value.span))
        return [value.span]

    def json_credit(self, state: ParseState, value: JsonValue) -> list[Span]:
        """A JSON record's picture credit: boilerplate ``credit``, as a credit on a line of its own is.

        .. versionadded:: 0.2"""
        if self.json_string(state.text, value) is None:
            return []
        state.add_boilerplate(Line(value.span.slice(state.text), value.span, 0, False), BoilerplateKind.CREDIT)
        return [value.span]

    def json_image(self, state: ParseState, value: JsonValue, unknown: list[JsonValue]) -> list[Span]:
        """A JSON record's picture, an object (or a list of them) whose caption and credit keys
        (:attr:`JSON_KEYS`) give a caption with its credit (:meth:`json_caption`,
        :meth:`json_credit`); its other values (``url``, ``width``) go to *unknown*.

        .. versionadded:: 0.2"""
        from .jsontext import json_items, json_members  # (a JSON record's reader, imported when first needed)

        text = state.text
        pictures = [value] if value.kind == "object" else json_items(text, value) if value.kind == "array" else None
        parts = self.json_parts()
        taken: list[Span] = []
        for picture in pictures or ():
            members = json_members(text, picture)
            if members is None:
                continue
            credit = next((m.value for m in members if parts.get(self.json_key(m.key)) == "credit"), None)
            credit_text = None if credit is None else self.json_string(text, credit)
            for member in members:
                part = parts.get(self.json_key(member.key))
                if part == "caption":
                    spans = self.json_caption(state, member.value, credit_text)
                elif part == "credit" and credit_text is not None:
                    spans = self.json_credit(state, member.value)
                else:
                    spans = []
                taken.extend(spans)
                if not spans:
                    unknown.append(member.value)
        return taken

    def json_body_pieces(self, text: str, value: JsonValue) -> list[Span]:
        """The spans of the paragraphs of a JSON record's body, *value*: a string parted at its
        escaped line breaks (:func:`~newsparse.jsontext.json_string_pieces`: at ``\\n\\n`` when it
        holds one, else at each ``\\n``), or a list of strings, each parted so.

        .. versionadded:: 0.2"""
        from .jsontext import json_items, json_string_pieces  # (a JSON record's reader, imported when first needed)

        items = [value] if value.kind == "string" else json_items(text, value) if value.kind == "array" else None
        if not items or any(item.kind != "string" for item in items):
            return []
        return [piece for item in items for piece in json_string_pieces(text, item)]

    def json_body(self, state: ParseState, value: JsonValue) -> list[Span]:
        """A JSON record's body: a paragraph a piece (:meth:`json_body_pieces`), its text the piece
        unescaped, its lines joined (a single ``\\n`` inside a paragraph parted at ``\\n\\n``), its
        span the piece as written.

        .. versionadded:: 0.2"""
        from .jsontext import json_unescaped  # (a JSON record's reader, imported when first needed)

        taken: list[Span] = []
        for span in self.json_body_pieces(state.text, value):
            read = json_unescaped(span.slice(state.text))
            words = None if read is None else joined_text(split_lines(read))
            if not words:
                continue
            state.body.append(Line(words, span, 0, True))
            taken.append(span)
        return taken

    def header_dateline(self, state: ParseState, index: int, peek: bool) -> int:
        """A dateline ends the header: the body starts on its line.  A place before a bare colon
        with neither date nor agency (``NEW DELHI: ...``) does not: in the header, a label before a
        colon opens a headline more often (``BOOM: Trump fires back ...``).  A date written counts
        whether or not the reference date gives it a year (``NEW DELHI, Feb 29:`` with a reference
        date in a year without one), so the date is read here without the reference date."""
        line = state.lines[index]
        found = self.dateline_at(state, line.span)
        if found is None and self.opens_split_dateline(state, index):
            return STOP  # "LONDON," over "Nov 3 (Reuters) - The council ...": one dateline on two lines
        if found is None:
            place = self.place_before_dash(line.text)
            if place is not None:  # "Madrid - 06 may 2025 - 14:37 CEST": the place and the stamp (mendL65)
                return self.header_place_stamp(state, index, Dateline(place, None, None, place, line.span), peek)
        if found is not None and found.text.endswith(":") and found.agency is None and found.date is None:
            return STOP if self.lede_after_colon_place(state, found, line) else 0
        if found is None:
            return 0
        rest = state.text[found.span.end : line.span.end]
        if found.date is not None and found.agency is None and rest.strip() and self.timestamps.is_clock_line(rest):
            return self.header_place_stamp(state, index, found, peek)
        return STOP

    def lede_after_colon_place(self, state: ParseState, found: Dateline, line: Line) -> bool:
        """Whether *line*, under the headline, opens with *found*, a city the vocabulary knows in
        title case before a colon (``Vocabulary.is_place``: ``Dubai:``, ``Abu Dhabi:``,
        ``Karachi:``), and goes on as the story's first sentence: running text that ends as a
        sentence and has a word in lower case (``Dubai: Police on Tuesday arrested ...``), as the
        Gulf and South Asian press open a story above the page's stamp.  The body then starts on
        the line, as it does under the stamp, and the city is the dateline's place.  A label before
        a colon (``BOOM:``, ``Watch:``, ``Explainer:``), a place in capitals (``KARACHI:`` may open
        a headline's kicker) or a line over no headline is none.

        .. versionadded:: 0.2 (fixL67)"""
        place = found.place
        if state.headline is None or place is None or place.isupper() or not self.vocabulary.is_place(place):
            return False
        rest = state.text[found.span.end : line.span.end].strip()
        words = rest.split()
        if len(words) < self.PLAIN_PROSE_WORDS or not ends_sentence(rest) or self.opens_deck(rest):
            return False
        return any(word[:1].islower() for word in words)

    #: The openings, in lower case, of a deck's title-like phrase after a place and a colon, no story's
    #: sentence (:meth:`opens_deck`: ``Dubai: A guide to the new visa rules``, ``Karachi: What we know
    #: about the blast``): a guide, an explainer, a live page, a question's word.
    #:
    #: .. versionadded:: 0.2 (fixL69)
    DECK_OPENERS: ClassVar[tuple[str, ...]] = (
        "a guide to", "your guide to", "the guide to", "a quick guide", "what we know", "what you need to know",
        "what to know", "what to expect", "what is", "what's", "what are", "what happened", "everything you need to know",
        "everything we know", "all you need to know", "live updates", "live:", "live blog", "how", "why", "explained",
        "explainer", "in pictures", "in photos", "timeline", "key facts", "fact check", "q&a",
    )

    def opens_deck(self, text: str) -> bool:
        """Whether *text*, the words after a place and a colon under the headline, opens with one of
        :attr:`DECK_OPENERS` as whole words (``A guide to the new visa rules.``, ``What we know about
        the blast``, ``How the new rules work``): a deck's phrase, no story's first sentence, so the
        place is no dateline (:meth:`lede_after_colon_place`).  A line that ends in an attribution
        (``CaptionParser.ends_in_attribution``: ``What is believed to be the largest haul ... was
        seized on Tuesday, officials said.``) reports a story's fact, and is no deck.

        .. versionadded:: 0.2 (fixL69)
        .. versionchanged:: 0.2 (rvl69) not a line ending in an attribution"""
        folded = text.casefold()
        if self.captions.ends_in_attribution(text.rstrip(".")):
            return False  # ("What is believed to be ... was seized, officials said.": the story's first sentence)
        return any(
            folded.startswith(opener) and not folded[len(opener) : len(opener) + 1].isalnum() for opener in self.DECK_OPENERS
        )

    #: The dashes a place and the publication's stamp stand apart by on a stamp's line
    #: (:meth:`place_before_dash`: ``Madrid - 06 may 2025 - 14:37 CEST``).
    #:
    #: .. versionadded:: 0.2 (mendL65)
    PLACE_STAMP_DASHES: ClassVar[tuple[str, ...]] = (" - ", " – ", " — ")

    def place_before_dash(self, text: str) -> str | None:
        """The place that opens *text* before a dash of :attr:`PLACE_STAMP_DASHES` (``Madrid - 06
        may 2025 - 14:37 CEST``: ``Madrid``), a place the vocabulary knows (``Vocabulary.is_place``);
        ``None`` otherwise.  :meth:`header_place_stamp` then reads the stamp after it, which must
        run to the line's end.

        .. versionadded:: 0.2 (mendL65)"""
        for dash in self.PLACE_STAMP_DASHES:
            place, found, _ = text.partition(dash)
            if found and place.strip() == place and self.vocabulary.is_place(place):
                return place
        return None

    def opens_split_dateline(self, state: ParseState, index: int) -> bool:
        """Whether line *index* is the first half of a dateline that a copy broke over two lines:
        the line is a place and a comma alone (``LONDON,``, ``Paris,``), the next line follows it
        with no blank line between, and the two read together open with a dateline that has a
        date or an agency (``LONDON,`` over ``Nov 3 (Reuters) - The council ...``).  The body then
        starts on this line, and :meth:`read_dateline` reads the dateline from both lines, its span
        covering them.  A line with no comma at its end, or one whose next line opens no date or
        agency (``PARIS,`` over ``TEXAS``), is no such half.

        .. versionadded:: 0.2"""
        line = state.lines[index]
        if index + 1 >= len(state.lines):
            return False
        below = state.lines[index + 1]
        if below.blank_before:
            return False
        if not line.text.endswith(","):
            if self.dateline.parse_place_alone(state.text, line.span) is not None:  # "BERLIN" over "(dpa) - ..."
                found = self.dateline_at(state, Span(line.span.start, below.span.end))
                return found is not None and found.place == line.text.strip() and found.span.end > below.span.start and (
                    found.date is not None or found.agency is not None
                )
            return self.dateline_line_over_story(state.text, line.span, below.span) is not None  # "WASHINGTON —"
        found = self.dateline_at(state, Span(line.span.start, below.span.end))
        if found is None or found.place is None or found.span.end <= below.span.start:
            return False
        return (found.date is not None or found.agency is not None) and found.place == line.text[:-1].strip()

    def header_place_stamp(self, state: ParseState, index: int, found: Dateline, peek: bool) -> int:
        """A place, a date and a clock on a line of their own (``Granada, 3 may 2025 - 21:15
        CEST``), which *found* read as a dateline up to the clock: the line is the publication's
        stamp, the place before it the dateline's (dated by the stamp), as
        :meth:`place_before_stamp` reads a place in capitals; the body starts under it.  0 when
        the words after the place are no stamp that runs to the line's end.

        .. versionadded:: 0.2"""
        line, place = state.lines[index], found.place
        if place is None or not line.text.startswith(place):
            return 0
        start = line.span.start + len(place)
        written = state.text[line.span.start : start] + ("," if state.text[start : start + 1] == "," else "")
        start = line.span.start + len(written)
        stamp = self.timestamps.find(state.text[start : line.span.end], start, state.reference_date)
        if stamp is None or stamp.kind is not TimestampKind.PUBLISHED or state.text[stamp.span.end : line.span.end].strip():
            return 0
        if not peek:
            state.add_stamp(stamp)
            if state.dateline is None and not len(state.body):
                span = Span(line.span.start, line.span.start + len(written))
                state.dateline = Dateline(place, None, stamp.datetime.date(), written, span)
        return 1

    def header_byline(self, state: ParseState, index: int, peek: bool) -> int:
        """The byline (before stamps: ``By Umair Irfan Updated Nov 13, 2019`` is both), with the
        stamp its line also gives; it may take the next line too (``By`` on a line of its own)."""
        if state.byline is not None:
            return 0
        if (
            self.is_bar_credit(state.lines[index])
            and not self.bar_line_under_headline(state, index)
            and (not self.stamp_in_block_beside(state, index) or self.under_sentence(state, index))
        ):
            return 0  # "Scott Roe | CNBC": a picture's credit, not the author and the agency
        found = self.byline.parse_with_stamp(state.lines, index, self.timestamps, state.reference_date)
        head = 0
        if found is None:
            source = self.source_byline(state, index)
            if source is not None:  # "Source: Ana Ruiz, Senior Analyst" under the headline (fixL63)
                found = (source, ())
        if found is None:
            head = self.byline_piece_start(state, index)
            if not head:
                return 0
            line = state.lines[index]
            piece = Line(line.text[head:], Span(line.span.start + head, line.span.end), 0, False)
            found = self.byline.parse_with_stamp((piece,), 0, self.timestamps, state.reference_date)
            if found is None:
                return 0
        byline, stamps = found
        if self.byline.header_only(byline) and self.prose_above(state, index):
            return 0  # "Interviewed by Jane Roe" under the first paragraph: no byline
        wrapped = self.wrapped_stamp(state, index) if not stamps else None
        if wrapped is not None:  # "By Tom Poe | Updated: Tuesday, November" / "19, 2019, 8:03 AM EST"
            found = self.byline.parse_with_stamp((wrapped,), 0, self.timestamps, state.reference_date)
            if found is not None and found[1]:
                byline, stamps = found
        end = max([byline.span.end, *(stamp.span.end for stamp in stamps)])
        claimed = sum(1 for _ in itertools.takewhile(lambda ln: ln.span.start < end, state.lines[index:]))
        if byline.agency is None and self.signs_as_outlet(byline):
            byline = attrs.evolve(byline, authors=())  # "BY BUENOS AIRES TIMES": the outlet signs, no person (mendLT68)
        if not peek:
            state.byline = byline
            if head:  # "ABC News / By ...": the outlet's piece
                self.file_line_head(state, state.lines[index], state.lines[index].span.start + head)
            elif not stamps and byline.span.start > state.lines[index].span.start:
                self.file_line_head(state, state.lines[index], byline.span.start)  # "On 2:47 pmIn News" before "by ..."
            for stamp in stamps:
                state.add_stamp(stamp)
            if stamps:
                self.file_line_between(state, state.lines[index], byline.span.end, min(stamp.span.start for stamp in stamps))
            self.file_line_rest(state, state.lines[index + claimed - 1], end)
        return claimed

    #: How many lines under a source's line (:meth:`source_byline`) may hold no byline of their own.
    #:
    #: .. versionadded:: 0.2 (fixL63)
    SOURCE_BYLINE_LOOKAHEAD: ClassVar[int] = 3

    def source_byline(self, state: ParseState, index: int) -> Byline | None:
        """The byline of a source's line right under the headline (``BylineParser.parse_source``:
        ``Source: Reuters``, ``Source: Ana Ruiz, Senior Analyst``), when none of the
        :attr:`SOURCE_BYLINE_LOOKAHEAD` lines under it is a byline (``By Jane Roe`` signs the
        story; the source is a credit then); ``None`` otherwise, and anywhere else (``Source:
        Reuters`` under a chart is the chart's credit).

        .. versionadded:: 0.2 (fixL63)"""
        lines, headline = state.lines, state.headline
        if headline is None or not index or lines[index - 1].span.end != headline.span.end:
            return None
        byline = self.byline.parse_source(lines[index])
        if byline is None:
            return None
        below = range(index + 1, min(len(lines), index + 1 + self.SOURCE_BYLINE_LOOKAHEAD))
        return None if any(self.byline.parse(lines, at) is not None for at in below) else byline

    def foot_source_byline(self, state: ParseState, index: int) -> Byline | None:
        """The byline of a source's line that ends the page (``BylineParser.parse_source``: ``Source:
        Reuters``, ``Source: Ana Ruiz, Senior Analyst``) in a block of its own, right after a
        paragraph of the story that ends a sentence, when the page has no byline; ``None``
        otherwise (``Source: Reuters`` under a chart's caption is the chart's credit).

        .. versionadded:: 0.2 (fixL63)"""
        lines, body = state.lines, state.body
        if index != len(lines) - 1 or state.byline is not None or not index or not lines[index].blank_before:
            return None  # (every line but the page's last: one comparison)
        above = lines[index - 1]
        if not body or body[-1].span.end != above.span.end or not above.text.rstrip().endswith((".", "!", "?", "”", '"')):
            return None
        return self.byline.parse_source(lines[index])

    def byline_piece_start(self, state: ParseState, index: int) -> int:
        """Where a byline with its prefix starts on ``lines[index]`` after an outlet's name and a
        piece mark of :attr:`PIECE_MARKS` with spaces around it (``ABC News / By Tom Forbes and
        Jessica Ross``, ``Metro Desk | By Ana Lima``): the first piece at most :attr:`SOURCE_WORDS`
        words that end no sentence, no stamp and no byline of its own, the second opening with the
        byline's prefix (``BylineParser.has_prefix``).  The offset in the line, or 0.

        .. versionadded:: 0.2"""
        text = state.lines[index].text
        for at, char in enumerate(text[: self.BYLINE_PIECE_CHARS]):
            if char not in self.PIECE_MARKS or text[at - 1 : at] != " " or text[at + 1 : at + 2] != " ":
                continue
            outlet = text[:at].strip()
            if not outlet or len(outlet.split()) > self.SOURCE_WORDS or ends_sentence(outlet):
                return 0
            if self.byline.has_prefix(outlet) or self.timestamps.might_be_stamp_line(Line(outlet, Span(0, len(outlet)), 0, False)):
                return 0
            start = at + 1 + len(text[at + 1 :]) - len(text[at + 1 :].lstrip())
            return start if self.byline.has_prefix(text[start:]) else 0
        return 0

    def is_bar_credit(self, line: Line) -> bool:
        """Whether *line*, with no byline's opener (``By``), is a photographer's name and an outlet
        apart by a bar (``Scott Roe | CNBC``: :meth:`CaptionParser.is_credit_line`), as a page prints
        a picture's credit under its caption or alone when the caption is missing: a credit, never
        the byline (``By Jane Roe | Fox News`` is one).

        .. versionadded:: 0.2"""
        text = line.text
        return " | " in text and not self.byline.has_prefix(text) and self.captions.is_credit_line(line)

    def bar_line_under_headline(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` stands right under the headline's last line in its block, where
        a ``Name | Outlet`` line is the byline (``Jane Roe | TNN``, ``Ana Ortiz | PTI`` under a Times
        of India headline), no picture's credit (:meth:`is_bar_credit`); set off by a blank line it
        may be a credit still.  The words before the bar must be opened by a known given name
        (``BylineParser.opens_with_given_name``): ``New York | NYT``, ``Stock Market | IANS`` name
        no author.

        .. versionadded:: 0.2 (mendR67l)"""
        lines, headline = state.lines, state.headline
        return (
            headline is not None
            and 0 < index < len(lines)
            and not lines[index].blank_before
            and lines[index - 1].span.end == headline.span.end
            and self.byline.opens_with_given_name(lines[index].text.rpartition("|")[0])
        )

    def stamp_in_block_beside(self, state: ParseState, index: int) -> bool:
        """Whether the line right over or right under ``lines[index]``, in its block, is a stamp line
        (:meth:`header_timestamps`, ``TimestampParser.is_stamp_like``): a ``Name | Outlet`` line
        there is the byline and its agency (``Jane Roe | Reuters`` / ``March 5, 2024``), not a
        picture's credit (:meth:`is_bar_credit`), which a page prints under a caption.

        .. versionadded:: 0.2"""
        lines = state.lines
        near = [i for i in (index - 1, index + 1) if 0 <= i < len(lines) and not lines[max(i, index)].blank_before]
        return any(
            self.header_timestamps(state, i, peek=True) or self.timestamps.is_stamp_like(lines[i].text) for i in near
        )

    def under_sentence(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` stands right under a line of its block that ends a sentence
        (:func:`~newsparse.lines.ends_sentence`), as a picture's credit stands under its caption
        (``A ferry leaves the harbour at dawn.`` / ``Lena Marsh | KTVN``): a ``Name | Outlet`` line
        there is the caption's credit even beside a stamp.

        .. versionadded:: 0.2"""
        line = state.lines[index]
        return index > 0 and not line.blank_before and ends_sentence(state.lines[index - 1].text)

    def prose_above(self, state: ParseState, index: int) -> bool:
        """Whether a line between the headline (or the top) and ``lines[index]`` reads as prose
        (:meth:`is_prose`, :meth:`is_short_sentence`): a line there is no longer near the
        headline, for the bylines :meth:`BylineParser.header_only` keeps to the header.

        .. versionadded:: 0.2"""
        lines = state.lines
        top = state.headline.span.end if state.headline is not None else 0
        return any(
            self.is_prose(lines, i) or self.is_short_sentence(lines, i)
            for i in range(index - 1, -1, -1)
            if lines[i].span.start >= top
        )

    def header_timestamps(self, state: ParseState, index: int, peek: bool) -> int:
        """A line of stamps: ``Published: Aug 13, 2024 11:14 PM | Updated ...``."""
        wrapped = self.wrapped_stamp(state, index)
        if wrapped is None and not self.timestamps.might_be_stamp_line(state.lines[index]):
            return 0
        if self.is_date_in_story(state, index):
            return 0
        claimed = 1
        stamps = self.timestamps.parse((wrapped,), 0, state.reference_date) if wrapped is not None else ()
        first_end = state.lines[index].span.end
        if any(stamp.span.start < first_end < stamp.span.end for stamp in stamps):
            claimed = 2  # "Published November 18," / "2019 at 10:00 a.m."
        else:  # no stamp runs from the line onto the one under it, which stays for the rules after this one
            stamps = self.stamps_at(state, index) or self.update_after(state, index)
        line = state.lines[index]
        glued = None
        if (
            not stamps
            and wrapped is None
            and state.byline is None
            and state.headline is not None
            # cheap tests first: a name opens the line ("Jane RoeDecember 2, 2016") and a stamp ends it
            and self.byline.may_start_name(line.text)
            and self.timestamps.may_end_in_stamp(line.text)
        ):
            found = self.stamp_in_line(state, index)
            if found is not None and not state.text[found.span.end : line.span.end].strip():
                glued = self.name_before_stamp(state, line, found)  # "Jane RoeDecember 2, 2016"
                stamps = (found,) if glued is not None else ()
        if not stamps and wrapped is None:
            claimed = self.clocks_over_date(state, index, peek)
            if claimed:
                return claimed
        if not stamps:
            return (self.labelled_clock(state, index, peek) or self.clock_under_date(state, index, peek)) if wrapped is None else 0
        if not peek:
            as_of = self.timestamps.is_as_of(state.lines[index].text)
            above_kind = self.label_line_kind(state, index)
            if above_kind is not None and len(stamps) == 1 and stamps[0].kind is not above_kind:
                stamps = (attrs.evolve(stamps[0], kind=above_kind),)  # "Updated" / "March 3, 2025 11:30 GMT"
            for stamp in stamps:
                if as_of and stamp.kind is TimestampKind.PUBLISHED and state.published is not None:
                    stamp = attrs.evolve(stamp, kind=TimestampKind.UPDATED)  # "Stand:" under "Veröffentlicht am"
                elif not as_of and self.as_of_above(state, line, stamp):  # "Stand:" over "Veröffentlicht am"
                    assert state.published is not None
                    state.updated, state.published = attrs.evolve(state.published, kind=TimestampKind.UPDATED), None
                state.add_stamp(stamp)
            if state.byline is None and (state.headline is not None or self.names_before_stamp(line, stamps[0])):
                state.byline = (
                    glued
                    or self.unless_subject(state, index + claimed - 1, self.byline_beside_stamps(line, stamps))
                    or self.name_before_stamp(state, line, stamps[0])
                    or self.agency_before_stamp(state, line, stamps[0])
                    or self.outlet_before_stamp(state, line, stamps[0])
                    or self.agency_after_stamps(state, index + claimed - 1, stamps)
                    or self.name_after_stamps(state, index + claimed - 1, stamps)
                    or self.unless_subject(state, index + claimed - 1, self.names_signature(line, stamps[0]))
                )
            beside = state.byline is not None and line.span.start <= state.byline.span.start < line.span.end
            rest = max(stamp.span.end for stamp in stamps)
            if beside and state.byline is not None and state.byline.span.start >= rest:
                beside, rest = False, state.byline.span.end  # "Updated on: ... / 10:07 AM / CBS News": the byline ends the line
            first = min(stamp.span.start for stamp in stamps)
            if not beside and not self.place_before_stamp(state, line, stamps[0]):
                self.file_line_head(state, line, first)
            elif beside and state.byline is not None and state.byline.span.end < first:
                self.file_line_between(state, line, state.byline.span.end, first)  # "Jane Roe | 4 min read | March 3, 2025"
            self.file_line_rest(state, state.lines[index + claimed - 1], rest)
        return claimed

    def names_before_stamp(self, line: Line, stamp: Timestamp) -> bool:
        """Whether the words on *line* before *stamp*, past the marks between them (``·``, ``|``),
        are people's names alone (:meth:`signed_names`: ``Jane Roe · March 3, 2025``): the author's
        signature, a byline even over the headline.

        .. versionadded:: 0.2"""
        return self.signed_names(self.signature_head(line, stamp))

    def signature_head(self, line: Line, stamp: Timestamp) -> str:
        """The words on *line* before *stamp*, without the marks between them (:attr:`SIGNATURE_MARKS`:
        ``Jane Roe`` of ``Jane Roe · March 3, 2025``).

        .. versionadded:: 0.2"""
        return line.text[: max(0, stamp.span.start - line.span.start)].rstrip().rstrip(self.SIGNATURE_MARKS).rstrip()

    def signed_names(self, text: str) -> bool:
        """Whether *text*, a piece beside a stamp on one line, is people's names alone
        (:meth:`names_alone`), each opening with a known given name
        (:meth:`BylineParser.opens_with_given_name`): ``Jane Roe``, ``Jane Roe and Tom Hale``; a
        place, a label or a name of unknown words (``Hong Kong``, ``Fact Check``) beside a stamp
        is no signature.

        .. versionadded:: 0.2"""
        if not self.names_alone(text):
            return False
        return all(self.byline.opens_with_given_name(name) for name in self.byline.split_names(text.strip()))

    def names_signature(self, line: Line, stamp: Timestamp) -> Byline | None:
        """The byline of the names alone before *stamp* on *line* (:meth:`names_before_stamp`:
        ``Jane Roe and Tom Hale | March 3, 2025``), as :meth:`BylineParser.parse_bare` reads them,
        no agency; the stamp rule drops one name the story names again (:meth:`unless_subject`).

        .. versionadded:: 0.2"""
        head = self.signature_head(line, stamp)
        if not self.signed_names(head):
            return None
        byline = self.byline.parse_bare(Line(head, Span(line.span.start, line.span.start + len(head)), 0, False))
        return byline if byline is not None and byline.agency is None else None

    def place_before_stamp(self, state: ParseState, line: Line, stamp: Timestamp) -> bool:
        """Read the words before *stamp*, the first stamp on *line*, as the dateline's place when
        they are a place in capitals and a comma (:meth:`DatelineParser.place_before_stamp`:
        ``NEW DELHI,  MAY 26, 2026 10:48 IST``), the stamp a publication's: the dateline's date is
        the stamp's, its text and span the place's and the comma's.  A stamp label between the
        comma and the stamp (:meth:`TimestampParser.label_start`: ``NEW DELHI, Updated: March 5,
        2024 10:14 IST``) is the stamp's, of either kind: the place is still the dateline, dated
        only by a publication's stamp.  Whether it did; it does not
        when a paragraph line or such a dateline was read already (a stamp line in the story).

        .. versionadded:: 0.2"""
        if state.dateline is not None or len(state.body) or stamp.span.start <= line.span.start:
            return False
        head = state.text[line.span.start : stamp.span.start]
        label = self.timestamps.label_start(head)
        if label is not None:  # "NEW DELHI, Updated: March 5, 2024 10:14 IST": the label is the stamp's
            head = head[:label]
        elif stamp.kind is not TimestampKind.PUBLISHED:
            return False
        place = self.dateline.place_before_stamp(head)
        if place is None:
            return False
        written = head.rstrip()
        date = stamp.datetime.date() if stamp.kind is TimestampKind.PUBLISHED else None  # (an update's day is no filing day)
        state.dateline = Dateline(place, None, date, written, Span(line.span.start, line.span.start + len(written)))
        return True

    def as_of_above(self, state: ParseState, line: Line, stamp: Timestamp) -> bool:
        """Whether *stamp*, read from *line* under the header's ``published`` stamp, is the
        publication and that stamp the update: the stamp above was read from a line that opens with
        an "as of" label (``Stand: 12.05.2025 16:40 Uhr``, :meth:`TimestampParser.is_as_of`), no
        update was read yet, *line* opens with a stamp label (``Veröffentlicht am 12.05.2025 um 14:05
        Uhr``) and *stamp* falls no later than the one above; or the stamp above has no label and
        *line* opens with a label of the first publication (``Wed 5 Mar 2025 16.42 GMT`` over ``First
        published on Wed 5 Mar 2025 09.01 GMT``, :meth:`TimestampParser.is_original`).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 an unlabelled stamp over a first publication's.
        .. versionchanged:: 0.2 or over a sentence that names the first run (:meth:`names_first_run`).
        .. versionchanged:: 0.2 a first publication's date alone (no clock) on the stamp's own day is no
           earlier run (:meth:`first_run_before`)."""
        above = state.published
        if stamp.kind is not TimestampKind.PUBLISHED or above is None or state.updated is not None:
            return False
        if (stamp.datetime.tzinfo is None) != (above.datetime.tzinfo is None) or stamp.datetime > above.datetime:
            return False  # (no order between an aware and a naive time; a publication after the update)
        start = state.text.rfind("\n", 0, above.span.start) + 1
        written = state.text[start : above.span.end]
        if self.timestamps.is_original(line.text) or self.names_first_run(state, line, stamp):
            # (a first run's date alone is midnight: it is earlier only on an earlier day, first_run_before)
            return not self.timestamps.starts_with_label(written) and self.first_run_before(stamp, above)
        return self.timestamps.is_as_of(written) and self.timestamps.starts_with_label(line.text)

    def names_first_run(self, state: ParseState, line: Line, stamp: Timestamp) -> bool:
        """Whether the words before *stamp* on *line* end in one of :attr:`FOOTER_STAMP_LABELS`
        (``This story first appeared on 5 March 2025 at 09:01``, ``This article was first
        published on ...``; the stamp may hold the label's last word, ``on``): a sentence that
        names the day the story first ran, under the latest stamp as a label of
        ``TimestampParser.ORIGINAL_LABELS`` is (:meth:`as_of_above`).

        .. versionadded:: 0.2"""
        head = " ".join(state.text[line.span.start : stamp.span.start].casefold().split())
        if not head:
            return False
        first = stamp.text.split(None, 1)[0].casefold() if stamp.text.strip() else ""
        with_first = f"{head} {first}"
        return any(head.endswith(label) or with_first.endswith(label) for label in self._footer_labels)

    #: The punctuation between two pieces of a header line besides :attr:`PIECE_MARKS` (``March 4,
    #: 2025 - AFP``), which :meth:`piece_start` and :meth:`piece_end` read past with the whitespace.
    #:
    #: .. versionadded:: 0.2 (fixL68)
    PIECE_PUNCTUATION: ClassVar[str] = ",;:-–—"

    def piece_start(self, text: str) -> int:
        """Where the piece of a line that *text* holds starts: after the piece marks
        (:attr:`PIECE_MARKS`, :attr:`PIECE_PUNCTUATION`) and whitespace that open it, every blank of
        :meth:`str.isspace` among them (a no-break space, ``\\u00a0``, fixL68).

        .. versionadded:: 0.2 (fixL68)"""
        marks, at = self.PIECE_MARKS + self.PIECE_PUNCTUATION, 0
        while at < len(text) and (text[at] in marks or text[at].isspace()):
            at += 1
        return at

    def piece_end(self, text: str) -> int:
        """Where the piece of a line that *text* holds ends: before the piece marks and whitespace
        that close it, as :meth:`piece_start` reads them.

        .. versionadded:: 0.2 (fixL68)"""
        marks, at = self.PIECE_MARKS + self.PIECE_PUNCTUATION, len(text)
        while at > 0 and (text[at - 1] in marks or text[at - 1].isspace()):
            at -= 1
        return at

    def file_line_head(self, state: ParseState, line: Line, start: int) -> None:
        """File what *line* holds before *start* (where its first stamp starts) as boilerplate when
        no byline was read from it, so that no text of the line is lost: a site's or a desk's name
        beside the date (``Island News December 2, 2016``).  A stamp's label (``Published:``,
        :meth:`TimestampParser.starts_with_label`) and a head with no letter or digit are no part;
        the piece marks and spaces after it are left out of its span.  Its kind is the one
        :meth:`classify_boilerplate` gives it, else ``other``.

        .. versionadded:: 0.2"""
        if not line.span.start < start <= line.span.end:
            return
        head = state.text[line.span.start : start]
        text = head[: self.piece_end(head)]
        if not any(char.isalnum() for char in text) or self.timestamps.starts_with_label(text):
            return
        piece = Line(text, Span(line.span.start, line.span.start + len(text)), 0, False)
        found = self.classify_boilerplate(piece)
        state.add_boilerplate(piece, BoilerplateKind.OTHER if found is None else found.kind)

    def file_line_between(self, state: ParseState, line: Line, start: int, end: int) -> None:
        """File what *line* holds between *start* (where its byline ends) and *end* (where its
        first stamp starts) as boilerplate, so that no text of the line is lost: a piece that is
        no part of the byline (``By Jane Roe | Island Times | March 4, 2025``, ``| Weather |``, a
        credit for the pictures, ``| Photos: Tom Berg |``).  The stamp's label before *end*
        (:meth:`TimestampParser.label_start`), the piece marks and spaces around the piece are
        no part; a piece with no letter or digit (``By Jane Roe - March 4, 2025``) is none.  Its
        kind is the one :meth:`classify_boilerplate` gives it, else ``other``.

        .. versionadded:: 0.2"""
        if not line.span.start <= start < end <= line.span.end:
            return  # (the stamp on the line under the byline's, or none between)
        text = state.text[start:end]
        label = self.timestamps.label_start(text)
        text = text if label is None else text[:label]
        opens = self.piece_start(text)
        piece_text = text[opens : max(opens, self.piece_end(text))]
        if not any(char.isalnum() for char in piece_text):
            return
        begin = start + opens
        piece = Line(piece_text, Span(begin, begin + len(piece_text)), 0, False)
        found = self.classify_boilerplate(piece)
        state.add_boilerplate(piece, BoilerplateKind.OTHER if found is None else found.kind)

    def file_line_rest(self, state: ParseState, line: Line, end: int) -> None:
        """File what *line* holds after *end* (where the byline or stamps read from it stop) as
        boilerplate, so that no text of the line is lost: the counter after a byline and a stamp
        (``By Mara Quint · 4 Mar 2025 · 0 Comments``), a reading time (``... | 3 min read``).  The
        piece marks (:attr:`PIECE_MARKS`) and spaces before it are left out of its span; a rest
        with no letter or digit (a closing mark) is no part.  Its kind is the one
        :meth:`classify_boilerplate` gives it, else ``timestamp`` for a stamp of how long ago
        (``Updated 3 hours ago``: ``BylineParser.is_relative_stamp``, as on a line alone), else ``other``.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a stamp of how long ago (mendL65)."""
        if not line.span.start <= end < line.span.end:
            return
        rest = state.text[end : line.span.end]
        start = end + self.piece_start(rest)
        text = state.text[start : line.span.end].rstrip()
        if not any(char.isalnum() for char in text):
            return
        piece = Line(text, Span(start, start + len(text)), 0, False)
        found = self.classify_boilerplate(piece)
        if found is None and self.byline.is_relative_stamp(text):
            state.add_boilerplate(piece, BoilerplateKind.TIMESTAMP)  # "... GMT+9 Updated 3 hours ago", as alone (mendL65)
            return
        state.add_boilerplate(piece, BoilerplateKind.OTHER if found is None else found.kind)

    def update_after(self, state: ParseState, index: int) -> tuple[Timestamp, ...]:
        """The update stamps on ``lines[index]`` written without a year (``Updated Nov 19, 9:02
        AM``) when no reference date was given but the published stamp was read: its date dates
        them, in its year or the next when the month wraps round (the nearest such date, at most
        about a month on: :func:`~newsparse.timestamp.resolve_year`).  Only ``updated`` stamps
        that fall on or after the published one count; empty otherwise.

        .. versionadded:: 0.2"""
        published = state.published
        if state.reference_date is not None or published is None:
            return ()
        found = self.timestamps.parse(state.lines, index, published.datetime.date())
        if not found or any(
            stamp.kind is not TimestampKind.UPDATED or stamp.datetime.date() < published.datetime.date() for stamp in found
        ):
            return ()
        return found

    def clocks_over_date(self, state: ParseState, index: int, peek: bool) -> int:
        """Labelled clock times alone on ``lines[index]`` over a date alone on the next line of its
        block (``Published 6:02 AM MST | Updated 9:47 AM MST`` / ``Dec. 1, 2026``): the stamps on
        that day (:meth:`TimestampParser.clocks_on_date`), the date's line boilerplate
        ``timestamp``.  Returns 2, or 0 for any other shape or when the header has a stamp of one of
        their kinds already.

        .. versionadded:: 0.2"""
        lines = state.lines
        if index + 1 >= len(lines) or not self.timestamps.starts_with_label(lines[index].text):
            return 0  # (the label first: an anchored test, before the next line is searched for a date)
        at = index + 1
        if self.is_labelled_clock_line(lines[at]) and self.is_labelled_clock_line(lines[index]) and at + 1 < len(lines):
            at += 1  # ("Publié à 5 h 00" / "Mis à jour à 7 h 45" / "5 mars 2025": a clock line each; lang65)
        if not self.is_date_alone(lines[at]) or (lines[at].blank_before and not self.is_labelled_clock_line(lines[index])):
            return 0
        date = self.timestamps.find(lines[at].text, lines[at].span.start, state.reference_date)
        if date is None:
            return 0
        stamps = tuple(stamp for k in range(index, at) for stamp in self.timestamps.clocks_on_date(lines[k], date))
        if len(stamps) < at - index or len({stamp.kind for stamp in stamps}) != len(stamps):
            return 0  # (a clock line that gives no stamp, or two of one kind)
        if len(stamps) == 2 and self.timestamps.out_of_order(stamps):
            return 0
        if any((state.updated if stamp.kind is TimestampKind.UPDATED else state.published) is not None for stamp in stamps):
            return 0
        if not peek:
            for stamp in stamps:
                state.add_stamp(stamp)
            state.add_boilerplate(lines[at], BoilerplateKind.TIMESTAMP)
        return at + 1 - index

    def is_labelled_clock_line(self, line: Line) -> bool:
        """Whether *line* is a stamp label and a clock time alone (``Publié à 5 h 00``, ``Updated
        14:05 GMT``: :meth:`TimestampParser.starts_with_label`, :meth:`TimestampParser.is_clock_line`).

        .. versionadded:: 0.2 (lang65)"""
        return self.timestamps.starts_with_label(line.text) and self.timestamps.is_clock_line(line.text)

    def labelled_clock(self, state: ParseState, index: int, peek: bool) -> int:
        """A stamp label and a clock time with no date (``Updated 14:05 GMT``, ``Posted 2.05pm``),
        as a live blog prints the time of its last entry: boilerplate ``timestamp``, never the
        article's ``published`` or ``updated``, which need a date (:meth:`TimestampParser.is_clock_line`
        after :meth:`TimestampParser.starts_with_label`); but an update's clock right under the
        published date (:meth:`update_under_date`) is the ``updated`` stamp on that day, and a first
        publication's clock right under the updated stamp (:meth:`original_under_update`) the
        ``published`` stamp earlier that day.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a first publication's clock under the update (mendLT71)."""
        text = state.lines[index].text
        if not self.timestamps.starts_with_label(text) or not self.timestamps.is_clock_line(text):
            return 0
        if not peek:
            update = (
                self.update_under_date(state, index) or self.clock_after_date(state, index)
                or self.original_under_update(state, index)
            )
            if update is not None and update.kind is TimestampKind.PUBLISHED:
                state.published = update  # ("5 mars 2025" / "Publié à 5 h 00": the date at that time; lang65)
            elif update is not None:
                state.add_stamp(update)
            else:
                state.add_boilerplate(state.lines[index], BoilerplateKind.TIMESTAMP)
        return 1

    def original_under_update(self, state: ParseState, index: int) -> Timestamp | None:
        """The ``published`` stamp of ``lines[index]``, a label of the first publication and a clock
        time alone (``first published at 4.05pm``), right under the line of the updated stamp, a date
        and a clock time, no published stamp read (``Updated December 7, 2026 — 6.14pm`` / ``first
        published at 4.05pm``): earlier on the update's day, as
        :meth:`TimestampParser.original_earlier_on_day` reads the two on one line; ``None`` otherwise.

        .. versionadded:: 0.2 (mendLT71)"""
        updated = state.updated
        if updated is None or state.published is not None or not index:
            return None
        above, line = state.lines[index - 1], state.lines[index]
        if not above.span.start <= updated.span.start < above.span.end:
            return None
        pieces = self.timestamps.segments(line.text)
        return self.timestamps.original_earlier_on_day(line, pieces[0], updated) if len(pieces) == 1 else None

    def clock_after_date(self, state: ParseState, index: int) -> Timestamp | None:
        """The stamp of ``lines[index]``, a stamp label and a clock time alone (La Presse's ``Publié
        à 5 h 00``, ``Mis à jour à 7 h 45``), on the day of the published stamp that ends on the line
        right above it (maybe after a blank line): a date alone with no clock time (``5 mars 2025``)
        and a published label gives the published stamp at that time, its span from the date to the
        clock; a published stamp with a clock time (read so, or ``Publié le 5 mars 2025 à 5 h 00``)
        and an update label give the ``updated`` stamp later that day, its span the clock's.  ``None`` for any other shape,
        an update before the publication, or an update read already; the time is the page's, no
        zone given that it does not write (:meth:`TimestampParser.clocks_on_date`).

        .. versionadded:: 0.2 (lang65)"""
        published, lines = state.published, state.lines
        if published is None or not index or not self.vocabulary.CLOCK_LINES_ON_DATE:
            return None  # (off in English: Vocabulary.CLOCK_LINES_ON_DATE)
        above = lines[index - 1]
        if not above.span.start < published.span.end <= above.span.end:
            return None
        date = published.datetime.date()
        day = Timestamp(
            dt.datetime(date.year, date.month, date.day, tzinfo=published.datetime.tzinfo), TimestampKind.PUBLISHED,
            date.isoformat(), published.span, has_time=False,
        )
        stamps = self.timestamps.clocks_on_date(lines[index], day)
        if len(stamps) != 1:
            return None
        stamp = stamps[0]
        if stamp.kind is TimestampKind.PUBLISHED and not published.has_time and published.datetime.time() == dt.time(0):
            start, end = published.span.start, stamp.span.end
            return Timestamp(stamp.datetime, TimestampKind.PUBLISHED, state.text[start:end], Span(start, end))
        later = published.has_time and state.updated is None and stamp.datetime > published.datetime
        if stamp.kind is TimestampKind.UPDATED and later:
            return stamp  # (the update later on the publication's day, as update_later_on_day reads it on one line)
        return None

    def clock_under_date(self, state: ParseState, index: int, peek: bool) -> int:
        """A clock time alone on ``lines[index]`` (:meth:`TimestampParser.is_clock_line`, no label:
        ``5:50 PM``) right under the line of the published stamp, a date with no clock time, maybe
        after a blank line (``March 5, 2024`` / ``10:42 AM``): the published stamp is the date at
        that time, its text and span from the date to the clock.  The clock has am/pm or a zone
        (:meth:`TimestampParser.is_stamp_like`: ``0:49`` alone is a video's length), and is no live
        blog's entry clock over its entry's running text (:meth:`heads_entry`).  Returns 1, else 0.

        .. versionadded:: 0.2"""
        published, line = state.published, state.lines[index]
        if published is None or not index or self.timestamps.starts_with_label(line.text):
            return 0
        above = state.lines[index - 1]
        if not above.span.start <= published.span.start < above.span.end or published.span.end > above.span.end:
            return 0
        if self.timestamps.has_clock(published.text) or not self.timestamps.is_clock_line(line.text):
            return 0
        if not self.timestamps.is_stamp_like(line.text) or self.heads_entry(state.lines, index):
            return 0  # (a clock with am/pm or a zone: "0:49" alone is a video's length)
        start, end = published.span.start, line.span.end
        joined = Line(state.text[start:end], Span(start, end), line.indent, False)
        found = [
            stamp
            for stamp in self.timestamps.parse((joined,), 0, state.reference_date)
            if stamp.kind is TimestampKind.PUBLISHED and stamp.span == joined.span
        ]
        if len(found) != 1 or found[0].datetime.date() != published.datetime.date():
            return 0
        if not peek:
            state.published = found[0]
        return 1

    def update_under_date(self, state: ParseState, index: int) -> Timestamp | None:
        """The ``updated`` stamp of ``lines[index]``, an update label and a clock time (``Updated
        14:05 GMT``), right under the line of the published stamp, a date with no clock time
        (``Published May 12, 2025``): the update on the published day
        (:meth:`TimestampParser.update_on_day`); ``None`` otherwise, or when an updated stamp
        was read already.

        .. versionadded:: 0.2"""
        published = state.published
        if published is None or state.updated is not None or not index:
            return None
        if not state.lines[index - 1].span.start <= published.span.start < state.lines[index - 1].span.end:
            return None
        return self.timestamps.update_on_day(state.lines[index], published)

    def label_line_kind(self, state: ParseState, index: int) -> TimestampKind | None:
        """The kind of the stamp label alone on the line right over ``lines[index]``, a stamp line
        with no label of its own (``Updated`` / ``March 3, 2025 11:30 GMT``: the update, not a
        second publication; :meth:`TimestampParser.label_alone`), a blank line between them or
        not (``Last updated`` / blank / ``March 3, 2025 11:30 GMT``), or ``None``: no such line, or
        a label on the stamp's own line, which says its kind itself.

        .. versionadded:: 0.2 (lay57)
        .. versionchanged:: 0.2 (lay58) a blank line between the label and the stamp."""
        lines = state.lines
        line = lines[index]
        if not index or self.timestamps.starts_with_label(line.text.lstrip()):
            return None
        return self.timestamps.label_alone(lines[index - 1].text)

    def wrapped_stamp(self, state: ParseState, index: int) -> Line | None:
        """``lines[index]`` and the line under it as one line, when a stamp is wrapped onto the
        two: the first ends open, in a comma or a word or number a date may hold (``Published
        November 18,``, ``Updated: Tuesday, November``, ``Updated: 03/03/2025``: ``is_date_word``,
        lay57), and the second, right under it with no
        blank line, starts with a number and has at most :attr:`WRAPPED_STAMP_WORDS` words
        (``2019 at 10:00 a.m.``); its text is the input's, the line break kept.  ``None`` otherwise."""
        lines = state.lines
        if index + 1 >= len(lines):
            return None
        line, below = lines[index], lines[index + 1]
        if below.blank_before or not below.text[:1].isdigit() or len(below.text.split()) > self.WRAPPED_STAMP_WORDS:
            return None
        words = line.text.rstrip(",").rsplit(None, 1)  # (none for a line that is only a comma)
        if not (line.text.endswith(",") or (words and self.timestamps.is_date_word(words[-1]))):
            return None
        start, end = line.span.start, below.span.end
        return Line(state.text[start:end], Span(start, end), line.indent, line.blank_before)

    def is_date_in_story(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a line that may hold a stamp, is the story's text: it carries
        on the paragraph line above it in hard-wrapped text (:meth:`BodyParser.continues`:
        ``... between Feb 26, 1988 and`` / ``Feb 26, 1992.``), or it ends in a full stop right
        after a number with no stamp label before it (:meth:`ends_like_sentence`) and either holds
        words besides its date (``The ship sank on February 9, 1895.``) or is a date alone under a
        line that stops mid-sentence (``... debentures due`` / ``June 15, 2017.``) or in a block of
        its own once the page has given its stamp.  Otherwise a date alone with a full stop under a
        headline or a byline (``May 12, 2025.``) is a stamp."""
        lines = state.lines
        line = lines[index]
        above = lines[index - 1] if index else None
        if (
            above is not None
            and not line.blank_before
            and state.body
            and state.body[-1].span == above.span
            and self.body.continues(above, line)
        ):
            return True
        if not self.ends_like_sentence(line):
            return False
        if not self.is_date_alone(line):
            return True
        if line.blank_before:  # a block of its own: the story's once the page has given its stamp
            return state.published is not None or state.updated is not None
        return (
            above is not None
            and (state.headline is None or above.span.start >= state.headline.span.end)
            and len(above.text) >= self.body.MIN_WRAPPED_CHARS
            and above.text[-1:].islower()
        )

    def ends_like_sentence(self, line: Line) -> bool:
        """Whether *line* ends in a full stop right after a number, with no stamp label at its
        start (``February 9, 1895.``): maybe the end of a sentence."""
        return _NUMBER_STOP.search(line.text, 0, None, KEEP_GIL) is not None and not self.timestamps.starts_with_label(line.text)

    #: How many lines' stamps :meth:`stamps_at` keeps in a parse (``ParseState.stamps_read``)
    #: before it forgets them all and starts again: enough for the header's rules, which read a
    #: line ahead and then the line, and bounded on a text of a million lines.
    #:
    #: .. versionadded:: 0.2 (speed70)
    STAMPS_KEPT: ClassVar[int] = 64

    def stamps_at(self, state: ParseState, index: int) -> tuple[Timestamp, ...]:
        """``TimestampParser.parse`` of ``lines[index]`` with the parse's reference date, read once
        for a line the rules ask about again (kept in ``ParseState.stamps_read``, at most
        :attr:`STAMPS_KEPT` lines).

        .. versionadded:: 0.2 (speed70)"""
        read = state.stamps_read
        key = (index, state.reference_date)
        found = read.get(key)
        if found is None:
            if len(read) >= self.STAMPS_KEPT:
                read.clear()
            found = read[key] = tuple(self.timestamps.parse(state.lines, index, state.reference_date))
        return found

    def stamp_in_line(self, state: ParseState, index: int) -> Timestamp | None:
        """The stamp :meth:`TimestampParser.find` reads among the words of ``lines[index]``
        (with the parse's reference date), searched once per line and kept in the parse state
        (``ParseState.stamps_in_lines``) for the rules that ask again.

        .. versionadded:: 0.2"""
        found = state.stamps_in_lines
        if index not in found:
            line = state.lines[index]
            life = self.timestamps.is_life_dates(state.lines, index)  # ("* 3. März 1941 † 2. Dezember 2026": lay59)
            stamp = None if life else self.timestamps.find(line.text, line.span.start, state.reference_date)
            # (with what of the line belongs to it: "Di" before it, its brackets, "Eastern time" after its clock)
            found[index] = None if stamp is None else self.timestamps.with_line_marks(line, stamp, state.reference_date)
        return found[index]

    def is_date_alone(self, line: Line) -> bool:
        """Whether *line* is a date and nothing else but a final full stop (``May 12, 2025.``)."""
        text = line.text
        found = self.timestamps.find(text, 0, None)
        return found is not None and not text[: found.span.start].strip() and not text[found.span.end :].strip(" .\t")

    def is_date_paragraph(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a date that ends like a sentence (:meth:`ends_like_sentence`:
        ``February 9, 1895.``), a one-line paragraph that opens a story when prose follows it."""
        line = state.lines[index]
        if not self.ends_like_sentence(line) or not self.timestamps.might_be_stamp_line(line):
            return False
        return self.stamp_in_line(state, index) is not None

    def byline_beside_stamps(self, line: Line, stamps: Sequence[Timestamp]) -> Byline | None:
        """A name before the stamps on a stamp line, as the first of at least
        :attr:`BESIDE_STAMPS_PIECES` pieces (a place and a stamp alone are not enough):
        ``Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT``; or a desk in the first
        piece (``New Delhi, News Nation Bureau | Updated : ...``).  One piece and the stamps
        (``Hong Kong • Nov 18, 2019``, ``Fact Check • ...``) give none: a place or a label there
        reads as a name as often as a name does, unless the piece opens with a known given name
        (``Jane Roe | March 5, 2024``: :meth:`BylineParser.opens_with_given_name`); a first piece
        with the byline's prefix (``By Mara Quint · 4 Mar 2025``) gives its byline alone, and so
        does one that reads as a byline with no prefix, a name and its role or a desk
        (``Thandeka Nkosi, Staff Writer | 8 March 2025``, ``Express News Service, Chennai | ...``);
        a known outlet alone before a piece mark signs (``Reuters | Published ...``, byl61), but
        not one word that is a listed given name too (``Petra | Updated: ...``: a name or a word).

        .. versionchanged:: 0.2 a first piece that is a byline with no prefix."""
        before = line.text[: stamps[0].span.start - line.span.start]
        piece = _PIECE.match(before)
        if piece is None or not piece.group().strip():
            return None
        text = piece.group().rstrip()
        first = Line(text, Span(line.span.start, line.span.start + len(text)), 0, False)
        desk = self.byline.parse_desk(first)
        if desk is not None:  # "New Delhi, News Nation Bureau | Updated : ..."
            return desk
        # ("By Mara Quint · 4 Mar 2025": the prefix says who; "Thandeka Nkosi, Staff Writer | ...": a role or a desk)
        signed = self.byline.parse((first,), 0)
        if signed is not None and signed.span.end <= first.span.end:
            return signed
        if self.byline.has_prefix(text):
            return None
        pieces = [p for p in _PIECE.findall(before) if p.strip() and not self.timestamps.starts_with_label(p.strip())]
        if len(pieces) >= self.BESIDE_STAMPS_PIECES - 1:
            return self.with_outlet_piece(self.byline.parse_bare(first), line, pieces[1].strip())
        if (
            len(pieces) == 1
            and before[len(piece.group()) :].lstrip()[:1] in tuple(self.PIECE_MARKS)
            and self.is_outlet_piece(text)
            and not (" " not in text and self.vocabulary.is_given_name(text))  # ("Petra | Updated": a name too)
        ):
            return Byline((text,), text, text, first.span)  # "Reuters | Published ...", "News24 | Published ..."
        if not self.byline.opens_with_given_name(text) or not self.byline.names.is_name(text):
            return None  # "New Delhi | Updated: ..." is a place and a stamp; "Jane Roe | ..." a name
        return self.byline.parse_bare(first)

    def unless_subject(self, state: ParseState, index: int, byline: Byline | None) -> Byline | None:
        """*byline*, a person's name read beside the stamps on ``lines[index]`` with no prefix
        (:meth:`byline_beside_stamps`: ``Jane Roe | 14 February 2025``), or ``None`` when the text
        under that line names it again (:meth:`BylineParser.named_in_story`: ``Donald Trump | ...``
        over ``... Donald Trump told reporters ...``): a tag of the story's subject, no author.  A
        byline with its prefix or an agency, or of more than one name, is kept, and so is one that
        the text names only where its last line opens, an author's note (``Jane Roe writes about
        transport for the paper.``, :meth:`BylineParser.in_closing_note`).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 an author's note that opens the last line keeps the byline."""
        if byline is None or byline.agency is not None or len(byline.authors) != 1:
            return byline
        if byline.text != byline.authors[0]:
            return byline  # ("By Mara Quint · 4 Mar 2025": the prefix says who)
        end = state.lines[index].span.end
        after = state.text[end : end + self.byline.NAME_CONTEXT_CHARS]
        name = byline.authors[0]
        if not self.byline.named_in_story(name, after) or self.byline.in_closing_note(name, after):
            return byline  # (named nowhere under the line, or only where an author's note opens)
        return None

    def with_outlet_piece(self, byline: Byline | None, line: Line, piece: str) -> Byline | None:
        """*byline*, a name read from the first piece of a stamp line, with *piece*, the next piece,
        as its agency when that piece is an outlet (:meth:`is_outlet_piece`: ``Jenna Dumont · CBC
        News · Posted: ...``), the byline's text and span then running to the piece's end; else
        *byline* as it is.

        .. versionadded:: 0.2"""
        if byline is None or byline.agency is not None or not byline.authors or not self.is_outlet_piece(piece):
            return byline
        offset = byline.span.start - line.span.start
        at = line.text.find(piece, offset + len(byline.text))
        if at < 0:
            return byline
        end = at + len(piece)
        return Byline(byline.authors, piece, line.text[offset:end], Span(byline.span.start, line.span.start + end))

    def is_outlet_piece(self, piece: str) -> bool:
        """Whether *piece*, between a byline's name and the stamps, names an outlet: a known agency
        or broadcaster (``Reuters``, ``CBC``), or one with one of ``BylineParser.OUTLET_WORDS``
        after it (``CBC News``, ``ABC Radio``); a section there (``Local News``, ``Weather``) is none,
        nor are initials the vocabulary does not know as an outlet (``EU News``, ``NFL News``: a
        topic's page).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 initials alone before an outlet word are no outlet (a wrong agency).
        .. versionchanged:: 0.2 an outlet word with a number glued, ``News24``; asks
           :meth:`BylineParser.is_known_outlet` (byl61)."""
        return self.byline.is_known_outlet(piece)

    def name_before_stamp(self, state: ParseState, line: Line, stamp: Timestamp) -> Byline | None:
        """A person's name alone before *stamp* on *line*, with no piece mark (:attr:`PIECE_MARKS`)
        between them, maybe glued to it as a copy-paste leaves it: ``Jane Roe December 2, 2016``,
        ``Jane RoeDecember 2, 2016``, a stamp's label between them the stamp's (``Jane Roe Published
        January 22, 2026``: ``TimestampParser.label_start``); the name is read as
        :meth:`BylineParser.parse_name_alone` reads a name alone on its line, its words checked
        against the text after the line.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a stamp's label between the name and the stamp (mendLB70)"""
        name = state.text[line.span.start : stamp.span.start].rstrip()
        label = self.timestamps.label_start(name) if name[-1:].isalpha() else None
        if label:  # "Imtiaz Ali Published January 22, 2026": the label is the stamp's (mendLB70)
            name = name[:label].rstrip()
        if not name or name != name.lstrip() or any(mark in name for mark in self.PIECE_MARKS):
            return None
        after = state.text[line.span.end : line.span.end + self.byline.NAME_CONTEXT_CHARS]
        start = line.span.start
        return self.byline.parse_name_alone(Line(name, Span(start, start + len(name)), 0, False), after)

    def agency_before_stamp(self, state: ParseState, line: Line, stamp: Timestamp) -> Byline | None:
        """A known agency alone before *stamp* on *line*, a dash, a bar or a comma between them,
        written in capitals or in two words or more: the wire's stamp line (``KYODO NEWS - Nov 28,
        2026 - 19:42 | Japan, All``, ``Kyodo News - Nov 28, 2026``): the byline, the agency signing
        it as a ``By Reuters`` byline does; one word in title case may be a given name or a word
        (``Petra``, ``Trend``, ``Mehr``) and gives none.  A stamp label between them is the
        stamp's (``PTI | Updated: May 28, 2025 14:05 IST``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a stamp label between the agency and the stamp."""
        head = state.text[line.span.start : stamp.span.start]
        label = self.timestamps.label_start(head)
        if label is not None:  # "PTI | Updated: May 28, 2025 14:05 IST": the label is the stamp's
            head = head[:label]
        written = head.rstrip().rstrip(self.STAMP_AGENCY_ENDS).rstrip()
        if not written or written != written.lstrip() or not self.vocabulary.is_agency(written):
            return None
        if not written.isupper() and len(written.split()) < 2:
            return None  # ("Petra, Nov 28", "Trend - Nov 28": a word that is an agency's name and a given name or a word)
        return Byline((written,), written, written, Span(line.span.start, line.span.start + len(written)))

    def outlet_before_stamp(self, state: ParseState, line: Line, stamp: Timestamp) -> Byline | None:
        """A news outlet's name alone before *stamp* on *line*, a comma, a dash or a bar between
        them (``Ahram Online , Monday 7 Dec 2026``: ``BylineParser.is_outlet_alone``, no known
        agency, which :meth:`agency_before_stamp` reads): the outlet signs the byline, no person
        (``authors`` empty, as :meth:`signs_as_outlet` reads ``Khaleej Times``), its name the text.

        .. versionadded:: 0.2 (mendLT71)
        .. versionchanged:: 0.2 (halfL71) a known agency's name is :meth:`agency_before_stamp`'s
           alone: one it refuses (``Petra, Nov 28, 2026``: one word in title case, an agency's name
           and a given name) signs no byline here either."""
        head = state.text[line.span.start : stamp.span.start]
        written = head.rstrip().rstrip(self.STAMP_AGENCY_ENDS).rstrip()
        if not written or written != written.lstrip() or written == head.rstrip() or not self.byline.is_outlet_alone(written):
            return None  # (a mark between the two)
        if self.vocabulary.is_agency(written):
            return None  # ("Petra, Nov 28, 2026": agency_before_stamp's to read, and it refused)
        return Byline((), None, written, Span(line.span.start, line.span.start + len(written)))

    def agency_after_stamps(self, state: ParseState, index: int, stamps: Sequence[Timestamp]) -> Byline | None:
        """A known agency alone after the stamps on ``lines[index]``, the last piece of it after a
        piece mark (:attr:`PIECE_MARKS`), written in capitals or in two words or more, maybe an
        agency and one of ``BylineParser.OUTLET_WORDS`` (``Updated on: November 19, 2019 / 10:07 AM
        / CBS News``, ``March 4, 2025 | AFP``): the byline, the agency signing it as a ``By
        Reuters`` byline does (:meth:`agency_before_stamp` reads one before the stamp); one word in
        title case gives none there either, and nor does an agency over a byline of its own in the
        next :attr:`GOES_ON_LINES` lines (``By Jane Roe``, a bare name), which names the authors.

        .. versionadded:: 0.2"""
        piece = self.piece_after_stamps(state, index, stamps)
        if piece is None:
            return None
        written, start = piece
        words = written.split()
        if not words or not (written.isupper() or len(words) >= 2):
            return None  # ("| Trend": a word that is an agency's name and a word)
        known = self.vocabulary.is_agency(written) or (
            len(words) >= 2 and words[-1] in self.byline.OUTLET_WORDS and self.vocabulary.is_agency(" ".join(words[:-1]))
        )
        if not known:
            return None
        for below in range(index + 1, min(index + 1 + self.GOES_ON_LINES, len(state.lines))):
            if self.header_byline(state, below, True) or self.header_bare_byline(state, below, True):
                return None  # "March 4, 2025 | AFP" over "By Jane Roe": the authors' byline
        return Byline((written,), written, written, Span(start, start + len(written)))

    def piece_after_stamps(
        self, state: ParseState, index: int, stamps: Sequence[Timestamp]
    ) -> tuple[str, int] | None:
        """The last piece of ``lines[index]`` after its stamps and a piece mark
        (:attr:`PIECE_MARKS`: ``March 4, 2025 | AFP``), stripped, and where it starts in the text;
        ``None`` when the stamps end the line or no piece mark follows them.

        .. versionadded:: 0.2"""
        line = state.lines[index]
        end = max(stamp.span.end for stamp in stamps)
        if not line.span.start < end < line.span.end:
            return None
        rest = state.text[end : line.span.end]
        mark = end + len(rest) - len(rest.lstrip(" \t"))  # where the piece mark stands
        if state.text[mark] not in self.PIECE_MARKS:
            return None
        after = state.text[mark + 1 : line.span.end]
        return after.strip(), mark + 1 + len(after) - len(after.lstrip())

    def name_after_stamps(self, state: ParseState, index: int, stamps: Sequence[Timestamp]) -> Byline | None:
        """A person's name alone after the stamps on ``lines[index]``, the last piece of it after a
        piece mark (``Thursday, 27 June 2024, 6:30 AM | Jane Roe``: :meth:`piece_after_stamps`),
        read as a name before the stamps is (:meth:`byline_beside_stamps`): it opens with a known
        given name (:meth:`BylineParser.opens_with_given_name`; ``| Hong Kong``, ``| Fact Check``
        give none), reads as a person's name alone (:meth:`BylineParser.parse_bare`) and is not
        the story's subject (:meth:`BylineParser.named_in_story`: the text under the line names it
        again).

        .. versionadded:: 0.2"""
        piece = self.piece_after_stamps(state, index, stamps)
        if piece is None:
            return None
        written, start = piece
        if not self.byline.opens_with_given_name(written) or not self.byline.names.is_name(written):
            return None
        after = state.text[state.lines[index].span.end : state.lines[index].span.end + self.byline.NAME_CONTEXT_CHARS]
        if self.byline.named_in_story(written, after):
            return None  # "... | Jane Roe" over "Jane Roe runs a bakery ...": the story's subject, a tag
        byline = self.byline.parse_bare(Line(written, Span(start, start + len(written)), 0, False))
        return byline if byline is not None and byline.agency is None else None

    def agency_over_dateline(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, right under the headline, is a known agency alone on its line
        (``The Associated Press``, ``La Presse Canadienne``; ``Vocabulary.is_agency``) over a line that
        opens with a dateline, in the same block (``FORT LAUDERDALE, Fla. (AP) — ...``): the agency's
        byline, which names no person (docs/model.md), fixT55b.  Not an agency over the story's
        running text, nor one that is no line of the header (a sign-off at the text's end).

        .. versionadded:: 0.2"""
        lines = state.lines
        if state.headline is None or index + 1 >= len(lines) or lines[index + 1].blank_before:
            return False
        if state.headline.span.end > lines[index].span.start or index == 0 or lines[index - 1].span.end != state.headline.span.end:
            return False  # (right under the headline only)
        if not self.vocabulary.is_agency(lines[index].text.strip()):
            return False
        return self.dateline_at(state, lines[index + 1].span) is not None

    def header_bare_byline(self, state: ParseState, index: int, peek: bool) -> int:
        """A byline without ``By`` under the headline: a name over a line that is a role (``Ben
        Silverman`` / ``Games Editor``, both lines claimed and the byline's: its text ``Ben Silverman
        Games Editor``), a role over a name and more such pairs (:meth:`BylineParser.named_roles`:
        ``Staff Writer`` / ``Jane Roe``), a name beside a stamp line (``Debbie
        White``; not a heading whose words the story writes in lower case,
        :meth:`BylineParser.reads_as_heading`: ``Local Elections``; not a standfirst over a name,
        :meth:`name_nearer_stamp`, which is filed), or a name with a role or a
        handle anywhere (``BylineParser.parse_signed``); never just above a byline with ``By``.
        Above the headline only a name over its role in its block (:meth:`name_over_role`), a wire
        service over a stamp under a kicker (:meth:`agency_over_stamp`), or names and a reading time
        on one line (:meth:`name_before_reading_time`: ``Jane Roe | 3 min read``, above or under
        the headline; the reading time filed as boilerplate)."""
        if state.byline is None:
            timed = self.name_before_reading_time(state.lines[index])
            if timed is not None:
                if not peek:
                    state.byline = timed
                    self.file_line_rest(state, state.lines[index], timed.span.end)
                return 1
            signed = self.signature_under_headline(state, index)
            if signed is not None:
                if not peek:
                    state.byline = signed
                return sum(1 for _ in itertools.takewhile(lambda ln: ln.span.start < signed.span.end, state.lines[index:]))
        if state.byline is None and self.agency_over_dateline(state, index):
            if not peek:  # the title / "The Associated Press" / "FORT LAUDERDALE, Fla. (AP) — ...": the agency's byline
                line = state.lines[index]
                agency = line.text.strip()
                start = line.span.start + line.text.index(agency)
                state.byline = Byline((agency,), agency, agency, Span(start, start + len(agency)))
            return 1
        if state.byline is None and state.headline is None and self.name_under_kicker(state, index):
            if not peek:  # "Opinion" / "Jane Roe" / the title: the columnist's name, no headline
                found = self.byline.parse_bare(state.lines[index])
                if found is not None:
                    state.byline = self.every_signed_name(found, state.lines[index])
            return 1
        if state.byline is None and state.headline is None and state.section_span and self.subject_under_kicker(state, index):
            if not peek:  # "Obituaries" / "Margaret Hale" / the title: the page's subject, a label under the kicker
                line = state.lines[index]
                state.section = (*state.section, line.text.strip())
                state.section_span = Span(state.section_span.start, line.span.end)
            return 1
        if state.byline is not None or (
            state.headline is None
            and not self.name_over_role(state, index)
            and not self.name_over_stamp(state, index, subject_check=not state.section)  # (under a kicker: the signature)
            and not (state.section and self.agency_over_stamp(state, index))  # "WORLD" / "Reuters" / a stamp
        ):
            return 0
        lines = state.lines
        ahead = range(index + 1, min(index + 1 + self.GOES_ON_LINES, len(lines)))
        if any(self.byline.has_prefix(lines[i].text) and self.header_byline(state, i, peek=True) for i in ahead):
            return 0  # a byline with "By" comes next: "Dive Deeper" above it is a button
        line = lines[index]
        if self.is_bar_credit(line) and (not self.stamp_in_block_beside(state, index) or self.under_sentence(state, index)):
            return 0  # "Lena Marsh | KTVN" under a caption, or set off by blank lines: a picture's credit
        role_below = index + 1 < len(lines) and self.byline.is_role(lines[index + 1].text)
        roles = self.byline.named_roles(lines, index)
        if roles is not None and (len(roles.authors) > 1 or not role_below):
            # "Staff Writer" / "Jane Roe"; "Jane Roe" / "Staff Writer" / "Tom Berg" / "Business Reporter"
            if not peek:
                state.byline = roles
            return sum(1 for _ in itertools.takewhile(lambda ln: ln.span.start < roles.span.end, lines[index:]))
        # a name over the outlet it writes for, in its block ("Jane Roe" / "The City Herald")
        outlet_below = not role_below and (self.name_over_outlet(state, index) or self.name_over_agency_dateline(state, index))
        if not role_below and not outlet_below and self.name_over_organisation(state, index):
            return 0  # "Tom Berg" / "Greenpeace Ireland": the body the person speaks for, no outlet (layB58)
        if index and not lines[index].blank_before and self.name_over_organisation(state, index - 1):
            return 0  # (and the body's line under the name, beside a stamp: no author either)
        claimed = 2 if role_below or outlet_below else 1
        # a name over its role ("Ben Silverman" / "Games Editor") or beside a stamp; else a name with
        # a role or a handle, which needs no stamp ("Bruce Y. Lee Senior Contributor")
        bare = (
            role_below
            or outlet_below
            or self.beside_stamp(state, index)
            or self.name_under_standfirst(state, index)
            # "Jane Roe" / "3 min read" / the title
            or (state.headline is None and self.name_over_stamp(state, index, subject_check=not state.section))
        )
        if bare and not role_below and self.name_nearer_stamp(state, index):
            if not peek:  # "Big Oil, Big Trouble" / "Jane Roe" / a stamp: a standfirst over the author's name
                state.add_boilerplate(line, BoilerplateKind.OTHER.value)  # (no running text: no kind standfirst)
            return 1
        byline = self.byline.parse_bare(line) if bare else self.byline.parse_signed(line)
        if byline is not None and bare and byline.agency is None and len(byline.authors) == 1:
            byline = self.every_signed_name(byline, line)
        if byline is not None and bare and byline.agency is None and len(byline.authors) == 1:
            after = state.text[line.span.end : line.span.end + self.byline.NAME_CONTEXT_CHARS]
            if self.byline.reads_as_heading(byline.authors[0], after):
                byline = None  # "Local Elections" beside a stamp, over a story about the local elections
        if byline is None and not bare and self.name_opens_body(state, index):
            after = state.text[line.span.end : line.span.end + self.byline.NAME_CONTEXT_CHARS]
            byline = self.byline.parse_name_alone(line, after)  # "Patrick Frye" on a line of its own
        if bare and byline is not None and byline.agency is None and self.names_outlet_only(byline):
            byline = attrs.evolve(byline, authors=())  # "RADIO NEW ZEALAND": an outlet, no person
        elif byline is not None and byline.agency is None and self.signs_as_outlet(byline):
            byline = attrs.evolve(byline, authors=())  # "Khaleej Times", "BY BUENOS AIRES TIMES" (mendLT68)
        if byline is None or (byline.agency is not None and role_below):
            return 0
        if outlet_below and (byline.agency is not None or len(byline.authors) != 1):
            return 0  # (one person's name over the outlet's line)
        if role_below or outlet_below:  # the role's line is the byline's too: "Ben Silverman" / "Games Editor"
            role = lines[index + 1]
            byline = attrs.evolve(byline, text=collapse(f"{byline.text} {role.text}"), span=Span(byline.span.start, role.span.end))
        if outlet_below:  # "Mara Linwood" / "Australian Associated Press": a known outlet is the agency
            byline = attrs.evolve(byline, agency=self.outlet_line_agency(lines[index + 1].text))
        if not peek:
            state.byline = byline
        return claimed

    def outlet_line_agency(self, text: str) -> str | None:
        """The agency of *text*, the outlet's line under an author's name (:meth:`name_over_outlet`):
        the outlet as written when the vocabulary knows it (``Australian Associated Press``, ``AAP``,
        ``BBC News, Cardiff``: :meth:`BylineParser.is_known_outlet`), as the line under ``By Jane
        Roe`` gives it; ``None`` for an outlet it does not know (``The City Herald``).

        .. versionadded:: 0.2 (trialL62)"""
        outlet = self.byline.line_name(text)
        outlet = self.byline.placed_outlet_line(outlet) or outlet
        return outlet if self.byline.is_known_outlet(outlet) else None

    def name_over_agency_dateline(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, under the headline, is a person's name alone
        (:meth:`BylineParser.parse_name_alone`) over a line that is nothing but a known agency, in
        brackets or not (``Poppy Johnston`` / ``(Australian Associated Press)``, ``Jo Reed`` /
        ``Press Association``: ``Vocabulary.is_agency``), over a line that opens with a dateline
        (``SYDNEY, July 8 AAP - ...``), the three in one block: the author's signature and the
        agency she writes for, not a dateline of an agency alone over the story's real one.

        .. versionadded:: 0.2 (mendL65)"""
        lines = state.lines
        if state.headline is None or index + 2 >= len(lines) or lines[index].span.start < state.headline.span.end:
            return False
        below, story = lines[index + 1], lines[index + 2]
        if below.blank_before or story.blank_before:
            return False
        if not self.vocabulary.is_agency(self.byline.line_name(below.text)):
            return False
        if self.dateline_at(state, story.span) is None:
            return False
        after = state.text[story.span.start : story.span.start + self.byline.NAME_CONTEXT_CHARS]
        return self.byline.parse_name_alone(lines[index], after) is not None

    def name_over_outlet(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a person's name alone (:meth:`BylineParser.parse_name_alone`,
        checked against the text after the block) opening a block of its own over the outlet's name
        that closes it or that a stamp's line follows (``Jane Roe`` / ``The City Herald``, ``Tommy
        Chouinard`` / ``La Presse`` / ``Publié le 14 mars 2026``: bylT61):
        an outlet as a byline names one (:meth:`BylineParser.reads_as_outlet`: ``The ...``, ``La
        ...``, one word in capitals), or up to :attr:`OUTLET_LINE_WORDS` capitalised words one of
        which is one of ``BylineParser.OUTLET_WORDS`` (``Nation Media Group``): the author's
        signature; the name's line then the byline, the outlet's line its text too.  A name
        alone over the story's first sentence stays the rules' it was (no outlet line under it).
        A known agency with a full stop after it (``Australian Associated Press.``) reads as without.

        .. versionadded:: 0.2 (fixT57b)
        .. versionchanged:: 0.2 a known agency with a full stop (mendL63)."""
        lines = state.lines
        below = index + 1
        if below >= len(lines) or lines[below].blank_before or not lines[index].blank_before:
            return False  # (a block of its own: in the headline's block, lay53 keeps them boilerplate)
        closes = below + 1 >= len(lines) or lines[below + 1].blank_before
        if not closes and self.header_timestamps(state, below + 1, peek=True) <= 0:
            return False  # (the outlet's line closes the block, or a stamp's line follows it: "Publié le ...")
        outlet = lines[below].text.strip()
        if outlet.endswith(".") and not outlet.endswith("..") and self.vocabulary.is_agency(outlet[:-1].rstrip()):
            outlet = outlet[:-1].rstrip()  # "Australian Associated Press.": the agency, as without the stop (mendL63)
        outlet = self.byline.placed_outlet_line(outlet) or outlet  # "Jane Roe" / "BBC News, Cardiff"
        words = outlet.split()
        if not words or len(words) > self.OUTLET_LINE_WORDS or ends_sentence(outlet):
            return False
        by_word = all(w[:1].isupper() or w in self.byline.PARTICLES for w in words[1:]) and any(
            self.byline.is_outlet_word(w) for w in words
        )  # ("Diario de Sevilla": a name's particle between its words, layB58)
        by_word = by_word and words[0][:1].isupper()
        if not (self.byline.reads_as_outlet(outlet) or by_word):
            return False
        if not closes and not by_word and not self.outlet_over_stamp(outlet):
            return False  # ("Jane Roe" / "The Long Read" / a stamp: a series' label, no outlet; mendL61)
        if self.is_initials_only(outlet) and self.named_again(state, index):
            return False  # ("Tom Berg" / "WWF" / ... "Berg said": the body the person speaks for; "NPR" over a writer is an outlet)
        if self.byline.names.is_name(outlet) and not self.holds_outlet_word(outlet):
            return False
        after = state.text[lines[below].span.end : lines[below].span.end + self.byline.NAME_CONTEXT_CHARS]
        return self.byline.parse_name_alone(lines[index], after) is not None

    def outlet_over_stamp(self, outlet: str) -> bool:
        """Whether *outlet*, a line :meth:`BylineParser.reads_as_outlet` reads as an outlet's name
        between an author's name and a stamp, with none of ``BylineParser.OUTLET_WORDS``, is an
        outlet there: a known one (:meth:`BylineParser.is_known_outlet`), one word (``Ouest-France``,
        ``NPR``), or an article and one capitalised word, no section's noun (``Le Soleil``, ``The
        Guardian``; not ``The Interview``); never a longer label (``The Long Read``, ``The Big
        Interview``: a series' name over the stamp), mendL61; nor a place the vocabulary knows
        (``Vocabulary.is_place``: ``BENGALURU``, ``The Hague``, a dateline printed alone there).

        .. versionadded:: 0.2 (mendL61)"""
        words = outlet.split()
        if self.byline.is_known_outlet(outlet):
            return True
        if self.vocabulary.is_place(outlet):
            return False  # ("Jane Roe" / "BENGALURU" / "Published ...": the dateline's place)
        return len(words) == 1 or (len(words) == 2 and words[1].casefold() not in self.section.section_nouns)

    #: The most words of an outlet's line under an author's name (:meth:`name_over_outlet`).
    #:
    #: .. versionadded:: 0.2
    OUTLET_LINE_WORDS: ClassVar[int] = 4

    def name_over_organisation(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a person's name alone with no byline's opener, stands right over
        an organisation's line in its block, which is no outlet's (:meth:`is_organisation_line`:
        ``Tom Berg`` / ``Greenpeace Ireland``, ``Ann Lee`` / ``Ministry of Health``), and the story
        names the person again (:meth:`named_again`: ``... Berg said``): the person is the body's,
        maybe its spokesperson or the story's subject, and the header no byline, beside a stamp or
        not (a wrong author is worse than none), layB58; a writer the story never names keeps the
        byline (an opinion piece's author over her affiliation, merge58).

        .. versionadded:: 0.2"""
        lines = state.lines
        below = index + 1
        if below >= len(lines) or lines[below].blank_before:
            return False
        text = lines[index].text.strip()
        if self.byline.has_prefix(text) or not self.byline.names.is_name(text):
            return False
        return self.is_organisation_line(lines[below].text.strip()) and self.named_again(state, index)

    def named_again(self, state: ParseState, index: int) -> bool:
        """Whether the surname of the name on ``lines[index]`` (its last word) stands again in the
        text after the line under it, as a word: the person is the story's (``Tom Berg`` /
        ``Greenpeace Ireland`` / ... ``Berg said``), not a writer the story never names (an opinion
        piece's author over her affiliation, a broadcaster's reporter over ``NPR``); merge58.

        .. versionadded:: 0.2"""
        words = state.lines[index].text.split()
        below = index + 1
        if not words or below >= len(state.lines):
            return False
        surname = words[-1].strip(".,;:")
        if len(surname) < 2:
            return False
        text, at = state.text, state.lines[below].span.end
        while (at := text.find(surname, at)) >= 0:
            end = at + len(surname)
            if not text[at - 1 : at].isalpha() and not text[end : end + 1].isalpha():
                return True
            at = end
        return False

    #: The most words of an organisation's line under a name (:meth:`is_organisation_line`).
    #:
    #: .. versionadded:: 0.2 (layB58)
    ORGANISATION_LINE_WORDS: ClassVar[int] = 5

    def is_organisation_line(self, text: str) -> bool:
        """Whether *text*, a line under a person's name, names an organisation and no outlet: up
        to :attr:`ORGANISATION_LINE_WORDS` words opening with a capital and ending no sentence,
        no staff role (``BylineParser.is_role``), no outlet (``BylineParser.reads_as_outlet``,
        :meth:`holds_outlet_word`, a known agency) and no stamp, with an organisation's word
        (``Vocabulary.is_org_word``: ``Ministry of Health``, ``Acme Foundation``) or a known
        place, country or region after its first word (``Greenpeace Ireland``, ``Oxfam Canada``:
        ``Vocabulary.is_region_after_place``, no abbreviation), or one word in
        capitals no agency (:meth:`is_initials_only`: ``WWF``), layB58.

        .. versionadded:: 0.2"""
        words = text.split()
        if not words or len(words) > self.ORGANISATION_LINE_WORDS or ends_sentence(text) or not text[:1].isupper():
            return False
        if self.byline.is_role(text) or self.vocabulary.is_agency(text) or self.byline.reads_as_outlet(text):
            return self.is_initials_only(text)
        if any(self.byline.is_outlet_word(word) for word in words) or self.timestamps.is_stamp_like(text):
            return False
        v = self.vocabulary
        if v.is_region_after_place(text) or any(ch.isdigit() for ch in text):
            return False  # ("London", "New Mexico", "Desk 4": a place or a room, no body)
        tail = " ".join(words[1:])
        placed = tail[:1].isupper() and v.is_region_after_place(tail) and not v.is_region_abbreviation(tail)
        return placed or any(v.is_org_word(word) for word in words)

    def is_initials_only(self, outlet: str) -> bool:
        """Whether *outlet*, the line under an author's name (:meth:`name_over_outlet`), is one word
        in capitals that the vocabulary knows as no agency nor broadcaster: an organisation's
        initials (``WWF``, ``UNICEF``, ``HSE``), an NGO, a company or a ministry the person speaks
        for, never the outlet they write for (``Reuters``, ``CNN`` are outlets), layB58.

        .. versionadded:: 0.2"""
        word = outlet.strip()
        return " " not in word and word.isupper() and not self.vocabulary.is_agency(word)

    def holds_outlet_word(self, outlet: str) -> bool:
        """Whether *outlet*, a line a name model may read as a person's name, holds an outlet's
        word that is no surname (``BylineParser.is_outlet_word``, not ``SURNAME_OUTLET_WORDS``) and
        opens with no known given name: a paper's name (``Süddeutsche Zeitung``, ``Frankfurter
        Rundschau``, ``Diario de Sevilla``), never a person's (``Anna Kurier``), layB58.

        .. versionadded:: 0.2"""
        return not self.byline.opens_with_given_name(outlet) and any(
            self.byline.is_outlet_word(word) and word not in self.byline.SURNAME_OUTLET_WORDS for word in outlet.split()
        )

    def names_outlet_only(self, byline: Byline) -> bool:
        """Whether *byline* names one author that is an outlet's name (:meth:`is_outlet_signature`).

        .. versionadded:: 0.2"""
        return len(byline.authors) == 1 and self.is_outlet_signature(byline.authors[0])

    def signs_as_outlet(self, byline: Byline) -> bool:
        """Whether *byline* names one author that is an outlet's name ending in its outlet's word
        (:meth:`ends_in_outlet_word`: ``Khaleej Times``, ``BY BUENOS AIRES TIMES``, ``By Gulf
        News``): the page's own signature, no person, as ``By JERUSALEM POST STAFF`` is.

        A byline that opens with one of :attr:`BylineParser.PREFIXES` (``By The New York Times``)
        keeps the outlet as its author, as ``By Reuters`` does (fixC's reading; at the merge).

        .. versionadded:: 0.2 (mendLT68)"""
        if self.byline.has_prefix(byline.text):
            return False
        return len(byline.authors) == 1 and (
            self.ends_in_outlet_word(byline.authors[0]) or self.is_outlet_signature(byline.authors[0])
        )

    #: The most words of an outlet's name that signs a story alone (:meth:`ends_in_outlet_word`): more
    #: are a person's name and a paper (``Elliot Brownstein Florida Today``).
    #:
    #: .. versionadded:: 0.2 (mendLT68)
    OUTLET_SIGNATURE_WORDS: ClassVar[int] = 3

    def ends_in_outlet_word(self, name: str) -> bool:
        """Whether *name* is an outlet's name and no person's: two to
        :attr:`OUTLET_SIGNATURE_WORDS` capitalised words (after a determiner), the last one
        of ``BylineParser.OUTLET_WORDS`` in any case that is no surname too
        (``BylineParser.SURNAME_OUTLET_WORDS``), the first no known given name (``Khaleej Times``,
        ``BUENOS AIRES TIMES``; not ``Jane Daily``, ``Tom Herald``).

        .. versionadded:: 0.2 (mendLT68)"""
        return self.byline.outlet_name_words(name, most=self.OUTLET_SIGNATURE_WORDS, outlet_at=-1) is not None

    def is_outlet_signature(self, name: str) -> bool:
        """Whether *name*, the one name a bare byline read, is an outlet's and no person's: its first
        word (after a determiner) is one of ``BylineParser.OUTLET_WORDS`` in any case, not one that is
        a surname too (``BylineParser.SURNAME_OUTLET_WORDS``: ``Press Roe``), and no known given name
        (``RADIO NEW ZEALAND``, ``Telegraph Sport``; not ``Dorian Roe Gulf Today``, a person and a paper), fixT55b.

        .. versionadded:: 0.2"""
        # (the outlet's word opens it: "Elliot Roe Florida Today" is a person and a paper)
        return self.byline.outlet_name_words(name, outlet_at=0) is not None

    def name_under_kicker(self, state: ParseState, index: int, *, subject_check: bool = True) -> bool:
        """Whether ``lines[index]`` is the author's names alone, each opening with a known given
        name (:meth:`signed_names`), right under the kicker (``Opinion`` / ``Jane Roe`` / the title;
        a blank line may stand on either side of the names) and right over a bare headline
        (:meth:`is_bare_headline`) with more words, ending no sentence, that ends its block or has a
        byline, a stamp or the story's running text under it: the columnist's name, as
        :meth:`BylineParser.parse_bare` reads it, never the headline (which would leave the title
        filed as boilerplate).  Not a name that is the story's subject (:meth:`names_subject`: its
        surname in the title or the story's first characters), and only under a kicker of signed
        pieces (:meth:`is_column_kicker`: not ``Sport`` / ``Serena Williams`` / a profile's title),
        unless *subject_check* is off (:meth:`subject_under_kicker`).

        .. versionadded:: 0.2 (lay53)"""
        lines = state.lines
        span = state.section_span
        if span is None or index < 1 or index + 1 >= len(lines) or lines[index - 1].span.end != span.end:
            return False
        line, title = lines[index], lines[index + 1]
        if subject_check and not self.is_column_kicker(lines[index - 1].text):
            return False  # ("Sport" / "Serena Williams" / a profile's title: maybe the subject, no author)
        if not self.signed_names(line.text):
            return False  # (in the kicker's block or the title's, or apart: "Opinion" / blank / "Jane Roe" / the title)
        if ends_sentence(title.text) or len(title.text.split()) <= len(line.text.split()):
            return False
        if not self.is_bare_headline(state, index + 1) or self.byline.parse_bare(line) is None:
            return False
        after = index + 2
        if after < len(lines) and not (
            lines[after].blank_before or self.is_prose(lines, after) or self.header_goes_on(state, after)
        ):
            return False
        return not subject_check or not self.names_subject(state, index, index + 1)

    def subject_under_kicker(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is names alone right under the kicker and over the title as
        :meth:`name_under_kicker` reads them, but the story's subject (:meth:`names_subject`:
        ``Obituaries`` / ``Margaret Hale`` / ``Harbour master who guided ships for 40 years`` / an
        obituary of her), or any name there under a kicker of no signed pieces (not
        :meth:`is_column_kicker`: ``Sport`` / ``Serena Williams`` / a profile's title, which may not
        name her again): no author and no headline (the title under it is), but a second label of
        the kicker, the person the page is about.

        .. versionadded:: 0.2 (fixH53)"""
        if not self.name_under_kicker(state, index, subject_check=False):
            return False
        return not self.is_column_kicker(state.lines[index - 1].text) or self.names_subject(state, index, index + 1)

    #: Words of a kicker over a signed piece (opinion, column, analysis ...; French, German and Spanish
    #: too): under such a kicker a name alone over the title is the author's (:meth:`name_under_kicker`);
    #: under another (``Sport``, ``Obituaries``, ``Profiles``) it may be the story's subject.
    COLUMN_KICKER_WORDS: ClassVar[frozenset[str]] = frozenset({
        "opinion", "opinions", "analysis", "column", "columns", "columnist", "columnists", "comment",
        "commentary", "editorial", "editorials", "op-ed", "oped", "perspective", "perspectives", "viewpoint",
        "viewpoints", "views", "essay", "tribune", "chronique", "éditorial", "analyse", "meinung", "kommentar",
        "kolumne", "gastbeitrag", "opinión", "tribuna", "columna", "análisis",
    })

    def is_column_kicker(self, text: str) -> bool:
        """Whether kicker *text* names a signed piece: one of its words (case aside) is one of
        :attr:`COLUMN_KICKER_WORDS` (``Opinion``, ``ANALYSIS``, ``Columns``, ``Comment | Politics``).

        .. versionadded:: 0.2"""
        return any(word in self.COLUMN_KICKER_WORDS for word in _KICKER_WORD.findall(text.casefold()))

    def every_signed_name(self, byline: Byline, line: Line) -> Byline:
        """*byline*, read from *line* with one author, with every name of the line as its authors
        when the line is two names or more alone, each opening with a known given name
        (:meth:`signed_names`: ``Jane Roe, Tom Hale`` beside a stamp), where
        :meth:`BylineParser.parse_bare` keeps the first name alone (what follows a comma alone may
        be the outlet, ``Tanza Loudenback, City Insider``); else *byline* as it is.

        .. versionadded:: 0.2 (lay53)"""
        names = tuple(self.byline.split_names(line.text))
        if len(names) < 2 or not self.signed_names(line.text):
            return byline
        return attrs.evolve(byline, authors=names)

    def signature_under_headline(self, state: ParseState, index: int) -> Byline | None:
        """The byline of a signature printed right under the headline with no ``By`` and no stamp
        that :meth:`beside_stamp` reads, in the lines under the headline's block or its next:

        - names alone (:meth:`signed_names`, or one name in capitals, ``ANNE PETERSON``, each
          opening with a known given name) right over a reading time (:meth:`is_reading_time`:
          ``3 min read``) in their block, maybe with a button between (:meth:`is_name_button`:
          ``Follow``, bylT61; then one person's name to :meth:`BylineParser.author_alone` and the
          name model is enough, no known given name needed): the names (:meth:`names_under_headline`);
        - one person's name alone right over a known agency's name alone in its block (``Anne
          Peterson`` / ``Associated Press``): the name and the agency, both lines the byline's
          (:meth:`name_over_agency`);
        - a known agency's name alone (``Reuters``, ``AFP``) right under the headline, over a blank
          line and the story's running text: the agency; so is its outlet's name there, maybe with the
          place it writes from after a comma (``BBC News, Leeds``: :meth:`agency_outlet_line`).

        A name that is the story's subject (:meth:`names_subject`: its surname in the story's first
        characters) is none.  ``None`` when the headline is not read yet or the line is not right
        under it.

        .. versionadded:: 0.2 (lay53)"""
        lines = state.lines
        headline = state.headline
        if headline is None or index < 1 or lines[index - 1].span.end != headline.span.end or index + 1 >= len(lines):
            return None
        line, below = lines[index], lines[index + 1]
        if below.blank_before:
            if self.headline.is_agency_line(line) and self.is_prose(lines, index + 1):
                return self.byline.parse_bare(line)  # the title / "Reuters" / blank / the story
            outlet = self.agency_outlet_line(line.text)
            if outlet is not None and self.is_prose(lines, index + 1):
                return Byline((outlet,), outlet, line.text, line.span)  # the title / "BBC News, Leeds" / blank / the story
            return (
                self.name_with_outlet(state, index) or self.names_over_story(state, index)
                or self.name_with_bracketed_outlet(state, index)
            )
        reading = index + 1
        if self.is_name_button(below.text) and index + 2 < len(lines) and not lines[index + 2].blank_before:
            reading = index + 2  # "Jane Roe" / "Follow" / "5 min read": the page's button between (bylT61)
        # (after a button, one person's name to the name model too: the button says an author's;
        # never a business's name, which a page's button follows too: mendL61)
        followed = reading > index + 1 and self.byline.author_alone(line) is not None
        followed = followed and self.byline.names.is_name(line.text.strip()) and not self.is_business_name(line.text)
        if self.is_reading_time(lines[reading].text) and (followed or self.names_under_headline(line.text)):
            if self.names_subject(state, index, reading):
                return None  # ("Donald Trump" / "3 min read": the story's subject)
            names = tuple(self.byline.split_names(line.text))
            return Byline(names, None, line.text, line.span)
        return self.name_over_agency(state, index) or self.name_with_bracketed_outlet(state, index)

    def names_over_story(self, state: ParseState, index: int) -> Byline | None:
        """The byline of ``lines[index]``, right under the headline and over a blank line and the
        story's running text, when it is people's names alone, each opening with a known given name
        (:meth:`signed_names`: ``Hannah Reiss, Jordan Cole``, ``Jane Roe and Tom Hale``), as a page
        prints its signature under the title with no ``By``: the names, no agency.  One name alone
        there only under a page's stamp read above the title (``Dec 7, 2026 - Technology``), and
        not one the story prints again (``BylineParser.stands_again``: an interview's label over each
        answer; ``BylineParser.named_in_story``): under a bare title or a section's kicker alone it
        stays a label, as :meth:`name_closes_header` reads it.  Not a name that is the story's
        subject (:meth:`names_subject`).

        .. versionadded:: 0.2 (mendLT71)
        .. versionchanged:: 0.2 (halfL71) one name needs a stamp above the title, a section is not
           enough (``Glastonbury 2026`` / the title / ``Ana Ruiz``), and is none that the story prints
           again (``Sport`` / the title / ``Lina Berg`` / ... ``Lina Berg lives in Bergen ...``)."""
        lines = state.lines
        line = lines[index]
        if not self.signed_names(line.text) or not self.is_prose(lines, index + 1):
            return None
        names = tuple(self.byline.split_names(line.text.strip()))
        if len(names) < 2:
            if state.published is None:
                return None  # ("Council approves new budget" / "Pamela Wilson" / the story: a label under the title)
            after = state.text[line.span.end : line.span.end + self.byline.NAME_CONTEXT_CHARS]
            if self.byline.stands_again(names[0], after) or self.byline.named_in_story(names[0], after):
                return None  # (an interview's label over each answer; a name the story writes: no author)
        if self.names_subject(state, index, index):
            return None  # ("Jane Roe" / blank / "Roe, 54, was ...": the story's subject)
        return Byline(names, None, line.text, line.span)

    def name_with_bracketed_outlet(self, state: ParseState, index: int) -> Byline | None:
        """The byline of ``lines[index]``, right under the headline, when it is people's names alone
        (:meth:`names_alone`: the outlet says they are authors, no known given name needed) and the
        outlet they write for in brackets after them, the line's end
        (``Dewi Anggraeni (The Jakarta Post)``, ``Emily Carter (Australian Associated Press)``:
        ``BylineParser.is_outlet_alone``): the names the authors, the outlet kept in ``text``
        (``agency`` only for a known agency).  Not a name that is the story's subject
        (:meth:`names_subject`).

        .. versionadded:: 0.2 (mendLT71)"""
        line = state.lines[index]
        text = line.text.rstrip()
        if not text.endswith(")") or text.count("(") != 1 or text.count(")") != 1:
            return None
        names, _, outlet = text[:-1].partition("(")
        if not self.names_alone(names.strip()) or not self.byline.is_outlet_alone(outlet):
            return None
        if self.names_subject(state, index, index):
            return None
        agency = outlet.strip() if self.vocabulary.is_agency(outlet.strip()) else None
        authors = tuple(self.byline.split_names(names.strip()))
        return Byline(authors, agency, text, Span(line.span.start, line.span.start + len(text)))

    def name_with_outlet(self, state: ParseState, index: int) -> Byline | None:
        """The byline of ``lines[index]``, right under the headline and over a blank line and the
        story's running text, when it is a person's name opening with a known given name and,
        after one comma, the station or
        paper the author works for (``Jo Reed, KTVQ 2 News``, ``Sam Ortiz, The Lakeside Gazette``:
        ``BylineParser.is_outlet_after_name``): the name the author, the outlet kept in ``text``
        (``agency`` only for a known agency).  Not a name that is the story's subject
        (:meth:`names_subject`).

        .. versionadded:: 0.2 (fixL65)"""
        lines = state.lines
        line = lines[index]
        name, comma, outlet = line.text.strip().partition(",")
        if not comma or "," in outlet or not self.is_prose(lines, index + 1):
            return None
        name = name.strip()
        if not self.byline.is_name(name) or not self.byline.names.is_name(name) or not self.byline.opens_with_given_name(name):
            return None  # (a known given name first: not "Mayor Ana Ruiz, ...")
        if not self.byline.is_outlet_after_name(outlet.strip()):
            return None
        if self.names_subject(state, index, index + 1):
            return None
        return self.byline.parse_bare(line)

    def is_business_name(self, text: str) -> bool:
        """Whether *text*, a name alone on its line, holds a word of an organisation's or a
        business's name (``Vocabulary.is_org_word``, ``is_trade_word``, ``is_company_noun``:
        ``Northwind Analytics``, ``Harbour Ferries``): a firm's page, never its author, over a
        ``Follow`` button (:meth:`signature_under_headline`, mendL61).

        .. versionadded:: 0.2 (mendL61)"""
        v = self.vocabulary
        return any(v.is_org_word(word) or v.is_trade_word(word) or v.is_company_noun(word) for word in text.split())

    def is_name_button(self, text: str) -> bool:
        """Whether *text* is a button a page prints after an author's name alone on its line, one of
        ``BylineParser.NOT_NAME_WORDS`` (``Follow``), which :meth:`signature_under_headline` reads past
        to the reading time under it (``Jane Roe`` / ``Follow`` / ``5 min read``).

        .. versionadded:: 0.2 (bylT61)"""
        return text.strip() in self.byline.NOT_NAME_WORDS

    def agency_outlet_line(self, text: str) -> str | None:
        """The outlet *text* names, a signature line under a headline: a known agency's name and one
        of ``BylineParser.OUTLET_WORDS`` (``BBC News``), or a known agency's name of two words or
        more or in capitals, with the place it writes from after a comma (``BBC News, Leeds``,
        ``AFP, Paris``: ``BylineParser.is_place_after``); ``None`` for anything else (``Reuters``
        alone is :meth:`HeadlineParser.is_agency_line`'s; ``Petra, Amman`` may be a person and a place).

        .. versionadded:: 0.2 (byl60)"""
        name, comma, place = text.strip().partition(",")
        name, words = name.strip(), name.split()
        if comma and not self.outlet_place(place):
            return None
        if len(words) >= 2 and words[-1] in self.byline.OUTLET_WORDS and self.vocabulary.is_agency(" ".join(words[:-1])):
            return name  # "BBC News"
        if comma and self.vocabulary.is_agency(name) and (name.isupper() or len(words) >= 2 or not self.byline.is_given_name(name)):
            return name  # "AFP, Paris", "Reuters, London"
        return None

    def outlet_place(self, place: str) -> bool:
        """Whether *place*, the words after an outlet's name and a comma on a line of their own under
        the headline, are the place it writes from: :meth:`BylineParser.is_place_after`'s words
        and a place the vocabulary knows (``Paris``), or capitalised words none of which the
        parsers read as something else (:meth:`is_outlet_piece_word`: ``Leeds``; not ``Getty
        Images``, a picture's credit, ``File``, ``Updated``, ``Sport``).

        .. versionadded:: 0.2 (byl60b)"""
        if not self.byline.is_place_after(place):
            return False
        place = place.strip()
        if self.vocabulary.is_place(place) or self.vocabulary.country(place) is not None:
            return True
        return not any(self.is_outlet_piece_word(word) for word in place.split())

    def is_outlet_piece_word(self, word: str) -> bool:
        """Whether *word*, after an outlet's name and a comma, is no place's: a word of a picture's
        credit (the caption parser's ``CREDIT_WORDS``, ``FILE_WORDS`` or ``PHOTO_AGENCIES``:
        ``Getty Images``, ``File``), a stamp's label (the timestamp parser's ``UPDATED_LABELS``
        and ``PUBLISHED_LABELS``: ``Updated``), a section's noun (``Sport``), an outlet's word
        (``BylineParser.OUTLET_WORDS``) or an agency's name, in any case.

        .. versionadded:: 0.2 (byl60b)"""
        return word.casefold() in self.outlet_piece_words or self.vocabulary.is_agency(word)

    @cached_property
    def outlet_piece_words(self) -> frozenset[str]:
        """The words of :meth:`is_outlet_piece_word`, case-folded, made when first read (few texts
        have an outlet's line): a lazy table, as :attr:`QuoteParser.single_mark_reader
        <newsparse.QuoteParser.single_mark_reader>` is, kept in the instance (it pickles with it,
        and two threads that read it first at once build equal sets).

        .. versionadded:: 0.2 (fixQ61)"""
        captions, stamps, section = self.captions, self.timestamps, self.section
        phrases = (
            *captions.CREDIT_WORDS, *captions.FILE_WORDS, *captions.PHOTO_AGENCIES, *stamps.UPDATED_LABELS,
            *stamps.PUBLISHED_LABELS, *section.section_nouns, *self.byline.OUTLET_WORDS,
        )
        return frozenset(w.casefold() for phrase in phrases for w in phrase.split())

    def names_under_headline(self, text: str) -> bool:
        """Whether *text* is people's names alone, each opening with a known given name
        (:meth:`signed_names`: ``Jane Roe``, ``Jane Roe, Tom Hale``), or one such name written in
        capitals (``ANNE PETERSON``, as :meth:`BylineParser.is_name` reads it), as a page prints its
        signature under the title.

        .. versionadded:: 0.2 (lay53)"""
        text = text.strip()
        if self.signed_names(text):
            return True
        return (
            text.isupper()
            and len(text.split()) >= 2
            and self.byline.is_name(text)
            and self.byline.opens_with_given_name(text)
            and not self.byline.names_place(text)
        )

    def name_over_agency(self, state: ParseState, index: int) -> Byline | None:
        """The byline of one person's name alone on ``lines[index]`` (:meth:`names_under_headline`,
        one name) right over a known agency's name alone in its block
        (:meth:`HeadlineParser.is_agency_line`: ``Anne Peterson`` / ``Associated Press``): the name,
        the agency, text and span over both lines; ``None`` for any other line, or a name that is the
        story's subject (:meth:`names_subject`).

        .. versionadded:: 0.2 (lay53)"""
        lines = state.lines
        line, below = lines[index], lines[index + 1]
        agency = self.agency_line_name(below)
        if below.blank_before or agency is None:
            return None
        names = self.byline.split_names(line.text)
        named = self.names_under_headline(line.text) or self.name_over_credit(line, below)
        if len(names) != 1 or not named or self.names_subject(state, index, index + 1):
            return None
        return Byline((names[0],), agency, collapse(f"{line.text} {below.text}"), Span(line.span.start, below.span.end))

    def name_over_credit(self, line: Line, below: Line) -> bool:
        """Whether *line* is one person's name to the name model (:meth:`BylineParser.author_alone`,
        no business's name: :meth:`is_business_name`) right over a known agency's name alone in
        round brackets (``Tess Ikonomou`` / ``(Australian Associated Press)``): the brackets say the
        line above is the writer's, so that no known given name is needed (an agency's name with
        no brackets under a title may be a headline's second line; it still needs one).

        .. versionadded:: 0.2 (mendLD69)"""
        text = below.text.strip()
        if not (text.startswith("(") and text.endswith(")")):
            return False
        return self.byline.author_alone(line) is not None and not self.is_business_name(line.text)

    def agency_line_name(self, line: Line) -> str | None:
        """The agency *line* names alone (:meth:`HeadlineParser.is_agency_line`: ``Associated
        Press``), maybe in brackets (``(Australian Associated Press)``, as a syndicating page prints
        it under the writer's name), maybe with a full stop after it (``Australian Associated
        Press.``: the agency without it); ``None`` for any other line.

        .. versionadded:: 0.2 (fixT58)
        .. versionchanged:: 0.2 a full stop after the agency (mendL63)."""
        text = line.text.strip()
        if text.endswith(".") and not text.endswith("..") and self.vocabulary.is_agency(text[:-1].rstrip()):
            return text[:-1].rstrip()  # "Australian Associated Press.": the agency, as without the stop
        if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
            inner = text[1:-1].strip()
            return inner if inner and self.vocabulary.is_agency(inner) else None
        return text if self.headline.is_agency_line(line) else None

    #: How many blocks of the body may stand before a name over an agency's line for
    #: :meth:`name_over_agency_in_body` (the standfirst the body opened with).
    #:
    #: .. versionadded:: 0.2 (merge58)
    AGENCY_SIGNATURE_BLOCKS: ClassVar[int] = 1

    def name_over_agency_in_body(self, state: ParseState, index: int) -> Byline | None:
        """The byline of one person's name opening a block of the body over a known agency's name
        alone, maybe in brackets, that ends the block or stands over a stamp line (``Jack Roe`` /
        ``(Australian Associated Press)`` / ``Updated: 4:36pm, 12 Feb 2026``, under a standfirst
        the body opened with): :meth:`name_over_agency`, the byline the header did not read.

        .. versionadded:: 0.2 (fixT58)"""
        lines = state.lines
        if not lines[index].blank_before or index + 1 >= len(lines):
            return None
        blocks = 0
        # (back from the line, no further than the blocks allowed: the blocks right above it, linear
        # over the body; counted from the body's start, a long first block was read for every line)
        for k in range(index - 1, state.body_start, -1):
            blocks += lines[k].blank_before
            if blocks > self.AGENCY_SIGNATURE_BLOCKS:
                return None  # (deep in the story: "Jane Doe" / "(Reuters)" there is a picture's credit; merge58)
        after = index + 2
        if after < len(lines) and not lines[after].blank_before and not self.timestamps.parse(
            lines, after, state.reference_date
        ):
            return None  # (more lines of the block than a stamp: a list, not a signature)
        return self.name_over_agency(state, index)

    def signer_under_standfirst(self, state: ParseState, index: int) -> Byline | None:
        """The byline of ``lines[index]``, a block of one line right under the body's first block,
        itself one line under the headline (the standfirst the body opened with), and right over
        the story's running text (:meth:`above_story`): one person's name alone, opened by a known
        given name (:meth:`BylineParser.parse_name_alone`: ``Tom Hale``; not ``Warner Bros.``, a
        picture's credit; not the story's subject, its surname
        in the headline or the standfirst) or a known agency's name of two words or more alone
        (:meth:`agency_line_name`: ``Australian Associated Press``, the agency signing it).
        ``None`` for any other line: deeper in the story, under a caption, or over a line that is
        no running text.  The name may close the first block, right under its line
        (:meth:`author_under`: the story's first sentence, longer than a standfirst, over ``Ana Ruiz``).

        .. versionadded:: 0.2 (byl60)
        .. versionchanged:: 0.2 the name closing the first block (mendL63)."""
        lines, headline = state.lines, state.headline
        line = lines[index]
        if headline is None or index - 1 != state.body_start or index + 1 >= len(lines):
            return None  # (the second line of the body)
        if not line.blank_before and not self.author_under(state, index - 1):
            return None  # (the first one a block of its own, or the name closing its block over the story: mendL63)
        if not lines[index + 1].blank_before or not lines[index - 1].blank_before:
            return None
        if not state.body or state.body[-1].span != lines[index - 1].span or lines[index - 1].span.start < headline.span.end:
            return None  # (the standfirst is the body's paragraph: no caption, no stamp)
        agency = self.agency_line_name(line)
        if agency is not None and len(agency.split()) > 1 and self.is_prose(lines, index + 1):
            return Byline((agency,), agency, line.text, line.span)  # "Australian Associated Press"
        if not self.above_story(state, index) or not self.byline.opens_with_given_name(line.text.strip()):
            return None  # (a picture's credit there, "Warner Bros.", opens with no known given name)
        if self.vocabulary.is_site_word(line.text.split()[-1]):
            return None  # ("Grace Church", "Rose Garden": a place named after a given name)
        after = state.text[line.span.end : line.span.end + self.byline.NAME_CONTEXT_CHARS]
        byline = self.byline.parse_name_alone(line, after)  # (the story under it never names the person)
        if byline is None or len(byline.authors) != 1:
            return None
        above = f"{headline.text} {lines[index - 1].text}"
        if byline.authors[0].split()[-1] in {strip_possessive(_trim_word(word)) for word in above.split()}:
            return None  # ("Donald Trump" under "Trump signs order ...": the story's subject)
        return byline

    def name_over_stamp(self, state: ParseState, index: int, *, subject_check: bool = True) -> bool:
        """Whether ``lines[index]`` is one or more people's names alone (:meth:`names_alone`:
        ``Jane Roe``, ``Jane Roe and Tom Hale``) right over a stamp line (the ``timestamps`` rule's,
        ``March 3, 2025``) or a reading time (:meth:`is_reading_time`: ``3 min read``) over a line
        that reads as the headline (a candidate with no clock, no running text) with the story's
        running text, a short sentence (a standfirst: ``The vote was 7-2.``), a blank line, or a
        byline or a stamp under it: the page prints its author and date over the title, the name is
        the byline even above the headline, never a kicker or the headline.  Not when a name is the
        story's subject (:meth:`names_subject`: ``Donald Trump`` over ``Trump signs order ...``),
        unless *subject_check* is off (under a kicker, :meth:`signs_at`: the name is read as the
        signature there, so that the title stays the headline).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 several names, a reading time, a standfirst or a blank line under the title."""
        lines = state.lines
        if index + 3 >= len(lines) or not self.names_alone(lines[index].text):
            return False
        title = index + 1
        while title < len(lines) and title - index <= self.SIGNATURE_LINES:
            stamps = self.header_timestamps(state, title, peek=True)
            if stamps <= 0:
                stamps = 1 if self.is_reading_time(lines[title].text) else 0
            if stamps <= 0:
                break
            title += stamps  # ("Jane Roe" / "4 min read" / "Nov. 3, 2025" / the title: a stamp and a reading time)
        if title == index + 1:
            return False
        if title + 1 >= len(lines) or not self.headline.is_candidate(lines[title]) or self.is_prose(lines, title):
            return False
        if self.timestamps.has_clock(lines[title].text) or ends_sentence(lines[title].text):
            return False
        if subject_check and self.names_subject(state, index, title):
            return False  # ("Donald Trump" / a date / "Trump signs order ...": the story's subject, a kicker)
        under = lines[title + 1]
        return (
            under.blank_before
            or self.is_prose(lines, title + 1)
            or ends_sentence(under.text)
            or self.header_goes_on(state, title + 1)
        )

    def names_subject(self, state: ParseState, index: int, title: int) -> bool:
        """Whether one of the names alone on ``lines[index]`` is the story's subject, no author:
        its last word, capitalised as written, stands in the title on ``lines[title]`` (``Donald
        Trump`` over ``Trump signs order ...``; not ``Jane Price`` over ``Ferry price rises``, nor in
        a title in title case, ``Ferry Price Rises Again``, whose capitals say nothing) or
        in the first :attr:`BylineParser.NAME_CONTEXT_CHARS` characters of the story under it
        (``Thunberg, 21, was led away ...``), other than in an author's note that opens its last
        line (:meth:`BylineParser.in_closing_note`: ``Jane Roe writes about transport ...``).

        .. versionadded:: 0.2"""
        lines = state.lines
        end = lines[title].span.end
        after = state.text[end : end + self.byline.NAME_CONTEXT_CHARS]
        title_words = [strip_possessive(_trim_word(w)) for w in lines[title].text.split()]
        words = {strip_possessive(_trim_word(w)) for w in after.split()}
        if 2 * sum(1 for w in title_words if w[:1].isupper()) <= len(title_words):
            words.update(title_words)  # (a title in title case capitalises every word: its words say nothing)
        for name in self.byline.split_names(lines[index].text.strip()):
            surname = name.split()[-1]
            if surname in words and not self.byline.in_closing_note(name, after):
                return True
        return False

    def names_alone(self, text: str) -> bool:
        """Whether *text* is nothing but one or more people's names, each a name to the byline's
        name model (:meth:`NameModel.is_name <newsparse.names.NameModel.is_name>`), apart at the
        commas and conjunctions a list of authors has (:meth:`BylineParser.split_names`): ``Jane
        Roe``, ``Jane Roe and Tom Hale``; not in capitals.

        .. versionadded:: 0.2"""
        text = text.strip()
        if not text or text.isupper():
            return False
        names = self.byline.split_names(text)
        return bool(names) and len(names) <= self.byline.MAX_AUTHORS and all(self.byline.names.is_name(n) for n in names)

    def name_before_reading_time(self, line: Line) -> Byline | None:
        """The byline of a line that is one or more people's names alone (:meth:`names_alone`)
        and then a reading time (:meth:`is_reading_time`) after one of :attr:`PIECE_MARKS` with
        spaces around it (``Jane Roe | 3 min read``, ``Jane Roe and Tom Hale · 5 min read``): the
        names, its text and span the names' alone; a known agency's name alone there (``AFP | 4 min
        read``) is the agency's byline; ``None`` for any other line (``Politics | 3 min read``: no
        name).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 an agency before the reading time (lay53)."""
        text = line.text
        if len(text) > self.byline.MAX_BARE_CHARS:
            return None
        for at, char in enumerate(text):
            if char in self.PIECE_MARKS and text[at - 1 : at] == " " and text[at + 1 : at + 2] == " ":
                head, tail = text[:at].strip(), text[at + 1 :].strip()
                agency = self.byline.vocabulary.is_agency(head)
                if not ((agency or self.names_alone(head)) and self.is_reading_time(tail)):
                    return None
                found = self.byline.parse_bare(Line(head, Span(line.span.start, line.span.start + len(head)), 0, False))
                if found is None or (found.agency is not None) != agency:
                    return None
                return found
        return None

    def is_reading_time(self, text: str) -> bool:
        """Whether *text* is a short line of boilerplate ``other`` with a number in it, as a
        page's reading time is (``3 min read``, ``Lesezeit: 4 Min.``: :class:`BoilerplateParser`
        files it), which stands where a stamp does under the author's name.

        .. versionadded:: 0.2"""
        return (
            len(text.split()) <= self.READING_TIME_WORDS
            and any(ch.isdigit() for ch in text)
            and self.boilerplate.kind(text) == BoilerplateKind.OTHER.value
        )

    def name_over_role(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is one person's name alone (:meth:`BylineParser.is_name`) over a
        staff role alone on the next line of its block (:meth:`BylineParser.is_role`: ``Jane Roe`` /
        ``Staff Writer``), or such a role over such a name (``Staff Writer`` / ``Jane Roe``), maybe
        with more pairs under it (:meth:`BylineParser.named_roles`), a byline even above the
        headline: the name is no headline, the role no author.

        .. versionadded:: 0.2"""
        return self.byline.named_roles(state.lines, index) is not None

    def name_nearer_stamp(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, beside a stamp (:meth:`beside_stamp`), is no one person's name
        (:meth:`BylineParser.is_name`) but a byline to :meth:`BylineParser.parse_bare`, while the
        next line, maybe after a blank line, is one alone that :meth:`BylineParser.parse_bare`
        reads as one author: that name is the byline, and
        ``lines[index]`` a standfirst with no sentence end (``Big Oil, Big Trouble`` / ``Jane Roe`` /
        ``March 5, 2024``), no byline, however the blank lines fall and whether the stamp stands
        over the standfirst or under the name.  ``parse_bare`` reads two title-case phrases apart
        at a comma as a name and its outlet (``Tanza Loudenback, City Insider``), which a
        standfirst's phrases are as often; a name alone next to it is the surer author.

        .. versionadded:: 0.2"""
        lines = state.lines
        below = index + 1
        if below >= len(lines):
            return False
        byline = self.byline
        if byline.is_name(lines[index].text.strip()) or not byline.is_name(lines[below].text.strip()):
            return False  # ("Jane Roe" / "Tom Berg" / a stamp: the first name is the byline, as "Jane Roe" / "Reuters")
        if not self.beside_stamp(state, index) or byline.parse_bare(lines[index]) is None:
            return False  # (a line read as no byline is left to the rules after this one)
        under = byline.parse_bare(lines[below])
        return under is not None and under.agency is None and len(under.authors) == 1

    def name_under_standfirst(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is the name under a standfirst that :meth:`name_nearer_stamp`
        gives the byline to: the name stands beside the stamp through the line above it (``March 5,
        2024`` / ``Big Oil, Big Trouble`` / ``Jane Roe``, the text's end under it).  Never under
        the headline itself.

        .. versionadded:: 0.2"""
        if not index or state.headline is None or state.lines[index - 1].span.start < state.headline.span.end:
            return False
        return self.name_nearer_stamp(state, index - 1)

    def name_opens_body(self, state: ParseState, index: int) -> bool:
        """Whether a name alone on ``lines[index]`` stands where a byline does: set off from the
        line above by a blank line (a label right under a caption is no byline) or closing the
        block of a standfirst (:meth:`author_under`), right above the
        first line of running text (or a short sentence, maybe ending in a colon), itself no credit and not in capitals
        (``GETTY IMAGES``, ``SPONSORED CONTENT`` are labels)."""
        line = state.lines[index]
        if not (line.blank_before or (index and self.author_under(state, index - 1)) or self.right_under_headline(state, index)):
            return False
        return self.above_story(state, index)

    def right_under_headline(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is the line right under the headline's last line and right over
        the next, all in one block, as a text laid out with no blank lines prints a header
        (``Five things to look out for`` / ``Maria Lopez`` / the story).  A name set off from the
        story by a blank line but not from the headline is a label under it, no byline.

        .. versionadded:: 0.2"""
        headline, lines = state.headline, state.lines
        return (
            headline is not None
            and 0 < index < len(lines) - 1
            and not lines[index].blank_before
            and not lines[index + 1].blank_before
            and lines[index - 1].span.end == headline.span.end
        )

    def above_story(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, no credit and not in capitals, stands right above the first
        line of running text, a short sentence or a lead-in that ends in a colon (:meth:`name_opens_body`),
        maybe past up to :attr:`ABOVE_STORY_SKIP` lines of page furniture between them, boilerplate of
        a kind of :attr:`ABOVE_STORY_KINDS` (``2 min read``, ``Share``, ``Listen to this article``).

        .. versionadded:: 0.2"""
        line, below = state.lines[index], index + 1
        if line.text.isupper() or self.captions.is_credit_line(line):
            return False
        lines = state.lines
        while (
            below < len(lines)
            and below - index <= self.ABOVE_STORY_SKIP
            and self.boilerplate.kind(lines[below].text) in self.ABOVE_STORY_KINDS
        ):
            below += 1  # ("Thandeka Mokoena" / "2 min read" / the story)
        if below >= len(state.lines):
            return False
        text = state.lines[below].text
        lead_in = text.endswith(":") and is_sentence(text[:-1] + ".", self.SHORT_SENTENCE_WORDS)  # "Here's why:"
        return lead_in or self.is_prose(state.lines, below) or self.is_short_sentence(state.lines, below)

    def author_under(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a sentence (:func:`~newsparse.lines.ends_sentence`), has a person's
        name alone right under it in its block (:meth:`NameModel.is_name`), and the story's running
        text after a blank line under the name (``A new study shows ...`` / ``Maria Okafor`` / the
        story): the line is a standfirst and the name its author's byline.

        .. versionadded:: 0.2"""
        lines = state.lines
        name, story = index + 1, index + 2
        if story >= len(lines) or lines[name].blank_before or not lines[story].blank_before:
            return False
        if not ends_sentence(lines[index].text):
            return False
        if self.is_credit(lines[name]):
            return False  # a caption over its credit: "Scott Heins/Gothamist"
        return self.byline.names.is_name(lines[name].text) and self.is_prose(lines, story)

    def header_caption(self, state: ParseState, index: int, peek: bool) -> int:
        """A caption line, the line under a gallery's counter (``View 3 Images``), or the blurb of a
        video that ends in its own stamp in brackets (:meth:`ends_with_stamp`, :meth:`blurb_caption`);
        a caption label alone and the line under it (:meth:`CaptionParser.after_label`: ``Image
        caption`` over ``Teachers march in London``), the label boilerplate ``navigation``.  A row of
        share buttons (boilerplate ``share``: ``Share on Facebook  Share via Email``) is no caption,
        whatever credit its last button reads as."""
        line = state.lines[index]
        if index + 1 < len(state.lines):
            labelled = self.captions.after_label(line, state.lines[index + 1])
            if labelled is not None:  # "Image caption" over "Teachers march in London"
                if not peek:
                    labelled = self.credited_from_above(state, index, labelled)
                    state.add_boilerplate(line, BoilerplateKind.NAVIGATION)
                    state.captions.append(labelled)
                return 2
        if self.media_headline(state, index):
            return 0  # "VIDEO: Crews battle a blaze on Elm Street": the headline, for the headline rule
        if self.via_headline(state, index):
            return 0  # "Trains to Edinburgh to run via Carlisle" over the byline: the headline
        caption = self.captions.parse_line(line) if self.might_be_caption_at(state, index) else None
        if caption is not None and self.boilerplate.kind(line.text) == BoilerplateKind.SHARE.value:
            return 0  # "Share on Facebook  Share via Email": a row of buttons, no caption credited to "Email"
        if caption is not None and self.copyright_footer(state, index, caption):
            return 0  # "... to open on Monday. © City Herald" at the end: the page's notice under the story
        if caption is not None and self.signed_wire_story(state, line, caption):
            return 0  # "LYON (AFP) - ... a-t-elle ajouté. (AFP)": a wire's story and its sign-off
        if caption is not None and self.tagged_story_line(line, caption):
            return 0  # "..., De Wever told reporters. ANP/BELGA": the story's paragraph and its wire's tag (mendLT68)
        if caption is None and index:
            caption = self.captions.after_gallery(state.lines[index - 1], state.lines[index])
        if caption is None and self.ends_with_stamp(line):
            caption = self.blurb_caption(line)  # "... was released. (Published Monday, Nov. 18, 2019)"
        if caption is None:
            caption = self.caption_under_stamp(state, index)  # "... de archivo. JUAN ROE (AFP)" under the stamp
        if caption is None:
            caption = self.dated_caption(state, index)  # "Jo Roe speaks in Leeds, March 3, 2025.", no credit
        if caption is None:
            caption = self.caption_over_dateline(state, index)  # "..., organisers said. (ANA)" over "ATHENS — ..."
        if caption is None:
            return (
                self.caption_under_credit(state, index, peek)
                or self.caption_under_labelled_credit(state, index, peek)
                or self.caption_apart_under_credit(state, index, peek)
                or self.caption_twice_over_credit(state, index, peek)
            )
        if not peek:
            self.credit_over_caption(state, index, caption)
            state.captions.append(self.credited_from_above(state, index, caption))
            self.caption_over_again(state, index)
        return 1

    def might_be_caption_at(self, state: ParseState, index: int) -> bool:
        """``CaptionParser.might_be_caption`` of ``lines[index]``, asked of the caption parser once
        for a line that :meth:`body_caption` and the :meth:`header_caption` it calls both ask
        about (the last answer kept in ``ParseState.caption_hint``).

        .. versionadded:: 0.2 (speed70)"""
        hint = state.caption_hint
        if hint[0] == index:
            return hint[1]
        answer = self.captions.might_be_caption(state.lines[index])
        state.caption_hint = (index, answer)
        return answer

    def caption_twice_over_credit(self, state: ParseState, index: int, peek: bool) -> int:
        """A header line printed again right under it in its block, and a bare credit line
        (:meth:`is_credit`) right under the copy (``Fans cheer the winning goal.`` twice, then
        ``Jo Roe/Photosport``): one caption printed twice, its two lines the caption's spans and
        that credit its credit, the credit line boilerplate ``credit``; returns 3 (the lines
        read), or 0.

        .. versionadded:: 0.2 (trialL63)"""
        lines = state.lines
        if index + 2 >= len(lines):
            return 0
        line, again = lines[index], lines[index + 1]  # (the copy first: most lines have none, and no third is read)
        if again.blank_before or line.text != again.text or not ends_sentence(line.text):
            return 0
        below = lines[index + 2]
        if below.blank_before or not self.is_credit(below):
            return 0
        credit = self.captions.credit_of(below)
        if credit is None:
            return 0
        if not peek:
            state.captions.append(CaptionLine(line.text, credit, line.span))
            state.captions.append(CaptionLine(again.text, credit, again.span))
            state.add_boilerplate(below, BoilerplateKind.CREDIT)
        return 3

    def copyright_footer(self, state: ParseState, index: int, caption: CaptionLine) -> bool:
        """Whether *caption*, read from ``lines[index]``, is a sentence and a copyright sign before
        a name of no agency (``... to open on Monday. © City Herald``) on the text's last line: the
        story's last sentence and the page's notice, not a picture's credit, which stands among the
        story's paragraphs (``A Stib bus at Gare du Midi. © Jean Dupont``; fixT59), nor one after a
        gallery's counter (``1 of 4 | A bus at ... © City Herald``: anything before the caption on its
        line; fixR59).

        .. versionadded:: 0.2"""
        line = state.lines[index]
        credit = caption.credit or ""
        if index + 1 < len(state.lines) or "/" in credit:
            return False
        if line.text[: caption.span.start - line.span.start].strip():
            return False  # "1 of 4 | A bus at ... © City Herald": a gallery's counter before it, a picture's
        if "©" not in line.text[caption.span.end - line.span.start :]:
            return False
        return not self.timestamps.vocabulary.is_agency(credit)

    def caption_over_dateline(self, state: ParseState, index: int) -> CaptionLine | None:
        """The header line ``lines[index]`` read as a caption credited to a news agency alone in
        brackets (:meth:`CaptionParser.wire_credited_caption`: ``Protesters march through the capital
        on Tuesday, organisers said. (ANA)``) when the next block opens with a dateline (``ATHENS —
        ...``): over the story's first line, a sentence signed by a wire is the picture's, whatever
        its shape, not the story's (which starts at the dateline).

        .. versionadded:: 0.2 (fixR57)"""
        lines = state.lines
        if index + 1 >= len(lines) or not lines[index + 1].blank_before or not lines[index].text.endswith(")"):
            return None
        if self.dateline_at(state, lines[index + 1].span) is None:
            return None
        return self.captions.wire_credited_caption(lines[index])

    def credit_over_caption(self, state: ParseState, index: int, caption: CaptionLine) -> None:
        """When the line right above the caption line ``lines[index]``, in its block, was taken for
        a picture with a credit only, that credit alone on it (``Photo: Jo Roe/TT``), and *caption*
        gives the same credit again (``Ministers at a press conference. Photo: Jo Roe/TT``), that
        line is the caption's credit printed over it: boilerplate ``credit``, no caption of its own.

        .. versionadded:: 0.2 (fixT57b)"""
        lines = state.lines
        if not index or lines[index].blank_before or not state.captions or caption.credit is None:
            return
        above, last = lines[index - 1], state.captions[-1]
        if last.span != above.span or last.text != above.text or last.credit is None:
            return
        if collapse(last.credit).casefold() != collapse(caption.credit).casefold():
            return
        state.captions.pop()
        state.add_boilerplate(above, BoilerplateKind.CREDIT)

    def signed_wire_story(self, state: ParseState, line: Line, caption: CaptionLine) -> bool:
        """Whether *line*, read as *caption* credited to news agencies alone in brackets
        (:meth:`CaptionParser.is_wire_credit`: ``... a-t-elle ajouté. (AFP)``), opens with a
        dateline that names an agency (``LYON (AFP) -``): a wire's story, the agency its sign-off,
        no picture's caption.

        .. versionadded:: 0.2"""
        if caption.credit is None or not self.captions.is_wire_credit(caption.credit):
            return False
        found = self.dateline_at(state, line.span)
        return found is not None and found.agency is not None

    #: Words that may lead a news agency in a story's tag (``... next week. (With AFP)``), in any
    #: case: :meth:`is_wire_tag` reads the agency after one.  An empty tuple reads none.
    #:
    #: .. versionadded:: 0.2 (mendLT68)
    WIRE_TAG_LEADS: ClassVar[tuple[str, ...]] = ("with",)

    def is_wire_tag(self, credit: str) -> bool:
        """Whether *credit*, read after a body line's last sentence, names news agencies alone, as
        a wire tags the story it filed (:meth:`CaptionParser.is_wire_credit`: ``AFP``, ``ANP/BELGA``;
        an acronym of no vocabulary, :meth:`CaptionParser.is_acronym`: ``PNA``), maybe after one of
        :attr:`WIRE_TAG_LEADS` (``With AFP``).

        .. versionadded:: 0.2 (mendLT68)"""
        credit = credit.strip()
        lead, _, rest = credit.partition(" ")
        if rest and lead.casefold() in self.WIRE_TAG_LEADS:
            credit = rest.strip()
        return bool(credit) and (self.captions.is_wire_credit(credit) or self.captions.is_acronym(credit))

    def tagged_story_line(self, line: Line, caption: CaptionLine) -> bool:
        """Whether *line*, read as *caption* credited to news agencies alone (:meth:`is_wire_tag`:
        ``... food packs. (PNA)``, ``... told reporters. ANP/BELGA``, ``... next week. (With
        AFP)``), is a story's paragraph that its wire tags, no picture's caption: the sentence
        opens with its speaker and a word that reports speech (:meth:`opens_with_report`: ``Jo Roe
        said the agency had ...``, ``The ministry said ...``) or attributes a quotation right after
        it (:meth:`attributes_quotation`: ``"This is a fair reform," Jan Peeters told reporters.``),
        and the tag ends the line right after it.  A picture described (``Firefighters battle the
        flames near Malibu on Monday. (AFP)``, ``Jo Roe has denied the claims and said he was never
        there. (AAP)``, a sign's words quoted) or credited with a label (``Photo: ...``, ``(AP
        Photo/Jo Roe)``) stays a caption.

        .. versionadded:: 0.2 (mendLT68)"""
        if caption.credit is None or caption.span.start != line.span.start or not self.is_wire_tag(caption.credit):
            return False
        if not line.text.rstrip(" .").endswith((caption.credit, caption.credit + ")")):
            return False  # (a credit read from inside the line, or rewritten: no tag after the sentence)
        return self.opens_with_report(caption.text) or self.attributes_quotation(caption.text)

    #: The most words before the word that reports speech in a tagged story's sentence, its speaker
    #: (``Governor Maria Lim told ...``: :meth:`opens_with_report`), and after a quotation's end
    #: (:meth:`attributes_quotation`).
    #:
    #: .. versionadded:: 0.2 (mendLT68)
    TAGGED_SPEAKER_WORDS: ClassVar[int] = 5
    #: The marks that close a quotation (:meth:`attributes_quotation`); ``None``: the closing
    #: marks of the quote parser's ``QUOTE_PAIRS`` (:attr:`tagged_quote_closers`).
    #:
    #: .. versionadded:: 0.2 (mendLT68)
    #: .. versionchanged:: 0.2 ``None`` by default, the quote parser's pairs read (debt69).
    TAGGED_QUOTE_CLOSERS: ClassVar[str | None] = None
    #: The marks that end a quotation's words before its closing mark when an attribution follows
    #: (``"... reform," Jan Peeters told``, ``"... ready?" she said``: :meth:`attributes_quotation`).
    #:
    #: .. versionadded:: 0.2 (rvl68)
    TAGGED_QUOTE_ENDS: ClassVar[str] = ",?!"

    def opens_with_report(self, text: str) -> bool:
        """Whether *text* opens with a speaker of at most :attr:`TAGGED_SPEAKER_WORDS` words and no
        comma, then a word of ``CaptionParser.REPORTING_WORDS`` (``Bersamin said the department had
        ...``, ``The ministry said 40 schools ...``): a story's sentence of what someone said.

        .. versionadded:: 0.2 (mendLT68)"""
        found = self.captions.first_report(text)
        if found is None:
            return False
        head = text[:found]
        if "," in head or len(head.split()) > self.TAGGED_SPEAKER_WORDS:
            return False
        return self.reports_speech_at(text, found)

    #: Words that report speech in the present tense, a picture's tense (``Rafael Nadal says
    #: goodbye to fans ...``): a tagged story's sentence opens with one only before a reported
    #: clause (:meth:`reports_speech_at`).
    #:
    #: .. versionadded:: 0.2 (rvl68)
    TAGGED_PRESENT_REPORTS: ClassVar[tuple[str, ...]] = ("says",)
    #: Words, in any case, that open the clause a present-tense report tells (``... says that the``,
    #: ``... says the agency had``, ``... says she was``): :meth:`reports_speech_at`.
    #:
    #: .. versionadded:: 0.2 (rvl68)
    TAGGED_CLAUSE_WORDS: ClassVar[tuple[str, ...]] = (
        "that", "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our",
        "he", "she", "it", "they", "we", "i", "you", "there", "no", "some", "many", "most", "all",
    )

    def reports_speech_at(self, text: str, at: int) -> bool:
        """Whether the word that reports speech at *at* in *text* tells what was said: a past form
        (``said``, ``told``), or a present one of :attr:`TAGGED_PRESENT_REPORTS` before a word of
        :attr:`TAGGED_CLAUSE_WORDS` or a number (``Jo Roe says the agency had ...``, ``The ministry
        says 40 schools ...``); ``Rafael Nadal says goodbye to fans in Malaga`` describes a picture.

        .. versionadded:: 0.2 (rvl68)"""
        word = next((w for w in self.TAGGED_PRESENT_REPORTS if text.startswith(w, at)), None)
        if word is None:
            return True
        after = text[at + len(word) :].split(maxsplit=1)
        if not after:
            return False
        following = after[0].strip("\"'“‘,:")
        return following[:1].isdigit() or following.casefold() in self._tagged_clause_words

    @cached_property
    def tagged_quote_closers(self) -> frozenset[str]:
        """The marks that close a quotation for :meth:`attributes_quotation`:
        :attr:`TAGGED_QUOTE_CLOSERS` when a subclass sets it, else the closing mark of each of the
        quote parser's ``QUOTE_PAIRS`` (``”``, ``"``, ``»``), made when first read and kept in the
        instance, as :attr:`outlet_piece_words` is.

        .. versionadded:: 0.2 (debt69)"""
        if self.TAGGED_QUOTE_CLOSERS is not None:
            return frozenset(self.TAGGED_QUOTE_CLOSERS)
        return frozenset(close for _, close in self.quotes.QUOTE_PAIRS)

    @cached_property
    def tagged_quote_openers(self) -> frozenset[str]:
        """The opening marks of the quote parser's ``QUOTE_PAIRS`` (``“``, ``„``, ``"``), made when
        first read: a closer of :attr:`tagged_quote_closers` that is one of them closes a quotation
        only as :meth:`closes_tagged_quote` reads it.

        .. versionadded:: 0.2 (rvl69)"""
        return frozenset(open_ for open_, _ in self.quotes.QUOTE_PAIRS)

    def closes_tagged_quote(self, text: str, at: int) -> bool:
        """Whether the closing mark at *at* in *text* closes a quotation: a mark that opens no pair
        (``”``, ``»`` in English), or one that opens a pair too (:attr:`tagged_quote_openers`: ``“``,
        ``"``) with no letter or digit right after it (``...,” she said``, not ``chanting,“Jane``).

        .. versionadded:: 0.2 (rvl69)"""
        return text[at] not in self.tagged_quote_openers or not text[at + 1 : at + 2].isalnum()

    def attributes_quotation(self, text: str) -> bool:
        """Whether *text* holds a quotation that a comma, a question or an exclamation mark closes
        (:attr:`tagged_quote_closers`), then at most :attr:`TAGGED_SPEAKER_WORDS` words before a
        word of ``CaptionParser.REPORTING_WORDS`` (``"This is a fair reform," Jan Peeters told
        reporters.``): a story's quote and its attribution, not a sign's words (``... a sign that
        reads "Glory to Communism," visible ...``).

        A mark that opens a pair of ``QUOTE_PAIRS`` too (``“``, the English opener and the German
        closer; the straight ``"``) closes the quotation only with no word right after it: ``chanting,“Jane
        Roe told us lies” and waving flags`` opens one (:meth:`closes_tagged_quote`; rvl69).

        .. versionadded:: 0.2 (mendLT68)
        .. versionchanged:: 0.2 (rvl69) an opening mark glued to the next word is none"""
        closers = self.tagged_quote_closers
        for at, char in enumerate(text):
            if at and char in closers and text[at - 1] in self.TAGGED_QUOTE_ENDS and self.closes_tagged_quote(text, at):
                found = self.captions.first_report(text[at + 1 :])
                if found is not None and len(text[at + 1 : at + 1 + found].split()) <= self.TAGGED_SPEAKER_WORDS:
                    return True
        return False

    def caption_over_again(self, state: ParseState, index: int) -> None:
        """When the paragraph line right above the caption line ``lines[index]``, in its block, is
        that caption's text again (:meth:`CaptionParser.key`) with no credit (``Rescuers search the
        rubble.`` over ``Rescuers search the rubble. Photograph: Jo Roe/Reuters``), it is the
        caption too, taken out of the paragraphs: one caption with two spans.

        .. versionadded:: 0.2"""
        line = state.lines[index]
        if not index or line.blank_before or not state.body or not state.captions:
            return
        above, caption = state.body[-1], state.captions[-1]
        if above.span != state.lines[index - 1].span or not caption.text:
            return
        if self.captions.key(above.text) != self.captions.key(caption.text):
            return
        state.body.pop()
        state.captions.insert(len(state.captions) - 1, CaptionLine(above.text, None, above.span))

    def caption_under_again(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, in the block of the caption line right above it, is that
        caption's text again with no credit (``Rescuers search the rubble.`` under ``Rescuers
        search the rubble. Photograph: Jo Roe/Reuters``): a second span of that caption.

        .. versionadded:: 0.2"""
        line = state.lines[index]
        if not index or line.blank_before or not state.captions:
            return False
        caption, above = state.captions[-1], state.lines[index - 1].span
        if not caption.text or caption.span.start < above.start or caption.span.end > above.end:
            return False
        return self.captions.key(line.text) == self.captions.key(caption.text)

    def dated_caption(self, state: ParseState, index: int) -> CaptionLine | None:
        """A photograph's caption with no credit on ``lines[index]``, a block of its own under the
        page's stamp (the publication or the update read so far), as an agency writes one
        (:meth:`CaptionParser.dated_photo`: ``Adriane Roe reads to her son in Mobile, Alabama,
        April 14, 2024.``), the day it gives no later than the stamp's day and one more: a story's
        sentence that opens with a name and a verb in the present, dated, tells what is to come
        (``... opens the bridge on May 5, 2026.``), no picture; with no stamp there is no caption.

        .. versionadded:: 0.2"""
        lines = state.lines
        line = lines[index]
        stamp = state.published or state.updated
        if stamp is None or not index or not line.blank_before:
            return None
        if index + 1 < len(lines) and not lines[index + 1].blank_before:
            return None  # (a line of a paragraph or of a block, not a caption's own)
        found = self.captions.dated_photo(line)
        if found is None:
            return None
        caption, day = found
        return caption if day <= stamp.datetime.date() + dt.timedelta(days=1) else None

    def caption_under_stamp(self, state: ParseState, index: int) -> CaptionLine | None:
        """``lines[index]`` as the lead picture's caption when it stands right under the line the
        header's stamp was read from, in its block, closes that block, and ends in a credit of a
        form a story's sentence may end in too (``Un autobús en Madrid, en una imagen de archivo.
        JUAN ROE (AFP)``: :meth:`CaptionParser.split_labelled_credit`, read as after a caption label,
        the place telling what the line is); else ``None``.

        .. versionadded:: 0.2"""
        lines = state.lines
        if not index or lines[index].blank_before or (index + 1 < len(lines) and not lines[index + 1].blank_before):
            return None
        above = lines[index - 1].span
        stamps = [stamp for stamp in (state.published, state.updated) if stamp is not None]
        if not any(above.start <= stamp.span.start and stamp.span.end <= above.end for stamp in stamps):
            return None
        return self.captions.split_labelled_credit(lines[index])

    def media_headline(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a line that opens with a media label (``VIDEO: Crews battle a
        blaze on Elm Street``, :meth:`CaptionParser.opens_with_media_label`), is the headline, as a
        broadcaster's site labels one: the header has read no headline, byline, stamp nor caption
        above it, and the line reads as a title (:meth:`HeadlineParser.is_candidate`).  Under the
        headline such a line is a video's or a picture's caption.

        .. versionadded:: 0.2"""
        if state.headline is not None or state.byline is not None or state.published is not None or state.captions:
            return False
        line = state.lines[index]
        return self.captions.opens_with_media_label(line.text) and self.headline.is_candidate(line)

    def via_headline(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a line that ends in ``via`` and a source or a place
        (:meth:`CaptionParser.ends_in_via`: ``Trains to Edinburgh to run via Carlisle``, ``Kim
        Jong Un watches a missile test via KCNA``), is the headline: the header has read no
        headline, byline, stamp nor caption above it, the line reads as a title
        (:meth:`HeadlineParser.is_candidate`) and a byline or a stamp stands on the next line
        (:meth:`header_stops_at`), where a page's headline stands.  Under a headline, or over one,
        such a line is a picture's caption (``Smoke over Khartoum via Sudan's army`` / the
        headline / the byline).  Over any other line, it is the headline when its source shows no
        caption's evidence (:meth:`CaptionParser.via_credit_evidence`: an agency, an outlet, a
        person, a slash, a photo label) and its words have a verb
        (:meth:`CaptionParser.states_headline_verb`: ``Ferries cancelled again via Kars``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a verb and no caption's evidence make the headline over any line."""
        if state.headline is not None or state.byline is not None or state.published is not None or state.captions:
            return False
        line = state.lines[index]
        if not self.captions.ends_in_via(line.text) or not self.headline.is_candidate(line):
            return False
        if index + 1 < len(state.lines) and self.header_stops_at(state, index + 1):
            return True
        # "Ferries cancelled again via Kars" over a standfirst or the story: a verb, and no caption's evidence
        if self.captions.via_credit_evidence(line.text) or self.over_shorter_headline(state, index):
            return False
        return self.captions.states_headline_verb(line.text[: line.text.rfind(" via ")])

    def over_shorter_headline(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` stands over a shorter line that reads as a title
        (:meth:`HeadlineParser.is_candidate`) with a byline or a stamp right under it
        (:meth:`header_stops_at`): that line is the headline, and the longer one over it a picture's
        caption (``Rescuers searched the rubble via Ravenwood`` / ``Quake kills 40`` / ``By Jane
        Roe``); a longer line there is the headline's standfirst.

        .. versionadded:: 0.2 (fixT60)"""
        lines = state.lines
        if index + 2 >= len(lines):
            return False
        below = lines[index + 1]
        if len(below.text) >= len(lines[index].text) or not self.headline.is_candidate(below):
            return False
        return self.header_stops_at(state, index + 2)

    def credited_from_above(self, state: ParseState, index: int, caption: CaptionLine) -> CaptionLine:
        """*caption*, read from ``lines[index]``, with the credit of the line right above it in its
        block when it has none of its own and that line is a bare credit filed as boilerplate
        ``credit`` that credits the picture below it (:meth:`CaptionParser.credits_below`:
        ``Image source, Getty Images`` over ``Image caption, Waves break over the sea wall``).

        .. versionadded:: 0.2"""
        if caption.credit is not None or not index or state.lines[index].blank_before or not state.boilerplate:
            return caption
        above, filed = state.lines[index - 1], state.boilerplate[-1]
        if filed.span != above.span or filed.kind != BoilerplateKind.CREDIT.value or not self.captions.credits_below(above):
            return caption
        credit = self.captions.credit_of(above)
        return caption if credit is None else attrs.evolve(caption, credit=credit)

    def caption_under_credit(self, state: ParseState, index: int, peek: bool) -> int:
        """A line right under a bare credit line that opens its block, in that block, which was
        taken for a picture with a credit only (``Getty Images`` / ``Lava flows from a fissure
        near the town``; or a credit line right under the byline or a stamp,
        :meth:`credit_opens_picture`) or filed as the credit of the picture below it (:meth:`credited_from_above`:
        ``Image source, Getty Images`` / ``Waves break over the sea wall``): the caption that credit
        is printed above (:meth:`CaptionParser.under_credit`), with running text or a short
        sentence after it; the credit line is then boilerplate ``credit``."""
        lines = state.lines
        if not index or lines[index].blank_before or not self.credit_opens_picture(state, index - 1):
            return 0
        above = lines[index - 1]
        last = state.captions[-1] if state.captions else None
        if last is not None and last.span == above.span and last.text == above.text and last.credit is not None:
            credit: str | None = last.credit  # "Getty Images" taken for a picture with a credit only
        else:
            last = None  # or filed as a credit of the picture below ("Image source, Getty Images")
            credit = self.credited_from_above(state, index, CaptionLine("", None, above.span)).credit
        if credit is None:
            return 0
        caption = self.captions.under_credit(credit, lines[index])
        below = index + 1
        if caption is None or below >= len(lines) or not (self.is_prose(lines, below) or self.is_short_sentence(lines, below)):
            return 0
        if not peek:
            if last is not None:
                state.captions.pop()
                state.add_boilerplate(above, BoilerplateKind.CREDIT)
            state.captions.append(caption)
        return 1

    def credit_opens_picture(self, state: ParseState, index: int) -> bool:
        """Whether the credit line ``lines[index]`` starts a picture, its caption under it
        (:meth:`caption_under_credit`): it opens its block, or stands right under the header's byline
        or stamp, as a web copy with no blank lines prints it (``Health correspondent, City News`` /
        ``Getty Images`` / ``Nurses say they are at breaking point``).

        .. versionadded:: 0.2 (mendLT70)"""
        lines = state.lines
        if lines[index].blank_before:
            return True
        if index < 1:
            return False
        end = lines[index - 1].span.end
        return any(part is not None and part.span.end == end for part in (state.byline, state.published, state.updated))

    def caption_under_labelled_credit(self, state: ParseState, index: int, peek: bool) -> int:
        """A line right under a labelled credit line in its block (``Photo: Jane Roe/City Herald``
        over ``Council members vote on the budget on Tuesday.``), the credit taken for a picture with
        a credit only (:meth:`CaptionParser.lone_caption`) or filed as boilerplate ``credit`` when it
        opens its block (:meth:`filed_labelled_credit`: ``PHOTO | JANE ROE | CITY HERALD``), the line
        closing its block over running text: the caption that credit is printed above
        (:meth:`CaptionParser.under_labelled_credit`); the credit line is then boilerplate ``credit``.

        .. versionadded:: 0.2"""
        lines = state.lines
        below = index + 1
        if not index or lines[index].blank_before or below >= len(lines):
            return 0
        above = lines[index - 1]
        last = state.captions[-1] if state.captions else None
        credit: str | None = None
        if last is not None and last.span == above.span and last.text == above.text and last.credit not in (None, above.text):
            credit = last.credit  # (a credit with no label, "Jane Roe/City Herald", may be a caption's own line)
        else:
            last, credit = None, self.filed_labelled_credit(state, index - 1)
        if credit is None or not lines[below].blank_before or not self.is_prose(lines, below):
            return 0
        caption = self.captions.under_labelled_credit(credit, lines[index])
        if caption is None:
            return 0
        if not peek:
            if last is not None:
                state.captions.pop()
                state.add_boilerplate(above, BoilerplateKind.CREDIT)
            state.captions.append(caption)
        return 1

    def caption_apart_under_credit(self, state: ParseState, index: int, peek: bool) -> int:
        """A line alone in its block under a labelled credit line right under the headline, the
        credit's line the last of its block (:meth:`CaptionParser.labelled_credit`: the title / ``Photo: Jane Roe/AFP`` / blank /
        ``Firefighters at the pier on Tuesday.``), with a byline or a stamp under it after a blank line
        (:meth:`header_goes_on`): the lead picture's caption printed under its credit, the blank lines
        a copy's (:meth:`CaptionParser.under_labelled_credit`: one sentence at most, no story text);
        the credit line, taken for a picture with a credit only or filed as boilerplate ``credit``, is
        then boilerplate ``credit``.  Over the story with no byline or stamp between, the line may be
        the lede and is left to the other rules.

        .. versionadded:: 0.2 (lay53)"""
        lines = state.lines
        below = index + 1
        if index < 2 or below >= len(lines) or not (lines[index].blank_before and lines[below].blank_before):
            return 0
        above = lines[index - 1]
        headline = state.headline
        if headline is None or lines[index - 2].span.end != headline.span.end:
            return 0  # (the credit right under the headline, in its block or after a blank line)
        credit = self.captions.labelled_credit(above)
        if credit is None:
            return 0
        last = state.captions[-1] if state.captions else None
        taken = last is not None and last.span == above.span
        filed = bool(state.boilerplate) and state.boilerplate[-1].span == above.span
        if not (taken or (filed and state.boilerplate[-1].kind == BoilerplateKind.CREDIT.value)):
            return 0
        if not self.header_goes_on(state, below):
            return 0
        caption = self.captions.under_labelled_credit(credit, lines[index])
        if caption is None:
            return 0
        if not peek:
            if taken:
                state.captions.pop()
                state.add_boilerplate(above, BoilerplateKind.CREDIT)
            state.captions.append(caption)
        return 1

    def filed_labelled_credit(self, state: ParseState, index: int) -> str | None:
        """The credit of ``lines[index]`` when it opens its block, was filed as boilerplate
        ``credit`` (the last boilerplate so far) and is a labelled credit with nothing else on it
        (:meth:`CaptionParser.labelled_credit`: ``PHOTO | JANE ROE | CITY HERALD``, ``Photo: Jane
        Roe``), so that it credits the picture printed under it in its block; else ``None``.

        .. versionadded:: 0.2"""
        line = state.lines[index]
        if not line.blank_before or not state.boilerplate:
            return None
        filed = state.boilerplate[-1]
        if filed.span != line.span or filed.kind != BoilerplateKind.CREDIT.value:
            return None
        return self.captions.labelled_credit(line)

    def credits_below(self, state: ParseState, index: int) -> bool:
        """Whether the bare credit line ``lines[index]`` opens a block that goes on under it
        (``Getty Images`` / ``Lava flows from a fissure ...``): it credits the picture below it,
        never the paragraph above it across the blank line."""
        lines = state.lines
        return lines[index].blank_before and index + 1 < len(lines) and not lines[index + 1].blank_before

    def header_boilerplate(self, state: ParseState, index: int, peek: bool) -> int:
        """A boilerplate line; a bare credit line gives its credit to what stands above it (the
        caption there, or the unclaimed line above, which then becomes a caption); a copyright
        line of a credit (``© Jean Dupont / AFP``) to the caption right above it only."""
        boilerplate = self.classify_boilerplate(state.lines[index])
        if boilerplate is None or self.lone_button(state, index, boilerplate):
            return 0
        if boilerplate.kind == BoilerplateKind.SUBSCRIBE.value and self.app_call_headline(state, index):
            return 0  # "Download the FEMA app" over "By Kim Lau": the story's headline (fixL59)
        if boilerplate.kind == BoilerplateKind.SIGN_OFF.value and self.first_run_under_stamp(state, index):
            return 0  # "This story first appeared on 5 March 2025 at 09:01.": the stamps' rule reads it
        if boilerplate.kind == BoilerplateKind.CREDIT.value and index <= (1 if state.section else 0):
            # a credit credits something above it; the first line has nothing above it, unless a
            # headline follows it ("Jo Li/Getty Images" over the headline: the picture was not copied)
            if not self.credit_opens_text(state, index):
                return 0
            if not peek:
                state.boilerplate.append(boilerplate)
            return 1
        if peek:
            return 1
        before = state.boilerplate[-1] if state.boilerplate else None
        state.boilerplate.append(boilerplate)
        line = state.lines[index]
        if boilerplate.kind == BoilerplateKind.COPYRIGHT.value and self.captions.copyright_credit(line) is not None:
            if self.credit_caption_above(state, index):  # "© Jean Dupont / AFP" under the lead picture's caption
                state.boilerplate[-1] = attrs.evolve(boilerplate, kind=BoilerplateKind.CREDIT.value)
            return 1
        if boilerplate.kind != BoilerplateKind.CREDIT.value or self.credit_caption_above(state, index):
            return 1
        unclaimed = (BoilerplateKind.OTHER.value, BoilerplateKind.STANDFIRST.value)
        if self.caption_under_header_credit(state, index):
            return 2  # "Photo: Jo Roe/AFP" / "The president in Paris on Sunday." / "By ..."
        if (
            before is not None
            and index
            and before.kind in unclaimed
            and before.span == state.lines[index - 1].span
            and not self.credits_below(state, index)
            and self.credit_previous(state, state.lines[index - 1], state.lines[index])
        ):
            state.boilerplate.remove(before)  # the unclaimed line above is a caption now
        else:
            self.credit_alone(state, index)
        return 1

    def app_call_headline(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a call to get an app by its shape
        (:meth:`BoilerplateParser.is_app_call`), is the page's headline: its first line (under a
        section's label) over a byline or a stamp line (``Download the FEMA app`` / ``By Kim
        Lau``).  A call over another title stays page furniture.

        .. versionadded:: 0.2 (fixL59)"""
        lines = state.lines
        if index > (1 if state.section else 0) or index + 1 >= len(lines):
            return False
        if state.headline is not None or not self.boilerplate.is_app_call(lines[index].text):
            return False
        below = lines[index + 1].text
        if self.byline.has_prefix(below) or self.timestamps.starts_with_label(below):
            return True
        return bool(self.timestamps.parse(lines, index + 1, state.reference_date))

    def app_call_step(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a call to get an app by its shape
        (:meth:`BoilerplateParser.is_app_call`), is a sentence of the story: it ends in a full
        stop and stands between the story's paragraphs, a body paragraph right above it and a
        line no boilerplate right below it (``Follow these steps.`` / ``Download the FEMA App.`` /
        ``Pack a bag with water.``).  A call with no full stop (``Get the RNZ app``), one after the
        story's last line or beside other debris stays boilerplate ``subscribe``.

        .. versionadded:: 0.2 (fixL59)"""
        lines = state.lines
        text = lines[index].text.rstrip()
        if not text.endswith(".") or index == 0 or index + 1 >= len(lines) or not state.body:
            return False
        if state.body[-1].span != lines[index - 1].span or not self.boilerplate.is_app_call(text):
            return False
        return self.classify_boilerplate(lines[index + 1]) is None

    def first_run_under_stamp(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a sentence that names the day the story first ran
        (:meth:`names_first_run`: ``This story first appeared on 5 March 2025 at 09:01.``, its full
        stop too), gives the publication under the header's latest stamp (:meth:`as_of_above`), as
        :meth:`header_inline_stamp` reads it: no sign-off then, whatever its closing full stop.

        .. versionadded:: 0.2"""
        line = state.lines[index]
        found = self.stamp_in_line(state, index) if state.published is not None else None
        if found is None or not self.names_first_run(state, line, found):
            return False
        return self.as_of_above(state, line, found) and bool(self.header_inline_stamp(state, index, True))

    def caption_under_header_credit(self, state: ParseState, index: int) -> bool:
        """Whether the credit line ``lines[index]``, under a line that ends no sentence (the
        headline or its standfirst: ``French president summons European leaders to Paris``),
        credits the line under it in its block: a caption as
        :meth:`CaptionParser.under_labelled_credit` reads one that ends a sentence, with a byline
        or a stamp right under it in the block (:meth:`header_stops_at`: ``Photo: Jo Roe/AFP via Getty Images``
        / ``The French president in Paris on Sunday.`` / ``By Ana Lima``), so that it is no
        story's first sentence.  Whether it did: the caption is read with the credit, the credit
        line stays boilerplate ``credit``, and the line above is left as it was.

        .. versionadded:: 0.2"""
        lines = state.lines
        below = index + 1
        if not index or below + 1 >= len(lines) or lines[below].blank_before or lines[below + 1].blank_before:
            return False
        if ends_sentence(lines[index - 1].text) or not ends_sentence(lines[below].text):
            return False
        credit = self.captions.credit_of(lines[index])
        caption = self.captions.under_labelled_credit(credit, lines[below]) if credit is not None else None
        if caption is None or not self.header_stops_at(state, below + 1):
            return False
        state.captions.append(caption)
        return True

    def credit_opens_text(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a credit line with nothing above it, is the credit of a
        picture the copy left out, over the headline: a bare credit line (:meth:`is_credit`:
        ``Jo Li/Getty Images``) with a headline candidate right under it, not a byline (``VIDEO:
        Voting on the plan`` over ``By Jane Roe`` is the headline).

        .. versionadded:: 0.2"""
        lines = state.lines
        return (
            state.headline is None
            and index + 1 < len(lines)
            and self.is_credit(lines[index])
            and self.headline.is_candidate(lines[index + 1])
            and not self.byline.has_prefix(lines[index + 1].text)  # "VIDEO: Voting on ..." over "By Jane Roe"
            and self.classify_boilerplate(lines[index + 1]) is None
            # "Hong Kong / Politics": a section's path, when the section reads it as one (else the credit
            # it was: a path read as no section would be the headline; merge58)
            and not (self.is_place_path(lines[index].text) and self.section.parse(lines, index) is not None)
        )

    def is_place_path(self, text: str) -> bool:
        """Whether *text* is a section's path whose first part, before a slash between spaces, is a
        place, country or region the vocabulary knows (``Hong Kong / Politics``, ``New Zealand /
        Business``): no
        photographer's or agency's credit, which names a person or a firm there.

        .. versionadded:: 0.2 (fixT58)"""
        head, slash, rest = text.partition(" / ")
        head, rest = head.strip(), rest.strip()
        if not slash or not rest or "/" in rest:
            return False
        v = self.vocabulary

        def placed(part: str) -> bool:
            return v.is_place(part) or v.country(part) is not None or v.is_region_name(part)

        if not placed(head):
            return False
        # the part after the slash a section's noun or a place (``Hong Kong / Politics``, ``Hong Kong / Macau``),
        # or one word that is no person's name nor an agency: ``Washington / Getty Images``, ``Hong Kong / Jimmy
        # Lai`` are a credit and a person under a picture (merge58)
        if rest.casefold() in self.section.section_nouns or placed(rest):
            return True
        return " " not in rest and not self.byline.names.is_name(rest) and not v.is_agency(rest)

    #: Words, folded, of an academic's or an expert's post in the affiliation under a byline
    #: (``Senior Lecturer in Marine Biology, James Cook University``: :meth:`is_affiliation`).
    #:
    #: .. versionadded:: 0.2 (mendLT71)
    AFFILIATION_POSTS: ClassVar[frozenset[str]] = frozenset({
        "lecturer", "professor", "researcher", "fellow", "scientist", "candidate", "dean", "scholar", "student",
        "director", "chair", "economist", "historian", "instructor", "reader",
    })
    #: The most words of an affiliation's line (:meth:`is_affiliation`).
    #:
    #: .. versionadded:: 0.2 (mendLT71)
    MAX_AFFILIATION_WORDS: ClassVar[int] = 14

    def is_affiliation(self, text: str) -> bool:
        """Whether *text* is an author's post and institution after one comma, as an academic's
        page prints them under the name (``Senior Lecturer in Marine Biology, James Cook
        University``, ``Professor of Economics, University of Leeds``): at most
        :attr:`MAX_AFFILIATION_WORDS` words, each capitalised or a linking word in lower case
        (the vocabulary's ``PHRASE_LINKS`` and ``ARTICLES``), one of :attr:`AFFILIATION_POSTS`
        before the comma, no sentence's end.

        .. versionadded:: 0.2 (mendLT71)"""
        post, comma, place = text.strip().partition(",")
        words = [*post.split(), *place.split()]
        if not comma or "," in place or not post.split() or not place.split() or len(words) > self.MAX_AFFILIATION_WORDS:
            return False
        if text.rstrip()[-1:] in ".!?:;" or not post[:1].isupper():
            return False
        vocabulary = self.vocabulary
        if not all(w[:1].isupper() or vocabulary.is_phrase_link(w) or vocabulary.is_article(w) for w in words):
            return False
        return any(w.casefold() in self.AFFILIATION_POSTS for w in post.split())

    def header_affiliation(self, state: ParseState, index: int, peek: bool) -> int:
        """An author's affiliation (:meth:`is_affiliation`) right under the byline in its block, the
        headline not read yet (``Author`` / ``Rebecca Lin`` / ``Senior Lecturer in Marine Biology,
        James Cook University``): boilerplate ``other``, never the headline.

        .. versionadded:: 0.2 (mendLT71)"""
        byline, line = state.byline, state.lines[index]
        if byline is None or state.headline is not None or line.blank_before or not index:
            return 0
        if state.lines[index - 1].span.end != byline.span.end or not self.is_affiliation(line.text):
            return 0
        if not peek:
            state.add_boilerplate(line, BoilerplateKind.OTHER.value)
        return 1

    #: The most words of a label over its note in the header (:meth:`header_label_note`).
    #:
    #: .. versionadded:: 0.2 (mendLT71)
    NOTE_LABEL_WORDS: ClassVar[int] = 3

    def header_label_note(self, state: ParseState, index: int, peek: bool) -> int:
        """A short label over a one-sentence note in its block, after the byline or a stamp and before
        any headline, and maybe more such pairs under it, the block over the title's block and the
        story (``Disclosure statement`` / ``Jane Roe receives funding from ...`` / ``Partners`` /
        ``City University provides funding as a member of ...`` / blank / the title / blank / the
        story): the label and its note are boilerplate (the note of the kind
        :meth:`classify_boilerplate` gives it, else ``other``), neither the headline nor the story's
        first paragraph.  A label has at most :attr:`NOTE_LABEL_WORDS` words and ends no sentence;
        the title is a headline candidate alone in its block, running text under it.

        .. versionadded:: 0.2 (mendLT71)"""
        lines = state.lines
        if state.headline is not None or len(state.body) or (state.byline is None and state.published is None):
            return 0
        end = index
        while end + 1 < len(lines) and self.is_label_note(lines[end], lines[end + 1]):
            end += 2  # (the pairs one under another in the block, the title's block under them)
            if end >= len(lines) or lines[end].blank_before:
                break
        if end == index or end + 1 >= len(lines) or not lines[end].blank_before or not lines[end + 1].blank_before:
            return 0
        if not self.headline.is_candidate(lines[end]) or not self.is_prose(lines, end + 1):
            return 0
        if not peek:
            note = lines[index + 1]
            state.add_boilerplate(lines[index], BoilerplateKind.OTHER.value)
            found = self.classify_boilerplate(note)
            state.add_boilerplate(note, found.kind if found is not None else BoilerplateKind.OTHER.value)
        return 2

    def is_label_note(self, label: Line, note: Line) -> bool:
        """Whether *label* is a short label (at most :attr:`NOTE_LABEL_WORDS` words, capitalised,
        no sentence's end) and *note* one sentence right under it in its block, for
        :meth:`header_label_note`.

        .. versionadded:: 0.2 (mendLT71)"""
        text = label.text
        if note.blank_before or len(text.split()) > self.NOTE_LABEL_WORDS or not text[:1].isupper() or ends_sentence(text):
            return False
        return ends_sentence(note.text) and not self.headline.is_sentences(note.text)

    def header_headline(self, state: ParseState, index: int, peek: bool) -> int:
        """The headline: the first title-like line no rule before claimed, unless the text opens
        without one (:meth:`opens_without_headline`)."""
        if state.headline is not None or self.opens_without_headline(state, index):
            return 0
        if self.opens_with_stamp(state, index):
            return 0  # "October 15, 2018/0 Comments/in News": a stamp line, for inline_stamp
        line = state.lines[index]
        if self.timestamps.starts_with_label(line.text) and self.timestamps.might_be_stamp_line(line):
            return 0  # a labelled stamp that cannot be read ("Published: February 30, 2025") is no title
        if self.in_entry_head(state.lines, index):
            return 0  # a live blog's entry clock and the entry's heading under it are no title
        if self.is_alert_kicker(line.text):
            return 0  # "BREAKING" alone over the stamp: a kicker word, no title
        if self.place_over_agency_at(state, index):
            return 0  # "Washington" right over "(AP) - The Senate ...": the dateline, broken before its agency
        headline = self.headline.parse(state.lines, index)
        if headline != self.headline.parse(state.lines, index, sentences=True):
            # (only then does the answer depend on whether the header goes on: look ahead once)
            headline = self.headline.parse(state.lines, index, sentences=self.header_goes_on(state, index + 1))
        if headline is None:
            return 0
        claimed = self.headline_lines(state, index, headline)
        if claimed > 1:
            span = Span(headline.span.start, state.lines[index + claimed - 1].span.end)
            headline = Headline(joined_text(split_lines(span.slice(state.text))), span)  # (each line as read)
        if not peek:
            state.headline = headline
        return claimed

    def is_alert_kicker(self, text: str) -> bool:
        """Whether *text* is one of :attr:`ALERT_KICKERS` alone, in any case, maybe after a colon
        or a dash (``BREAKING``, ``Developing:``): a page's flag over its story, never its headline.

        .. versionadded:: 0.2 (fixT57a)"""
        return " ".join(text.strip().rstrip(":-–—").split()).casefold() in self._alert_kickers

    def wraps_headline(self, state: ParseState, index: int, headline: Headline) -> bool:
        """Whether the headline on ``lines[index]`` goes on on the next line
        (:meth:`HeadlineParser.continues`: it ends in a word no headline ends on, ``... in Cairo
        as`` / ``mediators push for deal before holiday``), that line being no byline and no stamp.

        .. versionadded:: 0.2"""
        lines = state.lines
        if index + 2 >= len(lines) or headline.span.end != lines[index].span.end:
            return False
        if not self.headline.continues(lines[index], lines[index + 1]):
            return False
        if self.above_story(state, index + 1) and self.is_name_alone(state, index + 1):
            return False  # "Five things to look out for" / "Maria Lopez" / the story: the author's name
        return not self.header_stops_at(state, index + 1)

    def is_name_alone(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is one person's name alone that the story does not name, in
        full or by the surname (:meth:`BylineParser.parse_name_alone`: ``Maria Lopez``; not ``the
        Treasury``, nor ``Taylor Swift`` over a story about her or about ``Swift``), which no
        headline goes on with when the story follows it (:meth:`wraps_headline`).

        .. versionadded:: 0.2"""
        line = state.lines[index]
        after = state.text[line.span.end : line.span.end + self.byline.NAME_CONTEXT_CHARS]
        if self.byline.parse_name_alone(line, after) is None:
            return False
        # (nor one whose surname the story writes: "A tribute to" / "Nelson Mandela" over "Mandela ...")
        surname = line.text.split()[-1].strip(".,")
        return not self.byline.named_in_story(surname, after)

    def headline_lines(self, state: ParseState, index: int, headline: Headline) -> int:
        """How many lines the headline on ``lines[index]`` takes: one, two when it goes on on the
        next line (:meth:`wraps_headline`), and one more each time the lines so far, read as one,
        go on on the line under them the same way (``Ministers Meet in Brussels as`` / ``Talks on
        Budget Stall for`` / ``Second Night``), up to :attr:`MAX_HEADLINE_LINES`.

        .. versionadded:: 0.2"""
        if not self.wraps_headline(state, index, headline):
            return 1
        lines, count = state.lines, 2
        while count < self.MAX_HEADLINE_LINES and index + count + 1 < len(lines):
            first, last = lines[index], lines[index + count - 1]
            joined = Line(
                joined_text(lines[index : index + count]),
                Span(first.span.start, last.span.end),
                first.indent,
                first.blank_before,
            )
            if not self.headline.continues(joined, lines[index + count]) or self.header_stops_at(state, index + count):
                break
            count += 1
        return count

    def opens_with_stamp(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` opens with a date that a piece separator (:attr:`PIECE_MARKS`)
        follows, or that ends the line, as a blog's line of post facts does (``October 15,
        2018/0 Comments/in News /by admin``): a stamp line, not a title."""
        line = state.lines[index]
        if not line.text[:1].isalnum() or not self.timestamps.might_be_stamp_line(line):
            return False
        found = self.stamp_in_line(state, index)
        if found is None:
            return False
        if found.span.start != line.span.start and not self.is_source_before_stamp(state.text[line.span.start : found.span.start]):
            return False
        rest = state.text[found.span.end : line.span.end].lstrip()
        return not rest or rest[0] in self.PIECE_MARKS or self.is_page_mark(rest)

    #: The words, folded, of a print page's mark after the page's date (``page3``, ``p. A4``,
    #: ``pg 12``: :meth:`is_page_mark`).
    #:
    #: .. versionadded:: 0.2 (mendLT71)
    PAGE_MARK_WORDS: ClassVar[tuple[str, ...]] = ("page", "pg", "p")
    #: The most digits of a page's number in a page mark (:meth:`is_page_mark`).
    #:
    #: .. versionadded:: 0.2 (mendLT71)
    PAGE_MARK_DIGITS: ClassVar[int] = 3

    def is_page_mark(self, text: str) -> bool:
        """Whether *text* is a print page's mark alone: one of :attr:`PAGE_MARK_WORDS`, maybe a
        full stop and a space, maybe one letter (a part's), and up to :attr:`PAGE_MARK_DIGITS`
        digits (``page3``, ``p. A4``), as a paper's web copy prints after its date (``Mon, Dec 07,
        2026 page3``): that line is a stamp line (:meth:`opens_with_stamp`), not a title.

        .. versionadded:: 0.2 (mendLT71)"""
        folded = text.strip().casefold()
        for word in self.PAGE_MARK_WORDS:
            if not folded.startswith(word):
                continue
            number = folded[len(word) :].removeprefix(".").removeprefix(" ")
            if len(number) > 1 and number[0].isalpha() and number[0].isascii():
                number = number[1:]  # (a part's letter: "p. A4")
            if number.isascii() and number.isdigit() and len(number) <= self.PAGE_MARK_DIGITS:
                return True
        return False

    def is_source_before_stamp(self, head: str) -> bool:
        """Whether *head*, the words of a line before its stamp, is a wire's or a site's name and
        a dash, as a wire's page heads its story (``KYODO NEWS - Oct 14, 2026 - 18:32 | Japan``):
        at most :attr:`SOURCE_WORDS` words in capitals, or a known agency (``Kyodo News -``), so
        that the line is a stamp line, never a headline (nor, :class:`DatelineParser`, a dateline).

        .. versionadded:: 0.2"""
        name = head.rstrip()
        if not name or name[-1] not in self.SOURCE_DASHES:
            return False
        name = name[:-1].strip()
        words = name.split()
        if not words or len(words) > self.SOURCE_WORDS:
            return False
        return (name.isupper() and all(word[0].isalpha() for word in words)) or self.vocabulary.is_agency(name)

    def header_place_alone(self, state: ParseState, index: int, peek: bool) -> int:
        """A known place alone on its line under the headline (:meth:`place_alone`: ``BENGALURU``
        under the byline over ``Published - March 14, 2026``, ``Mumbai:`` over a blank line and
        the story): the story's dateline, its place only; the header goes on.  Only while no
        dateline is read and the body has not begun, and only over a stamp line or the story's
        running text (not over another header line: a kicker or a section's label).

        .. versionadded:: 0.2 (fixT58)"""
        if state.headline is None or state.dateline is not None or len(state.body) or index + 1 >= len(state.lines):
            return 0
        lines = state.lines
        line = lines[index]
        place = self.place_alone(line)
        if place is None:
            place = self.town_before_colon(state, index)
        if place is None:
            return 0
        below = index + 1
        if not (self.timestamps.parse(lines, below, state.reference_date) or self.is_prose(lines, below)):
            return 0
        if self.dateline_at(state, lines[below].span) is not None:
            return 0  # (the story opens with a dateline of its own)
        if not peek:
            raw = line.text.strip()
            start = line.span.start + state.text[line.span.start : line.span.end].index(raw)
            state.dateline = Dateline(place, None, None, raw, Span(start, start + len(raw)))
        return 1

    def town_before_colon(self, state: ParseState, index: int) -> str | None:
        """The town of ``lines[index]`` when it is one word in title case and a colon alone on its
        line, a blank line over it and running text right under it (``Guwahati:`` over the story),
        and the text names it after a preposition of place (``a rally in Guwahati``:
        :meth:`DatelineParser.is_named_in_text_as_place`), as an Indian broadcaster's site prints a
        town the vocabulary does not know; ``None`` otherwise (``Background:``, a heading).

        .. versionadded:: 0.2 (mendLB70)"""
        lines = state.lines
        text = lines[index].text.strip()
        name = text[:-1]
        if not text.endswith(":") or not name.isalpha() or index + 1 >= len(lines):
            return None
        if not lines[index].blank_before or not self.is_prose(lines, index + 1):
            return None
        return name if self.dateline.is_named_in_text_as_place(name, state.text) else None

    def place_alone(self, line: Line) -> str | None:
        """The place *line* is alone (``Vocabulary.is_place``): in capitals (``BENGALURU``,
        :meth:`DatelineParser.parse_place_alone`), before a colon that ends the line
        (``Mumbai:``), or in brackets, as Spanish and other sites print it under the byline
        (``(Kraków)``, ``(Sevilla)``: a place, region or country the vocabulary knows,
        :meth:`DatelineParser.is_bracketed_place`; not ``(Vídeo)``, ``(EFE)``); ``None`` otherwise.

        .. versionadded:: 0.2 (fixT58)
        .. versionchanged:: 0.2 a place in brackets (byl61)."""
        text = line.text.strip()
        if text[:1] == "(" and text[-1:] == ")":  # "(Kraków)", "(Sevilla)": a known place in brackets (byl61)
            name = " ".join(text[1:-1].split())
            return name if name[:1].isupper() and self.dateline.is_bracketed_place(name) else None
        if text.endswith(":"):
            name = text[:-1].strip()
            if name[:1].isupper() and len(name.split()) <= self.dateline.ALONE_PLACE_WORDS and self.vocabulary.is_place(name):
                return name
            return None
        found = self.dateline.parse_place_alone(line.text, Span(0, len(line.text)))
        return None if found is None else found.place

    def header_inline_stamp(self, state: ParseState, index: int, peek: bool) -> int:
        """A date inside a short header line that is not prose: ``LinkNaija October 06, 2018``;
        a name alone after the date is the byline (``City Daily 9/21/2016 Jane Roe``).  The rest of
        the line before and after the date is boilerplate (:meth:`file_line_head`,
        :meth:`file_line_rest`).  A sentence that names the first run under the latest stamp
        (``This story first appeared on ...``: :meth:`as_of_above`) gives the publication, the
        stamp above the update, a sentence with its full stop too (``... on 5 March 2025 at 09:01.``).

        .. versionchanged:: 0.2 the first run under the latest stamp.
        .. versionchanged:: 0.2 the first run's sentence with its full stop."""
        line = state.lines[index]
        if len(line.text.split(None, self.STAMP_LINE_WORDS)) > self.STAMP_LINE_WORDS:
            return 0
        sentence = self.is_prose(state.lines, index) or self.is_date_in_story(state, index)
        found = self.stamp_in_line(state, index)
        if found is None:
            return 0
        if sentence and self.labelled_stamp_line(state, line, found):
            sentence = False  # "Published October 14, 2025 1:45 p.m. XYZ" over the story: no sentence it goes on
        if sentence and not (self.names_first_run(state, line, found) and self.as_of_above(state, line, found)):
            return 0  # (a sentence that names the first run under the latest stamp, its full stop too)
        if not peek:
            if self.as_of_above(state, line, found):  # "This story first appeared on ..." under the latest stamp
                assert state.published is not None
                state.updated, state.published = attrs.evolve(state.published, kind=TimestampKind.UPDATED), None
            state.add_stamp(found)
            if state.byline is None and state.headline is not None:
                after = state.text[line.span.end : line.span.end + self.byline.NAME_CONTEXT_CHARS]
                state.byline = (
                    self.byline.name_after_stamp(line, found.span.end, after) or self.agency_before_stamp(state, line, found)
                    or self.outlet_before_stamp(state, line, found)
                )  # "City Daily 9/21/2016 Jane Roe", "KYODO NEWS - Nov 28, 2026 - 19:42", "Ahram Online , Monday 7 Dec 2026"
            here = state.byline is not None and line.span.start <= state.byline.span.start < line.span.end
            before = here and state.byline is not None and state.byline.span.start < found.span.start
            if not before and not self.place_before_stamp(state, line, found):  # "NEW DELHI,  MAY 26, 2026 10:48 IST"
                self.file_line_head(state, line, found.span.start)  # "LinkNaija October 06, 2018"
            if not here or before:
                self.file_line_rest(state, line, found.span.end)
        return 1

    def labelled_stamp_line(self, state: ParseState, line: Line, found: Timestamp) -> bool:
        """Whether *line*, on which *found* was read, is a stamp line that a stamp label opens, the
        stamp right after it (:meth:`TimestampParser.label_start`: ``Published October 14, 2025 1:45
        p.m. XYZ``, ``Publié le 14 octobre 2025 à 13 h 45 XYZ``), and that is no running text alone
        (:meth:`is_prose` of the line by itself): a stamp whose zone is unknown leaves words after
        the date, and the line, though it ends in no full stop, goes on no sentence under it.
        ``Published October 14, 2025, the report found that the council had ignored the warnings``
        is running text by itself.

        The words the stamp left on the line must be a clock and a zone's abbreviation, at most
        :attr:`ZONED_CLOCK_WORDS` words ending in two to five capitals (``1:45 p.m. XYZ``, ``à 13 h 45 XYZ``);
        when the stamp's text already holds them (:meth:`TimestampParser.with_trailing_unread_clock`), its
        last words are read instead, but only for a stamp whose datetime has no time although its
        text holds a clock, the zone unread (:meth:`TimestampParser.holds_unread_clock`); a stamp
        that read its clock and zone (``Published October 14, 2025 1:45 PM GMT``, ``... 9:30 AM``)
        leaves nothing on the line to be read so.

        .. versionchanged:: 0.2 the last words only of a stamp with an unread clock (fixR55).

        .. versionadded:: 0.2 (fixT55b)"""
        head = state.text[line.span.start : found.span.start]
        if not head.strip() or self.timestamps.label_start(head) != 0:
            return False
        rest = state.text[found.span.end : line.span.end].split()
        if not rest and self.timestamps.holds_unread_clock(found):
            # the stamp holds its unread clock and zone (TimestampParser.with_trailing_unread_clock)
            rest = found.text.split()[-self.ZONED_CLOCK_WORDS :]
        if not rest or len(rest) > self.ZONED_CLOCK_WORDS or not any(c.isdigit() for c in "".join(rest)):
            return False  # (what the stamp left is a clock and its zone, or the line is no stamp line)
        return ZONE_SHAPE.fullmatch(rest[-1].strip("()")) is not None and not self.is_prose((line,), 0)

    # -- body rules ---------------------------------------------------------------------------

    def body_caption(self, state: ParseState, index: int, peek: bool) -> int:
        """A caption line; or a line under an agency's name alone, with running text after it,
        that reads as the caption that name credits (:meth:`CaptionParser.under_agency`: ``EPA``
        over ``Firefighters search the flats after the blaze``; the name a paragraph line or a
        caption of its own until then): the name is then boilerplate ``credit``; or, the same
        way, a line over an agency's name alone in its block, running text after them
        (:meth:`CaptionParser.over_agency`: ``Joel Roe celebrates his goal.`` over ``PA``).  A caption
        label and an agency alone run into the story's lede (``Photo: AAP Police said on Monday
        ...``, :meth:`CaptionParser.split_agency_run_in`) are cut apart: the credit a caption, the
        lede a paragraph from its first word (fixL61b), but not when a word of
        ``BylineParser.OUTLET_WORDS`` follows the agency, its own outlet's name (``Photo: Reuters
        Television said ...``: the line stays whole, as the quote reader reads its speaker)."""
        lines = state.lines
        if self.foot_source_byline(state, index) is not None:
            return 0  # "Source: Reuters" closing the story: the byline (body_late_byline), no credit
        run_in = self.captions.split_agency_run_in(lines[index]) if self.might_be_caption_at(state, index) else None
        if run_in is not None and self.byline.is_outlet_word(run_in[1].text.split(None, 1)[0]):
            run_in = None  # "Photo: Reuters Television said ...": the agency's own outlet speaks, no credit
        if run_in is not None:
            if not peek:  # "Photo: AAP" a caption, "Police said on Monday ..." the story's paragraph
                state.captions.append(run_in[0])
                state.body.append(run_in[1])
            return 1
        claimed = self.header_caption(state, index, peek) or self.maker_credit(state, index, peek)
        # (the caption parser's tests first: they fail most lines at a string comparison, is_prose reads on)
        if not claimed and index + 2 < len(lines):
            over = self.captions.over_agency(lines[index], lines[index + 1])
            if over is not None and self.is_prose(lines, index + 2):  # "Joel Roe celebrates his goal." over "PA"
                if not peek:
                    state.captions.append(over)
                    state.add_boilerplate(lines[index + 1], BoilerplateKind.CREDIT)
                return 2
        if claimed or not index or index + 1 >= len(lines):
            return claimed
        above = lines[index - 1]
        caption = self.captions.under_agency(above, lines[index])
        if caption is None:
            return 0
        in_body = bool(state.body) and state.body[-1].span == above.span
        # or the name was taken for a picture with a credit only ("Getty Images" over the caption)
        alone = bool(state.captions) and state.captions[-1].span == above.span and state.captions[-1].text == above.text
        if not in_body and not alone:
            return 0
        if not self.is_prose(lines, index + 1):
            return 0
        if not peek:
            if in_body:
                state.body.pop()
            else:
                state.captions.pop()
            state.add_boilerplate(above, BoilerplateKind.CREDIT)
            state.captions.append(caption)
        return 1

    def maker_credit(self, state: ParseState, index: int, peek: bool) -> int:
        """A maker's name in a block of its own over a product's heading, the credit of the
        product's picture (:meth:`CaptionParser.maker_credit`: ``Nordwind`` over ``Nordwind Trail
        2 for $120``): a caption of its own, or the credit of the paragraph line right above it
        when that line names the product and reads as a caption (:meth:`CaptionParser.over_maker`:
        ``Nordwind Trail 2.`` over ``Nordwind, Inc.``); the name is then boilerplate ``credit``.
        Only in a product list (:meth:`is_product_list`): ``Arsenal`` over ``Arsenal 2 Chelsea 1``
        once is a report's heading and its score."""
        lines = state.lines
        line = lines[index]
        if index + 1 >= len(lines) or not line.blank_before or not lines[index + 1].blank_before:
            return 0
        maker = self.captions.maker_credit(line, lines[index + 1])
        if maker is None or not self.is_product_list(state):
            return 0  # "Arsenal" over "Arsenal 2 Chelsea 1" once is a report's heading and score
        if not peek:
            above = state.body[-1] if state.body and index and state.body[-1].span == lines[index - 1].span else None
            product = self.captions.over_maker(above, line) if above is not None else None
            if product is not None:
                state.body.pop()
                state.captions.append(product)
                state.add_boilerplate(line, BoilerplateKind.CREDIT)
            else:
                state.captions.append(maker)
        return 1

    def is_product_list(self, state: ParseState) -> bool:
        """Whether the text is a product list, as a review or a gift guide prints one: at least
        :attr:`MIN_MAKER_PAIRS` maker's names over products' headings, each in blocks of their own
        (:meth:`CaptionParser.maker_credit`), the headings all different.  Counted once per parse, on the first pair met."""
        if state.product_list is None:
            lines, headings = state.lines, set()
            for index in range(len(lines) - 1):
                line, below = lines[index], lines[index + 1]
                if line.blank_before and below.blank_before and self.captions.maker_credit(line, below) is not None:
                    headings.add(below.text)
                    if len(headings) >= self.MIN_MAKER_PAIRS:
                        break
            state.product_list = len(headings) >= self.MIN_MAKER_PAIRS
        return state.product_list

    def body_timestamps(self, state: ParseState, index: int, peek: bool) -> int:
        """A line of stamps, or a clock time alone in a block of its own, heading a live blog's
        entry (``10:42 a.m.``: boilerplate ``timestamp``, with no date to give)."""
        line = state.lines[index]
        if self.is_entry_clock(state.lines, index):
            if not peek:
                state.add_boilerplate(line, BoilerplateKind.TIMESTAMP)
            return 1
        if self.is_entry_label(state.lines, index):
            if not peek:  # "Summary", "Key event" under the entry's clock: the page's label, no text
                state.add_boilerplate(line, BoilerplateKind.NAVIGATION)
            return 1
        cut = self.clock_before_button(state, index)
        if cut:
            if not peek:  # "17:50 Share": the clock a timestamp, the button share
                self.file_line_parts(state, line, cut, BoilerplateKind.TIMESTAMP, BoilerplateKind.SHARE)
            return 1
        cut = self.glued_entry_clock(state, index)
        if cut:
            if not peek:  # the clock a timestamp, the heading after it a paragraph of its own
                clock = line.text[:cut].rstrip()
                start = line.span.start + cut + len(line.text[cut:]) - len(line.text[cut:].lstrip())
                state.boilerplate.append(
                    Boilerplate(clock, BoilerplateKind.TIMESTAMP.value, Span(line.span.start, line.span.start + len(clock)))
                )
                state.body.append(Line(line.text[cut:].strip(), Span(start, line.span.end), 0, True))
            return 1
        if self.is_timeline_date(state, index):
            return 0  # "March 5, 2025" between the story's paragraphs: a timeline's entry, no stamp
        return self.header_timestamps(state, index, peek)

    def body_entry_heading(self, state: ParseState, index: int, peek: bool) -> int:
        """A live blog entry's heading under its clock (:meth:`under_entry_clock`,
        :meth:`is_body_entry_heading`: ``10:15`` / ``Schools closed`` / the entry's text) as
        boilerplate ``other``, the first entry's as the later ones'; the entry's text under it
        starts a paragraph.  Only in a blog of several clocks (:meth:`clocks_nearby`): under one
        clock alone (a video's length) the short line stays a paragraph of its own.

        Not among the default :attr:`BODY_RULES`, where an entry's heading is a paragraph of its own
        (the story's words, and no quote holds the clock); a subclass that files the headings apart
        from the story adds ``"entry_heading"`` after ``"timestamps"``.  A heading glued to its
        clock on one line (:meth:`glued_entry_clock`) stays a paragraph either way.

        .. versionadded:: 0.2 (fixL68)"""
        lines = state.lines
        if not (self.is_body_entry_heading(lines, index) or self.under_entry_clock(lines, index)):
            return 0
        if not self.clocks_nearby(lines, index - 1):
            return 0  # "0:49" / "Crews clear fallen trees": one clock, a video's, heads no blog's entry
        if not peek:
            state.add_boilerplate(lines[index], BoilerplateKind.OTHER)
        return 1

    def is_timeline_date(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a body line, is a date alone in a block of its own (no label, no
        clock: ``March 5, 2025``, :meth:`is_date_alone`) under at least :attr:`TIMELINE_PARAGRAPHS`
        paragraph lines of running text (:meth:`is_prose`) and over running text in a block of its
        own: the heading of a timeline's entry deep in the story, no publication stamp (a page's
        stamp stands over the story or under its last paragraph, no text after it).  A line of more
        than :attr:`TIMELINE_DATE_WORDS` words, with a colon, or not ending in a number, a month or
        a weekday is no date alone and is not read for one.

        .. versionadded:: 0.2"""
        lines = state.lines
        line = lines[index]
        if not line.blank_before or index + 1 >= len(lines) or not lines[index + 1].blank_before:
            return False
        words = line.text.rstrip(" .\t").split()
        if not words or len(words) > self.TIMELINE_DATE_WORDS or ":" in line.text:
            # (a sentence with a number, "... towering 215 feet above ...", or a label, "Correction: October 2,
            # 2016, Sunday.": no date alone, so none is read, and no date parser loaded for it)
            return False
        last = words[-1].rstrip(",")
        vocabulary = self.vocabulary
        if not (last[-1:].isdigit() or vocabulary.month_number(last) is not None or vocabulary.is_weekday(last)):
            return False  # (a date alone ends in its year, day, month or weekday: not "Oct. 31, 2012 The Obama hug.")
        if len(state.body) < self.TIMELINE_PARAGRAPHS or not self.timestamps.might_be_stamp_line(line):
            return False
        if self.timestamps.starts_with_label(line.text) or self.timestamps.has_clock(line.text):
            return False
        if not self.is_date_alone(line) or not self.is_prose(lines, index + 1):
            return False
        return all(self.is_prose([above], 0) for above in state.body[-self.TIMELINE_PARAGRAPHS :])

    def is_entry_clock(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is a clock time alone (:meth:`TimestampParser.is_clock_line`)
        that opens a block, as a live blog heads each entry: alone in its block (``10:42 a.m.``),
        or over the entry's heading (``3:52pm`` / ``Trains cancelled``); or a stamp that says how
        long ago there (``2 min ago``: :meth:`BylineParser.is_relative_stamp`), alone or after the
        clock (``12:31 Posted 4 hours ago``: :meth:`clock_then_ago`).

        .. versionchanged:: 0.2 a stamp that says how long ago heads an entry too.
        .. versionchanged:: 0.2 a clock and then how long ago, on one line.
        .. versionchanged:: 0.2 right under one of :attr:`ENTRY_LABELS` too (``Key events`` / ``14:05 GMT``)."""
        line = lines[index]
        if not self.timestamps.might_be_stamp_line(line):
            return False
        if (
            index
            and not line.blank_before
            and not self.is_label_text(lines[index - 1].text)
            and not self.opens_entry_with_ago(lines, index - 1)
            and not self.clock_after_entry(lines, index)
        ):
            return False  # (the text's first line opens a block too, and so does a line under "Key events" or "6h ago")
        text = line.text
        return self.timestamps.is_clock_line(text) or self.byline.is_relative_stamp(text) or self.clock_then_ago(text)

    def clock_after_entry(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]``, a clock time alone (:meth:`TimestampParser.is_clock_line`) with
        no blank line before it, stands right under a line that ends a sentence, the end of the
        entry above, in a live blog: another clock alone within :attr:`ENTRY_LOOKAHEAD` lines before
        or after it (:meth:`clocks_nearby`; ``... gusts reached 180 km/h.`` / ``10:15`` / ``Schools
        closed``, a blog copied with no blank lines).  Then it heads its entry as a clock in a block
        of its own does (:meth:`is_entry_clock`), the first entry's and the later ones' alike.

        Only in an entry's shape: the line under the clock a heading over the entry's text
        (:meth:`is_entry_heading_line`); a clock over a sentence (``06:25`` / ``Route 9 to the hospital.``, a
        timetable inside the story) is the story's.

        .. versionchanged:: 0.2 the entry's heading under the clock (fixT68).
        .. versionadded:: 0.2 (fixL68)"""
        last = index + 1 >= len(lines)  # ("... from the tracks." / "08:30": a blog copied up to its last clock, mendLD69)
        if not index or not ends_sentence(lines[index - 1].text) or not (last or self.is_entry_heading_line(lines, index + 1)):
            return False
        return self.timestamps.is_clock_line(lines[index].text) and self.clocks_nearby(lines, index)

    def is_entry_heading_line(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]``, the line under a clock, is a live blog entry's heading: a line
        that ends no sentence nor in a colon, over a line of the entry's text (``Schools closed`` /
        ``All schools ... stay closed.``) or the text's last (``Trains halted``: a blog copied up to
        its last entry's heading); not a sentence (``Route 9 to the hospital.``).

        .. versionadded:: 0.2 (fixT68)
        .. versionchanged:: 0.2 the text's last line too (mendLD69)."""
        if index >= len(lines):
            return False
        text = lines[index].text.rstrip()
        return bool(text) and not ends_sentence(text) and not text.endswith(":")

    def clocks_nearby(self, lines: Sequence[Line], index: int) -> bool:
        """Whether another line than ``lines[index]`` within :attr:`ENTRY_LOOKAHEAD` lines before or
        after it is a clock time alone (:meth:`TimestampParser.is_clock_line`): the entries of a live
        blog repeat, a page's one clock (or a video's length) stands alone.

        .. versionadded:: 0.2 (fixL68)"""
        low, high = max(0, index - self.ENTRY_LOOKAHEAD), min(len(lines), index + self.ENTRY_LOOKAHEAD + 1)
        clock = self.timestamps.is_clock_line
        return any(at != index and clock(lines[at].text) for at in range(low, high))

    def opens_entry_with_ago(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` opens its block with a stamp that says how long ago and nothing
        else (``6h ago``: :meth:`BylineParser.is_relative_stamp`): a live blog's entry head, so the
        clock right under it is the entry's too (``6h ago`` / ``15.20 GMT``: :meth:`is_entry_clock`;
        mendL64).

        .. versionadded:: 0.2 (mendL64)"""
        line = lines[index]
        return (not index or line.blank_before) and self.byline.is_relative_stamp(line.text)

    #: The labels a live blog sets on an entry under its clock (``Summary``, ``Key event``):
    #: boilerplate ``navigation`` there (:meth:`is_entry_label`), read in any case.
    #:
    #: .. versionadded:: 0.2 (fixT57a)
    ENTRY_LABELS: ClassVar[tuple[str, ...]] = (
        "summary", "key event", "key events", "pinned", "pinned post", "featured", "highlight", "important",
    )
    #: The fewest lines of a text that are an entry's clock and heading on one line
    #: (:meth:`glued_entry_clock`) for any of them to be read so: a live blog has entries.
    #:
    #: .. versionadded:: 0.2
    MIN_GLUED_ENTRIES: ClassVar[int] = 2
    #: The most words of a clock that opens a line before an entry's heading (``10:58 p.m. ET``).
    GLUED_CLOCK_WORDS: ClassVar[int] = 3

    def entry_clock_cut(self, line: Line) -> int:
        """Where the heading starts in *line* when it is a clock time of at most
        :attr:`GLUED_CLOCK_WORDS` words (:meth:`TimestampParser.is_clock_line`) and then a live
        blog entry's heading on the same line: a capitalised word first, at most
        :attr:`ENTRY_HEADING_WORDS` words, no sentence end at its end (``10:58 p.m. Turnout high,
        officials say``); else 0.  A story sentence that opens with a clock ends as a sentence
        does (``10:58 p.m. was when the first results came in.``).

        .. versionadded:: 0.2"""
        text = line.text
        if not text[:1].isdigit() or len(text) > self.timestamps.MAX_LINE_CHARS:
            return 0
        words = text.split(None, self.GLUED_CLOCK_WORDS)
        for count in range(min(self.GLUED_CLOCK_WORDS, len(words) - 1), 0, -1):
            rest = text.split(None, count)[-1]
            clock = text[: len(text) - len(rest)]
            if not self.timestamps.is_clock_line(clock.strip()):
                continue
            heading = rest.split()
            if not rest[:1].isupper() or len(heading) > self.ENTRY_HEADING_WORDS or rest[-1] in self.body.TERMINAL:
                return 0
            return len(clock)
        return 0

    def is_label_text(self, text: str) -> bool:
        """Whether *text* is one of :attr:`ENTRY_LABELS` alone, a colon after it or not (``Key
        events``): a live blog's list of entries starts under it, so a clock right under it opens an
        entry as one after a blank line does (:meth:`is_entry_clock`; fixT59).

        .. versionadded:: 0.2"""
        return len(text) <= self._entry_label_chars and text.strip().rstrip(":").strip().casefold() in self._entry_labels

    def is_entry_label(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is one of :attr:`ENTRY_LABELS` alone (in any case, a colon
        after it or not) right under a live blog entry's clock in its block (:meth:`is_entry_clock`:
        ``18.02 GMT`` over ``Summary``, ``4.45pm`` over ``Key event``): a label the page sets on
        the entry, no story text.  Elsewhere the word stays the story's.

        .. versionadded:: 0.2 (fixT57a)"""
        line = lines[index]
        if not index or line.blank_before or len(line.text) > self._entry_label_chars:
            return False
        if line.text.strip().rstrip(":").strip().casefold() not in self._entry_labels:
            return False
        return self.is_entry_clock(lines, index - 1)

    def clock_before_button(self, state: ParseState, index: int) -> int:
        """Where the button starts in ``lines[index]`` when the line opens a block and is a live
        blog entry's clock and then a share button on one line (``17:50 Share``, ``10:42 a.m.
        Copy link``: :meth:`entry_clock_cut`, the rest boilerplate ``share`` to
        :class:`BoilerplateParser`), over the entry's text or not; else 0.

        .. versionadded:: 0.2 (fixT57a)"""
        line = state.lines[index]
        if not line.blank_before and index:
            return 0
        cut = self.entry_clock_cut(line)
        if not cut or self.boilerplate.kind(line.text[cut:].strip()) != BoilerplateKind.SHARE.value:
            return 0
        return cut

    def file_line_parts(self, state: ParseState, line: Line, cut: int, head: BoilerplateKind, rest: BoilerplateKind) -> None:
        """File *line* as two boilerplate items, its text before *cut* of kind *head* and after it
        of kind *rest*, each with its own span (its blanks at the cut left out).

        .. versionadded:: 0.2 (fixT57a)"""
        first = line.text[:cut].rstrip()
        second = line.text[cut:].strip()
        start = line.span.start + cut + len(line.text[cut:]) - len(line.text[cut:].lstrip())
        state.boilerplate.append(Boilerplate(first, head.value, Span(line.span.start, line.span.start + len(first))))
        state.boilerplate.append(Boilerplate(second, rest.value, Span(start, start + len(second))))

    def glued_entry_clock(self, state: ParseState, index: int) -> int:
        """Where the heading starts in ``lines[index]`` when the line is a live blog entry's clock
        and heading on one line (:meth:`entry_clock_cut`), alone in its block, in a text with at
        least :attr:`MIN_GLUED_ENTRIES` such lines, or over its entry's running text
        (:meth:`lone_entry_over_text`; ``10:58 p.m. Turnout high, officials say`` / blank / the
        entry ...): the clock is the entry's time, boilerplate ``timestamp``, the
        heading a paragraph of its own; else 0.

        .. versionadded:: 0.2"""
        lines = state.lines
        if not self.is_glued_entry(lines, index):
            return 0
        if state.glued_entries is None:
            state.glued_entries = sum(1 for i in range(len(lines)) if self.is_glued_entry(lines, i))
        if state.glued_entries < self.MIN_GLUED_ENTRIES and not self.lone_entry_over_text(lines, index):
            return 0
        return self.entry_clock_cut(lines[index])

    def lone_entry_over_text(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]``, the one line of a text that is a clock and an entry's heading
        (:meth:`is_glued_entry`), heads its entry: the line under it opens a block of running text
        that ends a sentence (:meth:`is_prose`; ``10:58 p.m. Turnout high, officials say`` / blank
        / ``Polling stations reported long queues ...``), a live blog with one entry so far.

        .. versionadded:: 0.2 (fixL56)"""
        below = index + 1
        if below >= len(lines) or not lines[below].blank_before:
            return False
        return self.is_prose(lines, below) and ends_sentence(lines[below].text)

    def is_glued_entry(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` opens a block, is alone in it, and is a clock and an entry's
        heading (:meth:`entry_clock_cut`).

        .. versionadded:: 0.2"""
        line = lines[index]
        if not line.blank_before or (index + 1 < len(lines) and not lines[index + 1].blank_before):
            return False
        return line.text[:1].isdigit() and self.entry_clock_cut(line) > 0

    def clock_then_ago(self, text: str) -> bool:
        """Whether *text* is a clock time (:meth:`TimestampParser.is_clock_line`) and then a stamp
        that says how long ago (:meth:`BylineParser.is_relative_stamp`), as a live blog heads an
        entry with both (``12:31 Posted 4 hours ago``, ``9:05 a.m. 2 hours ago``); not a clock
        before other words (``12:31 Trains cancelled``).

        .. versionadded:: 0.2"""
        if len(text) > self.timestamps.MAX_LINE_CHARS:
            return False
        at = text.find(" ")
        while at > 0:
            if self.timestamps.is_clock_line(text[:at]) and self.byline.is_relative_stamp(text[at + 1 :].strip()):
                return True
            at = text.find(" ", at + 1)
        return False

    def heads_entry(self, lines: Sequence[Line], index: int) -> bool:
        """Whether the line under ``lines[index]``, in its block, is running text (:meth:`is_prose`):
        the entry that a live blog's clock heads (``14:05`` / ``Network Rail says ...``), so that a
        clock alone in the header (a page's time, a video's length, ``0:49``) is not taken for one;
        or the entry's heading, with the entry's running text right under it (``12:45 p.m. ET`` /
        ``Power restored to 40,000 homes`` / its text: :meth:`is_entry_heading`); or running text
        after a blank line when another entry's clock follows within :attr:`ENTRY_LOOKAHEAD` lines
        (``10:42 BST`` / blank / ``Power companies say ...`` / blank / ``10:15 BST``): each clock
        of such a blog is read alike, the first as the later ones.

        .. versionadded:: 0.2"""
        if index + 1 >= len(lines):
            return False
        if lines[index + 1].blank_before:
            ahead = range(index + 2, min(index + 2 + self.ENTRY_LOOKAHEAD, len(lines)))
            if self.is_entry_heading(lines, index + 1):
                return True  # "10:40 a.m. ET" / blank / "Power restored to 20,000 homes" / blank / its text
            return self.is_prose(lines, index + 1) and any(self.is_entry_clock(lines, i) for i in ahead)
        return self.is_prose(lines, index + 1) or self.is_entry_heading(lines, index + 1)

    def is_entry_heading(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]``, right under a live blog's entry clock in its block, is the
        entry's heading: a short line, at most :attr:`ENTRY_HEADING_WORDS` words, that is no
        running text and no stamp, with the entry's running text (:meth:`is_prose`) on the line
        under it, maybe after a blank line (``Schools close for a second day`` / ``The district
        closed ...``), and another entry's clock within :attr:`ENTRY_LOOKAHEAD` lines after it:
        entries repeat, while a page's one clock or a video's length over a short line
        (``0:49`` / ``Crews clear fallen trees``) heads no entry.  The heading goes to the body
        with its entry, never to the header.

        .. versionadded:: 0.2"""
        line = lines[index]
        if index + 1 >= len(lines) or len(line.text.split()) > self.ENTRY_HEADING_WORDS or self.is_prose(lines, index):
            return False
        if self.timestamps.is_clock_line(line.text) or self.byline.is_relative_stamp(line.text):
            return False
        if not self.is_prose(lines, index + 1):
            return False
        ahead = range(index + 2, min(index + 2 + self.ENTRY_LOOKAHEAD, len(lines)))
        return any(self.is_entry_clock(lines, i) for i in ahead)

    def is_body_entry_heading(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]``, a body line, is a live blog entry's heading, a paragraph of
        its own: right under the entry's clock in its block (:meth:`is_entry_clock`), a short
        line (at most :attr:`ENTRY_HEADING_WORDS` words) with no sentence end that is no running
        text (:meth:`is_prose`), over the entry's running text in the same block that does not
        carry on its sentence (``3:58 p.m. GMT`` / ``Rail services suspended, operator
        says`` / ``A spokesperson said ...``).  Unlike :meth:`is_entry_heading`, no other
        entry's clock need follow: the clock above it was read as one already.

        .. versionadded:: 0.2"""
        if index == 0 or index + 1 >= len(lines):
            return False
        line, below = lines[index], lines[index + 1]
        if len(line.text.split()) > self.ENTRY_HEADING_WORDS or line.text[-1] in self.body.TERMINAL:
            return False
        if not self.is_entry_clock(lines, index - 1):
            return False
        # (the lines around scanned for clocks only now, under a clock: most body lines stop above; rvl68)
        if (line.blank_before or below.blank_before) and not self.clocks_nearby(lines, index - 1):
            return False  # (apart by blank lines: only in a blog of several clocks, fixL68)
        if self.is_prose(lines, index):
            return False
        return self.is_prose(lines, index + 1) and not self.body.continues(line, below)

    def in_entry_head(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is a live blog's entry clock over its entry
        (:meth:`is_entry_clock`, :meth:`heads_entry`) or the entry's heading under it
        (:meth:`under_entry_clock`): never the article's headline.

        .. versionadded:: 0.2"""
        lines_ok = self.is_entry_clock(lines, index) and self.heads_entry(lines, index)
        return lines_ok or self.under_entry_clock(lines, index)

    def under_entry_clock(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is the heading (:meth:`is_entry_heading`) of a live blog's
        entry right under its clock (:meth:`is_entry_clock`), in its block or in a block of its own
        after the clock's (``10:40 a.m. ET`` / blank / ``Power restored to 20,000 homes``): the body
        starts there.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (lay46) also after a blank line under the clock."""
        return index > 0 and self.is_entry_clock(lines, index - 1) and self.is_entry_heading(lines, index)

    def only_end_marks_after(self, state: ParseState, index: int) -> bool:
        """Whether the lines after *index* are at most :attr:`FOOT_END_MARK_LINES` wire end marks
        (:meth:`is_end_mark_line`: ``Enditem/AW``) and nothing else: *index* is the text's foot.

        .. versionadded:: 0.2 (reader63b)"""
        after = state.lines[index + 1 :]
        return len(after) <= self.FOOT_END_MARK_LINES and all(self.is_end_mark_line(line.text) for line in after)

    def body_late_byline(self, state: ParseState, index: int, peek: bool) -> int:
        """A byline with its prefix (``By Jane Roe``) in the body of an article whose header had
        none, under a caption or after the story: a paragraph of its own that is nothing but the
        byline; or an author's name alone after the story (:meth:`signature`)."""
        if state.byline is not None:
            return self.byline_signed_again(state, index, peek)
        line = state.lines[index]
        # (at the text's foot only, under it nothing but a wire's end marks: "(By Tom Hale)" over the
        # second item of a news-in-brief page is that item's, not the page's; reader63b)
        bracketed = self.bracketed_byline(line)
        if bracketed is not None and not self.only_end_marks_after(state, index):
            bracketed = None
        if bracketed is not None:  # "(By Jane Roe and Tom Hale)" after the story
            if not peek:
                state.byline = bracketed
            return 1
        if not self.byline.has_prefix(line.text):
            signed = self.foot_source_byline(state, index) or self.signature(state, index)  # "— Jane Roe" after the story
            claimed = 1
            if signed is None:
                signed, claimed = self.signature_over_role(state, index), 2  # "Jane Roe" / "Staff Writer"
            if signed is None:
                signed = self.name_over_agency_in_body(state, index)  # "Jane Roe" / "(Australian Associated Press)"
            if signed is None:
                signed, claimed = self.signer_under_standfirst(state, index), 1  # a standfirst / "Tom Hale" / the story
            if signed is not None and not peek:
                state.byline = signed
            return 0 if signed is None else claimed
        if not line.text[:1].isupper():
            return 0
        if index and not line.blank_before and self.body.continues(state.lines[index - 1], line):
            return 0  # a line of its own that starts "By", not "... owned / by AMR Corp, said ..."
        byline = self.byline.parse(state.lines, index)
        if byline is None or byline.span.end < line.span.end:
            return 0
        if self.byline.header_only(byline) and not self.story_unopened(state, index):
            return 0
        if not peek:
            state.byline = byline
        return sum(1 for _ in itertools.takewhile(lambda ln: ln.span.start < byline.span.end, state.lines[index:]))

    def story_unopened(self, state: ParseState, index: int) -> bool:
        """Whether the body holds nothing before line *index* but the lines of its block, at most
        :attr:`HEADER_LABEL_LINES` of them, none a sentence (``NEWSPAPER SECTION: News`` over
        ``WRITER: Jane Roe``): a labelled byline there (``BylineParser.header_only``) still stands
        in the header, as the page's byline, not a sign-off (mendL64).

        .. versionadded:: 0.2 (mendL64)"""
        line = state.lines[index]
        body = state.body
        if line.blank_before or not body or len(body) > self.HEADER_LABEL_LINES:
            return False
        lines = state.lines[max(0, index - len(body)) : index]
        return all(ln in body for ln in lines) and not any(ends_sentence(ln.text) for ln in body)

    def byline_signed_again(self, state: ParseState, index: int, peek: bool) -> int:
        """A body line opening its block that is nothing but a byline with its prefix naming the
        header byline's authors again (``By Jane Roe`` under the story of ``Jane Roe``'s page,
        Spanish ``Por Jane Roe``): the page's signature printed again, boilerplate ``sign-off``;
        returns 1, or 0.

        .. versionadded:: 0.2 (trialL63)"""
        line, byline = state.lines[index], state.byline
        if byline is None or not line.blank_before or not self.byline.has_prefix(line.text):
            return 0
        found = self.byline.parse(state.lines, index)
        if found is None or not found.authors or found.span != line.span or set(found.authors) != set(byline.authors):
            return 0  # (a desk's byline names no author: "By CITY DESK" over a related story's title is the list's)
        if not peek:
            state.add_boilerplate(line, BoilerplateKind.SIGN_OFF)
        return 1

    def bracketed_byline(self, line: Line) -> Byline | None:
        """The byline of a body line that is nothing but a byline with its prefix in round
        brackets (``(By Jane Roe and Tom Hale)``, as a wire's desk signs the story under it), the
        whole line its text and span; ``None`` otherwise (``(By the numbers)``, a bracket that
        holds more than the byline).

        .. versionadded:: 0.2 (trialL63)"""
        text = line.text
        if not (text.startswith("(") and text.endswith(")")) or not self.byline.has_prefix(text[1:]):
            return None
        inner = Line(text[1:-1], Span(line.span.start + 1, line.span.end - 1), line.indent, line.blank_before)
        found = self.byline.parse((inner,), 0)
        if found is None or found.span.end < inner.span.end or not found.authors or self.byline.header_only(found):
            return None
        return Byline(found.authors, found.agency, text, line.span)

    def body_picture_count(self, state: ParseState, index: int, peek: bool) -> int:
        """A gallery's picture count alone in a block of its own (at most
        :attr:`PICTURE_COUNT_DIGITS` digits: ``6``), right over a caption that carries its credit
        (:meth:`CaptionParser.parse_line`: ``Crews at the port on Monday.Credit: EPA``), as a
        tabloid prints the count over each picture, the same count alone in another block within
        :attr:`PICTURE_COUNT_REACH` lines: boilerplate ``navigation``, no paragraph.  A number over a
        line of the story, over a caption with no credit, or printed once (a ranked list's ``1``,
        ``2``) is left as written (a table's cell, a list's item).

        .. versionadded:: 0.2"""
        lines = state.lines
        text = lines[index].text.strip()
        if not (text.isdigit() and len(text) <= self.PICTURE_COUNT_DIGITS) or not lines[index].blank_before:
            return 0
        below = index + 1
        if below >= len(lines) or not lines[below].blank_before or (below + 1 < len(lines) and not lines[below + 1].blank_before):
            return 0  # (the count and the caption each alone in its block)
        caption = self.captions.parse_line(lines[below])
        if caption is None or not caption.credit:
            return 0
        reach = range(max(0, index - self.PICTURE_COUNT_REACH), min(len(lines), index + self.PICTURE_COUNT_REACH + 1))
        if not any(k != index and lines[k].blank_before and lines[k].text.strip() == text for k in reach):
            return 0  # (a count printed once: a ranked list's item, "1" over its place's picture)
        if not peek:
            state.add_boilerplate(lines[index], BoilerplateKind.NAVIGATION)
        return 1

    def body_byline_again(self, state: ParseState, index: int, peek: bool) -> int:
        """The header's signature printed again in the body (a page that sets its author's card
        under the standfirst and the lead picture): the full name of one of the byline's authors
        (:attr:`AUTHOR_BOX_NAME_WORDS` words or more) alone, opening a block, maybe over a staff role
        (:meth:`BylineParser.is_role`: ``Contributing Writer``), with a stamp line right under them,
        maybe after a blank line (``Jane Roe`` / ``Contributing Writer`` / ``November 15, 2019``):
        the name and the role are boilerplate ``other``, the stamp is left to the ``timestamps``
        rule.  A name alone is never a sentence of the story, and a writer's note under the story
        (:meth:`author_box_start`) has no stamp under its heading.  Only while the body holds at most
        :attr:`SIGNATURE_AGAIN_LINES` lines: further down the card is the writer's note under the story.

        .. versionadded:: 0.2"""
        byline, lines = state.byline, state.lines
        line = lines[index]
        if byline is None or not line.blank_before or index + 1 >= len(lines) or len(state.body) > self.SIGNATURE_AGAIN_LINES:
            return 0  # (further down, the card under the story: the writer's note, author_box_start)
        text = line.text.strip()
        if not any(text == name for name in byline.authors if word_count(name) >= self.AUTHOR_BOX_NAME_WORDS):
            return 0
        claimed = 2 if self.byline.is_role(lines[index + 1].text.strip()) else 1
        stamp = index + claimed
        if stamp >= len(lines) or not self.timestamps.parse(lines, stamp, state.reference_date):
            return 0
        if not peek:
            for at in range(index, stamp):
                state.add_boilerplate(lines[at], BoilerplateKind.OTHER)
        return claimed

    def signature_over_role(self, state: ParseState, index: int) -> Byline | None:
        """A name alone over the author's role on the next line of its block, after the story
        (``Jane Roe`` / ``Special Correspondent``): a blank line before the name, a body line that
        ends a sentence right above it, the role nothing but one (:meth:`BylineParser.is_role`) and
        no running text (or short sentence) in the :attr:`HEADER_LOOKAHEAD` lines after it.  The
        name is read as :meth:`BylineParser.parse_name_alone` reads one; the byline's text is the
        two lines' (``Jane Roe Special Correspondent``), as a name over its role under the
        headline gives.

        .. versionadded:: 0.2"""
        lines, line = state.lines, state.lines[index]
        if not line.blank_before or index + 1 >= len(lines) or lines[index + 1].blank_before:
            return None
        if not state.body or state.body[-1].span != lines[index - 1].span or not ends_sentence(state.body[-1].text):
            return None
        role = lines[index + 1]
        if not self.byline.is_role(role.text) or not self.byline.is_name(line.text):
            return None
        for ahead in range(index + 2, min(index + 2 + self.HEADER_LOOKAHEAD, len(lines))):
            if self.is_prose(lines, ahead) or self.is_short_sentence(lines, ahead):
                return None
        window = self.byline.NAME_CONTEXT_CHARS // 2
        around = state.text[max(0, line.span.start - window) : line.span.start] + state.text[role.span.end : role.span.end + window]
        byline = self.byline.parse_name_alone(line, around)
        if byline is None:
            return None
        return attrs.evolve(byline, text=collapse(f"{byline.text} {role.text}"), span=Span(byline.span.start, role.span.end))

    def signature(self, state: ParseState, index: int) -> Byline | None:
        """A name alone after a dash (``— Jane Roe``) on a line of its own after the story: a
        blank line before it, a body line that ends a sentence right above it, and no running
        text (or short sentence) in the :attr:`HEADER_LOOKAHEAD` lines after it.  The name is
        read as :meth:`BylineParser.parse_name_alone` reads one, its words checked against the
        text around it; not in capitals, and no boilerplate (``Related Topics``).  A name
        without the dash there may be a page's button (``Cookie Settings``), so it is none."""
        lines, line = state.lines, state.lines[index]
        if not line.blank_before or not state.body or not ends_sentence(state.body[-1].text):
            return None
        name = line.text.lstrip(SIGNATURE_DASHES + " ")
        if name == line.text or state.body[-1].span != lines[index - 1].span or not self.byline.is_name(name):
            return None  # a name with no dash before it after the story may be a footer button: "Cookie Settings"
        if name.isupper():
            return None
        if self.classify_boilerplate(line) is not None:
            return None  # "Related Topics"
        for ahead in range(index + 1, min(index + 1 + self.HEADER_LOOKAHEAD, len(lines))):
            if self.is_prose(lines, ahead) or self.is_short_sentence(lines, ahead):
                return None
        start = line.span.end - len(name)
        window = self.byline.NAME_CONTEXT_CHARS // 2
        around = state.text[max(0, start - window) : line.span.start] + state.text[line.span.end : line.span.end + window]
        return self.byline.parse_name_alone(Line(name, Span(start, line.span.end), 0, True), around)

    def body_boilerplate(self, state: ParseState, index: int, peek: bool) -> int:
        """A boilerplate line; a bare credit line makes the paragraph line right above it a caption
        when no caption there has a credit (:meth:`credit_previous`), else it is a caption of its
        own (:meth:`credit_alone`); the blurb of a newsletter box is boilerplate ``subscribe``
        (:meth:`newsletter_blurb`).  Under the first body line, a standfirst that ends no sentence,
        a credit over a caption with a byline or a stamp under it (:meth:`caption_under_header_credit`)
        credits that caption, and the line above is boilerplate ``standfirst``.

        .. versionchanged:: 0.2 a credit over the caption under a standfirst."""
        boilerplate = self.classify_boilerplate(state.lines[index]) or self.newsletter_blurb(state, index)
        if boilerplate is None or self.lone_button(state, index, boilerplate):
            return 0
        if boilerplate.kind == BoilerplateKind.SUBSCRIBE.value and self.app_call_step(state, index):
            return 0  # "Download the FEMA App." between the story's paragraphs: a step it tells (fixL59)
        if boilerplate.kind == BoilerplateKind.NAVIGATION.value and self.story_list_item(state.lines, index):
            return 0  # "Bring:" / "Home" ...: an item of the story's list, no menu
        if peek:
            return 1
        if boilerplate.kind == BoilerplateKind.CREDIT.value and self.is_release_source(state, index):
            state.add_boilerplate(state.lines[index], BoilerplateKind.PRESS_RELEASE)
            return 1  # "SOURCE: Acme Robotics Inc." under a release: the issuer's sign, no picture's credit
        if boilerplate.kind == BoilerplateKind.CREDIT.value and self.is_story_source(state, index):
            state.add_boilerplate(state.lines[index], BoilerplateKind.SIGN_OFF)
            return 1  # "Source: Xinhua | Editor: Li Wei" under the story: its source, no picture's credit
        if boilerplate.kind == BoilerplateKind.CREDIT.value and self.agencies_sign_off(state, index):
            state.add_boilerplate(state.lines[index], BoilerplateKind.SIGN_OFF)
            return 1  # "dpa/AFP" alone on the story's last line: the wires' sign-off, as "dpa" alone (mendL63)
        state.boilerplate.append(boilerplate)
        if boilerplate.kind == BoilerplateKind.CREDIT.value and self.is_sign_off(state, index):
            return 1  # "Jane Roe for The Associated Press" under the last paragraph signs the story
        if boilerplate.kind == BoilerplateKind.COPYRIGHT.value and self.copyright_credit(state, index):
            state.boilerplate[-1] = attrs.evolve(boilerplate, kind=BoilerplateKind.CREDIT.value)
        elif boilerplate.kind == BoilerplateKind.CREDIT.value and not self.credit_caption_above(state, index):
            above = state.body[-1] if state.body else None
            if (
                above is not None
                and len(state.body) == 1
                and above.span == state.lines[index - 1].span
                and self.caption_under_header_credit(state, index)
            ):  # the standfirst, the credit, the lead picture's caption, a byline: no story yet
                state.body.pop()
                state.add_boilerplate(above, BoilerplateKind.STANDFIRST)
                return 2
            if (
                above is not None
                and index
                and above.span == state.lines[index - 1].span
                and not self.credits_below(state, index)
                and not self.is_story_between(state, index)
                and self.credit_previous(state, above, state.lines[index])
            ):
                state.body.pop()
                self.caption_printed_twice(state, index)
            else:
                self.credit_alone(state, index)
        return 1

    def body_headline_again(self, state: ParseState, index: int, peek: bool) -> int:
        """The headline, or a standfirst the header filed, printed again in the body."""
        line = state.lines[index]
        if state.headline is None:
            return 0
        if line.text != state.headline.text and not self.standfirst_again(state, line):
            return 0
        if not peek:
            state.add_boilerplate(line, BoilerplateKind.OTHER)
        return 1

    def body_line_again(self, state: ParseState, index: int, peek: bool) -> int:
        """A line of running text that is the paragraph line right above it printed again, the
        same text alone in a block of its own (a paragraph pasted twice): boilerplate ``repeat``;
        or a caption printed again without its credit under it, in its block
        (:meth:`caption_under_again`): another span of that caption.

        .. versionadded:: 0.2"""
        body, lines = state.body, state.lines
        line = lines[index]
        if self.caption_under_again(state, index):
            if not peek:  # "Rescuers search the rubble." under the same caption with its credit
                state.captions.append(CaptionLine(line.text, None, line.span))
            return 1
        if not body or index == 0 or not line.blank_before or (index + 1 < len(lines) and not lines[index + 1].blank_before):
            return 0  # (a caption printed twice has its credit under the second copy, in its block)
        above = body[-1]
        if above.span != state.lines[index - 1].span or above.text != line.text or not self.is_prose(state.lines, index):
            return 0
        if not peek:
            state.add_boilerplate(line, BoilerplateKind.REPEAT)
        return 1

    def standfirst_again(self, state: ParseState, line: Line) -> bool:
        """Whether *line*, before any paragraph line, is a ``standfirst`` of the header printed
        again (under the lead picture, say); only the boilerplate before the body is looked at.
        Printed again after the story has begun, it is the story's own text (the header's copy
        was its teaser)."""
        if state.body:
            return False
        start = state.lines[state.body_start].span.start if state.body_start < len(state.lines) else len(state.text)
        for item in state.boilerplate:
            if item.span.start >= start:
                return False
            if item.kind == BoilerplateKind.STANDFIRST.value and item.text == line.text:
                return True
        return False

    def body_related_list(self, state: ParseState, index: int, peek: bool) -> int:
        """A link line in the list under a ``related`` line (``Trending News`` and its headlines,
        a date under one of them), unless it is boilerplate of another kind (a sign-off)."""
        last = state.boilerplate[-1] if state.boilerplate else None
        if last is None or last.kind != BoilerplateKind.RELATED.value or not index:
            return 0
        if last.span.end != state.lines[index - 1].span.end or not self.is_link_line(state.lines, index):
            return 0
        if self.body_boilerplate(state, index, peek=True):
            return 0
        if not peek:
            state.add_boilerplate(state.lines[index], BoilerplateKind.RELATED)
        return 1

    def body_embed_button(self, state: ParseState, index: int, peek: bool) -> int:
        """A button of an embedded post (:attr:`EMBED_BUTTONS`: ``Report``) right under the line
        filed as the post's credit, with no blank line between (``Image Copyright @cityhall
        @cityhall`` / ``Report``): boilerplate ``share``.  Alone in a block, or under a line of
        the story, the word is the story's (a subhead ``Report``).

        .. versionadded:: 0.2"""
        line = state.lines[index]
        if not index or line.blank_before or line.text.strip(" \t:»>→›.").casefold() not in self.EMBED_BUTTONS:
            return 0
        filed = state.boilerplate[-1] if state.boilerplate else None
        if filed is None or filed.kind != BoilerplateKind.CREDIT.value or filed.span != state.lines[index - 1].span:
            return 0
        if not peek:
            state.add_boilerplate(line, BoilerplateKind.SHARE)
        return 1

    def header_contact_block(self, state: ParseState, index: int, peek: bool) -> int:
        """:meth:`body_contact_block` in the header: the name under a press release's contact
        heading over the story (``Media contact:`` / ``Jane Roe, Communications Director``) is
        the contact's, never the byline.

        .. versionadded:: 0.2"""
        return self.body_contact_block(state, index, peek)

    def body_contact_block(self, state: ParseState, index: int, peek: bool) -> int:
        """A line of the block under a press release's contact heading (``Media Contact:`` /
        ``Jane Roe`` / ``+1 555 0100``), with no blank line between: boilerplate ``press-release``."""
        line = state.lines[index]
        if line.blank_before and self.is_contact_label(state, index):
            if not peek:  # "Contacts" / blank / "Investors:": the block's label, its lines under it (mendLD69)
                state.add_boilerplate(line, BoilerplateKind.PRESS_RELEASE)
            return 1
        if not state.boilerplate or line.blank_before:
            return 0
        last = state.boilerplate[-1]  # (the block's line right above first: most lines have none, and skip is_prose)
        if last.span.end != state.lines[index - 1].span.end or last.kind != BoilerplateKind.PRESS_RELEASE.value:
            return 0
        if self.is_prose(state.lines, index):
            return 0
        kind = BoilerplateKind.PRESS_RELEASE.value
        # the lines right above, back to the heading, are the block's: press-release boilerplate
        # with no blank line between, the heading a label with a colon ("Media Contact:")
        above = index - 1
        for item in reversed(state.boilerplate[-self.MAX_CONTACT_LINES :]):
            if item.kind != kind or item.span.end != state.lines[above].span.end:
                return 0
            if self.is_issuer_label(item.text):
                if above != index - 1:
                    return 0  # ("NEWS PROVIDED BY" / the issuer / the stamp: the one line under it is the issuer)
                break
            if ":" in item.text or self.is_contact_heading(item.text):
                break
            if state.lines[above].blank_before:
                return 0
            above -= 1
        else:
            return 0
        if not peek:
            state.add_boilerplate(line, BoilerplateKind.PRESS_RELEASE)
        return 1

    #: The most words of a contact block's label under its heading (``Investors:``, ``Media
    #: Relations:``: :meth:`is_contact_label`).
    #:
    #: .. versionadded:: 0.2 (mendLD69)
    MAX_CONTACT_LABEL_WORDS: ClassVar[int] = 3

    def is_contact_label(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a label of a press release's contact block, one to
        :attr:`MAX_CONTACT_LABEL_WORDS` capitalised words and a colon alone on the line
        (``Investors:``, ``Media:``, ``Investor Relations:``), in the first block under the contact
        heading filed as ``press-release`` boilerplate (``Contacts``, :meth:`is_contact_heading`), or
        under a block of contact lines already filed, another label's (``Media:`` under
        ``Investors:`` / ``Sam Ortiz, 704-555-0199``), with a line under it in its block that is no
        sentence (:meth:`is_prose`).

        .. versionadded:: 0.2 (mendLD69)"""
        lines = state.lines
        text = lines[index].text.strip()
        words = text[:-1].split()
        if not text.endswith(":") or not 0 < len(words) <= self.MAX_CONTACT_LABEL_WORDS:
            return False
        if not all(word[:1].isupper() and word.isalpha() for word in words):
            return False
        if index + 1 >= len(lines) or lines[index + 1].blank_before or not state.boilerplate:
            return False
        filed = state.boilerplate[-1]
        if filed.kind != BoilerplateKind.PRESS_RELEASE.value or filed.span.end != lines[index - 1].span.end:
            return False
        return not self.is_prose(lines, index + 1)  # ("Investors:" / "Sam Ortiz, 704-555-0199"; not a sentence under it)

    def is_issuer_label(self, text: str) -> bool:
        """Whether *text*, a line filed as ``press-release`` boilerplate, is the label a wire prints
        over a release's issuer, its last word one of :attr:`ISSUER_LABEL_ENDS` (``NEWS PROVIDED
        BY`` / ``Acme Robotics, Inc.``): the one line under it names the company that issued the
        release, boilerplate ``press-release`` too, no author (the model keeps no issuer field).

        .. versionadded:: 0.2 (mendLT69)"""
        words = text.split()
        return len(words) > 1 and words[-1].casefold() in self.ISSUER_LABEL_ENDS

    def is_contact_heading(self, text: str) -> bool:
        """Whether *text*, a line filed as ``press-release`` boilerplate, is a contact block's heading
        with no colon (``Contacts``, ``Media Contacts``, ``Investor Enquiries``, ``Media Contact``), as
        Business Wire prints it: its last word one of :attr:`CONTACT_HEADINGS`, or ``Contact`` after
        another word (``Contact`` alone is a site's link).

        .. versionadded:: 0.2"""
        words = text.split()
        if not words or len(words) > 3:
            return False
        last = words[-1].casefold()
        return last in self.CONTACT_HEADINGS or (len(words) > 1 and last == "contact")  # ("Contact" alone: a site's link)

    def under_credit_line(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` stands right under a line read so far as a credit (boilerplate
        ``credit``, or a picture with a credit only), in its block: a caption printed under its
        credit (``PHOTO | JANE ROE | CITY HERALD`` / ``A boat carries families across a field.``)
        may read as plain prose, and all the body rules see it.

        .. versionadded:: 0.2"""
        if not index or state.lines[index].blank_before:
            return False
        above = state.lines[index - 1].span
        if state.boilerplate and state.boilerplate[-1].span == above:
            return state.boilerplate[-1].kind == BoilerplateKind.CREDIT.value
        return bool(state.captions) and state.captions[-1].span == above and state.captions[-1].credit is not None

    def is_plain_prose(self, line: Line) -> bool:
        """Whether a body line is plainly running prose, so that only :attr:`BODY_PROSE_RULES` see
        it: :attr:`PLAIN_PROSE_WORDS` words or more, a sentence end of any script after a last word
        in lower case (a credit ends in a name, a stamp in a number or ``p.m.``), and no caption
        label first (:meth:`CaptionParser.opens_with_label`: ``Video: In this talk ...``)."""
        text = line.text
        if not is_sentence(text, self.PLAIN_PROSE_WORDS) or self.captions.opens_with_label(text):
            return False
        if " " not in text:
            return text.isalpha() and not text[:1].isupper()
        end = text.rstrip(CLOSERS + " ")[:-1]
        words = end[-self.PROSE_CHARS :].rsplit(None, 1)  # the last word, without splitting a long line
        last = words[-1] if len(words) == 2 or len(end) <= self.PROSE_CHARS else end.rsplit(None, 1)[-1]
        return last.isalpha() and not last[:1].isupper()

    def opens_without_headline(self, state: ParseState, index: int) -> bool:
        """Whether the text has no headline and ``lines[index]`` is its first paragraph: a text of one
        line of running text, or running text that ends a sentence with a full stop, not in title
        case (counting the words after a dateline that opens it: ``ELDORET, Kenya -- Maize farmers
        marched on Thursday.``), that more running text follows (a headline rarely ends in a full
        stop), and that no line starting with a stamp label follows right under it; or the first
        turn of a transcript
        (:meth:`HeadlineParser.is_turn`: ``[00:00:01] INTERVIEWER: Good morning``)."""
        lines = state.lines
        if self.headline.is_turn(lines, index):
            return True
        if not self.is_prose(lines, index):
            return False
        if len(lines) == 1:
            return True
        line = lines[index].text
        last = line.rstrip(CLOSERS)
        title_case = self.mostly_capitalised(line)  # "Burst Pipes: How Winter ..."
        if title_case:  # ("ELDORET, Kenya -- Maize farmers marched ...": the story's words after the dateline)
            dateline = self.dateline_at(state, lines[index].span)
            title_case = dateline is None or self.mostly_capitalised(line[len(dateline.text) :])
            if title_case and dateline is not None and self.has_sentence_word(line[len(dateline.text) :]):
                title_case = False  # "RIYADH: Crown Prince ... received Marco Rubio ...": names, not a title (fixT56a)
        if index + 1 < len(lines) and self.timestamps.starts_with_label(lines[index + 1].text):
            return False  # a stamp line under it, even one that cannot be read: "Updated Nov 19, 9:41 AM"
        if self.ends_in_abbreviation(lines[index]):
            return False  # "... la desaceleración en EE.UU.": the point is the abbreviation's
        return last[-1:] in self.NO_HEADLINE_ENDS and not title_case and self.prose_follows(state, index)

    def ends_in_abbreviation(self, line: Line) -> bool:
        """Whether *line*, short enough to be a headline (:meth:`HeadlineParser.is_candidate`),
        ends in an abbreviation of capitals with a point after each part (``México registra récord
        de remesas pese a la desaceleración en EE.UU.``, ``... shipments to the U.S.``): its last
        point is the abbreviation's, no full stop that makes the line a story's first paragraph
        (:meth:`opens_without_headline`); at most :attr:`ABBREVIATION_HEADLINE_WORDS` words (``The chief
        executive ... said on Tuesday that inflation would stay high in the U.S.`` opens the story).

        .. versionadded:: 0.2"""
        text = line.text.rstrip(CLOSERS)
        if _CLOSING_ABBREVIATION.search(text[-self.ABBREVIATION_CHARS :], 0, None, KEEP_GIL) is None:
            return False
        # (a short line only: a story's long first sentence may end "... in the U.S." too)
        return self.headline.is_candidate(line) and len(text.split(None, self.ABBREVIATION_HEADLINE_WORDS)) <= (
            self.ABBREVIATION_HEADLINE_WORDS
        )

    #: The fewest letters of a word in lower case that a title in title case never holds (its verbs, nouns
    #: and longer words capitalised, only short words such as ``in``, ``of``, ``from`` not):
    #: :meth:`has_sentence_word` (fixT56a).
    #:
    #: .. versionadded:: 0.2
    SENTENCE_WORD_CHARS: ClassVar[int] = 6

    def has_sentence_word(self, text: str) -> bool:
        """Whether *text*, among its first :attr:`PROSE_CHARS` characters, holds a word of at least
        :attr:`SENTENCE_WORD_CHARS` letters in lower case (``Crown Prince Mohammed bin Salman received
        Marco Rubio ...``): a sentence full of names, not a title in title case, which leaves only its
        short words in lower case (:meth:`opens_without_headline`, after a dateline; fixT56a).

        .. versionadded:: 0.2"""
        return any(
            len(word) >= self.SENTENCE_WORD_CHARS and word.isalpha() and word.islower()
            for word in (w.strip(".,;:!?\"'’”“()") for w in text[: self.PROSE_CHARS].split())
        )

    def mostly_capitalised(self, text: str) -> bool:
        """Whether more than half the words that open with a letter among the first
        :attr:`PROSE_CHARS` characters of *text* are capitalised, as a title's are
        (:meth:`opens_without_headline`).

        .. versionadded:: 0.2"""
        words = [w for w in text[: self.PROSE_CHARS].split() if w[:1].isalpha()]
        return sum(1 for w in words if w[:1].isupper()) * 2 > len(words)

    def header_goes_on(self, state: ParseState, index: int) -> bool:
        """Whether a byline or a stamp (or a line that starts with a stamp label) stands on
        ``lines[index]`` or the line after it: the header goes on there, so the line above is
        a headline even when it has a few short sentences."""
        for ahead in range(index, min(index + self.GOES_ON_LINES, len(state.lines))):
            if self.run_rules("header_", self.HEADER_GOES_ON, state, ahead, peek=True):
                return True
            if self.timestamps.is_stamp_like(state.lines[ahead].text):
                return True
        return False

    def beside_stamp(self, state: ParseState, index: int) -> bool:
        """Whether a timestamp line, or a line like one (``Published 3 seconds ago``, ``Monday
        6:30PM``: ``TimestampParser.is_stamp_like``), or a line that only says how long ago
        (``2 hours ago``: :meth:`BylineParser.is_relative_stamp`), is right before ``lines[index]``
        or within the two lines after it, where a byline without ``By`` sits on news pages."""
        near = [index + step for step in self.BESIDE_STAMP_STEPS if 0 <= index + step < len(state.lines)]
        return any(
            self.header_timestamps(state, i, peek=True)
            or self.timestamps.is_stamp_like(state.lines[i].text)
            or self.byline.is_relative_stamp(state.lines[i].text)
            or (i > index and self.header_inline_stamp(state, i, peek=True))  # "Associated PressDecember 2, 2016"
            for i in near
        )

    def is_place_over_story(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a known place in capitals alone on its line
        (:meth:`DatelineParser.parse_place_alone`: ``ANKARA``) right over running text, maybe
        after a blank line: the story's dateline, where the body starts.

        .. versionadded:: 0.2"""
        lines = state.lines
        if index + 1 >= len(lines) or not self.is_prose(lines, index + 1):
            return False
        line, below = lines[index], lines[index + 1]
        if self.place_over_agency_at(state, index):
            return True  # "Washington" over "(AP) - The Senate passed ...": the dateline broken before its agency
        one_blank = below.blank_before and state.text[line.span.end : below.span.start].count("\n") == 2
        if one_blank and self.dateline_over_blank(state.text, line.span, below.span) is not None:
            return True  # "WASHINGTON —" / a blank line / the story
        return self.dateline.parse_place_alone(state.text, line.span) is not None

    def is_summary_line(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a header line that is no prose, sums the story up: it reads as a
        deck (:meth:`reads_as_deck`) and stands under one of :attr:`SUMMARY_LABELS` in its
        block, maybe past other such lines (``Key points`` / ``Power could take two weeks to
        restore`` / ``Schools closed on Monday``).  Filed ``standfirst``, never ``other``.  (A
        press release's deck under its headline: :meth:`release_deck`.)

        .. versionadded:: 0.2 (fixT57a)"""
        if state.headline is None or not index or not self.reads_as_deck(state.lines[index].text):
            return False
        return self.under_summary_label(state, index, lambda line: self.reads_as_deck(line.text))

    def unstopped_standfirst(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a header line that is no prose, is a standfirst with no full stop:
        the first line under the headline or under the headline printed again (a blank line between
        them or not), it reads as a deck (:meth:`reads_as_deck`: a sentence's case, ``Ministers say
        the new levy will fund 40 new clinics by 2028``), is not the headline again, ends in a word
        that may end a sentence (not ``BodyParser.OPEN_WORDS``, but a speech cue: ``Seascape: the
        state of our oceans is supported by`` is a sponsor's line), and a byline or a stamp stands
        right under it (:meth:`header_goes_on`).  Filed ``standfirst``, never ``other``.  So too the
        first line under the header's stamp line (:meth:`under_stamp_line`: ``Updated:
        Dec 7, 2026, 08:10 (GMT+5:30)`` / ``Traders expect the central bank to step in``), with more
        header or, after a blank line, the story's running text under it (fixL70).

        .. versionadded:: 0.2 (fixL63b)
        .. versionchanged:: 0.2 (fixL70) under the stamp too (under the byline it stays ``other``)."""
        headline, lines = state.headline, state.lines
        if headline is None or not 0 < index < len(lines) - 1:
            return False
        text, above = lines[index].text, lines[index - 1]
        if text.strip() == headline.text:
            return False
        under_stamp = self.under_stamp_line(state, index)
        if not (under_stamp or above.span.end == headline.span.end or above.text.strip() == headline.text):
            return False
        words = text.split()
        if words and words[-1].casefold() in self.body.OPEN_WORDS and words[-1].casefold() not in self.body.HEADING_END_WORDS:
            return False  # ("... is supported by": cut mid-phrase)
        if not self.reads_as_deck(text):
            return False
        if under_stamp and self.stops_inside(words):
            return False  # (a sentence ends inside the line: a caption's or the story's, no deck)
        if self.header_goes_on(state, index + 1):
            return True
        if under_stamp and not self.stamp_deck_shape(text):
            return False
        after = index + 1
        return under_stamp and lines[after].blank_before and (self.is_prose(lines, after) or self.is_short_sentence(lines, after))

    #: The fewest words of a deck under the stamp line with the story under it
    #: (:meth:`stamp_deck_shape`): fewer make a page's field (``Tempo de leitura: 1 minuto``).
    #:
    #: .. versionadded:: 0.2 (fixL70)
    MIN_STAMP_DECK_WORDS: ClassVar[int] = 6
    #: The most words before a colon that make a line under the stamp a field's label and value
    #: (``Reading time: 3 minutes``), no deck (:meth:`stamp_deck_shape`).
    #:
    #: .. versionadded:: 0.2 (fixL70)
    FIELD_LABEL_WORDS: ClassVar[int] = 3
    #: Forms of *to be* that, after a person's name opening a line under the stamp, make it the
    #: writer's note (``Jane Roe is the Herald's transport reporter based in Leeds``), no deck
    #: (:meth:`opens_with_name_and_copula`), in lower case.
    #:
    #: .. versionadded:: 0.2 (rvl70)
    NOTE_COPULAS: ClassVar[tuple[str, ...]] = ("is", "was")
    #: The most words of the name before a copula of :attr:`NOTE_COPULAS`
    #: (:meth:`opens_with_name_and_copula`).
    #:
    #: .. versionadded:: 0.2 (rvl70)
    NOTE_NAME_WORDS: ClassVar[int] = 3

    def stamp_deck_shape(self, text: str) -> bool:
        """Whether *text*, a line under the stamp line with the story under it, has a deck's shape
        (:meth:`unstopped_standfirst`): :attr:`MIN_STAMP_DECK_WORDS` words or more, and no colon
        among its first :attr:`FIELD_LABEL_WORDS` words (a page's field in any language:
        ``Tempo de leitura: 1 minuto``), nor a person's name and a copula at its start (the writer's
        note: :meth:`opens_with_name_and_copula`).

        .. versionadded:: 0.2 (fixL70)
        .. versionchanged:: 0.2 (rvl70) no writer's note."""
        words = text.split()
        if len(words) < self.MIN_STAMP_DECK_WORDS:
            return False
        if any(word.endswith(":") for word in words[: self.FIELD_LABEL_WORDS]):
            return False
        return not self.opens_with_name_and_copula(words)

    def stops_inside(self, words: Sequence[str]) -> bool:
        """For :meth:`unstopped_standfirst`: whether a word of *words*, a line's, before its last ends
        a sentence (a letter and one of ``SENTENCE_ENDS``: ``Sheep graze near Winton after the
        storm. (Supplied: Winton Shire Council)``), so that the line under the stamp is no deck.

        .. versionadded:: 0.2"""
        return any(word[-1:] in SENTENCE_ENDS and word[-2:-1].isalpha() for word in words[:-1])

    def opens_with_name_and_copula(self, words: Sequence[str]) -> bool:
        """Whether *words*, a line's, open with a person's name of two to :attr:`NOTE_NAME_WORDS`
        words (the byline's name detector, ``NameModel.is_name``) and one of :attr:`NOTE_COPULAS`
        right after it (``Jane Roe is the Herald's transport reporter``): a writer's note.

        .. versionadded:: 0.2 (rvl70)"""
        for count in range(2, min(self.NOTE_NAME_WORDS, len(words) - 1) + 1):
            if words[count].casefold() in self.NOTE_COPULAS and self.byline.names.is_name(" ".join(words[:count])):
                return True
        return False

    def under_stamp_line(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index - 1]``, under the headline, holds a stamp the header has read (the
        page's ``published`` or ``updated``), so that ``lines[index]`` is the first line under the
        header's own lines (:meth:`unstopped_standfirst`).  Not the byline's line: a line under it
        may be the author's role or contact, and stays ``other``.

        .. versionadded:: 0.2 (fixL70)"""
        headline, above = state.headline, state.lines[index - 1].span
        if headline is None or above.start < headline.span.end:
            return False
        return any(
            part is not None and above.start <= part.span.start and part.span.end <= above.end
            for part in (state.published, state.updated)
        )

    def under_summary_label(self, state: ParseState, index: int, fits: Callable[[Line], bool]) -> bool:
        """Whether one of :attr:`SUMMARY_LABELS` stands above ``lines[index]`` in its block, at most
        :attr:`SUMMARY_MAX_LINES` lines up, every line between them one that *fits* (a deck's line
        for :meth:`is_summary_line`, a bulleted fact for :meth:`is_summary_point`).

        .. versionadded:: 0.2 (the lead's reread of round 60: one walk for both)"""
        lines = state.lines
        above = index
        while above > 0 and not lines[above].blank_before and index - above < self.SUMMARY_MAX_LINES:
            above -= 1
            if self.is_summary_label(lines[above].text):
                return True
            if not fits(lines[above]):
                return False
        return False

    def is_summary_label(self, text: str) -> bool:
        """Whether *text* is one of :attr:`SUMMARY_LABELS` (``Key points``, ``In Summary:``), in any
        case, a colon after it or not.

        .. versionadded:: 0.2 (fixT60)"""
        return " ".join(text.strip().rstrip(":").split()).casefold() in self._summary_labels

    def heads_summary(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is one of :attr:`SUMMARY_LABELS` (:meth:`is_summary_label`)
        right over a summary's first bulleted point in its block (:meth:`is_summary_point`):
        ``What you need to know:`` over ``- Three roads get bus lanes from May``, the summary's
        label, not the story's lead-in (a label over running text is).

        .. versionadded:: 0.2 (fixL64)"""
        lines = state.lines
        if index + 1 >= len(lines) or lines[index + 1].blank_before or not self.is_summary_label(lines[index].text):
            return False
        return self.is_summary_point(state, index + 1) or self.in_summary_block(state, index + 1)

    #: The most words of a summary's sub-label, a question (``What's next?``) between its points
    #: (:meth:`is_summary_subhead`).
    #:
    #: .. versionadded:: 0.2 (mendLB70)
    SUMMARY_SUBHEAD_WORDS: ClassVar[int] = 4

    def is_summary_subhead(self, text: str) -> bool:
        """Whether *text* is a summary's sub-label: a question of up to :attr:`SUMMARY_SUBHEAD_WORDS`
        words that opens with a capital (``What's next?``, ``What happens now?``).

        .. versionadded:: 0.2 (mendLB70)"""
        text = text.strip()
        return text.endswith("?") and text[:1].isupper() and len(text.split()) <= self.SUMMARY_SUBHEAD_WORDS

    def fits_summary_block(self, line: Line) -> bool:
        """Whether *line* may stand in a summary's block under its label (:meth:`in_summary_block`): a
        deck's sentence (:meth:`reads_as_deck`), a bulleted fact (:meth:`is_bulleted_fact`) or a
        sub-label (:meth:`is_summary_subhead`).

        .. versionadded:: 0.2 (mendLB70)"""
        text = line.text
        return self.reads_as_deck(text) or self.is_bulleted_fact(line) or self.is_summary_subhead(text)

    def in_summary_block(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a header line under the headline, stands in a summary's block:
        one of :attr:`SUMMARY_LABELS` over it in its block (:meth:`under_summary_label`), every line
        of the block from the label to its end one that :meth:`fits_summary_block` (its points as
        plain sentences, their bullets lost in a copy, and sub-labels: ``In short:`` / ``Farmers say
        the drought is the worst they have seen.`` / ``What's next?`` / ``Groups meet the minister
        next week.``), and more lines after a blank line under the block (the story).  The points are
        the page's summary, not the story's first paragraphs; not when the label stands again further
        down (a live blog's block printed again, the story's own).

        .. versionadded:: 0.2 (mendLB70)"""
        lines = state.lines
        if state.headline is None or not index or lines[index].blank_before or not self.fits_summary_block(lines[index]):
            return False
        if not self.under_summary_label(state, index, self.fits_summary_block):
            return False
        label = index - 1
        while not self.is_summary_label(lines[label].text):
            label -= 1
        if state.text.find(lines[label].text, lines[label].span.end) >= 0:
            return False  # ("Key points:" printed again down the page: a live blog's block, the story's own)
        below = index + 1
        while below < len(lines) and not lines[below].blank_before:
            if below - index >= self.SUMMARY_MAX_LINES or not self.fits_summary_block(lines[below]):
                return False
            below += 1
        return below < len(lines)

    def is_summary_point(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a header line under the headline, is a bulleted point of a
        summary: a bulleted fact (:meth:`is_bulleted_fact`) under one of :attr:`SUMMARY_LABELS` in
        its block, maybe past other bulleted facts (``In Summary`` / ``• Farmers say the frost hit
        on three nights.``).  Filed ``standfirst``: the page's summary of the story, not its first
        paragraphs (bulleted facts with no label over them are: :meth:`bulleted_facts_end`).

        .. versionadded:: 0.2 (fixT60)"""
        if state.headline is None or not index or not self.is_bulleted_fact(state.lines[index]):
            return False
        return self.under_summary_label(state, index, self.is_bulleted_fact)

    def release_deck(self, state: ParseState) -> None:
        """In a press release (:meth:`is_press_release`), the line right under the headline filed as
        boilerplate ``other`` that reads as a deck (:meth:`reads_as_deck`: ``Revenue up 42% year
        over year; company raises 2026 guidance``) is the release's subhead: ``standfirst``.  (On
        other pages such a line is as often a related story's title: left as it is.)

        .. versionadded:: 0.2 (fixT57a)"""
        headline = state.headline
        if headline is None or not self.is_press_release(state):
            return
        other = BoilerplateKind.OTHER.value
        for at, filed in enumerate(state.boilerplate):
            if filed.kind != other or filed.span.start <= headline.span.end:
                continue
            if state.text[headline.span.end : filed.span.start].strip():
                continue  # (not right under the headline)
            if not self.reads_as_deck(filed.text):
                return
            state.boilerplate[:] = [
                Boilerplate(item.text, BoilerplateKind.STANDFIRST.value, item.span) if i == at else item
                for i, item in enumerate(state.boilerplate)
            ]
            return

    def reads_as_deck(self, text: str) -> bool:
        """Whether *text* reads as a deck or a summary point: :attr:`DECK_MIN_WORDS` to
        :attr:`DECK_MAX_WORDS` words, a capital or a digit first, not in capitals, at least half
        the words in lower case (a sentence's case, not a title's or a menu's: ``News Sport
        Business Culture``), and no boilerplate.

        .. versionadded:: 0.2 (fixT57a)"""
        words = text.split()
        if not self.DECK_MIN_WORDS <= len(words) <= self.DECK_MAX_WORDS or text.isupper():
            return False
        if not (text[:1].isupper() or text[:1].isdigit()):
            return False
        if 2 * sum(1 for word in words if word[:1].islower()) < len(words):
            return False
        return self.boilerplate.kind(text) is None

    #: How many rows a table under the headline must have for :meth:`opens_table` (two, and figures
    #: in two of them) and how many :meth:`table_rows` reads at most.
    #:
    #: .. versionadded:: 0.2
    MIN_TABLE_ROWS: ClassVar[int] = 2
    MAX_TABLE_ROWS: ClassVar[int] = 60

    def header_debris_kind(self, state: ParseState, index: int) -> str | None:
        """For a header line no rule claimed: ``None`` when the body starts here (prose, a short
        sentence or a date ended like one, :meth:`is_date_paragraph`, followed by more prose),
        a transcript's turn (:meth:`HeadlineParser.is_turn`),
        else the boilerplate kind to file it under: ``standfirst`` for prose under the headline
        that more header follows, ``timestamp`` for a stamp that cannot be read and a live blog's
        entry clock over its entry (:meth:`is_entry_clock`, :meth:`heads_entry`), ``other`` for the rest;
        ``None`` too for a live blog's entry clock and heading on one line (:meth:`glued_entry_clock`).
        A match's score line (:meth:`is_score_line`) is the story's first line over the match
        report, else, under the headline with more header under it (a byline, a stamp), the
        header's ``standfirst``: the result is never debris (layT61)."""
        lines = state.lines
        if self.headline.is_turn(lines, index):
            return None  # "00:00:03 SPEAKER 1: Welcome to the hearing": a transcript's first turn
        if self.is_transcript_label(lines[index].text):
            return None  # "AILSA CHANG, HOST:" alone over the first turn: the transcript starts (fixL65)
        if self.under_entry_clock(lines, index):
            return None  # a live blog's first entry's heading, under its clock: the body starts there
        if self.glued_entry_clock(state, index):
            return None  # "10:58 p.m. Turnout high, officials say": a live blog's first entry, on one line
        if self.is_place_over_story(state, index):
            return None  # "ANKARA" alone over the story's first paragraph: its dateline (read_dateline)
        if self.is_score_line(lines[index]) and self.prose_follows(state, index):
            return None  # "Ashford 3-1 Dunmore" over the match report: the story's first line
        if self.is_score_line(lines[index]) and state.headline is not None:
            return BoilerplateKind.STANDFIRST.value  # the score under the headline, more header under it: its summary (layT61)
        if self.is_summary_point(state, index):
            return BoilerplateKind.STANDFIRST.value  # "In Summary" / "• Farmers say the frost hit ...": the summary
        if self.in_summary_block(state, index):
            # "In short:" / "Farmers say ..." / "What's next?" / ...: the summary's points and its sub-labels (mendLB70)
            if self.is_summary_subhead(lines[index].text):
                return BoilerplateKind.OTHER.value
            return BoilerplateKind.STANDFIRST.value
        if self.heads_summary(state, index):
            return BoilerplateKind.OTHER.value  # "What you need to know:" over its points: the summary's label (fixL64)
        if self.bulleted_facts_end(state, index) is not None:
            return None  # "- The council voted 7-2" / "- The plan takes effect in May" / the story
        if self.is_split_lede(lines, index):
            return None  # "Crews worked through the night," / blank / "the county said.": the story's sentence, broken
        if self.is_lede_broken_before_capital(lines, index):
            return None  # "The council said it would meet" / "Thursday to decide.": the story's sentence, broken (mendL63)
        if self.is_lede_broken_at_hyphen(lines, index):
            return None  # "The Anglo-" / "French talks resumed on Monday ...": the story's sentence, a word broken (fixL71)
        if self.is_story_over_bar_credit(lines[index]):
            return None  # "..., the utility said. PHOTO | FILE | NATION": the story's sentence, a credit glued on
        if self.is_story_over_sign(lines[index]):
            return None  # "Rescuers reached the village on Monday. © Reuters": the story's sentence, a sign glued on (fixL60b)
        if self.numbered_subhead_over_story(state, index):
            return None  # "1. Ferry sailings cancelled" over the item's text: a newsletter's first item
        if self.opens_table(state, index):
            return None  # "Results:" over "Helen White\tLabour\t14,212": a table of the story
        if self.titles_letter(lines, index):
            return None  # "A costly mistake" / the letter's text / "Regards,": the letters page's first title (mendR64)
        if (
            not self.is_prose(lines, index)
            and not self.is_short_sentence(lines, index)
            and not self.is_one_word_lede(lines, index)
            and not self.is_open_lede(lines, index)
            and not self.is_comma_lede(lines, index)
            and not self.is_lead_in(lines[index])
            and not self.is_date_paragraph(state, index)
        ):
            if self.timestamps.starts_with_label(lines[index].text) and not self.timestamps.parse(
                lines, index, state.reference_date
            ):
                return BoilerplateKind.TIMESTAMP.value  # a stamp that cannot be read: "Published: February 30, 2025"
            if self.is_entry_clock(lines, index) and self.heads_entry(lines, index):
                return BoilerplateKind.TIMESTAMP.value  # a live blog's first entry's clock, as in the body: "14:05"
            if self.is_summary_line(state, index):
                return BoilerplateKind.STANDFIRST.value  # "Revenue up 42% year over year; company raises guidance"
            if self.unstopped_standfirst(state, index):
                return BoilerplateKind.STANDFIRST.value  # "Ministers say the levy will fund 40 clinics" / "By ..."
            return BoilerplateKind.OTHER.value
        if self.is_cut_teaser(lines, index):
            return BoilerplateKind.OTHER.value  # "Two people in China have been diagnosed with the plague,..."
        if self.is_promo(state, index):
            return BoilerplateKind.RELATED.value  # "The best deals of the week." / "Read More"
        if self.lede_over_author(state, index):
            return None  # a sentence longer than a standfirst over "Written by Ana Ruiz": the story's first (mendL63)
        if index + 1 < len(lines) and self._letter_closings and self.is_letter_closing(lines[index + 1].text):
            return None  # a letter's text over its closing ("Sincerely,"): the letters page's first (fixL64)
        if state.headline is not None and self.author_under(state, index):
            return BoilerplateKind.STANDFIRST.value  # the author's name under it, then the story
        repeated = self.is_teaser(state, index)  # a teaser that the body prints again
        starts = (
            self.prose_follows(state, index)
            or self.is_long_paragraph(state, index)
            or self.after_header(state, index)
            or self.facts_follow(state, index)
        )
        if not repeated and starts and not self.picture_follows(state, index):
            return None
        return str(BoilerplateKind.STANDFIRST if state.headline is not None else BoilerplateKind.OTHER)

    def lede_over_author(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a header line right over a byline with its prefix (``Written by
        Ana Ruiz``) or a name alone (:meth:`author_under`), is the story's first paragraph, no
        standfirst: it ends a sentence and holds more than :attr:`STANDFIRST_WORDS` words, more than
        a standfirst does.  The byline stays the byline (the name alone: :meth:`signer_under_standfirst`).

        .. versionadded:: 0.2 (mendL63)"""
        lines = state.lines
        if index + 1 >= len(lines) or lines[index + 1].blank_before:
            return False
        text = lines[index].text
        if len(text.split(None, self.STANDFIRST_WORDS)) <= self.STANDFIRST_WORDS or not ends_sentence(text):
            return False
        return self.byline.has_prefix(lines[index + 1].text) or self.author_under(state, index)

    def is_split_lede(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]``, a header line, is the story's first sentence broken across a
        blank line, as a paste breaks one: the line stops where no sentence ends
        (``BodyParser.broken_off``: in a comma, or in a word in lower case), the block under
        it (one blank line between) opens with a word in lower case, or with a capital after a
        determiner, a preposition or an auxiliary (``BodyParser.carries_on``), and ends a sentence on its last line (at most
        :attr:`PROSE_LINES` lines on), the two hold :attr:`PLAIN_PROSE_WORDS` words or more with
        one in lower case, and the line is no boilerplate (``Crews worked through the night to
        clear fallen trees,`` / blank / ``the county said on Monday.``).  The story starts there:
        the two halves are its first paragraph (``BodyParser.carried_past_blank``), never header
        debris.  A block under it that ends no sentence or opens with a capital (``Tags: storms,
        floods,`` / ``Weather``) is none.

        .. versionadded:: 0.2 (fixL61b)
        .. versionchanged:: 0.2 a line broken after a word too, the halves one paragraph (fixL62).
        .. versionchanged:: 0.2 a capital after a word that cannot end a sentence too (fixL63b)."""
        if index + 1 >= len(lines):
            return False
        text, below = lines[index].text, lines[index + 1]
        if not below.blank_before or not self.body.broken_off(text) or not self.body.carries_on(text, below.text):
            return False
        words = self.lede_words_ending_sentence(lines, index)
        if words is None or not has_lower_word(" ".join(words)):
            return False
        return self.boilerplate.kind(text) is None

    def lede_words_ending_sentence(self, lines: Sequence[Line], index: int) -> list[str] | None:
        """For :meth:`is_split_lede` and :meth:`is_lede_broken_before_capital`: the first
        :attr:`PROSE_CHARS` characters' words of ``lines[index]`` and of the line under it, when the
        block under it ends a sentence within :attr:`PROSE_LINES` lines and the two hold
        :attr:`PLAIN_PROSE_WORDS` words or more; ``None`` otherwise.

        .. versionadded:: 0.2 (reread of round 63)"""
        end = index + 1
        while end + 1 < len(lines) and end - index < self.PROSE_LINES and not lines[end + 1].blank_before:
            end += 1
        if not ends_sentence(self.without_end_mark(lines[end].text)):
            return None
        words = lines[index].text[: self.PROSE_CHARS].split() + lines[index + 1].text[: self.PROSE_CHARS].split()
        return words if len(words) >= self.PLAIN_PROSE_WORDS else None

    def is_lede_broken_before_capital(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]``, a header line, is the story's first sentence that a paste broke
        before a capitalised word (:meth:`is_split_lede` reads one broken before a word in lower
        case): the line ends no sentence and holds a word in lower case, and the line under it (in
        its block or after a blank line) carries the sentence on (:meth:`carries_capital_on`) and
        ends it within :attr:`PROSE_LINES` lines, the two holding :attr:`PLAIN_PROSE_WORDS` words
        or more, the line no boilerplate (``The council said it would meet`` / ``Thursday to
        decide.``; ``... backed by Mayor Ana`` / blank / ``van der Berg said ...``).  A story's
        sentence filed as header debris is worse than a line of debris in the body.

        .. versionadded:: 0.2 (mendL63)"""
        if index + 1 >= len(lines):
            return False
        text, below = lines[index].text, lines[index + 1]
        end = visible_end(text)
        if not end or end[-1] in self.body.TERMINAL or not has_lower_word(end) or len(end) > self.body.WRAP_WIDTH:
            return False
        if not self.carries_capital_on(end, below.text):
            return False
        return self.lede_words_ending_sentence(lines, index) is not None and self.boilerplate.kind(text) is None

    def is_lede_broken_at_hyphen(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]``, a header line, is the story's first sentence with a word broken
        over the line's end (:func:`~newsparse.lines.is_hyphen_break`): the line under it, in its
        block, goes on with the word and the block ends a sentence within :attr:`PROSE_LINES`
        lines, the two holding :attr:`PLAIN_PROSE_WORDS` words or more, the line no boilerplate
        (``The Anglo-`` / ``French talks resumed on Monday ...``).

        .. versionadded:: 0.2 (fixL71)"""
        if index + 1 >= len(lines) or lines[index + 1].blank_before:
            return False
        text = lines[index].text
        if not is_hyphen_break(text, lines[index + 1].text):
            return False
        return self.lede_words_ending_sentence(lines, index) is not None and self.boilerplate.kind(text) is None

    def carries_capital_on(self, text: str, below: str) -> bool:
        """Whether *below* goes on with the sentence that *text* leaves open before a capitalised
        word: *below* opens with a weekday or a month (:meth:`Vocabulary.is_weekday`,
        :meth:`Vocabulary.month_number`) after a word in lower case (``... would meet`` /
        ``Thursday to decide``), or with a name's particles (``BodyParser.opens_name``: ``van der
        Berg said``) after a capitalised word, or *text* ends in a known given name
        (:meth:`Vocabulary.is_given_name`) and *below* opens with a capitalised word (``... backed
        by Mayor Ana`` / ``Ruiz, who ...``).

        .. versionadded:: 0.2 (mendL63)"""
        words, opening = text.split(), below.split(None, self.body.MAX_NAME_PARTICLES + 1)
        if not words or not opening:
            return False
        last, first = words[-1], opening[0]
        vocabulary = self.vocabulary
        if last[:1].islower() and first.isalpha() and first[:1].isupper():
            if not (vocabulary.is_weekday(first) or vocabulary.month_number(first) is not None):
                return False
            return self.date_phrase_goes_on(last, below)
        if not (last.isalpha() and last[:1].isupper()):
            return False
        if self.body.opens_name(opening):
            return True
        return first[:1].isupper() and first.rstrip(",").isalpha() and vocabulary.is_given_name(last)

    def date_phrase_goes_on(self, last: str, below: str) -> bool:
        """For :meth:`carries_capital_on`: whether *below*, a line that opens with a weekday or a
        month under a line ending in *last* (a word in lower case), goes on as a time phrase of
        that sentence and opens no sentence of its own: past the date's numbers (at most
        :attr:`DATE_TAIL_WORDS`: ``March 12, 2026``) comes a preposition
        (:meth:`Vocabulary.is_preposition`) or a join (``Vocabulary.WEEKDAY_NAME_JOINS``) in
        lower case (``would meet`` / ``Thursday to decide``; ``until`` / ``March 12 after ...``),
        or *last* is a preposition (``put off until`` / ``March 12.``; ``meet on`` / ``Tuesday
        afternoon to decide``: a line ending in a preposition always goes on, mendR64).  A
        weekday or a month before a verb is a sentence's subject (``... in decades`` / ``March
        was the wettest month on record``: a deck over the lede, its first line no story).

        .. versionadded:: 0.2 (fixL64)"""
        vocabulary = self.vocabulary
        if vocabulary.is_preposition(last):
            return True  # "would meet on" / "Tuesday afternoon to decide": a preposition always goes on
        words = below.split(None, self.DATE_TAIL_WORDS + 2)[: self.DATE_TAIL_WORDS + 2]
        at = 1
        while at < len(words) and at <= self.DATE_TAIL_WORDS and words[at][:1].isdigit():
            at += 1
        if at == len(words) or not words[at - 1][-1:].isalnum():
            return False  # (the date ends the phrase with no preposition before it)
        following = words[at]
        if not following.isalpha() or not following.islower():
            return False
        return vocabulary.is_preposition(following) or following in self._weekday_joins

    def is_story_over_bar_credit(self, line: Line) -> bool:
        """Whether *line* is a sentence of the story with a picture's credit in capitals after a bar
        glued to its end (``Thousands queued on Monday, the utility said. PHOTO | FILE | NATION``):
        the words before the credit end a sentence after a speech cue (:meth:`ends_in_speech_cue`)
        and read as a sentence of :attr:`LEAD_IN_WORDS` words or more.  The story starts there; a
        sentence with no speech cue is left to the caption reader (a picture's caption).

        .. versionadded:: 0.2"""
        text = line.text
        if "|" not in text or len(text) > self.PROSE_CHARS:
            return False
        match = _BAR_CREDIT_TAIL.search(text, 0, None, KEEP_GIL)
        if match is None or match["label"].casefold() not in self._credit_words:
            return False
        before = text[: match.start()].rstrip()
        if not before.endswith((".", "!", "?")):
            return False
        return self.ends_in_speech_cue(before[:-1]) and is_sentence(before, self.LEAD_IN_WORDS)

    def numbered_subhead_over_story(self, state: ParseState, index: int) -> bool:
        """Whether line *index* is a numbered subhead (``BodyParser.is_numbered_subhead``: ``1.
        Interislander sailings cancelled``) right over running text in its block: a newsletter's
        first item, where the story starts.

        .. versionadded:: 0.2 (fixT58)"""
        lines = state.lines
        return (
            index + 1 < len(lines)
            and not lines[index + 1].blank_before
            and self.body.is_numbered_subhead(lines[index])
            and self.is_prose(lines, index + 1)
        )

    def opens_table(self, state: ParseState, index: int) -> bool:
        """Whether line *index* opens a table of the story: it is a table's row (:meth:`table_rows`),
        or a line ending in a colon right over one (``Preliminary results, Auckland Central:``
        over ``Helen White<TAB>Labour<TAB>14,212<TAB>41.3``), the table holding at least
        :attr:`MIN_TABLE_ROWS` rows with the same number of cells and figures in at least two of
        them.  A table of figures is the story's, never the page's debris (a menu of links has no
        figures).

        .. versionadded:: 0.2"""
        lines = state.lines
        if not index or not self.under_header_part(state, lines[index - 1]):
            return False  # (a lede before it, or no headline yet: a ticker over the page; merge58)
        start = index + 1 if lines[index].text.endswith(":") and "\t" not in lines[index].text else index
        return self.table_rows(lines, start) >= self.MIN_TABLE_ROWS

    @staticmethod
    def under_header_part(state: ParseState, line: Line) -> bool:
        """Whether *line* lies inside a part the header has read (headline, byline, a stamp, a
        dateline): a table right under it is the story's first line (:meth:`opens_table`), one
        under a line of prose or over the headline is not (merge58).

        .. versionadded:: 0.2"""
        parts = (state.headline, state.byline, state.published, state.updated, state.dateline)
        return any(part is not None and part.span.start <= line.span.start and line.span.end <= part.span.end for part in parts)

    def table_rows(self, lines: Sequence[Line], index: int) -> int:
        """How many lines from *index* on, with no blank line between them, are rows of one table:
        cells split by tabs, as many in each (at least two), and figures (a digit) in at least two
        rows; 0 when they are not (fewer than two rows).

        .. versionadded:: 0.2"""
        rows = figures = 0
        cells = 0
        for at in range(index, min(len(lines), index + self.MAX_TABLE_ROWS)):
            line = lines[at]
            if rows and line.blank_before:
                break
            count = line.text.count("\t") + 1
            if count < 2 or (cells and count != cells):
                break
            cells = count
            rows += 1
            figures += any(char.isdigit() for char in line.text)
        return rows if rows >= 2 and figures >= 2 else 0

    def score_sides(self, text: str) -> tuple[str, str] | None:
        """The two sides of a match's score line *text* and nothing else (:attr:`SCORE_SIDES_LINE`:
        ``Arsenal 2-1 Chelsea``, ``Ashford United 2 Dunmore Town 1``), else ``None``.

        .. versionadded:: 0.2 (rvl71)"""
        found = self._score_sides.fullmatch(text, 0, None, KEEP_GIL)
        return None if found is None else (found["home"], found["away"])

    def title_names_side(self, title: str, sides: tuple[str, str]) -> bool:
        """Whether *title* names one of a score line's *sides* by one of its words of
        :attr:`MIN_SIDE_WORD_LETTERS` letters or more, whole and as written (``Late winner sends
        Ashford top`` under ``Ashford United 2 Dunmore Town 1``).

        .. versionadded:: 0.2 (rvl71)"""
        words = {word.strip(",.:;'’!?") for word in title.split()}
        return any(
            word in words for side in sides for word in side.split() if len(word) >= self.MIN_SIDE_WORD_LETTERS
        )

    def is_score_line(self, line: Line) -> bool:
        """Whether *line* is a match's score and nothing else (:attr:`SCORE_LINE`: ``Ashford 3-1
        Dunmore``, ``Ashford United 2 Dunmore Town 1``): a line of the story, never page debris.

        .. versionadded:: 0.2"""
        return self._score_line.fullmatch(line.text, 0, None, KEEP_GIL) is not None

    def after_header(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, running text (:meth:`is_prose`), comes after a whole page
        header: the headline, the byline and a stamp all stand above it, or the headline and the
        byline with no stamp where the line opens the story (:meth:`opens_story`: under a
        byline, the story has begun).  The body starts there
        even when no more running text follows it soon (a heading and a table come next: ``Below,
        we analyze the snap counts ...`` / ``Defensive Line``); a standfirst stands above the
        byline or the stamp, or has the story's text right under it."""
        if state.headline is None or state.byline is None:
            return False
        start = state.lines[index].span.start
        stamp = state.published or state.updated
        if state.byline.span.end > start or (stamp is not None and stamp.span.end > start):
            return False
        if stamp is None and not self.opens_story(state, index):
            return False
        return self.is_prose(state.lines, index)

    def opens_story(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, under a headline and a byline with no stamp, opens the story:
        set off by a blank line (a label right above it in its block, ``Healthcare`` over an
        author's note, is no story), not written as a title (:meth:`is_title_case`: a link), no
        byline or stamp right under it (:meth:`header_goes_on`: a standfirst between the byline
        and the stamp) and no boilerplate (``Share to facebook`` under an author's note).

        .. versionadded:: 0.2"""
        lines, below = state.lines, index + 1
        if not lines[index].blank_before or self.is_title_case(lines[index].text):
            return False
        if self.header_goes_on(state, below):
            return False
        return below >= len(lines) or self.classify_boilerplate(lines[below]) is None

    def is_title_case(self, text: str) -> bool:
        """Whether *text* is written as a title, a link's or a headline's: at least
        :attr:`TITLE_CASE_WORDS` words of four letters or more, every one capitalised (``Actor's
        Passages Redacted From Her Memoir in U.K.``); running text has such words in lower case.

        .. versionadded:: 0.2"""
        long_words = [word for word in text[: self.PROSE_CHARS].split() if len(word) >= 4 and word[:1].isalpha()]
        return len(long_words) >= self.TITLE_CASE_WORDS and all(word[:1].isupper() for word in long_words)

    def is_title_question(self, text: str) -> bool:
        """Whether *text* is a question written as a title, a link's to another page (``Why Am
        I Not Losing Weight?``, ``What's the Difference Between Saving and Investing?``): it ends
        in a question mark, and it is in title case (:meth:`is_title_case`), or each of its
        words, :attr:`TITLE_CASE_WORDS` or more, is capitalised.  A story's question is written
        in sentence case (``Who will pay for the new bridge?``).

        .. versionadded:: 0.2"""
        text = text.rstrip()
        if not text.endswith(("?", "？")):
            return False
        words = text[: self.PROSE_CHARS].split()
        capitalised = len(words) >= self.TITLE_CASE_WORDS and all(word[:1].isupper() for word in words)
        return capitalised or self.is_title_case(text)

    def is_lead_in(self, line: Line) -> bool:
        """Whether *line* is a sentence that ends in a colon to lead into the story (``Your
        mindset matters. Here's why:``): at least :attr:`LEAD_IN_WORDS` words, not all
        capitalised, and no boilerplate (``Follow us on social media:``)."""
        text = line.text
        if not text.endswith(":") or len(text) > self.PROSE_CHARS:
            return False
        if self.ends_in_speech_cue(text[:-1]):
            return self.boilerplate.kind(text) is None  # "Ana Ortiz said:" over the quotation it introduces
        return is_sentence(text[:-1] + ".", self.LEAD_IN_WORDS) and self.boilerplate.kind(text) is None

    def ends_in_speech_cue(self, text: str) -> bool:
        """Whether *text* (a line's, before its colon) is a subject and a speech verb of the quote
        parser's ``SPEECH_VERBS``, with at most :attr:`CUE_TAIL_WORDS` words after the verb (``Ana
        Ortiz said``, ``The minister told reporters``, ``Jean Dupont a déclaré``): a line that
        introduces the quotation under it, a paragraph and never boilerplate."""
        words = text.casefold().split()
        verbs = self.quotes.SPEECH_VERBS
        for tail in range(min(self.CUE_TAIL_WORDS, len(words) - 2) + 1):
            head = words[: len(words) - tail]
            for size in (1, 2):
                if len(head) > size and " ".join(head[-size:]) in verbs:
                    return True
        return False

    def ends_with_stamp(self, line: Line) -> bool:
        """Whether *line* ends in a labelled stamp in brackets (``... (Published Monday, Nov. 18,
        2019)``), as the blurb of a video or a gallery does, and story text does not."""
        text = line.text
        tail = max(0, len(text) - self.STAMP_BRACKET_CHARS)
        if not text.endswith(")") or not any(ch.isdigit() for ch in text[tail:]):
            return False
        opening = text.rfind("(", tail)
        if opening < 0:
            return False
        inner = text[opening + 1 : -1]
        start = line.span.start + opening + 1
        return self.timestamps.starts_with_label(inner) and bool(
            self.timestamps.parse([Line(inner, Span(start, start + len(inner)), 0, True)], 0)
        )

    def blurb_caption(self, line: Line) -> CaptionLine | None:
        """A video's blurb that ends in its stamp in brackets (:meth:`ends_with_stamp`) as the
        video's caption: the text before the bracket, when it is caption text
        (:meth:`CaptionParser.is_caption_text`); the stamp dates the video, not the article."""
        text = line.text[: line.text.rfind("(")].rstrip()
        if not self.captions.is_caption_text(text):
            return None
        return CaptionLine(text, None, Span(line.span.start, line.span.start + len(text)))

    def is_long_paragraph(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a paragraph no standfirst is: more than
        :attr:`STANDFIRST_WORDS` words in more than one sentence, with no stamp or byline in the
        lines after it (:meth:`header_goes_on`).  The body starts there even when headings or a
        list, not running text, come next (``Here's what to know:``)."""
        lines = state.lines
        text = lines[index].text[: self.PROSE_CHARS]
        if len(text.split(None, self.STANDFIRST_WORDS)) <= self.STANDFIRST_WORDS or not self.headline.is_sentences(text):
            return False
        return not self.header_goes_on(state, index + 1)

    def is_promo(self, state: ParseState, index: int) -> bool:
        """Whether a short header line of text (at most :attr:`STANDFIRST_WORDS` words) is a
        teaser for another page: a button of :attr:`TEASER_BUTTONS` stands right under it
        (``The best deals of the week.`` / ``Read More``) and the line does not name the day of the
        news as a lede does (:meth:`tells_the_day`: ``The council said on Monday it would ...`` /
        ``Read more`` is the story, the button alone furniture), or it is an item in a list of links
        under a ``related`` heading, a link line under it too (:meth:`in_link_list`)."""
        lines = state.lines
        if len(lines[index].text.split(None, self.STANDFIRST_WORDS)) > self.STANDFIRST_WORDS:
            return False
        below = index + 1
        if below < len(lines) and self.is_button(lines[below].text):
            # a story's lede names the day of the news, a teaser seldom does: a "Read more" under it is furniture
            return not self.tells_the_day(lines[index].text)
        if below >= len(lines) or not self.is_link_line(lines, below) or not self.in_link_list(state, index):
            return False
        # the line under it is a link too, not the credit of a picture ("Photo: Getty Images")
        return not self.header_caption(state, below, peek=True) and self.classify_boilerplate(lines[below]) is None

    #: Buttons of a promotion for the outlet's own product, in lower case (:meth:`promo_over_button`):
    #: never the link to another story a ``Read more`` under a story's last line may be.
    #:
    #: .. versionadded:: 0.2 (fixL61)
    PROMO_BUTTONS: ClassVar[frozenset[str]] = frozenset({"learn more", "find out more"})
    #: The most words of a promotion's line over its button (:meth:`promo_over_button`).
    #:
    #: .. versionadded:: 0.2 (fixL61)
    MAX_PROMO_WORDS: ClassVar[int] = 12

    def promo_over_button(self, state: ParseState) -> bool:
        """Whether the body's last line is a promotion of the outlet's product under the story
        (``Before it's here, it's on the City Herald Terminal.`` / ``LEARN MORE``): the line right
        under it, filed as boilerplate, is one of :attr:`PROMO_BUTTONS` alone, and the line, after a
        blank line, has at most :attr:`MAX_PROMO_WORDS` words, no digit and no quotation mark, names no
        day of news (:meth:`tells_the_day`), states no fact and reads as no running prose
        (:meth:`CaptionParser.states_fact`, :meth:`CaptionParser.reads_as_prose`).  The story's last
        sentence stays the story's (``The exhibition ran until March 3.`` / ``Learn more``).

        .. versionadded:: 0.2 (fixL61)"""
        body, lines = state.body, state.lines
        if len(body) < 2 or not body[-1].blank_before:
            return False
        index = self.line_at(lines, body[-1].span.start)
        below = None if index is None else index + 1
        if below is None or below >= len(lines) or lines[below].text.strip(" \t:»>→›.").casefold() not in self.PROMO_BUTTONS:
            return False
        if not any(item.span == lines[below].span for item in state.boilerplate[-self.LIST_LOOKBACK :]):
            return False
        text = body[-1].text
        if len(text.split()) > self.MAX_PROMO_WORDS or any(ch.isdigit() for ch in text):
            return False
        if any(opening in text for opening, _ in self.boilerplate.QUOTE_PAIRS) or self.tells_the_day(text):
            return False
        return not self.captions.states_fact(text) and not self.captions.reads_as_prose(text)

    def is_button(self, text: str) -> bool:
        """Whether *text* is one of :attr:`TEASER_BUTTONS`, in any case, maybe with an arrow or a colon."""
        return text.strip(" \t:»>→›.").casefold() in self.TEASER_BUTTONS

    def in_link_list(self, state: ParseState, index: int) -> bool:
        """Whether the lines right above ``lines[index]``, back to a ``related`` heading at most
        :attr:`LIST_LOOKBACK` lines up (``Most Popular``), were all filed as boilerplate and are
        link lines: ``lines[index]`` is one more item of that list."""
        filed = {item.span.start: item.kind for item in state.boilerplate[-self.LIST_LOOKBACK :]}
        for above in range(index - 1, max(-1, index - 1 - self.LIST_LOOKBACK), -1):
            kind = filed.get(state.lines[above].span.start)
            if kind is None or not self.is_link_line(state.lines, above):
                return False
            if kind == BoilerplateKind.RELATED.value:
                return True
        return False

    def picture_follows(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a short line (at most :attr:`STANDFIRST_WORDS` words) under
        a page's header (a headline, and a byline or a stamp), is a standfirst with the lead picture under it: the
        lines after it that :attr:`LOOK_PAST` rules claim, before the next line they do not,
        include a caption or a credit line (a line of running text right above a credit line is
        a caption too, when :meth:`CaptionParser.caption_above` reads it as one), but not a
        credit line right under ``lines[index]`` (``“I keep his house,”
        she said.`` / ``Courtesy of Zillow``: the picture comes after the first paragraph); short
        lines that are no text (``Shares``) are looked past.  Pages set the
        lead picture between the standfirst and the story.  Always ``False`` unless
        :attr:`STANDFIRST_OVER_PICTURE` is on."""
        lines = state.lines
        if not self.STANDFIRST_OVER_PICTURE:
            return False
        if state.headline is None or (state.byline is None and state.published is None and state.updated is None):
            return False  # a page's header: a headline and a byline or a stamp
        if len(lines[index].text.split(None, self.STANDFIRST_WORDS)) > self.STANDFIRST_WORDS:
            return False
        if self.tells_the_day(lines[index].text):
            return False  # a lede says when (``... on Monday``); a standfirst seldom does
        for ahead in range(index + 1, min(len(lines), index + 1 + self.PICTURE_LOOKAHEAD)):
            if self.header_caption(state, ahead, peek=True):
                return True
            if self.is_credit(lines[ahead]):
                return ahead > index + 1  # a credit right under the line credits the picture it is beside
            if self.classify_boilerplate(lines[ahead]) is not None:
                continue
            if self.is_prose(lines, ahead) or self.is_short_sentence(lines, ahead):
                # running text is the story, unless a credit line under it makes it a caption (as
                # the caption rules read it: "Spend your morning ..." over "Photo: Jo Roe" is story)
                below = ahead + 1
                return (
                    below < len(lines)
                    and self.is_credit(lines[below])
                    and self.captions.caption_above(lines[ahead], lines[below]) is not None
                )
        return False

    def tells_the_day(self, text: str) -> bool:
        """Whether *text* names the day of the news: a weekday of the vocabulary or one of
        :attr:`NEWS_DAY_WORDS` (``The council voted on Monday to ...``), or a date, a month of the
        vocabulary beside a day's number (``... died on Jan. 2.``, ``on 3 March``), as a story's
        first paragraph does and a standfirst seldom does.  A weekday after a capitalised word that
        does not open the text is a name's (``Black Friday``, ``Cyber Monday``), no day."""
        words = [word.strip(".,;:!?()\"'’”") for word in text.split()]
        for at, word in enumerate(words):
            if word.lower() in self.NEWS_DAY_WORDS:
                return True
            if self.vocabulary.is_weekday(word):
                if at > 1 and words[at - 1][:1].isupper():
                    continue  # a name's word before it, not the first word: "Black Friday deals", "Cyber Monday"
                return True
            if word[:1].isupper() and self.vocabulary.month_number(word) is not None:
                near = words[max(0, at - 1) : at] + words[at + 1 : at + 2]
                if any(_DAY_NUMBER.fullmatch(other) for other in near):
                    return True
        return False

    def is_credit(self, line: Line) -> bool:
        """Whether *line* is a bare credit line (``Photo: Jane Doe, AP``)."""
        return self.captions.might_be_credit_line(line) and self.captions.is_credit_line(line)

    def is_cut_teaser(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is a teaser cut short, a link to another story, not the
        story's text: it ends in a cut mark (:data:`CUT_ENDS`: two dots, or an ellipsis right
        after a comma: ``... the plague,...``), or in an ellipsis right after a word when the
        line before or after it ends in one too (a list of such teasers)."""
        text = lines[index].text
        if text.endswith(CUT_ENDS) and not text.endswith(("...", "…")):
            return True
        if not self.ends_in_dots(text):
            return False  # (both cut patterns need two dots or an ellipsis at the end)
        if _COMMA_CUT.search(text):
            return True
        if _WORD_CUT.search(text) is None:
            return False
        near = [lines[i].text for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        return any(self.ends_in_dots(other) and _WORD_CUT.search(other) is not None for other in near)

    @staticmethod
    def ends_in_dots(text: str) -> bool:
        """Whether *text* ends in two dots or an ellipsis (before one last line break), as a line
        cut short does: the cheap test before the cut patterns, which read the whole line."""
        return text.removesuffix("\n").endswith(("..", "…"))

    def printed_again(self, text: str, line: Line) -> bool:
        """Whether *line* stands again, as a whole line, within :attr:`TEASER_WINDOW` characters after it."""
        return self.copy_after(text, line, min(len(text), line.span.end + self.TEASER_WINDOW)) >= 0

    def copy_after(self, text: str, line: Line, stop: int) -> int:
        """Where *line* stands again in *text*, as a whole line, after it and before *stop*; -1 when
        it does not (at most :attr:`TEASER_TRIES` places are read).

        .. versionadded:: 0.2"""
        at = text.find(line.text, line.span.end, stop)
        for _ in range(self.TEASER_TRIES):
            if at < 0:
                break
            context = self.TEASER_CONTEXT
            before = text[max(0, at - context) : at].rstrip(" \t\xa0")
            after = text[at + len(line.text) : at + len(line.text) + context].lstrip(" \t\xa0")
            if (not before or before[-1] in "\r\n") and (not after or after[0] in "\r\n"):
                return at
            at = text.find(line.text, at + 1, stop)
        return -1

    def is_teaser(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, running text in the header, is a teaser that the story prints
        again (:meth:`printed_again`), a standfirst: a short line (at most :attr:`STANDFIRST_WORDS`
        words) that stands again, as a whole line, within :attr:`TEASER_WINDOW` characters after
        it and in the lines read (not in a second copy, :meth:`repeat_run`), but neither right
        under itself with running text, or nothing, under the copy (a lede pasted twice; a button or a caption
        printed twice, ``Save this story for later.``, stays a teaser) nor with the line under it printed right under its copy
        too (a block pasted twice: the story, a live blog's ``Key points`` repeated; a teaser has
        the rest of the header under it, the story's next line under its copy).

        .. versionadded:: 0.2"""
        lines, text = state.lines, state.text
        line = lines[index]
        if len(line.text.split(None, self.STANDFIRST_WORDS)) > self.STANDFIRST_WORDS:
            return False
        stop = min(len(text), line.span.end + self.TEASER_WINDOW, lines[-1].span.end)
        at = self.copy_after(text, line, stop)
        if at < 0 or index + 1 >= len(lines):
            return at >= 0
        below = lines[index + 1]
        if below.span.start == at:  # one copy right under the other: a lede pasted twice, the story under it
            # (the copy ending the text too: a short story's lede pasted twice, read as in a long one)
            return not (self.is_story_line(lines, index) and (index + 2 >= len(lines) or self.is_story_line(lines, index + 2)))
        if self.story_under(state, index):
            return False  # the story goes on under it: the lede, printed again lower down
        follows = text[at + len(line.text) : at + len(line.text) + len(below.text) + self.TEASER_CONTEXT].lstrip()
        # a block pasted twice: the line under this one stands right under its copy too
        return not (follows.startswith(below.text) and follows[len(below.text) : len(below.text) + 1] in ("", "\n", "\r"))

    def is_story_line(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is a line of the story however short: running text
        (:meth:`is_prose`) or a sentence of reported speech (``HeadlineParser.is_reported_sentence``:
        ``Mr Smith said so.``), which no button, caption or teaser is (``Save this story for later.``).

        .. versionadded:: 0.2"""
        return self.is_prose(lines, index) or self.headline.is_reported_sentence(lines[index].text)

    def story_under(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a line of running text that says the day of the news as a lede
        does (:meth:`tells_the_day`), has the story's next paragraph under it: running text too
        (:meth:`is_prose`), set off by a blank line, and no caption or boilerplate.  A standfirst
        has the rest of the header under it (a byline, a stamp, a picture) and the story's first
        paragraph is its copy; a lede printed again lower down (a pull quote) has the story under
        its first copy.

        .. versionadded:: 0.2"""
        lines, below = state.lines, index + 1
        if not self.is_prose(lines, index) or below >= len(lines) or not lines[below].blank_before:
            return False
        if not self.tells_the_day(lines[index].text):
            return False  # a lede says when; a teaser seldom does ("The founders say the bar offers ...")
        return (
            self.is_prose(lines, below)
            and self.classify_boilerplate(lines[below]) is None
            and not self.header_caption(state, below, peek=True)
        )

    def is_prose(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` (with the lines that continue it, in hard-wrapped text) reads
        as running text: :attr:`PROSE_WORDS` words, or :attr:`SENTENCE_WORDS` that end a sentence
        in any script.  Words are counted by :func:`~newsparse.lines.word_count`, so a Chinese or
        Japanese line counts too."""
        text, enough = lines[index].text[: self.PROSE_CHARS], self.PROSE_WORDS
        if enough > 0:
            head = text.split(None, enough)  # (the first words: a long line is not split word by word)
            if len(head) >= enough and (self.PROSE_CHARS <= PROSE_WINDOW or len(" ".join(head[:enough])) <= PROSE_WINDOW):
                return True  # (the line alone has the words, all within what word_count reads: the lines under it add none)
            words = head if len(head) <= enough else text.split()  # (fewer pieces than asked for: all the words)
        else:
            words = text.split()
        end = index
        while (
            end + 1 < len(lines)
            and end - index < self.PROSE_LINES
            and not lines[end + 1].blank_before
            and self.body.continues(lines[end], lines[end + 1])
        ):
            end += 1
            words += lines[end].text[: self.PROSE_CHARS].split()
        joined = " ".join(words)
        count = word_count(joined)
        if count >= self.PROSE_WORDS:
            return True
        last = self.without_end_mark(lines[end].text)  # "... building work. (MORE)" ends its sentence
        return count >= self.SENTENCE_WORDS and (ends_sentence(last) or last[-1] == ":") and has_lower_word(joined)

    def without_end_mark(self, text: str) -> str:
        """*text* without a wire's end mark after its last sentence (:attr:`END_MARKS`: ``... two
        years of building work. (MORE)`` gives ``... two years of building work.``), so that a line
        of a story with one still ends a sentence (:meth:`is_prose`); *text* as it is otherwise.

        .. versionadded:: 0.2"""
        match = self._end_mark.search(text, 0, None, KEEP_GIL) if text.endswith(self._end_mark_tails) else None
        return text[: match.start()] if match is not None and match.start() > 0 else text

    def is_short_sentence(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is one short sentence (``Mark Hughes resigned on Sunday.``), or
        a quoted one signed with a name (an epigraph: ``“The truth will out.” — Jane Roe``): a
        one-line paragraph when running text follows it."""
        text = lines[index].text
        if is_sentence(text, self.SHORT_SENTENCE_WORDS):
            return self.boilerplate.kind(text.rstrip(".!")) is None  # "Read more." is a button
        signed = _EPIGRAPH.fullmatch(text[: self.PROSE_CHARS], 0, None, KEEP_GIL)
        return signed is not None and self.byline.is_name(signed["name"]) and is_sentence(signed["quote"], 1)

    def is_signed_quotation(self, text: str) -> bool:
        """Whether *text* is a quotation that ends a sentence, then a dash and the speaker's
        name, maybe after titles and before an appositive (``"We won." ― Mayor Ana Ortiz,
        writing after the vote``): an attribution line, the story's own words, never a link or
        a heading (``"Best Of" ― Our Picks`` holds no sentence; ``"..." ― Read more`` no name).

        .. versionadded:: 0.2"""
        signed = _EPIGRAPH.fullmatch(text[: self.PROSE_CHARS], 0, None, KEEP_GIL)
        if signed is None or not ends_sentence(signed["quote"].rstrip()):
            return False
        words = signed["name"].split(",", 1)[0].split()
        names = self.byline.names
        count = names.trailing_name(words)
        titles = words[: len(words) - count]
        return count >= names.MIN_WORDS and all(self.vocabulary.is_title(word) for word in titles)

    def is_one_word_lede(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is a sentence of one word in quotation marks or a question
        (``Why?``, ``“No.”``) in a block of its own with running text right under it: a story that
        opens with one word for effect.  A word alone with a full stop or ``!`` (``Exclusive!``,
        ``Analysis.``) is a kicker, and a word of a button or a label (:class:`BoilerplateParser`) is not."""
        line = lines[index]
        if not line.blank_before or index + 1 >= len(lines) or _ONE_WORD_SENTENCE.fullmatch(line.text, 0, None, KEEP_GIL) is None:
            return False
        if self.boilerplate.kind(line.text.strip("\"“”‘’'.!?")) is not None:
            return False
        return lines[index + 1].blank_before and self.is_prose(lines, index + 1)

    def is_open_lede(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is a short sentence hard-wrapped where it cannot end: the line
        ends in one of ``BodyParser.OPEN_WORDS`` (a speech cue, ``said``, ``told``, or a word such
        as ``the``), the line right under it goes on in lower case (``BodyParser.continues``) and
        ends the sentence, with :attr:`PLAIN_PROSE_WORDS` words or more between them (``The mayor
        said`` / ``the plan was bad.``): the story's first lines, however few words they hold.

        .. versionadded:: 0.2"""
        if index + 1 >= len(lines):
            return False
        line, below = lines[index], lines[index + 1]
        words = line.text.split()
        if not words or words[-1].casefold() not in self.body.OPEN_WORDS:
            return False
        if below.blank_before or not below.text[:1].islower() or not self.body.continues(line, below):
            return False
        return len(words) + len(below.text.split()) >= self.PLAIN_PROSE_WORDS and ends_sentence(below.text)

    def is_comma_lede(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is a sentence's opening hard-wrapped at a comma: the line (not
        past ``BodyParser.WRAP_WIDTH``) ends in a comma, the line right under it (no blank line
        between) ends the sentence, and the two hold :attr:`PLAIN_PROSE_WORDS` words or more and
        a word in lower case (``Residents of Springfield,`` / ``Shelbyville and Ogdenville voted
        on Tuesday.``; ``LONDON,`` / ``the capital, voted ...``): the story's first lines, one
        paragraph, never a header line filed as debris.  A line that the one under it does not
        end as a sentence (``Springfield,`` / ``Illinois``) is no lede.

        .. versionadded:: 0.2"""
        if index + 1 >= len(lines):
            return False
        line, below = lines[index], lines[index + 1]
        return not below.blank_before and self.body.carried_past_comma(line.text, below)

    def prose_follows(self, state: ParseState, index: int) -> bool:
        """Whether more running text (or the end of the text) comes after ``lines[index]`` within
        the next :attr:`HEADER_LOOKAHEAD` lines that :attr:`LOOK_PAST` rules do not claim, nor
        :meth:`CaptionParser.under_agency` (an agency's name alone over a caption).  A line
        a :attr:`HEADER_GOES_ON` rule would claim (a timestamp, a byline) first means the header
        goes on, so ``lines[index]`` is a standfirst.  The rules are asked with ``peek=True``."""
        lines = state.lines
        seen = 0
        skip = 0
        for ahead in range(index + 1, len(lines)):
            if ahead < skip or self.is_cut_teaser(lines, ahead):
                continue
            if self.run_rules("header_", self.LOOK_PAST, state, ahead, peek=True):
                skip = self.past_link_list(lines, ahead)  # ("More:" / its links: a box, then the story goes on)
                continue
            if ahead + 1 < len(lines) and self.captions.under_agency(lines[ahead], lines[ahead + 1]) is not None:
                skip = ahead + 2  # a picture: an agency's name alone over its caption ("EPA" / "Volunteers clear ...")
                continue
            if self.is_entry_clock(lines, ahead):
                continue  # a live blog's entry: "3:52pm" / "Trains cancelled" / its text
            if self.is_prose(lines, ahead) or self.is_short_sentence(lines, ahead):
                return True
            if ahead == index + 1 and self.leads_into_list(state, ahead):
                return True  # "What to bring:" / "Sunscreen" / ... right under it: the story goes on
            if self.header_dateline(state, ahead, peek=True) == STOP:
                return True
            if self.run_rules("header_", self.HEADER_GOES_ON, state, ahead, peek=True):
                return self.lede_over_update(state, index, ahead)
            if self.continues_block(lines, index, ahead):
                continue  # a block of short lines (a verse, a list) counts once
            seen += 1
            if seen >= self.HEADER_LOOKAHEAD:
                return False
        return True

    def lede_over_update(self, state: ParseState, index: int, ahead: int) -> bool:
        """Whether ``lines[index]``, a sentence of running text, is the story's first paragraph over
        the page's update stamp on ``lines[ahead]`` (``Last updated: Nov 4, 2026 9:00 AM EST``), not
        a standfirst: no stamp read yet, the stamp line gives an update only, in a block of its own
        with running text (:meth:`is_prose`) in the block under it, and the sentence tells the day of
        the news (:meth:`tells_the_day`), as a lede does and a standfirst seldom does.  The stamp is
        then read in the body, still the ``updated`` one.

        .. versionadded:: 0.2"""
        lines = state.lines
        line, stamp_line = lines[index], lines[ahead]
        if state.published is not None or state.updated is not None or ahead + 1 >= len(lines):
            return False
        if not stamp_line.blank_before or not lines[ahead + 1].blank_before or not self.is_prose(lines, ahead + 1):
            return False
        if not ends_sentence(line.text) or not self.tells_the_day(line.text):
            return False
        stamps = self.timestamps.parse(lines, ahead, state.reference_date)
        return bool(stamps) and all(stamp.kind is TimestampKind.UPDATED for stamp in stamps)

    def facts_follow(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]``, a sentence under the headline, is the story's lede over a run
        of its key facts whose bullets the copy lost, with the story's running text right under
        the run: :attr:`MIN_FACT_LINES` or more fact lines (:meth:`is_fact_line`: ``Schools in 12
        counties closed until Monday`` / ``All ferries to Britain cancelled``), maybe under short
        subheads (``What we know so far``, ``Winners``: a line of at most :attr:`LIST_ITEM_WORDS`
        words that ends no sentence, with a fact line right under it), then prose
        (:meth:`is_prose`, :meth:`is_short_sentence`).  The line says the day of the news
        (:meth:`tells_the_day`), as a lede does and a standfirst seldom does, or a subhead stands in
        the run (short lines with no subhead may be the captions of pictures under a standfirst).
        A line any header rule claims (a byline, a stamp, a caption, boilerplate) in the run, a
        line printed twice in a row, or more than :attr:`MAX_LIST_ITEMS` lines, and the line is no
        such lede: a standfirst has the rest of the header under it.

        .. versionadded:: 0.2"""
        lines = state.lines
        facts, headed = 0, False
        for ahead in range(index + 1, min(len(lines), index + 2 + self.MAX_LIST_ITEMS)):
            line = lines[ahead]
            if self.is_bulleted_fact(line):
                facts += 1  # "- The council voted 7-2 on Tuesday": a key point, its bullet kept
                headed = True
                continue
            if self.run_rules("header_", self.LOOK_PAST + self.HEADER_GOES_ON, state, ahead, peek=True):
                return False
            if self.is_prose(lines, ahead) or self.is_short_sentence(lines, ahead):
                return facts >= self.MIN_FACT_LINES and (headed or self.tells_the_day(lines[index].text))
            if line.text == lines[ahead - 1].text or self.classify_boilerplate(line) is not None:
                return False  # "Tweet may have been deleted" thrice: an embed's furniture, no fact
            if self.is_fact_line(line):
                facts += 1
                continue
            below = ahead + 1
            heading = len(line.text.split(None, self.LIST_ITEM_WORDS)) <= self.LIST_ITEM_WORDS and not ends_sentence(line.text)
            if not heading or below >= len(lines) or not self.is_fact_line(lines[below]):
                return False
            headed = True
        return False

    def is_bulleted_fact(self, line: Line) -> bool:
        """Whether *line* is one key fact of a story with its bullet or dash
        (:meth:`BodyParser.is_list_item <newsparse.BodyParser.is_list_item>`: ``- The council voted
        7-2 on Tuesday``, ``• The plan takes effect in May.``): :attr:`FACT_WORDS` words or more
        after the mark, short of running text's :attr:`PROSE_CHARS`, with a word in lower case,
        and no boilerplate (``• Share on Facebook``, ``- Read more``).

        .. versionadded:: 0.2"""
        text = line.text
        if len(text) > self.PROSE_CHARS or not self.body.is_list_item(line):
            return False
        item = text[1:].strip()
        if len(item.split(None, self.FACT_WORDS)) < self.FACT_WORDS or not has_lower_word(item):
            return False
        return self.boilerplate.kind(text) is None and self.boilerplate.kind(item) is None

    def bulleted_facts_end(self, state: ParseState, index: int) -> int | None:
        """Where the run of bulleted facts (:meth:`is_bulleted_fact`) from ``lines[index]`` ends,
        when :attr:`MIN_FACT_LINES` to :attr:`MAX_LIST_ITEMS` of them stand there with the story's
        running text right under the last (:meth:`is_prose`, :meth:`is_short_sentence`): the key
        points at the top of the story, its first paragraphs; else ``None``.

        .. versionadded:: 0.2"""
        lines = state.lines
        end = index
        while end < len(lines) and end - index <= self.MAX_LIST_ITEMS and self.is_bulleted_fact(lines[end]):
            end += 1
        if end - index < self.MIN_FACT_LINES or end - index > self.MAX_LIST_ITEMS or end >= len(lines):
            return None
        return end if self.is_prose(lines, end) or self.is_short_sentence(lines, end) else None

    def is_fact_line(self, line: Line) -> bool:
        """Whether *line* is one key fact of a story, a bullet's text without its bullet: a line of
        :attr:`FACT_WORDS` words or more but short of running text (:attr:`PROSE_WORDS`), with a
        word in lower case, not in title case (:meth:`is_title_case`: a link), that ends no sentence
        and no label (``Power cut to 80,000 homes in Cork and Kerry``).

        .. versionadded:: 0.2"""
        text = line.text
        words = text[: self.PROSE_CHARS].split()
        if not self.FACT_WORDS <= len(words) < self.PROSE_WORDS or ends_sentence(text) or text.endswith(":"):
            return False
        return has_lower_word(text) and not self.is_title_case(text) and self.boilerplate.kind(text) is None

    def leads_into_list(self, state: ParseState, index: int) -> bool:
        """Whether ``lines[index]`` is a sentence that ends in a colon over a list of the story,
        with the story going on under the list (:meth:`list_end`: ``What to bring:`` / ``Sunscreen``
        / ``Water`` / the next paragraph), and no item a byline, a stamp or boilerplate (``Author
        of the article:`` / ``The Associated Press`` is the header's).  :meth:`prose_follows` then
        reads the running text right over it as the story's first paragraph, no standfirst.

        .. versionadded:: 0.2"""
        end = self.list_end(state.lines, index)
        if end is None:
            return False
        items = range(index + 1, end)
        return not any(self.header_stops_at(state, i) or self.classify_boilerplate(state.lines[i]) for i in items)

    def list_end(self, lines: Sequence[Line], index: int) -> int | None:
        """Where the list under ``lines[index]`` ends, when that line is a sentence that ends in a
        colon (a word in lower case after its first, no boilerplate: ``Follow us:`` is none) and
        one to :attr:`MAX_LIST_ITEMS` items stand under it, each a line of at most
        :attr:`LIST_ITEM_WORDS` words that ends no sentence and no label (``Tags:``), with running
        text right under the last (:meth:`is_prose`: the story goes on); else ``None``.

        .. versionadded:: 0.2"""
        text = lines[index].text
        if not text.endswith(":") or len(text) > self.PROSE_CHARS or not has_lower_word(text):
            return None
        if self.boilerplate.kind(text) is not None:
            return None
        for item in range(index + 1, min(index + 2 + self.MAX_LIST_ITEMS, len(lines))):
            line = lines[item].text
            if len(line.split(None, self.LIST_ITEM_WORDS)) <= self.LIST_ITEM_WORDS and not ends_sentence(line):
                if line.endswith(":"):
                    return None
                continue
            return item if item > index + 1 and self.is_prose(lines, item) else None
        return None

    def story_list_item(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` is an item of a list under a sentence that ends in a colon
        (:meth:`list_end`: ``Policyholders were told to photograph three things:`` / ``Home`` /
        ``Garden`` / ``Car`` / the next paragraph), up to :attr:`MAX_LIST_ITEMS` items above it: a
        menu word there (``Home``) is a word of the story's list, no page navigation.

        .. versionadded:: 0.2"""
        for above in range(index - 1, max(index - 1 - self.MAX_LIST_ITEMS, -1), -1):
            if lines[above].text.endswith(":"):
                end = self.list_end(lines, above)
                return end is not None and end > index
        return False

    def past_link_list(self, lines: Sequence[Line], index: int) -> int:
        """The index after the link lines right under ``lines[index]`` when it is a ``related``
        label (``More:`` over the titles of other stories), which :meth:`prose_follows` looks past
        as it looks past the label; else *index* itself (nothing to skip).

        .. versionadded:: 0.2"""
        found = self.classify_boilerplate(lines[index])
        if found is None or found.kind != BoilerplateKind.RELATED.value:
            return index
        after = index + 1
        while after < len(lines) and self.is_link_line(lines, after):
            after += 1
        return after

    def continues_block(self, lines: Sequence[Line], index: int, ahead: int) -> bool:
        """Whether ``lines[ahead]``, a short line that :meth:`prose_follows` looks at after
        ``lines[index]``, goes on the block of the line above it, which it looked at too, and holds
        a word in lower case (``Amazing grace, how sweet the sound`` / ``That saved a wretch like
        me``: a verse, a list): the block counts as one line, so the story under a hymn quoted
        after the lede is seen.

        .. versionadded:: 0.2"""
        line = lines[ahead]
        return ahead - 1 > index and not line.blank_before and has_lower_word(line.text)

    def newsletter_blurb(self, state: ParseState, index: int) -> Boilerplate | None:
        """Boilerplate ``subscribe`` for ``lines[index]`` when it is the blurb of a newsletter box:
        a line alone in its block, of at most :attr:`STANDFIRST_WORDS` words, right under a line
        filed as ``subscribe`` (``Sign up for e-mail newsletters``, ``Weekend Sport Newsletter``)
        and right over another line the boilerplate parser reads as ``subscribe`` (``You can
        unsubscribe at any time.``, ``I agree that ... can send me the newsletter.``):
        ``Get the day's big stories and the fun stuff you love.`` between them tells what the
        newsletter brings, no line of the story.  A line between two prints of the same call
        (``Sign up for our newsletter`` over and under it) is the story's: a box's call and the
        line that closes it differ, when the line reads as a story's sentence (:meth:`story_between_calls`);
        a line that reports speech (:meth:`CaptionParser.reports_speech`: ``..., the director said.``)
        is the story's wherever it stands (mendR67l).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (fixL60) not between two prints of the same call.
        .. versionchanged:: 0.2 (fixL60b) only a story's sentence between them escapes the box."""
        lines, subscribe = state.lines, BoilerplateKind.SUBSCRIBE.value
        if not index or index + 1 >= len(lines) or not state.boilerplate:
            return None
        line, below = lines[index], lines[index + 1]
        filed = state.boilerplate[-1]
        if filed.kind != subscribe or filed.span != lines[index - 1].span or not line.blank_before or not below.blank_before:
            return None
        if len(line.text.split(None, self.STANDFIRST_WORDS)) > self.STANDFIRST_WORDS:
            return None
        if self.captions.reports_speech(line.text):
            return None  # "Subscribers to the clinic's alerts will get reminders, the director said.": the story's (mendR67l)
        if below.text == lines[index - 1].text and self.story_between_calls(line.text):
            return None  # the same call printed twice, the story's sentence between (fixL60)
        under = self.boilerplate.parse_line(below)
        if under is None or under.kind != subscribe:
            return None
        return Boilerplate(line.text, subscribe, line.span)

    def story_between_calls(self, text: str) -> bool:
        """Whether *text*, a line between two prints of the same call, is the story's sentence
        (:meth:`newsletter_blurb`): a sentence of at least :attr:`CaptionParser.PROSE_WORDS` words
        ending in a full stop that states a fact (:meth:`CaptionParser.states_fact`) with no word of
        the reader nor of a newsletter box (:meth:`BoilerplateParser.speaks_to_reader`).  ``The water
        is expected to recede by Wednesday, officials said.`` and ``Schools in the valley stayed
        closed on Tuesday.`` are; ``Privacy policy``,
        ``Thank you for signing up!`` and ``Your daily briefing on the stories that matter,
        delivered every weekday morning.`` are the box's.

        .. versionadded:: 0.2 (fixL60b)"""
        return (
            text.rstrip().endswith(self.boilerplate.STORY_TAIL_ENDS)
            and is_sentence(text, self.captions.PROSE_WORDS)
            and self.captions.states_fact(text)
            and not self.boilerplate.speaks_to_reader(text)
        )

    #: How many lines :meth:`classify_boilerplate` keeps what it found on while a parse reads the
    #: header and the body (the rules ask about the same few lines in turn); past that it forgets
    #: them all, so that a text of many lines never holds them all as objects.
    #:
    #: .. versionadded:: 0.2
    BOILERPLATE_READ_LINES: ClassVar[int] = 64

    def classify_boilerplate(self, line: Line) -> Boilerplate | None:
        """Boilerplate for *line*: a bare credit line (``Photo: Jane Doe, AP``), or what the
        boilerplate parser recognises.  While :meth:`parse` reads the header and the body, a line
        asked about again is not read again (up to :attr:`BOILERPLATE_READ_LINES` lines kept)."""
        held = _BOILERPLATE_READ.get()
        if held is None or held[0] is not self:
            return self.read_boilerplate(line)
        read = held[1]
        span = line.span
        # (the line's fields as the key: a tuple of them hashes without a call into the line's class)
        key = (line.text, span.start, span.end, line.indent, line.blank_before)
        found = read.get(key, _NOT_READ)
        if found is not _NOT_READ:
            return found  # type: ignore[return-value]
        if len(read) >= self.BOILERPLATE_READ_LINES:
            read.clear()
        found = read[key] = self.read_boilerplate(line)
        return found

    def read_boilerplate(self, line: Line) -> Boilerplate | None:
        """The work of :meth:`classify_boilerplate`, each time it is asked: a bare credit line, or
        what the boilerplate parser recognises.

        .. versionadded:: 0.2"""
        if self.captions.might_be_credit_line(line) and self.captions.is_credit_line(line):
            return Boilerplate(line.text, BoilerplateKind.CREDIT.value, line.span)
        if self.is_export_field(line.text):
            return Boilerplate(line.text.strip(), BoilerplateKind.OTHER.value, line.span)  # "PAGE: A4" (fixL65)
        return self.boilerplate.parse_line(line)

    #: The most words of an export field's value after its label (:meth:`is_export_field`:
    #: ``SECTION: Business; Pg. 4`` has 3).
    #:
    #: .. versionadded:: 0.2 (fixL65)
    MAX_EXPORT_FIELD_WORDS: ClassVar[int] = 6

    def is_export_field(self, text: str) -> bool:
        """Whether *text*, a whole line, is a scraper's or an archive's field that says where the
        story ran (``NEWSPAPER SECTION: News``, ``SECTION: Business; Pg. 4``, ``Page: A4``,
        ``LENGTH: 512 words``): a label of ``Vocabulary.EXPORT_FIELD_LABELS`` in capitals or title
        case, a colon, and a value of at most :attr:`MAX_EXPORT_FIELD_WORDS` words that ends no
        sentence; or an e-mail's header field of ``Vocabulary.MAIL_HEADER_LABELS`` with an address
        in its value (``From: The Morning Brief <brief@example.com>``, mendLT66).  A story's
        sentence after such a word (``Section 4: The tenant must ...``, ``Page: the council's report
        says ...``) has no label alone before its colon or runs on.

        .. versionadded:: 0.2 (fixL65)"""
        label, colon, value = text.strip().partition(":")
        if not colon or not label or len(label) > 20 or not (label.isupper() or label.istitle()):
            return False
        if label.casefold() in self.vocabulary.MAIL_HEADER_LABELS and "@" in value and value[:1] == " ":
            return True  # "From: The Morning Brief <brief@example.com>": a newsletter's mail header (mendLT66)
        if label.casefold() not in self.vocabulary.EXPORT_FIELD_LABELS:
            return False
        words = value.split()
        return 0 < len(words) <= self.MAX_EXPORT_FIELD_WORDS and not ends_sentence(value.strip()) and value[:1] == " "

    def lone_button(self, state: ParseState, index: int, boilerplate: Boilerplate) -> bool:
        """Whether *boilerplate*, the share line ``lines[index]``, is only one of
        :attr:`AMBIGUOUS_BUTTONS` (``X``) with no other share line right above or below it: a
        letter on its own, not a share button (a list's ``x``, a text of ``x`` lines).

        .. versionadded:: 0.2"""
        buttons = self._ambiguous_buttons
        if boilerplate.kind != BoilerplateKind.SHARE.value or boilerplate.text.casefold() not in buttons:
            return False
        lines = state.lines
        for step in (-1, 1):
            near = index + step
            if 0 <= near < len(lines):
                text = lines[near].text
                if text.casefold() not in buttons and self.boilerplate.kind(text) == BoilerplateKind.SHARE.value:
                    return False
        return True

    def credit_caption_above(self, state: ParseState, index: int) -> bool:
        """Give a credit line's credit to the caption on the line above when that caption has none;
        a credit line that gives the caption's credit again (:meth:`CaptionParser.repeats_credit`:
        ``... (Jane Roe/AJC)`` over ``Credit: Jane Roe``) is its credit line too, the caption as it
        was (fixL70)."""
        last = state.captions[-1] if state.captions else None
        if not index or last is None or not state.lines[index - 1].span.overlaps(last.span):
            return False
        if self.captions.repeats_credit(last, state.lines[index]):
            return True  # (the credit the caption has, printed again under it: filed as its credit line)
        credited = self.captions.with_credit(last, state.lines[index])
        if credited is None:
            return False
        state.captions[-1] = credited
        return True

    def copyright_credit(self, state: ParseState, index: int) -> bool:
        """A copyright line in the body that credits a picture (``© Jean Dupont / AFP``,
        :meth:`CaptionParser.copyright_credit`) gives its credit to the caption right above it, as
        a ``Photo: ...`` line does (:meth:`credit_caption_above`); or, when it holds a photographer
        and an agency, a slash between them, and stands in the block of the paragraph line right
        above it, makes that line a caption (:meth:`credit_previous`).  An outlet's notice (``©
        AFP``, ``© 2025 City Herald``) under a paragraph stays ``copyright``.  Returns whether it
        credits a caption; the caller files it as ``credit``."""
        line = state.lines[index]
        credit = self.captions.copyright_credit(line)
        if credit is None:
            return False
        if self.credit_caption_above(state, index):
            return True
        above = state.body[-1] if state.body else None
        if above is None or line.blank_before or "/" not in credit or above.span != state.lines[index - 1].span:
            return False
        if not self.credit_previous(state, above, line):
            return False
        state.body.pop()
        return True

    def is_story_source(self, state: ParseState, index: int) -> bool:
        """Whether the credit line ``lines[index]``, a citation (:meth:`CaptionParser.opens_with_citation`:
        ``Source: Xinhua | Editor: Li Wei``), names the source of the story paragraph right above
        it, not a picture's: that paragraph holds several sentences
        (:meth:`CaptionParser.has_inner_stop`: ``... after a long debate. The vote was 7-2.``) and
        is the story's first line or comes under running text (:meth:`is_prose`; a graphic's short
        title over its text, ``Highest share of defense spending.``, makes that text a caption the
        source credits), or is the story's first line and opens with a dateline (``NANNING, June
        18 (Xinhua) -- ...``).
        The line is boilerplate ``sign-off`` then, and the paragraph stays one.

        .. versionadded:: 0.2"""
        if not index or not state.body or not self.captions.opens_with_citation(state.lines[index].text):
            return False
        above = state.body[-1]
        if above.span != state.lines[index - 1].span:
            return False
        sentences = self.captions.has_inner_stop(above.text)
        if len(state.body) == 1:
            return sentences or self.dateline.parse(state.text, above.span, state.reference_date) is not None
        title = state.body[-2]  # a graphic's title over its text ("Highest share of defense spending." / ...) is no prose
        return sentences and title.span == state.lines[index - 2].span and self.is_prose(state.lines, index - 2)

    def credit_previous(self, state: ParseState, previous: Line, credit_line: Line) -> bool:
        """A credit on a line of its own (``Photo by David Dyer-Bennet``) makes the line above it a
        caption, when that line reads as one (:meth:`CaptionParser.caption_above`) and is neither a
        byline nor the author's title right under the byline.  Returns whether it did; the caller
        then takes the line out of wherever it had put it."""
        if self.byline.has_prefix(previous.text):
            return False  # "By Jane Roe · 31 Jan 2025 · 0 Comments" is a byline, not a caption
        byline = state.byline
        if (
            byline is not None
            and not previous.blank_before
            and not ends_sentence(previous.text)
            and previous.span.start >= byline.span.end
            and state.text.count("\n", byline.span.end, previous.span.start) == 1
        ):
            return False  # the author's title, right under the byline (a sentence there is no title)
        caption = self.captions.caption_above(previous, credit_line)
        if caption is None:
            return False
        state.captions.append(caption)
        return True

    def is_sign_off(self, state: ParseState, index: int) -> bool:
        """Whether the credit line ``lines[index]`` is a reporter's sign-off after the story's last
        paragraph, no credit of that paragraph nor a caption of its own: a form that a sign-off
        has (:meth:`CaptionParser.is_story_form`: ``JANE ROE (AFP)``, ``Jane Roe for The
        Associated Press``), with no running text in the :attr:`SIGN_OFF_LOOKAHEAD` lines after it;
        a boilerplate line there that reads as prose (``Copyright 2025 The Associated Press. All
        rights reserved.``) is page furniture, not running text."""
        lines = state.lines
        if not self.captions.is_story_form(lines[index].text):
            return False
        end = min(len(lines), index + 1 + self.SIGN_OFF_LOOKAHEAD)
        return not any(
            self.is_prose(lines, ahead) and self.classify_boilerplate(lines[ahead]) is None
            for ahead in range(index + 1, end)
        )

    def agencies_sign_off(self, state: ParseState, index: int) -> bool:
        """Whether the credit line ``lines[index]`` is news agencies alone (:meth:`is_bare_agency_line`:
        ``dpa/AFP``), set off by a blank line, on the text's last line under the story: the wires'
        sign-off, as one agency alone there is, no credit of the paragraph above it.  A credit that
        names a photographer or a picture library (``Jo Roe/Reuters``, ``AFP/Getty Images``) is none.

        .. versionadded:: 0.2 (mendL63)"""
        lines = state.lines
        line = lines[index]
        return (
            index + 1 == len(lines)
            and line.blank_before
            and bool(state.body)
            and self.is_bare_agency_line(line.text)
        )

    def credit_alone(self, state: ParseState, index: int) -> bool:
        """A bare credit line that credits nothing above it is a caption of its own
        (:meth:`CaptionParser.lone_caption`: a picture printed with a credit only), no longer
        boilerplate, unless it stands right under the byline's names (``Words by Ana Lima`` /
        ``Photographs by Jo Roe``: the photographer of the story; not under the author's role on
        the byline's last line, ``North of England Reporter``), or has a form a byline or a
        sign-off has (:meth:`CaptionParser.is_story_form`) before any paragraph (``Jane Roe
        (Reuters)`` under the headline), or credits all the story's pictures (:meth:`credits_story_pictures`:
        ``Photographs by Asim Hafeez`` alone in its block; mendLT69), or stands in the block of a lede that opens with a
        dateline (:meth:`CaptionParser.opens_with_wire_dateline`: ``MALIBU, Calif. (AP) — ...`` over
        ``Photo: Getty Images``).  Returns whether it is."""
        line = state.lines[index]
        byline = state.byline
        under_byline = (
            byline is not None
            and line.span.start >= byline.span.end
            and not line.blank_before
            and state.text.count("\n", byline.span.end, line.span.start) == 1
            and not self.byline.is_role(state.lines[index - 1].text)  # (not under the author's role: a picture's)
        )
        if under_byline:
            return False  # "Photographs by Jo Roe" right under the byline credits the story's pictures
        if self.credits_story_pictures(line.text):
            return False  # "Photographs by Asim Hafeez" alone in its block: the photographer of them all (mendLT69)
        if self.under_caption_button(state, index):
            return False  # "toggle caption" / "Jo Roe/Getty Images": the credit of a picture, no caption's text
        if not state.body and self.captions.is_story_form(line.text):
            return False  # "Jane Roe (Reuters)" under the headline stands where a byline does
        if self.repeats_caption_credit(state, index):
            return False  # "... on Sunday. Photo: Jane Doe" / "Credit: Jane Doe": that caption's credit again
        if not line.blank_before and index and self.captions.opens_with_wire_dateline(state.lines[index - 1].text):
            return False  # "MALIBU, Calif. (AP) — ..." / "Photo: Getty Images": in the lede's block, its credit (mendR67l)
        caption = self.captions.lone_caption(line)
        if caption is None:
            return False
        state.boilerplate.pop()  # the credit line, boilerplate until now
        state.captions.append(caption)
        return True

    def credits_story_pictures(self, text: str) -> bool:
        """Whether *text*, a bare credit line, credits the story's pictures, all of them: one of
        :attr:`STORY_PICTURE_LABELS` (a plural or the craft: ``Photographs``, ``Photos``,
        ``Photography``) and ``by`` before the names (``Photographs by Asim Hafeez``, ``Photos by
        Jo Roe and Tom Berg``), as a photo essay prints it under its title; a one picture's credit
        (``Photo: Jo Roe``, ``Jo Roe/Getty Images``) may be a picture printed with a credit only.

        .. versionadded:: 0.2 (mendLT69)"""
        label, _, rest = text.strip().partition(" ")
        if label.casefold() not in self._story_picture_labels:
            return False
        word, _, names = rest.partition(" ")
        return word.casefold() in self.STORY_PICTURE_JOINERS and names[:1].isupper()

    def repeats_caption_credit(self, state: ParseState, index: int) -> bool:
        """Whether the credit line ``lines[index]`` gives again the credit of the caption on the
        line right above it, in its block (``A lifeguard at the pool. Photo: Jane Doe`` /
        ``Credit: Jane Doe``, ``REUTERS/Jane Doe`` twice): that caption's credit, boilerplate, no
        caption of its own.

        .. versionadded:: 0.2"""
        line = state.lines[index]
        if not index or line.blank_before or not state.captions:
            return False
        above, last = state.lines[index - 1], state.captions[-1]
        if not above.span.start <= last.span.start < above.span.end or not last.credit:
            return False
        credit = self.captions.credit_of(line)
        return credit is not None and collapse(credit).casefold() == collapse(last.credit).casefold()

    def under_caption_button(self, state: ParseState, index: int) -> bool:
        """Whether the credit line ``lines[index]`` stands right under a picture's button filed as
        boilerplate ``navigation`` (``toggle caption``, ``Enlarge this image``), in its block: the
        credit of the picture, which no caption text goes with.

        .. versionadded:: 0.2"""
        line = state.lines[index]
        if not index or line.blank_before:
            return False
        above = state.lines[index - 1]
        found = state.boilerplate
        return any(
            found[-back].span == above.span and found[-back].kind == BoilerplateKind.NAVIGATION.value
            for back in range(1, min(3, len(found)) + 1)
        )

    def caption_printed_twice(self, state: ParseState, index: int) -> None:
        """When the paragraph line right above the caption that the credit line ``lines[index]``
        just made (``lines[index - 1]``) is that caption again, word for word (a page prints a
        picture's caption over it and under it: ``Evacuees wait at a shelter.`` twice over ``Jo
        Roe/Getty Images``), it is the caption too, taken out of the paragraphs.

        .. versionadded:: 0.2"""
        if index < 2 or not state.body or not state.captions:
            return
        above, twice = state.lines[index - 1], state.lines[index - 2]
        last = state.body[-1]
        if above.blank_before or last.span != twice.span or last.text != above.text:
            return
        state.body.pop()
        state.captions.insert(len(state.captions) - 1, attrs.evolve(state.captions[-1], span=twice.span))

    def is_link_line(self, lines: Sequence[Line], index: int) -> bool:
        """Whether ``lines[index]`` reads as a link or heading rather than text: not running text,
        and not ending a sentence."""
        text = lines[index].text
        return not self.is_prose(lines, index) and not ends_sentence(text) and lines[index].indent < self.body.INDENT


#: The collector's thresholds (:func:`gc.set_threshold`) while :data:`DEFAULT_PARSER` is built at
#: import, the caller's put back after: the parse trees that the ``regex`` module's compiler leaves in
#: reference cycles are freed a few at a time, and their memory is used again by the build, instead of
#: piling up until the next full collection, which is rare while an import makes long-lived objects.
IMPORT_GC_THRESHOLDS = (100, 1, 1)

_caller_thresholds = gc.get_threshold()
gc.set_threshold(*IMPORT_GC_THRESHOLDS)
try:
    #: The parser :func:`parse_article` and :func:`~newsparse.parse_many` use when given none.
    DEFAULT_PARSER = ArticleParser()
finally:
    gc.set_threshold(*_caller_thresholds)


#: The parsers :func:`parse_article` and :func:`~newsparse.parse_many` made for a ``language``, by
#: the pack's code: each is built at its first use and kept (a parser is stateless, so one serves
#: every call and thread; two threads asking at once may each build one, and one of them is kept).
_LANGUAGE_PARSERS: dict[str, ArticleParser] = {}


def parser_for(language: str | None) -> ArticleParser:
    """The parser :func:`parse_article` uses for *language*: :data:`DEFAULT_PARSER` for ``None``,
    else an ``ArticleParser(language=...)`` for the language's pack, built once and kept.
    :class:`TypeError` for a *language* that is not a ``str``, :class:`ValueError` (naming the
    known codes) for one without a pack.

    .. versionadded:: 0.2"""
    checked = check_option("parse_article", "language", language, str)
    if checked is None:
        return DEFAULT_PARSER
    from .quotes.languages import language_pack

    code = language_pack(checked).code
    parser = _LANGUAGE_PARSERS.get(code)
    if parser is None:
        parser = _LANGUAGE_PARSERS.setdefault(code, ArticleParser(language=code))
    return parser


def parse_article(text: str, *, reference_date: dt.date | None = None, language: str | None = None) -> Article:
    """Parse the plain text of a news article with the default :class:`ArticleParser`, or, with
    *language* (``"fr"``, ``"de-AT"``, ``"es"``, ``"en-GB"``: any tag :func:`~newsparse.quotes.languages.language_pack`
    takes), with a parser for that language's pack (:func:`parser_for`).

    >>> article = parse_article("WORLD\\nRain ends drought\\n\\nPARIS (AFP) - It rained, officials said.")
    >>> article.section, article.headline.text, article.dateline.place
    (('WORLD',), 'Rain ends drought', 'PARIS')
    >>> article.paragraphs[0].text
    'It rained, officials said.'
    >>> parse_article("Il pleut\\n\\n« Il pleut », a déclaré le maire.", language="fr").quotes[0].cue
    'a déclaré'
    """
    return parser_for(language).parse(text, reference_date=reference_date)
