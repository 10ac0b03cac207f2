"""The word lists the quote engine reads, and the small helpers every layer shares.

:class:`QuoteWords` is the bottom layer of :class:`~newsparse.QuoteParser`: its UPPERCASE class
attributes are the vocabularies a subclass overrides, and its constructor turns them into lookup
sets once.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import ClassVar, Literal

import regex

from ..errors import check_option
from ..lines import SENTENCE_ENDS
from ..names import NameModel
from ..timestamp import TimestampParser
from ..vocab import given_names, speech_verbs
from ..vocabulary import KEEP_GIL, Vocabulary, alternation, normalize_word

__all__ = ["HEARSAY_FORMS", "LEAD", "QuoteWords", "WordsAt", "any_of", "ends_with", "word_rest"]

#: A comma between digits, a thousands separator (``2,000``, ``80,000``): part of a word, never a
#: clause break.  The comma is matched first and the digit before it looked back at after it, so
#: that a position holding no comma fails at once (most do: the pattern is tried after each word).
DIGIT_COMMA = r",(?<=\p{N},)(?=\p{N})"


def word_rest(chars: str) -> str:
    """A pattern for the rest of a word after its first character: a run of the characters of the
    character class *chars* (its inside, without brackets), with a comma between digits
    (:data:`DIGIT_COMMA`) inside it, read possessively.  It matches what ``(?:[chars]|DIGIT_COMMA)*+``
    matches (a comma is never in *chars*), but the run of *chars* is one repeat of a character class,
    which the pattern engine reads in a tight loop rather than trying both branches at each
    character.

    .. versionadded:: 0.2"""
    return rf"[{chars}]*+(?:{DIGIT_COMMA}[{chars}]*+)*+"


#: The characters a word holds after its first one (a character class's inside): letters, marks,
#: digits, apostrophes, periods and hyphens.
WORD_CHARS = r"\p{L}\p{M}\p{N}'’‘ʼ.\-"

#: A word as the quote rules read it: letters and digits, with inner apostrophes, periods and hyphens,
#: a comma between digits (``2,000``), and a plus sign that ends a word in capitals (``OPEC+``: a
#: group and its allies; the sign matched first, the capital before it looked back at after it).
WORD = rf"[\p{{L}}\p{{M}}\p{{N}}]{word_rest(WORD_CHARS)}(?:\+(?<=\p{{Lu}}\+)(?![\p{{L}}\p{{N}}+]))?+"

#: Whitespace and a comma between a closing quotation mark and its attribution.
LEAD = regex.compile(r"\s*+,?\s*+")


class WordsAt:
    r"""The longest of some words (each as written, in its case) that opens at a position and is
    followed by no letter and no hyphen: what ``regex.compile(rf"(?:{any_of(words)})(?![\p{L}\-])")``
    matches, read by a dict lookup on the position's first characters and a few string tests
    instead of a compiled alternation (the quote grammar's speech verbs compiled so took about
    100 KB, mem61b).  :meth:`match` answers as that pattern's ``match`` does: the same span, in a
    ``regex`` match of the same string (no groups).

    >>> WordsAt(["said", "said that", "says"]).match("He said that", 3).group()
    'said that'
    >>> WordsAt(["said"]).match("He saids", 3) is None
    True

    .. versionadded:: 0.2 (mem61b)"""

    #: How many first characters of a word its lookup key holds; shorter words are tried at every
    #: position, after the longer ones.
    KEY_CHARS: ClassVar[int] = 3

    # (the end a word must stand before: no letter, no hyphen; and a match of a span, any characters)
    _AFTER: ClassVar[regex.Pattern[str]] = regex.compile(r"(?![\p{L}\-])")
    _SPAN: ClassVar[regex.Pattern[str]] = regex.compile(r"[\s\S]*+")

    def __init__(self, words: Iterable[str]) -> None:
        # (longest first, then in code point order: the order of any_of's alternation)
        kept = sorted({word for word in words if word}, key=lambda word: (-len(word), word))
        by_key: dict[str, list[str]] = {}
        for word in kept:
            if len(word) >= self.KEY_CHARS:
                by_key.setdefault(word[: self.KEY_CHARS], []).append(word)
        self._by_key = {key: tuple(found) for key, found in by_key.items()}
        self._short = tuple(word for word in kept if len(word) < self.KEY_CHARS)

    def match(
        self, string: str, pos: int = 0, endpos: int | None = None, concurrent: bool | None = None
    ) -> regex.Match[str] | None:
        """The longest word that opens at *pos* in ``string[:endpos]`` with no letter and no
        hyphen after it (the end of ``string[:endpos]`` counts as none), as a match of its span;
        ``None`` when none does.  (*concurrent* is taken for the ``regex`` signature.)"""
        end = len(string) if endpos is None else min(endpos, len(string))
        for found in (self._by_key.get(string[pos : pos + self.KEY_CHARS], ()), self._short):
            for word in found:
                if string.startswith(word, pos, end) and self._AFTER.match(string, pos + len(word), end, KEEP_GIL):
                    return self._SPAN.match(string, pos, pos + len(word), KEEP_GIL)
        return None


def any_of(words: Iterable[str]) -> str:
    """A regex alternation of *words* (longest first, each escaped); one that never matches when
    there are none, so that a language may leave a list empty."""
    return alternation(list(words)) or "(?!)"


def ends_with(raw: str, start: int, end: int, chars: str) -> bool:
    """Whether ``raw[start:end]``, trailing whitespace aside, ends with one of *chars* (without
    copying the slice)."""
    while end > start and raw[end - 1].isspace():
        end -= 1
    return end > start and raw[end - 1] in chars


#: The English forms a subclass may give :attr:`QuoteWords.HEARSAY_PASSIVES` to read a raised passive
#: of hearsay (``is said to``, ``is understood to``) as no quote.
#:
#: .. versionadded:: 0.2 (mendQ65)
HEARSAY_FORMS: tuple[str, ...] = (
    "said", "reported", "understood", "thought", "believed", "rumoured", "rumored", "known", "expected",
)


class QuoteWords:
    """The vocabularies of :class:`~newsparse.QuoteParser` (see there) and shared helpers."""


    SPEECH_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.SPEECH_VERBS
    BARE_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.BARE_VERBS
    PARTICIPLES: ClassVar[tuple[str, ...]] = speech_verbs.PARTICIPLES
    #: Participles that often take a plain object (``adding an hour to each trip``): without ``that``
    #: they introduce speech only when a verb follows closely.
    OBJECT_PARTICIPLES: ClassVar[tuple[str, ...]] = (
        "adding", "noting", "stressing", "emphasizing", "emphasising", "explaining", "telling", "promising", "urging",
        "stating",
    )
    #: Forms of :attr:`BARE_VERBS` that often take a plain object (``announced a new plan``): their
    #: clause without ``that`` needs a finite verb close behind.
    OBJECT_BARE_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.OBJECT_BARE)
    #: Forms of the plain speech verb whose noun-phrase object is never the words (``said a prayer
    #: for the victims``, ``said goodbye``): after a long aside their clause without ``that`` must
    #: open with a pronoun or show a verb within :attr:`LONG_SUBJECT_LOOKAHEAD` words.
    CLAUSE_ONLY_VERBS: ClassVar[tuple[str, ...]] = ("say", "says", "said", "saying")
    #: Participles of speech that, after one of :attr:`DOCUMENT_NOUNS` or :attr:`UTTERANCE_NOUNS`
    #: in the object of one of :attr:`OBJECT_BARE_VERBS`, make that object the words' carrier:
    #: ``wrote a letter to the board asking it to resign`` reports speech though no finite verb
    #: follows (``wrote the book in a week`` does not).
    #:
    #: .. versionadded:: 0.2
    DOCUMENT_PARTICIPLES: ClassVar[tuple[str, ...]] = speech_verbs.inflect(
        (*speech_verbs.SPEECH, *speech_verbs.NAMING), only_ing=True
    )
    #: Finite verbs that show such a clause anywhere before its sentence ends (``said a review by
    #: the port safety board last spring found serious faults``), with :attr:`CLAUSE_VERBS`, a form
    #: in ``-ed`` or a short past in ``-ied`` (``lied``); a relative pronoun stops the search
    #: (``said a prayer for the victims who died``: the verb is the relative clause's).
    LATE_CLAUSE_VERBS: ClassVar[tuple[str, ...]] = (
        "seem", "seems", "seemed", "appear", "appears", "sank", "fled", "fought", "told", "thought", "felt",
        "meant", "broke", "chose", "drove", "flew", "forgot", "hid", "rang", "shook", "spoke", "stole", "struck",
        "threw", "wrote", "happens", "belongs", "exists",
        # (irregular pasts a subject acts by before ", saying ...": "The company tore up the deal, saying")
        "tore", "froze", "withdrew", "overrode", "forbade", "sought",
    )
    #: Words after which a closing attribution may go on before its sentence ends (``..., the
    #: mayor said, told reporters ...``, ``said to reporters``, ``said from Paris``).
    TAIL_WORDS: ClassVar[tuple[str, ...]] = ("told", "to", "from")
    #: Adverbs of place that may stand right after a closing attribution, before a time or the
    #: sentence's end (``..., the minister said here today.``, ``stated here on Monday``).
    PLACE_ADVERBS: ClassVar[tuple[str, ...]] = ("here",)
    #: Words that may follow ``"Why now?" Smith asked`` when the attribution closes the quotation's
    #: sentence (with :attr:`TIME_PREPOSITIONS`): ``asked again``, ``asked to ...``, ``said of
    #: the league``, ``said with a shrug``, where the words came from (``said from his office``,
    #: ``shouted from the stage``, ``said through an interpreter``, ``said into the phone``;
    #: adverbs may stand between: ``asked quietly``).
    ATTRIBUTION_END_WORDS: ClassVar[tuple[str, ...]] = (
        "to", "again", "of", "with", "as", "while", "from", "through", "into",
    )
    #: A source that closes reported words (``, Al Jazeera reported``, ``, state media said``): the
    #: lower-case words of an outlet's name (capitalised words always count), the words that may
    #: open it, the verbs after it, the verbs followed by what is cited (``cited officials``), and
    #: ``(verb, tail)`` of ``quoted an official as saying``.
    OUTLET_WORDS: ClassVar[tuple[str, ...]] = (
        "news", "media", "agency", "outlet", "newspaper", "report", "reports", "broadcaster", "television", "TV",
        "radio", "website", "daily", "agencies", "state", "local",
    )
    OUTLET_OPENERS: ClassVar[tuple[str, ...]] = ("the", "state", "local")
    #: Nouns that end an outlet told after a determiner and up to :attr:`MAX_OUTLET_MODIFIERS`
    #: words, an acronym or a modifier (``told the TT news agency the ...``, ``told the local
    #: newspaper the ...``): the whole phrase is the one told, no reported words.
    #:
    #: .. versionadded:: 0.2
    OUTLET_HEADS: ClassVar[tuple[str, ...]] = (
        "agency", "newspaper", "paper", "broadcaster", "outlet", "website", "magazine", "channel", "network",
        "radio", "television", "TV", "daily", "weekly",
    )
    MAX_OUTLET_MODIFIERS: ClassVar[int] = 3
    #: The most digits of a station's channel number after its capitalised name, part of the one
    #: told when a pronoun or a determiner follows it (``told KTVQ 7 they had seen ...``; mendQ64).
    #:
    #: .. versionadded:: 0.2
    MAX_CHANNEL_DIGITS: ClassVar[int] = 2
    #: A broadcaster told by what it is rather than named (``State television said``, ``Iranian
    #: TV said``, ``French state radio said``): the nouns that may end the phrase (any case) and
    #: the qualifiers in lower case that may stand before them beside a country's adjective
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.described_broadcaster`).
    #:
    #: .. versionadded:: 0.2
    BROADCAST_NOUNS: ClassVar[tuple[str, ...]] = ("television", "TV", "radio", "broadcaster")
    BROADCAST_QUALIFIERS: ClassVar[tuple[str, ...]] = ("state", "public", "national", "regional")
    #: A recording that shows what happened, never a speaker (``Footage showed the talks "were
    #: constructive."``, ``Video showed the mayor "was furious."``): a noun of
    #: :attr:`RECORDING_NOUNS` (any case) right before one of :attr:`SHOWING_VERBS` in the subject
    #: of a quotation no speech verb attributes (:meth:`~newsparse.quotes.direct.DirectQuotes.recording_subject`).
    #:
    #: .. versionadded:: 0.2
    RECORDING_NOUNS: ClassVar[tuple[str, ...]] = (
        "footage", "video", "videos", "image", "images", "photo", "photos", "photograph", "photographs",
        "picture", "pictures", "recording", "recordings", "clip", "clips", "film", "camera", "cameras",
    )
    SHOWING_VERBS: ClassVar[tuple[str, ...]] = ("showed", "shows", "show", "captured", "captures", "depicted", "depicts")
    #: Words that end a publication's or broadcaster's name, in lower case (``The Huffington Post``,
    #: ``Fox News``, ``The Sunday Times``): a name in the possessive that ends in one credits a
    #: writer (:meth:`~newsparse.quotes.resolution.SpeakerResolution.credited_writer`), where
    #: another body's word names an institution.
    #:
    #: .. versionadded:: 0.2
    MASTHEAD_WORDS: ClassVar[tuple[str, ...]] = (
        "post", "times", "journal", "herald", "tribune", "gazette", "telegraph", "chronicle", "press", "news",
        "daily", "review", "magazine", "observer", "guardian", "mail", "star", "sun", "standard", "express",
        "mirror", "record", "courier", "globe", "register", "bulletin", "wire", "network", "radio", "television",
        "tv", "media", "weekly", "monthly", "independent", "examiner", "inquirer", "dispatch", "sentinel",
    )

    #: The common nouns, in lower case, that tell what a publication is right before its name
    #: (``the newspaper The Times``, ``el diario El País``, ``die Zeitung Die Welt``): a name whose
    #: article is written with a capital after one is the publication's name whole, article and all
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.named_publication`), never its last
    #: word alone.  A word that ends in one counts too (German compounds: ``Wochenzeitung``).
    #:
    #: .. versionadded:: 0.2 (lang57)
    PUBLICATION_NOUNS: ClassVar[tuple[str, ...]] = (
        "newspaper", "paper", "daily", "weekly", "magazine", "tabloid", "broadsheet", "journal",
    )
    OUTLET_VERBS: ClassVar[tuple[str, ...]] = ("reported", "said", "reports", "says", "wrote")
    #: The words that close a company's legal name, set off by a comma or not (``Halbrook
    #: Therapeutics, Inc. today announced``): after a comma such a word alone is no speaker, the name
    #: before it is (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.company_suffix_start`).
    COMPANY_SUFFIXES: ClassVar[tuple[str, ...]] = (
        "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "L.L.C.", "Corp.", "Corp", "Co.", "PLC", "plc", "LLP", "LP", "L.P.",
        "GmbH", "AG", "S.A.", "N.V.", "Pty", "Limited", "Incorporated",
    )
    CITING_VERBS: ClassVar[tuple[str, ...]] = ("cited",)
    QUOTING_PHRASES: ClassVar[tuple[tuple[str, str], ...]] = (("quoted", "as saying"), ("cited", "as saying"))
    #: Verb forms whose infinitive is what was said (``vowed to block the nominee``), and the word
    #: that opens the infinitive.
    INFINITIVE_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.INFINITIVE)
    #: Past forms of verbs of a promise that take a clause without ``that`` when one of
    #: ``MODAL_WORDS`` stands among its first :attr:`MODAL_BARE_LOOKAHEAD` words (``promised the
    #: change would "save money"``, ``pledged the new rules would ...``; not ``promised a veto and
    #: attempted ...``): ``ReportedSpeech.promised_clause``.
    MODAL_BARE_VERBS: ClassVar[tuple[str, ...]] = tuple(
        form for form in speech_verbs.inflect(speech_verbs.MODAL_BARE) if form.endswith("ed")
    )
    MODAL_BARE_LOOKAHEAD: ClassVar[int] = 6
    INFINITIVE_MARKERS: ClassVar[tuple[str, ...]] = ("to",)
    #: Infinitives of speaking that no cue word covers: a relative clause's ``who asked to
    #: speak:``, ``who asked to be heard:`` opens its subject's words after the colon
    #: (:meth:`~newsparse.QuoteParser.speaking_infinitive`).
    #:
    #: .. versionadded:: 0.2
    SPEAKING_INFINITIVES: ClassVar[tuple[str, ...]] = ("speak", "talk", "heard", "answer", "address", "testify")
    #: Pronouns in the object case that, after one of :attr:`INFINITIVE_MARKERS`, make the marker
    #: a preposition (``pledged to them``, ``promised to him``), no infinitive: with a determiner,
    #: a quantifier or a capitalised word there (``delegates pledged to the governor``, ``pledged
    #: to Mr. Ortiz``) the cue takes no words (``ReportedSpeech.opens_infinitive``).
    #:
    #: .. versionadded:: 0.2
    PREPOSITION_OBJECTS: ClassVar[tuple[str, ...]] = ("him", "her", "them", "us", "me", "you", "it", "whom")
    #: Infinitives that open what was said right after a cue verb, with no marker before them
    #: (French ``a dit avoir découvert la fraude``, Spanish ``aseguró haber recibido``): the
    #: words from the infinitive on are the reported clause, the cue's subject says them.  Empty
    #: in English, whose infinitive takes its marker (``claimed to have``).
    BARE_INFINITIVES: ClassVar[tuple[str, ...]] = ()
    #: Whether the language drops a subject pronoun (Spanish ``Añadió que ...``): a speech verb
    #: that opens a sentence, capitalised, then has the person the paragraph is about as its
    #: speaker, else the last speaker of this or the previous paragraph, else none
    #: (:meth:`~newsparse.quotes.QuoteParser.dropped_subject`).  ``False`` in English.
    DROPPED_SUBJECTS: ClassVar[bool] = False
    #: Whether the finite verb comes second in a main clause, its subject after it when another
    #: phrase opens the sentence (German ``Gestern sagte Anna Schmidt, ...``, ``Auf Nachfrage sagte
    #: ein Sprecher, ...``): a speech verb after such an opening has its speaker after it
    #: (:meth:`~newsparse.quotes.QuoteParser.inverted_speaker`); the words after a cue with no
    #: comma between are reported only when they show a verb (``bekräftigte seine Position``: an
    #: object).  ``False`` in English.
    VERB_SECOND: ClassVar[bool] = False
    #: The most words of an opening that stands before a verb-second cue (``Auf Nachfrage``).
    MAX_VERB_SECOND_OPENING: ClassVar[int] = 4
    #: The most words of such an opening when one of :attr:`PREPOSITIONS` begins it (``Nach der
    #: Sitzung am Montag``): a prepositional phrase is never the subject, so it may run longer.
    MAX_PREPOSITIONAL_OPENING: ClassVar[int] = 8
    #: Determiners that may open the subject after a verb-second cue (``sagte der Minister``).
    SUBJECT_DETERMINERS: ClassVar[tuple[str, ...]] = ()
    #: Of :attr:`SUBJECT_DETERMINERS`, those that before a feminine noun are in another case
    #: than the subject's (German ``der Zeitung``, dative); with :attr:`FEMININE_NOUN_ENDINGS` and
    #: :attr:`FEMININE_PRONOUN` (the pronoun :attr:`GENDER_WORDS` gives a woman's role).
    OBLIQUE_FEMININE_DETERMINERS: ClassVar[tuple[str, ...]] = ()
    FEMININE_NOUN_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: Endings of nouns for a body or a place that a genitive after one of
    #: :attr:`OBLIQUE_FEMININE_DETERMINERS` completes a role with, beside
    #: :attr:`FEMININE_NOUN_ENDINGS` (German ``der Stadt``, ``der Bahn``: ``der Sprecher der
    #: Stadt``); empty in English.  (versionadded 0.2)
    GENITIVE_BODY_ENDINGS: ClassVar[tuple[str, ...]] = ()
    FEMININE_PRONOUN: ClassVar[str] = "she"
    #: Words with no verb that give the quotation right before them, after its closing mark and a
    #: comma, to the speaker's phrase after them when that phrase closes the sentence (German
    #: ``„...“, so Miersch.``); never a cue in running text.  Empty in English.
    ATTRIBUTION_PARTICLES: ClassVar[tuple[str, ...]] = ()
    #: Conjunctions that open a sentence with a clause naming its source before the words said,
    #: the clause ending in one of :attr:`AS_VERBS` and a comma (German ``Wie die Polizei
    #: mitteilte, wurde niemand verletzt``): the words after the comma are the source's.  Empty: off.
    AS_OPENERS: ClassVar[tuple[str, ...]] = ()
    #: The verbs of such a clause, as written last in it (German ``mitteilte``, ``sagte``).
    AS_VERBS: ClassVar[tuple[str, ...]] = ()
    #: Conjunctions that close a sentence with a clause naming its source after the words said,
    #: after a comma and ending in one of :attr:`AS_VERBS` (German ``Der Konzern will 3000 Stellen
    #: abbauen, wie das Unternehmen mitteilte``): the words before the comma are the source's.
    #: Empty: off.
    #:
    #: .. versionadded:: 0.2
    AS_CLOSERS: ClassVar[tuple[str, ...]] = ()
    #: Verbs of an :attr:`AS_CLOSERS` clause whose subject is :attr:`AS_IMPERSONAL` and names no one
    #: (German ``wie es in einer Mitteilung hieß``): the words are kept with no speaker.
    #:
    #: .. versionadded:: 0.2
    AS_IMPERSONAL_VERBS: ClassVar[tuple[str, ...]] = ()
    #: Finite verbs of the mood a language reports speech in (German Konjunktiv I: ``werde``,
    #: ``habe``, ``sei``, ``könne``): a sentence whose main clause has one among its first
    #: :attr:`MAX_SUBJUNCTIVE_POSITION` words, right after a sentence that gave words to a speaker,
    #: goes on with that speaker's words (``..., teilte das Landesamt mit. Der Höchststand werde in
    #: der Nacht erwartet.``: :meth:`~newsparse.quotes.reported.ReportedSpeech.subjunctive_continuation`).
    #: Empty (English reports speech in no mood of its own): off.
    #:
    #: .. versionadded:: 0.2
    SUBJUNCTIVE_VERBS: ClassVar[tuple[str, ...]] = ()
    #: Subjects before which a :attr:`SUBJUNCTIVE_VERBS` form is also the indicative (German
    #: ``ich habe``, ``ich werde``): a sentence with one before its verb goes on with no one's words.
    #:
    #: .. versionadded:: 0.2
    SUBJUNCTIVE_AMBIGUOUS_SUBJECTS: ClassVar[tuple[str, ...]] = ()
    #: The most words of a sentence's main clause before its :attr:`SUBJUNCTIVE_VERBS` form, the
    #: verb included (the first place or two in German, after a subject of a few words).
    #:
    #: .. versionadded:: 0.2
    MAX_SUBJUNCTIVE_POSITION: ClassVar[int] = 6
    #: The impersonal subject of :attr:`AS_IMPERSONAL_VERBS` (German ``es``).
    #:
    #: .. versionadded:: 0.2
    AS_IMPERSONAL: ClassVar[tuple[str, ...]] = ()
    #: Prepositions that open a sentence with the one whose view the rest of it is, up to a comma
    #: (French ``Pour la ministre, « ... »``, ``Pour le parquet, les travaux ...``): a holder who is
    #: a person or a group noun after a determiner, or a name of two words or more
    #: (:meth:`~newsparse.quotes.direct.DirectQuotes.opinion_holder`).  Empty: off.
    #:
    #: .. versionadded:: 0.2
    OPINION_OPENERS: ClassVar[tuple[str, ...]] = ()
    #: Postpositions after a source that opens a sentence before the words said (German ``Der
    #: Polizei zufolge wurde niemand verletzt``).  Empty: off.
    POSTPOSED_SOURCES: ClassVar[tuple[str, ...]] = ()
    #: The most words of the source in an opening of :attr:`AS_OPENERS` or :attr:`POSTPOSED_SOURCES`.
    MAX_OPENING_SOURCE_WORDS: ClassVar[int] = 6
    #: Whether a reporter's question, one no asker is named for, is a quote of its own with no
    #: speaker: one that opens a sentence (``Asked whether he would resign, Ortiz said: "No."``,
    #: ``When asked why ...``) or follows a passive question verb (``Ortiz was asked whether he
    #: would resign.``, ``..., she said when asked if ...``).  ``True`` (the default) keeps it, as
    #: corpora such as PolNeAR annotate it; the answer is still the one asked's.  ``False`` is an
    #: opt-out that leaves it out, also after a passive question verb with no agent
    #: (:meth:`~newsparse.quotes.reported.ReportedSpeech.unasked_question`), for the question is
    #: not the words of anyone the story quotes (on the PolNeAR dev split, quote F1 0.9434 with
    #: ``True`` against 0.9414 with ``False``, speech recall 0.8725 against 0.8640, precision
    #: 0.9676 against 0.9678; speaker accuracy 0.9294 against 0.9296).  A question whose asker is
    #: named (``Asked by host Tom Berg whether ...``) is always a quote, the asker its speaker.
    #:
    #: .. versionchanged:: 0.2 (fixQ68b) with ``False``, a passive question verb with no agent
    #:    follows it too.
    REPORTER_QUESTIONS: ClassVar[bool] = True
    #: Pronouns that name no one: a cue with one as its subject reports that no one spoke
    #: (``Nobody warns you about the cold``, ``No one said a word``) and gives no quote.
    NEGATIVE_PRONOUNS: ClassVar[tuple[str, ...]] = ("nobody", "no one", "no-one", "none", "nothing", "neither")
    #: The second half of a negative pair that opens with one of :attr:`NEGATIVE_PRONOUNS`
    #: (``Neither Ana Ortiz nor Tom Berg said ...``): neither of them spoke, so no quote.
    NEGATIVE_COORDINATORS: ClassVar[tuple[str, ...]] = ("nor",)
    #: Words that negate an infinitive after a cue (``asked not to be named``: a condition of
    #: speaking, no speech; see :meth:`~newsparse.quotes.QuoteParser.speaker_condition`).
    NEGATION_WORDS: ClassVar[tuple[str, ...]] = ("not", "never")
    #: Verb forms whose object noun phrase is what was said (``announced his resignation``), when it
    #: opens with a determiner, a quantifier or a possessive.
    NOUN_OBJECT_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.NOUN_OBJECT)
    #: Pronouns that stand for something told before when one is the whole object of a verb of
    #: :attr:`NOUN_OBJECT_VERBS` (``announced this at a press briefing``): the report came earlier,
    #: and the setting after the pronoun is no words (see
    #: :meth:`~newsparse.quotes.QuoteParser.anaphoric_object`).
    #:
    #: .. versionadded:: 0.2
    ANAPHORIC_OBJECTS: ClassVar[tuple[str, ...]] = ("this", "that", "these", "those", "it")
    #: ``-ing`` forms that are cues only after one of :attr:`BE_WORDS` (``is telling``, ``was
    #: insisting``); on their own they are often nouns (``a warning``).
    PROGRESSIVES: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.SPEECH, only_ing=True)
    #: Base forms of speech verbs that are more often nouns (``a report``, ``state officials``:
    #: no cue on their own) but cues in the present tense right after a plural subject: a
    #: lower-case plural noun for people or a plural pronoun, with only a blank between
    #: (``the researchers report in the journal``, ``scientists claim that``, ``they note``;
    #: never ``the researchers' report``).  One whose third-person form is in
    #: :attr:`BARE_VERBS` takes a bare clause too (``Analysts claim the deal will fail``).
    PLURAL_SUBJECT_CUES: ClassVar[tuple[str, ...]] = ("report", "claim", "note", "estimate", "state")
    #: Verb forms of a finding that are cues only right after a noun of :attr:`FINDING_SUBJECTS`,
    #: maybe an adverb of :attr:`ADVERBS` between (``The poll found that voters were tired``,
    #: ``Voters, the survey found, were tired``, ``the audit also finds``): a study's or a poll's
    #: finding is its report; anyone else's is a discovery (``police found a body``).
    #:
    #: .. versionadded:: 0.2 (cue58)
    FINDING_CUES: ClassVar[tuple[str, ...]] = ("found", "finds")
    #: The nouns (singular or plural, any case) whose finding is reported speech (:attr:`FINDING_CUES`).
    #:
    #: .. versionadded:: 0.2 (cue58)
    FINDING_SUBJECTS: ClassVar[tuple[str, ...]] = (
        "study", "studies", "poll", "polls", "survey", "surveys", "report", "reports", "audit", "audits",
        "inquiry", "review", "investigation", "analysis", "probe", "census",
    )
    #: Plural nouns (any case) for people whose trade is a study: their finding is reported speech
    #: only with one of ``THAT_WORDS`` right after the cue (``Researchers found that the drug
    #: works``; not ``Scientists found the remains of a ship``, a discovery), the noun right
    #: before the cue (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.finding_people_before`).
    #:
    #: .. versionadded:: 0.2 (cue60)
    FINDING_PEOPLE: ClassVar[tuple[str, ...]] = ("researchers", "scientists")
    #: Particles of a separable verb of :attr:`FINDING_CUES` that may stand between it and a comma
    #: before the clause after a noun of :attr:`FINDING_PEOPLE` (German ``Die Forscher fanden heraus,
    #: dass ...``).  Empty for English.
    #:
    #: .. versionadded:: 0.2 (fixQ61b)
    FINDING_PARTICLES: ClassVar[tuple[str, ...]] = ()
    #: Prepositions that make a noun of :attr:`FINDING_SUBJECTS` the object of a phrase in its
    #: subject, not the subject's head (``The team behind the survey found``, ``Participants in
    #: the study found``): the finding is then no cue (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.finding_in_phrase`).
    #:
    #: .. versionadded:: 0.2 (fixR58)
    FINDING_PHRASE_PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "behind", "of", "by", "for", "in", "from", "at", "with", "among", "on", "into", "about",
    )
    #: Articles after which a cue's word is a noun, never a verb (``a think tank told``, ``the
    #: claims adjuster said``, ``a say-so``): a cue's first word right after one of them starts no
    #: cue (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.cue_from`); empty for a language whose
    #: articles are also object pronouns before a verb (French ``il le dit``).
    #:
    #: .. versionadded:: 0.2
    NOUN_ARTICLES: ClassVar[tuple[str, ...]] = ("a", "an", "the")
    #: The auxiliary of a progressive form.
    BE_WORDS: ClassVar[tuple[str, ...]] = ("is", "are", "was", "were", "be", "been", "am")
    #: Determiners that deny their noun (``no casualties reported``, ``no injuries were
    #: reported``): a closing cue after such a subject that names no people is a passive
    #: participle's report of the thing, no one's words (``ReportedSpeech.reported_thing``).
    #:
    #: .. versionadded:: 0.2
    NEGATIVE_DETERMINERS: ClassVar[tuple[str, ...]] = ("no",)
    #: Prepositions that never open a speaker's phrase (``On Wednesday``, ``In Ohio``, ``At the rally``):
    #: words of the vocabulary's ``PREPOSITIONS``, the language's one list of them.
    PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "on", "in", "at", "during", "after", "before", "from", "with", "about", "since", "until", "amid", "despite",
        "under", "among",
    )
    #: The most words of the object of one of :attr:`PREPOSITIONS` opening a sentence before its
    #: subject's name with no comma (``At the meeting Tom Berg said``: a determiner and a noun,
    #: two words), for :meth:`~newsparse.quotes.grammar.SpeakerGrammar.name_after_opening`.
    #:
    #: .. versionadded:: 0.2
    MAX_OPENING_PHRASE_WORDS: ClassVar[int] = 4
    #: Prepositions of more than one word, in lower case (``Prior to the vote Ortiz said``,
    #: ``Ahead of Tuesday's meeting the mayor said``, ``In addition to the budget ...``): one
    #: that opens a sentence or a clause takes the noun phrase after it as its object, so no word
    #: of it, nor of that object, is the subject's; the name after the object speaks
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.opening_preposition_end`).
    #:
    #: .. versionadded:: 0.2
    #: Prepositions whose object a pronoun right after them is (``those who sit on it told
    #: reporters``): such a pronoun is never a cue's subject.  Words that also join clauses
    #: (``after``, ``before``, ``since``, ``until``, ``as``: ``after it said``) are not among them.
    #: Words of the vocabulary's ``PREPOSITIONS``, the language's one list of them.
    #:
    #: .. versionadded:: 0.2
    OBJECT_PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "to", "on", "in", "at", "of", "for", "with", "about", "from", "by", "behind", "near", "against", "into",
        "onto", "over", "under", "within", "without", "toward", "towards", "through", "across", "around", "among",
        "amid", "beyond", "upon", "inside", "outside", "throughout", "despite", "via", "between", "beside",
    )
    #: Prepositions that open the phrase of a body whose people speak in the sentence's plural verb,
    #: Spanish ``Desde la CGT advirtieron que ...`` ("from the CGT they warned"): the speaker is the body
    #: named after it, the preposition no word of its name (``SpeakerResolution.resolve_name``).  Empty
    #: in English.
    #:
    #: .. versionadded:: 0.2
    SOURCE_OPENERS: ClassVar[tuple[str, ...]] = ()
    PREPOSITION_PHRASES: ClassVar[tuple[str, ...]] = (
        "prior to", "ahead of", "because of", "instead of", "in addition to", "according to", "due to",
        "thanks to", "in spite of", "regardless of", "apart from", "aside from", "as part of", "in response to",
        "in light of", "in the wake of", "as a result of", "in the face of", "in place of", "on top of",
        "out of", "in front of", "in the run-up to", "in the aftermath of", "on the eve of", "in the midst of",
    )
    #: The characters after which a preposition opens a sentence or a clause (the text's start too).
    #:
    #: .. versionadded:: 0.2
    OPENING_OBJECT_AFTER: ClassVar[str] = ".!?;:\"“”"
    #: Words that open a participle clause before a cue (``Having announced that ...,``): never a
    #: speaker, the speaker is the subject after the clause.
    PARTICIPLE_OPENERS: ClassVar[tuple[str, ...]] = ("having",)
    #: Words that make a following :attr:`OBJECT_VERBS` form passive (``have been told``, ``were
    #: urged``): its subject is the person spoken to, so it is no cue.
    PASSIVE_AUXILIARIES: ClassVar[tuple[str, ...]] = ("is", "are", "was", "were", "be", "been", "being", "am")
    #: Forms of ``get`` that make a verb in the past after them a passive in a participle phrase
    #: opening a sentence (``Getting called "a liar," the senator ...``: the words are said of the
    #: subject, by someone unknown).
    GET_PASSIVES: ClassVar[tuple[str, ...]] = ("getting", "get", "got", "gets", "gotten")
    #: Past participles of verbs that judge someone for what they did or said, the person judged
    #: being their object (``MPs accused the bosses of ...``): right before one of
    #: :attr:`JUDGED_PREPOSITIONS`, with no object between, the verb is a passive without its
    #: auxiliary, as headlines write it (``Water bosses accused of "rewarding failure"``,
    #: ``Mayor criticised for "secret deal"``), and its subject is the one judged, never the
    #: speaker of the quotation (``DirectQuotes.judged_passive``).
    #:
    #: .. versionadded:: 0.2
    JUDGED_PARTICIPLES: ClassVar[tuple[str, ...]] = (
        "accused", "blamed", "criticised", "criticized", "slammed", "blasted", "attacked", "condemned", "faulted",
        "rebuked", "censured", "lambasted", "mocked", "derided", "denounced", "chided", "praised", "hailed",
        "applauded", "commended", "thanked",
    )
    #: The prepositions that bring in the charge or the merit after :attr:`JUDGED_PARTICIPLES`.
    #:
    #: .. versionadded:: 0.2
    JUDGED_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("of", "for", "over")
    #: How many words may stand between one of :attr:`JUDGED_PREPOSITIONS` and the quotation it
    #: brings in as the charge (``accused of being "a liar"``, ``blamed for his "secret deal"``);
    #: with more, or a comma between, the quotation is not the charge (``DirectQuotes.judged_passive``).
    #:
    #: .. versionadded:: 0.2
    JUDGED_CHARGE_WORDS: ClassVar[int] = 3
    #: Verbs that end an attribution but never introduce reported speech of their own.
    SOURCE_VERBS: ClassVar[tuple[str, ...]] = ("reported", "reports", "quoted", "cited")
    #: Forms of :attr:`SOURCE_VERBS` that also introduce reported speech of their own, a clause
    #: after them or before them (``CNN reported that the bridge would close``, ``The bridge
    #: will close, the newspaper reported.``); their subject is the source.
    REPORT_CUES: ClassVar[tuple[str, ...]] = ("reported", "reports")
    #: Nouns of the figures a body reports (``it reported an unexpected quarterly loss``, ``reported
    #: a rise in sales``): one heading the object of a :attr:`REPORT_CUES` verb, with no verb after
    #: it, is a result announced, not reported speech (but ``reported profits had doubled`` is a
    #: clause: :meth:`~newsparse.quotes.reported.ReportedSpeech.reports_figures`); empty: off.
    RESULT_NOUNS: ClassVar[tuple[str, ...]] = (
        "loss", "losses", "profit", "profits", "earnings", "revenue", "revenues", "sales", "income",
        "turnover", "results", "figures", "deficit", "surplus", "growth", "rise", "fall", "drop", "increase",
        "decrease", "decline", "gain", "gains", "jump", "slump", "dividend", "margin", "margins",
    )
    #: The most words of an object of a :attr:`REPORT_CUES` verb before its head of
    #: :attr:`RESULT_NOUNS` (``an unexpected quarterly loss``: three).
    MAX_RESULT_OBJECT_WORDS: ClassVar[int] = 4
    #: Words of a warning's colour, level or hazard (``An amber warning for wind has been issued``,
    #: ``A severe weather warning``): a determiner and only such words before a cue in
    #: :attr:`GERUND_SUFFIX` make it a noun, no one warning
    #: (:meth:`~newsparse.quotes.reported.ReportedSpeech.graded_notice`); empty: off.
    #:
    #: .. versionadded:: 0.2 (mendQT68)
    NOTICE_GRADE_WORDS: ClassVar[tuple[str, ...]] = (
        "amber", "red", "yellow", "orange", "green", "black", "purple", "blue", "severe", "extreme", "highest",
        "lowest", "top", "level", "final", "weather", "storm", "wind", "rain", "flood", "snow", "ice", "heat",
        "fire", "frost", "fog", "thunderstorm", "tornado", "hurricane", "tsunami", "travel", "health",
    )
    #: Nouns for the holder of the same post in another country (``His French counterpart``,
    #: lower case): :meth:`~newsparse.quotes.resolution.SpeakerResolution.national_counterpart`.
    #:
    #: .. versionadded:: 0.2 (mendQT68)
    COUNTERPART_NOUNS: ClassVar[tuple[str, ...]] = ("counterpart", "counterparts")
    #: Nouns of figures gathered by someone (``swaps data compiled by Bloomberg``): before one of
    #: :attr:`COMPILING_PARTICIPLES` and an agent, the figures are the source, never the agent
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.names_compiler`); empty: off.
    #:
    #: .. versionadded:: 0.2 (mendQT68)
    DATA_NOUNS: ClassVar[tuple[str, ...]] = (
        "data", "figures", "numbers", "statistics", "estimates", "calculations", "tallies", "tally", "prices",
    )
    #: Participles of gathering figures after a noun of :attr:`DATA_NOUNS` (``compiled by``).
    #:
    #: .. versionadded:: 0.2 (mendQT68)
    COMPILING_PARTICIPLES: ClassVar[tuple[str, ...]] = ("compiled", "collected", "gathered", "calculated", "tallied")
    #: Forms of a speech verb that also tell a market move (``the Nasdaq added 1.3% to 23,410``,
    #: ``Shares in BP added 2%``): right before an amount (:attr:`FIGURE_UNITS`) with no verb after
    #: it, such a cue reports no words
    #: (:meth:`~newsparse.quotes.reported.ReportedSpeech.moves_by_figure`); empty: off.
    #:
    #: .. versionadded:: 0.2
    FIGURE_MOVE_CUES: ClassVar[tuple[str, ...]] = ("added", "adds", "add", "adding")
    #: Words of a unit after a number word that make it an amount (``added two points``,
    #: ``adds three percent``, ``added 50 basis points``); a number in digits or after a currency
    #: sign (``2%``, ``$14``, ``US$3``) is one already.
    #:
    #: .. versionadded:: 0.2
    FIGURE_UNITS: ClassVar[tuple[str, ...]] = (
        "point", "points", "percent", "percentage", "per", "pct", "cent", "cents", "pence", "basis", "bps",
    )
    #: Words right after the amount of a :attr:`FIGURE_MOVE_CUES` cue that give it a move's
    #: shape (``added 2% after the results``, ``added ¥1.2 against the dollar``), besides a unit of
    #: :attr:`FIGURE_UNITS`, one of :attr:`FIGURE_MOVE_TARGETS` before an amount, a comma or the
    #: sentence's end; any other word makes the amount a clause's subject, speech (``added 40% of
    #: the company's staff would go``, ``added 2,000 jobs were created``).
    #:
    #: .. versionadded:: 0.2 (rvq68)
    FIGURE_MOVE_FOLLOWERS: ClassVar[tuple[str, ...]] = (
        "after", "against", "in", "on", "at", "since", "before", "from", "over", "while", "as", "or",
    )
    #: Words after the amount of a :attr:`FIGURE_MOVE_CUES` cue that lead to the level reached,
    #: itself an amount (``added 1.3% to 23,410.09``).
    #:
    #: .. versionadded:: 0.2 (rvq68)
    FIGURE_MOVE_TARGETS: ClassVar[tuple[str, ...]] = ("to",)
    #: Ordinals that, after one of :attr:`DETERMINERS` right after a :attr:`FIGURE_MOVE_CUES` cue,
    #: make its object a count of things added, no words (``added a second with a header``, ``added
    #: his third of the season``), unless a verb of its clause follows (``added a second reason
    #: was the cost``: :meth:`~newsparse.quotes.reported.ReportedSpeech.moves_by_figure`).  Empty: off.
    #:
    #: .. versionadded:: 0.2 (mendQT70)
    FIGURE_ORDINALS: ClassVar[tuple[str, ...]] = (
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    )
    #: How many words after an amount with no move's shape (:attr:`FIGURE_MOVE_FOLLOWERS`) are read
    #: for a verb that makes it a clause's subject (``added 40% of the company's staff in Europe
    #: would go``).
    #:
    #: .. versionadded:: 0.2 (rvq68)
    MAX_FIGURE_SUBJECT_WORDS: ClassVar[int] = 10
    #: Quotation marks, ``(opening, closing)``: English curly and straight ones, and the low and
    #: high ones (``„...“``) and guillemets (``«...»``, ``‹...›``), which are never apostrophes and
    #: mean the same in any language (every language pack accepts them too).
    QUOTE_PAIRS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("“", "”"), ('"', '"'), ("„", "“"), ("«", "»"), ("‹", "›"),
        # (the fullwidth straight mark of text pasted from Chinese or Japanese copy: "＂We are ready,＂ she said.")
        ("＂", "＂"),
    )
    #: Quotation marks of an article that quotes in single marks, as British copy does (``said:
    #: 'I thought the bridge was safe.'``, ``‘We will appeal,’ the chairman said.``, double marks
    #: inside): the pairs its quotes are read with, in place of :attr:`QUOTE_PAIRS` and
    #: :attr:`QUOTE_DIGRAPHS`, when :meth:`~newsparse.quotes.parser.QuoteParser.single_marked`
    #: finds that the article quotes so.  Empty, or no pair beyond :attr:`QUOTE_PAIRS`: every
    #: article is read with :attr:`QUOTE_PAIRS`.
    #:
    #: .. versionadded:: 0.2
    SINGLE_MARK_PAIRS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("‘", "’"), ("'", "'"), ("“", "”"), ('"', '"'), ("„", "“"), ("«", "»"), ("‹", "›"), ("＂", "＂"),
    )
    #: ``(opening, closing)`` marks that may set off a nickname inside a person's name (``William
    #: "Bill" Harper``, ``Robert 'Bob' Lane``): single marks too, which quote nothing else here.
    #: Empty: nicknames are read as written
    #: (:meth:`~newsparse.quotes.segmentation.Segmentation.nickname_blanks`).
    #:
    #: .. versionadded:: 0.2
    NICKNAME_PAIRS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("„", "“"), ("«", "»"), ("‹", "›"),
    )
    #: The most words of a nickname set off inside a name (``Earl "the Pearl" Monroe`` is none).
    #:
    #: .. versionadded:: 0.2
    MAX_NICKNAME_WORDS: ClassVar[int] = 2
    #: ``(opening, closing)`` marks of two different pairs that copy typed or pasted together often
    #: mixes (``"We won,” she said``): such a closing mark also closes the opening one when it stands
    #: where a quotation ends (after a character, before a space or punctuation), comes before the
    #: regular closing mark, and does not close a quotation nested inside.
    MIXED_CLOSERS: ClassVar[tuple[tuple[str, str], ...]] = (('"', "”"), ("“", '"'), ("“", "“"), ("„", "”"))
    #: Two-character quotation marks, read as ``"``: ``''quoted''`` and ````quoted''``.
    QUOTE_DIGRAPHS: ClassVar[tuple[str, ...]] = ("''", "``")
    #: Punctuation that ends quoted words: a straight mark right after one and before a space
    #: closes a quotation (one opened in an earlier paragraph), it opens none.
    CLOSING_PUNCTUATION: ClassVar[str] = ",.!?…"
    #: Endings of common nouns, in lower case, in a language that capitalises its nouns
    #: (``CAPITALISED_NOUNS``): a word after a name's particles with one is no surname (``Anna von
    #: der Stadtverwaltung``; :meth:`~newsparse.quotes.grammar.SpeakerGrammar.particle_surname`).
    NOUN_ENDINGS: ClassVar[tuple[str, ...]] = ()
    GROUP_NOUNS: ClassVar[tuple[str, ...]] = (
        "analysts", "officials", "experts", "critics", "sources", "observers", "residents", "witnesses",
        "police", "authorities", "lawmakers", "economists", "investors", "traders", "scientists",
        "researchers", "doctors", "officers", "leaders", "activists", "protesters", "organizers",
        "organisers", "supporters", "opponents", "diplomats", "voters", "people", "workers", "executives",
        "ministry", "company", "government", "statement", "report", "agency", "court", "spokesman",
        "spokeswoman", "spokesperson", "official", "source", "survey", "study", "poll", "campaign",
        "administration", "council", "committee", "department", "office", "firm", "group", "bank",
        "organization", "organisation", "party", "newspaper", "media", "team", "union", "club", "board",
        "commission", "embassy", "military", "army", "prosecutors", "investigators", "regulators",
        "teachers", "parents", "students", "farmers", "members", "unions", "groups", "companies", "banks",
        "side", "paper", "outlet", "network", "magazine", "website", "site", "police", "bureau",
        "association", "institute", "university", "white house", "kremlin", "pentagon",
        "rebels", "insurgents", "militants", "opposition", "junta", "militia", "gang", "cartel", "mob",
        "faculty", "diocese",
        # plurals without an -s
        "women", "children", "clergy",
        # (police forces named by a plural of their own language: "..., gardaí said.", "carabinieri"; fixQ57a)
        "gardaí", "gardai", "carabinieri",
    )
    #: Words that cannot be inside a speaker's noun phrase: the phrase starts after the last of them.
    STOP_WORDS: ClassVar[tuple[str, ...]] = (
        "and", "but", "or", "while", "that", "which", "who", "whom", "whose", "as", "when", "where",
        "because", "if", "so", "then", "than", "after", "before", "since", "although", "though", "is",
        "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should",
        "may", "might", "can", "do", "did", "does", "not", "to", "in", "on", "at", "for", "with", "by",
        "from", "into", "about", "also", "it", "this", "these", "those", "there", "what", "how",
        "why", "once", "even", "yet", "still", "until", "unless", "whether", "said", "says", "told",
        "over", "under", "between", "against", "during", "without", "within", "among", "per", "via",
    )
    #: Stop words that are given names or surnames too (``Theresa May``, ``Will Hurd``, ``Can
    #: Dündar``): written with a capital next to another capitalised word, or right before the cue,
    #: one is part of a name (:meth:`name_stop_word`); a modal opening a sentence is not.
    NAME_STOP_WORDS: ClassVar[tuple[str, ...]] = ("may", "will", "can")
    #: Ordinals of :attr:`ADVERBS` that, capitalised right before a capitalised title, are part of
    #: the title (``First Minister Ailsa Drummond``, ``First Deputy Prime Minister``): never an
    #: opening adverb left out of the speaker's phrase (:meth:`ordinal_title`).
    TITLE_ORDINALS: ClassVar[tuple[str, ...]] = ("first",)
    #: Adverbs, auxiliaries and modals that may stand between a speaker and the verb (``Abbas
    #: previously said``, ``Ortiz has even claimed``, ``she would later write``).
    ADVERBS: ClassVar[tuple[str, ...]] = (
        "also", "later", "again", "then", "once", "still", "previously", "recently", "earlier", "further",
        "repeatedly", "long", "often", "already", "reportedly", "even", "now", "since", "first", "initially", "overall",
        "publicly", "privately", "separately", "flatly", "simply", "just", "only", "subsequently", "quickly",
        "finally", "instead", "nevertheless", "nonetheless", "similarly", "additionally", "likewise", "ultimately",
        "eventually", "consequently", "meanwhile", "today", "yesterday", "tonight", "always", "sometimes",
        "has", "had", "have", "would", "will", "could", "can", "may", "might", "should", "must", "shall",
        "did", "does", "do", "is", "are", "was", "were", "be", "been", "here", "there",
    )
    #: Phrases of more than one word (lower case) that open a sentence set off by a comma and link it
    #: to the one before rather than name its speaker (``For her part, the mayor said``, Spanish
    #: ``Por su parte,``, ``Sin embargo,``): read as one word of :attr:`ADVERBS` there
    #: (:meth:`opening_adverb`, :meth:`opens_without_subject`; lang62b).
    OPENING_CONNECTIVES: ClassVar[frozenset[str]] = frozenset(
        {"for his part", "for her part", "for their part", "for its part", "on the other hand", "in addition"}
    )
    #: Adverbs of :attr:`ADVERBS` that stand in the middle of a sentence, before its verb, rather
    #: than at the end of a clause: after a speaker's relative clause they go with the cue, not
    #: with the clause (``The donors who spoke to reporters also said``: the mention ends at
    #: ``reporters``; :meth:`~newsparse.quotes.grammar.SpeakerGrammar.relative_speaker`).  Adverbs
    #: that may end a clause (``who lives there``, ``who spoke privately``) are not listed.
    #:
    #: .. versionadded:: 0.2 (spk59)
    MIDDLE_ADVERBS: ClassVar[tuple[str, ...]] = (
        "also", "still", "even", "already", "just", "only", "later", "now", "previously", "recently",
        "reportedly", "repeatedly", "subsequently", "finally", "eventually", "initially", "ultimately",
        "similarly", "likewise", "nevertheless", "nonetheless", "meanwhile", "instead",
    )
    #: Participles of perception that, after one of :attr:`ADVERBS` (an auxiliary), may stand between a
    #: speaker and a cue in the gerund (``"...?" a reporter can be heard asking``, ``"...," Ortiz was
    #: seen telling aides``): the speaker is the phrase before them
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.phrase_before`).  Empty: never.
    #:
    #: .. versionadded:: 0.2
    PERCEPTION_PARTICIPLES: ClassVar[tuple[str, ...]] = ("heard", "seen")
    #: Adverbs that on their own, set off by commas, may stand between a cue (or its object) and the
    #: bare clause it reports (``told reporters, however, the bridge would close``): no part of the words.
    ASIDE_ADVERBS: ClassVar[tuple[str, ...]] = (
        "however", "moreover", "meanwhile", "nevertheless", "nonetheless", "furthermore", "instead", "indeed",
        "though", "again", "too", "also",
    )
    #: The most words of a head for people before ``of`` that speaks for the whole phrase
    #: (``Critics of the plan said``, ``45 percent of voters said``); a longer one is a clause
    #: (``The board dismissed criticism of ...``).
    MAX_OF_HEAD_WORDS: ClassVar[int] = 3
    #: The fewest letters of one of :attr:`ADVERBS` that, capitalised before a name, opens the
    #: sentence instead of giving the name (``Eventually Tom Berg said``; shorter ones, ``Long``,
    #: may be given names).
    MIN_OPENING_ADVERB: ClassVar[int] = 5
    #: The fewest letters of a capitalised participle in :attr:`PAST_SUFFIX` that, alone before a
    #: comma, opens the sentence instead of naming its speaker (``Undeterred, the mayor, who ...,
    #: said``); shorter words in ``-ed`` (``Ted``, ``Reed``) may be names.
    MIN_OPENING_PARTICIPLE: ClassVar[int] = 7
    #: The fewest letters of a capitalised participle in :attr:`GERUND_SUFFIX` that, alone before a
    #: comma, opens the sentence instead of naming its speaker (``Reacting, the spokesperson ...,
    #: said``); shorter words in ``-ing`` (``King``, ``Fleming``, ``Golding``) may be names.
    #:
    #: .. versionadded:: 0.2 (mendQS70)
    MIN_OPENING_GERUND: ClassVar[int] = 8
    #: Endings of adjectives and participles besides :attr:`PAST_SUFFIX` that, on a capitalised
    #: word of :attr:`MIN_OPENING_PARTICIPLE` letters or more alone before a comma, open the
    #: sentence instead of naming its speaker (``Imperturbable, le maire, ... a déclaré``;
    #: ``Furious, the mayor, who ..., said``).  Only endings that no common name has: a pack
    #: lists its own (``-ado`` is left out of Spanish for ``Machado``).
    OPENING_WORD_ENDINGS: ClassVar[tuple[str, ...]] = ("ous", "ive", "able", "ible", "less", "ful")
    #: Beginnings of participles and adjectives that, on a capitalised word of
    #: :attr:`MIN_OPENING_PARTICIPLE` letters or more alone before a comma, open the sentence
    #: instead of naming its speaker, for a language whose participles show no ending of their own
    #: (German ``Unbeirrt, der Bürgermeister, sagte``, ``Gelassen, ...``); empty in English.
    OPENING_WORD_PREFIXES: ClassVar[tuple[str, ...]] = ()
    #: The endings such a prefixed word must also have, those of participles and adjectives and
    #: of no common given name (German ``-t``, ``-en``, ``-ig``, ``-lich`` ...: ``Unbeirrt``,
    #: ``Gelassen``; not ``Gerhard``, ``Gertrud``, ``Genscher``, ``Unseld``); empty: any ending.
    OPENING_PREFIXED_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: The ending of adverbs (``-ly``; empty for a language whose adverbs have none).
    ADVERB_SUFFIX: ClassVar[str] = "ly"
    #: The ending of the participle that opens a clause without a subject (``Continuing his
    #: speech, ...``); empty for none.
    GERUND_SUFFIX: ClassVar[str] = "ing"
    #: A clock time that opens a live blog's entry before its first sentence (``08:00 The council
    #: issued ...``, ``9.15am - Police said ...``): the sentence's subject follows it.
    #: Verbs of agreeing whose object, after one of :attr:`AGREEMENT_LINKS`, said the words in
    #: quotation marks after :attr:`THAT_WORDS` (``I agree with Dr Ana Ruiz that "..."``: hers).
    AGREEMENT_VERBS: ClassVar[tuple[str, ...]] = ("agree", "agrees", "agreed", "agreeing", "concur", "concurs", "concurred")
    AGREEMENT_LINKS: ClassVar[tuple[str, ...]] = ("with",)
    CLOCK_OPENING: ClassVar[str] = r"\d{1,2}[:.]\d{2}(?:\s*+(?i:[ap]\.?m\.?))?+(?:\s*+[-–—|:])?+\s++(?=\p{Lu})"
    #: Endings of a verb form in lower case that, right before a name inside a speaker's phrase
    #: opened by a determiner, make the name the verb's object, not the speaker (``The doctor
    #: treating Ana Ruiz said``: :meth:`~newsparse.quotes.QuoteParser.names_verb_object`).
    OBJECT_VERB_ENDINGS: ClassVar[tuple[str, ...]] = ("ing",)
    #: How far before a pronoun's quote a sentence opened by the other person pronoun, after a
    #: mention of the pronoun's referent alone, shows that person's gender (``She thanked her
    #: staff.``: :meth:`~newsparse.quotes.QuoteParser.shown_other_gender`).
    PRONOUN_EVIDENCE_WINDOW: ClassVar[int] = 400
    #: Determiners of a genitive that completes the noun before it (German ``des``, ``der``; French
    #: ``des``): a speaker's phrase opened by one right after a noun is that noun's complement, and
    #: the noun's phrase speaks (:meth:`~newsparse.quotes.QuoteParser.genitive_head`).  Empty in
    #: English (``of`` does that there: :attr:`OF_WORDS`).
    GENITIVE_DETERMINERS: ClassVar[tuple[str, ...]] = ()
    #: Endings of an adjective in lower case inside such a genitive (German ``der örtlichen
    #: Polizei``), and endings of a noun there that names a paper or agency told the words, a
    #: dative rather than a genitive (German ``sagte der Minister der Zeitung``)
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.with_genitive`).  Empty in English.
    #:
    #: .. versionadded:: 0.2
    GENITIVE_ADJECTIVE_ENDINGS: ClassVar[tuple[str, ...]] = ()
    TOLD_MEDIA_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: Endings of a past participle in the passive before one of :attr:`AGENT_WORDS` (``polled by
    #: Reuters``, ``seen by``, ``drawn by``): its agent describes the noun before it and never speaks
    #: for it (:meth:`~newsparse.quotes.QuoteParser.agent_before_object`).
    PASSIVE_PARTICIPLE_ENDINGS: ClassVar[tuple[str, ...]] = ("ed", "en", "wn")
    #: The ending of the simple past (``-ed``): after a quotation, ``"...," Ortiz barked`` reads a verb
    #: with it as the attribution even when it is not a speech verb; empty for a language that has none.
    PAST_SUFFIX: ClassVar[str] = "ed"
    #: The ending of the third person of the present (``targets``): a lower-case word with it,
    #: after a sentence's opening phrase and before a determiner, a name or a quotation, is the
    #: sentence's verb; empty for a language that has none. Endings of such words that are no verb.
    PRESENT_SUFFIX: ClassVar[str] = "s"
    NOT_PRESENT_ENDINGS: ClassVar[tuple[str, ...]] = ("ss", "us", "is", "ics", "ous")
    #: Reflexive pronouns, which only a verb takes (``The union describes itself as ...``: a
    #: present verb, never a plural noun): :meth:`SpeakerGrammar.is_present_verb`.
    REFLEXIVE_PRONOUNS: ClassVar[tuple[str, ...]] = (
        "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves",
    )
    #: Lower-case words after a surname that tell a parent from a child of the same name
    #: (``Mr Hale senior said``, ``Hale junior told``): no part of the speaker's phrase, which is
    #: the name before them (:meth:`SpeakerGrammar.phrase_before`); empty for a language that has none.
    #:
    #: .. versionadded:: 0.2
    GENERATION_WORDS: ClassVar[tuple[str, ...]] = ("senior", "junior")
    #: Words that stand right before a finite verb to negate it (French ``ne``, Spanish ``no``):
    #: after a name and its age set off by commas one opens the name's verb (``Jean Dupont, 58 ans,
    #: ne décolère pas``: :meth:`SpeakerGrammar.tagged_subject`); empty in English, whose ``not``
    #: follows an auxiliary.
    #:
    #: .. versionadded:: 0.2
    PREVERBAL_NEGATIONS: ClassVar[tuple[str, ...]] = ()
    #: Prepositions after which a cue's form in :attr:`PRESENT_SUFFIX` is a plural noun, no verb,
    #: right after one or after one and an adjective of :attr:`ADJECTIVE_ENDINGS` (``for medical
    #: reasons, such as ...``, ``with angry comments``: no cue;
    #: :meth:`~newsparse.quotes.reported.ReportedSpeech.noun_after_preposition`).  Not ``of``:
    #: ``The head of finance warns ...`` is a verb after a role.
    #:
    #: .. versionadded:: 0.2 (mendQT69)
    NOUN_PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "for", "with", "without", "about", "amid", "despite", "over", "against", "after", "following",
    )
    #: Endings of adjectives: a lower-case word with one after capitalised words is no verb of
    #: theirs but qualifies a noun to come (``Presumptive Democratic presidential nominee ...``).
    ADJECTIVE_ENDINGS: ClassVar[tuple[str, ...]] = ("al", "ic", "ive", "ous", "ary", "ful", "less", "able", "ible", "ian")
    #: The most words of a sentence's opening phrase before a comma that :meth:`opening_subject`
    #: reads as the speaker of ``X, <aside>, said ...``.
    MAX_APPOSITIVE_HEAD: ClassVar[int] = 8
    #: The most lower-case words between the verb of the words a cue in a relative clause reports
    #: and the sentence's own verb after them (``who said the case was weak declined``:
    #: :meth:`~newsparse.quotes.reported.ReportedSpeech.clause_verb_end`).
    MAX_CLAUSE_COMPLEMENT: ClassVar[int] = 2
    #: The most words in lower case after a determiner and a noun that the one told may run on
    #: with as a compound noun before the reported clause (``told a news conference the bank
    #: would ...``: 1; :meth:`~newsparse.QuoteParser.compound_object_end`).
    #:
    #: .. versionadded:: 0.2
    MAX_COMPOUND_OBJECT_WORDS: ClassVar[int] = 2
    #: The most lower-case words of a bare noun phrase, after its first, before the modal that
    #: shows it is the subject of the clause a promise reports (``promised voters new cycle lanes
    #: would open``: :meth:`~newsparse.quotes.reported.ReportedSpeech.modal_soon`; versionadded 0.2).
    MAX_PROMISED_SUBJECT_WORDS: ClassVar[int] = 3
    #: Words of :attr:`CLAUSE_AUXILIARIES` that never open a sentence's own verb
    #: (:meth:`~newsparse.quotes.reported.ReportedSpeech.clause_verb_end`).
    NONFINITE_AUXILIARIES: ClassVar[frozenset[str]] = frozenset({"to", "be", "been", "being", "having", "not"})
    #: The most words the source of a sentence-opening ``According to`` may have up to its comma.
    MAX_SOURCE_WORDS: ClassVar[int] = 16
    #: How many words of a phrase set off by commas after ``according to X`` are read for a verb
    #: that makes it the reported clause rather than a description of X.
    CLAUSE_LOOKAHEAD: ClassVar[int] = 5
    #: How many words of such a phrase with no determiner first :meth:`~newsparse.quotes.reported.
    #: ReportedSpeech.clause_after_source` reads for a verb after its subject, which may hold a
    #: phrase of its own (``temperatures in the upper valleys reached ...``).
    SOURCE_CLAUSE_LOOKAHEAD: ClassVar[int] = 8
    #: How many words, within how many characters, a sentence's opening noun phrase and its verb
    #: may take.
    SUBJECT_WORDS: ClassVar[int] = 10
    SUBJECT_REACH: ClassVar[int] = 120
    #: Whether a sentence's opening phrase before its verb is its subject even when it is only
    #: an article and a noun the vocabulary does not list (``The ad targets ...``, ``The
    #: billionaire businessman began ..., saying ...``).
    LENIENT_SUBJECTS: ClassVar[bool] = True
    #: Up to this many words, an opening phrase may hold a stop word or a verb and still be tried.
    SHORT_SUBJECT: ClassVar[int] = 6
    #: Words that may follow the verb of such an attribution (``"...," Ortiz barked and left``).
    POSTPOSED_FOLLOWERS: ClassVar[tuple[str, ...]] = (
        "and", "as", "before", "after", "with", "in", "at", "on", "to", "from", "while", "when",
    )
    #: Verb forms that are no cue elsewhere (too often a noun or another verb: ``state officials``,
    #: ``read the file``, ``remembered that the road was closed``: memory, not speech; ``sang
    #: the anthem``) but attribute the quotation right before them, with a speaker's phrase as
    #: their subject or after them (``"...," the statement read``, ``"...," read the
    #: statement``, ``"...," the document states``, ``"...," remembered Carl Dunn``, ``"...,"
    #: Ortiz sings``), and the irregular past of a finding or a court's holding, which the past
    #: tense's ending does not show (``"...," the panel found``, ``"...," the court held``; not a
    #: cue before words: ``found the body``, ``held a rally``).
    POSTPOSED_CUES: ClassVar[tuple[str, ...]] = (
        "read", "reads", "state", "states", "remembered", "remembers", "sings", "sang", "found", "finds", "held",
        "holds",
    )
    #: Lower-case words ending in ``-ly`` that are not adverbs (so they may end a speaker's phrase).
    NOT_ADVERBS: ClassVar[tuple[str, ...]] = ("family", "ally", "daily", "assembly", "monopoly", "supply", "rally")
    #: Words that end a speaker's phrase after an inverted cue (``said Ana Ortiz in a statement``).
    PHRASE_END_WORDS: ClassVar[tuple[str, ...]] = (
        "in", "on", "at", "who", "which", "during", "after", "before", "told", "to", "as", "when", "while",
        "because", "and", "adding", "saying", "from", "with", "about", "of", "for",
    )
    #: Words that open a clause or a setting after a speaker's phrase: they end the phrase after
    #: an inverted cue as :attr:`PHRASE_END_WORDS` do, and its post-modifier too (``said a
    #: spokesman for the union but doubts remain``, ``said the mayor amid growing anger``: ``a
    #: spokesman for the union``, ``the mayor``).
    #:
    #: .. versionadded:: 0.2
    CLAUSE_BREAKS: ClassVar[tuple[str, ...]] = (
        "but", "amid", "amidst", "ahead", "prior", "despite", "although", "though", "whereas", "as", "while", "when", "because",
    )
    #: Prepositions that open an absolute phrase of the reporter's after a closing attribution and
    #: its comma (``Unemployment fell to a record low, the ministry said on Thursday, with 2.1
    #: million people out of work``): the words before the attribution are what was said, the
    #: phrase after is none (:meth:`~newsparse.quotes.reported.ReportedSpeech.phrase_after_closing_cue`).
    #: Empty: off.
    #:
    #: .. versionadded:: 0.2 (mendQT70)
    ABSOLUTE_OPENERS: ClassVar[tuple[str, ...]] = ("with", "without")
    #: Verbs of a deal whose object is the firm bought, sold or joined, never the body a later
    #: ``the company`` stands for by being named there (``Ostrander Steel agreed to buy Acme
    #: Corp.``: :meth:`~newsparse.quotes.resolution.SpeakerResolution.named_again`), in every
    #: form a wire writes before the firm's name.
    #:
    #: .. versionadded:: 0.2 (mendQ68c)
    DEAL_VERBS: ClassVar[tuple[str, ...]] = (
        "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "purchase", "purchases",
        "purchased", "purchasing", "sell", "sells", "sold", "selling", "merge", "merges", "merged", "merging",
        "absorb", "absorbs", "absorbed", "absorbing",
    )
    #: Verbs that take a deal's object before its other party in every form, besides those of
    #: :attr:`DEAL_VERBS` (``took a 15% stake in Acme Corp``, ``has raised its holding in``):
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.deal_counterparty`.
    #:
    #: .. versionadded:: 0.2 (mendQC70)
    DEAL_COUNTERPARTY_VERBS: ClassVar[tuple[str, ...]] = (
        "take", "takes", "took", "taken", "taking", "hold", "holds", "held", "holding", "raise", "raises",
        "raised", "raising", "cut", "cuts", "cutting", "invest", "invests", "invested", "investing",
    )
    #: Signs that may stand with the figures of an amount in a deal's object (``a 10% stake``,
    #: ``a $1.5 billion stake``): such a word counts as one of the object's words.
    #:
    #: .. versionadded:: 0.2 (mendQC70)
    DEAL_AMOUNT_SIGNS: ClassVar[str] = "%$€£¥.,"
    #: Words of :attr:`PHRASE_END_WORDS` that end the phrase only in lower case and not right
    #: after a name particle (German ``den``: ``sagte er den Fans``, not ``Jan van den Berg``).
    PARTICLE_PHRASE_ENDS: ClassVar[tuple[str, ...]] = ()
    #: The conjunction that opens a reported clause (``said that ...``).
    THAT_WORDS: ClassVar[tuple[str, ...]] = ("that",)
    #: Cues that take their speaker after them and the reported words before or after
    #: (``according to the ministry, ...``, ``..., according to the ministry``).
    ACCORDING_TO: ClassVar[tuple[str, ...]] = ("according to",)
    #: Words that stand inside a body's name between its capitalised words, in lower case or
    #: capitalised (``Save the Children``, ``Doctors Without Borders``, ``Citizens for Tax
    #: Justice``, ``Committee to Protect Journalists``: ``to`` since fixQ68):
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.linked_body_name` reads the name whole,
    #: never its last word alone (versionadded 0.2, mendQT67).
    BODY_NAME_INNER_LINKS: ClassVar[tuple[str, ...]] = ("the", "for", "without", "against", "to")
    #: Endings of a capitalised plural that may end a body's name before one of
    #: :attr:`BODY_NAME_INNER_LINKS` (``Citizens for Tax Justice``, ``Physicians for Human
    #: Rights``): :meth:`~newsparse.quotes.grammar.SpeakerGrammar.with_linked_body` (versionadded
    #: 0.2, rvq68).
    BODY_PLURAL_ENDINGS: ClassVar[tuple[str, ...]] = ("s",)
    #: Auxiliaries of a compound past in lower case that may stand between one of
    #: :attr:`ACCORDING_TO` and its source, before their participle in lower case, regular or not
    #: (Spanish ``según ha informado el ministerio``, ``según han indicado fuentes de ...``,
    #: ``según ha dicho el ministro``: the source is the words after the participle;
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.source_verb_end`).  Empty in English.
    #:
    #: .. versionadded:: 0.2
    PERFECT_AUXILIARIES: ClassVar[tuple[str, ...]] = ()
    #: The most characters of a source set off by commas between a cue and its clause
    #: (``said, according to Reuters, that ...``).
    MAX_ASIDE_SOURCE: ClassVar[int] = 80
    #: The most characters of any other aside set off by commas between a cue and its clause
    #: (``warned, however, that ...``, ``said, as expected, the plan ...``): the clause after it is
    #: the reported words, never the aside.
    MAX_CUE_ASIDE: ClassVar[int] = 40
    #: How many words of a sentence's opening are read for a verb before a closing attribution
    #: followed by a conjunction's clause (``Markets rose sharply, traders said, because ...``).
    CLAUSE_VERB_WORDS: ClassVar[int] = 12
    #: Subjects of an impersonal passive (``It is said that ...``, ``It was claimed that ...``):
    #: nobody is named as the speaker.
    IMPERSONAL_SUBJECTS: ClassVar[tuple[str, ...]] = ("it",)
    #: Quantifiers that float after a plural subject, before its verb (``Ana Ortiz and Tom Berg both
    #: said``, ``the mayors all told``): skipped like an adverb, never part of the speaker's phrase,
    #: and only after another word (``Both said``: the quantifier is the whole subject).
    FLOATING_QUANTIFIERS: ClassVar[tuple[str, ...]] = ("both", "all", "each")
    #: Words that open an attribution after a quotation as a clause of comparison (``"...," as
    #: Ana Ortiz once put it``, ``as the mayor said``): skipped before the speaker's phrase.
    ATTRIBUTION_OPENERS: ClassVar[tuple[str, ...]] = ("as",)
    #: Prepositions that open a time or place between a cue and what follows (``said on Tuesday
    #: that``, ``pointed out in March, "..."``).
    TIME_PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "on", "in", "at", "during", "last", "this", "earlier", "late", "early", "later", "after", "before", "over", "ahead",
    )
    #: Adverbs of time and manner that may stand between a cue and ``that`` (``said again that``).
    TIME_ADVERBS: ClassVar[tuple[str, ...]] = (
        "again", "also", "previously", "recently", "repeatedly", "today", "yesterday", "tonight", "publicly",
        "privately", "separately",
    )
    #: Adverbs that may stand alone between the person told and a quotation, besides
    #: :attr:`TIME_ADVERBS` (``told the BBC earlier, "..."``, ``told reporters anyway: "..."``):
    #: the attribution still ends there
    #: (:meth:`~newsparse.quotes.direct.DirectQuotes.bare_time_after_object`).
    #:
    #: .. versionadded:: 0.2 (fixQ70b)
    AFTER_OBJECT_ADVERBS: ClassVar[tuple[str, ...]] = (
        "earlier", "later", "overnight", "anyway", "afterwards", "afterward", "again", "too", "since",
    )
    #: Nouns of time after a cue (``said last week it would``); weekdays come from the vocabulary.
    TIME_NOUNS: ClassVar[tuple[str, ...]] = (
        "week", "month", "year", "night", "morning", "afternoon", "evening", "today", "yesterday",
        "tonight", "tomorrow",
    )
    #: Words that open a time phrase of something done again and again before a sentence's
    #: subject (``Every morning, Tom Berg climbs ...``, ``Each spring,``): with one of
    #: :attr:`TIME_NOUNS` (or its plural) or a weekday last, such a phrase hides no subject.
    #:
    #: .. versionadded:: 0.2
    RECURRENCE_WORDS: ClassVar[tuple[str, ...]] = ("every", "each")
    #: Time phrases without a preposition that may follow a cue before what was said (``said the
    #: other day that ...``, ``said the other day the plan was dead``; a demonstrative's time, ``said
    #: that night the pier would close``, ``said that evening that ...``).
    TIME_PHRASES: ClassVar[tuple[str, ...]] = (
        "the other day", "the other week", "the other night", "the day before", "the next day", "the week before",
        "that night", "that evening", "that morning", "that afternoon", "that day", "that week",
    )
    #: Nouns for the occasion or the medium of what a speaker says, which end a phrase between the
    #: speaker and the cue (``Ortiz in an interview said``, ``The mayor in a statement said``), never a
    #: speaker themselves (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.before_setting_phrase`).
    #: (versionadded 0.2)
    SETTING_NOUNS: ClassVar[tuple[str, ...]] = (
        "interview", "statement", "letter", "speech", "post", "tweet", "email", "e-mail", "memo", "briefing",
        "conference", "call", "appearance", "address", "op-ed", "podcast", "broadcast", "video", "message",
        "hearing", "filing", "testimony", "remarks", "comments", "note", "blog", "column", "essay",
    )
    #: The prepositions that open such a phrase (``in``, ``during``, ``at``), in lower case.
    SETTING_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("in", "during", "at", "via", "through")
    #: Prepositions of a place where a speaker spoke that a cue's bare clause may follow, a
    #: determiner optional before the place (``said outside court the family was relieved``, ``told
    #: reporters outside the court the workers ...``): one of :attr:`PLACE_SETTING_NOUNS` ends the
    #: place (:meth:`~newsparse.quotes.reported.ReportedSpeech.clause_after_setting`).
    #:
    #: .. versionadded:: 0.2
    PLACE_SETTING_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("outside", "inside")
    #: Nouns of a place where a speaker spoke, after one of :attr:`PLACE_SETTING_PREPOSITIONS`.
    #:
    #: .. versionadded:: 0.2
    PLACE_SETTING_NOUNS: ClassVar[tuple[str, ...]] = (
        "court", "courthouse", "courtroom", "court house", "parliament", "chamber", "hall", "hospital", "church",
        "mosque", "temple", "station", "stadium", "ground", "building", "office", "offices", "headquarters",
        "home", "house", "residence", "venue", "gates", "gate", "prison", "jail", "embassy", "hotel", "school",
    )
    #: Prepositions of the medium a speaker spoke on, right after the cue, before one of
    #: :attr:`PLATFORM_NOUNS` (maybe after a determiner) or a capitalised name of one word (``said
    #: on X the museum had ...``, ``said on Twitter the ...``, ``said on television the ...``): the
    #: setting is no part of the reported words.
    #:
    #: .. versionadded:: 0.2
    PLATFORM_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("on",)
    PLATFORM_NOUNS: ClassVar[tuple[str, ...]] = (
        "television", "TV", "radio", "air", "social media", "camera", "podcast", "livestream",
    )
    #: Marks that end a phrase: none stands inside a setting between a speaker and the cue.
    SETTING_BREAKS: ClassVar[tuple[str, ...]] = (",", ";", ":", "(", ")", "\"", "“", "”", "—", "–", ".")
    #: Nouns that end a time phrase, never a speaker (``in the past``, ``over the past few days``).
    TIME_HEADS: ClassVar[tuple[str, ...]] = (
        "past", "future", "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "night", "morning", "afternoon", "evening", "weekend", "moment",
    )
    #: Nouns, in lower case, that end a time phrase named by a holiday or an event and take its
    #: capitalised name right before them (``over the Easter weekend``, ``during the Christmas
    #: holidays``, ``over the Lunar New Year break``): in :meth:`~newsparse.quotes.grammar.SpeakerGrammar.before_time_phrase`
    #: heads like :attr:`TIME_HEADS`, and the capitalised words right before one are the holiday's
    #: name, no speaker's.  Empty turns the rule off.
    #:
    #: .. versionadded:: 0.2
    HOLIDAY_HEADS: ClassVar[tuple[str, ...]] = (
        "weekend", "weekends", "holiday", "holidays", "period", "break", "recess",
    )
    #: Conjunctions: a comma before one of them does not open an appositive.
    #: Conjunctions of :attr:`CONJUNCTIONS` whose clause, after an attribution set off by commas
    #: inside a sentence, goes on with the reported words rather than the reporter's setting (``Work
    #: had stalled, he said, because of a dispute over the licence.``: the cause is what he said; not
    #: ``..., police said, as protesters returned home.``).
    #:
    #: .. versionadded:: 0.2
    REASON_CONJUNCTIONS: ClassVar[tuple[str, ...]] = ("because",)
    CONJUNCTIONS: ClassVar[tuple[str, ...]] = (
        "but", "and", "or", "nor", "while", "as", "so", "yet", "although", "though", "because", "when", "after",
        "before", "since", "if",
    )
    #: Words that may open a sentence before a quotation whose attribution comes after it (``So
    #: "you can imagine how it felt," the senator said``, ``But "..." ...``): a link to the
    #: sentence before, no clause of its own.
    QUOTATION_LEAD_WORDS: ClassVar[tuple[str, ...]] = ("so", "but", "and", "yet", "still")
    #: Conjunctions that join a second verb to the sentence's subject (``welcomed the plan but warned that``).
    COORDINATORS: ClassVar[tuple[str, ...]] = ("but", "and")
    #: Words that join two people's names, each with its age after it, before a cue (``Ana Moyo
    #: (47) and Tom Berg (52) said``, ``Ana Moyo, 47, and Tom Berg, 52, said``): both speak
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.aged_list_start`).  Empty: off.
    #:
    #: .. versionadded:: 0.2 (fixQ66b)
    AGED_LIST_JOINS: ClassVar[tuple[str, ...]] = ("and",)
    #: Words, in lower case, that name a political party or its members, each with the party's
    #: key: a mention of one after a definite article (``the Democrat said``, ``the Labour MP
    #: said``, ``the Ohio Republican said``) is the person the article last tied to that party
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.party_person`).  Empty: off.
    #:
    #: .. versionadded:: 0.2 (fixQ66b)
    PARTY_WORDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("democrat", "democrat"), ("democratic", "democrat"), ("republican", "republican"),
        ("conservative", "conservative"), ("tory", "conservative"), ("labour", "labour"), ("libertarian", "libertarian"),
        ("socialist", "socialist"),
    )
    #: Nouns, in lower case, for a party's member or office holder that may follow a word of
    #: :attr:`PARTY_WORDS` in such a mention (``the Labour MP``, ``the Democratic senator``); any
    #: other noun makes the mention a role (``the Republican nominee``); written in capitals after an
    #: unlisted party's name they make a party's member as written (``the Sinn Fein MLA``:
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.unknown_party_member`).
    #:
    #: .. versionadded:: 0.2 (fixQ66b)
    #: .. versionchanged:: 0.2 ``mla``, ``td`` and plurals (mendQT69)
    PARTY_MEMBER_NOUNS: ClassVar[tuple[str, ...]] = (
        "mp", "mps", "msp", "msps", "mep", "meps", "mla", "mlas", "td", "tds",
        "senator", "lawmaker", "congressman", "congresswoman", "legislator",
        "councillor", "councilor", "politician",
    )
    #: The letters of a party in a tag after a name (``Sen. Ana Ortiz (D-Ariz.)``), each with its
    #: key among :attr:`PARTY_WORDS`.  Empty: off.
    #:
    #: .. versionadded:: 0.2 (fixQ66b)
    PARTY_TAG_LETTERS: ClassVar[tuple[tuple[str, str], ...]] = (("D", "democrat"), ("R", "republican"))
    #: How many people named before a party's mention :meth:`~newsparse.quotes.resolution.SpeakerResolution.party_person`
    #: reads, nearest first, for the one tied to that party.
    #:
    #: .. versionadded:: 0.2 (fixQ66b)
    PARTY_REACH: ClassVar[int] = 12
    #: How many characters after a person's name may hold the party's word that ties the person
    #: to it (``Ana Ortiz, a Democrat,``); the party's word further on, before the mention, ties
    #: someone else (:meth:`~newsparse.quotes.resolution.SpeakerResolution.party_named_after`).
    #:
    #: .. versionadded:: 0.2 (round 66)
    PARTY_TIE_CHARS: ClassVar[int] = 6
    #: Nouns for a kind of organisation that are no organisation word of the vocabulary, in
    #: lower case, each with the words, in lower case, that a name of that kind holds: ``the
    #: airline said`` after ``SkyBlue Airways`` is that airline, and after ``the carmaker Volvo``
    #: (the noun right before a name, or set off after it: ``Volvo, the carmaker,``) the one so
    #: called (:meth:`~newsparse.quotes.resolution.SpeakerResolution.kind_organisation`).  An
    #: organisation word of the vocabulary (``bank``, ``club``, ``university``) is read by the
    #: rules of organisations already.  Empty: off.
    #:
    #: .. versionadded:: 0.2 (fixQ66b)
    ORGANISATION_KINDS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = (
        ("airline", ("airways", "airlines", "air", "aviation")),
        ("carrier", ("airways", "airlines", "air")),
        ("lender", ("bank", "banking", "lending")),
        ("insurer", ("insurance", "assurance")),
        ("retailer", ("stores", "retail", "supermarkets")),
        ("supermarket", ("supermarkets", "stores")),
        ("carmaker", ("motors", "motor", "automotive", "cars")),
        ("automaker", ("motors", "motor", "automotive", "cars")),
        ("broadcaster", ("broadcasting", "television", "radio")),
        ("brewer", ("brewery", "breweries", "brewing")),
        ("miner", ("mining", "mines")),
    )
    #: Organisation words, in lower case, whose mention (``the union said``) the rules of
    #: :attr:`ORGANISATION_KINDS` read too when the rules of organisations find no body of that
    #: word: the one name the article calls so, with the noun right before it (``the union
    #: Unite``), set off after it (``Unite, the union,``) or right after it (``the Unite
    #: union``); two such names: neither.  Empty: off.
    #:
    #: .. versionadded:: 0.2 (fixQ67)
    #: (``group`` is none: ``an outside GOP group``, ``a group of employees`` name no body.)
    CALLED_BODY_NOUNS: ClassVar[tuple[str, ...]] = ("union", "agency", "ministry", "association", "federation")
    #: How many characters after a name, besides the noun's own, are read for a noun of
    #: :attr:`ORGANISATION_KINDS` set off after it (``Lufthansa, the German airline``).
    #:
    #: .. versionadded:: 0.2 (fixQ67)
    KIND_SET_OFF_CHARS: ClassVar[int] = 30
    #: How many characters at most between a person's name and a partner's for the two to count
    #: as joined (``Martha Fry and her brother, Dale Ford``), and how many of the article's
    #: mentions are read for them
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.partner_namesake`).
    #:
    #: .. versionadded:: 0.2 (fixQ67)
    PARTNER_WINDOW: ClassVar[int] = 60
    MAX_PARTNER_MENTIONS: ClassVar[int] = 200
    #: Role nouns that stand for any of several titles, in lower case, each with the titles (in
    #: lower case, words split by blanks) it may take up: ``the Israeli leader`` after
    #: ``Israeli Prime Minister Benjamin Netanyahu`` is him when he is the one holder of such a
    #: title of that nationality named before
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.generic_role_holder`).  Empty: off.
    #:
    #: .. versionadded:: 0.2 (fixQ67)
    GENERIC_ROLES: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = (
        ("leader", ("prime minister", "president", "chancellor", "premier", "king", "queen", "emir", "taoiseach")),
    )
    #: Titles, in lower case, that name one country's office, each with the nationality word of
    #: that country (``Taoiseach`` and ``Tánaiste``: Irish): a holder of one is of that country
    #: for :meth:`~newsparse.quotes.resolution.SpeakerResolution.holder_countries`, so ``the Irish
    #: leader`` after ``Taoiseach Micheal Martin`` is him.  A subclass adds its own (a pack,
    #: its language's spelling).
    #:
    #: .. versionadded:: 0.2 (fixQ68)
    TITLE_NATIONALITIES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("taoiseach", "Irish"), ("tánaiste", "Irish"), ("tanaiste", "Irish"),
    )
    #: Words, in lower case, that open a body's name rather than a firm's before a word of
    #: :attr:`ORGANISATION_KINDS` (``National Insurance``, a tax; ``International Air Transport
    #: Association``, ``Royal Air Force``): such a name is of no kind
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.kind_names`).  (``finance`` is no
    #: lender's word: ``UK Finance``, a trade body, ``the Ministry of Finance``.)
    #:
    #: .. versionadded:: 0.2 (round 66)
    KIND_BODY_OPENERS: ClassVar[tuple[str, ...]] = ("national", "international", "royal", "federal", "state", "public")
    #: How many characters before a mention of :attr:`ORGANISATION_KINDS` are read for the
    #: organisation of that kind (a name recently given).
    #:
    #: .. versionadded:: 0.2 (fixQ66b)
    KIND_REACH: ClassVar[int] = 1500
    #: The organisation word (as :func:`~newsparse.people.org_key` reads it) of a company's name
    #: (``Corp``, ``Inc``, ``Group``): the name before it is a firm's, named after a person or not
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.firm_names`).
    FIRM_HEAD: ClassVar[str] = "company"
    #: Nouns of a stake in a firm and the words that link them to its name (``shares of Hugo
    #: Boss``, ``a stake in Ralph Lauren``): a name of two words or more after them is a firm's,
    #: and so is one right before them when no object follows (``Hugo Boss shares fell``; not
    #: ``Ana Ortiz shares her view``) (:meth:`~newsparse.quotes.resolution.SpeakerResolution.firm_names`).
    FIRM_STAKE_NOUNS: ClassVar[tuple[str, ...]] = ("shares", "stock", "stake", "shareholders", "stakes")
    #: Plural nouns of quantities that rise and fall (``Prices fell 3 percent, suggesting ...``):
    #: one opening its sentence, capitalised only there, names no speaker of a participle after it
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.plural_noun_opening`); empty: off.
    MEASURE_NOUNS: ClassVar[tuple[str, ...]] = (
        "prices", "shares", "stocks", "bonds", "yields", "rates", "sales", "exports", "imports", "profits",
        "earnings", "revenues", "costs", "wages", "rents", "orders", "inventories", "reserves", "deposits",
        "loans", "spending", "futures", "markets", "indexes", "indices", "figures", "numbers", "results",
        "temperatures", "levels", "volumes", "deaths", "cases", "infections", "admissions", "arrivals",
    )
    #: How many characters on each side of such a noun :meth:`~newsparse.quotes.grammar.SpeakerGrammar.plural_noun_opening`
    #: reads for the same word capitalised after a lower-case word (a name), so that each reading is
    #: bounded and a paragraph of many such sentences is read in linear time.
    #:
    #: .. versionadded:: 0.2
    MEASURE_NOUN_WINDOW: ClassVar[int] = 1000
    FIRM_STAKE_LINKS: ClassVar[tuple[str, ...]] = ("of", "in")
    #: Verbs that may follow a stake right after a firm's name (``Hugo Boss shares fell``, ``... shares
    #: were halted``), besides any lower-case word ending in ``-ed`` (``shares jumped``): a stake after
    #: a person's name followed by anything else is the person's verb (``Ana Ortiz shares custody of
    #: her son``, ``shares everything``) (:meth:`~newsparse.quotes.resolution.SpeakerResolution.firm_names`).
    FIRM_STAKE_VERBS: ClassVar[tuple[str, ...]] = (
        "rose", "fell", "slid", "sank", "shrank", "hit", "lost", "won", "made", "held", "ran", "swung", "bounced",
        "were", "are", "was", "is", "have", "had", "has", "will", "would", "could", "may", "might", "also",
        "remain", "remained", "rise", "fall", "gain", "lose", "slip", "jump", "climb", "drop", "trade", "close",
    )
    #: Endings of a cue's plural forms in a language whose one pronoun is both ``she`` and
    #: ``they`` (German ``sagten``, ``sagen``: ``„...“, sagten sie``): a person pronoun beside such a
    #: cue is plural, no woman named before
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.plural_cue_beside`).  Empty: off.
    PLURAL_CUE_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: Coordinators of alternatives that, alone between two quotations of one sentence, join them
    #: as one speaker's words like :attr:`COORDINATORS` (``The plan is "a disaster" or "a waste,"
    #: Ortiz said.``: :meth:`~newsparse.quotes.direct.DirectQuotes.shared_closing_speaker`); no
    #: other rule reads them.
    ALTERNATIVE_COORDINATORS: ClassVar[tuple[str, ...]] = ("or",)
    #: Verbs that stand between a subject and one of :attr:`INFINITIVE_MARKERS` before a cue and
    #: hand the subject on to it, a move on or a hurry to speak (``Weber went on to say that ...``,
    #: ``Ruiz hastened to add that ...``): the subject speaks
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.infinitive_lead`).  Never a refusal, a
    #: wish or a plan (``declined to say``, ``wants to announce``): no words said.
    #:
    #: .. versionadded:: 0.2
    INFINITIVE_LEAD_VERBS: ClassVar[tuple[str, ...]] = (
        "went on", "goes on", "go on", "hastened", "hastens", "rushed", "took pains", "takes pains",
        "took care", "takes care", "made a point", "makes a point", "made sure", "makes sure",
    )
    #: Adjectives of readiness that, after one of :attr:`BE_WORDS`, do the same (``Ruiz was quick
    #: to add that ...``, ``Aides are careful to note that ...``).
    #:
    #: .. versionadded:: 0.2
    INFINITIVE_LEAD_ADJECTIVES: ClassVar[tuple[str, ...]] = ("quick", "careful", "eager", "keen", "swift", "at pains")
    #: The most characters before a cue that :meth:`~newsparse.quotes.grammar.SpeakerGrammar.infinitive_lead`
    #: reads for such a lead (a bound: the longest lead and its blanks fit in it).
    #:
    #: .. versionadded:: 0.2
    INFINITIVE_LEAD_WINDOW: ClassVar[int] = 40
    #: Subordinators of time before a participle whose subject is the clause's (``Ortiz told
    #: reporters, before insisting she had a "great relationship"``, ``responded before adding
    #: that``): like a comma before ``calling "..."``.
    PARTICIPLE_SUBORDINATORS: ClassVar[tuple[str, ...]] = ("before", "after", "while", "when", "since")
    #: Subordinators that, after a comma, open the clause right before a participle's comma
    #: (``The mood was tense, as Ortiz rejected the plan, saying ...``): when the main clause's
    #: subject names no one (a thing, ``It was``), that clause's subject speaks
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.subordinate_clause_subject`).
    #:
    #: .. versionadded:: 0.2
    #: Subordinators of time that open a clause inside a sentence (``He was silent when Ruiz accused
    #: him of a "smear"``): a quotation in that clause with no cue is not the main subject's
    #: (:meth:`~newsparse.quotes.direct.DirectQuotes.subordinate_subject_between`).
    #:
    #: .. versionadded:: 0.2
    TIME_CLAUSE_OPENERS: ClassVar[tuple[str, ...]] = ("when", "while", "after", "before", "until", "once", "whenever")
    #: The most words between the subject of such a clause and its quotation (its verb and object).
    #:
    #: .. versionadded:: 0.2
    MAX_CLAUSE_WORDS_BEFORE_QUOTATION: ClassVar[int] = 6
    #: Irregular forms of the simple past that the past tense's ending does not show, read as the
    #: verb of such a clause (``after a review found "serious failings"``, ``when the panel held it
    #: "unlawful"``): the quotation stands in that clause, not the main one's subject's words.
    #:
    #: .. versionadded:: 0.2
    CLAUSE_IRREGULAR_PASTS: ClassVar[tuple[str, ...]] = (
        "found", "held", "saw", "made", "gave", "took", "put", "set", "brought", "thought", "felt", "kept",
        "left", "led", "met", "paid", "sent", "spent", "told", "wrote", "said", "drew", "chose", "spoke", "heard",
        "became", "deemed", "dubbed", "branded", "labelled", "labeled", "cited", "flagged", "identified",
    )
    #: Irregular verbs of the past that, in lower case right after a capitalised name opening a
    #: sentence, show the name is its subject (``Tesla cut prices``, ``Shell sold ...``), beside
    #: :attr:`CLAUSE_IRREGULAR_PASTS` and the regular ending
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.opening_name_subject`).
    #:
    #: .. versionadded:: 0.2 (mendR67q)
    SUBJECT_IRREGULAR_PASTS: ClassVar[tuple[str, ...]] = (
        "cut", "won", "lost", "rose", "fell", "sold", "bought", "built", "began", "ran", "struck", "hit", "shut",
        "grew", "froze", "sought", "fought", "overtook", "withdrew", "forecast", "broke", "bid", "quit", "let",
    )
    PARTICIPLE_CLAUSE_OPENERS: ClassVar[tuple[str, ...]] = ("as", "while", "when", "after", "because", "since")
    #: Subordinators that open a clause inside a sentence (``Sam Ortiz spoke after Mr. Lee left``):
    #: a name after one, like a name after one of :attr:`RELATIVE_PRONOUNS`, is no one the
    #: sentence's subject acts on (:meth:`~newsparse.quotes.resolution.SpeakerResolution.titled_other`).
    SUBORDINATORS: ClassVar[tuple[str, ...]] = (
        "after", "before", "while", "when", "since", "because", "although", "though", "until", "once", "whereas",
    )
    #: Prepositions after a participle in a phrase that describes a speaker (``A source speaking to
    #: Fox News said``, ``One witness standing near the Harbour Hotel said``): the noun before
    #: the participle speaks, never the preposition's object.
    PARTICIPLE_LINKS: ClassVar[tuple[str, ...]] = (
        "to", "with", "for", "on", "in", "at", "near", "from", "outside", "inside", "under", "about", "by",
    )
    #: Prepositions of time that, besides :attr:`PARTICIPLE_LINKS`, may follow a capitalised
    #: participle that opens a sentence's opening phrase (``Speaking before the sentence was
    #: handed down, Ortiz apologized``, ``Speaking after the vote, ...``): the name after the
    #: phrase's comma is the sentence's subject
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.opening_then_subject`).
    #:
    #: .. versionadded:: 0.2
    OPENING_PARTICIPLE_LINKS: ClassVar[tuple[str, ...]] = ("before", "after", "during", "ahead", "following")
    #: Participles of being questioned that open a sentence's opening phrase, in lower case
    #: (``Asked about the comment, Nkosi smiled.``): the name after the phrase's comma is the one
    #: who answers, and a person pronoun that closes the quotation right after that sentence is
    #: theirs, not the last speaker's (:meth:`~newsparse.quotes.resolution.SpeakerResolution.questioned_subject`).
    #: Empty in the language packs.
    #:
    #: .. versionadded:: 0.2
    QUESTIONED_OPENERS: ClassVar[tuple[str, ...]] = ("asked", "pressed", "questioned", "quizzed", "challenged")
    #: Prepositions that name where words come from in a label before a colon (``More from
    #: Ortiz: "..."``, ``A statement from the council: "..."``): the phrase after one speaks.
    ORIGIN_WORDS: ClassVar[tuple[str, ...]] = ("from",)
    #: Prepositions that open an absolute phrase whose subject speaks the quotation after its
    #: verb in ``-ing`` (``with the mayor reportedly yelling: "..."``).
    ABSOLUTE_WORDS: ClassVar[tuple[str, ...]] = ("with",)
    #: At most this many capitalised words make the subject of an absolute phrase whose reported
    #: words end before the next pair (``with Ryan saying ... and Trump calling it ...``).
    MAX_ABSOLUTE_SUBJECT_WORDS: ClassVar[int] = 4
    #: The words of :attr:`GERUND_PREPOSITIONS` that add members to the group before them, whose
    #: name then speaks (``Analysts including Jane Whitfield said``, ``Musicians featuring Paul
    #: Okoro said``); after a noun for people any
    #: other (``Fans following Lazio said``, ``Reports concerning Ortega said``) is a participle
    #: whose object names no speaker
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.participle_object_follows`).
    #:
    #: .. versionadded:: 0.2 (fixQ71)
    MEMBER_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("including", "featuring")
    #: The words of :attr:`GERUND_PREPOSITIONS` that are no verb's participle: before a name
    #: one stays a preposition and its phrase part of the speaker's words as written
    #: (``Shoppers during Ramadan said``), unlike ``Fans following Lazio said``
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.participle_object_follows`).
    #:
    #: .. versionadded:: 0.2 (halfQ71b)
    VERBLESS_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("during", "pending", "notwithstanding")
    #: Prepositions of place or aim that open the phrase of an intransitive participle after a
    #: noun for people (``Residents living near the port``, ``Parents waiting outside the school``,
    #: ``Protesters marching against the law``), besides :attr:`PREPOSITIONS`.
    #:
    #: .. versionadded:: 0.2 (fixQ71)
    PARTICIPLE_PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "near", "outside", "inside", "across", "along", "behind", "around", "for", "to", "into", "through",
        "beside", "within", "toward", "towards", "against", "over",
    )
    #: Prepositions spelt like a verb in :attr:`GERUND_SUFFIX`: never a cue before a quotation
    #: (``listed her demands, including: "..."``).
    GERUND_PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "including", "regarding", "featuring", "following", "concerning", "considering", "excluding",
        "during", "pending", "barring", "notwithstanding", "according", "involving", "respecting",
    )
    #: Conjunctions after a comma or semicolon that open a clause of its own, with its own subject
    #: and speech verb, inside reported words (``..., and nearly three in five said ...``, ``...,
    #: while the union said ...``): the reported words end before them.
    CLAUSE_JOINS: ClassVar[tuple[str, ...]] = ("and", "but", "while", "whereas", "though", "although")
    #: The conjunctions of :attr:`CLAUSE_JOINS` that open such a clause with no comma before them
    #: (``... claimed responsibility but officials said ...``); not ``and``, which as often joins
    #: two subjects (``both he and Rubio promised``).
    BARE_CLAUSE_JOINS: ClassVar[tuple[str, ...]] = ("but", "while", "whereas")
    #: The conjunctions of :attr:`CLAUSE_JOINS` that open such a clause with no comma before them
    #: only after a whole clause, at least :attr:`MIN_WORDS` words with a finite verb among them
    #: (``said the plan would fail and the mayor said it would work``; not ``said both he and
    #: Rubio promised``, where ``and`` joins two subjects).
    CLAUSE_AFTER_CLAUSE_JOINS: ClassVar[tuple[str, ...]] = ("and",)
    #: Prepositions after which a verb in ``GERUND_SUFFIX`` takes a plural noun that is spelt like a
    #: cue as its object (``chided Berg for raising questions about ...``: no cue, no speaker;
    #: ``ReportedSpeech.gerund_object``).
    #:
    #: .. versionadded:: 0.2
    GERUND_OBJECT_LEADS: ClassVar[tuple[str, ...]] = (
        "for", "by", "of", "about", "after", "before", "without", "while", "on", "in", "from", "at", "since",
    )
    #: Dashes set off by blanks after which another clause with a speaker and a cue of its own may
    #: open inside reported words (``When Ortiz noted that the rent had doubled ― Berg boasted,
    #: "..."``); a dash after that cue makes it an aside (``the deal ― experts said ― could
    #: collapse``).  Empty: no such clause.
    #:
    #: .. versionadded:: 0.2
    CLAUSE_DASHES: ClassVar[str] = "―—–"
    #: Dashes that, set off by a blank before them, end reported words before the attribution
    #: that closes the sentence, as a comma does (``The vote was close - 51 to 49 - officials
    #: said.``: ``ReportedSpeech.ends_with_set_off_dash``).  Empty: only a comma.
    #:
    #: .. versionadded:: 0.2
    CLOSING_ATTRIBUTION_DASHES: ClassVar[str] = "-–—―"
    #: Words that bring in another name for the body just named (``Friends of Parks, or FOP``):
    #: the name after one is no one new (``ReportedSpeech.name_before_aside``).
    #:
    #: .. versionadded:: 0.2
    ALIAS_WORDS: ClassVar[tuple[str, ...]] = ("or",)
    #: A name from the article's index with this many stop words written with a capital after
    #: its first word (``... Team Prior To Her Performance Due To``) is title-case text, not a
    #: name (one is a name's: ``Theresa May``).
    MAX_CAPITAL_STOP_WORDS: ClassVar[int] = 2
    #: At most this many cues after the start of reported words are tried as the start of
    #: another clause (:meth:`ReportedSpeech.cut_next_clause`; a bound: linear time).
    MAX_CLAUSE_CUES: ClassVar[int] = 8
    #: The most words of a phrase that opens reported words right after one of ``THAT_WORDS``
    #: with one of ``PREPOSITIONS`` and ends in a comma (``said that in May, Tesco, the retailer,
    #: reported ...``): the clause's fronted adjunct, whose comma opens no clause of another
    #: speaker (:meth:`ReportedSpeech.fronted_adjunct`).
    #:
    #: .. versionadded:: 0.2
    MAX_FRONTED_ADJUNCT_WORDS: ClassVar[int] = 5
    #: Conjunctions after a comma that may open the writer's own clause inside reported words,
    #: its subject someone new and its verb in the simple past (``said the bridge would close,
    #: and the council agreed to pay``: ``ReportedSpeech.cut_narrated_clause``).  Empty: never.
    #:
    #: .. versionadded:: 0.2
    NARRATED_JOINS: ClassVar[tuple[str, ...]] = ("and", "but")
    #: The most words of that clause's subject before its verb (``, and council members agreed``).
    #:
    #: .. versionadded:: 0.2
    MAX_NARRATED_SUBJECT_WORDS: ClassVar[int] = 4
    #: At most this many adverbs (``nearly``, ``only``) between such a conjunction and the next
    #: clause's speaker phrase.
    MAX_JOIN_LEAD: ClassVar[int] = 2
    #: Words that open a subject of two or more joined by a coordinator, left of the first
    #: (``..., but both the police and the council said ...``): between such a conjunction and
    #: the next clause's speaker phrase they stand like an adverb.
    CORRELATIVE_OPENERS: ClassVar[tuple[str, ...]] = ("both", "either")
    #: A preposition and a relative pronoun, its object, that open a clause with a subject of its
    #: own after a comma (``..., to which 31 percent said ...``, ``..., in which its chairman
    #: warned ...``): between a clause's comma and the next clause's speaker phrase they end the
    #: reported words before them (``ReportedSpeech.relative_lead``).
    #:
    #: .. versionadded:: 0.2
    PREPOSITION_RELATIVES: ClassVar[tuple[str, ...]] = (
        "to which", "in which", "at which", "after which", "on which", "for which", "with which", "by which",
        "to whom", "from whom", "with whom",
    )
    #: The most words (a determiner, a role in lower case) before the name that opens subjects
    #: joined by a coordinator (Spanish ``La vecina Ana Ruiz y su marido, Pedro, dijeron``).
    MAX_ROLE_BEFORE_NAME: ClassVar[int] = 2
    #: At most this many words before a conjunction of :attr:`CLAUSE_AFTER_CLAUSE_JOINS` are read
    #: for the finite verb that makes them a clause (``ReportedSpeech.whole_clause``).
    MAX_CLAUSE_WORDS: ClassVar[int] = 12
    #: Objects of ``told`` that are not a name (``told reporters``, ``told him``).
    OBJECT_WORDS: ClassVar[tuple[str, ...]] = (
        "reporters", "journalists", "lawmakers", "parliament", "congress", "supporters", "him", "her", "them", "us", "me",
        # bodies told, written without a determiner ("told police he ...", headlines: "tells jury she ...",
        # "Nurse tells inquiry: ...")
        "police", "jury", "court", "council", "inquiry", "inquest", "tribunal", "hearing", "committee", "panel",
        "commission", "board", "shareholders", "investors", "voters",
        # people told as one body, written without a determiner ("told staff the plan ...")
        "staff", "crew", "faculty", "media", "press", "management", "personnel",
    )
    #: Nouns of a share of people that may speak (``74 percent said``, ``a majority said``).
    QUANTITY_NOUNS: ClassVar[tuple[str, ...]] = (
        "percent", "majority", "minority", "half", "third", "thirds", "quarter", "quarters", "fourths", "plurality",
    )
    #: Count words of :attr:`NUMBER_WORDS` for one (``One of the firms said``): a share they open may be a
    #: thing ``it`` refers to; one opened by any other count or by one of :attr:`QUANTIFIERS` (``Some of
    #: them``, ``Two of the residents``) is a group of people, never (:meth:`SpeakerResolution.plural_share`).
    #: (versionadded 0.2)
    SINGULAR_COUNT_WORDS: ClassVar[tuple[str, ...]] = ("one",)
    #: Pronouns that point (``those``, ``these``): one of :attr:`STOP_WORDS`, but after one of
    #: :attr:`OBJECT_PREPOSITIONS` the end of the speaker's phrase it is the object in (``Many of those
    #: said``: :meth:`SpeakerGrammar.phrase_before`).  (versionadded 0.2)
    DEMONSTRATIVE_PRONOUNS: ClassVar[tuple[str, ...]] = ("these", "those")
    #: Number words, for shares of people (``six in 10``).
    NUMBER_WORDS: ClassVar[tuple[str, ...]] = (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    )
    #: Words that may stand before a bare count that is a clause's subject (``Of 48 chambers that
    #: replied, only 28 said ...``, ``... at least 21,000 said ...``), determiners and
    #: quantifiers too, which make the count a group that speaks (``The 12 said in a letter that
    #: ...``, ``All 40 said they would not return``).
    COUNT_LEADS: ClassVar[tuple[str, ...]] = (
        "only", "just", "at least", "about", "nearly", "almost", "some", "roughly", "around", "more than", "fewer than",
        "the", "all", "all the", "these", "those", "both",
    )
    #: Capitalised last words that end a body's name, not a person's, though alone in lower case
    #: they are ordinary nouns and no organisation words (``the survey`` is a poll):
    #: ``the U.S. Geological Survey``, ``the National Trust``.  A speaker's name that ends in one,
    #: after capitalised words only, is the body's whole name, never its last words
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.body_head_name`).  Empty: off.
    BODY_NAME_HEADS: ClassVar[tuple[str, ...]] = ("survey", "trust", "institution", "observatory")
    #: Words between the two numbers of a share (``six in 10``, ``two out of three``).
    SHARE_WORDS: ClassVar[tuple[str, ...]] = ("in", "of", "out of")
    #: What follows the hyphen of an age written as one adjective (German ``Der 29-jährige
    #: Stürmer``): no share of people (``two-thirds``).  Empty in English (``29-year-old`` is no share).
    AGE_STEMS: ClassVar[tuple[str, ...]] = ()
    #: Prepositions after a noun that opens a clause without ``that`` (``said members of the
    #: court shouldn't ...``, ``said praise from the president would not ...``).
    NOUN_LINKS: ClassVar[tuple[str, ...]] = (
        "of", "from", "for", "with", "without", "about", "in", "on", "at", "under", "near",
    )
    #: Endings that make a country adjective a noun for a person (``Dutchman``, ``Frenchwoman``): such
    #: a mention resolves to the person last described with that country, never to a name of its own.
    DEMONYM_SUFFIXES: ClassVar[tuple[str, ...]] = ("man", "woman", "men", "women")
    #: Endings that make a place's name a noun for one of its people (``the Dubliner``, ``the New
    #: Yorker``, ``the Parisian``): after a determiner, with the place one of the vocabulary's, such a
    #: mention describes someone and stays as written, never a surname (``SpeakerResolution.place_demonym``);
    #: a place's word before one of :attr:`DEMONYM_SUFFIXES` that is no country (``the Galwayman``) too.
    #:
    #: .. versionadded:: 0.2
    PLACE_DEMONYM_ENDINGS: ClassVar[tuple[str, ...]] = ("er", "ian", "ite")
    #: Lower-case phrases that, set off by commas right after a speaker's phrase for someone
    #: unnamed (a relative pronoun maybe first), give the only name the article has for them
    #: (``A driver, who gave his name only as Musa, said``: Musa;
    #: ``SpeakerResolution.name_given_after``).  Empty for none.
    #:
    #: .. versionadded:: 0.2
    NAME_GIVING_PHRASES: ClassVar[tuple[str, ...]] = (
        "gave his name as", "gave her name as", "gave their name as", "gave his name only as",
        "gave her name only as", "gave their name only as", "identified only as",
        "identified himself only as", "identified herself only as", "identified themselves only as",
    )
    #: Endings of nationality adjectives that name a country's people as often as one person when
    #: they stand alone after an article (``the French``, ``the British``, ``the Swiss``, ``the
    #: Chinese``): alone they are no mention of one person (``the Argentine`` is).
    COLLECTIVE_DEMONYM_ENDINGS: ClassVar[tuple[str, ...]] = ("ese", "sh", "ch", "ss")
    #: Nouns for one person of a country that are no country adjective with one of
    #: :attr:`DEMONYM_SUFFIXES` (``the Spaniard``, ``the Swede``), each after its country's name as
    #: the vocabulary knows it: after a determiner such a mention resolves to the person last
    #: described with that country, else stays as written; never a name nor a body's.
    #:
    #: .. versionadded:: 0.2
    DEMONYM_NOUNS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = (
        ("Spain", ("Spaniard",)), ("Sweden", ("Swede",)), ("Denmark", ("Dane",)), ("Poland", ("Pole",)),
        ("Turkey", ("Turk",)), ("Britain", ("Briton", "Brit")), ("Scotland", ("Scot",)), ("Finland", ("Finn",)),
        ("Iceland", ("Icelander",)), ("Croatia", ("Croat",)), ("Serbia", ("Serb",)), ("Slovenia", ("Slovene",)),
        ("Philippines", ("Filipina",)),
    )
    #: Words for years that may follow the number of an age set off by commas after a name
    #: (French ``Claire Dubois, 34 ans,``); none in English (``Claire Dubois, 34,``).
    AGE_UNITS: ClassVar[tuple[str, ...]] = ()
    #: Plural units of time that, after one of :attr:`OF_WORDS` and a count (digits or one of
    #: :attr:`NUMBER_WORDS`), close a role with how long it has been held (``his wife of 60
    #: years``, ``a friend of three decades``): no second noun whose name the name set off after
    #: the role could be (``DirectQuotes.name_after_role``).  Empty for none.
    #:
    #: .. versionadded:: 0.2
    SPAN_UNITS: ClassVar[tuple[str, ...]] = ("years", "decades", "months", "weeks")
    #: The most digits of an age set off by commas after a name (``Tom Reed, 61,``, and after a
    #: given name alone that opens a sentence, ``Amara, 17,``:
    #: ``SpeakerResolution.introduced_given_name``); a longer number is a year or a count.
    MAX_AGE_DIGITS: ClassVar[int] = 3
    #: The end of an age written as one word after its number (``54-year-old``), lower case.
    AGE_SUFFIX: ClassVar[str] = "year-old"
    #: Ends of an age written as one noun after its number that, after an article of
    #: :attr:`GENDER_ARTICLES`, says the person's gender (German ``die 63-Jährige``, ``der
    #: 41-Jährige``): the mention refers back to the last person named of that gender when the
    #: article gives no one that age (``SpeakerResolution.gendered_age_person``).  Empty for none.
    #:
    #: .. versionadded:: 0.2
    AGE_NOUN_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: The most lower-case words after an age for a mention to name a role with it (``the
    #: 78-year-old retired firefighter``: ``SpeakerResolution.aged_role``).
    MAX_AGE_ROLE_WORDS: ClassVar[int] = 3
    #: How many characters after a name are read for its age and the role set off after it
    #: (``Colin Reyes, 78, a retired firefighter,``: ``SpeakerResolution.fits_aged_role``).
    AGE_ROLE_WINDOW: ClassVar[int] = 80
    #: Words after a determiner and before a surname that tell apart people who share it by age
    #: (``the elder Haddad``, ``the younger Ortiz``), lower case: the older one, and the younger
    #: one (:meth:`~newsparse.quotes.resolution.SpeakerResolution.ranked_namesake`).
    #:
    #: .. versionadded:: 0.2
    OLDER_WORDS: ClassVar[tuple[str, ...]] = ("elder", "older", "eldest", "oldest")
    YOUNGER_WORDS: ClassVar[tuple[str, ...]] = ("younger", "youngest")
    #: Name suffixes that tell a generation, lower case without the period, each with its rank
    #: (the higher, the younger): ``the elder Lawson`` after ``Tom Lawson Sr.`` and ``Tom Lawson
    #: Jr.`` is the first when no age is stated
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.generation_rank`); a name without one
    #: ranks 0.
    #:
    #: .. versionadded:: 0.2 (mendQT68)
    GENERATION_SUFFIXES: ClassVar[tuple[tuple[str, int], ...]] = (
        ("sr", 0), ("snr", 0), ("senior", 0), ("jr", 1), ("jnr", 1), ("junior", 1), ("ii", 1), ("iii", 2), ("iv", 3),
    )
    #: Nouns of kin set off right before a name that tell its generation against the person
    #: named before (``Tom Lawson and his son, Mike Lawson``; ``her father, Tom Lawson``): a
    #: child ranks one below (younger), a parent one above, a name without one 0.
    #:
    #: .. versionadded:: 0.2 (mendQT68)
    CHILD_NOUNS: ClassVar[tuple[str, ...]] = ("son", "daughter")
    PARENT_NOUNS: ClassVar[tuple[str, ...]] = ("father", "mother", "dad", "mom", "mum")
    #: Prepositions of place and time inside a speaker's phrase (``the exit polls in Ohio``,
    #: ``people in the crowd``): a name after one is a place, not the speaker's.
    LOCATIVES: ClassVar[tuple[str, ...]] = ("in", "at", "on", "during")
    #: Prepositions of place that may stand, in lower case, between a speaker's noun and a name
    #: before a cue (``A plumber from Leeds said``, ``Officials in Beijing said``, ``Nurses across
    #: Ohio say``): the name is the preposition's object, never the speaker on its own.
    #:
    #: .. versionchanged:: 0.2 ``along``, ``opposite``, ``within`` (``Shop owners along Hawthorne and
    #:    Division said``: the owners; not ``around``, ``beside``, which stand before people as often:
    #:    ``The cabinet members gathered around Mr. Trump``; mendQT69)
    PLACE_PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "in", "at", "on", "from", "near", "outside", "inside", "across", "throughout", "along", "opposite", "within",
    )
    # (prepositions of a stretch of time, "Residents over Christmas said", read as PLACE_PREPOSITIONS
    # are, are the vocabulary's TIME_SPAN_PREPOSITIONS: the language's one list; mend57)
    #: The preposition inside names of people and bodies (``Mr. Morgan of the Sierra Club``).
    OF_WORDS: ClassVar[tuple[str, ...]] = ("of",)
    #: Words besides :attr:`OF_WORDS` that link a role to its place, read only before a place and
    #: its region (German ``Der Bürgermeister von Graz, Österreich, sagte``: the region is the
    #: place's, the role speaks), where ``von`` as a name's particle is no concern.  Empty: none.
    #:
    #: .. versionadded:: 0.2
    PLACE_OF_WORDS: ClassVar[tuple[str, ...]] = ()
    #: The most words of the body a role serves, after one of :attr:`OF_WORDS`, between the role
    #: and a name set off by commas (``The president of the regional farmers' federation, Sophie
    #: Marchand,``: :meth:`SpeakerResolution.place_after_role`).  (versionadded 0.2)
    MAX_ROLE_BODY_WORDS: ClassVar[int] = 5
    #: Words besides :attr:`OF_WORDS` that join a body's capitalised head word (an organisation
    #: word of the vocabulary, maybe with more capitalised words after it) to the capitalised words
    #: of the rest of its name, in lower case (Spanish ``para``: ``el Ministerio para la Transición
    #: Ecológica``; German ``für``: ``das Bundesamt für Migration und Flüchtlinge``): the speaker's
    #: phrase and the body's name go on through one (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.body_link_at`).
    #: Empty in English (``for`` is a post-modifier's link there: :attr:`POST_MODIFIERS`).
    #:
    #: .. versionadded:: 0.2
    BODY_NAME_LINKS: ClassVar[tuple[str, ...]] = ()
    #: The most capitalised words between a body's head word and one of :attr:`BODY_NAME_LINKS`
    #: (``Instituto Nacional para ...``: one).
    #:
    #: .. versionadded:: 0.2
    MAX_BODY_HEAD_WORDS: ClassVar[int] = 3
    #: Words that carry a speaker's phrase on after an inverted cue, up to punctuation (``said a
    #: spokesman for the ministry``, ``said a person close to the campaign``).
    POST_MODIFIERS: ClassVar[tuple[str, ...]] = ("of", "for", "close to", "familiar with", "privy to", "briefed on")
    #: Prepositions that join a body's name to a noun for people with no article after an inverted
    #: cue, closing the sentence (``"...," said researchers at the University of Cape Town.``):
    #: the whole phrase speaks (``SpeakerGrammar.bare_noun_affiliation``).  Empty: off.
    #:
    #: .. versionadded:: 0.2
    AFFILIATION_LINKS: ClassVar[tuple[str, ...]] = ("at", "from")
    #: Words after the noun of a role set off after a name whose closing comma is missing (``Tom
    #: Hale, a shipping analyst with Clarksons said``, ``Ana Ruiz, a pollster at Monmouth
    #: University said``): the name speaks, never the place or body after the link
    #: (``SpeakerGrammar.unclosed_appositive``, ``SpeakerGrammar.unclosed_role_of_body``, besides
    #: :attr:`POST_MODIFIERS`' words of one word).  Empty: those links only.
    #:
    #: .. versionadded:: 0.2
    APPOSITIVE_LINKS: ClassVar[tuple[str, ...]] = ("at", "with", "from", "in")
    #: Prepositions that, between a noun for people and a phrase, make the phrase that noun's
    #: complement (``An adviser to Ana Ortiz said``): the noun's phrase speaks, not the phrase after.
    PERSON_LINKS: ClassVar[tuple[str, ...]] = ("to",)
    #: How far before a role mention (``the president told her``) the text is read for the role
    #: written as a title before a name (``President Obama``), when the index resolves the mention
    #: to a person named only after it (``SpeakerResolution.role_titled_before``; a bound: linear time).
    ROLE_LOOKBACK: ClassVar[int] = 2000
    #: Prepositions before the people a message went to (``sent an email to supporters saying``):
    #: the phrase after them is never a participle's subject.
    ADDRESSEE_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("to",)
    #: Nouns of a plea or a speech made to an audience after one of :attr:`ADDRESSEE_PREPOSITIONS`
    #: (``made a pitch to voters saying``, ``gave a speech to donors arguing``): like a document's
    #: readers, the people addressed never say the participle's words; the clause's subject does.
    #:
    #: .. versionadded:: 0.2
    ADDRESS_NOUNS: ClassVar[tuple[str, ...]] = ("pitch", "appeal", "plea", "speech", "address", "case", "argument")
    #: Verbs besides the speech verbs whose audience follows one of :attr:`ADDRESSEE_PREPOSITIONS`
    #: (``spoke to reporters saying``): that audience is never a participle's subject.
    ADDRESSING_VERBS: ClassVar[tuple[str, ...]] = (
        "spoke", "speaks", "speak", "talked", "talks", "talk", "turned", "turns", "appealed", "appeals",
        "wrote", "writes", "reached", "apologized", "apologised", "apologizes", "apologises", "replied",
        "replies", "responded", "responds", "listened", "lectured", "preached", "pitched", "reported",
    )
    #: Words that may head a speaker's phrase on their own before a post-modifier (``Those close
    #: to the mayor``, ``people familiar with the talks``).
    HEAD_WORDS: ClassVar[tuple[str, ...]] = ("those", "people", "some", "many", "others", "someone", "one")
    #: Relative pronouns: ``Republicans who say ...`` reads the phrase before them as the speaker.
    RELATIVE_PRONOUNS: ClassVar[tuple[str, ...]] = ("who", "that")
    #: The relative pronouns among :attr:`RELATIVE_PRONOUNS` for people only (``who``, not
    #: ``that``): after them a noun with an ending of :attr:`PERSON_SUFFIXES` is a person
    #: (``One player who ...``; ``a computer that ...`` is none).
    PERSONAL_RELATIVE_PRONOUNS: ClassVar[tuple[str, ...]] = ("who",)
    #: Relative pronouns for things, read only where one opens a relative clause set off by
    #: commas that holds a cue (``The report, which officials said was late, was released``).
    THING_RELATIVE_PRONOUNS: ClassVar[tuple[str, ...]] = ("which",)
    #: Possessive relative pronouns, read only where one opens a relative clause set off by
    #: commas that holds a cue (``Tom Berg, whose lawyer said the vote was rigged, will
    #: appeal``): the words the cue reports end where the clause does.
    POSSESSIVE_RELATIVE_PRONOUNS: ClassVar[tuple[str, ...]] = ("whose",)
    #: Lower-case words inside a place's name of the vocabulary (``Rio de Janeiro``, ``Stratford
    #: upon Avon``), read where capitalised words set off after a quotation may be a place
    #: (:meth:`~newsparse.quotes.reported.ReportedSpeech.place_name_word`): the stamp's and the
    #: dateline's list (:attr:`~newsparse.timestamp.TimestampParser.PLACE_PARTICLES`).
    #:
    #: .. versionadded:: 0.2
    PLACE_PARTICLES: ClassVar[tuple[str, ...]] = TimestampParser.PLACE_PARTICLES
    #: Abbreviated first words of places' names (``St. Louis``, ``Mt. Vernon``, ``Ft. Worth``): a
    #: name they open, set off after a quotation, is a place, no speaker.
    #:
    #: .. versionadded:: 0.2
    PLACE_ABBREVIATIONS: ClassVar[tuple[str, ...]] = ("St.", "Ste.", "Mt.", "Ft.", "Pt.")
    #: Relative pronouns for people that are always their clause's object, read only where one
    #: opens a relative clause after a comma whose closing comma is missing before the cue (``Tom
    #: Berg, whom the union elected in May said``: the clause has its own subject and verb, and
    #: the name speaks; :meth:`~newsparse.quotes.grammar.SpeakerGrammar.open_clause_before_cue`).
    #:
    #: .. versionadded:: 0.2
    OBJECT_RELATIVE_PRONOUNS: ClassVar[tuple[str, ...]] = ("whom",)
    #: Articles that also open a relative clause set off by commas when the clause ends in its
    #: finite verb, for a language that puts that verb last (German ``die Bürgermeisterin, die
    #: seit 2015 im Amt ist, bekräftigte ...``): read only after a subject before its cue.  Empty
    #: in English.
    ARTICLE_RELATIVES: ClassVar[tuple[str, ...]] = ()
    #: Whether a relative clause of :attr:`ARTICLE_RELATIVES` always closes with its finite verb,
    #: so that any word of lower-case letters there, with no verb before it in the clause, is that
    #: verb (German ``Leonore Gewessler, die das Paket als „unausgewogen“ bezeichnete, kündigte
    #: ...``: :meth:`~newsparse.quotes.reported.ReportedSpeech.closes_relative_clause`).  False in
    #: English.
    #:
    #: .. versionadded:: 0.2
    VERB_FINAL_RELATIVES: ClassVar[bool] = False
    #: The most words of a relative clause between a speaker's noun and the cue, with no comma
    #: (``A resident who asked not to be identified said``).
    MAX_RELATIVE_WORDS: ClassVar[int] = 10
    #: At most this many words from a relative pronoun for people to the cue after its clause,
    #: when the phrase before the pronoun speaks (``Voters who backed Tom Berg in the primary
    #: said``, ``SpeakerGrammar.relative_head``).
    MAX_RELATIVE_CLAUSE_WORDS: ClassVar[int] = 24
    #: The most words after an owner's possessive that may name the person it owns
    #: (``Ortiz's former campaign strategist``: three).
    MAX_POSSESSED_WORDS: ClassVar[int] = 4
    #: The most capitalised words of the owner of a document that speaks (``Senator Ana Ortiz's
    #: letter said``: three), for :meth:`~newsparse.quotes.grammar.SpeakerGrammar.owned_document`.
    #:
    #: .. versionadded:: 0.2
    MAX_OWNER_WORDS: ClassVar[int] = 4
    #: Words after which a cue is a relative clause's own verb, never the cue of the phrase
    #: before the pronoun (``the women who have come forward to say``, ``who has maintained``).
    CLAUSE_AUXILIARIES: ClassVar[tuple[str, ...]] = (
        "to", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "do", "does", "did", "be", "been", "being", "is", "are", "was", "were", "not",
    )
    #: Words that open a plural speaker phrase (``some shop owners``).
    QUANTIFIERS: ClassVar[tuple[str, ...]] = (
        "some", "many", "several", "most", "other", "few", "two", "three", "four", "five", "both",
    )
    #: Articles that may open a name's title in an apposition (``The bishop, the Rt Rev. Paul
    #: Mercer, said``: Paul Mercer speaks).
    TITLE_ARTICLES: ClassVar[tuple[str, ...]] = ("the",)
    DETERMINERS: ClassVar[tuple[str, ...]] = (
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one", "another",
    )
    #: The determiners among :attr:`DETERMINERS` that bring in someone new (``a top aide``,
    #: ``one longtime adviser``): a phrase they open is never resolved to a person the article
    #: described before with the same words.
    INDEFINITE_DETERMINERS: ClassVar[tuple[str, ...]] = ("a", "an", "one", "another")
    #: The definite article: before a capitalised name it makes a group or a body (``the
    #: Rolling Stones``, ``the Smiths``) that a plural pronoun may refer to; empty for none.
    DEFINITE_ARTICLE: ClassVar[str] = "the"
    #: Possessive determiners: a phrase they open belongs to someone (``Ana Ortiz, her lawyer
    #: said``: the lawyer speaks, not Ana Ortiz).
    POSSESSIVE_DETERMINERS: ClassVar[tuple[str, ...]] = ("his", "her", "their", "its", "our", "my", "your")
    #: Styles of address that stand for a ruler or a dignitary after one of
    #: :attr:`POSSESSIVE_DETERMINERS` (``His Highness``, ``Her Royal Highness``, ``His Excellency``):
    #: no name, but the person the article gave that style before (see
    #: :meth:`~newsparse.quotes.QuoteParser.styled_person`).  Lower case, words joined by one space.
    #:
    #: .. versionadded:: 0.2
    HONORIFIC_STYLES: ClassVar[tuple[str, ...]] = (
        "highness", "royal highness", "majesty", "excellency", "holiness", "eminence", "grace", "lordship",
        "ladyship", "honour", "honor", "beatitude",
    )
    #: The most characters between a style of :attr:`HONORIFIC_STYLES` and the name it introduces,
    #: titles with no punctuation but a period (``His Highness Sheikh Mohamed ...``: ``Sheikh``).
    #:
    #: .. versionadded:: 0.2
    MAX_STYLE_TITLE_CHARS: ClassVar[int] = 24
    PRONOUNS: ClassVar[tuple[str, ...]] = ("he", "she", "they", "it", "we", "i")
    #: The pronouns among :attr:`PRONOUNS` that stand for one person (resolved to a person named before).
    PERSON_PRONOUNS: ClassVar[tuple[str, ...]] = ("he", "she")
    #: Whether one of :attr:`PERSON_PRONOUNS` that refers to no one (nobody of its gender named
    #: before) is kept as the speaker as written (``she``); when false its quote has no speaker
    #: if anyone at all is named before it (``SpeakerResolution.anyone_named_before``).
    UNRESOLVED_PRONOUN_SPEAKS: ClassVar[bool] = True
    #: Whether a portfolio's capitalised word after a lower-case noun or article opens a body's
    #: name of two words (``watchdog Transport Voice``:
    #: ``SpeakerResolution.modifier_title_in_body``): English's order of a noun's modifiers; off
    #: in the packs of other languages (French ``le Transport Dupont`` keeps its person).
    #:
    #: .. versionadded:: 0.2 (mendR61)
    BODY_NAMES_AFTER_PORTFOLIO: ClassVar[bool] = True
    #: Nouns for a person's party or camp that copy writes capitalised before a full name
    #: (``Republican Ana Ortiz``): never part of the name, like an occupation noun before it
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.without_occupation`).
    #: Endings of occupation nouns (``Novelist``, ``Photographer``, ``Curator``): a word of
    #: :attr:`MIN_OCCUPATION_LENGTH` letters or more with one is an occupation for
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.is_occupation` when asked to guess by
    #: the ending; before a full name only a listed noun (:attr:`PERSON_NOUNS`: ``Critic``,
    #: ``Novelist``) is dropped (``Novelist Anna Bell`` is Anna Bell), never a word for its ending
    #: alone (``Holger``, ``Cristian``), nor one of :attr:`NAME_LIKE_WORDS`, words that are given
    #: names or surnames too.  :attr:`SURE_OCCUPATION_ENDINGS` are the exception.
    OCCUPATION_ENDINGS: ClassVar[tuple[str, ...]] = ("ist", "er", "or", "ian")
    #: The endings among :attr:`OCCUPATION_ENDINGS` that hardly ever end a given name or a
    #: surname (``Guitarist``, ``Cellist``; not ``-er``, ``-or``, ``-ian``: ``Holger``,
    #: ``Viktor``, ``Cristian``): a capitalised word of :attr:`MIN_OCCUPATION_LENGTH` letters with
    #: one is an occupation before a full name even when no list holds it; empty for none.
    SURE_OCCUPATION_ENDINGS: ClassVar[tuple[str, ...]] = ("ist",)
    MIN_OCCUPATION_LENGTH: ClassVar[int] = 6
    #: Endings of occupation nouns that copy capitalises before a full name when they open a
    #: sentence or follow its verb (``Pediatrician Amy Carver said``, ``said Dietitian Ana
    #: Ruiz``): a word of :attr:`MIN_OCCUPATION_LENGTH` letters or more with one goes from the
    #: name only when the next word is a given name the vocabulary lists (``Vocabulary.is_given_name``) and the word
    #: itself is none, nor one of :attr:`NAME_LIKE_WORDS` (``Hunter``, ``Carter``:
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.occupation_before_name`); empty for
    #: none.  Not ``-ant``, ``-ent``: given names end so (``Millicent Amy Carver``, ``Vincent``,
    #: ``Laurent``), and the occupations that do are listed (``Consultant``, ``Accountant``: no
    #: row of the dev corpora took its speaker from them); but ``-ment``, which ends nouns and no
    #: given name (``... and Development Jean-Claude Paye``: a body's name before the person's).
    #: (versionadded 0.2)
    GIVEN_NAME_OCCUPATION_ENDINGS: ClassVar[tuple[str, ...]] = ("ist", "er", "or", "ian", "ment")
    #: Occupation nouns of :attr:`NAME_LIKE_WORDS` (surnames too: ``Victoria Principal``) that go
    #: from before a full name all the same when the next word is a given name of
    #: the vocabulary's list (``Vocabulary.is_given_name``: ``Principal Gary Okafor``, ``Host Dana Berg``); never a
    #: word that is a given name too (``Dean``, ``Guy``).  (versionadded 0.2)
    NAMED_OCCUPATIONS: ClassVar[tuple[str, ...]] = (
        "principal", "host", "champion", "bishop", "cardinal", "marshal", "justice",
        # (a rugby position, a given name too: "Wing Mack Hansen" before a given name, "Wing Lee" a name; fixT55a)
        "wing",
    )
    NAME_LIKE_WORDS: ClassVar[tuple[str, ...]] = (
        "christopher", "jennifer", "alexander", "peter", "walter", "oliver", "roger", "heather", "esther", "amber",
        "homer", "jasper", "hunter", "parker", "porter", "carter", "baxter", "dexter", "chester", "lester",
        "webster", "fletcher", "spencer", "tyler", "skyler", "schuyler", "xavier", "javier", "olivier", "rainer",
        "werner", "günther", "gunther", "reiner", "dieter", "victor", "connor", "conor", "trevor", "taylor", "eleanor",
        "hector", "nestor", "salvador", "theodor", "tudor", "ivor", "igor", "lavinia", "baptist", "christer",
        "kristofer", "kristopher", "jupiter", "ginger", "sawyer", "archer", "harper", "cooper", "palmer", "turner",
        "walker", "fisher", "baker", "miller", "butler", "tucker", "booker", "sumner", "ryder", "jagger",
        "oscar", "elmer", "luther", "christian", "sebastian", "maximilian", "damian", "fabian", "adrian", "julian",
        "vivian", "lillian", "gillian", "marian", "dorian", "florian", "cyprian", "kilian", "killian", "valerian",
        "cassian", "lucian", "octavian", "brian", "chandler", "sander", "lavender", "winter", "summer", "foster",
        "grover", "sylvester", "tanner", "clement", "florent", "kristian", "bastian", "jillian", "tristan",
        "evander", "leander", "lysander", "isidor",
        # person nouns that are given names or surnames too
        "guy", "dean", "king", "queen", "bishop", "marshal", "cardinal", "friend", "star", "hero", "major",
        "page", "host", "justice", "principal", "champion", "legend", "local", "moderate", "independent",
    )
    ALLEGIANCE_NOUNS: ClassVar[tuple[str, ...]] = (
        "democrat", "republican", "independent", "libertarian", "socialist", "conservative", "liberal",
        "progressive", "moderate", "communist", "nationalist",
    )
    #: The links that join a subject pronoun after its verb in an inverted attribution (French
    #: ``a-t-il déclaré``, ``dit-elle``: ``-t-`` and ``-``); empty for none (English).
    INVERTED_LINKS: ClassVar[tuple[str, ...]] = ()
    #: Pronouns that stand for nobody in particular (French ``on``, German ``man``): an inverted
    #: attribution with one (``dit-on``, ``a-t-on déclaré``) has no speaker, and neither has a
    #: clause they are the subject of (``Man sagte, ...``: never a speaker).
    #:
    #: .. versionchanged:: 0.2 never a speaker, among :attr:`PRONOUNS` or not (fixQ59b).
    IMPERSONAL_PRONOUNS: ClassVar[tuple[str, ...]] = ()
    #: Pronouns of :attr:`IMPERSONAL_PRONOUNS` that, in a language whose verb comes second, stand
    #: as the subject right after the verb when something else opens the sentence (German ``Dem
    #: Kölner Dom sagte man nach, ...``, ``Im Rathaus sagt man, ...``): the words before the verb
    #: are then no speaker (``SpeakerResolution.impersonal_after_verb``); empty for none (English,
    #: and Spanish, whose ``se`` stands before the verb).
    #:
    #: .. versionadded:: 0.2 (fixQ66)
    IMPERSONAL_AFTER_VERB: ClassVar[tuple[str, ...]] = ()
    #: Pronouns that, written right before the verb, are its object (French ``On nous a dit``,
    #: ``Le ministre nous a dit``; Spanish ``Nos dijo``): after a word that may end the subject the
    #: phrase before the pronoun speaks (``Il nous a dit``: ``Il``; :meth:`~newsparse.quotes.
    #: QuoteParser.subject_before_object_pronoun`), where subjects drop such pronouns alone before
    #: the verb read as the verb alone does (``Nos dijo que``: the dropped subject), a mention that
    #: is one alone is otherwise no speaker, and one that ends a longer mention is left off it
    #: (:meth:`~newsparse.quotes.QuoteParser.without_object_pronoun`).  Empty for English, whose
    #: object pronouns follow the verb.
    #:
    #: .. versionadded:: 0.2 (fixQ60)
    #: .. versionchanged:: 0.2 the subject before the pronoun speaks; a dropped subject (fixQ60c)
    PREVERBAL_OBJECT_PRONOUNS: ClassVar[frozenset[str]] = frozenset()
    #: Prepositions (lower case) that front the verb's object before it where subjects drop
    #: (:attr:`DROPPED_SUBJECTS`), the object then doubled by one of :attr:`PREVERBAL_OBJECT_PRONOUNS`
    #: (Spanish ``A los vecinos les dijo que ...``): the fronted object is never the speaker, the
    #: subject is dropped (:meth:`~newsparse.quotes.QuoteParser.opens_without_subject`).  Empty
    #: for English.
    #:
    #: .. versionadded:: 0.2 (fixQ61b)
    FRONTED_OBJECT_MARKERS: ClassVar[frozenset[str]] = frozenset()
    #: The pronouns among :attr:`PRONOUNS` that stand for several people or a body: resolved to
    #: the last speaker only when that speaker is plural too (names joined by ``and``, a group,
    #: an organisation, a plural noun), never to one person named before (``Ana Ortiz said ...
    #: "...," they said.``: the mention as written).
    PLURAL_PRONOUNS: ClassVar[tuple[str, ...]] = ("they", "we")
    #: The pronouns among :attr:`PRONOUNS` that stand for a thing or a body, never a person
    #: (``it``): resolved to the last speaker only when that speaker may be an organisation or a
    #: document (``Acme Inc said ... It said``), never a person or people named as such
    #: (``industry sources said ... It said``: the mention as written).  Empty for none.
    #:
    #: .. versionadded:: 0.2
    THING_PRONOUNS: ClassVar[tuple[str, ...]] = ("it",)
    #: Whether one of :attr:`THING_PRONOUNS` that resolves to no organisation nor document
    #: (nothing named before it may be the ``it``: ``Heavy rain is expected on Friday. It said more
    #: about the season than the day, forecasters warned.``) is kept as the speaker as written;
    #: when false its quote has no speaker (a wrong speaker is worse than none).  ``It said``
    #: after a named body still resolves to it (``Acme Corp reported a loss. It said ...``).
    #:
    #: .. versionadded:: 0.2 (fixQ67b)
    UNRESOLVED_THING_SPEAKS: ClassVar[bool] = True
    #: The possessive determiners of :attr:`THING_PRONOUNS` (``its``): a reported clause opening
    #: with one of these or those speaks of a body, so a country's name as its speaker is the
    #: country's, not a person's of that surname (:meth:`~newsparse.quotes.resolution.Resolution.country_speaks`).
    #: Empty for none (a pack whose possessives stand for persons too).
    #:
    #: .. versionadded:: 0.2
    THING_POSSESSIVES: ClassVar[tuple[str, ...]] = ("its",)
    #: Pronouns in the form they take after a preposition, each with the subject pronoun of
    #: :attr:`PRONOUNS` it stands for (French ``selon lui``: ``il``; ``d'après eux``: ``ils``): as
    #: the source after :attr:`ACCORDING_TO` it refers to whom that pronoun would (``according to
    #: him``: whom ``he`` would), and stays as written when that pronoun finds no one.  Empty: off.
    STRESSED_PRONOUNS: ClassVar[tuple[tuple[str, str], ...]] = (("him", "he"), ("her", "she"), ("them", "they"))
    #: Object pronouns for many people (``called them "heroes"``): after a naming verb joined to a
    #: relative clause, the people the clause is about, named by the sentence's subject.
    PLURAL_OBJECT_PRONOUNS: ClassVar[tuple[str, ...]] = ("them",)
    #: Words after a clock's digits (``2:20 p.m.``), without their last period: no part of a speaker.
    CLOCK_SUFFIXES: ClassVar[tuple[str, ...]] = ("a.m", "p.m")
    #: Whether a word that ends in one of :attr:`GENDER_WORDS` calls for its pronoun too (German
    #: compounds: ``Oberbürgermeisterin``, ``Innenminister``); off in English (``human``).
    GENDER_BY_ENDING: ClassVar[bool] = False
    #: Words of :attr:`GENDER_WORDS` that call for their pronoun only as a whole word, never as the
    #: ending of a compound with :attr:`GENDER_BY_ENDING` (German ``Mann``: ``Hoffmann``,
    #: ``Neumann`` are surnames, and ``Maria Hoffmann`` is no man).
    WHOLE_GENDER_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Titles and roles written alike for a man and a woman (Spanish ``juez``, ``presidente``;
    #: German ``Abgeordnete``): where an article of :attr:`GENDER_ARTICLES` stands right before
    #: them (and any other titles) before a name, the article decides the person's gender, not
    #: the pronoun :attr:`GENDER_WORDS` lists the word for (``La juez Ana Ruiz``: ``ella``).
    COMMON_GENDER_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Role nouns held with a portfolio (``minister``, ``secretary``): such a role with a
    #: capitalised complement after a post-modifier (``the minister for Health``, French ``le
    #: ministre du Travail``) names its portfolio, and refers back only to a person the article
    #: described with that portfolio (``Health Minister Ana Ruiz``), never to one described with
    #: another or with none (``Prime Minister Tom Hale``): the mention is then left as written.
    #:
    #: .. versionadded:: 0.2
    PORTFOLIO_ROLES: ClassVar[tuple[str, ...]] = ("minister", "secretary")
    #: Each of :attr:`PERSON_PRONOUNS` with the articles that show it before a word of
    #: :attr:`COMMON_GENDER_WORDS` (Spanish ``la``, ``una``; German ``der``, ``die``).  Empty: off.
    GENDER_ARTICLES: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = ()
    #: Nouns of a person's public standing that an article uses again for someone it has named
    #: (German ``der SPD-Politiker``, Spanish ``la mandataria``, French ``l'élue``), never for
    #: a newcomer: :meth:`~newsparse.quotes.resolution.SpeakerResolution.standing_noun_person`.
    #: Lower case, each gender's form; a German compound counts by its ending
    #: (``Kommunalpolitiker``, ``DP-Politiker``).  None in English.
    #:
    #: .. versionadded:: 0.2
    STANDING_NOUNS: ClassVar[tuple[str, ...]] = ()
    #: The most titles between such an article and the name (``Der CDU-Abgeordnete Jonas Vogt``).
    MAX_ARTICLE_TITLES: ClassVar[int] = 3
    #: Each of :attr:`PERSON_PRONOUNS` with the words (titles, roles, kin, normalised as the
    #: people index keeps a name's descriptors: ``mrs``, ``councilwoman``) that mark a person the
    #: article describes with them as one it would call by that pronoun: ``he`` never refers to
    #: someone described as ``Mrs.`` or ``Councilwoman``, nor to someone the article called ``she``
    #: before (:meth:`~newsparse.quotes.resolution.SpeakerResolution.other_gender`).  Empty: off.
    GENDER_WORDS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = (
        ("she", (
            "mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "duchess", "countess",
            "baroness", "empress", "sister", "mother", "spokeswoman", "chairwoman", "councilwoman",
            "congresswoman", "assemblywoman", "alderwoman", "businesswoman", "sportswoman", "policewoman",
            "stateswoman", "actress", "waitress", "heiress", "widow", "wife", "daughter", "aunt", "niece",
            "grandmother", "granddaughter", "girlfriend", "bride", "landlady", "mum", "mom", "alhaja", "hajia", "hajiya",
        )),
        ("he", (
            "mr", "sir", "lord", "king", "prince", "duke", "baron", "emperor", "brother", "father", "fr",
            "spokesman", "chairman", "councilman", "congressman", "assemblyman", "alderman", "businessman",
            "sportsman", "policeman", "statesman", "widower", "husband", "son", "uncle", "nephew",
            "grandfather", "grandson", "boyfriend", "groom", "dad", "alhaji",
        )),
    )
    #: Each of :attr:`PERSON_PRONOUNS` with plain nouns for a person of that sex, which
    #: :attr:`GENDER_WORDS` leaves out (they describe as often someone else than the name beside
    #: them): read only in the phrase set off right after an unnamed speaker (``One of the
    #: swimmers, a 35-year-old man,``: ``he``;
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.set_off_gender`).  Empty: off.
    #:
    #: .. versionadded:: 0.2
    SEX_NOUNS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = (
        ("she", ("woman", "girl")), ("he", ("man", "boy")),
    )
    #: Each of :attr:`PERSON_PRONOUNS` with the given names (lowercase; matched with and without
    #: their accents) that mark a person whose full name opens with one as one it would call by
    #: that pronoun (``Marta Vidal met John Ames. "...," he said.``: John Ames).  Weaker evidence
    #: than :attr:`GENDER_WORDS`: read only for a name of two words or more that no title, role,
    #: kin word or earlier pronoun describes (:meth:`~newsparse.quotes.resolution.SpeakerResolution.given_name_gender`).
    #: One multilingual list (:mod:`newsparse.vocab.given_names`) shared by every pack, each with
    #: its own pronouns; a name listed for both is read as neither.  Empty: off.
    #:
    #: .. versionadded:: 0.2
    GIVEN_NAMES: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = (
        ("she", given_names.FEMININE),
        ("he", given_names.MASCULINE),
    )
    #: Each of :attr:`PERSON_PRONOUNS` with its forms as the object of a verb (``him``, ``her``): a
    #: sentence whose subject is followed by one acts on someone else of that gender (``The judge
    #: asked him to sit.``), so a later ``he`` refers to that someone, not to the subject
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.nearer_subject`).  Empty: off.
    PERSON_OBJECT_FORMS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = (("he", ("him",)), ("she", ("her",)))
    #: Each of :attr:`PERSON_PRONOUNS` with the possessive determiners that show the owner's
    #: gender (``his``, ``her``; none in French or Spanish, whose ``son``/``su`` agree with the
    #: noun): opening a nearer subject's phrase it speaks of someone else of that gender (``Her
    #: deputy, Will Hurd, ...``: no sure referent for a later ``she``); between a subject and a
    #: person named after it, it shows the subject's gender (``Tomas Berg sued his brother``).
    #: Empty: off.
    PERSON_POSSESSIVE_FORMS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = (("he", ("his",)), ("she", ("her",)))
    #: Each kin relation with its nouns (each of a gender :attr:`GENDER_WORDS` gives), and
    #: :attr:`KIN_CONVERSES` each relation with the one it is seen from the other side: ``His
    #: daughter, Lucia Ochoa,`` makes the man named before it her father, so a later ``Her
    #: father`` while she is the one spoken of is him
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.converse_kin`).  Empty: off.
    #:
    #: .. versionadded:: 0.2
    KIN_RELATIONS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = (
        ("parent", ("father", "mother")), ("child", ("son", "daughter")), ("spouse", ("husband", "wife")),
        ("sibling", ("brother", "sister")),
    )
    #: See :attr:`KIN_RELATIONS`.
    #:
    #: .. versionadded:: 0.2
    KIN_CONVERSES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("parent", "child"), ("child", "parent"), ("spouse", "spouse"), ("sibling", "sibling"),
    )
    #: Verbs whose object a verb, an adjective or a particle may follow (``saw her leave``, ``let
    #: her go``, ``found her guilty``, ``kept her waiting``): a form both of
    #: :attr:`PERSON_OBJECT_FORMS` and of :attr:`PERSON_POSSESSIVE_FORMS` right after one is read
    #: as the object (:meth:`~newsparse.quotes.resolution.SpeakerResolution.possessive_here`).
    #: Empty: off.
    OBJECT_COMPLEMENT_VERBS: ClassVar[tuple[str, ...]] = (
        "let", "lets", "letting", "make", "makes", "made", "making", "help", "helps", "helped", "helping",
        "see", "sees", "saw", "seen", "watch", "watches", "watched", "hear", "hears", "heard", "find", "finds",
        "found", "keep", "keeps", "kept", "send", "sends", "sent", "call", "calls", "called", "order", "orders",
        "ordered", "notice", "noticed", "bid", "bade",
    )
    #: How many characters before such a form :meth:`~newsparse.quotes.resolution.SpeakerResolution.possessive_here`
    #: reads for the verb (one of :attr:`OBJECT_COMPLEMENT_VERBS` and the space after it).
    MAX_VERB_LENGTH: ClassVar[int] = 12
    #: Words that after such a form show it is the object, not the possessive: particles and
    #: adverbs of place (``called her back``, ``sent her home``, ``ordered her out``).  Empty: off.
    OBJECT_PARTICLES: ClassVar[tuple[str, ...]] = (
        "back", "out", "home", "up", "down", "away", "off", "in", "inside", "outside", "over", "around",
        "along", "aside", "alone", "here", "there", "again", "too", "free",
    )
    #: Pronouns for a third person, in any case (:meth:`DirectQuotes.speaks_of_someone`).
    THIRD_PERSON_PRONOUNS: ClassVar[tuple[str, ...]] = ("he", "she", "him", "her", "his", "hers")
    #: Lower-case nouns for people (occupations, kin, roles in a story) that may head a speaker's
    #: phrase, beside :attr:`GROUP_NOUNS`, :attr:`QUANTITY_NOUNS`, :attr:`HEAD_WORDS` and the
    #: vocabulary's role, organisation and company nouns; plurals in ``-s`` count too.  A phrase
    #: whose lower-case head is none of these nor ends in one of :attr:`PERSON_SUFFIXES` (``a
    #: microphone``, ``the first incident``) names no speaker.  Empty: every phrase may (the
    #: packs for other languages leave the check off until they list their own nouns).
    PERSON_NOUNS: ClassVar[tuple[str, ...]] = (
        "person", "man", "woman", "men", "boy", "girl", "child", "kid", "baby", "guy", "lady", "gentleman",
        "individual", "resident", "citizen", "neighbor", "neighbour", "friend", "relative", "family", "father",
        "mother", "son", "daughter", "brother", "sister", "husband", "wife", "parent", "grandmother",
        "grandfather", "uncle", "aunt", "cousin", "widow", "widower", "fiancé", "fiancée", "mom", "dad",
        "fan", "athlete", "star", "veteran", "rookie", "nurse", "doctor", "physician", "surgeon", "dentist",
        "student", "pupil", "staff", "colleague", "client", "patient", "victim", "survivor", "witness",
        "suspect", "defendant", "plaintiff", "juror", "jury", "bench", "detective", "soldier", "pilot", "crew",
        "tenant", "landlord", "host", "anchor", "narrator", "actor", "actress", "chef", "priest", "pastor",
        "rabbi", "imam", "bishop", "archbishop", "cleric", "monk", "nun", "volunteer", "donor", "agent",
        "clerk", "cashier", "waiter", "waitress", "fisherman", "crowd", "audience", "public", "electorate",
        "side", "opponent", "proponent", "constituent", "dissident", "respondent", "correspondent",
        "superintendent", "recipient", "alderman", "alderwoman", "councilman", "councilwoman", "delegate",
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "no-one", "each",
        "both", "either", "neither", "all", "few", "most", "another", "insider", "colleagues", "police",
        "guard", "deputy", "trustee", "employee", "nominee", "appointee", "retiree", "detainee", "refugee",
        "attendee", "referee", "trainee", "coach", "team", "squad", "club", "user", "owner",
        "foe", "mogul", "tycoon", "magnate", "heavyweight", "ally", "rival", "advocate", "operative", "surrogate",
        "folks", "couple", "graduate", "sophomore", "conservative", "progressive", "liberal", "moderate",
        "democrat", "republican", "independent", "superdelegate", "scholar", "justice", "architect",
        "community", "panel", "forum", "force", "town", "city", "country", "nation", "village", "church",
        "tribe", "household", "delegation", "regime", "cabinet", "camp", "faction", "caucus", "coalition",
        "share", "proportion", "percentage", "average", "majority", "consensus", "intelligence",
        "defence", "defense", "prosecution", "pair", "duo", "trio", "twin", "bride", "groom", "spouse",
        "girlfriend", "boyfriend", "fiance", "fiancee", "mum", "grandson", "granddaughter", "nephew", "niece",
        "sibling", "toddler", "infant", "teen", "youth", "adult", "elder", "orphan", "newlywed", "kin", "heir",
        "heiress", "widow", "landlady", "guest", "pilgrim", "peer", "counterpart", "expert", "pundit", "critic",
        "poet", "celebrity", "band", "legend", "hero", "heroine", "champion", "favourite", "favorite",
        "underdog", "hopeful", "incumbent", "novice", "intern", "apprentice", "cadet", "recruit", "colonel",
        "marshal", "medic", "paramedic", "consul", "emissary", "cardinal", "dean", "principal", "monarch",
        "king", "queen", "local", "watchdog", "patron", "shopper", "buyer", "commuter", "passenger", "visitor",
        # (sport, court and the institutions that speak through a spokesperson)
        "quarterback", "goalie", "umpire", "jockey", "caddie", "forward", "substitute",
        "goalkeeper", "striker", "defender", "midfielder", "teacher", "farmer", "engineer", "firefighter",
        "pharmacist", "treasurer", "recorder", "auditor", "assessor", "comptroller", "sergeant",
        "winger", "scorer", "goalscorer", "inmate", "convict", "prisoner", "bailiff",
        # (positions in rugby and baseball, and the bar, capitalised before a name: "Flanker Josh Ruiz",
        # "Batter Aaron Cole", "Barrister Ana Khan"; fixT55a)
        "flanker", "batter", "pitcher", "fullback", "barrister",
        "accused", "cop", "officer", "hospital", "clinic", "charity", "trust", "museum", "gallery", "library",
        "prison", "navy", "army", "military", "tribunal", "school", "college", "university", "airline",
        "bank", "insurer", "retailer", "carrier", "network", "newspaper", "magazine", "broadcaster",
        # (a trade that copy writes capitalised before a name, a firm's too: "Promoter Live Nation said")
        "promoter",
        "old",  # (the last part of an age: "the 34-year-old", "a six-month-old")
        # (occupations that copy writes capitalised before a full name: "Novelist Anna Bell")
        "novelist", "photographer", "journalist", "curator", "historian", "moderator", "writer", "author",
        "singer", "songwriter", "designer", "producer", "commentator",
        "publisher", "pollster", "strategist", "lobbyist", "physicist", "biologist",
        "guitarist", "bassist", "drummer", "pianist", "violinist", "cellist", "composer", "painter", "sculptor",
        "playwright", "filmmaker", "rapper", "comedian", "presenter", "blogger", "columnist",
        # (trades that copy writes before a full name: "Aid worker Fiona Gallagher", "Union activist Tom Berg")
        "worker", "activist", "mechanic", "plumber", "electrician", "carpenter", "librarian", "janitor",
        "miner", "welder", "technician", "campaigner", "protester", "protestor",
        # (and the trades copy writes before a given name the lists lack: "Foreman Gideon Sallow")
        "supervisor", "foreman", "forewoman", "caretaker", "lifeguard", "midwife",
        # (trades in -ant and -ent, which given names end in too: "Consultant Peter Lindqvist")
        "consultant", "accountant", "attendant", "merchant", "servant",
        # (the market's people: "a Hong Kong trader", "one London broker")
        "trader", "dealer", "broker", "banker", "investor",
        # (more trades copy writes capitalised before a full name, none a common given name or surname:
        # "Forecaster Gerry Murphy", "Publican Sean Kelly", "Solicitor Ann Doyle"; fixQ57a)
        "forecaster", "meteorologist", "publican", "solicitor", "shopkeeper", "lecturer", "undertaker",
        "auctioneer", "veterinarian", "optician", "hairdresser", "beautician", "jeweller", "jeweler",
        "restaurateur", "hotelier", "vintner", "winemaker", "distiller", "newsagent", "postman", "postwoman",
        "childminder", "counsellor", "counselor", "therapist", "psychologist", "psychiatrist", "physiotherapist",
        "radiographer", "surveyor", "harbourmaster", "harbormaster", "trawlerman", "ferryman", "boatman",
    )
    #: Nouns of :attr:`PERSON_NOUNS` for many people at once (``the crowd``, ``the family``): a
    #: pronoun for one person (``she``) never refers to them.
    COLLECTIVE_NOUNS: ClassVar[tuple[str, ...]] = (
        "family", "crew", "staff", "jury", "crowd", "men", "women", "club", "audience", "public", "electorate",
        "side", "team", "squad", "folks", "couple", "community", "panel", "forum", "force", "town", "city",
        "country", "nation", "village", "church", "tribe", "household", "delegation", "regime", "cabinet", "camp",
        "faction", "caucus", "coalition", "share", "proportion", "percentage", "average", "majority", "consensus",
        "intelligence", "police", "colleagues", "all", "both", "few", "most", "each", "either", "neither", "another",
        "defence", "defense", "prosecution", "pair", "duo", "trio", "band", "locals",
    )
    #: Endings of lower-case nouns for people (``economist``, ``historian``, ``lawmaker``,
    #: ``inspector``, ``consultant``): a head so ended may name a speaker.
    PERSON_SUFFIXES: ClassVar[tuple[str, ...]] = (
        "ist", "ian", "er", "or", "eer", "ant", "ess", "surgeon", "man", "men", "woman", "women",
        "mate", "friend", "year-old", "-elect", "-in-law", "-in-chief",
    )
    #: Lower-case nouns with one of :attr:`PERSON_SUFFIXES` that name no one (``in a manner Auditor Ana
    #: Ruiz slammed as``: ``manner`` is a thing, as ``matter``, ``quarter``, ``sector``, ``climate``,
    #: ``business`` are): never a speaker's head by their ending.  Empty in the packs.
    #:
    #: .. versionadded:: 0.2
    NOT_PERSON_NOUNS: ClassVar[tuple[str, ...]] = (
        "manner", "matter", "water", "order", "paper", "corner", "border", "summer", "winter",
        "weather", "chapter", "quarter", "banner", "dinner", "cancer", "danger", "river", "tower", "shelter",
        "barrier", "finger", "center", "theater", "computer", "container", "cluster", "filter", "register",
        "semester", "disaster", "character", "parameter", "error", "mirror", "factor", "sector", "floor", "color",
        "colour", "labor", "honor", "favor", "behavior", "motor", "terror", "horror", "tractor", "reactor",
        "indicator", "generator", "elevator", "plant", "restaurant", "grant", "variant", "climate",
        "stalemate", "business", "progress", "address", "access", "success", "excess", "congress",
        "fortress", "mattress", "illness", "fitness", "darkness", "weakness", "awareness", "checklist", "playlist",
        "shortlist", "blacklist",
    )
    #: Whether a source after :attr:`ACCORDING_TO` with no comma is followed by the verb of the
    #: reported clause (German ``Laut Ministerin Anna Schmidt wird das Stadion ...``): the source is
    #: then the article and capitalised words after the cue, and the clause starts at the next word.
    VERB_AFTER_SOURCE: ClassVar[bool] = False
    #: ``(verb form, particle)`` of separable verbs whose particle closes the clause that the
    #: verb opens (German ``teilte am Montag mit, dass ...``, ``gab ... bekannt``): after the verb
    #: (one of :attr:`SPEECH_VERBS`), up to :attr:`MAX_SEPARATED_WORDS` words and the particle,
    #: the reported clause follows as after a verb of :attr:`BARE_VERBS`.  Empty in English.
    SEPARABLE_VERBS: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: ``(verb form, particle)`` of cues that are speech with or without a particle closing their
    #: clause (German ``sagte``, and ``sagte als Zeuge aus, er habe ...``, of ``aussagen``): when
    #: the particle closes the clause as after one of :attr:`SEPARABLE_VERBS`, the reported clause
    #: follows it; else the verb reads as a cue alone.  Empty in English.
    #:
    #: .. versionadded:: 0.2
    OPTIONAL_PARTICLE_VERBS: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: Prepositions that put the person spoken to between an inverted verb and its subject
    #: (Spanish ``«...», aseguró a Efe la portavoz``): the subject follows that person.  Empty in
    #: English (``told``/``to`` follow the subject there).
    RECIPIENT_WORDS: ClassVar[tuple[str, ...]] = ()
    #: Articles of the case of the one spoken to, which never open a subject (German ``„...“,
    #: sagte dem Minister Karl Weber der Bürgermeister``): a phrase after an inverted verb that
    #: opens with one is the one told, as after :attr:`RECIPIENT_WORDS`.  Empty in English.
    #: (versionadded 0.2)
    RECIPIENT_DETERMINERS: ClassVar[tuple[str, ...]] = ()
    #: Free relative pronouns that open a clause with a naming verb or a cue of its own (``Cole is
    #: what some have called "a reluctant hero"``, ``In what he called "a betrayal"``): that
    #: clause's subject speaks the quotation, never the sentence's (``DirectQuotes.free_relative_start``).
    #: Empty in the language packs (French ``ce que``: not measured).  (versionadded 0.2)
    FREE_RELATIVES: ClassVar[tuple[str, ...]] = ("what",)
    #: Phrases that may stand between an inverted verb and its subject after a quotation, as an
    #: adverb may (French ``« ... », estime pour sa part Jean Dupont``, Spanish ``«...», aseguró
    #: por su parte el ministro``): the subject follows them.  Empty in English, where the subject
    #: comes first (``for his part`` follows the verb set off by commas).
    CUE_ASIDES: ClassVar[tuple[str, ...]] = ()
    MAX_SEPARATED_WORDS: ClassVar[int] = 8
    #: Relative pronouns that, after a separable verb's particle and a comma and before a word in
    #: lower case, open a clause about the verb's object (German ``kündigte eine Prüfung an, die
    #: bis Juni dauern soll``): no reported clause then.  Empty in English.
    PARTICLE_RELATIVES: ClassVar[tuple[str, ...]] = ()
    #: Lower-case nouns for documents that speak for their authors (``the complaint said``,
    #: ``the ruling states``): they may head a speaker's phrase too.
    #: Verb forms whose subject receives or comes upon the document they take as object (``Workers
    #: got a letter saying ...``): the document speaks for someone not named, never that subject.
    #: After any other verb the subject is taken for the author, as before (``issued a statement
    #: saying``).  Only verbs of getting hold of a document: one that may voice it (``read``,
    #: ``read out``) or only perceive it (``see``, ``open``), and a word that goes with many verbs
    #: (``came``, ``upon``), are left out.  Empty (the rule is off) for a language that does not
    #: list them.
    RECEIVING_VERBS: ClassVar[tuple[str, ...]] = (
        "get", "gets", "got", "gotten", "getting", "receive", "receives", "received", "receiving", "find", "finds",
        "found", "finding", "obtain", "obtains", "obtained", "discover", "discovers", "discovered", "notice",
        "notices", "noticed", "spot", "spots", "spotted", "across",
    )
    #: Indefinite and demonstrative pronouns that a speech verb takes as its object, so that it
    #: reports nothing when a comma, the sentence's end or a preposition with no clause follows
    #: them (``The car, the driver said nothing, hit a tree``, ``said little about the plan``,
    #: ``said this at a briefing on Monday``; ``said nothing had changed``, ``said this would
    #: fail`` report): :meth:`~newsparse.quotes.reported.ReportedSpeech.indefinite_object`.
    #: Empty (the rule is off) in a pack that lists none.
    #:
    #: .. versionadded:: 0.2
    #: .. versionchanged:: 0.2 the demonstratives ``this``, ``that``, ``so`` (fixQ59b).
    INDEFINITE_OBJECTS: ClassVar[tuple[str, ...]] = (
        "nothing", "little", "much", "something", "anything", "less", "more", "this", "that", "so",
    )
    #: Those of :attr:`INDEFINITE_OBJECTS` that are the cue's object before a comma or a colon too
    #: (``The car, the driver said nothing, hit a tree``); the others there open reported words
    #: as their subject (``Officials said more, including children, were trapped``, ``said
    #: little, if anything, would change``, ``said more: the city would ...``).
    #:
    #: .. versionadded:: 0.2
    INDEFINITE_OBJECTS_BEFORE_COMMA: ClassVar[tuple[str, ...]] = ("nothing",)
    #: Nouns that a speech verb takes as a thing said, not as reported words (``Ana Ruiz said a
    #: prayer for the victims``, ``said the rosary``): after a determiner, with nothing or a
    #: preposition after them, the verb reports nothing (``said a prayer would not help`` does).
    #: An optional determiner and at most :attr:`MAX_OBJECT_MODIFIERS` words may open the object
    #: (``said grace before``, ``said a quick prayer``, ``said a few words at``).
    NON_SPEECH_OBJECTS: ClassVar[tuple[str, ...]] = (
        "prayer", "prayers", "grace", "goodbye", "goodbyes", "farewell", "farewells", "mass", "rosary", "vows",
        "hello", "amen", "blessing", "eulogy", "kaddish", "oath", "words", "sorry",
    )
    #: A broker's or agency's verdict nouns, which a speech verb takes as its object, as it takes
    #: one of :attr:`NON_SPEECH_OBJECTS`, when one of :attr:`RATING_TERMS` stands right before
    #: them (``maintained an "outperform" call on the stock``, ``reiterated its buy rating on
    #: Acme``, ``repeated its "neutral" recommendation``): the rating, often in quotation marks,
    #: is no one's words (``ReportedSpeech.rating_object``; ``said Trump's call to ban ... bears
    #: ...`` and ``said its rating of B-1 remained appropriate`` are reported).  Each language
    #: pack lists its own.
    #:
    #: .. versionadded:: 0.2 (fixQ65)
    RATING_OBJECTS: ClassVar[tuple[str, ...]] = ("call", "rating", "ratings", "recommendation", "stance")
    #: A broker's ratings (lower case), read before one of :attr:`RATING_OBJECTS`.
    #:
    #: .. versionadded:: 0.2 (fixQ65)
    RATING_TERMS: ClassVar[tuple[str, ...]] = (
        "outperform", "underperform", "overweight", "underweight", "buy", "sell", "hold", "neutral",
        "accumulate", "reduce", "equal-weight", "market-perform", "strong-buy",
    )
    #: Things told: the object of a verb of :attr:`OBJECT_VERBS` that is what was told, not the
    #: one told, so that no reported clause follows it without ``that`` (``told the story the way
    #: he always told it``, ``told the truth on Monday``; ``told the court the plan was dead``
    #: reports).  Empty (the rule is off) for a language whose object verbs take no such noun.
    #:
    #: .. versionadded:: 0.2
    TOLD_THINGS: ClassVar[tuple[str, ...]] = (
        "story", "stories", "truth", "truths", "lie", "lies", "joke", "jokes", "tale", "tales", "anecdote",
        "anecdotes", "secret", "secrets", "fib", "fibs",
    )
    #: Prepositions that open what a thing of :attr:`TOLD_THINGS` tells, right after it: the words
    #: are reported (``told stories of how both girls ...``, ``told the truth about the deal``).
    #:
    #: .. versionadded:: 0.2
    TOLD_TOPIC_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("of", "about")
    #: The verbs whose object may be one of :attr:`ACT_OBJECTS` (not ``predicted an overwhelming
    #: victory``, which reports a prediction).
    #:
    #: .. versionadded:: 0.2
    ACT_VERBS: ClassVar[tuple[str, ...]] = ("declare", "declares", "declared", "declaring", "proclaim", "proclaims", "proclaimed")
    #: Acts a verb of :attr:`ACT_VERBS` performs on its object right after it, read as
    #: :attr:`NON_SPEECH_OBJECTS` are but only there (``declared a state of emergency``, ``declared
    #: victory``, ``declared war on ...``; ``said the state of the roads was poor`` reports a clause,
    #: and words before a cue, ``Clinton's victory in New York ..., according to CNN``, are reported
    #: whatever their noun).
    #:
    #: .. versionadded:: 0.2
    ACT_OBJECTS: ClassVar[tuple[str, ...]] = (
        "state", "emergency", "war", "victory", "curfew", "bankruptcy", "ceasefire", "truce", "independence",
        "moratorium",
    )
    #: Forms of ``answer``: its object right after it is a thing answered, no reported words, when
    #: it is one of :attr:`ANSWERED_OBJECTS` read as :attr:`NON_SPEECH_OBJECTS` are (``as they
    #: answered questions and assured the crowd ...``, ``answered the phone``; ``answered that the
    #: levy was fair`` and ``answered, "..."`` report words).
    #:
    #: .. versionadded:: 0.2
    ANSWER_VERBS: ClassVar[tuple[str, ...]] = ("answer", "answers", "answered", "answering")
    #: Things answered (:attr:`ANSWER_VERBS`).
    #:
    #: .. versionadded:: 0.2
    ANSWERED_OBJECTS: ClassVar[tuple[str, ...]] = (
        "question", "questions", "query", "queries", "call", "calls", "phone", "door", "criticism", "critics",
        "charge", "charges", "letter", "letters", "email", "emails", "summons", "survey", "questionnaire",
    )
    #: Words that may follow one of :attr:`NON_SPEECH_OBJECTS` when it is the verb's object: prepositions
    #: (``a prayer for the victims``, ``a few words at the funeral``); any other word after it opens
    #: reported words (``a prayer would not help``, ``the words of the law were clear``).
    NON_SPEECH_FOLLOWERS: ClassVar[tuple[str, ...]] = (
        "for", "to", "at", "before", "after", "during", "with", "in", "on", "over", "as", "and", "from", "of",
    )
    #: Forms of a speech verb and a particle that together make a verb of another sense, no cue
    #: (``She shrugged off the criticism``, ``laughed off the question``, ``wrote off the debt``,
    #: ``told off the boy``; but ``"...," she shrugged.``), each ``"verb particle"``.
    NOT_SPEECH_PHRASALS: ClassVar[tuple[str, ...]] = tuple(
        f"{form} {particle}"
        for verbs, particle in (
            (speech_verbs.inflect(("shrug", "laugh", "write", "tell", "wave")), "off"),
            (speech_verbs.inflect(("add",)), "up"),
            (speech_verbs.inflect(("shout",)), "down"),
        )
        for form in verbs
    )
    #: Forms of verbs of a gesture or a sound that are no words (``shrugged``, ``laughed``,
    #: ``sighed``): a cue for a quotation in marks (``"...," he shrugged.``), never for reported
    #: words without marks (``When I put this to him, he shrugged.``: what he did, no report).
    #: Empty turns the rule off.
    #:
    #: .. versionadded:: 0.2 (fixQ60b)
    GESTURE_CUES: ClassVar[tuple[str, ...]] = speech_verbs.inflect(
        ("shrug", "laugh", "sigh", "beam", "smile", "grin", "nod", "chuckle", "wink", "frown", "scoff")
    )
    #: Words at most between the determiner and one of :attr:`NON_SPEECH_OBJECTS` (``a quick prayer``).
    MAX_OBJECT_MODIFIERS: ClassVar[int] = 2
    #: Verbs whose object is the one who spoke, in a participle after it (``Berg recalled Ana
    #: Ruiz saying: "..."``, ``remembered his father telling him``, ``heard the mayor saying``): the
    #: object speaks the quotation, not the sentence's subject (``Ortiz opened the debate saying``,
    #: ``Ortiz interrupted Berg saying``: the subject).  Empty (the rule is off) for a language that
    #: does not list them.
    RECALLING_VERBS: ClassVar[tuple[str, ...]] = (
        "recall", "recalls", "recalled", "recalling", "remember", "remembers", "remembered", "remembering",
        "quote", "quotes", "quoted", "quoting", "hear", "hears", "heard", "hearing", "overheard", "recount",
        "recounts", "recounted", "recounting",
    )
    #: Infinitive cues that after one of :attr:`CAUSATIVE_VERBS` report a belief, not words said
    #: (``led his audience to believe ...``): no one is made to speak.
    CAUSED_THOUGHT_CUES: ClassVar[tuple[str, ...]] = ("believe", "think", "wonder", "reckon", "estimate", "suspect")
    #: Verbs that make their object speak, before the object and an infinitive cue (``The vote
    #: prompted Ana Ruiz to say: "..."``, ``led the mayor to declare that "..."``, passive: ``Ruiz
    #: was prompted to say``): the object (or the passive's subject) speaks, not the sentence's
    #: subject.  Empty (the rule is off) for a language that does not list them.
    CAUSATIVE_VERBS: ClassVar[tuple[str, ...]] = (
        "prompt", "prompts", "prompted", "prompting", "lead", "leads", "led", "leading", "force", "forces",
        "forced", "forcing", "spur", "spurs", "spurred", "spurring", "compel", "compels", "compelled",
        "compelling", "cause", "causes", "caused", "causing",
    )
    #: Plural nouns for counts that, like :attr:`DOCUMENT_NOUNS`, may be a source's document with
    #: its origin after it (``according to figures from the health department``:
    #: :meth:`~newsparse.quotes.QuoteParser.document_from_source`); never a speaker alone.
    COUNT_NOUNS: ClassVar[tuple[str, ...]] = ("figures", "statistics", "estimates", "numbers")
    #: Nouns for talks with people that, as the source of an ``according to`` that closes a
    #: sentence, run on over one of :attr:`CONVERSATION_LINKS` to the people talked with
    #: (``according to interviews with a dozen council members``: never ``interviews`` alone;
    #: :meth:`~newsparse.quotes.QuoteParser.document_from_source`).  Empty: off.
    #:
    #: .. versionadded:: 0.2
    CONVERSATION_NOUNS: ClassVar[tuple[str, ...]] = (
        "interview", "interviews", "conversation", "conversations", "discussions",
    )
    #: The words that join a noun of :attr:`CONVERSATION_NOUNS` to the people talked with
    #: (``interviews with``), in any case.
    #:
    #: .. versionadded:: 0.2
    CONVERSATION_LINKS: ClassVar[tuple[str, ...]] = ("with",)
    #: Nouns in lower case for a public body that the shared vocabulary's organisation words lack
    #: (``The regulator published its report. It says ...``): with those words, what a thing
    #: pronoun after a sentence that opens with ``The`` and one of them stands for
    #: (``SpeakerResolution.opening_body``).
    #:
    #: .. versionadded:: 0.2 (fixQ65)
    BODY_NOUNS: ClassVar[tuple[str, ...]] = ("regulator", "watchdog", "ombudsman", "inspectorate", "tribunal")
    #: Nouns in lower case for places and natural things, which never speak (``The river rose two
    #: metres overnight. It said ...``: not the river): a sentence that opens with ``The`` and one
    #: of them names no body (``SpeakerResolution.opening_body``), though some are organisation
    #: words of the vocabulary, to tell a place's name from a person's (``Hudson River``).
    #:
    #: .. versionadded:: 0.2 (fixQ68)
    SPEECHLESS_NOUNS: ClassVar[tuple[str, ...]] = (
        "river", "sea", "ocean", "lake", "bay", "gulf", "strait", "coast", "valley", "island", "islands",
        "mountains", "mountain", "peninsula", "desert", "canal", "bridge", "road", "street", "avenue", "square",
        "park", "storm", "fire", "wildfire", "blaze", "flood", "floods", "hurricane", "typhoon", "cyclone",
        "tornado", "earthquake", "quake", "volcano", "tide", "wind", "rain", "snow", "drought", "heatwave",
    )
    #: Nouns in lower case, besides :attr:`FINDING_SUBJECTS`, of a document that says what it holds
    #: (``The statement said ...``, ``The ruling said ...``): a sentence before a thing pronoun that
    #: opens with a new one as its subject (``A report published on Tuesday found that ... It said
    #: ...``) has the pronoun stand for the document, not for the last speaker
    #: (``SpeakerResolution.document_subject``).  (Not ``paper``: a newspaper as often.)
    #:
    #: .. versionadded:: 0.2 (fixQ68)
    SPEAKING_DOCUMENTS: ClassVar[tuple[str, ...]] = (
        "statement", "ruling", "letter", "memo", "filing", "complaint", "lawsuit", "indictment",
        "judgment", "document", "assessment", "evaluation",
    )  # (not "plan", "proposal", "notice": documents that say nothing themselves; rvq68)
    #: Documents that say nothing themselves but speak for the author a sentence names after one
    #: of :attr:`AGENT_WORDS` or :attr:`DOCUMENT_SOURCE_WORDS` (``A plan put forward by the finance
    #: ministry ... It said ...``: the ministry); with no author named, ``it`` stays as written
    #: (``SpeakerResolution.document_author``).
    #:
    #: .. versionadded:: 0.2 (fixQ69)
    AUTHORED_DOCUMENTS: ClassVar[tuple[str, ...]] = ("plan", "proposal", "notice", "draft", "blueprint")
    #: Words after a document's noun that name who it comes from, as :attr:`AGENT_WORDS` do (``A
    #: letter from the Bank of England ...``).
    #:
    #: .. versionadded:: 0.2 (fixQ69)
    DOCUMENT_SOURCE_WORDS: ClassVar[tuple[str, ...]] = ("from",)
    #: Particles of a phrasal participle between a document's noun and its agent (``put forward
    #: by``, ``drawn up by``, ``sent out by``).
    #:
    #: .. versionadded:: 0.2 (fixQ69)
    PARTICIPLE_PARTICLES: ClassVar[tuple[str, ...]] = ("forward", "up", "out", "together", "down")
    #: How many words in lower case may stand between a determiner and a noun of
    #: :attr:`SPEAKING_DOCUMENTS` or :attr:`FINDING_SUBJECTS` that a sentence opens with
    #: (``A new independent report ...``).
    #:
    #: .. versionadded:: 0.2 (fixQ68)
    DOCUMENT_MODIFIER_REACH: ClassVar[int] = 2
    #: How many words before a document object are read for one of :attr:`RECEIVING_VERBS`
    #: (``received an email``, ``got a new letter``, ``came across a memo``).
    RECEIVING_REACH: ClassVar[int] = 2
    DOCUMENT_NOUNS: ClassVar[tuple[str, ...]] = (
        "statement", "complaint", "lawsuit", "suit", "filing", "indictment", "memo", "memorandum", "letter",
        "ruling", "verdict", "decision", "judgment", "opinion", "affidavit", "document", "record", "release",
        "report", "study", "survey", "poll", "analysis", "audit", "review", "notice", "data", "census",
        "forecast", "guidance", "motion", "petition", "charge", "charges", "warrant", "order", "agreement",
        "contract", "policy", "plan", "proposal", "bill", "law", "rule", "regulation", "message", "email",
        "post", "tweet", "website", "ad", "advert", "advertisement", "summary", "transcript", "note",
        "piece", "clip", "story", "column", "editorial", "article", "passage", "headline", "caption", "photo",
        "version", "slide", "ranking", "quiz", "account", "footage", "video", "film", "documentary", "book",
        "memoir", "essay", "blog", "page", "broadcast", "episode", "investigation", "probe", "inquiry",
        "findings", "results", "testimony", "interview", "constitution", "deal", "treaty", "platform", "leaflet",
        "brochure", "pamphlet", "manifesto", "bulletin", "label", "menu", "script",
        # (what is put up or played for all to read or hear: '"...," a banner over the gate reads')
        "sign", "banner", "placard", "billboard", "plaque", "poster", "inscription", "voice-over", "voiceover",
    )
    #: Nouns for what a person said or wrote, which speak for their owner (``Ortiz's response
    #: was: "..."``, ``Lee's letter said ...``; not ``Lee's decision``, ``Lee's plan``):
    #: :meth:`SpeakerGrammar.owned_document`.
    UTTERANCE_NOUNS: ClassVar[tuple[str, ...]] = (
        "response", "reply", "answer", "remarks", "comment", "comments", "words", "speech", "retort",
        "statement", "letter", "memo", "email", "message", "note", "post", "tweet", "website", "blog",
        "column", "essay", "book", "memoir", "testimony", "affidavit", "filing", "complaint", "lawsuit",
        "op-ed", "article",
    )
    #: Words that may open the clause after a verb that takes no ``that``.
    CLAUSE_OPENERS: ClassVar[tuple[str, ...]] = (
        "he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "a", "an",
        "his", "her", "its", "their", "our", "my", "your", "some", "many", "all", "no", "most", "any",
        "more", "both", "each", "every", "such", "one", "two", "only", "if", "nothing", "everything",
    )
    #: Pronouns that open the clause after such a verb only with a verb within
    #: :attr:`OBJECT_PRONOUN_LOOKAHEAD` words behind them (``said nothing has changed``); else
    #: they are the verb's object (``said nothing about the vote``), and nothing is reported.
    OBJECT_PRONOUNS: ClassVar[tuple[str, ...]] = ("nothing", "everything", "something", "anything", "little", "much")
    OBJECT_PRONOUN_LOOKAHEAD: ClassVar[int] = 8
    #: Personal pronouns in the object case only (never a clause's subject): a word in lower case
    #: right before one of them, after the clause's first word, is a transitive verb when no
    #: grammar word stands there and the pronoun closes the clause or a grammar word or an adverb
    #: follows it (``said the guards beat her``, ``said the men hurt them badly``; not ``said a
    #: prayer for her``; ``ReportedSpeech.verb_before_object``).
    #:
    #: .. versionadded:: 0.2
    VERB_OBJECT_PRONOUNS: ClassVar[tuple[str, ...]] = ("him", "her", "them", "us", "me")
    #: Pronouns for an unnamed person that open the clause after such a verb when a verb follows
    #: within :attr:`LONG_SUBJECT_LOOKAHEAD` words, however long the phrase that describes them
    #: (``said anyone without proof of vaccination should get a shot``).
    INDEFINITE_SUBJECTS: ClassVar[tuple[str, ...]] = (
        "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody",
    )
    #: Pronouns for one unnamed person that may speak, in lower case (``Then someone shouted,
    #: "Resign now," Tom Berg said``: the words are the one who shouted, as written; never the
    #: person who tells of it), a whole speaker's phrase like one of :attr:`PRONOUNS` but
    #: resolved to no one named.
    #:
    #: .. versionadded:: 0.2
    INDEFINITE_SPEAKERS: ClassVar[tuple[str, ...]] = ("someone", "somebody")
    #: How many words after a bare noun that opens the words may come before their verb
    #: (``said rural deliveries grew fastest``) for the noun to open a clause.
    BARE_NOUN_LOOKAHEAD: ClassVar[int] = 4
    #: The fewest letters before :attr:`GERUND_SUFFIX` in a participle that sets off the
    #: reporter's phrase after an attribution (``..., officials said, citing ...``;
    #: ``ReportedSpeech.adjunct_participle``, ``..., the company said, using figures from ...``):
    #: ``king``, ``ring`` are too short to be one.
    #:
    #: .. versionadded:: 0.2
    MIN_PARTICIPLE_STEM: ClassVar[int] = 2
    #: How many words after such a participle are read for a finite verb that makes it a
    #: clause's subject instead (``..., she added, revoking clearances would be rare``: the
    #: words go on after the attribution).
    #:
    #: .. versionadded:: 0.2
    ADJUNCT_VERB_LOOKAHEAD: ClassVar[int] = 3
    #: Prepositions that open the reporter's setting after an attribution closing reported
    #: words, a comma (maybe a day) between (``..., the company said on Tuesday, during a call with
    #: analysts.``, ``..., she said Friday, in a statement to the exchange.``): the words before are
    #: what was said, unless a finite verb stands among the :attr:`ADJUNCT_SETTING_WORDS` words
    #: after the preposition (a clause).
    #:
    #: .. versionadded:: 0.2
    ADJUNCT_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("during", "in", "at", "on", "after", "before", "ahead", "amid")
    #: How many words after one of :attr:`ADJUNCT_PREPOSITIONS` are read for a finite verb.
    #:
    #: .. versionadded:: 0.2
    ADJUNCT_SETTING_WORDS: ClassVar[int] = 6
    #: Conjunctions that open the reporter's participle clause right after a closing attribution,
    #: a comma or a day maybe between (``..., said the mayor while visiting the harbour.``, ``...,
    #: Ana Ortiz said Tuesday, before leaving for Rome.``): a participle in ``GERUND_SUFFIX`` that is
    #: none of ``PARTICIPLES`` (``while adding that ...`` is speech of its own) must follow.
    #:
    #: .. versionadded:: 0.2
    ADJUNCT_CONJUNCTIONS: ClassVar[tuple[str, ...]] = ("while", "when", "after", "before", "since", "upon")
    #: How many words after a participle in :attr:`GERUND_SUFFIX` (``said having the mayor on side
    #: is a positive development``) or after a noun and one of its links (``members of the Supreme
    #: Court shouldn't ...``) may come before the clause's verb.
    LONG_SUBJECT_LOOKAHEAD: ClassVar[int] = 8
    #: The most letters after the first of an acronym in brackets that may follow an inverted
    #: speaker before the sentence ends (``..., said the National Statistics Institute (INE).``).
    #:
    #: .. versionadded:: 0.2
    MAX_ACRONYM_LETTERS: ClassVar[int] = 9
    #: How many nouns in lower case may follow the first word of a bare noun phrase before the link
    #: of its post-modifier (``said test runs on the northern section would begin``: ``runs``,
    #: then ``on``; ``ReportedSpeech.compound_before_link``).
    #:
    #: .. versionadded:: 0.2
    MAX_COMPOUND_WORDS: ClassVar[int] = 2
    #: How many parts of a description set off by commas, in lower case, may stand between a name
    #: that ends reported words and its closing cue (``..., Chad Hawk, vice president of PMG, a
    #: grading company told Fox.``: the name speaks; ``ReportedSpeech.name_before_description``).
    MAX_DESCRIPTION_PARTS: ClassVar[int] = 2
    #: Adverbs of frequency that stand right before a verb in the present (``said younger people
    #: often move away``): within :attr:`BARE_NOUN_LOOKAHEAD` words of a bare noun, one of them
    #: and a lower-case word after it show that the noun opens a clause, when no comma stands
    #: between the cue and the noun (``claims, prosecutors rarely pursue ...`` is a list of
    #: reasons, no speech).  (versionadded 0.2)
    FREQUENCY_ADVERBS: ClassVar[tuple[str, ...]] = (
        "often", "usually", "always", "never", "rarely", "seldom", "sometimes",
    )
    #: Adverbs that count how many times something was done (``asked twice by reporters``), which
    #: :attr:`ADVERBS` and the adverb ending (``-ly``) do not cover: an aside's question verb may
    #: stand before them and its agent (``Ortiz, asked twice by journalists whether she would
    #: resign, said ...``: :meth:`~newsparse.quotes.reported.ReportedSpeech.questioned_aside`).
    #:
    #: .. versionadded:: 0.2 (fixQ67b)
    TIMES_ADVERBS: ClassVar[tuple[str, ...]] = ("twice", "thrice")
    #: Verbs that show a bare noun phrase after ``said`` is the subject of a clause.
    CLAUSE_VERBS: ClassVar[tuple[str, ...]] = (
        "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "has",
        "have", "had", "does", "do", "did", "grew", "rose", "fell", "went", "came", "made", "took", "gave",
        "saw", "knew", "got", "left", "began", "became", "kept", "held", "led", "met", "paid", "put", "ran",
        "sold", "sent", "spent", "stood", "won", "lost", "built", "cut", "hit", "set", "found", "brought",
        "bought", "remain", "remains", "need", "needs", "want", "wants",
        # (regular pasts too short for the "-ed" rule of is_verb that are never a passive's
        # participle: "said four climbers died"; not "used", "owed": "notes will be used for")
        "died", "lied",
    )
    #: Finite verbs that are never an adjective nor a participle before a noun: after a word in
    #: ``GERUND_SUFFIX`` they show that word is a noun, the clause's subject (``said, lending fell by a
    #: tenth``, ``said, borrowing has grown``; ``ReportedSpeech.gerund_noun_subject``), where a word of
    #: :attr:`CLAUSE_VERBS` that doubles as a participle does not (``said, citing lost output``,
    #: ``said, seeking paid leave``, ``said, urging cut rates``).  Empty in the packs.
    #:
    #: .. versionadded:: 0.2 (rvq71)
    GERUND_SUBJECT_VERBS: ClassVar[tuple[str, ...]] = (
        "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "has",
        "have", "had", "does", "did", "grew", "rose", "fell", "went", "came", "took", "gave", "began", "became",
        "continues",
        # (not a regular past, "dropped", "eased", nor a plural's spelling, "remains", "needs": "said,
        # citing dropped charges", "said, citing needs of the poor")
    )
    #: Sentence ends that do not end a sentence.
    ABBREVIATIONS: ClassVar[tuple[str, ...]] = (
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "jr",
        "sr", "inc", "corp", "co", "ltd", "no", "vs", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "mt", "ft",
        "ave", "blvd", "rev", "adm", "cmdr", "pres", "ariz", "calif", "colo", "conn", "fla", "ga",
        "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "det", "insp", "supt", "cpl", "pvt", "spc", "maj",
        # titles a desk abbreviates before a name ("said Coun. Shelley Carroll", "Fr. Tom Walsh", "Smt. Sunita
        # Rao", "Hon. Kofi Mensah", "Brig. Gen. Ann Cole", "Engr. Musa Bello"); not those that also close a noun
        # at a sentence's end ("... of the Transport Dep. Police said", "the school Dist.", "the Amb.")
        "coun", "ald", "hon", "rt", "atty", "brig", "cdr", "commr", "fr", "msgr", "smt", "engr", "barr", "adv", "cllr",
    )
    #: Abbreviations that are a title before a name as well as a noun's end (``said Dep. Mayor Ana
    #: Ruiz``, ``Dist. Atty. Tom Berg``, ``said Amb. Ana Ruiz``, ``Const. Maria Lopez said``; but ``... of
    #: the Transport Dep. Police said``, ``a lawyer for the Dept. Tom Berg said``): their point ends no
    #: sentence where the title stands, right after a cue word, another title or an abbreviation, or
    #: as the sentence's or clause's first word (after a sentence end, a quotation mark, a comma or
    #: nothing), before a capitalised word; elsewhere it ends one as a word's point does
    #: (:meth:`~newsparse.quotes.segmentation.Segmentation.title_abbreviation_at`).  Empty in the packs.
    #:
    #: .. versionadded:: 0.2
    NOUN_OR_TITLE_ABBREVIATIONS: ClassVar[tuple[str, ...]] = ("dep", "dept", "dist", "amb", "const", "asst", "cr")
    #: The abbreviations of :attr:`ABBREVIATIONS` that may end a sentence as well: a country's or a
    #: body's (``U.S.``, ``U.K.``, ``U.N.``), a clock's half (``p.m.``) and a company's form
    #: (``Inc.``, ``Corp.``, ``Ltd.``), never a title before a name (``Gen.``, ``Mr.``).  Their
    #: point ends the sentence before a capitalised determiner (not an indefinite one) or pronoun with a word in lower
    #: case after it (``... in the U.S. The rise was ...``, ``... by 8 p.m. He said``) or a known
    #: given name, a capitalised surname and a word in lower case (``... in the U.S. Tom Berg
    #: said``: :meth:`~newsparse.quotes.segmentation.Segmentation.opens_sentence_after`);
    #: a text in title case (``U.S. And Japan``, ``U.S. The Fed Says``) never shows that shape.
    #: Empty in the packs, whose :attr:`ABBREVIATIONS` are their own.
    #:
    #: .. versionadded:: 0.2
    CLOSING_ABBREVIATIONS: ClassVar[tuple[str, ...]] = ("u.s", "u.n", "u.k", "a.m", "p.m", "inc", "corp", "ltd")
    #: Whether a day's number with a point before a month's name is an ordinal, no sentence's end
    #: (German ``am 3. Oktober``, ``Der 3. Oktober sei ein Feiertag``:
    #: :meth:`~newsparse.quotes.segmentation.Segmentation.ordinal_day_at`).  Off in English, where
    #: a number's point before a month ends a sentence (``... rose by 3. October was ...``).
    #:
    #: .. versionadded:: 0.2
    ORDINAL_DAY_POINTS: ClassVar[bool] = False
    #: The auxiliaries that open a compound cue of :attr:`SPEECH_VERBS` (French ``a``, ``ont``):
    #: one of :attr:`ADVERBS` or :attr:`ASIDE_ADVERBS` may stand between one and its participle (``a
    #: ensuite déclaré``, ``ont aussi affirmé``:
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.adverb_cue_pattern`), and one joined to an
    #: inverted pronoun makes its participle a cue (``Le budget, a-t-il déclaré, était ...``:
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.inverted_participles`).  Empty in English,
    #: whose cue rules read adverbs of their own.
    #:
    #: .. versionadded:: 0.2
    COMPOUND_CUE_AUXILIARIES: ClassVar[tuple[str, ...]] = ()
    #: Endings of a cue's word that make it a plural verb (German ``sagten``: ``en``; French ``ont
    #: déclaré``, ``affirment``: ``ont``, ``ent``; Spanish ``dijeron``, ``afirman``): in a pack
    #: that lists them, a plural head linked to the role of a name set off before such a cue speaks,
    #: never the one person named (``Freunde des Opfers, Paul Young, sagten``:
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.plural_head_by_verb`).  Empty in English,
    #: whose rule reads the head's noun (:attr:`OBJECT_ROLE_LINKS`).
    #:
    #: .. versionadded:: 0.2
    PLURAL_VERB_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: The elided forms of :attr:`OF_WORDS` glued to the next word (French ``d'``, ``d’``): a
    #: speaker's phrase whose last word opens with one ends in the capitalised name after it
    #: (``La télévision d'État a affirmé``, as ``La télévision de l'État``:
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.is_speaker_phrase`).  Empty in English.
    #:
    #: .. versionadded:: 0.2
    ELIDED_OF_WORDS: ClassVar[tuple[str, ...]] = ()
    #: The highest day's number :attr:`ORDINAL_DAY_POINTS` reads as an ordinal.
    #:
    #: .. versionadded:: 0.2
    MAX_ORDINAL_DAY: ClassVar[int] = 31
    #: Endings of a lower-case adjective in the genitive plural between a noun and the noun it
    #: qualifies, in a language that capitalises its nouns (German ``Der Verband kommunaler
    #: Unternehmen``, ``Der Bund deutscher Architekten``): the phrase names a body as written,
    #: its last noun no person (:meth:`~newsparse.quotes.resolution.Resolution.genitive_plural_body`).
    #: Empty in English.
    #:
    #: .. versionadded:: 0.2
    GENITIVE_PLURAL_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: Genitive articles (lower case) that open the source after a phrase of :attr:`ACCORDING_TO`
    #: (German ``Nach Angaben des Ministeriums``, ``laut der Polizei``): the body named without
    #: them (:meth:`~newsparse.quotes.resolution.SpeakerResolution.genitive_source`).  Empty:
    #: English has none.
    #:
    #: .. versionadded:: 0.2 (mendQT66)
    GENITIVE_ARTICLES: ClassVar[tuple[str, ...]] = ()
    #: Of :attr:`GENITIVE_ARTICLES`, those after which a noun takes a genitive ending of
    #: :attr:`GENITIVE_NOUN_ENDINGS`, taken off for the name (``des Ministeriums``: ``Ministerium``).
    #:
    #: .. versionadded:: 0.2 (mendQT66)
    ENDING_GENITIVE_ARTICLES: ClassVar[tuple[str, ...]] = ()
    #: The genitive endings of a noun after one of :attr:`ENDING_GENITIVE_ARTICLES`.
    #:
    #: .. versionadded:: 0.2 (mendQT66)
    GENITIVE_NOUN_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: The abbreviations of :attr:`CLOSING_ABBREVIATIONS` that close a clock time (``8 p.m.``),
    #: which no name goes on after: their point ends the sentence before any capitalised word but
    #: a weekday's or a month's name with a verb of :attr:`CLAUSE_VERBS` after it too (``The polls
    #: close at 8 p.m. Turnout was high``).  Empty in the packs.
    #:
    #: .. versionadded:: 0.2
    CLOCK_ABBREVIATIONS: ClassVar[tuple[str, ...]] = ("a.m", "p.m")
    #: How far before a cue a speaker's phrase may start, and after a quotation its cue.
    PHRASE_WINDOW: ClassVar[int] = 160
    #: Verb forms that take a person as object before what is said (``told reporters that``,
    #: ``asked the council to ...``).
    OBJECT_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.OBJECT)
    #: The most words of the person a verb of :attr:`OBJECT_VERBS` tells before a comma and a
    #: quotation (``told the cheering crowd, "..."``: :meth:`~newsparse.quotes.direct.DirectQuotes.told_before`).
    MAX_TOLD_WORDS: ClassVar[int] = 3
    #: In a language whose articles show the case, the determiners that mark the person a cue of
    #: :attr:`OBJECT_VERBS` tells, each with the endings its noun must have (none: any noun): German
    #: dative ``dem Sender``, ``der Zeitung``, plural ``den Journalisten`` (not ``den Rücktritt``).
    #: Empty: any determiner does (``told the court``), and a lower-case object needs no
    #: :attr:`OBJECT_WORDS` (``told reporters``).
    TOLD_DETERMINERS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = ()
    #: Among :attr:`OBJECT_VERBS`, forms whose subject never follows them: the words after them
    #: are the person told (``"...," Jane Roe, 80, told The Times``), never an inverted speaker.
    UNINVERTED_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.UNINVERTED)
    #: The bare forms of speech verbs: inverted before their subject they take a plural one
    #: (``..., say analysts``), never one person's name (``When the ward has gone quiet, charge
    #: nurse Abena Mensah, 38, gathers her team``: a noun there, no attribution).
    #:
    #: .. versionadded:: 0.2
    PLURAL_INVERTED_FORMS: ClassVar[tuple[str, ...]] = speech_verbs.SPEECH
    #: Words that label a quotation after a colon rather than name its speaker (``Update: "The
    #: road has reopened."``, ``Review: "Midnight Harbor" ...``), unless the article names someone
    #: by the word; a word alone before a colon that is none of these may be a surname (``Ortiz:``).
    LABEL_WORDS: ClassVar[tuple[str, ...]] = (
        "update", "updated", "note", "review", "correction", "clarification", "warning", "verdict", "score",
        "result", "results", "weather", "forecast", "photo", "photos", "video", "watch", "listen", "read",
        "breaking", "exclusive", "analysis", "opinion", "editorial", "commentary", "background", "context",
        "source", "sources", "transcript", "caption", "headline", "title", "motto", "slogan", "sign", "message",
        "text", "quote", "spoiler", "spoilers", "disclaimer", "summary", "lyrics", "alert", "notice", "explainer",
        # the labels of reviews and service pages
        "rating", "ratings", "stars", "traffic", "parking", "price", "prices", "cost", "admission", "tickets",
        "hours", "location", "address", "directions", "access", "menu", "food", "service", "value", "pros", "cons",
        "tip", "tips", "highlights", "bottom", "best", "worst", "overall", "conditions", "status", "delays",
        # the labels of a piece's form over its headline (``Interview: "..."``, ``Podcast: "..."``)
        "interview", "interviews", "feature", "profile", "podcast", "live", "comment", "obituary", "preview",
        "recap", "explained", "essay", "column", "factcheck",
    )
    #: Labels of a link to another story before a colon (``[Read: "Storm hits coast"]``, ``(READ
    #: MORE: "...")``, ``Related: "..."``): a quotation right after one that stands alone up to the
    #: label's bracket or its sentence's end is a cited headline, no one's words
    #: (:meth:`~newsparse.quotes.parser.QuoteParser.cited_link`); a pack reads its vocabulary's
    #: ``RELATED_LABELS`` as well (``Lire aussi``).
    #:
    #: .. versionadded:: 0.2 (fixQ64b)
    LINK_LABELS: ClassVar[tuple[str, ...]] = ("read", "read more", "read also", "also read", "related", "see also")
    #: The most characters of a label of :attr:`LINK_LABELS` before its colon.
    #:
    #: .. versionadded:: 0.2 (fixQ64b)
    MAX_LINK_LABEL_CHARS: ClassVar[int] = 24
    #: Endings of common nouns (``Information:``, ``Entertainment:``): a capitalised word with one
    #: alone before a colon over a quotation is a label, like :attr:`LABEL_WORDS`.
    #: Not ``-ance`` nor ``-ence``, which end given names and surnames too (``Vance``,
    #: ``Lawrence``, ``Florence``).
    LABEL_ENDINGS: ClassVar[tuple[str, ...]] = (
        "tion", "sion", "ment", "ness", "ity", "ics", "ship", "ism",
    )
    #: Words of the first person (``I``, ``we``, ``our``): a quotation after a colon that speaks
    #: with one is someone's words, so the capitalised word before the colon speaks even when it
    #: stands in lower case nearby (``Rice: "We cannot afford it."`` by ``rice prices``); empty
    #: for none.
    FIRST_PERSON_WORDS: ClassVar[tuple[str, ...]] = ("i", "i'm", "i’m", "me", "my", "we", "we're", "we’re", "us", "our")
    #: How many characters around a capitalised word before a colon are searched for the same word
    #: in lower case, a common noun then (``Parking: "..."`` on a page that says ``parking is
    #: free``), so that each search reads a bounded stretch of text.
    LABEL_REACH: ClassVar[int] = 3000
    #: Verb forms that report a question (``asked whether ...``).
    QUESTION_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.QUESTION)
    #: Words that open a reported question.
    QUESTION_WORDS: ClassVar[tuple[str, ...]] = (
        "whether", "if", "why", "how", "what", "when", "where", "who", "whom", "which", "about",
    )
    #: Words among :attr:`QUESTION_WORDS` that name a question's topic, not the question: a
    #: sentence that opens ``Asked about the vote, ...`` reports no words (the answer follows).
    TOPIC_WORDS: ClassVar[tuple[str, ...]] = ("about",)
    #: How many cues after a question's topic :meth:`ReportedSpeech.topic_end` reads for the one that
    #: opens the answer (``questioned about the deal he said ...``): a bound on its work in a sentence
    #: of many cues in relative clauses (``about the men who said ... and the men who said ...``).
    #:
    #: .. versionadded:: 0.2
    MAX_TOPIC_CUES: ClassVar[int] = 4
    #: Marks that may end a name glued to its last capitalised word (``Which?``, ``Yahoo!``): read
    #: as part of the speaker's phrase right before a cue
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.name_with_end_mark`).  Empty: off.
    #:
    #: .. versionadded:: 0.2 (mendQ65)
    NAME_END_MARKS: ClassVar[str] = "?!"
    #: Verbs that make a sentence of a name alone a turn in the talk (``Her deputy, Maria Koval,
    #: agreed.``): a pronoun's quotation in the next sentence is that person's
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.agreeing_subject`).
    #:
    #: .. versionadded:: 0.2 (mendQ65)
    AGREEING_VERBS: ClassVar[tuple[str, ...]] = ("agreed", "disagreed", "concurred", "added", "objected")
    #: Verbs that, after one of :attr:`SCOOP_MODALS`, make a newspaper's formula for its own
    #: story (``the Mail on Sunday can reveal``): no quote
    #: (:meth:`~newsparse.quotes.reported.ReportedSpeech.scoop_claim`).  Empty: off.
    #:
    #: .. versionadded:: 0.2 (mendQ65)
    SCOOP_VERBS: ClassVar[tuple[str, ...]] = ("reveal",)
    #: The modals before :attr:`SCOOP_VERBS` in that formula, in lower case.
    #:
    #: .. versionadded:: 0.2 (mendQ65)
    SCOOP_MODALS: ClassVar[tuple[str, ...]] = ("can",)
    #: Verb forms that, in a raised passive before an infinitive (``is said to``, ``is understood
    #: to``), tell what is said or thought of the subject by no one named: no report of speech,
    #: so no quote (:meth:`~newsparse.quotes.reported.ReportedSpeech.hearsay_passive`).  Empty by
    #: default: such a sentence is an attribution to sources no one names (annotated corpora such as
    #: PolNeAR count it), kept as a quote with no speaker; a subclass that wants no quote for it lists
    #: the forms (:data:`HEARSAY_FORMS`).
    #:
    #: .. versionadded:: 0.2 (mendQ65)
    HEARSAY_PASSIVES: ClassVar[tuple[str, ...]] = ()
    #: Words before a passive question cue that has no subject (``when asked whether ...``).
    QUESTION_OPENERS: ClassVar[tuple[str, ...]] = ("when", "while", "after")
    #: The word that names the doer after a passive (``Asked by reporters whether ...``).
    AGENT_WORDS: ClassVar[tuple[str, ...]] = ("by",)
    #: Words that stand between an article and a person's name to describe the person (``the late
    #: Tom Berg``, ``the jailed Ana Ruiz``): after ``of`` and an article they show that the name
    #: is the one a noun before belongs to (``the widow of the late Tom Berg``), not the speaker.
    NAME_ADJECTIVES: ClassVar[tuple[str, ...]] = (
        "late", "former", "jailed", "imprisoned", "detained", "missing", "slain", "murdered", "deceased", "exiled",
        "ousted", "disgraced",
    )
    #: Verbs that report a death, after a person's name that is their subject (``Margaret Hale
    #: died Sunday``, ``Margaret Hale, who ran the library, dies at 88``), and adjectives before a
    #: name that say the person is dead (``the late Margaret Hale``): of two people who share a
    #: surname, the dead one is not who a bare surname after a cue stands for
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.living_namesake`).  Empty for none.
    #:
    #: .. versionadded:: 0.2
    DEATH_VERBS: ClassVar[tuple[str, ...]] = ("died", "dies")
    DEATH_ADJECTIVES: ClassVar[tuple[str, ...]] = ("late", "deceased")
    #: Auxiliaries that may stand right before one of :attr:`DEATH_VERBS`, after the name or the
    #: aside set off by commas after it (``Harold Finch, a fisherman, has died``).  Empty for none.
    #:
    #: .. versionadded:: 0.2
    DEATH_AUXILIARIES: ClassVar[tuple[str, ...]] = ("has", "had", "have")
    #: Past participles of receiving words rather than making them, before one of
    #: :attr:`AGENT_WORDS` in a speaker's phrase (``documents seen by Reuters``, ``an official
    #: contacted by the BBC``): the agent is not the speaker.
    RECEIVED_PARTICIPLES: ClassVar[tuple[str, ...]] = (
        "seen", "obtained", "reviewed", "viewed", "received", "quoted", "cited", "contacted", "reached",
        "interviewed", "heard", "read", "polled", "surveyed", "questioned",
    )
    #: Negative contractions whose verb is not the word without ``n't``, and negatives written as
    #: one word (``cannot``: ``said prices cannot rise forever``).
    NEGATIONS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("won't", "will"), ("won’t", "will"), ("can't", "can"), ("can’t", "can"), ("cannot", "can"),
    )
    #: Verb forms that name or describe something in someone's words (``called the plan "a
    #: disaster"``, ``described the move as "a betrayal"``).
    NAMING_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.NAMING)
    #: Two-word phrases that name something in someone's words as :attr:`NAMING_VERBS` do, a verb
    #: and its preposition (``spoke of a "Slow Death of the High Street"``, German ``sprach von
    #: einem „Kahlschlag auf Raten“``): the quotation after them is the speaker's words, even in
    #: title case when other words stand between (a title in title case right after the phrase is
    #: a work spoken of: ``spoke of "Pride and Prejudice"``, fixQ61).  Each ``"verb
    #: preposition"``; empty turns the rule off.
    #:
    #: .. versionadded:: 0.2 (fixQ60b)
    NAMING_PHRASES: ClassVar[tuple[str, ...]] = ("spoke of", "speaks of", "speak of")
    #: Words that give the name of the one a phrase describes, set off by commas after it (``A
    #: witness, identified as Mary Stone, said ...``, Spanish ``Una testigo, identificada como Ana
    #: Gil, declaró que ...``): the name after them is the speaker, as a name set off after a role
    #: is (``SpeakerGrammar.appositive_before``).  Each a phrase of words in lower case before the
    #: capitalised name; empty turns the rule off.
    #:
    #: .. versionadded:: 0.2 (lang61)
    NAMED_AS_WORDS: ClassVar[tuple[str, ...]] = ("identified as",)
    #: Participles that give the name of a person an indefinite article and a noun for a person
    #: introduce, in an apposition set off after a speaker's phrase (``The gate agent, a woman named
    #: Ana Ruiz who has worked there for years, told me ...``): the name is the speaker
    #: (:meth:`~newsparse.quotes.reported.ReportedSpeech.named_in_apposition`); empty turns the rule off.
    #:
    #: .. versionadded:: 0.2 (mendQT71)
    APPOSED_NAMING_WORDS: ClassVar[tuple[str, ...]] = ("named", "called")
    #: Demonstrative pronouns that, opening a sentence right before a cue, point to the sentence
    #: before as the words reported (German ``Die Stadt will das Bad öffnen. Das teilte Stadträtin
    #: Anna Roth am Montag mit.``: her words; ``ReportedSpeech.read_demonstrative_report``).  In
    #: lower case; empty turns the rule off (English: ``That is what he said`` is read otherwise).
    #:
    #: .. versionadded:: 0.2 (lang61)
    DEMONSTRATIVE_REPORTS: ClassVar[tuple[str, ...]] = ()
    #: The verbs (besides :attr:`SEPARABLE_VERBS` with their particle last) that report the
    #: sentence before after one of :attr:`DEMONSTRATIVE_REPORTS` (German ``sagte``, ``erklärte``,
    #: ``bestätigte``), in any case; a verb of judging is no report of the words (``Das kritisierte
    #: die Opposition scharf.``: the thing judged).  Empty with the rule off.
    #:
    #: .. versionadded:: 0.2 (reader61b)
    DEMONSTRATIVE_REPORT_VERBS: ClassVar[tuple[str, ...]] = ()
    #: Words of :attr:`ACCORDING_TO` that also mean "in keeping with" (German ``gemäß``: ``gemäß
    #: den Vorgaben``, by the rules): their source gives words only when it may speak, a name, a
    #: role, a title, an organisation or one of :attr:`GROUP_NOUNS` (``Gemäß Stadtrat Urs Keller
    #: soll ...``; ``ReportedSpeech.may_report``).  Empty: every source of them speaks.
    #:
    #: .. versionadded:: 0.2 (lang61)
    SPEAKING_SOURCES: ClassVar[tuple[str, ...]] = ()
    #: Verbs that name or describe in someone's words only when one of :attr:`AS_WORDS` stands
    #: right before the quotation (``dismissed the audit as "noise."``, ``rejected the offer as
    #: "insulting"``; not ``dismissed the so-called "experts"``): ``DirectQuotes.judged_as``.
    #:
    #: .. versionadded:: 0.2
    AS_NAMING_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.AS_NAMING)
    #: The word of comparison before a judgement in quotation marks (:attr:`AS_NAMING_VERBS`).
    #:
    #: .. versionadded:: 0.2
    AS_WORDS: ClassVar[tuple[str, ...]] = ("as",)
    #: Nouns for a claim someone makes: after a name's possessive (``Ortiz's claim that there
    #: were "thousands of errors"``) the owner speaks the quotation that follows
    #: (:meth:`~newsparse.quotes.direct.DirectQuotes.possessive_source`).
    CLAIM_NOUNS: ClassVar[tuple[str, ...]] = (
        "claim", "claims", "assertion", "assertions", "allegation", "allegations", "accusation", "accusations",
        "contention", "insistence", "argument", "warning", "warnings", "pledge", "promise", "vow", "boast",
        "prediction", "remark", "remarks", "comment", "comments", "statement", "suggestion", "charge",
    )
    #: Plural speech nouns that, right after a finite verb in lower case, are its object and no cue
    #: (``The audit raised questions about``, ``The minister rejected charges that``:
    #: :meth:`~newsparse.quotes.reported.ReportedSpeech.verb_object_cue`, with :attr:`CLAIM_NOUNS`).
    #:
    #: .. versionadded:: 0.2
    OBJECT_SPEECH_NOUNS: ClassVar[tuple[str, ...]] = (
        "charges", "contentions", "arguments", "pledges", "promises", "vows", "boasts", "predictions", "statements",
        "suggestions", "questions",
    )
    #: How many words may stand between a claim noun and the quotation it owns (``claim that
    #: there have been "..."``: four).
    CLAIM_REACH: ClassVar[int] = 6
    #: How many words may stand between a claim noun and its link (``claim on Monday that``:
    #: two).
    CLAIM_LINK_GAP: ClassVar[int] = 2
    #: How many words may follow a particle attribution's speaker when they only say when, where or
    #: to whom (``„...“, so Miersch am Montag in Berlin vor Journalisten.``: six;
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.setting_tail`), and between a verb and the
    #: comma of its clause (``erklärte am Dienstag in Berlin, ...``:
    #: :meth:`~newsparse.quotes.reported.ReportedSpeech.setting_before_comma`).
    MAX_SETTING_WORDS: ClassVar[int] = 8
    #: Words that must follow a claim noun for the quotation after it to be the claim's words
    #: (``claim that``, ``allegations of``, ``remarks about``); after anything else the quotation
    #: judges the claim (``Lee's charge "pathetic"``, ``Lee's remarks as "hurtful"``).
    CLAIM_LINKS: ClassVar[tuple[str, ...]] = ("that", "of", "about")
    #: Words after which a quotation describes a claim rather than quotes it (``criticism of
    #: Lee's comments about the vote as "talking points"``).
    CLAIM_STOPS: ClassVar[tuple[str, ...]] = ("as",)
    #: Marks that end a claim noun's phrase before a quotation (``Ortiz's remark first as a
    #: compliment -- "..."``: the words after the dash are someone else's reply).
    CLAIM_BREAKS: ClassVar[tuple[str, ...]] = (",", ";", ":", "(", ")", "--", "―", "—", "–")
    #: The words after a quotation that open a clause naming who said it and how (``"A very good
    #: day" was how Ana Ruiz described it``, ``"A step back" is how the minister put it``): a copula
    #: of :attr:`HOW_COPULAS`, then :attr:`HOW_WORDS`, the speaker's phrase, and one of
    #: :attr:`HOW_VERB_PHRASES` (:meth:`~newsparse.quotes.direct.DirectQuotes.described_how`).
    #: Empty (the rule is off) in a language pack that does not list them.
    #:
    #: .. versionadded:: 0.2 (fixQ65)
    HOW_COPULAS: ClassVar[tuple[str, ...]] = ("was", "is")
    HOW_WORDS: ClassVar[tuple[str, ...]] = ("how",)
    HOW_VERB_PHRASES: ClassVar[tuple[str, ...]] = (
        "described it", "put it", "summed it up", "characterised it", "characterized it", "called it",
        "described them", "put them", "described the", "summed up the", "characterised the",
        "characterized the",
    )
    #: Nouns for words someone said that may follow a quotation after the possessive of its
    #: speaker (``Romney's "47 percent" comment``, ``the mayor's "not one more cut" pledge``:
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.quoted_claim_owner`); never a charge or a plan,
    #: which others bring or make (``Ortiz's "reckless driving" charge``, ``the mayor's "open
    #: government" plan``).
    #:
    #: .. versionadded:: 0.2
    QUOTED_CLAIM_NOUNS: ClassVar[tuple[str, ...]] = (
        "comment", "comments", "remark", "remarks", "promise", "pledge", "vow", "boast", "warning", "claim",
        "assertion", "prediction", "quip", "jibe", "gibe", "taunt", "slogan", "catchphrase", "mantra", "line",
        "tweet", "retort",
    )
    #: The ``-ing`` forms of speech verbs that attribute the quotation marks after them to the
    #: clause's subject, as a participle set off by a comma (``Protesters stormed the hall,
    #: shouting "Resign!"``) or after a clause's object (``Ortiz turned to the clerk, asking
    #: "Where are the minutes?"``): not cues of reported speech (``asking for help`` reports no
    #: words), so read only before a quotation
    #: (:meth:`~newsparse.quotes.direct.DirectQuotes.attributing_verb`).
    #:
    #: .. versionadded:: 0.2
    #: Phrasal verbs of a reply that attribute a quotation only when they close the sentence right
    #: after it (``"We will win," Hale fired back.``): no cues elsewhere, where their clause is
    #: often an action (``police fired back``; :data:`~newsparse.vocab.speech_verbs.PHRASES`), read
    #: by :meth:`~newsparse.quotes.direct.DirectQuotes.closing_phrase_after`.
    #:
    #: .. versionadded:: 0.2
    CLOSING_PHRASES: ClassVar[tuple[str, ...]] = (
        "fired back", "fires back", "hit back", "hits back", "pushed back", "pushes back", "chimed in", "chimes in",
        "snapped back", "snaps back",
    )
    QUOTING_PARTICIPLES: ClassVar[tuple[str, ...]] = speech_verbs.inflect(
        (
            "shout", "yell", "scream", "chant", "exclaim", "ask", "whisper", "mutter", "bellow", "plead", "quip",
            "tweet", "reply", "respond", "retort", "interject", "proclaim",
        ),
        only_ing=True,
    )
    #: Words that open a sentence presenting someone's words after a colon, in lower case with a
    #: straight apostrophe (``Here's Ana Ortiz in 2019: "..."``:
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.presented_speaker`).
    #:
    #: .. versionadded:: 0.2
    PRESENTING_OPENERS: ClassVar[tuple[str, ...]] = ("here's", "here is")
    #: Verbs whose object, a name right before a colon, is the speaker of the quotation after it,
    #: not the subject who quotes (``She quoted Churchill: "..."``, ``citing Abraham Lincoln: "..."``:
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.quoted_object`), in lower case.
    #:
    #: .. versionadded:: 0.2
    QUOTING_VERBS: ClassVar[tuple[str, ...]] = ("quoted", "quoting", "cited", "citing")  # (not "quotes": a noun too)
    #: Words that may stand between one of :attr:`QUOTING_VERBS` and the name it quotes, left out
    #: of the name (Spanish ``citó a Cervantes``), in lower case.
    #:
    #: .. versionadded:: 0.2
    QUOTING_OBJECT_MARKERS: ClassVar[tuple[str, ...]] = ()
    #: Prepositions that open a sentence presenting words from someone's utterance after a
    #: colon (``From Ortiz's Facebook post: "..."``, ``In the mayor's words: "..."``: the owner;
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.presented_owner`), the noun one of
    #: :attr:`UTTERANCE_NOUNS` at most :attr:`MAX_PRESENTED_NOUN_WORDS` words after the possessive.
    #:
    #: .. versionadded:: 0.2
    PRESENTING_SOURCES: ClassVar[tuple[str, ...]] = ("from", "in")
    #: The most words from a presenting sentence's possessive to its noun (``Facebook post``: 2).
    #:
    #: .. versionadded:: 0.2
    MAX_PRESENTED_NOUN_WORDS: ClassVar[int] = 2
    #: Words that may follow the person a presenting sentence names, before its colon: when,
    #: where or how the words were said (``Here's Ortiz in 2019:``, ``Here is the mayor on the
    #: budget:``, ``Here's Ortiz speaking to reporters:``).
    #:
    #: .. versionadded:: 0.2
    PRESENTING_SETTINGS: ClassVar[tuple[str, ...]] = (
        "in", "on", "at", "during", "from", "back", "last", "this", "earlier", "before", "after", "again",
        "speaking", "talking", "writing", "testifying", "responding", "explaining", "addressing",
    )
    #: Words that open the paragraph after a lone quotation and look back at it, in lower case
    #: with a straight apostrophe (``That was how Ana Ortiz described the plan.``, ``That's how
    #: the mayor put it.``): the person after them spoke it
    #: (:meth:`~newsparse.quotes.direct.DirectQuotes.recap_on_next_line`), when one of
    #: :attr:`RECAP_VERBS` or a cue word follows in that sentence.
    #:
    #: .. versionadded:: 0.2
    RECAP_OPENERS: ClassVar[tuple[str, ...]] = ("that was how", "that's how", "that is how", "this was how", "this is how")
    #: Verbs of putting words one way that close a recap (``That's how Ortiz put it``), besides
    #: the cue words.
    #:
    #: .. versionadded:: 0.2
    RECAP_VERBS: ClassVar[tuple[str, ...]] = (
        "put", "puts", "described", "describes", "summed", "sums", "characterized", "characterised", "framed",
        "frames", "recalled", "recalls", "remembered", "remembers",
    )
    #: Cue words of a reply: a quotation that answers the words before it is someone else's, so
    #: a paragraph of quoted words before it takes no speaker from it (``"Will you run?" ¶ "No,"
    #: Ortiz replied.``: :meth:`~newsparse.quotes.reported.ReportedSpeech.closed_run_speaker`).
    #:
    #: .. versionadded:: 0.2
    REPLY_WORDS: ClassVar[tuple[str, ...]] = (
        "replied", "replies", "reply", "replying", "answered", "answers", "answer", "answering", "responded",
        "responds", "respond", "responding", "retorted", "retorts", "countered", "counters", "back",
    )
    #: How many commas of opening phrases (``In a statement on Tuesday, ...``) to look past for a
    #: sentence's subject.
    OPENING_COMMAS: ClassVar[int] = 2
    #: Characters that end a sentence, in every script (the library's one list,
    #: :data:`newsparse.lines.SENTENCE_ENDS`).
    SENTENCE_END: ClassVar[str] = SENTENCE_ENDS
    #: How far before a quotation inside a sentence its cue or naming verb may stand.
    NAMING_WINDOW: ClassVar[int] = 300
    #: Characters that are apostrophes as well as quotation marks: between two letters they are
    #: never a closing mark, and after a letter never an opening one.
    APOSTROPHES: ClassVar[str] = "’'"
    #: Letters that end a plural before its possessive apostrophe (``the players’ night``): after
    #: any other letter a mark before a space and a lower-case word closes a quotation (``the
    #: ‘Special One’ was``).
    POSSESSIVE_LETTERS: ClassVar[str] = "sS"
    #: Words whose first letters an apostrophe stands for (``sang 'ere we go``, ``see 'em``, ``wait
    #: 'til``, ``rock 'n' roll``: a one-letter word closes with a second mark): such a mark never
    #: opens nor closes a quotation (:meth:`~newsparse.quotes.segmentation.Segmentation.elision_end`).
    ELIDED_WORDS: ClassVar[tuple[str, ...]] = ("em", "ere", "til", "tis", "twas", "bout", "cos", "n")
    #: Endings, in lower case, of words whose last letter an apostrophe stands for (``I'm goin'
    #: home``, ``nothin' left``): such a mark after a longer word with one, before a space and a word
    #: in lower case, is read as a plural's possessive is (no closing mark unless none can follow;
    #: :meth:`~newsparse.quotes.segmentation.Segmentation.is_apostrophe`).
    #:
    #: .. versionadded:: 0.2
    ELIDED_ENDINGS: ClassVar[tuple[str, ...]] = ("in",)
    #: The brackets a wire may set a company's name in, the opening ones and the closing ones
    #: (``<Acme Tools Corp> said``, ``(Acme Tools Corp) said``): read as the name alone
    #: (``SpeakerResolution.opening_organisation``).
    NAME_BRACKETS: ClassVar[tuple[str, str]] = ("<(", ">)")
    #: The most words a name before a colon may have (``Jane Roe: "..."``).
    MAX_NAME_WORDS: ClassVar[int] = 4
    #: The most words of a role before a transcript speaker's name in brackets (``HOST (Maya
    #: Lindqvist): ...``, ``GUEST HOST (Ben Okafor): ...``): the bracketed name speaks the turn.
    #:
    #: .. versionadded:: 0.2 (mendQT70)
    MAX_TURN_ROLE_WORDS: ClassVar[int] = 2
    #: At most this many words in lower case after a person told who owns them (``"...?" Smith told
    #: Britain's ITV television station.``, ``... told the BBC's reporter.``) before the attribution ends.
    MAX_OWNED_WORDS: ClassVar[int] = 3
    #: At most this many words in lower case after the determiner of the person told or asked
    #: (modifiers, then the noun) before the attribution ends (``"...?" Todd asked the real estate
    #: mogul.``): the one told, and the quotation before it does not end its sentence.
    MAX_MODIFIED_OBJECT_WORDS: ClassVar[int] = 4
    #: At most this many capitalised words, titles included, make the name that opens a sentence
    #: with an appositive after it (``Senate Minority Leader Harry Reid (D-Nev.), in particular,
    #: has ...``, ``Former Pennsylvania governor Ed Rendell (D), a ..., praised ...``).
    MAX_SUBJECT_NAME_WORDS: ClassVar[int] = 5
    #: The most letters and periods of a tag in brackets between titles and a name after an
    #: inverted cue (``said Lt. Gen. (retd) Tariq Malik``:
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.past_bracketed_tag`).
    #:
    #: .. versionadded:: 0.2
    MAX_BRACKETED_TAG: ClassVar[int] = 6
    #: The most characters of the description after the name on a line that signs the
    #: quotation above it (``Ana Ruiz, port authority chair."``:
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.signature_after`).
    #:
    #: .. versionadded:: 0.2
    MAX_SIGNATURE_CHARS: ClassVar[int] = 120
    #: The closings of a letter that may stand before the name that signs a quotation, a comma
    #: after them, in any case (``"... Yours, Dr Ann Cole, Mayor."``: Ann Cole signs; also after
    #: the quotation's last sentence on its line, :meth:`~newsparse.quotes.direct.DirectQuotes.signature_after`).
    #: No closing that opens spoken words too (``"Here is to the harbour. Cheers, Tom Berg, old
    #: friend."``, a toast; ``Respectfully, Senator, ...``).
    #:
    #: .. versionadded:: 0.2
    SIGN_OFF_WORDS: ClassVar[tuple[str, ...]] = (
        "yours", "yours sincerely", "yours faithfully", "yours truly", "sincerely", "regards", "best regards",
        "kind regards", "warm regards", "best wishes", "with best wishes",
    )
    #: Words that join a second noun to a role after an inverted cue (``an attorney for the
    #: family``, ``a friend of the reporter``); so does any word ending in ``-ing`` after the role
    #: (``the lawyer representing the family``).  A name set off by a comma after such a role may
    #: name the second noun as well as the role, so it is not read as the speaker.
    ROLE_LINKS: ClassVar[tuple[str, ...]] = ("for", "of", "to", "at", "with", "from", "in", "on", "by", "behind")
    #: The words of :attr:`ROLE_LINKS` whose noun a name set off after the phrase may name instead
    #: of the phrase's head (``A spokesman for the council leader, Cllr Ana Ruiz, said``, ``The husband
    #: of the mayor, Mayor Ana Ruiz, said``): a name with a title of its own after such a link and a
    #: role noun is the role noun's holder, and the head speaks, as written
    #: (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.names_the_object`).  Empty in the packs.
    #:
    #: .. versionadded:: 0.2
    OBJECT_ROLE_LINKS: ClassVar[tuple[str, ...]] = ("for", "of")
    #: Words that, right after a cue, make it a saying of no words (``Ana Ruiz said nothing.``,
    #: ``The minister said so in March.``, ``He said little.``): the sentence's subject is not the
    #: speaker of a quotation that follows it
    #: (:meth:`~newsparse.quotes.direct.DirectQuotes.empty_saying`).  Each language lists its own.
    #:
    #: .. versionadded:: 0.2
    EMPTY_SAYING_WORDS: ClassVar[tuple[str, ...]] = ("nothing", "so", "little")
    #: Phrases that open a sentence with whom its speaker spoke to or was asked by (``Speaking
    #: to the station,``, ``In an interview with a weekly,``): whatever they name up to the comma
    #: that closes them is the interviewer or the outlet, never the speaker, and a name set off
    #: after them is the subject (``Speaking to a radio station, the mayor, Tom Berg, said``;
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.interview_opening`).  Each language lists
    #: its own, in lower case.
    INTERVIEW_OPENERS: ClassVar[tuple[str, ...]] = (
        "speaking to", "speaking with", "talking to", "talking with", "in an interview with", "in an interview on",
        "in an interview to", "in remarks to", "in comments to", "asked by", "interviewed by", "questioned by",
        "writing in", "writing for",
    )
    #: The fewest letters of a surname in capitals that labels a transcript's speaker
    #: (``WALLACE: ...``; not ``Q:``).
    MIN_LABEL_LETTERS: ClassVar[int] = 3
    #: A transcript's labels for an interview's questions and its answers (``("Q",)`` / ``("A",)`` for
    #: ``Q: ...`` / ``A: ...``): a turn so labelled is a quote, the answer the interviewee's and the
    #: question the interviewer's when the article names one of each, else no one's
    #: (:meth:`~newsparse.quotes.direct.DirectQuotes.interview_people`).  Empty: the rule is off (an
    #: annotation that counts an interview's answers as no attributed speech wants it so).
    QUESTION_LABELS: ClassVar[tuple[str, ...]] = ()
    ANSWER_LABELS: ClassVar[tuple[str, ...]] = ()
    #: Spaces that may stand between an interview's label and its colon, for a language whose
    #: typography sets one there (French ``Q : ...``, ``R : ...``, a space or a no-break one);
    #: empty: none (``Q: ...``).
    #:
    #: .. versionadded:: 0.2
    LABEL_COLON_SPACES: ClassVar[str] = ""
    #: Nouns for those who ask the questions of an interview (``POLITICO senior writer Jane Roe``):
    #: a person named with one of them before or right after the name is an interviewer, never the
    #: interviewee.
    INTERVIEWER_NOUNS: ClassVar[tuple[str, ...]] = (
        "reporter", "reporters", "writer", "correspondent", "journalist", "editor", "interviewer", "host", "anchor",
        "columnist", "producer", "presenter",
    )
    #: The most people named before an interview's first turn read for its interviewee and interviewer.
    INTERVIEW_PEOPLE: ClassVar[int] = 20
    #: Words that make a transcript's turn read as speech (with :attr:`FIRST_PERSON_WORDS`): a
    #: pronoun of the second person or a finite auxiliary (``ANA ORTIZ: You know it is late.``);
    #: a turn with none is a list (``Tom Berg: 12 points, 5 rebounds.``, a police blotter's
    #: ``Ryan Hollman: Dealing in methamphetamine, held in jail ...``), no one's words.
    TURN_SPEECH_WORDS: ClassVar[tuple[str, ...]] = (
        "you", "your", "you're", "you’re", "is", "are", "was", "were", "will", "would", "can", "could",
        "should", "must", "has", "have", "had", "do", "does", "did", "it's", "it’s", "that's", "that’s",
        "don't", "don’t", "didn't", "didn’t", "isn't", "isn’t", "wasn't", "wasn’t", "can't", "can’t",
        "won't", "won’t",
    )
    #: The most characters between an attribution after a quotation and a quotation that resumes
    #: it (``said Alun Jones, a former miner, "and ...``).
    MAX_RESUME_GAP: ClassVar[int] = 120
    #: Words that may open what stands between a paragraph's last cue and the colon that ends it,
    #: the quotation following in the next paragraph (``said about the plan:``, ``wrote after the
    #: vote:``).
    COLON_TAIL_PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "about", "after", "before", "during", "in", "on", "at", "of", "when", "while", "as",
    )
    #: The most words between that cue and the colon.
    MAX_COLON_TAIL_WORDS: ClassVar[int] = 16
    #: Words that open the writer's end of a sentence a quotation opens with no attribution
    #: (``"That is the fight we are taking" to the rest of the country.``): the quotation is still
    #: someone's words, those of the speaker quoted before it in the paragraph.
    WRITER_TAIL_PREPOSITIONS: ClassVar[tuple[str, ...]] = (
        "to", "for", "across", "against", "into", "onto", "toward", "towards", "with", "without", "in", "on", "at",
    )
    #: The most words of that end of the sentence.
    MAX_WRITER_TAIL_WORDS: ClassVar[int] = 8
    #: A quotation of fewer words than this that is a sentence of its own, from a capital letter to a
    #: sentence end (``"Do not wait."``), is someone's words although it is short (it needs four
    #: words otherwise): :meth:`~newsparse.quotes.direct.DirectQuotes.is_spoken_sentence`.
    SHORT_QUOTE_WORDS: ClassVar[int] = 4
    #: How many commas of a quotation left open are tried as the place its closing mark was left
    #: out, before an attribution (``"We lost everything, said Mary Holt.``).
    MAX_UNCLOSED_COMMAS: ClassVar[int] = 3
    #: How far back, and among how many people, a pronoun with no speaker before it looks for
    #: the last person named as a sentence's subject; the most words before that name.
    SUBJECT_WINDOW: ClassVar[int] = 3000
    #: The most characters before a ``he`` or ``she`` read for a title or kin word of the pronoun's
    #: gender before a capitalised name (``Mr. Berg``, ``M. Martin``, ``sa femme, Sophie``): a person
    #: the pronoun may mean besides the one the rules found (:meth:`~newsparse.quotes.resolution.SpeakerResolution.titled_other`),
    #: and for a person titled of the pronoun's gender besides a last speaker of no gender shown (``titled_rival_of_unknown``).
    GENDER_TITLE_WINDOW: ClassVar[int] = 400
    #: The most letters of a title or kin word read before a period that may end a sentence.
    MAX_TITLE_LETTERS: ClassVar[int] = 16
    MAX_SUBJECTS: ClassVar[int] = 20
    MAX_SUBJECT_LEAD: ClassVar[int] = 6
    #: The most words of an opening phrase set off by a comma before a sentence's subject
    #: (``Born in Cork in 1931, the son of a docker, Sean Bray left school at 14.``) for that
    #: subject to be the one a pronoun falls back to
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.opening_then_subject`).
    MAX_OPENING_LEAD: ClassVar[int] = 20
    #: The most words between the comma that closes an opening phrase and a name that describe
    #: that name (``On the topic, Harbour Town club president Ana Ruiz said``)
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.describing_words`).
    MAX_DESCRIBING_WORDS: ClassVar[int] = 5
    #: Words that open a place's name, never a person's (``New Orleans``, ``San Diego``): a name
    #: after an opening phrase that starts with one is no subject a pronoun falls back to
    #: (:meth:`~newsparse.quotes.resolution.SpeakerResolution.known_person`).
    PLACE_OPENERS: ClassVar[tuple[str, ...]] = (
        "North", "South", "East", "West", "New", "Saint", "St.", "Fort", "Port", "Mount", "Lake", "Cape",
        "Los", "Las", "San", "Santa", "São",
    )
    #: The most words between a relative pronoun after a comma and a cue for the cue to be read
    #: inside that relative clause (``Ortiz, who had repeatedly said ...,``).
    MAX_RELATIVE_LEAD: ClassVar[int] = 4
    #: How far before a cue the comma of such a clause, and after it the comma that ends it, are looked for.
    RELATIVE_WINDOW: ClassVar[int] = 400
    #: The most words between the comma after a cue right after a relative pronoun and the next
    #: cue, for them to be that cue's subject and the relative clause to report nothing (``Of 48
    #: chambers that replied, only 28 said ...``: only 28).
    MAX_RELATIVE_CLAUSE_SUBJECT: ClassVar[int] = 3
    #: The paragraph number a headline is read under (its quotes then get ``paragraph`` ``None``):
    #: far enough before the first paragraph that nothing carries over from it.
    HEADLINE_NUMBER: ClassVar[int] = -10
    #: The fewest long words a headline needs to be read as title case (its names then learn nothing).
    TITLE_CASE_WORDS: ClassVar[int] = 3
    #: At most this many characters after a role cut at one of :attr:`PHRASE_END_WORDS` are read
    #: for the comma before a name that closes the sentence (``le haut-commissaire pour les
    #: réfugiés, Filippo Grandi``: ``DirectQuotes.name_after_cut_role``).
    MAX_RUN_ON_ROLE: ClassVar[int] = 80
    #: How far before a quotation a naming verb makes even one quoted word a quote.
    NAMED_WINDOW: ClassVar[int] = 40
    #: How many bodies, each placed by ``of`` or a locative, ``GrammarRules.placed_name`` passes
    #: over looking for the person before them (``Ana Ruiz at the University of the Azores``: one).
    MAX_PLACED_BODIES: ClassVar[int] = 3
    #: The longest paragraph, in characters, whose opening subject a person pronoun in the next
    #: paragraph refers to rather than an earlier speaker (``Sanders was not impressed.``:
    #: ``SpeakerResolution.short_paragraph_subject``).
    SHORT_PARAGRAPH: ClassVar[int] = 120
    #: How many speakers' names an article keeps for :attr:`SHORT_PARAGRAPH`'s rule (bounded memory).
    MAX_SPOKEN: ClassVar[int] = 1000
    #: Nouns for a work with a title (French ``film``, ``roman``, German ``Buch``, Spanish
    #: ``película``): a quotation right after one that opens with a capital or a digit is the
    #: work's title, no one's words, whatever verb stands before it (``a salué le film « Les
    #: Misérables »``; but ``a dénoncé un film « raté »`` judges the film:
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.names_a_work`).  Empty in English, whose
    #: titles are told by their title case (:meth:`~newsparse.quotes.direct.DirectQuotes.is_title`).
    WORK_NOUNS: ClassVar[tuple[str, ...]] = ()
    #: Words that give a thing or a person its name, in lower case, beyond :attr:`NAMING_VERBS`
    #: (``the so-called 'Iron Lady'``, ``a storm nicknamed "the Beast from the East"``, ``a
    #: memoir titled 'Northern Skies'``): a title in title case of two words or more right after
    #: one, or after one of :attr:`NAMING_VERBS` and an object pronoun (``called it 'Storm
    #: Eunice'``), is the name, no one's words
    #: (:meth:`~newsparse.quotes.direct.DirectQuotes.names_by_title`).
    #:
    #: .. versionadded:: 0.2
    TITLE_NAMING_WORDS: ClassVar[tuple[str, ...]] = (
        "so-called", "nicknamed", "dubbed", "titled", "entitled", "named", "renamed", "christened", "codenamed",
        "code-named",
    )
    #: Endings of compound nouns for a work (German ``Kinofilm``, ``Kriminalroman``), as :attr:`WORK_NOUNS`.
    WORK_NOUN_ENDINGS: ClassVar[tuple[str, ...]] = ()
    #: How far either side of a name (in characters) :meth:`~newsparse.quotes.resolution.SpeakerResolution.known_person`
    #: looks for its surname named again.
    #:
    #: .. versionadded:: 0.2
    SURNAME_REACH: ClassVar[int] = 3000
    #: At most this many words (``simply``, ``not``) between a copula and the quotation it
    #: introduces for a document to be no speaker (``The plan is simply "a disaster."``;
    #: ``SpeakerGrammar.is_thing_subject``).
    COPULA_GAP: ClassVar[int] = 2
    #: Dashes that attribute the quotation before them to the name after them (``"..." ― Ana Ortiz``).
    ATTRIBUTION_DASHES: ClassVar[str] = "―—–"
    #: Dashes that, opening the line right after a paragraph that is one quotation with no
    #: speaker, attribute it to the name after them (``"..."`` then ``-Ana Ortiz, Dover.``), a
    #: hyphen too; empty in a language whose dashes open dialogue (:attr:`DIALOGUE_DASHES`).
    LINE_ATTRIBUTION_DASHES: ClassVar[str] = "―—–-"
    #: Dashes that open a paragraph of dialogue (Spanish, French: ``—Estamos preparados —dijo Ana
    #: Ortiz.``): the words spoken run to a dash before a word in lower case, the narrator's
    #: attribution after it, or to the paragraph's end.  Empty in English, where such a dash
    #: opens no quotation.
    DIALOGUE_DASHES: ClassVar[str] = ""
    #: The marks that end a question (:meth:`~newsparse.quotes.direct.DirectQuotes.dialogue_question`:
    #: a paragraph of dialogue that asks one, ``— Et les usagers ?``, is the reporter's; mendQT67).
    QUESTION_ENDS: ClassVar[str] = "?？"
    #: The dashes that open a speaker's words at a paragraph's start in a Nordic or Danish wire's
    #: English copy (``– This is a historic contribution, Støre told NTB.``, Ritzau's ``- ...``):
    #: :meth:`~newsparse.quotes.reported.ReportedSpeech.dash_opened_quotes` (mendQT67).
    QUOTE_DASHES: ClassVar[str] = "–—-"
    #: Words of the second person that, with :attr:`FIRST_PERSON_WORDS`, make a dash-opened
    #: paragraph's words someone's own (``- We are ready, said ...``, ``– You will see, ...``), a
    #: direct quote; without one the report stays indirect with its dash left out (a list's item,
    #: ``- Three people were taken to hospital, the fire service said.``).
    SECOND_PERSON_WORDS: ClassVar[tuple[str, ...]] = ("you", "your", "yours", "you're", "you’re")
    #: Closing marks that, opening a paragraph before a letter, carry on the quotation left open at
    #: the end of the paragraph before (Spanish ``»La inflación no bajará», advirtió ...``); empty:
    #: none (English, whose quotation goes on under its opening mark).
    CONTINUATION_MARKS: ClassVar[str] = ""
    #: Whether an attribution after a comma inside the quotation marks splits the quotation in
    #: two, both parts its speaker's (French ``« Nous sommes prêts, a déclaré Anne Dupont. Le pont
    #: fermera en mai. »``); the attribution is at most :attr:`MAX_INSERTED_CHARS` characters after
    #: its verb.  Off in English, where the marks close before the attribution.
    INSERTED_ATTRIBUTIONS: ClassVar[bool] = False
    #: Words that join a second subject after the first one after an inverted cue, up to the
    #: sentence's end (Spanish ``«...», dijeron Ana Ruiz y su marido, Pedro.``:
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.joined_subject_after`; English ``"...," said
    #: Weber and Roth.``: both, as ``Weber and Roth said`` gives).  Empty for none.
    SUBJECT_JOINS: ClassVar[tuple[str, ...]] = ("and",)
    #: Words and signs that join two owners' names before a role and the name of the one who
    #: holds it after an inverted cue (``said Acme and Globex chief Ana Ruiz``, ``said Smith &
    #: Wesson chairman Tom Berg``: ``SpeakerGrammar.with_joined_owners``).
    #:
    #: .. versionadded:: 0.2
    OWNER_JOINERS: ClassVar[tuple[str, ...]] = ("and", "&")
    #: The most capitalised words of the second owner's name after one of :attr:`OWNER_JOINERS`.
    #:
    #: .. versionadded:: 0.2
    MAX_JOINED_OWNER_WORDS: ClassVar[int] = 3
    #: The most words in lower case of the role between the second owner and the name of the one
    #: who holds it (``said Procter and Gamble chief executive Ana Ruiz``, ``said Acme and Globex
    #: finance director Tom Berg``); one of them is a role noun.
    MAX_JOINED_ROLE_WORDS: ClassVar[int] = 3
    #: The most characters of a role set off by commas beside a subject joined after an inverted
    #: cue or before a cue, from its determiner, none a capital (``said Paul Greer, the union
    #: leader, and Lena Moss, the port's chief.``: both):
    #: :meth:`~newsparse.quotes.direct.DirectQuotes.joined_subject_after`,
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.apposed_pair_before`.
    #:
    #: .. versionadded:: 0.2
    MAX_JOINED_ROLE_CHARS: ClassVar[int] = 60
    #: Prepositions of a place that, after a day or a time or alone, may close the sentence after
    #: two joined subjects of an inverted cue (``sagten Peter Kühn und Eva Lang am Mittwoch in
    #: Frankfurt.``): the place is no part of the second subject.  Empty for none.
    #:
    #: .. versionadded:: 0.2
    CLOSING_PLACE_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("in", "at")
    MAX_INSERTED_CHARS: ClassVar[int] = 60
    #: How many times a speaker phrase's search may move back past a tag, a relative pronoun or a
    #: post-modifier (``Ana Ortiz (D-Ariz.), who said``), so that the work per cue stays bounded.
    MAX_PHRASE_HOPS: ClassVar[int] = 3
    #: The most words of a name quoted inside a speaker's phrase (``Critics of "Harbour First"
    #: said``: ``SpeakerGrammar.quoted_name_before``), each capitalised.
    #:
    #: .. versionadded:: 0.2
    MAX_QUOTED_NAME_WORDS: ClassVar[int] = 5
    #: The most one-word items before a list's last pair that a body's name holds after its link
    #: (``the Bureau of Alcohol, Tobacco and Firearms``: one;
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.listed_body_link`).
    MAX_LISTED_WORDS: ClassVar[int] = 4
    #: The most items and the most words of each item in a list of sources after ``according to``
    #: (``According to the mayor, a former teacher, and two aides, ...``: three items of at most
    #: three words), :meth:`~newsparse.quotes.reported.ReportedSpeech.listed_sources_end`.
    #:
    #: .. versionadded:: 0.2
    MAX_SOURCE_ITEMS: ClassVar[int] = 4
    MAX_SOURCE_ITEM_WORDS: ClassVar[int] = 4
    #: The most capitalised words after a coordinator that go on with a body's name with no comma
    #: before it (``the Department of Health and Human Services``: two;
    #: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.listed_body_end`).
    #:
    #: .. versionadded:: 0.2
    MAX_JOINED_BODY_WORDS: ClassVar[int] = 3
    #: The most capitalised words of the place after a name set off after a role (``The
    #: committee's ranking Democrat, Sen. Paul Ortega of New Mexico, warned``: two).
    #:
    #: .. versionadded:: 0.2
    MAX_PLACE_WORDS: ClassVar[int] = 3
    #: Endings of a compound that makes a place a description of the noun after it, the place's
    #: last part before it (``the San Jose, California-based company said``: the whole phrase
    #: speaks, :meth:`~newsparse.quotes.grammar.SpeakerGrammar.placed_compound_start`).  Lower
    #: case; empty in a language without them.
    #:
    #: .. versionadded:: 0.2
    PLACE_COMPOUND_ENDINGS: ClassVar[tuple[str, ...]] = ("-based",)
    #: The most names set off by commas before a list's last pair of subjects that a cue's speaker
    #: takes in (``Ana Ortiz, Tom Berg and Eva Hall said``: one;
    #: :meth:`~newsparse.quotes.reported.ReportedSpeech.listed_subjects`).
    MAX_LISTED_NAMES: ClassVar[int] = 4
    #: The most capitalised words of one portfolio in a list before a title
    #: (:meth:`~newsparse.quotes.reported.ReportedSpeech.listed_portfolio`: ``Trade, Industry and
    #: Competition Minister``).
    #:
    #: .. versionadded:: 0.2
    MAX_PORTFOLIO_ITEM_WORDS: ClassVar[int] = 3
    #: The most words of one item of a list of subjects that names people by a noun rather than a
    #: name, its determiner and adjectives in lower case included (``the harbour master``,
    #: ``local farmers``: :meth:`~newsparse.quotes.grammar.SpeakerGrammar.listed_group`; a bound).
    #:
    #: .. versionadded:: 0.2
    MAX_LISTED_GROUP_WORDS: ClassVar[int] = 4
    # (a letter's salutations, "Dear Ana Ortiz,", and the adverbs that link a sentence to the one before,
    # "Rather, he said, ...", are the vocabulary's SALUTATIONS and LINKING_ADVERBS: vocabulary_words; mend57)
    #: Sentences longer than this are cut into pieces of this size, so that work per cue stays bounded.
    MAX_SENTENCE: ClassVar[int] = 3000
    #: The fewest words reported speech may have.
    MIN_WORDS: ClassVar[int] = 3
    #: The fewest words an unattributed quotation inside a sentence needs to be a quote when it does
    #: not end like speech; a single word is a scare quote (``a "reset"``) unless a naming verb
    #: stands right before it.
    MIN_QUOTATION_WORDS: ClassVar[int] = 2
    #: Quotations of at most this many words, every one capitalised, are titles (``"Make It Work"``).
    MAX_TITLE_WORDS: ClassVar[int] = 8
    #: The Unicode normal forms in which each word of the word lists (every UPPERCASE tuple of
    #: words) is matched besides the spelling it is written in: copy from some sources spells
    #: ``déclaré`` decomposed, ``de\u0301clare\u0301`` (NFD), and the rules read such a cue as
    #: the composed one, with spans into the text as written (:meth:`add_spellings`).  Lists of
    #: pairs (:attr:`GENDER_WORDS`, :attr:`QUOTING_PHRASES`) are read as written.  ``()``: every
    #: word only as written.
    SPELLING_FORMS: ClassVar[tuple[Literal["NFC", "NFD", "NFKC", "NFKD"], ...]] = ("NFC", "NFD")
    #: The most spellings of one word with its letters each in any of :attr:`SPELLING_FORMS`
    #: (:meth:`spellings`); a word with more is matched in each form only.
    MAX_SPELLINGS: ClassVar[int] = 16

    def name_model(self) -> NameModel:
        """The name model that reads the speakers' names: a plain :class:`~newsparse.NameModel`
        here; :class:`~newsparse.quotes.parser.QuoteParser` takes its index's
        (``PERSON_INDEX.NAME_MODEL``), so that a subclass's particles count everywhere."""
        return NameModel(self.vocabulary)

    #: The vocabulary class built when none is given: each language pack's parser names its own
    #: (``FrenchQuotes().vocabulary`` is a ``FrenchVocabulary``), so a subclass of a pack's parser
    #: built with no argument reads that pack's words.
    VOCABULARY: ClassVar[type[Vocabulary]] = Vocabulary

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = check_option(type(self).__name__, "vocabulary", vocabulary, Vocabulary) or self.VOCABULARY()
        self.check_vocabularies()
        self.add_spellings()
        #: The library's one name model (see :mod:`newsparse.names`).
        self.names = self.name_model()
        self._bare = frozenset(v.casefold() for v in self.BARE_VERBS)
        # (a base form of PLURAL_SUBJECT_CUES takes a bare clause as its third-person form does:
        # "Creating it, the researchers note, requires skill", "Analysts claim the deal will fail")
        self._bare |= frozenset(c for c in self.PLURAL_SUBJECT_CUES if c + self.PRESENT_SUFFIX in self._bare)
        self._participles = frozenset(v.casefold() for v in self.PARTICIPLES)
        self._adjunct_prepositions = frozenset(self.ADJUNCT_PREPOSITIONS)
        self._adjunct_conjunctions = frozenset(self.ADJUNCT_CONJUNCTIONS)
        self._object_participles = frozenset(self.OBJECT_PARTICIPLES)
        self._document_participles = frozenset(v.casefold() for v in self.DOCUMENT_PARTICIPLES)
        self._source_verbs = frozenset(v.casefold() for v in self.SOURCE_VERBS)
        self._report_cues = frozenset(v.casefold() for v in self.REPORT_CUES)
        self._groups = frozenset(g.casefold() for g in self.GROUP_NOUNS)
        self._stop = frozenset(self.STOP_WORDS)
        self._demonstratives = frozenset(w.casefold() for w in self.DEMONSTRATIVE_PRONOUNS)
        # (pronouns a participle's phrase describes, no head it cuts off: SpeakerResolution.participle_head)
        self._pronoun_heads = self._demonstratives | {w.casefold() for w in (*self.PRONOUNS, *self.INDEFINITE_SUBJECTS)}
        self._singular_counts = frozenset(w.casefold() for w in self.SINGULAR_COUNT_WORDS)
        self._body_heads = frozenset(w.casefold() for w in self.BODY_NAME_HEADS)
        self._name_stops = frozenset(w.casefold() for w in self.NAME_STOP_WORDS)
        self._title_ordinals = frozenset(w.casefold() for w in self.TITLE_ORDINALS)
        self._adverbs = frozenset(self.ADVERBS)
        self._time_adverbs = frozenset(w.casefold() for w in self.TIME_ADVERBS)
        self._middle_adverbs = frozenset(self.MIDDLE_ADVERBS)
        self._perception = frozenset(w.casefold() for w in self.PERCEPTION_PARTICIPLES)
        self._quoting_participles = frozenset(self.QUOTING_PARTICIPLES)
        self._floating = frozenset(w.casefold() for w in self.FLOATING_QUANTIFIERS)
        self._correlatives = frozenset(w.casefold() for w in self.CORRELATIVE_OPENERS)
        self._preposition_relatives = frozenset(w.casefold() for w in self.PREPOSITION_RELATIVES)
        self._attribution_openers = regex.compile(rf"(?:{any_of(self.ATTRIBUTION_OPENERS)})\s++", regex.IGNORECASE)
        self._opening_endings = tuple(normalize_word(e) for e in self.OPENING_WORD_ENDINGS)
        self._opening_prefixes = tuple(normalize_word(e) for e in self.OPENING_WORD_PREFIXES)
        self._opening_prefixed_endings = tuple(normalize_word(e) for e in self.OPENING_PREFIXED_ENDINGS)
        self._not_adverbs = frozenset(self.NOT_ADVERBS)
        self._relatives = frozenset(self.RELATIVE_PRONOUNS)
        self._name_giving = frozenset(self.NAME_GIVING_PHRASES)  # (SpeakerResolution.name_given_after)
        self._sex_nouns = {noun: pronoun for pronoun, nouns in self.SEX_NOUNS for noun in nouns}
        self._subordinators = frozenset(
            normalize_word(w)
            for w in (
                *self.SUBORDINATORS, *self.RELATIVE_PRONOUNS, *self.PERSONAL_RELATIVE_PRONOUNS,
                *self.POSSESSIVE_RELATIVE_PRONOUNS,
            )
        )
        self._article_relatives = frozenset(self.ARTICLE_RELATIVES)
        self._clause_openers = frozenset(normalize_word(w) for w in self.SUBORDINATORS)
        self._possessive_relatives = frozenset(self.POSSESSIVE_RELATIVE_PRONOUNS)
        self._clause_relatives = (
            self._possessive_relatives | frozenset(self.PERSONAL_RELATIVE_PRONOUNS) | frozenset(self.THING_RELATIVE_PRONOUNS)
        )
        self._personal_relatives = frozenset(self.PERSONAL_RELATIVE_PRONOUNS)
        self._object_relatives = frozenset(self.OBJECT_RELATIVE_PRONOUNS)
        self._place_particles = frozenset(w for p in self.PLACE_PARTICLES for w in p.split())
        self._place_abbreviations = frozenset(self.PLACE_ABBREVIATIONS)
        self._thing_relatives = frozenset(self.THING_RELATIVE_PRONOUNS)
        self._any_relatives = self._personal_relatives | self._thing_relatives
        self._clause_auxiliaries = frozenset(self.CLAUSE_AUXILIARIES)
        self._possessive_determiners = frozenset(self.POSSESSIVE_DETERMINERS)
        self._naming = frozenset(self.NAMING_VERBS)
        self._naming_phrases = frozenset(tuple(p.split()) for p in self.NAMING_PHRASES)
        self._as_naming = frozenset(self.AS_NAMING_VERBS)
        self._as_words = frozenset(self.AS_WORDS)
        self._work_nouns = frozenset(w.casefold() for w in self.WORK_NOUNS)
        self._title_naming = frozenset(w.casefold() for w in self.TITLE_NAMING_WORDS)
        self._apposed_naming = frozenset(w.casefold() for w in self.APPOSED_NAMING_WORDS)
        self._preposition_objects = frozenset(self.PREPOSITION_OBJECTS)
        self._coordinators = frozenset(self.COORDINATORS)
        # the joints a list of speakers is split at, built once (one_of_speakers): a comma, then each coordinator spaced
        self._speaker_joints = (",", *(f" {word} " for word in self.COORDINATORS))
        # a firm's name after a stake in it: "shares of Hugo Boss", "a stake in Ralph Lauren"
        self._firm_stake_nouns = frozenset(self.FIRM_STAKE_NOUNS)  # (past_stake_opening)
        self._firm_stake_links = frozenset(self.FIRM_STAKE_LINKS)
        self._firm_stake_verbs = frozenset(self.FIRM_STAKE_VERBS)  # (stake_firm)
        self._firm_stake = regex.compile(
            rf"""(?<!\w)(?i:{any_of(self.FIRM_STAKE_NOUNS)})[ ](?:{any_of(self.FIRM_STAKE_LINKS)})[ ]
                 (?P<name>\p{{Lu}}[\p{{L}}\-]*+(?:[ ]\p{{Lu}}[\p{{L}}\-]*+)++)  # two capitalised words or more
                 (?!['’\p{{L}}])                                                # no owner's: "a stake in Tom Berg's firm"
            """,
            regex.VERBOSE,
        )
        # a stake right after a capitalised word, the stake a noun: "Hugo Boss shares fell" (not the
        # verb of "Ana Ortiz shares her view", "shares the prize", "shares in the blame", "... Ortiz shares.");
        # the firm's name is read back from it (firm_names), never by a pattern run over every capital
        not_noun = any_of([*self.DETERMINERS, *self.POSSESSIVE_DETERMINERS, *self.PREPOSITIONS, *self.OF_WORDS, *self.THAT_WORDS])
        moves = any_of(self.FIRM_STAKE_VERBS)
        self._stake_after_firm = regex.compile(
            rf"""(?<=\p{{Lu}}[\p{{L}}\-]*[ ])(?i:{any_of(self.FIRM_STAKE_NOUNS)})(?![\p{{L}}'’\-])  # the stake, no owner's
                 (?![ ](?i:{not_noun})(?![\p{{L}}]))[ ]                                                # then a verb, no object:
                 (?:(?:{moves})|\p{{Ll}}[\p{{L}}\-]*+(?<=ed))(?![\p{{L}}\-])                          # a move, or a past in -ed
            """,
            regex.VERBOSE,
        )
        self._after_clause_joins = frozenset(w.casefold() for w in self.CLAUSE_AFTER_CLAUSE_JOINS)
        self._negative_coordinators = frozenset(w.casefold() for w in self.NEGATIVE_COORDINATORS)
        self._negative_pronouns = frozenset(w.casefold() for w in self.NEGATIVE_PRONOUNS)
        self._impersonal = frozenset(w.casefold() for w in self.IMPERSONAL_SUBJECTS)
        self._clause_only = frozenset(self.CLAUSE_ONLY_VERBS)
        self._quotation_lead_words = frozenset(self.QUOTATION_LEAD_WORDS)
        self._infinitive_markers = frozenset(self.INFINITIVE_MARKERS)
        self._speaking_infinitives = frozenset(w.casefold() for w in self.SPEAKING_INFINITIVES)
        self._preposition_objects = frozenset(self.PREPOSITION_OBJECTS)
        self._alias_words = frozenset(self.ALIAS_WORDS)
        self._person_links = frozenset(self.PERSON_LINKS)
        self._addressee_prepositions = frozenset(self.ADDRESSEE_PREPOSITIONS)
        self._addressing_verbs = frozenset(self.ADDRESSING_VERBS)
        self._address_nouns = frozenset(n.casefold() for n in self.ADDRESS_NOUNS)
        self._object_words = frozenset(self.OBJECT_WORDS)
        self._of = frozenset(self.OF_WORDS)
        self._place_of = frozenset(self.PLACE_OF_WORDS)
        self._span_units = frozenset(self.SPAN_UNITS)
        self._indefinite_speakers = frozenset(w.casefold() for w in self.INDEFINITE_SPEAKERS)
        closers = regex.escape("".join(close for _, close in self.QUOTE_PAIRS))
        self._sentence_break = regex.compile(
            rf"""[{regex.escape(self.SENTENCE_END)}]  # a sentence's end
                [{closers}]?+                       # maybe a closing quotation mark
                [^\S\n]++                           # blanks on its line
                (?=[\p{{Lu}}\p{{Lo}}])                 # then a capital, or a letter of a script without case""",
            regex.VERBOSE,
        )
        self._phrase_ends = frozenset(w.casefold() for w in (*self.PHRASE_END_WORDS, *self.CLAUSE_BREAKS))
        self._clause_breaks = frozenset(self.CLAUSE_BREAKS)
        self._deal_verbs = frozenset(self.DEAL_VERBS)
        self._deal_counterparty_verbs = frozenset((*self.DEAL_VERBS, *self.DEAL_COUNTERPARTY_VERBS))
        self._clause_break_folds = frozenset(w.casefold() for w in self.CLAUSE_BREAKS)
        self._locatives = frozenset(self.LOCATIVES)
        self._place_prepositions = frozenset(self.PLACE_PREPOSITIONS)
        self._time_span_prepositions = self.vocabulary_words(self.vocabulary.TIME_SPAN_PREPOSITIONS)
        # where a mention is cut to find whose name it holds: "of", "for", the "to" of "close to"
        self._alternatives = frozenset(w.casefold() for w in self.ALTERNATIVE_COORDINATORS)
        self._any_coordinators = self._coordinators | self._alternatives | self._negative_coordinators
        self._cuts = self._of | frozenset(m.split()[-1] for m in self.POST_MODIFIERS)
        self._according = frozenset(a.casefold() for a in self.ACCORDING_TO)
        self._according_starts = tuple(sorted(self._according))  # (for str.startswith, built once)
        self._according_lasts = frozenset(a.split()[-1] for a in self._according if a.split())  # (genitive_source)
        self._perfect_auxiliaries = frozenset(self.PERFECT_AUXILIARIES)
        self._body_links = frozenset(self.BODY_NAME_LINKS)
        self._place_compound_endings = tuple(ending.casefold() for ending in self.PLACE_COMPOUND_ENDINGS)
        self._time_prepositions = frozenset(self.TIME_PREPOSITIONS)
        self._time_nouns = frozenset(self.TIME_NOUNS)
        self._recurrence = frozenset(normalize_word(w) for w in self.RECURRENCE_WORDS)
        self._time_phrase_words = tuple(p.casefold() for p in self.TIME_PHRASES)
        self._time_heads = frozenset(self.TIME_HEADS)
        self._holiday_heads = frozenset(self.HOLIDAY_HEADS)
        self._setting_nouns = frozenset(self.SETTING_NOUNS)
        self._setting_prepositions = frozenset(self.SETTING_PREPOSITIONS)
        self._phrase_breaks = tuple(self.SETTING_BREAKS)
        self._determiners = frozenset(self.DETERMINERS)
        # (the party and organisation-kind tables as mappings, built once: party_of_mention, kind_organisation)
        self._party_keys = dict(self.PARTY_WORDS)
        self._party_tags = dict(self.PARTY_TAG_LETTERS)
        self._organisation_kinds = dict(self.ORGANISATION_KINDS)
        self._called_body_nouns = frozenset(self.CALLED_BODY_NOUNS)
        self._title_nationalities = {title.casefold(): word for title, word in self.TITLE_NATIONALITIES}
        # (each title's words as a set, built once: generic_role_holder compares them to a person's descriptors)
        self._generic_roles = {noun: tuple(frozenset(title.split()) for title in titles) for noun, titles in self.GENERIC_ROLES}
        self._times_adverbs = frozenset(w.casefold() for w in self.TIMES_ADVERBS)  # (questioned_aside: a set, built once)
        self._kind_body_openers = frozenset(self.KIND_BODY_OPENERS)
        self._suffix_words = frozenset(suffix.rstrip(".") for suffix in self.COMPANY_SUFFIXES)  # ("Co" and "Co.": holds_kind_word)
        self._older = frozenset(self.OLDER_WORDS)
        self._younger = frozenset(self.YOUNGER_WORDS)
        self._interviewer_nouns = frozenset(w.casefold() for w in self.INTERVIEWER_NOUNS)
        self._told_verbs = frozenset(self.OBJECT_VERBS)
        self._interview_openers = tuple(o.casefold() + " " for o in self.INTERVIEW_OPENERS)
        self._elided_determiners = tuple(d for d in self._determiners if d[-1:] in ("'", "’"))
        self._that_words = frozenset(w.casefold() for w in self.THAT_WORDS)
        self._indefinites = frozenset(d.casefold() for d in self.INDEFINITE_DETERMINERS)
        self._agents = frozenset(self.AGENT_WORDS)
        # the words that open a reported question, not its topic ("whether", not "about": clause_agent)
        self._clause_question_words = frozenset(w.casefold() for w in self.QUESTION_WORDS if w not in self.TOPIC_WORDS)
        # the passive quoting cues whole, casefolded ("was quoted as saying": quoting_agent_that)
        self._quoting_phrases = frozenset(f"{verb} {tail}".casefold() for verb, tail in self.QUOTING_PHRASES)
        self._outlet_words = frozenset(w.casefold() for w in self.OUTLET_WORDS)
        self._outlet_nouns = self._outlet_words - frozenset(w.casefold() for w in self.OUTLET_OPENERS)
        self._received = frozenset(self.RECEIVED_PARTICIPLES)
        # (sets, built once: names_compiler and graded_notice test a word against them in a loop)
        self._compiling = frozenset(self.COMPILING_PARTICIPLES)
        self._data_nouns = frozenset(self.DATA_NOUNS)
        self._notice_grades = frozenset(self.NOTICE_GRADE_WORDS)
        self._mastheads = frozenset(w.casefold() for w in self.MASTHEAD_WORDS)
        self._publication_nouns = tuple(w.casefold() for w in self.PUBLICATION_NOUNS)
        self._broadcast_nouns = frozenset(w.casefold() for w in self.BROADCAST_NOUNS)
        self._broadcast_qualifiers = frozenset(w.casefold() for w in self.BROADCAST_QUALIFIERS)
        self._recording_nouns = frozenset(w.casefold() for w in self.RECORDING_NOUNS)
        # a picture's credit label before a colon (ReportedSpeech.without_credit_agency; mendL61)
        self._credit_labels = self._recording_nouns | {w.casefold() for w in self.vocabulary.CREDIT_LABELS}
        self._showing_verbs = frozenset(self.SHOWING_VERBS)
        self._origins = frozenset(self.ORIGIN_WORDS)
        self._participle_links = frozenset(self.PARTICIPLE_LINKS)
        self._place_openers = frozenset(self.PLACE_OPENERS)
        self._age_units = frozenset(unit.casefold() for unit in self.AGE_UNITS)
        self._salutations = self.vocabulary_words(self.vocabulary.SALUTATIONS)
        self._role_links = frozenset(self.ROLE_LINKS)
        self._object_role_links = frozenset(w.casefold() for w in self.OBJECT_ROLE_LINKS)
        self._empty_saying_words = frozenset(w.casefold() for w in self.EMPTY_SAYING_WORDS)
        self._participle_subordinators = frozenset(self.PARTICIPLE_SUBORDINATORS)
        self._opening_participle_links = frozenset(self.OPENING_PARTICIPLE_LINKS)
        self._gerund_prepositions = frozenset(self.GERUND_PREPOSITIONS)
        self._member_prepositions = frozenset(self.MEMBER_PREPOSITIONS)
        self._verbless_prepositions = frozenset(self.VERBLESS_PREPOSITIONS)
        self._participle_prepositions = frozenset(self.PARTICIPLE_PREPOSITIONS)
        self._pronouns = frozenset(self.PRONOUNS)
        self._object_prepositions = frozenset(self.OBJECT_PREPOSITIONS)
        self._persons = frozenset(self.PERSON_PRONOUNS)
        self._plurals = frozenset(self.PLURAL_PRONOUNS)
        self._things = frozenset(self.THING_PRONOUNS)
        self._impersonal_pronouns = frozenset(w.casefold() for w in self.IMPERSONAL_PRONOUNS)
        self._impersonal_after_verb = frozenset(w.casefold() for w in self.IMPERSONAL_AFTER_VERB)
        self._thing_possessives = frozenset(self.THING_POSSESSIVES)
        self._stressed = dict(self.STRESSED_PRONOUNS)
        self._plural_objects = frozenset(self.PLURAL_OBJECT_PRONOUNS)
        self._verb_objects = frozenset(self.VERB_OBJECT_PRONOUNS)
        self._clock_suffixes = frozenset(self.CLOCK_SUFFIXES)
        self._allegiances = frozenset(n.casefold() for n in self.ALLEGIANCE_NOUNS)
        self._third_person = frozenset(w.casefold() for w in self.THIRD_PERSON_PRONOUNS)
        # each gendered word with the pronoun it calls for
        self._gender_words = {normalize_word(w): pronoun for pronoun, words in self.GENDER_WORDS for w in words}
        self._gendered = frozenset(pronoun for pronoun, _ in self.GENDER_WORDS)
        gender_words = sorted({w for _, words in self.GENDER_WORDS for w in words}, key=len, reverse=True)
        # a title or kin word of GENDER_WORDS, maybe with its period and a comma, then a capitalised name
        self._gender_titled = (
            regex.compile(
                rf"(?<![\p{{L}}\p{{M}}'’])(?P<word>(?i:{'|'.join(regex.escape(w) for w in gender_words)}))\.?+,?+\s++"
                rf"(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*+)"
            )
            if gender_words
            else None
        )
        # a capitalised honorific of GENDER_WORDS ("Mr", "Mrs"), maybe with its period, then a capitalised word
        honorifics = sorted(
            {w[:1].upper() + w[1:] for w in self._gender_words if self.vocabulary.is_honorific(w)}, key=len, reverse=True
        )
        # a style of address as written, its words capitalised, at word boundaries: "His Royal Highness"; the
        # determiners and the styles each one alternation (a pattern of every pair, case-folded, took 100 KB; merge58)
        spaces = r"\s++"
        determiners = [regex.escape(det.capitalize()) for det in self.POSSESSIVE_DETERMINERS if det]
        styles = [
            spaces.join(regex.escape(word.capitalize()) for word in style.split())
            for style in sorted(self.HONORIFIC_STYLES, key=len, reverse=True) if style.split()
        ]
        self._style_of_address = (
            regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(determiners)})\s++(?:{'|'.join(styles)})(?![\p{{L}}\p{{M}}])")
            if determiners and styles
            else None
        )
        self._gender_honorific = (
            regex.compile(
                rf"(?<![\p{{L}}\p{{M}}'’])(?P<word>{'|'.join(regex.escape(w) for w in honorifics)})\.?+[ ]++"
                rf"(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*+)"
            )
            if honorifics
            else None
        )
        # each given name, with and without its accents, with the pronoun it calls for (none for both)
        # (a pronoun GENDER_WORDS does not list is none of this language's: a pack that kept English pronouns)
        self._given_names = self.given_name_pronouns((p, n) for p, n in self.GIVEN_NAMES if p in self._gendered)
        # each object or possessive form with the person pronouns it stands for ("her": she)
        self._object_forms = self.forms_of(self.PERSON_OBJECT_FORMS)
        self._possessive_forms = self.forms_of(self.PERSON_POSSESSIVE_FORMS)
        self._kin_relations = {n.casefold(): relation for relation, nouns in self.KIN_RELATIONS for n in nouns}
        self._kin_converses = dict(self.KIN_CONVERSES)
        self._converse_phrases = self.converse_phrases()
        self._complement_verbs = frozenset(v.casefold() for v in self.OBJECT_COMPLEMENT_VERBS)
        self._object_particles = frozenset(w.casefold() for w in self.OBJECT_PARTICLES)
        self._questioned_openers = frozenset(self.QUESTIONED_OPENERS)
        # ("asked whether he ...": the last word of a question verb, then a question word)
        self._question_verb_ends = frozenset(v.split()[-1].casefold() for v in self.QUESTION_VERBS)
        self._question_openers = frozenset(w.casefold() for w in self.QUESTION_WORDS if w not in self.TOPIC_WORDS)
        # (the longest ending first: "ministerin" before "minister" is no matter, but "meisterin" is)
        alone = frozenset(normalize_word(w) for w in self.WHOLE_GENDER_WORDS)
        endings = [w for w in self._gender_words if w not in alone]
        self._gender_endings = tuple(sorted(endings, key=len, reverse=True)) if self.GENDER_BY_ENDING else ()
        self._common_gender = tuple(normalize_word(w) for w in self.COMMON_GENDER_WORDS)
        self._portfolio_roles = frozenset(normalize_word(w) for w in self.PORTFOLIO_ROLES)
        self._demonym_nouns = {
            noun: country for name, nouns in self.DEMONYM_NOUNS
            if (country := self.vocabulary.country(name)) is not None for noun in nouns
        }
        self._gender_articles = {normalize_word(a): pronoun for pronoun, articles in self.GENDER_ARTICLES for a in articles}
        # each of STANDING_NOUNS written alone or ending a compound ("Politiker", "Kommunalpolitiker"):
        # standing_noun_person's look back, compiled once, not per mention
        self._standing_written = {
            noun: regex.compile(rf"(?i){regex.escape(noun)}(?!\w)") for noun in self.STANDING_NOUNS
        }
        self._label_words = frozenset(w.casefold() for w in self.LABEL_WORDS)
        # (a pack's own labels of a link as well: "Lire aussi")
        self._link_labels = frozenset(" ".join(w.casefold().split()) for w in (*self.LINK_LABELS, *self.vocabulary.RELATED_LABELS))
        self._label_endings = tuple(self.LABEL_ENDINGS)
        self._first_person = frozenset(w.casefold() for w in self.FIRST_PERSON_WORDS)
        self._second_person = frozenset(w.casefold() for w in self.SECOND_PERSON_WORDS)
        # (each of COUNT_LEADS folded once, with its length as written: opens_with_count reads them per mention)
        self._count_leads = tuple((lead.casefold(), len(lead)) for lead in self.COUNT_LEADS)
        self._turn_speech = frozenset(w.casefold() for w in self.TURN_SPEECH_WORDS) | self._first_person
        self._person_nouns = frozenset(n.casefold() for n in self.PERSON_NOUNS)
        self._document_nouns = frozenset(n.casefold() for n in self.DOCUMENT_NOUNS)
        self._body_nouns = frozenset(n.casefold() for n in self.BODY_NOUNS)
        self._speechless = frozenset(n.casefold() for n in self.SPEECHLESS_NOUNS)
        self._speaking_documents = frozenset(n.casefold() for n in (*self.SPEAKING_DOCUMENTS, *self.FINDING_SUBJECTS))
        self._authored_documents = frozenset(n.casefold() for n in self.AUTHORED_DOCUMENTS)
        self._document_sources = frozenset(w.casefold() for w in self.DOCUMENT_SOURCE_WORDS)
        self._participle_particles = frozenset(w.casefold() for w in self.PARTICIPLE_PARTICLES)
        self._document_heads = self._speaking_documents | self._authored_documents  # (document_author: built once)
        self._count_nouns = frozenset(n.casefold() for n in self.COUNT_NOUNS)
        self._conversation_nouns = frozenset(n.casefold() for n in self.CONVERSATION_NOUNS)
        self._conversation_links = frozenset(w.casefold() for w in self.CONVERSATION_LINKS)
        self._utterance_nouns = frozenset(n.casefold() for n in self.UTTERANCE_NOUNS)
        self._reflexives = frozenset(self.REFLEXIVE_PRONOUNS)
        self._generation_words = frozenset(self.GENERATION_WORDS)
        self._preverbal_negations = frozenset(w.casefold() for w in self.PREVERBAL_NEGATIONS)
        self._claim_nouns = frozenset(n.casefold() for n in self.CLAIM_NOUNS)
        self._object_speech_nouns = self._claim_nouns | frozenset(n.casefold() for n in self.OBJECT_SPEECH_NOUNS)
        self._claim_links = frozenset(n.casefold() for n in self.CLAIM_LINKS)
        self._claim_stops = frozenset(n.casefold() for n in self.CLAIM_STOPS)
        self._quoted_claim_nouns = frozenset(n.casefold() for n in self.QUOTED_CLAIM_NOUNS)
        self._how_copulas = frozenset(w.casefold() for w in self.HOW_COPULAS)
        self._how_words = frozenset(w.casefold() for w in self.HOW_WORDS)
        self._how_verb_phrases = tuple(tuple(p.casefold().split()) for p in self.HOW_VERB_PHRASES)
        self._presenting_openers = tuple(tuple(o.casefold().split()) for o in self.PRESENTING_OPENERS)
        self._quoting_verbs = frozenset(w.casefold() for w in self.QUOTING_VERBS)
        self._quoting_markers = frozenset(w.casefold() for w in self.QUOTING_OBJECT_MARKERS)
        self._presenting_settings = frozenset(w.casefold() for w in self.PRESENTING_SETTINGS)
        self._presenting_sources = frozenset(w.casefold() for w in self.PRESENTING_SOURCES)
        self._reply_words = frozenset(w.casefold() for w in self.REPLY_WORDS)
        self._recap_openers = tuple(tuple(o.casefold().split()) for o in self.RECAP_OPENERS)
        self._recap_verbs = frozenset(w.casefold() for w in self.RECAP_VERBS)
        self._receiving = frozenset(v.casefold() for v in self.RECEIVING_VERBS)
        self._recalling = frozenset(v.casefold() for v in self.RECALLING_VERBS)
        self._causatives = frozenset(v.casefold() for v in self.CAUSATIVE_VERBS)
        self._caused_thoughts = frozenset(v.casefold() for v in self.CAUSED_THOUGHT_CUES)
        self._non_speech_objects = frozenset(w.casefold() for w in self.NON_SPEECH_OBJECTS)
        self._rating_objects = frozenset(w.casefold() for w in self.RATING_OBJECTS)
        self._rating_terms = frozenset(w.casefold() for w in self.RATING_TERMS)
        self._indefinite_objects = frozenset(w.casefold() for w in self.INDEFINITE_OBJECTS)
        self._indefinite_objects_before_comma = frozenset(w.casefold() for w in self.INDEFINITE_OBJECTS_BEFORE_COMMA)
        self._act_objects = frozenset(w.casefold() for w in self.ACT_OBJECTS)
        self._told_things = frozenset(w.casefold() for w in self.TOLD_THINGS)
        self._act_verbs = frozenset(w.casefold() for w in self.ACT_VERBS)
        self._answer_verbs = frozenset(w.casefold() for w in self.ANSWER_VERBS)
        self._answered_objects = frozenset(w.casefold() for w in self.ANSWERED_OBJECTS)
        self._non_speech_followers = frozenset(w.casefold() for w in self.NON_SPEECH_FOLLOWERS)
        self._aside_adverbs = frozenset(w.casefold() for w in self.ASIDE_ADVERBS)
        self._linking_adverbs = self.vocabulary_words(self.vocabulary.LINKING_ADVERBS)
        self._collectives = frozenset(n.casefold() for n in self.COLLECTIVE_NOUNS)
        self._inner_links = frozenset(w.casefold() for w in self.BODY_NAME_INNER_LINKS)
        self._body_plural_endings = tuple(self.BODY_PLURAL_ENDINGS)
        # determiners written glued to their noun ("l’entraîneur")
        self._elided = tuple(d.casefold() for d in self.DETERMINERS if d[-1:] in self.APOSTROPHES)
        self._person_suffixes = tuple(self.PERSON_SUFFIXES)
        self._not_person_nouns = frozenset(self.NOT_PERSON_NOUNS)
        self._occupation_endings = tuple(self.OCCUPATION_ENDINGS)
        self._sure_occupation_endings = tuple(self.SURE_OCCUPATION_ENDINGS)
        self._name_like = frozenset(w.casefold() for w in self.NAME_LIKE_WORDS)
        self._given_name_occupation_endings = tuple(self.GIVEN_NAME_OCCUPATION_ENDINGS)
        self._named_occupations = frozenset(w.casefold() for w in self.NAMED_OCCUPATIONS)
        self._openers = frozenset(self.CLAUSE_OPENERS)
        self._clause_verbs = frozenset(self.CLAUSE_VERBS)
        self._gerund_subject_verbs = frozenset(self.GERUND_SUBJECT_VERBS)
        self._late_clause_verbs = frozenset(self.LATE_CLAUSE_VERBS)
        # with the vocabulary's months as it abbreviates them, with a period ("Sept."), not their full
        # names ("in May." ends a sentence); weekdays stay out ("Sun." may be a paper's name)
        short = {normalize_word(w) for names in self.vocabulary.MONTHS for w in names if w.endswith(".")}
        self._abbreviations = frozenset(self.ABBREVIATIONS) | short
        self._closing_abbreviations = frozenset(self.CLOSING_ABBREVIATIONS)
        self._noun_or_title_abbreviations = frozenset(self.NOUN_OR_TITLE_ABBREVIATIONS)
        self._clock_abbreviations = frozenset(self.CLOCK_ABBREVIATIONS)
        self._closers = {open_: close for open_, close in self.QUOTE_PAIRS}
        self._marks = frozenset(c for pair in self.QUOTE_PAIRS for c in pair)
        self._mark_chars = "".join(sorted(self._marks))  # (the marks as one string, for str.strip, built once)
        # the closing marks of QUOTE_PAIRS, each alone: the gap a quoted name leaves before its cue
        self._name_closers = frozenset(c for _, c in self.QUOTE_PAIRS)
        self._closing_text = "".join(sorted({close for _, close in self.QUOTE_PAIRS}))  # (closing marks, for str.strip)
        self._mark_chars = "".join(sorted(self._marks))  # (the marks as one string, for str.strip)
        self._word = regex.compile(WORD)
        self._clock_opening = regex.compile(self.CLOCK_OPENING)
        self._agreement_verbs = frozenset(self.AGREEMENT_VERBS)
        self._agreement_links = frozenset(self.AGREEMENT_LINKS)
        mixed: dict[str, str] = {}
        for open_, close in self.MIXED_CLOSERS:
            mixed[open_] = mixed.get(open_, "") + close
        self._mixed_closers = mixed
        # the opening mark each closing mark regularly closes ("”" closes "“"; '"' closes '"')
        self._openers_of = {close: open_ for open_, close in self.QUOTE_PAIRS}

    def is_relative(self, word: str) -> bool:
        """Whether *word*, as written, is one of :attr:`RELATIVE_PRONOUNS`: a word in capitals of
        more than one letter is an acronym (``The WHO said``), never a relative pronoun.

        .. versionadded:: 0.2
        """
        return word.casefold() in self._relatives and not self.is_acronym(word)

    @staticmethod
    def is_acronym(word: str) -> bool:
        """Whether *word* is written in capitals and has more than one letter (``WHO``, ``US``).

        .. versionadded:: 0.2
        """
        return len(word) > 1 and word.isupper()

    @staticmethod
    def given_name_pronouns(lists: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
        """Each name of *lists* (pronoun, names), casefolded, and again without its accents
        (``josé`` and ``jose``) -> its pronoun; a name two pronouns list is left out.

        >>> sorted(QuoteWords.given_name_pronouns([("she", ("Inés", "Robin")), ("he", ("robin",))]).items())
        [('ines', 'she'), ('inés', 'she')]

        .. versionadded:: 0.2"""
        found: dict[str, str] = {}
        for pronoun, names in lists:
            for name in names:
                low = name.casefold()
                bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
                for form in {low, unicodedata.normalize("NFC", bare)}:
                    found[form] = pronoun if found.get(form, pronoun) == pronoun else ""
        return {name: pronoun for name, pronoun in found.items() if pronoun}

    def check_vocabularies(self) -> None:
        """Refuse a word list (an UPPERCASE class attribute) that holds a blank word, as one read
        from a file with an empty line does (the rules take words apart and have no use for one),
        and a :attr:`QUOTE_PAIRS` pair that is not two marks of one character each.

        >>> type("MyQuotes", (QuoteWords,), {"SPEECH_VERBS": ("said", "")})()
        Traceback (most recent call last):
          ...
        ValueError: MyQuotes.SPEECH_VERBS[1] is a blank word ''; remove it
        """
        for name in dir(type(self)):
            words = getattr(self, name) if name.isupper() else None
            if not isinstance(words, (tuple, list)):
                continue
            for index, word in enumerate(words):
                if isinstance(word, str) and not word.strip():
                    raise ValueError(f"{type(self).__name__}.{name}[{index}] is a blank word {word!r}; remove it")
        for index, pair in enumerate(self.QUOTE_PAIRS):
            if not (len(pair) == 2 and all(isinstance(mark, str) and len(mark) == 1 and not mark.isspace() for mark in pair)):
                raise ValueError(
                    f"{type(self).__name__}.QUOTE_PAIRS[{index}] is {pair!r}: each pair is an opening and a closing "
                    "mark of one character each (put marks of two characters, such as '', in QUOTE_DIGRAPHS)"
                )

    def add_spellings(self) -> None:
        """Give this parser, in place of each word list of its class (an UPPERCASE tuple of
        words) that has a word :attr:`SPELLING_FORMS` spell otherwise, the list with those
        spellings after its words (``afirmó`` and ``afirmo\\u0301``), so that every set and
        pattern built from it reads both; the class's lists stay as written.  Run by
        ``__init__`` before any list is read, once per parser: the text is never normalised,
        and a word written composed costs nothing more to look up."""
        for name in dir(type(self)):
            words = getattr(self, name) if name.isupper() else None
            if not isinstance(words, tuple) or not words or not all(isinstance(word, str) for word in words):
                continue
            spelled = {word: None for word in words}  # (in order, each once)
            for word in words:
                if not word.isascii():
                    spelled.update(dict.fromkeys(self.spellings(word)))
            if len(spelled) > len(words):
                setattr(self, name, tuple(spelled))

    def vocabulary_words(self, words: Iterable[str]) -> frozenset[str]:
        """The words of one of the vocabulary's lists (:attr:`vocabulary`: the language's one list,
        which the layout parsers read too, ``Vocabulary.SALUTATIONS``), in lower case, each with its
        spellings in :attr:`SPELLING_FORMS` as :meth:`add_spellings` gives this class's own lists.

        .. versionadded:: 0.2 (mend57)"""
        return frozenset(
            spelled.casefold() for word in words for spelled in (word, *(() if word.isascii() else self.spellings(word)))
        )

    def spellings(self, word: str) -> list[str]:
        """*word* in each of :attr:`SPELLING_FORMS` and, with two forms or more, with each of its
        letters in any of them (``de\\u0301claré``, as copy mended in part has it), unless that
        makes more than :attr:`MAX_SPELLINGS` spellings."""
        forms = [unicodedata.normalize(form, word) for form in self.SPELLING_FORMS]
        if len(self.SPELLING_FORMS) < 2:
            return forms
        letters = [sorted({unicodedata.normalize(form, letter) for form in self.SPELLING_FORMS}) for letter in forms[0]]
        if math.prod(len(ways) for ways in letters) > self.MAX_SPELLINGS:
            return forms
        return forms + ["".join(ways) for ways in itertools.product(*letters)]

    # -- shared helpers ----------------------------------------------------------------------

    def mixed_closing_mark(self, raw: str, open_: int, regular: int) -> int:
        """Where the quotation opened at *open_* closes when one of :attr:`MIXED_CLOSERS` closes it
        before its *regular* closing mark (``-1``: none): ``"We won,” she said``.  A mixed mark
        counts only where a quotation ends (after a character that is not a space, before a space,
        punctuation or the end), and not while a quotation it regularly closes is open inside
        (``"He shouted “Stop!” twice"``).  Linear in the characters up to the closing mark."""
        alternates = self._mixed_closers.get(raw[open_])
        if not alternates:
            return regular
        stop = regular if regular >= 0 else len(raw)
        if not any(raw.find(c, open_ + 1, stop) >= 0 for c in alternates):
            return regular
        depth = dict.fromkeys(alternates, 0)
        nested = {self._openers_of.get(c, c): c for c in alternates}
        for i in range(open_ + 1, stop):
            ch = raw[i]
            if ch not in depth and ch not in nested:
                continue
            before = raw[i - 1]
            after = raw[i + 1] if i + 1 < len(raw) else " "
            closes = not before.isspace() and (after.isspace() or after in ",.;:!?)]-–—")
            if ch in depth and closes:
                if depth[ch] == 0:
                    return i
                depth[ch] -= 1
            elif ch in nested and not after.isspace():
                depth[nested[ch]] += 1  # a quotation opened inside: its closing mark is taken
        return regular

    def converse_phrases(self) -> dict[tuple[str, str], tuple[str, frozenset[tuple[str, str]]]]:
        """For each possessive of one gender and kin noun of :attr:`KIN_RELATIONS` (``("her",
        "father")``): the kin noun's gender and the phrases, in lower case, that set off the
        converse kin before (``("his", "daughter")``, ``("his", "son")`` for ``Her father``: a
        possessive of the kin noun's gender and a converse noun of the first possessive's gender),
        read once for :meth:`~newsparse.quotes.resolution.SpeakerResolution.converse_kin`.

        .. versionadded:: 0.2
        """
        phrases: dict[tuple[str, str], tuple[str, frozenset[tuple[str, str]]]] = {}
        for owner, owner_genders in self._possessive_forms.items():
            if len(owner_genders) != 1:
                continue
            for noun, relation in self._kin_relations.items():
                gender = self._gender_words.get(normalize_word(noun))
                converse = self._kin_converses.get(relation)
                if converse is None or gender is None:
                    continue
                # (the converse nouns of the mention's possessive's gender: "Her father" -> "daughter")
                nouns = [n for n, r in self._kin_relations.items() if r == converse and self._gender_words.get(n) in owner_genders]
                possessives = [p for p, genders in self._possessive_forms.items() if genders == {gender}]
                if nouns and possessives:
                    phrases[(owner, noun)] = (gender, frozenset((p, n) for p in possessives for n in nouns))
        return phrases

    @staticmethod
    def forms_of(table: Sequence[tuple[str, Sequence[str]]]) -> dict[str, frozenset[str]]:
        """Each word of *table* (lower case) with the person pronouns it is listed for."""
        forms: dict[str, set[str]] = {}
        for pronoun, words in table:
            for word in words:
                forms.setdefault(word.casefold(), set()).add(pronoun.casefold())
        return {word: frozenset(pronouns) for word, pronouns in forms.items()}

    def may_be_date_surname(self, word: str) -> bool:
        """Whether *word* is a capitalised month or one of :attr:`NAME_STOP_WORDS`, a surname
        when it stands alone (``May``, ``April``, ``Will``)."""
        return word[:1].isupper() and (word.casefold() in self._name_stops or bool(self.vocabulary.month_number(word)))

    def name_stop_word(self, word: str, before: str, after: str) -> bool:
        """Whether *word*, one of :attr:`NAME_STOP_WORDS`, is a name's word here rather than a
        stop word: written with a capital, after a capitalised word (``Theresa May``) or before
        one (``Will Hurd``), or with *after* empty, right before the cue (``May said``).
        *before* and *after* are the words next to it with only blanks between (``""``: none).
        Also a capitalised word of the vocabulary's ``SURNAME_WORDS`` right after a given name or a
        title (:meth:`surname_stop_word`: ``Tom Still said``, ``Dr. Even said``)."""
        if self.surname_stop_word(word, before):
            return True
        if not (word[:1].isupper() and word.casefold() in self._name_stops):
            return False
        capital = (before[:1].isupper() and before.casefold() not in self._stop) or after[:1].isupper()
        return capital or not after

    def surname_stop_word(self, word: str, before: str) -> bool:
        """Whether *word*, a stop word or an adverb of the quote rules, is a surname here: one of
        the vocabulary's ``SURNAME_WORDS`` (``Still``, ``Even``), capitalised, right after *before*,
        a capitalised given name of the vocabulary or a title (``Tom Still said``, ``David Even
        said``, ``Dr. Still said``); never in lower case (``the mayor still said``) nor after
        another word (``Berg Even said`` reads no name, ``Still, Berg said`` opens a sentence).

        .. versionadded:: 0.2 (fixQ66)"""
        vocabulary = self.vocabulary
        if not (word[:1].isupper() and before[:1].isupper() and vocabulary.is_surname_word(word)):
            return False
        return vocabulary.is_given_name(before) or vocabulary.is_title(before) or vocabulary.is_honorific(before.casefold())

    def ordinal_title(self, word: str, after: str) -> bool:
        """Whether *word*, capitalised, is one of :attr:`TITLE_ORDINALS` right before *after*, a
        capitalised title of the vocabulary (``First Minister``): the title's first word, not an
        adverb that opens the sentence (``First Minister Ailsa Drummond said``; ``First, Ortiz
        said`` and ``First Tom Berg said`` keep reading it as one).

        .. versionadded:: 0.2 (trialQ62)"""
        return (
            word[:1].isupper() and word.casefold() in self._title_ordinals
            and after[:1].isupper() and self.vocabulary.is_title(after)
        )

    @staticmethod
    def word_boundary(raw: str, pos: int, floor: int) -> int:
        """*pos*, moved forward past the rest of a word it falls inside (never below *floor*)."""
        if pos <= floor:
            return floor
        while pos < len(raw) and raw[pos - 1].isalnum() and raw[pos].isalnum():
            pos += 1
        return pos

    @staticmethod
    def trim_end(raw: str, start: int, end: int) -> int:
        """Move *end* back over whitespace, a closing comma and sentence punctuation (but keep a
        closing quotation mark and the comma inside it)."""
        while end > start and (raw[end - 1].isspace() or raw[end - 1] in ".,;:!?"):
            end -= 1
        return end

    @staticmethod
    def strip_inner(raw: str, start: int, end: int) -> tuple[int, int]:
        """The inside of a quotation without surrounding whitespace."""
        while start < end and raw[start].isspace():
            start += 1
        while end > start and raw[end - 1].isspace():
            end -= 1
        return start, end

    @staticmethod
    def is_claimed(pos: int, claimed: Sequence[tuple[int, int]]) -> bool:
        """Whether *pos* falls in one of the *claimed* regions: by bisection when they are a
        :class:`~newsparse.quotes.model.ClaimWindow` (a slice of the paragraph's claims: the cost
        of a cue does not grow with how many quotes stand near it), else one by one."""
        covers = getattr(claimed, "covers", None)
        if covers is not None:
            return bool(covers(pos))
        return any(a <= pos < b for a, b in claimed)

    @staticmethod
    def may_hold_word(piece: str, words: Iterable[str]) -> bool:
        """Whether one of *words* (in lower case, as the rules compare them folded) may stand in
        *piece*: a word of it or a part of a word (``his`` in ``this``).  A cheap test before a
        rule reads the piece word by word: false, none of them stands there."""
        folded = piece.casefold()
        return any(word in folded for word in words)

    @staticmethod
    def inside_marks(pos: int, marks: Sequence[tuple[int, int]]) -> bool:
        """Whether *pos* is inside a pair of quotation marks (*marks* are sorted and do not overlap)."""
        starts = getattr(marks, "starts", None)  # (packed marks: their starts' array, no pair made per step)
        i = (bisect_left(starts(), pos) if starts is not None else bisect_left(marks, (pos, -1))) - 1
        return i >= 0 and marks[i][0] < pos < marks[i][1]
