"""The section kicker above a headline: ``CHINA / SOCIETY`` -> ``("CHINA", "SOCIETY")``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import attrs
import regex

from .errors import check_option
from .lines import Line, ends_sentence
from .spans import Span
from .vocabulary import KEEP_GIL, Vocabulary

__all__ = ["Section", "SectionParser"]

_INVISIBLE_EDGE = regex.compile(r"^\p{Cf}++|\p{Cf}++$")  # zero-width and bidi format characters around a label
_YEAR = regex.compile(r"(?:19|20)\d\d")  # a year written after an event's name in a kicker ("ELECTIONS 2024")


@attrs.frozen
class Section:
    """A parsed kicker line: its ``labels`` in order, with the raw ``text`` and ``span``."""

    labels: tuple[str, ...]
    text: str
    span: Span


class SectionParser:
    """Reads the first line of an article as a section kicker when it looks like one.

    A kicker is short, has no sentence punctuation, and is followed by a longer line
    (the headline).  Labels are split on :attr:`SEPARATORS`.
    """

    #: Characters that separate the levels of a section path.
    SEPARATORS: ClassVar[tuple[str, ...]] = ("/", "|", ">", "»", "›", "•", "·", "::")
    #: Separators that a path of sections uses (a breadcrumb: ``Home » Recipes » Baking``): a
    #: kicker with one of them needs no longer line under it.
    PATH_SEPARATORS: ClassVar[tuple[str, ...]] = (">", "»", "›")
    #: Among :attr:`PATH_SEPARATORS`, those a headline may use between two things
    #: (``Apple > Samsung``): a path with them needs :attr:`MIN_WEAK_PATH_LABELS` labels.
    WEAK_PATH_SEPARATORS: ClassVar[tuple[str, ...]] = (">",)
    MIN_WEAK_PATH_LABELS: ClassVar[int] = 3
    #: The most words one label may have.
    MAX_LABEL_WORDS: ClassVar[int] = 4
    #: The most labels a kicker may have.
    MAX_LABELS: ClassVar[int] = 5
    #: The most words a kicker in sentence case may have (``Climate crisis``; see
    #: :meth:`is_sentence_case_label`).
    #:
    #: .. versionadded:: 0.2
    MAX_SENTENCE_CASE_WORDS: ClassVar[int] = 3
    #: The English nouns that end a section's label in sentence case and no short headline's verb
    #: (``Local news``, ``Personal finance``, ``UK politics``, ``The big picture``: see
    #: :meth:`is_section_phrase`), in lower case; the vocabulary's own (``Vocabulary.SECTION_NOUNS``:
    #: French ``Faits divers``, German ``Aus der Politik``) are read beside them.
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 the nouns of other languages moved to ``Vocabulary.SECTION_NOUNS``.
    SECTION_NOUNS: ClassVar[frozenset[str]] = frozenset(
        {"news", "politics", "finance", "business", "economy", "money", "sport", "sports", "opinion", "culture",
         "crisis", "picture", "science", "technology", "tech", "health", "travel", "weather", "affairs", "world",
         "election", "elections", "briefing", "explainer", "analysis", "comment", "life", "lifestyle", "policy",
         # a desk named by its field (mendLT67): "Health care", "Aged care", "Higher education"
         "care", "education",
         # a markets desk (fixL68): "Markets" / "Stocks slide"
         "markets"}
    )
    #: The English nouns that say what kind of piece a page is, the last word of a label over its
    #: title (``Match report``, ``Film review``, ``Player ratings``), in lower case: a section's
    #: label as :attr:`SECTION_NOUNS` are (:meth:`is_section_phrase`), and one no headline ends
    #: in, so that it is the section over a title with the story right under it too
    #: (:meth:`is_piece_phrase`; ``Harbour news`` there stays the headline).
    #:
    #: .. versionadded:: 0.2
    PIECE_NOUNS: ClassVar[frozenset[str]] = frozenset(
        {"report", "review", "reviews", "preview", "interview", "recap", "blog", "podcast", "obituary", "letters",
         "profile", "column", "editorial", "essay", "ratings", "diary", "live", "read"}
    )
    #: The English nouns that end a running story's topic label in sentence case (``Ukraine war``,
    #: ``Gaza conflict``, ``Covid pandemic``), in lower case: nouns a short headline hardly ends in
    #: as its verb (not ``strikes``, ``talks``, ``protests``: ``Nurses strike``).  Such a label is
    #: the section over a longer title only with a byline or a stamp right under that title
    #: (``ArticleParser.section_over_headline``; :meth:`is_topic_phrase`), never over a standfirst
    #: alone.
    #:
    #: .. versionadded:: 0.2 (fixL70)
    TOPIC_NOUNS: ClassVar[frozenset[str]] = frozenset(
        {"war", "conflict", "invasion", "ceasefire", "pandemic", "outbreak", "inquiry", "trial", "scandal",
         "wildfires", "earthquake", "referendum", "summit", "shooting", "hurricane", "typhoon", "heatwave"}
    )
    #: The endings of a word in lower case that reads as a headline's verb before a topic noun
    #: (``Judge halts trial``, ``Storm hits summit``, ``Court orders inquiry``): a label with such a
    #: word between its first word and its topic noun is a short headline, not a running story's
    #: topic (:meth:`is_topic_phrase`), unless the word ends in one of :attr:`NOT_VERB_ENDINGS`
    #: (``Bondi mass shooting``, ``Virus trial``).
    #:
    #: .. versionadded:: 0.2 (rvl70)
    VERB_LIKE_ENDINGS: ClassVar[tuple[str, ...]] = ("s",)
    #: The endings that make a word of :attr:`VERB_LIKE_ENDINGS` no verb (``mass``, ``virus``,
    #: ``crisis``, ``famous``).
    #:
    #: .. versionadded:: 0.2 (rvl70)
    NOT_VERB_ENDINGS: ClassVar[tuple[str, ...]] = ("ss", "us", "is")
    #: Words that end a kicker in title case over a headline in sentence case and hardly ever a
    #: short headline (``Local Democracy Reporting``, ``Ukraine War Latest``, ``Pacific Affairs Desk``,
    #: ``Coastal Storm Watch``):
    #: ``ArticleParser.kicker_over_title`` takes a label in title case for a kicker only when its
    #: last word is one of them (or the label names a kind of piece), so that a short headline in
    #: title case over a deck stays the headline (``Fed Holds Rates Steady``, reader63b; not a
    #: section noun either: ``Council Approves Parking Policy``, ``Club Plans Stadium Review``,
    #: ``Apple Delays Software Updates``, trial63b).  Not ``story``: ``A Love Story`` is a headline.
    #: ``news`` ends a place's or a desk's label (``Greater Manchester News``, ``Bay Area News``) over
    #: a title in sentence case; the outlet's own name there is its masthead, no section
    #: (``ArticleParser.masthead_kicker``).
    #:
    #: .. versionadded:: 0.2 (trialL63)
    #: .. versionchanged:: 0.2 ``news`` (mendLT69).
    KICKER_NOUNS: ClassVar[frozenset[str]] = frozenset({"latest", "reporting", "desk", "watch", "news"})
    #: Dashes that separate two labels of a kicker when spaces stand on both sides of them
    #: (``Bretagne - Saint-Brieuc``, a region and its town), each label then one that
    #: :meth:`is_single_label` reads (``Brexit - what next`` is a headline); never inside a word.
    #:
    #: .. versionadded:: 0.2
    SPACED_DASHES: ClassVar[tuple[str, ...]] = ("-", "–", "—")
    #: The first crumb of a breadcrumb that names the site's front page (``Home > News > Local``),
    #: in lower case: site navigation, not a section, so :meth:`without_home` leaves it out of the
    #: labels when others follow (the section is ``("News", "Local")``; the kicker's text and span
    #: keep it).  English and the languages of the language packs (a page in any language may be
    #: read by the default parser, and these crumbs are site navigation, no section's words); an
    #: empty set keeps it.
    #:
    #: .. versionadded:: 0.2
    HOME_LABELS: ClassVar[frozenset[str]] = frozenset(
        {"home", "homepage", "home page", "startseite", "start", "accueil", "inicio", "portada"}
    )
    #: Words that open a breadcrumb before a colon (``You are here: Home > Politics``), in lower case:
    #: left out of the labels (the kicker's text and span keep them).  An empty set reads none.
    #:
    #: .. versionadded:: 0.2
    BREADCRUMB_LEADS: ClassVar[frozenset[str]] = frozenset(
        {"you are here", "sie sind hier", "du bist hier", "vous êtes ici", "usted está aquí", "estás aquí"}
    )
    #: The networks whose local stations print their name and channel over a story (``NBC 5
    #: Chicago``, ``ABC7``, ``FOX 13 Detroit``), as written: with a station's call sign of
    #: :attr:`CALL_SIGN` they make a station's name (:meth:`is_station_name`).  An empty set and an
    #: empty pattern read none.
    #:
    #: .. versionadded:: 0.2
    NETWORKS: ClassVar[frozenset[str]] = frozenset({"ABC", "NBC", "CBS", "FOX", "Fox", "CW", "PBS", "ITV", "CTV"})
    #: The words a station's name may hold between its call sign or network and its channel
    #: (``WXYZ News 7``).
    #:
    #: .. versionadded:: 0.2
    STATION_WORDS: ClassVar[tuple[str, ...]] = ("News",)
    #: A broadcasting station's call sign as a masthead prints it (``WXYZ``, ``KARE``: North American
    #: stations, four capitals after a ``K`` or a ``W``, or three).
    #:
    #: .. versionadded:: 0.2
    CALL_SIGN: ClassVar[str] = r"[KW][A-Z]{2,3}"
    #: The most words a station's name has (:meth:`is_station_name`: ``CBS 2 Hong Kong``).
    #:
    #: .. versionadded:: 0.2
    MAX_STATION_WORDS: ClassVar[int] = 4
    #: Words that open a byline: a line whose first label is one of them and a person's name
    #: (:meth:`is_byline_label`: ``By Maria Santos | Reuters``) is never a section.
    #:
    #: .. versionadded:: 0.2
    BYLINE_OPENERS: ClassVar[tuple[str, ...]] = ("By", "BY")
    #: The fewest letters of a word in lower case that says a line is in sentence case
    #: (:meth:`in_sentence_case`): shorter ones (``as``, ``for``, ``and``) a title case leaves in
    #: lower case too.
    #:
    #: .. versionadded:: 0.2
    MIN_SENTENCE_CASE_LETTERS: ClassVar[int] = 4
    #: The postal codes of the states of the United States (and its capital's district), as a
    #: local news site names its town's edition over a story (``Montclair, NJ News``:
    #: :meth:`is_local_edition`).  An empty set reads none.
    #:
    #: .. versionadded:: 0.2 (mendLB70)
    STATE_CODES: ClassVar[frozenset[str]] = frozenset(
        {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
         "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
         "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"}
    )
    #: The most words of a town's name in a local edition's label (:meth:`is_local_edition`).
    #:
    #: .. versionadded:: 0.2 (mendLB70)
    MAX_EDITION_TOWN_WORDS: ClassVar[int] = 3
    #: Words that join the two words of a kicker without a separator (``Food & Drink``).
    CONNECTORS: ClassVar[frozenset[str]] = frozenset({"&", "and", "+", "und", "et", "y", "e"})

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        #: The months and weekdays a date line is read with (:meth:`is_date_line`).
        #:
        #: .. versionadded:: 0.2
        self.vocabulary = check_option("SectionParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        seps = "|".join(regex.escape(s) for s in self.SEPARATORS)
        self._split = regex.compile(rf"\s*+(?:{seps})\s*+")
        dashes = "|".join(regex.escape(s) for s in self.SPACED_DASHES)
        self._dash_split = regex.compile(rf"\s++(?:{dashes})\s++") if self.SPACED_DASHES else None
        self._determiners = frozenset(word.casefold() for word in self.vocabulary.ARTICLES if word.isalpha())
        #: :attr:`SECTION_NOUNS` and the vocabulary's own (``Vocabulary.SECTION_NOUNS``), case-folded.
        #:
        #: .. versionadded:: 0.2
        self.section_nouns = frozenset(
            w.casefold() for w in (*self.SECTION_NOUNS, *self.PIECE_NOUNS, *self.vocabulary.SECTION_NOUNS)
        )
        self._piece_nouns = frozenset(w.casefold() for w in self.PIECE_NOUNS)
        self._section_only_nouns = self.section_nouns - self._piece_nouns
        self._kicker_nouns = frozenset(w.casefold() for w in self.KICKER_NOUNS)
        self._topic_nouns = frozenset(w.casefold() for w in self.TOPIC_NOUNS)
        networks = "|".join(regex.escape(name) for name in sorted(self.NETWORKS, key=len, reverse=True))
        heads = "|".join(part for part in (self.CALL_SIGN, networks) if part)
        words = "".join(rf"(?:\s++{regex.escape(word)})?+" for word in self.STATION_WORDS)
        # a station's name: a call sign or a network, maybe "News", a channel of one or two digits
        # (apart or glued: "ABC7"), maybe words after it (a place: is_station_name reads them)
        station = rf"(?:{heads}){words}(?:\s++|(?<=[A-Z]))\d{{1,2}}+(?P<place>(?:\s++\p{{Lu}}[\p{{L}}.'’\-]*+)*+)"
        self._station = regex.compile(station) if heads else None
        self._label = regex.compile(rf"[\w&'’.,\-]++(?:\s[\w&'’.,\-]++){{0,{self.MAX_LABEL_WORDS - 1}}}")

    def parse(self, lines: Sequence[Line], index: int) -> Section | None:
        """A :class:`Section` from ``lines[index]``, or ``None`` if that line is not a kicker."""
        if index + 1 >= len(lines):
            return None
        line = lines[index]
        following = lines[self.headline_index(lines, index)]
        crumbs = self.without_title_crumb(line.text, following.text)
        labels = self.split(crumbs)
        if labels is not None and self.is_byline_label(labels[0]):
            return None  # ("By Maria Santos | Reuters" over the headline: a byline)
        if labels is None or self.is_home_only(labels):
            return None  # ("You are here: Home": a breadcrumb of the front page alone is navigation)
        is_path = crumbs != line.text or self.is_breadcrumb(line.text, labels)
        if not self.is_followed_by_headline(line, following, shorter=is_path):
            return None
        if self.dash_split_over_sentence(line.text, labels, following.text):
            return None  # ("Real Madrid – Barcelona" over the story's first sentence: the headline)
        return Section(self.without_site(self.without_home(labels)), line.text, line.span)

    def without_site(self, labels: tuple[str, ...]) -> tuple[str, ...]:
        """*labels* without a first crumb that is the site's own name when other labels follow it
        (``News24 | South Africa | Politics`` gives ``("South Africa", "Politics")``): a known
        outlet (``Vocabulary.is_agency``: ``BBC``, ``CNN``) or a name with a number glued after it
        (:meth:`is_numbered_name`: ``News24``, ``France24``), no section.

        .. versionadded:: 0.2 (mendL65)"""
        if len(labels) > 1 and (self.vocabulary.is_agency(labels[0]) or self.is_numbered_name(labels[0])):
            return labels[1:]
        return labels

    def is_numbered_name(self, label: str) -> bool:
        """Whether *label* is one capitalised word of at least :attr:`NUMBERED_NAME_LETTERS` letters
        with a number of at most three digits glued after it (``News24``, ``France24``), as a site or
        a channel names itself; not a section's label (``Politics``), a year (``Election 2024`` has a
        space) nor a short topic's (``G20``, ``F1``).

        .. versionadded:: 0.2 (mendL65)"""
        letters = label.rstrip("0123456789")
        if letters == label or len(label) - len(letters) > 3 or len(letters) < self.NUMBERED_NAME_LETTERS:
            return False
        return letters.isalpha() and letters[:1].isupper()

    #: The fewest letters of a site's name with a number glued after it (:meth:`is_numbered_name`).
    #:
    #: .. versionadded:: 0.2 (mendL65)
    NUMBERED_NAME_LETTERS: ClassVar[int] = 4

    def is_breadcrumb(self, text: str, labels: Sequence[str]) -> bool:
        """Whether *text*, cut into *labels*, is a path of sections (a breadcrumb) that needs no
        longer line under it: two labels or more joined by :attr:`PATH_SEPARATORS` (``Recipes »
        Baking``), at least :attr:`MIN_WEAK_PATH_LABELS` of them with one of
        :attr:`WEAK_PATH_SEPARATORS` alone (``Apple > Samsung`` may be a headline), or fewer when
        the words of :attr:`BREADCRUMB_LEADS` open it or its first crumb is one of
        :attr:`HOME_LABELS` (``You are here: Home > Sport``, ``Home > Sport``: no headline's words).

        .. versionadded:: 0.2"""
        if len(labels) < 2 or not any(mark in text for mark in self.PATH_SEPARATORS):
            return False
        if labels[0].casefold() in self.HOME_LABELS or self.breadcrumb_lead(text):
            return True
        return any(
            mark in text and (mark not in self.WEAK_PATH_SEPARATORS or len(labels) >= self.MIN_WEAK_PATH_LABELS)
            for mark in self.PATH_SEPARATORS
        )

    def is_byline_label(self, label: str) -> bool:
        """Whether *label* is one of :attr:`BYLINE_OPENERS` and a person's name: a given name the
        vocabulary knows and one capitalised word or more after it (``By Maria Santos``; not ``By
        Invitation``, a column's name, nor ``By the Numbers``).

        .. versionadded:: 0.2"""
        words = label.split()
        if len(words) < 3 or words[0] not in self.BYLINE_OPENERS:
            return False
        return self.vocabulary.is_given_name(words[1]) and all(word[:1].isupper() for word in words[2:])

    def breadcrumb_lead(self, text: str) -> bool:
        """Whether *text* opens with the words of :attr:`BREADCRUMB_LEADS` before a colon (``You are
        here: Home > Sport``).

        .. versionadded:: 0.2"""
        lead, colon, _ = text.partition(":")
        return bool(colon) and " ".join(lead.casefold().split()) in self.BREADCRUMB_LEADS

    def without_title_crumb(self, text: str, title: str) -> str:
        """*text* without its last crumb when that crumb is *title*, the line under it, printed
        again (``Home > News > Council to shut four day centres`` over ``Council to shut four day
        centres``: a breadcrumb that ends in the page's own title, whose labels are the crumbs
        before it); the crumbs are cut at :attr:`PATH_SEPARATORS` and compared without case and
        with runs of spaces read as one.  Else *text* as it is.

        .. versionadded:: 0.2"""
        wanted = " ".join(title.split()).casefold()
        if not wanted:
            return text
        for mark in self.PATH_SEPARATORS:
            head, found, last = text.rpartition(mark)
            if found and head.strip() and " ".join(last.split()).casefold() == wanted:
                return head.rstrip()
        return text

    def is_home_path(self, text: str) -> bool:
        """Whether *text* is a breadcrumb that holds only :attr:`HOME_LABELS` after the words of
        :attr:`BREADCRUMB_LEADS` (``You are here: Home``) or between :attr:`PATH_SEPARATORS`
        (``Home >``): site navigation that :meth:`parse` reads as no kicker.

        .. versionadded:: 0.2"""
        labels = self.split(text)
        return labels is not None and self.is_home_only(labels) and text.strip().casefold() not in self.HOME_LABELS

    def is_home_only(self, labels: Sequence[str]) -> bool:
        """Whether every label of a kicker is one of :attr:`HOME_LABELS` (``Home``, ``You are here:
        Home``, ``Home > Home``): a link to the site's front page, navigation, never a section.

        .. versionadded:: 0.2"""
        return bool(labels) and all(label.casefold() in self.HOME_LABELS for label in labels)

    def without_home(self, labels: tuple[str, ...]) -> tuple[str, ...]:
        """*labels* without a first crumb of :attr:`HOME_LABELS` when other labels follow it
        (``Home > News > Local`` gives ``("News", "Local")``; a kicker of ``Home`` alone is none:
        :meth:`is_home_only`).

        .. versionadded:: 0.2"""
        if len(labels) > 1 and labels[0].casefold() in self.HOME_LABELS:
            return labels[1:]
        return labels

    def dash_split_over_sentence(self, text: str, labels: Sequence[str], following: str) -> bool:
        """Whether the labels of *text* come from cutting it at :attr:`SPACED_DASHES` alone and the
        line under it ends a sentence (``Real Madrid – Barcelona`` over ``The two sides met on
        Sunday ...``): a headline of two names over the story, no kicker over a headline.

        .. versionadded:: 0.2"""
        if len(labels) < 2 or self._dash_split is None or self._dash_split.search(text, 0, None, KEEP_GIL) is None:
            return False
        if self._split.search(text, 0, None, KEEP_GIL) is not None:
            return False  # (another separator, "News | Bretagne - Saint-Brieuc": a path)
        return ends_sentence(following)

    def headline_index(self, lines: Sequence[Line], index: int) -> int:
        """Where the headline under a kicker on ``lines[index]`` stands: on the next line, or on
        the one after it when the next line is a date line (:meth:`is_date_line`: ``WORLD`` /
        ``Tuesday 5 March 2024`` / the headline), which the header reads as a stamp or leaves
        as boilerplate, and that one ends no sentence (a date over the story's first sentence
        is under a headline, not a kicker: ``Apple > Samsung`` / ``May 12, 2025`` / ``The phone
        maker reported ...``).

        .. versionadded:: 0.2"""
        below = index + 1
        if below + 1 < len(lines) and self.is_date_line(lines[below].text) and not ends_sentence(lines[below + 1].text):
            return below + 1
        return below

    def parse_stack(self, lines: Sequence[Line]) -> tuple[Section, int] | None:
        """The kicker of a page that prints its section path one label a line, in the first block
        (``National`` / ``NSW`` / ``Bushfires``), over the headline after a blank line: two to
        :attr:`MAX_LABELS` lines, each one label as :meth:`is_single_label` reads one, and a
        headline under them longer than each.  The :class:`Section` spans the block; returns it
        and how many lines it holds, or ``None``."""
        count = 1
        while count < len(lines) and count <= self.MAX_LABELS and not lines[count].blank_before:
            count += 1
        if not 2 <= count <= self.MAX_LABELS or count >= len(lines):
            return None
        labels: list[str] = []
        for line in lines[:count]:
            found = self.split(line.text)
            if found is None or len(found) != 1 or not self.is_followed_by_headline(line, lines[count]):
                return None
            labels.append(found[0])
        span = Span(lines[0].span.start, lines[count - 1].span.end)
        return Section(tuple(labels), "\n".join(line.text for line in lines[:count]), span), count

    def split(self, text: str) -> tuple[str, ...] | None:
        """The labels of *text*, or ``None`` when *text* cannot be a kicker.  Invisible format
        characters (bidi controls, zero-width spaces: category ``Cf``) around a label are left out
        of it (``\u202bWORLD\u202c`` gives ``WORLD``), and so are the words of :attr:`BREADCRUMB_LEADS`
        before a colon (``You are here: Home > Politics``).

        .. versionchanged:: 0.2 a breadcrumb's lead words left out."""
        text = _INVISIBLE_EDGE.sub("", text, 0, None, None, KEEP_GIL)
        if self.breadcrumb_lead(text):
            text = text.partition(":")[2].strip()  # "You are here: Home > Politics"
        if not text or len(text) > 80 or text[-1] in ".!?:;\"”" or self.is_date_line(text):
            return None
        parts = self._split.split(text, 0, KEEP_GIL)
        labels = tuple(label for part in parts if (label := _INVISIBLE_EDGE.sub("", part, 0, None, None, KEEP_GIL)))
        labels = tuple(piece for label in labels for piece in self.split_dashes(label))
        if not labels or len(labels) > self.MAX_LABELS:
            return None
        if not all(self._label.fullmatch(label, 0, None, KEEP_GIL) for label in labels):
            return None
        if len(labels) == 1 and not self.is_single_label(labels[0]):
            return None
        return labels

    def split_dashes(self, label: str) -> tuple[str, ...]:
        """*label* cut at its :attr:`SPACED_DASHES` when every piece is a label of its own
        (:meth:`is_single_label`: ``Bretagne - Saint-Brieuc`` gives ``Bretagne`` and
        ``Saint-Brieuc``); else *label* whole (``Brexit - what next``, ``Saint-Brieuc``).

        .. versionadded:: 0.2"""
        if self._dash_split is None or self._dash_split.search(label, 0, None, KEEP_GIL) is None:
            return (label,)
        pieces = tuple(piece for piece in self._dash_split.split(label) if piece)
        if len(pieces) < 2 or not all(self._label.fullmatch(piece) and self.is_single_label(piece) for piece in pieces):
            return (label,)
        return pieces

    def is_event_year(self, word: str) -> bool:
        """Whether *word* is a year as a kicker writes it after an event's or a topic's name, four
        digits from 1900 to 2099 (``2026`` in ``Election 2026``).

        .. versionadded:: 0.2 (rvl68)"""
        return _YEAR.fullmatch(word) is not None

    def is_date_line(self, text: str) -> bool:
        """Whether *text* is a date written out and nothing else (``Tuesday``, ``5 March``:
        :meth:`Vocabulary.is_date_phrase`), the day's date a page prints over its headline, no
        section's label.

        .. versionadded:: 0.2"""
        return self.vocabulary.is_date_phrase(text)

    def is_single_label(self, label: str) -> bool:
        """Whether a kicker with no separator, such as ``WORLD`` or ``Business``, is a section.

        Only one or two capitalised words qualify, maybe joined by one of :attr:`CONNECTORS`
        (``Food & Drink``, ``Arts and Culture``), maybe with a determiner of the vocabulary's
        ``ARTICLES`` after a connector that is a sign (``Israel & the Region``; not ``Trump and the
        Press``), maybe with a year after words in capitals or two words
        (``ELECTIONS 2024``, ``World Cup 2026``; ``Budget 2025`` is a headline), so that a short headline is not taken for a kicker;
        a label in capitals may open with a determiner of the vocabulary's ``ARTICLES`` besides
        (a column's name over its title: ``THE GREEN LEDGER``, ``THE BIG PICTURE``).

        .. versionchanged:: 0.2 a label in capitals after a determiner; a year after the words.
        .. versionchanged:: 0.2 a determiner after the connector (mendLT71).
        """
        if self.is_station_name(label):
            return True  # "WXYZ News 7", "NBC 5 Chicago": a station's masthead over its story
        if self.is_local_edition(label):
            return True  # "Montclair, NJ News": a town's edition of a local news site (mendLB70)
        words = label.split()
        if self.is_column_name(label):
            words = words[1:]  # "THE GREEN LEDGER": a column's name
        if len(words) > 1 and _YEAR.fullmatch(words[-1]) and (len(words) > 2 or words[0].isupper()):
            # "ELECTIONS 2024", "World Cup 2026": an event's year after its name in capitals or of two
            # words (not "Budget 2025", a short headline as well)
            words = words[:-1]
        if len(words) == 4 and words[1] in self.CONNECTORS and not words[1].isalpha() and self.vocabulary.is_article(words[2]):
            # "Israel & the Region": a determiner after a connector's sign, not its word ("Trump and the
            # Press" is a short headline; mendLT71)
            words = [words[0], words[1], words[3]]
        if len(words) == 3 and words[1] in self.CONNECTORS:
            words = [words[0], words[2]]
        return len(words) <= 2 and all(w[:1].isupper() for w in words)

    def is_local_edition(self, text: str) -> bool:
        """Whether *text* is a local news site's label of a town's edition: up to
        :attr:`MAX_EDITION_TOWN_WORDS` capitalised words, a comma, a state's postal code
        (:attr:`STATE_CODES`) and one capitalised word of :attr:`SECTION_NOUNS` (``Montclair, NJ
        News``, ``Red Bank, NJ Politics``); not ``Trump, EU Talks`` nor ``Paris, Texas News``.

        .. versionadded:: 0.2 (mendLB70)"""
        town, comma, rest = text.partition(",")
        words, after = town.split(), rest.split()
        if not comma or not 0 < len(words) <= self.MAX_EDITION_TOWN_WORDS or len(after) != 2:
            return False
        if not all(word[:1].isupper() and word[1:].islower() for word in words):
            return False
        code, noun = after
        return code in self.STATE_CODES and noun[:1].isupper() and noun.casefold() in self._section_only_nouns

    def is_station_name(self, text: str) -> bool:
        """Whether *text* is a broadcasting station's name as its site prints it over a story: a
        call sign (:attr:`CALL_SIGN`) or one of :attr:`NETWORKS`, maybe words of
        :attr:`STATION_WORDS` (``News``), and a channel of one or two digits, apart or glued, maybe a
        place the vocabulary knows after it (``WXYZ News 7``, ``KARE 11``, ``NBC 5 Chicago``,
        ``ABC7``), at most :attr:`MAX_STATION_WORDS` words; a kicker of one label, as a call sign
        and a place are (``KXAN Austin``).  Not ``Apollo 11``, nor ``Budget 2025``, nor a title
        that opens with an acronym and a number (``WHO 5 Key Facts``, ``KPMG 10 Lessons``).

        .. versionadded:: 0.2"""
        text = text.strip()
        if self._station is None or len(text.split()) > self.MAX_STATION_WORDS:
            return False
        found = self._station.fullmatch(text, 0, None, KEEP_GIL)
        if found is None:
            return False
        place = found["place"].strip()
        return not place or self.vocabulary.is_place(place)

    def is_column_name(self, text: str) -> bool:
        """Whether *text* is three words in capitals that open with a determiner of the
        vocabulary's ``ARTICLES`` (``THE GREEN LEDGER``, ``THE LONG GOODBYE``): a column's name
        alone over a post's title (:meth:`is_single_label` takes it), or a headline in capitals,
        which is what it is under another label (``ARTS`` / ``THE LONG GOODBYE`` / a standfirst:
        ``ArticleParser.section_pair`` leaves it to the headline).

        .. versionadded:: 0.2"""
        words = text.split()
        return len(words) == 3 and text.isupper() and words[0].casefold() in self._determiners

    def is_sentence_case_label(self, text: str) -> bool:
        """Whether *text* may be one kicker label in sentence case (``Climate crisis``, ``UK
        politics``): one label of two to :attr:`MAX_SENTENCE_CASE_WORDS` words that opens with a
        capital, has a word after the first in lower case and no sentence punctuation.  A short
        headline reads so too (``Rates rise``): the pipeline takes it for a kicker only where the
        layout says so (:meth:`ArticleParser.kicker_over_standfirst`).

        .. versionadded:: 0.2"""
        text = _INVISIBLE_EDGE.sub("", text, 0, None, None, KEEP_GIL)
        words = text.split()
        if not text[:1].isupper() or not 2 <= len(words) <= self.MAX_SENTENCE_CASE_WORDS or text[-1] in ".!?:;\"”":
            return False
        if all(word[:1].isupper() for word in words):
            return False  # title case: a name ("The Harbour Blog"), read as a kicker by split() or not at all
        return self._split.search(text) is None and self._label.fullmatch(text) is not None

    def is_title_case_label(self, text: str) -> bool:
        """Whether *text* may be one kicker label of three words in title case that opens with a
        determiner of the vocabulary's ``ARTICLES`` (``The Long Read``, ``The Big Idea``), with no
        sentence punctuation and no separator.  A short headline reads so too (``The
        Quiet Cartel``): the pipeline takes it for a kicker only where the layout says so, as it
        does a label in sentence case (:meth:`ArticleParser.kicker_over_standfirst`).

        .. versionadded:: 0.2"""
        text = _INVISIBLE_EDGE.sub("", text, 0, None, None, KEEP_GIL)
        words = text.split()
        if len(words) != 3 or text[-1] in ".!?:;\"”" or not all(word[:1].isupper() for word in words):
            return False
        if words[0].casefold() not in self._determiners:
            return False
        return self._split.search(text) is None and self._label.fullmatch(text) is not None

    def opens_with_article(self, word: str) -> bool:
        """Whether *word* is one of the vocabulary's ``ARTICLES`` (``The``, ``La``), in any case.

        .. versionadded:: 0.2 (reread of round 63)"""
        return word.casefold() in self._determiners

    def ends_kicker(self, text: str) -> bool:
        """Whether *text*, a label, ends in one of :attr:`KICKER_NOUNS` (``Local Democracy
        Reporting``, ``Ukraine War Latest``).

        .. versionadded:: 0.2 (reader63b)"""
        words = text.split()
        return bool(words) and words[-1].strip(".,:;!?").casefold() in self._kicker_nouns

    def is_title_label(self, text: str) -> bool:
        """Whether *text* may be one kicker label of two to :attr:`MAX_LABEL_WORDS` words in title case
        (``Local Democracy Reporting``, ``Ukraine War Latest``, ``Letters to the Editor``): its first
        and last words capitalised, each word between them capitalised or a linking word of the
        vocabulary in lower case (``PHRASE_LINKS``, ``ARTICLES``), no sentence punctuation and no
        separator.  A short headline in title case reads so too (``Markets Rally Again``): the
        pipeline takes it for a kicker only over a headline in sentence case
        (:meth:`ArticleParser.kicker_over_title`).

        .. versionadded:: 0.2"""
        text = _INVISIBLE_EDGE.sub("", text, 0, None, None, KEEP_GIL)
        words = text.split()
        if not 2 <= len(words) <= self.MAX_LABEL_WORDS or text[-1] in ".!?:;,\"”":
            return False
        if not (words[0][:1].isupper() and words[-1][:1].isupper()):
            return False
        vocabulary = self.vocabulary
        if not all(
            word[:1].isupper() or vocabulary.is_phrase_link(word) or vocabulary.is_article(word) for word in words[1:-1]
        ):
            return False
        return self._split.search(text) is None and self._label.fullmatch(text) is not None

    def in_sentence_case(self, text: str) -> bool:
        """Whether *text* is written in sentence case: a word after its first in lower case, of
        :attr:`MIN_SENTENCE_CASE_LETTERS` letters or more, that is no linking word, article or
        preposition of the vocabulary (``Ferry cuts leave islanders stranded``; not ``Fed Holds
        Rates Steady as Inflation Cools``, whose lower-case words a title case leaves so).

        .. versionadded:: 0.2"""
        vocabulary = self.vocabulary
        return any(
            len(word) >= self.MIN_SENTENCE_CASE_LETTERS
            and word.isalpha()
            and word.islower()
            and not (vocabulary.is_phrase_link(word) or vocabulary.is_article(word) or vocabulary.is_preposition(word))
            for word in text.split(None, 40)[1:40]
        )

    def is_event_label(self, text: str) -> bool:
        """Whether *text* is one capitalised word of letters and a year (``Eurovision 2025``,
        ``Glastonbury 2026``), not in capitals and no date (``March 2025``): an event's name and
        its year as a kicker prints it, or a short headline (``Budget 2025``), which
        :meth:`is_single_label` leaves to the headline; the pipeline takes it for a kicker only
        where the story names the word as a name (:meth:`ArticleParser.event_over_headline`).

        .. versionadded:: 0.2"""
        text = _INVISIBLE_EDGE.sub("", text, 0, None, None, KEEP_GIL)
        words = text.split()
        if len(words) != 2 or _YEAR.fullmatch(words[1]) is None or self.is_date_line(text):
            return False
        word = words[0]
        return word[:1].isupper() and not word.isupper() and word.isalpha()

    def is_section_phrase(self, text: str) -> bool:
        """Whether *text*, a label in sentence case (:meth:`is_sentence_case_label`), ends in one of
        :attr:`SECTION_NOUNS`: a section's name (``Local news``, ``Personal finance``), not a
        short headline, whose last word is its verb or its object (``Rates rise``, ``Bank holds
        rates``).

        .. versionadded:: 0.2"""
        words = text.split()
        return bool(words) and self.is_sentence_case_label(text) and words[-1].casefold() in self.section_nouns

    def names_section(self, text: str) -> bool:
        """Whether *text*, one label, names a section by its last word, one of :attr:`SECTION_NOUNS`
        (or the vocabulary's): a label in sentence case (:meth:`is_section_phrase`: ``World news``,
        ``Federal politics``) or one capitalised word alone (``Politics``, ``Sport``, ``Markets``,
        ``OPINION``); not a piece's kind (``Review``: :meth:`is_piece_phrase`) nor a headline's
        words (``Rates rise``, ``Harbour closes``).

        .. versionadded:: 0.2 (fixL68)"""
        text = _INVISIBLE_EDGE.sub("", text, 0, None, None, KEEP_GIL)
        words = text.split()
        if len(words) == 1:
            word = words[0]
            return word[:1].isupper() and word.isalpha() and word.casefold() in self._section_only_nouns
        return self.is_section_phrase(text) and words[-1].casefold() in self._section_only_nouns

    def is_piece_phrase(self, text: str) -> bool:
        """Whether *text*, a label in sentence case (:meth:`is_sentence_case_label`), ends in one of
        :attr:`PIECE_NOUNS`: what kind of piece the page is (``Match report``, ``Film review``,
        ``Politics live``), never a headline; or a label of up to :attr:`MAX_LABEL_WORDS` words
        that opens with one of them and a preposition of the vocabulary's ``PHRASE_LINKS`` after
        it (``Letters to the editor``, ``Letters to the Editor``, ``Review of the year``; not a
        headline's verb: ``Letters reveal PM's doubts``, ``Report backs second runway``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a label that opens with a piece noun."""
        words = text.split()
        if not words:
            return False
        if self.is_sentence_case_label(text) or self.is_title_case_label(text):
            return words[-1].casefold() in self._piece_nouns  # ("The Long Read", "The Big Story": a series)
        return (
            2 < len(words) <= self.MAX_LABEL_WORDS
            and words[0][:1].isupper()
            and words[0].casefold() in self._piece_nouns
            and words[1].isalpha()
            and words[1].islower()
            and self.vocabulary.is_phrase_link(words[1])
            and not self.vocabulary.is_article(words[1])
            and text[-1] not in ".!?:;\"”"
            and self._split.search(text) is None
            and self._label.fullmatch(text) is not None
        )

    def is_topic_phrase(self, text: str) -> bool:
        """Whether *text*, a label in sentence case (:meth:`is_sentence_case_label`), ends in one of
        :attr:`TOPIC_NOUNS`: a running story's topic (``Ukraine war``, ``Covid pandemic``), not a
        short headline's verb (``Rates rise``, ``Nurses strike``), with no word before that noun
        that reads as a verb (:meth:`is_verb_like`: ``Judge halts trial`` is a headline).

        .. versionadded:: 0.2 (fixL70)
        .. versionchanged:: 0.2 (rvl70) no verb-like word before the noun."""
        words = text.split()
        return (
            bool(words)
            and self.is_sentence_case_label(text)
            and words[-1].casefold() in self._topic_nouns
            and not any(self.is_verb_like(word) for word in words[1:-1])
        )

    def is_verb_like(self, word: str) -> bool:
        """Whether *word*, one between a topic label's first word and its noun, reads as a
        headline's verb: in lower case and ending in one of :attr:`VERB_LIKE_ENDINGS` but none of
        :attr:`NOT_VERB_ENDINGS` (``halts``, ``orders``, ``hits``; not ``mass``, ``virus``).

        .. versionadded:: 0.2 (rvl70)"""
        return word.islower() and word.endswith(self.VERB_LIKE_ENDINGS) and not word.endswith(self.NOT_VERB_ENDINGS)

    def is_followed_by_headline(self, line: Line, following: Line, shorter: bool = False) -> bool:
        """Whether *following* can be the headline under the kicker *line*: longer than it,
        unless *shorter* allows any length (under a breadcrumb of :attr:`PATH_SEPARATORS`)."""
        text = following.text
        longer = shorter or len(text) > len(line.text)
        # (at most 41 words split off and the first three letters folded: a line of 10 MB is no
        # headline, and reading it whole would hold a list of all its words)
        return longer and len(text.split(None, 40)) <= 40 and not text[:3].lower().startswith("by ")
