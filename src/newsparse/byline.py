"""Bylines: ``By Jane Roe and John Doe``, ``by Janie Gabbett, Reuters``, ``By`` on a line of its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import ClassVar

import attrs
import regex

from .errors import check_option
from .lines import SPACED_WORD, Line, ends_sentence, field_list, field_value, without_accents
from .names import NameModel
from .sharing import LazyPattern
from .spans import Byline, Span, Timestamp, collapse
from .timestamp import TimestampParser
from .visible import Visible, has_invisible
from .vocabulary import KEEP_GIL, Vocabulary, alternation

__all__ = ["BylineParser"]

#: What may stand between a stamp and a name after it on one line.
_NAME_LEAD = " \t|·•,;-–—"

# the letters a text opens with: "December" in "December 2, 2016" (or any word's: weekday_given_names)
_FIRST_WORD = regex.compile(r"\p{L}++")


# one capitalised word of parts joined by hyphens, as an outlet's name may be: "Ouest-France"
_HYPHENED_NAME = regex.compile(r"\p{Lu}\p{L}++(?:-\p{Lu}\p{L}++)++")

class BylineParser:
    """Reads a header line (or ``By`` and the line after it) as a byline.

    A line qualifies when it starts with one of :attr:`PREFIXES`, or when it is a list of
    names followed by an agency or a staff role (``Tom Krisher, AP Auto Writer``).
    Each name must look like a person's name: capitalised words, initials and particles.
    """

    #: Words that introduce the authors.
    PREFIXES: ClassVar[tuple[str, ...]] = (
        "By", "Written by", "Story by", "Words by", "Reporting by", "Text by", "Posted by", "Analysis by",
        "Opinion by", "Commentary by", "Review by", "Author", "Authors", "Par", "Von", "Por",
        # a reporter's credit, and a piece's kind before its author (mendLB70)
        "Reported by", "Exclusive by",
        # Dutch, Italian, Swedish and Norwegian openers, read by every vocabulary (versionchanged 0.2)
        "Door", "Di", "Av",
        # the Danish opener (mendLT69)
        "Af",
        # a sentence that names the author: "Ein Artikel von Marie Schulz" (versionchanged 0.2)
        "An article by", "Article by", "Ein Artikel von", "Ein Beitrag von", "Un article de", "Un artículo de",
        # a label that names the author: "Author of the article: Sarah Wilson" (versionchanged 0.2)
        "Author of the article", "Author of the story", "Author of the post",
    )
    #: Words that introduce an author only when a place follows the name after a comma or ``in``
    #: (``From Ada Obi, Abuja``, ``From Ada Obi in Lagos``: a correspondent's line; not ``From the
    #: archive`` nor ``From Monday, ...``): :meth:`parse_placed`.
    #:
    #: .. versionadded:: 0.2
    PLACED_PREFIXES: ClassVar[tuple[str, ...]] = ("From",)
    #: Labels of a page's source before a colon (``Source: Ana Ruiz, Senior Analyst``, ``Source:
    #: Reuters``): a byline only when what follows is an agency alone, or one person's name and a role
    #: (:meth:`parse_source`, which ``ArticleParser`` reads right under the headline or ending the page
    #: only); ``Source:
    #: World Bank data``, ``Source: Ana Ruiz`` are a credit's.
    #:
    #: .. versionadded:: 0.2 (fixL63)
    SOURCE_PREFIXES: ClassVar[tuple[str, ...]] = ("Source", "Quelle", "Fuente")
    #: Words that introduce the authors only before a colon (``Words: Jane Roe``, ``Texte : Jean
    #: Dupont``; not ``Interview``: ``Interview: Keir Starmer`` names who was interviewed, and
    #: ``Interview with the mayor`` is a heading).
    #:
    #: .. versionchanged:: 0.2
    #:    ``Words``, ``Reporting``, ``Writer`` and the French and Spanish words for a text (empty
    #:    before; not ``Text`` nor ``Story``, which a page prints before a title as well: ``Story: Police
    #:    Arrest Man In Dover``); ``Byline`` and ``Bylines``, a scraper's field labels
    #:    (``Byline: Maria Costa``).
    #: .. versionchanged:: 0.2 (mendLT68)
    #:    the Polish, German and Portuguese ``Autor``, ``Autorka``, and the Indonesian and Malay ``Penulis``
    #:    (``Autor: Anna Kowalska``, ``Penulis: Dian Erika Nugraheny``).
    COLON_PREFIXES: ClassVar[tuple[str, ...]] = (
        "Words", "Reporting", "Writer", "Texte", "Texto", "Byline", "Bylines", "Autor", "Autorka", "Penulis",
    )
    #: Labels of a credit for other work than the text, after a piece mark (:attr:`PIECE_MARKS`)
    #: and before a colon or ``by`` (``Words: Jane Roe | Photos: Tom Berg``): the byline ends
    #: before the mark, and the credit is no author's (:meth:`credit_piece_start`); the language's
    #: own credit labels (``Vocabulary.CREDIT_LABELS``: ``Fotos``) count too.
    #:
    #: .. versionadded:: 0.2
    CREDIT_PIECE_LABELS: ClassVar[tuple[str, ...]] = (
        "Photo", "Photos", "Photograph", "Photographs", "Photography", "Picture", "Pictures", "Pics", "Images",
        "Video", "Videos", "Illustration", "Illustrations", "Graphic", "Graphics", "Design", "Art", "Styling",
    )
    #: Labels of an editor's credit after the authors and a comma or a piece mark, before ``by``
    #: (``Reported by Jane Roe, Edited by Tom Berg``): the byline ends before the comma, and the
    #: editor is no author (:meth:`credit_piece_start`).
    #:
    #: .. versionadded:: 0.2 (mendLB70)
    EDITING_LABELS: ClassVar[tuple[str, ...]] = ("Edited", "Curated", "Produced")
    #: Prefixes that introduce the authors only in a page's header, before any prose under the
    #: headline (an interview's ``Interviewed by Jane Roe``); further down they open a note or a
    #: sentence, and are no byline (:meth:`header_only`).  So do the labels of :attr:`COLON_PREFIXES`
    #: (``Words: Jane Roe`` under the story's first paragraph is no byline).
    HEADER_PREFIXES: ClassVar[tuple[str, ...]] = ("Interview by", "Interviewed by", "Propos recueillis par")
    #: How a surname may start with a capital inside it (``McDonald``, ``FitzGerald``), so that it
    #: is not taken for a name glued to the word after it (``Meg JamesStaff Writer``).
    NAME_PREFIXES: ClassVar[tuple[str, ...]] = ("Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St", "O")
    #: Words that end a role after the names: ``Political Editor``, ``Staff Writer``.
    ROLE_WORDS: ClassVar[tuple[str, ...]] = (
        "Writer", "Editor", "Correspondent", "Reporter", "Columnist", "Contributor", "Staff", "Bureau",
        "Chief", "Producer", "Analyst", "Critic", "Journalist", "Photographer", "Senior", "Contributing",
        "Associate", "Managing", "Deputy", "Special", "Executive", "Political", "Director", "Journalist",
        # a broadcaster's on-air roles: "Chief Meteorologist", "Weekend Anchor"
        "Meteorologist", "Forecaster", "Anchor", "Presenter",
    )
    #: The most agencies read off the end of a byline's names, one after another (``Jane Roe with
    #: dpa, Reuters``: the agency is the first one named, ``dpa``; :meth:`read_names`).
    #:
    #: .. versionadded:: 0.2 (mendLB70)
    MAX_TAIL_AGENCIES: ClassVar[int] = 3
    #: The most capital letters of an outlet's acronym before its office's place after a name
    #: (``Jo Roe BIRN Belgrade``: :meth:`acronym_office_start`).
    #:
    #: .. versionadded:: 0.2 (trialL63)
    OFFICE_ACRONYM_LETTERS: ClassVar[int] = 6
    #: The role words that close a writer's role after a slash and a name (``Ricardo Blackwood/Staff
    #: Reporter``: :meth:`parse_slash_role`), a byline; a picture's credit after a slash names a
    #: photographer, a desk (``Jane Roe/Staff``) or an agency and stays a credit.  An empty set
    #: reads none.
    #:
    #: .. versionadded:: 0.2
    SLASH_ROLE_ENDS: ClassVar[frozenset[str]] = frozenset(
        {"Reporter", "Writer", "Correspondent", "Columnist", "Editor", "Journalist"}
    )
    #: The most role and beat words that may open the names after ``By`` (``By Chief Meteorologist
    #: Jo Roe``, ``By Senior Health Correspondent Ana Lima``): :meth:`cut_leading_role`.
    #:
    #: .. versionadded:: 0.2
    LEADING_ROLE_WORDS: ClassVar[int] = 4
    #: Words that name a reporter's beat, which end the names when one of :attr:`ROLE_WORDS`
    #: follows them: ``Amy Clarke Health Correspondent`` is Amy Clarke.
    BEAT_WORDS: ClassVar[tuple[str, ...]] = (
        "Health", "Science", "Sport", "Sports", "Business", "Education", "Politics", "Environment", "Climate",
        "Technology", "Tech", "Economics", "Economy", "Crime", "Court", "Courts", "Legal", "Transport", "Arts", "Culture",
        "Music", "Film", "Food", "Travel", "Royal", "Diplomatic", "Defence", "Defense", "Security", "Medical",
        "Energy", "Finance", "Markets", "Fashion", "Entertainment", "Weather", "Consumer", "Property", "Media",
        "Foreign", "Home", "Religion", "Motoring", "Agriculture", "Investigations",
        # desks and the regions a correspondent covers: "Consumer Affairs Reporter", "Middle East Correspondent"
        "Affairs", "Opinion", "Features", "World", "Global", "International", "National", "Regional", "Local",
        "Investigative", "Data", "Europe", "Asia", "Africa", "America", "Americas", "Pacific", "Latin", "Middle",
        # local and civic beats: "Local Democracy Reporter", "Community Correspondent", "Parliamentary Editor"
        "Democracy", "Community", "Council", "Parliamentary", "Digital", "Breaking", "Lifestyle", "Social",
        # a wire's trade and sports beats: "Auto Writer", "Aviation Writer", "Labor Correspondent"
        "Auto", "Autos", "Automotive", "Aviation", "Aerospace", "Airlines", "Retail", "Labor", "Labour", "Housing",
        "Immigration", "Military", "Intelligence", "Tourism", "Gaming", "Television", "Theatre", "Theater",
        "Football", "Soccer", "Baseball", "Basketball", "Hockey", "Tennis", "Cricket", "Rugby",
        # (not "East", "West", "North", "South": surnames too; "Middle East Correspondent" is read by
        # role_run_start)
    )
    #: Words that end an outlet's name, never a person's: an author's paper or broadcaster after a
    #: comma (``By Jane Roe, The Washington Post``, ``By Sarah Green, BBC News``) is no second author.
    #: ``Post`` is left out: it is a surname too (``Emily Post``), and ``The Washington Post``
    #: opens with one of :attr:`DETERMINERS`.
    OUTLET_WORDS: ClassVar[tuple[str, ...]] = (
        "News", "Times", "Herald", "Journal", "Tribune", "Gazette", "Telegraph", "Chronicle", "Magazine", "Media",
        "Radio", "TV", "Television", "Online", "Insider", "Network", "Press", "Daily", "Today", "Globe", "Courier",
        "Observer", "Examiner", "Inquirer", "Dispatch", "Bulletin",
    )
    #: Words that end an outlet's name only after a place (``Jane Roe Denver Post``,
    #: :meth:`placed_outlet_start`): with :attr:`OUTLET_WORDS`, surnames too (``Emily Post``).
    #:
    #: .. versionadded:: 0.2
    PLACED_OUTLET_WORDS: ClassVar[tuple[str, ...]] = ("Post", "Star", "Sun", "Mail", "Register", "Record")
    #: Words of :attr:`OUTLET_WORDS` that are surnames too: a piece after a comma of a given name
    #: and one of them (``By Jane Roe, Tom Press``) is an author, not an outlet, unless its first
    #: word names a place (``Boston Herald``: :meth:`outlet_is_name`).
    #:
    #: .. versionadded:: 0.2
    SURNAME_OUTLET_WORDS: ClassVar[tuple[str, ...]] = ("Press", "Courier", "Herald")
    #: The most capital letters of an outlet's code after a bar that signs a byline with no ``By``
    #: (``Jane Roe | TNN``: :meth:`outlet_code_start`).
    #:
    #: .. versionadded:: 0.2 (mendR67l)
    MAX_OUTLET_CODE_LETTERS: ClassVar[int] = 5
    #: Words that open an outlet's name and no person's (``Free Press``, ``Evening Standard``, ``New
    #: Yorker``): a piece of two to four capitalised words after the first author that opens with
    #: one is an outlet, no second author (:meth:`opens_outlet_name`).  Not ``St.`` nor ``Saint``,
    #: which open a given name too (``St. John Smith``).
    #:
    #: .. versionadded:: 0.2
    OUTLET_FIRST_WORDS: ClassVar[tuple[str, ...]] = (
        "New", "Free", "Evening", "Morning", "Weekly", "National", "Independent", "Associated", "Public",
        "Metro", "Local", "Global", "World", "Daily",
    )
    #: The endings of a web address that names an outlet after a comma (``By Jane Roe,
    #: Investing.com``): such a piece is no author.
    #:
    #: .. versionadded:: 0.2
    OUTLET_DOMAINS: ClassVar[tuple[str, ...]] = ("com", "net", "org", "co.uk", "news", "info", "io", "tv")
    #: How many outlets after a comma :meth:`cut_outlets` takes off the end of the names
    #: (``By Jane Roe, BBC News, Reuters``).
    #:
    #: .. versionadded:: 0.2
    MAX_OUTLETS: ClassVar[int] = 3
    #: The most capitalised words after an agency in an outlet's name that ends a byline (``Jane
    #: Roe, Reuters Health``, ``Jane Roe, BBC News Online``).
    #:
    #: .. versionadded:: 0.2 (mem61b)
    MAX_AGENCY_OUTLET_WORDS: ClassVar[int] = 2
    #: Lowercase words allowed inside a name.
    #:
    #: .. versionchanged:: 0.2
    #:    ``los``, ``las`` and ``do`` (``Maria de los Santos``, ``João do Carmo``); Welsh ``ap``
    #:    (``Dafydd ap Gwilym``) and ``ab`` (``Dafydd ab Owain``).
    PARTICLES: ClassVar[tuple[str, ...]] = (
        "de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "la", "le", "bin", "ibn", "al",
        "el", "dos", "das", "y", "ter", "ten", "st", "los", "las", "do", "ap", "ab",
    )
    #: Lowercase particles joined by a hyphen to the capitalised word of a name after them
    #: (``Ahmed al-Hassan``, ``Nour el-Din``, ``Omar ad-Dawla``): such a word counts as a capitalised
    #: word of the name.
    #:
    #: .. versionadded:: 0.2
    HYPHEN_PARTICLES: ClassVar[tuple[str, ...]] = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul")
    #: Words that separate authors.
    CONJUNCTIONS: ClassVar[tuple[str, ...]] = ("and", "And", "AND", "&", "with", "With")
    #: Words that join an author or a credit for other work to the names after ``By`` (``With Tom
    #: Berg``; ``With Photographs by ...``: :meth:`contribution_start`).
    CONTRIBUTION_JOINERS: ClassVar[tuple[str, ...]] = ("with", "With", "WITH")
    #: Words that join two beats before a role word (``Health and Science Correspondent``, ``Arts &
    #: Culture Writer``), with the language's ``Vocabulary.AND_WORDS``.
    BEAT_JOINERS: ClassVar[tuple[str, ...]] = ("and", "&")
    #: Role words of a post held in a place, which the capitalised word before them names:
    #: ``Moscow Correspondent``, ``Lagos Bureau Chief`` (:meth:`role_run_start`).
    PLACED_ROLE_WORDS: ClassVar[tuple[str, ...]] = ("Correspondent", "Bureau")
    #: The role words a beat's name may stand before after a name that opens with a known given
    #: name, whether or not :attr:`BEAT_WORDS` holds the beat (``Ben Spurr Transportation
    #: Reporter``: :meth:`given_name_before_beat`).
    #:
    #: .. versionadded:: 0.2 (mendLT69)
    BEAT_ROLE_ENDS: ClassVar[tuple[str, ...]] = ("Reporter", "Correspondent", "Editor", "Writer", "Columnist", "Bureau")
    #: The prepositions between a role after the names and the place it is held in, in the
    #: languages whose role words the vocabularies hold (``Jane Roe, correspondent in Brussels``,
    #: ``Claire Martin, correspondante à Bruxelles``, ``Juan Pérez, corresponsal en Bruselas``): the
    #: place is left out of the names, and the role read.
    #:
    #: .. versionadded:: 0.2
    ROLE_PLACE_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("in", "à", "en", "au", "aux")
    #: The ``and`` of the languages whose openers :attr:`PREFIXES` holds (``Von``, ``Par``,
    #: ``Por``), read by every vocabulary between two full names after an opener (``Von Anna
    #: Schmidt und Paul Weber``, ``By Claire Martin et Paul Durand``; see :meth:`split_joined`),
    #: and nowhere else: ``José Ortega y Gasset`` stays one name.
    OPENER_AND_WORDS: ClassVar[tuple[str, ...]] = ("und", "et", "y", "e", "en", "och", "og")
    #: Capitalised words a page prints after a name that are no part of it: buttons, stamp labels.
    NOT_NAME_WORDS: ClassVar[tuple[str, ...]] = ("Follow", "Last", "Share", "Email", "Twitter", "Facebook", "More")
    #: Capitalised nouns that end the name of a prize, an event or a page's topic, never a
    #: person's (``Mark Twain Prize``, ``Ryder Cup``, ``Grace Hopper Awards``): a name with one
    #: of them is no author, beside a stamp either (``Mark Twain Prize | Dec. 1, 2026``).
    TOPIC_WORDS: ClassVar[tuple[str, ...]] = (
        "Prize", "Prizes", "Award", "Awards", "Cup", "Trophy", "Medal", "Festival", "Championship",
        "Championships", "Tournament", "Olympics", "Marathon", "Summit", "Gala", "Expo", "Bowl", "Series", "Parade", "Games",
    )
    #: The labels of a stamp, which end the names before them (``By Ana Lima Updated``) and are no name.
    STAMP_LABEL_WORDS: ClassVar[tuple[str, ...]] = ("Updated", "Published", "Posted", "Modified")
    #: Words that end the name of a newsroom desk that signs a story: ``News Nation Bureau``.
    DESK_WORDS: ClassVar[tuple[str, ...]] = ("Bureau", "Desk", "Newsroom")
    #: Words that start the name of a thing, never of a person: ``The Planetary Press``.
    DETERMINERS: ClassVar[tuple[str, ...]] = ("The", "A", "An")
    #: The longest line read as a byline without ``By``.
    MAX_BARE_CHARS: ClassVar[int] = 80
    #: The most words of a station's or a paper's name after a bare byline's name and its comma
    #: (``Jo Reed, KTVQ 2 News``: 3; :meth:`is_outlet_after_name`).
    #:
    #: .. versionadded:: 0.2 (fixL65)
    MAX_NAMED_OUTLET_WORDS: ClassVar[int] = 4
    #: The fewest and most letters of a station's call sign in capitals before its channel's
    #: number (``KTVQ 2``, ``WXYZ 7``; :meth:`is_outlet_after_name`).
    #:
    #: .. versionadded:: 0.2 (fixL65)
    CALL_SIGN_LETTERS: ClassVar[tuple[int, int]] = (3, 5)
    #: The longest line read as a byline.
    MAX_CHARS: ClassVar[int] = 200
    #: The most words before ``by`` that a clock time with no date may stand in for a line to give
    #: its author (``On 2:47 pmIn News by Jane Roe``: :meth:`parse_after_stamp`, :meth:`is_clock_head`).
    #:
    #: .. versionadded:: 0.2
    CLOCK_HEAD_WORDS: ClassVar[int] = 5
    #: The most characters of the text of a Markdown link in a byline (``By [Owen Price](https://...)``:
    #: :meth:`parse_linked`).
    #:
    #: .. versionadded:: 0.2
    LINK_TEXT_CHARS: ClassVar[int] = 80
    #: The most characters of the address of a Markdown link in a byline (:meth:`parse_linked`).
    #:
    #: .. versionadded:: 0.2
    LINK_ADDRESS_CHARS: ClassVar[int] = 300
    #: The most authors a byline may list.
    MAX_AUTHORS: ClassVar[int] = 8
    #: Degrees and professional credentials a health or finance page prints after an author's
    #: name, each after a comma (``Written by Jane Roe, MS, RD``, ``By Tom Berg, PhD and Ana Lima,
    #: MD``): no name of their own, left out of the authors.  Matched as written (``MS``, not ``Ms``).
    #:
    #: .. versionadded:: 0.2
    CREDENTIALS: ClassVar[tuple[str, ...]] = (
        "PhD", "Ph.D.", "MD", "M.D.", "DO", "MS", "MSc", "MA", "MBA", "MPH", "MSW", "RD", "RDN", "LD", "LDN",
        "RN", "BSN", "MSN", "NP", "CNM", "CPT", "CSCS", "CDCES", "CDE", "DDS", "DMD", "DVM", "PharmD", "JD",
        "LCSW", "LPC", "PsyD", "EdD", "DPT", "CFP", "CFA", "CPA", "FACS", "FACC", "FAAP", "MBBS", "FRCP",
        "MRCP", "IBCLC",
    )
    #: The most :attr:`CREDENTIALS` in a row after one name (``Jane Roe, MS, RD, CDCES``).
    #:
    #: .. versionadded:: 0.2
    MAX_CREDENTIALS: ClassVar[int] = 6
    #: The most :attr:`PARTICLES` in a row between two capitalised words of a name that opens a
    #: line before more text (``Ana de la Fuente - Dec 2, 2016``).
    MAX_PARTICLE_RUN: ClassVar[int] = 3
    #: The most words of a second surname joined to a name by a conjunction that is also one of
    #: :attr:`PARTICLES` (``Gasset`` in ``José Ortega y Gasset``).
    MAX_JOINED_SURNAME_WORDS: ClassVar[int] = 2
    #: The marks between the pieces of a byline's line (``By Jane Roe, Associated Press | Posted
    #: ...``): the names and agency with ``By`` are read from the first piece alone.
    PIECE_MARKS: ClassVar[str] = "|·•"
    #: Dashes between spaces that part the pieces of a byline's line as :attr:`PIECE_MARKS` do
    #: (``By Jane Roe - Associated Press - March 4, 2025``: :meth:`with_pieces_before_stamp`).
    #:
    #: .. versionadded:: 0.2
    PIECE_DASHES: ClassVar[tuple[str, ...]] = (" - ", " – ", " — ")
    #: Units of a stamp that says how long ago (``2 minutes ago``), which marks the name before it as a byline.
    RELATIVE_UNITS: ClassVar[tuple[str, ...]] = (
        "second", "sec", "minute", "min", "hour", "hr", "day", "week", "month", "year",
        "h", "m", "d",  # "2h ago", "45m ago", "3d ago" (lay53)
    )
    #: How many characters after a name alone on its line :meth:`parse_name_alone` reads for its
    #: words in lower case, and how many places it looks at.
    NAME_CONTEXT_CHARS: ClassVar[int] = 20_000
    #: How many characters after a name alone :meth:`parse_name_alone` reads for the same name
    #: written again, which makes it the story's subject rather than its author.
    MENTION_CHARS: ClassVar[int] = 3_000
    #: Words of an author's sign-off on a story's last line (``Jane Roe can be reached at
    #: jroe@example.com``), in lower case: such a line naming the author is no mention in the story.
    SIGN_OFF_WORDS: ClassVar[tuple[str, ...]] = (
        "@", "can be reached", "contributed", "reporter", "writer", "correspondent", "editor", "columnist",
    )
    NAME_CONTEXT_TRIES: ClassVar[int] = 50
    #: Words that start a place's or a heading's name, never a person's: ``North Carolina``,
    #: ``Key Takeaways``, ``San Diego``; :meth:`parse_name_alone` and :meth:`parse_bare` read no
    #: line that starts with one, in any case (:meth:`names_place`).
    NOT_GIVEN_NAMES: ClassVar[tuple[str, ...]] = (
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
        "New", "Upper", "Lower", "Greater", "Saint", "St.", "Fort", "Port", "Mount", "Lake", "Cape",
        "Key", "Top", "Main", "Most", "Latest", "Related", "Trending", "Recommended", "Quick", "Breaking",
        "Photo", "Video", "Watch", "Listen", "Live", "Interview", "Los", "Las", "San", "Santa", "São",
    )
    #: A desk's signature that may follow an outlet's one-word name, with or without a prefix, and
    #: names no person (``Star Online Report``, ``Dawn Web Desk``, even where the outlet's name is
    #: also a given name): a byline with no authors, as :attr:`UNSIGNED_DESKS` (which hold these
    #: too) give (:meth:`parse_unsigned`; not after a known agency's name).  Matched in any case.
    #:
    #: .. versionadded:: 0.2 (fixL67)
    #: .. versionchanged:: 0.2 a beat's report: ``Star Business Report`` (mendLT71).
    OUTLET_DESKS: ClassVar[tuple[str, ...]] = (
        "Online Report", "Web Desk", "News Desk", "Online Desk", "Digital Desk", "Business Report", "Sports Report",
    )
    #: A newsroom's signature that names no person, on a byline line of its own with or without a
    #: prefix, maybe with the desk's city after it (``By Staff Reporter``, ``Redacción Bogotá``,
    #: ``La rédaction``): a byline with no authors (:meth:`parse_unsigned`).  Matched in any case.
    UNSIGNED_DESKS: ClassVar[tuple[str, ...]] = (
        "Staff Reporter", "Staff Writer", "Staff Correspondent", "Our Correspondent", "Our Reporter",
        "Our Special Correspondent", "Special Correspondent", "Our Staff Reporter", "Our Staff Correspondent", "Our Bureau",
        "Redaktion", "La rédaction", "Rédaction", "Redacción", "La Redacción", "Redação", "A Redação", "Redazione",
        "La Redazione",
        # a web or news desk of the South Asian and Gulf press, on a line of its own (fixL67)
        *OUTLET_DESKS, "Monitoring Desk",
    )
    #: Role words that, after an outlet's initials in capitals (two to :attr:`MAX_INITIALS`
    #: letters, no known agency), make a newsroom's signature that names no person, as
    #: :attr:`UNSIGNED_DESKS` do: ``By HT Correspondent, Mumbai``, ``TOI Bureau``.  Matched in any case.
    #:
    #: .. versionadded:: 0.2
    UNSIGNED_DESK_ROLES: ClassVar[tuple[str, ...]] = (
        "Correspondent", "Reporter", "Staff Reporter", "Staff Correspondent", "Bureau", "News Desk",
    )
    #: Words that end a newsroom's signature after ``By`` when no person signs: the desk, in any
    #: case, maybe after up to :attr:`MAX_STAFF_WORDS` words that name it (``By Staff``, ``By
    #: Live desk``, ``By Sports Staff``), maybe joined to wire copy by a word of
    #: :attr:`STAFF_JOINED_WORDS` (``By Times staff and wire reports``): a byline with no
    #: authors (:meth:`parse_staff`).  Matched in any case.
    #:
    #: .. versionadded:: 0.2
    STAFF_WORDS: ClassVar[tuple[str, ...]] = ("Staff", "Desk", "Team", "Newsroom")
    #: Words that close what a desk's signature joins to itself with ``and``: ``staff and wire
    #: reports``, ``staff and agencies`` (:attr:`STAFF_WORDS`).  Matched in any case.
    #:
    #: .. versionadded:: 0.2
    STAFF_JOINED_WORDS: ClassVar[tuple[str, ...]] = ("reports", "report", "agencies", "services", "wires")
    #: Words that join wire copy to a desk's signature (``staff and agencies``, ``staff & wires``).
    #:
    #: .. versionadded:: 0.2
    STAFF_JOINERS: ClassVar[tuple[str, ...]] = ("and", "&")
    #: The most words before one of :attr:`STAFF_WORDS` in a desk's signature (``Metro news desk``).
    #:
    #: .. versionadded:: 0.2
    MAX_STAFF_WORDS: ClassVar[int] = 3
    #: The most letters of an outlet's initials before one of :attr:`UNSIGNED_DESK_ROLES`.
    #:
    #: .. versionadded:: 0.2
    MAX_INITIALS: ClassVar[int] = 5
    #: The most capitalised words of a city after one of :attr:`UNSIGNED_DESKS` (maybe after a
    #: comma: ``By Staff Reporter, Chennai``).
    MAX_DESK_CITY_WORDS: ClassVar[int] = 2
    #: Words that end the name of a paper's own news service, which signs a story on a line of its
    #: own with or without a prefix (``Express News Service``): the service is the byline's one
    #: author, as an outlet after ``By`` is (:meth:`parse_service`).
    #:
    #: .. versionadded:: 0.2
    SERVICE_WORDS: ClassVar[tuple[str, ...]] = ("News Service", "News Network")
    #: A paper's news service by its initials, as it signs a story alone (``TNN``: the Times News
    #: Network; ``ENS``: the Express News Service): the service is the byline's one author
    #: (:meth:`parse_service`), as its name written out is.
    #:
    #: .. versionadded:: 0.2 (mendL65)
    SERVICE_INITIALS: ClassVar[frozenset[str]] = frozenset({"TNN", "ENS"})
    #: The most capitalised words of a news service's name before one of :attr:`SERVICE_WORDS`.
    #:
    #: .. versionadded:: 0.2
    MAX_SERVICE_WORDS: ClassVar[int] = 3
    #: Capitalised words that open an outlet's name in the languages of the packs (``El Tiempo``,
    #: ``Le Monde``, ``Der Spiegel``), for :meth:`outlet_before_name`.
    OUTLET_OPENERS: ClassVar[tuple[str, ...]] = (
        "The", "El", "La", "Le", "Les", "Los", "Las", "Der", "Die", "Das", "Il", "Lo", "Het", "De",
    )
    #: Words that end a heading's or a club's name, never a person's: ``Key Takeaways``, ``Photo
    #: Gallery``, ``Manchester United``;
    #: :meth:`parse_name_alone` and :meth:`parse_bare` read no line that ends with one.
    NOT_SURNAMES: ClassVar[tuple[str, ...]] = (
        "Takeaways", "Highlights", "Stories", "Updates", "Topics", "Points", "Facts", "Headlines",
        "Links", "Coverage", "Picks", "Summary", "Overview", "Contents", "Videos", "Photos", "News",
        "Gallery", "Galleries", "Slideshow", "Podcast", "United", "City", "County", "Advice", "Tips", "Guide",
        # headings' nouns with endings a surname may have (-ics, -ity): "Climate Economics"
        "Economics", "Politics", "Ethics", "Physics", "Security", "Sustainability", "Community",
    )
    #: Endings of abstract nouns, never of a surname: a line whose last word ends in one
    #: (``Space Exploration``, ``Business Development``) is a heading beside a stamp, not a byline
    #: (:meth:`names_place`), when that word has at least :attr:`NOUN_SUFFIX_CHARS` letters.  ``-ics`` and
    #: ``-ity`` are left out: surnames end so (``Markovics``, ``Moriarity``).
    NOUN_SUFFIXES: ClassVar[tuple[str, ...]] = ("tion", "sion", "ment", "ism", "ogy")
    #: The fewest letters of a last word that :attr:`NOUN_SUFFIXES` make a noun (``Clement`` is a name).
    NOUN_SUFFIX_CHARS: ClassVar[int] = 8
    #: The most words of a beat or a region before a role word after a name that
    #: :meth:`role_run_start` reads as the role (``Middle East`` in ``Jane Roe Middle East Correspondent``).
    MAX_ROLE_RUN: ClassVar[int] = 3
    #: Prefixes a page copied with its spaces lost glues to the name after them (``ByJane Roe``): as
    #: written, right before a known given name, they are the prefix and the name (:attr:`PREFIXES`;
    #: :meth:`prefix_match`: not ``ByWard Market``).
    #:
    #: .. versionadded:: 0.2
    GLUED_PREFIXES: ClassVar[tuple[str, ...]] = ("By",)
    #: Prefixes in capitals that a copy may glue to a name in capitals (``BYJANE ROE``): read so
    #: only when the word after them is a known given name of at least
    #: :attr:`GLUED_UPPER_MIN_LETTERS` letters and the line has no lower-case letter (not
    #: ``BYLAWS``, ``BYGONE``; not ``BYRON SMITH``, whose ``RON`` is too short to tell).
    #:
    #: .. versionadded:: 0.2
    GLUED_UPPER_PREFIXES: ClassVar[tuple[str, ...]] = ("BY",)
    #: The fewest letters of a given name glued to one of :attr:`GLUED_UPPER_PREFIXES`.
    GLUED_UPPER_MIN_LETTERS: ClassVar[int] = 4
    #: The most lower-case words before a role word between ``By`` and the name (``By court reporter Jane Roe``).
    MAX_ROLE_LEAD: ClassVar[int] = 2
    #: The most capitalised words between an author's name and the role or outlet word that ends a
    #: byline with no mark between (``Laura Stone Queen's Park reporter``, ``Jane Roe Tampa Bay
    #: Times``): :meth:`tail_after_name`.
    #:
    #: .. versionadded:: 0.2 (mendLT67)
    MAX_TAIL_WORDS: ClassVar[int] = 4
    #: Words that never stand in a role in lower case after a name (:meth:`tail_after_name`): a
    #: sentence's verb, article or preposition, ``Ana Ruiz spoke to reporters.``, ``Tom Berg told a
    #: reporter``, is no byline's beat (``technology reporter``, ``chief political correspondent``).
    #:
    #: .. versionadded:: 0.2
    NOT_BEAT_WORDS: ClassVar[tuple[str, ...]] = (
        "a", "an", "the", "to", "with", "for", "of", "in", "at", "on", "by", "and", "or", "from",
        "said", "says", "told", "tells", "spoke", "speaks", "asked", "talked", "wrote", "writes", "met", "is", "was",
    )

    #: The verbs in the past or present, as written, that open a sentence about the person after a
    #: name with no ``By`` (``Ana Ruiz spoke with reporters``, ``Tom Berg told a reporter``:
    #: :meth:`tells_of_name`); a signing verb (``reports``, ``writes``) is none.
    #:
    #: .. versionadded:: 0.2 (mendL68b)
    TELLING_VERBS: ClassVar[frozenset[str]] = frozenset({
        "said", "says", "told", "tells", "spoke", "speaks", "talked", "talks", "asked", "asks", "met", "meets",
    })

    #: Words that close a company's name (``Acme Robotics, Inc.``): a line that ends so with no
    #: ``By`` is an issuer's name, no author's (:meth:`names_company`).
    #:
    #: .. versionadded:: 0.2 (mendLT69)
    COMPANY_SUFFIXES: ClassVar[tuple[str, ...]] = (
        "Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LLC", "L.L.C.", "PLC", "plc", "GmbH", "S.A.", "N.V.",
    )
    #: The HTML entities of an apostrophe, which a feed that was not decoded leaves inside a name
    #: (``Kevin O&#8217;Brien``): a name runs through them (:meth:`parse_entities`).
    #:
    #: .. versionadded:: 0.2 (mendLT69)
    APOSTROPHE_ENTITIES: ClassVar[tuple[str, ...]] = (
        "&#8217;", "&#x2019;", "&rsquo;", "&apos;", "&#39;", "&#039;", "&#x27;",
    )
    #: The HTML entities of an ampersand, which a feed that was not decoded leaves between two
    #: authors' names (``By Jane Doe &amp; John Roe``): read as ``&`` between spaces, so that the
    #: names are two authors (:meth:`parse_entities`).
    #:
    #: .. versionadded:: 0.2 (fixL70)
    AMPERSAND_ENTITIES: ClassVar[tuple[str, ...]] = ("&amp;", "&#38;", "&#038;", "&#x26;")
    #: The pattern of a character reference that may stand for a letter inside a name, a number
    #: (``M&#233;abh``, ``N&#xED;``) or a name of letters (``Se&aacute;n``): :meth:`parse_entities`
    #: reads it as its letter when it is one (:func:`html.unescape`).
    #:
    #: .. versionadded:: 0.2 (fixL71)
    LETTER_ENTITY: ClassVar[str] = r"&(?:\#[0-9]{2,6}+|\#[xX][0-9a-fA-F]{2,5}+|[a-zA-Z]{2,8}+);"

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = check_option("BylineParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        self._apostrophe_entity: regex.Pattern[str] | None = None
        self.names = NameModel(self.vocabulary)
        # the outlet words as written and capitalised ("RADIO" read as "Radio"), built once
        # (and the language's own, Vocabulary.OUTLET_WORDS: "Zeitung", "Diario"; layB58)
        outlet_words = (*self.OUTLET_WORDS, *self.vocabulary.OUTLET_WORDS)
        self._outlet_words = frozenset(outlet_words) | frozenset(word.capitalize() for word in outlet_words)
        self._language_outlet_words = frozenset(self.vocabulary.OUTLET_WORDS)  # (ends_in_language_outlet_word)
        # a prefix, maybe with its last word printed twice ("Byby JOSH HASKELL"), a colon or a dash after it
        # ("By:", "By — Lisa Desjardins": mendLT68)
        self._prefix = regex.compile(
            rf"""(?:(?:{alternation([*self.PREFIXES, *self.HEADER_PREFIXES])})(?:by)?+(?![\p{{L}}])\s*+(?::|[—–―](?=[ \t]))?
                  | (?-i:{alternation(list(self.GLUED_PREFIXES))})(?=(?-i:\p{{Lu}}\p{{Ll}}))  # glued to the name: "ByJane Roe"
                  | (?:{alternation(list(self.COLON_PREFIXES))})\s*+:          # ("Byline: By Anna Berg": the field, then "By")
                    (?:\s*+(?:{alternation(list(self.PREFIXES))})(?![\p{{L}}]))?+
                  | "(?:{alternation([*self.PREFIXES, *self.COLON_PREFIXES])})"\s*+:  # a JSON key: '"author": "Jane Roe",'
                  | (?-i:{alternation(list(self.GLUED_UPPER_PREFIXES))})(?=(?-i:\p{{Lu}}{{2}}))  # "BYJANE ROE" (not "BYLINE:")
                  )\s*+""",
            regex.IGNORECASE | regex.VERBOSE,
        )
        # (and a colon label: "Words: Jane Roe", a byline only in the header too)
        # the marks of a Markdown link, its brackets and its address, around the link's text:
        # "[" and "](https://example.com/owen-price)" of "By [Owen Price](https://example.com/owen-price)"
        self._link_marks = regex.compile(
            rf"""\[(?=[^\[\]\n]{{1,{self.LINK_TEXT_CHARS}}}+\]\()              # the bracket that opens the text
               | (?<=\[[^\[\]\n]{{1,{self.LINK_TEXT_CHARS}}})\]\([^()\s]{{1,{self.LINK_ADDRESS_CHARS}}}+\)  # "](url)" """,
            regex.VERBOSE,
        )
        # an emphasised run that opens the line: "**By Owen Price**", "_By Owen Price_" (no mark inside)
        marks = "".join(sorted({ch for mark in self.vocabulary.EMPHASIS_MARKS for ch in mark}))
        self._emphasis = (
            regex.compile(
                rf"(?P<mark>{alternation(list(self.vocabulary.EMPHASIS_MARKS))})(?P<inner>[^{regex.escape(marks)}\n]++)(?P=mark)"
            )
            if self.vocabulary.EMPHASIS_MARKS
            else None
        )
        self._emphasis_openers = frozenset(mark[:1] for mark in self.vocabulary.EMPHASIS_MARKS if mark)
        self._header_prefix = regex.compile(
            rf"""(?:{alternation(list(self.HEADER_PREFIXES))})(?![\p{{L}}])
                 | (?:{alternation(list(self.COLON_PREFIXES))})\s*+:""",
            regex.IGNORECASE | regex.VERBOSE,
        )
        #: :attr:`CONJUNCTIONS` and the language's own (``Vocabulary.AND_WORDS``: ``und``, ``et``, ``y``)
        self.conjunctions = (*self.CONJUNCTIONS, *self.vocabulary.AND_WORDS)
        # the conjunctions that open a second line of authors ("and Tom Berg"; not "with ...": a credit)
        self._and_joiners = frozenset(self.conjunctions) - frozenset(self.CONTRIBUTION_JOINERS)
        self._staff_words = frozenset(word.casefold() for word in self.STAFF_WORDS)
        self._staff_joined_words = frozenset(word.casefold() for word in self.STAFF_JOINED_WORDS)
        # the first joiner after a desk's signature, before names: "WKRN Staff and Dana Pruitt" (staff_and_authors)
        self._staff_joiner = regex.compile(
            rf"""(?<=\b(?i:{alternation(list(self.STAFF_WORDS))})\.?+)   # right after the desk's word
                 (?:\s++(?i:{alternation(list(self.STAFF_JOINERS))})\s++  # "and", "&"
                   |,\s++)                                           # or a comma""",
            regex.VERBOSE,
        )
        self._piece_mark = regex.compile(f"[{regex.escape(self.PIECE_MARKS)}]")  # "Reporter·City Herald·"
        # the words that join two names after a weekday's given name (ends_weekday_name; mend57)
        self._weekday_name_joins = frozenset(word.casefold() for word in self.vocabulary.WEEKDAY_NAME_JOINS)
        # a joiner, the word after it and the one after that: "With Photographs by", "with reporting"
        self._contribution = regex.compile(
            rf"\s++(?:{alternation(list(self.CONTRIBUTION_JOINERS))})\s++(?P<word>\S++)(?:\s++(?P<after>\S++))?+"
        )
        self._conjunction = regex.compile(rf"\s(?:{alternation(list(self.conjunctions))})\s")
        # a piece mark, then a credit for other work: " | Photos: Tom Berg", " · Video by Tom Berg"
        marks = regex.escape(self.PIECE_MARKS)
        credit_labels = alternation([*self.CREDIT_PIECE_LABELS, *self.vocabulary.CREDIT_LABELS])
        editing = alternation(list(self.EDITING_LABELS))
        self._credit_piece = regex.compile(
            rf"""\s*+[{marks}]\s*+(?i:{credit_labels})(?:\s*+:|\s++(?i:by)\s)
                 | \s*+[{marks},;]\s*+(?i:{editing})\s++(?i:by)\s  # ", Edited by Tom Berg" (mendLB70)""",
            regex.VERBOSE,
        )
        self._split = regex.compile(rf"\s*+[,;]\s*+|\s++(?:{alternation(list(self.conjunctions))})\s++")
        # the split without the conjunctions that are also particles inside a name (Spanish "y":
        # "José Ortega y Gasset" is one name, "Ana García y Luis Pérez" two)
        joining = [w for w in self.conjunctions if w not in self.PARTICLES]
        self._split_keeping_particles = regex.compile(rf"\s*+[,;]\s*+|\s++(?:{alternation(joining)})\s++")
        particles = [w for w in self.conjunctions if w in self.PARTICLES]
        self._particle_conjunction = regex.compile(rf"\s++(?:{alternation(particles)})\s++")
        # an agency after the names, maybe after a conjunction: "Von Anna Schmidt und dpa", or after
        # a mark: "Jane Roe, Reuters", "Jane Roe | AFP", "Jane Roe · Reuters"
        # or in brackets, maybe after a word that adds it: "Anna Schmidt (dpa)", "Par Claire Martin (avec AFP)"
        with_agency = alternation([*self.conjunctions, *self.vocabulary.WITH_WORDS])
        # (the agency alternation, large, written once and called where it stands: mem57b; compiled
        # only for a text that ends in a listed agency, agency_tail, mem61)
        self._agency_tail = LazyPattern(
            rf"""(?(DEFINE)(?P<_agency_name>{self.vocabulary.agency_pattern}))
               (?:(?:\s*+[,|/–—·•\-]\s*+|\s++)(?:(?i:{with_agency})\s++)?
                 (?:for\s++)?(?P<agency>(?&_agency_name))\.?$
               | \s*+\((?:(?:{with_agency})\s++)?(?P<agency>(?&_agency_name))\)\.?$)""",
            regex.VERBOSE,
        )
        #: :attr:`ROLE_WORDS` and the language's own (``Vocabulary.BYLINE_ROLES``: ``Redaktion``, ``journaliste``)
        self.role_words = (*self.ROLE_WORDS, *self.vocabulary.BYLINE_ROLES)
        # a role word, maybe with a hyphenated tail in lower case: "Editor-at-large", "Editor-in-chief"
        roles = rf"(?:{alternation(list(self.role_words))})s?(?:-\p{{Ll}}++)*+"
        self._role_tail = regex.compile(
            rf"\s*+[,|–—]\s*+(?P<role>(?:[\p{{L}}\p{{M}}'’.\-]++\s++){{0,4}}{roles})\.?$", regex.IGNORECASE
        )
        # the place a role is held in, after it: "Middle East Correspondent, Jerusalem",
        # "Latin America correspondent in Bogotá" (left out, so that the role is read)
        place_word = r"\p{Lu}[\p{L}\p{M}'’.\-]*+"
        self._role_end = regex.compile(rf"\s++(?i:{roles})\.?$")
        # a role set off by commas after an author, before more authors: ", Health Correspondent,"
        self._comma_role = regex.compile(rf"\s*+,\s*+(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+\s++){{0,3}}(?i:{roles})(?=\s*+,)")
        role_at = alternation([word for word in self.ROLE_PLACE_PREPOSITIONS if word] or ["in"])
        # the role, a word of ROLE_AGENCY_LINKS and an agency after the names (role_agency; compiled
        # when first used: few bylines name an agency so)
        links = [word for word in self.vocabulary.ROLE_AGENCY_LINKS if word]
        glued = alternation([word for word in links if word[-1] in "'’"])
        spaced = alternation([word for word in links if word[-1] not in "'’"])
        self._role_agency = LazyPattern(
            rf"""\s*+,\s*+(?:[\p{{L}}\p{{M}}'’.\-]++\s++){{0,{self.MAX_ROLE_RUN}}}?(?i:{roles})  # ", correspondante"
                 (?:\s++(?i:{spaced})\s++|\s++(?i:{glued}))                      # " de ", " de l'"
                 (?P<agency>[\p{{L}}][\p{{L}}\p{{M}}&.\-]*+(?:\s++\p{{Lu}}[\p{{L}}\p{{M}}&.\-]*+){{0,3}}?)
                 (?:(?:\s*+,\s*+|\s++(?:{role_at})\s++){place_word}(?:\s++{place_word}){{0,2}})?  # " à Dakar"
                 \.?$""",
            regex.VERBOSE,
        )
        self._place_after_role = regex.compile(
            rf"(?i:{roles})(?P<place>(?:\s*+,\s*+|\s++(?:{role_at})\s++){place_word}(?:\s++{place_word}){{0,2}})\.?$"
        )
        # a source's label and its colon: "Source: " (parse_source)
        self._source_prefix = regex.compile(rf"(?:{alternation(list(self.SOURCE_PREFIXES))})[ \t]*+:[ \t]*+")
        # the place each author writes from: "Mike Stone in Washington and Jan Wolfe in New York"
        joins = alternation([*self.CONJUNCTIONS, *self.vocabulary.AND_WORDS])
        # "From Ada Obi, Abuja", "From Ada Obi in Lagos": the name, then the place it is written from
        self._placed_prefix = (
            regex.compile(
                rf"""(?:{alternation(list(self.PLACED_PREFIXES))})\s++
                     (?P<name>{place_word}(?:\s++[\p{{L}}][\p{{L}}\p{{M}}'’.\-]*+){{1,4}}?)  # "Ada Obi"
                     (?:\s*+,|\s++in)\s++                                               # ", " or " in "
                     (?P<place>{place_word}(?:\s++{place_word}){{0,2}})\.?+\s*+$          # "Abuja", "Port Harcourt"
                """,
                regex.VERBOSE,
            )
            if self.PLACED_PREFIXES
            else None
        )
        self._in_place = regex.compile(
            rf"\s++in\s++{place_word}(?:\s++{place_word}){{0,2}}(?=\s*+[,;]|\s++(?:{joins})\s|$)"
        )
        # a role after the names with no mark between, two to four beat and role words ("Amy Clarke
        # Health Correspondent", "Jane Roe Staff Writer"; one alone may end a name or an outlet: "Post Staff")
        role_or_beat = alternation([*self.BEAT_WORDS, *self.ROLE_WORDS])
        beat_joiner = alternation([*self.BEAT_JOINERS, *self.vocabulary.AND_WORDS])
        # (or an agency and any words before a role word: "Tom Krisher AP Auto Writer")
        unmarked_role = rf"""\s++(?P<role>(?:AGENCY_RUN
                 | (?i:(?:{role_or_beat})s?\s++(?:(?:{beat_joiner})\s++)?){{1,3}})
                (?i:{roles}))\.?$"""
        # (the agency's way needs the agencies' alternation: the pattern with it is compiled only for
        # a text that holds a listed agency, unmarked_role_tail; any other is read by the pattern
        # without it, which matches there alike, its agency never set, mem61)
        agency_run = (
            rf"(?P<agency>{self.vocabulary.agency_pattern})\s++(?:\p{{Lu}}[\p{{L}}\p{{M}}\-]*+\s++){{0,{self.MAX_ROLE_RUN}}}"
        )
        self._unmarked_role_tail = LazyPattern(unmarked_role.replace("AGENCY_RUN", agency_run, 1), regex.VERBOSE)
        # (and either is compiled only for a text that ends in a role word after a blank, as both
        # ask: _role_end finds it, unmarked_role_tail)
        self._unmarked_role_plain = LazyPattern(unmarked_role.replace("AGENCY_RUN", "(?P<agency>(?!))", 1), regex.VERBOSE)
        # the listed agencies (agency_tail, unmarked_role_tail), whose tests hold only for an
        # alternation of them
        self._agency_names = tuple(sorted({name for name in self.vocabulary.AGENCIES if name}))
        self._agency_names_only = self.vocabulary.agency_pattern == alternation(list(self.vocabulary.AGENCIES))
        # (the most words an agency and the outlet's words after it hold: may_read_agency_piece)
        self._agency_piece_words = max((len(name.split()) for name in self._agency_names), default=0) + self.MAX_AGENCY_OUTLET_WORDS
        # an affiliation after the names, one word joined by a hyphen or a dot: "Von Jan Vogel,
        # ARD-Finanzredaktion", "By Jane Roe, news.example.com" (left out of the names), or such a
        # word opened by an acronym and up to two capitalised words after it: "ARD-Studio Athen"
        self._affiliation_tail = regex.compile(
            r"""\s*+,\s*+(?P<affiliation>[\p{L}\p{N}][\p{L}\p{M}\p{N}]*+(?:[\-.][\p{L}\p{M}\p{N}]++)++
                 | \p{Lu}{2,}+-\p{Lu}[\p{L}\p{M}]*+(?:\s++\p{Lu}[\p{L}\p{M}]*+){1,2})$""",
            regex.VERBOSE,
        )
        self._particles = frozenset(self.PARTICLES)
        # a live blog's note after a name, "Ana Ruiz (now)": the brackets and the space before them
        notes = [note for note in self.vocabulary.BYLINE_SHIFT_NOTES if note]
        self._shift_note = LazyPattern(rf"[ ]*+\((?:{alternation(notes)})\)(?![\p{{L}}])" if notes else "(?!)", regex.IGNORECASE)
        self._opener_and = regex.compile(rf"\s++(?:{alternation([w for w in self.OPENER_AND_WORDS if w])})\s++")
        self._roles = frozenset(w.casefold() for w in self.role_words)
        self._beat_role_ends = frozenset(w.casefold() for w in self.BEAT_ROLE_ENDS)
        self._not_beat_words = frozenset(w.casefold() for w in self.NOT_BEAT_WORDS)
        self._bare_role = regex.compile(rf"\s*+(?:[\p{{Lu}}][\p{{L}}\p{{M}}'’.\-]*+\s++){{0,3}}{roles}", regex.IGNORECASE)
        v = self.vocabulary
        stop = alternation([*(w.rstrip(".") for names in v.MONTHS for w in names),
                            *(w.rstrip(".") for names in v.WEEKDAYS for w in names), *self.STAMP_LABEL_WORDS,
                            *self.role_words, *self.NOT_NAME_WORDS])
        # a beat before a role ends the names too: "Amy Clarke Health Correspondent"
        beat = rf"(?:{alternation(list(self.BEAT_WORDS))})\s++{roles}(?![\p{{L}}])"
        # (the words a name word may not be, written once and called where a word starts: four copies
        # of the stop words made the largest pattern of the import, 280 KB)
        barred = rf"(?(DEFINE)(?P<_barred>(?:{stop})(?![\p{{L}}])|{beat}))"
        # (a capitalised word, maybe after a particle and a hyphen: "al-Hassan")
        hyphen_particle = rf"(?:(?:{alternation(list(self.HYPHEN_PARTICLES))})-)?+"
        word = rf"(?!(?&_barred)){hyphen_particle}(?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*+)"
        name = rf"{word}(?:[ ](?:(?:{alternation(list(self.PARTICLES))})[ ]){{0,{self.MAX_PARTICLE_RUN}}}+{word}){{1,4}}"
        joiner = rf"\s*+,\s*+|\s++(?:{alternation(list(self.conjunctions))})\s++"
        # credentials after a name, each after a comma: ", MS, RD" (read past, and left out of the names:
        # the last before a mark, the end or a word in lower case, "on March 4", "and Tom Berg"; not
        # a name that opens with one, "MD Anderson")
        credentials = rf"(?:\s*+,\s*+(?:{alternation(list(self.CREDENTIALS))})(?![\p{{L}}])){{0,{self.MAX_CREDENTIALS}}}+"
        self._credentials = regex.compile(
            rf"(?:\s*+,\s*+(?:{alternation(list(self.CREDENTIALS))})(?![\p{{L}}])){{1,{self.MAX_CREDENTIALS}}}+(?=\s*+(?:[,;|·•]|$)|\s++[\p{{Ll}}&])"
        )
        # credentials, then after a comma the words in title case up to a mark or the end, the
        # author's affiliation ("Jane Roe, MD, Cleveland Clinic"), not a second author
        self._credited_affiliation = regex.compile(
            rf"""(?P<credentials>(?:\s*+,\s*+(?:{alternation(list(self.CREDENTIALS))})(?![\p{{L}}])){{1,{self.MAX_CREDENTIALS}}}+)
                 \s*+,\s*+(?P<after>\p{{Lu}}[^;|·•]*+)   # ", Cleveland Clinic" up to a mark or the end""",
            regex.VERBOSE,
        )
        # (the first name and each after a joiner, with their credentials, call one group defined once: an
        # inline copy of each was 141 KB compiled, 104 KB so, mem60; a called group is backtracked into as a copy is)
        self._leading = regex.compile(
            rf"{barred}(?(DEFINE)(?P<_named>{name}{credentials}))"
            rf"(?&_named)(?:(?:{joiner})(?&_named)){{0,{self.MAX_AUTHORS - 1}}}(?![\p{{L}}])"
        )
        self._by_inside = regex.compile(r"(?<=\s)(?:by|By|BY)\s")  # "... 7:45 am PST by Joe Rossignol"
        # a capitalised word or handle glued to the end of a name: "JamesStaff", "Turak@NatashaTurak"
        self._glue = regex.compile(r"(?<=(?P<part>\p{Lu}\p{Ll}{2,}+))(?=\p{Lu}|@)")
        # the determiners of the language too, capitalised: "Par Le Figaro"
        self.determiners = (*self.DETERMINERS, *(a[:1].upper() + a[1:] for a in self.vocabulary.ARTICLES if a.isalpha()))
        determiners = alternation(list(self.determiners))
        self._organisation = regex.compile(rf"(?:{determiners})(?:\s++\p{{Lu}}[\p{{L}}\p{{M}}'’.&\-]*+){{1,4}}")
        self._desk = regex.compile(rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.&\-]*+\s++){{1,3}}(?:{alternation(list(self.DESK_WORDS))})")
        # an outlet after the names and a comma: "BBC News", "Reuters Health", "The Associated Press" (an
        # agency, tried first), "The Washington Post"
        outlet = r"\p{Lu}[\p{L}\p{M}\p{N}.&'’\-]*+"
        # (a determiner in lower case too, after the comma: "Jane Roe, the Washington Post"; a web
        # address: "Jane Roe, Investing.com")
        lower_determiners = alternation(sorted({d.casefold() for d in self.determiners if d.isalpha()}))
        domain = rf"\p{{L}}[\p{{L}}\p{{N}}\-]*+\.(?i:{alternation(list(self.OUTLET_DOMAINS))})(?![\p{{L}}\p{{N}}])"
        # (or one that opens an outlet's name in the language, maybe with a short link word between
        # its capitalised words: "Por Ana Gómez, Diario de Sevilla"; layB58)
        opening_outlet = (
            rf"""| (?-i:{alternation(list(self.vocabulary.OUTLET_WORDS))})
                   (?:\s++(?:\p{{Ll}}{{1,3}}+\s++)?+{outlet}){{0,3}}"""
            if self.vocabulary.OUTLET_WORDS
            else ""
        )
        outlet_name = rf"""(?P<outlet>(?P<agency>(?:AGENCIES)(?:\s++{outlet}){{0,{self.MAX_AGENCY_OUTLET_WORDS}}})
                 | (?:{determiners}|{lower_determiners})(?:\s++{outlet}){{1,4}}
                 | {domain}
                 | (?:{outlet}\s++){{0,3}}(?i:{alternation([*self.OUTLET_WORDS, *self.vocabulary.OUTLET_WORDS])})
                 {opening_outlet})"""
        # (the language's outlet words too: "Von Anna Müller, Süddeutsche Zeitung"; layB58)
        # or, fullmatched from the text's start with no comma (``_piece`` unset), an outlet as one
        # piece of a list of authors, maybe in brackets after a name: "Jane Roe (Reuters)"
        # (one pattern for both: the agency alternation in outlet_name compiled once, mem57b; a
        # match at the text's start, which the comma's search reads as none, is the one alone)
        piece = rf"(?:\s*+,\s*+(?P<_piece>)|(?<![\s\S])){outlet_name}\.?$"
        # (the agencies' alternation compiled only for a text may_read_agency_piece lets through: any
        # other is read by the pattern without it, which matches there alike, agency never set, mem61b)
        self._outlet_piece = LazyPattern(piece.replace("AGENCIES", self.vocabulary.agency_pattern, 1), regex.VERBOSE)
        self._outlet_piece_plain = regex.compile(piece.replace("AGENCIES", "(?!)", 1), regex.VERBOSE)
        self._bracketed = regex.compile(r"\s*+\((?P<inside>[^()]++)\)$")
        # an outlet after the names with no mark between: one opened by a determiner ("Jane Roe The
        # Washington Post"), or one written in capitals that ends in an outlet word ("Jane Roe USA TODAY")
        # (not a determiner that opens a surname or is an initial: "Anne Marie Le Pen", "Mary Ann A Smith")
        plain = alternation([d for d in self.determiners if len(d) > 1 and d not in self.NAME_PREFIXES])
        self._unmarked_outlet = regex.compile(
            rf"""\s++(?P<outlet>(?:{plain})(?:\s++{outlet}){{1,4}}
                 | (?P<capitals>(?:\p{{Lu}}[\p{{Lu}}.&]*+\s++){{1,3}}(?i:{alternation(list(self.OUTLET_WORDS))})))\.?$""",
            regex.VERBOSE,
        )
        # an agency's outlet after the names with no mark between: "Jane Roe Bloomberg News"
        # a place's outlet after the names with no mark between: "Jane Roe Chicago Tribune" (the place
        # one of the vocabulary's, :meth:`placed_outlet_start`)
        self._outlet_word_end = regex.compile(
            rf"\s++(?:{alternation([*self.OUTLET_WORDS, *self.PLACED_OUTLET_WORDS])})\.?$"
        )
        # (or after a piece mark: "By Jane Roe • AP News", "Jane Roe | Bloomberg News")
        # (compiled only for a text may_end_in_agency_outlet lets through, as every text it matches:
        # the agencies' alternation in it is 45 KB, mem61b)
        self._agency_outlet = LazyPattern(
            rf"(?:\s*+[{marks}]\s*+|\s++)(?P<agency>(?:{self.vocabulary.agency_pattern})\s++(?:{alternation(list(self.OUTLET_WORDS))}))\.?$"
        )
        self._handle = regex.compile(r"\s*+[,|·]?\s*+@\w")  # "Devindra Hardawar, @devindra"
        self._name_prefixes = frozenset(self.NAME_PREFIXES)
        self._not_name_words = frozenset(self.NOT_NAME_WORDS + self.STAMP_LABEL_WORDS + self.TOPIC_WORDS)
        self._not_given_names = frozenset(word.casefold() for word in self.NOT_GIVEN_NAMES)
        # (the library's given names are looked up in the vocabulary's one check: Vocabulary.is_given_name)
        self._outlet_openers = frozenset(self.OUTLET_OPENERS)
        # a desk's signature alone, maybe with its city: "Staff Reporter", "Redacción Bogotá"
        desk_roles = alternation(list(self.UNSIGNED_DESK_ROLES))
        self._unsigned = regex.compile(
            rf"""(?:(?i:{alternation(list(self.UNSIGNED_DESKS))})
                   |(?P<initials>\p{{Lu}}{{2,{self.MAX_INITIALS}}}+)\s++(?i:{desk_roles})
                                                    # an outlet's initials and a role: "HT Correspondent"
                   |(?P<outlet>\p{{Lu}}[\p{{L}}\p{{M}}]++)\s++(?i:{desk_roles})
                                                    # an outlet's one-word name and a role: "Nation Reporter"
                   |(?P<desk_outlet>\p{{Lu}}[\p{{L}}\p{{M}}]++)\s++(?i:{alternation(list(self.OUTLET_DESKS))}))
                                                    # an outlet's one-word name and its desk: "Star Online Report"
                 (?:,(?=\s))?+                      # a comma before the city: "Staff Reporter, Chennai"
                 (?P<city>(?:\s++\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+){{0,{self.MAX_DESK_CITY_WORDS}}})\.?+""",
            regex.VERBOSE,
        )
        # a desk's signature after "By" when no person signs: "Staff", "Live desk", "Times staff and wire reports"
        staff_word = r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&\-]*+"
        joiners = alternation(list(self.STAFF_JOINERS))
        self._staff = regex.compile(
            rf"""(?:{staff_word}\s++){{0,{self.MAX_STAFF_WORDS}}}(?i:{alternation(list(self.STAFF_WORDS))})
                 (?:\s++(?i:{joiners})(?:\s++{staff_word}){{0,2}}?\s++(?i:{alternation(list(self.STAFF_JOINED_WORDS))}))?+\.?+""",
            regex.VERBOSE,
        )
        # a paper's news service signing alone: "Express News Service"
        self._service = regex.compile(
            rf"""(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.&\-]*+\s++){{1,{self.MAX_SERVICE_WORDS}}}
                 (?:{alternation(list(self.SERVICE_WORDS))})""",
            regex.VERBOSE,
        )
        self._outlet_first_words = frozenset(self.OUTLET_FIRST_WORDS)
        self._beats = frozenset(word.casefold() for word in self.BEAT_WORDS)
        self._placed_roles = frozenset(word.casefold() for word in self.PLACED_ROLE_WORDS)
        self._outlet_ends = frozenset((*self.OUTLET_WORDS, *self.PLACED_OUTLET_WORDS))  # (compound_outlet_start, is_outlet_alone)
        self._not_surnames = frozenset(word.casefold() for word in self.NOT_SURNAMES)
        self._noun_suffixes = tuple(suffix.casefold() for suffix in self.NOUN_SUFFIXES if suffix)
        self._determiners = frozenset(w.casefold() for w in self.determiners)
        # an outlet the author writes for: "By Dolores Chang For Dailymail.Com"
        outlet_word = r"\p{Lu}[\p{L}\p{M}\p{N}.&'’\-]*+"
        self._for_tail = regex.compile(rf"\s++(?i:for)\s++{outlet_word}(?:\s++{outlet_word}){{0,4}}$")
        # an outlet's name after a role: "City News", "The Daily Ledger"
        self._outlet = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}.&'’\-]*+(?:\s++\p{Lu}[\p{L}\p{M}\p{N}.&'’\-]*+){0,3}")
        # a capitalised word or initials of a name, maybe after a particle and a hyphen ("al-Hassan")
        self._name_word = regex.compile(
            rf"""(?:(?:{alternation(list(self.HYPHEN_PARTICLES))})-(?=\p{{Lu}}))?+  # "al-" of "al-Hassan"
                 (?:\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*+\.?   # a capitalised word: "Roe", "Smith-Jones", "Jr."
                 | \p{{Lu}}\.(?:\p{{Lu}}\.)*+)          # initials: "J.", "J.R." """,
            regex.VERBOSE,
        )
        lower_roles = alternation(sorted({w.casefold() for w in self.ROLE_WORDS}))
        # a role in lower case between "By" and the name: "By court reporter Meagan Dillon"
        lead = rf"(?:\p{{Ll}}[\p{{Ll}}\-]*+\s++){{0,{self.MAX_ROLE_LEAD}}}"
        self._lower_role = regex.compile(rf"{lead}(?:{lower_roles})s?\s++(?=\p{{Lu}})")
        # role words after an agency: "By Reuters Staff"
        self._staff_tail = regex.compile(rf"(?:\s++(?:{roles})s?){{1,2}}\.?$", regex.IGNORECASE)
        # a stamp that says how long ago: "2 minutes ago", "| Published 4 months ago"
        self._relative = regex.compile(
            rf"""\s*+[|·•,\-–—]?\s*+(?:(?:published|updated|posted)\s*+:?\s*+)?+
                \d{{1,3}}\s*+(?:{alternation(list(self.RELATIVE_UNITS))})s?\s++ago\.?""",
            regex.IGNORECASE | regex.VERBOSE,
        )
        # a name and the place the author writes from: "Emma Kemp in Perth"
        # the sections a story is filed in after its signer ("TPN, in News, Business")
        self._section_tail = regex.compile(r",\s*+in\s++\p{Lu}")
        # an outlet's initials ("TPN")
        self._initials = regex.compile(rf"\p{{Lu}}{{2,{self.MAX_INITIALS}}}+")
        self._name_in_place = regex.compile(r"(?P<name>.+?)\s++in\s++(?:\p{Lu}[\p{L}\p{M}'’.\-]*+\s*+){1,3}")


    def is_outlet_word(self, word: str) -> bool:
        """Whether *word*, as written or capitalised, is one of :attr:`OUTLET_WORDS` (``Radio``,
        ``Telegraph``) or of the vocabulary's ``OUTLET_WORDS`` (``Zeitung``): the set is built once per parser.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 the vocabulary's words too (layB58)."""
        return word in self._outlet_words

    def parse(self, lines: Sequence[Line], index: int) -> Byline | None:
        """A :class:`Byline` from ``lines[index]`` (and the next line after a bare ``By``), or ``None``.

        Invisible format characters (zero-width spaces and joiners, bidi controls: Unicode
        category ``Cf``) on the line are read past (:meth:`parse_visible`), so that they
        hide no byline: ``By \u2067Nour El-Sayed\u2069`` gives ``Nour El-Sayed``."""
        line = lines[index]
        if len(line.text) > self.MAX_CHARS:
            return None
        if "](" in line.text:
            linked = self.parse_linked(line)
            if linked is not None:
                return linked
        emphasised = self.emphasised(line)
        if emphasised is not None:
            return emphasised
        if has_invisible(line.text) or (index + 1 < len(lines) and has_invisible(lines[index + 1].text)):
            return self.parse_visible(lines, index)  # (the next line may hold the names after a bare "By")
        if "&" in line.text and self.apostrophe_entity_pattern().search(line.text) is not None:
            return self.parse_entities(lines, index)
        return (
            self.parse_plain(lines, index) or self.parse_slash_role(line) or self.parse_dotted(line) or self.parse_dash_role(line)
        )

    #: The most words of the role after a name and a dash (:meth:`parse_dash_role`): ``Repórter da
    #: Agência Brasil``.
    #:
    #: .. versionadded:: 0.2 (fixL69)
    MAX_DASH_ROLE_WORDS: ClassVar[int] = 6

    def parse_dash_role(self, line: Line) -> Byline | None:
        """The byline of *line* when it is one person's name (:meth:`is_name`), a dash with a
        space each side (:attr:`PIECE_DASHES`) and a writer's role of up to
        :attr:`MAX_DASH_ROLE_WORDS` words that role words open (:meth:`is_role_word`, their accents
        aside: ``Repórter`` is ``Reporter``), the last of them a writer's (:attr:`SLASH_ROLE_ENDS`),
        as agencies' sites sign (``Pedro Rafael Vilela - Repórter da Agência Brasil``, ``Jane Roe –
        Senior Reporter``): the name the author, an agency the vocabulary knows at the role's end
        the agency.  No digit nor sentence's end in the line (``Jane Roe - Reporter of the year
        2024.`` is a line of prose), no place before the dash (``New York - Reporters ...``), no
        photographer (``Jane Roe - Photographer``, a picture's credit); ``None`` otherwise.

        .. versionadded:: 0.2 (fixL69)"""
        text = line.text.strip()
        at, dash = min(((text.find(d), d) for d in self.PIECE_DASHES if d in text), default=(-1, ""))
        if at <= 0:
            return None
        name, role = text[:at].strip(), text[at + len(dash) :].strip()
        words = role.split()
        if not words or len(words) > self.MAX_DASH_ROLE_WORDS or any(ch.isdigit() for ch in text):
            return None
        if ends_sentence(role) or any(d in role for d in self.PIECE_DASHES) or not self.is_name(name):
            return None
        if self.vocabulary.is_place(name):
            return None  # ("New York - Reporter ...": a dateline's place)
        # the role's words up to its last role word, accents aside, end in a writer's role ("Senior Reporter",
        # "Repórter"; not "Photographer for Reuters", a picture's credit)
        plain = [without_accents(word).rstrip(",") for word in words]
        run = 0
        while run < len(plain) and self.is_role_word(plain[run]):
            run += 1
        if run == 0 or plain[run - 1].title() not in self.SLASH_ROLE_ENDS:
            return None
        agency = next(
            (" ".join(words[k:]) for k in range(run, len(words)) if self.vocabulary.is_agency(" ".join(words[k:]))), None
        )
        return Byline((name,), agency, line.text, line.span)

    def apostrophe_entity_pattern(self) -> regex.Pattern[str]:
        """The pattern of :attr:`APOSTROPHE_ENTITIES` between two letters (``O&#8217;Brien``) or
        of :attr:`AMPERSAND_ENTITIES` between spaces (``Jane Doe &amp; John Roe``, its group
        ``amp``), compiled on first use.

        .. versionadded:: 0.2 (mendLT69)
        .. versionchanged:: 0.2 (fixL70) the ampersand's entities."""
        if self._apostrophe_entity is None:
            entities = alternation(list(self.APOSTROPHE_ENTITIES) or ["(?!)"])
            ampersands = alternation(list(self.AMPERSAND_ENTITIES) or ["(?!)"])
            self._apostrophe_entity = regex.compile(
                rf"""(?<=\p{{L}})(?:{entities})(?=\p{{L}})  # an apostrophe inside a name: "O&#8217;Brien"
                |(?<=\s)(?P<amp>{ampersands})(?=\s)     # an ampersand between names: "Jane Doe &amp; John Roe" (fixL70)
                |(?<=\p{{L}})(?P<letter>{self.LETTER_ENTITY})  # a letter inside a name or at its end: "M&#233;abh", "N&#237;"
                |(?P<letter>{self.LETTER_ENTITY})(?=\p{{L}})   # ... or at its start: "&#201;amonn" (fixL71)
                |(?<=\s)(?P<letter>{self.LETTER_ENTITY})(?=\s)  # ... or a word of its own: "&Oacute; Riain" (fixL71)
                """,
                regex.IGNORECASE | regex.VERBOSE,
            )
        return self._apostrophe_entity

    @staticmethod
    def entity_mask(match: regex.Match[str]) -> str:
        """What :meth:`parse_entities` reads in place of an entity of :meth:`apostrophe_entity_pattern`,
        of its length: an apostrophe and letters inside a name, an ampersand and spaces between
        names; a letter's entity as its letter when it is a cased one (``&eacute;``; not ``&ordm;``,
        ``&ordf;``, letters of no case that no name is spelt with).

        .. versionadded:: 0.2 (fixL70)
        .. versionchanged:: 0.2 (rvl71) a cased letter only."""
        size = len(match.group())
        if match.group("amp"):
            return "&" + " " * (size - 1)
        if match.group("letter"):
            import html  # (here, not at import: its entity table costs a process that only parses ~1 MB; test_memb_memory)

            letter = html.unescape(match.group())
            if len(letter) != 1 or letter.lower() == letter.upper():
                return match.group()  # ("&nbsp;", "&#8212;", "&ordm;": no cased letter, left as written; rvl71)
            return letter + "x" * (size - 1)  # ("M&#233;abh" read as "Méxxxxxabh": a name word, offsets kept)
        return "’" + "x" * (size - 1)

    def parse_entities(self, lines: Sequence[Line], index: int) -> Byline | None:
        """:meth:`parse` of ``lines[index]`` (and the line after it) when a name holds an HTML entity
        for an apostrophe (:attr:`APOSTROPHE_ENTITIES`: ``By Kevin O&#8217;Brien``, ``By Ana
        D&rsquo;Amico``, as a feed that was not decoded writes them): the lines are read with each
        such entity as an apostrophe and letters of the entity's length, so that the name runs
        through it and no offset moves, and the authors and text are given back as written
        (``Kevin O&#8217;Brien``; never cut at the ``&``).  An ampersand's entity between two
        names (:attr:`AMPERSAND_ENTITIES`: ``By Jane Doe &amp; John Roe``) is read as ``&`` and
        spaces, which parts the authors.

        .. versionadded:: 0.2 (mendLT69)
        .. versionchanged:: 0.2 (fixL70) an ampersand's entity between names."""
        pattern = self.apostrophe_entity_pattern()
        window = lines[index : index + 2]
        masked = [
            Line(pattern.sub(self.entity_mask, line.text), line.span, line.indent, line.blank_before)
            for line in window
        ]
        found = self.parse_plain(masked, 0) or self.parse_slash_role(masked[0]) or self.parse_dotted(masked[0])
        if found is None:
            return None
        original = "\n".join(line.text for line in window)
        shown = "\n".join(line.text for line in masked)
        authors, at = [], 0
        for name in found.authors:
            where = shown.find(name, at)
            if where < 0:
                return None  # (a name read with its spaces folded: not found as written, left alone)
            authors.append(original[where : where + len(name)])
            at = where + len(name)
        agency = found.agency if found.agency is None or found.agency in original else None
        first = window[0]
        if found.span.end <= first.span.end:
            text = first.text[found.span.start - first.span.start : found.span.end - first.span.start]
        else:
            second = window[1]
            head, tail = first.text[found.span.start - first.span.start :], second.text[: found.span.end - second.span.start]
            text = collapse(head + " " + tail)
        return Byline(tuple(authors), agency, text, found.span)

    def parse_dotted(self, line: Line) -> Byline | None:
        """The byline of *line* when it is a person's name and an outlet apart by a mark of
        :attr:`DOT_MARKS`, the mark once more at its end (``Jo Reed · News24 ·``, ``Ana Ruiz • The
        Independent •``), as a page prints it under its headline with no stamp beside it: the
        closing mark says the line is a list of credits, no title's.  Read as
        :meth:`name_before_bar` reads it (the outlet the agency when known, else kept in ``text``).

        .. versionadded:: 0.2 (fixL66)"""
        text = line.text.strip()
        if text[-1:] not in self.DOT_MARKS or not text[:-1].endswith(" "):
            return None
        return self.name_before_bar(line, text)

    def parse_slash_role(self, line: Line) -> Byline | None:
        """The byline of *line*, one person's name, a slash and a role that ends in one of
        :attr:`SLASH_ROLE_ENDS` after role or beat words only (``Ricardo Blackwood/Staff Reporter``
        gives ``Ricardo Blackwood``), read as the name and the role after a comma are; ``None``
        otherwise (``Jane Roe/AP``, ``Jane Roe/Staff Photographer``: a picture's credit).

        .. versionadded:: 0.2"""
        text = line.text
        name, slash, role = text.partition("/")
        words = role.split()
        if not slash or not words or "/" in role or name != name.rstrip() or words[-1] not in self.SLASH_ROLE_ENDS:
            return None
        if not all(self.is_role_word(word) or word in self.BEAT_WORDS for word in words[:-1]):
            return None
        found = self.parse_plain((Line(f"{name},{role}", line.span, line.indent, line.blank_before),), 0)
        if found is None or len(found.authors) != 1 or found.agency is not None:
            return None
        return Byline(found.authors, None, text, line.span)

    def emphasised(self, line: Line) -> Byline | None:
        """The byline of the words between Markdown's marks of emphasis (:attr:`~newsparse.vocabulary.Vocabulary.EMPHASIS_MARKS`)
        that open *line*, read as a line of their own (``**By Owen Price** | 12 May 2025`` gives
        ``Owen Price``, ``**Mia Lund, Reuters**`` gives ``Mia Lund`` and ``Reuters``; the byline's
        span the words inside the marks, so that the stamp after them is read as after any
        byline); ``None`` when those words give none (``**What happens next**``, a subheading).

        .. versionadded:: 0.2"""
        if self._emphasis is None or line.text[:1] not in self._emphasis_openers:
            return None
        run = self._emphasis.match(line.text, 0, None, KEEP_GIL)
        if run is None:
            return None
        start, end = run.span("inner")
        inner = Line(run["inner"], Span(line.span.start + start, line.span.start + end), line.indent, line.blank_before)
        return self.parse((inner,), 0)

    def parse_linked(self, line: Line) -> Byline | None:
        """The byline of *line* read with the marks of its Markdown links taken out, each link's
        text left in (``**By [Owen Price](https://example.com/owen-price)** | 12 May 2025`` read as
        ``**By Owen Price** | 12 May 2025`` gives ``Owen Price``, the address in no name); its span
        and text those of the line as written, a link it ends or starts in taken in whole.
        ``None`` when the line has no such link or gives no byline without its marks.

        .. versionadded:: 0.2"""
        seen = Visible.of(line.text, self._link_marks)
        if not seen.ends:
            return None
        found = self.parse((Line(seen.text, Span(0, len(seen.text)), line.indent, line.blank_before),), 0)
        if found is None or found.span.end <= found.span.start or found.span.end > len(seen.text):
            return None
        start, end = seen.outward(found.span.start), seen.outward(found.span.end - 1) + 1
        closing = self._link_marks.match(line.text, end, None, KEEP_GIL)
        if closing is not None and line.text[end] == "]":
            end = closing.end()  # "By [Owen Price" ends in the link: its marks are the byline's too
        if start and line.text[start - 1] == "[":
            start -= 1
        span = Span(line.span.start + start, line.span.start + end)
        return Byline(found.authors, found.agency, line.text[start:end], span)

    def parse_visible(self, lines: Sequence[Line], index: int) -> Byline | None:
        """:meth:`parse_plain` on ``lines[index]`` and the line after it with their invisible
        characters taken out; the byline's span and text are those of the input as written."""
        window = lines[index : index + 2]
        seen = [Visible.of(line.text) for line in window]
        visible: list[Line] = []
        start = 0  # (the visible lines one after another, one character apart)
        for line, view in zip(window, seen, strict=True):
            visible.append(Line(view.text, Span(start, start + len(view.text)), line.indent, line.blank_before))
            start += len(view.text) + 1
        found = self.parse_plain(visible, 0)
        if found is None or found.span.end <= found.span.start:
            return None
        start, end = (self.outward(window, seen, visible, at) for at in (found.span.start, found.span.end - 1))
        end += 1
        first = window[0]
        if end <= first.span.end:
            text = first.text[start - first.span.start : end - first.span.start]
        else:  # "By" and the name on the next line: from where the byline starts, not the line
            second = window[1]
            text = collapse(first.text[start - first.span.start :] + " " + second.text[: end - second.span.start])
        return Byline(found.authors, found.agency, text, Span(start, end))

    @staticmethod
    def outward(window: Sequence[Line], seen: Sequence[Visible], visible: Sequence[Line], at: int) -> int:
        """The input offset of offset *at* of the *visible* lines (:meth:`parse_visible`): of the
        character there, or of the end of its line."""
        for line, view, shown in zip(window, seen, visible, strict=True):
            if at <= shown.span.end:
                if at == shown.span.end:
                    return line.span.end
                return line.span.start + view.outward(at - shown.span.start)
        return window[-1].span.end

    def parse_plain(self, lines: Sequence[Line], index: int) -> Byline | None:
        """:meth:`parse` on a line without invisible characters."""
        line = lines[index]
        prefix = self.prefix_match(line.text)
        if prefix is None:
            placed = self.parse_placed(line)
            if placed is not None:
                return placed
        if prefix is not None and prefix.end() == len(line.text) and index + 1 < len(lines):
            following = lines[index + 1]
            authors, agency = self.read_names(following.text, has_prefix=True)
            if not authors:
                return None
            span = Span(line.span.start, following.span.end)
            return Byline(authors, agency, collapse(line.text + " " + following.text), span)
        start = prefix.end() if prefix is not None else 0
        if prefix is not None:
            lead = self._lower_role.match(line.text, start, None, KEEP_GIL)
            start = lead.end() if lead is not None else start
        rest = line.text[start:]
        if prefix is not None:
            inside, end = field_value(rest)  # ('author: "Jane Roe"': the marks read as spaces, the offsets kept)
            if inside > 0 and rest[inside - 1] != " ":
                rest = f"{rest[: inside - 1]} {rest[inside:end]} {rest[end + 1 :]}"
            rest = field_list(rest) or rest  # ('authors: ["Jane Roe", "Tom Berg"]': the same)
            rest = rest[: self.contribution_start(rest)]  # "By Jane Roe With Photographs by Tom Berg"
        credit = self.credit_piece_start(rest) if prefix is not None else None
        if credit is not None:  # "Words: Jane Roe | Photos: Tom Berg": the byline ends before the credit
            authors, agency = self.read_names(rest[:credit], has_prefix=True)
            if not authors:
                return None
            end = start + credit
            byline = Byline(authors, agency, line.text[:end], Span(line.span.start, line.span.start + end))
            return self.with_agency_below(byline, lines, index)
        named = self.before_stamp_piece(rest) if prefix is not None else rest
        if len(named) < len(rest) and self.tail_after_name(named) is not None:
            # "By Samantha J. Gross Globe Staff, Updated December 3, 2026": the name and its outlet's role
            # end the byline at the comma, the stamp after it the stamp rules' (mendL68b)
            authors, agency = self.read_names(named, has_prefix=True)
            if authors:
                end = start + len(named)
                return Byline(authors, agency, line.text[:end], Span(line.span.start, line.span.start + end))
        staff = None
        if prefix is not None and not self.vocabulary.is_agency(self.agency_of_staff(rest)):
            staff = self.parse_staff(line, rest)  # (not "By Reuters Staff": the agency's, below)
        if staff is not None:  # "By Staff", "By Live desk", "By Politics Desk": the desk signs, no person
            return staff
        if prefix is not None:
            staff = self.staff_and_authors(line, rest)
            if staff is not None:  # "By WKRN Staff and Dana Pruitt": the person, the station's staff
                return staff
        authors, agency = self.read_names(rest, has_prefix=prefix is not None)
        if authors:
            byline = Byline(authors, agency, line.text, line.span)
            if prefix is not None:
                joined = self.with_authors_below(byline, lines, index)
                if joined is not byline:  # "By Jane Roe" / "and Tom Berg": the agency may be under the second line
                    return self.with_agency_below(joined, lines, index + 1)
            byline = self.with_agency_below(byline, lines, index)
            return self.with_role_below(byline, lines, index) if prefix is not None else byline
        unsigned = self.parse_unsigned(line, rest, prefixed=prefix is not None)
        if unsigned is not None and prefix is None and self.named_roles(lines, index) is not None:
            return None  # "Staff Writer" / "Jane Roe": the role of the name under it (ArticleParser's bare byline)
        if unsigned is not None:  # "By Staff Reporter", "Redacción Bogotá": no person signs
            return unsigned
        if prefix is None:
            service = self.parse_service(line, rest)
            if service is not None:  # "Express News Service": the paper's service signs
                return service
        bare = self.agency_of_staff(rest)  # "By Reuters Staff"
        if prefix is not None and self.vocabulary.is_agency(bare):
            agency = bare  # "By Reuters", "By The Associated Press"
            return Byline((agency,), agency, line.text, line.span)
        organisation, agency = rest.strip(), None
        tail = self.agency_tail(organisation)
        if tail is not None:  # "Par Le Figaro avec AFP": the paper and the agency
            organisation, agency = organisation[: tail.start()], tail["agency"]
        if prefix is not None and self._organisation.fullmatch(organisation):
            # "By The New York Times": the paper signs the story
            return Byline((organisation,), agency, line.text, line.span)
        if prefix is not None and agency is not None and self.is_lone_outlet_word(organisation):
            # "By Euronews with AP": the outlet is no person, the agency signs with it (mendLB70)
            return Byline((), agency, line.text, line.span)
        if prefix is None:
            return self.outlet_with_agency(line, organisation, tail)
        signer = self.outlet_signer(rest)
        if signer is not None:  # "By TPN, in News, Business · 31 Jan 2025", "By PTI, in India"
            end = start + rest.index(signer) + len(signer)
            agency = signer if self.vocabulary.is_agency(signer) else None
            return Byline((signer,), agency, line.text[:end], Span(line.span.start, line.span.start + end))
        piece = self.first_piece(rest)
        signed = self.agency_of_staff(piece.strip()) if piece else ""
        if signed and self.vocabulary.is_agency(signed):  # "By Press Trust of India | March 8, 2025": no "of" affiliation
            end = start + len(piece.rstrip())
            return Byline((signed,), signed, line.text[:end], Span(line.span.start, line.span.start + end))
        if piece and self.parse_staff(line, piece) is not None:  # "By Politics Desk | March 8, 2025"
            end = start + len(piece.rstrip())
            return Byline((), None, line.text[:end], Span(line.span.start, line.span.start + end))
        if piece:  # "By Jane Roe, Associated Press | Posted - Nov. 18, 2019"
            authors, agency = self.read_names(piece, has_prefix=True)
            if authors:
                end = start + len(piece)
                more, more_end = self.names_in_next_piece(rest, len(piece)) if agency is None else ((), 0)
                if more:  # "By Jane Roe | Tom Brandt | March 8, 2025": the names after the bar too (fixL67)
                    authors, end = (*authors, *more), start + more_end
                return Byline(authors, agency, line.text[:end], Span(line.span.start, line.span.start + end))
        authors, length = self.leading_names(rest)
        if not authors:
            return None
        end = start + length
        return Byline(authors, None, line.text[:end], Span(line.span.start, line.span.start + end))

    def names_in_next_piece(self, rest: str, at: int) -> tuple[tuple[str, ...], int]:
        """The people's names of the piece of *rest* (a byline's words after ``By``) that follows a
        bar at offset *at*, where the first piece's names end (``Jane Roe | Tom Brandt | March 8``
        gives ``Tom Brandt``: :meth:`names_after_bar`), and the offset where that piece ends;
        ``((), 0)`` when no bar follows or the piece is no person's (a date, an outlet, a city).

        .. versionadded:: 0.2 (fixL67)"""
        after = rest[at:]
        if not after.lstrip().startswith("| "):
            return (), 0
        begin = at + len(after) - len(after.lstrip()) + 1
        following = rest[begin:]
        piece = self.first_piece(following) or following.rstrip()
        names = self.names_after_bar(piece)
        if not names:
            return (), 0
        return names, begin + len(following) - len(following.lstrip()) + len(piece.strip())

    def outlet_signer(self, rest: str) -> str | None:
        """The outlet that signs a byline, *rest* being the words after its ``By``: a known agency
        or an outlet's initials in capitals (two to :attr:`MAX_INITIALS` letters), alone or before
        the sections the story is filed in (``, in News, Business``) and the line's pieces
        (:attr:`PIECE_MARKS`): ``TPN, in News · 31 Jan 2025`` gives ``TPN``, ``PTI, in India``
        ``PTI``; ``None`` for anything else (``Jane Roe, in News``: a person, read as one).

        .. versionadded:: 0.2"""
        head = (self.first_piece(rest) or rest).strip()
        section = self._section_tail.search(head, 0, None, KEEP_GIL)
        if section is not None:
            head = head[: section.start()]
        if self.vocabulary.is_agency(head) or self._initials.fullmatch(head, 0, None, KEEP_GIL) is not None:
            return head
        return None

    def parse_placed(self, line: Line) -> Byline | None:
        """The byline of *line* when one of :attr:`PLACED_PREFIXES` opens it before a person's
        name (:meth:`is_name`, opened by a known given name: :meth:`opens_with_given_name`; no
        place: :meth:`names_place`) and the place it is written from,
        after a comma or ``in``, ends it (``From Ada Obi, Abuja``); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if self._placed_prefix is None:
            return None
        placed = self._placed_prefix.match(line.text, 0, None, KEEP_GIL)
        if placed is None:
            return None
        name = placed["name"]
        if not (self.is_name(name) and self.names.is_name(name) and self.opens_with_given_name(name)):
            return None  # ("From Dusk Till Dawn, Lagos", "From Silicon Valley, California": a heading)
        if self.names_place(name) or self.vocabulary.is_agency(placed["place"]):
            return None
        return Byline((name,), None, line.text, line.span)

    def parse_source(self, line: Line) -> Byline | None:
        """The byline of *line* when one of :attr:`SOURCE_PREFIXES` and a colon open it before an
        agency alone (``Source: Reuters``: the agency signs) or one person's name and a role after
        a comma (``Source: Ana Ruiz, Senior Analyst``: the person); ``None`` otherwise, for a
        credit's source (``Source: World Bank data``) and a name with no role (``Source: Ana
        Ruiz``: who a chart's figures came from, maybe).

        .. versionadded:: 0.2 (fixL63)"""
        label = self._source_prefix.match(line.text, 0, None, KEEP_GIL)
        if label is None:
            return None  # (most lines: one look at the first word)
        rest = line.text[label.end() :].strip().rstrip(".")
        if self.vocabulary.is_agency(rest):
            return Byline((rest,), rest, line.text, line.span)
        if self._role_tail.search(rest) is None:
            return None
        authors, agency = self.read_names(rest, has_prefix=True)
        if len(authors) != 1 or agency is not None:
            return None
        return Byline(authors, None, line.text, line.span)

    def agency_tail(self, text: str) -> regex.Match[str] | None:
        """The agency that ends *text*, after a mark, a word that adds it or in brackets (``Jane
        Roe, Reuters``, ``Le Figaro avec AFP``, ``Anna Schmidt (dpa)``), its group ``agency``; or
        ``None``.  A text that does not end in one of the vocabulary's ``AGENCIES`` (maybe with a
        closing bracket, a full stop and a newline after it: :meth:`ends_in_agency`) is not
        searched: the agencies' alternation is compiled for the first text that does.

        .. versionadded:: 0.2 (mem61)"""
        if self._agency_names_only and not self.ends_in_agency(text):
            return None
        return self._agency_tail.search(text, 0, None, KEEP_GIL)

    def ends_in_agency(self, text: str) -> bool:
        """Whether *text* ends in one of the vocabulary's ``AGENCIES`` as written there, maybe
        with a closing bracket, then a full stop, then a newline after it (``Jane Roe, Reuters.``,
        ``Anna Schmidt (dpa)``), a blank, a mark or an opening bracket before it: where
        :meth:`agency_tail` may find one.

        .. versionadded:: 0.2 (mem61)"""
        ends = (len(text), len(text) - 1) if text.endswith("\n") else (len(text),)
        for end in ends:
            for after in ("", ".", ")", ")."):
                stop = end - len(after)
                if not text.endswith(after, 0, end) or not text.endswith(self._agency_names, 0, stop):
                    continue
                for name in self._agency_names:  # (a blank, a mark or a bracket before it: "Democrats." ends in no "ats")
                    at = stop - len(name)
                    if at > 0 and text.endswith(name, 0, stop) and (text[at - 1].isspace() or text[at - 1] in ",|/–—·•-("):
                        return True
        return False

    def outlet_piece(self, text: str) -> regex.Pattern[str] | LazyPattern:
        """The pattern of an outlet's name that ends *text*, after a comma or whole (:meth:`cut_outlet`,
        :meth:`outlet_alone`): with the agencies' alternation where :meth:`may_read_agency_piece`
        lets *text* through, else the same pattern without it, which matches there alike.

        .. versionadded:: 0.2 (mem61b)"""
        return self._outlet_piece if self.may_read_agency_piece(text) else self._outlet_piece_plain

    def may_read_agency_piece(self, text: str) -> bool:
        """Whether one of the vocabulary's ``AGENCIES``, as written there, opens *text* or follows
        one of its commas and blanks, with no more words after it to the text's end than the
        longest agency's and :attr:`MAX_AGENCY_OUTLET_WORDS` (``Jane Roe, Reuters``, ``Jane Roe,
        BBC News``): a test every text passes that the outlet pattern reads an agency in, so that
        the alternation is compiled only for such a text; always ``True`` for a vocabulary whose
        ``agency_pattern`` is other than the alternation of its ``AGENCIES``.

        .. versionadded:: 0.2 (mem61b)"""
        if not self._agency_names_only:
            return True
        at = -1
        while True:
            start = at + 1
            while at >= 0 and start < len(text) and text[start].isspace():  # (str.isspace holds for every \s and more)
                start += 1
            if text.startswith(self._agency_names, start) and len(text[start:].split()) <= self._agency_piece_words:
                return True
            at = text.find(",", start)
            if at < 0:
                return False

    def may_end_in_agency_outlet(self, text: str) -> bool:
        """Whether *text* ends in one of :attr:`OUTLET_WORDS` or :attr:`PLACED_OUTLET_WORDS` after a
        blank, maybe with a full stop, and one of the vocabulary's ``AGENCIES`` as written there
        ends right before some blank in it (``Jane Roe • AP News``): a test every text passes that
        an agency and an outlet word are read from at its end (:meth:`cut_outlet`), so that the
        pattern for those (the agencies' alternation in it) is compiled and tried only for such a
        text; always ``True`` for a vocabulary whose ``agency_pattern`` is other than the
        alternation of its ``AGENCIES``.

        .. versionadded:: 0.2 (mem61b)"""
        if self._outlet_word_end.search(text, 0, None, KEEP_GIL) is None:
            return False
        if not self._agency_names_only:
            return True
        return any(
            text.endswith(self._agency_names, 0, at)
            for at in range(1, len(text))
            if text[at].isspace() and not text[at - 1].isspace()  # (str.isspace holds for every \s and more)
        )

    def unmarked_role_tail(self, text: str) -> regex.Match[str] | None:
        """The role after the names with no mark between (``Amy Clarke Health Correspondent``,
        ``Tom Krisher AP Auto Writer``: its groups ``role`` and ``agency``), or ``None``.  Its
        way with an agency is tried only on a text that holds one of the vocabulary's
        ``AGENCIES`` between blanks (:meth:`holds_spaced_agency`): the agencies' alternation is
        compiled for the first such text; and a text that does not end in a role word after a
        blank (the last part of both ways) is tried against neither.

        .. versionadded:: 0.2 (mem61)"""
        if self._role_end.search(text, 0, None, KEEP_GIL) is None:
            return None  # (no role word after a blank ends it: neither pattern is tried)
        if self._agency_names_only and not self.holds_spaced_agency(text):
            return self._unmarked_role_plain.search(text, 0, None, KEEP_GIL)
        return self._unmarked_role_tail.search(text, 0, None, KEEP_GIL)

    def holds_spaced_agency(self, text: str) -> bool:
        """Whether one of the vocabulary's ``AGENCIES``, as written there, stands in *text* with
        a blank before and after it (``Tom Krisher AP Auto Writer``).

        .. versionadded:: 0.2 (mem61)"""
        for name in self._agency_names:
            at = text.find(name, 1)
            while at > 0:
                end = at + len(name)
                if text[at - 1].isspace() and text[end : end + 1].isspace():
                    return True
                at = text.find(name, at + 1)
        return False

    def outlet_with_agency(self, line: Line, organisation: str, tail: regex.Match[str] | None) -> Byline | None:
        """The byline of *line*, with no prefix, when it is a paper's name (a determiner and
        capitalised words: *organisation*) joined by one of the vocabulary's ``WITH_WORDS`` to an
        agency (*tail*): ``Le Monde avec AFP``, ``El Diario con EFE`` (the paper signs, as after
        ``Par``); else ``None``.

        .. versionadded:: 0.2"""
        if tail is None or not self.vocabulary.WITH_WORDS or not self._organisation.fullmatch(organisation):
            return None
        joiner = tail.group().split()[0].casefold()
        if joiner not in {word.casefold() for word in self.vocabulary.WITH_WORDS}:
            return None
        return Byline((organisation,), tail["agency"], line.text, line.span)

    def parse_unsigned(self, line: Line, rest: str, *, prefixed: bool = True) -> Byline | None:
        """The byline of *line* when *rest*, the line after its prefix, is one of
        :attr:`UNSIGNED_DESKS`, or an outlet's initials and one of :attr:`UNSIGNED_DESK_ROLES`
        (``By HT Correspondent, Mumbai``), or, after a prefix (*prefixed*), an outlet's one-word name
        and such a role (``BY NATION REPORTER``; not a given name, ``By Jane Reporter``, nor an
        agency), and nothing else but a city (``By Staff Reporter``,
        ``Redacción Bogotá``): no authors, no agency (a desk is no person); not when the words after the desk open with a given name
        (``Staff Reporter Jane Roe``: :meth:`opens_with_given_name`).  An outlet's one-word name
        before one of :attr:`OUTLET_DESKS` needs no prefix (``Star Online Report``, fixL67).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 an outlet's one-word name before the role, after a prefix."""
        found = self._unsigned.fullmatch(rest.strip(), 0, None, KEEP_GIL)
        if found is None or self.opens_with_given_name(found["city"]):
            return None
        if found["initials"] is not None and self.vocabulary.is_agency(found["initials"]):
            return None  # "By AP Correspondent": the agency's (read as the agency's byline)
        outlet = found["outlet"]
        if outlet is not None and (not prefixed or self.vocabulary.is_agency(outlet) or self.is_given_name(outlet)):
            return None  # "By Reuters Reporter": the agency's; "By Jane Reporter": a person's
        desk_outlet = found["desk_outlet"]
        if desk_outlet is not None and self.vocabulary.is_agency(desk_outlet):
            return None  # "Reuters Web Desk": the agency's (a given name first is an outlet's still: "Dawn Web Desk")
        return Byline((), None, line.text, line.span)

    def agency_of_staff(self, rest: str) -> str:
        """*rest*, the words after a byline's prefix, without the staff roles that may end them
        (``Reuters Staff``: ``Reuters``), which :meth:`parse` then asks the vocabulary about as an
        agency.

        .. versionadded:: 0.2"""
        return self._staff_tail.sub("", rest.strip(), 0, None, None, KEEP_GIL).rstrip(".")

    def parse_staff(self, line: Line, rest: str) -> Byline | None:
        """The byline of *line* when *rest*, the line after its prefix, is a desk's signature that
        names no person: up to :attr:`MAX_STAFF_WORDS` words and one of :attr:`STAFF_WORDS`, maybe
        joined to wire copy (``By Staff``, ``By Live desk``, ``By Times staff and wire reports``);
        no authors, no agency.  Not when the words open with a given name (``By Jane Team``).

        .. versionadded:: 0.2"""
        words = rest.strip()
        if self._staff.fullmatch(words, 0, None, KEEP_GIL) is None or self.opens_with_given_name(words):
            return None
        return Byline((), self.staff_outlet(words), line.text, line.span)

    def staff_and_authors(self, line: Line, rest: str) -> Byline | None:
        """The byline of *line* when *rest*, the line after its prefix, is a desk's signature
        (:meth:`parse_staff`) joined by one of :attr:`STAFF_JOINERS` or a comma to names of people
        (``By WKRN Staff and Dana Pruitt``, ``By Reuters Staff, Tom Berg``): the people are the
        authors, the outlet whose staff sign (:meth:`staff_outlet`, or a known agency) the agency.
        ``None`` when the words after the joiner are no names (``By Times staff and wire reports``);
        the desk's signature alone, no authors, when they are wire copy (``By Staff, Wire Reports``,
        ``By Tribune Staff, Tribune News Service``: :meth:`is_wire_copy`).

        .. versionadded:: 0.2 (fixL62)"""
        joiner = self._staff_joiner.search(rest, 0, None, KEEP_GIL)
        if joiner is None:
            return None
        desk, names = rest[: joiner.start()].strip(), rest[joiner.end() :]
        desk_only = self.parse_staff(line, desk)
        if desk_only is None:
            return None
        # (the words as one signature, joined as the desk's pattern joins them; a subclass with no
        # joiners has only the comma: "By Reuters Staff, Tom Berg")
        whole = self.parse_staff(line, f"{desk} {self.STAFF_JOINERS[0]} {names.strip()}") if self.STAFF_JOINERS else None
        if whole is not None:
            return whole  # ("By Staff, Wire Reports": a desk's signature joined to wire copy, no person)
        authors, agency = self.read_names(names, has_prefix=True)
        if any(self.is_wire_copy(name) for name in authors):
            return desk_only  # ("By Tribune Staff, Tribune News Service": no person signs)
        if not authors:
            return None
        signed = self.agency_of_staff(desk)
        outlet = signed if self.vocabulary.is_agency(signed) else self.staff_outlet(desk)
        return Byline(authors, agency or outlet, line.text, line.span)

    def is_wire_copy(self, name: str) -> bool:
        """Whether *name*, read as a person's after a desk's signature (:meth:`staff_and_authors`),
        is wire copy: its last word one of :attr:`STAFF_JOINED_WORDS` (``Wire Services``) or a
        news service's name (:attr:`SERVICE_WORDS`: ``Tribune News Service``).

        .. versionadded:: 0.2 (mendR62)"""
        words = name.split()
        if words and words[-1].casefold() in self._staff_joined_words:
            return True
        return self._service.fullmatch(name, 0, None, KEEP_GIL) is not None

    def staff_outlet(self, words: str) -> str | None:
        """The outlet whose staff sign *words*, a desk's signature (:meth:`parse_staff`), when it is
        an outlet's initials or call letters in capitals alone before the staff word (``KTVB Staff``,
        ``WXYZ Newsroom``: two to :attr:`MAX_INITIALS` letters, :meth:`outlet_signer`'s shape); the
        byline's agency, as an outlet in brackets is a dateline's.  ``None`` for any other desk
        (``Times Staff``, ``Metro news desk``: a desk's words, no outlet's name to read surely).

        .. versionadded:: 0.2 (bylT61)"""
        parts = words.rstrip(".").split()
        if len(parts) != 2 or parts[1].casefold() not in self._staff_words:
            return None
        return parts[0] if self._initials.fullmatch(parts[0], 0, None, KEEP_GIL) is not None else None

    def parse_service(self, line: Line, rest: str) -> Byline | None:
        """The byline of *line* when *rest*, the line after its prefix if any, is the name of a
        paper's news service (capitalised words, one of :attr:`SERVICE_WORDS` last: ``Express News
        Service``): the service is its one author, with or without ``By`` before it.

        .. versionadded:: 0.2"""
        name = rest.strip()
        if name in self.SERVICE_INITIALS:  # "TNN / Updated: Sep 2, 2025": the Times News Network (mendL65)
            return Byline((name,), None, line.text, line.span)
        service, comma, place = name.partition(",")
        if comma and self._service.fullmatch(service.rstrip(), 0, None, KEEP_GIL) is not None and self.is_place_after(place):
            return Byline((service.rstrip(),), None, line.text, line.span)  # "Express News Service, Chennai"
        if self._service.fullmatch(name, 0, None, KEEP_GIL) is None:
            return None
        return Byline((name,), None, line.text, line.span)

    def is_place_after(self, place: str) -> bool:
        """Whether *place*, the words after a news service's name and a comma, are a city: one to
        three capitalised words, no given name first (``Express News Service, Chennai``).

        .. versionadded:: 0.2"""
        words = place.split()
        return 0 < len(words) <= 3 and all(word[:1].isupper() and word.isalpha() for word in words) and not (
            self.opens_with_given_name(place.strip())
        )

    def contribution_start(self, text: str) -> int | None:
        """Where a credit for other work opens in *text*, the names after ``By``: one of
        :attr:`CONTRIBUTION_JOINERS` before a word in lower case or a role word, or before a word
        that a lower-case word other than a particle follows (``Jane Roe With Photographs by Tom
        Berg``, ``Jane Roe with reporting by ...``); ``None`` when the joiner adds an author
        (``Jane Roe With Tom Berg``, ``Jane Roe with Ana de Souza``) or an agency (``Jane Roe with
        AFP and Reuters``) or there is none.

        .. versionadded:: 0.2"""
        for match in self._contribution.finditer(text, 0, None, False, KEEP_GIL):
            word, after = match["word"], match["after"]
            if self.vocabulary.is_agency(word.rstrip(".,")):
                continue  # "Jane Roe with AFP and Reuters": the agencies, read with the names
            if word[:1].islower() or self.is_role_word(word.rstrip(".,")):
                return match.start()
            if after is not None and after[:1].islower() and after not in self.PARTICLES:
                return match.start()
        return None

    def credit_piece_start(self, text: str) -> int | None:
        """Where a credit for other work than the text opens in *text*, the names after a byline's
        opener: a piece mark (:attr:`PIECE_MARKS`) before one of :attr:`CREDIT_PIECE_LABELS` and a
        colon or ``by`` (``Jane Roe | Photos: Tom Berg``, ``Jane Roe · Video by Ana Ruiz``), the
        spaces before the mark left with the credit; ``None`` when there is none.

        .. versionadded:: 0.2"""
        found = self._credit_piece.search(text, 0, None, KEEP_GIL)
        return found.start() if found is not None and found.start() > 0 else None

    def parse_desk(self, line: Line) -> Byline | None:
        """A newsroom desk that signs a story, as a comma-separated part of *line*: ``New Delhi,
        News Nation Bureau`` gives ``News Nation Bureau`` (one to three capitalised words and one
        of :attr:`DESK_WORDS`)."""
        offset = 0
        for part in line.text[: self.MAX_BARE_CHARS].split(","):
            stripped = part.strip()
            if self._desk.fullmatch(stripped):
                start = line.span.start + offset + part.index(stripped)
                return Byline((stripped,), None, stripped, Span(start, start + len(stripped)))
            offset += len(part) + 1
        return None

    def is_role(self, text: str) -> bool:
        """Whether *text* is nothing but a staff role, maybe with the outlet after a comma:
        ``Games Editor``, ``Senior Contributor``, ``Political reporter, City News``."""
        if len(text) > self.MAX_BARE_CHARS or not text[:1].isupper():
            return False
        head, comma, outlet = text.partition(",")
        if comma and self._outlet.fullmatch(outlet.strip()):
            text = head
        return self._bare_role.fullmatch(text, 0, None, KEEP_GIL) is not None

    def has_prefix(self, text: str) -> bool:
        """Whether *text* starts with one of :attr:`PREFIXES` (or :attr:`HEADER_PREFIXES`)."""
        return self.prefix_match(text) is not None

    def prefix_match(self, text: str) -> regex.Match[str] | None:
        """The byline's prefix that opens *text*, or ``None``; one of :attr:`GLUED_PREFIXES` glued to
        the next word only when that word is a known given name (``ByJane Roe``; not ``ByWard Market
        vendors protest ...``, a place's name).

        .. versionadded:: 0.2"""
        match = self._prefix.match(text, 0, None, KEEP_GIL)
        glued = (*self.GLUED_PREFIXES, *self.GLUED_UPPER_PREFIXES)
        if match is None or match.group() not in glued or not text[match.end() : match.end() + 1].isalpha():
            return match  # (not glued: "By Jane Roe", or "By" alone on its line)
        word = _FIRST_WORD.match(text, match.end())
        if word is None or not self.names.is_given_name(word.group()):
            return None
        if match.group() in self.GLUED_UPPER_PREFIXES and (
            len(word.group()) < self.GLUED_UPPER_MIN_LETTERS or any(ch.islower() for ch in text)
        ):
            return None  # "BYRON SMITH": "RON" too short to tell a prefix from a name's letters
        return match

    def header_only(self, byline: Byline) -> bool:
        """Whether *byline* opens with one of :attr:`HEADER_PREFIXES` (``Interviewed by Jane
        Roe``) or with a label of :attr:`COLON_PREFIXES` and its colon (``Words: Jane Roe``): a
        byline only in a page's header, before any prose under the headline.

        .. versionadded:: 0.2"""
        return self._header_prefix.match(byline.text, 0, None, KEEP_GIL) is not None

    def with_agency_below(self, byline: Byline, lines: Sequence[Line], index: int) -> Byline:
        """*byline* with the agency on the line under it, when it has none and that line is
        nothing but an agency (``By Jane Roe`` / ``Associated Press``), or an outlet and the place it
        writes from in the byline's block (:meth:`placed_outlet_line`: ``By Tom Hale`` / ``BBC News,
        Cardiff``, the outlet the agency when known, :meth:`is_known_outlet`; ``Sky News,
        Manchester`` the byline's text with no agency; byl61); the byline's text is then
        the two lines' text with the whitespace between them collapsed (``By Jane Roe Associated
        Press``), as for any byline over two lines.  A byline that stops short of its line's end
        (``By Jane Roe | Photos: Tom Berg``, a credit after it) takes no agency from below: its
        span would hold the credit its text leaves out."""
        if byline.agency is not None or index + 1 >= len(lines) or byline.span.end != lines[index].span.end:
            return byline
        below = lines[index + 1]
        name = self.line_name(below.text)  # ("By Jo Reed" / "(Press Association)")
        agency: str | None = name
        if not self.vocabulary.is_agency(name):
            outlet = self.placed_outlet_line(name)
            if outlet is None or below.blank_before:
                return byline
            # "By Tom Hale" / "BBC News, Cardiff": the outlet the agency when known ("Sky News, Manchester": none)
            agency = outlet if self.is_known_outlet(outlet) else None
        return Byline(byline.authors, agency, collapse(byline.text + " " + below.text), Span(byline.span.start, below.span.end))

    @staticmethod
    def unbracketed(text: str) -> str:
        """*text* without the round brackets around it whole (``(Australian Associated Press)``:
        ``Australian Associated Press``), as an agency's line under its author's name may print it;
        *text* as it is otherwise.

        .. versionadded:: 0.2 (mendL65)"""
        if text.startswith("(") and text.endswith(")") and "(" not in text[1:-1] and ")" not in text[1:-1]:
            return text[1:-1].strip()
        return text

    def line_name(self, text: str) -> str:
        """The name a line of its own under an author's name prints, an agency's or an outlet's:
        *text* without the blanks around it, its closing full stop (``Australian Associated
        Press.``) and round brackets around it whole (:meth:`unbracketed`).

        .. versionadded:: 0.2 (mend66, out of three callers)"""
        return self.unbracketed(text.strip().rstrip("."))

    def with_authors_below(self, byline: Byline, lines: Sequence[Line], index: int) -> Byline:
        """*byline*, a byline with ``By`` ending ``lines[index]``, with the authors the line under it
        adds: that line opens with ``and`` (:attr:`CONJUNCTIONS` but its words of
        :attr:`CONTRIBUTION_JOINERS`, and the language's ``AND_WORDS``) and is nothing but names
        after it (``By Jane Roe`` / ``and Tom Berg``, a page's narrow column breaking the line),
        up to :attr:`MAX_AUTHORS` in all; the text is the two lines' text with the whitespace between
        them collapsed, the span theirs.  Else *byline* as it is (``and the council said ...``: no
        name; ``with reporting by ...``: a credit).

        .. versionadded:: 0.2 (bylT61)"""
        if index + 1 >= len(lines) or byline.span.end != lines[index].span.end or byline.agency is not None:
            return byline
        below = lines[index + 1]
        if below.blank_before:
            return byline
        joiner, _, names = below.text.strip().partition(" ")
        if joiner not in self._and_joiners or not names.strip():
            return byline
        added, agency = self.read_names(names, has_prefix=True)
        if not added or len(byline.authors) + len(added) > self.MAX_AUTHORS:
            return byline
        text = collapse(byline.text + " " + below.text)
        return Byline(byline.authors + added, agency, text, Span(byline.span.start, below.span.end))

    def placed_outlet_line(self, text: str) -> str | None:
        """The outlet's name of *text*, a line that is an outlet's name and the place it writes
        from after a comma (``Sky News, Manchester``, ``BBC News, Cardiff``, ``Reuters, London``):
        an outlet as a byline names one after a comma (:meth:`outlet_alone`, a known agency, or
        :meth:`is_numbered_outlet`), the place a city's (:meth:`is_place_after`); ``None`` for any
        other line (``Tom Hale, Manchester``, ``Politics, Leeds``, ``Investing.com, Reuters``: an
        outlet after the comma is none's city).

        .. versionadded:: 0.2 (byl61)"""
        head, comma, place = text.rpartition(",")
        head = head.strip()
        if not comma or not head or not self.is_place_after(place) or self.outlet_alone(place.strip()) is not None:
            return None  # ("Investing.com, Reuters": two outlets, no city)
        known = self.vocabulary.is_agency(head) or self.is_numbered_outlet(head)
        return head if known or self.outlet_alone(head) is not None else None

    def is_known_outlet(self, text: str) -> bool:
        """Whether *text* names an outlet the vocabulary knows: a known agency or broadcaster
        (``Reuters``, ``CBC``), one with one of :attr:`OUTLET_WORDS` after it (``CBC News``, ``ABC
        Radio``), or :meth:`is_numbered_outlet` (``News24``); a section (``Local News``) is none,
        nor are initials the vocabulary does not know as an outlet (``EU News``: a topic's page); a
        paper's news service by its initials is one (``TNN``).

        .. versionadded:: 0.2 (byl61)
        .. versionchanged:: 0.2 a paper's news service by its initials, :attr:`SERVICE_INITIALS`
           (``TNN``; mendLB70)."""
        if self.vocabulary.is_agency(text) or self.is_numbered_outlet(text) or text in self.SERVICE_INITIALS:
            return True
        words = text.split()
        return len(words) == 2 and words[1] in self.OUTLET_WORDS and self.vocabulary.is_agency(words[0])

    def with_role_below(self, byline: Byline, lines: Sequence[Line], index: int) -> Byline:
        """*byline*, a byline with ``By`` on ``lines[index]`` alone, with the staff role on the line
        under it (``By Jane Roe`` / ``Staff Writer``, ``By Jane Roe and Tom Berg`` / ``Staff
        Writers``), as a bare name takes the role under it: that line is nothing but a role
        (:meth:`is_role`) and the byline ends its own line; the text is the two lines' text with
        the whitespace between them collapsed (``By Jane Roe Staff Writer``).

        .. versionadded:: 0.2"""
        if index + 1 >= len(lines) or byline.span.end != lines[index].span.end:
            return byline
        below = lines[index + 1]
        if self.is_role(below.text):
            return attrs.evolve(byline, text=collapse(byline.text + " " + below.text), span=Span(byline.span.start, below.span.end))
        employer = self.role_agency_line(below.text)
        if employer is not None and not below.blank_before:  # "Von Anna Berger" / "Korrespondentin der dpa"
            text = collapse(byline.text + " " + below.text)
            return Byline(byline.authors, byline.agency or employer, text, Span(byline.span.start, below.span.end))
        outlet = self.role_then_outlet(below.text)
        if outlet is None:
            return byline
        agency = byline.agency or (outlet if self.is_known_outlet(outlet) else None)
        return Byline(byline.authors, agency, collapse(byline.text + " " + below.text), Span(byline.span.start, below.span.end))

    def role_agency_line(self, text: str) -> str | None:
        """The agency of *text*, a line under a byline that is nothing but a staff role naming the
        agency its holder works for (:meth:`role_agency`: ``Korrespondent der dpa``, ``Correspondent
        for Reuters in Dakar``): the byline's role and agency, never a second author; ``None`` for
        any other line.

        .. versionadded:: 0.2 (fixL62)"""
        match = self.role_agency(", " + text.strip())
        return match["agency"] if match is not None and match.start() == 0 else None

    def role_then_outlet(self, text: str) -> str | None:
        """The outlet of *text*, a line under a byline that is a staff role and an outlet's name as
        pieces apart by :attr:`PIECE_MARKS` (``Local Democracy Reporter·City Herald·``, ``Staff
        Writer | The Daily Ledger``): the role nothing but one (:meth:`is_role`), the outlet one to
        four capitalised words ending no sentence, nothing else; ``None`` for any other line.

        .. versionadded:: 0.2 (bylT61)"""
        pieces = [piece.strip() for piece in self._piece_mark.split(text, 0, KEEP_GIL)]
        pieces = [piece for piece in pieces if piece]
        if len(pieces) != 2 or not self.is_role(pieces[0]) or ends_sentence(pieces[1]):
            return None
        return pieces[1] if self._outlet.fullmatch(pieces[1], 0, None, KEEP_GIL) is not None else None

    def named_roles(self, lines: Sequence[Line], index: int) -> Byline | None:
        """The byline of authors each printed with a staff role on a line of its own, from
        ``lines[index]`` on, one block: a name over its role (``Jane Roe`` / ``Staff Writer``), a
        role over its name (``Staff Writer`` / ``Jane Roe``, ``Senior Correspondent`` / ``Tom
        Berg``), and more authors in the same order on the lines under them (``Jane Roe`` / ``Staff
        Writer`` / ``Tom Berg`` / ``Business Reporter``: two authors), at most :attr:`MAX_AUTHORS`.
        A name is one person's alone (:meth:`author_alone`), a role nothing but one
        (:meth:`is_role`), or under a name a role that names a known agency, the byline's agency
        (:meth:`role_agency_line`: ``Anna Berger`` / ``Korrespondentin der dpa``; fixL62).  The
        text is the lines' text with the whitespace between them collapsed, the span theirs;
        ``None`` when ``lines[index]`` opens no such pair.

        .. versionadded:: 0.2"""
        authors: list[str] = []
        agency: str | None = None
        end = index
        name_first: bool | None = None
        while len(authors) < self.MAX_AUTHORS and end + 1 < len(lines) and not lines[end + 1].blank_before:
            if authors and lines[end].blank_before:
                break  # the next pair is in another block
            first, second = lines[end], lines[end + 1]
            order: bool | None = None
            employer = None if self.is_role(second.text) else self.role_agency_line(second.text)
            if (employer is not None or self.is_role(second.text)) and self.author_alone(first) is not None:
                order = True  # "Jane Roe" / "Staff Writer", "Anna Berger" / "Korrespondentin der dpa"
                agency = agency or employer
            elif self.is_role(first.text) and self.author_alone(second) is not None:
                order = False  # "Staff Writer" / "Jane Roe"
            if order is None or (name_first is not None and order != name_first):
                break
            name_first = order
            author = self.author_alone(first if order else second)
            assert author is not None
            authors.append(author)
            end += 2
            if end >= len(lines) or lines[end].blank_before:
                break
        if not authors:
            return None
        first, last = lines[index], lines[end - 1]
        text = collapse(" ".join(line.text for line in lines[index:end]))
        return Byline(tuple(authors), agency, text, Span(first.span.start, last.span.end))

    def author_alone(self, line: Line) -> str | None:
        """The one person *line* names alone (:meth:`is_name`, read as :meth:`parse_bare` reads a
        name: ``Jane Roe``; not ``South Africa``, an agency or two names), else ``None``.

        .. versionadded:: 0.2"""
        if not self.is_name(line.text.strip()):
            return None
        found = self.parse_bare(line)
        if found is None or found.agency is not None or len(found.authors) != 1:
            return None
        return found.authors[0]

    def parse_with_stamp(
        self, lines: Sequence[Line], index: int, timestamps: TimestampParser, reference_date: dt.date | None
    ) -> tuple[Byline, tuple[Timestamp, ...]] | None:
        """A byline from ``lines[index]`` with the stamp its line also gives: ``By Tess Bonn -
        11/19/19 06:56 AM EST`` (names, then the time), ``Monday November 18, 2019 7:45 am PST by
        Joe Rossignol`` (the time, then ``by`` and the names).  A byline that stops short of its
        line's end runs to the end when the rest is no stamp and no credit for other work
        (:meth:`credit_piece_start`).  The stamp takes a zone spelled out after its clock
        (``TimestampParser.with_spelled_zone``: ``By Tom Hale | March 3, 2026, 10:30 (Singapore
        time)``; fixL64).  ``None`` when there is no byline."""
        line = lines[index]
        byline = self.parse(lines, index)
        if byline is None:
            return self.parse_after_stamp(line, timestamps, reference_date)
        if not line.span.start <= byline.span.end < line.span.end:
            return byline, ()
        rest = line.text[byline.span.end - line.span.start :]
        stamp = timestamps.find(rest, byline.span.end, reference_date)
        if stamp is not None:
            stamp = timestamps.with_spelled_zone(line, stamp, reference_date)  # "10:30 (Singapore time)": its zone (fixL64)
            byline = self.with_role_piece(byline, line, stamp)
            byline = self.with_pieces_before_stamp(byline, line, stamp, timestamps, reference_date)
            return byline, self.stamps_from(line, stamp, timestamps, reference_date)
        if self._credit_piece.match(rest) is not None:
            return byline, ()  # "Words: Jane Roe | Photos: Tom Berg": the credit is the photographer's, not the byline's
        return attrs.evolve(byline, text=line.text, span=line.span), ()

    def with_role_piece(self, byline: Byline, line: Line, stamp: Timestamp) -> Byline:
        """*byline*, read from *line*, with the staff role in the piece between it and *stamp*
        (``By Jane Roe | Senior Correspondent | March 5, 2024``: the text ``By Jane Roe | Senior
        Correspondent``), the piece nothing but a role (:meth:`is_role`) between piece marks
        (:attr:`PIECE_MARKS`); else *byline* as it is.

        .. versionadded:: 0.2"""
        start, end = byline.span.end - line.span.start, stamp.span.start - line.span.start
        between = line.text[start:end]
        role = between.strip(self.PIECE_MARKS + " \t")
        opens_piece = between.lstrip()[:1] in tuple(self.PIECE_MARKS)  # ("" is no mark)
        if not role or not opens_piece or not self.is_role(role):
            return byline
        role_end = start + between.index(role) + len(role)
        first = byline.span.start - line.span.start
        return attrs.evolve(byline, text=line.text[first:role_end], span=Span(byline.span.start, line.span.start + role_end))

    def with_pieces_before_stamp(
        self, byline: Byline, line: Line, stamp: Timestamp, timestamps: TimestampParser, reference_date: dt.date | None
    ) -> Byline:
        """*byline*, read from *line*, read again from the line's pieces before the one of *stamp*
        alone, when pieces stand between the names and the stamp (``By Jane Roe | Reuters | March
        5, 2024``, ``By Jane Roe | Associated Press · Updated March 5, 2024``): the byline those
        pieces give as a line of their own, apart by :attr:`PIECE_MARKS` or :attr:`PIECE_DASHES`
        (:meth:`parse_with_stamp`: ``By Jane Roe | Reuters``, ``By Jane Roe - Associated Press``,
        its text the pieces), when it has the same authors, runs to the last of them and names a
        known agency, so that a stamp after the pieces does not hide the byline's agency; else
        *byline* as it is (an outlet the vocabulary does not know, ``| Island Times |``, or a
        section, ``| Weather |``, stays out, as a piece that is no role does: :meth:`with_role_piece`).

        .. versionadded:: 0.2"""
        if byline.agency is not None:
            return byline  # (the names' piece gives the agency: "By Jane Roe, Associated Press | Posted - ...")
        offset, begin = line.span.start, byline.span.end - line.span.start
        before = line.text[: stamp.span.start - offset]
        label = timestamps.label_start(before)  # the stamp's label is the stamp's piece: "| Posted - Nov. 18"
        marks = (*self.PIECE_MARKS, *self.PIECE_DASHES)
        end = len(before) if label is None else label
        mark = max(line.text.rfind(piece_mark, begin, end) for piece_mark in marks)
        head = line.text[: max(mark, 0)].rstrip()
        between = line.text[begin : len(head)]
        if not between.strip() or not between.lstrip().startswith(tuple(opener.strip() for opener in marks)):
            return byline  # (no piece between the names and the stamp's)
        alone = Line(head, Span(offset, offset + len(head)), line.indent, line.blank_before)
        found = self.parse_with_stamp((alone,), 0, timestamps, reference_date)
        if found is None or found[1] or found[0].authors != byline.authors or found[0].agency is None:
            return byline  # (a piece that names no known agency stays out: "| Weather |" may be a section)
        return found[0] if found[0].span == Span(byline.span.start, offset + len(head)) else byline

    def stamps_from(
        self, line: Line, stamp: Timestamp, timestamps: TimestampParser, reference_date: dt.date | None
    ) -> tuple[Timestamp, ...]:
        """*stamp*, found on a byline's *line*, and the stamps in the pieces after it on the line
        (:meth:`TimestampParser.parse` from *stamp* on: ``By Jane Roe | March 5, 2024 | Updated March
        6, 2024`` gives the publication and the update); *stamp* alone when they read otherwise.

        .. versionadded:: 0.2"""
        if stamp.span.end >= line.span.end:
            return (stamp,)
        offset = stamp.span.start - line.span.start
        tail = Line(line.text[offset:], Span(stamp.span.start, line.span.end), 0, False)
        found = timestamps.parse((tail,), 0, reference_date)
        return found if len(found) > 1 and found[0].span == stamp.span else (stamp,)

    def parse_after_stamp(
        self, line: Line, timestamps: TimestampParser, reference_date: dt.date | None
    ) -> tuple[Byline, tuple[Timestamp, ...]] | None:
        """A line that gives the time and then the author: ``Monday November 18, 2019 7:45 am PST by
        Joe Rossignol``; or a clock time with no date in at most :attr:`CLOCK_HEAD_WORDS` words
        before ``by`` and the author, as a blog's meta line prints it (``On 2:47 pmIn News by
        Jane Roe``): the byline, and no stamp.

        .. versionchanged:: 0.2 a clock with no date before the author."""
        match = self._by_inside.search(line.text[: self.MAX_CHARS], 0, None, KEEP_GIL)
        if match is None:
            return None
        start = line.span.start + match.start()
        tail = Line(line.text[match.start() :], Span(start, line.span.end), 0, False)
        byline = self.parse((tail,), 0)
        if byline is None:
            return None
        head = line.text[: match.start()]
        stamp = timestamps.find(head, line.span.start, reference_date)
        if stamp is None:
            if self.is_clock_head(head, timestamps):
                return byline, ()  # "On 2:47 pmIn News by Jane Roe": a clock and a category, no date to read
            return None
        return byline, (stamp,)

    def is_clock_head(self, head: str, timestamps: TimestampParser) -> bool:
        """Whether *head*, the words before ``by`` on a byline's line, is a clock time with no date
        and a label or a category (``On 2:47 pmIn News``, ``Posted at 10:30 am``): at most
        :attr:`CLOCK_HEAD_WORDS` words, no sentence's end, and no word of four letters or more in
        lower case, as a clause has (``At 21:30 the branch was closed``).

        .. versionadded:: 0.2"""
        words = head.split()
        if len(words) > self.CLOCK_HEAD_WORDS or ends_sentence(head) or not timestamps.has_clock(head):
            return False
        return not any(word.isalpha() and word.islower() and len(word) >= 4 for word in words)

    def parse_bare(self, line: Line) -> Byline | None:
        """A byline written without ``By``, which the pipeline tries only beside a timestamp: a
        person's name (``Debbie White``), a name and a role (``Bruce Y. Lee Senior Contributor``),
        or an agency (``The Associated Press``, ``PTI, Washington,``)."""
        text = self.without_full_stop(line.text.strip().rstrip(",").strip())  # "Ouest-France Jean Martin." (mendLT66)
        if len(text) > self.MAX_BARE_CHARS or not text or self.has_prefix(text):
            return None  # a line with "By" is parse's to read
        if self.names_company(line.text):
            return None  # "Acme Robotics, Inc." beside a release's stamp: the issuer, no author (mendLT69)
        unsigned = self.parse_unsigned(line, text, prefixed=False)
        if unsigned is not None:
            return unsigned  # "Web Desk", "Star Online Report", "Our Correspondent": a desk, no person (fixL67)
        if self.is_kicker_before_place(text):
            return None  # "WORLD CUP Madrid": a kicker and the place filed from, no person (fixL67)
        barred = self.name_before_bar(line, text)
        if barred is not None:
            return barred  # "Jane Roe | The Daily Ledger", "Jane Roe, Staff Writer | The Daily Ledger"
        head = text.split(",")[0].strip()
        if self.vocabulary.is_agency(head):
            return Byline((head,), head, line.text, line.span)
        capitals = self.capitals_before_place(text)
        if capitals is not None:
            return Byline((capitals,), None, line.text, line.span)  # "MARÍA LÓPEZ Madrid" (mendLT66)
        tail = self.tail_after_name(text)
        if tail is not None:  # "Susan Du Star Tribune", "Laura Stone Queen's Park reporter" (mendLT67)
            return Byline((text[:tail].rstrip(),), None, line.text, line.span)
        if self.is_name(text) and self.starts_name(text):
            if self.names_place(text):
                return None  # "NEW DELHI" or "South Africa" beside the stamp is where, not who
            return Byline((text,), None, line.text, line.span)
        names = [part.strip() for part in self._split.split(text) if part.strip()]
        if 1 < len(names) <= self.MAX_AUTHORS and all(self.is_name(n) for n in names):
            if self._conjunction.search(text):
                return Byline(tuple(names), None, line.text, line.span)  # "Julia Carrie Wong and Sam Levin"
            if len(names) == 2 and self.is_second_author(names[1]):
                return Byline(tuple(names), None, line.text, line.span)  # "Avery Kolton, Marcus Dele"
            if len(names) == 2:
                # "Tanza Loudenback, Business Insider": what follows a comma alone may be the outlet
                return Byline((names[0],), None, line.text, line.span)
        if (
            len(names) == 2 and self.is_name(names[0]) and self.names.is_name(names[0])
            and self.starts_name(names[0]) and self.is_outlet_after_name(names[1])
        ):  # (a person's name to the name model: not "In Local News, News", a page's sections)
            return Byline((names[0],), None, line.text, line.span)  # "Jo Reed, KTVQ 2 News": the station
        placed_names = self.names_in_places(text)
        if placed_names:  # "Olaf Storbeck in Frankfurt and Raphael Minder in Warsaw" (mendLB70)
            return Byline(placed_names, None, line.text, line.span)
        placed = self._name_in_place.fullmatch(text)
        if placed is not None and self.is_name(placed["name"]):
            author = self.without_placed_prefix(placed["name"])  # "From ELIAS MWAKALINGA in Dodoma"
            return Byline((author,), None, line.text, line.span)  # "Emma Kemp in Perth"
        name = self.name_before_place(text)
        if name is not None:  # "Ada Obi-Eze, Abuja": the author and the city written from
            return Byline((name,), None, line.text, line.span)
        return self.parse_signed(line)

    def names_in_places(self, text: str) -> tuple[str, ...]:
        """The people's names of *text*, a line beside a stamp (:meth:`parse_bare`), when it is two to
        :attr:`MAX_AUTHORS` names, each with ``in`` and the place it writes from, joined by commas or
        a conjunction (``Olaf Storbeck in Frankfurt and Raphael Minder in Warsaw``); each a person's name
        to :meth:`is_name`, :meth:`starts_name` and the library's :class:`~newsparse.names.NameModel`, no
        place (:meth:`names_place`).  ``()`` otherwise (``Protests in Paris and Lyon``).

        .. versionadded:: 0.2 (mendLB70)"""
        places = len(self._in_place.findall(text, 0, None, False, KEEP_GIL))
        if places < 2:
            return ()
        names = [part.strip() for part in self._split.split(self._in_place.sub("", text), 0, KEEP_GIL) if part.strip()]
        if len(names) != places or len(names) > self.MAX_AUTHORS:
            return ()
        for name in names:
            if not (self.is_name(name) and self.starts_name(name) and self.names.is_name(name)) or self.names_place(name):
                return ()
        return tuple(names)

    def tail_after_name(self, text: str) -> int | None:
        """Where the words after one author's name start in *text*, a byline with no mark between
        the name and the role or outlet after it: a role in lower case after capitalised words, the
        place or beat the role is held in (``Laura Stone Queen's Park reporter``, ``Marie Woolf
        Parliament Hill correspondent``: :meth:`role_words_at`), or an outlet's name ending in one
        of :attr:`OUTLET_WORDS` (not a surname's, :attr:`SURNAME_OUTLET_WORDS`), maybe after more
        outlet words (``Susan Du Star Tribune``, ``Jane Roe Tampa Bay Times``) and maybe before a
        role in any case (``Kim Lee Globe Staff``, ``Jane Roe Times staff writer``).  The name
        opens with a known given name and is its first two words, or three when the second is a
        given name too (``Beth Ann Morales``: :meth:`name_word_count`); before an outlet, three
        capitalised words stay the name (``Mary Kay Lee Star Tribune``) unless the third names a
        place (:meth:`names_outlet_place`: ``Jane Roe Chicago Tribune``).  ``None`` when *text* does
        not read so (a comma or a conjunction: more than one piece; ``Emily Post``; ``Amy Clarke
        Health Correspondent``, which :meth:`role_run_start` reads).

        .. versionadded:: 0.2 (mendLT67)"""
        if "," in text or self._conjunction.search(text):
            return None
        words = list(SPACED_WORD.finditer(text))
        role = self.role_words_at(words)
        end = len(words) - role
        last = words[end - 1].group().rstrip(".") if end > 0 else ""
        outlet = end
        if self.is_outlet_word(last) and last not in self.SURNAME_OUTLET_WORDS:  # (not "Mary Ann Herald")
            outlet -= 1
            while outlet > 0 and self.continues_outlet(words[outlet - 1].group()):
                outlet -= 1  # "Star Tribune", "Globe and Mail" is no such run
        lower_role = role > 0 and words[end].group()[:1].islower()
        if lower_role and (self.reads_as_sentence(words[end:]) or text.rstrip().endswith(".")):
            return None  # "Ana Ruiz spoke to reporters.": a sentence, no name and its beat
        if outlet == end and not lower_role:
            return None
        core = [word.group() for word in words[:outlet]]
        if not core or not self.is_given_name(core[0]) or any(not w[:1].isupper() for w in core):
            return None
        count = self.name_word_count(core)
        whole = outlet < end and len(core) <= 3 and count < len(core) and not lower_role
        rest = " ".join(core[count:])
        if whole and not self.names_outlet_place(rest) and not self.vocabulary.is_agency(rest):
            # ("Mary Kay Lee Star Tribune": the three words are the name; not "Jane Roe Chicago Tribune", "Jane Roe Bloomberg News")
            count = len(core)
        if count > end or (count == end and not lower_role) or end - count > self.MAX_TAIL_WORDS:
            return None  # ("Julia Carrie Wong reporter": the role alone after the whole name)
        if not self.is_name(" ".join(core[:count])):
            return None
        return words[count].start()

    def opens_with_agency(self, tail: str) -> bool:
        """Whether *tail*, the words :meth:`tail_after_name` found after a ``By`` line's name, opens
        with a known agency (``Bloomberg News``, ``Reuters Staff``): the agency rules read it then,
        the agency kept as written (``By Jane Roe Bloomberg News``: ``Bloomberg News``).

        .. versionadded:: 0.2"""
        words = tail.split()
        return any(self.vocabulary.is_agency(" ".join(words[:k])) for k in range(1, min(len(words), 3) + 1))

    def tells_of_name(self, rest: str) -> bool:
        """Whether *rest*, the words after the one name that opens a line with no ``By``
        (:meth:`parse_signed`), is a verb phrase in lower case that tells of the person
        (:meth:`reads_as_sentence`: ``spoke with reporters``, ``told a reporter``, ``spoke to a
        reporter``): one of :attr:`TELLING_VERBS` and the words after it, not the role they write in
        (``staff writer``, ``Senior Contributor``) nor the outlet they write for (``for The Times``).

        .. versionadded:: 0.2 (mendL68b)"""
        words = list(SPACED_WORD.finditer(rest))
        return len(words) > 1 and words[0].group() in self.TELLING_VERBS and self.reads_as_sentence(words)

    def reads_as_sentence(self, words: Sequence[regex.Match[str]]) -> bool:
        """Whether the lower-case role words *words* after a name (:meth:`tail_after_name`) hold one
        of :attr:`NOT_BEAT_WORDS` or end in a role's plural after one name (``spoke to reporters``,
        ``told a reporter``): a sentence about the person, not the role they write in.

        .. versionadded:: 0.2"""
        last = words[-1].group().rstrip(".").casefold() if words else ""
        if last.endswith("s") and last[:-1] in self._roles:
            return True
        return any(word.group().casefold() in self._not_beat_words for word in words)

    def continues_outlet(self, word: str) -> bool:
        """Whether *word*, before an outlet word that ends a byline (:meth:`tail_after_name`), is
        part of the outlet's name: one of :attr:`OUTLET_WORDS` or :attr:`PLACED_OUTLET_WORDS`
        (``Star`` of ``Star Tribune``, ``Daily`` of ``Daily News``).

        .. versionadded:: 0.2 (mendLT67)"""
        return self.is_outlet_word(word) or word in self.PLACED_OUTLET_WORDS

    def role_words_at(self, words: Sequence[regex.Match[str]]) -> int:
        """How many of *words*, at their end, are a role: role words (:meth:`is_role_word`, any
        case: ``staff writer``, ``reporter``, ``Staff``), at most two, and before a role in lower case
        up to :attr:`MAX_ROLE_LEAD` words in lower case, its beat (``technology reporter``).

        .. versionadded:: 0.2 (mendLT67)"""
        count = 0
        while count < min(2, len(words) - 1) and self.is_role_word(words[len(words) - 1 - count].group().rstrip(".")):
            count += 1
        if count and words[len(words) - count].group()[:1].islower():
            lead = 0
            while lead < self.MAX_ROLE_LEAD and count < len(words) - 1 and words[len(words) - 1 - count].group().islower():
                count, lead = count + 1, lead + 1
        return count

    def name_word_count(self, words: Sequence[str]) -> int:
        """How many of *words*, capitalised words that open with an author's name, the name holds:
        two, or three when the second is a known given name too (``Beth Ann Morales``, ``Julia
        Carrie Wong``) and the third is no possessive (``Kim Lee Queen's Park``).

        .. versionadded:: 0.2 (mendLT67)"""
        if len(words) >= 3 and self.is_given_name(words[1]) and not words[2].endswith(("'s", "’s")):
            return 3
        return 2

    def is_outlet_after_name(self, text: str) -> bool:
        """Whether *text*, the words after the one comma of a bare byline's name (``Jo Reed, KTVQ 2
        News``), is the station or paper the author works for: up to
        :attr:`MAX_NAMED_OUTLET_WORDS` capitalised words or numbers, maybe after a determiner
        (``The Daily Sentinel``), no known given name first, with one of :attr:`OUTLET_WORDS`
        last or before numbers alone (``Lakeside Gazette``, ``WKRN News 2``; not ``Times
        Square``), one of them with a number glued to it anywhere (``13News Now``, ``News24``),
        or a call sign in capitals before its channel's number (``KTVQ 7``:
        :attr:`CALL_SIGN_LETTERS`).  The outlet stays in the byline's ``text``; ``agency`` is set
        only for a known agency.

        .. versionadded:: 0.2 (fixL65)"""
        words = text.split()
        if words and self.vocabulary.is_article(words[0]):
            words = words[1:]
        if not words or len(words) > self.MAX_NAMED_OUTLET_WORDS or self.opens_with_given_name(" ".join(words)):
            return False
        if not all(word[:1].isupper() or word[:1].isdigit() for word in words):
            return False
        fewest, most = self.CALL_SIGN_LETTERS
        for at, word in enumerate(words):
            bare = word.strip("0123456789")  # ("13News", "News24": a number glued to the outlet's word)
            if bare != word and bare in self.OUTLET_WORDS:
                return True
            if word in self.OUTLET_WORDS and all(later.isdigit() for later in words[at + 1 :]):
                return True  # (the outlet's word last, or before the channel's number: not "Times Square")
            channel = words[at + 1] if at + 1 < len(words) else ""
            if word.isupper() and word.isalpha() and fewest <= len(word) <= most and channel.isdigit():
                return True  # "KTVQ 7": a call sign and its channel
        return False

    def is_second_author(self, text: str) -> bool:
        """Whether *text*, the words after the one comma of a bare byline (:meth:`parse_bare`),
        name a second author rather than the outlet: a person's name to the library's
        :class:`~newsparse.names.NameModel` opened by a known given name (:meth:`opens_with_given_name`)
        that reads as no outlet (:meth:`reads_as_outlet`): ``Avery Kolton, Marcus Dele``; not
        ``Tanza Loudenback, Business Insider`` (mendL64).

        .. versionadded:: 0.2 (mendL64)"""
        return self.opens_with_given_name(text) and self.names.is_name(text) and not self.reads_as_outlet(text)

    def without_placed_prefix(self, name: str) -> str:
        """*name*, a byline's name read before ``in`` and a place (:meth:`parse_bare`), without a
        word of :attr:`PLACED_PREFIXES` that opens it when a name of two words or more follows
        (``From ELIAS MWAKALINGA in Dodoma``: ``ELIAS MWAKALINGA``; mendL64).

        .. versionadded:: 0.2 (mendL64)"""
        first, _, rest = name.partition(" ")
        if first in self.PLACED_PREFIXES and self.is_name(rest.strip()) and self.names.is_name(rest.strip()):
            return rest.strip()
        return name

    def name_before_place(self, text: str) -> str | None:
        """The person's name of *text*, a line beside a stamp (:meth:`parse_bare`), when it is a
        name and, after its one comma, the place the author writes from: the name one person's to
        :meth:`is_name`, :meth:`starts_name` and the library's :class:`~newsparse.names.NameModel`,
        no place (:meth:`names_place`); the place one capitalised word (no given name, agency or
        outlet's word: :meth:`is_place_word`) or a place the vocabulary knows (``Ada Obi-Eze, Abuja``,
        ``Jane Roe, Buenos Aires``).  ``None`` otherwise (``Jane Roe, Staff Writer``, ``Jane Roe,
        Reuters``, ``Tom Hale, Sky News``).

        .. versionadded:: 0.2 (bylT61)"""
        name, comma, place = text.partition(",")
        name, place = name.strip(), place.strip().rstrip(".")
        if not comma or not place or "," in place:
            return None
        if not (self.is_name(name) and self.starts_name(name) and self.names.is_name(name)) or self.names_place(name):
            return None
        known = self.vocabulary.country(place) is not None or self.vocabulary.is_place(place)
        return name if known or self.is_place_word(place) else None

    def capitals_then_place(self, text: str, *, letters_only: bool = False) -> tuple[str, str] | None:
        """*text* parted into a run of words in capitals (each of two characters or more, only
        letters when *letters_only*) and, with no comma, a place the vocabulary knows written in
        title case after it (``MARÍA LÓPEZ Madrid`` gives ``("MARÍA LÓPEZ", "Madrid")``, ``WORLD CUP
        Madrid`` gives ``("WORLD CUP", "Madrid")``); ``None`` when it is not written so (``ANA
        RUIZ``, ``Ana Ruiz Madrid``, ``SPORT, Madrid``).  What the capitals are, a person or a
        kicker, is the caller's to tell (:meth:`capitals_before_place`, :meth:`is_kicker_before_place`).

        .. versionadded:: 0.2 (fixL68)"""
        words = text.split()
        at = 0
        while at < len(words) and words[at].isupper() and len(words[at]) > 1 and (words[at].isalpha() or not letters_only):
            at += 1
        if at == 0 or at == len(words):
            return None
        place = " ".join(words[at:]).rstrip(".")
        if not place.istitle() or not (self.vocabulary.is_place(place) or self.vocabulary.country(place) is not None):
            return None
        return " ".join(words[:at]), place

    def capitals_before_place(self, text: str) -> str | None:
        """The person's name of *text*, a byline line, when it is a name written in capitals then,
        with no comma, a place the vocabulary knows written in title case, as Spanish papers sign
        (``MARÍA LÓPEZ Madrid``, ``JUAN PÉREZ Buenos Aires``; :meth:`capitals_then_place`): the
        name, at least two words in capitals that read as a name (:meth:`is_name`, the library's
        :class:`~newsparse.names.NameModel`) and open with a known given name; ``None`` otherwise
        (``ANA RUIZ``, ``Ana Ruiz Madrid``, ``WORLD CUP Madrid``).

        .. versionadded:: 0.2 (mendLT66)"""
        parted = self.capitals_then_place(text)
        if parted is None or len(parted[0].split()) < 2:
            return None
        name = parted[0]
        if not self.opens_with_given_name(name.title()):
            return None  # "WORLD CUP Madrid", "EXCLUSIVE REPORT Berlin": a label, no person
        return name if self.is_name(name) and self.names.is_name(name) else None

    def is_kicker_before_place(self, text: str) -> bool:
        """Whether *text*, a line beside a stamp, is a kicker in capitals (one word of two letters
        or more, or several) then, with no comma, a place the vocabulary knows in title case
        (``WORLD CUP Madrid``, ``PREMIER LEAGUE London``, ``SPORT Buenos Aires``;
        :meth:`capitals_then_place`): a label and the place a story was filed from, no byline;
        not when the capitals open with a known given name (``MARÍA LÓPEZ Madrid``:
        :meth:`capitals_before_place`'s author).

        .. versionadded:: 0.2 (fixL67)"""
        parted = self.capitals_then_place(text, letters_only=True)
        return parted is not None and not self.opens_with_given_name(parted[0].title())

    def is_place_word(self, word: str) -> bool:
        """Whether *word*, written after a name and a comma, may be the city the author writes
        from: one capitalised word of letters (hyphens inside), no given name, known agency,
        outlet's word (:meth:`is_outlet_word`) or role word (``Abuja``, ``Enugu``; not ``Reuters``,
        ``Staff``, ``Tom``).

        .. versionadded:: 0.2 (bylT61)"""
        if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper():
            return False
        if self.is_given_name(word) or self.vocabulary.is_agency(word) or self.is_outlet_word(word):
            return False
        return not self.is_role_word(word)

    def name_before_bar(self, line: Line, text: str) -> Byline | None:
        """A person's name, maybe with a staff role after a comma (:meth:`is_role`), before a bar
        and an outlet, on a line beside a stamp (:meth:`parse_bare`): ``Jane Roe | The Daily
        Ledger``, ``Jane Roe, Staff Writer | The Daily Ledger``.  The outlet is the agency only
        when the vocabulary knows it (``Jane Roe | Reuters``); else ``None``, never a guess.

        A middle dot stands for the bar as well, one after the outlet too (``Jane Roe · CBC News ·``,
        a public broadcaster's layout): the outlet is the agency when :meth:`is_known_outlet`.

        People's names after the bar are more authors (``Ikram Junaidi | Syed Irfan Raza``, ``Jane
        Roe | Tom Brandt and Ana Ortiz``: :meth:`names_after_bar`); a place (``Jane Roe | Ann
        Arbor``), an outlet or a date after it is none.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a middle dot for the bar (mendL65).
        .. versionchanged:: 0.2 people's names after the bar are authors too (fixL67)."""
        head, bar, outlet = text.partition(" | ")
        if not bar:
            head, bar, outlet = self.dotted_pieces(text)
        name, _, role = head.partition(",")
        name, role, outlet = name.strip(), role.strip(), outlet.strip()
        if not bar or not outlet or not (self.is_name(name) and self.starts_name(name)) or self.names_place(name):
            return None
        if role and not self.is_role(role):
            return None
        others = self.names_after_bar(outlet) if bar == " | " and not role else ()
        if others:  # "Ikram Junaidi | Syed Irfan Raza": two authors
            return Byline((name, *others), None, line.text, line.span)
        agency = outlet if self.vocabulary.is_agency(outlet) or (bar != " | " and self.is_known_outlet(outlet)) else None
        return Byline((name,), agency, line.text, line.span)

    def names_after_bar(self, text: str) -> tuple[str, ...]:
        """The people's names of *text*, the words after a bar that follows an author's name (:meth:`name_before_bar`),
        when every piece of it (apart by commas or a conjunction, up to :attr:`MAX_AUTHORS`) is a
        second author's name (:meth:`is_second_author`: ``Syed Irfan Raza``, ``Tom Brandt and Ana
        Ortiz``) that names no place (:meth:`names_place`: ``Ann Arbor``) and holds no digit (a
        date); ``()`` otherwise (an outlet, ``The Daily Ledger``; a city).

        .. versionadded:: 0.2 (fixL67)"""
        names = [part.strip() for part in self._split.split(text.strip(), 0, KEEP_GIL) if part.strip()]
        if not names or len(names) >= self.MAX_AUTHORS:
            return ()
        for name in names:
            if any(char.isdigit() for char in name) or not (self.is_name(name) and self.starts_name(name)):
                return ()
            if not self.is_second_author(name) or self.names_place(name) or self.ends_in_place_word(name):
                return ()
        return tuple(names)

    def ends_in_place_word(self, name: str) -> bool:
        """Whether *name*, after a byline's bar, ends in a word that ends a place's name
        (``Vocabulary.PLACE_END_WORDS``: ``Holly Springs``, ``Beverly Hills``; ``Vocabulary.SITE_WORDS``:
        ``Grace Church``): the place written from, no second author (:meth:`names_after_bar`).

        .. versionadded:: 0.2 (fixT68)"""
        words = name.split()
        if len(words) < 2:
            return False
        last = words[-1].casefold()
        return last in self.vocabulary.PLACE_END_WORDS or last in self.vocabulary.SITE_WORDS

    #: The marks a name and its outlet stand apart by in :meth:`dotted_pieces` (``Jane Roe · CBC News ·``).
    #:
    #: .. versionadded:: 0.2 (mendL65)
    DOT_MARKS: ClassVar[tuple[str, ...]] = ("·", "•")

    def dotted_pieces(self, text: str) -> tuple[str, str, str]:
        """*text* as a name, the mark and an outlet when it is two pieces apart by a mark of
        :attr:`DOT_MARKS` with spaces around it, maybe with the mark once more at its end (``Jane Roe
        · CBC News ·``: ``("Jane Roe", " · ", "CBC News")``); ``(text, "", "")`` otherwise (three
        pieces or more: ``Jane Roe · CBC News · Posted: ...`` is :meth:`parse_with_stamp`'s).

        .. versionadded:: 0.2 (mendL65)"""
        for mark in self.DOT_MARKS:
            spaced = f" {mark} "
            pieces = f"{text.strip()} ".removesuffix(f" {mark} ").split(spaced)
            if len(pieces) == 2 and all(piece.strip() for piece in pieces):
                return pieces[0], spaced, pieces[1]
        return text, "", ""

    def starts_name(self, text: str) -> bool:
        """Whether the first word of *text* (two words at least) may start a person's name to the
        vocabulary: not an article or another word of its ``NOT_NAMES`` (``Eine Analyse von Lena
        Vogt``, ``Une analyse de ...``), a title or an organisation's word; a month or weekday
        used as a given name counts (``June Whitaker``)."""
        words = text.split()
        return len(words) >= 2 and self.names.is_name_word(words[0], words[1])

    def parse_name_alone(self, line: Line, context: str) -> Byline | None:
        """A line that is one person's name and nothing else (``Patrick Frye``), which the pipeline
        reads as the byline right above the first paragraph.  The name must pass both
        :meth:`is_name` and the library's :class:`~newsparse.names.NameModel` (so a title, an
        organisation or a place is no author), and none of its words may stand in lower case in
        *context*, the text after it: a name is never written so, while the words of a heading
        or a button are (``Key Highlights`` over ``... the key points ...``).  A line that starts
        with a word of :attr:`NOT_GIVEN_NAMES` or ends with one of :attr:`NOT_SURNAMES` names a place
        or a heading (``North Carolina``, ``Key Takeaways``), not a person; nor is a name that the
        first :attr:`MENTION_CHARS` characters after it write again (``Galaxy Ultra`` over ``...
        the Galaxy Ultra costs ...``): a story names its subject, not its author (who may be named
        again at its end: ``Jane Roe can be reached at ...``).  A full stop after the name is none of
        it (``Jean Martin.``: :meth:`without_full_stop`, mendLT66)."""
        text = self.without_full_stop(line.text.strip())
        placed = self.name_before_place(text) if "," in text and len(text) <= self.MAX_BARE_CHARS else None
        if placed is not None:  # "Ada Obi-Eze, Abuja": the name read alone, the city written from after it
            alone = self.parse_name_alone(Line(placed, line.span, line.indent, line.blank_before), context)
            return None if alone is None else Byline((placed,), None, line.text, line.span)
        capitals = self.capitals_before_place(text) if len(text) <= self.MAX_BARE_CHARS else None
        if capitals is not None:  # "MARÍA LÓPEZ Madrid": the name in capitals, the city in title case (mendLT66)
            alone = self.parse_name_alone(Line(capitals, line.span, line.indent, line.blank_before), context)
            return None if alone is None else Byline((capitals,), None, line.text, line.span)
        if len(text) > self.MAX_BARE_CHARS or not self.is_name(text):
            return None
        if not self.names.is_name(text):
            return self.outlet_then_name_alone(line, context)
        if self.names_place(text):
            return None
        if self.stands_again(text, context):  # a speaker's label in a Q&A: "Lina Berg" / "Because ..."
            return None
        if self.named_in_story(text, context):
            return None  # the story names it: a product, a column or the story's subject, not its author
        if any(self.in_lower_case(word, context) for word in text.split() if word not in self._particles):
            return None
        return Byline((text,), None, line.text, line.span)

    def outlet_then_name_alone(self, line: Line, context: str) -> Byline | None:
        """:meth:`parse_name_alone` on a line that is an outlet's name then a person's
        (``BBC News Laura Kuenssberg``, :meth:`outlet_before_name`): the person the author, the
        outlet the agency, when the name alone passes :meth:`parse_name_alone`.

        .. versionadded:: 0.2"""
        text = self.without_full_stop(line.text.strip())  # "Ouest-France Jean Martin." (mendLT66)
        split = self.outlet_before_name(text)
        if split is None:
            return None
        outlet, name = split
        alone = self.parse_name_alone(Line(name, line.span, line.indent, line.blank_before), context)
        return None if alone is None else Byline((name,), outlet, line.text, line.span)

    def named_in_story(self, text: str, context: str) -> bool:
        """Whether the first :attr:`MENTION_CHARS` characters of *context* write *text* again, other
        than at the start of the text's last line when that line holds one of
        :attr:`SIGN_OFF_WORDS` (the author's sign-off: ``Jane Roe can be reached at ...``)."""
        window = context[: self.MENTION_CHARS]
        at = window.find(text)
        if at < 0:
            return False
        if window.find(text, at + 1) >= 0:
            return True
        end = len(context)
        while end > at and context[end - 1].isspace():  # (no copy of a long context)
            end -= 1
        if context.rfind("\n", 0, end) + 1 != at:
            return True  # not the start of the last line
        sign_off = context[at:end].casefold()
        return not any(word in sign_off for word in self.SIGN_OFF_WORDS)

    def in_closing_note(self, text: str, context: str) -> bool:
        """Whether the first :attr:`MENTION_CHARS` characters of *context* write *text* once only,
        at the start of the text's last line: an author's note under the story (``Jane Roe writes
        about transport for the paper.``), whatever its words (:meth:`named_in_story` asks for one
        of :attr:`SIGN_OFF_WORDS` there).

        .. versionadded:: 0.2"""
        window = context[: self.MENTION_CHARS]
        at = window.find(text)
        if at < 0 or window.find(text, at + 1) >= 0:
            return False
        end = len(context)
        while end > at and context[end - 1].isspace():  # (no copy of a long context)
            end -= 1
        return context.rfind("\n", 0, end) + 1 == at

    def names_place(self, text: str) -> bool:
        """Whether *text*, a line that reads as a name, names a place or a heading: its first word
        is one of :attr:`NOT_GIVEN_NAMES` or its last one of :attr:`NOT_SURNAMES`, in any case
        (``North Carolina``, ``NEW DELHI``, ``Key Takeaways``), its last word is an abstract noun
        (:meth:`is_abstract_noun`: ``Space Exploration``), or it is a country of the vocabulary
        (``New Zealand``, ``SOUTH AFRICA``) or another of its places (``Vocabulary.PLACES``: ``Hong
        Kong``, ``Buenos Aires``)."""
        words = text.split()
        if not words:
            return False
        if words[0].casefold() in self._not_given_names or words[-1].casefold() in self._not_surnames:
            return True
        if self.is_abstract_noun(words[-1]):
            return True  # "Space Exploration" beside a stamp is a heading
        return self.vocabulary.country(text) is not None or self.vocabulary.is_place(text)

    def is_abstract_noun(self, word: str) -> bool:
        """Whether *word*, the last word of a line that reads as a name, is an abstract noun: at
        least :attr:`NOUN_SUFFIX_CHARS` letters ending in one of :attr:`NOUN_SUFFIXES`, in any
        case (``Exploration``, ``DEVELOPMENT``); endings a surname may have (``-ics``,
        ``-ity``: ``Markovics``) are not among them."""
        lower = word.casefold()
        return len(lower) >= self.NOUN_SUFFIX_CHARS and lower.isalpha() and lower.endswith(self._noun_suffixes)

    def name_after_stamp(self, line: Line, stamp_end: int, context: str) -> Byline | None:
        """The name alone that ends *line* after a stamp ending at *stamp_end* (an input offset),
        maybe after a separator: ``City Daily 9/21/2016 Jane Roe`` gives ``Jane Roe``, read as
        :meth:`parse_name_alone` reads a name alone on its line."""
        rest = line.text[stamp_end - line.span.start :]
        name = rest.lstrip(_NAME_LEAD).rstrip()
        if not name:
            return None
        start = line.span.end - len(rest) + (len(rest) - len(rest.lstrip(_NAME_LEAD)))
        return self.parse_name_alone(Line(name, Span(start, start + len(name)), 0, False), context)

    def stands_again(self, text: str, context: str) -> bool:
        """Whether *text* stands again on a line of its own in the first :attr:`NAME_CONTEXT_CHARS`
        characters of *context* (looked at :attr:`NAME_CONTEXT_TRIES` times at most): a name that
        labels each answer of an interview, not the byline, which is printed once."""
        window = context[: self.NAME_CONTEXT_CHARS]
        at = window.find(text)
        for _ in range(self.NAME_CONTEXT_TRIES):
            if at < 0:
                return False
            start = window.rfind("\n", 0, at) + 1
            end = window.find("\n", at + len(text))
            end = len(window) if end < 0 else end
            if not window[start:at].strip() and not window[at + len(text) : end].strip():
                return True
            at = window.find(text, at + 1)
        return False

    def reads_as_heading(self, text: str, context: str) -> bool:
        """Whether *text*, a line that reads as a name, is a heading or a section's label: its
        words (two at least, :attr:`PARTICLES` aside) stand together, as a phrase in lower case, in
        the running text of *context* (:meth:`in_running_text`), as ``the local elections`` does in a
        story under ``Local Elections``.  Each word alone somewhere in the story is not enough: ``Will
        Price`` over a story that writes ``will`` and ``price`` is a byline."""
        words = text.split()
        if len([word for word in words if word not in self._particles]) < 2:
            return False
        return self.in_running_text(" ".join(words), context)

    def in_running_text(self, word: str, context: str) -> bool:
        """Whether *word*, in lower case, stands as a word (or words apart by single spaces: a
        phrase) of running text in the first :attr:`NAME_CONTEXT_CHARS` characters of *context*
        (looked at :attr:`NAME_CONTEXT_TRIES` times at most): a space before it, and a space or a
        mark that ends a clause after it, not a letter, a dot, ``@`` or ``_``
        (``jane.roe@city.example``, ``city.example/janeroe`` are no text)."""
        lower = word.casefold().rstrip(".")
        if not lower.replace(" ", "").isalpha():
            return False
        for before, after in self.occurrences(lower, context, 2):
            if before.isspace() and (not after or after[0] in " \t\n,;:!?)" or (after[0] == "." and after[1:2] in ("", " ", "\n"))):
                return True
        return False

    def occurrences(self, lower: str, context: str, width: int) -> Iterator[tuple[str, str]]:
        """The character before each of the first :attr:`NAME_CONTEXT_TRIES` occurrences of
        *lower* in the first :attr:`NAME_CONTEXT_CHARS` characters of *context* (a space at its
        start) and the *width* characters after it (empty at its end)."""
        window = context[: self.NAME_CONTEXT_CHARS]
        at = window.find(lower)
        for _ in range(self.NAME_CONTEXT_TRIES):
            if at < 0:
                return
            end = at + len(lower)
            yield (window[at - 1] if at else " "), window[end : end + width]
            at = window.find(lower, at + 1)

    def in_lower_case(self, word: str, context: str) -> bool:
        """Whether *word*, in lower case, stands as a whole word in the first
        :attr:`NAME_CONTEXT_CHARS` characters of *context* (looked at :attr:`NAME_CONTEXT_TRIES` times at most)."""
        lower = word.casefold().rstrip(".")
        if not lower.isalpha():
            return False
        return any(not before.isalpha() and not after.isalpha() for before, after in self.occurrences(lower, context, 1))

    def parse_signed(self, line: Line) -> Byline | None:
        """A byline without ``By`` that a name alone would not make: a name and a role (``Bruce Y.
        Lee Senior Contributor``), a name and a handle (``Taylor Hatmaker @tayhatmaker``), a name
        and the outlet it writes for (``Jane Roe for The Times``), or a name glued to the word
        after it (``Sarah LazareTwitter``), but not to a month or a weekday (``Harbour
        MasterDecember 2, 2016``: the date is the stamp rules' to read, and the words before it are
        read as a name before a stamp is, :meth:`opens_with_date_word`); names, one or more, before a
        stamp that says how long ago (``Jane Roe and Tom Berg • 2h ago``).  The pipeline reads it under the
        headline even with no timestamp beside it."""
        text = line.text.strip().rstrip(",").strip()
        if len(text) > self.MAX_BARE_CHARS or not text or self.has_prefix(text):
            return None  # a line with "By" is parse's to read
        tail = self.tail_after_name(text)
        if tail is not None:  # "Marie Woolf Parliament Hill correspondent": the name alone (mendLT67)
            return Byline((text[:tail].rstrip(),), None, line.text, line.span)
        authors, length = self.leading_names(text)
        if len(authors) > 1 and self._relative.fullmatch(text[length:]):
            authors, agency = self.outlets_apart(authors)  # ("Jane Roe, BBC News, 2 hours ago": the agency's outlet)
            return Byline(authors, agency, line.text, line.span)  # "Jane Roe and Tom Berg • 2h ago": names, then how long ago
        if not authors:
            outlet = self.outlet_before_relative(text)
            if outlet is not None:  # "Reuters | Published 3 hours ago": the outlet signs, as an agency alone does
                return Byline((outlet,), outlet, line.text, line.span)
        if len(authors) != 1:
            return None
        rest = text[length:]
        if self.tells_of_name(rest):
            return None  # "Ana Ruiz spoke with reporters": a sentence about the person, no byline (mendL68b)
        if self._bare_role.fullmatch(rest) and rest.strip()[:1].islower() and len(authors[0].split()) > 2:
            # a role in sentence case takes the capitalised word before it: "Richard Adams Education editor"
            authors = (authors[0].rsplit(None, 1)[0],)
        elif self._bare_role.fullmatch(rest):
            run = self.role_run_start(text)
            if run is not None and run < len(authors[0]):  # "Jane Roe Moscow Correspondent"
                authors = (text[:run],)
        if (
            self._bare_role.fullmatch(rest)
            or self._handle.match(rest)
            or (self.glue_at(text) == length and not self.opens_with_date_word(rest))
            or self._relative.fullmatch(rest)
            or self._for_tail.fullmatch(rest)
        ):
            # "Bruce Y. Lee Senior Contributor", "Taylor Hatmaker @tayhatmaker", "Sarah LazareTwitter",
            # "Nizaar Kinsella2 minutes ago", "Fouzia Van Der Fort|Published 4 months ago",
            # "Jane Roe for The Times": the outlet the author writes for
            agency = None
            if self._relative.fullmatch(rest):
                authors, agency = self.outlets_apart(authors)  # "BBC News, 2 hours ago": the agency's outlet signs
            return Byline(authors, agency, line.text, line.span)
        return None

    def outlet_before_relative(self, text: str) -> str | None:
        """The outlet the vocabulary knows (:meth:`is_known_outlet`) alone before the first piece
        mark (:attr:`PIECE_MARKS`) or comma of *text*, a stamp that says how long ago after it
        (``Reuters | Published 3 hours ago``, ``News24 · 2h ago``, ``AFP, 5 minutes ago``), which
        :meth:`leading_names` reads no name from; ``None`` for any other line (``Politics | 3 hours
        ago``: a section's).

        .. versionadded:: 0.2 (byl61)"""
        cuts = [at for at in (text.find(mark) for mark in (*self.PIECE_MARKS, ",")) if at > 0]
        if not cuts:
            return None
        head = text[: min(cuts)]
        outlet = head.strip()
        if not self.is_known_outlet(outlet) or self._relative.fullmatch(text, len(head), None, KEEP_GIL) is None:
            return None
        return outlet

    def outlets_apart(self, authors: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
        """*authors*, the names before a stamp that says how long ago (:meth:`parse_signed`), and
        the agency among them: a piece that is a known agency's outlet (:meth:`outlet_among_names`:
        ``BBC News``) is no author but the agency, after at least one name (``Jane Roe, BBC News``);
        alone it is both (``BBC News``, as an agency's name alone signs).  Pieces that name no
        agency are left as they are.

        .. versionadded:: 0.2 (byl60b)"""
        agencies = [self.outlet_among_names(piece) for piece in authors]
        agency = next((found for found in agencies if found), None)
        if agency is None:
            return authors, None
        names = tuple(piece for piece, found in zip(authors, agencies, strict=True) if not found)
        return names or (agency,), agency

    def opens_with_date_word(self, text: str) -> bool:
        """Whether *text* starts with a month or a weekday of the vocabulary, as a whole word
        (``December 2, 2016``, ``Tuesday``; not ``Junebug``).

        .. versionadded:: 0.2"""
        word = _FIRST_WORD.match(text)
        if word is None:
            return False
        return self.vocabulary.month_number(word.group()) is not None or self.vocabulary.is_weekday(word.group())

    def is_relative_stamp(self, text: str) -> bool:
        """Whether *text* is only a stamp that says how long ago, maybe after a label (``2 hours
        ago``, ``Published 4 months ago``; units of :attr:`RELATIVE_UNITS`)."""
        return len(text) <= self.MAX_CHARS and self._relative.fullmatch(text, 0, None, KEEP_GIL) is not None

    def glue_at(self, text: str) -> int | None:
        """Where a name in *text* runs into the next word with no space (``Meg JamesStaff Writer``
        -> 8, ``Natasha Turak@NatashaTurak`` -> 13), after its first word; ``None`` when it does not.
        A capital after one of :attr:`NAME_PREFIXES` (``McDonald``) is part of the name."""
        first = text.find(" ")
        if first < 0:
            return None
        for match in self._glue.finditer(text, first, min(len(text), self.MAX_CHARS), False, KEEP_GIL):
            if match["part"] not in self._name_prefixes:
                return match.start()
        return None

    def first_piece(self, text: str) -> str:
        """The part of *text* before the first of :attr:`PIECE_MARKS`, spaces around it left
        out; empty when *text* holds no such mark."""
        cut = min((at for at in (text.find(mark) for mark in self.PIECE_MARKS) if at >= 0), default=-1)
        return text[:cut].rstrip() if cut > 0 else ""

    def leading_names(self, text: str) -> tuple[tuple[str, ...], int]:
        """The names that open *text* when more follows them (``Tess Bonn - 11/19/19 06:56 AM``,
        ``Chris Pokorny@DawgsByNature Nov 18``): the names and where they end, or ``((), 0)``."""
        glue = self.glue_at(text)
        match = self._leading.match(text[:glue] if glue is not None else text, 0, None, KEEP_GIL)
        if match is None:
            return self.weekday_given_names(text)
        names = self.split_names(self.without_credentials(match.group()))
        if not names or len(names) > self.MAX_AUTHORS or not all(self.is_joined_name(n) for n in names):
            return (), 0
        return tuple(names), match.end()

    def weekday_given_names(self, text: str) -> tuple[tuple[str, ...], int]:
        """:meth:`leading_names` of *text* that opens with a weekday in full used as a given name
        before a surname and more words (``Sunday Aborisade, Abuja``, ``Monday Okonkwo and Friday
        Olokor, Lagos``, as Nigerian names go): the names read with each such weekday as any given
        name, or ``((), 0)``.  The word after a weekday is a name word (``NameModel.is_name_word``)
        and no outlet's word, agency, month or weekday (``Sunday Times``, ``Monday March 3``; fixT56a).

        .. versionadded:: 0.2"""
        first = _FIRST_WORD.match(text)
        if first is None or not self.is_weekday_given_name(text, first):
            return (), 0
        masked, originals = text, {}
        for word in _FIRST_WORD.finditer(text):
            if self.is_weekday_given_name(text, word):
                mask = word.group()[0] + "x" * (len(word.group()) - 1)  # (read as any name word, the length kept)
                masked = masked[: word.start()] + mask + masked[word.end() :]
                originals[mask] = word.group()
        names, end = self.leading_names(masked)
        if not names:
            return (), 0
        restored = []
        for name in names:
            for mask, original in originals.items():
                name = name.replace(mask, original)
            restored.append(name)
        return tuple(restored), end

    def is_weekday_given_name(self, text: str, word: regex.Match[str]) -> bool:
        """Whether *word* of *text* is a weekday in full, capitalised, before a word that may be a
        surname (:meth:`weekday_given_names`).

        .. versionadded:: 0.2"""
        day = word.group()
        if not day.istitle() or not self.vocabulary.is_weekday(day) or self.vocabulary.is_short_weekday(day):
            return False
        after = _FIRST_WORD.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
        if after is None:
            return False
        second = after.group()
        return not (
            self.is_outlet_word(second) or self.vocabulary.is_agency(second)
            or self.vocabulary.month_number(second) is not None or self.vocabulary.is_weekday(second)
            or not self.names.is_name_word(second, None, day)
            or self.signs_as_staff(text, after.start())
            or not self.ends_weekday_name(text, after.end())
        )

    def ends_weekday_name(self, text: str, end: int) -> bool:
        """For :meth:`is_weekday_given_name`: whether the surname after a weekday ends a name at
        *end* of *text*: the text's end, a mark (``Sunday Aborisade, Abuja``, ``Sunday Aborisade -
        Lagos``) or a joining word before another name (``Monday Okonkwo and Friday Olokor``); not
        another word (``Friday Night Lights star Kyle Chandler``, ``Monday Night Football analyst``,
        ``Monday Smith went home``: a show's title, a sentence).  The joining words are the
        vocabulary's ``WEEKDAY_NAME_JOINS``, each language's own (``und``, ``et``; mend57).

        .. versionadded:: 0.2 (merge56)"""
        rest = text[end:].lstrip(" ")
        if not rest or not (rest[0].isalpha() or rest[0].isdigit()):
            return True
        word = _FIRST_WORD.match(rest)
        return word is not None and word.group().casefold() in self._weekday_name_joins

    def signs_as_staff(self, text: str, start: int) -> bool:
        """For :meth:`is_weekday_given_name`: whether the run of capitalised words of *text* from
        *start*, up to the first other word or mark, holds a word of a staff role (one of
        :attr:`ROLE_WORDS`, :attr:`STAFF_WORDS`, :attr:`DESK_WORDS`, in any case): the words
        before it name an outlet, whose reporter signs (``By Sunday Mirror Reporter``, ``By
        Sunday Standard Correspondent, Nairobi``), never a person whose given name is a weekday
        (``By Sunday Aborisade, Senior Correspondent``: the role after a comma stays a role).

        .. versionadded:: 0.2 (fixR56)"""
        staff = {w.casefold() for w in (*self.STAFF_WORDS, *self.DESK_WORDS)}
        pos = start
        while True:
            word = _FIRST_WORD.match(text, pos)
            if word is None or not word.group()[:1].isupper():
                return False
            if word.group().casefold() in self._roles or word.group().casefold() in staff:
                return True
            if text[word.end() : word.end() + 1] != " ":
                return False
            pos = word.end() + 1

    def without_credentials(self, text: str) -> str:
        """*text*, names after a byline's opener, without the :attr:`CREDENTIALS` after each name
        (``Jane Roe, MS, RD and Tom Berg, PhD`` gives ``Jane Roe and Tom Berg``).

        What follows the credentials after a comma in title case, up to a mark or the end, is the
        author's affiliation and left out too (``Jane Roe, MD, Cleveland Clinic`` gives ``Jane
        Roe``), unless it is a known agency (``Jane Roe, JD, Reuters``) or opens with a conjunction:
        another author comes after ``and``.

        .. versionadded:: 0.2"""
        text = self._credited_affiliation.sub(self.affiliation_dropped, text, 0, None, None, KEEP_GIL)
        return self._credentials.sub("", text, 0, None, None, KEEP_GIL)

    def without_shift_notes(self, text: str) -> str:
        """*text*, names after a byline's opener, without a live blog's notes in brackets of
        the vocabulary's ``BYLINE_SHIFT_NOTES`` after them (``Ana Ruiz (now) and Tom Berg
        (earlier)`` gives ``Ana Ruiz and Tom Berg``): which part of the blog each wrote, no name.

        .. versionadded:: 0.2 (fixL65)"""
        if "(" not in text:
            return text
        return self._shift_note.compiled.sub("", text)

    def affiliation_dropped(self, match: regex.Match[str]) -> str:
        """The credentials of a :meth:`without_credentials` match without the affiliation after
        them, or the match as it is when that is a known agency or opens with a conjunction.

        .. versionadded:: 0.2"""
        after = match["after"].strip()
        if self.vocabulary.is_agency(after.rstrip(".")) or after.split(None, 1)[0] in self.conjunctions:
            return match.group()
        return match["credentials"]

    def outlet_code_start(self, text: str) -> int | None:
        """Where a bar (or a slash between spaces, ``Jane Roe / TNN``) and an outlet's code in
        capitals end *text* (``Jane Roe | TNN``, as the Times of India signs a story): one word of two
        to :attr:`MAX_OUTLET_CODE_LETTERS` capital letters after a bar and a person's name before it
        (:meth:`opens_with_given_name`); ``None`` for any other text (``Jane Roe | City Desk``, ``New
        York | NYT``).  :meth:`read_names` gives a code of :attr:`SERVICE_INITIALS` as the agency.

        .. versionadded:: 0.2 (mendR67l)
        .. versionchanged:: 0.2 a slash between spaces as the bar (mendLB70)"""
        head, bar, code = text.rpartition("|")
        if not bar:
            head, bar, code = text.rpartition(" / ")  # "Jane Roe / TNN" (mendLB70)
        code = code.strip()
        if not bar or not head.strip() or not 2 <= len(code) <= self.MAX_OUTLET_CODE_LETTERS:
            return None
        if not (code.isalpha() and code.isupper()) or not self.opens_with_given_name(head):
            return None
        return len(head)

    def before_stamp_piece(self, text: str) -> str:
        """*text*, a ``By`` line's words after the prefix, up to the comma before a stamp's label
        of :attr:`STAMP_LABEL_WORDS` (``Samantha J. Gross Globe Staff, Updated December 3, 2026``
        gives ``Samantha J. Gross Globe Staff``), where :meth:`parse_plain` ends the byline when
        :meth:`tail_after_name` reads a name and its outlet or role there; *text* as it is when no
        such piece follows its first comma.

        .. versionadded:: 0.2 (mendL68b)"""
        head, comma, rest = text.partition(",")
        label = rest.split(None, 1)[:1]
        if comma and label and label[0].rstrip(":") in self.STAMP_LABEL_WORDS:
            return head
        return text

    def read_names(self, text: str, *, has_prefix: bool) -> tuple[tuple[str, ...], str | None]:
        """The authors and agency in *text*; no authors when it is not a list of names.

        Without a ``By`` prefix the names must be followed by an agency or a role.
        """
        agency = None
        if has_prefix:
            text = self.without_shift_notes(text)  # "Ana Ruiz (now) and Tom Berg (earlier)"
            text = self.cut_leading_role(text)  # "Chief Meteorologist Jo Roe": Jo Roe
            text = self.without_credentials(text)  # "Jane Roe, MS, RD"
            name_end = self.tail_after_name(text)
            if name_end is not None and not self.opens_with_agency(text[name_end:]):
                text = text[:name_end].rstrip()  # "Jane Roe Times staff writer", "Susan Du Star Tribune": the name alone
            signers, comma, tail = text.partition(",")
            city_outlet = self.placed_outlet_line(tail) if comma and tail.count(",") == 1 else None
            if city_outlet is not None and not self.is_known_outlet(city_outlet):
                text = signers  # "By Tom Hale, Sky News, Manchester": an outlet and its city, no second author
        office = self.acronym_office_start(text)
        if office is not None:  # "Ana Ruiz AFP Madrid", "Jo Roe BIRN Belgrade": the outlet's office
            text, agency = text[:office], self.office_agency(text[office:])
        employer = self.role_agency(text)
        if employer is not None:  # "Jeanne Roux, correspondante de l'AFP à Dakar": AFP, the role's
            text = text[: employer.start()]
        place = self._place_after_role.search(text, 0, None, KEEP_GIL)
        if place is not None and not self.vocabulary.is_agency(self.role_place_name(place["place"])):
            # "Middle East Correspondent, Jerusalem": the role's place (", Reuters" is the agency)
            text = text[: place.start("place")]
        outlet = self._for_tail.search(text, 0, None, KEEP_GIL)
        if outlet is not None and has_prefix:
            text = text[: outlet.start()]
        if has_prefix and agency is None:
            text, agency = self.cut_outlets(text)
        if employer is not None and agency is None:
            agency = employer["agency"]
        agency_match = self.agency_tail(text) if agency is None else None
        for _ in range(self.MAX_TAIL_AGENCIES):  # "Jane Roe with dpa, Reuters": the first agency named (mendLB70)
            if agency_match is None:
                break
            agency = agency_match["agency"]
            text = text[: agency_match.start()]
            agency_match = self.agency_tail(text)
        role_match = self._role_tail.search(text, 0, None, KEEP_GIL)
        if role_match is None and agency is None and has_prefix:
            affiliation = self._affiliation_tail.search(text, 0, None, KEEP_GIL)
            if affiliation is not None:
                text = text[: affiliation.start()]
        unmarked = False
        if role_match is None and has_prefix:
            role_match = self.unmarked_role_tail(text)
            unmarked = role_match is not None
            if role_match is not None and agency is None:
                agency = role_match["agency"]
        if role_match is None and has_prefix:
            run = self.role_run_start(text)
            if run is None:
                run = self.outlet_staff_start(text)  # "Jane Roe and Tom Berg Globe Staff" (fixL69)
            if run is not None:  # "Jane Roe Moscow Correspondent": the words before the role word are the role's
                text = text[:run]
        if role_match is not None and agency is None and not unmarked:
            agency = self.agency_opening_role(role_match["role"])  # "Jane Roe, PA Transport Correspondent"
        if role_match is not None:
            text = text[: role_match.start()]
            leftover = self.agency_tail(text)
            if leftover is not None and agency is None:
                agency = leftover["agency"]
                text = text[: leftover.start()]
            elif unmarked and agency is None:  # "Jane Roe East Africa Correspondent": "East" is the role's
                # a place may stand before a placed role read as role words alone ("Moscow Bureau Chief"),
                # not before one that names its region ("Mary Ann Smith Europe Correspondent")
                role = role_match["role"].split()
                placed = all(self.is_role_word(word) for word in role) and any(self.is_placed_role(w) for w in role)
                text = text[: self.name_end_before_run(text, len(text), placed=placed) or len(text)]
        if not has_prefix and agency is None and role_match is None:
            code = self.outlet_code_start(text)
            if code is None:
                return (), None
            service = text[code:].strip(" |/")
            if service in self.SERVICE_INITIALS:  # "Jane Roe / TNN": the paper's news service, the byline's agency (mendLB70)
                agency = service
            text = text[:code]  # "Jane Roe | TNN": the outlet's code, no agency the vocabulary knows, kept in the text
        if has_prefix:
            text = self._in_place.sub("", text, 0, None, None, KEEP_GIL)  # "Mike Stone in Washington and Jan Wolfe in New York"
            text = self._comma_role.sub("", text, 0, None, None, KEEP_GIL)  # "Amy Clarke, Health Correspondent, and Tom Hale"
        names = self.split_names(text)
        if has_prefix:
            names = self.split_joined(self.without_roles(names))
        if has_prefix and self.outlets_among(names):
            return self.names_among_outlets(names, agency)  # "Jane Roe, Reuters, Tom Berg"
        if has_prefix:
            names, agency = self.services_apart(names, agency)  # "Jo Reed, Express News Service"
        if not names or len(names) > self.MAX_AUTHORS or not all(self.is_joined_name(n) for n in names):
            return (), None
        return tuple(self.without_full_stop(name) for name in names), agency

    def services_apart(self, names: list[str], agency: str | None) -> tuple[list[str], str | None]:
        """*names*, read after ``By``, without the news services among them (:attr:`SERVICE_WORDS`:
        ``By Jo Reed, Express News Service``, ``By Jo Reed and Tribune News Service``), and the
        byline's agency: *agency* when one was read, else the first such service.  A service is no
        person: it supplied the story, as an agency does.  Names that are all services are left as
        they are (``By Express News Service`` signs as its one author, no agency: :meth:`parse_service`).

        .. versionadded:: 0.2 (fixL66)"""
        people = [name for name in names if self._service.fullmatch(name, 0, None, KEEP_GIL) is None]
        if not people or len(people) == len(names):
            return names, agency
        service = next(name for name in names if name not in people)
        return people, agency if agency is not None else service

    def acronym_office_start(self, text: str) -> int | None:
        """Where an outlet's office starts at the end of *text*, after authors' names and no mark:
        an acronym in capitals of two to :attr:`OFFICE_ACRONYM_LETTERS` letters and a place the
        vocabulary knows (``Jo Roe BIRN Belgrade``, ``Ana Ruiz AFP Madrid``), at least two words
        of names before them (``Jo Roe and Tom Hale AFP Madrid``), the names and the place not in
        capitals; ``None`` otherwise (``Jo Roe BBC News``, ``Jo Roe, AFP``).

        .. versionadded:: 0.2 (trialL63)"""
        words = text.split()
        if len(words) < 4 or any(mark in text for mark in ",;|/"):
            return None
        acronym, place = words[-2], words[-1]
        if not (2 <= len(acronym) <= self.OFFICE_ACRONYM_LETTERS and acronym.isalpha() and acronym.isupper()):
            return None
        if place.isupper() or not any(ch.islower() for ch in text[: len(text) - len(place) - len(acronym)]):
            return None  # ("MOBIL PLANS TO OPEN OFFICE IN PEKING": a headline in capitals, no names and an acronym)
        names = self.split_names(" ".join(words[:-2]))
        if not self.vocabulary.is_place(place) or not names or not all(self.is_joined_name(name) for name in names):
            return None
        return text.rstrip().rfind(acronym, 0, len(text.rstrip()) - len(place))

    def office_agency(self, office: str) -> str:
        """The agency of an outlet's office (:meth:`acronym_office_start`): the acronym alone when the
        vocabulary knows it as an agency (``AFP Madrid`` gives ``AFP``), else the office as written
        (``BIRN Belgrade``).

        .. versionadded:: 0.2 (trialL63)"""
        acronym = office.split()[0]
        return acronym if self.vocabulary.is_agency(acronym) else " ".join(office.split())

    def agency_opening_role(self, role: str) -> str | None:
        """The known agency whose name opens *role*, the staff role after an author (``PA Transport
        Correspondent`` gives ``PA``, ``Associated Press Correspondent`` ``Associated Press``): the
        longest run of its first words, up to its last word, that the vocabulary knows as an agency;
        ``None`` when none does (``Transport Correspondent``, ``Nation Reporter``).

        .. versionadded:: 0.2"""
        words = role.split()
        for count in range(len(words) - 1, 0, -1):
            head = " ".join(words[:count])
            if self.vocabulary.is_agency(head):
                return head
        return None

    def role_agency(self, text: str) -> regex.Match[str] | None:
        """The staff role after the names in *text* that names the agency its holder works for
        after one of the vocabulary's ``ROLE_AGENCY_LINKS``, maybe before the place it is held in
        (``Jane Roe, correspondent for Reuters in Dakar``, ``Jeanne Roux, correspondante de l'AFP à
        Dakar``, ``Ana Gómez, corresponsal de EFE en Lima``): the match, from the comma before the
        role, its group ``agency`` the agency as written, when the vocabulary knows it
        (``Vocabulary.is_agency``); ``None`` for any other outlet (``journaliste au Monde``,
        ``editor of The Times``), which stays out of the agency.

        .. versionadded:: 0.2 (byl61)"""
        if not any(self.vocabulary.ROLE_AGENCY_LINKS) or "," not in text:
            return None
        match = self._role_agency.search(text, 0, None, KEEP_GIL)
        if match is None or not self.vocabulary.is_agency(match["agency"]):
            return None
        return match

    def role_place_name(self, written: str) -> str:
        """The place's name in *written*, the words after a role that name where it is held
        (``, Jerusalem``, `` in Brussels``, `` à Bruxelles``): without the comma or the preposition
        of :attr:`ROLE_PLACE_PREPOSITIONS` before it.

        .. versionadded:: 0.2"""
        words = written.lstrip(" ,").split(None, 1)
        if len(words) == 2 and words[0] in self.ROLE_PLACE_PREPOSITIONS:
            return words[1].strip()
        return " ".join(words).strip()

    def without_full_stop(self, name: str) -> str:
        """*name* without a full stop after its last word when that word has no other, is no
        initial and no suffix of the name model's ``NAME_SUFFIXES`` (``By Amber Phillips.``,
        ``BYLINE: Ann Lee.``: the line's sentence end); ``John Smith Jr.``, ``Tom Hale Jnr.`` and
        ``Ana B.`` keep their stops.

        .. versionadded:: 0.2"""
        words = name.rsplit(None, 1)
        if not words:
            return name  # (nothing but blanks: a line of commas stripped to nothing)
        last = words[-1]
        if last.endswith(".") and last.count(".") == 1 and len(last) > 2 and not self.names.is_suffix_word(last):
            return name[:-1]
        return name

    def cut_leading_role(self, text: str) -> str:
        """*text*, the names after a byline's opener, without the author's role before them
        (``Chief Meteorologist Jo Roe``, ``Senior Health Correspondent Ana Lima``): at most
        :attr:`LEADING_ROLE_WORDS` words of :attr:`role_words` or :attr:`BEAT_WORDS`, one of them a
        role word, right before a known given name (:meth:`is_given_name`) and at least one more
        word.  *text* unchanged otherwise.

        .. versionadded:: 0.2"""
        words = text.split(" ")
        count = 0
        while count < len(words) and count <= self.LEADING_ROLE_WORDS:
            word = words[count]
            if not (self.is_role_word(word) or word.casefold() in self._beats) or self.is_given_name(word):
                break
            count += 1
        if not count or count > self.LEADING_ROLE_WORDS or len(words) < count + 2:
            return text
        if not any(self.is_role_word(word) for word in words[:count]) or not self.is_given_name(words[count]):
            return text
        return " ".join(words[count:])

    def outlets_among(self, pieces: list[str]) -> bool:
        """Whether *pieces*, the parts of a byline after its opener, are more than names: a piece
        is no name (:meth:`is_joined_name`), or one after the first is an agency's outlet
        (:meth:`outlet_among_names`: ``BBC News`` in ``Jane Roe, BBC News, Tom Berg``; not a name
        that ends in an outlet word, ``Tom Press``), to be read by :meth:`names_among_outlets`.

        .. versionadded:: 0.2"""
        return any(
            not self.is_joined_name(piece)
            or (
                number
                and (
                    self.outlet_among_names(piece)
                    or self.is_placed_outlet(piece)
                    or self.opens_outlet_name(piece)
                    or (number < len(pieces) - 1 and self.ends_in_language_outlet_word(piece))
                )
            )
            for number, piece in enumerate(pieces)
        )

    def names_among_outlets(self, pieces: list[str], agency: str | None) -> tuple[tuple[str, ...], str | None]:
        """The authors and agency of *pieces*, the parts of a byline after its opener, when
        outlets stand among the names (:meth:`outlet_among_names`: ``Jane Roe, Reuters, Tom
        Berg``, ``Jane Roe (Reuters) and Tom Berg``, ``Jane Roe with AFP and Reuters``): the names
        are the authors, and the agency is the first named that is an agency by itself, else the
        first named (:meth:`is_lone_agency`), *agency*, the one read after the pieces, last.  The
        first piece is a name and every piece a name, a name with its outlet in brackets or an
        outlet (one that reads as a name, ``BBC News``, only when it names an agency: ``Tom Press``
        is a name); else no authors.

        .. versionadded:: 0.2"""
        names: list[str] = []
        agencies: list[str] = []
        outlet_seen = False  # (a piece before this one was an outlet)
        for number, piece in enumerate(pieces):
            bracket = self._bracketed.search(piece, 0, None, KEEP_GIL)
            outlet = None
            if bracket is not None:  # "Jane Roe (Reuters)": the name, then its outlet
                outlet = self.outlet_among_names(bracket["inside"].strip())
                piece = piece[: bracket.start()]
                if outlet is None or not self.is_joined_name(piece):
                    return (), None
            else:
                outlet = self.outlet_among_names(piece) if number else None
                # "Jane Roe with Chicago Tribune", "Jane Roe with New Yorker"
                # ("Anna Müller, Berliner Morgenpost, and Jan Vogel": the first author's paper; fixL59)
                placed = bool(number) and (
                    self.is_placed_outlet(piece)
                    or self.opens_outlet_name(piece)
                    or (number < len(pieces) - 1 and self.ends_in_language_outlet_word(piece))
                )
                if placed and outlet is None:
                    outlet = ""
                named = self.is_joined_name(piece) and not placed
                if outlet is not None and (outlet or not named):
                    piece = ""  # an outlet; one that reads as a name only when an agency's: "BBC News"
                elif named:
                    outlet = None  # "Tom Press": a name
                elif outlet_seen and self.is_one_word_outlet(piece):
                    piece, outlet = "", ""  # "Jane Roe, BBC News, Axios, Reuters": one word, no author's name
                else:
                    return (), None
                outlet_seen = outlet_seen or not piece
            if piece:
                names.append(piece)
            if outlet:
                agencies.append(outlet)
        if not names or len(names) > self.MAX_AUTHORS:
            return (), None
        chosen = agency
        for earlier in reversed(agencies):
            if chosen is None or self.is_lone_agency(earlier, chosen):
                chosen = earlier
        return tuple(names), chosen

    def ends_in_language_outlet_word(self, text: str) -> bool:
        """Whether *text*, one piece of a byline's list of authors between two others, opens or ends
        with one of the vocabulary's ``OUTLET_WORDS`` (``Berliner Morgenpost``, ``Diario de
        Sevilla``), words that are no English word nor a surname: a paper's name, the author's
        before it, never a second author (``By Anna Müller, Berliner Morgenpost, and Jan Vogel``);
        the last piece is a name (``By Jane Ortiz and Marco Noticias``), an outlet there read by
        :meth:`cut_outlet`.  The parser's English :attr:`OUTLET_WORDS` are not asked (``Tom Press``).

        .. versionadded:: 0.2 (fixL59)"""
        words = text.split()
        outlets = self._language_outlet_words
        return len(words) >= 2 and (words[0] in outlets or words[-1].rstrip(".") in outlets)

    def is_numbered_outlet(self, text: str) -> bool:
        """Whether *text* is one word of :attr:`OUTLET_WORDS` with a number glued after it, as a
        site or a channel names itself (``News24``, ``TV2``, ``Radio538``): an outlet's name, no
        person's, place's nor section's (``News`` alone is a section's).

        .. versionadded:: 0.2 (byl61)"""
        word = text.strip()
        letters = word.rstrip("0123456789")
        return letters != word and letters in self.OUTLET_WORDS and word[len(letters) :].isascii()

    def is_one_word_outlet(self, text: str) -> bool:
        """Whether *text*, a piece of a byline's list of authors after an outlet among them
        (:meth:`names_among_outlets`) that reads as no name, is one capitalised word of letters
        (``Axios`` in ``Jane Roe, BBC News, Axios, Reuters``): an outlet too, as an author's name has
        two words at least.  (Not right after the names: ``Ana Lima, Agencia Lusa`` gives no
        ``Agencia`` outlet.)

        .. versionadded:: 0.2"""
        word = text.strip().rstrip(".")
        return word[:1].isupper() and word.isalpha()

    def outlet_alone(self, text: str) -> regex.Match[str] | None:
        """*text* whole as an outlet's name (its groups ``outlet`` and ``agency``): the outlets
        :meth:`cut_outlet` reads after a comma, here with no comma (``Reuters``, ``BBC News``,
        ``The Washington Post``, ``Investing.com``); ``None`` otherwise.

        .. versionadded:: 0.2"""
        match = self.outlet_piece(text).fullmatch(text)
        return match if match is not None and match["_piece"] is None else None

    def outlet_among_names(self, text: str) -> str | None:
        """Whether *text*, one piece of a byline's list of authors, is an outlet as
        :meth:`cut_outlet` reads one after a comma (an agency, ``BBC News``, ``The Washington
        Post``, ``Investing.com``; no role, ``CNN Editor-at-large``): the agency it names, the
        empty string for an outlet that names none, ``None`` for no outlet.

        .. versionadded:: 0.2"""
        match = self.outlet_alone(text)
        if match is None and text.isupper() and self.vocabulary.is_agency(text):
            return text  # "REUTERS" among names in capitals
        if match is None or self._bare_role.fullmatch(match["outlet"]):
            return None
        if self.agency_office(match["agency"]):
            return ""  # (", PA State Senator": the author's office, no agency's outlet)
        return self.desk_agency(match["agency"]) or ""

    def opens_outlet_name(self, text: str) -> bool:
        """Whether *text*, one piece of a byline's list of authors, is an outlet's name by its first
        word: two to four capitalised words, the first one of :attr:`OUTLET_FIRST_WORDS` (``Free
        Press``, ``Evening Standard``, ``New Yorker``), no person's.

        .. versionadded:: 0.2"""
        words = text.split()
        if not 2 <= len(words) <= 4 or not all(word[:1].isupper() for word in words):
            return False
        return words[0] in self._outlet_first_words

    def is_placed_outlet(self, text: str) -> bool:
        """Whether *text*, one piece of a byline's list of authors after the first, is an outlet
        named by its place (:meth:`names_outlet_place`) and one of :attr:`OUTLET_WORDS` or
        :attr:`PLACED_OUTLET_WORDS` (``Chicago Tribune``, ``Los Angeles Times``), no author.

        .. versionadded:: 0.2"""
        words = text.split()
        outlet_words = (*self.OUTLET_WORDS, *self.PLACED_OUTLET_WORDS)
        return 2 <= len(words) <= 3 and words[-1] in outlet_words and self.names_outlet_place(" ".join(words[:-1]))

    def role_run_start(self, text: str) -> int | None:
        """Where the role starts in *text*, one author's name and a role with no mark between
        that ends in a role word (:attr:`ROLE_WORDS`, the vocabulary's ``BYLINE_ROLES``) after one
        to :attr:`MAX_ROLE_RUN` words of a beat or a region (:meth:`is_region_word`: ``Jane Roe
        Middle East Correspondent``, ``Ana de la Fuente Ukraine Editor``): the name is then its
        shortest opening that is a name and does not end in an initial, the rest the role
        (``Julia Carrie Wong Reporter`` keeps its name).  ``None`` when *text* does not end so, or
        lists more than one author.

        .. versionadded:: 0.2"""
        end = self._role_end.search(text, 0, None, KEEP_GIL)
        if end is None or "," in text or self._conjunction.search(text):
            return None
        return self.name_end_before_run(text, end.start(), placed=self.is_placed_role(text[end.start() :]))

    #: The fewest words of the last author's name before an outlet's staff signature
    #: (:meth:`outlet_staff_start`): ``Tom Berg`` of ``... Tom Berg Globe Staff``.
    #:
    #: .. versionadded:: 0.2 (fixL69)
    MIN_STAFF_NAME_WORDS: ClassVar[int] = 2

    def outlet_staff_start(self, text: str) -> int | None:
        """Where an outlet's staff signature starts at the end of *text*, read after ``By``: one
        capitalised word, the outlet's short name, and one of :attr:`STAFF_WORDS` with no mark
        before them (``By Jane Roe and Tom Berg Globe Staff``, ``By Ana Ruiz Herald Staff``), after
        a last author's name of at least :attr:`MIN_STAFF_NAME_WORDS` words that is a name
        (:meth:`is_name`) and opens with a known given name (:meth:`opens_with_given_name`; not
        ``Practical Horseman Editorial Staff``, a magazine's desk).  The signature says whom the
        authors write for, and is no name's part (never ``Tom Berg Globe``).  A word before the
        staff word that is no outlet's (:meth:`is_outlet_word`) after a name of given names only is
        the surname (``By Mary Ann Smith Staff``: no signature).  ``None`` when *text* does not end so.

        .. versionadded:: 0.2 (fixL69)
        .. versionchanged:: 0.2 (rvl69) not after given names alone but before an outlet's word"""
        words = list(SPACED_WORD.finditer(text))
        if len(words) < self.MIN_STAFF_NAME_WORDS + 2 or words[-1].group().rstrip(".").casefold() not in self._staff_words:
            return None
        outlet = words[-2].group()
        if not self._name_word.fullmatch(outlet) or outlet.isupper() or self.is_role_word(outlet):
            return None
        head = text[: words[-2].start()].rstrip()
        last = self._conjunction.split(head)[-1].rsplit(",", 1)[-1].strip()
        if len(last.split()) < self.MIN_STAFF_NAME_WORDS or last.split()[-1].endswith(".") or not self.is_name(last):
            return None
        if not self.opens_with_given_name(last):
            return None  # ("Practical Horseman Editorial Staff": a magazine's desk, no person before it)
        if not self.is_outlet_word(outlet) and all(self.is_given_name(word) for word in last.split()):
            return None  # ("Mary Ann Smith Staff": the surname, no outlet; rvl69)
        return len(head)

    def name_end_before_run(self, text: str, end: int, *, placed: bool) -> int | None:
        """Where the name ends in ``text[:end]``, one author's name and then one to
        :attr:`MAX_ROLE_RUN` words of a role before a role word (:meth:`role_run_start`) or cut
        from one (``Jane Roe East`` of ``Jane Roe East Africa Correspondent``): the shortest
        opening that is a name (:meth:`is_name`) and does not end in an initial or a particle,
        when every word after it is a beat, a region (:meth:`is_region_word`) or a role word.
        When *placed* (the role is held in a place: :attr:`PLACED_ROLE_WORDS`) the first word
        after the name may be any capitalised word, the place (``Jane Roe Moscow
        Correspondent``).  ``None`` when no such opening is there.

        What stays ambiguous: with no list of given names, a three-word name before a placed
        role reads as two words and a place (``Julia Carrie Wong Correspondent`` gives ``Julia
        Carrie``); before any other role its third word stays in the name (``Julia Carrie Wong
        Reporter``), unless a known given name opens the name and the word after it is none
        (:meth:`given_name_before_beat`: ``Jane Roe Moscow Reporter`` gives ``Jane Roe``; mendLT69).

        .. versionadded:: 0.2"""
        words = list(SPACED_WORD.finditer(text, 0, end))
        beat_start = self.given_name_before_beat(text, end)
        if beat_start is not None:
            return beat_start
        for count in range(2, len(words)):
            run = [word.group() for word in words[count:]]
            last = words[count - 1].group()
            if len(run) > self.MAX_ROLE_RUN or last.endswith(".") or last in self._particles:
                continue
            if self.is_name(text[: words[count - 1].end()]):
                placed_run = placed or any(self.is_placed_role(word) for word in run)
                rest = run[1:] if placed_run and self._name_word.fullmatch(run[0]) else run
                if all(self.is_region_word(word) or self.is_role_word(word) for word in rest):
                    return words[count - 1].end()
                return None
        return None

    def given_name_before_beat(self, text: str, end: int) -> int | None:
        """Where the name ends in ``text[:end]`` when a known given name opens it and one to
        :attr:`MAX_ROLE_RUN` capitalised words of a beat the vocabulary need not know stand between
        it and a role word of :attr:`BEAT_ROLE_ENDS` at *end* (``Ben Spurr Transportation Reporter``,
        ``Ana Lima Wildfire Correspondent``): the name is its first two words, or three when the
        second is a given name too (:meth:`name_word_count`: ``Julia Carrie Wong Reporter`` keeps
        its three).  ``None`` when *text* does not read so (no known given name first, a word in
        lower case, a particle or an initial in the run, no such role word).

        .. versionadded:: 0.2 (mendLT69)"""
        role = text[end:].strip().rstrip(".")
        if role.casefold() not in self._beat_role_ends:
            return None
        words = list(SPACED_WORD.finditer(text, 0, end))
        names = [word.group() for word in words]
        if len(names) < 3 or not self.is_given_name(names[0]):
            return None
        count = self.name_word_count(names)
        run = names[count:]
        if not run or len(run) > self.MAX_ROLE_RUN:
            return None
        if any(not self._name_word.fullmatch(w) or w.endswith(".") or self.is_given_name(w) for w in run):
            return None  # ("Ana Lima Rose Reporter": a given name is no beat)
        if not self.is_name(" ".join(names[:count])):
            return None
        return words[count - 1].end()

    def names_company(self, text: str) -> bool:
        """Whether *text*, a line with no ``By``, is a company's name: capitalised words and one of
        :attr:`COMPANY_SUFFIXES` last, maybe after a comma (``Acme Robotics, Inc.``, ``Nordwind
        Mining Corp.``, ``Harbour Media Ltd``): a press release's issuer, never a person, so that
        no author is read with the suffix cut off.

        .. versionadded:: 0.2 (mendLT69)"""
        words = text.strip().split()
        if len(words) < 2 or words[-1] not in self.COMPANY_SUFFIXES:
            return False
        return all(word[:1].isupper() or word[:1].isdigit() or word == "&" for word in words[:-1])

    def is_placed_role(self, text: str) -> bool:
        """Whether *text*, a role word (maybe after spaces), is one of :attr:`PLACED_ROLE_WORDS`, in any
        case or in the plural: a post held in a place.

        .. versionadded:: 0.2"""
        folded = text.strip().rstrip(".").casefold()
        return folded in self._placed_roles or (folded.endswith("s") and folded[:-1] in self._placed_roles)

    def is_region_word(self, word: str) -> bool:
        """Whether *word* names a beat or the region a correspondent covers, which a person's name
        does not end with before a role word: one of :attr:`BEAT_WORDS`, a country or region of
        the vocabulary (``Ukraine``, ``Europe``), or one of :attr:`NOT_GIVEN_NAMES` (``West``,
        ``Central``), in any case.

        .. versionadded:: 0.2"""
        folded = word.casefold()
        return folded in self._beats or folded in self._not_given_names or self.vocabulary.country(word) is not None

    def cut_outlet(self, text: str) -> tuple[str, str | None]:
        """*text*, the words after a byline's opener, without the outlet the authors write for
        when it ends them, and the agency that outlet names: after a comma an outlet that opens
        with a determiner (``, The Washington Post``), with an agency (``, BBC News``, ``, Reuters
        Health``: the agency is that outlet), ends in one of :attr:`OUTLET_WORDS` (``, City
        News``) or is a web address (``, Investing.com``: :attr:`OUTLET_DOMAINS`), or with no
        mark or after a piece mark (:attr:`PIECE_MARKS`) an agency and an outlet word (``Jane Roe
        Bloomberg News``, ``Jane Roe • AP News``: the agency is that outlet) or a place of the
        vocabulary and an outlet word (``Jane Roe Chicago Tribune``: :meth:`placed_outlet_start`).
        ``(text, None)`` when no outlet ends it.

        .. versionadded:: 0.2"""
        match = self.outlet_piece(text).search(text, 0, None, KEEP_GIL)
        if match is not None and match.start() > 0 and not self._bare_role.fullmatch(match["outlet"]):
            # (", CNN Editor-at-large" is a role, read as one; ", Tom Press" a name)
            if self.outlet_is_name(match["outlet"]):
                return text, None
            if self.agency_office(match["agency"]):
                return text[: match.start()], None  # (", PA State Senator": the author's office, no agency's outlet)
            return text[: match.start()], self.desk_agency(match["agency"])
        match = self._agency_outlet.search(text, 0, None, KEEP_GIL) if self.may_end_in_agency_outlet(text) else None
        if match is not None and match.start() > 0:
            return text[: match.start()], match["agency"]
        match = self._unmarked_outlet.search(text, 0, None, KEEP_GIL)
        if match is not None and (match["capitals"] is None or match["capitals"].isupper()) and self.outlet_follows_names(
            text[: match.start()], match["outlet"]
        ):
            outlet = match["outlet"]
            return text[: match.start()], outlet if self.vocabulary.is_agency(outlet) else None
        start = self.placed_outlet_start(text)
        if start is None:
            start = self.named_outlet_piece_start(text)
        if start is None:
            start = self.compound_outlet_start(text)
        if start is not None:
            return text[:start], None
        return text, None

    def named_outlet_piece_start(self, text: str) -> int | None:
        """Where the last piece of *text* starts, its comma, when that piece is an outlet's name the
        outlet pattern of :meth:`cut_outlet` leaves: two to :attr:`MAX_NAMED_OUTLET_WORDS`
        capitalised words that end in one of :attr:`OUTLET_WORDS` or :attr:`PLACED_OUTLET_WORDS`
        and open with a word no given name can be: an outlet word (``Herald Sun``, ``Daily Mail``,
        ``Courier Mail``) or a weekday (``Sunday Mail``, ``Sunday Star``).  ``None`` for any other
        piece (``Tom Hale``, ``Jane Sun``: a person).

        .. versionadded:: 0.2 (mendR67l)"""
        comma = text.rfind(",")
        if comma <= 0:
            return None
        words = self.outlet_name_words(text[comma + 1 :], most=self.MAX_NAMED_OUTLET_WORDS, as_signed=False)
        if words is None:
            return None
        first, last = words[0], words[-1].rstrip(".")
        if not (self.is_outlet_word(last) or last in self.PLACED_OUTLET_WORDS):
            return None
        if self.is_outlet_word(first) or self.vocabulary.is_weekday(first):
            return comma
        return None

    def outlet_name_words(
        self, name: str, *, most: int | None = None, outlet_at: int | None = None, as_signed: bool = True
    ) -> list[str] | None:
        """The words of *name* when they can be an outlet's name and no person's, else ``None``:
        the shared reading of :meth:`named_outlet_piece_start` and of the article parser's
        :meth:`~newsparse.ArticleParser.ends_in_outlet_word` and
        :meth:`~newsparse.ArticleParser.is_outlet_signature`.

        With *as_signed* (a name a byline signs with), each word loses its periods and commas and
        a word in capitals is read capitalised (``BUENOS AIRES TIMES`` as ``Buenos Aires Times``),
        and a leading determiner of the vocabulary (:meth:`Vocabulary.is_article`) is dropped
        (``The Island Times``); without it the words are read as written.  Then: at least one
        word; with *most* (``None``: no limit), two to *most* words, each capitalised (``0``: none); with *outlet_at*, the word at
        that index is one of :attr:`OUTLET_WORDS` (or the vocabulary's) and none of
        :attr:`SURNAME_OUTLET_WORDS`; and the first word no known given name
        (:meth:`opens_with_given_name`: ``Khaleej Times``, not ``Jane Daily``).

        .. versionadded:: 0.2 (debt69)
        .. versionchanged:: 0.2 (rvl69) *most* ``None`` for no limit, not ``0``"""
        words = name.split()
        if as_signed:
            words = [word.strip(".,").capitalize() if word.isupper() else word.strip(".,") for word in words]
            if words and self.vocabulary.is_article(words[0]):
                words = words[1:]  # ("The Island Times": the outlet's words after the determiner)
        if not words:
            return None
        if most is not None and (not 2 <= len(words) <= most or not all(word[:1].isupper() for word in words)):
            return None
        if outlet_at is not None:
            key = words[outlet_at]
            if not self.is_outlet_word(key) or key in self.SURNAME_OUTLET_WORDS:
                return None
        return None if self.opens_with_given_name(" ".join(words)) else words

    def compound_outlet_start(self, text: str) -> int | None:
        """Where an outlet's name of two outlet words joined by a hyphen starts in *text*, the last
        word after the names with no mark between (``Beth Randle Post-Dispatch``, ``Jane Roe
        Post-Gazette``): each half one of :attr:`OUTLET_WORDS` or :attr:`PLACED_OUTLET_WORDS`,
        the names before it (:meth:`outlet_follows_names`); a surname joined so is no outlet
        (``Jane Smith-Jones``).  ``None`` otherwise.

        .. versionadded:: 0.2 (mendLT71)"""
        head, space, last = text.rstrip().rpartition(" ")
        halves = last.split("-")
        if not space or len(halves) != 2:
            return None
        outlets = self._outlet_ends
        if not all(half in outlets for half in halves) or not self.outlet_follows_names(head.rstrip(), last):
            return None
        return len(head) + 1

    def is_outlet_alone(self, text: str) -> bool:
        """Whether *text* is a news outlet's name alone: a known agency (``Australian Associated
        Press``), or two to :attr:`MAX_NAMED_OUTLET_WORDS` capitalised words, maybe after a
        determiner, the last one of :attr:`OUTLET_WORDS` or :attr:`PLACED_OUTLET_WORDS` (``The
        Jakarta Post``, ``City News``); not a picture agency's (``Getty Images``).

        .. versionadded:: 0.2 (mendLT71)"""
        text = text.strip()
        if self.vocabulary.is_agency(text):
            return True
        words = text.split()
        if words and self.vocabulary.is_article(words[0]):
            words = words[1:]
        if not 2 <= len(words) <= self.MAX_NAMED_OUTLET_WORDS or not all(word[:1].isupper() for word in words):
            return False
        return words[-1] in self._outlet_ends

    def placed_outlet_start(self, text: str) -> int | None:
        """Where an outlet named by a place starts in *text*, names and then, with no mark between,
        one or two capitalised words that are a place of the vocabulary (:meth:`Vocabulary.is_place`)
        and one of :attr:`OUTLET_WORDS` or :attr:`PLACED_OUTLET_WORDS` (``Jane Roe Chicago Tribune``,
        ``Jane Roe Denver Post``); ``None`` when no such outlet ends it or what is before it is no list of names.

        .. versionadded:: 0.2"""
        end = self._outlet_word_end.search(text, 0, None, KEEP_GIL)
        if end is None:
            return None
        words = list(SPACED_WORD.finditer(text, 0, end.start()))
        for count in (2, 1):
            if len(words) <= count + 1:
                continue
            place = words[-count:]
            if not all(word.group()[:1].isupper() for word in place):
                continue
            start = place[0].start()
            if self.names_outlet_place(text[start : end.start()]) and self.outlet_follows_names(
                text[:start].rstrip(), text[start:]
            ):
                return start
        return None

    def names_outlet_place(self, text: str) -> bool:
        """Whether *text*, one or two capitalised words before an outlet word after the names
        (:meth:`placed_outlet_start`), names the outlet's place: a place of the vocabulary
        (:meth:`Vocabulary.is_place`), or two words whose first opens a place's name, never a
        given name (:attr:`NOT_GIVEN_NAMES`: ``Los Angeles``, ``New York``, ``San Francisco``,
        ``Fort Worth``).

        .. versionadded:: 0.2"""
        if self.vocabulary.is_place(text):
            return True
        words = text.split()
        return len(words) == 2 and words[0].casefold() in self._not_given_names

    def cut_outlets(self, text: str) -> tuple[str, str | None]:
        """*text* without the outlets that end it (:meth:`cut_outlet`), up to :attr:`MAX_OUTLETS`
        of them after commas (``Jane Roe, BBC News, Reuters``, ``Jane Roe, Investing.com,
        Reuters``), and the agency they name: the first that is an agency by itself
        (``Reuters`` rather than ``BBC News``), else the first one's (:meth:`is_lone_agency`).

        .. versionadded:: 0.2"""
        text, agency = self.cut_outlet(text)
        if text == "" or "," not in text:
            return text, agency
        for _ in range(self.MAX_OUTLETS - 1):
            match = self.outlet_piece(text).search(text)
            if match is None or match.start() == 0 or self._bare_role.fullmatch(match["outlet"]):
                break
            if self.outlet_is_name(match["outlet"]):
                break  # "Jane Roe, Tom Courier, Reuters": an author before the agency
            text = text[: match.start()]
            more = None if self.agency_office(match["agency"]) else self.desk_agency(match["agency"])
            if more is not None and (agency is None or self.is_lone_agency(more, agency)):
                agency = more
        return text, agency

    def agency_office(self, outlet: str | None) -> bool:
        """Whether *outlet*, read as a known agency's outlet after a comma (:meth:`cut_outlet`), is
        a person's office whose first word an agency's initials spell too: its last word, after the
        agency's name, is one of the vocabulary's role nouns that is no journalist's role word
        (``PA State Senator``, Pennsylvania's; not ``PA Political Editor``, ``Reuters Health``).

        .. versionadded:: 0.2 (byl60b)"""
        if outlet is None or self.vocabulary.is_agency(outlet):
            return False
        last = outlet.split()[-1]
        return self.vocabulary.is_role_noun(last) and not self.is_role_word(last)

    def desk_agency(self, outlet: str | None) -> str | None:
        """The agency of *outlet*, a known agency's outlet after a comma (:meth:`cut_outlet`): the
        agency alone when the outlet is one of its desks, its last word one of :attr:`DESK_WORDS`
        (``AFP Sports Desk`` gives ``AFP``: :meth:`agency_opening_role`), else the outlet
        (``Reuters Health``).

        .. versionadded:: 0.2 (byl60b)"""
        if outlet is None or outlet.split()[-1] not in self.DESK_WORDS:
            return outlet
        return self.agency_opening_role(outlet) or outlet

    def outlet_is_name(self, outlet: str) -> bool:
        """Whether *outlet*, read as an outlet after a comma (:meth:`cut_outlet`), is an author's
        name: two capitalised words, the second one of :attr:`SURNAME_OUTLET_WORDS` (``Tom
        Press``), the first no place, no word that opens a place's name (:attr:`NOT_GIVEN_NAMES`)
        no agency, weekday, beat or outlet word (``Boston Herald``, ``New Press``, ``Canadian
        Press``, ``Sunday Herald``, ``Business Courier``, ``Daily Press`` stay outlets).  What stays
        ambiguous: another word before the surname that is no word of :attr:`OUTLET_FIRST_WORDS`
        (``Free Press`` is an outlet: :meth:`opens_outlet_name`).  A known given name before one of
        the vocabulary's ``OUTLET_WORDS`` is a name too (``Anna Kurier``, layB58).

        .. versionadded:: 0.2"""
        words = outlet.split()
        if len(words) == 2 and words[1] in self.vocabulary.OUTLET_WORDS and self.vocabulary.is_given_name(words[0]):
            return True  # (a language's outlet word after a known given name: "Anna Kurier", a person; layB58)
        if len(words) != 2 or words[1] not in self.SURNAME_OUTLET_WORDS or not self.is_name(outlet):
            return False
        if self.opens_outlet_name(outlet):
            return False
        first = words[0]
        return not (
            self.vocabulary.is_place(first)
            or first.casefold() in self._not_given_names
            or self.vocabulary.is_agency(first)
            or self.vocabulary.country(first) is not None
            or self.vocabulary.is_weekday(first)  # "Sunday Herald"
            or first.casefold() in self._beats  # "Business Courier"
            or first in self.OUTLET_WORDS  # "Daily Press"
        )

    def is_lone_agency(self, outlet: str, other: str) -> bool:
        """Whether *outlet*, an agency's outlet found before *other* in a byline (:meth:`cut_outlets`,
        :meth:`names_among_outlets`), is the agency rather than *other*: it is an agency by itself
        (``Reuters`` before ``BBC News``), or *other* is not either; of two agencies by themselves
        the first named (``AFP`` of ``Jane Roe, AFP, Reuters``).

        .. versionadded:: 0.2"""
        return self.vocabulary.is_agency(outlet) or not self.vocabulary.is_agency(other)

    def outlet_follows_names(self, names: str, outlet: str) -> bool:
        """Whether *outlet*, words after *names* with no mark between (:meth:`cut_outlet`), is
        the authors' outlet: *names* is a list of names (:meth:`split_names`) that does not end in
        one of :attr:`PARTICLES` (``Jane Roe de Paris Post``), and an outlet written
        in capitals (``USA TODAY``) follows names that are not (``JANE ROE USA TODAY`` stays as written).

        .. versionadded:: 0.2"""
        pieces = self.split_names(names)
        if not pieces or not all(self.is_joined_name(piece) for piece in pieces):
            return False
        if names.rsplit(None, 1)[-1] in self._particles:
            return False  # "Jane Roe de Paris Post": the place is the name's
        return not outlet.isupper() or not names.isupper()

    def without_roles(self, names: list[str]) -> list[str]:
        """*names*, the pieces of a byline after its opener (the roles set off by commas taken
        out before, :meth:`read_names`: ``Amy Clarke, Health Correspondent, and Tom Hale``),
        without a conjunction that opens a piece after a comma (``, and Tom Hale``).

        .. versionadded:: 0.2"""
        kept: list[str] = []
        for name in names:
            first, _, rest = name.partition(" ")
            if rest and first in self.conjunctions:
                name = rest.strip()
            kept.append(name)
        return kept

    def split_joined(self, names: list[str]) -> list[str]:
        """*names*, the authors after an opener, with each one split at a word of
        :attr:`OPENER_AND_WORDS` when every part is a full name (``Anna Schmidt und Paul Weber``
        gives two); a part that is no full name keeps the word inside (``José Ortega y Gasset``)."""
        split: list[str] = []
        for name in names:
            parts = [part.strip() for part in self._opener_and.split(name, 0, KEEP_GIL)]
            if len(parts) > 1 and all(self.is_name(part) for part in parts):
                split.extend(parts)
            else:
                split.append(name)
        return split

    def split_names(self, text: str) -> list[str]:
        """The names of a list of authors in *text*, apart at commas, semicolons and conjunctions;
        a conjunction that is also one of :attr:`PARTICLES` (``y``) joins two names only when each
        side is a name (``Ana García y Luis Pérez``), else it stays inside one (``José Ortega y Gasset``)."""
        names = [part.strip() for part in self._split.split(text.strip(), 0, KEEP_GIL) if part.strip()]
        if all(self.is_name(name) for name in names):
            return names
        kept = [part.strip() for part in self._split_keeping_particles.split(text.strip(), 0, KEEP_GIL) if part.strip()]
        return [name for part in kept for name in self.split_at_particles(part)]

    def split_at_particles(self, text: str) -> list[str]:
        """*text*, one piece of a list of authors, apart at the conjunctions that are also
        :attr:`PARTICLES` (``y``) whose both sides are names, as many names as can be read
        (``Luis Pérez y Ana María de la Fuente y Sánchez`` is two); the other ones stay inside
        a name; *text* whole when no such reading makes every piece a name.

        .. versionadded:: 0.2"""
        cuts = list(self._particle_conjunction.finditer(text, 0, None, False, KEEP_GIL))
        if not cuts or len(cuts) >= self.MAX_AUTHORS:
            return [text]
        starts = [0, *(cut.end() for cut in cuts)]
        ends = [*(cut.start() for cut in cuts), len(text)]
        # best[j]: the most names the first j pieces make, and where the last of them starts; of two
        # readings with as many names the one with the later start wins, so that a second surname
        # stays with the name before it ("... de la Fuente y Sánchez y Luis Pérez", not "Sánchez y Luis Pérez")
        best: dict[int, tuple[int, int]] = {0: (0, 0)}
        for j in range(1, len(starts) + 1):
            for i in range(j):
                more = i in best and (j not in best or best[i][0] + 1 >= best[j][0])
                if more and self.is_joined_name(text[starts[i] : ends[j - 1]]):
                    best[j] = (best[i][0] + 1, i)
        if len(starts) not in best:
            return [text]
        names, j = [], len(starts)
        while j:
            i = best[j][1]
            names.append(text[starts[i] : ends[j - 1]])
            j = i
        return names[::-1]

    def is_joined_name(self, text: str) -> bool:
        """Whether *text* is a name (:meth:`is_name`), or a name and a second surname of at most
        :attr:`MAX_JOINED_SURNAME_WORDS` capitalised words after a conjunction that is also one of
        :attr:`PARTICLES` (``Ana María de la Fuente y Sánchez``).

        .. versionadded:: 0.2"""
        if self.is_name(text):
            return True
        cuts = list(self._particle_conjunction.finditer(text, 0, None, False, KEEP_GIL))
        if not cuts:
            return False
        surname = text[cuts[-1].end() :].split()
        if not 1 <= len(surname) <= self.MAX_JOINED_SURNAME_WORDS:
            return False
        return all(self._name_word.fullmatch(word) for word in surname) and self.is_name(text[: cuts[-1].start()])

    def outlet_before_name(self, author: str) -> tuple[str, str] | None:
        """The outlet and the person's name when *author*, one author read from a byline, is an
        outlet's name then a person's with no mark between (``BBC News Laura Kuenssberg``,
        ``Ouest-France Marion Le Goff``, ``El Tiempo Ana María López``): the name starts at the
        first known given name (:meth:`~newsparse.Vocabulary.is_given_name`), the words
        after it are a name (:meth:`is_name`), and the words before it read as an outlet (an outlet
        word or an agency, :attr:`OUTLET_OPENERS` first, capitals, or one word joined by a hyphen).
        ``None`` when the first word is itself a given name or holds one (``Mary Ellen Roe``,
        ``Anne-Sophie Marie Dubois``) or there is none, and when the whole author is written in
        capitals and the words before the given name are no known outlet nor agency
        (``FARAH NADIA ISMAIL``, one name of three words: mendL64; ``BERNAMA JOHN SMITH`` keeps
        its agency: mendR64).

        .. versionadded:: 0.2"""
        words = author.split()
        if len(words) < 3 or any(self.is_given_name(part) for part in words[0].split("-")):
            return None  # "Mary Ellen Roe", "Anne-Sophie Marie Dubois": the name starts the line
        for i, word in enumerate(words[1:-1], start=1):
            if not self.is_given_name(word):
                continue
            outlet, name = " ".join(words[:i]), " ".join(words[i:])
            if author.isupper() and self.outlet_alone(outlet) is None and not self.vocabulary.is_agency(outlet):
                return None  # "FARAH NADIA ISMAIL": capitals in a name written in capitals mark no outlet
            if self.reads_as_outlet(outlet) and self.is_name(name) and self.starts_name(name):
                return outlet, name
            return None
        return None

    def opens_with_given_name(self, text: str) -> bool:
        """Whether the first word of *text* is a known given name
        (:meth:`~newsparse.Vocabulary.is_given_name`): ``Jane Roe``, not ``Hong Kong`` nor ``Fact Check``.

        .. versionadded:: 0.2"""
        first = text.split(maxsplit=1)[:1]
        return bool(first) and self.is_given_name(first[0])

    def is_lone_outlet_word(self, text: str) -> bool:
        """Whether *text*, the words between a byline's opener and an agency that follows them
        (``By Euronews with AP``), is one capitalised word of letters and digits that is no known given
        name nor a role or staff word: an outlet's name, no person's (``Euronews``; not ``Jane``,
        ``Staff``, ``Jane Roe``).

        .. versionadded:: 0.2 (mendLB70)"""
        word = text.strip()
        if not word[:1].isupper() or not word.isalnum() or word.isupper() or len(word) < 2:
            return False
        return not (self.is_given_name(word) or self.is_role_word(word) or self.vocabulary.is_agency(word))

    def is_given_name(self, word: str) -> bool:
        """Whether *word* (any case, periods aside) is a known given name: one of
        the vocabulary's (:meth:`~newsparse.Vocabulary.is_given_name`, either sex).

        .. versionadded:: 0.2"""
        return self.vocabulary.is_given_name(word)

    def reads_as_outlet(self, text: str) -> bool:
        """Whether *text*, the words before a person's name in a byline, reads as an outlet's name
        (:meth:`outlet_before_name`): one of the outlets a byline names after a comma (``BBC
        News``, an agency), a capitalised word of :attr:`OUTLET_OPENERS` and more (``El Tiempo``),
        one word joined by a hyphen (``Ouest-France``) or in capitals (``ABC``).

        .. versionadded:: 0.2"""
        words = text.split()
        if self.outlet_alone(text) is not None:
            return True
        if len(words) > 1:
            return words[0] in self._outlet_openers and all(w[:1].isupper() for w in words[1:])
        word = words[0]
        return (len(word) > 1 and word.isupper()) or _HYPHENED_NAME.fullmatch(word) is not None

    def is_name(self, text: str) -> bool:
        """Whether *text* looks like a person's name: two to five capitalised words, initials or particles."""
        words = text.split()
        if not 2 <= len(words) <= 5 or self.vocabulary.is_agency(text) or self.glue_at(text) is not None:
            return False
        if any(self.is_role_word(word) or word in self._not_name_words for word in words):
            return False  # "Ben Cross Editor-at-large", "Tom Hale Moscow Correspondents"
        if words[0].casefold() in self._determiners:  # "The Planetary Press"
            return False
        capitalised = 0
        for word in words:
            if word in self._particles:
                continue
            if not self._name_word.fullmatch(word, 0, None, KEEP_GIL):
                return False
            capitalised += 1
        return capitalised >= 2

    def is_role_word(self, word: str) -> bool:
        """Whether *word* is one of :attr:`role_words`, in any case, maybe in the plural or with a
        hyphenated tail (``Correspondents``, ``Editor-at-large``).

        .. versionadded:: 0.2"""
        folded = word.casefold().split("-")[0]
        return folded in self._roles or (folded.endswith("s") and folded[:-1] in self._roles)

    def may_start_name(self, text: str) -> bool:
        """A cheap test that every text starting with a name :meth:`is_name` accepts passes: *text*
        opens with no space and with a word :meth:`is_name` takes as a name's first (a particle or
        a capitalised word, no role, determiner or word of :attr:`NOT_NAME_WORDS`), and its second
        word starts as a name's word does (a capital or a particle; the name's second word may be
        glued to what follows it: ``Jane RoeDecember 2, 2016``), so a line that fails it holds no
        name before a date (``ArticleParser.name_before_stamp``).  A subclass that changes
        :meth:`is_name` changes it too.

        .. versionadded:: 0.2"""
        words = text.split(None, 2)
        if len(words) < 2 or text[:1].isspace():
            return False
        first, second = words[0], words[1]
        if first.casefold() in self._roles or first in self._not_name_words or first.casefold() in self._determiners:
            return False
        if first not in self._particles and self._name_word.fullmatch(first, 0, None, KEEP_GIL) is None:
            return False
        return self._name_word.match(second, 0, None, KEEP_GIL) is not None or any(second.startswith(p) for p in self._particles)
