"""Reported speech: a speech verb with its speaker and what was said (``Analysts said ...``,
``... emphasized on Tuesday that ...``, ``According to X, ...``, ``..., saying that ...``,
``..., banking analysts said.``); when the reported words include quotation marks the quote is
``mixed``."""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import MutableSequence, Sequence
from itertools import islice, pairwise
from typing import ClassVar

import attrs
import regex

from ..lines import SPACED_WORD
from ..names import strip_possessive
from ..sharing import LazyPattern
from ..spans import Quote, QuoteKind, QuoteList, Span, Speaker, collapse
from ..vocab import speech_verbs
from ..vocabulary import KEEP_GIL, Vocabulary, normalize_word
from .direct import DirectQuotes
from .grammar import CueScan
from .model import Candidate, Claims, ClaimWindow, DirectSpeakers, Mention, State
from .resolution import _YEAR
from .words import DIGIT_COMMA, WORD, QuoteWords, any_of, ends_with

__all__ = ["ReportedSpeech", "SentenceReading"]

#: A comma that may end a clause: any but one between digits (``2,000``).
_CLAUSE_COMMA = regex.compile(rf"(?!{DIGIT_COMMA}),")
#: An appositive after ``according to X``: ``, a professor at Y,`` (lower case, or a capitalised
#: article or pronoun as a sentence's first word would not be). A comma between digits is part
#: of a number (``0,9 %``, ``1,500 jobs``), never the comma that closes the appositive.
_DESCRIPTION = regex.compile(r",\s*+(?P<d>\p{Ll}[\p{L}\p{M}]*+\s(?:[^,]|(?<=\d),(?=\d)){1,150}+)(?=,)")
_COMMA = regex.compile(r"\s*+,\s*+")
_CAPITALISED_RUN = regex.compile(r"\p{Lu}\S*+")
#: An appositive that runs from a closing source's comma to the end of its sentence (``..., according
#: to Ana Ruiz, a professor at Leeds University.``).
_CLOSING_DESCRIPTION = regex.compile(
    r",\s*+(?P<d>\p{Ll}[\p{L}\p{M}]*+\s(?:[^,]|(?<=\d),(?=\d)){1,150}?)[\s.!?)\]]*+$"
)
# a comma and the word after it ("..., said the deal was dead")
_NEXT_WORD = regex.compile(r",\s++(?P<word>\p{Ll}[\p{Ll}\p{M}]*+)")
#: The word after blanks (``según explicó``: ``explicó``).
_WORD_AFTER_BLANKS = regex.compile(rf"\s*+(?P<word>{WORD})")
#: An appositive that runs to the end of the sentence after a closing attribution
#: (``..., said Katie Ruiz, the group's director of outreach.``).
#: a colon that is not punctuation: between digits, in a clock time ("the 7:40 train")
_CLOCK_COLON = r"(?<=\d):(?=\d)"
_TAIL_APPOSITIVE = regex.compile(rf"(?:,\s*+(?:[^\"“”;:,]|{_CLOCK_COLON}){{1,200}}+){{1,3}}+\s*+$")
#: A name set off by commas after a role (``according to the minister, Ana Ortiz, ...``).
_NAMED = regex.compile(r",\s*+(?P<name>\p{Lu}[^,\d]{1,60}+),\s*+(?P<next>\S)")
#: A label before a colon that opens a sentence (``Status: The bridge ...``, ``Road closures:``):
#: one or two words, the first capitalised, then a capital or a quotation mark after the colon.
_LABEL = regex.compile(r"\p{Lu}[\p{L}\p{M}\-]*+(?:\s\p{L}[\p{L}\p{M}\-]*+)?+:\s++(?=[\p{Lu}\"“‘'])")
#: A character that is neither a letter nor a blank (punctuation between a speaker's phrase and its cue).
_NOT_WORDS = regex.compile(r"[^\p{L}\p{M}\s]")
#: A currency sign before an amount (``$2 million``, ``€40``).
_CURRENCY = regex.compile(r"\p{Sc}(?=\d)")
#: Negative contractions, read as their verb: ``shouldn't`` -> ``should``.
_NEGATION = regex.compile(r"n['’]t$")
#: A contraction after a pronoun: ``he's``, ``they'll``, ``I'm``.
_CONTRACTION = regex.compile(r"['’](?:s|ll|re|ve|d|m)$")


class SentenceReading:
    """What stays fixed while :meth:`ReportedSpeech.reported_speech` reads one sentence of a
    paragraph, built once for the sentence instead of seven arguments handed to each reader: the
    paragraph's text (*raw*), its *offset* in the input and its *number*, the *sentence*'s bounds,
    the paragraph's quotation *marks*, the parse's *state* and the regions already *claimed* in and
    near the sentence; and what several readers of the sentence would otherwise read again, each
    read once, when first asked (:meth:`subject`, :meth:`in_relative`).  One per sentence, local
    to the call (:attr:`State.sentence_reading <newsparse.quotes.model.State.sentence_reading>`
    points to it only while the sentence is read), so it keeps nothing between parses.

    .. versionadded:: 0.2
    """

    __slots__ = ("_relative", "_subjects", "claimed", "fixed", "marks", "number", "offset", "raw", "sentence", "state")

    def __init__(
        self,
        raw: str,
        offset: int,
        number: int,
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
        claimed: ClaimWindow | list[tuple[int, int]],
    ) -> None:
        self.raw = raw
        self.offset = offset
        self.number = number
        self.sentence = sentence
        self.marks = marks
        self.state = state
        self.claimed = claimed
        #: The first six arguments of each sentence reader (``raw, offset, number, sentence, marks,
        #: state``), in that order: ``reader(*reading.fixed, reading.claimed)``.
        self.fixed = (raw, offset, number, sentence, marks, state)
        # (the memos: at most one entry per cue of the sentence, or per bounds a reader narrows it to)
        self._subjects: dict[tuple[int, int], Mention | None] = {}
        self._relative: dict[tuple[int, int], bool] = {}

    def is_for(self, raw: str, state: State) -> bool:
        """Whether this is the reading of a sentence of *raw* (the same string) in *state*."""
        return self.raw is raw and self.state is state

    def subject(self, parser: ReportedSpeech, sentence: tuple[int, int]) -> Mention | None:
        """*parser*'s :meth:`~newsparse.quotes.grammar.SpeakerGrammar.modified_subject` of
        *sentence* (the sentence read, or the part of it a reader narrowed it to), read once."""
        if sentence not in self._subjects:
            self._subjects[sentence] = parser.modified_subject(self.raw, sentence)
        return self._subjects[sentence]

    def in_relative(self, parser: ReportedSpeech, start: int, cue_start: int) -> bool:
        """*parser*'s :meth:`ReportedSpeech.in_relative` for a cue at *cue_start*, read once."""
        key = (start, cue_start)
        answer = self._relative.get(key)
        if answer is None:
            answer = self._relative[key] = parser.in_relative(self.raw, start, cue_start)
        return answer


class ReportedSpeech(DirectQuotes):
    """Reported speech, cue by cue, in each sentence."""

    #: The words that join two complements of a relative clause's reported words (``was weak
    #: and flawed``, ``was late or wrong``) in :meth:`clause_verb_end`.
    COMPLEMENT_JOINERS: ClassVar[tuple[str, ...]] = ("and", "or")
    #: Words that may follow the verb of a clause :meth:`cut_speaker_clause` cuts, in lower case:
    #: a particle or a preposition of a narrated action (``..., and she walked out of the room``,
    #: ``..., and he looked at the floor``); besides these only an adverb in ``-ly`` or nothing
    #: may (``..., but she laughed nervously``, ``..., and he smiled``).  Any other word after
    #: the verb (an object, ``to``, ``that``) may be reported words and keeps the clause
    #: (``..., and he wanted the council to back it``).  Empty: only an adverb or nothing.
    #:
    #: .. versionadded:: 0.2 (fixR56)
    NARRATION_PARTICLES: ClassVar[tuple[str, ...]] = (
        "out", "away", "off", "back", "up", "down", "again", "at", "from", "into", "onto", "across", "along",
        "around", "through",
    )
    #: Prepositions (lower case) that open a setting, a place one speaks from, between a cue and
    #: its ``that`` as a time or a place of :attr:`PLACE_PREPOSITIONS` may (Spanish ``dijo desde
    #: el balcón que ...``); English ``through`` and ``via``, the one words went through (``said
    #: through a translator that ...``, ``said via a spokesman that ...``).  Empty: none but those.
    #:
    #: .. versionadded:: 0.2 (lang62b)
    #: .. versionchanged:: 0.2 English ``through``, ``via`` (mendQT69)
    THAT_SETTING_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("through", "via")
    #: Prepositions (lower case) that open an audience between a cue and its ``that``, a setting only
    #: when the words after them name someone addressed (:meth:`names_addressee`: French ``a déclaré
    #: devant les députés que ...``, ``devant la presse``; not ``devant les difficultés que ...``,
    #: a thing and its relative clause; English ``confirmed to Euractiv that ...``, ``explained to
    #: reporters that ...``; not ``agreed to terms that ...``).
    #:
    #: .. versionadded:: 0.2 (lang63; English ``to``, fixQ65)
    AUDIENCE_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("to",)
    #: Whether a relative clause on a setting's noun may stand between a cue's ``that`` and the
    #: reported clause's (:meth:`that_after_setting_relative`: Spanish ``dijo en la carta que envió
    #: al ministro que ...``).  Off: the clause after a setting often holds a second ``that`` of
    #: its own (``said at the briefing that police would close that road``, Spanish ``afirmó en la
    #: rueda de prensa que espera que ...``, French ``qu'il faut que ...``), which the rule would
    #: cut at (reader63); a subclass for a corpus of the first shape turns it on.
    #:
    #: .. versionadded:: 0.2 (lang63)
    SETTING_RELATIVES: ClassVar[bool] = False
    #: The most words of a relative clause on a setting's noun between its ``that`` and the
    #: reported clause's (:meth:`that_after_setting_relative`: Spanish ``dijo en la carta que envió
    #: al ministro que ...``, four words at most: ``concedió a la radio``).
    #:
    #: .. versionadded:: 0.2 (lang63)
    MAX_SETTING_RELATIVE_WORDS: ClassVar[int] = 4
    #: Words (lower case) of a copula or a verb of seeming: in the words between a setting's
    #: ``that`` and a later one, the later one is the complement of what they describe (``said in
    #: the letter that it was clear that ...``, Spanish ``era evidente que``), never the reported
    #: clause's opening after a relative clause (:meth:`that_after_setting_relative`).
    #:
    #: .. versionadded:: 0.2 (lang63)
    COPULA_WORDS: ClassVar[tuple[str, ...]] = (
        "is", "are", "was", "were", "be", "been", "am", "seems", "seemed", "appears", "appeared",
    )
    #: Possessive determiners (lower case) that are never a verb's object: a cue word right after
    #: one is a noun, no verb (``did not attack him in his remarks on Tuesday but argued that ...``:
    #: ``argued`` reports, ``remarks`` names what he gave; :meth:`possessed_cue`).
    #:
    #: .. versionadded:: 0.2 (spk70)
    NOUN_POSSESSIVES: ClassVar[tuple[str, ...]] = ("his", "their", "its", "our", "my", "your")
    #: Possessive determiners (lower case) that are an object pronoun too (``heard her explain that
    #: ...``): a cue word right after one is a noun only in a plural form, with an ending of
    #: :attr:`BODY_PLURAL_ENDINGS` (``in her remarks on Monday``, ``her comments``; not ``let her
    #: explain``; :meth:`possessed_cue`).
    #:
    #: .. versionadded:: 0.2 (spk70)
    PLURAL_NOUN_POSSESSIVES: ClassVar[tuple[str, ...]] = ("her",)
    #: Speech verbs' past forms (lower case), never a possessive's noun: after ``his`` standing for
    #: itself (``A neighbour of his said ...``) such a word is the verb (:meth:`possessed_cue`).
    #:
    #: .. versionadded:: 0.2
    PAST_CUE_FORMS: ClassVar[tuple[str, ...]] = speech_verbs.inflect(speech_verbs.SPEECH, only_past=True)

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(vocabulary)
        # "said on Tuesday that", "emphasized again that": the words up to "that"
        times = any_of([*self.TIME_PREPOSITIONS, *self.TIME_ADVERBS])
        weekdays = self.vocabulary.weekday_pattern
        # "that" and its elided forms (French "qu'il": no space after the apostrophe)
        that = "|".join(
            regex.escape(w) + (r"\s*+" if w[-1:] in "'’" else r",?\s++")
            for w in sorted(self.THAT_WORDS, key=len, reverse=True)
        )
        phrases = "|".join(r"\s++".join(regex.escape(w) for w in phrase.split()) for phrase in self.TIME_PHRASES) or "(?!)"
        self._time_phrase = regex.compile(rf"\s++(?:{phrases})(?![\p{{L}}\p{{N}}])")
        # (not "that" before one of TIME_NOUNS: "shot back that night" names a time, no clause)
        demonstrative = rf"(?!(?:{any_of(self.TIME_NOUNS)})(?![\p{{L}}]))" if self.TIME_NOUNS else ""
        # (a place as well: "said outside court that ...")
        places = any_of([*self.PLACE_PREPOSITIONS, *self.THAT_SETTING_PREPOSITIONS, *self.AUDIENCE_PREPOSITIONS])
        self._audience_openers = frozenset(self.AUDIENCE_PREPOSITIONS)
        # (the marks that end a participle's phrase, with every quotation mark: built once, rvq69)
        self._participle_breaks = frozenset(self.PARTICIPLE_PHRASE_BREAKS) | {m for pair in self.QUOTE_PAIRS for m in pair}
        self._that_settings = frozenset(self.THAT_SETTING_PREPOSITIONS)
        # (an aside adverb too, with or without its commas: "said however that", French "estime
        # toutefois que")
        asides = rf"|,?\s++(?:{any_of(self.ASIDE_ADVERBS)})(?![\p{{L}}\p{{N}}])" if self.ASIDE_ADVERBS else ""
        self._that = regex.compile(
            rf"(?:\s++(?:{times}|{places}|{weekdays})(?:\s++[\p{{L}}\p{{N}}'’\-]++){{0,8}}?|\s++{self.manner_adverb_pattern()}{asides})?"
            rf",?\s++(?:{that}){demonstrative}",
            regex.IGNORECASE,
        )
        # "dijo en la carta que envió al ministro que ...": a relative clause on the setting's noun
        # (a word in lower case, then up to MAX_SETTING_RELATIVE_WORDS in all), then the clause's "that"
        self._relative_then_that = regex.compile(
            rf"(?P<relative>\p{{Ll}}[\p{{L}}'’\-]*+(?:\s++[\p{{L}}'’\-]++){{0,{self.MAX_SETTING_RELATIVE_WORDS - 1}}}?)"
            rf"\s++(?:{that})(?=\p{{L}})",
            regex.IGNORECASE,
        )
        self._setting_openers = frozenset(
            [*self.TIME_PREPOSITIONS, *self.PLACE_PREPOSITIONS, *self.THAT_SETTING_PREPOSITIONS, *self.AUDIENCE_PREPOSITIONS]
        )
        self._copulas = frozenset(self.COPULA_WORDS)
        self._noun_possessives = frozenset(self.NOUN_POSSESSIVES)
        self._plural_noun_possessives = frozenset(self.PLURAL_NOUN_POSSESSIVES)
        self._past_cue_forms = frozenset(self.PAST_CUE_FORMS)
        # (a plural's ending doubled is no plural: "press", "boss"; past_audience, rvq70)
        self._doubled_plural_endings = tuple(ending * 2 for ending in self.BODY_PLURAL_ENDINGS)
        # a count after one of COUNT_LEADS, a number or a share noun after it, that may open a
        # clause: "said fewer than 300 customers used ...", "said nearly 40 per cent of ... were ..."
        counts = any_of([*self.NUMBER_WORDS, *self.QUANTITY_NOUNS])
        self._counted = regex.compile(
            rf"(?i:{any_of(self.COUNT_LEADS)})\s++(?:\p{{N}}|(?i:{counts})(?![\p{{L}}\p{{N}}]))"
        )
        # "said, according to Reuters, that ...": a source set off by commas between the cue and
        # its clause (the source reports the speaker's words; the speaker is still the cue's)
        according = "|".join(r"\s++".join(regex.escape(w) for w in a.split()) for a in self.ACCORDING_TO) or "(?!)"
        self._according_aside = regex.compile(
            rf"\s*+,\s*+(?i:{according})\s++(?P<source>[^,;:\"“”«»„]{{1,{self.MAX_ASIDE_SOURCE}}}?)(?=,)"
        )
        # "warned, however, that ...": any other short aside set off by commas (bounded, possessive)
        self._cue_aside = regex.compile(rf"\s*+,\s*+(?P<aside>[^,;:\"“”«»„‹›]{{1,{self.MAX_CUE_ASIDE}}}+),")
        # "Laut der Ministerin Anna Schmidt wird ...": an article and capitalised words, then a
        # word in lower case (the clause's verb)
        # (an article may stand between capitalised words, "Angaben der Polizei", and the clause's
        # verb is no article: "Laut Angaben der polizei ..." is read as nothing)
        # (a link of a body's name or a coordinator may too: "Laut Bundesamt für Migration und Flüchtlinge ist ...")
        determiners = any_of(self.DETERMINERS)
        joins = any_of((*self.BODY_NAME_LINKS, *self.COORDINATORS))
        self._source_then_verb = LazyPattern(  # (few articles reach it: compiled when first used)
            rf"\s++(?P<np>(?:(?:{determiners})\s++)?+\p{{Lu}}[\p{{L}}.'’\-]*+"
            rf"(?:\s++(?:(?:{determiners}|{joins})\s++)?\p{{Lu}}[\p{{L}}.'’\-]*+){{0,{self.MAX_NAME_WORDS + 1}}}+)"
            # (the body's acronym in brackets after it: "Laut dem Bundesamt für Gesundheit (BAG) sind ...")
            rf"(?:\s++\(\p{{Lu}}[\p{{Lu}}\p{{N}}&\-]{{1,{self.MAX_ACRONYM_LETTERS}}}+\))?+"
            rf"(?=\s++(?!(?:{determiners})\s)\p{{Ll}})"
        )
        # "welcomed the plan but warned that": the second verb shares the sentence's subject
        coordinators = any_of(self.COORDINATORS)
        self._coordination = regex.compile(rf"\s(?:{coordinators})\s++(?:(?:{any_of(self.ADVERBS)})\s++)?$")
        # "said in an interview with the BBC the bridge ...": a setting that ends in a name, then the clause
        links = any_of(self.NOUN_LINKS) if self.NOUN_LINKS else "(?!)"
        self._named_setting = regex.compile(
            rf"\s++(?:{any_of(self.PREPOSITIONS)})\s++(?:{determiners})\s++(?!(?:{links})\s)\p{{Ll}}[\p{{L}}\-]*+"
            rf"(?:\s++(?!(?:{links})\s)\p{{Ll}}[\p{{L}}\-]*+)?+"
            rf"\s++(?:{links})\s++(?:(?:{determiners})\s++)?+\p{{Lu}}[\p{{L}}.'’\-]*+(?:\s++\p{{Lu}}[\p{{L}}.'’\-]*+){{0,3}}+"
            rf"(?=\s++\p{{Ll}})"
        )
        # "said in a statement the talks were ...": a setting of the saying's medium or occasion (a
        # determiner, up to two modifiers in lower case and one of SETTING_NOUNS), then the clause
        self._medium_setting = regex.compile(
            rf"\s++(?:{any_of(self.SETTING_PREPOSITIONS)})\s++(?:{determiners})\s++(?:\p{{Ll}}[\p{{L}}\-]*+\s++){{0,2}}?"
            rf"(?:{any_of(self.SETTING_NOUNS)})(?![\p{{L}}\-])"
            rf"(?=\s++\p{{Ll}})"
        )
        # "said outside court the family was ...", "outside the court": a place where the speaker spoke
        self._place_setting = regex.compile(
            rf"\s++(?:{any_of(self.PLACE_SETTING_PREPOSITIONS) or '(?!)'})\s++(?:(?:{determiners})\s++)?+"
            rf"(?:\p{{Ll}}[\p{{L}}\-]*+\s++)?(?:{any_of(self.PLACE_SETTING_NOUNS) or '(?!)'})(?![\p{{L}}\-])"
            rf"(?=\s++\p{{Ll}})"
        )
        # "said on X the museum ...", "said on the radio the ...": the medium spoken on, a name of one
        # word (no second capitalised word: not "on Capitol Hill") or a noun of PLATFORM_NOUNS
        self._platform_setting = regex.compile(
            rf"\s++(?:{any_of(self.PLATFORM_PREPOSITIONS) or '(?!)'})\s++(?:(?:{determiners})\s++)?+"
            rf"(?:(?:{any_of(self.PLATFORM_NOUNS) or '(?!)'})(?![\p{{L}}\-])|\p{{Lu}}[\p{{L}}\p{{N}}]*+(?![\p{{L}}\p{{N}}'’.\-]))"
            rf"(?=\s++\p{{Ll}})"
        )
        # "said in Paris the museum ...", "said at Westminster the ...": a place named in one to three
        # capitalised words (no possessive, no initial: not "in Ortiz's office"), then the clause
        self._named_place_setting = regex.compile(
            rf"\s++(?:{any_of(self.NAMED_PLACE_PREPOSITIONS) or '(?!)'})\s++"
            rf"\p{{Lu}}[\p{{L}}\-]*+(?:\s++\p{{Lu}}[\p{{L}}\-]*+){{0,2}}+(?![\p{{L}}\p{{N}}'’.\-])"
            rf"(?=\s++\p{{Ll}})"
        )
        # the space after a verb that takes a bare clause, with a time between (``said on Sunday it would``),
        # and a comma before the clause (German ``sagte, die Stadt werde ...``); the time a whole word
        # (``said thunderstorms would ...``, ``said monitors had ...``: no "Thu" nor "Mon" there)
        prepositions = any_of(self.TIME_PREPOSITIONS)
        nouns = any_of([*self.TIME_NOUNS, *(w for w in weekdays.split("|") if w)])
        self._bare_gap = regex.compile(
            rf"(?:\s++(?:(?:{prepositions})\s++)?(?:{nouns})(?![\p{{L}}])(?:\s++(?:{any_of(self.TIME_NOUNS)})(?![\p{{L}}]))?+)?+,?\s++",
            regex.IGNORECASE,
        )
        # ", police said, as protesters returned home.": a conjunction's clause after an attribution
        # (maybe after a day or a time: ", lawmakers said Friday afternoon, as they ...", "said on
        # Monday, as ..."; not before a participle, speech of its own: ", Ortiz said Tuesday, before
        # leaving for Rome.")
        gerund = rf"(?!\p{{L}}*?{regex.escape(self.GERUND_SUFFIX)}(?!\p{{L}}))" if self.GERUND_SUFFIX else ""
        self._conjunction_tail = regex.compile(
            rf"(?:\s++(?:(?:{prepositions})\s++)?+(?&_noun)(?![\p{{L}}])(?:\s++(?&_noun)(?![\p{{L}}]))?+)?+"
            rf"\s*+,\s*+(?:{any_of(self.CONJUNCTIONS)})\s++{gerund}\S"
            # (the time nouns, called twice above: one compiled copy, mem63)
            rf"(?(DEFINE)(?P<_noun>{nouns}))",
            regex.IGNORECASE,
        )
        # ", said the mayor amid growing anger.", ", said a spokesman but doubts remain.": a word of
        # CLAUSE_BREAKS in lower case right after the speaker's phrase, a comma maybe between (not
        # before a participle after a conjunction: ", said Ana Ortiz while visiting Rome" is hers;
        # "amid growing anger" is a setting)
        joining = any_of(w for w in self.CLAUSE_BREAKS if w in self.CONJUNCTIONS) or "(?!)"
        setting = any_of(w for w in self.CLAUSE_BREAKS if w not in self.CONJUNCTIONS) or "(?!)"
        self._break_tail = regex.compile(
            rf"""(?:\s++(?:(?:{prepositions})\s++)?+(?&_noun)(?![\p{{L}}])  # maybe a day: "said on Tuesday as ..."
                (?:\s++(?&_noun)(?![\p{{L}}]))?+)?+                       # (a whole word: not "Mon" of "monitors")
                ,?+\s++(?:
                  (?P<word>{joining})\s++{gerund}\S  # a conjunction, no participle after it
                | (?P<word>{setting})\s++\S         # a preposition of a setting
            )
            (?(DEFINE)(?P<_noun>(?i:{nouns})))  # (the time nouns, called twice above: one compiled copy, mem63)""",
            regex.VERBOSE,
        )
        # the rest of a list of sources after the first one ("According to the mayor, a former
        # teacher, and two aides, ..."): items of a few words set off by commas, the last after a
        # coordinator, then the comma before the words
        coordinators = any_of(self.COORDINATORS) or "(?!)"
        word = rf"(?!(?:{coordinators})(?![\p{{L}}\p{{M}}]))[\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}'’.\-]*+"
        item = rf"{word}(?:\s++{word}){{0,{self.MAX_SOURCE_ITEM_WORDS - 1}}}+"
        self._listed_sources = regex.compile(
            rf"""(?:,\s++{item}){{0,{self.MAX_SOURCE_ITEMS - 2}}}+  # the items between, each after a comma
                 ,?+\s++(?:{coordinators})\s++{item}  # the last, after a coordinator
                 (?=\s*+,)                                  # then the comma before the words""",
            regex.VERBOSE,
        )
        # what may close a sentence after its attribution: a time or place, then punctuation
        self._sentence_tail = regex.compile(
            # (the speaker's acronym in brackets first: "..., said the statistics institute (INE).")
            rf"(?:\s++\(\p{{Lu}}[\p{{Lu}}\p{{N}}&\-]{{1,{self.MAX_ACRONYM_LETTERS}}}+\))?+"
            # an adverb of place, maybe before a time ("said here today", "stated here on Monday")
            rf"(?:\s++(?:{any_of(self.PLACE_ADVERBS) or '(?!)'})(?![\p{{L}}]))?+"
            rf"(?:\s++(?&_noun)(?:\s++(?&_noun))?+(?![\p{{L}}]))?+"  # a day, maybe before a place ("said Tuesday in Paris")
            rf"(?:\s++(?:{prepositions}|{any_of(self.TAIL_WORDS)})(?![\p{{L}}])(?:[^,;:\"“”]|{_CLOCK_COLON}){{0,60}}?)?"
            r"\s*+[.!?]?[\"”’)»«“]*+\s*+"
            # (the time nouns, called twice above: one compiled copy, mem63)
            rf"(?(DEFINE)(?P<_noun>{nouns}))",
            regex.IGNORECASE,
        )
        # (no such tail holds a comma or a semicolon when none of its words does: is_sentence_tail
        # then reads no text that holds one with the pattern)
        tail_words = [*self.TIME_NOUNS, weekdays, *self.TIME_PREPOSITIONS, *self.TAIL_WORDS, *self.PLACE_ADVERBS]
        self._tail_without_commas = not any("," in w or ";" in w for w in tail_words)
        self._relative_ends = tuple(self._relatives)  # (for str.endswith: may_end_in_relative)
        self._frequency_adverbs = frozenset(self.FREQUENCY_ADVERBS)
        self._participle = regex.compile(rf",\s*+(?:{any_of(self.PARTICIPLES)})\b")
        joins = any_of(self.NARRATED_JOINS)
        self._narrated_join = regex.compile(rf",\s++(?:{joins})\s++" if self.NARRATED_JOINS else "(?!)")
        # (the comma inside a closing quotation mark: '... as "radical Islamists," saying ...')
        closing_marks = regex.escape("".join(sorted({close for _, close in self.QUOTE_PAIRS})))
        self._quoted_participle = regex.compile(
            rf",(?P<close>[{closing_marks}])\s++(?:{any_of(self.PARTICIPLES)})\b" if closing_marks else "(?!)"
        )
        # a comma or semicolon, maybe a conjunction, or a conjunction of BARE_CLAUSE_JOINS alone,
        # and a few adverbs: where another clause's speaker phrase may start ("..., and nearly
        # three in five said", "... but officials said")
        closers = regex.escape("".join(sorted({close for _, close in self.QUOTE_PAIRS})))
        self._clause_join = regex.compile(
            # (a comma inside a closing quotation mark too: '... "a disaster," Berg said: "..."')
            rf"(?:[,;](?P<mark>[{closers}])?\s*+(?:(?i:{any_of(self.CLAUSE_JOINS)})\s++)?"
            rf"|(?<=\s)(?i:{any_of(self.BARE_CLAUSE_JOINS) or '(?!)'})\s++"
            # ("... would fail and the mayor said": only after a whole clause, see cut_next_clause)
            rf"|(?<=\s)(?P<after_clause>(?i:{any_of(self.CLAUSE_AFTER_CLAUSE_JOINS) or '(?!)'}))\s++"
            # ("... its bills for years ― Berg boasted, ...": a dash set off by blanks)
            rf"|(?<=\s)(?P<dash>[{regex.escape(self.CLAUSE_DASHES) or '(?!)'}])\s++(?:(?i:{any_of(self.CLAUSE_JOINS)})\s++)?)"
            rf"(?P<lead>(?:[\p{{L}}\-]++\s++){{0,{self.MAX_JOIN_LEAD}}})$"
        )
        # "..., während der Kanzler ... erklärte, ...": the last comma and conjunction before a cue
        # that ends a clause of its own in a pack of VERB_SECOND (verb_final_join)
        self._verb_final_join = LazyPattern(
            rf"[,;]\s*+(?i:{any_of(self.CLAUSE_JOINS)})\s++" if self.VERB_SECOND and self.CLAUSE_JOINS else "(?!)"
        )
        # "with Ryan saying ... and Trump calling it ...": each absolute phrase's subject and its
        # participle, the lead before reported words and another pair inside them
        pair_subject = rf"(?:\p{{Lu}}[\p{{L}}.'’\-]*+\s++){{1,{self.MAX_ABSOLUTE_SUBJECT_WORDS}}}"
        participles = any_of([*self.PARTICIPLES, *(v for v in self.NAMING_VERBS if v.endswith(self.GERUND_SUFFIX))])
        self._absolute_lead = regex.compile(
            rf"(?:(?<![\p{{L}}])(?i:{any_of(self.ABSOLUTE_WORDS) or '(?!)'})\s++"  # "with Ryan "
            rf"|(?<=\s)[{regex.escape(self.CLAUSE_DASHES) or '(?!)'}]\s++|:\s++){pair_subject}"  # "together ― Ryan "
            rf"(?:{any_of(self.PARTICIPLES)})\s++(?:(?i:{any_of(self.THAT_WORDS)})\s++)?+$"  # "saying (that) "
        )
        self._absolute_pair = LazyPattern(  # (compiled when first used)
            rf"\s++(?i:{any_of(self.CLAUSE_AFTER_CLAUSE_JOINS) or '(?!)'})\s++{pair_subject}"  # " and Trump "
            rf"(?:{participles})(?![\p{{L}}])"  # "calling"
        )
        # "Wie die Polizei mitteilte, ...", "Der Polizei zufolge ...": a source opening the sentence
        source = rf"[\p{{L}}\p{{M}}\p{{N}}'’.\-]++(?:\s++[\p{{L}}\p{{M}}\p{{N}}'’.\-]++){{0,{self.MAX_OPENING_SOURCE_WORDS - 1}}}"
        self._as_opening = (
            regex.compile(rf"(?:{any_of(self.AS_OPENERS)})\s++(?P<np>{source})\s++(?P<cue>{any_of(self.AS_VERBS)})\s*+,\s*+")
            if self.AS_OPENERS and self.AS_VERBS
            else None
        )
        # "..., wie das Unternehmen am Mittwoch mitteilte.": a source closing the sentence
        as_verbs = any_of([*self.AS_VERBS, *self.AS_IMPERSONAL_VERBS])
        self._as_closing = (
            regex.compile(
                rf",\s*+(?i:{any_of(self.AS_CLOSERS)})\s++(?P<np>{source})\s++(?P<cue>{as_verbs})"
                r"\s*+[.!?]?[\"”’)»«“]*+\s*+$"
            )
            if self.AS_CLOSERS and (self.AS_VERBS or self.AS_IMPERSONAL_VERBS)
            else None
        )
        self._as_impersonal = frozenset(w.casefold() for w in self.AS_IMPERSONAL)
        self._subjunctive = frozenset(w.casefold() for w in self.SUBJUNCTIVE_VERBS) or None
        self._subjunctive_ambiguous = frozenset(w.casefold() for w in self.SUBJUNCTIVE_AMBIGUOUS_SUBJECTS)
        self._as_impersonal_verbs = frozenset(self.AS_IMPERSONAL_VERBS)
        opening_words = [*self.AS_VERBS, *self.POSTPOSED_SOURCES] if self._as_opening is not None else self.POSTPOSED_SOURCES
        if self._as_closing is not None:
            opening_words = [*opening_words, *self.AS_VERBS, *self.AS_IMPERSONAL_VERBS]
        opening_words = [*opening_words, *self.OPINION_OPENERS]  # ("Pour le parquet, ...")
        self._opening_words = frozenset(opening_words)
        self._postposed_source = (
            regex.compile(rf"(?P<np>{source})\s++(?P<cue>{any_of(self.POSTPOSED_SOURCES)})\s++(?=\p{{L}})")
            if self.POSTPOSED_SOURCES
            else None
        )
        # "And Trump, said Ana Ortiz, who ...": a name right after an inverted cue, then a comma and
        # a relative pronoun (the speaker set off, described: no clause of reported words)
        self._described_name = regex.compile(
            r"\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’\-]*+){0,3}+,\s++"
            rf"(?i:{any_of(self.RELATIVE_PRONOUNS) or '(?!)'})(?![\p{{L}}])"
        )
        # "..., who said she was proud": a relative clause with a cue of its own
        self._relative_cue = regex.compile(
            rf"[,;]\s*+(?i:{any_of(self.RELATIVE_PRONOUNS) or '(?!)'})\s++(?P<verb>\p{{Ll}}++)(?![\p{{L}}])"
            rf"(?:\s++(?P<next>\p{{Ll}}++)(?![\p{{L}}]))?+"
        )
        self._infinitive_verbs = frozenset(self.INFINITIVE_VERBS)
        self._writer_subjects = frozenset(w.casefold() for w in self.WRITER_SUBJECTS)
        self._aside_subjects = frozenset(self.ASIDE_SUBJECTS)
        self._aside_verbs = frozenset(self.ASIDE_VERBS)
        # "a dit avoir découvert ...": an infinitive right after the cue, with no marker
        self._bare_infinitive = regex.compile(
            rf"\s++(?P<inf>(?:{any_of(self.BARE_INFINITIVES)}))\s++\p{{Ll}}", regex.IGNORECASE
        )
        self._noun_object_verbs = frozenset(self.NOUN_OBJECT_VERBS)
        # "vowed to", "promised on Monday to": a time, then the infinitive's marker and a verb
        self._infinitive = regex.compile(
            rf"(?:\s++(?:{times}|{weekdays})(?:\s++[\p{{L}}\p{{N}}'’\-]++){{0,3}}?)?\s++"
            rf"(?P<to>(?:{any_of(self.INFINITIVE_MARKERS)}))\s++\p{{Ll}}",
            regex.IGNORECASE,
        )
        # "announced on Monday his resignation": a time, then a determiner, a quantifier or a possessive
        openers = any_of([*self.DETERMINERS, *self.QUANTIFIERS])
        self._noun_object = regex.compile(
            rf"(?:\s++(?:{times}|{weekdays})(?:\s++[\p{{L}}\p{{N}}'’\-]++){{0,3}}?)?\s++"
            rf"(?P<np>(?:(?i:{openers})|\p{{L}}[\p{{L}}.\-]*+['’]s?)\s++[\p{{L}}\p{{N}}$])"
        )
        # "teilte am Montag mit, dass": a separable verb's words up to its particle, which closes
        # the clause (a mark or "dass" after it), never a preposition opening a phrase ("an die")
        self._separable = self.particle_patterns(self.SEPARABLE_VERBS)
        # "sagte als Zeuge aus, er habe ...": a cue whose particle may close its clause, or be missing
        self._optional_separable = self.particle_patterns(self.OPTIONAL_PARTICLE_VERBS)
        # "teilte mit, niemand sei ...": a separable verb written with its particle, a bare verb then
        self._joined_separable = frozenset(f"{v} {p}".casefold() for v, p in self.SEPARABLE_VERBS)
        self._demonstrative_reports = frozenset(self.DEMONSTRATIVE_REPORTS)
        self._demonstrative_report_verbs = frozenset(word.casefold() for word in self.DEMONSTRATIVE_REPORT_VERBS)
        self._speaking_sources = frozenset(w.casefold() for w in self.SPEAKING_SOURCES)
        separable: dict[str, set[str]] = {}
        for verb, particle in self.SEPARABLE_VERBS:
            separable.setdefault(verb, set()).add(particle)
        self._separable_particles = {verb: frozenset(particles) for verb, particles in separable.items()}
        # "kündigte eine Prüfung an, die bis Juni dauern soll": a relative clause after the particle
        relatives = any_of(self.PARTICLE_RELATIVES)
        self._particle_relative = regex.compile(rf"\s*+,\s*+(?i:{relatives})\s++\p{{Ll}}")
        self._object_verbs = frozenset(self.OBJECT_VERBS)
        self._told_determiners = {word.casefold(): endings for word, endings in self.TOLD_DETERMINERS}
        self._object_pronouns = frozenset(self.OBJECT_PRONOUNS)
        self._indefinite_subjects = frozenset(self.INDEFINITE_SUBJECTS)
        self._noun_links = frozenset(self.NOUN_LINKS)
        self._object_bare = frozenset(self.OBJECT_BARE_VERBS)
        self._absolute_openers = frozenset(self.ABSOLUTE_OPENERS)
        # (the words no bare noun after a cue is: cue_after_bare_noun, one set, not four per call)
        self._not_bare_nouns = self._infinitive_markers | self._clause_auxiliaries | self._stop | self._prepositions
        self._modal_bare = frozenset(self.MODAL_BARE_VERBS)
        self._closing_marks = frozenset(close for _, close in self.QUOTE_PAIRS)
        self._closer_of = {opening: close for opening, close in reversed(self.QUOTE_PAIRS)}
        self._question_verbs = frozenset(self.QUESTION_VERBS)
        self._negations = dict(self.NEGATIONS)
        # "sagte der „Süddeutschen Zeitung“, ...", "dijo a «El País» que": the one told, a title
        # in quotation marks after a determiner (and maybe a noun: "dem Magazin „Stern“"), then
        # a comma, a colon or "that"
        openers = regex.escape("".join(sorted({o for o, _ in self.QUOTE_PAIRS})))
        closers = regex.escape("".join(sorted({c for _, c in self.QUOTE_PAIRS})))
        told = any_of([*self.DETERMINERS, *(w for w, _ in self.TOLD_DETERMINERS), *self.RECIPIENT_WORDS])
        self._marked_object = (
            regex.compile(
                rf"\s++(?i:{told})\s++(?:\p{{L}}[\p{{L}}\-]*+\s++)?[{openers}]\s*+\p{{Lu}}[^{openers}{closers}\n,]{{0,60}}+[{closers}]"
                rf"(?=\s*+[,:]|\s++(?i:{that}))"
            )
            if self.QUOTE_PAIRS and self.THAT_WORDS
            else None
        )
        # up to six words of object, then "that": "told a Wall Street Journal lunch group that"
        self._object_that = regex.compile(
            rf"(?P<object>(?:\s++[\p{{L}}\p{{N}}'’.\-]++){{1,6}}?"
            # (a name set off after the one told: "told his German counterpart, Klaus Weber, that")
            r"(?:,\s++(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*+(?:\s++(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*+){0,3}+(?=,))?+)"
            rf"(?P<comma>,?)\s++(?:{that})", regex.IGNORECASE
        )
        self._recipient_words = frozenset(w.casefold() for w in self.RECIPIENT_WORDS)
        # "asked the state's voters to back": an object of up to six words, then "to" and a verb
        self._directive = regex.compile(
            r"\s++(?P<object>[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-]*+(?:\s++[\p{L}\p{M}\p{N}'’.\-]++){0,5}?)"
            rf"\s++(?:{any_of(self.INFINITIVE_MARKERS)})\s++\p{{Ll}}"
        )
        # "Asked (by X) whether ..., ": a question that opens a sentence
        asked = any_of(w[0].upper() + w[1:] for w in self.QUESTION_VERBS if " " not in w)
        # (a sentence may hold such a question only if one of these, folded, is in it)
        self._asked_folded = tuple({w.casefold() for w in self.QUESTION_VERBS if " " not in w})
        # (those that hold no other: a text holds one of them when it holds any of the verbs)
        # (whether asks_question is this class's own: read_question_opening then looks up its answer once read)
        self._plain_asks = type(self).asks_question is ReportedSpeech.asks_question
        self._asked_cores = tuple(w for w in self._asked_folded if not any(o != w and o in w for o in self._asked_folded))
        # (a question opening the sentence: not its topic, "Asked about the vote, ...")
        opening = any_of(w for w in self.QUESTION_WORDS if w not in self.TOPIC_WORDS)
        # (an adverb may stand between the verb and its agent: "asked directly by the paper whether")
        adverb = rf"(?:\s++\p{{Ll}}{{3,}}+(?<={regex.escape(self.ADVERB_SUFFIX)}))?+" if self.ADVERB_SUFFIX else ""
        self._question_opening = regex.compile(
            rf"\s*+[(\[]?+(?P<cue>{asked})(?:{adverb}\s++(?:{any_of(self.AGENT_WORDS)})\s++(?P<by>[^,;:\"“”]{{1,60}}?))?"
            rf"\s++(?P<q>(?i:{opening})\s[^,;:\"“”]{{3,200}}?),",
        )
        self._question_after_opener = regex.compile(
            rf"(?<![\p{{L}}])(?i:{any_of(self.QUESTION_OPENERS)})\s++(?P<cue>(?i:{asked}))"
            # the asker after "by" runs up to the question word; else a few words ("asked at the
            # conference about ...")
            rf"(?:{adverb}\s++(?:{any_of(self.AGENT_WORDS)})\s++(?P<by>[^,;:\"“”]{{1,60}}?)(?=\s++(?i:{opening})\s)"
            rf"|(?:\s++[\p{{L}}\p{{N}}'’\-]++){{0,4}}?)"
            rf"\s++(?P<q>(?i:{opening})\s[^,;:!?\"“”]{{3,200}}?)(?=\s*+[,;:!?]|\.?\s*+$)",
        )
        # "..., said an official who asked not to be named.": a relative clause about the speaker
        # that closes the sentence after a closing attribution
        self._relative_tail = regex.compile(
            rf"\s++(?i:{any_of(self.PERSONAL_RELATIVE_PRONOUNS) or '(?!)'})"
            rf"\s++(?:[^\"“”«»„;:]|{_CLOCK_COLON}){{1,{self.PHRASE_WINDOW}}}+"
        )
        # "asked not to be named": a negation, the infinitive's marker and a passive, no object
        self._speaker_condition = regex.compile(
            rf"\s++(?i:{any_of(self.NEGATION_WORDS) or '(?!)'})\s++(?:{any_of(self.INFINITIVE_MARKERS)})"
            rf"\s++(?:{any_of(self.PASSIVE_AUXILIARIES)})\s++\p{{Ll}}"
        )
        # "asked whether", "asked the mayor if": a question word after an optional object
        questions = any_of(self.QUESTION_WORDS)
        self._question = regex.compile(
            rf"(?:\s++[\p{{L}}\p{{N}}'’.\-]++){{0,4}}?\s++(?P<q>(?:{questions})\s)", regex.IGNORECASE
        )

    def apposed_name_after(self, raw: str, subject: Mention, stop: int) -> Mention | None:
        """The name set off by commas right after *subject*, a role that opens with a determiner
        and has a word in lower case, and its post-modifier (one of :attr:`POST_MODIFIERS` and at
        most :attr:`MAX_NAME_WORDS` words) if any (``An adviser to Carson, Jo Lane, declined ...``, ``A
        spokeswoman for the council, Ruth Dube, said``): the person the role names, whom a
        participle's cue later in the sentence has speak (``..., acknowledging that ...``);
        ``None`` when no name (:meth:`~newsparse.names.NameModel.is_name`) of at most
        :attr:`MAX_NAME_WORDS` words stands there closed by a comma, or *subject* is a name itself.

        .. versionadded:: 0.2 (fixQ67)"""
        words = subject.text.split()
        if len(words) < 2 or words[0].casefold() not in self._determiners or not any(w.islower() for w in words[1:]):
            return None
        rest = raw[subject.end : min(stop, subject.end + self.PHRASE_WINDOW)]
        comma = rest.find(", ")
        modifier = rest[:comma].split() if comma > 0 else []
        if comma < 0 or (modifier and (modifier[0] not in self._cuts or len(modifier) > self.MAX_NAME_WORDS)):
            return None  # (no comma, or more than a post-modifier before it: "A lawyer who ...")
        close = rest.find(",", comma + 2)
        name = rest[comma + 2 : close] if close > comma + 2 else ""
        if not name or len(name.split()) > self.MAX_NAME_WORDS or not self.names.is_name(name):
            return None
        start = subject.end + comma + 2
        return self.mention(raw, (start, start + len(name)))

    def is_copula(self, word: str) -> bool:
        """Whether *word*, in lower case, is one of :attr:`COPULA_WORDS`.

        .. versionadded:: 0.2 (fixQ67)"""
        return word in self._copulas

    def particle_patterns(self, pairs: Sequence[tuple[str, str]]) -> dict[str, regex.Pattern[str]]:
        """For each verb of *pairs* (a verb and a particle it may be split from: ``teilte`` and
        ``mit``), lower case, the pattern of its words up to one of its particles, which closes the
        clause (a mark or one of :attr:`THAT_WORDS` after it; never a preposition opening a phrase,
        ``an die``): :attr:`SEPARABLE_VERBS`, :attr:`OPTIONAL_PARTICLE_VERBS`.

        .. versionadded:: 0.2"""
        closers = any_of(self.THAT_WORDS)
        patterns: dict[str, regex.Pattern[str]] = {}
        for verb in {v.casefold() for v, _ in pairs}:
            particles = any_of(p for v, p in pairs if v.casefold() == verb)
            patterns[verb] = regex.compile(
                rf"(?:\s++[\p{{L}}\p{{N}}'’.\-]++){{0,{self.MAX_SEPARATED_WORDS}}}?\s++(?:{particles})"
                rf"(?=\s*+(?:[,:;.]|$)|\s++(?:{closers})(?![\p{{L}}]))",
                regex.IGNORECASE,
            )
        return patterns

    def reported_speech(
        self,
        raw: str,
        offset: int,
        number: int,
        marks: Sequence[tuple[int, int]],
        sentences: Sequence[tuple[int, int]],
        claimed: Claims,
        state: State,
        direct: Sequence[Quote],
    ) -> MutableSequence[Quote]:
        """Reported speech in each sentence, cue by cue."""
        found = state.findings()
        # (the direct quotes' speakers, packed for many quotes: read when a cue is first read)
        speakers: Sequence[tuple[int, Mention]] | None = None
        claimed.sort()
        claim_starts = claimed.starts()
        scan = self.paragraph_scan(raw)  # (the paragraph's cue words found once, for all its sentences)
        last: Speaker | None = None  # (the speaker the sentence before gave words to: subjunctive_continuation)
        plain: SentenceReading | None = None  # (the sentence before, when no words were read in it)
        try:
            for sentence in sentences:
                low = bisect_left(claim_starts, sentence[0] - self.MAX_SENTENCE)
                high = bisect_left(claim_starts, sentence[1])
                local = claimed[low:high] if low < high else []  # (no claim near: no slice of the arrays)
                reading = state.sentence_reading = SentenceReading(raw, offset, number, sentence, marks, state, local)
                before = len(found)
                speakers = self.read_sentence(reading, found, scan, direct, speakers)
                self.drop_repeated_spans(found, before)
                self.dash_opened_quotes(raw, offset, found, before)
                if self._subjunctive is not None:
                    last = self.subjunctive_continuation(reading, found, before, direct, last)
                if self._demonstrative_reports and plain is not None and len(found) == before:
                    self.read_demonstrative_report(reading, plain, found, direct)
                plain = reading if len(found) == before else None
        finally:
            state.sentence_reading = None
        return found

    def possessed_cue(self, raw: str, cue: regex.Match[str], floor: int) -> bool:
        """Whether *cue* stands right after a possessive determiner as its noun (``in his remarks on
        Tuesday``, ``their statement``, ``her comments``): one of :attr:`NOUN_POSSESSIVES`, or one of
        :attr:`PLURAL_NOUN_POSSESSIVES` before a cue word in a plural form (``her remarks``; not
        ``let her explain that ...``, a verb).  Such a word names what was said, and reports nothing
        itself; the sentence's verb does (``... but argued that ...``).  Read no further back than
        *floor*.

        A past form of :attr:`PAST_CUE_FORMS` is never such a noun (``A neighbour of his said``).

        .. versionadded:: 0.2 (spk70)"""
        before = self.token_before(raw, cue.start(), floor).casefold()
        if not before or raw[cue.start() - 1 : cue.start()] != " " or not raw.startswith(before, cue.start() - 1 - len(before)):
            return False  # (only the word right before it, one blank between: "his, remarks" is no such pair)
        word = cue.group().split(maxsplit=1)[0].casefold()
        if word in self._past_cue_forms:
            return False  # ("A neighbour of his said ...": a possessive standing for itself, the verb after it)
        if before in self._noun_possessives:
            return True
        return before in self._plural_noun_possessives and word.endswith(self._body_plural_endings)

    def read_sentence(
        self,
        reading: SentenceReading,
        found: MutableSequence[Quote],
        scan: CueScan,
        direct: Sequence[Quote],
        speakers: Sequence[tuple[int, Mention]] | None,
    ) -> Sequence[tuple[int, Mention]] | None:
        """The reported speech of one sentence (:meth:`reported_speech`), added to *found*: an
        opening question, an opening or closing source, a particle's tail, then cue by cue;
        *speakers* are the direct quotes' speakers, read when a cue is first read (and given back
        for the paragraph's next sentence).

        .. versionadded:: 0.2
        """
        raw, offset, number, sentence, marks, state = reading.fixed
        local = reading.claimed
        subject: Mention | None = None
        question = self.read_question_opening(*reading.fixed)
        if question is not None:
            if question.quote.speaker is not None or self.REPORTER_QUESTIONS:
                found.append(question.quote)  # (else the question is read, claimed and left out)
            local.append((question.start, question.end))
        opening = None
        # ("Wie die Polizei mitteilte, wurde niemand verletzt.", "Die Werke schließen, wie der
        # Konzern mitteilte.", "Pour le parquet, les travaux avaient été repoussés.": the first that reads one)
        for reader in (self.read_source_opening, self.read_source_closing, self.read_opinion_opening):
            opening = reader(*reading.fixed, local)
            if opening is not None:
                break
        if opening is not None:
            self.take_candidate(reading, found, opening)
        particle = self.read_particle_tail(*reading.fixed, local)
        if particle is not None:  # ("Die Stadt brauche mehr Geld, so Miersch.")
            self.take_candidate(reading, found, particle)
        cues = list(self.cues_in(scan, sentence[0], sentence[1]))
        # (", according to X." after a reported clause of a cue's own: read last, X the source of that clause)
        closing = self.source_after_clause(raw, sentence, cues, marks)
        read_before = False
        for cue in cues if closing is not None else self.trailing_source_first(raw, sentence, cues):
            if self.is_claimed(cue.start(), local) or self.inside_marks(cue.start(), marks):
                continue
            if closing is not None and cue is cues[-1] and read_before:
                continue  # ("Berg said the pier would close, and ..., according to X.": Berg's words read)
            word = cue.group().casefold()
            if word in self._source_verbs and (
                word not in self._report_cues or self.reports_a_cue(raw, cue, cues) or self.claimed_before(cue, sentence, local)
            ):
                continue  # ("Ortiz said the pier would close, state media reported.": the source of said's words)
            after_cue = raw[cue.end() : cue.end() + self.GESTURE_THAT_CHARS].split(None, 1)
            if self.is_gesture_cue(word) and not (after_cue and after_cue[0] in self._that_words):
                continue  # ("When I put this to him, he shrugged.": a gesture, no words reported; not "scoffed that ...")
            if self.participle_in_subject(raw, cue, cues, sentence):
                continue  # ("Police warning drivers to stay home said ...": the subject's participle, said the cue)
            if self.possessed_cue(raw, cue, sentence[0]):
                continue  # ("... in his remarks on Tuesday but argued that ...": a noun, argued the cue)
            if subject is not None and self.added_to_own_cue(raw, cue, subject, sentence):
                continue  # ("Lars Berg said the plan would fail, he added.": one report, Lars Berg's)
            if speakers is None:
                speakers = DirectSpeakers.of(direct, offset)
            result = self.read_reported(raw, offset, number, cue, sentence, marks, state, subject, speakers)
            if result is None or self.is_negative_subject(result.mention.text):
                continue  # ("Nobody warns you about the cold": no one spoke)
            if word in self._speaking_sources and (
                result.quote.speaker is None or not self.may_report(result.mention.text, result.quote.speaker)
            ):
                continue  # ("Gemäß den Vorgaben müssen ...": in keeping with rules, no one's report)
            if self.opinion_aside(raw, cue, result.mention, sentence):
                continue  # ("Terrified. But in a good way, I think.": the writer's aside, no words reported)
            if self.writer_voice_alone(raw, cue, result.mention, offset, sentence, state):
                continue  # ("We urge the council to think again." in a story no one tells in the first person)
            if self.gerund_object(raw, cue) or self.verb_object_cue(raw, cue):
                continue  # ("chided Berg for raising questions about ...", "dismissed claims that ...": a noun, an object)
            if self.noun_after_preposition(raw, cue):
                continue  # ("phones for medical reasons, such as ...": a noun, no cue; mendQT69)
            if result.quote.speaker is None and self.plural_noun_cue(raw, cue, result.quote.span.start - offset):
                continue  # ("The new claims, Ana Ortiz said, were false": "claims" a noun, no cue)
            if self.owned_noun_before_cue(raw, cue, result.quote.span.start - offset):
                continue  # ("CareRoute, the firm that handles the pharmacy's claims, said ...": a noun, then the verb)
            if self.relative_cue_before_cue(raw, cue, cues):
                continue  # ("Of the chambers that replied, only 28 said they ...": 28 speak, not the chambers)
            if (
                word in self._report_cues and not raw[cue.end() : result.quote.span.start - offset].strip()
                and self.reports_figures(result.quote.text)
            ):
                continue  # ("reported an unexpected quarterly loss": a result announced, no words)
            if self.graded_notice(word, result.mention.text):
                continue  # ("An amber warning for wind has been issued": a notice's name, no one warning)
            if (
                word in self.FIGURE_MOVE_CUES and not raw[cue.end() : result.quote.span.start - offset].strip()
                and self.moves_by_figure(result.quote.text)
            ):
                continue  # ("the Nasdaq Composite added 1.3% to 23,410.09": a market move, no words)
            if word in self._report_cues and self.report_without_clause(word, result.quote.text):
                continue  # ("reported 20 victims at a center that works with ...": a relative clause)
            if word in self._report_cues and self.loose_bare_report(raw, cue, result, offset):
                continue  # ("had been reported in May and ...", "police reports Ana Ortiz filed")
            span = result.quote.span
            if self.plain_object(raw, word, cue, span.start - offset, sentence[1]):
                continue  # ("recalled two batches of cooked chicken because of ...": a thing recalled, no speech)
            # ("Ortiz tweets some of the photos, the newspaper reported.": the cue's object, no words;
            # not "promised to ...", "urging people to ...": what was promised or urged)
            plain = word not in self._infinitive_verbs and word not in self._participles
            plain = plain and not self.that_before(raw, cue.end(), span.start - offset)  # ("Añadió, según EFE, que ...")
            if plain and result.quote.source is not None and not self.has_verb(
                raw, span.start - offset, span.end - offset, words=self.CLAUSE_VERB_WORDS
            ):
                continue
            if self.only_attribution(raw, cue.end(), span.start - offset, span.end - offset):
                continue  # ("She agreed, the mayor said.": the mayor's words are "She agreed", not "the mayor said")
            if self.non_speech_object(result.quote.text) and not self.that_before(raw, cue.end(), span.start - offset):
                continue  # ("Ana Ruiz said a prayer for the victims.": a thing said, no report)
            if self.rating_object(result.quote.text) and not self.that_before(raw, cue.end(), span.start - offset):
                continue  # ('maintained an "outperform" call on the stock': a broker's rating, no report)
            if not raw[cue.end() : span.start - offset].strip() and self.indefinite_object(result.quote.text):
                continue  # ("The car, the driver said nothing, hit a tree.": nothing said, no report)
            act = word in self._act_verbs and cue.end() <= span.start - offset
            if act and self.non_speech_object(result.quote.text, self._act_objects):
                continue  # ("declared a state of emergency": an act on the verb's object, no report)
            answered = word in self._answer_verbs and cue.end() <= span.start - offset
            answered = answered and self.non_speech_object(result.quote.text, self._answered_objects)
            if answered and not self.answered_by_saying(result.quote.text):
                continue  # ("as they answered questions and ...": the thing answered, no report)
            if self.opens_with_direct_speaker(result.quote, direct):
                continue  # ('Berg recalled Ana Ruiz saying: "..."': Ana Ruiz's quotation, no report of Berg's)
            if self.opens_with_attributed_quotation(raw, offset, result.quote, direct):
                # ('"...," said Ana Ruiz of Tom Berg, the man charged.': Ana Ruiz's, nothing charged; '"...,"
                # Wang Yi told reporters, according to the ministry.': the ministry reports Wang Yi's words)
                continue
            if word in self._recalling and self.recalled_document(raw, span.start - offset, span.end - offset):
                continue  # ("recalled the report saying ...": the report's words, read at "saying")
            if question is not None and result.quote.span.start <= question.quote.span.start < result.quote.span.end:
                continue  # "Asked whether he would resign, Smith laughed.": the question is not his words
            if self.elided_passive(raw, cue.group(), cue.start()):
                continue  # ("Driver lied about crash, court told": the court is told, by no one named)
            if self.scoop_claim(raw, cue, sentence):
                continue  # ("..., the Mail on Sunday can reveal.": the paper's own claim, no one's words)
            if self.hearsay_passive(raw, cue, sentence):
                continue  # ("The actor, 58, is said to want ...": hearsay about the subject, no one's words)
            passive = (
                self.is_passive(raw, cue) or self.is_impersonal(raw, cue, result.mention)
                or self.raised_passive(raw, cue, sentence) or self.past_passive(raw, cue, sentence)
                or self.expletive_subject(raw, result.mention)
            )
            if passive:  # "Residents were told to leave": said to them; "... by police": by the police
                agent = self.passive_agent(raw, cue.end(), result.quote.span.start - offset)
                if agent is None and not self.REPORTER_QUESTIONS and self.unasked_question(word, result.quote.text):
                    local.append((result.start, self.report_claim_end(word, cue, result, offset)))
                    continue  # ("Kelly was asked whether he would resign.": a question no one named asked)
                speaker = self.resolve(agent, state, None) if agent is not None else None
                result = attrs.evolve(result, quote=attrs.evolve(result.quote, speaker=speaker))
            elif result.quote.speaker is not None and (
                self.named_in_own_words(result.quote, state) or self.subject_before_aside(result.quote, state)
                or self.told_own_speaker(raw, cue, result.quote, sentence[1]) or self.country_speaks(result.quote)
            ):
                # ("Paul Grant was the first mayor, he said.": he, not Paul Grant)
                written = attrs.evolve(result.quote.speaker, name=result.quote.speaker.mention)
                result = attrs.evolve(result, quote=attrs.evolve(result.quote, speaker=written))
            if closing is not None and cue is not cues[-1]:
                through = None
                if word not in self._participles and not passive and result.quote.speaker is not None:
                    through = self.cut_at_closing_source(raw, offset, result, sentence[0], cues[-1], closing, marks)
                if through is None:
                    continue  # (no clause of the sentence's own speaker: X's words, read at the last cue)
                result, read_before = through, True
            found.append(result.quote)
            local.append((result.start, self.report_claim_end(word, cue, result, offset)))
            if result.quote.speaker is not None and not passive:
                # (a source is no subject: "According to the police, the suspect fled, shouting")
                # (nor the antecedent of a relative clause's cue: "The mayor rebuked critics who
                # say she should resign, saying ...": the mayor is the participle's subject)
                if word not in self._according and not reading.in_relative(self, sentence[0], cue.start()):
                    subject = result.mention
                self.remember(state, result.quote.speaker, number)
                self.note_clause_gender(state, result.quote)
        return speakers

    def read_demonstrative_report(
        self, reading: SentenceReading, plain: SentenceReading, found: MutableSequence[Quote], direct: Sequence[Quote]
    ) -> None:
        """``Die Stadt will das Bad im Juni öffnen. Das teilte Stadträtin Anna Roth am Montag
        mit.``: a sentence of *reading* with no words read in it that opens with one of
        :attr:`DEMONSTRATIVE_REPORTS`, a cue right after it (a separable verb of
        :attr:`SEPARABLE_VERBS` only with its particle last), then the speaker's phrase, no comma
        and no quotation mark, gives the sentence before (*plain*, in the same paragraph, with no
        words read, no quotation, no claim and at least :attr:`MIN_WORDS` words, no question) to
        that speaker, added to *found* with the verb as its cue.  Nothing when the phrase names no
        one the parser resolves.

        .. versionadded:: 0.2 (lang61)
        """
        raw, offset, number, sentence, marks, state = reading.fixed
        words = list(islice(self._word.finditer(raw, sentence[0], sentence[1]), 3))
        if len(words) < 3 or words[0].group().casefold() not in self._demonstrative_reports:
            return
        if raw[sentence[0] : words[0].start()].strip() or not words[0].group()[:1].isupper():
            return  # (the pronoun opens the sentence)
        verb = words[1].group()
        stop = self.trim_end(raw, words[1].end(), sentence[1])
        if not raw.startswith(".", stop, sentence[1]) or any(c in raw[sentence[0] : stop] for c in ",;:"):
            return  # (one plain statement: "Das sagte sie, nachdem ..." is read otherwise)
        particles = self._separable_particles.get(verb)
        if particles is not None:
            last = raw[sentence[0] : stop].rsplit(None, 1)[-1]
            if last not in particles:
                return  # ("Das gab es noch nie.": no particle, no report)
        elif verb.casefold() not in self._demonstrative_report_verbs:
            return  # ("Das kritisierte die Opposition scharf.": a verdict on it, no report of its words)
        np = self.phrase_after(raw, words[1].end(), stop, lenient=True)
        if np is None:
            return
        earlier = plain.sentence
        first = earlier[0] + len(raw[earlier[0] : earlier[1]]) - len(raw[earlier[0] : earlier[1]].lstrip())
        end = self.trim_end(raw, first, earlier[1])
        if raw[end : earlier[1]].strip()[:1] != "." or len(raw[first:end].split()) < self.MIN_WORDS:
            return  # (a statement ends in a full stop: no question, no exclamation)
        if any(a < sentence[1] and earlier[0] < b for a, b in marks) or any(
            a < earlier[1] and earlier[0] < b for a, b in plain.claimed
        ):
            return
        if any(q.span.start < offset + earlier[1] and offset + earlier[0] < q.span.end for q in direct):
            return
        mention = self.mention(raw, np)
        speaker = self.resolve(mention, state, None)
        if speaker is None or not self.may_report(mention.text, speaker):
            return  # ("Das erklärte die hohe Zahl der Verletzten.": a thing explains, no one reports)
        kind = self.kind_of(first, end, marks)
        found.append(self.make_quote(raw, offset, number, (first, end), kind, verb, speaker, None))
        reading.claimed.append((first, sentence[1]))
        self.remember(state, speaker, number)

    def may_report(self, mention: str, speaker: Speaker) -> bool:
        """Whether *speaker*, read from *mention*, may report words for
        :meth:`read_demonstrative_report` and after one of :attr:`SPEAKING_SOURCES`: resolved to a name or
        a person the text names, or a
        mention that ends in a full name (German capitalises every noun: one word may be a thing)
        or holds a role, a title, an organisation word or one of :attr:`GROUP_NOUNS` (``Stadträtin
        Anna Roth``, ``sie``, ``der Bürgermeister``, ``die Polizei``; not ``die hohe Zahl``).

        .. versionadded:: 0.2 (lang61)
        """
        words = [w.strip(".,") for w in mention.split()]
        if speaker.name != speaker.mention or self.names.trailing_name(words) >= 2:
            return True
        vocabulary = self.vocabulary
        return any(
            vocabulary.is_role_noun(w) or vocabulary.is_title(w) or vocabulary.is_org_word(w) or w.casefold() in self._groups
            for w in words
        )

    def subjunctive_continuation(
        self,
        reading: SentenceReading,
        found: MutableSequence[Quote],
        before: int,
        direct: Sequence[Quote],
        last: Speaker | None,
    ) -> Speaker | None:
        """``..., teilte das Landesamt für Umwelt mit. Der Höchststand werde in der Nacht
        erwartet.``: a sentence with no words of its own read, no quotation mark and no claim in
        it, whose main clause holds one of :attr:`SUBJUNCTIVE_VERBS` among its first
        :attr:`MAX_SUBJUNCTIVE_POSITION` words (none of :attr:`SUBJUNCTIVE_AMBIGUOUS_SUBJECTS`
        before it), goes on with the words of *last*, the speaker the sentence before gave words
        to: the whole sentence is added to *found* as that speaker's, with no cue.  Gives the
        speaker the next sentence may go on with: that of the last quote read in this one (*found*
        from *before* on, or a quotation of *direct* that ends in it), else the one continued, else
        ``None`` (an indicative sentence breaks the chain).

        .. versionadded:: 0.2
        """
        raw, offset, _, sentence, marks, _ = reading.fixed
        start, end = sentence[0] + offset, sentence[1] + offset
        own = [q for q in (found[i] for i in range(before, len(found))) if q.speaker is not None]
        own += [q for q in direct if start <= q.span.end <= end and q.speaker is not None]
        if own:
            return max(own, key=lambda q: q.span.end).speaker
        if last is None or len(found) > before:
            return None
        if not self.unattributed_inside(sentence, marks, [q for q in direct if start < q.span.end and q.span.start < end], offset):
            return None
        if any(a < sentence[1] and sentence[0] < b for a, b in reading.claimed):
            return None
        first = sentence[0] + len(raw[sentence[0] : sentence[1]]) - len(raw[sentence[0] : sentence[1]].lstrip())
        stop = self.trim_end(raw, first, sentence[1])
        comma = raw.find(",", first, stop)
        clause = self._word.finditer(raw, first, stop if comma < 0 else comma)  # (the main clause: up to a comma)
        words = [w.group().casefold() for w in islice(clause, self.MAX_SUBJUNCTIVE_POSITION)]
        forms = self._subjunctive or frozenset()
        verb = next((i for i, w in enumerate(words) if w in forms), None)
        if not verb or any(w in self._subjunctive_ambiguous for w in words[:verb]):  # (a verb first: a question)
            return None
        if len(raw[first:stop].split()) < self.MIN_WORDS:
            return None
        kind = self.kind_of(first, stop, marks)
        found.append(self.make_quote(raw, offset, reading.number, (first, stop), kind, None, last, None))
        reading.claimed.append((first, sentence[1]))
        return last

    def unattributed_inside(
        self, sentence: tuple[int, int], marks: Sequence[tuple[int, int]], quotes: Sequence[Quote], offset: int
    ) -> bool:
        """For :meth:`subjunctive_continuation`: whether the quotation marks of *sentence* leave it
        free to go on with the speaker before: none in it, or only those of *quotes* (the direct
        quotes that meet it) that no one speaks, each wholly inside the sentence, when
        :attr:`QUOTED_CONTINUATION` is on (German ``Das Angebot sei «völlig unzureichend».``: the
        quotation is a phrase of the reported clause); never a quotation a speaker has.

        .. versionadded:: 0.2 (mendQL71)"""
        start, end = sentence
        inside = [(a, b) for a, b in marks if a < end and start < b]
        if not inside and not quotes:
            return True
        if not self.QUOTED_CONTINUATION or any(q.speaker is not None for q in quotes):
            return False
        if not all(start <= q.span.start - offset and q.span.end - offset <= end for q in quotes):
            return False
        return all(start <= a and b <= end for a, b in inside)

    #: Whether :meth:`subjunctive_continuation` reads a sentence whose quotation marks hold words
    #: no one speaks (a phrase of the reported clause: ``Das Angebot sei «völlig unzureichend».``).
    #: Off here, on in the German pack.
    #:
    #: .. versionadded:: 0.2 (mendQL71)
    QUOTED_CONTINUATION: ClassVar[bool] = False

    @staticmethod
    def reading_of(raw: str, state: State) -> SentenceReading | None:
        """The :class:`SentenceReading` of the sentence of *raw* that :meth:`reported_speech` is
        reading in *state*, if any (a reader called on its own has none: it reads without memos).

        .. versionadded:: 0.2
        """
        reading = state.sentence_reading
        return reading if reading is not None and reading.is_for(raw, state) else None

    def drop_repeated_spans(self, found: MutableSequence[Quote], before: int) -> None:
        """Leaves out of the quotes one sentence added to *found* (from index *before*) each one
        whose span an earlier of them already holds: two cues that read the same words give them
        to the first (``The man, police said, was carrying a knife, a witness told Reuters.``: the
        interrupted report is the police's, and the closing cue's reading of the same clause, with
        the police's attribution inside it, is no second report by the witness; merge56).

        .. versionadded:: 0.2"""
        if len(found) - before < 2:
            return
        seen: set[tuple[int, int]] = set()
        kept: list[Quote] = []
        for quote in found[before:]:
            key = (quote.span.start, quote.span.end)
            if key not in seen:
                seen.add(key)
                kept.append(quote)
        if len(kept) < len(found) - before:
            del found[before:]
            found.extend(kept)

    def dash_opened_quotes(self, raw: str, offset: int, found: MutableSequence[Quote], before: int) -> None:
        """Makes direct each report one sentence added to *found* (from index *before*) whose words
        open the paragraph with a dash of :attr:`QUOTE_DASHES` and a blank, its cue after them (a
        Nordic or Danish wire's quotation in English copy: ``– This is a historic contribution,
        Støre told NTB.``, Ritzau's ``- We are ready, said Tore Sandvik.``): the dash opens the
        speaker's own words when they speak in the first or second person (:meth:`speaks_as_person`),
        and the quote's text leaves it out; without such a word (a list's item, ``- Three people
        were taken to hospital, the fire service said.``, as often as ``– This is historic, Støre
        told NTB.``) the report stays indirect, its dash left out.  A paragraph that opens with a
        dash and holds no cue (a list's item) reports nothing, and stays so.  Nothing in a
        language whose dashes open dialogue (:attr:`DIALOGUE_DASHES` read it there).

        .. versionadded:: 0.2 (mendQT67)"""
        if len(found) == before or not self.QUOTE_DASHES or self.DIALOGUE_DASHES:
            return
        lead = len(raw) - len(raw.lstrip())
        if raw[lead : lead + 1] not in self.QUOTE_DASHES or not raw[lead + 1 : lead + 2].isspace():
            return
        start = lead + 1
        while start < len(raw) and raw[start].isspace():
            start += 1
        for k in range(before, len(found)):
            quote = found[k]
            if quote.kind is not QuoteKind.INDIRECT or quote.span.start - offset != lead:
                continue
            if quote.speaker is None or quote.speaker.span is None or quote.speaker.span.start < quote.span.end:
                continue  # (the cue and its speaker after the words only: "– ..., Støre told NTB.")
            words = raw[start : quote.span.end - offset]
            kind = QuoteKind.DIRECT if self.speaks_as_person(words) else quote.kind
            found[k] = attrs.evolve(quote, kind=kind, span=Span(offset + start, quote.span.end), text=words)

    def speaks_as_person(self, words: str) -> bool:
        """Whether *words* hold a word of :attr:`FIRST_PERSON_WORDS` or :attr:`SECOND_PERSON_WORDS`
        (``We are ready``, ``You will see``): a dash-opened report's words read as the speaker's
        own then, a direct quote (:meth:`dash_opened_quotes`); a list's item that reports what a
        body said (``Three people were taken to hospital``) holds none.

        .. versionadded:: 0.2"""
        return self.holds_word(words, self._first_person) or self.holds_word(words, self._second_person)

    def holds_word(self, text: str, words: frozenset[str]) -> bool:
        """Whether one of *text*'s words, its punctuation and quotation marks stripped and folded,
        is one of *words* (lower case): the word test of :meth:`speaks_as_person` and
        ``QuoteParser.speaks_outside``.

        .. versionadded:: 0.2"""
        return any(word.strip(".,;:!?\"'“”‘’()").casefold() in words for word in text.split())

    def take_candidate(self, reading: SentenceReading, found: MutableSequence[Quote], candidate: Candidate) -> None:
        """Keeps *candidate*, read by one of the sentence readers of :meth:`read_sentence` (an
        opening or closing source, a particle's tail): its quote is added to *found*, its region
        claimed for the sentence's later readers and its speaker remembered as the last.

        .. versionadded:: 0.2
        """
        found.append(candidate.quote)
        reading.claimed.append((candidate.start, candidate.end))
        self.remember(reading.state, candidate.quote.speaker, reading.number)

    def manner_adverb_pattern(self) -> str:
        """The pattern of an adverb of manner in :attr:`ADVERB_SUFFIX`, none of :attr:`NOT_ADVERBS`,
        that may stand right between a cue and ``that`` (``argued insistently that``, ``said only
        that``; not ``told his family that``, nor ``said, ..., largely on hopes that``: no words
        between it and ``that``, as a time may have); a pattern that matches nothing in a language
        with no such suffix.

        .. versionadded:: 0.2"""
        if not self.ADVERB_SUFFIX:
            return "(?!)"
        not_adverbs = rf"(?!(?:{any_of(self.NOT_ADVERBS)})(?![\p{{L}}]))" if self.NOT_ADVERBS else ""
        # (the whole word, then its ending looked back at: possessive, linear)
        return rf"{not_adverbs}\p{{L}}++(?<={regex.escape(self.ADVERB_SUFFIX)})"

    def non_speech_object(self, words: str, objects: frozenset[str] | None = None) -> bool:
        """Whether reported *words* open with one of :attr:`NON_SPEECH_OBJECTS`, after an optional
        determiner and at most :attr:`MAX_OBJECT_MODIFIERS` words, with nothing or one of
        :attr:`NON_SPEECH_FOLLOWERS` after it and no finite verb (:meth:`has_verb`) but in a clause
        opened by one of :attr:`CONJUNCTIONS` (``a prayer for the victims``, ``grace before the meal
        began``, ``a few words at the funeral``, ``une prière pour les victimes``): the verb's
        object, no reported words (``a prayer would not help``, ``a prayer for the victims would
        help``, ``the words of the law were clear`` are).  *objects* (lower case) in place of
        :attr:`NON_SPEECH_OBJECTS` when given (:attr:`ACT_OBJECTS`, right after a cue).

        .. versionadded:: 0.2"""
        nouns = self._non_speech_objects if objects is None else objects
        if not nouns:
            return False
        read = self.MAX_OBJECT_MODIFIERS + 3  # (the words read: the rest, left whole, is only counted)
        pieces = words.split(maxsplit=read)
        parts = [w.casefold().strip(".,;:") for w in pieces[:read]] + pieces[read:]
        first = 1 if parts and parts[0] in self._determiners and parts[0] not in nouns else 0
        for i in range(first, min(len(parts), first + self.MAX_OBJECT_MODIFIERS + 1)):
            if parts[i] in nouns:
                if i + 1 == len(parts):
                    return True
                follower = parts[i + 1]
                if follower in self._determiners and i + 2 < len(parts) and self.is_time_word(parts[i + 2]):
                    return True  # ("said his prayers the night the storm hit": a time after the object)
                # (a conjunction opens a clause of its own: "grace before the meal began"; and so does a
                # relative pronoun, "sorry to residents who would lose their homes")
                stop = self.relative_start(words)
                clause = follower in self._conjunctions or not self.has_verb(words, 0, stop)
                return follower in self._non_speech_followers and clause
            if self.is_verb(parts[i]):
                return False
        return False

    def rating_object(self, words: str) -> bool:
        """Whether reported *words* open with a broker's rating, one of :attr:`RATING_TERMS` (in
        quotation marks or not) right before one of :attr:`RATING_OBJECTS`, read as
        :meth:`non_speech_object` reads its objects (``an "outperform" call on the stock``, ``its
        buy rating on Acme``): the verb's object, no reported words.  Not ``Trump's call to ban
        ...``, ``its rating of B-1 remained ...``: no rating term before the noun.

        .. versionadded:: 0.2 (fixQ65)"""
        if not self._rating_objects:
            return False
        parts = words.split(maxsplit=self.MAX_OBJECT_MODIFIERS + 3)[: self.MAX_OBJECT_MODIFIERS + 2]
        for k in range(1, len(parts)):
            if parts[k].casefold().strip(".,;:") in self._rating_objects:
                term = "".join(ch for ch in parts[k - 1] if ch.isalnum() or ch == "-")  # (its quotation marks aside)
                return term.casefold() in self._rating_terms and self.non_speech_object(
                    words, self._rating_objects
                )
        return False

    def indefinite_object(self, words: str) -> bool:
        """Whether reported *words*, right after their cue, open with one of
        :attr:`INDEFINITE_OBJECTS` that is the cue's object: a comma or a sentence's end right
        after it (``said nothing, hit a tree``, ``said little.``), or a preposition with no clause
        of its own (:meth:`non_speech_object`: ``said nothing about the plan``); not its subject
        (``said nothing had changed``, ``said little, if anything, would change``).

        .. versionadded:: 0.2"""
        if not self._indefinite_objects:
            return False
        parts = words.split(maxsplit=2)
        first = parts[0].casefold() if parts else ""
        bare = first.rstrip(",.;:")
        if bare not in self._indefinite_objects:
            return False
        if len(parts) == 1 or first[-1:] in ".!?":
            return True  # ("said little.": the object, then the sentence ends)
        if bare != first:
            # ("said nothing, hit a tree": the object, then the sentence goes on; "said more, including children,
            # were trapped", "said little, if anything, would change": the subject of reported words)
            return bare in self._indefinite_objects_before_comma
        if parts[1].casefold() in self.OF_WORDS:
            return False  # ("said much of the growth had come from ...": a part of something, the clause's subject)
        return self.non_speech_object(words, self._indefinite_objects)

    def relative_start(self, words: str) -> int:
        """Where in *words* the first of the personal or thing relative pronouns stands as a word
        of its own, among the first :attr:`RELATIVE_READ` characters (the length of *words* when none
        does): for :meth:`non_speech_object`, whose verb there is the relative clause's.

        .. versionadded:: 0.2"""
        stop = len(words)
        for pronoun in self._any_relatives:
            found = words.find(f" {pronoun} ", 0, min(stop, self.RELATIVE_READ))
            if found >= 0:
                stop = found
        return stop

    #: How many characters of reported words :meth:`relative_start` reads for a relative pronoun.
    #:
    #: .. versionadded:: 0.2
    RELATIVE_READ: ClassVar[int] = 80

    def answered_by_saying(self, words: str) -> bool:
        """Whether *words*, after a form of :attr:`ANSWER_VERBS` and a thing answered, go on with one
        of :attr:`AGENT_WORDS` and a participle of :attr:`PARTICIPLES` (``answered a question on
        trade by asserting that ...``): the answer's words follow, and the report stays as it was read.

        .. versionadded:: 0.2
        """
        low = [w.casefold() for w in words.split()]
        return any(a in self._agents and b in self._participles for a, b in pairwise(low))

    def only_attribution(self, raw: str, cue_end: int, start: int, end: int) -> bool:
        """Whether the reported words from *start* to *end*, after a comma after the cue ending at
        *cue_end*, are only an attribution that closes the sentence: a speaker's phrase of at most
        :attr:`SHORT_SUBJECT` words (:meth:`phrase_before` from *start*) and a cue word last (``She
        agreed, the mayor said.``, ``Ortiz warns, the newspaper reported.``): no words of the cue
        before, they are the attribution's (``Ortiz said the mayor agreed`` are Ortiz's); never after
        one of :attr:`THAT_WORDS` (``said, however, that talks would continue``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 never after a word of :attr:`THAT_WORDS`."""
        if "," not in raw[cue_end:start] or self.that_before(raw, cue_end, start):
            return False  # (a clause after "that" is the cue's words: "said, however, that talks would continue")
        words = list(self._word.finditer(raw, start, end, False, KEEP_GIL))
        if not 2 <= len(words) <= self.SHORT_SUBJECT + 1 or raw[words[-1].end() : end].strip(self.CLOSING_PUNCTUATION + " "):
            return False
        last = words[-1]
        if not self.is_cue_word(last.group().casefold()):
            return False
        np = self.phrase_before(raw, last.start(), start, lenient=True)
        return np is not None and np[0] == start

    def that_before(self, raw: str, start: int, end: int) -> bool:
        """Whether one of :attr:`THAT_WORDS` stands between a cue ending at *start* and its words
        at *end* (``dijo que la misa ... sería``): the words are then a clause, never the verb's
        object.

        .. versionadded:: 0.2"""
        return any(w.strip(",;:").casefold() in self._that_words for w in raw[start:end].split())

    def recalled_document(self, raw: str, start: int, end: int) -> bool:
        """Whether the words from *start* to *end* after a verb of :attr:`RECALLING_VERBS` open
        with a thing of :attr:`DOCUMENT_NOUNS` in lower case and a participle of
        :attr:`PARTICIPLES` after it, within :attr:`MAX_POSSESSED_WORDS` words and no comma
        (``recalled the report saying the bridge was unsafe``): the document says the words,
        no recollection of the subject's (:meth:`received_document` gives them to it).

        .. versionadded:: 0.2
        """
        words = list(islice(self._word.finditer(raw, start, end), self.MAX_POSSESSED_WORDS + 2))
        for k, word in enumerate(words[1:], 1):
            if word.group().casefold() in self._participles:
                noun = strip_possessive(words[k - 1].group())
                return "," not in raw[start : word.start()] and noun[:1].islower() and noun in self._document_nouns
        return False

    def opens_with_direct_speaker(self, quote: Quote, direct: Sequence[Quote]) -> bool:
        """Whether reported *quote*'s words open with the speaker of a quotation of *direct* that
        they hold, attributed by a participle in :attr:`GERUND_SUFFIX` (``Berg recalled Ana Ruiz
        saying: "..."``, ``quoted Ana Ruiz as saying: "..."``): the words are that speaker's
        quotation and its attribution, no report of their own.  Not a finite verb (``Trump said he
        responded: "..."``: what he said he responded is reported).

        .. versionadded:: 0.2"""
        suffix = self.GERUND_SUFFIX
        if not suffix:
            return False
        start, end = quote.span.start, quote.span.end
        # (the first quotation at or after the words' start only, found by bisection: the
        # speaker opens the words and its quotation follows; direct quotes are in order)
        at = bisect_left(direct, start, key=lambda q: q.span.start)
        if at >= len(direct):
            return False
        other = direct[at]
        if not other.span.start < end or other.cue is None or not other.cue.endswith(suffix):
            return False
        spoken = other.speaker.span if other.speaker is not None else None
        return spoken is not None and spoken.start == start and spoken.end <= other.span.start

    def opens_with_attributed_quotation(self, raw: str, offset: int, quote: Quote, direct: Sequence[Quote]) -> bool:
        """Whether reported *quote*'s words open with a quotation of *direct* that a comma joins
        to its own speaker, named inside the words after it (``"I did not know him," said Ellen
        Ward of Tom Fisher, the man charged in the case.``): the words are that quotation and its
        attribution, and the later cue (``charged``) reports nothing.  Not after a quotation that
        closes its sentence (``"...." He added, "..."``: he introduces the next one), and not asked
        of a source (``"...," Ortiz said, according to the transcript.``: it reports both).

        .. versionadded:: 0.2"""
        start, end = quote.span.start, quote.span.end
        at = bisect_left(direct, start, key=lambda q: q.span.start)
        if at >= len(direct):
            return False
        other = direct[at]
        # (the quotation's opening mark is the words' first character, or just before it)
        if other.span.start - start > 1 or other.span.end >= end or other.speaker is None:
            return False
        spoken = other.speaker.span
        if spoken is None or not (other.span.end <= spoken.start and spoken.end <= end):
            return False
        after = raw[other.span.end - offset : spoken.start - offset].lstrip(self._closing_text + " ")
        return other.text.rstrip().endswith(",") or after.startswith(",")

    def relative_cue_before_cue(self, raw: str, cue: regex.Match[str], cues: Sequence[regex.Match[str]]) -> bool:
        """Whether *cue* stands right after a relative pronoun (``that replied``, ``who
        answered``) and the relative clause ends with it: the next cue of *cues* follows right
        after it (``The firms that answered said ...``), or after a comma and one to
        :attr:`MAX_RELATIVE_CLAUSE_SUBJECT` words, its subject, no quotation mark among them
        (``Of 48 chambers that replied, only 28 said they ...``).  The relative clause reports
        nothing; the later cue's subject speaks.  Not when words stand between with no comma
        (``skeptics who said they wondered ...``: the clause is theirs), nor a verb of a list
        right after the comma (``people who say, write and do ...``).

        .. versionadded:: 0.2
        """
        before = raw[max(0, cue.start() - 20) : cue.start()].split()
        if not before or (before[-1].casefold() not in self._relatives and before[-1].casefold() not in self._thing_relatives):
            return False
        following = next((other for other in cues if other.start() >= cue.end()), None)
        if following is None:
            return False
        between = raw[cue.end() : following.start()].strip()
        if not between:
            return True  # ("that replied said")
        subject = between[1:].split()
        return (
            between.startswith(",")
            and 0 < len(subject) <= self.MAX_RELATIVE_CLAUSE_SUBJECT
            and not any(m in between for m in self._marks)
        )

    def reports_a_cue(self, raw: str, cue: regex.Match[str], cues: Sequence[regex.Match[str]]) -> bool:
        """Whether another cue of *cues* (the sentence's cue words), none of :attr:`SOURCE_VERBS`
        nor :attr:`ACCORDING_TO` and no noun after a determiner (``the claims``), stands before
        *cue*, one of :attr:`REPORT_CUES`, whether or not it gave reported speech itself (``Ortiz
        said the pier would close, state media reported.``, ``The pier will close, Ortiz said on
        Monday, Reuters reported.``): the report is the source of that cue's words
        (:meth:`cut_source`), no reported speech of its own.

        .. versionchanged:: 0.2
           Any cue word before it counts, not only one that gave reported speech.
        """
        if self.report_opens_clause(raw, cue):
            return False  # ("pointing out that the paper's Tom Reyes had reported in June that ...")
        return any(
            other.start() < cue.start()
            and other.group().casefold() not in self._source_verbs
            and other.group().casefold() not in self._according
            and not self.noun_cue(raw, other)
            for other in cues
        )

    def report_opens_clause(self, raw: str, cue: regex.Match[str]) -> bool:
        """Whether one of :attr:`THAT_WORDS` follows *cue* within :attr:`NAMED_WINDOW`
        characters with no punctuation before it (``had reported in June that ...``): the cue
        reports a clause of its own, it is no source of an earlier cue's words."""
        for word in raw[cue.end() : cue.end() + self.NAMED_WINDOW].split():
            if word.casefold() in self._that_words:
                return True
            if word[-1:] in ",;:.!?":
                return False
        return False

    def noun_cue(self, raw: str, cue: regex.Match[str]) -> bool:
        """Whether *cue* reads as a noun, no verb: after a determiner or a possessive (``the
        claims``, ``Voss's comments``), or a form in :attr:`PRESENT_SUFFIX` followed by a word
        in lower case that opens no clause (``angry tweets and photos``, ``comments came``)."""
        before = raw[max(0, cue.start() - 40) : cue.start()].split()
        if before and (before[-1].casefold() in self._determiners or strip_possessive(before[-1]) != before[-1]):
            return True
        suffix = self.PRESENT_SUFFIX
        if not (suffix and cue.group().endswith(suffix)):
            return False
        after = raw[cue.end() : cue.end() + 40].split()
        if not after or not after[0][:1].islower():
            return False
        low = after[0].casefold()
        return not (low in self._that_words or low in self._determiners or low in self._pronouns or low in self._quantities)

    def loose_bare_report(self, raw: str, cue: regex.Match[str], result: Candidate, offset: int) -> bool:
        """Whether *result*, read after *cue*, one of :attr:`REPORT_CUES`, with no word of
        :attr:`THAT_WORDS` before it, is no clause the cue reports: a comma stands between them
        (``the Gazette's Tom Reyes reported, his wife whispered ...``: an aside; not a comma alone
        after a cue that is also one of :attr:`BARE_VERBS`, German ``Die Polizei meldete, die
        Straße sei gesperrt``), its first word is
        in lower case and no determiner, pronoun, quantifier, number or plural subject (``had been
        reported in May and ...``, ``reported on his schedule``, ``is reported to have called``), or
        the cue is a form in :attr:`PRESENT_SUFFIX` after a speaker that is no name, one of
        :attr:`GROUP_NOUNS` even when capitalised (``police reports Tom Reyes filed``, ``Police
        reports ...``: a noun)."""
        start = result.quote.span.start - offset
        if start < cue.end():
            return False  # ("..., the newspaper reported.")
        between = raw[cue.end() : start]
        if any(w.strip(",;:").casefold() in self._that_words for w in between.split()):
            return False
        if "," in between and not (cue.group().casefold() in self._bare and self.comma_after_bare_cue(between)):
            return True  # (but a comma alone after a verb of BARE_VERBS: German "meldete, die Straße sei ...")
        first = result.quote.text.split()[0] if result.quote.text.split() else ""
        low = first.casefold()
        opens = low in self._determiners or low in self._pronouns or low in self._quantities or low in self._numbers
        opens = opens or self.subject_pronoun(low)  # (German "meldete, man prüfe den Fall")
        plural = self.plural_subject(result.quote.text.casefold().split()[:2])
        if first[:1].islower() and not (opens or plural or low[:1].isdigit()):
            return True
        suffix = self.PRESENT_SUFFIX
        last = result.mention.text.split()[-1:] if result.mention.text.split() else [""]
        named = last[0][:1].isupper() and last[0].casefold() not in self._groups  # ("Police reports Tom Reyes filed")
        return bool(suffix) and cue.group().endswith(suffix) and not named

    def subject_pronoun(self, low: str) -> bool:
        """For :meth:`loose_bare_report`: whether *low*, the folded first word of reported words,
        is a pronoun that opens a clause as its subject beyond :attr:`PRONOUNS` (none here; a
        language pack's singular subject pronouns, German ``man``).

        .. versionadded:: 0.2"""
        return False

    def comma_after_bare_cue(self, between: str) -> bool:
        """For :meth:`loose_bare_report`: whether *between*, the text from a cue of
        :attr:`BARE_VERBS` to the words it reports, is a comma alone, or in a language of
        :attr:`VERB_SECOND` a short time or place (:meth:`is_time_tail`) then a comma (German
        ``meldete am Abend, die Straße sei wieder frei``, as ``sagte am Dienstag, ...`` reads).

        .. versionadded:: 0.2"""
        part = between.strip()
        if part == ",":
            return True
        if not self.VERB_SECOND or not part.endswith(",") or "," in part[:-1]:
            return False
        return self.is_time_tail(part[:-1])

    @staticmethod
    def claimed_before(cue: regex.Match[str], sentence: tuple[int, int], claims: Sequence[tuple[int, int]]) -> bool:
        """Whether one of *claims* (a quotation and its attribution) lies in *sentence* before
        *cue* (``"...," said Abbas, the agency reported.``): the report is its source."""
        return any(sentence[0] <= start and end <= cue.start() for start, end in claims)

    def gerund_object(self, raw: str, cue: regex.Match[str]) -> bool:
        """Whether *cue*, in :attr:`PRESENT_SUFFIX`, is the object of a verb in
        :attr:`GERUND_SUFFIX` right before it, in lower case after one of :attr:`GERUND_OBJECT_LEADS` or
        :attr:`PASSIVE_AUXILIARIES` (``chided Berg for raising questions about ...``, ``is making
        claims``): a plural noun, no verb, whose phrase before it names no speaker.  After a
        preposition only when a verb stands before it in its clause (:meth:`verb_before_lead`:
        ``chided``); else the gerund is a noun in the subject and the cue its verb (``The director
        of planning says ...``).

        .. versionadded:: 0.2
        """
        suffix, gerund = self.PRESENT_SUFFIX, self.GERUND_SUFFIX
        if not (suffix and gerund and cue.group().endswith(suffix)):
            return False
        before = raw[max(0, cue.start() - self.NAMED_WINDOW) : cue.start()].split()
        if len(before) < 2 or not before[-1].islower() or not before[-1].endswith(gerund):
            return False
        if before[-2] in self._passive:
            return True  # ("is making claims")
        lead = raw.rfind(before[-2], 0, raw.rfind(before[-1], 0, cue.start()))
        return before[-2] in self.GERUND_OBJECT_LEADS and self.verb_before_lead(raw, lead)

    def verb_object_cue(self, raw: str, cue: regex.Match[str]) -> bool:
        """Whether *cue*, one of :attr:`CLAIM_NOUNS`, :attr:`OBJECT_SPEECH_NOUNS` or :attr:`REPORT_CUES` in
        :attr:`PRESENT_SUFFIX`, is the object of a finite verb in lower case right before it, maybe
        with one of :attr:`OBJECT_PARTICLES` between (``The minister dismissed claims that ...``,
        ``waved off reports that ...``, ``denies claims``): a plural noun, no cue, and the phrase
        before it no speaker.  Not after a passive (``who asked not to be named claims``), nor a
        present after one of :attr:`NOUN_LINKS` (``The board of governors claims``: a noun in the
        subject).

        .. versionadded:: 0.2
        """
        suffix, low = self.PRESENT_SUFFIX, cue.group().casefold()
        if not (suffix and low.endswith(suffix)) or not (low in self._object_speech_nouns or low in self._report_cues):
            return False
        before = raw[max(0, cue.start() - self.NAMED_WINDOW) : cue.start()].split()
        if before and before[-1] in self._object_particles:
            before = before[:-1]  # ("waved off claims")
        if len(before) < 2 or not before[-1].isalpha() or not before[-1].islower():
            return False
        verb, lead = before[-1], before[-2].casefold()
        if verb in self._passive or lead in self._passive:
            return False  # ("who asked not to be named claims ...")
        if self.is_verb(verb) or self.is_past_verb(verb):
            return True
        return self.finite_verb(verb) and lead not in self._noun_links

    def verb_before_lead(self, raw: str, lead: int) -> bool:
        """Whether a finite verb or one of :attr:`PASSIVE_AUXILIARIES` in lower case
        (:meth:`finite_verb`) stands in the words before *lead*, back to the first word that ends
        in punctuation, within :attr:`PHRASE_WINDOW` characters (``Ortiz, with obvious delight,
        chided Berg for``: ``chided``; not ``The director of``, a noun phrase).

        .. versionadded:: 0.2
        """
        for word in reversed(raw[max(0, lead - self.PHRASE_WINDOW) : lead].split()):
            if not word[-1:].isalnum():
                return False  # (the clause starts after it)
            if word.islower() and (word in self._passive or self.finite_verb(word)):
                return True
        return False

    def noun_after_preposition(self, raw: str, cue: regex.Match[str]) -> bool:
        """Whether *cue*, a form in :attr:`PRESENT_SUFFIX` in lower case, stands right after one of
        :attr:`NOUN_PREPOSITIONS`, or after one and a lower-case adjective with one of
        :attr:`ADJECTIVE_ENDINGS` (``phones for medical reasons, such as ...``, ``met with angry
        comments``, ``despite repeated warnings``... ``for reasons``): a plural noun, the
        preposition's object, no verb (but ``A spokesman for police warns ...``, ``The head of
        finance warns ...``: a verb after its subject).  The preposition in any case, as it opens a
        sentence (``Amid claims that the vote was rigged, ...``: no one named ``Amid`` speaks).

        .. versionadded:: 0.2 (mendQT69)
        .. versionchanged:: 0.2 a capitalised preposition too (mut70)"""
        word, suffix = cue.group(), self.PRESENT_SUFFIX
        if not (suffix and self.NOUN_PREPOSITIONS and word.islower() and word.endswith(suffix)):
            return False
        before = raw[max(0, cue.start() - self.PHRASE_WINDOW) : cue.start()].split()[-2:]
        if not before or not before[-1].isalpha():
            return False  # (punctuation before the cue: "..., for police, warns")
        prepositions = self.NOUN_PREPOSITIONS
        # (in any case: the preposition may open the sentence, "Amid claims that ...", "Despite repeated warnings"; mut70)
        if before[-1].casefold() in prepositions:
            return True
        adjective = before[-1]
        return (
            len(before) == 2 and before[0].casefold() in prepositions and adjective.islower() and len(adjective) > 4
            and adjective.endswith(self.ADJECTIVE_ENDINGS)
        )

    def plural_noun_cue(self, raw: str, cue: regex.Match[str], start: int) -> bool:
        """Whether *cue* ends in :attr:`PRESENT_SUFFIX` and a comma follows it, and the words read
        after it from *start* open with an attribution of their own set off by commas (another
        cue and a comma within :attr:`NAMED_WINDOW` characters): the cue is a plural noun before
        that attribution (``The new claims, Ana Ortiz said, were false``), no verb."""
        suffix = self.PRESENT_SUFFIX
        if not (suffix and cue.group().endswith(suffix)) or raw[cue.end() : cue.end() + 1] != ",":
            return False
        stop = min(len(raw), start + self.NAMED_WINDOW)
        return any(raw[other.end() : other.end() + 1] == "," for other in self.cues(raw, start, stop))

    def owned_noun_before_cue(self, raw: str, cue: regex.Match[str], start: int) -> bool:
        """Whether *cue* is a plural noun that ends an appositive, no verb: a form in
        :attr:`PRESENT_SUFFIX` after a determiner or a possessive (:meth:`noun_cue`: ``the
        pharmacy's claims``), a comma right after it, and the words read after it from *start*
        opening with a cue of their own (``CareRoute, the firm that handles most of the
        pharmacy's claims, said its rates ...``): that cue is the sentence's verb, whose subject
        is the one the appositive describes.  Right after an owner's possessive (``the clinic's
        claims,``, ``the hospital's warning,``: :meth:`owned_cue`) a form in :attr:`PRESENT_SUFFIX`
        or :attr:`GERUND_SUFFIX` before a comma is a noun whatever follows.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 after an owner's possessive, whatever follows."""
        if raw[cue.end() : cue.end() + 1] != ",":
            return False
        if self.owned_cue(raw, cue):
            return True
        suffix = self.PRESENT_SUFFIX
        if not (suffix and cue.group().endswith(suffix)):
            return False
        if not self.noun_cue(raw, cue):
            return False
        first = next(self.cues(raw, start, min(len(raw), start + self.NAMED_WINDOW)), None)
        return first is not None and first.start() == start

    def owned_cue(self, raw: str, cue: regex.Match[str]) -> bool:
        """Whether *cue*, a form in :attr:`PRESENT_SUFFIX` or :attr:`GERUND_SUFFIX`, stands right after
        a word with a possessive that is no pronoun's contraction (``the hospital's warning``, ``the
        clinic's claims``; not ``she's warning``, "she is"): an owned noun, no verb.

        .. versionadded:: 0.2"""
        word = cue.group()
        if not any(suffix and word.endswith(suffix) for suffix in (self.PRESENT_SUFFIX, self.GERUND_SUFFIX)):
            return False
        before = raw[max(0, cue.start() - 40) : cue.start()].split()
        if not before or raw[cue.start() - 1 : cue.start()] != " ":
            return False
        owner = strip_possessive(before[-1])
        return owner != before[-1] and owner.casefold() not in self._pronouns and owner.casefold() not in self._that_words

    def report_without_clause(self, word: str, text: str) -> bool:
        """Whether *text*, read as reported after *word*, one of :attr:`REPORT_CUES`, is no clause
        of its own: it opens with a verb (``authorities reported 20 victims at a center that works
        with ...``: the relative clause of the object), or, after a form in
        :attr:`PRESENT_SUFFIX` that may be a plural noun (``reports``), with any other word in
        lower case that opens no subject (:meth:`opens_subject`) and no finite verb after it (``the
        takeaway from the commission reports that track spending``: the noun's relative clause;
        not ``reports that police found``)."""
        words = text.casefold().split()[:2]
        if not words or not text[:1].islower() or self.opens_subject(words[0]):
            return False  # ("reported that the bridge ...", "reported that there were ...")
        if self.finite_verb(words[0]):
            return not self.plural_subject(words)
        suffix = self.PRESENT_SUFFIX
        plural = bool(suffix) and word.endswith(suffix)
        return plural and len(words) == 2 and not self.finite_verb(words[1])

    def reports_figures(self, text: str) -> bool:
        """Whether *text*, read as reported right after one of :attr:`REPORT_CUES` (no ``that``
        between), is the verb's object headed by one of :attr:`RESULT_NOUNS` within its first
        :attr:`MAX_RESULT_OBJECT_WORDS` + 1 words, all in lower case, and nothing after that noun but the text's end or one of
        :attr:`PREPOSITIONS` (``an unexpected quarterly loss``, ``a rise in sales``): the figures a
        body reports, no speech; not when a verb follows the noun (``profits had doubled``, ``sales
        rose``: a clause) or its preposition's phrase (:meth:`verb_after_phrase`), nor a noun set off by a comma.

        .. versionadded:: 0.2
        """
        if not self.RESULT_NOUNS or not text[:1].islower():
            return False
        words = text.split()[: self.MAX_RESULT_OBJECT_WORDS + 2]
        for k, word in enumerate(words[: self.MAX_RESULT_OBJECT_WORDS + 1]):
            bare = word.rstrip(".")
            if not bare.isalpha() or not bare.islower():
                return False  # (a name, a number or a comma ends the object before any such noun)
            if bare not in self.RESULT_NOUNS:
                continue
            if word != bare:
                return k + 1 == len(words)  # (the sentence's end right after the noun)
            if k + 1 == len(words):
                return True
            return words[k + 1] in self._prepositions and not self.verb_after_phrase(text, k + 2)
        return False

    def graded_notice(self, word: str, mention: str) -> bool:
        """Whether *word*, a cue in :attr:`GERUND_SUFFIX` (``warning``), is a noun after *mention*,
        one of :attr:`DETERMINERS` and only words of :attr:`NOTICE_GRADE_WORDS` in lower case (``An
        amber warning``, ``A severe weather warning``): the notice's name, no speaker and no words
        (but ``A spokesman warning``, ``The Met Office warning`` of a body are read as before).

        .. versionadded:: 0.2 (mendQT68)
        """
        suffix = self.GERUND_SUFFIX
        words = mention.split()
        if not suffix or not word.endswith(suffix) or len(words) < 2 or words[0].casefold() not in self._determiners:
            return False
        return all(w.islower() and w in self._notice_grades for w in words[1:])

    def moves_by_figure(self, text: str) -> bool:
        """Whether *text*, read as reported right after one of :attr:`FIGURE_MOVE_CUES` (no
        ``that`` between), opens with an amount (:meth:`is_amount`) in a move's shape
        (:meth:`has_move_shape`: ``1.3% to 23,410.09``, ``2% after the oil price rose``,
        ``312 points, or 0.7%, to 47,105``), or with one no verb of its clause follows
        (:meth:`verb_in_clause`): a price or an index that moved, no words; ``40% of the
        company's staff in Europe would go`` is a clause, speech.  So does a number word
        (``added two new signings``) or a determiner and an ordinal of :attr:`FIGURE_ORDINALS`
        (``added a second with a header``) with no verb of its clause after it: a count of things
        added (mendQT70).

        .. versionadded:: 0.2
        """
        words = text.split()
        if not words:
            return False
        first = words[0].rstrip(",.;:")
        if self.is_amount(first):
            rest = words[1:]
            if self.has_move_shape(words[0], rest):
                return True  # ("added 2% after the oil price rose", "added 0.5% while silver fell": a move; at the merge)
        elif first.casefold() in self._numbers and len(words) > 1 and words[1].rstrip(",.;:").casefold() in self.FIGURE_UNITS:
            rest = words[2:]
        elif first.casefold() in self._numbers:
            rest = words[1:]  # ("added two new signings on deadline day": a count of things added; mendQT70)
        elif first.casefold() in self._determiners and words[1:] and words[1].rstrip(",.;:").casefold() in self.FIGURE_ORDINALS:
            rest = words[2:]  # ("added a second with a header": one more of a count; mendQT70)
        else:
            return False
        return not self.verb_in_clause(rest)  # ("added 40% of the company's staff in Europe would go": speech; rvq68)

    def verb_in_clause(self, rest: Sequence[str]) -> bool:
        """For :meth:`moves_by_figure`: whether a verb (:meth:`is_verb`) stands among the
        :attr:`MAX_FIGURE_SUBJECT_WORDS` words *rest* after an amount with no move's shape, before
        a comma, a sentence's end or one of :attr:`COORDINATORS` (``40% of the company's staff in
        Europe would go``: a clause, speech; ``added 90,000 tonnes of wheat to its purchases and
        cancelled ...``, ``adds 156,000 jobs; unemployment ticks up``: a move).

        .. versionadded:: 0.2 (rvq68)"""
        for word in rest[: self.MAX_FIGURE_SUBJECT_WORDS]:
            bare = word.strip(",.;:!?()")
            if bare.casefold() in self._coordinators:
                return False
            if bare[:1].islower() and "-" not in bare and self.is_verb(bare.casefold()):
                # (a capital is a name's or a month's: "250,000 jobs in May, the ministry said"; a hyphened
                # word a compound's, "high-speed", "cash-strapped": mendQT70)
                return True
            if word[-1:] in ",.;:!?":
                return False
        return False

    def has_move_shape(self, amount: str, rest: Sequence[str]) -> bool:
        """For :meth:`moves_by_figure`: whether *amount*, a written amount, and the words *rest*
        after it have a market move's shape: the amount closes the text or is followed by a comma
        or a sentence's end (``added 2%.``), or the next word is a unit of :attr:`FIGURE_UNITS`
        (``312 points``), one of :attr:`FIGURE_MOVE_FOLLOWERS` (``2% after the results``) or one
        of :attr:`FIGURE_MOVE_TARGETS` before another amount (``1.3% to 23,410.09``); never
        ``40% of the staff``.

        .. versionadded:: 0.2 (rvq68)"""
        if not rest or amount[-1:] in ",.;:":
            return True
        following = rest[0].rstrip(",.;:").casefold()
        if following in self.FIGURE_UNITS or following in self.FIGURE_MOVE_FOLLOWERS:
            return True
        return following in self.FIGURE_MOVE_TARGETS and len(rest) > 1 and self.is_amount(rest[1])

    @staticmethod
    def is_amount(word: str) -> bool:
        """Whether *word* is a number written in digits, maybe after a currency sign and up to
        three capitals naming its country (``2%``, ``23,410.09``, ``$14``, ``US$3``, ``€5bn``).

        .. versionadded:: 0.2
        """
        k = 0
        while k < len(word) and k < 3 and "A" <= word[k] <= "Z":
            k += 1
        sign = k
        while sign < len(word) and unicodedata.category(word[sign]) == "Sc":
            sign += 1
        if k and sign == k:
            return False  # ("R2": letters with no currency sign after them name no sum)
        return sign < len(word) and word[sign].isdigit()

    def verb_after_phrase(self, text: str, start: int) -> bool:
        """Whether one of the :attr:`MAX_RESULT_OBJECT_WORDS` + 1 words of *text* from its
        *start*-th word is a verb (:meth:`is_verb`, :meth:`is_past_verb`) before any comma or
        sentence end: the result noun and its preposition's phrase are a clause's subject
        (``reported the fall in prices was temporary``), no object of figures.

        .. versionadded:: 0.2
        """
        for word in text.split()[start : start + self.MAX_RESULT_OBJECT_WORDS + 1]:
            bare = word.rstrip(".,;:!?")
            low = bare.lower()
            if self.is_verb(low) or self.is_past_verb(low):
                return True
            if bare != word:
                return False
        return False

    def plural_subject(self, words: Sequence[str]) -> bool:
        """Whether *words*, the first two words in lower case of a clause read after a report
        cue, open with a plural noun as its subject: the first is a form in
        :attr:`PRESENT_SUFFIX` (no :meth:`is_verb`, no past) and the second a finite verb
        (``reported that officials had closed ...``, ``troops were ...``; not ``works with``)."""
        first, suffix = words[0], self.PRESENT_SUFFIX
        if len(words) < 2 or not (suffix and first.endswith(suffix)) or self.is_verb(first) or self.is_past_verb(first):
            return False
        return self.finite_verb(words[1])

    def report_claim_end(self, word: str, cue: regex.Match[str], result: Candidate, offset: int) -> int:
        """Where the region *result* claims ends: for a quote before *cue*, one of
        :attr:`REPORT_CUES`, at the cue, so that a cue after it stays readable (``..., the agency
        reported, citing a source who said the army fled``: the source's words); else its end."""
        if word in self._report_cues and result.quote.span.end - offset <= cue.start():
            return max(result.start, cue.end())
        return result.end

    def opens_subject(self, low: str) -> bool:
        """Whether *low*, a word in lower case, may open a clause's subject: a stop word, a
        determiner, a pronoun, a quantifier or a number (``the``, ``there``, ``its``, ``most``)."""
        return (
            low in self._stop or low in self._determiners or low in self._pronouns or low in self._quantities
            or low in self._numbers or low in self.QUANTIFIERS or low[:1].isdigit()
        )

    def finite_verb(self, low: str) -> bool:
        """Whether *low*, a word in lower case, looks like a finite verb: :meth:`is_verb`, a past
        in :attr:`PAST_SUFFIX` or a present in :attr:`PRESENT_SUFFIX` (``works``, ``injects``)."""
        suffix = self.PRESENT_SUFFIX
        present = bool(suffix) and low.endswith(suffix) and not low.endswith(tuple(self.NOT_PRESENT_ENDINGS))
        return present or self.is_verb(low) or self.is_past_verb(low)

    def is_impersonal(self, raw: str, cue: regex.Match[str], mention: Mention) -> bool:
        """Whether *cue* is an impersonal passive (``It is said that ...``, ``It was widely
        claimed that ...``): its subject is one of :attr:`IMPERSONAL_SUBJECTS` and one of
        :attr:`PASSIVE_AUXILIARIES` stands before the cue, maybe with adverbs between.  No one
        speaks (an agent may: ``It was said by officials that ...``).

        .. versionadded:: 0.2
        """
        if mention.text.casefold() not in self._impersonal:
            return False
        return self.auxiliary_ends(raw[mention.end : cue.start()].split())  # (the words between: a few)

    def speakers_from_later_paragraphs(self, text: str, quotes: Sequence[Quote]) -> MutableSequence[Quote]:
        """*quotes* with the speaker of a quotation that runs over several paragraphs given to its
        opening paragraphs: a quotation left open at its paragraph's end with no cue of its own
        takes the speaker of the next quote when that one opens its paragraph (the quotation
        going on) and has a cue (``"... ¶ "...," said Colin Reyes.``); runs of them are followed to
        their end.  Returns a new ``list``, or, for a :class:`~newsparse.spans.QuoteList` (the
        parse passes one only when it holds :attr:`~newsparse.spans.Parts.COMPACT_FROM` quotes or
        more, packed), a packed copy of it."""
        out: MutableSequence[Quote] = quotes[:] if isinstance(quotes, QuoteList) else list(quotes)
        for i in range(len(out) - 2, -1, -1):
            quote, after = out[i], out[i + 1]
            if self.closed_run_speaker(text, quote, after):
                # ('"..." ¶ "...," Ortiz said.': a paragraph of her words, then more, attributed)
                out[i] = attrs.evolve(quote, speaker=after.speaker, cue=after.cue)
                continue
            if quote.cue is not None or quote.kind is not QuoteKind.DIRECT or not self.left_open(text, quote):
                continue
            if after.speaker is None or after.paragraph is None or quote.paragraph is None:
                continue
            if after.paragraph != quote.paragraph + 1 or not self.opens_paragraph(text, after):
                continue
            if after.cue is None and not self.left_open(text, after):
                continue  # (the next one is neither attributed nor carrying the run on)
            if not self.same_opening_mark(text, quote, after):
                continue  # ('"... ¶ “...,” Kelly charged.': a quotation of its own, not the run going on)
            out[i] = attrs.evolve(quote, speaker=after.speaker, cue=after.cue)
        return out

    def closed_run_speaker(self, text: str, quote: Quote, after: Quote) -> bool:
        """Whether *quote*, a paragraph of quoted words closed at its end with no speaker nor cue,
        takes the speaker of *after*, the quote that opens the next paragraph with the same mark
        and is attributed after its words (``"We can win in November." ¶ "We may be the only ones
        who can," Ortiz said.``): a run of one speaker's quoted paragraphs whose writer closed each.
        Never when *quote* asks a question or *after*'s cue holds one of :attr:`REPLY_WORDS` (``"Will
        you run?" ¶ "No," Ortiz replied.``: an exchange of two), and never for a pack without reply
        words.

        .. versionadded:: 0.2
        """
        if not self._reply_words or quote.speaker is not None or quote.cue is not None or quote.kind is not QuoteKind.DIRECT:
            return False
        speaker = after.speaker
        if speaker is None or speaker.span is None or after.cue is None or speaker.span.start < after.span.end:
            return False  # (the next quote's speaker named after its words: '"...," Ortiz said.')
        if after.paragraph is None or quote.paragraph is None or after.paragraph != quote.paragraph + 1:
            return False
        if not self.opens_paragraph(text, quote) or not self.opens_paragraph(text, after) or not self.closes_line(text, quote):
            return False
        if quote.text.rstrip(self._closing_text + " ").endswith("?"):
            return False  # ('"Will you run?" ¶ "No," Ortiz said.': a question, someone else's)
        if any(word in self._reply_words for word in after.cue.casefold().split()):
            return False
        return self.same_opening_mark(text, quote, after) and self.named_in_paragraph_before(text, quote, speaker.name)

    def named_in_paragraph_before(self, text: str, quote: Quote, name: str) -> bool:
        """Whether the last word of *name*, a capitalised name, stands in the
        :attr:`NAMING_WINDOW` characters before the line *quote* opens (``Tom Berg is upbeat about
        the bill.`` before ``"..." ¶ "...," Berg said.``; hard-wrapped paragraphs too): the person
        the run's attribution names was the one spoken of before the words; a run with nothing
        before it keeps no speaker (``"The budget is dead." ¶ "We will fight it," said Ana
        Ortiz.``: maybe someone else's words).

        .. versionadded:: 0.2
        """
        surname = strip_possessive(name.split()[-1]) if name.split() else ""
        if not surname[:1].isupper():
            return False  # (a pronoun or a role: no name to look for)
        line = text.rfind("\n", 0, quote.span.start) + 1
        start = self.word_boundary(text, max(0, line - self.NAMING_WINDOW), 0)
        return any(strip_possessive(word.group()) == surname for word in self._word.finditer(text, start, line))

    def closes_line(self, text: str, quote: Quote) -> bool:
        """Whether *quote* ends its line: at its end only sentence-end marks, one closing quotation
        mark and blanks (reads no further than those)."""
        end = quote.span.end
        while end < len(text) and text[end] in self.SENTENCE_END:
            end += 1
        if end < len(text) and text[end] in self._name_closers:
            end += 1
        while end < len(text) and text[end] != "\n" and text[end].isspace():
            end += 1
        return end == len(text) or text[end] == "\n"

    def same_opening_mark(self, text: str, quote: Quote, after: Quote) -> bool:
        """Whether *after*, the quote that opens the paragraph after *quote*'s, opens with the same
        quotation mark as *quote*: a quotation that runs over several paragraphs opens each of
        them with its own opening mark again (``"... ¶ "...," said Colin Reyes.``); a paragraph
        that opens with another mark (``"... ¶ “...,” Kelly charged.``, an excerpt in straight
        marks quoting someone in curly ones) holds a quotation of its own, whose speaker is not
        the run's.  ``True`` when either mark is not found, or when *after* opens with one of
        :attr:`CONTINUATION_MARKS` (Spanish ``«... ¶ »...», advirtió Luis Gil``).

        .. versionadded:: 0.2
        """
        first, second = self.mark_before(text, quote.span.start), self.mark_before(text, after.span.start)
        if first < 0 or second < 0 or text[first] == text[second]:
            return True
        return text[second] in self.CONTINUATION_MARKS  # (Spanish "«... ¶ »...», advirtió": the run goes on)

    def left_open(self, text: str, quote: Quote) -> bool:
        """Whether *quote* opens with a quotation mark and runs to the end of its line without a
        closing one (a quotation that goes on into the next paragraph)."""
        start, end = quote.span.start, quote.span.end
        if self.mark_before(text, start) < 0:
            return False
        # only blanks up to the line's end (read no further than the blanks: linear in a long line)
        while end < len(text) and text[end] != "\n" and text[end].isspace():
            end += 1
        return end == len(text) or text[end] == "\n"

    def mark_before(self, text: str, start: int) -> int:
        """Where the quotation mark that opens the words at *start* stands, right before them or
        with blanks of its line between (French ``« Ils dureront deux ans``); -1 for none.  Reads
        no further back than those blanks."""
        at = start - 1
        while at >= 0 and text[at] != "\n" and text[at].isspace():
            at -= 1
        return at if at >= 0 and text[at] in self._marks else -1

    def opens_paragraph(self, text: str, quote: Quote) -> bool:
        """Whether *quote* opens its paragraph with a quotation mark."""
        mark = self.mark_before(text, quote.span.start)
        if mark < 0:
            return False
        # only blanks back to the line's start (read no further than the blanks)
        before = mark - 1
        while before >= 0 and text[before] != "\n" and text[before].isspace():
            before -= 1
        return before < 0 or text[before] == "\n"

    def trailing_source_first(
        self, raw: str, sentence: tuple[int, int], cues: list[regex.Match[str]]
    ) -> list[regex.Match[str]]:
        """*cues* with a closing ``..., according to X.`` read first: X is the source of the
        whole sentence before it, cues inside it included (``The witness said the order was
        lifted, according to the report.``)."""
        if len(cues) >= 2 and self.closes_document_participles(raw, sentence, cues):
            return [cues[-1], *cues[:-1]]
        if len(cues) < 2 or cues[-1].group().casefold() not in self._according:
            return cues
        if not ends_with(raw, sentence[0], cues[-1].start(), ",\"”"):
            return cues
        aside = self.source_aside(raw, cues[-2].end(), sentence[1])
        if aside is not None and aside.end() > cues[-1].start():
            return cues  # ("Officials said, according to Reuters, that ...": the source of said's words)
        return [cues[-1], *cues[:-1]]

    def told_own_speaker(self, raw: str, cue: regex.Match[str], quote: Quote, stop: int) -> bool:
        """Whether *quote*'s speaker is a person pronoun resolved to the very person its cue, one of
        :attr:`OBJECT_VERBS`, tells (``he told Price that she should step aside``, the pronoun
        resolved to Morwenna Price): no one tells himself, so the pronoun stays as written.

        .. versionadded:: 0.2
        """
        speaker = quote.speaker
        if speaker is None or speaker.name == speaker.mention or speaker.mention.casefold() not in self._persons:
            return False
        if cue.group() not in self._object_verbs:
            return False
        told = self._object.match(raw, cue.end(), stop)
        if told is None:
            return False
        names = {word.strip(".,’'") for word in told.group().split()}
        return speaker.name.split()[-1] in names

    def source_after_clause(
        self, raw: str, sentence: tuple[int, int], cues: list[regex.Match[str]], marks: Sequence[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """The source X of a closing ``, according to X.`` (the last of *cues*, outside quotation
        marks, X running to the sentence's end, no comma in it, at most :attr:`MAX_SOURCE_WORDS`
        words) after a reported clause of a cue of its own, none set off by a comma or a
        quotation mark before it (:meth:`attribution_before_source`): ``Kyle Burke said he did
        nothing wrong, according to court documents.``, ``Berg told aides the route would close,
        according to a memo seen by the BBC.``.  The cues before are then read first and X becomes
        the ``source`` of the clause that reaches its comma (:meth:`cut_at_closing_source`): one
        quote, the cue's speaker's; X is read as the speaker of the whole sentence only when no cue
        before it gives words.  ``None`` for any other sentence.

        .. versionadded:: 0.2
        """
        if len(cues) < 2 or cues[-1].group().casefold() not in self._according:
            return None
        source = cues[-1]
        if self.inside_marks(source.start(), marks):
            return None  # ('"the driver fired, according to the police."': words quoted whole)
        if not ends_with(raw, sentence[0], source.start(), ",\"”") or self.closes_document_participles(raw, sentence, cues):
            return None
        if all(c.group().casefold() in self._according for c in cues[:-1]):
            return None
        aside = self.source_aside(raw, cues[-2].end(), sentence[1])
        if aside is not None and aside.end() > source.start():
            return None  # ("Officials said, according to Reuters, that ...": read as an aside)
        if self.attribution_before_source(raw, sentence[0], source.start()) is not None:
            return None  # ("Prices will rise, Ana Ortiz said, according to the ministry.": read_according's)
        np = self.phrase_after(raw, self.past_source_verb(raw, source.end(), sentence[1]), sentence[1], source=True)
        if np is None or self.is_cue_word(raw[np[0] : np[1]]):
            return None
        end = self.trim_end(raw, np[0], sentence[1])
        if "," in raw[np[1] : end] or len(raw[np[0] : end].split()) > self.MAX_SOURCE_WORDS:
            return None  # (", according to X, and the board agreed.": words of the writer's after X)
        return np[0], end  # (X runs to the sentence's end: "two people at the meeting")

    def cut_at_closing_source(
        self,
        raw: str,
        offset: int,
        result: Candidate,
        floor: int,
        source: regex.Match[str],
        np: tuple[int, int],
        marks: Sequence[tuple[int, int]],
    ) -> Candidate | None:
        """*result*, reported words of a cue before a closing ``, according to X.`` at *source*
        (:meth:`source_after_clause`, X at *np*), cut at the comma before it with X as the quote's
        ``source`` (``told aides that she would resign, according to two officials``: ``she would
        resign``), the candidate claiming X too, when the words run on to that comma or past it and
        their speaker's phrase opens the sentence (from *floor*) or follows a comma (``On Monday,
        the mayor said``).  ``None`` otherwise, the words then X's whole sentence: a cue in a
        clause of the sentence's own (``voters who believe that ...``, ``when filings revealed
        ...``, ``..., and two delegates pledged ...``), words cut before the comma (``..., and the
        board agreed, according to X.``) or with a source of their own, and words with no finite
        verb (nor a contraction, nor a pronoun first) among their first :attr:`SHORT_SUBJECT` + 1 (``admitted a
        violation of state law and paid a fine``: the cue's object, no clause).

        .. versionadded:: 0.2
        """
        quote = result.quote
        start, end = quote.span.start - offset, quote.span.end - offset
        stop = source.start()
        while stop > start and (raw[stop - 1].isspace() or raw[stop - 1] == ","):
            stop -= 1
        if quote.source is not None or not start < stop <= end:
            return None
        if not self.speaker_opens_clause(raw, floor, min(result.mention.start, start)):
            return None
        if not self.closing_source_clause(raw, start, stop):
            return None  # ("admitted a violation of state law and paid a fine": the cue's object, no clause)
        stop = self.trim_end(raw, start, stop)
        if len(raw[start:stop].split()) < self.MIN_WORDS:
            return None
        credited = collapse(raw[np[0] : np[1]])
        number = quote.paragraph if quote.paragraph is not None else 0
        kind = self.kind_of(start, stop, marks)
        cut = self.make_quote(raw, offset, number, (start, stop), kind, quote.cue, quote.speaker, credited)
        return attrs.evolve(result, quote=cut, end=max(result.end, np[1]))

    def speaker_opens_clause(self, raw: str, floor: int, start: int) -> bool:
        """For :meth:`cut_at_closing_source`: whether the speaker's phrase at *start* opens the
        sentence from *floor* or follows a comma (``On Monday, the mayor said``).

        .. versionadded:: 0.2 (mendQL71, out of :meth:`cut_at_closing_source`)"""
        lead = raw[floor:start].strip()
        return not lead or lead.endswith(",")

    def closing_source_clause(self, raw: str, start: int, stop: int) -> bool:
        """For :meth:`cut_at_closing_source`: whether the words ``raw[start:stop]`` a cue reports
        before a closing source are a clause: a finite verb (or a contraction, or a pronoun first)
        among their first :attr:`SHORT_SUBJECT` + 1 (``she would resign``; not ``admitted a
        violation of state law``, the cue's object).

        .. versionadded:: 0.2 (mendQL71, out of :meth:`cut_at_closing_source`)"""
        opening = list(islice(self._word.finditer(raw, start, stop, False, KEEP_GIL), self.SHORT_SUBJECT + 1))
        if any(_CONTRACTION.search(word.group(), None, None, KEEP_GIL) for word in opening):
            return True
        if opening and opening[0].group().casefold() in self._pronouns:
            return True  # ("they prefer ...")
        return self.has_verb(raw, start, stop, words=self.SHORT_SUBJECT + 1)

    def attribution_before_source(
        self, raw: str, floor: int, source: int
    ) -> tuple[tuple[int, int], regex.Match[str], int] | None:
        """The attribution that ends the words of ``raw[floor:source]``, before a closing
        ``according to X`` at *source*, set off by a comma or a quotation mark (``Prices will
        rise, Ana Ortiz said, according to the ministry.``, ``..., said Ana Ortiz on Tuesday,``,
        ``"...," Ana Ortiz told reporters,``): its speaker's phrase, its cue and where it opens.
        X is the source of the report, not of new words: the attribution's speaker speaks the
        words before it (:meth:`read_according`).  ``None`` for a cue that opens the sentence's
        clause (``The witness said the order was lifted, according to the report.``: the
        report's) and anything else.

        .. versionadded:: 0.2
        """
        stop = source
        while stop > floor and (raw[stop - 1].isspace() or raw[stop - 1] == ","):
            stop -= 1
        cue = None
        for found in self.cues(raw, self.word_boundary(raw, max(floor, stop - self.PHRASE_WINDOW), floor), stop):
            if cue is None or found.end() != cue.end():
                cue = found  # (the last cue; the longer of two that end together)
        if cue is None:
            return None
        closing = self.closing_attribution(raw, floor, source)
        if closing is not None:
            opener = min(closing[0], cue.start())
            return (closing, cue, opener) if opener > floor else None
        if cue.group().casefold() not in self._uninverted or not self.told_tail(raw[cue.end() : stop]):
            return None
        np = self.phrase_before(raw, cue.start(), floor, lenient=True)
        if np is None or np[0] <= floor or not ends_with(raw, floor, np[0], ",\"”’'"):
            return None
        return np, cue, np[0]

    def participle_aside(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]) -> bool:
        """Whether participle *cue*, after a comma, opens an aside between a subject and its own
        cue: the next comma of the sentence stands right before a cue that is not a participle
        (``the mayor, noting the cost, said the bridge would wait``: the mayor says it, with
        ``said``; not ``Ortiz left, noting the cost, and ...``).

        .. versionadded:: 0.2
        """
        comma = raw.find(",", cue.end(), sentence[1])
        if comma < 0 or not raw[cue.end() : comma].strip():
            return False  # (", adding, according to Reuters, ...": the participle's own words follow)
        after = self._word.search(raw, comma + 1, sentence[1])
        if after is None or raw[comma + 1 : after.start()].strip():
            return False
        verb = self._cue_at.match(raw, after.start(), sentence[1])  # (a cue of several words too: "a dit")
        low = verb.group().casefold() if verb is not None else ""
        return bool(low) and after.group()[:1].islower() and low not in self._participles and low not in self._according

    def closes_document_participles(self, raw: str, sentence: tuple[int, int], cues: Sequence[regex.Match[str]]) -> bool:
        """Whether the last of *cues* is an attribution that closes the sentence after a comma
        (``..., a spokesman said.``) and every cue before it a participle right after one of
        :attr:`DOCUMENT_NOUNS` (``Tenants got a notice saying rents would rise, a spokesman
        said.``): the closing attribution then reports the whole sentence, the document's words
        included, and is read first."""
        last = cues[-1]
        if last.group().casefold() in self._according or not self.is_sentence_tail(raw[last.end() : sentence[1]]):
            return False
        for cue in cues[:-1]:
            before = self.token_before(raw, cue.start(), sentence[0])
            if cue.group().casefold() not in self._participles or before not in self._document_nouns:
                return False
        np = self.phrase_before(raw, last.start(), sentence[0], lenient=True)
        return np is not None and ends_with(raw, sentence[0], np[0], ",")

    def read_reported(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
        subject: Mention | None,
        direct: Sequence[tuple[int, Mention]],
    ) -> Candidate | None:
        """One piece of reported speech around *cue*: its quote, the speaker's mention and the
        region of the paragraph it claims."""
        word = cue.group().casefold()
        if self.in_relative_clause(raw, cue, sentence[0], sentence[1]):
            return None  # ("A resident who asked not to be named said ...": said, not asked)
        inner = self.relative_clause_end(raw, cue, sentence, marks)
        if inner is not None:
            sentence = (sentence[0], inner)  # "Ortiz, who had said nothing, apologised": up to the comma
            comma = raw.rfind(",", max(sentence[0], cue.start() - self.RELATIVE_WINDOW), cue.start())
            lead = raw[comma + 1 : cue.start()].split()
            if lead[0].casefold() not in self._possessive_relatives and self.subject_in_lead(lead):
                return self.read_object_relative(raw, offset, number, cue, sentence, marks, state)
        if word in self._according:
            return self.read_according(raw, offset, number, cue, sentence, marks, state)
        if word in self._participles and self.after_comma(raw, sentence[0], cue.start()):
            if self.participle_aside(raw, cue, sentence):
                return None  # ("and the mayor, noting the cost, said ...": an aside; the cue after it speaks)
            closing = None if subject else self.closing_attribution(raw, sentence[0], cue.start())
            reading = self.reading_of(raw, state)  # (the sentence's subject read once for all its participles)
            mention: Mention | None = subject
            if not mention:
                mention = reading.subject(self, sentence) if reading is not None else self.modified_subject(raw, sentence)
                # ("An adviser to Carson, Jo Lane, declined ..., acknowledging that": the name set off, never the role)
                mention = self.apposed_name_after(raw, mention, sentence[1]) or mention if mention is not None else None
            if closing is not None:
                mention = self.mention(raw, self.after_closing_time(raw, closing))  # "..., Ortiz said, adding that ...": Ortiz
            else:
                participle_comma = raw.rindex(",", sentence[0], cue.start())
                conjunct = self.joined_clause_subject(raw, sentence[0], participle_comma, subject.end if subject else -1)
                if conjunct is None:
                    # ("..., a charge that party leaders denied, saying ...": the leaders)
                    floor = max(sentence[0], subject.end) if subject else sentence[0]
                    conjunct = self.summary_relative_subject(raw, floor, participle_comma)
                    if conjunct is None and self.summary_thing_subject(raw, floor, participle_comma):
                        return None  # ("..., a claim that figures disputed, saying ...": no one, never the subject)
                mention = conjunct or mention  # ("..., and the union has sued, saying ...": the union)
            if mention is None:
                mention = self.direct_speaker_in(direct, sentence[0], cue.start())
            if mention is None:
                # "Ortiz shot back, saying ...": the speaker of the cue that fills the clause before the comma
                mention = self.cue_before_comma(raw, sentence[0], cue.start())
            if mention is None:
                mention = self.clause_subject(raw, sentence, cue.start())
            if mention is None or (mention is not subject and self.names_no_one_here(raw, mention)):
                # ("The mood was tense, as the mayor rejected the plan, saying ...": the mayor)
                comma = raw.rindex(",", sentence[0], cue.start())
                inner_subject = self.subordinate_clause_subject(raw, sentence[0], comma)
                if inner_subject is not None and not self.is_thing_subject(raw, inner_subject, spoken=True):
                    mention = inner_subject
            if mention is None or (mention is not subject and self.is_thing_subject(raw, mention, spoken=True)):
                return None  # ("Government bonds rallied, suggesting that ...": no one speaks)
            content = self.content_after(raw, cue, sentence, bare=True, needs_verb=word in self._object_participles)
        else:
            inverted = self.inverted_speaker(raw, cue, sentence, state)
            if inverted is None and self.opens_without_subject(raw, cue, sentence):
                inverted = self.subject_after_dropped(raw, cue, sentence)  # ("Luego añadió el portavoz que ...")
            if inverted is None and self.opening_before_inversion(raw, cue, sentence, state):
                # ("Rather than seeing the tax rise, said Ana Ruiz, ...": the words; "The plan, said
                # Ana Ruiz on Monday, was ...", "Gestern teilte Anna Schmidt mit": never the speaker)
                trailing = self.read_trailing(raw, offset, number, cue, sentence, marks, state)
                if trailing is None:
                    # ("El plan, dijo, era demasiado caro": the verb alone set off, its subject dropped)
                    return self.read_interjected_cue(raw, offset, number, cue, sentence, marks, state)
                return trailing
            if inverted is not None:
                # "The plan, said Ana Ruiz, was too costly", "Gestern sagte Anna Schmidt, ...": the
                # speaker after the verb, the words after the speaker
                (np_start, np_end), content = inverted
                if content is None:
                    return None  # ("Prices, said Ana Ruiz, would rise": too few words, and never "Prices")
                start, end, source = content
                mention = self.mention(raw, (np_start, np_end))
                speaker = self.resolve(mention, state, None)
                kind = self.kind_of(start, end, marks)
                quote = self.make_quote(raw, offset, number, (start, end), kind, cue.group(), speaker, source)
                return Candidate(quote, mention, cue.start(), end)
            # ("The vote led the mayor to declare that ...": the one made to speak)
            np = self.caused_speaker(raw, sentence[0], cue.start())
            quoted = self.quoted_as_speaker(raw, sentence[0], cue.span()) if np is None and word in self._participles else None
            if quoted is None and np is None and word in self._participles:
                quoted = self.quoted_by_agent_subject(raw, sentence[0], cue.span())  # ("X was quoted by ANI as saying")
            if quoted is not None:
                np = quoted  # ("The paper quoted Ana Ruiz as saying ...": the one quoted, never the paper)
            if np is None:
                np = self.phrase_before(raw, cue.start(), sentence[0], lenient=True)
                if np is not None and self.place_aside_then_verb(raw, np, cue.start()):
                    np = None  # ("Le pont Chauderon, à Lausanne, sera fermé ..., a annoncé la Ville": the clause's subject)
                lead_start = self.infinitive_lead(raw, sentence[0], cue.start()) if np is None else None
                if lead_start is not None:
                    np = self.phrase_before(raw, lead_start, sentence[0], lenient=True)  # ("Weber went on to say that": Weber)
                if np is None and word in self._participles:
                    np = self.gerund_lead_subject(raw, sentence[0], cue.start())  # ("Ward responded before adding that")
                # ("A driver accused of causing a crash told ...": the driver, never the crash)
                np = self.participle_described_subject(raw, sentence[0], np, cue.start()) or np
                # ("Officials citing the storm said ...": the officials, never the participle's phrase)
                np = self.participle_modified_subject(raw, np, cue.start()) or np
                # ("Officials attending the summit in Geneva said ...": the officials, never the summit)
                np = self.participle_opened_subject(raw, sentence[0], np, cue.start()) or np
                if np is not None:
                    np = self.name_before_unclosed(raw, sentence[0], np, cue.end()) or np  # ("Tom Hale, a shipping analyst said")
                    unclosed = self.subject_before_unclosed_relative(raw, sentence[0], cue)
                    if unclosed is not None and np[0] > unclosed[1]:
                        np = unclosed  # ("The report, which cites ten sources said": the report, never its sources)
                else:
                    # ("The governor, who faces re-election in November told CNN ...": the relative's comma missing)
                    np = self.subject_before_unclosed_relative(raw, sentence[0], cue)
            participle = word in self._participles and quoted is None
            if np is not None and participle and self.ends_in_past_verb(raw, np):
                np = None  # ("a memo was released as the polls closed stating ...": a clause, no subject)
            document = self.received_document(raw, sentence[0], np) if np is not None and participle else None
            if document is not None:
                np = document  # "Workers got a letter saying ...": the letter, not the workers
            elif np is not None and participle and self.participle_object(raw, sentence[0], np):
                # "Ortiz issued a statement saying ...": the statement's author speaks, the subject of
                # the clause it stands in ("Berg led the charge, and the group issued a statement saying")
                opener = self.joined_clause_subject(raw, sentence[0], np[0]) or self.clause_subject(raw, sentence, np[0])
                np = self.subject_before_object(raw, opener, np)
            if np is not None and self.ends_in_coordinator(raw, np, cue.start()):
                np = None  # ("The promoter apologised on Saturday and said ...": a clause, its subject read below)
            if np is None and subject is not None and self.joins_earlier_cue(raw, sentence[0], cue.start()):
                np = subject.bounds  # ("Ortiz, a lawyer, said ... but conceded that ...": the first cue's speaker)
            coordination = None if np is not None else self._coordination.search(raw, sentence[0], cue.start(), KEEP_GIL)
            if coordination is not None:
                # "Ortiz, the party's chairman, became a delegate and said ...": the subject; of the
                # last clause joined by a comma and a coordinator when one comes first ("Tenants
                # sued, and the union denounced the rules and said ...": the union)
                opener = self.conjunct_subject(raw, sentence, coordination.start(), subject)
                # ("..., a video in which Hale called himself a liberal and admitted that ...": Hale)
                opener = opener or self.relative_conjunct_subject(raw, sentence[0], cue.start())
                opener = opener or self.clause_subject(raw, sentence, cue.start()) or self.appositive_subject(raw, sentence)
                np = opener.bounds if opener is not None else None
            if np is None:
                np = self.joined_apposed_subject(raw, cue, sentence)  # ("..., but a neighbour, who ..., said")
            told = np is not None and raw[np[0] : np[1]].casefold() in self.PREVERBAL_OBJECT_PRONOUNS  # ("Nos dijo")
            if (np is None or told or self.DROPPED_SUBJECTS) and self.opens_without_subject(raw, cue, sentence):
                return self.read_dropped_subject(raw, offset, number, cue, sentence, marks, state)
            if np is None:
                interjected = self.read_interjected_cue(raw, offset, number, cue, sentence, marks, state)
                if interjected is not None:
                    return interjected  # ("Le rapport, a-t-elle dit, était erroné", "El plan, dijo, era caro")
            if np is None:
                trailing = self.read_trailing(raw, offset, number, cue, sentence, marks, state)
                if trailing is None and self.after_comma(raw, sentence[0], self.before_auxiliaries(raw, sentence[0], cue.start())):
                    # ("..., Ruth Lang and Tom Esposito, have said ...": the aside, then the auxiliary)
                    return self.read_after_aside(raw, offset, number, cue, sentence, marks, state)
                return trailing
            named = self.name_before_subject(raw, sentence[0], np, cue.start())
            if named is None:
                # ("Ana Ruiz, director of the group - which was founded in 1990 - said": Ana Ruiz)
                named = self.name_before_aside(raw, sentence[0], np, cue.start())
            if named is not None:
                np = named  # ("Chad Hawk, vice president of PMG, a grading company in Florida told Fox ...": Chad Hawk)
            joined = self.apposed_pair(raw, np, cue.start())  # ("Ana Ruiz, a Democrat, and Tom Berg, a Republican, said")
            joined = joined or self.joined_subjects(raw, sentence[0], np) or self.listed_subjects(raw, sentence[0], np)
            # ("Ana Ortiz, Ben Lee and Lee Chan, who run the shop, said", "Residents of Leeds, Bradford
            # and York said": all of them, never the last name or places alone)
            if joined is None and (joined := self.object_list_head(raw, sentence[0], np)) is not None:
                # ("The foreign ministers of France, Jean Roe, and Italy, Luca Neri, said": to the last name)
                joined = self.with_apposed_name(raw, joined, cue.start())
            joined = joined or self.names_joined_before(raw, sentence[0], np)
            if joined is None:
                joined = self.subject_list_to(raw, sentence, np, cue.start())  # ("Residents, shopkeepers and farmers said")
            if joined is None:
                # ("In a statement from London, the mayor and the sheriff said": both, after the opening)
                joined = self.subjects_after_opening(raw, sentence, np, cue.start())
            if joined is None:
                joined = self.listed_portfolio(raw, sentence[0], np)  # ("..., Trade, Industry and Competition Minister X said")
            if joined is None:
                joined = self.closing_name_list(raw, sentence[0], np)  # ("The plan will fail, Ortiz, Berg and Eva Hall said")
            if joined is None:
                joined = self.role_named_list(raw, sentence[0], np)  # ("Mayor Ana Ruiz and clerk Tom Berg said": both)
            if joined is not None:
                np = joined  # ("Tom Berg, the mayor, and his aides said": all of them, never "his aides" alone)
            np = self.without_opening_time(raw, sentence, np)  # ("Last week shopkeepers and farmers said": no time)
            np = self.without_credit_agency(raw, np)  # ("Photo: AFP Police said": the police, never "AFP Police")
            if self.region_of_place(raw, sentence[0], np):
                return None  # ('"...," Tucson, Ariz. said.': a place and its region, no speaker)
            mention = self.mention(raw, np)
            report = word in self._report_cues  # ("The Times reported the bridge would close"; not "reported two deaths")
            # (a finding cue takes a bare clause with its verb as a report does: "One study found taxes
            # would rise"; not "the audit found errors in 40 accounts", no verb, nor an aside's cue
            # before its comma, "Voters, the poll found, were tired": the words around it)
            report = report or (word in self._finding_cues and _COMMA.match(raw, cue.end(), sentence[1], KEEP_GIL) is None)
            needs_verb = report or word in self._object_bare or word in self._object_participles  # ("a form noting her name")
            content = None
            if word in self._bare and ends_with(raw, sentence[0], self.aside_speaker_start(raw, sentence[0], np[0]), ","):
                # ("The strike, union leaders said in a statement, will go ahead": the words after the
                # setting; "The plan, he said, was working, and he smiled": the interrupted report
                # read as one rule, before any bare clause after the cue's comma)
                content = self.content_after_aside(raw, np, cue, sentence)
                if content is not None and self.that_after_aside(raw, cue.end(), sentence[1]):
                    content = None  # ("..., Mr. Obama noted, that the ...": the clause after "that", read below)
            if content is None:
                content = self.content_after(raw, cue, sentence, bare=report or word in self._bare, needs_verb=needs_verb)
            if content is None and word in self._bare:
                content = self.content_after_aside(raw, np, cue, sentence)
            if content is None and word in self._modal_bare:
                content = self.promised_clause(raw, cue, sentence)  # ("promised the change would ...")
            if content is None:
                # (no clause after the cue: a word of CLAUSE_BREAKS after it opens the reporter's
                # setting, "The port will close, the union said despite the ruling.")
                ends = self.closes_words_before(raw, sentence[0], np)
                return self.read_trailing(raw, offset, number, cue, sentence, marks, state, np, closing=ends)
            if self.phrase_after_closing_cue(raw, sentence[0], np, cue, content):
                # ("Jobless numbers fell, the ministry said on Thursday, with 2.1 million out of
                # work.": the clause before the subject said, the phrase after the reporter's)
                return self.read_trailing(raw, offset, number, cue, sentence, marks, state, np, closing=True)
            if self.closing_cue_break(raw, sentence[0], np, cue, content[0]):
                # ("The port will stay open, the mayor said as talks continued.": the words before
                # the subject, the clause after the cue the reporter's)
                trailing = self.read_trailing(raw, offset, number, cue, sentence, marks, state, np, closing=True)
                if trailing is not None:
                    return trailing
            reading = self.reading_of(raw, state)  # (read_sentence asks the same of the cue again)
            relative = reading.in_relative(self, sentence[0], cue.start()) if reading is not None else None
            if relative if relative is not None else self.in_relative(raw, sentence[0], cue.start()):
                cut = self.before_main_verb(raw, content)
                if cut == content and self.subject_relative_runs_on(raw, sentence, np, cue.start(), content):
                    cut = None  # ("The man who said he saw the crash was later arrested": where it ends is unsure)
                content = cut
        if content is None:
            return None
        start, end, source = content
        speaker = self.resolve(mention, state, None)
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, source)
        return Candidate(quote, mention, min(mention.start, cue.start()), end)

    def inverted_speaker(
        self, raw: str, cue: regex.Match[str], sentence: tuple[int, int], state: State
    ) -> tuple[tuple[int, int], tuple[int, int, str | None] | None] | None:
        """The speaker's phrase after *cue* and the reported words after that phrase, when the
        subject follows the verb: an attribution set off by commas between a subject and its verb
        (``The plan, said Ana Ruiz, was too costly``: ``was too costly``), or, with
        :attr:`VERB_SECOND`, a verb after an opening that is no subject
        (:meth:`verb_second_opening`: ``Gestern sagte Anna Schmidt, die Brücke ...``).  The
        phrase after the verb (:meth:`phrase_after`) must be closed by a comma and the words, or
        by one of :attr:`THAT_WORDS`; the phrase before an interrupting verb is at most
        :attr:`MAX_APPOSITIVE_HEAD` words with no punctuation and no clause, and the words after
        the comma open with its finite verb (:meth:`verb_at`); ``None`` otherwise (``The plan
        was too costly, said Ana Ruiz, and ...``: the words before are said).  The words are
        ``None`` when the shape holds but fewer than :attr:`MIN_WORDS` words follow (``Prices,
        said Ana Ruiz, would rise``): no quote, and never the phrase before the verb as its
        speaker.

        .. versionadded:: 0.2
        """
        word = cue.group().casefold()
        if word in self._separable or word in self._participles or word in self._uninverted:
            return None
        lead_end = cue.start()
        back = self.word_back(raw, lead_end, sentence[0]) or self.elided_back(raw, lead_end, sentence[0])
        if back is not None and self.object_pronoun_at(raw, back[1], sentence[0]) is not None:
            lead_end = back[1]  # ("Les salariés, m'a confié Anne Roux, garderont ...": the one told before the verb; lang62b)
        told_start = lead_end
        while lead_end > sentence[0] and raw[lead_end - 1].isspace():
            lead_end -= 1
        interrupted = lead_end > sentence[0] and raw[lead_end - 1] == ","
        if interrupted:
            head = raw[sentence[0] : lead_end - 1]
            core = self.opening_core(head)
            if (self.marked_without_possessives(head) and not self.scare_quoted_head(self.without_possessives(head))) or (
                self.holds_clause(raw, sentence[0], lead_end - 1) and not self.possessed_thing(core.split())
            ):
                return None  # ("West Virginia officials felt ... work, said Mr. Barrett, the lawyer ...")
            opened = self.opening_before_cue(raw, cue, sentence)
            if opened is not None and opened[1] is not None and self.relative_at(raw, opened[1][0], sentence[1]):
                return None  # ("..., said Oxfam, which is based in London.": the speaker's relative clause; fixQ68)
            if opened is not None:
                return opened  # ("Calm as ever, said the minister, the plan is good": an opening, then the words)
            # (the short core's words stripped only when it is short: a long head is read once per cue)
            if not 0 < len(core.split()) <= self.MAX_APPOSITIVE_HEAD or _NOT_WORDS.search(self.plain_head(core)):
                return None  # (a subject's phrase: "The plan", "Der Plan", "The mayor's plan, in his view")
        elif not (self.VERB_SECOND and self.verb_second_opening(raw, sentence[0], cue.start(), state)):
            return None
        np = self.phrase_after(raw, cue.end(), sentence[1]) or (self.lone_plural_after(raw, cue.end()) if interrupted else None)
        if np is None and interrupted:
            np = self.article_noun_after(raw, cue.end(), sentence[1])  # ("The channel, said the harbour master, would ...")
        if np is None or (not interrupted and not self.inverted_subject(raw, np)):
            return None
        that = self._that.match(raw, np[1], sentence[1])
        if that is not None and raw[np[1] : that.start() + 1].strip() in ("", ","):
            return np, self.clause_from(raw, self.that_as_subject(raw, that), sentence)
        comma = _COMMA.match(raw, np[1], sentence[1])
        set_after = self.setting_comma(raw, np[1], sentence[1]) if comma is None and interrupted else None
        if set_after is None and (comma is None or raw[np[1] : comma.start()].strip()):
            return None  # (but a short time after the speaker: "Der Bericht, sagte der Minister am Montag, sei ...")
        if not self.interrupting_cue(word, interrupted=interrupted):
            return None
        start = set_after if set_after is not None else comma.end() if comma is not None else np[1]
        if self.relative_at(raw, start, sentence[1]):
            return None  # ("..., said Oxfam, which is based in London.": the speaker's relative clause; fixQ68)
        opening = self.opens_with_preposition(raw, sentence[0], cue.start())  # ("In the early spring, said ...")
        if interrupted and not self.verb_at(raw, start, sentence[1]) and not opening:
            return None  # (the subject's verb goes on: "was too costly"; not ", who remains ...", ", the lawyer ...")
        if not (
            self.opens_clause(raw, start, sentence[1]) or self.has_verb(raw, start, sentence[1], words=2)
            or (interrupted and self.verb_at(raw, start, sentence[1]))  # (Spanish "..., dijo la vecina, se derrumbó")
        ):
            return None
        if self.opens_participle(raw, cue.end(), start, sentence[1]) or self.opens_conjunction(raw, start, sentence[1]):
            return None  # ("..., said Ana Ruiz, adding ...", "..., said Ana Ruiz, as ...": not the words)
        words = self.clause_from(raw, start, sentence)
        if interrupted:
            # ("The plan, said Ana Ruiz, was dead.", "... was too costly for the town.": the fronted
            # subject and all, whatever the length of the words after the aside, as "The plan, Ana
            # Ruiz said, was dead." is read)
            if words is None:
                end = self.cut_narrated_clause(raw, start, self.cut_next_clause(raw, start, self.trim_end(raw, start, sentence[1])))
                end, source = self.cut_source(raw, start, self.trim_end(raw, start, end))
                end = self.cut_speaker_clause(raw, start, end, np)
            else:
                end, source = self.cut_speaker_clause(raw, start, words[1], np), words[2]
            fronted = self.fronted_subject(raw, sentence[0], told_start, start, end)
            # (a lone word before the verb stays out: "Prices, said Ana Ruiz, would rise", "Well, ...")
            phrase = raw[fronted : told_start].split() if fronted is not None else []
            if fronted is not None and len(phrase) > 1:
                words = (fronted, end, source)
            elif words is not None and len(raw[words[0] : words[1]].split()) < self.MIN_WORDS:
                words = None
        return np, words

    def interrupting_cue(self, word: str, *, interrupted: bool) -> bool:
        """Whether cue *word*, inverted before its speaker, gives the words after the speaker's comma
        as what was said: a verb of :attr:`BARE_VERBS` (``The plan, said Ana Ruiz, was ...``), or, in
        a language of :attr:`INSERTED_ATTRIBUTIONS`, any speech verb set off by commas inside the
        sentence (*interrupted*): French ``Le projet, a dit Ana Ruiz, était trop cher``, Spanish
        ``El plan, dijo Ana Ruiz, era demasiado caro``, whose verbs take ``que`` everywhere else.

        .. versionadded:: 0.2
        """
        return word in self._bare or (interrupted and self.INSERTED_ATTRIBUTIONS)

    def opening_before_cue(
        self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]
    ) -> tuple[tuple[int, int], tuple[int, int, str | None]] | None:
        """The speaker's phrase after an interrupting *cue* and the words after it when the words
        before the cue open the sentence rather than being its subject (``Calm as ever, said the
        minister, the plan is good``, ``Genau, sagte Anna Schmidt, das sei das Problem``): the
        phrase after the verb (:meth:`phrase_after`) is closed by a comma and the words after that
        comma are a clause with a subject of its own (:meth:`subject_clause_at`); ``None``
        otherwise (``The plan, said Ana Ruiz, was too costly``: the words go on the subject before).

        .. versionadded:: 0.2
        """
        if cue.group().casefold() not in self._bare:
            return None
        np = self.phrase_after(raw, cue.end(), sentence[1])
        if np is None:
            return None
        comma = _COMMA.match(raw, np[1], sentence[1])
        if comma is None or raw[np[1] : comma.start()].strip() or not self.subject_clause_at(raw, comma.end(), sentence[1]):
            return None
        if self.auxiliary_at(raw, comma.end(), sentence[1]):
            return None  # ("The budget, said Ana Ruiz, was balanced for ...": the verb of the subject before)
        if self.opens_conjunction(raw, comma.end(), sentence[1]):
            return None  # ("..., said Ana Ruiz, as the plan was ...": the reporter's clause)
        words = self.clause_from(raw, comma.end(), sentence)
        return (np, words) if words is not None else None

    def relative_at(self, raw: str, start: int, stop: int) -> bool:
        """Whether the first word at *start* (before *stop*) is a relative pronoun, for a person
        or a thing (:attr:`RELATIVE_PRONOUNS`, :attr:`THING_RELATIVE_PRONOUNS`,
        :attr:`POSSESSIVE_RELATIVE_PRONOUNS`): the words after an inverted cue's speaker then
        describe the speaker (``said Oxfam, which is based in London``, ``said Tom Berg, whose
        firm ...``), none of them said.

        .. versionadded:: 0.2 (fixQ68)"""
        word = self._word.search(raw, start, stop)
        if word is None or raw[start : word.start()].strip():
            return False
        low = word.group().casefold()
        if low in self._determiners:
            return self.described_relative_at(raw, word.end(), stop)  # ("said Oxfam, a charity which ..."; mendQ68c)
        return self.is_relative_word(low)

    def is_relative_word(self, low: str) -> bool:
        """Whether *low*, a word in lower case, is a relative pronoun of :attr:`RELATIVE_PRONOUNS`,
        :attr:`THING_RELATIVE_PRONOUNS` or :attr:`POSSESSIVE_RELATIVE_PRONOUNS`.

        .. versionadded:: 0.2 (mendQ68c)"""
        return low in self._relatives or low in self._thing_relatives or low in self._possessive_relatives

    def described_relative_at(self, raw: str, start: int, stop: int) -> bool:
        """For :meth:`relative_at`: whether the words at *start*, right after a determiner, are a
        description of the speaker (an appositive noun phrase of at most
        :attr:`MAX_APPOSITIVE_HEAD` words, no verb, no punctuation between them) that a relative
        pronoun closes (``said Oxfam, a charity which is based in London``, ``said Tom Berg, the
        farmer who owns the land``, ``said Acme, the London firm whose chief ...``): the words
        after the cue describe the speaker, none of them said.  Not ``said Tom Berg, the plan is
        good`` (a verb before any relative).

        .. versionadded:: 0.2 (mendQ68c)"""
        for k, word in enumerate(self._word.finditer(raw, start, stop)):
            between = raw[start : word.start()]
            if k > self.MAX_APPOSITIVE_HEAD or any(not (c.isspace() or c in "-'") for c in between):
                return False
            low = word.group().casefold()
            if k > 0 and self.is_relative_word(low):
                return True
            if word.group().islower() and self.is_verb(low):
                return False
            start = word.end()
        return False

    def subject_clause_at(self, raw: str, start: int, stop: int) -> bool:
        """Whether a clause with a subject of its own opens at *start* and goes on to its verb
        before any comma (:meth:`opens_clause`; a lower-case finite verb, :meth:`is_verb`, after
        the first word among the first :attr:`CLAUSE_LOOKAHEAD`, with no relative pronoun or
        :attr:`THAT_WORDS` before it): ``the plan is good``, ``das sei das Problem``; not ``the
        mayor``, ``the mayor who was elected``, ``was too costly``.

        .. versionadded:: 0.2
        """
        if not self.opens_clause(raw, start, stop):
            return False
        comma = raw.find(",", start, stop)
        end = comma if comma >= 0 else stop
        for i, word in enumerate(self._word.finditer(raw, start, end)):
            low = word.group().casefold()
            if i > self.CLAUSE_LOOKAHEAD or low in self._relatives or low in self._that_words:
                return False
            if i > 0 and word.group().islower() and self.is_verb(low.rstrip(".")):
                return True
        return False

    def opening_before_inversion(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int], state: State) -> bool:
        """Whether the words before *cue* open a sentence whose subject would follow the verb, so
        that they are never its speaker even when :meth:`inverted_speaker` refuses the cue: one
        phrase of at most :attr:`MAX_APPOSITIVE_HEAD` words with no comma, no quotation mark and no
        clause, its last word in lower case, closed by a comma right before the verb and with no
        pronoun after the verb (``The plan, said Ana Ruiz on Monday, was ...``, ``The deal, said
        analyst, ...``; not ``Tom Berg, the mayor, said ...``, ``Trent Lott of Mississippi, said
        he ...``), or,
        with :attr:`VERB_SECOND`, an opening that is no subject before a verb with a subject after
        it (:meth:`has_subject_after`: ``Gestern teilte Anna Schmidt mit, ...``; not ``Meier sagte,
        das Gesetz sei schlecht``, ``Siemens teilte mit, ...``, whose one word is the subject).  A
        cue of :attr:`UNINVERTED_VERBS` or :attr:`PARTICIPLES` never inverts.

        .. versionadded:: 0.2
        """
        word = cue.group().casefold()
        if word in self._participles or word in self._uninverted:
            return False
        lead_end = cue.start()
        while lead_end > sentence[0] and raw[lead_end - 1].isspace():
            lead_end -= 1
        if lead_end > sentence[0] and raw[lead_end - 1] == ",":
            head = raw[sentence[0] : lead_end - 1]
            if " ".join(head.split()).casefold() in self.OPENING_CONNECTIVES:
                return False  # ("Sin embargo, advirtió que ...": a link to the sentence before, no words; lang62b)
            after = self._word.match(raw, cue.end() + 1, sentence[1], KEEP_GIL) if cue.end() < sentence[1] else None
            # (an aside is left out only before an inverted speaker: not "Supporters, on the other hand, argued that")
            named = after is not None and (after.group()[:1].isupper() or after.group().casefold() in self._determiners)
            core = self.opening_core(head) if named else head
            words = core.split()
            # (the head's marks read only when the core is short: a long head is read once per cue)
            if "," in core or not 0 < len(words) <= self.MAX_APPOSITIVE_HEAD or self.marked_without_possessives(head):
                return False
            if not words[-1][:1].islower() or self.role_in_opening(words):
                return False  # (a name, a place or a role may speak after a stray comma: "Trent Lott of Mississippi, said")
            if after is not None and after.group().casefold() in self._pronouns:
                return False  # ("..., said he believed ...": no inversion)
            if _NOT_WORDS.search(self.without_possessives(core)):
                return False
            return self.possessed_thing(words) or not self.holds_clause(raw, sentence[0], lead_end - 1)
        if not self.VERB_SECOND or not self.has_subject_after(raw, cue.end(), sentence[1]):
            return False
        return self.verb_second_opening(raw, sentence[0], cue.start(), state)

    def has_subject_after(self, raw: str, start: int, stop: int) -> bool:
        """Whether a subject stands after a verb-second cue ending at *start*, before the next
        comma or *stop*: a capitalised word, a pronoun or a determiner (``teilte Anna Schmidt
        mit``, ``sagte der Sprecher``); not a comma at once or a particle alone (``sagte, ...``,
        ``teilte mit, ...``: the word before the verb was the subject), nor the noun of a phrase a
        preposition opens (``teilte am Dienstag mit``, ``sagte vor der Presse``).

        .. versionadded:: 0.2
        """
        comma = raw.find(",", start, stop)
        governed = False  # (inside a phrase a preposition opens: "teilte am Dienstag mit", no subject)
        for word in self._word.finditer(raw, start, comma if comma >= 0 else stop):
            text = word.group()
            low = text.casefold()
            if low in self._prepositions:
                governed = True
            elif governed and low in self._determiners:
                continue
            elif governed and text[:1].isupper():
                governed = False  # (the preposition's noun: "am Dienstag", "vor der Presse")
            elif text[:1].isupper() or low in self._pronouns or low in self._determiners:
                return True
        return False

    def opening_core(self, head: str) -> str:
        """*head*, the words before a comma and an inverted cue, without asides that each open with
        one of :attr:`PREPOSITIONS` after a comma (``The plan, in his view`` -> ``The plan``);
        *head* itself when another comma stands in it.

        .. versionadded:: 0.2
        """
        first = head.find(",")
        if first < 0:
            return head
        # (part by part, each only up to its first word: a long head with a plain part early
        # is given back without its whole being split, as at each cue of a long sentence)
        at = first
        while at >= 0:
            following = head.find(",", at + 1)
            words = head[at + 1 : following if following >= 0 else len(head)].split(None, 1)
            if not words or words[0].casefold() not in self._prepositions:
                return head
            at = following
        return head[:first]

    @staticmethod
    def without_possessives(phrase: str) -> str:
        """*phrase* with each word's possessive dropped (``The mayor's plan`` -> ``The mayor plan``).

        .. versionadded:: 0.2
        """
        return " ".join(strip_possessive(word) for word in phrase.split())

    def marked_without_possessives(self, phrase: str) -> bool:
        """Whether one of the quotation marks stands in *phrase* once each word's possessive is
        dropped (:meth:`without_possessives`: ``the mayor's plan`` holds none, ``the "plan"``
        does).  A phrase with no mark at all is answered without stripping its words, so a long
        phrase read at each cue of a sentence costs one scan for each mark.

        .. versionadded:: 0.2
        """
        marks = self._marks
        if not any(m in phrase for m in marks):
            return False  # (dropping a possessive only removes characters: no mark can appear)
        plain = self.without_possessives(phrase)
        return any(m in plain for m in marks)

    def possessed_thing(self, words: Sequence[str]) -> bool:
        """Whether *words* are an owner with a possessive after determiners or capitalised words
        only, then at most :attr:`MAX_POSSESSED_WORDS` words in lower case, the last no
        :attr:`GERUND_SUFFIX` form (``The mayor's plan``, ``Ruiz's new budget``): a thing's
        phrase, whose ``'s`` holds no verb (not ``He's leaving``).

        .. versionadded:: 0.2
        """
        owner = next((k for k, word in enumerate(words) if strip_possessive(word) != word), -1)
        after = words[owner + 1 :]
        if owner < 0 or not 0 < len(after) <= self.MAX_POSSESSED_WORDS or not all(w.isalpha() and w.islower() for w in after):
            return False
        if strip_possessive(words[owner]).casefold() in self._pronouns:
            return False  # ("He's ready")
        if owner > self.MAX_POSSESSED_WORDS or not all(
            w.casefold() in self._determiners or w[:1].isupper() for w in words[:owner]
        ):
            return False  # (the owner's phrase alone before it: not "Sanders will back the party's nominee")
        return not (self.GERUND_SUFFIX and after[-1].endswith(self.GERUND_SUFFIX))

    def role_in_opening(self, words: Sequence[str]) -> bool:
        """Whether one of *words*, the phrase before a comma and an inverted cue, is a noun for a
        person in lower case (:attr:`PERSON_NOUNS`, a role noun or a title) that no possessive ties
        to a thing: the phrase is then the sentence's subject after a stray comma (``A spokesman
        for the ministry, said ...``, ``The committee chairman, said ...``), no opening (not
        ``The General Motors plan, said ...``).

        .. versionadded:: 0.2"""
        vocabulary = self.vocabulary
        for word in words:
            bare = word.rstrip(".,;:")
            if strip_possessive(bare) != bare or not bare.isalpha() or not bare.islower():
                continue  # (a capitalised word is a name's: "The General Motors plan, announced ...")
            low = bare.casefold()
            forms = {low, low.removesuffix("s"), low.removesuffix("es")}
            if any(f in self._person_nouns or vocabulary.is_role_noun(f) or vocabulary.is_title(f) for f in forms):
                return True
        return False

    def opens_with_preposition(self, raw: str, start: int, stop: int) -> bool:
        """Whether the word at *start* is one of :attr:`PREPOSITIONS`: the phrase before an
        interrupting cue then opens the clause after the speaker (``In the early spring, said Tom
        Berg, the river rose``), it is no subject whose verb comes after the speaker.

        .. versionadded:: 0.2
        """
        word = self._word.match(raw, start, stop)
        return word is not None and word.group().casefold() in self._prepositions

    def lone_plural_after(self, raw: str, pos: int) -> tuple[int, int] | None:
        """A plural noun phrase in lower case with no determiner, at most
        :attr:`MAX_ABSOLUTE_SUBJECT_WORDS` words, right after an inverted cue at *pos* and closed by
        a comma (``The deal, said analysts, was close``, ``..., said council officials, ...``), when
        it can name speakers next to a clause (:meth:`is_speaker_phrase`, *lenient*); else
        ``None``."""
        comma = raw.find(",", pos, pos + self.NAMED_WINDOW)
        words = raw[pos:comma].split() if comma > pos and raw[pos : pos + 1] == " " else []
        if not 0 < len(words) <= self.MAX_ABSOLUTE_SUBJECT_WORDS or not all(w.isalpha() and w.islower() for w in words):
            return None
        if words[0] in self._stop or words[0] in self._determiners or not self.is_plural(words[-1]):
            return None
        end = comma - (len(raw[pos:comma]) - len(raw[pos:comma].rstrip()))
        start = end - len(" ".join(words))
        return (start, end) if raw[start:end] == " ".join(words) and self.is_speaker_phrase(raw[start:end], lenient=True) else None

    def is_negative_subject(self, mention: str) -> bool:
        """Whether a speaker's *mention* is one of :attr:`NEGATIVE_PRONOUNS` (``Nobody warns you
        ...``, ``No one said ...``), one of them and ``of`` (``None of the officials said``), or
        one of them and then one of :attr:`NEGATIVE_COORDINATORS` (``Neither Ana Ortiz nor Tom
        Berg said``): a cue with such a subject says that no one spoke, so it gives no quote.

        .. versionadded:: 0.2
        """
        words = collapse(mention).casefold().split()
        if " ".join(words) in self._negative_pronouns:
            return True
        # ("None of the officials said ...", "Neither of them said ...")
        if self.is_negative_pair(mention):
            return True  # ("Neither Ana Ortiz nor Tom Berg said ...")
        return len(words) > 2 and words[0] in self._negative_pronouns and words[1] in self._of

    #: The most words of an object fronted with one of :attr:`FRONTED_OBJECT_MARKERS` that
    #: :meth:`opens_without_subject` reads before the verb's object pronoun (a bound).
    #:
    #: .. versionadded:: 0.2 (fixQ61b)
    MAX_FRONTED_OBJECT_WORDS: ClassVar[int] = 6

    def opens_without_subject(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]) -> bool:
        """Whether *cue* opens its sentence, capitalised, in a language of
        :attr:`DROPPED_SUBJECTS` (Spanish ``Añadió que ...``): the verb stands for its subject.
        Before it may stand, in order and the first word capitalised: words of :attr:`ADVERBS` or
        :attr:`TIME_ADVERBS`, maybe set off by a comma (``Hoy dijo que ...``, ``Luego añadió que ...``,
        ``Además, afirmó que ...``), an object fronted
        with one of :attr:`FRONTED_OBJECT_MARKERS` (:meth:`fronted_object_end`: ``A los vecinos
        les dijo que ...``; the clitic after it is then needed), and pronouns of
        :attr:`PREVERBAL_OBJECT_PRONOUNS`, none of :attr:`IMPERSONAL_PRONOUNS`: its objects, and
        the subject is dropped still (``Nos dijo que ...``, ``Les dijo que ...``; not ``Se dijo
        que ...``: no one; not ``Hoy el ministro dijo``, nor ``A los periodistas el ministro les
        dijo``: a subject stands there).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 object pronouns before the verb (fixQ60c); adverbs and a fronted object (fixQ61b);
           an adverb's comma (lang62)
        """
        if not self.DROPPED_SUBJECTS:
            return False
        lead = raw[sentence[0] : cue.start()].strip(" \t\n\xa0([")
        if not lead:
            return cue.group()[:1].isupper()
        if not lead[:1].isupper() or not cue.group()[:1].islower():
            return False
        told = lead.split()
        # ("Sin embargo, advirtió que ...": a connective of several words opens, set off or not; lang62b)
        k = self.opening_connective(told)
        while k < len(told) and (adverb := told[k].removesuffix(",").casefold()) and (
            adverb in self._adverbs or adverb in self._time_adverbs
        ):
            k += 1  # ("Hoy dijo que ...", "Luego les dijo que ...", set off by a comma too: "Además, afirmó que", lang62)
        fronted = self.fronted_object_end(told, k)
        if fronted == k:
            # ("Al final del acto dijo que ...", "Tras la reunión dijo que ...": when and where, no subject)
            fronted = placed = self.fronted_phrase_end(told, k)
            if placed > k:
                return all(w.casefold() in self.PREVERBAL_OBJECT_PRONOUNS and w.casefold() not in self._impersonal_pronouns
                           for w in told[placed:])
        if fronted > k and (fronted == len(told) or told[fronted].casefold() not in self.PREVERBAL_OBJECT_PRONOUNS):
            return False  # (the object fronted needs its clitic: "A los vecinos les dijo")
        return all(
            w.casefold() in self.PREVERBAL_OBJECT_PRONOUNS and w.casefold() not in self._impersonal_pronouns
            for w in told[fronted:]
        )

    def subject_after_dropped(
        self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]
    ) -> tuple[tuple[int, int], tuple[int, int, str | None] | None] | None:
        """For a cue that :meth:`opens_without_subject`: its subject written after it (Spanish
        ``Después añadió el portavoz que ...``, ``Luego le dijo el alcalde que ...``), a phrase
        of :meth:`phrase_after` and the words after one of :attr:`THAT_WORDS` right after it,
        in the shape :meth:`inverted_speaker` gives; the words ``None`` (no quote) when the
        phrase is not closed so (``Añadió el portavoz en Madrid que ...``): a subject found
        after the verb is never replaced by the dropped one.  ``None`` when no such phrase
        follows (``Luego añadió que ...``: the subject dropped).

        .. versionadded:: 0.2 (mendR61)
        """
        np = self.phrase_after(raw, cue.end(), sentence[1])
        if np is None:
            return None
        that = self._that.match(raw, np[1], sentence[1])
        if that is not None and not raw[np[1] : that.start()].strip():
            return np, self.clause_from(raw, self.that_as_subject(raw, that), sentence)
        return np, None

    #: Prepositions of :attr:`FRONTED_OBJECT_MARKERS`' language that also mean "even" before a
    #: subject (Spanish ``Hasta el presidente dijo que ...``): no phrase fronted before a dropped
    #: subject opens with one (:meth:`fronted_phrase_end`).  Empty for English.
    #:
    #: .. versionadded:: 0.2 (mendQ61)
    FOCUS_PREPOSITIONS: ClassVar[frozenset[str]] = frozenset()

    def fronted_phrase_end(self, words: Sequence[str], k: int) -> int:
        """Where a phrase of time or place fronted before a verb whose subject is dropped ends
        among *words* from *k*: one of the vocabulary's prepositions (none of
        :attr:`FOCUS_PREPOSITIONS`), then at most :attr:`MAX_FRONTED_OBJECT_WORDS` words of
        letters up to the end of *words* or the first of :attr:`PREVERBAL_OBJECT_PRONOUNS` in lower
        case, a determiner only first or after a preposition and a capitalised word never after a
        noun in lower case (Spanish ``Al final del acto dijo que ...``, ``Tras la reunión les dijo
        que ...``; not ``Durante el acto el director dijo``, whose second phrase is the subject,
        nor ``En Sevilla Ana Ruiz dijo``, a listed given name after the place, nor a phrase of
        :attr:`SOURCE_OPENERS`, ``Desde la CGT advirtieron que``, the body that speaks);
        *k* when no such phrase opens there.

        .. versionadded:: 0.2 (mendQ61)
        """
        vocabulary = self.vocabulary
        if k >= len(words) or not vocabulary.is_preposition(words[k]) or words[k].casefold() in self.FOCUS_PREPOSITIONS:
            return k
        if words[k].casefold() in self.SOURCE_OPENERS:
            return k  # ("Desde la CGT advirtieron que ...": the body after it speaks, no setting)
        previous = words[k].casefold()
        j = k + 1
        while j < len(words):
            word = words[j]
            low = word.casefold()
            if low in self.PREVERBAL_OBJECT_PRONOUNS and word.islower():
                break  # ("Tras la reunión les dijo que ...": the clitic after the phrase)
            linked = vocabulary.is_preposition(previous)
            second = low in self._determiners and not linked and not vocabulary.is_preposition(low)  # (not "del")
            if j - k > self.MAX_FRONTED_OBJECT_WORDS or not word.isalpha() or second:
                return k  # (a mark, or a second phrase: "Durante el acto el director dijo")
            if word[:1].isupper() and previous.islower() and previous not in self._determiners and not linked:
                return k  # ("Tras el acto Sánchez dijo": the name is the subject)
            if word[:1].isupper() and previous[:1].isupper() and vocabulary.is_given_name(word):
                return k  # ("Ayer en Sevilla Ana Ruiz dijo": a given name after the place opens the subject)
            previous = low if word.islower() else word
            j += 1
        return j if j > k + 1 else k

    def fronted_object_end(self, words: Sequence[str], k: int) -> int:
        """Where an object fronted before the verb ends among *words* from *k*: one of
        :attr:`FRONTED_OBJECT_MARKERS` (Spanish ``A``, ``Al``), then at most
        :attr:`MAX_FRONTED_OBJECT_WORDS` words up to the first of :attr:`PREVERBAL_OBJECT_PRONOUNS`
        in lower case, a determiner only first or after a preposition (a preposition joined to its
        article anywhere: ``del``) and a capitalised word
        never after a noun in lower case (``A los vecinos del barrio``, ``A Pedro Sánchez``,
        ``Al presidente``; not ``A los periodistas el ministro``, whose second phrase is the
        subject); *k* when no such object opens there, or it is not closed by such a pronoun.

        .. versionadded:: 0.2 (fixQ61b)
        """
        if k >= len(words) or words[k].casefold() not in self.FRONTED_OBJECT_MARKERS:
            return k
        vocabulary = self.vocabulary
        previous = words[k].casefold()
        for j in range(k + 1, min(len(words), k + 2 + self.MAX_FRONTED_OBJECT_WORDS)):
            word = words[j]
            low = word.casefold()
            if low in self.PREVERBAL_OBJECT_PRONOUNS and word.islower():
                return j if j > k + 1 else k
            if not word.isalpha():
                return k  # (a comma, a mark: no object read)
            linked = previous in self.FRONTED_OBJECT_MARKERS or vocabulary.is_preposition(previous)
            if low in self._determiners and not linked and not vocabulary.is_preposition(low):
                return k  # ("A los periodistas el ministro les dijo": a second phrase, the subject)
            if word[:1].isupper() and previous.islower() and previous not in self._determiners and not linked:
                return k  # ("A los periodistas Sánchez les dijo": the name is the subject)
            previous = low if word.islower() else word
        return k

    def read_dropped_subject(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
    ) -> Candidate | None:
        """Reported speech after a verb that opens its sentence with its subject dropped
        (:meth:`opens_without_subject`): the words after it as after any cue, the speaker
        :meth:`dropped_subject` (the verb is the speaker's mention: it carries the person)."""
        word = cue.group().casefold()
        content = self.content_after(raw, cue, sentence, bare=word in self._bare)
        if content is None:
            return None
        start, end, source = content
        mention = Mention(cue.group(), cue.start(), cue.end())
        speaker = self.dropped_speaker(raw, cue.span(), state, number)
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, source)
        return Candidate(quote, mention, cue.start(), end)

    def read_interjected_cue(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
    ) -> Candidate | None:
        """Reported speech around an attribution set off by commas inside its sentence that names
        no one before the verb: a pronoun joined to the verb (:meth:`~newsparse.quotes.direct.
        DirectQuotes.inverted_pattern`, French ``Le rapport, a-t-elle dit, était erroné``: ``elle``)
        or, in a language of :attr:`DROPPED_SUBJECTS`, the verb alone (Spanish ``El plan, dijo, era
        demasiado caro``: the verb stands for its subject, :meth:`dropped_speaker`).  The words are
        read as after any interrupting attribution (:meth:`content_after_aside`: the fronted
        subject and all when the words after it are short); ``None`` when the attribution is not
        closed by a comma or is no such shape.

        .. versionadded:: 0.2"""
        comma = raw.rfind(",", sentence[0], cue.start())
        if comma < 0:
            return None
        at = _COMMA.match(raw, comma, cue.start(), KEEP_GIL)
        if at is None:
            return None
        inverted = self._inverted.match(raw, at.end(), sentence[1], KEEP_GIL) if self._inverted is not None else None
        told = self.object_pronoun_at(raw, at.end(), comma) if inverted is None and self._inverted is not None else None
        if told is not None and self._inverted is not None:
            # ("..., leur a-t-elle expliqué.": the one told before the inverted verb; lang62)
            past = told.end() + len(raw[told.end() : cue.start()]) - len(raw[told.end() : cue.start()].lstrip())
            inverted = self._inverted.match(raw, past, sentence[1], KEEP_GIL)
        if not _COMMA.match(raw, cue.end(), sentence[1], KEEP_GIL):
            if inverted is None or inverted.end() != cue.end():
                return None
            closing = self.read_inverted_closing(raw, offset, number, cue, inverted, sentence, marks, state)
            if closing is not None or not self.inverted_tail(raw, cue.end(), sentence[1]):
                return closing  # ("Le rapport était erroné, a-t-elle dit lundi.": the words before it)
        if inverted is not None and inverted.end() == cue.end():
            group = "pronoun" if inverted["pronoun"] is not None else "pronoun2"
            mention = self.mention(raw, inverted.span(group))
            speaker = self.resolve(mention, state, None)
        elif self.DROPPED_SUBJECTS and at.end() == cue.start() and cue.group()[:1].islower():
            mention = Mention(cue.group(), cue.start(), cue.end())
            speaker = self.dropped_speaker(raw, cue.span(), state, number)
        else:
            return None
        content = self.content_after_aside(raw, (at.end(), cue.end()), cue, sentence)
        if content is None:
            return None
        start, end, source = content
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, source)
        return Candidate(quote, mention, min(mention.start, cue.start()), end)

    def inverted_tail(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the words from *pos*, after an inverted cue set off inside its sentence, up to
        the next comma are a short tail of the attribution: a time or a place
        (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.is_time_tail`) or a phrase of at most
        :attr:`CLAUSE_LOOKAHEAD` words that opens with one of :attr:`PREPOSITIONS` (French ``Le
        rapport, a-t-il dit à la presse, était erroné``: the one told).

        .. versionadded:: 0.2"""
        comma = raw.find(",", pos, stop)
        if comma < 0:
            return False
        words = raw[pos:comma].split()
        return bool(words) and (
            self.is_time_tail(raw[pos:comma])
            or (len(words) <= self.CLAUSE_LOOKAHEAD and words[0].casefold() in self._prepositions)
        )

    def read_inverted_closing(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        inverted: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
    ) -> Candidate | None:
        """Reported words before a comma that an attribution with an inverted pronoun closes
        (*inverted*, of :meth:`~newsparse.quotes.direct.DirectQuotes.inverted_pattern`, ending with
        *cue*): French ``Le rapport était erroné, a-t-elle dit lundi.``, ``Le budget est trop
        faible, affirme-t-il.``: the words from the sentence's start up to the comma, the pronoun
        the speaker.  Only when nothing but a short time or place follows the cue
        (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.is_time_tail`), the words open a clause
        and hold at least :attr:`MIN_WORDS` words; ``None`` otherwise.

        .. versionadded:: 0.2"""
        tail = self.trim_end(raw, cue.end(), sentence[1])
        if not self.is_time_tail(raw[cue.end() : tail]):
            return None
        comma = inverted.start()
        back = self.word_back(raw, comma, sentence[0]) or self.elided_back(raw, comma, sentence[0])
        if back is not None and self.object_pronoun_at(raw, back[1], sentence[0]) is not None:
            comma = back[1]  # ("..., leur a-t-elle expliqué": the one told before the verb; lang62)
        while comma > sentence[0] and raw[comma - 1].isspace():
            comma -= 1
        if comma <= sentence[0] or raw[comma - 1] != ",":
            return None
        start = sentence[0]
        while start < comma and raw[start].isspace():
            start += 1
        end = comma - 1
        if len(raw[start:end].split()) < self.MIN_WORDS or not self.opens_clause(raw, start, end):
            return None
        if not self.has_verb(raw, start, end):
            return None
        group = "pronoun" if inverted["pronoun"] is not None else "pronoun2"
        mention = self.mention(raw, inverted.span(group))
        speaker = self.resolve(mention, state, None)
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, None)
        return Candidate(quote, mention, start, sentence[1])

    def in_relative(self, raw: str, start: int, cue_start: int) -> bool:
        """Whether the cue at *cue_start* is the verb of a relative clause (``The official, who
        asked not to be named, said ...``): a relative pronoun right before it."""
        floor = max(start, cue_start - self.NAMED_WINDOW)
        if not self.may_end_in_relative(raw[floor:cue_start]):
            return False  # (no relative pronoun ends the words before it: no word read)
        words = list(self._word.finditer(raw, floor, cue_start, False, KEEP_GIL))
        return bool(words) and not raw[words[-1].end() : cue_start].strip() and self.is_relative(words[-1].group())

    def may_end_in_relative(self, text: str) -> bool:
        """Whether *text*, less its closing blanks and folded, ends with one of
        :attr:`RELATIVE_PRONOUNS`: a cheap test before :meth:`in_relative` reads its words (false:
        its last word is no relative pronoun).  Always true when a subclass overrides
        :meth:`~newsparse.quotes.words.QuoteWords.is_relative`, whose words this cannot know.

        .. versionadded:: 0.2
        """
        if type(self).is_relative is not QuoteWords.is_relative:
            return True
        return text.rstrip().casefold().endswith(self._relative_ends)

    def before_main_verb(
        self, raw: str, content: tuple[int, int, str | None]
    ) -> tuple[int, int, str | None] | None:
        """*content*, the words of a cue in a relative clause, up to the comma that closes the
        clause before the sentence's own verb, a speech verb or one in the past (``who asked not
        to be named, said the deal was dead``: ``not to be named``; ``who said the plan was a
        disaster, voted against it``), or a second subject with its own relative clause
        (:meth:`second_subject`); ``None`` when fewer than :attr:`MIN_WORDS` words are left."""
        start, end, _ = content
        colon = self.colon_before_quotation(raw, start, end)
        if colon is not None:
            # ("a man who promised to cut taxes: "Well, ..."": the quotation is the sentence's own)
            end = self.trim_end(raw, start, colon)
            if len(raw[start:end].split()) < self.MIN_WORDS:
                return None
            content = (start, end, None)
        for comma in _NEXT_WORD.finditer(raw, start, end):
            if self.is_cue_word(comma["word"]) or self.is_past_verb(comma["word"]) or self.second_subject(raw, comma, end):
                cut = self.trim_end(raw, start, comma.start())
                return (start, cut, None) if len(raw[start:cut].split()) >= self.MIN_WORDS else None
        main = self.clause_verb_end(raw, start, end)
        if main is not None:  # ("A lawyer who said the case was weak declined to comment")
            cut = self.trim_end(raw, start, main)
            return (start, cut, None) if len(raw[start:cut].split()) >= self.MIN_WORDS else None
        return content

    def subject_relative_runs_on(
        self, raw: str, sentence: tuple[int, int], np: tuple[int, int], cue_start: int, content: tuple[int, int, str | None]
    ) -> bool:
        """Whether the words of a cue at *cue_start* in a relative clause on the sentence's
        subject *np*, not set off by a comma, run to the end of the sentence, where
        :meth:`before_main_verb` found no verb of the sentence's own: the subject opens the
        sentence, so its verb stands somewhere inside the words (``The man who said he saw the
        crash was later arrested``: ``was``; ``The man who said he knew the plan was flawed
        resigned``: ``resigned``) and where the report ends is not sure.  Not for a relative on
        an object (``She met a man who said he saw the crash``: the words close the sentence).

        .. versionadded:: 0.2"""
        if raw[sentence[0] : np[0]].strip() or "," in raw[np[1] : cue_start]:
            return False
        return content[1] >= self.trim_end(raw, content[0], sentence[1])

    def colon_before_quotation(self, raw: str, start: int, end: int) -> int | None:
        """Where the first colon in ``raw[start:end]`` that a quotation mark follows (blanks between)
        stands, ``None`` when there is none: in the words of a cue in a relative clause (``... from a
        man who promised to cut taxes: "Well, you raised them."``) the colon closes the relative
        clause and the quotation after it is the sentence's own.

        .. versionadded:: 0.2
        """
        colon = raw.find(":", start, end)
        while colon >= 0:
            after = raw[colon + 1 : end].lstrip()
            if after[:1] in self._marks:
                return colon
            colon = raw.find(":", colon + 1, end)
        return None

    def clause_verb_end(self, raw: str, start: int, end: int) -> int | None:
        """Where the sentence's own verb follows, with no comma, the words a cue in a relative
        clause reports between *start* and *end* (``who said the case was weak declined to
        comment``: ``declined``; ``who said the talks had failed was fired``: ``was``): after the
        words' own verb, a verb in the past or one of :attr:`CLAUSE_AUXILIARIES` that opens a
        verb again, right after the verb (only when the words' verb opens with an auxiliary:
        ``the parts made were`` may be a subject and its verb) or after at most
        :attr:`MAX_CLAUSE_COMPLEMENT` lower-case words that open no subject, no phrase and no
        second verb (no determiner, pronoun, preposition, relative pronoun, ``that``, coordinator,
        adverb or cue: ``the report found the bridge collapsed``, ``is virtually guaranteed``), two
        such joined by one of :attr:`COMPLEMENT_JOINERS` (``was weak and flawed declined``).  ``None`` when
        there is no such verb.  Reads at most twice :attr:`MAX_CLAUSE_WORDS` words.

        .. versionadded:: 0.2
        """
        if self.set_off_relative(raw, start):
            return None  # ("Jonas Abebe, who says the board was never consulted.": the clause ends at a comma)
        auxiliaries = self._clause_auxiliaries
        opened_by_aux: bool | None = None  # (whether the words' verb opens with an auxiliary; None before it)
        previous_aux = False
        joined = False  # (whether a word of COMPLEMENT_JOINERS came last: "weak and")
        after: int | None = None  # (how many words follow that verb; None while in it)
        # (the first words only: bounded work per cue on a long line)
        for match in islice(self._word.finditer(raw, start, end), 2 * self.MAX_CLAUSE_WORDS):
            word = match.group()
            low = word.casefold()
            finite = low in auxiliaries and low not in self.NONFINITE_AUXILIARIES
            if opened_by_aux is None:
                if low in auxiliaries or self.is_verb(low):
                    opened_by_aux = previous_aux = low in auxiliaries
                continue
            if after is None:
                if low in auxiliaries or self.is_verb(low):
                    if finite and opened_by_aux and not previous_aux:
                        return match.start()  # ("had failed was fired")
                    previous_aux = low in auxiliaries
                    continue
                after = 0
            if after and not joined and (self.is_past_verb(word) or finite):
                return match.start()  # ("was weak declined")
            if after and not joined and self.joins_complements(low):
                joined = True  # ("was weak and flawed declined": a second complement, no verb, follows)
                continue
            if (
                not word[:1].islower() or after >= self.MAX_CLAUSE_COMPLEMENT or low in auxiliaries
                or low in self._determiners or low in self._pronouns or low in self._prepositions
                or low in self._relatives or low in self._thing_relatives or low in self._that_words
                or low in self._coordinators or self.is_cue_word(low) or (self.is_verb(low) and not joined)
                or self.is_adverb(low) or low in self._adverbs  # ("is virtually guaranteed")
                or low in self.NEGATION_WORDS  # ("was never consulted")
            ):
                return None
            joined = False
            after += 1
        return None

    def joins_complements(self, low: str) -> bool:
        """Whether *low*, a word in lower case after a complement of the words a relative
        clause's cue reports (``who said the case was weak and flawed declined``), joins a second
        complement to it: one of :attr:`COMPLEMENT_JOINERS`; the word after it is the second
        complement, never the sentence's own verb.

        .. versionadded:: 0.2
        """
        return low in self.COMPLEMENT_JOINERS

    def second_subject(self, raw: str, comma: regex.Match[str], end: int) -> bool:
        """Whether *comma* (a comma and the lower-case word after it, before *end*) opens a second
        subject joined to the sentence's first, with a relative clause of its own (``The mayor, who
        said the count was flawed, and the council, which said it was fair, met``): one of
        :attr:`COORDINATORS`, at most :attr:`MAX_APPOSITIVE_HEAD` words with no verb, then a comma
        and a relative pronoun."""
        if comma["word"] not in self._coordinators:
            return False
        close = raw.find(",", comma.end(), end)
        if close < 0:
            return False
        words = raw[comma.end() : close].split()
        if not words or len(words) > self.MAX_APPOSITIVE_HEAD or any(self.is_verb(w.casefold()) for w in words):
            return False
        following = self._word.search(raw, close, end)
        if following is None or raw[close + 1 : following.start()].strip():
            return False
        low = following.group().casefold()
        return low in self._relatives or low in self._thing_relatives

    def read_after_aside(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
    ) -> Candidate | None:
        """``X, <a long aside>, said CLAUSE``: the cue and its clause are clear, so the words are
        reported speech of the speaker :meth:`opening_subject` finds (none: no quote).  After one of
        :attr:`CLAUSE_ONLY_VERBS` the words must read as a clause (:meth:`shows_clause`): else they
        are the verb's object (``The pastor, who had driven all night, said a prayer for the
        victims``)."""
        word = cue.group().casefold()
        content = self.content_after(raw, cue, sentence, bare=word in self._bare, needs_verb=word in self._object_bare)
        if content is None:
            return None
        if word in self._clause_only and not self.shows_clause(raw, cue.end(), content[0], content[1]):
            return None
        mention = self.opening_subject(raw, sentence, cue.start())
        if mention is None:
            return None  # ("The vote was close, said she was told ...": no speaker before the aside)
        start, end, source = content
        speaker = self.resolve(mention, state, None)
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, source)
        return Candidate(quote, mention, min(mention.start, cue.start()), end)

    def shows_clause(self, raw: str, cue_end: int, start: int, end: int) -> bool:
        """Whether the words ``raw[start:end]`` after a cue ending at *cue_end* read as a clause, not
        the verb's object: a word such as ``that`` stands between (*start* is not the cue's next
        word), they open with a pronoun (``said he appreciates ...``), or a finite verb stands within
        their first :attr:`LONG_SUBJECT_LOOKAHEAD` words (``said most regions in the country's largest
        economy continued ...``, but not ``said a prayer for the victims``), or they hold a
        quotation mark (``say the "sharing economy" reflects ...``: quoted words are speech)."""
        first = self._word.search(raw, cue_end, end)
        if first is None or first.start() != start:
            return True
        if first.group().casefold() in self._pronouns or any(m in raw[start:end] for m in self._marks):
            return True
        if self.has_verb(raw, start, end, words=self.LONG_SUBJECT_LOOKAHEAD) or self.has_late_verb(raw, start, end):
            return True
        return self.verb_before_object(raw, start, end)

    def verb_before_object(self, raw: str, start: int, end: int) -> bool:
        """Whether, within the first :attr:`LONG_SUBJECT_LOOKAHEAD` words of ``raw[start:end]``, a
        word in lower case after the first stands right before one of :attr:`VERB_OBJECT_PRONOUNS`
        in lower case: a transitive verb no list holds (``said the guards beat her``).  The word is
        none of :attr:`STOP_WORDS`, :attr:`PREPOSITIONS`, :attr:`DETERMINERS`, :attr:`OF_WORDS` nor
        a participle in :attr:`GERUND_SUFFIX` (``said a prayer for her``, ``said a prayer thanking
        them``), and after the pronoun comes the end, a word of :attr:`STOP_WORDS` or
        :attr:`PREPOSITIONS`, or an adverb (``beat him badly``, ``beat them with sticks``); else
        ``her`` may be a possessive (``said a prayer her mother taught``).

        .. versionadded:: 0.2
        """
        words = list(islice(self._word.finditer(raw, start, end), self.LONG_SUBJECT_LOOKAHEAD + 1))
        for k in range(1, len(words)):
            pronoun = words[k].group()
            if pronoun not in self._verb_objects or raw[words[k - 1].end() : words[k].start()] != " ":
                continue
            verb = words[k - 1].group()
            low = verb.casefold()
            if k == 1 or not verb[:1].islower() or low in self._stop or low in self._prepositions:
                continue
            if low in self._determiners or low in self._of or (self.GERUND_SUFFIX and low.endswith(self.GERUND_SUFFIX)):
                continue
            if k + 1 >= len(words) or raw[words[k].end() : words[k + 1].start()].strip():
                return True  # (the pronoun closes the clause or a mark follows it: "beat her.", "beat her, ...")
            following = words[k + 1].group()
            if following in self._stop or following in self._prepositions or self.is_adverb_word(following):
                return True
        return False

    def has_late_verb(self, raw: str, start: int, end: int) -> bool:
        """Whether a finite verb (:attr:`LATE_CLAUSE_VERBS`, :meth:`is_verb` or a past in ``-ied``)
        stands in ``raw[start:end]`` before any relative pronoun: the words after ``said`` are a
        clause however long its subject (``said a second ferry sank in March``), not the verb's
        object (``said a prayer for the victims who died``)."""
        for match in self._word.finditer(raw, start, end):
            word = match.group().casefold().rstrip(".")
            if word in self._relatives or word in self._thing_relatives:
                return False
            if word in self._late_clause_verbs or self.is_verb(word) or (word.endswith("ied") and len(word) > 3):
                return True
        return False

    #: The most auxiliaries of :attr:`CLAUSE_AUXILIARIES` between a comma and a cue that
    #: :meth:`before_auxiliaries` reads past (``..., have said``, ``..., would not have said``).
    #:
    #: .. versionadded:: 0.2
    MAX_CUE_AUXILIARIES: ClassVar[int] = 3

    def before_auxiliaries(self, raw: str, start: int, pos: int) -> int:
        """*pos*, a cue's start, moved back over at most :attr:`MAX_CUE_AUXILIARIES` words of
        :attr:`CLAUSE_AUXILIARIES` before it that are none of :attr:`NONFINITE_AUXILIARIES`, not
        before *start* (``have said``: where ``have`` starts; not ``to argue``, ``did not say``);
        *pos* itself when none stands there.

        .. versionadded:: 0.2
        """
        for _ in range(self.MAX_CUE_AUXILIARIES):
            word = self.token_start(raw, pos, start)
            low = raw[word:pos].strip().casefold()
            if word >= pos or low not in self._clause_auxiliaries or low in self.NONFINITE_AUXILIARIES:
                break  # (a finite auxiliary only: ", to argue", ", not said", ", been asked to" open no verb of the subject's)
            pos = word
        return pos

    def after_comma(self, raw: str, start: int, pos: int) -> bool:
        """Whether a comma ends ``raw[start:pos]``, maybe inside closing quotation marks
        (``called the "Golden Week," saying ...``)."""
        while pos > start and (raw[pos - 1].isspace() or raw[pos - 1] in self._closing_marks):
            pos -= 1
        return pos > start and raw[pos - 1] == ","

    def read_particle_tail(
        self,
        raw: str,
        offset: int,
        number: int,
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
        claimed: Sequence[tuple[int, int]],
    ) -> Candidate | None:
        """``Die Stadt brauche mehr Geld, so Miersch.``: reported words closed by a comma, one of
        :attr:`ATTRIBUTION_PARTICLES` and a speaker's phrase that ends the sentence
        (:meth:`particle_attribution`), within :attr:`PHRASE_WINDOW` characters of its end; the
        words are the sentence before the comma.  ``None`` without such a close, or when a
        quotation took it (``„...“, so Miersch.``).

        .. versionadded:: 0.2
        """
        if self._particle_cue is None:
            return None
        floor = max(sentence[0], sentence[1] - self.PHRASE_WINDOW)
        comma = raw.rfind(",", floor, sentence[1])
        lead = _COMMA.match(raw, comma, sentence[1]) if comma >= 0 else None
        if lead is None or self.is_claimed(comma, claimed) or self.inside_marks(comma, marks):
            return None
        attribution = self.particle_attribution(raw, lead.end(), sentence)
        if attribution is None or self.is_claimed(attribution.cue.start, claimed):
            return None
        start = self.after_label(raw, sentence[0] + len(raw[sentence[0] : comma]) - len(raw[sentence[0] : comma].lstrip()), comma)
        end = self.trim_end(raw, start, comma)
        if len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        if any(self._particle_cue.match(raw, join.end(), end) for join in _COMMA.finditer(raw, start, end)):
            return None  # ("..., so Miersch, und ..., so Lang.": two speakers' words, no one's alone)
        mention = self.mention(raw, attribution.speaker)
        speaker = self.resolve(mention, state, None)
        kind = self.kind_of(start, end, marks)
        quote = self.make_quote(raw, offset, number, (start, end), kind, attribution.cue.text, speaker, None)
        return Candidate(quote, mention, start, sentence[1])

    def read_source_opening(
        self,
        raw: str,
        offset: int,
        number: int,
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
        claimed: Sequence[tuple[int, int]],
    ) -> Candidate | None:
        """``Wie die Polizei mitteilte, wurde niemand verletzt.``, ``Der Polizei zufolge wurde
        niemand verletzt.``: a sentence that opens with its source, in a clause of
        :attr:`AS_OPENERS` ending in one of :attr:`AS_VERBS` and a comma, or before one of
        :attr:`POSTPOSED_SOURCES`, at most :attr:`MAX_OPENING_SOURCE_WORDS` words; the words are
        the rest of the sentence.  ``None`` without such an opening, or when a quotation holds it.

        .. versionadded:: 0.2
        """
        if self._as_opening is None and self._postposed_source is None:
            return None
        start = sentence[0]
        while start < sentence[1] and raw[start].isspace():
            start += 1
        opening = self._as_opening.match(raw, start, sentence[1]) if self._as_opening is not None else None
        postposed = opening is None
        if opening is None and self._postposed_source is not None:
            opening = self._postposed_source.match(raw, start, sentence[1])
        if opening is None or self.inside_marks(start, marks) or self.is_claimed(opening.start("cue"), claimed):
            return None
        words = list(self._word.finditer(raw, opening.start("np"), opening.end("np")))
        count = self.source_words(words, setting=not postposed)
        if not count:
            return None  # ("Die Reform wird dem Minister zufolge ...": a clause, no source opening it)
        end = self.trim_end(raw, opening.end(), sentence[1])
        if len(raw[opening.end() : end].split()) < self.MIN_WORDS:
            return None
        mention = self.mention(raw, (opening.start("np"), words[count - 1].end()))
        speaker = self.resolve(mention, state, None, source=postposed)
        kind = self.kind_of(opening.end(), end, marks)
        quote = self.make_quote(raw, offset, number, (opening.end(), end), kind, opening["cue"], speaker, None)
        return Candidate(quote, mention, start, sentence[1])

    def read_source_closing(
        self,
        raw: str,
        offset: int,
        number: int,
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
        claimed: Sequence[tuple[int, int]],
    ) -> Candidate | None:
        """``Der Konzern will 3000 Stellen abbauen, wie das Unternehmen am Mittwoch mitteilte.``:
        a sentence that closes with its source, after a comma, in a clause of :attr:`AS_CLOSERS`
        ending in one of :attr:`AS_VERBS` (its noun phrase read as :meth:`source_words` reads an
        opening's); the words are the sentence before the comma.  With one of
        :attr:`AS_IMPERSONAL_VERBS` after :attr:`AS_IMPERSONAL` (``wie es in einer Mitteilung
        hieß``) the words have no speaker.  ``None`` without such a closing, or when a quotation
        holds it.

        .. versionadded:: 0.2
        """
        if self._as_closing is None:
            return None
        start = sentence[0]
        while start < sentence[1] and raw[start].isspace():
            start += 1
        closing = self._as_closing.search(raw, start, sentence[1])
        if closing is None or self.inside_marks(closing.start(), marks) or self.is_claimed(closing.start("cue"), claimed):
            return None
        words = list(self._word.finditer(raw, closing.start("np"), closing.end("np")))
        end = self.trim_end(raw, start, closing.start())
        if not words or len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        speaker: Speaker | None = None
        mention = Mention("", start, start)
        if words[0].group().casefold() in self._as_impersonal:
            if closing["cue"] not in self._as_impersonal_verbs:
                return None
        elif closing["cue"] in self._as_impersonal_verbs:
            return None
        else:
            count = self.source_words(words, setting=True)
            if not count:
                return None  # ("..., wie viele Menschen hofften.": no source)
            mention = self.mention(raw, (closing.start("np"), words[count - 1].end()))
            speaker = self.resolve(mention, state, None, source=True)
        kind = self.kind_of(start, end, marks)
        quote = self.make_quote(raw, offset, number, (start, end), kind, closing["cue"], speaker, None)
        return Candidate(quote, mention, start, sentence[1])

    def read_opinion_opening(
        self,
        raw: str,
        offset: int,
        number: int,
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
        claimed: Sequence[tuple[int, int]],
    ) -> Candidate | None:
        """``Pour le parquet, les travaux avaient été repoussés.``: a sentence that opens with one
        of :attr:`OPINION_OPENERS` and the holder of its view (:meth:`opinion_span`) before a
        comma; the words are the rest of the sentence (after the holder's name set off by commas
        after a role, who speaks: ``Pour le président de la région, Pierre Martin, ...``,
        :meth:`opinion_name`),
        a clause of :attr:`MIN_WORDS` or more with no quotation mark.  ``None`` otherwise.

        .. versionadded:: 0.2
        """
        opening = self.opinion_holder(raw, sentence[0], sentence[1])
        if opening is None or self.inside_marks(opening.start(), marks) or self.is_claimed(opening.start("cue"), claimed):
            return None
        holder = self.opinion_span(raw, opening)
        if holder is None:
            return None
        start = opening.end()
        named = self.opinion_name(raw, holder, start, sentence[1])
        if named is not None:
            # ("Pour le président de la région, Pierre Martin, la croissance ...": the name set off speaks, no part of the words)
            holder, start = named[:2], named[2]
        else:
            # ("Pour Laurent Roux, secrétaire général du syndicat, la grève ...": no part of the words)
            start = self.opinion_role_end(raw, holder, start, sentence[1]) or start
        end = self.trim_end(raw, start, sentence[1])
        if any(start <= mark[0] < end for mark in marks):
            return None  # ("Pour la ministre, « ... »": the quotation's, read as direct speech)
        if self.closing_attribution(raw, start, end) is not None:
            return None  # ("Pour le parquet, ..., a dit le maire": the mayor's words, the view's holder in them)
        if len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        mention = self.mention(raw, holder)
        speaker = self.resolve(mention, state, None, source=True)
        kind = self.kind_of(start, end, marks)
        quote = self.make_quote(raw, offset, number, (start, end), kind, opening["cue"], speaker, None)
        return Candidate(quote, mention, opening.start(), sentence[1])

    def source_words(self, words: Sequence[regex.Match[str]], *, setting: bool) -> int:
        """How many of *words*, the source of :meth:`read_source_opening`, make its noun phrase:
        all, each capitalised or a determiner (``ein Sprecher der Polizei``, ``Dem Bericht``), or
        with *setting* those before a stop word that opens a time or a place after them
        (``Innenminister Jan Weber am Montag``: three); 0 when a word in lower case is neither
        (``Die Reform wird dem Minister``, ``viele Menschen``); one of :attr:`PERSON_PRONOUNS`
        alone, or with *setting* before such a time or place, is one (``wie sie am Mittwoch
        sagte``; never ``wir``, the paper itself in ``wie wir berichteten``).

        .. versionadded:: 0.2
        """
        if words and words[0].group().casefold() in self.PERSON_PRONOUNS:
            return 1 if len(words) == 1 or (setting and words[1].group() in self._stop) else 0
        for k, word in enumerate(words):
            text = word.group()
            if text[:1].isupper() or text.casefold() in self._determiners or text in self._genitives:
                continue
            return k if setting and k and text in self._stop else 0
        return len(words)

    def read_question_opening(
        self,
        raw: str,
        offset: int,
        number: int,
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
    ) -> Candidate | None:
        """``Asked whether the plan was dead, Ortiz said ...``: the question that opens the
        sentence, its speaker the asker after ``by`` if one is named, else nobody (the one asked
        is not the one who spoke the question)."""
        words = self.words_read(raw)
        # (the paragraph's answer, once read, is looked up: asks_question is asked again only when overridden)
        if words is not None and not (words.asks if words.asks is not None and self._plain_asks else self.asks_question(raw)):
            return None  # (no sentence of the paragraph being read can hold one: it is folded once)
        folded = raw[sentence[0] : sentence[1]].casefold()
        if not any(map(folded.__contains__, self._asked_folded)):  # (no Python step per verb)
            return None
        match = self._question_opening.match(raw, sentence[0], sentence[1], KEEP_GIL)
        if match is None:  # "When asked what the plan was, she said ..."
            match = self._question_after_opener.search(raw, sentence[0], sentence[1], KEEP_GIL)
        if match is None:
            return None
        start, end = match.span("q")
        mention = self.mention(raw, match.span("by")) if match["by"] else Mention("", start, start)
        speaker = self.resolve(mention, state, None) if match["by"] else None
        kind = self.kind_of(start, end, marks)
        quote = self.make_quote(raw, offset, number, (start, end), kind, match["cue"], speaker, None)
        return Candidate(quote, mention, sentence[0], match.end())

    def unasked_question(self, word: str, words: str) -> bool:
        """Whether *words*, read after *word*, a passive cue with no agent (``Kelly was asked
        whether he would resign``, ``..., she said when asked why``), are a question no one is
        named as asking: *word* is one of :attr:`QUESTION_VERBS` and *words* open with one of
        :attr:`QUESTION_WORDS` that is none of :attr:`TOPIC_WORDS` (``whether``, ``if``,
        ``why``).  A request is no question (``Residents were asked to leave``).  Such a question
        is left out when :attr:`REPORTER_QUESTIONS` is ``False``.

        .. versionadded:: 0.2 (fixQ68b)"""
        first = words.split(None, 1)
        return word in self._question_verbs and bool(first) and first[0].casefold() in self._clause_question_words

    def asks_question(self, raw: str) -> bool:
        """Whether *raw*, folded, holds one of :attr:`QUESTION_VERBS` of one word (``asked``):
        only then can a sentence of it hold a question that opens it (a sentence folded is a
        piece of its paragraph folded), so :meth:`read_question_opening` reads no sentence of a
        paragraph without one.  Read once for the paragraph being parsed (:meth:`reading`).

        .. versionadded:: 0.2
        """
        words = self.words_read(raw)
        if words is None:
            return self.folded_holds(raw, self._asked_cores)
        if words.asks is None:
            words.asks = self.folded_holds(raw, self._asked_cores)
        return words.asks

    #: The most words of a relative clause set off after a source (:meth:`source_relative_end`).
    #:
    #: .. versionadded:: 0.2 (trialQ63)
    MAX_SOURCE_RELATIVE_WORDS: ClassVar[int] = 15

    #: The most relative clauses set off one after another after a source that
    #: :meth:`source_relative_end` reads past (``According to Ana Ruiz, who leads the union, which
    #: has 4,000 members, ...``: the second on the first's last noun).
    #:
    #: .. versionadded:: 0.2 (fixQ64)
    MAX_SOURCE_RELATIVES: ClassVar[int] = 2

    def source_relative_end(self, rest: str) -> int | None:
        """For :meth:`read_according`: where a relative clause about the source set off by commas
        right after it ends (``According to Ana Ruiz, who met the operators last week, three
        lines ...``: the comma after ``week``) in *rest*, the text after the source: a comma, one
        of :attr:`PERSONAL_RELATIVE_PRONOUNS`, :attr:`THING_RELATIVE_PRONOUNS` or
        :attr:`POSSESSIVE_RELATIVE_PRONOUNS` (``According to the report, which ...,``), at most
        :attr:`MAX_SOURCE_RELATIVE_WORDS` words with no quotation mark, then a comma (none between
        two digits: ``4,000``); past up to :attr:`MAX_SOURCE_RELATIVES` such clauses one after
        another (``..., who leads the union, which has 4,000 members, ...``; fixQ64); ``None``
        otherwise (the clause is then read as before).

        .. versionadded:: 0.2 (trialQ63)"""
        found = None
        at = 0
        for _ in range(self.MAX_SOURCE_RELATIVES):
            close = self.relative_clause_close(rest, at)
            if close is None:
                break
            found = at = close
        return found

    def relative_clause_close(self, rest: str, at: int) -> int | None:
        """For :meth:`source_relative_end`: the comma that closes a relative clause set off by the
        comma that opens ``rest[at:]`` (after blanks); ``None`` when none does.

        .. versionadded:: 0.2 (fixQ64)"""
        head = rest[at:].lstrip()
        if not head.startswith(","):
            return None
        words = head[1:].split(None, 1)
        low = words[0].casefold() if words else ""
        if not (low in self._any_relatives or low in self._possessive_relatives):
            return None
        opened = len(rest) - len(head)
        close = rest.find(",", opened + 1)
        while 0 < close < len(rest) - 1 and rest[close - 1].isdigit() and rest[close + 1].isdigit():
            close = rest.find(",", close + 1)  # ("which has 4,000 members": a number's comma)
        if close < 0:
            return None
        inside = rest[opened + 1 : close]
        if len(inside.split()) > self.MAX_SOURCE_RELATIVE_WORDS or any(m in inside for m in self._marks):
            return None
        return close

    def read_according(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
    ) -> Candidate | None:
        """``According to X[, a professor at Y], CLAUSE.`` and ``CLAUSE, according to X.``"""
        # (a sentence in brackets: "(According to the filing, the firm owed $2 million.)")
        bracketed = raw[sentence[0] : cue.start()].lstrip()[:1] in ("(", "[")
        inner = self.inner_source(raw, cue, sentence) if self.VERB_AFTER_SOURCE else None
        if inner is not None:
            # "Bei dem Unfall wurden laut Polizei drei Menschen verletzt.": the whole sentence
            start, end = inner[1]
            mention = self.mention(raw, inner[0])
            speaker = self.resolve(mention, state, None, source=True)
            quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, None)
            return Candidate(quote, mention, start, end)
        if self.VERB_AFTER_SOURCE and not raw[sentence[0] : cue.start()].strip(" \t\n(["):
            source = self._source_then_verb.match(raw, cue.end(), sentence[1])
            if source is not None and not self.place_of_after(raw, source.end(), sentence[1]):
                # "Laut Ministerin Anna Schmidt wird das Stadion ...": the clause follows the source
                # ("Laut dem Bürgermeister von Graz, ...": the source goes on, read below)
                start, end = source.end() + 1, self.trim_end(raw, source.end(), sentence[1])
                while bracketed and end > start and raw[end - 1] in ")]":
                    end = self.trim_end(raw, start, end - 1)
                while start < end and raw[start].isspace():
                    start += 1
                if len(raw[start:end].split()) >= self.MIN_WORDS:
                    mention = self.mention(raw, source.span("np"))
                    speaker = self.resolve(mention, state, None, source=True)
                    kind = self.kind_of(start, end, marks)
                    quote = self.make_quote(raw, offset, number, (start, end), kind, cue.group(), speaker, None)
                    return Candidate(quote, mention, cue.start(), end)
        np = self.phrase_after(raw, self.past_source_verb(raw, cue.end(), sentence[1]), sentence[1], source=True)
        if np is None or self.is_cue_word(raw[np[0] : np[1]]):
            return None  # ("Según dijo, ...", as he said: a speech verb alone is no source)
        lead = raw[sentence[0] : cue.start()].strip(" \t\n([")
        # ("According to documents from X, ..." to its comma; "..., according to new data from X.")
        np = self.document_from_source(raw, np, sentence[1]) if lead else self.source_to_comma(raw, np, sentence[1])
        if not lead:
            np = (np[0], self.listed_sources_end(raw, np[1], sentence[1]))  # ("According to the mayor, two aides and ...")
        else:
            np = (np[0], self.joined_source_end(raw, np[1], sentence[1]))  # ("..., according to Ana Ruiz and Tom Berg.")
        # (the speaker is the document before a participle left without its complement: "a study published
        # today [in Nature]" is "a study"; the phrase read on as before)
        mention = self.mention(raw, self.document_before_participle(raw, np))
        description = None
        rest = raw[np[1] : sentence[1]]
        appositive = _DESCRIPTION.match(rest, 0, None, KEEP_GIL)
        if appositive is not None and (
            self.is_clause(appositive["d"]) or self.clause_after_source(appositive["d"])
            or self.participle_after(rest, appositive.end())
            or (not lead and self.clause_joined_after(rest, appositive.end()))
            or self.relative_after(rest, appositive.end())
            or self.apposed_subject_after(rest, appositive.end())
        ):
            # "According to X, the mayor had ...": the reported clause itself; "According to X, the
            # developer, who ..., paid ...": the clause's subject, described by its relative clause
            appositive = None
        if appositive is None and lead:
            appositive = self.closing_description(rest)  # ("..., according to Ana Ruiz, a professor at Leeds.")
        clause_from = np[1]
        named: Mention | None = None
        if appositive is not None:
            description = collapse(appositive["d"])
            clause_from = np[1] + appositive.end()
        elif self.named_role(raw, np, rest):
            clause_from = np[1] + rest.index(",", 1)  # the comma after the name
            between = raw[np[1] : clause_from]
            named = self.mention(raw, (np[1] + len(between) - len(between.lstrip(" ,")), np[1] + len(between.rstrip())))
        elif self.region_after_role(raw, np, rest):
            clause_from = np[1] + rest.index(",", 1)  # ("the mayor of Springfield, Illinois, ...": past the region)
        elif (relative := self.source_relative_end(rest)) is not None:
            clause_from = np[1] + relative  # ("According to Ana Ruiz, who met the operators, three lines ...")
        comma = _COMMA.match(raw, clause_from, sentence[1], KEEP_GIL)
        # "According to X, CLAUSE" and "Now, according to X, CLAUSE": the words after X
        # ("..., because, according to X, CLAUSE": after a conjunction the source's words follow it)
        before_comma = lead[:-1].rsplit(None, 1)[-1:] if lead.endswith(",") else []
        joined = bool(before_comma) and before_comma[0].casefold() in self._conjunctions
        if comma is not None and lead.endswith(",") and self.that_after_cue(raw, comma.end(), sentence, cue.start()):
            return None  # ("Tom Berg told the court, according to a transcript, that ...": the cue's words, no source's)
        if (
            comma is not None
            and lead.endswith(",")
            and not joined
            and (self.verb_at(raw, comma.end(), sentence[1]) or self.opening_phrase(raw, lead, comma.end(), sentence[1]))
        ):
            # "Ana Ortiz, according to X, made a trip ...": the lead is the subject of the verb
            # after X, and the words are the whole clause, the source's aside inside them (the
            # subject is part of what X reports); "Over the long term, according to X, the rise
            # ...": an opening phrase of the clause, the words the clause after the aside
            start = sentence[0] + len(raw[sentence[0] : cue.start()]) - len(raw[sentence[0] : cue.start()].lstrip())
            while start < cue.start() and raw[start] in "([":
                start += 1
            end = self.trim_end(raw, start, sentence[1])
            while bracketed and end > start and raw[end - 1] in ")]":
                end = self.trim_end(raw, start, end - 1)
            after = raw[comma.end() : end].split()
            last = raw.rfind(",", comma.end(), end)  # ("..., Marcel Cazale, ..., said.": an attribution set off)
            attributed = last >= 0 and any(self.is_cue_word(w.strip(",.;:").casefold()) for w in raw[last:end].split())
            if not (self.verb_at(raw, comma.end(), sentence[1]) or attributed) and len(after) >= self.MIN_WORDS:
                start = comma.end()  # ("But the next day, according to X, the firm paid ...": the clause after the aside)
        elif not lead or (comma is not None and lead.endswith(",") and (len(lead.split()) < self.MIN_WORDS or joined)):
            if comma is None:
                return None
            start = comma.end()
            end = self.trim_end(raw, start, sentence[1])
            while bracketed and end > start and raw[end - 1] in ")]":
                end = self.trim_end(raw, start, end - 1)
        else:
            if not self.after_comma(raw, sentence[0], cue.start()):
                return None
            if comma is not None and self.cue_before_aside(lead):
                return None  # ("Tom Berg denied, according to Reuters, the claims ...": the cue's object follows)
            attribution = self.attribution_before_source(raw, sentence[0], cue.start()) if comma is None else None
            if attribution is not None:
                # ("Prices will rise, Ana Ortiz said, according to the ministry.": Ana Ortiz's words,
                # which the ministry reports)
                credited = collapse(raw[np[0] : np[1]])
                return self.reported_through_source(raw, offset, number, sentence[0], attribution, marks, state, np[1], credited)
            start = sentence[0] + len(raw[sentence[0] : cue.start()]) - len(raw[sentence[0] : cue.start()].lstrip())
            while start < cue.start() and raw[start] in "([":  # "(The firm owed $2 million, according to ...)"
                start += 1
            end = self.trim_end(raw, start, cue.start())
        if len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        speaker = self.resolve(mention, state, description, source=True)
        if named is not None and speaker is not None and speaker.name == speaker.mention:
            # ("Según su presidente, Antonio Garamendi, ...": a role the index does not resolve, a
            # possessive one, is the person named right after it)
            resolved = self.resolve(named, state, None, source=True)
            speaker = attrs.evolve(speaker, name=resolved.name) if resolved is not None else speaker
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, None)
        return Candidate(quote, mention, min(start, cue.start()), max(end, np[1]))

    def reported_through_source(
        self,
        raw: str,
        offset: int,
        number: int,
        floor: int,
        attribution: tuple[tuple[int, int], regex.Match[str], int],
        marks: Sequence[tuple[int, int]],
        state: State,
        claim: int,
        credited: str | None = None,
    ) -> Candidate | None:
        """For :meth:`read_according`: the words from *floor* to the *attribution* that closes
        them before ``, according to X`` (:meth:`attribution_before_source`), spoken by the
        attribution's speaker with its cue, X (*credited*) the quote's ``source``, the one the
        article credits for the report; the candidate claims the sentence up to *claim*, the
        end of X, so that no cue reads it again.  ``None`` when fewer than :attr:`MIN_WORDS`
        words stand before the attribution, and when they are one quotation (``"...," Wang Yi told
        reporters, according to the ministry.``: his direct quote, the only one).

        .. versionadded:: 0.2
        """
        np, said, opener = attribution
        start = floor + len(raw[floor:opener]) - len(raw[floor:opener].lstrip())
        end = self.trim_end(raw, start, opener)
        if len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        i = bisect_left(marks, (start + 1, -1)) - 1
        if i >= 0 and marks[i][1] >= end - 1:
            return None  # ('"...," Wang Yi told reporters, according to ...': a quotation, his direct quote alone)
        mention = self.mention(raw, np)
        speaker = self.resolve(mention, state, None)
        kind = self.kind_of(start, end, marks)
        quote = self.make_quote(raw, offset, number, (start, end), kind, said.group(), speaker, credited)
        return Candidate(quote, mention, start, max(end, claim))

    def clause_joined_after(self, rest: str, pos: int) -> bool:
        """Whether *rest* goes on at *pos* (a comma) with one of :attr:`COORDINATORS` and a word in
        lower case: what stood between a source that opens the sentence and that comma is the
        first of two joined clauses, no description of the source (``Selon les pompiers, la
        structure ne présente pas de danger, mais un expert doit l'inspecter``; not ``...,
        according to Ana Ruiz, a professor, and other scientists``, read with the words before).

        .. versionadded:: 0.2
        """
        words = rest[pos + 1 :].split(None, 2)
        return len(words) > 1 and words[0].casefold() in self._coordinators and words[1][:1].islower()

    def inner_source(
        self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]
    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The source's phrase and the reported words when, in a language of
        :attr:`VERB_AFTER_SOURCE`, one of :attr:`ACCORDING_TO` stands inside its clause with no
        comma (German ``Bei dem Unfall wurden laut Polizei drei Menschen verletzt``): the article
        and capitalised words after the cue, then a lower-case word that is none of
        :attr:`CONJUNCTIONS`; the phrase holds a determiner, two or more words, an agency, one of
        :attr:`GROUP_NOUNS` or a noun of :attr:`NOUN_ENDINGS` (``laut Polizei``, ``laut Angaben
        der Stadt``; not ``sprach laut Deutsch mit ihm``, where the cue is an adjective).  The
        words are the whole sentence, the source inside them, at least :attr:`MIN_WORDS` words
        besides the source's; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        before = cue.start()
        while before > sentence[0] and raw[before - 1].isspace():
            before -= 1
        if before == sentence[0] or raw[before - 1] in ",;:([" or not cue.group()[:1].islower():
            return None  # (the opening "Laut ...", and "..., laut Polizei" after a comma: the other readings)
        source = self._source_then_verb.match(raw, cue.end(), sentence[1])
        if source is None:
            return None
        np = self.source_before_article(raw, source.span("np"))
        following = self._word.match(raw, np[1] + 1, sentence[1])
        if following is None or following.group().casefold() in self._conjunctions:
            return None
        words = raw[np[0] : np[1]].split()
        low = [w.casefold() for w in words]
        if not (
            len(words) > 1 or low[0] in self._groups or self.vocabulary.is_agency(words[0])
            or low[0].endswith(self.NOUN_ENDINGS) or any(w in self._determiners for w in low)
        ):
            return None
        start = sentence[0]
        while start < before and raw[start].isspace():
            start += 1
        end = self.trim_end(raw, start, sentence[1])
        if len(raw[start:end].split()) - len(words) - 1 < self.MIN_WORDS:
            return None
        return np, (start, end)

    def source_before_article(self, raw: str, np: tuple[int, int]) -> tuple[int, int]:
        """*np*, the capitalised words (and articles) after ``laut`` inside a clause, cut before its
        first lower-case determiner past the first word: the clause's object begins there
        (German ``will laut Kanzler Scholz die Steuern senken``: ``Kanzler Scholz``), save a
        genitive of :attr:`GENITIVE_DETERMINERS` right after a single noun (``laut Angaben der
        Stadt``).

        .. versionadded:: 0.2
        """
        words = list(SPACED_WORD.finditer(raw[np[0] : np[1]]))
        for k in range(1, len(words)):
            word = words[k].group()
            if not word.islower() or word not in self._determiners:
                continue
            if k == 1 and word in self._genitives:
                continue  # ("laut Angaben der Stadt")
            return np[0], np[0] + words[k - 1].end()
        return np

    def cue_before_aside(self, lead: str) -> bool:
        """Whether *lead*, the words before a source's aside that the sentence goes on after
        (``Tom Berg denied, according to Reuters, the claims against him.``), ends with a cue
        word and its comma: the words after the aside are the cue's object, and the words
        before are no clause the source said.

        .. versionadded:: 0.2
        """
        words = lead.rstrip(",").split()
        return bool(words) and self.is_cue_word(words[-1].casefold())

    def that_after_cue(self, raw: str, pos: int, sentence: tuple[int, int], source_start: int) -> bool:
        """Whether one of :attr:`THAT_WORDS` opens the words at *pos*, after a source's aside, and
        a speech cue stands in the sentence before the aside (``Tom Berg told the court, according
        to a transcript, that he was innocent``): the clause is the cue's, not the source's."""
        word = self._word.match(raw, pos, sentence[1])
        if word is None or word.group().casefold() not in self._that_words:
            return False
        return next(iter(self.cues(raw, sentence[0], source_start)), None) is not None

    def opening_phrase(self, raw: str, lead: str, start: int, stop: int) -> bool:
        """Whether *lead*, the words before ``, according to X,``, is a phrase that opens the
        clause after the source (``Over the long term, according to the budget office, the rise
        ...``, ``One Sunday in 2001, according to the book, Ortiz sat ...``): at least
        :attr:`MIN_WORDS` words, none of them a finite verb in lower case (:meth:`is_verb`), and a
        clause starting at *start* (:meth:`opens_clause`), not with one of :attr:`CONJUNCTIONS`.
        A lead with a verb is a clause of its own, whose words the source's are (``Ortiz won
        easily, according to X, ...``), and so is a lead before a source whose name set off closes
        the sentence (``..., laut dem Bürgermeister von Hainfeld, Klaus Reiter.``: no clause after it)."""
        words = lead.rstrip(",").split()
        if len(words) < self.MIN_WORDS or any(w[:1].islower() and self.is_verb(w.casefold().strip(".,")) for w in words):
            return False
        after = self._word.match(raw, start, stop)
        if after is None or after.group().casefold() in self._conjunctions:
            return False  # ("Trump leads in Indiana, according to the poll, and has ...": the lead's clause goes on)
        if self.names.is_name(raw[start : self.trim_end(raw, start, stop)].strip()):
            return False  # ("..., laut dem Bürgermeister von Hainfeld, Klaus Reiter.": the source's name closes it)
        return self.opens_clause(raw, start, stop)

    def relative_clause_end(
        self, raw: str, cue: regex.Match[str], sentence: tuple[int, int], marks: Sequence[tuple[int, int]]
    ) -> int | None:
        """Where a relative clause set off by commas that holds *cue* ends (``Ortiz, who had said
        nothing all day, apologised``: the comma before ``apologised``), when a relative pronoun
        opens the words after the last comma before the cue, at most :attr:`MAX_RELATIVE_LEAD`
        words before it (or one of :attr:`POSSESSIVE_RELATIVE_PRONOUNS`: ``Tom Berg, whose lawyer
        said ..., will appeal``), and a later comma (outside quotation marks, or closing one, at most
        :attr:`RELATIVE_WINDOW` characters after the cue) is followed by the main clause's verb;
        ``None`` otherwise.  What the cue reports stays inside the
        relative clause, never the main clause after it."""
        # (both searches bounded by RELATIVE_WINDOW: linear time on a sentence of many cues)
        comma = raw.rfind(",", max(sentence[0], cue.start() - self.RELATIVE_WINDOW), cue.start())
        if comma < 0:
            return None
        lead = raw[comma + 1 : cue.start()].split()
        if not lead or (len(lead) > self.MAX_RELATIVE_LEAD and not self.quoting_lead(lead, cue.group())):
            return None
        opener = lead[0].casefold()
        if not self.is_relative(lead[0]) and opener not in self._thing_relatives and opener not in self._possessive_relatives:
            return None
        # "which officials said was late, was ...": the pronoun is the reported clause's subject,
        # so the clause has no subject of its own before a comma, and "was" after one is the main verb
        object_relative = self.subject_in_lead(lead)
        stop = min(sentence[1], cue.end() + self.RELATIVE_WINDOW)
        closing = raw.find(",", cue.end(), stop)
        while closing >= 0:
            end = closing + 1
            if self.inside_marks(closing, marks):
                if raw[end : end + 1] not in self._closing_marks:
                    closing = raw.find(",", end, stop)
                    continue
                end += 1  # ('were "in the seven figures," described ...': the mark closes there too)
            start = end
            while start < stop and raw[start].isspace():
                start += 1
            following = self._word.match(raw, start, sentence[1])
            following = self.past_adverb(raw, following, sentence[1])  # ("..., later denied it": the verb after it)
            if following is not None and following.group()[:1].islower():
                word = following.group().rstrip(".")
                # (not a form of "be": "who said the plan, in its current form, was a disaster,"
                # goes on with the reported clause's own verb)
                main = self.is_verb(word) or self.is_cue_word(word) or self.is_past_verb(word)  # (also "fled")
                if main and (word not in self._passive or object_relative):
                    return end
            closing = raw.find(",", end, stop)
        return None

    #: The most words a relative clause's lead before its participle may hold when it is the
    #: passive of one of :attr:`QUOTING_PHRASES` with its agent (``who was quoted by the state news
    #: agency as saying``): :meth:`quoting_lead`.
    #:
    #: .. versionadded:: 0.2
    MAX_QUOTING_LEAD: ClassVar[int] = 10

    def quoting_lead(self, lead: Sequence[str], cue: str) -> bool:
        """Whether *lead*, the words of a relative clause before its cue *cue* (the pronoun first),
        at most :attr:`MAX_QUOTING_LEAD` of them, hold the verb of one of :attr:`QUOTING_PHRASES`
        and end with its tail before the cue (``who was quoted by AFP as`` before ``saying``):
        the clause may then be longer than :attr:`MAX_RELATIVE_LEAD` words.

        .. versionadded:: 0.2"""
        if len(lead) > self.MAX_QUOTING_LEAD:
            return False
        low = [w.casefold() for w in lead]
        for verb, tail in self.QUOTING_PHRASES:
            links = tail.split()
            if len(links) < 2 or links[-1] != cue.casefold() or len(low) < len(links) + 1:
                continue
            if low[len(low) - len(links) + 1 :] == links[:-1] and verb in low[1 : len(low) - len(links) + 1]:
                return True
        return False

    def past_adverb(self, raw: str, word: regex.Match[str] | None, stop: int) -> regex.Match[str] | None:
        """The word after *word* when *word* is an adverb in lower case (one of :attr:`ADVERBS`
        or by its ending) and that next word a verb in the simple past or a cue (``later denied``,
        ``quickly resigned``, ``also said``), for :meth:`relative_clause_end`: the main clause's
        verb after its adverb; *word* itself otherwise.

        .. versionadded:: 0.2"""
        if word is None or not word.group()[:1].islower():
            return word
        low = word.group().casefold()
        if not (self.is_adverb_word(word.group()) or low in self._adverbs) or self.is_verb(low):
            return word  # (not "was", "is": a verb of ADVERBS, such as a form of "be", is no adverb here)
        pos = word.end()
        while pos < stop and raw[pos].isspace():
            pos += 1
        following = self._word.match(raw, pos, stop)
        verb = following.group().casefold().rstrip(".") if following is not None else ""
        return following if following is not None and (self.is_past_verb(verb) or self.is_cue_word(verb)) else word

    def participle_after(self, rest: str, pos: int) -> bool:
        """Whether *rest* goes on at *pos*, after a comma, with a participle in lower case
        (``According to the police, the suspect fled on foot, shouting ...``): the phrase before
        it is then the reported clause, which the participle goes on, not a description of the
        source."""
        suffix = self.GERUND_SUFFIX
        comma = _COMMA.match(rest, pos)
        following = self._word.match(rest, comma.end()) if comma is not None else None
        if not suffix or following is None:
            return False
        word = following.group()
        return word[:1].islower() and word.endswith(suffix) and len(word) > len(suffix) + 2

    def subject_in_lead(self, lead: Sequence[str]) -> bool:
        """Whether the words of a relative clause before its cue, *lead* (the pronoun first),
        hold a speaker of their own (``which officials said``, ``who the mayor said``), not only
        adverbs and auxiliaries (``who had said``): the pronoun is then the reported clause's
        subject, and the clause's words run from the cue to the comma that closes it."""
        words = [w.casefold() for w in lead[1:]]
        if any((self.is_verb(w) or self.is_past_verb(w)) and w not in self._adverbs for w in words):
            return False  # ("which entered the year predicting that ...": the clause's own verb)
        if any(w in self._prepositions or w in self._time_prepositions or self.is_time_word(w) for w in words):
            return False  # ("who on Monday said": a time, the pronoun speaks)
        return any(w not in self._adverbs and not self.is_adverb(w) for w in words)

    def read_object_relative(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
    ) -> Candidate | None:
        """A cue inside a relative clause set off by commas whose pronoun is the reported clause's
        subject (``The plan, which the mayor said would cost millions, was dropped.``): the words
        from the cue to the comma that closes the clause, *sentence*'s end here (``would cost
        millions``), spoken by the phrase before the cue; ``None`` when they are fewer than
        :attr:`MIN_WORDS` (``which officials said was late``: too little to quote without its subject)."""
        np = self.phrase_before(raw, cue.start(), sentence[0], lenient=True)
        if np is None:
            return None
        start = cue.end()
        while start < sentence[1] and raw[start].isspace():
            start += 1
        end = self.trim_end(raw, start, sentence[1])
        words = raw[start:end].split()
        if len(words) < self.MIN_WORDS or not self.opens_with_verb(words[0]):
            return None
        mention = self.mention(raw, np)
        speaker = self.resolve(mention, state, None)
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, None)
        return Candidate(quote, mention, min(mention.start, cue.start()), end)

    def opens_with_verb(self, word: str) -> bool:
        """Whether *word*, the first of a reported clause whose subject is a relative pronoun, is
        its verb, an auxiliary or an adverb (``would``, ``was``, ``runs``, ``also``), not a
        conjunction that opens a clause of time (``which Clinton conceded when polls closed``)."""
        low = word.casefold()
        if not word[:1].islower() or (low in self._stop and low not in self._adverbs):
            return False
        suffix = self.PRESENT_SUFFIX
        present = bool(suffix) and low.endswith(suffix) and not low.endswith(tuple(self.NOT_PRESENT_ENDINGS))
        return present or low in self._adverbs or self.is_adverb(low) or self.is_verb(low) or self.is_past_verb(low)

    def named_role(self, raw: str, np: tuple[int, int], rest: str) -> bool:
        """Whether the source *np* is a role (one of its words a role noun) and *rest*, the
        sentence after it, opens with that person's name set off by commas and then a word in
        lower case or a quotation mark, not another appositive (``according to the labour
        minister, Claire Martin, the text ...``): the name is no part of the reported clause."""
        named = _NAMED.match(rest, 0, None, KEEP_GIL)
        words = raw[np[0] : np[1]].split()
        if named is None:
            return False
        # (a role the lists lack, of a place: "selon le syndic de Lausanne, Anne Roux, ..."; a
        # relative clause after the name makes it the clause's subject, no appositive)
        if not any(self.vocabulary.is_role_noun(w) for w in words) and (
            not self.role_of_place(words) or self.relative_after(rest, named.end("name"))
        ):
            return False
        following = named["next"]
        opens_clause = following.islower() or following in self._marks
        description = _DESCRIPTION.match(rest, named.end("name"))
        if not opens_clause or (description is not None and not self.is_clause(description["d"])):
            return False  # "..., John Smith, the suspect, was arrested": the name is the clause's subject
        if self.of_place_end(words) and not self.holder_name(named["name"]):
            return False  # ("the mayor of Springfield, Illinois, ...": the place's region, no holder)
        return self.names.trailing_name(named["name"].split()) == len(named["name"].split())

    def region_after_role(self, raw: str, np: tuple[int, int], rest: str) -> bool:
        """Whether the source *np* ends in a place (:meth:`of_place_end`: ``the mayor of
        Springfield``) and *rest*, the sentence after it, opens with capitalised words set off by
        commas that are no person's name (:meth:`holder_name`) and then a word in lower case
        (``, Illinois, the plant ...``, ``, Hessen, bleibt ...``): the place's region, no part of
        the source's words nor of the reported clause.

        .. versionadded:: 0.2"""
        named = _NAMED.match(rest, 0, None, KEEP_GIL)
        if named is None or not named["next"].islower():
            return False
        return self.of_place_end(raw[np[0] : np[1]].split()) and not self.holder_name(named["name"])

    def of_place_end(self, words: Sequence[str]) -> bool:
        """Whether *words*, a source's, end in one of :attr:`OF_WORDS` or :attr:`PLACE_OF_WORDS`
        and one to :attr:`MAX_ROLE_PLACE_WORDS` capitalised words (``the mayor of Springfield``,
        ``dem Landrat von Fulda``, ``the sheriff of Polk County``).

        .. versionadded:: 0.2"""
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper() and len(words) - k < self.MAX_ROLE_PLACE_WORDS:
            k -= 1
        if k == len(words) or k < 1:
            return False
        link = words[k - 1].casefold()
        return link in self._of or link in self._place_of

    def holder_name(self, name: str) -> bool:
        """Whether *name*, set off after a role of a place, has a person's name's shape: no place,
        country or region of the vocabulary (:meth:`~newsparse.Vocabulary.is_region_after_place`),
        and a given name of the name model first (``Anne Roux``) or two words or more none of which
        is such a place (``Jim Voss``; not ``Illinois``, ``Hessen``, ``Nuevo México``).

        .. versionadded:: 0.2"""
        words = name.split()
        region = self.vocabulary.is_region_after_place
        if not words or region(name.strip()):
            return False
        if self.names.is_given_name(words[0]):
            return True
        return len(words) > 1 and not any(region(w) for w in words)

    #: The most capitalised words of the place after a role in :meth:`role_of_place`
    #: (``the mayor of San Juan de la Maguana`` is out, ``the mayor of Palma de Mallorca`` in).
    MAX_ROLE_PLACE_WORDS: ClassVar[int] = 3

    def role_of_place(self, words: Sequence[str]) -> bool:
        """Whether *words*, a source's, end in a noun in lower case, one of :attr:`OF_WORDS` or
        :attr:`PLACE_OF_WORDS`, and one to :attr:`MAX_ROLE_PLACE_WORDS` capitalised words (``le
        syndic de Lausanne``, ``the provost of Glasgow``): the shape of a role in a place, whatever
        the role's noun, so a name set off after it is the role's holder (:meth:`named_role`).

        .. versionadded:: 0.2"""
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper() and len(words) - k < self.MAX_ROLE_PLACE_WORDS:
            k -= 1
        if k == len(words) or k < 2 or words[k - 1][:1].isupper():
            return False
        link, noun = words[k - 1].casefold(), words[k - 2]
        return (link in self._of or link in self._place_of) and noun.isalpha() and noun.islower()

    def place_of_after(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the word after *pos* is one of :attr:`OF_WORDS` or :attr:`PLACE_OF_WORDS`
        (German ``laut dem Bürgermeister von Graz``): the source's phrase goes on with its place.

        .. versionadded:: 0.2"""
        word = self._word.search(raw, pos, stop)
        if word is None or raw[pos : word.start()].strip():
            return False
        low = word.group().casefold()
        return low in self._of or low in self._place_of

    def source_to_comma(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int]:
        """The source of an ``According to`` that opens a sentence, carried on to the comma that
        ends it (``According to documents from Ana Ortiz's office, ...``) when no quotation
        mark stands before that comma and it is at most :attr:`MAX_SOURCE_WORDS` words away."""
        if raw[np[1] : np[1] + 1] == "," or _DESCRIPTION.match(raw, np[1], stop) is not None:
            return np
        comma = raw.find(",", np[1], stop)
        if comma < 0 or any(raw.find(mark, np[1], comma) >= 0 for mark in self._marks):
            return np
        if len(raw[np[0] : comma].split()) > self.MAX_SOURCE_WORDS:
            return np
        return np[0], self.trim_end(raw, np[0], comma)

    #: The most words from the opening determiner to the cue of a subject that a participle and
    #: its phrase describe (``A builder accused of causing the collapse of a roof told ...``):
    #: :meth:`participle_described_subject` (a bound).
    MAX_DESCRIBED_SUBJECT_WORDS: ClassVar[int] = 14
    #: The most words in lower case between the determiner and the participle of such a subject, the
    #: last a noun for a person (``A man charged ...``, ``A local builder accused ...``).
    MAX_DESCRIBED_NOUNS: ClassVar[int] = 2

    def participle_described_subject(
        self, raw: str, floor: int, np: tuple[int, int] | None, cue_start: int
    ) -> tuple[int, int] | None:
        """The subject that opens the sentence at *floor* and runs to the cue at *cue_start* when
        it is one of :attr:`DETERMINERS`, one to :attr:`MAX_DESCRIBED_NOUNS` words in lower case that end
        with a noun for a person, a participle in the past (:meth:`is_past_verb`) and one of :attr:`PREPOSITIONS` or
        :attr:`OF_WORDS` (``A builder accused of causing the collapse of a roof told the jury ...``, ``A man charged
        with arson told the court ...``), with no punctuation up to the cue, no infinitive's
        marker (:attr:`INFINITIVE_MARKERS`) right before it, and at most
        :attr:`MAX_DESCRIBED_SUBJECT_WORDS` words, and *np*, the phrase found before the cue, is
        none or stands inside the participle's phrase (``a roof``): the described person
        speaks, never the participle's object.  ``None`` otherwise, and when the link is one of
        :attr:`SUBORDINATORS` after a noun that is no noun for people (:meth:`names_people`):
        the past verb is then the sentence's own and the subordinate clause's subject speaks
        (``The port closed after Ward announced that ...``: Ward, never ``The port closed after
        Ward``; fixC54).

        .. versionadded:: 0.2
        """
        start = floor
        while start < cue_start and raw[start].isspace():
            start += 1
        words = list(islice(self._word.finditer(raw, start, cue_start, False, KEEP_GIL), self.MAX_DESCRIBED_SUBJECT_WORDS + 1))
        if not 4 <= len(words) <= self.MAX_DESCRIBED_SUBJECT_WORDS or words[0].start() != start:
            return None
        if words[-1].group().casefold() in self._infinitive_markers:
            return None  # ("The agency struggled on Tuesday to explain ...": the past verb is the sentence's)
        if words[0].group().casefold() not in self._determiners or any(c in raw[start:cue_start] for c in ",;:()\"“”«»—–"):
            return None
        for k in range(2, 2 + self.MAX_DESCRIBED_NOUNS):
            link = words[k + 1].group() if k + 1 < len(words) else ""
            if not self.is_past_verb(words[k].group()) or (link not in self._prepositions and link not in self._of):
                continue
            nouns = [w.group() for w in words[1:k]]
            if not all(w.isalpha() and w.islower() for w in nouns) or not self.is_person_noun(nouns[-1]):
                return None
            if np is not None and np[0] <= words[k].start():
                return None  # (the phrase found is the subject already)
            if words[k + 1].group().casefold() in self._subordinators and not self.names_people(nouns[-1]):
                # ("The port closed after Ward announced that ...": a thing's own verb, then Ward's
                # clause, the cue his; not "A man arrested after the fight told ...")
                return None
            end = words[-1].end()
            while end > start and not raw[end - 1].isalnum():
                end -= 1
            return start, end
        return None

    #: The most words a present participle's phrase may run between a subject and its cue
    #: (``Police warning drivers to stay home said ...``): :meth:`participle_modified_subject`
    #: and :meth:`participle_in_subject` (a bound).
    #:
    #: .. versionadded:: 0.2 (fixQ69)
    MAX_PARTICIPLE_PHRASE_WORDS: ClassVar[int] = 8
    #: Punctuation, besides the marks of :attr:`QUOTE_PAIRS`, that no participle's phrase between
    #: a subject and its cue holds (``Officials, citing the storm, said``: an aside, read as such).
    #:
    #: .. versionadded:: 0.2 (rvq69)
    PARTICIPLE_PHRASE_BREAKS: ClassVar[str] = ",;:()—–"

    #: Bracket pairs, opening and closing, that set off an aside before a cue
    #: (:meth:`before_closing_aside`: ``Doctors treating the victims (most of them children) said``).
    #:
    #: .. versionadded:: 0.2 (fixQ70b)
    ASIDE_BRACKETS: ClassVar[tuple[tuple[str, str], ...]] = (("(", ")"), ("[", "]"))

    def participle_break(self, text: str) -> bool:
        """Whether *text* holds a mark of :attr:`PARTICIPLE_PHRASE_BREAKS` or :attr:`QUOTE_PAIRS`.

        .. versionadded:: 0.2 (rvq69)"""
        breaks = self._participle_breaks
        return any(c in breaks for c in text)

    def participle_modified_subject(self, raw: str, np: tuple[int, int] | None, cue_start: int) -> tuple[int, int] | None:
        """The subject *np* cut before a participle in lower case with :attr:`GERUND_SUFFIX` that
        follows a noun that may name a speaker (:meth:`is_person_noun`) and opens a phrase of two to
        :attr:`MAX_PARTICIPLE_PHRASE_WORDS` words before the cue at *cue_start*, its first word no past verb
        (``Officials citing the storm said ...``, ``Residents fearing more floods told ...``: the
        officials, the residents).  ``None`` when *np* has no such participle, when one word alone
        follows it (``Government spending figures said``, ``Police training manuals say``: a
        compound's head, rvq69), when the phrase's last word is capitalised or a noun that may name
        a speaker (``The bank holding company said``,
        ``Senior eurosterling sources noted``: a compound, its head last), when a determiner or a
        possessive stands right before it (``the ruling party``, ``Monday's hearing``) or when
        punctuation or one of :attr:`PREPOSITIONS` or :attr:`OF_WORDS` comes before it (``a spokesman
        for the striking workers``).

        .. versionadded:: 0.2 (fixQ69)
        """
        if np is None or not self.GERUND_SUFFIX:
            return None
        words = list(self._word.finditer(raw, np[0], cue_start, False, KEEP_GIL))
        for k, word in enumerate(words[1:], 1):
            text = word.group()
            previous = words[k - 1].group()
            low = previous.casefold()
            if low in self._prepositions or low in self._of or self.participle_break(raw[np[0] : word.start()]):
                return None
            if not (text.islower() and text.endswith(self.GERUND_SUFFIX) and len(text) > len(self.GERUND_SUFFIX) + 2):
                continue
            rest = words[k + 1 :]
            if not 1 <= len(rest) <= self.MAX_PARTICIPLE_PHRASE_WORDS or self.is_past_verb(rest[0].group()):
                return None  # ("The storm warning issued on Monday said ...": a noun, never a participle)
            before = words[k - 2].group() if k >= 2 else None
            if self.participle_object_follows(text, [w.group() for w in rest]) and self.participle_head(previous, before):
                return np[0], words[k - 1].end()  # ("Doctors treating Jane Whitfield said", "Police warning residents said")
            if len(rest) < 2:
                # ("Government spending figures said", "Police training manuals say": one word after
                # the word in -ing is a compound's head, never the participle's object)
                return None
            last = rest[-1].group()
            if not last.islower() or self.is_person_noun(last.casefold()):
                # ("The bank holding company said", "other banking sources said", "the official
                # planning agency CPB said": a compound's noun in -ing, the head after it)
                return None
            if low in self._determiners or strip_possessive(previous) != previous or not self.is_person_noun(low):
                return None
            return np[0], words[k - 1].end()
        return None

    def participle_opened_subject(
        self, raw: str, floor: int, np: tuple[int, int] | None, cue_start: int
    ) -> tuple[int, int] | None:
        """The head noun that opens the sentence at *floor* when a participle's phrase follows it up
        to the cue at *cue_start* and *np*, the phrase found before the cue, stands inside that phrase
        (``Officials attending the summit in Geneva said``: the officials, never the summit): one to
        :attr:`MAX_DESCRIBED_NOUNS` words, the last a head of :meth:`participle_head`, the
        participle one that takes an object (:meth:`participle_object_follows`), at most
        :attr:`MAX_PARTICIPLE_PHRASE_WORDS` words after it, no punctuation up to the cue.  ``None``
        otherwise.

        .. versionadded:: 0.2 (fixQ70)"""
        if np is None or not self.GERUND_SUFFIX:
            return None
        start = floor
        while start < cue_start and raw[start].isspace():
            start += 1
        # ("Doctors treating the victims (most of them children) said": the aside set off before the cue aside)
        stop = self.before_closing_aside(raw, start, cue_start)
        # ("Residents living near the port, who asked not to be named, said": the clause set off after the phrase)
        stop = self.before_set_off_relative(raw, np[1], stop)
        if np[0] <= start or np[0] >= stop or self.participle_break(raw[start:stop]):
            return None
        limit = self.MAX_DESCRIBED_NOUNS + 2 + self.MAX_PARTICIPLE_PHRASE_WORDS
        found = list(islice(self._word.finditer(raw, start, stop, False, KEEP_GIL), limit))
        words = [w.group() for w in found]
        for k in range(1, min(len(words) - 1, self.MAX_DESCRIBED_NOUNS + 1)):
            word = words[k]
            if not (word.isalpha() and word.islower()):
                continue
            before = words[k - 2] if k >= 2 else None
            if not self.participle_head(words[k - 1], before) or not self.participle_object_follows(word, words[k + 1 :]):
                return None
            if len(words) - k - 1 > self.MAX_PARTICIPLE_PHRASE_WORDS:
                return None
            head = found[k - 1].end()
            return (start, head) if np[0] > head else None
        return None

    def before_set_off_relative(self, raw: str, phrase_end: int, end: int) -> int:
        """*phrase_end* when ``raw[phrase_end:end]`` is a relative clause set off by commas (a
        comma, one of :attr:`PERSONAL_RELATIVE_PRONOUNS`, :attr:`THING_RELATIVE_PRONOUNS` or
        :attr:`POSSESSIVE_RELATIVE_PRONOUNS`, words with no other punctuation of
        :attr:`PARTICIPLE_PHRASE_BREAKS` nor quotation mark, a closing comma right before
        *end*: ``the port, who asked not to be named,``); *end* otherwise.

        .. versionadded:: 0.2 (fixQ71)"""
        clause = raw[phrase_end:end].strip()
        if len(clause) < 3 or clause[0] != "," or clause[-1] != ",":
            return end
        inner = clause[1:-1]
        first = self._word.match(inner.lstrip())
        if first is None or first.group().casefold() not in self._clause_relatives or self.participle_break(inner):
            return end
        return phrase_end

    def before_closing_aside(self, raw: str, start: int, end: int) -> int:
        """Where an aside opens that ends ``raw[start:end]`` but for blanks, set off by brackets of
        :attr:`ASIDE_BRACKETS` (``the victims (most of them children)``) or by a pair of dashes
        (:meth:`dash_aside_before`: ``the bridge — the oldest in the county —``), with words before
        it after *start*; *end* when no aside ends the text.

        .. versionadded:: 0.2 (fixQ70b)"""
        last = end
        while last > start and raw[last - 1].isspace():
            last -= 1
        for opening, closing in self.ASIDE_BRACKETS:
            if last > start and raw[last - 1] == closing:
                at = raw.rfind(opening, start, last - 1)
                if at > start and raw[start:at].strip() and closing not in raw[at + 1 : last - 1]:
                    return at
                return end
        dash = self.dash_aside_before(raw, start, end)
        return end if dash is None else dash

    def participle_in_subject(
        self, raw: str, cue: regex.Match[str], cues: Sequence[regex.Match[str]], sentence: tuple[int, int]
    ) -> bool:
        """Whether *cue*, one of :attr:`PARTICIPLES` right after a word (no comma before it), opens a
        phrase that describes the subject of a later cue of *cues* in *sentence*, one of
        :attr:`MAX_PARTICIPLE_PHRASE_WORDS` words at most with no punctuation between (``Police warning
        drivers to stay home said roads were closed``: said, never warning).

        .. versionadded:: 0.2 (fixQ69)
        """
        if cue.group().casefold() not in self._participles or self.after_comma(raw, sentence[0], cue.start()):
            return False
        if not raw[sentence[0] : cue.start()].strip():
            return False
        for later in cues:
            if later.start() <= cue.end() or later.group().casefold() in self._participles:
                continue
            between = raw[cue.end() : later.start()]
            if self.participle_break(between):
                return False
            words = self._word.findall(between)
            return 1 <= len(words) <= self.MAX_PARTICIPLE_PHRASE_WORDS and self.participle_modified_subject(
                raw, self.phrase_before(raw, later.start(), sentence[0], lenient=True), later.start()
            ) is not None
        verb = self.main_verb_after_participle(raw, cue, sentence)
        return verb is not None and self.participle_modified_subject(
            raw, self.phrase_before(raw, verb, sentence[0], lenient=True), verb
        ) is not None

    def main_verb_after_participle(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]) -> int | None:
        """Where the sentence's own verb in the simple past (:meth:`is_past_verb`) starts after the
        phrase of *cue*, a participle, when no cue follows (``Police warning drivers to stay home
        closed the motorway``: closed, the participle's phrase the subject's): one to
        :attr:`MAX_PARTICIPLE_PHRASE_WORDS` words before it, no punctuation (:meth:`participle_break`)
        nor one of :attr:`THAT_WORDS` between, and the word right before it none of
        :attr:`INFINITIVE_MARKERS`, :attr:`DETERMINERS`, :attr:`PREPOSITIONS` or :attr:`CLAUSE_AUXILIARIES` (``warning
        of delayed trains``, ``warning it had closed``).  ``None`` otherwise.

        .. versionadded:: 0.2 (fixQ70b)"""
        limit = self.MAX_PARTICIPLE_PHRASE_WORDS + 1
        words = list(islice(self._word.finditer(raw, cue.end(), sentence[1], False, KEEP_GIL), limit))
        for k, word in enumerate(words):
            text = word.group()
            low = text.casefold()
            if low in self._that_words or self.participle_break(raw[cue.end() : word.start()]):
                return None
            if k == 0 or not self.is_past_verb(text):
                continue
            before = words[k - 1].group().casefold()
            stops = (self._infinitive_markers, self._determiners, self._prepositions, self._clause_auxiliaries)
            if any(before in vocabulary for vocabulary in stops):
                return None
            return word.start()
        return None

    def named_thing_object(self, raw: str, start: int, stop: int) -> bool:
        """Whether the object of a verb of :attr:`NOUN_OBJECT_VERBS` at *start* is one of
        :attr:`DETERMINERS` and a name alone (``announced the Nova X2 today, ...``, ``unveiled a
        Model S at ...``): capitalised words or numbers after the determiner, then the sentence's
        punctuation, a time word or one of :attr:`TIME_PREPOSITIONS`: a product or a thing named,
        no words said (not ``announced the Senate's plan``, ``announced his resignation``).

        .. versionadded:: 0.2
        """
        words = list(islice(self._word.finditer(raw, start, stop, False, KEEP_GIL), self.MAX_NAME_WORDS + 2))
        if len(words) < 2 or words[0].group().casefold() not in self._determiners:
            return False
        k = 1
        while k < len(words) and (words[k].group()[:1].isupper() or words[k].group()[:1].isdigit()):
            if raw[words[k - 1].end() : words[k].start()] != " " or words[k].group()[-1:] in "'’":
                return False  # (punctuation inside, or a possessive: "the Senate's plan")
            k += 1
        if k == 1 or k > self.MAX_NAME_WORDS:
            return False
        end = words[k - 1].end()
        rest = raw[end:stop]
        if not rest.strip() or rest[:1] in ",.;:":
            return True  # ("announced the Nova X2, its first tablet")
        if k == len(words) or raw[end : words[k].start()] != " ":
            return False
        low = words[k].group().casefold()
        return self.is_time_word(low) or low in self._time_prepositions

    def document_from_source(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int]:
        """The source of an ``according to`` that closes a sentence, carried on over a
        document's origin (``..., according to new data from the health department.``): when
        *np* ends with one of :attr:`DOCUMENT_NOUNS` or :attr:`COUNT_NOUNS` in lower case and one of :attr:`ORIGIN_WORDS`
        follows, or with one of :attr:`CONVERSATION_NOUNS` and one of :attr:`CONVERSATION_LINKS`
        follows (``according to interviews with a dozen council members``, q51), the source runs
        to the sentence's end (at most :attr:`MAX_SOURCE_WORDS` words, no comma nor quotation
        mark), as the document alone is no one's speech; *np* otherwise.

        .. versionadded:: 0.2
        """
        last = raw[np[0] : np[1]].rsplit(None, 1)[-1]
        low = last.casefold()
        documents = low in self._document_nouns or low in self._count_nouns
        talks = low in self._conversation_nouns  # ("interviews with a dozen council members")
        if not last[:1].islower() or not (documents or talks):
            return np
        link = raw[np[1] : stop].split(None, 1)
        linked = len(link) == 2 and ((documents and link[0] in self._origins) or (talks and link[0] in self._conversation_links))
        if not linked or not raw[np[1] : np[1] + 1].isspace():
            return np
        end = self.trim_end(raw, np[1], stop)
        tail = raw[np[1] : end]
        if "," in tail or any(mark in tail for mark in self._marks) or len(raw[np[0] : end].split()) > self.MAX_SOURCE_WORDS:
            return np
        return np[0], end

    def document_before_participle(self, raw: str, np: tuple[int, int]) -> tuple[int, int]:
        """*np*, the source of an ``according to``, cut before a past participle (in
        :attr:`PAST_SUFFIX`) after one of :attr:`DOCUMENT_NOUNS` when nothing but words of time
        (:attr:`TIME_ADVERBS`, :attr:`TIME_NOUNS`, :attr:`TIME_PREPOSITIONS`, the vocabulary's
        weekdays) follow the participle in it: the phrase stopped at a place or a time the participle takes (``according to a study
        published today in Nature``, ``a report released last week``), so the document alone is the
        source (``a study``, ``a report``), not a participle without its complement; *np*
        otherwise (``a report released by the ministry`` stays whole).

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, np[0], np[1]))
        suffix = self.PAST_SUFFIX
        for k in range(1, len(words)):
            participle = words[k].group()
            if not (suffix and participle.islower() and participle.endswith(suffix)):
                continue
            if words[k - 1].group().casefold() not in self._document_nouns:
                return np
            times = (*self.TIME_ADVERBS, *self.TIME_NOUNS, *self.TIME_PREPOSITIONS)
            if all(w.group().casefold() in times or self.vocabulary.is_weekday(w.group()) for w in words[k + 1 :]):
                return np[0], words[k - 1].end()
            return np
        return np

    def clause_after_source(self, words: str) -> bool:
        """Whether *words*, set off by commas after the source of ``According to X, ...``, are the
        source's clause rather than a description of it: they open with no determiner and no
        title or role noun, and a verb (:meth:`is_verb`) follows their first word among their
        first :attr:`SOURCE_CLAUSE_LOOKAHEAD` words, not before a preposition (``temperatures reached 38
        degrees`` of ``According to the bureau, temperatures reached 38 degrees, a record``; not
        ``a professor at Yale``, ``now based in Paris`` nor a relative clause, ``who also declined
        to be named``).

        .. versionadded:: 0.2
        """
        split = [w.casefold().strip(".;:") for w in words.split()[: self.SOURCE_CLAUSE_LOOKAHEAD + 1]]
        if len(split) < 3 or split[0] in self._determiners or split[0] in self._relatives or self.is_role(split[0]):
            return False
        return any(
            self.is_verb(word) and split[k + 1] not in self._prepositions
            for k, word in enumerate(split[1:-1], start=1)
        )

    def is_clause(self, words: str) -> bool:
        """Whether *words* read as a clause, not an appositive: one of their first
        :attr:`CLAUSE_LOOKAHEAD` words is a finite verb of :attr:`CLAUSE_VERBS` (``the mayor had
        ...``, not ``a close friend of the mayor``)."""
        first = [_NEGATION.sub("", w.casefold(), 0, None, None, KEEP_GIL) for w in words.split()[: self.CLAUSE_LOOKAHEAD]]
        return any(w in self._clause_verbs for w in first)

    def added_to_own_cue(self, raw: str, cue: regex.Match[str], subject: Mention, sentence: tuple[int, int]) -> bool:
        """Whether *cue* closes its sentence after a comma with a pronoun of :attr:`PRONOUNS` as its
        subject (``..., he added.``) while an earlier cue of the sentence already read a report
        whose *subject* opens the sentence (``Lars Berg said the plan would fail, he added.``): the
        pronoun is that subject again and the sentence one report, the first cue's; a name after
        the comma stays a report of a report (``Officials said ..., Ana Ortiz said.``), and so does a
        clause after a semicolon (:meth:`clause_semicolon`: ``Berg said ...; the plan would fail, he
        added.``).

        .. versionadded:: 0.2
        """
        head = raw[sentence[0] : subject.start]
        if head.strip() or subject.start >= cue.start() or not self.is_sentence_tail(raw[cue.end() : sentence[1]]):
            return False
        np = self.phrase_before(raw, cue.start(), sentence[0])
        if np is None or raw[np[0] : np[1]].casefold() not in self._pronouns:
            return False
        comma = raw.rfind(",", subject.end, np[0])
        if comma >= 0 and self.clause_semicolon(raw, subject.end, comma) is not None:
            return False  # ("Berg said that ...; the plan would fail, he added.": a report of the last clause alone)
        return raw[subject.end : np[0]].rstrip().endswith(",")

    def ends_with_set_off_dash(self, head: str) -> bool:
        """Whether *head*, the words before a closing attribution, trailing blanks aside, ends with
        one of :attr:`CLOSING_ATTRIBUTION_DASHES` set off by a blank on each side (``The vote was close -
        51 to 49 - officials said.``: the dash stands for the comma); not a hyphen in a word (``a
        51-49 vote``), nor a dialogue dash glued to the attribution (``—We are ready —said Ana Ortiz.``,
        a convention of other languages).

        .. versionadded:: 0.2
        """
        body = head.rstrip()
        return (
            len(body) > 1 and len(head) > len(body) and body[-1] in self.CLOSING_ATTRIBUTION_DASHES and body[-2].isspace()
        )

    def subject_after_dash(self, raw: str, np: tuple[int, int]) -> bool:
        """Whether *np*, the phrase after a dash and before a closing cue, opens with no pronoun of
        :attr:`OBJECT_PRONOUNS`: a subject (``- officials said.``), not the dash's apposition to
        the clause before (``... were racist - something the mayor said last week.``).

        .. versionadded:: 0.2
        """
        words = raw[np[0] : np[1]].split()
        return bool(words) and words[0].casefold() not in self._object_pronouns

    def article_noun_after(self, raw: str, pos: int, stop: int) -> tuple[int, int] | None:
        """The phrase after an inverted cue at *pos* that :meth:`phrase_after` reads only leniently, when
        it opens with one of :attr:`DETERMINERS` (``..., said the harbour master.``, ``..., said a
        ferry operator on Tuesday.``): a noun after its article speaks there; a bare noun alone does
        not (``a majority of regular, pledged delegates.``: no cue).  ``None`` otherwise.

        .. versionadded:: 0.2
        """
        found = self.phrase_after(raw, pos, stop, lenient=True)
        if found is None:
            return None
        first = raw[found[0] : found[1]].split(None, 1)[0].casefold()
        return found if first in self._determiners else None

    def head_may_close(self, raw: str, start: int, end: int) -> bool:
        """For :meth:`read_trailing`, the cheap test it asks first: whether the words of the
        sentence from *start* up to a closing attribution at *end* end, trailing blanks aside, with
        a comma or a closing quotation mark or with a set-off dash (:meth:`ends_with_set_off_dash`),
        as reported words before ``..., officials said.`` must.  ``his comments``, ``to respond``
        and ``Ortiz said the plan ...`` end with none, and the attribution after them is read no
        further.

        .. versionadded:: 0.2 (speed71)"""
        return ends_with(raw, start, end, self.HEAD_CLOSERS) or self.ends_with_set_off_dash(raw[start:end])

    #: The marks one of which ends the words before a closing attribution (:meth:`head_may_close`,
    #: :meth:`read_trailing`), a set-off dash aside.
    #:
    #: .. versionadded:: 0.2 (speed71)
    HEAD_CLOSERS: ClassVar[str] = ",\"”"

    def read_trailing(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
        np: tuple[int, int] | None = None,
        *,
        closing: bool = False,
    ) -> Candidate | None:
        """``CLAUSE, banking analysts said.`` or ``CLAUSE, said the minister.``: the reported words
        come first and the attribution closes the sentence.  With *closing* (:meth:`closing_cue_break`:
        ``The port will stay open, the mayor said as talks continued.``) any word of
        :attr:`CLAUSE_BREAKS` after the subject's cue ends the attribution, as after an inverted cue
        (:meth:`breaks_after_speaker`).  A passive cue of :attr:`OBJECT_VERBS` before an infinitive
        (:meth:`raised_passive`: ``At one point, the band was told to begin playing``) closes no
        reported words: it orders the subject (but ``..., Ortiz is said to have told staff.``).

        .. versionchanged:: 0.2 *closing*; a passive before an infinitive."""
        after = raw[cue.end() : sentence[1]]
        if np is None:
            if cue.group().casefold() in self._uninverted:
                return None  # ("..., her aide, Tom Berg, told The Herald.": the person told never speaks)
            back = self.word_back(raw, cue.start(), sentence[0]) or self.elided_back(raw, cue.start(), sentence[0])
            told = self.object_pronoun_at(raw, back[1], sentence[0]) if back is not None else None
            words_end = told.start() if told is not None else cue.start()  # ("..., nous a assuré le ministre": the one told)
            if not self.head_may_close(raw, sentence[0], words_end):
                return None  # ("his comments", "to respond": no comma nor dash before the cue, no words before it)
            # (after a day between the verb and the subject: "..., said Tuesday Labour leader Jane Roe.")
            subject_at = self.time_before_subject(raw, cue.end(), sentence[1])
            found = self.name_after_told(raw, subject_at, sentence[1])  # ("..., a déclaré à l'AFP Marie Dupont.")
            if found is None:
                found = self.phrase_after(raw, subject_at, sentence[1]) or self.article_noun_after(raw, subject_at, sentence[1])
            if found is None:
                found = self.names_after_plural_role(raw, subject_at, sentence[1])  # ("..., said lawyers for the family, A and B.")
            if found is None or self.name_then_verb(raw, found):
                return None  # ("X, citing a source, said North Korea fired two missiles.": a clause, no speaker)
            if self.subject_before_aside_adverb(raw, sentence[0], cue.start(), found):
                return None  # ("Residents' groups, however, said the drive came ...": the subject, then its verb)
            if self.pronoun_set_off_before(raw, sentence[0], cue.start()):
                return None  # ("La gauche, elle, dénonce des coupes": the verb's subject before it, its object after)
            np = self.name_after_role(raw, found, sentence[1]) or found  # ("..., said his coach, Mark Bell.": Mark Bell)
            np = self.names_of_places_after(raw, np, sentence[1]) or np  # ("..., said Mayors A of X and B of Y.": both)
            # ("..., said Ana Ruiz and Tom Berg.", "..., said Ana Ruiz, Tom Lee and Kofi Mensah.": all, as after a quotation)
            np = self.joined_subject_after(raw, np, sentence[1]) or self.listed_subject_after(raw, np, sentence[1]) or np
            np = self.portfolio_list_after(raw, np, sentence[1]) or np  # ("..., said Trade, Industry and ... Minister X.")
            if cue.group().casefold() in self._plural_inverted and self.one_named(raw[np[0] : np[1]]):
                return None  # ("..., charge nurse Abena Mensah, 38, gathers ...": a noun, no verb before a name)
            head_end = cue.start()
            after = raw[np[1] : sentence[1]]
        else:
            words_end = np[0]
            if not self.head_may_close(raw, sentence[0], words_end):
                return None  # ("Ortiz said the plan ...": no comma nor dash before the subject, no words before it)
            if cue.group() in self._object_verbs and self.raised_passive(raw, cue, sentence):
                return None  # ("At one point, the band was told to begin playing": an order, no words before it)
            if not self.quoting_phrase_at(raw, cue) and self.reported_thing(raw, np, cue.start()):
                return None  # ("A quake hit the coast, no injuries were reported.": the thing reported, no words)
            head_end = np[0]
            told = self._object.match(raw, cue.end(), sentence[1]) if cue.group() in self._object_verbs else None
            if told is not None and self.names_addressee(told.group()):
                after = raw[told.end() : sentence[1]]  # ("..., Tom Berg told The Herald.": the person told, then the end)
                if self.verb_after_comma(after):
                    return None  # ("And union leadership, he told me, is working ...": an aside in the clause)
        pos = np[1] if head_end == cue.start() else cue.end()
        if head_end != cue.start() and len(after) < sentence[1] - cue.end():
            pos = sentence[1] - len(after)  # ("..., Berg told reporters on Monday, adding ...": the time after the one told)
        participle = self._participle.search(raw, pos, min(sentence[1], pos + self.NAMED_WINDOW), KEEP_GIL)  # (bounded)
        closes = participle is not None and self.is_time_tail(raw[pos : participle.start()])
        # (", police said, as protesters returned home.": the clause after is the reporter's, when
        # the words before are a clause: not "In the early 1990s, she said, when ..."; never an
        # appositive)
        conjunction = self._conjunction_tail.match(after, 0, None, KEEP_GIL) is not None
        conjunction = conjunction or self.breaks_after_speaker(after, inverted=head_end == cue.start() or closing)
        tail = self.is_sentence_tail(after) or conjunction or self.appositive_tail(after)
        # (a relative clause only after an inverted attribution: "..., said an official who ...";
        # read only when nothing else closes the sentence)
        relative = not (tail or closes) and head_end == cue.start() and self._relative_tail.fullmatch(after) is not None
        # (", officials announced Tuesday, blaming a shortage ...": the reporter's phrase after the attribution)
        setting = None if tail or closes or relative else self.adjunct_setting(after)
        adjunct = not (tail or closes or relative) and (self.adjunct_participle(after) or setting is not None)
        if not (tail or closes or relative or adjunct):
            return None  # (", Ortiz said, adding that ...": the participle is speech of its own)
        head = raw[sentence[0] : words_end]
        dashed = self.ends_with_set_off_dash(head) and self.subject_after_dash(raw, np)  # ("... - 51 to 49 - officials said.")
        if not (dashed or ends_with(head, 0, len(head), self.HEAD_CLOSERS)):
            return None
        if head_end == np[0] and self.aside_in_clause(raw, sentence[0], head_end, raw[cue.end() : sentence[1]]):
            # ("The rate decision, she added, was unanimous.": the attribution set off inside the clause)
            return self.words_after_aside(raw, offset, number, cue, np, sentence, marks, state)
        if head_end == cue.start() and self.received_aside(head.rstrip().rstrip(",").rsplit(",", 1)[-1].split()):
            return None  # ("The memo, seen by Reuters, says the firm plans ...": a subject and its aside, no words)
        if head_end == cue.start() and self.subject_with_aside(raw, self.after_opening_word(raw, sentence[0], head_end), head_end):
            return None  # ("The pastor, who had driven all night, said a prayer": the pastor said, no words)
        start = self.after_label(raw, sentence[0] + len(head) - len(head.lstrip()), words_end)
        end = self.trim_end(raw, start, words_end)
        if dashed:
            end = self.trim_end(raw, start, end - 1)  # (the dash is no part of the words)
        # ("His wife has written that ...; she was not involved, he said.": the clause after the semicolon)
        start = self.after_reported_clause(raw, start, end)
        named = self.name_before_description(raw, start, end, cue.start()) if head_end == np[0] else None
        if named is not None:
            # ("..., Tom Berg, chairman of the exporters' association told Reuters.": the name speaks)
            if any(mark in raw[start : named[0]] for mark in self._marks):
                return None  # ('"...," Tom Berg, chairman of X told Reuters.': a quotation's, not reported words)
            np = named
            end = self.trim_end(raw, start, raw.rfind(",", start, named[0]))
        elif head_end == np[0]:
            if self.role_opens_head(raw, start, end, np):
                return None  # ("The labor minister, Unai Sordo, explained on Monday the plan.": its subject, no words)
            role = self.role_before_name(raw, start, end, np)
            if role is not None:
                end = self.trim_end(raw, start, role)  # ("..., a spokeswoman, Maya Singh, said.": not her words)
        placed = self.quotation_then_place(raw, start, end, marks) if head_end == np[0] else None
        titled = self.titled_name_between(raw, placed[1], end) if placed is not None else None
        subject = raw[np[0] : np[1]]
        plural = titled is not None and self.is_plural(self.subject_head(subject))  # ("officials at the clinic")
        if placed is not None and (self.owned_subject(subject) or plural):
            placed = None  # ('"...," New York, the city's mayor said', '"...," Mr Berg, officials said': as a name and its relay)
        if placed is not None:
            # ('"It was loud," Hyde Park, a resident said.': the quotation is the resident's, the
            # place between is no part of the words nor of the speaker; but a title opens a
            # person's name, whose role the subject is: '"...," Mr Mokoena, a resident said.')
            mention = self.mention(raw, titled or np)
            speaker = self.resolve(mention, state, None)
            quote = self.make_quote(raw, offset, number, placed, QuoteKind.DIRECT, cue.group(), speaker, None)
            return Candidate(quote, mention, start, sentence[1])
        if (len(raw[start:end].split()) < self.MIN_WORDS and not self.short_clause(raw, start, end)) or self.participle_clause(
            raw, start, end
        ):
            return None
        if self.one_quotation(raw, start, end, marks):
            return None  # ('"...," Tom Berg, who asked not to be named, said.': the direct quote's words, no report)
        if self.attributed_quotation(raw, start, end, marks):
            return None  # ('"...," said the aide, Ana Ruiz, who insisted on calm.': a direct quote and its cue, no report)
        if conjunction and not self.holds_clause(raw, start, end):
            return None  # (no clause before: "In the early spring, the mayor said, when ...")
        if conjunction and head_end == np[0] and self.reason_after_aside(raw, after, sentence, marks):
            end = self.trim_end(raw, start, sentence[1])  # ("Work had stalled, he said, because of ...": his cause too)
        mention = self.mention(raw, np)
        speaker = self.resolve(mention, state, None)
        # (", Tom Berg said, according to the minutes, and the board agreed.": the minutes report his words)
        aside = self.source_aside(raw, pos, sentence[1])
        source = collapse(aside["source"]) if aside is not None else None
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, source)
        # (a participle after the attribution is speech of its own: ", Ortiz said, adding that ...")
        participle = self._participle.search(raw, cue.end(), sentence[1], KEEP_GIL)
        # (after a setting, its comma ends the claim: ", because he said ..." is a cue of its own)
        claimed = sentence[1] if setting is None else sentence[1] - len(after) + setting
        return Candidate(quote, mention, start, participle.start() if participle is not None else claimed)

    def appositive_tail(self, after: str) -> bool:
        """For :meth:`read_trailing`: whether *after*, what follows a closing attribution, is an
        appositive set off by a comma (``..., said Katie Ruiz, the group's director.``, ``..., the
        agency said, the third launch this year.``), maybe after a short time or place
        (:meth:`is_time_tail` with a weekday or a time noun, :meth:`is_time_word`: ``..., the
        operator said Monday, the steepest fall since 2009.``; not ``... advised Ailes on
        navigating the crisis, even ...``), a phrase with no finite verb then (not ``..., Ortiz
        said on Monday, Reuters reported.``).

        .. versionadded:: 0.2 (mendQT70: after a time)"""
        if _TAIL_APPOSITIVE.fullmatch(after, 0, None, KEEP_GIL) is not None:
            return True
        comma = after.find(",")
        while 0 < comma < len(after) - 1 and after[comma + 1].isdigit():
            comma = after.find(",", comma + 1)  # (a comma in a figure, "2,991,000", sets nothing off)
        if comma <= 0 or not self.is_time_tail(after[:comma]) or _TAIL_APPOSITIVE.fullmatch(after, comma, None, KEEP_GIL) is None:
            return False
        if not any(self.is_time_word(word) for word in self._word.findall(after, 0, comma, False, KEEP_GIL)):
            return False  # (a time, not "..., Trump advised Ailes on navigating the crisis, even ...")
        # (a noun phrase, no clause: not "..., Ortiz said on Monday, Reuters reported.")
        return not self.has_verb(after, comma, len(after), words=len(after[comma:].split()))

    def pronoun_set_off_before(self, raw: str, start: int, cue_start: int) -> bool:
        """For :meth:`read_trailing`: whether the words in ``raw[start:cue_start]`` before a cue end
        with one of :attr:`PRONOUNS` or a stressed pronoun of :attr:`STRESSED_PRONOUNS` set off by
        commas (``La gauche, elle, dénonce des coupes``, ``Le maire, lui, affirme ...``): a subject
        taken up again before its verb, so the phrase after the verb is its object, never an
        inverted speaker, and the words before are no report.

        .. versionadded:: 0.2
        """
        head = raw[start:cue_start].rstrip()
        if not head.endswith(","):
            return False
        comma = head.rfind(",", 0, len(head) - 1)
        if comma < 0:
            return False
        last = head[comma + 1 : -1].split()
        if len(last) != 1:
            return False
        low = last[0].casefold()
        return low in self._pronouns or low in self._stressed

    def reason_after_aside(self, raw: str, after: str, sentence: tuple[int, int], marks: Sequence[tuple[int, int]]) -> bool:
        """For :meth:`read_trailing`: whether *after*, the rest of the sentence after an attribution
        set off by commas (``he said``), opens with a comma and one of :attr:`REASON_CONJUNCTIONS`
        and holds no cue nor quotation mark of its own (``..., he said, because of a dispute over
        the licence.``): the cause goes on with the reported words.

        .. versionadded:: 0.2"""
        if not self.REASON_CONJUNCTIONS:
            return False
        words = after.split(None, 2)
        if len(words) < 3 or words[0] != "," or words[1].casefold() not in self.REASON_CONJUNCTIONS:
            return False
        begin = sentence[1] - len(after)
        if any(begin <= mark[0] < sentence[1] for mark in marks):
            return False
        return next(iter(self.cues(raw, begin, sentence[1])), None) is None

    def after_reported_clause(self, raw: str, start: int, end: int) -> int:
        """Where the words before a closing attribution start when the last semicolon outside
        quotation marks in ``raw[start:end]`` follows a clause with a cue of its own (``His wife has
        written that the army lacks staff; she was not involved, he said.``: the words after the
        semicolon; the clause before it is the other report's): the first word after that semicolon.
        *start* otherwise, also when fewer than :attr:`MIN_WORDS` words would be left.

        .. versionadded:: 0.2
        """
        semicolon = raw.rfind(";", start, end)
        if semicolon < 0 or self.within_quotation(raw, start, semicolon):
            return start
        after = semicolon + 1
        while after < end and raw[after].isspace():
            after += 1
        if len(raw[after:end].split()) < self.MIN_WORDS:
            return start
        for cue in self.cues(raw, start, semicolon):
            if not self.within_quotation(raw, start, cue.start()):
                return after
        return start

    def attributed_quotation(self, raw: str, start: int, end: int, marks: Sequence[tuple[int, int]]) -> bool:
        """Whether the reported words ``raw[start:end]`` before a closing attribution open with a
        quotation, marks and all, whose next word, after a comma, is a cue (``"No deadline," said
        the aide, Ana Ruiz, who insisted on calm.``): a direct quote and its own attribution, never
        reported words of the later cue.

        .. versionadded:: 0.2
        """
        i = bisect_left(marks, (start, -1))
        if i >= len(marks) or marks[i][0] != start or marks[i][1] >= end:
            return False
        after = raw[marks[i][1] + 1 : end].lstrip(" ,\t").split(maxsplit=1)
        return bool(after) and after[0][:1].islower() and self.is_cue_word(after[0].casefold())

    def one_quotation(self, raw: str, start: int, end: int, marks: Sequence[tuple[int, int]]) -> bool:
        """Whether the reported words ``raw[start:end]`` before a closing attribution are one
        quotation, marks and all, and nothing but commas and blanks after it (``"The pier is
        lost," Tom Berg, who asked not to be named, said.``): a direct quote, which the quotation
        marks' reader gives, never reported words of its own.

        .. versionadded:: 0.2
        """
        i = bisect_left(marks, (start, -1))
        if i >= len(marks) or marks[i][0] != start:
            return False
        return not raw[marks[i][1] + 1 : end].strip(" ,\t")

    def reported_thing(self, raw: str, np: tuple[int, int], cue_start: int) -> bool:
        """Whether the subject at *np* before a closing cue at *cue_start* is the thing a passive
        cue reports, not a speaker: its head (:meth:`subject_head`) is in lower case and no noun for
        people (:meth:`is_people_noun`) nor of a body (``..., the regional government was quoted as
        saying``), no name is in it, nor is its first word a pronoun, and either it opens with
        one of :attr:`NEGATIVE_DETERMINERS` (``..., no casualties reported``) or a word of
        :attr:`BE_WORDS` stands between its first word and the cue (``..., no injuries were
        reported``, ``..., damage was reported``); not ``..., officials were told``, ``..., it was
        reported`` (the words are reported, no one named).

        .. versionadded:: 0.2
        """
        words = raw[np[0] : cue_start].split()
        if not words:
            return False
        first = words[0].casefold()
        if first in self._pronouns or first in self._things:
            return False
        head = self.subject_head(raw[np[0] : np[1]]).split()
        last = head[-1] if head else ""
        if not last[:1].islower() or self.is_people_noun(last.casefold(), True):
            return False
        if any(w[:1].isupper() for w in head[1:]) or self.vocabulary.is_org_word(last.casefold()):
            return False  # ("..., the Tuva government was quoted as saying": a body, quoted, speaks)
        passive = any(w.casefold() in self._be_words for w in words[1:])
        return passive or first in self.NEGATIVE_DETERMINERS

    def quoting_phrase_at(self, raw: str, cue: regex.Match[str]) -> bool:
        """Whether *cue* is the verb of one of :attr:`QUOTING_PHRASES` followed by its tail
        (``..., the airline was quoted as saying.``): the subject is quoted, a speaker, never the
        thing a passive reports (:meth:`reported_thing`).

        .. versionadded:: 0.2
        """
        text = raw[cue.start() : cue.end() + 40].casefold()  # (the cue may hold the tail: "quoted as saying")
        return any(
            text.startswith(verb) and text[len(verb) :].lstrip().startswith(tail) for verb, tail in self.QUOTING_PHRASES
        )

    def name_after_told(self, raw: str, at: int, stop: int) -> tuple[int, int] | None:
        """The speaker's name after the one spoken to that opens at *at*, right after an inverted
        cue of reported words, when a known agency or outlet is told (:meth:`agency_recipient_end`:
        French ``..., a déclaré à Reuters Marie Dupont.``) or one word after an elided article is
        (:meth:`recipient_before_name`: ``..., a déclaré à l'AFP Marie Dupont.``), as for a
        quotation; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        end = self.agency_recipient_end(raw, at, stop)
        if end is None:
            told = self.recipient_before_name(raw, at, stop)
            end = told.end() if told is not None else None
        return self.phrase_after(raw, end, stop, lenient=True) if end is not None else None

    def quotation_then_place(self, raw: str, start: int, end: int, marks: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
        """The span inside the marks of the quotation that ``raw[start:end]``, the words before a
        trailing attribution and its subject, opens with, when only a comma and one to
        :attr:`MAX_NAME_WORDS` capitalised words follow it (``"It was loud," Hyde Park, a resident
        said``, ``"We ran out of beds," Hope Hospital, a nurse said``): a place or a body set
        before the subject, no reported words; ``None`` otherwise, and when the words read as a
        person's whole name (``Tom Berg, officials said``: the other rules').

        .. versionadded:: 0.2
        """
        i = bisect_left(marks, (start, -1))
        if i >= len(marks) or marks[i][0] > start + 1:
            return None
        inner = (marks[i][0] + 1, marks[i][1]) if raw[marks[i][0] : marks[i][0] + 1] in self._marks else marks[i]
        parts = [part.split() for part in raw[inner[1] : end].lstrip("".join(self._marks) + " ").lstrip(",").split(",")]
        rest = [w for part in parts for w in part]
        if "," not in raw[inner[1] - 1 : end] or not 1 <= len(rest) <= self.MAX_NAME_WORDS or not all(parts):
            return None
        if not all(self.place_name_word(part, k) for part in parts for k in range(len(part))):
            return None
        placed = [self.is_place_name(" ".join(part)) for part in parts]
        if len(parts) > 1 and not placed[-1]:
            return None  # (a place and its region after a comma: "Lagos, Nigeria"; not two names)
        if not any(placed) and len(rest) > 1 and self.names.trailing_name(rest) == len(rest):
            return None  # ('"...," Tom Berg, officials said': a person's name, read by the other rules; not "Cape Town")
        return inner

    def place_name_word(self, part: Sequence[str], k: int) -> bool:
        """For :meth:`quotation_then_place`: whether ``part[k]`` may be a word of a place's name
        in *part*: a capitalised word of letters, hyphens, apostrophes and periods (``Cape``,
        ``D.C.``, ``St.``), or one of :attr:`PLACE_PARTICLES` in lower case between two such words
        of a place of the vocabulary (``Rio de Janeiro``).

        .. versionadded:: 0.2
        """
        word = part[k]
        if word[:1].isupper():
            return word.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha()
        inside = 0 < k < len(part) - 1 and part[-1][:1].isupper()
        return inside and word in self._place_particles and self.vocabulary.is_place(" ".join(part))

    def is_place_name(self, words: str) -> bool:
        """Whether capitalised *words* are a place or a country of the vocabulary (``Cape Town``,
        ``Nigeria``), a region's abbreviation (``D.C.``, ``Ariz.``:
        :meth:`~newsparse.quotes.grammar.SpeakerGrammar.is_region`) or a name opened by one of
        :attr:`PLACE_ABBREVIATIONS` (``St. Louis``, ``Mt. Vernon``).

        .. versionchanged:: 0.2 a region's abbreviation and a place's abbreviated first word (q52).

        .. versionadded:: 0.2
        """
        return self.abbreviated_place(words.split()) or self.is_region(words)

    def owned_subject(self, phrase: str) -> bool:
        """Whether a subject *phrase* belongs to someone: it opens with one of
        :attr:`POSSESSIVE_DETERMINERS` or holds a possessive (``her lawyer``, ``the city's mayor``),
        whom the words before it name (:meth:`quotation_then_place` leaves such a sentence alone).

        .. versionadded:: 0.2
        """
        words = phrase.split()
        return bool(words) and (
            words[0].casefold() in self._possessive_determiners or any(strip_possessive(w) != w for w in words)
        )

    def subject_head(self, phrase: str) -> str:
        """A subject *phrase* up to its first word in lower case that opens a link, a relative
        clause or a prepositional phrase after the head noun (``a nurse at the clinic``: ``a
        nurse``; ``the surgeon who led the team``: ``the surgeon``), for reading its number.

        .. versionadded:: 0.2
        """
        words = phrase.split()
        for k in range(1, len(words)):
            low = words[k].casefold()
            if words[k][:1].islower() and (low in self._prepositions or low in self._appositive_links or low in self._relatives):
                return " ".join(words[:k])
        return phrase

    def titled_name_between(self, raw: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of the capitalised words in ``raw[start:end]`` (after a quotation's closing
        mark, :meth:`quotation_then_place`) when they are a title and a name of one word or more
        (``Mr Mokoena``, ``Dr Ana Ruiz``: the person whose role follows): an honorific or a title
        with its period before a name of one word, another title before a whole name of two words
        or more (``Mayor Tom Hale``); ``None`` otherwise (``Hyde Park``; ``Central Station``, a
        title's word that opens a place's name; a known place after the title).

        .. versionadded:: 0.2
        """
        found = list(_CAPITALISED_RUN.finditer(raw, start, end))
        if len(found) < 2 or not self.vocabulary.is_title(found[0].group()):
            return None
        title = found[0].group()
        rest = [m.group() for m in found[1:]]
        if self.vocabulary.is_place(" ".join(rest)) or self.abbreviated_place([title, *rest]):
            return None  # (not "St. Louis": a place's abbreviated first word, no title)
        whole = len(rest) > 1 and self.names.trailing_name(rest) == len(rest)
        if not (self.vocabulary.is_honorific(title) or title.endswith(".") or whole):
            return None  # ("Central Station", "Central Market": a title's word opens a place's name, no one's)
        return found[0].start(), found[-1].end()

    def adjunct_participle(self, after: str) -> bool:
        """Whether *after*, what follows an attribution that closes reported words, is maybe a
        short time or place (:meth:`is_time_tail`), then a comma and a participle in
        :attr:`GERUND_SUFFIX` with at least :attr:`MIN_PARTICIPLE_STEM` letters before it
        (``..., officials announced Tuesday, blaming a shortage of drivers.``, ``..., the company
        said, citing weaker demand.``): the reporter's phrase of a reason or a manner, so the
        attribution still closes the words before it.  Never one of :attr:`PARTICIPLES` (speech
        of its own: ``adding that ...``), :attr:`GERUND_PREPOSITIONS` (``according to``),
        :attr:`CONJUNCTIONS` or :attr:`PREPOSITIONS`, nor one with a finite verb among the
        :attr:`ADJUNCT_VERB_LOOKAHEAD` words after it (``revoking clearances would be rare``: a
        clause's subject).

        .. versionadded:: 0.2"""
        suffix = self.GERUND_SUFFIX
        comma = after.find(",")
        if not suffix or comma < 0 or not self.is_time_tail(after[:comma]):
            return False
        found = _WORD_AFTER_BLANKS.match(after, comma + 1, None, KEEP_GIL)
        if found is None:
            return False
        word = found["word"]
        if not word.islower() or not word.endswith(suffix) or len(word) < len(suffix) + self.MIN_PARTICIPLE_STEM:
            return False
        if word in self._participles or word in self._gerund_prepositions or word in self._conjunctions:
            return False
        # (no finite verb close behind: "revoking clearances would be rare" is a clause, the words go on)
        return word not in self._prepositions and not self.has_verb(
            after, found.end(), len(after), words=self.ADJUNCT_VERB_LOOKAHEAD
        )

    def adjunct_setting(self, after: str) -> int | None:
        """Where the reporter's setting in *after* (what follows an attribution that closes
        reported words) ends, if *after* is one: maybe a short time or place (:meth:`is_time_tail`), a comma, then one
        of :attr:`ADJUNCT_PREPOSITIONS` with no finite verb among the :attr:`ADJUNCT_SETTING_WORDS`
        words after it (``..., the company said on Tuesday, during a call with analysts.``), or one of
        :attr:`ABSOLUTE_OPENERS`, whatever verb follows (``..., the ministry said, with 2.1 million
        registered as jobless.``; mendQT70); or
        one of :attr:`ADJUNCT_CONJUNCTIONS`, a comma or a short time maybe before it, then a
        participle in :attr:`GERUND_SUFFIX` that is none of :attr:`PARTICIPLES` (``..., said the
        mayor while visiting the harbour.``; not ``while adding that ...``, speech of its own).
        The attribution then closes the words before it.  Looks for the setting's start within the
        first :attr:`PHRASE_WINDOW` characters.  Returns where the setting ends in *after* (the next comma after its first
        word, or the end: ``..., he said after meeting aides, because he said ...`` leaves the
        second cue its own words), ``None`` when there is no setting.

        .. versionadded:: 0.2"""
        window = min(len(after), self.PHRASE_WINDOW)
        comma = after.find(",", 0, window)
        if comma >= 0 and self.is_time_tail(after[:comma]):
            found = _WORD_AFTER_BLANKS.match(after, comma + 1, None, KEEP_GIL)
            if found is not None and found["word"] in self._absolute_openers:
                return self.setting_end(after, found.end())  # ("..., with 2.1 million registered as jobless.")
            if found is not None and found["word"] in self._adjunct_prepositions:
                if self.has_verb(after, found.end(), len(after), words=self.ADJUNCT_SETTING_WORDS):
                    return None
                return self.setting_end(after, found.end())
        suffix = self.GERUND_SUFFIX
        if not suffix:
            return None
        for word in self._word.finditer(after, 0, window, False, KEEP_GIL):
            if word.group() in self._adjunct_conjunctions:
                if not self.is_time_tail(after[: word.start()].rstrip().removesuffix(",")):
                    return None
                found = _WORD_AFTER_BLANKS.match(after, word.end(), None, KEEP_GIL)
                if found is None:
                    return None
                verb = found["word"]
                if (
                    not verb.islower()
                    or not verb.endswith(suffix)
                    or len(verb) < len(suffix) + self.MIN_PARTICIPLE_STEM
                    or verb in self._participles
                ):
                    return None
                return self.setting_end(after, found.end())
            if word.start() > comma >= 0:
                return None  # (past the comma without a conjunction: no setting)
        return None

    @staticmethod
    def setting_end(after: str, pos: int) -> int:
        """Where the reporter's setting read from *pos* in *after* ends: its next comma, else the end.

        .. versionadded:: 0.2"""
        comma = after.find(",", pos)
        return len(after) if comma < 0 else comma

    def one_named(self, phrase: str) -> bool:
        """For :meth:`read_trailing`: whether *phrase*, after an inverted bare verb form of
        :attr:`PLURAL_INVERTED_FORMS`, ends in one person's name: a capitalised last word without
        :attr:`PRESENT_SUFFIX` (``nurse Abena Mensah``; not ``Democrats``) in a phrase that is no
        plural (:meth:`is_plural`: not ``Tom and Ana Berg``).

        .. versionadded:: 0.2"""
        words = phrase.split()
        if not words or self.is_plural(phrase):
            return False
        last = strip_possessive(words[-1]).rstrip(".,;:")
        return last[:1].isupper() and last[1:].islower() and not (self.PRESENT_SUFFIX and last.endswith(self.PRESENT_SUFFIX))

    def aside_in_clause(self, raw: str, start: int, head_end: int, after: str) -> bool:
        """For :meth:`read_trailing`: whether an attribution whose subject starts at *head_end* is
        set off by commas inside a clause: the words before it (from *start*) are a short phrase
        of at most :attr:`MAX_APPOSITIVE_HEAD` words with no quotation mark and no clause, and
        *after*, the sentence's rest after the cue, goes on after a comma with a finite verb
        (``The rate decision, she added, was unanimous.``), as :meth:`inverted_speaker` reads
        ``The plan, said Ana Ruiz, was too costly``.

        .. versionadded:: 0.2"""
        head = raw[start:head_end].strip().rstrip(",")
        if not head or len(head.split()) > self.MAX_APPOSITIVE_HEAD or any(m in head for m in self._marks):
            return False
        end = start + len(raw[start:head_end].rstrip().rstrip(","))
        # (a possessive is no contracted verb: "The board's choice, she said, was final")
        clause = self.holds_clause(raw, start, end) and not self.possessed_thing(self.opening_core(head).split())
        return self.verb_after_comma(after) and not clause

    def words_after_aside(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        np: tuple[int, int],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
    ) -> Candidate | None:
        """For :meth:`read_trailing`, an attribution set off inside a clause (:meth:`aside_in_clause`):
        the words after its comma as the quote (``was unanimous in the end``), the subject before the
        cue its speaker; ``None`` when fewer than :attr:`MIN_WORDS` words follow (``was unanimous``:
        as :meth:`inverted_speaker` gives for ``Prices, said Ana Ruiz, would rise``), and never the
        phrase before the attribution.

        .. versionadded:: 0.2"""
        comma = raw.find(",", cue.end(), sentence[1])
        if comma < 0:
            return None
        start = comma + 1
        while start < sentence[1] and raw[start].isspace():
            start += 1
        words = self.clause_from(raw, start, sentence)
        if words is None:
            return None  # (fewer than MIN_WORDS: content_after_aside reads "The bank, he said, would wait." whole)
        words = (words[0], self.cut_speaker_clause(raw, start, words[1], np), words[2])  # (not "..., and she smiled")
        fronted = self.fronted_subject(raw, sentence[0], np[0], start, words[1])
        if fronted is not None:
            words = (fronted, words[1], words[2])  # ("The rate decision, Ana Ruiz added, was ...": the subject too)
        mention = self.mention(raw, np)
        speaker = self.resolve(mention, state, None)
        kind = self.kind_of(words[0], words[1], marks)
        quote = self.make_quote(raw, offset, number, (words[0], words[1]), kind, cue.group(), speaker, words[2])
        return Candidate(quote, mention, min(mention.start, cue.start()), words[1])

    def name_then_verb(self, raw: str, np: tuple[int, int]) -> bool:
        """Whether the phrase *np* after an inverted cue is a clause rather than a speaker: a
        capitalised word, then a lower-case finite verb (:meth:`is_verb`), then more words
        (``said North Korea fired two missiles``, ``said Acme Corp posted a loss``; not ``said Tom
        Berg``, ``said the retired judge``, ``said Union representatives``).

        .. versionadded:: 0.2
        """
        words = raw[np[0] : np[1]].split()
        return any(
            words[k - 1][:1].isupper() and words[k].islower() and self.is_verb(words[k].rstrip(".,"))
            for k in range(1, len(words) - 1)
        )

    def verb_after_comma(self, after: str) -> bool:
        """Whether *after*, the rest of a sentence after an attribution, goes on after a comma with a
        finite verb in lower case (:meth:`is_verb`): the attribution was an aside inside the
        reported clause (``And union leadership, he told me, is working ...``), not its close."""
        match = self._word.search(after)
        if match is None or not after[: match.start()].strip().startswith(","):
            return False
        word = match.group()
        return word.islower() and self.is_verb(word.rstrip("."))

    def name_before_description(self, raw: str, start: int, end: int, cue_start: int) -> tuple[int, int] | None:
        """The span of a person's name (the vocabulary's :meth:`~newsparse.names.Names.is_name`)
        that ends the words ``raw[start:end]`` before a closing attribution, set off by a comma
        (``Coffee output may fall, Tom Berg, chairman of the exporters' association told
        Reuters.``): the phrase between it and the cue describes the name, which speaks, even when
        the description has no closing comma.  Up to :attr:`MAX_DESCRIPTION_PARTS` parts of the
        description in lower case with no verb may stand between (``Chad Hawk, vice president of
        PMG, a grading company in Florida told Fox.``), and the part right after the name must
        describe one person (:meth:`describes_one_person`: not ``Tom Berg, officials said``, where
        the name is the one spoken to).  ``None`` when the words end otherwise."""
        stop = end
        for _ in range(self.MAX_DESCRIPTION_PARTS + 1):
            comma = raw.rfind(",", start, stop)
            if comma < 0:
                return None
            first = comma + 1
            while first < stop and not raw[first].isalnum():
                first += 1  # ("'...,' Chad Hawk, ...": past a closing mark)
            phrase = raw[first:stop].strip()
            place = self.vocabulary.is_place(phrase) or self.abbreviated_place(phrase.split())
            if len(phrase.split()) >= 2 and self.names.is_name(phrase) and not place:
                # (not a place: '"...," Cape Town, a resident said', '"...," St. Louis, a lobbyist said', the resident's)
                return (first, self.trim_end(raw, first, stop)) if self.describes_one_person(raw, stop, cue_start) else None
            if not place and self.surname_before_bare_role(phrase, raw, stop, cue_start):
                # ("Coffee output may fall, Berg, chairman of the exporters' association told Reuters.")
                return first, self.trim_end(raw, first, stop)
            if not phrase[:1].islower() or self.is_clause(phrase) or any(m in phrase for m in self._marks):
                return None
            stop = comma
        return None

    def surname_before_bare_role(self, phrase: str, raw: str, comma: int, cue_start: int) -> bool:
        """For :meth:`name_before_description`: whether *phrase*, one capitalised word before the
        comma at *comma*, is a person's surname that a role with no article describes (``Berg,
        chairman of the exporters' association told Reuters``): a word of letters, capitalised
        and in lower case after its first letter, no title, weekday or month; the words after the
        comma open in lower case with no determiner, and their head, before the first of
        :attr:`ROLE_LINKS` (or their last word), is a role noun of the vocabulary
        (:meth:`~newsparse.vocabulary.Vocabulary.is_role_noun`: ``chairman``, ``spokesman``; not
        ``Brazil, the top producer``, with its article, nor ``Brazil, producer of ...``) for one
        person (:meth:`describes_one_person`).

        .. versionadded:: 0.2
        """
        if not phrase.isalpha() or not phrase[:1].isupper() or not phrase[1:].islower() or len(phrase) < 2:
            return False
        if self.vocabulary.is_title(phrase) or self.vocabulary.is_weekday(phrase) or self.is_month_name(phrase):
            return False
        next_comma = raw.find(",", comma + 1, cue_start)
        words = raw[comma + 1 : cue_start if next_comma < 0 else next_comma].split()
        if len(words) < 2 or not words[0][:1].islower() or words[0].casefold() in self._determiners:
            return False
        link = next((i for i, w in enumerate(words) if i > 0 and w.casefold() in self._role_links), len(words))
        head = words[link - 1].rstrip(".,").casefold()
        return self.vocabulary.is_role_noun(head) and self.describes_one_person(raw, comma, cue_start)

    def role_before_name(self, raw: str, start: int, end: int, np: tuple[int, int]) -> int | None:
        """The comma that sets off a role at the end of the words ``raw[start:end]`` before a
        closing attribution whose subject *np* is a name the role describes (``Wages will stall, a
        spokeswoman, Maya Singh, said.``, ``..., the report's author, Maya Singh, warned.``): a
        phrase after the comma that opens with a determiner, a possessive one or an owner's
        possessive, at most :attr:`MAX_POSSESSED_WORDS` words, in lower case after its first,
        that ends in a noun for one person (:meth:`is_singular_person_noun`), right before the
        name's comma.  ``None`` when the words end otherwise (the role is their own: ``Tell a
        friend, Ana Ruiz said.`` has none).

        .. versionadded:: 0.2"""
        comma = raw.rfind(",", start, end)
        if comma < 0 or raw[end:np[0]].strip() != "," or not self.names.is_name(raw[np[0] : np[1]]):
            return None
        words = raw[comma + 1 : end].split()
        if not 2 <= len(words) <= self.MAX_POSSESSED_WORDS or not all(w.islower() for w in words[1:]):
            return None
        first = words[0].casefold()
        if first not in self._determiners and first not in self._possessive_determiners and not first.endswith(("'s", "’s")):
            return None
        return comma if self.is_singular_person_noun(words[-1]) else None

    def role_opens_head(self, raw: str, start: int, end: int, np: tuple[int, int]) -> bool:
        """Whether the words ``raw[start:end]`` before a name set off by commas ahead of its cue
        are all a role that describes the name (``The labor minister, Unai Sordo, explained on
        Monday the plan``, ``El ministro de Trabajo, Unai Sordo, explicó el lunes la reforma``):
        a determiner, then at most :attr:`MAX_POSSESSED_WORDS` words with a title or role noun
        among them and no verb nor comma.  The name is then the sentence's subject, and the words
        before it none of its words (``The plan is dead, Ana Ruiz said``: no role noun).

        .. versionadded:: 0.2"""
        if raw[end : np[0]].strip() != "," or not self.names.is_name(raw[np[0] : np[1]]):
            return False
        words = raw[start:end].split()
        if not 2 <= len(words) <= self.MAX_POSSESSED_WORDS + 1 or words[0].casefold() not in self._determiners:
            return False
        if any("," in w or self.is_verb(w.casefold()) for w in words[1:]):
            return False
        vocabulary = self.vocabulary
        return any(vocabulary.is_title(w) or vocabulary.is_role_noun(w) for w in words[1:])

    def ends_in_coordinator(self, raw: str, np: tuple[int, int], cue: int) -> bool:
        """Whether the phrase *np* read before the cue at *cue* runs on to one of
        :attr:`COORDINATORS` right before it (``The promoter apologised on Saturday and said``): a
        clause and its coordinator, no speaker's phrase; the first clause's subject speaks.

        .. versionadded:: 0.2"""
        found = self._coordination.search(raw, np[0], cue, KEEP_GIL)
        return found is not None and found.start() < np[1]

    def joined_subjects(self, raw: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """The whole subject when the phrase *np* before a cue is the last of subjects joined by
        one of :attr:`COORDINATORS` from the sentence's start at *start* (``Tom Berg and his aides
        said``, ``Tom Berg, the mayor, and his aides said``): *np* opens with a determiner, the
        words before the coordinator, at most :attr:`MAX_APPOSITIVE_HEAD`, open with a name of
        two words and hold no clause (:meth:`holds_clause`) and no quotation mark; ``None``
        otherwise (``The bridge would close, and his aides said``, ``Real estate mogul and
        reality TV star Donald Trump said``: one person).

        .. versionadded:: 0.2
        """
        words = raw[start : np[0]].split()
        role = self.apposed_role_words(words)
        if role:
            words = words[:-role]  # ("Emma Clarke, 31, and her husband, James, said": the couple)
        if len(words) < 2 or words[-1].casefold() not in self._coordinators or len(words) - 1 > self.MAX_APPOSITIVE_HEAD:
            return None
        head = raw[np[0] : np[1]].split()
        if self.role_and_name(words, head):
            lead = start + len(raw[start : np[0]]) - len(raw[start : np[0]].lstrip())
            return lead, np[1]  # ("The mayor and Tom Berg said": both)
        opens = bool(role) or (bool(head) and head[0].casefold() in self._determiners) or self.apposed_then_name(words, head)
        if not head or not opens or not self.name_opens_subjects(words):
            return None  # ("Real estate mogul and reality TV star Donald Trump": one person)
        if any(m in raw[start : np[0]] for m in self._marks) or self.holds_clause(raw, start, np[0]):
            return None
        lead = start + len(raw[start : np[0]]) - len(raw[start : np[0]].lstrip())
        return lead, np[1]

    def listed_portfolio(self, raw: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """The whole title when the phrase *np* before a cue is a title and a name whose portfolio,
        the capitalised words before the title, is the end of a list of portfolios joined by commas
        and one of :attr:`COORDINATORS` (``..., Trade, Industry and Competition Minister Parks Tau
        said``, ``..., Forestry, Fisheries and the Environment Minister Dion George said``): *np*
        from the list's first item, which follows a comma or opens the sentence at *start*; at most
        :attr:`MAX_LISTED_NAMES` items of at most :attr:`MAX_PORTFOLIO_ITEM_WORDS` capitalised words
        (a determiner too), read back at most :attr:`PHRASE_WINDOW` characters.  ``None`` when
        *np* has no such title, or no list stands before it (``..., Environment Minister Dion George
        said``: *np* as read).

        .. versionadded:: 0.2"""
        words = raw[np[0] : np[1]].split()
        vocabulary = self.vocabulary
        title = next((k for k, w in enumerate(words) if k and vocabulary.is_title(w) and w[:1].isupper()), None)
        if title is None or title + 1 >= len(words) or not all(w[:1].isupper() for w in words[title + 1 :]):
            return None  # (a title, then a name of capitalised words)
        lead = words[:title]
        determiners, coordinators = self._determiners, self._coordinators
        if not all(w[:1].isupper() or w.casefold() in determiners or w.casefold() in coordinators for w in lead):
            return None
        joined = any(w.casefold() in coordinators for w in lead)
        floor = max(start, np[0] - self.PHRASE_WINDOW)
        pos = np[0]
        items = 0
        while items < self.MAX_LISTED_NAMES:
            before = raw[floor:pos].rstrip()
            tail = before.split()
            if not joined and tail and tail[-1].casefold() in coordinators:
                # ("Fisheries and the Environment Minister": the coordinator before the phrase read)
                tail, joined = tail[:-1], True
            elif tail and tail[-1].endswith(","):
                tail[-1] = tail[-1][:-1]
            else:
                break
            k = len(tail)
            while k and len(tail) - k < self.MAX_PORTFOLIO_ITEM_WORDS and tail[k - 1][:1].isupper() and tail[k - 1].isalpha():
                k -= 1
            if k == len(tail) or (k and tail[k - 1].casefold() in determiners):
                break
            cut = floor + len(" ".join(tail[:k]))  # (approximate: found again below)
            item = " ".join(tail[k:])
            found = raw.rfind(item, floor, pos)
            if found < 0 or found < cut - 1:
                break
            pos, items = found, items + 1
        if not items or not joined:
            return None
        before = raw[start:pos].rstrip()
        if before and not before.endswith(","):
            return None  # (the list follows the reported words' comma, or opens the sentence)
        if any(m in raw[pos : np[0]] for m in self._marks):
            return None
        return pos, np[1]

    def portfolio_list_after(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int] | None:
        """After an inverted cue, the whole title when the phrase *np* read there is the first item of
        a list of portfolios (:meth:`listed_portfolio`): one capitalised word and a comma, up to
        :attr:`MAX_LISTED_NAMES` such items, then capitalised words, one of :attr:`COORDINATORS`,
        maybe a determiner, at most :attr:`MAX_PORTFOLIO_ITEM_WORDS` capitalised words, a capitalised
        title and a capitalised name that ends the sentence or its clause (``..., said Trade, Industry
        and Competition Minister Parks Tau.``: the whole, not ``Trade``); ``None`` otherwise.

        .. versionadded:: 0.2"""
        words = list(islice(self._word.finditer(raw, np[0], min(stop, np[0] + self.PHRASE_WINDOW), False, KEEP_GIL),
                            self.MAX_LISTED_NAMES + 2 * self.MAX_PORTFOLIO_ITEM_WORDS + self.MAX_NAME_WORDS + 2))
        items = 0
        k = 0
        while k < len(words) and items < self.MAX_LISTED_NAMES and raw[words[k].end() : words[k].end() + 1] == ",":
            if not (words[k].group()[:1].isupper() and words[k].group().isalpha()):
                return None
            items, k = items + 1, k + 1
        if not items or words[0].end() != np[1]:
            return None  # (the phrase read stops at the first item's comma)
        while k < len(words) and words[k].group()[:1].isupper() and words[k].group().casefold() not in self._coordinators:
            k += 1
        if k >= len(words) or words[k].group().casefold() not in self._coordinators:
            return None
        k += 1
        if k < len(words) and words[k].group().casefold() in self._determiners:
            k += 1
        vocabulary = self.vocabulary
        portfolio = k
        while k < len(words) and words[k].group()[:1].isupper() and not (
            vocabulary.is_title(words[k].group()) and k + 1 < len(words) and not vocabulary.is_title(words[k + 1].group())
        ):
            k += 1
        if k >= len(words) or k - portfolio > self.MAX_PORTFOLIO_ITEM_WORDS or not vocabulary.is_title(words[k].group()):
            return None
        end = k + 1
        while end < len(words) and words[end].group()[:1].isupper() and not raw[words[end - 1].end() : words[end].start()].strip():
            end += 1
        if end == k + 1:
            return None  # (a title and no name)
        close = words[end - 1].end()
        if raw[close - 1] == "." and (close >= stop or not raw[close : close + 1].strip()):
            close -= 1  # (the sentence's full stop, no abbreviation's)
        rest = raw[close:stop].strip()
        if rest and rest[0] not in ".,;" and not rest[0].islower():
            return None  # (the name ends the clause, or a word in lower case follows it: "on Monday")
        if any(raw[words[i].end() : words[i + 1].start()].strip() not in ("", ",") for i in range(end - 1)):
            return None  # (only blanks and the list's commas between the words)
        return np[0], close

    def listed_subjects(self, raw: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """The whole list when the phrase *np* before a cue joins its last two names by one of
        :attr:`COORDINATORS` and the sentence, from *start*, opens with at most
        :attr:`MAX_LISTED_NAMES` names of two words or more, each set off by a comma, before it
        (``Ana Ortiz, Tom Berg and Eva Hall said``: all three, never ``Tom Berg and Eva Hall``
        alone); ``None`` otherwise (``In Lyon, Tom Berg and Eva Hall said``: the opening is no name).

        .. versionadded:: 0.2
        """
        head = raw[start : np[0]]
        if not head.rstrip().endswith(",") or not any(w.casefold() in self._coordinators for w in raw[np[0] : np[1]].split()):
            return None
        items = head.rstrip()[:-1].split(",")
        if len(items) > self.MAX_LISTED_NAMES or any(m in head for m in self._marks):
            return None
        if not all(self.listed_name(item.strip()) or self.surname_before_name(item.strip(), raw, np) for item in items):
            return None
        if items[0].split()[0].casefold() in self._salutations:
            return None  # ("Dear Ana Ortiz, Tom Berg and Eva Hall said": a letter's salutation, then its subject)
        parts, part = list(items), list[str]()
        for word in raw[np[0] : np[1]].split():
            if word.casefold() in self._coordinators:
                parts.append(" ".join(part))
                part = []
            else:
                part.append(word)
        parts.append(" ".join(part))
        if any(self.names_place(part.strip()) for part in parts):
            return None  # ("New York, Tom Berg and Eva Hall said": a place set off before the subject)
        return start + len(head) - len(head.lstrip()), np[1]

    def role_named_list(self, raw: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """The whole list when the phrase *np* before a cue, a lower-case role and a full name
        (``clerk Tom Berg``, ``school trustee Eva Hall``: :meth:`role_named_item`), follows one of
        :attr:`COORDINATORS` and items set off by commas from the sentence's start at *start*, at
        most :attr:`MAX_LISTED_NAMES`, each a full name after at most
        :attr:`MAX_ROLE_BEFORE_NAME` + 1 words (:meth:`role_named_item`: ``Mayor Ana Ruiz,
        challenger Lee Chan and clerk Tom Berg said``: all three, never the last alone); ``None``
        otherwise (``Real estate mogul and reality TV star Tom Berg said``: no name before the
        coordinator, one person; ``Police questioned Ana Ruiz and clerk Tom Berg said``).

        .. versionadded:: 0.2 (trialQ62b)"""
        words = raw[start : np[0]].split()
        named = raw[np[0] : np[1]].split()
        if not named or not named[0].islower() or any(m in raw[start : np[0]] for m in self._marks):
            return None
        if len(words) < 3 or words[-1].casefold() not in self._coordinators:
            return None
        if not self.role_named_item(named, self.MAX_ROLE_BEFORE_NAME + 1, False):
            return None
        items = " ".join(words[:-1]).removesuffix(",").split(",")
        if len(items) > self.MAX_LISTED_NAMES:
            return None
        lead = self.MAX_ROLE_BEFORE_NAME + 1
        if not all(self.role_named_item(item.split(), lead, k == 0) for k, item in enumerate(items)):
            return None
        return start + len(raw[start : np[0]]) - len(raw[start : np[0]].lstrip()), np[1]

    def role_named_item(self, words: Sequence[str], lead: int, first: bool) -> bool:
        """For :meth:`role_named_list`: whether *words* end in a name of two capitalised words or
        more (:meth:`names.is_name`) after at most *lead* words that are no stop word; in the
        list's *first* item, which opens the sentence, the last of them a title or a role noun
        (before a hyphen: ``councillor-elect``) or a possessive (``Mayor Ana Ruiz``, ``Ward 6's
        Tom Berg``; not ``Police questioned Tom Berg``, whose verb may read as a role).

        .. versionadded:: 0.2 (trialQ62b)"""
        vocabulary = self.vocabulary
        run = len(words)
        while run > 0 and words[run - 1][:1].isupper() and words[run - 1].isalpha():
            run -= 1
        while len(words) - run > 2 and (vocabulary.is_title(words[run]) or vocabulary.is_role_noun(words[run])):
            run += 1  # ("Mayor Ana Ruiz": the title before the name)
        if len(words) - run < 2 or run > lead or any(w.casefold() in self._stop for w in words[:run]):
            return False
        last = words[run - 1].partition("-")[0] if run else ""
        if first and run and not (vocabulary.is_title(last) or vocabulary.is_role_noun(last) or strip_possessive(last) != last):
            return False
        return self.names.is_name(" ".join(words[run:]))

    def subject_list_to(self, raw: str, sentence: tuple[int, int], np: tuple[int, int], cue: int) -> tuple[int, int] | None:
        """The whole list of people that opens the sentence (:meth:`subject_list`) when *np*, the
        phrase read before the cue at *cue*, is its last part (``The mayor, the governor and the
        sheriff said``, ``Residents, shopkeepers, and farmers said``: all of them, never the last
        one or two); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        listed = self.subject_list(raw, sentence, cue)
        if listed is None:
            listed = self.subject_list_after_opening(raw, sentence, cue)
        if listed is None or listed.end != np[1] or listed.start > np[0]:
            return None
        return listed.start, listed.end

    def subject_list_after_opening(self, raw: str, sentence: tuple[int, int], cue: int) -> Mention | None:
        """The list of people before the cue at *cue* (:meth:`subject_list`) when the sentence
        opens with something that is no item of it: a time phrase of at most
        :attr:`MAX_OPENING_TIME_WORDS` words, words of :attr:`TIME_PREPOSITIONS` then a weekday, a
        month or one of :attr:`TIME_NOUNS` (alone before a comma: ``Yesterday,``), maybe with a
        comma (``On Monday, the mayor, the governor and the sheriff said``, ``Last week
        residents, shopkeepers and farmers said``: the list, not the time); or an adjective
        capitalised as the sentence's first word before its noun (a first item of two words or
        more, no name), read as in lower case (``Angry residents, shopkeepers and farmers
        said``: all of them, the adjective the first item's).  ``None`` otherwise.

        .. versionadded:: 0.2 (fixL56)"""
        lead = sentence[0]
        while lead < cue and raw[lead].isspace():
            lead += 1
        words = list(islice(self._word.finditer(raw, lead, cue, False, KEEP_GIL), self.MAX_OPENING_TIME_WORDS + 1))
        time_end = self.opening_time_end(raw, words)
        if time_end is not None:
            start = time_end + 1 if raw[time_end : time_end + 1] == "," else time_end
            return self.subject_list(raw, (start, sentence[1]), cue)
        opening = self.opening_phrase_end(raw, lead, cue)
        if opening is not None:
            return self.subject_list(raw, (opening, sentence[1]), cue)  # ("Despite the rain, residents, ... said")
        if not words or not raw[lead].isupper() or words[0].group().casefold() in self._stop or "," not in raw[lead:cue]:
            return None
        first = raw[lead : raw.index(",", lead, cue)]
        if len(first.split()) < 2 or self.names.is_name(first):
            return None  # (the adjective and its noun: not "Smith, 45, and his wife", not a name "Tom Smith, ...")
        lowered = raw[lead].lower() + raw[lead + 1 : cue]  # (the words up to the cue, the first in lower case)
        listed = self.subject_list(lowered, (0, len(lowered)), len(lowered))
        return None if listed is None else self.mention(raw, (lead + listed.start, lead + listed.end))

    def opening_phrase_end(self, raw: str, lead: int, cue: int) -> int | None:
        """Where a phrase that opens a sentence at *lead* with one of :attr:`PREPOSITIONS` (none of
        :attr:`TIME_PREPOSITIONS`, read by :meth:`opening_time_end`) ends: right after the first
        comma before *cue*, when the phrase holds no verb (``Despite the rain, residents,
        shopkeepers and farmers said``: the list after it); ``None`` otherwise.

        .. versionadded:: 0.2"""
        first = self._word.match(raw, lead, cue)
        if first is None:
            return None
        low = first.group().casefold()
        if low not in self._prepositions or low in self._time_prepositions:
            return None
        comma = raw.find(",", first.end(), min(cue, first.end() + self.PHRASE_WINDOW))  # (bounded: linear per sentence)
        if comma < 0 or self.has_verb(raw, first.end(), comma):
            return None
        return comma + 1

    def subjects_after_opening(
        self, raw: str, sentence: tuple[int, int], np: tuple[int, int], cue: int
    ) -> tuple[int, int] | None:
        """The subject after a phrase of :attr:`PREPOSITIONS` that opens the sentence and ends at
        its first comma with no verb in it (``In a letter from Leeds,``, ``In a statement from
        London,``) when *np*, read before the cue at *cue*, runs over that comma (``a letter from
        Leeds, Tom Berg and Eva Hall``: ``Tom Berg and Eva Hall``) or is the last of subjects
        joined after it (``the mayor and the sheriff``, :meth:`joined_subjects`,
        :meth:`listed_subjects`, :meth:`names_joined_before`); ``None`` otherwise.

        .. versionadded:: 0.2"""
        lead = sentence[0]
        while lead < cue and raw[lead].isspace():
            lead += 1
        first = self._word.match(raw, lead, cue)
        if first is None or first.group().casefold() not in self._prepositions:
            return None
        comma = raw.find(",", first.end(), min(cue, first.end() + self.PHRASE_WINDOW))  # (bounded: linear per sentence)
        if comma < 0 or comma >= np[1] or self.has_verb(raw, first.end(), comma):
            return None
        start = comma + 1
        while start < np[1] and raw[start].isspace():
            start += 1
        if np[0] < start:
            # (the phrase ran over the opening's comma: the words after it, when they are a phrase)
            if not self.is_speaker_phrase(raw[start : np[1]], lenient=True):
                return None
            inner = self.phrase_before(raw, np[1], start, lenient=True) or (start, np[1])
            joined = self.joined_subjects(raw, start, inner) or self.listed_subjects(raw, start, inner)
            return joined or (start, np[1])
        joined = self.joined_subjects(raw, start, np) or self.listed_subjects(raw, start, np)
        return joined or self.names_joined_before(raw, start, np) or self.joined_roles(raw, start, np)

    def joined_roles(self, raw: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """*start* to the end of *np* when the words from *start* are a phrase of a determiner and
        at most :attr:`SHORT_SUBJECT` words, one of :attr:`COORDINATORS` and *np*, which opens with
        a determiner (``the mayor and the sheriff``): two speakers joined, both of them.

        .. versionadded:: 0.2"""
        if np[0] - start > self.PHRASE_WINDOW:
            return None  # (bounded: a short phrase only)
        words = raw[start : np[0]].split()
        if len(words) < 3 or len(words) > self.SHORT_SUBJECT or words[-1].casefold() not in self._coordinators:
            return None
        head = raw[np[0] : np[1]].split()
        if words[0].casefold() not in self._determiners or not head or head[0].casefold() not in self._determiners:
            return None
        if not self.is_speaker_phrase(" ".join(words[:-1]), lenient=False):
            return None
        return start, np[1]

    #: The most words of a picture's credit label before its colon (:meth:`without_credit_agency`:
    #: ``Photo``, ``Crédit photo``).
    #:
    #: .. versionadded:: 0.2 (mendL61)
    MAX_CREDIT_LABEL_WORDS: ClassVar[int] = 2

    def without_credit_agency(self, raw: str, np: tuple[int, int]) -> tuple[int, int]:
        """*np*, a speaker's phrase read before a cue, without a news agency of the vocabulary
        (``Vocabulary.is_agency``) that opens it right after a picture's credit label and its colon
        (a noun of :attr:`RECORDING_NOUNS` or one of the vocabulary's ``CREDIT_LABELS``, of at most
        :attr:`MAX_CREDIT_LABEL_WORDS` words, opening its line or after a sentence's end): the
        credit whose line end was lost, no part of the subject (``Photo: AFP Police said ...``:
        ``Police``; ``Image: Reuters Officials said``: ``Officials``); *np* itself otherwise, when
        nothing would be left (``Photo: Reuters said``) or an outlet's word follows the agency, its
        own outlet's name (:attr:`OUTLET_WORDS`: ``Photo: Reuters Television said``).

        .. versionadded:: 0.2 (mendL61)"""
        head = raw[max(0, np[0] - self.PHRASE_WINDOW) : np[0]].rstrip()
        if not head.endswith(":"):
            return np
        cut = max(head.rfind(mark, 0, len(head) - 1) for mark in ".!?\n")  # (the line's start or a sentence's end)
        label = head[cut + 1 : -1].split()
        if not label or len(label) > self.MAX_CREDIT_LABEL_WORDS or " ".join(label).casefold() not in self._credit_labels:
            return np
        words = list(self._word.finditer(raw, np[0], np[1], False, KEEP_GIL))
        for size in range(len(words) - 1, 0, -1):
            if self.vocabulary.is_agency(raw[np[0] : words[size - 1].end()]):
                return np if words[size].group().casefold() in self._outlet_words else (words[size].start(), np[1])
        return np

    def without_opening_time(self, raw: str, sentence: tuple[int, int], np: tuple[int, int]) -> tuple[int, int]:
        """*np*, a speaker's phrase read before a cue, without a time phrase that opens its
        sentence and runs into it with no comma (:meth:`opening_time_end`: ``Last week
        shopkeepers and farmers said``: ``shopkeepers and farmers``; ``This year farmers said``:
        ``farmers``); *np* itself when no such phrase reaches into it, when it ends in a month
        that may open a name (``In June Whitaker said``), or nothing would be left.

        .. versionadded:: 0.2"""
        lead = sentence[0]
        while lead < np[1] and raw[lead].isspace():
            lead += 1
        if lead > np[0]:
            return np
        words = list(self._word.finditer(raw, lead, np[1], False, KEEP_GIL))[: self.MAX_OPENING_TIME_WORDS + 1]
        end = self.opening_time_end(raw, words)
        if end is None or end <= np[0] or end >= np[1]:
            return np
        last = next(w for w in words if w.end() == end)
        if self.is_month_name(last.group()) and raw[last.end() : last.end() + 1] != ",":
            return np  # ("In June Whitaker said": a month that may be a given name, left to the resolution)
        start = end
        while start < np[1] and (raw[start].isspace() or raw[start] == ","):
            start += 1
        if start == end + 1 and self.is_capitalised_time_title(raw, last, start, np[1]):
            return np  # ("Last Week Tonight said": a title's words, no time phrase)
        return (start, np[1]) if self._word.match(raw, start, np[1]) is not None else np

    def is_capitalised_time_title(self, raw: str, last: regex.Match[str], start: int, end: int) -> bool:
        """Whether the time noun *last* that ends an opening time phrase is written capitalised
        (neither a weekday nor a month) and a capitalised word follows it at *start* before *end*,
        so that the words are a title's, a show's or a film's (``Last Week Tonight said``), not a
        time phrase before its subject (``Last week Tom Berg said``, ``Last Night of the Proms
        conductor Ana Ruiz said``: ``of`` after it).

        .. versionadded:: 0.2 (merge57)"""
        word = last.group()
        if not word[:1].isupper() or self.vocabulary.is_weekday(word) or self.is_month_name(word):
            return False
        following = self._word.match(raw, start, end)
        return following is not None and following.group()[:1].isupper()

    def names_joined_before(self, raw: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """The whole list when *np*, a person's name read before a cue (maybe after a relative
        clause set off by commas), follows one of :attr:`COORDINATORS` after at most
        :attr:`MAX_LISTED_NAMES` people's names (:meth:`listed_name`) set off by commas that open
        the sentence at *start* (``Ana Ortiz, Ben Lee and Lee Chan, who run the shop, said``: all
        three; ``Ana Ortiz and Lee Chan, who ...``: both); ``None`` otherwise (``Ana Ortiz met Tom
        Berg and Lee Chan``, ``In Lyon and Leeds``: a place).

        .. versionadded:: 0.2"""
        if np[0] - start > self.PHRASE_WINDOW:
            return None  # (bounded: a list that opens the sentence is short, and no sentence is read whole per cue)
        head = raw[start : np[0]].split()
        if len(head) > 3 and self.opens_subordinate_clause(head[0]) and head[1][:1].isupper():
            # ("After Ana Ortiz and Lee Chan, who run the shop, said ...": the clause's subject after its opener)
            start = raw.index(head[0], start) + len(head[0])
            head = head[1:]
        if len(head) < 3 or head[-1].casefold() not in self._coordinators or not self.names.is_name(raw[np[0] : np[1]]):
            return None
        items = " ".join(head[:-1]).split(",")
        if len(items) > self.MAX_LISTED_NAMES or any(m in raw[start : np[0]] for m in self._marks):
            return None
        if not all(self.listed_name(item.strip()) for item in items):
            return None
        if any(self.names_place(item.strip()) for item in [*items, raw[np[0] : np[1]]]):
            return None  # ("New York, Tom Berg and Eva Hall": a place set off before the subject)
        lead = start + len(raw[start : np[0]]) - len(raw[start : np[0]].lstrip())
        return lead, np[1]

    #: Words that link the people a subject names to the bodies or places it lists after them
    #: (``Residents of Leeds, Bradford and York said``, ``Players from Chile, Peru and Bolivia
    #: said``, ``Lawyers for Ana Ortiz, Tom Berg and Eva Hall said``): :meth:`object_list_head`.
    #: Empty: the rule is off (so in the French, German and Spanish packs).
    #:
    #: .. versionadded:: 0.2
    LIST_OBJECT_LINKS: ClassVar[tuple[str, ...]] = ("of", "from", "for", "in", "at")
    #: The most words of the people before one of :attr:`LIST_OBJECT_LINKS`, and of each listed
    #: item after it, for :meth:`object_list_head`.
    #:
    #: .. versionadded:: 0.2
    MAX_LIST_OBJECT_WORDS: ClassVar[int] = 3
    #: The most words in lower case after the last item of such a list that its items share
    #: (``Officials of Leeds, Bradford and York councils said``), for :meth:`object_list_head`.
    #:
    #: .. versionadded:: 0.2
    MAX_LIST_HEAD_NOUNS: ClassVar[int] = 2

    def object_list_head(self, raw: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """The whole subject when *np*, read before a cue, is the last part of a list of
        capitalised names (each of at most :attr:`MAX_LIST_OBJECT_WORDS` words, set off by commas,
        the last after one of :attr:`COORDINATORS`) that one of :attr:`LIST_OBJECT_LINKS` opens
        after people in the plural that open the sentence at *start* (``Residents of Leeds,
        Bradford and York said``, ``Players from Chile, Peru and Bolivia, who arrived Monday,
        said``: the people of all the places, never the last places); ``None`` otherwise (``Ana
        Ortiz of Leeds, Tom Berg and Eva Hall said``: one person first, the list may be people).

        .. versionadded:: 0.2"""
        links = self.LIST_OBJECT_LINKS
        if not links or np[1] - start > self.PHRASE_WINDOW:
            return None  # (bounded: such a subject opens the sentence, within PHRASE_WINDOW characters)
        lead = start + len(raw[start : np[0]]) - len(raw[start : np[0]].lstrip())
        words = raw[lead : np[1]].split(maxsplit=self.MAX_LIST_OBJECT_WORDS * (self.MAX_LISTED_NAMES + 2) + 2)
        at = next((k for k, w in enumerate(words[: self.MAX_LIST_OBJECT_WORDS + 1]) if w.casefold() in links), None)
        if not at or raw.find(words[at], lead) >= np[0]:
            return None
        people = words[at - 1].casefold()
        if not people.endswith(self.PRESENT_SUFFIX) or people.endswith(self.NOT_PRESENT_ENDINGS) or not self.PRESENT_SUFFIX:
            return None  # ("Ana Ortiz of Leeds": one person; "Residents", "Fans", "Players": people)
        if any(w.casefold() in self._stop and w.casefold() not in self._determiners for w in words[:at]):
            return None  # ("In a letter from Leeds, ..."): no subject before the link
        rest = raw[raw.find(words[at], lead) + len(words[at]) : np[1]]
        parts, joined = [], False
        for chunk in rest.split(","):
            pieces = chunk.split()
            if pieces and pieces[0].casefold() in self._coordinators:
                pieces, joined = pieces[1:], True
            split = next((k for k, w in enumerate(pieces) if w.casefold() in self._coordinators), None)
            if split is not None:
                parts += [pieces[:split], pieces[split + 1 :]]
                joined = True
            else:
                parts.append(pieces)
        if not joined or len(parts) < 2 or len(parts) > self.MAX_LISTED_NAMES + 1:
            return None
        last = parts[-1]
        named = next((k for k in range(len(last), 0, -1) if last[k - 1][:1].isupper()), 0)
        if 0 < named < len(last) and len(last) - named <= self.MAX_LIST_HEAD_NOUNS and all(w.isalpha() for w in last[named:]):
            # ("Officials of Leeds, Bradford and York councils said": the places' shared noun after the last)
            parts[-1] = last[:named]
        if not all(0 < len(p) <= self.MAX_LIST_OBJECT_WORDS and all(w[:1].isupper() for w in p) for p in parts):
            return None
        return lead, np[1]

    def closing_name_list(self, raw: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """The whole list when *np*, read before a cue, joins a word and a person's name by one of
        :attr:`COORDINATORS` after at most :attr:`MAX_LISTED_NAMES` single capitalised words each
        set off by commas, after the comma that closes reported words with a verb (``The plan will
        fail, Ortiz, Berg and Eva Hall said``: all three, surnames alone in a list are people;
        never the words to ``Ortiz``); ``None`` otherwise (``Prices rose in Leeds, York and Eva
        Hall said``: no comma before the first item; a place, a day or a month is no item).

        .. versionadded:: 0.2"""
        parts = raw[np[0] : np[1]].split()
        joins = [k for k, w in enumerate(parts) if k and w.casefold() in self._coordinators]
        if len(joins) != 1 or not self.listed_last(parts[: joins[0]], parts[joins[0] + 1 :]):
            return None
        floor = max(start, np[0] - self.PHRASE_WINDOW)
        pos, items = np[0], 0
        while items < self.MAX_LISTED_NAMES:
            before = raw[floor:pos].rstrip()
            if not before.endswith(","):
                break
            word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
            low = word.casefold()
            if not (word.isalpha() and word[:1].isupper()) or low in self._stop or low in self._determiners:
                break
            if self.names_place(word) or self.vocabulary.is_weekday(low) or self.is_month_name(word):
                return None  # ("..., Monday, Berg and Eva Hall said": a day or a place set off)
            pos, items = floor + len(before) - 1 - len(word), items + 1
        if not items or not ends_with(raw, floor, pos, ","):
            return None
        comma = raw.rindex(",", floor, pos)
        if not self.has_verb(raw, start, comma):
            return None  # (the comma must close reported words)
        return pos, np[1]

    def with_apposed_name(self, raw: str, np: tuple[int, int], cue_start: int) -> tuple[int, int]:
        """*np*, a list of places or bodies read by :meth:`object_list_head`, with the name set
        off by commas between it and the cue at *cue_start*, the last item's person (``The foreign
        ministers of France, Jean Roe, and Italy, Luca Neri, said``: to ``Luca Neri``); *np* as
        it is otherwise (``..., who met on Monday, said``).

        .. versionadded:: 0.2"""
        gap = raw[np[1] : cue_start]
        inner = gap.strip()
        if not (inner.startswith(",") and inner.endswith(",")) or not self.names.is_name(inner[1:-1].strip()):
            return np
        return np[0], np[1] + gap.rindex(",")

    def listed_name(self, item: str) -> bool:
        """Whether *item*, one set off by a comma in a list of subjects (:meth:`listed_subjects`),
        is a person's name: a name of two words or more, or one capitalised word the article
        names a person by, a fuller name of hers ending in it named earlier (:meth:`names_person`:
        ``Ortiz, Berg and Hall said`` after ``Ana Ortiz``; not ``Later, Berg and Hall said``).

        .. versionadded:: 0.2
        """
        words = item.split()
        if len(words) >= 2:
            return self.names.is_name(item) or self.titled_listed_name(words)
        return len(words) == 1 and words[0][:1].isupper() and self.names_person(words[0])

    def surname_before_name(self, item: str, raw: str, np: tuple[int, int]) -> bool:
        """For :meth:`listed_subjects`: whether *item* is one capitalised word, no opening adverb
        (:meth:`opening_adverb`), place, day or month, in a list whose last part, in *np* after one
        of :attr:`COORDINATORS`, is a full name (``Ortiz, Berg and Eva Hall said``: surnames
        alone in a list are people; not ``Later, Berg and Eva Hall said``).

        .. versionadded:: 0.2"""
        parts = raw[np[0] : np[1]].split()
        joins = [k for k, w in enumerate(parts) if k and w.casefold() in self._coordinators]
        if len(joins) != 1 or not self.listed_last(parts[: joins[0]], parts[joins[0] + 1 :]):
            return False
        low = item.casefold()
        if not (item.isalpha() and item[:1].isupper()) or low in self._stop or low in self._determiners:
            return False
        if self.opening_adverb(item) or self.names_place(item):
            return False
        return not (self.vocabulary.is_weekday(low) or self.is_month_name(item))

    def names_place(self, text: str) -> bool:
        """Whether *text*, read as a name, names a place: one of the vocabulary
        (:meth:`~newsparse.vocabulary.Vocabulary.is_place`: ``Hong Kong``), a country, or a name
        that opens with one of :attr:`PLACE_OPENERS` (``New York``).

        .. versionadded:: 0.2
        """
        words = text.split()
        vocabulary = self.vocabulary
        return bool(words) and (
            words[0] in self._place_openers or vocabulary.is_place(text) or vocabulary.country(text) is not None
        )

    def apposed_then_name(self, words: Sequence[str], head: Sequence[str]) -> bool:
        """For :meth:`joined_subjects`: whether the first subject, *words* up to the coordinator, is
        a name and an aside of at most :attr:`MAX_JOINED_ASIDE` words in lower case or a number set
        off by commas, the second right before the coordinator (``Tom Berg, the housing chief,
        and``, ``Tom Berg, 52, and``; not ``Tom Berg, a GP at the Harbour Clinic, and``), and the
        phrase after it, *head*, is a name of two words or more after its titles (``Ana Ruiz``,
        ``Cllr Ana Ruiz``): two people (``Real estate mogul and reality TV star Donald Trump``, with
        no comma, is one).

        .. versionadded:: 0.2
        """
        opening = next((i for i, w in enumerate(words[:-2]) if w.endswith(",")), None)
        if opening is None or not words[-2].endswith(","):
            return False
        aside = words[opening + 1 : -1]  # ("the housing chief,", "52,": in lower case or a number only)
        if not 0 < len(aside) <= self.MAX_JOINED_ASIDE:
            return False
        if not all(w.rstrip(",")[:1].islower() or w.rstrip(",").isdigit() for w in aside):
            return False
        # (nor a role in lower case that a noun for people ends: "and retired teacher Leo Fitch, 78,"; mendQ64)
        return self.named_after_roles(head)

    def named_after_roles(self, head: Sequence[str]) -> bool:
        """Whether *head*, the words after a coordinator, is a name of two words or more after its
        titles (``Cllr Ana Ruiz``) or a role in lower case (:meth:`lower_role_words`: ``retired
        teacher Leo Fitch``), which are no part of it.

        .. versionadded:: 0.2 (mendQ64)"""
        titles = self.lower_role_words(head)
        while titles < len(head) - 2 and self.vocabulary.is_title(head[titles]):
            titles += 1
        return len(head) - titles >= 2 and self.names.is_name(" ".join(head[titles:]))

    #: The most words of the aside :meth:`apposed_then_name` reads between the first subject's
    #: commas (``Tom Berg, the housing chief, and Ana Ruiz``).
    #:
    #: .. versionadded:: 0.2
    MAX_JOINED_ASIDE: ClassVar[int] = 4

    def apposed_pair(self, raw: str, np: tuple[int, int], cue_start: int) -> tuple[int, int] | None:
        """The two people joined when the phrase *np* read before the cue at *cue_start* is the first
        of two names, each set off with an aside of its own (:meth:`apposed_aside`), joined by one
        of :attr:`COORDINATORS` (``Sen. Ana Ruiz, a Democrat, and Rep. Tom Berg, a Republican, both
        said``, ``Ana Ruiz, 19, and pensioner Tom Berg, 78, said``): from *np* to the second name
        (after its titles or a role in lower case, :meth:`lower_role_words`), when only the second
        aside and maybe one of :attr:`FLOATING_QUANTIFIERS` follow it; ``None`` otherwise
        (``Ana Ruiz, a Democrat, and the bill's author said``: no name of two words).

        .. versionadded:: 0.2 (mendQ64)
        """
        if cue_start - np[1] > self.NAMING_WINDOW or any(m in raw[np[1] : cue_start] for m in self._marks):
            return None
        pieces = raw[np[1] : cue_start].split(",")
        if len(pieces) not in (4, 5) or pieces[0].strip() or not self.apposed_aside(pieces[1]):
            return None
        second = pieces[2].split()
        if len(second) < 3 or second[0].casefold() not in self._coordinators:
            return None
        if not self.named_after_roles(second[1:]):
            return None
        tail = pieces[-1].split()
        if len(pieces) == 5 and not self.apposed_aside(pieces[3]):
            return None
        if len(pieces) == 4 and pieces[3].strip() and not self.apposed_aside(pieces[3]):
            return None
        if len(pieces) == 5 and not (not tail or (len(tail) == 1 and tail[0].casefold() in self._floating)):
            return None
        end = np[1] + len(pieces[0]) + 1 + len(pieces[1]) + 1 + len(pieces[2].rstrip())
        return np[0], end

    def apposed_aside(self, piece: str) -> bool:
        """Whether *piece*, the words between two commas after a name, is an age or a short
        description of the name before it: at most :attr:`MAX_JOINED_ASIDE` words, a number or
        words that open in lower case (``78``, ``the housing chief``), or a determiner and one
        capitalised word (``a Democrat``, ``a Briton``); not ``a GP at the Harbour Clinic``.

        .. versionadded:: 0.2 (mendQ64)
        """
        words = piece.split()
        if not 0 < len(words) <= self.MAX_JOINED_ASIDE:
            return False
        if len(words) == 2 and words[0].casefold() in self._determiners and words[1].isalpha():
            return True
        return all(w[:1].islower() or w.isdigit() for w in words)

    def lower_role_words(self, head: Sequence[str]) -> int:
        """How many words open *head*, a phrase before a name, as a role in lower case: at most
        :attr:`MAX_ROLE_BEFORE_NAME` words in lower case, the last a noun for people
        (:meth:`is_people_noun`, by its ending too) and a capitalised word after it (``pensioner
        Leo Fitch``, ``retired teacher Leo Fitch``: 2); 0 for none (``the bridge Leo Fitch``).

        .. versionadded:: 0.2 (mendQ64)
        """
        count = 0
        while count < min(self.MAX_ROLE_BEFORE_NAME, len(head) - 1) and head[count].isalpha() and head[count].islower():
            count += 1
        if count and head[count][:1].isupper() and self.is_people_noun(head[count - 1], personal=True):
            return count
        return 0

    def role_and_name(self, words: Sequence[str], head: Sequence[str]) -> bool:
        """For :meth:`joined_subjects`: whether the first subject, *words* up to the coordinator,
        opens the sentence with a determiner or a possessive one and at most :attr:`MAX_ROLE_BEFORE_NAME`
        words in lower case, the last a noun for people only or a kin word (``The mayor and``, ``His
        wife and``; not ``The bridge and``), and the phrase
        after the coordinator, *head*, is a name of two words or more with no title before it
        (``Tom Berg``): two people (``The mayor and Fire Chief Tom Berg``, ``the chairman and chief
        executive Tom Berg`` may be one).

        .. versionadded:: 0.2
        """
        role = words[1:-1]
        opener = words[0].casefold()
        if not 0 < len(role) <= self.MAX_ROLE_BEFORE_NAME:
            return False
        if not (opener in self._determiners or opener in self._possessive_determiners):
            return False
        if not all(w.islower() and w.isalpha() for w in role):
            return False
        if not (self.is_people_noun(role[-1]) or role[-1] in self._gender_words):
            return False
        return len(head) >= 2 and not self.vocabulary.is_title(head[0]) and self.names.is_name(" ".join(head))

    def aged_name_word(self, word: str, following: str) -> bool:
        """For :meth:`name_opens_subjects`: whether *word*, one capitalised word set off by a
        comma, is a person's name because an age of at most :attr:`MAX_AGE_DIGITS` digits and a
        comma follow it (``Smith, 45, and his wife``): a name word of the name model, no pronoun,
        determiner, stop word, month or weekday (``In 2020, 45, ...`` is no name).

        .. versionadded:: 0.2 (wv56)"""
        age = following[:-1] if following.endswith(",") else ""
        if not age.isdigit() or len(age) > self.MAX_AGE_DIGITS or not word[:1].isupper() or not word.isalpha():
            return False
        low = word.casefold()
        if low in self._pronouns or low in self._determiners or low in self._stop or self.is_date_name(word):
            return False
        return self.names.is_name_word(word)

    def name_opens_subjects(self, words: Sequence[str]) -> bool:
        """Whether *words*, the subjects before a coordinator, open with a name of two words, maybe
        after :attr:`MAX_ROLE_BEFORE_NAME` words that are a determiner, in lower case or a title
        (``Tom Berg``, Spanish ``La vecina Ana Ruiz``, French ``le maire Paul Girard``, ``Local MP
        Sarah Jones``: the sentence's capital on a role's first word when a title follows it), or
        with one word set off by a comma that the article named a person by in full before
        (:meth:`names_person`: ``Smith, 45, and his wife`` after ``Tom Smith``).

        .. versionadded:: 0.2
        """
        if words and words[0].endswith(",") and words[0][:1].isupper() and self.names_person(words[0][:-1]):
            return True  # ("Smith, 45, and his wife said" after "Tom Smith": the surname the article gave in full)
        if len(words) > 1 and words[0].endswith(",") and self.aged_name_word(words[0][:-1], words[1]):
            return True  # ("Smith, 45, and his wife said": an age sets off a person's name, named in full or not)
        if self.role_set_off_name(words):
            return True  # ("The families' lawyer, Tom Berg, and the campaign group said": the lawyer named)
        vocabulary = self.vocabulary
        for skip in range(min(self.MAX_ROLE_BEFORE_NAME, len(words) - 2) + 1):
            before = words[:skip]
            # (a title written in capitals, and the sentence's capital on a role's first word: "Local MP Sarah Jones")
            titled = any(vocabulary.is_title(w) or vocabulary.is_role_noun(w) for w in before[1:])
            if all(
                w.casefold() in self._determiners or w.islower() or vocabulary.is_title(w)
                or (i == 0 and titled and w[1:].islower())
                for i, w in enumerate(before)
            ) and (
                self.names.is_name(" ".join(words[skip : skip + 2]).rstrip(","))
            ):
                return True
        return False

    def role_set_off_name(self, words: Sequence[str]) -> bool:
        """Whether *words*, the subjects before a coordinator, are a role and the name set off after
        it: a determiner, at most :attr:`MAX_POSSESSED_WORDS` words in lower case (a possessive
        too) and a comma, then a name of two words or more and a comma (``The families' lawyer,
        Tom Berg, and``, ``The union's lawyer, Tom Berg, and``): one person named.

        .. versionadded:: 0.2 (mendQ64)
        """
        if len(words) < 5 or not words[-2].endswith(",") or words[0].casefold() not in self._determiners:
            return False
        comma = next((i for i, w in enumerate(words[:-2]) if w.endswith(",")), None)
        if comma is None or not 0 < comma <= self.MAX_POSSESSED_WORDS:
            return False
        if not all(w.rstrip(",").replace("'", "").replace("’", "").isalpha() and w.islower() for w in words[1 : comma + 1]):
            return False
        if not self.is_people_noun(words[comma][:-1], personal=True):
            return False  # (a role, a noun for people: not "The bridge, Tom Berg, and")
        name = " ".join(words[comma + 1 : -1]).rstrip(",")
        return len(name.split()) >= 2 and "," not in name and self.names.is_name(name)

    def apposed_role_words(self, words: Sequence[str]) -> int:
        """How many of *words*, the words before a name that a cue follows, are a role set off
        before it in apposition right after one of :attr:`COORDINATORS`: a determiner or a
        possessive one, at most :attr:`MAX_POSSESSED_WORDS` words, a comma after the last (``and
        her husband,`` before ``James``: 2); 0 for none.

        .. versionadded:: 0.2
        """
        for count in range(1, min(self.MAX_POSSESSED_WORDS, len(words) - 1) + 1):
            if words[-count - 1].casefold() in self._coordinators:
                first = words[-count].casefold()
                apposed = first in self._determiners or first in self._possessive_determiners
                return count if apposed and words[-1].endswith(",") and not words[-1].startswith(",") else 0
        return 0

    def name_before_subject(self, raw: str, start: int, np: tuple[int, int], cue_start: int) -> tuple[int, int] | None:
        """The span of a person's name that opens the sentence at *start* when the phrase *np*
        before the cue is the last part of a description of that name whose closing comma is
        missing (``Chad Hawk, vice president of PMG, a grading company in Florida told Fox the
        market was hot.``: Chad Hawk, not the company): the name (two words or more, the
        vocabulary's :meth:`~newsparse.names.Names.is_name`, after a title: ``Mr. Chad Hawk``) stands
        alone before the first comma,
        up to :attr:`MAX_DESCRIPTION_PARTS` parts set off by commas follow it, *np* among them,
        each in lower case (or after a determiner), with no verb, no coordinator and no quotation
        mark, and the first describes one person (:meth:`describes_one_person`); all within
        :attr:`NAMING_WINDOW` characters before *np*.  ``None`` otherwise (``Tom Berg, the mayor,
        and his aides said``).

        .. versionadded:: 0.2
        """
        if np[0] - start > self.NAMING_WINDOW:
            return None  # (bounded: a name that opens the sentence stands near the cue)
        head = raw[start : np[0]].rstrip()
        if not head.endswith(",") or any(mark in raw[start : np[1]] for mark in self._marks):
            return None
        pieces = head[:-1].split(",")
        if not 2 <= len(pieces) <= self.MAX_DESCRIPTION_PARTS:
            return None
        name = pieces[0].strip()
        bare = name.split(maxsplit=1)  # ("Mr. Chad Hawk": a title before the name)
        if len(bare) == 2 and self.vocabulary.is_title(bare[0]):
            bare = bare[1:]
        if len(" ".join(bare).split()) < 2 or not self.names.is_name(" ".join(bare)):
            return None
        for part in [*pieces[1:], raw[np[0] : np[1]]]:
            words = part.split()
            if not words or not (words[0][:1].islower() or words[0].casefold() in self._determiners):
                return None
            if words[0].casefold() in self._coordinators or self.is_clause(part):
                return None
        comma = start + len(pieces[0])
        if not self.describes_one_person(raw, comma, cue_start):
            return None
        first = start + len(pieces[0]) - len(pieces[0].lstrip())
        return first, first + len(name)

    def name_before_aside(self, raw: str, start: int, np: tuple[int, int], cue_start: int) -> tuple[int, int] | None:
        """The span of a person's name that opens the sentence at *start* when the phrase *np*
        before the cue is that person's description, the description's closing comma given way to
        an aside set off by two of :attr:`CLOSING_ATTRIBUTION_DASHES` (``Ana Ruiz, director of
        Friends of Parks - which was founded in 1990 - said``: Ana Ruiz, never the group): the
        name (two words or more, after a title: ``Dr. Ana Ruiz``) and a comma, then *np*, or a
        description and another name for its body after one of :attr:`ALIAS_WORDS` (``director
        of Friends of Parks, or FOP - which ... - said``: *np* the alias), describing one person
        (:meth:`describes_one_person`); within :attr:`NAMING_WINDOW` characters.  ``None``
        otherwise.

        .. versionadded:: 0.2
        """
        if np[0] - start > self.NAMING_WINDOW:
            return None
        aside = raw[np[1] : cue_start].strip()
        dashes = self.CLOSING_ATTRIBUTION_DASHES
        if len(aside) < 3 or aside[0] not in dashes or aside[-1] not in dashes or not aside[1].isspace():
            return None  # (a dash on each side, a blank inside the first: not "well-known")
        if any(mark in raw[start:cue_start] for mark in self._marks):
            return None
        head = raw[start : np[0]]
        comma = head.find(",")
        if comma < 0:
            return None
        rest = head[comma + 1 :].split()
        if rest:
            # (the alias: "director of Friends of Parks, or FOP")
            alias = raw[np[0] : np[1]].split()
            if len(alias) != 1 or not alias[0][:1].isupper() or rest[-1].casefold() not in self._alias_words:
                return None
            if len(rest) < 2 or not rest[-2].endswith(",") or "," in " ".join(rest)[:-len(rest[-1]) - 2]:
                return None  # (one description before the alias, set off by one comma)
        name = head[:comma].strip()
        bare = name.split(maxsplit=1)
        if len(bare) == 2 and self.vocabulary.is_title(bare[0]):
            bare = bare[1:]
        if len(" ".join(bare).split()) < 2 or not self.names.is_name(" ".join(bare)):
            return None
        if not self.describes_one_person(raw, start + comma, np[1]):
            return None
        first = start + len(head[:comma]) - len(head[:comma].lstrip())
        return first, first + len(name)

    def describes_one_person(self, raw: str, comma: int, stop: int) -> bool:
        """Whether the words after the comma at *comma*, up to the next comma or *stop*, describe one
        person: they open with a determiner, a title (``Chairman of ...``) or a word in lower case, hold no possessive before
        their head's link (nor open with one of :attr:`POSSESSIVE_DETERMINERS`: ``her lawyer`` is
        someone else; ``chairman of the exporters' association`` is one person) and their head,
        the word before the first of :attr:`ROLE_LINKS` or else their last word, is a noun for one
        person (``chairman of the exporters' association``, ``an aide to the minister``; not
        ``officials``, ``police``)."""
        next_comma = raw.find(",", comma + 1, stop)
        phrase = raw[comma + 1 : stop if next_comma < 0 else next_comma].split()
        if not phrase:
            return False
        first = phrase[0]
        if not (first[:1].islower() or first.casefold() in self._determiners or self.vocabulary.is_title(first)):
            return False  # (a capitalised title opens one too: "Chairman of the port authority")
        link = next((i for i, w in enumerate(phrase) if i > 0 and w.casefold() in self._role_links), len(phrase))
        if any(strip_possessive(w) != w for w in phrase[:link]) or first.casefold() in self._possessive_determiners:
            return False  # ("the city's mayor", "her lawyer"; not "chairman of the exporters' association")
        head = phrase[link - 1].rstrip(".,").casefold()
        # (a group noun for one person speaks for the name: "Tom Berg, a spokesman for the port")
        return head not in self._collectives and self.is_singular_person_noun(head)

    def subject_with_aside(self, raw: str, start: int, end: int) -> bool:
        """Whether ``raw[start:end]``, before an inverted cue, is the cue's subject with a relative
        clause set off by commas rather than reported words (``The pastor, who had driven all night
        to reach the town, said a prayer ...``): a phrase that can name a speaker, with no verb in it
        (:meth:`is_clause`), then a comma and one of :attr:`RELATIVE_PRONOUNS`; any noun after an
        article may name one (*lenient*)."""
        comma = raw.find(",", start, end)
        if comma < 0:
            return False
        relative = self._word.match(raw, comma + 1 + len(raw[comma + 1 : end]) - len(raw[comma + 1 : end].lstrip()), end)
        if relative is None or not self.opens_relative(raw, relative, end):
            return False
        phrase = raw[start:comma].strip()
        words = phrase.split()
        if not words or any(map(self.is_past_verb, words)) or self.is_clause(phrase):
            return False
        if self.verb_after_relative(raw, comma, end):
            return False  # ("The pastor, who had driven all night, was tired, said Tom Berg.": a clause)
        return self.is_speaker_phrase(phrase, lenient=True)

    def after_opening_word(self, raw: str, start: int, end: int) -> int:
        """*start* moved past one word that opens the sentence before a comma
        (:meth:`opening_adverb`: ``Undeterred,``, ``Unbeirrt,``) when a phrase follows it before
        *end*; *start* otherwise.

        .. versionadded:: 0.2
        """
        comma = raw.find(",", start, end)
        if comma < 0 or not raw[comma + 1 : end].strip() or not self.opening_adverb(raw[start:comma].strip()):
            return start
        return comma + 1

    def opens_relative(self, raw: str, word: regex.Match[str], end: int) -> bool:
        """Whether *word*, right after a comma, opens a relative clause that closes with a comma
        before *end*: one of :attr:`RELATIVE_PRONOUNS`, or one of :attr:`ARTICLE_RELATIVES` when
        the clause's last word is a finite verb (:meth:`is_verb`: ``die seit 2015 im Amt ist,``;
        not ``die Stadt,``).

        .. versionadded:: 0.2
        """
        low = word.group().casefold()
        if low in self._relatives:
            return True
        if low not in self._article_relatives:
            return False
        close = raw.find(",", word.end(), end)
        words = raw[word.end() : close].split() if close >= 0 else []
        return len(words) > 1 and words[-1].islower() and self.closes_relative_clause(words)

    def closes_relative_clause(self, words: Sequence[str]) -> bool:
        """Whether the last of *words*, a clause after one of :attr:`ARTICLE_RELATIVES`, is the
        clause's finite verb: one :meth:`is_verb` knows (``die seit 2015 im Amt ist``), or, with
        :attr:`VERB_FINAL_RELATIVES`, any word of lower-case letters when no word before it is a
        verb (``die das Paket als „unausgewogen“ bezeichnete``; not ``die Reform sei gut``, whose
        verb stands inside: a clause of its own).

        .. versionadded:: 0.2"""
        last = words[-1]
        if self.is_verb(last.casefold()):
            return True
        if not self.VERB_FINAL_RELATIVES or not (last.isalpha() and last.islower()):
            return False
        return not any(self.is_verb(w.casefold().strip(",;:")) for w in words[:-1])

    def verb_after_relative(self, raw: str, comma: int, end: int) -> bool:
        """Whether the relative clause after *comma* closes with a comma before *end* and a finite
        verb in lower case opens the words after it (``The pastor, who had driven all night, was
        tired, said Tom Berg.``: the subject's own verb, so the words before the cue are a clause).

        .. versionadded:: 0.2
        """
        close = raw.find(",", comma + 1, end)
        if close < 0:
            return False
        word = self._word.search(raw, close + 1, end)
        return word is not None and word.group().islower() and self.is_verb(word.group())

    def told_then_that(self, raw: str, pos: int, stop: int) -> regex.Match[str] | None:
        """Up to a few words of object after a cue of :attr:`OBJECT_VERBS` ending at *pos*, then one
        of :attr:`THAT_WORDS` (``told an Iowa audience that``).  In a language of
        :attr:`RECIPIENT_WORDS`, where ``que`` is also a relative pronoun, the object must be the
        one told (:meth:`names_recipient`) with no comma before ``que`` (French ``a indiqué aux
        journalistes que``; not ``a annoncé le projet que la ville prépare``, ``a répondu aux
        questions que``, Spanish ``reconoció a su hijo, que estaba``); ``None`` otherwise, and when
        the object holds an infinitive (:meth:`object_infinitive`: ``urged Tom Hale to concede that``,
        ``told the mayor to admit that``: the clause is the infinitive's, what the one told is to
        say, no words of the speaker's; spk52).

        .. versionadded:: 0.2
        """
        that = self._object_that.match(raw, pos, stop, KEEP_GIL)
        if that is not None and self.object_infinitive(raw, that.start("object"), that.end("object")):
            return None
        if that is None or not self._recipient_words:
            return that
        return None if that["comma"] or not self.names_recipient(that["object"]) else that

    #: The most words :meth:`told_setting_that` reads between a cue and ``that``: the one told
    #: and where and when it was told.
    #:
    #: .. versionadded:: 0.2 (trialQ63; one reading for every language since fixQ64b)
    MAX_TOLD_SETTING_WORDS: ClassVar[int] = 10

    def told_setting_that(self, raw: str, pos: int, stop: int) -> int | None:
        """Where the clause starts after a cue of :attr:`OBJECT_VERBS` ending at *pos* when the one
        told (:meth:`names_told`), then where and when (:meth:`setting_words`, or after the first
        of :attr:`PLACE_PREPOSITIONS` any words :meth:`open_setting` allows), then one of
        :attr:`THAT_WORDS` stand between, with no comma, colon or quotation mark, at most
        :attr:`MAX_TOLD_SETTING_WORDS` words, too long for :meth:`told_then_that` (``told a press
        conference at the company's headquarters that the offering ...``, Spanish ``La ministra dijo
        a El País en Madrid el domingo que dimitiría``); ``None`` otherwise (``dijo a la prensa la
        noticia que ...``: the words after the one told are no setting, and ``que`` may be a
        relative), and, in a language without :attr:`DROPPED_SUBJECTS`, when the word after ``that``
        is an auxiliary or a verb :meth:`is_verb` knows (``told a crowd at the rally that had
        gathered``: a relative clause; Spanish ``que dimitiría`` drops its subject).  The clause starts
        right after ``that``, so a quotation after it keeps its opening mark, read as after ``said
        that`` (fixQ64).

        .. versionadded:: 0.2 (trialQ63; one reading for every language since fixQ64b)"""
        words, lows = self.words_after_cue(raw, pos, stop, self.MAX_TOLD_SETTING_WORDS + 2)
        that = next((i for i, low in enumerate(lows) if low in self._that_words), None)
        if that is None or that < 3 or that > self.MAX_TOLD_SETTING_WORDS or that + 1 >= len(words):
            return None
        if raw[pos : words[0].start()].strip() or not self.unbroken(raw[pos : words[that].start()]):
            return None
        texts = [w.group() for w in words[:that]]
        # (the first place's preposition may open any words with no verb: "at Philadelphia's Union League club")
        place = next((i for i in range(1, that - 1) if lows[i] in self._place_prepositions), None)
        if not any(
            (self.setting_words(texts[k:]) or (k == place and self.open_setting(lows[k + 1 : that])))
            and self.names_told(raw[words[0].start() : words[k - 1].end()])
            for k in range(1, that - 1)
        ):
            return None
        after = lows[that + 1]
        if not self.DROPPED_SUBJECTS and (self.is_verb(after) or after in self._clause_auxiliaries):
            return None  # ("told a crowd at the rally that had gathered": a relative clause)
        return self.start_after(raw, words[that].end(), stop)  # (a quotation after "that" keeps its opening mark)

    def words_after_cue(self, raw: str, pos: int, stop: int, most: int) -> tuple[list[regex.Match[str]], list[str]]:
        """The first *most* words after a cue ending at *pos*, within twice :attr:`PHRASE_WINDOW`
        characters and before *stop*, and the same words in lower case: what
        :meth:`told_setting_that`, :meth:`relative_after_told` and :meth:`recipient_relative_que`
        read between a cue and the ``that`` that opens the report.

        .. versionadded:: 0.2 (mend66, out of those three)"""
        reach = min(stop, pos + self.PHRASE_WINDOW * 2)
        words = list(islice(self._word.finditer(raw, pos, reach, False, KEEP_GIL), most))
        return words, [w.group().casefold() for w in words]

    def unbroken(self, between: str) -> bool:
        """Whether *between*, the words from a cue to the ``that`` that opens its report, hold none of
        :attr:`REPORT_BREAK_MARKS` and no quotation mark (``told reporters, who ..., that``: the
        report is not read across them).

        .. versionadded:: 0.2 (mend66)"""
        return not any(c in between for c in self.REPORT_BREAK_MARKS) and not any(m in between for m in self._marks)

    @staticmethod
    def start_after(raw: str, end: int, stop: int) -> int:
        """Where the words after *end* (the end of the ``that`` that opens a report) start, before
        *stop*: the blanks after it passed, so that the span opens on the quotation mark or the word.

        .. versionadded:: 0.2 (mend66)"""
        while end < stop and raw[end].isspace():
            end += 1
        return end

    #: The punctuation that no report opened by a ``that`` after the one told reads across
    #: (:meth:`unbroken`).
    #:
    #: .. versionadded:: 0.2 (mend66)
    REPORT_BREAK_MARKS: ClassVar[str] = ",;:"

    #: The most words :meth:`told_relative_that` reads between a cue and the ``that`` that opens
    #: the report: the one told and a relative clause on them.
    #:
    #: .. versionadded:: 0.2 (fixQ64)
    MAX_TOLD_RELATIVE_WORDS: ClassVar[int] = 14

    def told_relative_that(self, raw: str, pos: int, stop: int) -> int | None:
        """Where the clause starts after a cue of :attr:`OBJECT_VERBS` ending at *pos* when the one
        told (:meth:`names_told`), maybe a place (one of :attr:`PLACE_PREPOSITIONS` and words with no
        verb), a relative clause on them (one of :attr:`RELATIVE_PRONOUNS`, then a
        verb or one of :attr:`CLAUSE_AUXILIARIES`) and then one of :attr:`THAT_WORDS` stand between,
        no comma, colon or mark, at most :attr:`MAX_TOLD_RELATIVE_WORDS` words (``told a crowd
        that had gathered outside that ...``, ``told reporters who had gathered at the quay that
        ...``: the relative opens no report, the later ``that`` does); right after that ``that``
        (the quotation or words after it); ``None`` when a verb stands right before that ``that``
        (``told reporters who asked that ...``: the relative's own clause, maybe), otherwise and in
        a language of :attr:`RECIPIENT_WORDS` (``que`` is both there).

        .. versionadded:: 0.2 (fixQ64)"""
        found = self.relative_after_told(raw, pos, stop)
        if found is None:
            return None
        words, lows, relative = found
        that = self.that_after_relative(lows, relative)
        if that is None:
            return None  # ("told reporters who asked that ...": the relative's own clause, maybe)
        if not self.unbroken(raw[pos : words[that].start()]):
            return None
        return self.start_after(raw, words[that].end(), stop)

    def relative_after_told(self, raw: str, pos: int, stop: int) -> tuple[list[regex.Match[str]], list[str], int] | None:
        """For :meth:`told_relative_that`: the words after a cue ending at *pos* (at most
        :attr:`MAX_TOLD_RELATIVE_WORDS` and one), the same in lower case, and the index of the
        relative pronoun that opens a clause on the one told (:meth:`names_told`), a verb, a cue
        or an auxiliary after it, maybe after a pronoun (``told voters who she said had been
        misled``, lang65); ``None`` when no such clause follows, and in a language of
        :attr:`RECIPIENT_WORDS`.

        .. versionadded:: 0.2 (lang65, out of :meth:`told_relative_that`)"""
        if self._recipient_words or not self._relatives:
            return None
        words, lows = self.words_after_cue(raw, pos, stop, self.MAX_TOLD_RELATIVE_WORDS + 1)
        relative = next((i for i, low in enumerate(lows) if low in self._relatives or low in self._that_words), None)
        if relative is None or relative == 0 or lows[relative] not in self._relatives or relative + 2 >= len(words):
            return None
        after = lows[relative + 1]
        if after in self._pronouns and lows[relative] not in self._that_words and self.verb_or_cue(lows[relative + 2]):
            # ("told voters who she said had been misled that ...": lang65; never "told reporters that he had ...",
            # the report's own "that")
            after = lows[relative + 2]
        if not (self.verb_or_cue(after) or after in self._clause_auxiliaries):
            return None  # ("told reporters that officials ...": the report's own "that")
        # (the one told ends before a place: "a crowd at the rally")
        place = next((i for i in range(1, relative) if lows[i] in self._place_prepositions), relative)
        if any(self.is_verb(low) for low in lows[place + 1 : relative]):
            return None
        if not self.names_told(" ".join(w.group() for w in words[:place])):
            return None
        return words, lows, relative

    def relative_leaves_report_unclear(self, raw: str, pos: int, stop: int) -> bool:
        """Whether a relative clause opened by a pronoun that is none of :attr:`THAT_WORDS` follows
        the one told after a cue ending at *pos* (:meth:`relative_after_told`), two ``that`` after
        it, and :meth:`that_after_relative` finds none that opens the report: both are the
        relative's own (``told a man who said that the plan that he drafted was good``), so the
        sentence reports nothing told, no span rather than a wrong one (lang65); one ``that``
        alone is read as before (``told reporters who asked that the gates would stay shut``:
        fixQ64's reading, the told clause maybe).

        .. versionadded:: 0.2 (lang65)"""
        found = self.relative_after_told(raw, pos, stop)
        if found is None:
            return False
        _, lows, relative = found
        if lows[relative] in self._that_words or self.that_after_relative(lows, relative) is not None:
            return False
        return sum(low in self._that_words for low in lows[relative + 1 :]) >= 2

    def verb_or_cue(self, low: str) -> bool:
        """Whether *low*, a word in lower case, is a verb (:meth:`is_verb`) or a cue on its own
        (:meth:`is_cue_word`: ``said``, which no ending shows).

        .. versionadded:: 0.2 (lang65)"""
        return self.is_verb(low) or self.is_cue_word(low)

    def that_after_relative(self, lows: Sequence[str], relative: int) -> int | None:
        """For :meth:`told_relative_that`: the index in *lows* (words in lower case from the one told)
        of the word of :attr:`THAT_WORDS` that opens the report after the relative clause opened at
        *relative*: the first after it whose word before is no verb taking a clause of its own
        (a cue, ``said``, or a verb no auxiliary of :attr:`PASSIVE_AUXILIARIES` nor
        :attr:`CLAUSE_AUXILIARIES` stands before, ``asked``), passing the relative's own reported
        clause (``told a man who said that he was lost that ...``: the last ``that``; ``told voters
        who she said had been misled that ...``: after ``been misled``); ``None`` when, past such a
        clause, one after a determiner and a noun comes first (``who said that the plan that ...``:
        a relative in that clause, the report unclear; but ``who had gathered at the quay that ...``
        opens the report) or none is left (``told reporters who asked that ...``).

        .. versionadded:: 0.2 (lang65)"""
        skipped = False
        for i in range(relative + 2, len(lows)):
            if lows[i] not in self._that_words:
                continue
            before, second = lows[i - 1], lows[i - 2]
            taking = self.is_verb(before) and second not in self._passive and second not in self._clause_auxiliaries
            if self.is_cue_word(before) or taking:
                skipped = True
                continue  # ("who said that he was lost", "who asked that ...": the relative's own clause)
            if skipped and second in self._determiners:
                return None  # ("who said that the plan that ...": "that" a relative in the clause said, unclear)
            return i
        return None

    def recipient_relative_que(self, raw: str, pos: int, stop: int) -> int | None:
        """Where the report starts after a cue of :attr:`OBJECT_VERBS` ending at *pos*, in a language
        of :attr:`RECIPIENT_WORDS` whose one word of :attr:`THAT_WORDS` opens a relative clause as
        well as a report (Spanish ``que``): the one told (:meth:`names_recipient`: ``a los
        vecinos``), a ``que`` and a verb right after it (maybe after a clitic of
        :attr:`RELATIVE_CLITICS`, or one of :attr:`PERFECT_AUXILIARIES`: ``que se habían reunido``,
        a relative clause on the ones told), then exactly one more ``que`` before a determiner, a
        pronoun, a negation of :attr:`PREVERBAL_NEGATIONS` or a capitalised word (not a verb:
        ``... en la plaza que estaba cerrada``, a relative on the square), no comma, colon or mark
        between (``dijo a los vecinos que se
        habían reunido en la plaza que el agua volverá``: the words after the later ``que``);
        ``None`` otherwise (``dijo a los vecinos que el agua volverá``: the first ``que``, read as
        before; three ``que``: unclear).

        .. versionadded:: 0.2 (lang65)"""
        if not self._recipient_words or not self.RELATIVE_CLITICS:
            return None
        words, lows = self.words_after_cue(raw, pos, stop, self.MAX_TOLD_RELATIVE_WORDS + 1)
        thats = [i for i, low in enumerate(lows) if low in self._that_words]
        if len(thats) != 2 or thats[0] < 2 or thats[1] + 1 >= len(lows) or lows[0] not in self._recipient_words:
            return None
        first, later = thats
        if not self.names_recipient(raw[words[0].start() : words[first - 1].end()]):
            return None
        verb = first + 1 + (lows[first + 1] in self.RELATIVE_CLITICS)
        if verb >= later or not (self.is_verb(lows[verb]) or lows[verb] in self._perfect_auxiliaries):
            return None
        opener, low = words[later + 1].group(), lows[later + 1]
        if not (low in self._determiners or low in self._pronouns or low in self._preverbal_negations or opener[:1].isupper()):
            return None  # ("... en la plaza que estaba cerrada": a relative on the square, unclear)
        if not self.unbroken(raw[pos : words[later].start()]):
            return None
        return self.start_after(raw, words[later].end(), stop)

    #: Object pronouns and the reflexive that may stand between a relative ``que`` and its verb
    #: (Spanish ``a los vecinos que se habían reunido``: :meth:`recipient_relative_que`); empty
    #: (the rule off) in a language without :attr:`RECIPIENT_WORDS`.
    #:
    #: .. versionadded:: 0.2 (lang65)
    RELATIVE_CLITICS: ClassVar[tuple[str, ...]] = ()

    def open_setting(self, lows: Sequence[str]) -> bool:
        """Whether *lows*, the words in lower case after the first place's preposition between the
        one told and one of :attr:`THAT_WORDS` (:meth:`told_setting_that`), hold no verb
        (:meth:`is_verb`) and none of :attr:`RECIPIENT_WORDS`, which would open another one told
        or a time (Spanish ``en Madrid el domingo a las diez``): a place of any words (``at
        Philadelphia's Union League club``, ``in Rio de Janeiro today``).

        .. versionadded:: 0.2 (fixQ64b)"""
        return not any(self.is_verb(low) or low in self._recipient_words for low in lows)

    def names_told(self, phrase: str) -> bool:
        """Whether *phrase*, the words right after a cue of :attr:`OBJECT_VERBS` before a setting
        (:meth:`told_setting_that`), is the one told: in a language of :attr:`RECIPIENT_WORDS`,
        one of them first (:meth:`names_recipient`: Spanish ``a El País``); otherwise a phrase that
        :meth:`names_addressee` or a determiner and plain words in lower case (``a press
        conference``), and no thing told (:meth:`told_thing`: ``a long story``).

        .. versionadded:: 0.2 (fixQ64b)"""
        if self._recipient_words:
            return self.names_recipient(phrase)
        head = phrase.split()
        compound = len(head) > 1 and head[0].casefold() in self._determiners and all(self.plain_lower_word(w) for w in head[1:])
        return not self.told_thing(phrase) and (compound or self.names_addressee(phrase))

    def setting_words(self, words: Sequence[str]) -> bool:
        """Whether *words* are all settings, one after another: a weekday or a time noun
        (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.is_time_word`), maybe after a determiner
        (``el domingo``), or one of :attr:`TIME_PREPOSITIONS` or :attr:`PLACE_PREPOSITIONS` before
        a determiner and a plain noun in lower case (``en una entrevista``) or up to
        :attr:`MAX_SETTING_NAME_WORDS` capitalised words, time words or years (``en Madrid``, ``en
        2019``).

        .. versionadded:: 0.2
        """
        k, n = 0, len(words)
        if not n:
            return False
        while k < n:
            low = words[k].casefold()
            if self.is_time_word(low):
                k += 1
                continue
            if low in self._determiners and k + 1 < n and self.is_time_word(words[k + 1]):
                k += 2  # ("el domingo", "este lunes")
                continue
            if low not in self._time_prepositions and low not in self._place_prepositions:
                return False
            j = k + 1
            if j + 1 < n and words[j].casefold() in self._determiners and self.plain_lower_word(words[j + 1]):
                j += 2  # ("en una entrevista", "en la radio")
            while j < n and j - k <= self.MAX_SETTING_NAME_WORDS and (
                (words[j][:1].isupper() and words[j].isalpha()) or self.is_time_word(words[j]) or self.is_year(words[j])
            ):
                j += 1
            if j == k + 1:
                return False
            k = j
        return True

    def object_infinitive(self, raw: str, start: int, end: int) -> bool:
        """Whether the words from *start* to *end*, a cue's object before one of :attr:`THAT_WORDS`,
        hold one of :attr:`INFINITIVE_MARKERS` before the infinitive's verb (:meth:`opens_infinitive`:
        ``Tom Hale to concede``, ``the mayor to say``; not ``the crowd next to the stage``, ``a
        visit to Ohio``; nor after one of :attr:`RELATIVE_PRONOUNS`, ``reporters who came to watch``, a
        clause that describes the one told, or another of :attr:`PREPOSITIONS`, ``reporters on his
        way to work``; nor before a plural noun, :meth:`plural_after`): the object is told to do
        something, and the clause after is that verb's.

        .. versionadded:: 0.2
        """
        for word in self._word.finditer(raw, start, end):
            low = word.group().casefold()
            if low in self._relatives or (low in self._prepositions and low not in self._infinitive_markers):
                return False  # (a clause or a phrase describes the one told: "reporters on his way to work")
            if low in self._infinitive_markers and self.opens_infinitive(raw, word.end(), end):
                return not self.plural_after(raw, word.end(), end)
        return False

    def plural_after(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the word after *pos* in *raw* (before *stop*) ends in one of :attr:`PRESENT_SUFFIX`
        but none of :attr:`NOT_PRESENT_ENDINGS`, read after an infinitive marker: a plural noun, the
        marker a preposition (``a reporter close to tears``, ``supporters to cheers``), no verb's
        base form (``to discuss``, ``to focus``).

        .. versionadded:: 0.2
        """
        word = self._word.search(raw, pos, stop)
        suffix = self.PRESENT_SUFFIX
        if word is None or not suffix:
            return False
        low = word.group().casefold()
        return low.endswith(suffix) and not low.endswith(tuple(self.NOT_PRESENT_ENDINGS))

    def setting_relative(self, raw: str, that: regex.Match[str], stop: int) -> bool:
        """Whether *that*, a setting of :attr:`THAT_SETTING_PREPOSITIONS` between a cue and one of
        :attr:`THAT_WORDS`, is a relative pronoun of the setting's noun rather than a clause's
        opening: the word after it is in lower case and none of :attr:`CLAUSE_OPENERS` (Spanish
        ``respondió ante las críticas que recibió``; not ``dijo desde el balcón que el agua
        volverá``, ``que Ana Ruiz ...``).

        .. versionadded:: 0.2 (lang62b)"""
        words = that.group().split(None, 1)
        if not words or words[0].casefold() not in self._that_settings:
            return False
        after = self._word.match(raw, that.end(), stop)
        return after is None or (after.group()[:1].islower() and after.group() not in self._openers)

    def past_audience(self, raw: str, pos: int, stop: int) -> int:
        """*pos*, right after a cue, moved past the people it was said to (``said to reporters he
        will veto the bill``, ``SAID TO REPORTERS HE WILL VETO TAX BILL``: the words start at
        ``he``): one of :attr:`AUDIENCE_PREPOSITIONS`, maybe one of :attr:`DETERMINERS` or
        :attr:`POSSESSIVE_DETERMINERS`, then one word that names people (:attr:`OBJECT_WORDS` or
        :meth:`is_people_noun`, in any case); the addressee is no part of the words, as before
        ``that`` (:meth:`audience_before_that`); a word with no determiner is plural
        (:attr:`BODY_PLURAL_ENDINGS`, not doubled: ``press``, ``boss`` are none).  *pos* itself otherwise
        (``said to be ...``, ``said to the surprise of ...``, ``vowed to soldier on``, an infinitive;
        ``wrote to voters saying ...``, a participle after the people).

        .. versionadded:: 0.2 (rvq70)"""
        first = self._word.match(raw, pos + len(raw[pos:stop]) - len(raw[pos:stop].lstrip()), stop, KEEP_GIL)
        if first is None or first.group().casefold() not in self._audience_openers:
            return pos
        noun = self._word.match(raw, first.end() + 1, stop, KEEP_GIL) if raw[first.end() : first.end() + 1] == " " else None
        low = noun.group().casefold() if noun is not None else ""
        determined = noun is not None and (low in self._determiners or low in self._possessive_determiners)
        if noun is not None and determined:
            after = noun.end() + 1
            noun = self._word.match(raw, after, stop, KEEP_GIL) if raw[noun.end() : after] == " " else None
        if noun is None:
            return pos
        low = noun.group().casefold()
        if not (low in self._object_words or self.is_people_noun(low)) or raw[noun.end() : noun.end() + 1] != " ":
            return pos
        if not (determined or (low.endswith(self._body_plural_endings) and not low.endswith(self._doubled_plural_endings))):
            return pos  # (a bare singular may be a verb: "vowed to soldier on", "vows to press on")
        following = self._word.match(raw, noun.end() + 1, stop, KEEP_GIL)
        then = following.group() if following is not None else ""
        if then.islower() and self.GERUND_SUFFIX and then.endswith(self.GERUND_SUFFIX):
            return pos  # ("wrote to voters saying the tax was fair": the participle's words, never the cue's)
        return noun.end()

    def audience_before_that(self, words: str) -> bool:
        """Whether *words*, the words from a cue to one of :attr:`THAT_WORDS` and the word itself,
        open with no preposition of :attr:`AUDIENCE_PREPOSITIONS` or with one before someone
        addressed (:meth:`names_addressee`): French ``devant les députés que``, ``devant la
        presse que``; not ``devant les difficultés que``.

        .. versionadded:: 0.2 (lang63)"""
        parts = words.split()
        if not parts or parts[0].casefold() not in self._audience_openers:
            return True
        return self.names_addressee(" ".join(parts[1:-1]))

    def that_after_setting_relative(self, raw: str, that: regex.Match[str], stop: int) -> regex.Match[str] | None:
        """The reported clause's ``that`` (of :attr:`THAT_WORDS`) after a relative clause on a
        setting's noun, when *that*, the words from a cue to one of those words, is that relative's
        pronoun: the words open with a preposition of a setting (:attr:`TIME_PREPOSITIONS`,
        :attr:`PLACE_PREPOSITIONS`, :attr:`THAT_SETTING_PREPOSITIONS`) and a determiner, and
        another of :attr:`THAT_WORDS` follows after up to :attr:`MAX_SETTING_RELATIVE_WORDS` words
        of the relative clause, the first in lower case and no determiner, none a cue, a copula
        (:attr:`COPULA_WORDS`) or one of :attr:`THAT_WORDS` (Spanish ``dijo en la carta que envió al
        ministro que el plan ...``, French ``a déclaré dans la lettre qu'elle a envoyée que ...``).
        ``None`` otherwise (``dijo en la carta que el ministro sabía que ...``: the first ``que``
        opens the clause; ``dijo en la carta que era evidente que ...``).

        .. versionadded:: 0.2 (lang63)"""
        words = that.group().replace(",", " ").split()
        if len(words) < 3 or words[0].casefold() not in self._setting_openers or words[1].casefold() not in self._determiners:
            return None
        later = self._relative_then_that.match(raw, that.end(), stop, KEEP_GIL)
        if later is None:
            return None
        relative = [word.casefold() for word in later.group("relative").split()]
        if relative[0] in self._determiners or any(
            word in self._copulas or self.is_cue_word(word) or word in self._that_words for word in relative
        ):
            return None
        return later

    def object_before_that(self, words: str) -> bool:
        """Whether *words*, a time or a place between a cue and one of :attr:`THAT_WORDS` and the
        word itself, hold the cue's object, in a language of :attr:`RECIPIENT_WORDS` where ``que``
        is a relative pronoun too: a determiner right after a time (:meth:`is_time_word`), before a
        lower-case noun that names no person (Spanish ``explicó este lunes las obras que``, French
        ``a détaillé lundi les travaux que``, after a time with a preposition too, ``explicó el lunes
        por la tarde las obras que``: what the clause describes; not ``dijo el lunes en la sede
        que``, a place, nor ``explicó este lunes la ministra que``, an inverted subject).

        .. versionadded:: 0.2"""
        if not self._recipient_words:
            return False
        parts = words.replace(",", " ").split()[:-1]
        for k in range(1, len(parts) - 1):
            # (a preposition before a time, maybe after a determiner: "por la tarde", "en la noche")
            before_time = self.is_time_word(parts[k]) or self.is_time_word(parts[k + 1])
            if not (self.is_time_word(parts[k - 1]) or parts[k - 1].casefold() in self._determiners or before_time):
                return False  # (only a time so far: "este lunes", "lundi soir"; not "ante la prensa")
            low, noun = parts[k].casefold(), parts[k + 1]
            person = self.is_person_noun(noun.casefold())
            if low in self._determiners and noun[:1].islower() and not person and not self.is_time_word(noun):
                return True  # (not "la tarde": the time's own noun)
        return False

    def names_recipient(self, phrase: str) -> bool:
        """Whether *phrase*, the object of a cue of :attr:`OBJECT_VERBS` in a language of
        :attr:`RECIPIENT_WORDS`, is the one told: one of those words, then a phrase that
        :meth:`names_addressee` (French ``aux journalistes``, ``à la presse``, Spanish ``al
        Ayuntamiento``; not ``le projet``, ``aux questions``).

        .. versionadded:: 0.2
        """
        words = phrase.split()
        return len(words) > 1 and words[0].casefold() in self._recipient_words and self.names_addressee(" ".join(words[1:]))

    def told_thing(self, phrase: str) -> bool:
        """Whether *phrase*, the object right after a cue of :attr:`OBJECT_VERBS`, ends in one of
        :attr:`TOLD_THINGS` (``told the story``, ``told a lie``): what was told, so no reported
        clause follows (``told the story the way he always told it``); ``told the court``,
        ``told the story's author`` name someone told.

        .. versionadded:: 0.2"""
        words = phrase.split()
        return bool(words) and words[-1].rstrip(".,;:").casefold() in self._told_things

    def told_topic(self, raw: str, pos: int, stop: int) -> bool:
        """Whether one of :attr:`TOLD_TOPIC_PREPOSITIONS` follows a thing told ending at *pos*
        (``told stories of how ...``): what it tells, reported as before, when a word of
        :attr:`QUESTION_WORDS` (not of :attr:`TOPIC_WORDS`) opens a clause after the preposition
        (:meth:`opens_told_clause`); ``told the story of his escape`` tells a thing, no words.

        .. versionadded:: 0.2"""
        word = self._word.match(raw, pos + 1, stop) if raw[pos : pos + 1].isspace() else None
        if word is None or word.group().casefold() not in self.TOLD_TOPIC_PREPOSITIONS:
            return False
        return self.opens_told_clause(raw, word.end(), stop)

    def opens_told_clause(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the word after a preposition of :attr:`TOLD_TOPIC_PREPOSITIONS` ending at *pos*
        opens a clause: one of :attr:`QUESTION_WORDS` not of :attr:`TOPIC_WORDS` (``of how``,
        ``about why``; not ``of his escape``, ``about the deal``).

        .. versionadded:: 0.2"""
        word = self._word.match(raw, pos + 1, stop) if raw[pos : pos + 1].isspace() else None
        low = word.group().casefold() if word is not None else ""
        return low in self.QUESTION_WORDS and low not in self.TOPIC_WORDS

    def names_addressee(self, phrase: str) -> bool:
        """Whether *phrase*, the object after ``told`` that closes a sentence, names someone told:
        one of :attr:`OBJECT_WORDS`, a capitalised name or outlet (``The Herald``), or a noun for
        people (``the jury``, ``reporters``); not a thing (``told a joke``: no attribution)."""
        words = phrase.split()
        if not words:
            return False
        last = strip_possessive(words[-1]).rstrip(".")
        low = last.casefold()
        return last[:1].isupper() or low in self._object_words or self.is_people_noun(low)

    def after_label(self, raw: str, start: int, end: int) -> int:
        """*start*, moved past a label of one or two words before a colon that opens the reported
        words (``Status: The bridge will reopen, officials said.``: the words start at ``The``);
        a label holds no cue or pronoun (``He said: ...`` is an attribution)."""
        label = _LABEL.match(raw, start, end, KEEP_GIL)
        if label is None:
            return start
        words = raw[start : label.end()].rstrip().rstrip(":").split()
        if any(self.is_cue_word(w.casefold()) or w.casefold() in self._pronouns for w in words):
            return start
        return label.end()

    def participle_clause(self, raw: str, start: int, end: int) -> bool:
        """Whether the words from *start* to *end* before a closing attribution are only a
        participle clause, a verb in the past and a preposition or :attr:`AGENT_WORDS` with no
        comma after (``Asked about critics, he laughed.``, ``Pressed on the issue, he laughed.``):
        what the sentence's subject did, not what was said."""
        words = list(islice(self._word.finditer(raw, start, end, False, KEEP_GIL), 2))
        if len(words) < 2 or "," in raw[start:end]:
            return False
        following = words[1].group().casefold()
        return self.is_past_verb(words[0].group().casefold()) and (following in self._prepositions or following in self._agents)

    def quoting_agent_that(
        self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]
    ) -> tuple[str, int] | None:
        """The outlet and where the words start when *cue* is a passive quoting cue
        (:attr:`QUOTING_PHRASES`) with one of :attr:`AGENT_WORDS` right after it, the outlet
        (:meth:`names_outlet`), then ``that`` (``was quoted as saying by Yonhap that the deal
        was final``), or a capitalised outlet and the words with no ``that``
        (:meth:`capitalised_outlet`: ``by Reuters the talks had stalled``); an empty outlet
        when the words before ``that`` name none (``by phone that ...``: the means, no
        source); ``None`` otherwise.

        .. versionadded:: 0.2 (trialQ62b; no ``that``, no outlet: mendQ63)"""
        low = " ".join(cue.group().casefold().split())
        if low not in self._quoting_phrases:  # (the set built once, in __init__)
            return None
        agent = self._token.match(raw, cue.end() + 1, sentence[1]) if raw[cue.end() : cue.end() + 1].isspace() else None
        if agent is None or agent.group().casefold() not in self._agents:
            return None
        that = self._that.search(raw, agent.end(), sentence[1], KEEP_GIL)
        if that is None:
            return self.capitalised_outlet(raw, agent.end(), sentence[1])
        outlet = " ".join(raw[agent.end() : that.start()].split())
        if not outlet:
            return None
        # ("by phone that ...", "by radio that ...": the means, no outlet; the words after "that", no source)
        return (outlet if self.names_outlet(outlet) else ""), that.end()

    def capitalised_outlet(self, raw: str, pos: int, stop: int) -> tuple[str, int] | None:
        """For :meth:`quoting_agent_that` with no ``that``: the outlet and where it ends when the
        words from *pos* (after the agent word) are capitalised words, at most
        :attr:`MAX_OUTLET_MODIFIERS` + 1, that name an outlet (:meth:`names_outlet`), then a
        lower-case word opening the reported words (``was quoted as saying by Reuters the talks
        had stalled``), a run of several ending in one of :attr:`OUTLET_WORDS` or an organisation's
        word (``by China Daily the ...``, ``by The Oslo Times the ...``); ``None`` otherwise (``by
        state media the ...``: where a lower-case outlet ends is unknown; ``by Xinhua China would
        ...``: the clause's subject may open the run, reread of round 63).

        .. versionadded:: 0.2 (mendQ63)"""
        end, words = pos, 0
        while (token := self._token.match(raw, end + 1, stop) if raw[end : end + 1] == " " else None) is not None:
            if not token.group()[:1].isupper():
                outlet = " ".join(raw[pos:end].split())
                last = outlet.rsplit(None, 1)[-1]
                if words > 1 and not (last.casefold() in self._outlet_nouns or self.vocabulary.is_org_word(last)):
                    return None  # ("by Xinhua China would ...": where the outlet ends and the subject opens is unknown)
                return (outlet, end) if words and self.names_outlet(outlet) else None
            words, end = words + 1, token.end()
            if words > self.MAX_OUTLET_MODIFIERS + 1:
                return None
        return None

    def is_sentence_tail(self, after: str) -> bool:
        """Whether what follows an attribution is only the sentence's end, maybe with a time or
        place (``on Tuesday``, ``in a statement``)."""
        if self._tail_without_commas and ("," in after or ";" in after):
            return False  # (a comma or semicolon stands in no tail: no pattern run)
        if self._sentence_tail.fullmatch(after, None, None, KEEP_GIL) is None:
            return False
        # ("said on Monday that it would reopen": a reported clause, no time phrase alone)
        return not any(w.casefold() in self._that_words for w in self._word.findall(after, 0, None, False, KEEP_GIL))

    def raised_passive(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]) -> bool:
        """Whether *cue* is a passive (after one of :attr:`PASSIVE_AUXILIARIES`, no progressive
        form ending in :attr:`GERUND_SUFFIX`: ``is promising to help``) with one of
        :attr:`INFINITIVE_MARKERS` right after it (``Ruiz is said to have lied``, ``He is believed
        to have said ...``): what others say of the subject, who is not the one speaking: the
        words are kept with no speaker but an agent (``is said by aides to ...`` reads no
        infinitive right after the cue).  Reads the :attr:`PHRASE_WINDOW` characters before it."""
        if self.GERUND_SUFFIX and cue.group().endswith(self.GERUND_SUFFIX):
            return False  # ("is promising to help": a progressive form, the subject speaks)
        after = _WORD_AFTER_BLANKS.match(raw, cue.end(), sentence[1], KEEP_GIL)
        if after is None or after["word"] not in self._infinitive_markers:
            return False
        return self.auxiliary_ends(raw[max(sentence[0], cue.start() - self.PHRASE_WINDOW) : cue.start()].split())

    def scoop_claim(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]) -> bool:
        """Whether *cue* is one of :attr:`SCOOP_VERBS` right after one of :attr:`SCOOP_MODALS`,
        maybe with adverbs in lower case between (``the Mail on Sunday can reveal``, ``The Sun can
        exclusively reveal``): a newspaper's formula for its own story, no report of anyone's
        words, so no quote.

        .. versionadded:: 0.2 (mendQ65)"""
        if cue.group().casefold() not in self.SCOOP_VERBS:
            return False
        for word in reversed(raw[max(sentence[0], cue.start() - self.PHRASE_WINDOW) : cue.start()].split()):
            if word in self.SCOOP_MODALS:
                return True
            if not self.is_adverb_word(word):
                return False
        return False

    #: The most words of a subject before an aside adverb set off by commas and its cue that
    #: :meth:`subject_before_aside_adverb` reads (``Residents' groups, however, said``).
    #:
    #: .. versionadded:: 0.2 (mendQ65)
    MAX_ASIDE_SUBJECT_WORDS: ClassVar[int] = 5

    def subject_before_aside_adverb(self, raw: str, start: int, cue_start: int, found: tuple[int, int]) -> bool:
        """Whether the words from the sentence's *start* to the cue at *cue_start* are a noun phrase
        and one of :attr:`ASIDE_ADVERBS` set off by commas (``Residents' groups, however, said``,
        ``Local unions, meanwhile, said``): at most :attr:`MAX_ASIDE_SUBJECT_WORDS` words with no
        comma and no verb (:meth:`has_verb`), and the phrase *found* after the cue goes on with a
        verb after its first word before any comma (``the drive came too late``; not ``said the
        mayor, was ...``): the phrase before is the cue's subject and the words after it what was
        said, no clause closed by an inverted attribution (``The bridge will close, however, said
        the mayor.``: a verb before, read as before).

        .. versionadded:: 0.2 (mendQ65)"""
        pieces = raw[start:cue_start].split(",")
        if len(pieces) != 3 or pieces[2].strip() or pieces[1].strip().casefold() not in self._aside_adverbs:
            return False
        head = pieces[0].split()
        if not 0 < len(head) <= self.MAX_ASIDE_SUBJECT_WORDS or self.has_verb(pieces[0], 0, len(pieces[0]), len(head)):
            return False
        # (a verb after the phrase's first word, up to a comma: not "said the mayor, was ...")
        clause = raw[found[0] : found[0] + self.PHRASE_WINDOW].split(",", 1)[0]
        return any(self.is_verb(w.casefold().rstrip(".")) for w in clause.split()[1:])

    def hearsay_passive(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]) -> bool:
        """Whether *cue* is one of :attr:`HEARSAY_PASSIVES` in a raised passive (:meth:`raised_passive`:
        ``The actor, 58, is said to want ...``, ``The club is understood to be close to a deal``):
        what is said or thought of the subject by no one named, no report of anyone's words, so no
        quote.  An agent stands between the cue and the infinitive (``is said by aides to ...``),
        and a cue inside the infinitive (:meth:`raised_cue`: ``is believed to have said the plan
        ...``) reports words; both are read as before.

        .. versionadded:: 0.2 (mendQ65)"""
        if cue.group().casefold() not in self.HEARSAY_PASSIVES or not self.raised_passive(raw, cue, sentence):
            return False
        return self.raised_cue(raw, cue, sentence) is None

    def past_passive(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]) -> bool:
        """Whether *cue* is a verb in the past (:meth:`is_past_verb`) right after one of
        :attr:`PASSIVE_AUXILIARIES`, maybe with adverbs between, in its sentence (``When Ruiz was
        questioned about the deal, ...``, ``Ortiz was declared the winner by the networks``): the
        subject is the one spoken to or of, never the speaker; the agent after ``by`` right after
        the cue speaks, else no one (:meth:`passive_agent`).  Reads the :attr:`PHRASE_WINDOW`
        characters before the cue.

        .. versionadded:: 0.2
        """
        if not self.is_past_verb(cue.group()):
            return False
        for word in reversed(raw[max(sentence[0], cue.start() - self.PHRASE_WINDOW) : cue.start()].split()):
            if word in self._passive:
                return True  # (in lower case: "Pan Am announced" has no auxiliary)
            if not (word.islower() and (word in self._adverbs or self.is_adverb(word))):
                return False
        return False

    def names_no_one_here(self, raw: str, mention: Mention) -> bool:
        """Whether *mention*, the subject found for a participle after a comma, names no one: an
        expletive (:meth:`expletive_subject`: ``It was a tense night, ...``) or a thing
        (``The mood was tense, ...``: :meth:`is_thing_subject`).

        .. versionadded:: 0.2
        """
        return self.expletive_subject(raw, mention) or self.is_thing_subject(raw, mention, spoken=True)

    def expletive_subject(self, raw: str, mention: Mention) -> bool:
        """Whether *mention* is one of :attr:`IMPERSONAL_SUBJECTS` with one of
        :attr:`PASSIVE_AUXILIARIES` (a form of ``be``) right after it (``It was a sharp rebuke by
        the two senators, as Ortiz echoed the criticism, saying ...``): a placeholder that names
        no one, so the words get no speaker from it.

        .. versionadded:: 0.2
        """
        if mention.text.casefold() not in self._impersonal:
            return False
        after = _WORD_AFTER_BLANKS.match(raw, mention.end, len(raw), KEEP_GIL)
        return after is not None and after["word"].casefold() in self._passive

    def raised_cue(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]) -> regex.Match[str] | None:
        """The cue inside the infinitive after a raised passive (:meth:`raised_passive`), after at
        most two of :attr:`CLAUSE_AUXILIARIES` (``is believed to have said the plan was ...``:
        ``said``, whose words are the reported ones), else ``None`` (also for a progressive form:
        ``are said to be urging the governor to ...``)."""
        if cue.group().casefold() in self._infinitive_verbs or not self.raised_passive(raw, cue, sentence):
            return None  # ("were promised to be told ...": the infinitive is what was said)
        pos = cue.end()
        for _ in range(3):  # ("to", then "have", "have been")
            word = _WORD_AFTER_BLANKS.match(raw, pos, sentence[1])
            if word is None:
                return None
            if self.GERUND_SUFFIX and word["word"].endswith(self.GERUND_SUFFIX):
                return None  # ("are said to be urging the governor to ...": an object, then an infinitive)
            if self.is_cue_word(word["word"]):
                return self._word.match(raw, word.start("word"), sentence[1])
            if word["word"] not in self._clause_auxiliaries:
                return None
            pos = word.end()
        return None

    def past_optional_particle(self, raw: str, word: str, pos: int, stop: int, *, bare: bool) -> tuple[int, bool]:
        """Where the words after a cue *word* of :attr:`OPTIONAL_PARTICLE_VERBS` ending at *pos*
        go on, and whether a bare clause may follow: past its particle when up to
        :attr:`MAX_SEPARATED_WORDS` words and the particle close the verb's clause (German ``sagte
        als Zeuge aus, er habe ...``: after ``aus``, a bare clause then); ``(pos, bare)`` when no
        such particle does (``sagte, er habe ...``), or a relative clause on the verb's object
        follows it.

        .. versionadded:: 0.2"""
        particle = self._optional_separable[word].match(raw, pos, stop)
        if particle is None or self._particle_relative.match(raw, particle.end(), stop) is not None:
            return pos, bare
        return particle.end(), True

    def content_after(
        self, raw: str, cue: regex.Match[str], sentence: tuple[int, int], *, bare: bool, needs_verb: bool = False
    ) -> tuple[int, int, str | None] | None:
        """Where the reported words after *cue* start and end, and any ``, Al Jazeera reported``
        source at the end; ``None`` when the verb is not followed by a clause.  With *needs_verb* a
        clause without ``that`` must show a verb early (``adding the plan was dead``, but not
        ``adding an hour to each trip``)."""
        inner = self.raised_cue(raw, cue, sentence)
        if inner is not None:
            cue = inner  # ("is believed to have said the plan was ...": the words after "said")
        pos = cue.end()
        word = cue.group().casefold()
        quoted = self.quoting_agent_that(raw, cue, sentence)
        if quoted is not None:
            # ("was quoted as saying by Yonhap that ...": the outlet carried the words after "that")
            words = self.clause_from(raw, quoted[1], sentence)
            return (words[0], words[1], words[2] or quoted[0] or None) if words is not None else None
        separated = self._separable.get(word)
        if separated is not None:
            particle = separated.match(raw, pos, sentence[1])
            if particle is None:
                return None  # ("teilte die Kosten": another sense, without its particle)
            if self._particle_relative.match(raw, particle.end(), sentence[1]) is not None:
                return None  # (the clause after the particle describes the verb's object)
            pos, bare = particle.end(), True  # ("teilte am Montag mit, die Preise ...")
        elif word in self._optional_separable:
            pos, bare = self.past_optional_particle(raw, word, pos, sentence[1], bare=bare)
        elif " ".join(word.split()) in self._joined_separable:
            bare = True  # ("teilte mit, niemand sei ...": the particle is part of the cue)
        time = self._time_phrase.match(raw, pos, sentence[1], KEEP_GIL)
        if time is not None and not self.verb_after_time(raw, time.end(), sentence[1]):
            pos = time.end()  # ("said the other day that ...": the time is no part of the words)
        if word in self._object_verbs:
            pos = self.time_before_object(raw, pos, sentence[1])  # ("sagte am Dienstag der dpa, ...")
            pos = self.past_marked_object(raw, pos, sentence[1])  # ("sagte der „Zeit“, ...": the paper told)
        if bare and word not in self._object_verbs:
            pos = self.past_audience(raw, pos, sentence[1])  # ("said to reporters he will veto the bill")
        aside = self.source_aside(raw, pos, sentence[1])
        if aside is not None:
            # ("said, according to Reuters, that ..."): the words after the source
            that = self._that.match(raw, aside.end() + 1, sentence[1])
            if that is None and word in self._object_verbs:
                # ("told, according to Reuters, reporters that ...": the object, then the words)
                that = self.told_then_that(raw, aside.end() + 1, sentence[1])
            start = that.end() if that is not None else None
            if start is None and bare:
                start = self.bare_clause(raw, aside.end() + 1, sentence[1], needs_verb=needs_verb)
                if start is not None and self.opens_coordinator(raw, start, sentence[1]):
                    start = None  # ("X said, according to the minutes, and the board agreed": the writer's clause)
            words = self.clause_from(raw, start, sentence) if start is not None else None
            if words is not None:
                return words[0], words[1], words[2] or collapse(aside["source"])
        else:
            words = self.clause_after_aside(raw, pos, sentence, bare=bare, needs_verb=needs_verb)
            if words is not None:
                return words
        if word in self._object_verbs:
            related = self.told_relative_that(raw, pos, sentence[1]) or self.recipient_relative_que(raw, pos, sentence[1])
            if related is not None:  # ("told a crowd that had gathered outside that ...": after the second "that")
                return self.clause_from(raw, related, sentence)
            if self.relative_leaves_report_unclear(raw, pos, sentence[1]):
                return None  # ("told a man who said that the plan that he drafted was good": his words, not hers)
            # "told an Iowa audience that ...": up to a few words of object, then "that"
            that = self.told_then_that(raw, pos, sentence[1])
            if that is not None:  # ("told reporters that would be a mistake": "that" the subject)
                return self.clause_from(raw, self.that_as_subject(raw, that), sentence)
            set_that = self.told_setting_that(raw, pos, sentence[1])
            if set_that is not None:  # ("told a press conference at the company's headquarters that ...")
                return self.clause_from(raw, set_that, sentence)
            obj = self._object.match(raw, pos, sentence[1], KEEP_GIL)
            if obj is not None and not self.told_case(obj.group()):
                obj = None  # (German "sagte nichts, was ...", "erklärte den Rücktritt, den ...": no one told)
            if obj is not None and self._recipient_words and not self.names_recipient(obj.group()):
                obj = None  # (French "a annoncé le projet que la ville prépare": "que" a relative, no one told)
            if obj is not None and self.told_thing(obj.group()) and not self.told_topic(raw, obj.end(), sentence[1]):
                return None  # ("told the story the way he always told it": the thing told, no words)
            if obj is not None and bare and (
                self.subject_not_object(raw, obj.end(), sentence[1]) or self.determiner_opens_clause(raw, obj, sentence[1])
                or self.agency_then_subject(raw, obj, sentence[1])
                or (word not in self._uninverted and self.object_modifies_subject(raw, obj, sentence[1]))
            ):
                # ("warned the plan would fail": the plan is what would fail, no one warned)
                return self.clause_from(raw, self.clause_subject_start(raw, obj), sentence)
            placed = self.place_after_object(raw, obj.end(), sentence[1]) if obj is not None else pos
            if obj is not None and placed == obj.end() and self.names_addressee(obj.group()):
                placed = self.setting_after_object(raw, obj.end(), sentence[1])  # ("told reporters aboard Air Force One he ...")
            if obj is not None and placed != obj.end():
                return self.clause_from(raw, placed, sentence)  # ("told a luncheon in Ohio Reagan could ...")
            if obj is not None:
                pos = self.compound_object_end(raw, obj, sentence[1])  # ("told a news conference the bank ...")
                pos = self.title_after_object(raw, pos, sentence[1])  # ("told Bild newspaper he ...")
                settled = self.settings_after_object(raw, pos, sentence[1]) if self.names_addressee(obj.group()) else None
                if settled is not None:
                    return self.clause_from(raw, settled, sentence)  # ("told reporters at City Hall on Tuesday the city ...")
                # (a comma after the person told: "told his wife, Ana, the news" reports nothing without a verb)
                needs_verb = needs_verb or raw[pos : pos + 1] == ","
                aside = self.source_aside(raw, pos, sentence[1])
                that = self._that.match(raw, aside.end() + 1, sentence[1]) if aside is not None else None
                words = self.clause_from(raw, that.end(), sentence) if aside is not None and that is not None else None
                if aside is not None and words is not None:
                    # ("told the court, according to a transcript, that ..."): the words after the source
                    return words[0], words[1], words[2] or collapse(aside["source"])
                if aside is None:
                    # ("told the court, as expected, that ...", "told reporters, however, the bridge ...")
                    words = self.clause_after_aside(raw, pos, sentence, bare=False, needs_verb=needs_verb, adverb=bare)
                    if words is not None:
                        return words
                    words = self.clause_after_told(raw, pos, sentence, bare=bare)
                    if words is not None:
                        return words  # (German "sagte der dpa, sie hoffe auf eine Einigung")
            # "asked the council to reconsider": the object and what it is asked to do
            directive = self._directive.match(raw, cue.end(), sentence[1], KEEP_GIL)
            if directive is not None and directive["object"].split(None, 1)[0].casefold() in self._that_words:
                directive = None  # ("warned that the backlog could take weeks to clear": the clause's "that")
            if directive is not None and obj is not None and bare and directive.end("object") > obj.end():
                # ("told her she had been asked to mime": the person told, then a clause of its own
                # whose verb comes before the infinitive; not "asked the council to reconsider")
                clause = self.bare_clause(raw, obj.end(), sentence[1], needs_verb=True)
                opening = self._word.match(raw, clause, sentence[1]) if clause is not None else None
                # (the clause opens with no lower-case content word: "told a press conference Brazil
                # ...", where the pattern's object stops short of the person told, keeps the old reading)
                word = opening.group() if opening is not None else ""
                low = word.casefold()
                content = word[:1].islower() and not (low in self._stop or low in self._pronouns or low in self._determiners)
                if clause is not None and opening is not None and not content:
                    return self.clause_from(raw, clause, sentence)
            if directive is not None and self.speaker_condition(raw, cue.end(), sentence[1]):
                return None  # ("who asked not to be named": a condition of speaking, no speech)
            if directive is not None:
                # (up to a relative clause with a cue of its own: "..., who said she was proud")
                stop = self.cut_relative_cue(raw, directive.start("object"), sentence[1])
                return self.clause_from(raw, directive.start("object"), (sentence[0], stop))
        if word in self._question_verbs:
            question = self._question.match(raw, pos, sentence[1])
            if question is not None and self.questioned_aside(raw, cue, question):
                return None  # ("Vermeer, asked about the criticism, said ...": she was asked, the topic no words)
            if question is not None and self.writer_asks_topic(raw, cue, question, sentence):
                return None  # ("We asked her about her plans.": the writer's question, no one's words)
            if question is not None:
                # ("was questioned about the deal he said "...": the topic ends where the next speaker starts)
                topic_end = self.topic_end(raw, question, sentence[1])
                return self.clause_from(raw, question.start("q"), (sentence[0], topic_end))  # "asked whether ..."
        if self.demonstrative_object(raw, pos, sentence[1]):
            return None  # ("said that again on Monday": the words said before, no clause)
        that = self._that.match(raw, pos, sentence[1], KEEP_GIL)
        if that is not None and self.object_before_that(that.group()):
            that = None  # (Spanish "explicó este lunes las obras que cortarán ...": "que" a relative)
        if that is not None and not self.audience_before_that(that.group()):
            that = None  # (French "a répondu devant les difficultés que ...": a thing, no audience; lang63)
        later = self.that_after_setting_relative(raw, that, sentence[1]) if that is not None and self.SETTING_RELATIVES else None
        if later is not None:  # ("dijo en la carta que envió al ministro que ...": the later "que"; lang63)
            return self.clause_from(raw, self.that_as_subject(raw, later), sentence)
        if that is not None and self.setting_relative(raw, that, sentence[1]):
            that = None  # (Spanish "respondió ante las críticas que recibió": "que" a relative of the setting; lang62b)
        if that is not None and not self.opens_coordinator(raw, that.end(), sentence[1]):
            return self.clause_from(raw, self.that_as_subject(raw, that), sentence)
        # (the setting first: "said in a statement it was ..." reads no clause from "in")
        clause = self.clause_after_setting(raw, pos, sentence[1]) if bare else None
        if clause is None and bare:
            clause = self.bare_clause(raw, pos, sentence[1], needs_verb=needs_verb)
        if clause is None and bare:
            clause = self.subjunctive_after_colon(raw, pos, sentence[1])  # (German "sagte: Das Gesetz werde ...")
        if clause is not None:
            return self.clause_from(raw, clause, sentence)
        if word in self._infinitive_verbs:
            infinitive = self._infinitive.match(raw, pos, sentence[1])  # "vowed on Monday to block ..."
            if infinitive is not None and not self.opens_infinitive(raw, infinitive.end("to"), sentence[1]):
                # ("promised to the voters that taxes would fall": the one promised, then the words;
                # "delegates pledged to the governor may ...": a preposition, no words)
                after = self.promised_then_that(raw, infinitive.end("to"), sentence[1])
                return self.clause_from(raw, after, sentence) if after is not None else None
            if infinitive is not None:
                return self.clause_from(raw, infinitive.start("to"), sentence)
        infinitive = self._bare_infinitive.match(raw, pos, sentence[1]) if self.BARE_INFINITIVES else None
        if infinitive is not None:
            return self.clause_from(raw, infinitive.start("inf"), sentence)  # ("a dit avoir découvert ...")
        if word in self._noun_object_verbs and self.anaphoric_object(raw, pos, sentence[1]):
            return None  # ("announced this at a press briefing": said before, the setting no words)
        if word in self._noun_object_verbs:
            noun = self._noun_object.match(raw, pos, sentence[1])  # "announced his resignation"
            if noun is not None and self.named_thing_object(raw, noun.start("np"), sentence[1]):
                return None  # ("announced the Nova X2 today": a thing's name, nothing said)
            if noun is not None and self.participle_cue_after(raw, noun.start("np"), sentence[1]):
                return None  # ("announced the package in Dubbo, saying it would ...": the words are after "saying")
            if noun is not None:
                return self.clause_from(raw, noun.start("np"), sentence)
        return None

    #: The most commas :meth:`participle_cue_after` reads past.
    #:
    #: .. versionadded:: 0.2 (mendQT71)
    MAX_OBJECT_COMMAS: ClassVar[int] = 3

    def participle_cue_after(self, raw: str, start: int, stop: int) -> bool:
        """Whether a noun object of a verb of :attr:`NOUN_OBJECT_VERBS` at *start* is followed, after
        one of its sentence's first :attr:`MAX_OBJECT_COMMAS` commas before *stop*, by a cue's
        participle (a cue word with :attr:`GERUND_SUFFIX`: ``announced the package in Dubbo on
        Monday, saying it would ...``): the words said are the participle's, the object is no
        speech; no quotation mark stands between.

        .. versionadded:: 0.2 (mendQT71)"""
        if not self.GERUND_SUFFIX:
            return False
        comma = start
        for _ in range(self.MAX_OBJECT_COMMAS):
            comma = raw.find(",", comma, stop)
            if comma < 0:
                return False
            if any(mark in raw[start:comma] for mark in self._marks):
                return False
            word = self._word.match(raw, comma + 1 + (raw[comma + 1 : comma + 2] == " "), stop)
            if word is not None and word.group().endswith(self.GERUND_SUFFIX) and self.is_cue_word(word.group()):
                return True
            comma += 1
        return False

    def anaphoric_word(self, raw: str, pos: int, stop: int) -> regex.Match[str] | None:
        """The word right after *pos* (its blanks skipped) when it is one of
        :attr:`ANAPHORIC_OBJECTS` (``this``, ``it``), before *stop*; ``None`` otherwise (for
        :meth:`anaphoric_object` and :meth:`demonstrative_object`).

        .. versionadded:: 0.2 (the lead's reread of round 60: one reading for both)"""
        if not self.ANAPHORIC_OBJECTS:
            return None
        word = self._word.match(raw, pos + len(raw[pos:stop]) - len(raw[pos:stop].lstrip()), stop)
        if word is None or word.group().casefold() not in self.ANAPHORIC_OBJECTS:
            return None
        return word

    def anaphoric_object(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the word after *pos*, right after a cue, is one of :attr:`ANAPHORIC_OBJECTS` that
        is the verb's whole object: the sentence, a comma or one of :attr:`PREPOSITIONS` comes
        right after it (``announced this at a press briefing``, ``announced it on Monday``); not
        ``announced this week's budget``, ``announced it would close``.

        .. versionadded:: 0.2
        """
        word = self.anaphoric_word(raw, pos, stop)
        if word is None:
            return False
        rest = raw[word.end() : stop].lstrip()
        if not rest or not (rest[0].isalnum() or rest[0] in "$£€"):
            return rest[:1] != "'" and rest[:1] != "’"  # (a comma, a full stop; not "this's")
        after = self._word.match(rest)
        return after is not None and after.group().casefold() in self._prepositions

    #: The most words after a demonstrative object that :meth:`demonstrative_object` reads for a
    #: verb before it gives up (a longer tail keeps the old reading).
    #:
    #: .. versionadded:: 0.2
    MAX_DEMONSTRATIVE_TAIL_WORDS: ClassVar[int] = 8

    #: How many characters after a gesture cue are read for one of :attr:`THAT_WORDS`, which makes
    #: the gesture a cue of reported words (``The minister sighed that the talks had stalled``; a
    #: gesture alone reports none: ``..., he shrugged.``; a reread of round 60).
    GESTURE_THAT_CHARS: ClassVar[int] = 12

    def demonstrative_object(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the word after *pos*, right after a cue or the one it told, is one of
        :attr:`ANAPHORIC_OBJECTS` that is the cue's whole object, even when it is one of
        :attr:`THAT_WORDS` too: the sentence ends or a comma comes right after it (not after one of
        :attr:`THAT_WORDS`: ``said that, if elected, he would ...``), or one of
        :attr:`ADVERBS`, an adverb or one of :attr:`PREPOSITIONS` follows with no finite verb
        (:meth:`finite_verb`, :attr:`CLAUSE_AUXILIARIES`) among the at most
        :attr:`MAX_DEMONSTRATIVE_TAIL_WORDS` words up to the sentence's end (``She said that
        again on Monday``, ``told reporters this at a briefing``: words said before, no clause;
        not ``said that on Monday the plan failed``, ``said that would be a mistake``); a gerund's
        clause after a comma is no part of the tail (:meth:`before_gerund_aside`).

        .. versionadded:: 0.2

        .. versionchanged:: 0.2 the tail up to a gerund after a comma (fixQ61)
        """
        word = self.anaphoric_word(raw, pos, stop)
        if word is None:
            return False
        rest = raw[word.end() : stop].split()
        if rest and rest[0][:1] == "," and word.group().casefold() in self._that_words:
            return False  # ("said that, if elected, he would ...": an aside, then the clause)
        if rest and rest[0][:1] in ",.;!?":
            return True  # (a comma, a full stop; not "said this: the plan ...")
        if rest and rest[0][:1] == ":":
            return False
        rest = self.before_gerund_aside(rest)  # ("said that again on Monday, adding ...": the tail to its comma)
        if not rest or len(rest) > self.MAX_DEMONSTRATIVE_TAIL_WORDS:
            return not rest and raw[word.end() : word.end() + 1] not in ("'", "’")
        first = rest[0].rstrip(".,;:!?").casefold()
        if not (first in self._adverbs or self.is_adverb(first) or first in self._prepositions):
            return False
        for token in rest:
            low = token.strip(".,;:!?()\"“”").casefold()
            if low[:1].isalpha() and token[:1].islower() and (low in self._clause_auxiliaries or self.finite_verb(low)):
                return False
        return True

    def before_gerund_aside(self, words: list[str]) -> list[str]:
        """For :meth:`demonstrative_object`: *words*, the tail after a demonstrative object, up to
        the first one that ends in a comma when the next word is a gerund in lower case (one with
        :attr:`GERUND_SUFFIX`: ``said that again on Monday, adding the city would ...``: the
        participle's clause is another report); all of *words* otherwise.

        .. versionadded:: 0.2 (fixQ61)"""
        suffix = self.GERUND_SUFFIX
        for k, word in enumerate(words[:-1]):
            if word.endswith(","):
                after = words[k + 1]
                gerund = bool(suffix) and after.islower() and after.isalpha() and after.endswith(suffix)
                return words[: k + 1] if gerund else words
        return words

    def opens_infinitive(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the word after the infinitive marker that ends at *pos* can be the infinitive's
        verb (``vowed to block``, ``promised to quickly act``): a word in lower case that is none of
        :attr:`DETERMINERS`, :attr:`QUANTIFIERS` nor :attr:`PREPOSITION_OBJECTS` (``pledged to the
        governor``, ``pledged to Mr. Ortiz``, ``promised to them``: the marker is a preposition).

        .. versionadded:: 0.2
        """
        word = self._word.match(raw, pos + len(raw[pos:stop]) - len(raw[pos:stop].lstrip()), stop)
        if word is None:
            return False
        value = word.group()
        low = value.casefold()
        return value[:1].islower() and not (
            low in self._determiners or low in self._quantifiers or low in self._preposition_objects
        )

    #: The most words of an apposition between a clause's subject and its verb that
    #: :meth:`apposed_subject_after` reads (``the driver, a 34-year-old from Leeds, was ...``).
    #:
    #: .. versionadded:: 0.2
    MAX_SUBJECT_APPOSITION_WORDS: ClassVar[int] = 8

    def apposed_subject_after(self, rest: str, pos: int) -> bool:
        """Whether the comma at *pos* in *rest* opens an apposition of the phrase before it, an
        age (``34``) or an indefinite phrase of at most :attr:`MAX_SUBJECT_APPOSITION_WORDS` words
        (``a 34-year-old from Leeds``), set off by a comma before a finite verb (:meth:`verb_at`):
        the phrase is the subject of that verb, the words' own (``According to police, the man,
        34, was arrested``), no appositive of the source before it (``According to Ana Ruiz, the
        mayor, the road will reopen``; ``..., the mayor, the road, closed since May, will ...``:
        a definite phrase, a clause's own subject).

        .. versionadded:: 0.2
        """
        if rest[pos : pos + 1] != ",":
            return False
        close = rest.find(",", pos + 1)
        words = rest[pos + 1 : close].split() if close > 0 else []
        if not 0 < len(words) <= self.MAX_SUBJECT_APPOSITION_WORDS:
            return False
        if not (words[0].isdigit() and len(words) == 1) and words[0].casefold() not in self._indefinites:
            return False
        after = close + 1
        while after < len(rest) and rest[after].isspace():
            after += 1
        return self.verb_at(rest, after, len(rest))

    def relative_after(self, rest: str, pos: int) -> bool:
        """Whether one of :attr:`RELATIVE_PRONOUNS` or :attr:`THING_RELATIVE_PRONOUNS` follows the
        comma at *pos* in *rest* (``the developer, who has not been charged, paid ...``): the
        phrase before it is what the relative clause describes, the subject of the words, no
        appositive of the source before it.

        .. versionadded:: 0.2
        """
        word = self._word.search(rest, pos + 1)
        if word is None or rest[pos + 1 : word.start()].strip():
            return False
        low = word.group().casefold()
        return low in self._relatives or low in self._thing_relatives

    def closing_description(self, rest: str) -> regex.Match[str] | None:
        """The appositive after a source that closes its sentence (*rest*, from the source's end to
        the sentence's): a comma and words in lower case to the end, no clause, no finite verb
        (:meth:`is_verb`), no relative clause nor participle, and a head before any stop word or
        one of :attr:`OF_WORDS` that may name someone (:meth:`is_person_noun`) and is none of
        :attr:`QUANTIFIERS` (``..., according to Ana Ruiz, a professor at Leeds University.``: ``a
        professor at Leeds University``; not ``a huge sum for a firm ...``, ``the most of any
        candidate``, nor a phrase with a determiner past its first word, ``double the number in
        2017``); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        found = _CLOSING_DESCRIPTION.match(rest, 0, None, KEEP_GIL)
        if found is None or self.is_clause(found["d"]) or self.relative_after(rest, found.start("d") - 1):
            return None
        if any(self.is_verb(word.casefold()) for word in found["d"].split()):
            return None  # ("..., according to officials, adopted a new strategy", "..., compared with ...")
        head = ""
        for number, word in enumerate(found["d"].split()):
            low = word.casefold().strip(".,;:!?")
            if low in self._stop or low in self._of:
                break  # (the head stands before its first preposition: "a professor at ...")
            if number and low in self._determiners:
                return None  # ("..., according to X, double the number in 2017.": a figure's comparison)
            head = low
        if not head or head in self._quantifiers or not self.is_person_noun(head):
            return None  # ("..., according to public filings, a huge sum for a firm ...": the figure described)
        first = found["d"].split(None, 1)[0].casefold()
        if self.GERUND_SUFFIX and first.endswith(self.GERUND_SUFFIX):
            return None  # ("..., according to police, citing a witness.": the source's act)
        if first in self._conjunctions or first in self._stop:
            return None  # ("..., according to the mayor, as the storm hit.")
        return found

    def subject_before_aside(self, quote: Quote, state: State) -> bool:
        """Whether *quote*'s speaker is a person pronoun in an attribution set off inside the
        clause it attributes, resolved to someone named before it in its sentence, when the words
        after it open with their verb (``Paul Grant, he said, was the first mayor``): that someone
        is the clause's subject, what is said, not who says it (see
        :meth:`~newsparse.quotes.resolution.SpeakerResolution.named_in_own_words`).

        .. versionadded:: 0.2
        """
        speaker = quote.speaker
        if speaker is None or speaker.span is None or speaker.mention.casefold() not in self._persons:
            return False
        if speaker.name == speaker.mention or quote.span.start < speaker.span.end:
            return False
        first = quote.text.split(maxsplit=1)[:1]
        if not first or not first[0][:1].islower() or not self.is_verb(first[0].casefold().strip(",;:.")):
            return False
        relative = speaker.span.start - state.paragraph_start
        raw, before = state.paragraph_text, relative
        while before > 0 and raw[before - 1].isspace():
            before -= 1  # (no copy of the paragraph before the speaker for each quote)
        if before == 0 or raw[before - 1] != ",":
            return False
        index = bisect_right(state.sentence_starts, relative) - 1
        opening = state.absolute(state.sentence_starts[index]) if index >= 0 else state.paragraph_start
        surname = speaker.name.split()[-1]
        return any(
            person.name in (speaker.name, surname)
            for person in state.index.people_between(opening, speaker.span.start, self.MAX_SUBJECTS)
        )

    def clause_subject_start(self, raw: str, obj: regex.Match[str]) -> int:
        """Where the subject of the clause starts in *obj*, the words after a cue that
        :meth:`subject_not_object` found to be that subject: at its first word, or, after a
        determiner and a lower-case noun (the person told), at the capitalised name after them
        (``told a luncheon Reagan could decide``: ``Reagan``), and after an agency or one of
        :attr:`OBJECT_WORDS` (``told Reuters offers have ...``), at the word after it.

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, obj.start(), obj.end()))
        if not words:
            return obj.end()
        first = words[0].group()
        if len(words) >= 2 and (self.vocabulary.is_agency(first) or first.casefold() in self._object_words):
            return words[1].start()  # ("told Reuters MHI is ...", "told Reuters offers have ...")
        if (
            len(words) >= 3 and first.casefold() in self._determiners
            and words[1].group()[:1].islower() and words[2].group()[:1].isupper()
        ):
            return words[2].start()
        return words[0].start()

    def past_marked_object(self, raw: str, pos: int, stop: int) -> int:
        """Where the words after a cue of :attr:`OBJECT_VERBS` ending at *pos* go on past the one
        told when that is a title in quotation marks after a determiner (German ``sagte der
        „Süddeutschen Zeitung“, sie sei zufrieden``, ``sagte dem Magazin „Stern“: ...``, Spanish
        ``dijo a «El País» que ...``), followed by a comma, a colon or one of :attr:`THAT_WORDS`:
        the newspaper is told, and neither speaks nor is part of the words; *pos* otherwise, and
        when one of :attr:`PARTICLE_RELATIVES` and a lower-case word follow that comma (a relative
        clause on the paper).

        .. versionadded:: 0.2
        """
        told = self._marked_object.match(raw, pos, stop, KEEP_GIL) if self._marked_object is not None else None
        if told is None or self._particle_relative.match(raw, told.end(), stop) is not None:
            return pos  # ("sagte der „Zeit“, die am Montag erscheint, ...": a relative clause describes the paper)
        return told.end()

    def time_before_object(self, raw: str, pos: int, stop: int) -> int:
        """Where the one told begins after a cue of :attr:`OBJECT_VERBS` ending at *pos* when a
        short time stands first, in a language whose articles show the case of the one told
        (:attr:`TOLD_DETERMINERS`): one of :attr:`TIME_PREPOSITIONS` or none, then a weekday or
        a time noun (:meth:`is_time_word`), then one of those determiners with a noun in its case
        (:meth:`told_case`; German ``sagte am Dienstag der dpa, die Reform komme``: the time is no
        part of the words, nor is the agency told); *pos* otherwise, and always in a language with
        no such determiners (English ``told on Monday the water was unsafe``).

        .. versionadded:: 0.2"""
        if not self._told_determiners:
            return pos
        words = list(islice(self._word.finditer(raw, pos, min(stop, pos + self.PHRASE_WINDOW), False, KEEP_GIL), 4))
        if len(words) < 3 or any(raw[a.end() : b.start()].strip() for a, b in pairwise([*words[:3]])):
            return pos  # (blanks only: no comma, no quotation mark)
        if raw[pos : words[0].start()].strip():
            return pos
        k = 1 if words[0].group().casefold() in self._time_prepositions else 0
        if not self.is_time_word(words[k].group()):
            return pos
        told = words[k + 1]
        phrase = raw[told.start() : words[k + 2].end()] if k + 2 < len(words) else told.group()
        if told.group().casefold() not in self._told_determiners or not self.told_case(phrase):
            return pos
        return words[k].end()

    def told_case(self, phrase: str) -> bool:
        """Whether *phrase*, the words a cue of :attr:`OBJECT_VERBS` takes as the person told, is
        in the case of the one told where the language's articles show it (:attr:`TOLD_DETERMINERS`):
        one of :attr:`OBJECT_WORDS`, a capitalised name, or a noun after one of those determiners with
        one of its endings (German ``dem Sender``, ``den Journalisten``; not ``nichts``, ``den
        Rücktritt``, ``die Reform``).  Always true when the language lists none (``told the court``).

        .. versionadded:: 0.2
        """
        if not self._told_determiners:
            return True
        words = phrase.split()
        if not words:
            return False
        first = words[0].casefold()
        if first in self._object_words:
            return True
        if first not in self._told_determiners:
            return words[0][:1].isupper() and first not in self._determiners
        endings = self._told_determiners[first]
        noun = words[1].strip(",:.") if len(words) > 1 else ""
        return not endings or noun.endswith(endings)

    def topic_end(self, raw: str, question: regex.Match[str], end: int) -> int:
        """Where the words of a *question* that opens with one of :attr:`TOPIC_WORDS` end, before
        *end*: before the speaker's phrase of a cue after them with no comma between (``When Tom
        Berg was questioned about the deal he said "..."``: ``about the deal``; the topic is a noun
        phrase, and a cue right after its subject, which follows a word that is no stop word, opens
        the answer; not ``about several women who said ...``, nor ``about claims by Tom Berg``).
        *end* for any other question (``asked whether she said ...`` reports a clause) or when no
        such cue follows among the first :attr:`MAX_TOPIC_CUES` after it.

        .. versionadded:: 0.2
        """
        start = question.start("q")
        first = question["q"].split(maxsplit=1)[:1]
        if not first or first[0].casefold() not in self.TOPIC_WORDS:
            return end
        for cue in islice(self.cues(raw, question.end("q"), end), self.MAX_TOPIC_CUES):
            np = self.phrase_before(raw, cue.start(), start)
            if np is None or raw[np[1] : cue.start()].strip():
                continue  # ("about an American Muslim who pledged ...": a relative clause's cue, in the topic)
            if np[0] > start and self.token_before(raw, np[0], start).casefold() not in self._stop:
                cut = np[0]
                while cut > start and raw[cut - 1].isspace():
                    cut -= 1
                return cut
        return end

    def after_closing_time(self, raw: str, closing: tuple[int, int]) -> tuple[int, int]:
        """The speaker's phrase *closing* of an inverted attribution without a day that opens it
        between the cue and the name (``"...," said Tuesday Smith, adding that ...``: ``Smith``;
        :meth:`time_before_subject`, which keeps a day that is a given name: ``said Sunday
        Balogun, a union steward, adding ...``).

        .. versionadded:: 0.2
        """
        lead = closing[0]
        while lead > 0 and raw[lead - 1].isspace():
            lead -= 1
        at = self.time_before_subject(raw, lead, closing[1])
        if at == lead:
            return closing
        while at < closing[1] and raw[at].isspace():
            at += 1
        return (at, closing[1]) if at < closing[1] else closing

    def writer_asks_topic(
        self, raw: str, cue: regex.Match[str], question: regex.Match[str], sentence: tuple[int, int]
    ) -> bool:
        """Whether a question *cue* whose *question* opens with one of :attr:`TOPIC_WORDS` has a
        word of :attr:`FIRST_PERSON_WORDS` right before it, outside any quotation, for its subject
        (``We asked her about her plans.``, ``I asked the minister about the delay``): the writer
        asked, and a topic is no one's words.  Not ``We asked her whether she would stay`` (a
        question's words), nor ``The mayor asked about the plans`` (a subject of the story).

        .. versionadded:: 0.2
        """
        first = question["q"].split(maxsplit=1)[:1]
        if not first or first[0].casefold() not in self.TOPIC_WORDS:
            return False
        return self.token_before(raw, cue.start(), sentence[0]).casefold() in self._first_person

    #: Subject pronouns of the first person, in lower case, whose appeal outside quotation marks in
    #: a lone sentence is a voice the story never sets up (:meth:`writer_voice_alone`: ``We urge the
    #: council to think again.``, an appeal a press release or a letter left in); empty turns the
    #: rule off.  Not ``I``: a columnist's ``But I think ...`` is their own stated view, which a
    #: reader attributes to the writer.
    #:
    #: .. versionadded:: 0.2
    WRITER_SUBJECTS: ClassVar[tuple[str, ...]] = ("we",)
    #: Subject pronouns of the writer and verbs of an opinion, in lower case: after a comma at a
    #: sentence's end the pair is an aside (``But in a good way, I think.``, ``..., I suppose.``),
    #: no report of the writer's words; the same verb before its clause stays a cue (``I think
    #: the bridge will close.``) and so does a third person's aside (``..., he thinks.``).  Empty
    #: turns the rule off.
    #:
    #: .. versionadded:: 0.2 (fixQ60b)
    ASIDE_SUBJECTS: ClassVar[tuple[str, ...]] = ("i", "we")
    ASIDE_VERBS: ClassVar[tuple[str, ...]] = (
        "think", "guess", "suppose", "believe", "reckon", "imagine", "expect", "hope", "feel", "fear",
    )

    def place_aside_then_verb(self, raw: str, np: tuple[int, int], cue_start: int) -> bool:
        """Whether the phrase at *np*, read before a cue at *cue_start*, is followed by a place set
        off by commas (one of :attr:`LOCATIVES` or :attr:`PLACE_PREPOSITIONS` and capitalised
        words) and then a finite verb (:meth:`is_verb`) before the cue (``Le pont Chauderon, à
        Lausanne, sera fermé du 7 au 28 décembre, a annoncé la Ville``): the phrase is the
        subject of the clause the cue closes, inverted after it, and no speaker; not ``Ana Ruiz,
        in Lyon, said`` (the cue right after the aside) nor ``The mayor, in Lyon, has repeatedly
        said`` (only the cue's own auxiliaries and adverbs after it: :meth:`verb_group_word`).

        .. versionadded:: 0.2 (fixQ60b)
        """
        gap = raw[np[1] : cue_start]
        if not gap.startswith(","):
            return False
        aside, comma, rest = gap[1:].partition(",")
        words = aside.split()
        if not comma or len(words) < 2 or not (words[0] in self._locatives or words[0] in self._place_prepositions):
            return False
        if not all(word[:1].isupper() for word in words[1:]):
            return False  # (a capitalised place only: "à Lausanne", "in Lyon")
        following = rest.split()
        if following and all(word[:1].islower() and self.verb_group_word(word.casefold()) for word in following):
            return False  # (only auxiliaries and adverbs up to the cue: "The mayor, in Lyon, has repeatedly said")
        return bool(following) and following[0][:1].islower() and self.is_verb(following[0].casefold())

    def verb_group_word(self, low: str) -> bool:
        """Whether lower-case *low* may stand between a subject and its cue in the cue's own verb
        group: one of :attr:`ADVERBS` (auxiliaries and modals too) or an adverb by its ending
        (:meth:`is_adverb`): ``has repeatedly``, ``would later``.

        .. versionadded:: 0.2 (fixQ61)
        """
        return low in self._adverbs or self.is_adverb(low)

    def opinion_aside(self, raw: str, cue: regex.Match[str], mention: Mention, sentence: tuple[int, int]) -> bool:
        """Whether *cue*, one of :attr:`ASIDE_VERBS`, and *mention*, one of :attr:`ASIDE_SUBJECTS`
        right before it, follow a comma and close *sentence* (paragraph-relative) with nothing but
        its end after them (``But in a good way, I think.``): the writer's aside on the words
        before, no report.

        .. versionadded:: 0.2 (fixQ60b)
        """
        if cue.group().casefold() not in self._aside_verbs or mention.text.casefold() not in self._aside_subjects:
            return False
        if mention.end > cue.start() or raw[mention.end : cue.start()].strip():
            return False  # (the pronoun right before the verb, nothing between)
        if not raw[sentence[0] : mention.start].rstrip().endswith(","):
            return False
        rest = raw[cue.end() : sentence[1]].strip()
        return all(char in self.SENTENCE_END or char in self._closers.values() for char in rest)

    def writer_voice_alone(
        self, raw: str, cue: regex.Match[str], mention: Mention, offset: int, sentence: tuple[int, int], state: State
    ) -> bool:
        """Whether *mention*, the subject of *cue* in *sentence* (paragraph-relative, the paragraph
        *raw* at *offset*), is one of :attr:`WRITER_SUBJECTS` outside quoted words and the cue, one
        of :attr:`OBJECT_VERBS`, makes an appeal, an object and an infinitive after it (``We urge
        the council to think again.``, ``We ask readers to write in.``), in an article that nowhere
        else uses a word of :attr:`FIRST_PERSON_WORDS` outside quoted words: a lone line in a
        voice the story never sets up (a slogan, a line a reader's letter or a press release left
        in), no one's report.  A story told in the first person (``I urged the judge to give me a
        fair sentence`` in a memoir, an editorial's ``we``) sets its writer up as a speaker, and
        keeps them; so does a quotation around the words (the quoted speaker's); and the writer's
        own view or question stays theirs (``We think she is wrong.``, ``We asked her whether she
        would stay.``).

        .. versionadded:: 0.2
        """
        if mention.text.casefold() not in self._writer_subjects or cue.group().casefold() not in self._object_verbs:
            return False
        if self._directive.match(raw, cue.end(), sentence[1], KEEP_GIL) is None:
            return False
        at = offset + mention.start
        if self.in_quoted_words(state.text, at):
            return False
        found = state.narration_first_person
        if found is None:
            found = state.narration_first_person = self.first_person_narration(state.text)
        start, end = offset + sentence[0], offset + sentence[1]
        return not any(pos < start or pos >= end for pos in (found[0], found[-1])) if found else True

    def first_person_narration(self, text: str) -> Sequence[int]:
        """Where *text* holds a word of :attr:`FIRST_PERSON_WORDS` outside quoted words
        (:meth:`in_quoted_words`), in order; a word in capitals of two letters or more is none
        (``US``).  Read once per article: each word is checked over a bounded window.

        .. versionadded:: 0.2
        """
        found = array("q")
        for word in self._word.finditer(text, 0, None, False, KEEP_GIL):
            value = word.group()
            first = value.casefold() in self._first_person and not (len(value) > 1 and value.isupper())
            if first and not self.in_quoted_words(text, word.start()):
                found.append(word.start())
        return found

    def questioned_aside(self, raw: str, cue: regex.Match[str], question: regex.Match[str]) -> bool:
        """Whether a question *cue* right after a comma opens, with a question word at once, an
        aside that a comma and a cue close (``Vermeer, asked about the criticism, said ...``,
        ``Vermeer, asked by reporters whether she would quit, said ...``, with adverbs before the
        agent: ``Smith, asked repeatedly by reporters about the audit, said ...``, ``asked twice by``): the subject was
        asked, a passive, and the question is not her words (but ``The senator rose, asked whether
        ..., and left`` asked it).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (fixQ67b) adverbs before the agent (:meth:`is_adverb_word`,
           :attr:`TIMES_ADVERBS`).
        """
        between = raw[cue.end() : question.start("q")].split()
        while between and (self.is_adverb_word(between[0]) or between[0].casefold() in self._times_adverbs):
            del between[0]  # ("asked repeatedly by reporters about ...": the adverb says how, the agent follows)
        if between and between[0].casefold() not in self._agents:
            return False  # ("..., asked the mayor whether ...": someone asked, active; but "asked by reporters whether")
        before = cue.start()
        while before > 0 and raw[before - 1].isspace():
            before -= 1
        comma = raw.find(",", question.end(), question.end() + self.PHRASE_WINDOW)
        if raw[before - 1 : before] != "," or comma < 0:
            return False
        # (the aside's subject speaks after it: "..., said she would stay"; not "..., and left")
        after = _WORD_AFTER_BLANKS.match(raw, comma + 1)
        return after is not None and after["word"] in self._cue_words

    def place_after_object(self, raw: str, pos: int, stop: int) -> int:
        """Where the words after the person told, ending at *pos*, go on past a place: one of
        :attr:`PLACE_PREPOSITIONS` and one capitalised word, then a clause whose subject is a
        capitalised name with a lower-case finite verb right after it, or a determiner or pronoun
        with a verb soon (``told a luncheon in Ohio Reagan could decide``, ``told reporters in
        Lyon the talks had failed``: the place is where they were told, no part of the words).
        *pos* when no such place follows (``told a luncheon in New York Reagan could ...``: where
        the place ends is not sure).

        .. versionadded:: 0.2
        """
        words = list(islice(self._word.finditer(raw, pos, min(stop, pos + self.PHRASE_WINDOW), False, KEEP_GIL), 4))
        if len(words) < 4 or raw[pos : words[0].start()].strip() or words[0].group().casefold() not in self._place_prepositions:
            return pos
        place, subject, verb = words[1], words[2], words[3]
        if not place.group()[:1].isupper() or any(raw[a.end() : b.start()].strip() for a, b in pairwise(words)):
            return pos  # (only blanks between: no comma, no quotation mark)
        low = subject.group().casefold()
        if low in self._determiners or low in self._pronouns:
            return subject.start() if self.has_verb(raw, subject.start(), stop) else pos
        named = subject.group()[:1].isupper() and self.verb_at(raw, verb.start(), verb.end())
        return subject.start() if named else pos

    #: Prepositions of a setting after the person told, besides :attr:`PLACE_PREPOSITIONS`, that
    #: :meth:`setting_after_object` reads (``told reporters aboard Air Force One he would ...``).
    #:
    #: .. versionadded:: 0.2
    TOLD_SETTING_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("aboard",)
    #: The most capitalised words of a place, or of a title's words after the one told, that
    #: :meth:`setting_after_object` and :meth:`title_after_object` read.
    #:
    #: .. versionadded:: 0.2
    MAX_SETTING_NAME_WORDS: ClassVar[int] = 4

    def opens_pronoun_clause(self, raw: str, pos: int, stop: int) -> int | None:
        """Where a clause whose subject is a pronoun in lower case opens right after *pos*, blanks
        only between, with a verb soon after it (``he would visit``); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        subject = _WORD_AFTER_BLANKS.match(raw, pos, min(stop, pos + self.NAMED_WINDOW))
        if subject is None or not subject["word"].islower() or subject["word"] not in self._pronouns:
            return None
        return subject.start("word") if self.has_verb(raw, subject.start("word"), stop) else None

    def setting_after_object(self, raw: str, pos: int, stop: int) -> int:
        """Where the words after the person told, ending at *pos*, go on past where they were told
        when a clause with a pronoun for its subject follows (:meth:`opens_pronoun_clause`; the
        caller asks that the one told is someone, :meth:`names_addressee`, not ``told a story
        aboard Marine One he had heard``): one of
        :attr:`PLACE_PREPOSITIONS` or :attr:`TOLD_SETTING_PREPOSITIONS`, then up to
        :attr:`MAX_SETTING_NAME_WORDS` capitalised words or a determiner and a noun in lower case
        (``told reporters aboard Air Force One he would ...``, ``told reporters aboard the plane
        he would ...``: the place is no part of the words); *pos* otherwise (``told a luncheon in
        New York Reagan could ...``: :meth:`place_after_object` reads one word of a place before a
        name).

        .. versionadded:: 0.2
        """
        reach = min(stop, pos + self.PHRASE_WINDOW)
        words = list(islice(self._word.finditer(raw, pos, reach, False, KEEP_GIL), self.MAX_SETTING_NAME_WORDS + 1))
        if not words or raw[pos : words[0].start()].strip():
            return pos
        low = words[0].group().casefold()
        if low not in self._place_prepositions and low not in self.TOLD_SETTING_PREPOSITIONS:
            return pos
        place = words[1:]
        determined = len(place) > 1 and place[0].group().casefold() in self._determiners
        if determined and self.plain_lower_word(place[1].group()):
            place = place[:2]  # ("aboard the plane")
        else:
            count = 0
            while count < len(place) and place[count].group()[:1].isupper() and place[count].group().isalpha():
                count += 1
            place = place[:count]
        if not place or any(raw[a.end() : b.start()].strip() for a, b in pairwise([words[0], *place])):
            return pos  # (only blanks between: no comma, no quotation mark)
        start = self.opens_pronoun_clause(raw, place[-1].end(), stop)
        return start if start is not None else pos

    #: The most phrases of time or place (and an outlet's noun) that :meth:`settings_after_object`
    #: reads between the person told and the reported clause.
    #:
    #: .. versionadded:: 0.2
    MAX_TOLD_SETTINGS: ClassVar[int] = 3

    def settings_after_object(self, raw: str, pos: int, stop: int) -> int | None:
        """Where the reported clause opens after the person told, ending at *pos*, when up to
        :attr:`MAX_TOLD_SETTINGS` phrases stand between, blanks only around them: one of
        :attr:`OUTLET_WORDS` in lower case after a capitalised one told (``told the Times
        newspaper``), a weekday or a time noun (``Monday``), or one of :attr:`TIME_PREPOSITIONS` or
        :attr:`PLACE_PREPOSITIONS` before up to :attr:`MAX_SETTING_NAME_WORDS` capitalised words,
        time words or years (:meth:`is_year`: ``in 2019``), or before a determiner and a plain
        noun in lower case (``at City Hall``, ``on Tuesday``, ``last week``, ``in the capital``);
        the clause then opens with a pronoun or a
        determiner with a verb soon after it, or a capitalised word before a finite verb (``told
        the Times newspaper on Monday she would resign``, ``told reporters at City Hall on Tuesday
        the city would appeal``: the setting is no part of the words).  ``None`` with no such
        phrase, or no such clause after them (``told him in Paris to leave``: an order).

        .. versionadded:: 0.2
        """
        reach = min(stop, pos + self.PHRASE_WINDOW)
        words = list(islice(self._word.finditer(raw, pos, reach, False, KEEP_GIL), 4 * self.MAX_TOLD_SETTINGS + 2))
        if not words or raw[pos : words[0].start()].strip():
            return None
        k = settings = 0
        before = raw[max(0, pos - self.NAMED_WINDOW) : pos].split()
        first = words[0].group()
        outlet = first in self.OUTLET_WORDS and first not in self.OUTLET_OPENERS and first.islower()
        if outlet and before and before[-1][:1].isupper():
            k = settings = 1  # ("the Times newspaper": the outlet's noun)
        while k < len(words) and settings < self.MAX_TOLD_SETTINGS:
            low = words[k].group().casefold()
            if self.is_time_word(low):
                k, settings = k + 1, settings + 1  # ("Monday")
                continue
            if low not in self._time_prepositions and low not in self._place_prepositions:
                break
            j = k + 1
            determined = j + 1 < len(words) and words[j].group().casefold() in self._determiners
            if determined and self.plain_lower_word(words[j + 1].group()):
                j += 2  # ("in the capital")
            else:
                while j < len(words) and j - k <= self.MAX_SETTING_NAME_WORDS and (
                    (words[j].group()[:1].isupper() and words[j].group().isalpha()) or self.is_time_word(words[j].group())
                    or self.is_year(words[j].group())  # ("in 2019")
                ):
                    if j > k + 1 and j + 1 < len(words) and self.verb_at(raw, words[j + 1].start(), words[j + 1].end()):
                        break  # ("on Sunday Lopez would": the name before its verb opens the clause)
                    j += 1  # ("at City Hall", "on Tuesday", "last week")
            if j == k + 1:
                break
            k, settings = j, settings + 1
        if not settings or k + 1 >= len(words) or any(raw[a.end() : b.start()].strip() for a, b in pairwise(words[: k + 1])):
            return None  # (only blanks between: no comma, no quotation mark)
        subject = words[k]
        low = subject.group().casefold()
        if subject.group().islower() and (low in self._pronouns or low in self._determiners):
            return subject.start() if self.has_verb(raw, subject.start(), stop) else None
        named = subject.group()[:1].isupper() and low not in self._stop and low not in self._determiners
        return subject.start() if named and self.verb_at(raw, words[k + 1].start(), words[k + 1].end()) else None

    def is_year(self, word: str) -> bool:
        """Whether *word* is a year's number (``in 2019``, ``in May 1998``) for
        :meth:`settings_after_object`.

        .. versionadded:: 0.2"""
        return _YEAR.fullmatch(word) is not None

    def title_after_object(self, raw: str, pos: int, stop: int) -> int:
        """Where the person told, a capitalised word ending at *pos*, ends when a clause with a
        pronoun for its subject follows (:meth:`opens_pronoun_clause`) after one of
        :attr:`OUTLET_WORDS` in lower case (``told Bild newspaper he would ...``, ``told the Times
        newspaper he ...``: the outlet is told), or after more words of a title, each capitalised
        or one of :attr:`OF_WORDS` or a determiner, the last capitalised, at most
        :attr:`MAX_SETTING_NAME_WORDS` (``told CNN's State of the Union he would ...``, ``told
        NBC's Meet the Press she ...``); *pos* otherwise (``told Bild newspaper editors would
        ...``: no pronoun, where the one told ends is not sure).

        .. versionadded:: 0.2
        """
        before = raw[max(0, pos - self.NAMED_WINDOW) : pos].split()
        if not before or not before[-1][:1].isupper():
            return pos
        reach = min(stop, pos + self.PHRASE_WINDOW)
        words = list(islice(self._word.finditer(raw, pos, reach, False, KEEP_GIL), self.MAX_SETTING_NAME_WORDS))
        if not words or raw[pos : words[0].start()].strip():
            return pos
        first = words[0].group()
        if first in self.OUTLET_WORDS and first not in self.OUTLET_OPENERS and first.islower():
            start = self.opens_pronoun_clause(raw, words[0].end(), stop)
            return words[0].end() if start is not None else pos
        end = pos
        for k, word in enumerate(words):
            text = word.group()
            if raw[(words[k - 1].end() if k else pos) : word.start()].strip():
                break  # (only blanks between)
            if text[:1].isupper() and text.replace("-", "").isalpha():
                end = word.end()
            elif text not in self._of and text not in self._determiners:
                break
        if end == pos:
            return pos
        return end if self.opens_pronoun_clause(raw, end, stop) is not None else pos

    def compound_object_end(self, raw: str, obj: regex.Match[str], stop: int) -> int:
        """Where the one told ends when *obj*, the words a cue of :attr:`OBJECT_VERBS` takes, is a
        determiner and a word in lower case that goes on as a compound noun (``told a news
        conference the bank would ...``, ``told a press briefing growth would slow``, ``told a
        parliamentary committee the plan was ...``): over up to :attr:`MAX_COMPOUND_OBJECT_WORDS`
        more plain words in lower case (:meth:`plain_lower_word`), the last followed by what opens
        the reported clause: a determiner or a pronoun (not after a word in :attr:`GERUND_SUFFIX`,
        whose object they open), or a noun in lower case or a capitalised word and at once a
        finite one of :attr:`CLAUSE_AUXILIARIES` (``told a local radio station Ortiz would ...``).
        Else ``obj.end()`` (``told the court evidence would
        show``: the court is told; ``warned the traders parking charges would rise``: a noun for
        people is told; ``told the story of a man who ...``, ``told a press conference
        foreshadowing the meeting, "..."``, ``told the official news agency PAP the talks ...``:
        no clause read from the words after the one told).

        .. versionadded:: 0.2"""
        match obj.group().split():
            case [determiner, noun] if determiner.casefold() in self._determiners and noun.islower():
                if self.is_people_noun(noun):
                    return obj.end()  # ("warned the traders parking charges would rise": the traders are told)
            case _:
                return obj.end()
        end = obj.end()
        for _ in range(self.MAX_COMPOUND_OBJECT_WORDS):
            word = _WORD_AFTER_BLANKS.match(raw, end, min(stop, end + self.NAMED_WINDOW))
            if word is None or not self.plain_lower_word(word["word"]):
                return obj.end()
            following = _WORD_AFTER_BLANKS.match(raw, word.end(), min(stop, word.end() + self.NAMED_WINDOW))
            if following is None:
                return obj.end()
            text = following["word"]
            low = text.casefold()
            if low in self._determiners or low in self._pronouns:
                # (not after a participle, whose object it opens: "a press conference foreshadowing the meeting")
                gerund = bool(self.GERUND_SUFFIX) and word["word"].casefold().endswith(self.GERUND_SUFFIX)
                return obj.end() if gerund else word.end()
            verb = _WORD_AFTER_BLANKS.match(raw, following.end(), min(stop, following.end() + self.NAMED_WINDOW))
            finite = verb["word"].casefold() if verb is not None else ""
            subject = self.plain_lower_word(text) or text[:1].isupper()  # ("growth would", "Ortiz would")
            if subject and finite in self._clause_auxiliaries and finite in self._clause_verbs:
                return word.end()
            if not self.plain_lower_word(text):
                return obj.end()
            end = word.end()
        return obj.end()

    def plain_lower_word(self, word: str) -> bool:
        """Whether *word* is a word in lower case of letters that is no stop word, determiner,
        pronoun, preposition nor auxiliary (a noun or an adjective that a compound noun may hold:
        :meth:`compound_object_end`).

        .. versionadded:: 0.2"""
        low = word.casefold()
        if not (word.isalpha() and word.islower()):
            return False
        return not (
            low in self._stop or low in self._determiners or low in self._pronouns or low in self._clause_auxiliaries
            or low in self._prepositions or low in self._of
        )

    def subject_not_object(self, raw: str, end: int, stop: int) -> bool:
        """Whether the words a cue of :attr:`OBJECT_VERBS` takes as the person told, up to *end*,
        are the subject of a clause without ``that`` instead: a finite one of
        :attr:`CLAUSE_AUXILIARIES` (also in :attr:`CLAUSE_VERBS`) follows them at once (``warned
        the plan would fail``; not ``warned voters the plan would fail``, ``told reporters gathered
        outside``).

        .. versionadded:: 0.2
        """
        following = _WORD_AFTER_BLANKS.match(raw, end, min(stop, end + self.NAMED_WINDOW))
        if following is None:
            return False
        low = following["word"].casefold()
        return low in self._clause_auxiliaries and low in self._clause_verbs

    def agency_then_subject(self, raw: str, obj: regex.Match[str], stop: int) -> bool:
        """Whether *obj*, the words a cue of :attr:`OBJECT_VERBS` takes as the person told, is an
        agency (``Vocabulary.is_agency``) and a noun in lower case for no people (none of
        :attr:`OBJECT_WORDS`, no role, no person's ending: :meth:`singular_by_ending`) that opens the clause told, one of
        :attr:`OF_WORDS` right after it and a verb soon after (:meth:`has_verb`): ``told Reuters
        shares of regional lenders could slide``, the agency told and ``shares of ...`` the words
        (:meth:`clause_subject_start`); not ``told Reuters reporters of the plan``.

        .. versionadded:: 0.2
        """
        told = obj.group().split()
        if len(told) != 2 or not told[1].isalpha() or not told[1].islower() or not self.vocabulary.is_agency(told[0]):
            return False
        noun = told[1].removesuffix("s")
        if told[1] in self._object_words or self.vocabulary.is_role_noun(noun):
            return False  # ("told Reuters reporters ...", "told Reuters editors ...": people told)
        if self.singular_by_ending(noun):
            return False  # ("told Reuters analysts ...": a noun for people by its ending)
        link = _WORD_AFTER_BLANKS.match(raw, obj.end(), min(stop, obj.end() + self.NAMED_WINDOW))
        if link is None or link["word"] not in self._of:
            return False
        return self.has_verb(raw, link.end(), stop)

    def object_modifies_subject(self, raw: str, obj: regex.Match[str], stop: int) -> bool:
        """Whether *obj*, the words a cue of :attr:`OBJECT_VERBS` takes as the person told, is one
        word of :attr:`OBJECT_WORDS` in lower case and in the singular (no ending of
        :attr:`PRESENT_SUFFIX`) that a plural noun of things in lower case follows, then at once a
        finite one of :attr:`CLAUSE_AUXILIARIES` (also in :attr:`CLAUSE_VERBS`): the word modifies
        the reported clause's subject (``warned staff cuts would follow``, ``warned staff shifts could
        change``); not ``warned police officers would ...``, ``warned staff the cuts would ...``.  Read
        only after a verb that may take no one told (not :attr:`UNINVERTED_VERBS`: ``told staff wages
        would rise`` tells the staff).

        .. versionadded:: 0.2
        """
        told = obj.group().strip()
        low = told.casefold()
        if " " in told or not told.islower() or low not in self._object_words or low in self._pronouns:
            return False
        if self.PRESENT_SUFFIX and low.endswith(self.PRESENT_SUFFIX):
            return False
        noun = _WORD_AFTER_BLANKS.match(raw, obj.end(), min(stop, obj.end() + self.NAMED_WINDOW))
        if noun is None or not noun["word"].islower():
            return False
        head = noun["word"]
        if not self.PRESENT_SUFFIX or not head.endswith(self.PRESENT_SUFFIX) or head.endswith(tuple(self.NOT_PRESENT_ENDINGS)):
            return False
        if self.is_people_noun(head) or head in self._object_words or head in self._stop:
            return False
        return self.subject_not_object(raw, noun.end(), stop)

    def determiner_opens_clause(self, raw: str, obj: regex.Match[str], stop: int) -> bool:
        """Whether *obj*, the words a cue of :attr:`OBJECT_VERBS` takes as the person told, is a
        determiner and a word in lower case that opens the reported clause's subject instead:
        at most :attr:`MAX_CLAUSE_COMPLEMENT` more words in lower case follow, then a finite one
        of :attr:`CLAUSE_AUXILIARIES` (also in :attr:`CLAUSE_VERBS`), and the word names no one
        told (:meth:`names_addressee`: ``warned the new rules would hurt farmers``), or names
        people but none of :attr:`OBJECT_WORDS` while the noun before the auxiliary is no plural
        in :attr:`PRESENT_SUFFIX` (``warned the city budget would shrink``, ``the old bridge
        could``); never when that noun is one for people or of :attr:`OBJECT_WORDS`, a subject
        alone (not ``warned the council residents would suffer``, ``warned the crowd police
        would``).

        .. versionadded:: 0.2
        """
        match obj.group().split():
            case [determiner, noun] if determiner.casefold() in self._determiners and noun.islower():
                pass
            case _:  # (no determiner and one word in lower case)
                return False
        if noun in self._object_words:
            return False  # ("told the court evidence would show": the court is told)
        loose = not self.names_addressee(obj.group())
        pos, last = obj.end(), ""
        for _ in range(self.MAX_CLAUSE_COMPLEMENT + 1):
            following = _WORD_AFTER_BLANKS.match(raw, pos, min(stop, pos + self.NAMED_WINDOW))
            if following is None or not following["word"].islower():
                return False
            low = following["word"].casefold()
            if low in self._clause_auxiliaries and low in self._clause_verbs:
                if not last:
                    return False
                plural = bool(self.PRESENT_SUFFIX) and last.endswith(self.PRESENT_SUFFIX)
                people = self.is_people_noun(last) or last in self._object_words
                return not people and (loose or not plural)
            if low in self._stop or low in self._determiners or low in self._pronouns:
                return False
            pos, last = following.end(), low
        return False

    def short_clause(self, raw: str, start: int, end: int) -> bool:
        """Whether the words from *start* to *end*, fewer than :attr:`MIN_WORDS`, are still a
        clause: a subject and its finite verb, the verb no auxiliary, nor a cue after anything
        but a pronoun (``said prices fell``, ``said she agreed``, ``Talks collapsed, Ortiz
        said``; not ``said it would``, ``said the report``, ``said on Monday, Reuters
        reported``), the subject a pronoun of :attr:`PRONOUNS` or a noun.

        .. versionadded:: 0.2
        """
        words = [w.strip(",;:.") for w in raw[start:end].split()]
        if len(words) != 2 or not all(words):
            return False
        subject, verb = words[0].casefold(), words[1]
        if not verb[:1].islower() or verb.casefold() in self._clause_auxiliaries or not self.is_verb(verb.casefold()):
            return False
        if self.is_cue_word(verb) and subject not in self._pronouns:
            return False  # ("..., Lena Voss said on Monday, Reuters reported.": another attribution)
        if subject in self._determiners or subject in self._stop or subject in self._that_words:
            return subject in self._pronouns
        return subject.isalpha()

    def named_short_clause(self, raw: str, start: int, end: int) -> bool:
        """Whether the two words from *start* to *end*, right after their cue with no comma
        between, are a capitalised name and a cue of its own in lower case that is no auxiliary
        (``The mayor said Ortiz agreed.``): a clause, the name's verb; :meth:`short_clause` leaves
        them out for fear of another attribution, which only a comma before them makes
        (``said on Monday, Reuters reported``).

        .. versionadded:: 0.2
        """
        words = [w.strip(",;:.") for w in raw[start:end].split()]
        if len(words) != 2 or not all(words) or not words[0].isalpha() or not words[0][:1].isupper():
            return False
        before = start
        while before > 0 and raw[before - 1].isspace():
            before -= 1
        if before == 0 or not raw[before - 1].isalpha():
            return False  # (after a comma or a mark: maybe another attribution)
        subject, verb = words[0].casefold(), words[1]
        if subject in self._determiners or subject in self._stop or subject in self._pronouns:
            return False
        return verb[:1].islower() and verb.casefold() not in self._clause_auxiliaries and self.is_cue_word(verb)

    def that_as_subject(self, raw: str, that: regex.Match[str]) -> int:
        """Where the words a cue reports begin after *that* (a match of one of
        :attr:`THAT_WORDS`, maybe after a time or a place): after the word, unless a finite one of
        :attr:`CLAUSE_AUXILIARIES` (also in :attr:`CLAUSE_VERBS`) follows it (``said that would be a mistake``, ``said that is
        why``): the word is then the clause's subject, a pronoun, and the words begin with it.

        .. versionadded:: 0.2
        """
        end = that.end()
        start = end  # (the pattern takes the blanks after the word: step back over them, not copy the text before)
        while start > 0 and raw[start - 1].isspace():
            start -= 1
        following = _WORD_AFTER_BLANKS.match(raw, end, end + self.NAMED_WINDOW, KEEP_GIL)
        if following is None or start == end or not raw[start - 1 : start].isalpha():
            return end  # ("qu'il": an elided word has no blank after it)
        low = following["word"].casefold()
        if low not in self._clause_auxiliaries or low not in self._clause_verbs:
            return end  # (finite forms only: "said that not only ...", "said that to be fair ...")
        while start > that.start() and not raw[start - 1].isspace() and raw[start - 1] != ",":
            start -= 1
        return start

    def source_aside(self, raw: str, pos: int, stop: int) -> regex.Match[str] | None:
        """A source set off by commas right after a cue ending at *pos*, one of
        :attr:`ACCORDING_TO` and at most :attr:`MAX_ASIDE_SOURCE` characters (``Officials said,
        according to Reuters, that ...``): the source reports what the cue's speaker said, so the
        speaker stays the cue's and the source becomes the quote's ``source``; ``None`` without
        one.

        .. versionadded:: 0.2
        """
        return self._according_aside.match(raw, pos, stop, KEEP_GIL)

    def clause_after_told(self, raw: str, pos: int, sentence: tuple[int, int], *, bare: bool) -> tuple[int, int, str | None] | None:
        """In a language of :attr:`VERB_SECOND`, whose clause reported without ``that`` follows a
        comma, the words after the one told and that comma at *pos*, with a verb close behind
        (German ``sagte der dpa, sie hoffe auf eine Einigung``, ``sagte dem Sender, die Stadt
        werde ...``); ``None`` in other languages (English ``told his wife, Ana, the news``),
        without a cue that takes a bare clause (*bare*), and before a relative clause on the one
        told (``sagte der Zeitung, die am Montag erscheint, ...``: :attr:`PARTICLE_RELATIVES`).  The words
        after the comma are read as after ``sagte,`` alone (:meth:`bare_clause`).

        .. versionadded:: 0.2
        """
        if not (self.VERB_SECOND and bare) or raw[pos : pos + 1] != ",":
            return None
        if self._particle_relative.match(raw, pos, sentence[1]) is not None:
            return None
        # (as after "sagte," alone: the subjunctive shows the reported clause, no verb test)
        start = self.bare_clause(raw, pos, sentence[1], needs_verb=False)
        return self.clause_from(raw, start, sentence) if start is not None else None

    def clause_after_aside(
        self, raw: str, pos: int, sentence: tuple[int, int], *, bare: bool, needs_verb: bool, adverb: bool = False
    ) -> tuple[int, int, str | None] | None:
        """The reported words after a short aside set off by commas right after a cue ending at
        *pos* (at most :attr:`MAX_CUE_ASIDE` characters): ``warned, however, that training ...``
        and ``said, as protesters left, that ...`` start after ``that``; with a verb that takes a
        bare clause, ``said, as expected, the plan ...`` starts after the aside when the aside opens
        with one of :attr:`CONJUNCTIONS` or is one of :attr:`ASIDE_ADVERBS` (``said, however, the
        bridge ...``); after a cue's object only the adverb, with *adverb* (``told reporters,
        however, the bridge ...``; not ``told reporters, as expected, the bridge ...``).  ``None``
        without such an aside.

        .. versionadded:: 0.2
        """
        aside = self._cue_aside.match(raw, pos, sentence[1], KEEP_GIL)
        if aside is None:
            return None
        that = self._that.match(raw, aside.end(), sentence[1])
        if that is not None:
            return self.clause_from(raw, that.end(), sentence)
        first = self._word.match(raw, aside.start("aside"), aside.end("aside"))
        lone = first is not None and not raw[first.end() : aside.end("aside")].strip()
        after = aside.end()
        while after < sentence[1] and raw[after].isspace():
            after += 1
        if lone and raw[after : after + 1] in self._marks:
            return None  # ('acknowledged, however, "As they say ..."': the quotation's, not reported words)
        if first is None or not (
            (bare and first.group().casefold() in self._conjunctions)
            or ((bare or adverb) and lone and first.group().casefold() in self._aside_adverbs)
        ):
            return None
        start = self.bare_clause(raw, aside.end(), sentence[1], needs_verb=needs_verb)
        return self.clause_from(raw, start, sentence) if start is not None else None

    def speaker_condition(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the words after a cue of :attr:`OBJECT_VERBS` ending at *pos* are the
        speaker's condition for speaking rather than speech: one of :attr:`NEGATION_WORDS`, the
        infinitive's marker and a passive with no object before them (``who asked not to be
        named``, ``asked not to be identified because ...``); ``asked residents not to be
        alarmed`` asks something of others and is speech.

        .. versionadded:: 0.2
        """
        return self._speaker_condition.match(raw, pos, stop) is not None

    def promised_clause(
        self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]
    ) -> tuple[int, int, str | None] | None:
        """The clause without ``that`` after a cue of :attr:`MODAL_BARE_VERBS` (:meth:`content_after`
        with a verb close behind), when one of ``MODAL_WORDS`` stands among its first
        :attr:`MODAL_BARE_LOOKAHEAD` words before a comma and after no ``THAT_WORDS``
        (``promised the change would "save money"``, ``pledged the new rules would end the
        backlog``); else ``None`` (``promised a veto and attempted ...``, ``pledged delegates were
        at stake``: the promise's object).  After the one promised and ``that`` the clause after
        ``that`` (:meth:`promised_then_that`: ``promised Mr. Weiner that he could ...``).  The one
        promised, right after the cue and before a pronoun of :attr:`PRONOUNS` or a word of
        :attr:`DETERMINERS` that opens the clause (:meth:`promised_object`), is no part of it (``promised residents they would be
        compensated``, ``promised reporters the plant would stay open``), nor is a noun for
        people before a bare noun and a modal (``promised voters taxes would fall``).

        .. versionadded:: 0.2
        """
        that = self.promised_then_that(raw, cue.end(), sentence[1])
        if that is not None:
            return self.clause_from(raw, that, sentence)  # ("promised Ana Ortiz that the pier would reopen")
        content = self.content_after(raw, cue, sentence, bare=True, needs_verb=True)
        if content is None:
            return None
        marker = self._word.match(raw, content[0], content[1])
        if (
            marker is not None and marker.group().casefold() in self._infinitive_markers
            and not self.opens_infinitive(raw, marker.end(), content[1])
        ):
            return None  # ("delegates pledged to the governor may switch": a preposition's object, no clause)
        start = self.promised_object(raw, cue.end(), content[0], content[1])
        stop = self.clause_comma(raw, start, content[1])
        window = self._word.finditer(raw, start, stop, False, KEEP_GIL)
        for word in islice(window, self.MODAL_BARE_LOOKAHEAD):
            low = word.group().casefold()
            if low in self._that_words:
                return None  # ("promised the board members that ...": no one promised read, no clause sure)
            if low in self._modal_words:
                return start, content[1], content[2]
        return None

    def promised_then_that(self, raw: str, pos: int, stop: int) -> int | None:
        """Where the clause after the one promised and one of :attr:`THAT_WORDS` starts, for a cue of
        :attr:`MODAL_BARE_VERBS` ending at *pos*, read up to *stop* (``promised Ana Ortiz that
        the pier would reopen``, ``promised residents that taxes would fall``, ``promised him that
        ...``): the one promised names people (:meth:`names_addressee`); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        told = self._object.match(raw, pos, stop, KEEP_GIL)
        if told is None or not self.names_addressee(told.group()):
            return None
        following = _WORD_AFTER_BLANKS.match(raw, told.end(), stop)
        if following is None or following["word"].casefold() not in self._that_words:
            return None
        clause = _WORD_AFTER_BLANKS.match(raw, following.end(), stop)
        return clause.start("word") if clause is not None else None

    def promised_object(self, raw: str, pos: int, start: int, stop: int) -> int:
        """Where the clause after a cue of :attr:`MODAL_BARE_VERBS` ending at *pos* starts, its
        words found from *start* to *stop*: after the one promised (the cue's object, as a
        cue of :attr:`OBJECT_VERBS` takes it) when only blanks stand between the cue and
        *start* and a pronoun of :attr:`PRONOUNS` or a word of :attr:`DETERMINERS` follows
        that object (``promised residents they would ...``, ``promised his wife he would
        ...``, ``promised reporters the plant would ...``), or the object names people
        (:meth:`names_addressee`) and a bare noun and a modal follow (:meth:`modal_soon`:
        ``promised voters taxes would ...``); else *start* (``promised the
        change would ...``: its subject; ``promised the new rules would ...``: no word shows
        where an object would end).

        .. versionadded:: 0.2
        """
        if not raw[pos:start].isspace():
            return start
        told = self._object.match(raw, pos, stop, KEEP_GIL)
        if told is None or self.subject_not_object(raw, told.end(), stop):
            return start  # ("promised the change would ...": the clause's subject, no one promised)
        following = _WORD_AFTER_BLANKS.match(raw, told.end(), stop)
        if following is None:
            return start
        low = following["word"].casefold()
        if low in self._pronouns or low in self._determiners:
            return following.start("word")  # ("promised residents they would ...": the clause after them)
        # (after a possessive form, "her", as many words as before: "promised her entire program would ...")
        owner = told.group().strip().casefold() in self._possessive_determiners
        limit = self.MAX_CLAUSE_COMPLEMENT if owner else self.MAX_PROMISED_SUBJECT_WORDS
        addressee = self.names_addressee(told.group())
        if following["word"].islower() and addressee and self.modal_soon(raw, following.end(), stop, limit):
            return following.start("word")  # ("promised voters taxes would fall": the voters are promised)
        return start

    def modal_soon(self, raw: str, pos: int, stop: int, limit: int | None = None) -> bool:
        """Whether one of ``MODAL_WORDS`` stands among the *limit* (:attr:`MAX_PROMISED_SUBJECT_WORDS`)
        words in lower case after *pos* (before *stop*), none of them a stop word: the words from
        *pos* on close a bare noun phrase that is a clause's subject (``taxes would``, ``property
        taxes would``, ``new cycle lanes would``).  :meth:`promised_object` gives
        :attr:`MAX_CLAUSE_COMPLEMENT` after a possessive form (``promised her entire program
        would``: her program, no one promised).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 :attr:`MAX_PROMISED_SUBJECT_WORDS` words, not :attr:`MAX_CLAUSE_COMPLEMENT`.
        """
        for _ in range(self.MAX_PROMISED_SUBJECT_WORDS if limit is None else limit):
            following = _WORD_AFTER_BLANKS.match(raw, pos, stop)
            if following is None or not following["word"].islower():
                return False
            low = following["word"].casefold()
            if low in self._modal_words:
                return True
            if low in self._stop:
                return False
            pos = following.end()
        return False

    def bare_clause(self, raw: str, pos: int, stop: int, *, needs_verb: bool) -> int | None:
        """Where a clause without ``that`` starts after a cue ending at *pos* (``said the port was
        closed``), or ``None``."""
        space = self._bare_gap.match(raw, pos, stop, KEEP_GIL)
        if space is None:
            return None
        start = space.end()
        if self.VERB_SECOND and "," not in raw[pos:start]:
            start = self.setting_before_comma(raw, start, stop)  # ("erklärte am Dienstag in Berlin, ...")
        if not (self.opens_clause(raw, start, stop) or self.auxiliary_after_subject(raw, start, stop)):
            return None
        if self.opens_participle(raw, pos, start, stop):
            return None
        if self.set_off_speaker(raw, pos, start, stop):
            return None  # ("And Trump, said Ana Ortiz, who ..., doesn't forgive": her words, not Trump's)
        if self.adverbial_clause_only(raw, start, stop):
            return None  # ("Berg tweeted when Ortiz closed the meeting.": when he spoke, not what he said)
        if "," in raw[pos:start] and self.opens_conjunction(raw, start, stop):
            return None  # ("..., police said, as protesters returned home.": the reporter's clause)
        if self.opens_joined_clause(raw, start, stop):
            return None  # ("..., union officials said but doubts remain": a second clause, the reporter's)
        if (
            needs_verb and not self.has_verb(raw, start, self.clause_comma(raw, start, stop))
            and not self.document_then_participle(raw, start, stop) and not self.pronoun_then_verb(raw, start, stop)
        ):
            return None  # ("announced 6,000 layoffs, some workers felt betrayed": the verb is another clause's)
        if self.VERB_SECOND and "," not in raw[pos:start] and not self.has_verb(raw, start, stop):
            return None  # (German "bekräftigte seine Position erneut": the verb's object; "bekräftigte, ...")
        if self.VERB_SECOND and "," not in raw[pos:start] and self.object_relative(raw, start, stop):
            return None  # (German "erklärte den Rücktritt, den niemand erwartet hatte": the object described)
        return start

    def pronoun_then_verb(self, raw: str, start: int, stop: int) -> bool:
        """For :meth:`bare_clause`: whether the words at *start* open with one of :attr:`PRONOUNS`
        in lower case and then a plain word in lower case, blanks only between, that is no stop
        word, determiner nor preposition: a subject pronoun's next word is its verb, listed or
        not (``told me he plans to step down``, ``told reporters she wants a recount``; not
        ``told her it all``).  Only in a language with a :attr:`PRESENT_SUFFIX` (English): a
        pack without one reads its clauses by its own verbs (German ``meldete, ich plane ...``).

        .. versionadded:: 0.2"""
        if not self.PRESENT_SUFFIX:
            return False
        words = list(islice(self._word.finditer(raw, start, min(stop, start + self.PHRASE_WINDOW), False, KEEP_GIL), 2))
        if len(words) < 2 or raw[start : words[0].start()].strip() or raw[words[0].end() : words[1].start()].strip():
            return False
        first, second = words[0].group(), words[1].group()
        if first not in self._pronouns or not (second.isalpha() and second.islower()):
            return False
        return not (second in self._stop or second in self._determiners or second in self._prepositions)

    #: The most commas after a subordinate clause that opens the words after a cue that
    #: :meth:`adverbial_clause_only` reads for the main clause (a bound, linear time).
    MAX_SUBORDINATE_COMMAS: ClassVar[int] = 6

    def auxiliary_after_subject(self, raw: str, start: int, stop: int) -> bool:
        """For :meth:`bare_clause`: whether a clause with a long subject opens at *start*: a plain
        word in lower case (:meth:`plain_lower_word`), then within :attr:`LONG_SUBJECT_LOOKAHEAD`
        words a finite one of :attr:`CLAUSE_AUXILIARIES` before a word in lower case, with no
        punctuation, quotation mark, relative pronoun, pronoun, cue or finite verb between, no
        determiner after a time word, a capitalised word or a word in :attr:`GERUND_SUFFIX`, and no coordinator right
        before it (``said states
        like California and Colorado will clarify ...``, ``said prices for most goods in the region
        would rise``; not ``said goodbye to workers who will leave``, ``said sorry and will
        resign``, ``told a subcommittee hearing the market could ...``).

        .. versionadded:: 0.2"""
        words = list(islice(self._word.finditer(raw, start, min(stop, start + self.PHRASE_WINDOW), False, KEEP_GIL),
                            self.LONG_SUBJECT_LOOKAHEAD + 2))
        if len(words) < 3 or raw[start : words[0].start()].strip() or not self.plain_lower_word(words[0].group()):
            return False
        for k in range(1, len(words) - 1):
            if raw[words[k - 1].end() : words[k].start()].strip():
                return False  # (blanks only between: no comma, no mark)
            low = words[k].group().casefold()
            if low in self._clause_auxiliaries and low in self._clause_verbs and words[k].group().islower():
                after = words[k + 1].group()
                joined = words[k - 1].group().casefold() in self._coordinators
                return k > 1 and not joined and after.islower() and not raw[words[k].end() : words[k + 1].start()].strip()
            if low in self._relatives or low in self._pronouns or self.is_cue_word(low) or self.is_verb(low):
                return False
            before = words[k - 1].group().casefold()
            gerund = bool(self.GERUND_SUFFIX) and before.endswith(self.GERUND_SUFFIX) and before not in self._prepositions
            capital = words[k - 1].group()[:1].isupper()
            if low in self._determiners and (self.is_time_word(before) or gerund or capital):
                # ("told the news agency PAP yesterday the talks ...", "told reporters aboard Air Force One
                # the tariffs would ...": a phrase that ends in a name, and the clause opens later)
                return False
        return False

    def adverbial_clause_only(self, raw: str, start: int, stop: int) -> bool:
        """Whether the words after a cue from *start* open with one of :attr:`SUBORDINATORS` in lower
        case that is none of :attr:`PREPOSITIONS` (``said after the vote he would resign``: a phrase,
        then the words) and no main clause follows that subordinate clause: no comma up to *stop* (of the
        first :attr:`MAX_SUBORDINATE_COMMAS`) is followed by a clause with a verb close behind
        (``Berg tweeted when Ortiz closed the meeting with a joke``, ``..., remarking, "..."``,
        ``said as he entered the talks``): the clause tells when or why the speaker spoke, not
        what was said; but ``said when the accord was signed, the dollar was already falling``
        reports the main clause after it.

        .. versionadded:: 0.2
        """
        first = self._word.match(raw, start, stop, KEEP_GIL)
        if first is None or not first.group()[:1].islower():
            return False
        if first.group() not in self.SUBORDINATORS or first.group() in self._prepositions:
            return False  # ("said after the vote he would resign": a preposition's phrase, then the words)
        comma = raw.find(",", first.end(), stop)
        for _ in range(self.MAX_SUBORDINATE_COMMAS):
            if comma < 0:
                return True
            after = comma + 1
            while after < stop and raw[after] == " ":
                after += 1
            if (
                after < stop
                and raw[after] not in self._marks
                and not self.opens_participle(raw, comma, after, stop)
                and self.opens_clause(raw, after, stop)
                and self.has_verb(raw, after, stop, words=self.LONG_SUBJECT_LOOKAHEAD)
            ):
                return False
            comma = raw.find(",", after, stop)
        return False

    #: The most words of a verb's object before the document noun of
    #: :meth:`document_then_participle` (``a detailed, six-page letter``).
    #:
    #: .. versionadded:: 0.2
    MAX_DOCUMENT_OBJECT_WORDS: ClassVar[int] = 5

    def document_then_participle(self, raw: str, start: int, stop: int) -> bool:
        """Whether the object at *start* names a document among its first
        :attr:`MAX_DOCUMENT_OBJECT_WORDS` words (:attr:`DOCUMENT_NOUNS`, :attr:`UTTERANCE_NOUNS`) and
        one of :attr:`DOCUMENT_PARTICIPLES` follows before *stop*: ``wrote a letter to the mayor
        urging her to resign`` reports what the letter urged, though no finite verb follows.

        .. versionadded:: 0.2
        """
        document = False
        for number, match in enumerate(self._word.finditer(raw, start, stop, False, KEEP_GIL)):
            low = match.group().casefold()
            if number < self.MAX_DOCUMENT_OBJECT_WORDS and (low in self._document_nouns or low in self._utterance_nouns):
                document = True
            elif document and low in self._document_participles:
                return True
            elif not document and number >= self.MAX_DOCUMENT_OBJECT_WORDS:
                return False
        return False

    def set_off_speaker(self, raw: str, pos: int, start: int, stop: int) -> bool:
        """Whether the cue ending at *pos* stands right after a comma and a blank that end the
        sentence's first phrase, and the words
        from *start* open with capitalised words, a comma and one of :attr:`RELATIVE_PRONOUNS`
        (``And Trump, said Ana Ortiz, who remains friendly with him, doesn't forgive``): the
        attribution is set off inside the words, its speaker the name after the cue, and what
        follows that name describes the speaker rather than opening reported words.

        .. versionadded:: 0.2"""
        cue = raw.rfind(" ", 0, pos) + 1
        if raw[max(0, cue - 2) : cue] != ", ":
            return False
        opening = max(raw.rfind(end, 0, cue) for end in (*self.SENTENCE_END, "\n")) + 1
        if "," in raw[opening : cue - 2]:
            return False  # ("The mayor, who was elected in May, said Ana Ortiz, who ..., would": a subject described)
        return self._described_name.match(raw, start, stop, KEEP_GIL) is not None

    def clause_comma(self, raw: str, start: int, stop: int) -> int:
        """Where the first comma from *start* that may end a clause stands (not one between digits,
        ``2,000``), or *stop*; *stop* too when a quotation mark opens right after that comma
        (``adding later, "The plan is ..."``: the comma leads into the words).

        .. versionadded:: 0.2
        """
        comma = _CLAUSE_COMMA.search(raw, start, stop, KEEP_GIL)
        if comma is None or raw[comma.end() : stop].lstrip()[:1] in self._marks:
            return stop
        return comma.start()

    def setting_before_comma(self, raw: str, start: int, stop: int) -> int:
        """Where a clause reported after a comma starts when the words from *start*, right after a
        cue (and a time) in a language of :attr:`VERB_SECOND`, are where or when it was said: at
        most :attr:`MAX_SETTING_WORDS` words up to a comma, the first one of :attr:`PREPOSITIONS`
        and none a finite verb (German ``erklärte am Dienstag in Berlin, die Reform komme``,
        ``sagte vor Journalisten in Rom, ...``): after that comma; *start* otherwise (``erklärte den
        Rücktritt, den ...``, ``sagte in Berlin sei es ruhig``, and ``sagte in einem Interview, das
        am Sonntag erscheint, ...``: one of :attr:`PARTICLE_RELATIVES` and a lower-case word after
        the comma open a relative clause).

        .. versionadded:: 0.2
        """
        comma = raw.find(",", start, min(stop, start + self.PHRASE_WINDOW))
        if comma < 0:
            return start
        words = raw[start:comma].split()
        if not 0 < len(words) <= self.MAX_SETTING_WORDS or words[0].casefold() not in self._prepositions:
            return start
        if any(
            not (self.setting_word(w) or self.ordinal_day_word(words, k)) or (w.islower() and self.is_verb(w))
            for k, w in enumerate(words)
        ):
            return start
        if self._particle_relative.match(raw, comma, stop) is not None:
            return start  # ("sagte in einem Interview, das am Sonntag erscheint, ...": a relative clause)
        after = comma + 1
        while after < stop and raw[after].isspace():
            after += 1
        return after

    def setting_word(self, word: str) -> bool:
        """Whether *word* may stand in a setting :meth:`setting_before_comma` reads: letters and
        hyphens (``Berlin``, ``ZDF-Interview``), or a compound of letters and digits joined by a
        hyphen whose last part is letters (a station's or a show's name: ``Ö1-Morgenjournal``); not
        a number, nor ``2024``.

        .. versionadded:: 0.2"""
        bare = word.replace("-", "")
        if bare.isalpha():
            return True
        return "-" in word and bare.isalnum() and word.rsplit("-", 1)[1].isalpha()

    def subjunctive_after_colon(self, raw: str, pos: int, stop: int) -> int | None:
        """Where a clause reported after a colon right after a cue ending at *pos* starts, in a pack
        with :attr:`SUBJUNCTIVE_VERBS`: the clause's main verb one of them among its first
        :attr:`MAX_SUBJUNCTIVE_POSITION` words, not the first (none of
        :attr:`SUBJUNCTIVE_AMBIGUOUS_SUBJECTS` before it), as German reports speech in its own mood
        (``Katherina Reiche sagte: Das Gesetz werde überarbeitet.``), maybe after a time or a place
        before the colon as :meth:`setting_before_comma` reads one (``betonte am Montag: ...``);
        ``None`` otherwise (``sagte:
        Das Gesetz wird überarbeitet.``, the indicative, may be the writer's; a quotation mark after
        the colon is a direct quote's, read by its own rules).

        .. versionadded:: 0.2
        """
        forms = self._subjunctive
        if not forms:
            return None
        colon = raw.find(":", pos, min(stop, pos + self.PHRASE_WINDOW))
        if colon < 0:
            return None
        setting = raw[pos:colon].split()  # (a time or a place before it: "betonte am Montag: ...")
        if setting and not (
            len(setting) <= self.MAX_SETTING_WORDS and setting[0].casefold() in self._prepositions
            and all(
                (w.replace("-", "").isalpha() or self.ordinal_day_word(setting, k)) and not (w.islower() and self.is_verb(w))
                for k, w in enumerate(setting)
            )
        ):
            return None
        start = colon + 1
        while start < stop and raw[start].isspace():
            start += 1
        if start >= stop or raw[start] in self._marks or not self.opens_clause(raw, start, stop):
            return None
        comma = raw.find(",", start, stop)
        clause = self._word.finditer(raw, start, stop if comma < 0 else comma)
        words = [w.group().casefold() for w in islice(clause, self.MAX_SUBJUNCTIVE_POSITION)]
        verb = next((i for i, w in enumerate(words) if w in forms), None)
        if not verb or any(w in self._subjunctive_ambiguous for w in words[:verb]):
            return None
        return start

    def ordinal_day_word(self, words: Sequence[str], k: int) -> bool:
        """Whether ``words[k]`` is a day's ordinal before a month's name in a pack of
        :attr:`ORDINAL_DAY_POINTS` (German ``am 3. Oktober``: ``3.``), a word of a time as a
        setting's (:meth:`setting_before_comma`: ``sagte am 3. Oktober, die Reform werde kommen``).

        .. versionadded:: 0.2
        """
        word = words[k]
        if not self.ORDINAL_DAY_POINTS or k + 1 >= len(words) or not word.endswith(".") or not word[:-1].isdigit():
            return False
        return 1 <= int(word[:-1]) <= self.MAX_ORDINAL_DAY and self.vocabulary.month_number(words[k + 1]) is not None

    def object_relative(self, raw: str, start: int, stop: int) -> bool:
        """Whether the words from *start*, right after a cue with no comma between (in a language of
        :attr:`VERB_SECOND`, where a clause reported without ``that`` follows a comma), are a phrase
        and a relative clause after its comma: one of :attr:`ARTICLE_RELATIVES` and a lower-case
        word that is none of :attr:`CLAUSE_VERBS` (``erklärte den Rücktritt, den niemand erwartet
        hatte``; not ``sagte am Montag, die Lage ...``, ``..., das sei falsch``): the cue's object,
        described, and no speech.

        .. versionadded:: 0.2
        """
        comma = raw.find(",", start, stop)
        if comma < 0:
            return False
        words = [w.group() for w in islice(self._word.finditer(raw, comma + 1, stop), 2)]
        if len(words) < 2 or words[0].casefold() not in self._article_relatives:
            return False
        return words[1][:1].islower() and words[1].casefold() not in self._clause_verbs

    def clause_after_setting(self, raw: str, pos: int, stop: int) -> int | None:
        """Where a clause without ``that`` starts after a setting of the saying that ends in a
        name, right after a cue ending at *pos*: one of :attr:`PREPOSITIONS`, a determiner, a noun
        or two in lower case, one of :attr:`NOUN_LINKS` and a capitalised name (``said in an
        interview with the BBC the bridge would close``), or one of :attr:`SETTING_PREPOSITIONS`, a
        determiner, up to two words in lower case and one of :attr:`SETTING_NOUNS` (``said in a
        statement the talks were constructive``, versionadded 0.2); the clause opens with a
        determiner or a pronoun and shows a verb soon, or one of :attr:`PLACE_SETTING_PREPOSITIONS`, maybe
        a determiner, maybe a word in lower case and one of :attr:`PLACE_SETTING_NOUNS` (``said outside court
        the family was relieved``, fixQ56a), or one of :attr:`PLATFORM_PREPOSITIONS`, maybe a determiner,
        and one of :attr:`PLATFORM_NOUNS` or a capitalised name of one word (``said on X the museum had
        ...``, ``said on television the ...``, fixQ57a), or one of :attr:`NAMED_PLACE_PREPOSITIONS` and
        a place's name of one to three capitalised words (``said in Paris the museum would close``,
        wvq58).  ``None`` otherwise."""
        setting = self._named_setting.match(raw, pos, stop, KEEP_GIL)
        if setting is None:
            setting = self._medium_setting.match(raw, pos, stop, KEEP_GIL)  # ("said in a statement the talks ...")
        if setting is None:
            setting = self._place_setting.match(raw, pos, stop, KEEP_GIL)  # ("said outside court the family ...")
        if setting is None:
            setting = self._platform_setting.match(raw, pos, stop, KEEP_GIL)  # ("said on X the museum ...")
        if setting is None:
            setting = self._named_place_setting.match(raw, pos, stop, KEEP_GIL)  # ("said in Paris the museum ...")
        if setting is None:
            return None
        start = setting.end()
        while start < stop and raw[start].isspace():
            start += 1
        word = self._word.match(raw, start, stop, KEEP_GIL)
        if word is None:
            return None
        low = word.group().casefold()
        if low not in self._determiners and low not in self._pronouns:
            return None
        return start if self.has_verb(raw, start, stop) else None

    def breaks_after_speaker(self, after: str, *, inverted: bool) -> bool:
        """Whether *after*, the rest of a sentence after a closing attribution, opens with one of
        :attr:`CLAUSE_BREAKS` (``..., said the mayor amid growing anger``, ``..., officials said
        but doubts remain``): the reporter's clause or setting, so the words before are what was
        said.  After a cue before its speaker (*inverted*) any of them; after a subject and its cue
        only one of :attr:`COORDINATORS`, since a clause reported without ``that`` may open with
        the others (``Berg said despite the delays the plan would go ahead``), unless a comma ends
        the words before the subject (:meth:`read_trailing`'s *closing*, passed as *inverted*:
        ``The port will stay open, the mayor said as talks continued``).  A day may stand before
        the word (``said on Tuesday as ...``).

        .. versionadded:: 0.2
        """
        found = self._break_tail.match(after, 0, None, KEEP_GIL)
        return found is not None and (inverted or found.group("word") in self._coordinators)

    def closing_cue_break(self, raw: str, start: int, np: tuple[int, int], cue: regex.Match[str], words: int) -> bool:
        """Whether the clause without ``that`` read after *cue* from *words* opens with one of
        :attr:`CLAUSE_BREAKS` (maybe after a day, ``said on Tuesday as ...``, or the one told, ``told
        staff because ...``) while a comma ends the
        words from the sentence's *start* to the subject at *np* (``The port will stay open, the
        mayor said as talks continued.``, ``..., managers told staff because ...``): the attribution
        then closes the words before it, and the clause after the cue is the reporter's, as after
        ``, the mayor said, as ...``; :meth:`read_trailing` reads those words (with a clause
        before, :meth:`holds_clause`), else the clause after the cue stays what was said (``In
        Paris, Berg said when she arrived the gates were shut``).

        .. versionadded:: 0.2"""
        word = self._word.match(raw, words, None, KEEP_GIL)
        if word is None or word.group() not in self._clause_breaks:
            return False
        pos = cue.end()
        told = self._object.match(raw, pos, words, KEEP_GIL) if cue.group() in self._object_verbs else None
        if told is not None and self.names_addressee(told.group()):
            pos = told.end()  # ("..., plant managers told staff because ...": the ones told, then the word)
        found = self._break_tail.match(raw, pos, None, KEEP_GIL)
        if found is None or found.start("word") != word.start():
            return False  # (only blanks, a day or the one told between the cue and the word: not "said that when ...")
        return self.closes_words_before(raw, start, np)

    def phrase_after_closing_cue(
        self, raw: str, start: int, np: tuple[int, int], cue: regex.Match[str], content: tuple[int, int, str | None]
    ) -> bool:
        """Whether the words *content* read after *cue* are no reported clause but a phrase of the
        reporter's that the attribution's comma sets off, while a clause (:meth:`holds_clause`)
        and a comma end the words from the sentence's *start* to the subject at *np*
        (:meth:`closes_words_before`): an absolute phrase opened by one of
        :attr:`ABSOLUTE_OPENERS` (``Jobless numbers fell, the ministry said on Thursday, with 2.1
        million out of work``) or a noun phrase after one of :attr:`DETERMINERS` with no finite verb
        (``The rocket lifted off at dawn, the agency said, the first launch this year``).  The
        attribution then closes the clause before it (:meth:`read_trailing`); ``The strike, union
        leaders said, will go ahead`` (no clause before), ``If the talks fail, Berg warned,
        supporters will leave`` (a subordinate clause before, :meth:`opens_subordinate_clause`),
        ``It was, he said, one of the worst days`` (a verb, a copula or an auxiliary before the
        comma: the clause goes on), ``..., she said, that ...`` and ``..., she said, the talks
        were over`` (a verb after) keep the words after the cue.

        .. versionadded:: 0.2 (mendQT70)"""
        words = content[0]
        if not raw[cue.end() : words].rstrip().endswith(","):
            return False  # (no comma right before the words: "said the talks ...", read as a clause)
        first = self._word.match(raw, words, content[1], KEEP_GIL)
        if first is None or first.group().casefold() in self._that_words:
            return False
        if not self.closes_words_before(raw, start, np) or not self.holds_clause(raw, start, np[0]):
            return False
        head = raw[start : np[0]].split()
        if self.opens_subordinate_clause(head[0].strip("(\"“‘'")):
            return False  # ("If the demands are not met, Berg warned, supporters will leave": the main clause after)
        last = head[-1].rstrip(",").casefold()
        if self.is_verb(last) or self.is_copula(last) or last in self._clause_auxiliaries:
            return False  # ("It was, he said, one of the worst days": the clause goes on after the aside)
        low = first.group().casefold()
        if low in self._absolute_openers:
            return True
        # (an appositive noun phrase with no finite verb: "the third launch this year")
        return low in self._determiners and not self.has_verb(raw, words, content[1], words=len(raw[words : content[1]].split()))

    def closes_words_before(self, raw: str, start: int, np: tuple[int, int]) -> bool:
        """Whether the subject at *np* follows words of its sentence (from *start*) that a comma
        ends and that open with none of :attr:`PREPOSITIONS`, :attr:`SUBORDINATORS` or
        :attr:`TIME_PREPOSITIONS` (``The port will stay open, the mayor said``; not ``In her
        opening statement, Clinton beamed as ...``): its cue may close an attribution of those
        words, for :meth:`read_trailing`'s *closing*.

        .. versionadded:: 0.2"""
        head = raw[start : np[0]].split()
        if not head or not head[-1].endswith(","):
            return False
        first = normalize_word(head[0])
        return not (first in self._prepositions or first in self._clause_openers or first in self._time_prepositions)

    def joined_source_end(self, raw: str, pos: int, stop: int) -> int:
        """Where the sources of an ``according to`` that closes the sentence end when the first
        ends at *pos* and one of :attr:`COORDINATORS` joins a person's name to it that ends the
        sentence, after its titles or a role in lower case (:meth:`lower_role_words`: ``...,
        according to Mayor Ana Ruiz and council treasurer Tom Berg.``); *pos* otherwise (``...,
        according to Ana Ruiz and the data show ...``).

        .. versionadded:: 0.2 (mendQ64)
        """
        rest = raw[pos:stop]
        words = rest.split()
        if not 2 < len(words) <= self.MAX_SOURCE_WORDS or words[0].casefold() not in self._coordinators:
            return pos
        if not rest[:1].isspace() or any(m in rest for m in self._marks) or "," in rest:
            return pos
        head = words[1:]
        head[-1] = head[-1].rstrip(".!?")  # (the sentence's own stop)
        if not self.named_after_roles(head):
            return pos
        return self.trim_end(raw, pos, stop)

    def listed_sources_end(self, raw: str, pos: int, stop: int) -> int:
        """Where a list of sources after ``according to`` ends when the first source ends at *pos*
        and the others follow it set off by commas, the last after one of :attr:`COORDINATORS`,
        before the comma that opens the words (``According to the mayor, a former teacher, and two
        aides, the plan ...``): at most :attr:`MAX_SOURCE_ITEMS` items of at most
        :attr:`MAX_SOURCE_ITEM_WORDS` words, none a verb in the past or a clause's verb (``According
        to the mayor, aides and staff left early, ...`` lists no sources); *pos* otherwise.

        .. versionadded:: 0.2
        """
        listed = self._listed_sources.match(raw, pos, stop, KEEP_GIL)
        if listed is None:
            return pos
        words = self._word.findall(raw, pos, listed.end(), False, KEEP_GIL)
        if any(self.is_past_verb(w) or w.casefold() in self._clause_verbs for w in words):
            return pos
        return listed.end()

    def opens_joined_clause(self, raw: str, start: int, stop: int) -> bool:
        """Whether the word at *start*, right after a cue with no comma, is one of
        :attr:`CLAUSE_BREAKS` that is also one of :attr:`COORDINATORS` (``..., officials said but
        doubts remain``): it joins a second clause, the reporter's, never the reported words.

        .. versionadded:: 0.2
        """
        word = self._word.match(raw, start, stop, KEEP_GIL)
        return word is not None and word.group() in self._clause_breaks and word.group() in self._coordinators

    def opens_coordinator(self, raw: str, start: int, stop: int) -> bool:
        """Whether the word at *start*, right after ``that``, is one of :attr:`COORDINATORS`
        (``I promised that and I will keep it``): ``that`` is then the verb's object, not the
        conjunction that opens the reported words.

        .. versionadded:: 0.2
        """
        word = self._word.match(raw, start, stop, KEEP_GIL)
        return word is not None and word.group().casefold() in self._coordinators

    def holds_clause(self, raw: str, start: int, end: int) -> bool:
        """Whether the words from *start* to *end*, before a closing attribution, hold a clause:
        a finite verb or a contracted one (``He’s leaning``) among the first :attr:`CLAUSE_VERB_WORDS`
        words of the whole or of its last part after a comma (``In the early spring`` holds none).

        .. versionadded:: 0.2
        """
        last = raw.rfind(",", start, end) + 1 or start
        for pos in (start, last):
            if self.has_verb(raw, pos, end, words=self.CLAUSE_VERB_WORDS):
                return True
            words = islice(self._word.finditer(raw, pos, end, False, KEEP_GIL), self.CLAUSE_VERB_WORDS)
            if any(_CONTRACTION.search(word.group(), None, None, KEEP_GIL) for word in words):
                return True
        return False

    def opens_conjunction(self, raw: str, start: int, stop: int) -> bool:
        """Whether the word at *start* is one of :attr:`CONJUNCTIONS` (``as``, ``while``,
        ``because``) or :attr:`CLAUSE_BREAKS` (``amid``, ``despite``), in any case (``As``,
        ``AMID``, as in a line of capitals): after a cue and a comma it opens the reporter's clause
        or a second one, not the reported words.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a word of :attr:`CLAUSE_BREAKS` in any case, as one of :attr:`CONJUNCTIONS`.
        """
        word = self._word.match(raw, start, stop)
        if word is None:
            return False
        low = word.group().casefold()
        return low in self._conjunctions or low in self._clause_break_folds

    def clause_from(self, raw: str, start: int, sentence: tuple[int, int]) -> tuple[int, int, str | None] | None:
        """Reported words from *start* to the end of the sentence, less a closing source
        (``, media reported``) and a following participle (``, adding that ...``); ``None`` when
        fewer than :attr:`MIN_WORDS` words are left."""
        # (the next clause first: the searches after it then read no further than this clause)
        end = self.cut_next_clause(raw, start, self.trim_end(raw, start, self.cut_sign_off(raw, start, sentence[1])))
        end = self.cut_narrated_clause(raw, start, end)
        end = self.cut_subordinate_opening(raw, start, end, sentence[0])
        end, source = self.cut_source(raw, start, self.trim_end(raw, start, end))
        end = self.cut_participle(raw, start, end)
        end = self.cut_absolute_pair(raw, start, end)
        end = self.cut_summing_tail(raw, start, end)
        if len(raw[start:end].split()) < self.MIN_WORDS and not (
            self.short_clause(raw, start, end) or self.named_short_clause(raw, start, end)
            or self.dropped_subject_clause(raw, start, end)
        ):
            return None
        return start, end, source

    #: The most words of a publisher's sign-off after a sentence's end and a dash that closes a
    #: paragraph (``... two contractors. – Rappler.com``, ``— City Herald``): :meth:`cut_sign_off`.
    #:
    #: .. versionadded:: 0.2 (mendQT70)
    MAX_SIGN_OFF_WORDS: ClassVar[int] = 3

    def cut_sign_off(self, raw: str, start: int, end: int) -> int:
        """Where reported words from *start* end when the text up to *end* closes with a
        publisher's sign-off: a sentence's end (:attr:`CLOSING_PUNCTUATION`), a blank, a dash of
        :attr:`CLOSING_ATTRIBUTION_DASHES`, then at most :attr:`MAX_SIGN_OFF_WORDS` words, each
        capitalised or holding a dot (``... suspended two contractors. – Rappler.com``, ``... in
        May. — City Herald``): right after that sentence's end; *end* otherwise (``... in May - and
        soon``: lower case, words of the sentence).

        .. versionadded:: 0.2 (mendQT70)"""
        dashes = self.CLOSING_ATTRIBUTION_DASHES
        if not dashes:
            return end
        stop = end
        while stop > start and raw[stop - 1].isspace():
            stop -= 1
        window = raw[max(start, stop - self.NAMED_WINDOW - 1) : stop]  # (the characters the loop below reads)
        for dash in dashes:
            if dash in window:
                break
        else:
            return end  # (no dash near the end, most clauses: the clause is not copied nor read char by char)
        tail = raw[start:end].rstrip()
        for k in range(len(tail) - 1, -1, -1):
            if tail[k] in dashes and k > 1 and tail[k - 1].isspace():
                break
            if len(tail) - k > self.NAMED_WINDOW:
                return end  # (bounded: a sign-off is a few words)
        else:
            return end
        words = tail[k + 1 :].split()
        if not 0 < len(words) <= self.MAX_SIGN_OFF_WORDS or not all(w[:1].isupper() or "." in w.strip(".") for w in words):
            return end
        before = tail[:k].rstrip()
        if not before or before[-1] not in self.CLOSING_PUNCTUATION:
            return end
        return start + len(before)

    def dropped_subject_clause(self, raw: str, start: int, end: int) -> bool:
        """Whether the words from *start* to *end*, fewer than :attr:`MIN_WORDS`, are still a
        clause in a language of :attr:`DROPPED_SUBJECTS`: right after one of :attr:`THAT_WORDS`,
        they open with a finite verb in lower case (:meth:`is_verb`), its subject dropped (Spanish
        ``dijo que dimitirá``, ``dijo que dimitirá pronto``; not ``dijo que sí``: no verb, nor
        English ``said that soon``, whose subjects are never dropped).

        .. versionadded:: 0.2"""
        if not self.DROPPED_SUBJECTS:
            return False
        words = raw[start:end].split()
        if not words or not words[0].islower() or not self.is_verb(words[0].strip(",;:.")):
            return False
        before = raw[max(0, start - self.NAMED_WINDOW) : start].split()
        return bool(before) and before[-1].casefold() in self._that_words

    def content_after_aside(
        self, raw: str, np: tuple[int, int], cue: regex.Match[str], sentence: tuple[int, int]
    ) -> tuple[int, int, str | None] | None:
        """An attribution set off by commas inside the sentence: ``On top of that, opponents say,
        the wage increase will raise prices`` gives the words after it."""
        speaker_start = self.aside_speaker_start(raw, sentence[0], np[0])  # ("The governor, these officials said, ...")
        if not ends_with(raw, sentence[0], speaker_start, ","):
            return None
        comma = _COMMA.match(raw, cue.end(), sentence[1], KEEP_GIL)
        start = comma.end() if comma is not None else self.setting_comma(raw, cue.end(), sentence[1])
        aside: int | None = None  # (where the words start past a phrase of the reporter's)
        if start is None:
            start = aside = self.aside_comma(raw, cue.end(), sentence[1])  # ("The plan, he said to himself, was ...")
        elif comma is not None and not self.auxiliary_at(raw, start, sentence[1]):
            # ("The plan, he said, without elaborating, was dead": past the reporter's aside)
            aside = self.aside_after_cue(raw, cue.end(), sentence[1])
            start = aside or start
        if start is None:
            return None  # ("The plan, the mayor said on Tuesday, will cost ...": past the time)
        if comma is None and not (self.opens_clause(raw, start, sentence[1]) or self.auxiliary_at(raw, start, sentence[1])):
            return None  # ("Sales rose, the firm said in its report, mailed to ...": the report's participle, no words)
        first = self._word.match(raw, start, sentence[1])
        # "The museum, the director said, will reopen": the clause goes on with its verb; "In the
        # end, Mr. Ruiz said, union voters side with ...": a long clause that opens with no stop word
        long_clause = (
            first is not None
            and first.group().casefold() not in self._stop
            and len(raw[start : sentence[1]].split()) > self.MIN_WORDS
        )
        if not (self.opens_clause(raw, start, sentence[1]) or self.has_verb(raw, start, sentence[1], words=2) or long_clause):
            return None
        if self.opens_participle(raw, cue.end(), start, sentence[1]):
            return None  # "Sales were great, he said, wiping his brow": the words before are said
        if self.opens_conjunction(raw, start, sentence[1]):
            return None  # "Markets rose, traders said, because oil fell": the words before are said
        end, source = self.cut_source(raw, start, self.trim_end(raw, start, sentence[1]))
        # (up to the next clause with a speaker of its own: "..., Zornetzer told me, would cost
        # ...; Johnson estimated that ...", "The plan, he said, was working, but Mayor Lisa Park
        # said it would fail"; or of the writer's about the speaker: "..., and he smiled")
        end = self.trim_end(raw, start, self.cut_narrated_clause(raw, start, self.cut_next_clause(raw, start, end)))
        end = self.cut_speaker_clause(raw, start, end, np)
        # ("The deal, he said, was dead.", "The man, police said, was carrying a knife.": the
        # fronted subject and all, whatever the length of the words after the aside)
        fronted = self.fronted_subject(raw, sentence[0], speaker_start, start, end)
        if fronted is not None:
            return fronted, end, source
        if len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        return start, end, source

    def cut_speaker_clause(self, raw: str, start: int, end: int, np: tuple[int, int]) -> int:
        """For :meth:`content_after_aside`: end the words from *start* before a clause of the
        writer's about the speaker *np* of an interrupting attribution: a comma, one of
        :attr:`NARRATED_JOINS`, a pronoun of :attr:`PERSON_PRONOUNS` (the speaker's own pronoun
        when the speaker is one) and a verb in the simple past that is no auxiliary, modal or
        cue (``The plan, he said, was working, and he smiled.``: the smile is told, not said).
        A modal or an auxiliary keeps the clause in the words, whose tenses shift (``..., and
        he would run again``), as does a subject that is no such pronoun (``..., and the city
        would save money``, ``..., and it rose``).

        .. versionadded:: 0.2"""
        speaker = raw[np[0] : np[1]].strip().casefold()
        pronouns = self._persons
        if speaker in self._pronouns and speaker not in pronouns:
            return end  # ("The plan, they said, ...": a plural speaker; left as it is)
        for count, join in enumerate(self._narrated_join.finditer(raw, start, end, False, KEEP_GIL)):
            if count >= self.MAX_CLAUSE_CUES:
                break  # (bounded: linear time in a long sentence of commas)
            if self.within_quotation(raw, start, join.start()):
                continue
            words = list(islice(self._word.finditer(raw, join.end(), end, False, KEEP_GIL), 2))
            if len(words) < 2 or raw[words[0].end() : words[1].start()].strip():
                continue
            subject, verb = words[0].group().casefold(), words[1].group()
            if subject not in pronouns or (speaker in pronouns and subject != speaker):
                continue
            low = verb.casefold()
            if not verb.islower() or low in self._clause_auxiliaries or self.is_cue_word(low) or not self.is_past_verb(verb):
                continue
            if not self.narrates_after(raw, words[1].end(), end):
                continue  # ("..., and he wanted the council to back it": an object, maybe his words; fixR56)
            return self.trim_end(raw, start, join.start())
        return end

    def narrates_after(self, raw: str, pos: int, end: int) -> bool:
        """For :meth:`cut_speaker_clause`: whether what follows the verb ending at *pos*, up to
        *end*, leaves it an intransitive action told by the writer: nothing but punctuation, an
        adverb in ``-ly`` or one of :attr:`NARRATION_PARTICLES` (``and he smiled.``, ``but she
        laughed nervously``, ``and she walked out of the room``), never an object or a clause
        (``and he wanted the council to back it``).

        .. versionadded:: 0.2 (fixR56)"""
        following = self._word.search(raw, pos, end, KEEP_GIL)
        if following is None:
            return True
        word = following.group()
        return word in self.NARRATION_PARTICLES or (word.islower() and self.is_adverb(word))

    def setting_comma(self, raw: str, pos: int, stop: int) -> int | None:
        """Where the words after an interrupting attribution begin when a short time or place
        (:meth:`is_time_tail`) and a comma follow its cue ending at *pos* (``The plan, the mayor
        said on Tuesday, will cost ...``: after the comma); ``None`` when no such setting closes
        with a comma within :attr:`PHRASE_WINDOW` characters, or it holds one of
        :attr:`THAT_WORDS`, :attr:`CONJUNCTIONS`, :attr:`COORDINATORS`, a quotation mark or a
        semicolon, or no blank follows the comma (``said on Monday that ...``, ``indicated last
        month and 2,991,000 ...``).

        .. versionadded:: 0.2"""
        comma = raw.find(",", pos, min(stop, pos + self.PHRASE_WINDOW))
        if comma <= pos:
            return None
        setting = raw[pos:comma]
        if not setting[:1].isspace() or not raw[comma + 1 : comma + 2].isspace() or not self.is_time_tail(setting):
            return None  # (a blank after the comma: "last month and 2,991,000 tonnes" has no setting)
        if any(mark in setting for mark in self._marks) or any(stop in setting for stop in ";:()"):
            return None
        words = [w.casefold() for w in self._word.findall(setting, 0, None, False, KEEP_GIL)]
        if any(w in self._that_words or w in self._conjunctions or w in self._coordinators for w in words):
            return None
        after = _COMMA.match(raw, comma, stop, KEEP_GIL)
        return after.end() if after is not None else None

    #: The most words of the reporter's phrase between an interrupting attribution's cue and the
    #: comma before the reported words that :meth:`aside_comma` reads (``The plan, he said to
    #: himself, was ...``, ``The report, she told reporters in Brussels, was ...``).
    #:
    #: .. versionadded:: 0.2
    MAX_ASIDE_WORDS: ClassVar[int] = 5

    def aside_comma(self, raw: str, pos: int, stop: int) -> int | None:
        """Where the words after an interrupting attribution begin when a short phrase of the
        reporter's and a comma follow its cue (or its comma) ending at *pos*, and the words after
        that comma open with a finite verb of :attr:`CLAUSE_VERBS` (:meth:`auxiliary_at`), the
        verb of the subject before the attribution (``The plan, he said to himself, was working``,
        ``The plan, he said, without elaborating, was dead``, ``The report, she told reporters in
        Brussels, was flawed``: after the last comma).  ``None`` when the phrase is empty, longer
        than :attr:`MAX_ASIDE_WORDS` words, holds a quotation mark, a semicolon, a colon, a
        bracket, a verb (:meth:`is_verb`; a gerund in :attr:`GERUND_SUFFIX` after its first word
        is kept) or one of :attr:`THAT_WORDS`, :attr:`CONJUNCTIONS`,
        :attr:`COORDINATORS` (``The plan, he said, as the vote neared, was ...``), or no verb
        follows its comma.

        .. versionadded:: 0.2"""
        comma = raw.find(",", pos, min(stop, pos + self.PHRASE_WINDOW))
        if comma <= pos:
            return None
        phrase = raw[pos:comma]
        if any(mark in phrase for mark in self._marks) or any(stop in phrase for stop in ";:()"):
            return None
        words = self._word.findall(phrase, 0, None, False, KEEP_GIL)
        if not 0 < len(words) <= self.MAX_ASIDE_WORDS:
            return None
        first = words[0].casefold()
        if first in self._participles or first.endswith(self.GERUND_SUFFIX):
            return None  # ("The plan, he said, adding details, was ...": a participle of the speaker's)
        for k, word in enumerate(words):
            low = word.casefold()
            if low in self._that_words or low in self._conjunctions or low in self._coordinators:
                return None
            # (a gerund after the phrase's first word is no clause: "without elaborating")
            gerund = k > 0 and low.endswith(self.GERUND_SUFFIX)
            if word[:1].islower() and self.is_verb(word) and not gerund:
                return None  # ("The plan, he said, whatever happens, is ...": a clause of its own)
        after = _COMMA.match(raw, comma, stop, KEEP_GIL)
        if after is None or not self.auxiliary_at(raw, after.end(), stop):
            return None
        return after.end()

    def aside_after_cue(self, raw: str, pos: int, stop: int) -> int | None:
        """:meth:`aside_comma` read right after the cue ending at *pos* (``said to himself, was``)
        or after a comma that closes the cue (``said, without elaborating, was``).

        .. versionadded:: 0.2"""
        comma = _COMMA.match(raw, pos, stop, KEEP_GIL)
        return self.aside_comma(raw, comma.end() if comma is not None else pos, stop)

    def auxiliary_at(self, raw: str, start: int, stop: int) -> bool:
        """Whether the word at *start* is a finite verb of :attr:`CLAUSE_VERBS` in lower case, maybe
        negated (``will``, ``was``, ``don't``), not a past in ``-ed`` that may be a participle
        (``mailed to shareholders``).

        .. versionadded:: 0.2"""
        word = self._word.match(raw, start, stop)
        if word is None or not word.group().islower():
            return False
        low = word.group()
        low = self._negations.get(low, low)
        low = _NEGATION.sub("", low, 0, None, None, KEEP_GIL) if "n't" in low or "n’t" in low else low
        return low in self._clause_verbs

    #: The most words of a relative clause whose closing comma is missing between its pronoun and
    #: the cue that :meth:`subject_before_unclosed_relative` reads.
    #:
    #: .. versionadded:: 0.2
    MAX_UNCLOSED_RELATIVE_WORDS: ClassVar[int] = 8

    def subject_before_unclosed_relative(self, raw: str, start: int, cue: regex.Match[str]) -> tuple[int, int] | None:
        """The phrase that opens the sentence at *start* when a relative clause for a person set
        off after it by a comma runs into the *cue* with its closing comma missing: the phrase at
        most :attr:`MAX_APPOSITIVE_HEAD` words, capitalised first, with no clause, no preposition
        first and no quotation mark; then one of :attr:`PERSONAL_RELATIVE_PRONOUNS` or
        :attr:`THING_RELATIVE_PRONOUNS` (``The report, which cites ten sources said``: the report,
        read before the phrase the lenient reading finds inside the relative clause), a finite verb
        in lower case right after it that is no cue, and at most
        :attr:`MAX_UNCLOSED_RELATIVE_WORDS` words in all with no comma, no coordinator and no
        quotation mark before the cue (``The governor, who faces re-election in November told CNN
        the plan was dead.``: the governor).  ``None`` otherwise (``The governor, who told CNN
        ...``: the cue is the relative's; ``..., who faces re-election and told CNN ...``; ``..., who
        refused to say how she would vote, had ...``: an infinitive, the relative's own).

        .. versionadded:: 0.2

        .. versionchanged:: 0.2 a thing's relative pronoun too (fixC54)."""
        pos = start + len(raw[start : cue.start()]) - len(raw[start : cue.start()].lstrip())
        comma = raw.find(",", pos, cue.start())
        if comma <= pos or raw.find(",", comma + 1, cue.start()) >= 0:
            return None
        head = raw[pos:comma]
        words = head.split()
        if not words or len(words) > self.MAX_APPOSITIVE_HEAD or not words[0][:1].isupper():
            return None
        if any(mark in raw[pos : cue.start()] for mark in self._marks) or self.opens_with_preposition(raw, pos, comma):
            return None
        if self.holds_clause(raw, pos, comma):
            return None
        between = raw[comma + 1 : cue.start()].split()
        if len(between) < 3 or len(between) > self.MAX_UNCLOSED_RELATIVE_WORDS + 1:
            return None
        if between[0].casefold() not in self._personal_relatives and between[0].casefold() not in self._thing_relatives:
            return None  # (a thing's relative too: "The report, which cites ten sources said")
        verb = between[1]
        if not verb.islower() or not self.finite_verb(verb) or self.is_cue_word(verb):
            return None
        thing = between[0].casefold() in self._thing_relatives
        if thing and self.names_people(verb) and not any(w.islower() and self.finite_verb(w) for w in between[2:-1]):
            return None  # ("The plan, which residents across the town said would ruin ...": the residents speak)
        if any(w.casefold() in self._coordinators or w.casefold() in self._relatives for w in between[1:]):
            return None
        if between[-1].casefold() in self._infinitive_markers:
            return None  # ("Lena Brandt, who refused to say how she would vote, had ...": the relative's infinitive)
        return pos, pos + len(head.rstrip())

    def fronted_subject(self, raw: str, start: int, subject: int, tail: int, end: int) -> int | None:
        """For :meth:`content_after_aside` (asked of every interrupting attribution, whatever the
        count of the words after it): where the reported words begin when the words after the
        attribution (from *tail* to *end*) open with a finite verb in lower case (:meth:`is_verb`)
        and the sentence (from *start*) opens with a short phrase before the comma ahead of the
        speaker at *subject*: a noun phrase of at most :attr:`MAX_APPOSITIVE_HEAD` words, with no
        clause, no quotation mark and no preposition first (``The deal, he said, was dead.``: the
        words run from ``The deal`` and hold the aside, as long as the two parts together make
        :attr:`MIN_WORDS` words; not ``In May, he said, it rose``, nor ``Prices, he said,
        fell``).  ``None`` otherwise.

        .. versionadded:: 0.2"""
        first = self._word.match(raw, tail, end)
        if first is None or not first.group().islower():
            return None
        present = not self.is_verb(first.group())  # (else a present's third person after a singular head: below)
        head_start = self.after_label(raw, start, subject)
        link = self._word.match(raw, head_start, subject)
        if link is not None and link.group().casefold() in self._coordinators and raw[link.end() : link.end() + 1].isspace():
            head_start = link.end() + 1  # ("But the plan, he said, was working": the writer's link stays out)
        head_end = raw.rfind(",", head_start, subject)
        if head_end <= head_start or raw[head_end + 1 : subject].strip():
            return None
        head = raw[head_start:head_end]
        words = head.split()
        if not words or len(words) > self.MAX_APPOSITIVE_HEAD or "," in head:
            return None
        if present and not (self.present_after_singular(first.group(), words) and self.opens_object(raw, first.end(), end)):
            return None
        if self.marked_without_possessives(head) and not self.scare_quoted_head(self.without_possessives(head)):
            return None  # (a quotation, not a subject: '"We will win," he said, ...'; but 'The "green" plan')
        if len(words) == 1 and self.linking_adverb(words[0].casefold()):
            return None  # ("Rather, he said, continued struggles will ...": a link, no subject)
        if len(words) + len(raw[tail:end].split()) < self.MIN_WORDS or self.opens_with_preposition(raw, head_start, head_end):
            return None
        if words[0].casefold() in self._conjunctions:
            return None
        # (a possessive is no contracted verb: "The mayor's plan, said Ana Ruiz, was ...")
        if self.holds_clause(raw, head_start, head_end) and not self.possessed_thing(self.opening_core(head).split()):
            return None
        return head_start

    def present_after_singular(self, verb: str, words: Sequence[str]) -> bool:
        """For :meth:`fronted_subject`: whether *verb*, the lower-case word right after an
        interrupting attribution that :meth:`is_verb` does not know, is a present's third person
        (it ends in :attr:`PRESENT_SUFFIX`, none of :attr:`NOT_PRESENT_ENDINGS`; no stop word,
        determiner nor preposition, and no adverb of :meth:`is_listed_adverb`: ``perhaps``,
        ``always``) after *words*, a phrase of at least two words whose last is a singular noun in
        lower case (``The minister's plan, critics say, ignores the shortage``): the phrase is its
        subject; not after a plural (``The rules, he said, bans ...`` is unsure).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 no adverb (mendR61)"""
        suffix = self.PRESENT_SUFFIX
        if not suffix or len(words) < 2 or not verb.isalpha() or not verb.endswith(suffix):
            return False
        if verb.endswith(self.NOT_PRESENT_ENDINGS):
            return False
        if verb in self._stop or verb in self._determiners or verb in self._prepositions or self.is_listed_adverb(verb):
            return False
        last = words[-1]
        return last.isalpha() and last.islower() and not last.endswith(suffix)

    def is_listed_adverb(self, low: str) -> bool:
        """Whether lower-case *low* is an adverb the vocabulary lists (:attr:`ADVERBS`,
        :attr:`TIME_ADVERBS`, :attr:`FREQUENCY_ADVERBS`) or a linking one of
        :meth:`linking_adverb` (``perhaps``, ``-ly``): never a verb.

        .. versionadded:: 0.2 (mendR61)"""
        return (
            low in self._adverbs or low in self._time_adverbs or low in self._frequency_adverbs or self.linking_adverb(low)
        )

    def opens_object(self, raw: str, pos: int, stop: int) -> bool:
        """For :meth:`fronted_subject`: whether the word after a present's third person ending at
        *pos* opens its object or modifies it: one of :attr:`DETERMINERS`,
        :attr:`POSSESSIVE_DETERMINERS`, :attr:`QUANTIFIERS` or :attr:`PREPOSITIONS`, or an adverb
        in :attr:`ADVERB_SUFFIX` (``ignores the shortage``, ``feels particularly apt``); a plural
        noun before its own verb reads so no further (``viewers often encounter``, ``prices are``).

        .. versionadded:: 0.2"""
        after = self._word.search(raw, pos, min(stop, pos + self.PHRASE_WINDOW), KEEP_GIL)
        if after is None or raw[pos : after.start()].strip():
            return False
        low = after.group().casefold()
        if low in self._determiners or low in self._possessive_determiners or low in self._quantifiers or low in self._prepositions:
            return True
        return bool(self.ADVERB_SUFFIX) and low.endswith(self.ADVERB_SUFFIX)

    #: The most words a quotation inside a fronted subject may hold and still be a scare quote,
    #: a word of the subject set off, rather than the quoted words themselves
    #: (:meth:`scare_quoted_head`: ``The "green" plan, said Ana Ruiz, was too costly``).
    #:
    #: .. versionadded:: 0.2
    MAX_SCARE_WORDS: ClassVar[int] = 3

    def scare_quoted_head(self, head: str) -> bool:
        """Whether the quotation marks in *head*, the phrase before an interrupting attribution,
        only set off words of a noun phrase: each opening mark closed inside *head* (by its pair
        of :attr:`QUOTE_PAIRS`) around at most :attr:`MAX_SCARE_WORDS` words with no punctuation
        of a sentence or clause, and at least one word of *head* outside the marks (``The
        "green" plan``, ``the 'smart' meters``); not ``"We will win``, ``"Never``, nor ``"The
        plan is dead"``.

        .. versionadded:: 0.2"""
        outside: list[str] = []
        pos = 0
        while pos < len(head):
            char = head[pos]
            if char not in self._marks:
                outside.append(char)
                pos += 1
                continue
            close = self._closers.get(char)
            end = head.find(close, pos + 1) if close is not None else -1
            if end < 0:
                return False
            inner = head[pos + 1 : end]
            if not 0 < len(inner.split()) <= self.MAX_SCARE_WORDS or any(c in inner for c in ",.;:!?"):
                return False
            outside.append(" ")
            pos = end + 1
        return any(c.isalpha() for c in "".join(outside))

    def that_after_aside(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the first word after a cue ending at *pos* (and its comma) is one of
        :attr:`THAT_WORDS` (``He hoped, he said, that the paper ...``): the clause after it is
        read by :meth:`content_after`, not as the words after an interrupting attribution.

        .. versionadded:: 0.2"""
        comma = _COMMA.match(raw, pos, stop, KEEP_GIL)
        word = self._word.search(raw, comma.end() if comma is not None else pos, stop)
        return word is not None and word.group().casefold() in self._that_words

    def aside_speaker_start(self, raw: str, start: int, pos: int) -> int:
        """Where the speaker's phrase of an interrupting attribution begins when the phrase read
        at *pos* follows one of :attr:`DEMONSTRATIVE_PRONOUNS` that the speaker grammar leaves out
        (``The governor, these officials said, would ...``: at ``these``); *pos* otherwise.

        .. versionadded:: 0.2"""
        before = raw[max(start, pos - self.PHRASE_WINDOW) : pos].split()
        if before and before[-1].casefold() in self._demonstratives:
            return raw.rfind(before[-1], start, pos)
        return pos

    def plain_head(self, core: str) -> str:
        """*core*, the short head before an inverted interrupting cue, without its possessives
        (:meth:`without_possessives`) and without the quotation marks of scare quotes, which
        :meth:`scare_quoted_head` let through (``The "green" plan``).

        .. versionadded:: 0.2"""
        plain = self.without_possessives(core)
        if any(mark in plain for mark in self._marks):
            plain = "".join(c for c in plain if c not in self._marks)
        return plain

    def linking_adverb(self, low: str) -> bool:
        """Whether *low*, a lone word in lower case before an interrupting attribution, is one of
        the vocabulary's ``LINKING_ADVERBS`` or ends like an adverb (:meth:`is_adverb`): a link to the sentence
        before, not the subject of the verb after the aside.

        .. versionadded:: 0.2"""
        return low in self._linking_adverbs or self.is_adverb(low)

    def opens_participle(self, raw: str, pos: int, start: int, stop: int) -> bool:
        """Whether a comma between *pos* and *start* is followed by a participle (``said, wiping
        his brow``, ``said, adding that``): a clause of its own, not what was said.  A word in
        :attr:`GERUND_SUFFIX` is one only in lower case (``said, Boeing will cut jobs``: a name),
        with at least :attr:`MIN_PARTICIPLE_STEM` letters before the ending (``said, using ...``); one
        of two letters only with no finite verb among the :attr:`LONG_SUBJECT_LOOKAHEAD` words after
        it (``said, going ahead without the council would be a mistake``: a clause's subject)."""
        if "," not in raw[pos:start]:
            return False
        first = self._word.match(raw, start, stop, KEEP_GIL)
        if first is None:
            return False
        word = first.group().casefold()
        suffix = self.GERUND_SUFFIX
        gerund = bool(suffix) and first.group()[:1].islower() and word.endswith(suffix)
        gerund = gerund and len(word) >= len(suffix) + self.MIN_PARTICIPLE_STEM
        if gerund and len(word) <= len(suffix) + 2:
            # (a short one, "using", "going", is a clause's subject before a finite verb: "said, going
            # ahead without the council would be a mistake")
            gerund = not self.has_verb(raw, first.end(), stop, words=self.LONG_SUBJECT_LOOKAHEAD)
        if gerund and self.gerund_noun_subject(raw, first.end(), stop):
            gerund = False  # ("In the first quarter, the bank said, lending fell by a tenth": a noun, its verb)
        return word in self._participles or gerund or self.agent_participle(raw, first, stop) or self.absolute_at(raw, first, stop)

    def gerund_noun_subject(self, raw: str, end: int, stop: int) -> bool:
        """Whether the word after a word in :attr:`GERUND_SUFFIX` that ends at *end*, blanks only
        between, is a finite verb of :attr:`GERUND_SUBJECT_VERBS` in lower case (``lending fell``,
        ``borrowing has grown``, ``spending was cut``): the word in -ing is a noun, the clause's
        subject, for :meth:`opens_participle`; not ``sounding tired``, ``wiping his brow``, nor a
        verb that doubles as a participle before a noun (``citing lost output``, ``seeking paid
        leave``: the writer's phrase).

        .. versionadded:: 0.2 (fixQ71)
        .. versionchanged:: 0.2 (rvq71) finite-only verbs, no longer all of ``CLAUSE_VERBS``"""
        following = _WORD_AFTER_BLANKS.match(raw, end, stop)
        if following is None:
            return False
        verb = following["word"]
        return verb.islower() and verb in self._gerund_subject_verbs

    def absolute_at(self, raw: str, first: regex.Match[str], stop: int) -> bool:
        """Whether *first*, a word in lower case after a comma, opens an absolute phrase: one of
        :attr:`ABSOLUTE_WORDS`, then a verb in :attr:`GERUND_SUFFIX` in lower case among the next
        :attr:`MAX_ABSOLUTE_SUBJECT_WORDS` + 1 words, before any comma (``..., the paper said,
        with 11,000 having been sold``): about the words before the attribution, never words of
        their own (``..., he said, with help from the state the mill will reopen``: no such verb).

        .. versionadded:: 0.2
        """
        if first.group() not in self.ABSOLUTE_WORDS or not self.GERUND_SUFFIX:
            return False
        comma = _CLAUSE_COMMA.search(raw, first.end(), stop, KEEP_GIL)
        words = islice(self._word.finditer(raw, first.end(), comma.start() if comma else stop), self.MAX_ABSOLUTE_SUBJECT_WORDS + 1)
        for word in words:
            text = word.group()
            if text[:1].islower() and text.endswith(self.GERUND_SUFFIX) and len(text) > len(self.GERUND_SUFFIX) + 2:
                return True
        return False

    def agent_participle(self, raw: str, first: regex.Match[str], stop: int) -> bool:
        """Whether *first*, a word in lower case after a comma, is a past participle with one of
        :attr:`AGENT_WORDS` right after it (``..., the office said, led by food prices``, ``...,
        driven by exports``): a phrase about the words before the attribution, never words of their
        own; not a stop word (``..., he said, is by far ...``).

        .. versionadded:: 0.2
        """
        word = first.group()
        if not word[:1].islower() or word in self._stop:
            return False
        following = self._word.match(raw, first.end() + 1, stop) if raw[first.end() : first.end() + 1] == " " else None
        return following is not None and following.group() in self._agents

    def opening_subject(self, raw: str, sentence: tuple[int, int], cue_start: int) -> Mention | None:
        """The speaker of ``X, <anything>, said ...`` when the grammar cannot read what stands
        between: the sentence's first phrase set off by a comma, among its first
        :attr:`OPENING_COMMAS` + 1, that can name a speaker (``Senator Ana Ortiz, Democrat of Ohio,
        said``, ``The official, who was not authorized to speak, said``), or the name right after
        it (``the director of the port, Colin Reyes, ...``)."""
        chunks: list[tuple[int, int]] = []
        start = sentence[0]
        while len(chunks) <= self.OPENING_COMMAS + 1:
            comma = raw.find(",", start, cue_start)
            if comma < 0:
                break
            chunks.append(self.strip_inner(raw, start, comma))
            start = comma + 1
        if (
            len(chunks) == 1
            and not raw[start:cue_start].strip()
            and not raw[chunks[0][0] : chunks[0][1]].istitle()
            and not self.inverted_subject_follows(raw, cue_start)
        ):
            # ("USCIRF expresses concern over NRC, says ...": a clause and its coordinated cue, one
            # subject; a name alone, "Tom Berg, said", a typo's comma, is read as before, and so
            # is an inverted cue, "Any interpretation, said Ana Ruiz, would ...", and a phrase
            # with no such clause, "U.S. trade representative Ana Ruiz, replied")
            coordinated = self.subject_of_coordinated_clause(raw, chunks[0])
            if coordinated is not None:
                return coordinated
        for i, (a, b) in enumerate(chunks):
            phrase = raw[a:b]
            words = phrase.split()
            if not i and len(words) > 1 and words[0].casefold() in self._coordinators:
                # ("But Robert Lutz, Acme executive vice-president, said": the name after the coordinator)
                a = raw.index(words[1], a + len(words[0]))
                phrase, words = raw[a:b], words[1:]
            if not words or len(words) > self.MAX_APPOSITIVE_HEAD or any(m in phrase for m in self._marks):
                continue
            if not i and words[0].casefold() in self.COMPARISON_WORDS:
                return None  # ("Like Ortiz, Berg, Lee and Hall, all Democrats, said": who is compared is unclear)
            if not i and self.plural_linked_head(words):
                members = self.listed_members(raw, chunks, i)
                if members is not None:
                    return self.mention(raw, members)  # ("Lawyers for the family, Ana Ruiz and Tom Berg, said")
                return self.mention(raw, (a, b))  # ("Friends of the victim, a teacher, said": the friends)
            regional = self.role_after_placed_region(raw, chunks, i)
            if regional is not None:
                return self.mention(raw, regional)  # ("The Austin, Texas, police chief, who ..., said": the chief)
            if not self.names_head(phrase) or self.is_clause(phrase) or any(map(self.is_past_verb, words)):
                continue  # ("The vote was close, said ...": a clause, not a speaker)
            if words[0].casefold() in self._stop or self.is_adverb(words[0].casefold()) or self.opening_adverb(phrase):
                continue  # ("Meanwhile, the director of the port, who ..., said": the director)
            if not i and len(chunks) > 2 and len(words) == 1 and self.opening_gerund(phrase):
                # ("Reacting, the spokesperson for the firm, Ola Bello, said": an opening participle,
                # a role and a name set off after it; "Browning, a former officer, said" names him)
                continue
            if self.opens_preposition_phrase(words):
                continue  # ("Apart from the mayor, two council members, ..., said": the mayor is no subject)
            if self.received_aside(words):
                continue  # ("The memo, seen by Reuters, says ...": the agent only received the words)
            listed = self.name_after_place_list(raw, (a, b), cue_start)
            if listed is not None:
                return self.mention(raw, listed)  # ("The ambassador to France, Germany and Italy, John Roe, said")
            last = self.listed_modifier_chunks(raw, chunks, i) if not i else None
            if last is not None:
                # ("A Memphis Light, Gas and Water spokesperson, Dana Whitfield, said": the role's
                # whole phrase, then the name set off after it; never "A Memphis Light")
                i, b = last, chunks[last][1]
            if i + 1 < len(chunks):
                name = self.untitled_name(raw[chunks[i + 1][0] : chunks[i + 1][1]].split())
                named = 2 <= len(name) <= self.MAX_NAME_WORDS and self.names.trailing_name(name) == len(name)
                if named and not self.region_of_placed_phrase(words, name):
                    return self.mention(raw, chunks[i + 1])
            return self.mention(raw, (a, b))
        return None

    def region_of_placed_phrase(self, words: Sequence[str], name: Sequence[str]) -> bool:
        """For :meth:`opening_subject`: whether *name*, capitalised words set off after a phrase
        of *words* that ends in one of :attr:`PLACE_PREPOSITIONS` and a capitalised place, may be
        that place's region rather than the phrase's name (``A school in Leeds, West Yorkshire,
        which closed in May, said``: the school speaks): its first word is no given name of the
        vocabulary (``A spokesman for the hospital in Leeds, Tom Berg, said`` is Tom Berg's).

        .. versionadded:: 0.2 (fixQ61)"""
        k = len(words)
        while k and words[k - 1][:1].isupper():
            k -= 1  # (the place's capitalised words: "Leeds")
        if k == len(words) or k < 2 or words[k - 1] not in self._place_prepositions:
            return False
        return not self.vocabulary.is_given_name(name[0])

    def listed_modifier_chunks(self, raw: str, chunks: Sequence[tuple[int, int]], i: int) -> int | None:
        """For :meth:`opening_subject`: the index of the last of *chunks*, phrases set off by
        commas, that goes on with a name listed from chunk *i* to a noun for people in lower case
        (``A Memphis Light, Gas and Water spokesperson``, ``The Leeds, Bradford and York
        officials``): chunk *i* a determiner and capitalised words, each next one capitalised
        words, at most :attr:`MAX_LISTED_WORDS` chunks, the last with one of :attr:`COORDINATORS`
        and ending in nouns in lower case, the last for people (:meth:`names_people`, a role noun or
        a group's: :meth:`listed_group_noun`); ``None`` otherwise.

        .. versionadded:: 0.2 (wv59)"""
        words = raw[chunks[i][0] : chunks[i][1]].split()
        if len(words) < 2 or (words[0].casefold() not in self._determiners and words[0].casefold() not in self._indefinites):
            return None
        if not all(w[:1].isupper() and w.casefold() not in self._stop for w in words[1:]):
            return None
        for j in range(i + 1, min(len(chunks), i + 1 + self.MAX_LISTED_WORDS)):
            words = raw[chunks[j][0] : chunks[j][1]].split()
            low = words[-1].casefold() if words else ""
            if len(words) > 2 and words[-1].isalpha() and words[-1].islower():
                k = len(words) - 1
                while k > 0 and len(words) - k < self.MAX_LISTED_WORDS and words[k - 1].isalpha() and words[k - 1].islower():
                    k -= 1  # ("council spokesperson": the nouns before the head)
                head = words[:k]
                joined = sum(w in self._coordinators for w in head) == 1 and head[-1] not in self._coordinators
                capitalised = all(w[:1].isupper() or w in self._coordinators for w in head)
                person = self.names_people(low) or self.vocabulary.is_role_noun(low) or self.listed_group_noun(low)
                return j if len(head) > 2 and joined and capitalised and head[0][:1].isupper() and person else None
            if not words or not all(w[:1].isupper() and w.casefold() not in self._stop for w in words):
                return None
        return None

    def listed_group_noun(self, low: str) -> bool:
        """For :meth:`listed_modifier_chunks`: whether lower-case *low* is one of
        :attr:`GROUP_NOUNS`, or its plural in :attr:`PRESENT_SUFFIX` (``councils``).

        .. versionadded:: 0.2 (wv59)"""
        return low in self._groups or (bool(self.PRESENT_SUFFIX) and low.removesuffix(self.PRESENT_SUFFIX) in self._groups)

    #: The most capitalised words of the subject :meth:`subject_of_coordinated_clause` reads.
    #:
    #: .. versionadded:: 0.2 (fixL56)
    MAX_COORDINATED_SUBJECT_WORDS: ClassVar[int] = 4
    #: The endings of a verb in the present's third person (``expresses``, ``visits``) that
    #: :meth:`subject_of_coordinated_clause` reads after the subject.
    #:
    #: .. versionadded:: 0.2 (fixL56)
    PRESENT_VERB_ENDINGS: ClassVar[tuple[str, ...]] = ("s",)

    def inverted_subject_follows(self, raw: str, cue_start: int) -> bool:
        """Whether the word after the cue word at *cue_start* opens a subject of an inverted cue: a
        capitalised word or one of :attr:`DETERMINERS` (``..., said Michael Kofman``, ``..., said
        the mayor``), so that the phrase before the cue is no clause coordinated with it.

        .. versionadded:: 0.2 (fixL56)"""
        words = self._word.finditer(raw, cue_start, min(len(raw), cue_start + self.PLACED_WINDOW), False, KEEP_GIL)
        next(words, None)
        following = next(words, None)
        if following is None:
            return False
        word = following.group()
        return word[:1].isupper() or word.casefold() in self._determiners

    def subject_of_coordinated_clause(self, raw: str, chunk: tuple[int, int]) -> Mention | None:
        """The speaker of a sentence whose one phrase before the cue, *chunk*, is set off by a
        single comma right before it: a clause the cue is coordinated with, as a headline writes
        (``USCIRF expresses concern over NRC, says 1.9 million ...``), no subject set off by a
        comma (a subject is never cut from its verb by one comma).  The clause's subject speaks:
        one to :attr:`MAX_COORDINATED_SUBJECT_WORDS` capitalised words that open it, no stop
        word nor determiner first, right before a verb in lower case (:meth:`is_verb`, :meth:`is_past_verb`,
        or a word in one of :attr:`PRESENT_VERB_ENDINGS` before a word that is no preposition nor
        stop word: ``USCIRF``).  ``None`` otherwise: the caller reads the phrase as before.

        .. versionadded:: 0.2 (fixL56)"""
        words = list(self._word.finditer(raw, chunk[0], chunk[1], False, KEEP_GIL))
        k = 0
        while k < len(words) and k < self.MAX_COORDINATED_SUBJECT_WORDS and words[k].group()[:1].isupper():
            k += 1
        opening = words[0].group().casefold() if words else ""
        if not k or k >= len(words) or opening in self._stop or opening in self._determiners:
            return None  # (no subject of capitalised words: "The diversified maker of ...")
        verb = words[k].group()
        if raw[words[k - 1].end() : words[k].start()] != " ":
            return None  # (a quotation mark or a comma between: "Any ''cleareyed'' interpretation")
        low = verb.casefold()
        present = len(low) > 3 and low.endswith(self.PRESENT_VERB_ENDINGS)
        if present and not (self.is_verb(low) or self.is_past_verb(low)):
            # (a plural noun ends so too: "Goldman Sachs analysts in London, said"; a verb takes its object)
            following = words[k + 1].group().casefold() if k + 1 < len(words) else None
            present = following is not None and following not in self._prepositions and following not in self._stop
        finite = self.is_verb(low) or self.is_past_verb(low) or present
        if not verb[:1].islower() or not finite or low in self._stop:
            return None
        return self.mention(raw, (words[0].start(), words[k - 1].end()))

    def untitled_name(self, words: Sequence[str]) -> Sequence[str]:
        """*words*, a phrase set off by commas after a role, less the capitalised titles that open
        it (``Cllr``, ``Dr``, ``Prof.``), keeping at least two words: what is left must be a name
        for the phrase to name the role's holder (``Cabinet member for education, Cllr Rhian
        Meredith, said``: Rhian Meredith).

        .. versionadded:: 0.2
        """
        k = 0
        while len(words) - k > 2 and words[k][:1].isupper() and self.vocabulary.is_title(words[k]):
            k += 1
        return words[k:]

    def opens_preposition_phrase(self, words: Sequence[str]) -> bool:
        """Whether *words*, a phrase set off by a comma, open with one of :attr:`PREPOSITION_PHRASES`
        (``In addition to Ana Ortiz``, ``Apart from the mayor``): the phrase is the preposition's
        object, never a subject.

        .. versionadded:: 0.2
        """
        low = tuple(w.casefold() for w in words)
        return any(low[: len(phrase)] == phrase and len(low) > len(phrase) for phrase in self._preposition_phrases)

    def received_aside(self, words: Sequence[str]) -> bool:
        """Whether *words*, a phrase set off by commas, open with one of :attr:`RECEIVED_PARTICIPLES`
        and one of :attr:`AGENT_WORDS` (``seen by Reuters``, ``obtained by the BBC``): an aside on
        the noun before it, whose agent only received the words and never speaks them.

        .. versionadded:: 0.2
        """
        return len(words) > 2 and words[0] in self._received and words[1] in self._agents

    def plural_linked_head(self, words: Sequence[str]) -> bool:
        """For :meth:`opening_subject`: whether *words*, a sentence's first phrase set off by a
        comma, open with a plural noun for people (:meth:`is_person_noun`, in ``-s``) right before
        one of :attr:`OBJECT_ROLE_LINKS` and its object (``Friends of the victim``, ``Relatives of
        the pilot``, ``Supporters of the mayor``): the many speak, and a phrase set off after them
        describes the link's object, never the speakers (``Friends of the victim, a teacher, said``);
        a singular head is read as ever (``A friend of the victim, ...``).

        .. versionadded:: 0.2 (wv56)"""
        if len(words) < 3 or words[1] not in self._object_role_links or not words[0][:1].isupper():
            return False
        low = words[0].casefold()
        return words[0].isalpha() and low.endswith("s") and not low.endswith("ss") and self.is_person_noun(low)

    def listed_members(self, raw: str, chunks: Sequence[tuple[int, int]], i: int) -> tuple[int, int] | None:
        """For :meth:`opening_subject`, after a plural head (:meth:`plural_linked_head`): the
        phrase set off right after ``chunks[i]`` when it is a list of two or more full names
        joined by one of :attr:`CONJUNCTIONS` (``Lawyers for the family, Ana Ruiz and Tom Berg,
        said``, ``Parents of the boy, Ana Ruiz and Tom Berg, said``): a plural head's many are
        named by a list of as many people, who speak.  A single name set off after the head
        names the link's object (``Friends of the victim, Paul Young, said``: the victim), so
        what tells them apart is the count of names, not the link (``for`` or ``of``).  None when
        the phrase is no such list.

        .. versionadded:: 0.2 (fixR56)"""
        if i + 1 >= len(chunks):
            return None
        words = raw[chunks[i + 1][0] : chunks[i + 1][1]].split()
        names: list[list[str]] = [[]]
        for word in words:
            if word in self._conjunctions:
                names.append([])
            else:
                names[-1].append(word)
        if len(names) < 2 or any(
            not 2 <= len(name) <= self.MAX_NAME_WORDS or self.names.trailing_name(name) != len(name) for name in names
        ):
            return None
        return chunks[i + 1]

    def role_after_placed_region(self, raw: str, chunks: Sequence[tuple[int, int]], i: int) -> tuple[int, int] | None:
        """For :meth:`opening_subject`: the role when ``chunks[i]`` is a capitalised place (maybe
        after a determiner), ``chunks[i + 1]`` its region
        (:meth:`~newsparse.vocabulary.Vocabulary.is_region_after_place`) and ``chunks[i + 2]`` a
        role in lower case ending in a title or a role noun (``The Austin, Texas, police chief, who
        ..., said``: the chief, never the city).  None when the words do not fit.

        .. versionadded:: 0.2 (wv56)"""
        if i + 2 >= len(chunks):
            return None
        place = raw[chunks[i][0] : chunks[i][1]].split()
        if place and place[0] in self._determiners:
            place = place[1:]
        region = raw[chunks[i + 1][0] : chunks[i + 1][1]]
        role = raw[chunks[i + 2][0] : chunks[i + 2][1]].split()
        if not place or not all(w[:1].isupper() for w in place) or not self.vocabulary.is_region_after_place(region):
            return None
        cut = next((k for k, w in enumerate(role) if not w[:1].islower()), len(role))
        if not cut or not (self.vocabulary.is_title(role[cut - 1]) or self.vocabulary.is_role_noun(role[cut - 1])):
            return None
        if cut == len(role):
            return chunks[i + 2]
        # ("Austin, Texas, police chief Ana Ruiz, who ..., said": the name after the role speaks)
        name = " ".join(role[cut:])
        if not self.names.is_name(name):
            return None
        start = raw.index(role[cut], chunks[i + 2][0] + len(" ".join(role[:cut])))
        return start, chunks[i + 2][1]

    def names_head(self, phrase: str) -> bool:
        """Whether *phrase* can name a speaker (*lenient*), or the part of it before ``of`` or one of
        :attr:`ROLE_LINKS` can (``The chief executive of the port authority``, ``A spokesman for the
        NHS trust``: the executive speaks, whatever the phrase after the link names)."""
        if self.is_speaker_phrase(phrase, lenient=True):
            return True
        words = phrase.split()
        cut = next((i for i, w in enumerate(words) if i > 1 and (w in self._of or w in self._role_links)), None)
        return cut is not None and self.is_speaker_phrase(" ".join(words[:cut]), lenient=True)

    def opens_clause(self, raw: str, start: int, stop: int) -> bool:
        """Whether a clause can start at *start*: a pronoun, a determiner, a name or a number, a
        count after one of :attr:`COUNT_LEADS` with a verb within :attr:`LONG_SUBJECT_LOOKAHEAD`
        words behind it (``said fewer than 300 customers used``), or a bare noun phrase with a
        verb close behind (``said rural deliveries grew fastest``)."""
        match = self._word.match(raw, start, stop, KEEP_GIL)
        if match is None and _CURRENCY.match(raw, start, stop, KEEP_GIL) is not None:
            # "said $2 million was missing": an amount, then its verb close behind
            return self.has_verb(raw, start, stop, words=self.BARE_NOUN_LOOKAHEAD)
        if match is None:
            return raw[start : start + 1] in self._marks
        word = match.group()
        bare = _CONTRACTION.sub("", word.casefold(), 0, None, None, KEEP_GIL)
        if bare in self._object_pronouns:
            # "said nothing has changed", but not "said nothing about the vote": a verb right after
            return self.has_verb(raw, match.end(), stop, words=self.OBJECT_PRONOUN_LOOKAHEAD)
        if bare in self._indefinite_subjects:
            # "said anyone without proof of vaccination should get a shot": a person's long description
            return self.has_verb(raw, match.end(), stop, words=self.LONG_SUBJECT_LOOKAHEAD)
        if bare in self._openers or word[0].isupper() or word[0].isdigit():
            return True
        counted = self._counted.match(raw, start, stop, KEEP_GIL)
        if counted is not None and self.has_verb(raw, counted.end(), stop, words=self.LONG_SUBJECT_LOOKAHEAD):
            return True  # "said fewer than 300 customers used ...": a count, then its verb
        if self.has_verb(raw, match.end(), stop, words=self.BARE_NOUN_LOOKAHEAD):
            return True
        if self.frequency_then_verb(raw, start, stop):
            return True  # "said younger people often move away"
        if self.cue_after_bare_noun(raw, match, stop):
            return True  # "says progressives agree ...": the report's own words, its verb a cue's
        gerund = bool(self.GERUND_SUFFIX) and word.endswith(self.GERUND_SUFFIX)
        if gerund and self.gerund_subject_verb(raw, bare, match.end(), stop):
            return True  # "said having the mayor on side is a positive development"
        # "members of the Supreme Court shouldn't ...": a noun, "of" and its phrase, then the verb
        following = self._word.match(raw, match.end() + 1, stop, KEEP_GIL) if match.end() < stop else None
        linked = following is not None and following.group() in self._noun_links
        if linked:
            return self.has_verb(raw, match.end(), stop, words=self.LONG_SUBJECT_LOOKAHEAD)
        # ("said test runs on the northern section would begin": a compound, its link, then the verb)
        link = self.compound_before_link(raw, match, stop)
        return link is not None and self.plain_verb_after(raw, link, stop)

    def cue_after_bare_noun(self, raw: str, noun: regex.Match[str], stop: int) -> bool:
        """Whether a cue word in its base form (one whose form with :attr:`PRESENT_SUFFIX` is a cue
        word too) follows the bare noun *noun* in lower case with only a blank between (``says
        progressives agree that ...``, ``said voters believe the plan ...``): a verb with its plural
        subject, the clause the first cue reports, never a second speaker's own report.  The noun
        ends in :attr:`PRESENT_SUFFIX` or may name a speaker (:meth:`is_person_noun`), and is none of
        :attr:`INFINITIVE_MARKERS`, :attr:`CLAUSE_AUXILIARIES`, :attr:`STOP_WORDS` or
        :attr:`PREPOSITIONS` (``writing to ask``, ``predicts will continue``).

        .. versionadded:: 0.2 (fixQ70b)"""
        suffix = self.PRESENT_SUFFIX
        low = noun.group()
        if not suffix or not low.islower() or raw[noun.end() : noun.end() + 1] != " ":
            return False
        if low in self._not_bare_nouns:
            return False  # ("writing to ask if ...", "predicts will continue": no noun, no subject)
        if not (low.endswith(suffix) or self.is_person_noun(low)):
            return False  # (a plural: "progressives", "voters", "people")
        verb = self._word.match(raw, noun.end() + 1, stop, KEEP_GIL)
        if verb is None:
            return False
        word = verb.group()
        return word.islower() and word in self._cue_words and word + suffix in self._cue_words

    def plain_verb_after(self, raw: str, pos: int, stop: int) -> bool:
        """Whether a finite verb in lower case (:meth:`is_verb`) stands among the
        :attr:`LONG_SUBJECT_LOOKAHEAD` words after *pos*, with only blanks between them: no comma,
        quotation mark or other punctuation, no pronoun, word of :attr:`THAT_WORDS` or relative
        pronoun, no coordinator, determiner nor stop word right before the verb (``these newfangled``:
        an adjective), so that the verb is the clause's own
        (``said test runs on the northern section would begin``; not ``told new business forum of the
        association "We are ...``, ``told federal investigators in July she was ...``, ``claimed
        massive victories in the offensive and called on ...``, nor ``May``, a month in capitals, nor
        ``tape-recorded``, a hyphenated adjective).

        .. versionadded:: 0.2
        """
        window = self._word.finditer(raw, pos, min(stop, pos + self.PHRASE_WINDOW), False, KEEP_GIL)
        previous, joined, modified = pos, False, False
        for word in islice(window, self.LONG_SUBJECT_LOOKAHEAD):
            if raw[previous : word.start()].strip():
                return False  # (punctuation between: the phrase's clause ends there)
            text = word.group()
            low = text.casefold()
            if low in self._pronouns or low in self._that_words or low in self._relatives:
                return False  # ("told federal investigators in July she was ...": the clause opens later)
            if text.islower() and text.isalpha() and self.is_verb(text) and not modified:
                return not joined  # (not "claimed massive victories in the offensive and called on ...")
            joined = low in self._coordinators
            # (a word in -ed after a determiner is an adjective: "in these newfangled analytics")
            modified = low in self._determiners or low in self._possessive_determiners or low in self._stop
            previous = word.end()
        return False

    def compound_before_link(self, raw: str, first: regex.Match[str], stop: int) -> int | None:
        """Where the link of a post-modifier ends when the word *first* (in lower case) and at most
        :attr:`MAX_COMPOUND_WORDS` nouns after it, one blank apart, make a bare noun phrase: each a
        lower-case word that is no verb, stop word or word of :attr:`THAT_WORDS`, then one
        of :attr:`NOUN_LINKS` (``test runs on``, ``physical progress on``, ``bus fares in``);
        ``None`` otherwise; *first* too must be such a word, in letters only (``agreed to participate
        in a total of 10, Sanders continued``: ``to`` opens an infinitive; ``alleged pay-to-play policies
        with ...``).  The phrase is a clause's subject when a verb follows the link (:meth:`opens_clause`).

        .. versionadded:: 0.2
        """
        low = first.group().casefold()
        if not first.group().isalpha() or not self.compound_word(low):
            return None
        pos = first.end()
        for _ in range(self.MAX_COMPOUND_WORDS):
            word = self._word.match(raw, pos + 1, stop, KEEP_GIL) if raw[pos : pos + 1] == " " else None
            if word is None:
                return None
            text = word.group()
            if text in self._noun_links:
                return word.end() if pos > first.end() else None
            if not text.isalpha() or not text.islower() or not self.compound_word(text.casefold()):
                return None
            pos = word.end()
        word = self._word.match(raw, pos + 1, stop, KEEP_GIL) if raw[pos : pos + 1] == " " else None
        return word.end() if word is not None and word.group() in self._noun_links else None

    def compound_word(self, low: str) -> bool:
        """Whether *low*, a word in lower case, may be a word of a bare noun compound
        (:meth:`compound_before_link`): no stop word, infinitive marker, word of :attr:`THAT_WORDS`,
        preposition, link, determiner, adverb or verb.

        .. versionadded:: 0.2
        """
        if low in self._stop or low in self._infinitive_markers or low in self._that_words or low in self._prepositions:
            return False
        if low in self._of or low in self._noun_links or low in self._determiners:
            return False  # ("Any hint of weakness in ...": "of" opens no compound)
        if low in self._adverbs or (self.ADVERB_SUFFIX and low.endswith(self.ADVERB_SUFFIX)):
            return False  # ("said simply looking at ...")
        return not (self.is_verb(low) or self.is_past_verb(low))

    def gerund_subject_verb(self, raw: str, gerund: str, end: int, stop: int) -> bool:
        """Whether a finite verb follows *gerund* (in lower case), a word that ends at *end*,
        within :attr:`LONG_SUBJECT_LOOKAHEAD` words, or, when it is none of :attr:`PREPOSITIONS`
        (``during``), after an aside set off by two commas within :attr:`PHRASE_WINDOW`
        characters (``said calling the rebels, also known as the Front, by another name will do
        nothing``): the gerund opens the clause's subject.

        .. versionadded:: 0.2
        """
        if self.has_verb(raw, end, stop, words=self.LONG_SUBJECT_LOOKAHEAD):
            return True
        if gerund in self._prepositions:
            return False  # ("said Thursday during a taping in Buffalo, New York, that ...": a setting)
        comma = raw.find(",", end, min(stop, end + self.PHRASE_WINDOW))
        close = raw.find(",", comma + 1, min(stop, comma + 1 + self.PHRASE_WINDOW)) if comma >= 0 else -1
        return close >= 0 and self.has_verb(raw, close + 1, stop, words=self.LONG_SUBJECT_LOOKAHEAD)

    def verb_at(self, raw: str, start: int, stop: int) -> bool:
        """Whether the word at *start* (before *stop*) is a lower-case finite verb (:meth:`is_verb`):
        ``made a trip``, ``has surged``, not ``the mayor``, ``and there were`` or ``becoming``."""
        word = self._word.match(raw, start, stop)
        return word is not None and word.group()[:1].islower() and self.is_verb(word.group().rstrip("."))

    def verb_after_time(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the next word after *pos* (blanks only between) is in lower case and
        :meth:`is_verb`: a time phrase of :attr:`TIME_PHRASES` right after a cue is then the
        clause's subject, no time of the cue (``said that night was the worst of her life``).

        .. versionadded:: 0.2
        """
        while pos < stop and raw[pos].isspace():
            pos += 1
        word = self._word.match(raw, pos, stop)
        return word is not None and word.group()[:1].islower() and self.is_verb(word.group().rstrip("."))

    def frequency_then_verb(self, raw: str, start: int, stop: int) -> bool:
        """Whether the bare noun phrase that opens a clause at *start* (no comma right before it)
        runs, in lower case with only a blank between words, up to one of
        :attr:`FREQUENCY_ADVERBS` among its first :attr:`BARE_NOUN_LOOKAHEAD` words after the first,
        and a lower-case word follows that adverb (``said younger people often move away``: a verb
        in the present that :meth:`is_verb` does not know; not ``claims, prosecutors rarely ...``).

        .. versionadded:: 0.2
        """
        before = start
        while before > 0 and raw[before - 1].isspace():
            before -= 1
        if raw[before - 1 : before] == ",":
            return False
        window = self._word.finditer(raw, start, min(stop, start + self.PHRASE_WINDOW), False, KEEP_GIL)
        words = list(islice(window, self.BARE_NOUN_LOOKAHEAD + 2))
        previous = start
        for k, word in enumerate(words):
            text = word.group()
            if raw[previous : word.start()].strip() or not text[:1].islower() or self.is_verb(text):
                return False  # (a comma or a mark between, a name or a verb, "says would never win": no bare noun phrase)
            if k > 0 and text in self._frequency_adverbs:
                after = words[k + 1] if k + 1 < len(words) else None
                return after is not None and after.group()[:1].islower() and raw[word.end() : after.start()] == " "
            previous = word.end()
        return False

    def has_verb(self, raw: str, start: int, stop: int, words: int = 6) -> bool:
        """Whether one of the first *words* words from *start* looks like a finite verb."""
        window = self._word.finditer(raw, start, min(stop, start + 80), False, KEEP_GIL)
        if words < 0:  # (all but the last -words words, as a slice of the list would give)
            return any(self.is_verb(w) for w in [m.group().casefold().rstrip(".") for m in window][:words])
        # (the first *words* words only: no word after them is read, folded or kept)
        return any(self.is_verb(m.group().casefold().rstrip(".")) for m in islice(window, words))

    def plain_object(self, raw: str, word: str, cue: regex.Match[str], start: int, stop: int) -> bool:
        """Whether the words at *start*, right after *cue* (*word*, one of ``OBJECT_BARE_VERBS``:
        ``recalled``, ``confirmed``; not one of ``NOUN_OBJECT_VERBS``, ``announced his resignation``,
        nor a participle in :attr:`GERUND_SUFFIX`, ``recalling an anecdote``) with no word of
        :attr:`THAT_WORDS` between, are
        the verb's plain object rather than a clause: no finite verb of their own up to the clause's
        comma (:meth:`object_clause_verb`: ``Freshway Foods recalled two batches of cooked chicken
        because of ...``, ``recalled its oat drink after glass was found``), where ``recalled the
        bridge had flooded`` is speech.

        .. versionadded:: 0.2
        """
        if word not in self._object_bare or word in self._noun_object_verbs:
            return False  # ("announced his resignation": what a verb of NOUN_OBJECT_VERBS says)
        if self.GERUND_SUFFIX and word.endswith(self.GERUND_SUFFIX):
            return False  # ("..., recalling an anecdote about the crowd": a participle's account)
        if cue.end() > start or self.that_before(raw, cue.end(), start):
            return False
        if self.document_then_participle(raw, start, stop):
            return False  # ("wrote a letter to the board asking it to resign": the letter's words)
        return not self.object_clause_verb(raw, start, self.clause_comma(raw, start, stop))

    def object_clause_verb(self, raw: str, start: int, stop: int, words: int = 6) -> bool:
        """Whether one of the first *words* words from *start* looks like a finite verb
        (:meth:`is_verb`) before any of :attr:`SUBORDINATORS` after the first word: the words
        after a verb that as often takes a plain object (``OBJECT_BARE_VERBS``) make a clause of
        their own (``recalled the bridge had flooded``), not an object and a subordinate clause
        (``recalled its oat drink after glass was found``).  A word in ``-ed`` right after one of
        :attr:`DETERMINERS`, :attr:`OF_WORDS` or :attr:`PREPOSITIONS` is an adjective, no verb
        (``recalled two batches of cooked chicken``).

        .. versionadded:: 0.2
        """
        previous: str | None = None
        for m in islice(self._word.finditer(raw, start, min(stop, start + 80), False, KEEP_GIL), words):
            low = m.group().casefold().rstrip(".")
            if previous is not None and low in self._clause_openers:
                return False  # ("recalled its oat drink after glass was found": the verb is the subordinate clause's)
            described = previous in self._determiners or previous in self._of or previous in self._prepositions
            if self.is_verb(low) and (low in self._clause_verbs or not described):
                return True
            previous = low
        return False

    def is_verb(self, word: str) -> bool:
        """Whether a lower-case *word* looks like a finite verb (``was``, ``shouldn't``, ``rallied``)."""
        negations = self._negations
        if word in negations:
            word = negations[word]
        elif "n't" in word or "n’t" in word:  # (the pattern only where it may match: no run per word)
            word = _NEGATION.sub("", word, 0, None, None, KEEP_GIL)
        return word in self._clause_verbs or (word.endswith("ed") and len(word) > 4)

    def cut_source(self, raw: str, start: int, end: int) -> tuple[int, str | None]:
        """Take a closing ``, media reported`` off reported words ending at *end*."""
        tail = self._source_tail.search(raw, start, end) if self.may_end_with_source(raw, start, end) else None
        if tail is None:
            return end, None
        cut = tail.start()
        while cut > start and raw[cut - 1].isspace():
            cut -= 1
        return cut, collapse(tail["source"])

    #: Words that, besides :attr:`SUBORDINATORS`, open a clause before the sentence's main one
    #: (``As the mayor said the plan would pass, the council voted it down``, ``If ..., ...``):
    #: reported words in it end at the comma that closes it (:meth:`cut_subordinate_opening`).
    #: Empty in the French, German and Spanish packs.
    #:
    #: .. versionadded:: 0.2
    OPENING_CLAUSE_SUBORDINATORS: ClassVar[tuple[str, ...]] = ("as", "if", "unless")
    #: Those of :attr:`OPENING_CLAUSE_SUBORDINATORS` that are prepositions too (``As a result ...``,
    #: ``As chair of the board ...``): a clause only when a subject opens after them, a capitalised
    #: word or one of :attr:`CLAUSE_SUBJECT_OPENERS` (``As the mayor said ...``, ``As Jones said ...``;
    #: a reader of the merged round, merge58).
    #:
    #: .. versionadded:: 0.2
    PREPOSITION_SUBORDINATORS: ClassVar[tuple[str, ...]] = ("as",)
    #: Words that open a clause's subject after one of :attr:`PREPOSITION_SUBORDINATORS`.
    #:
    #: .. versionadded:: 0.2
    CLAUSE_SUBJECT_OPENERS: ClassVar[tuple[str, ...]] = (
        "the", "his", "her", "their", "its", "our", "my", "he", "she", "they", "we", "i", "it", "this", "that", "these",
        "those", "some", "many", "most",
    )
    #: The most words between the comma that closes a relative clause set off in such an
    #: opening clause and the reported words: the cue, its auxiliaries and adverbs
    #: (:meth:`lead_commas_set_off`).
    #:
    #: .. versionadded:: 0.2
    MAX_CUE_TAIL_WORDS: ClassVar[int] = 4
    #: Prepositions of a place named right after a cue, before a clause without ``that`` (``said
    #: in Paris the museum would close``, ``said at Westminster the ...``): the place is the
    #: reporter's setting, no part of the words (:meth:`clause_after_setting`).  Empty in the
    #: French, German and Spanish packs.
    #:
    #: .. versionadded:: 0.2
    NAMED_PLACE_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("in", "at")

    def opens_subordinate_clause(self, word: str) -> bool:
        """Whether *word*, the first of a sentence, opens a subordinate clause before the main one:
        one of :attr:`SUBORDINATORS` or :attr:`OPENING_CLAUSE_SUBORDINATORS`.

        .. versionadded:: 0.2"""
        low = word.casefold()
        return low in self._subordinators or low in self.OPENING_CLAUSE_SUBORDINATORS

    def lead_commas_set_off(self, raw: str, start: int, stop: int) -> bool:
        """Whether every comma between *start* and *stop* sets off a relative clause that closes
        before *stop* (``After Ana Ortiz and Lee Chan, who run the shop, said``): the clause that
        opens the sentence is still open at *stop*; not ``When the vote came, the mayor said``.

        .. versionadded:: 0.2"""
        comma = raw.find(",", start, stop)
        while comma >= 0:
            after = raw[comma + 1 : min(stop, comma + self.PHRASE_WINDOW)].split(None, 1)
            low = after[0].casefold() if after else ""
            if not after or not (
                self.is_relative(after[0]) or low in self.THING_RELATIVE_PRONOUNS or low in self.POSSESSIVE_RELATIVE_PRONOUNS
            ):
                return False
            close = raw.find(",", comma + 1, stop)
            if close < 0:
                return False
            comma = raw.find(",", close + 1, stop)
            if comma < 0 and len(raw[close + 1 : min(stop, close + 1 + self.PHRASE_WINDOW)].split()) > self.MAX_CUE_TAIL_WORDS:
                return False  # (the cue right after the clause's closing comma: "..., who run the shop, said")
        return True

    def cut_subordinate_opening(self, raw: str, start: int, end: int, sentence_start: int) -> int:
        """End reported words from *start* that stand in a clause opening the sentence with one of
        :attr:`SUBORDINATORS` (``When critics said the plan would fail, the mayor fired back.``) at
        the comma that closes that clause, when the words after the comma hold a finite verb within
        :attr:`SHORT_SUBJECT` words (the main clause, not reported); no comma may stand between
        the sentence's start and *start*, nor the comma inside quotation marks; a relative clause
        set off by commas is passed over.

        .. versionadded:: 0.2
        """
        first = self._word.match(raw, sentence_start, start, KEEP_GIL)
        if first is None or not self.opens_subordinate_clause(first.group()):
            return end
        low = first.group().casefold()
        extra = low in self.OPENING_CLAUSE_SUBORDINATORS and low not in self._subordinators
        if low in self.PREPOSITION_SUBORDINATORS:
            subject = self._word.match(raw, first.end() + 1, start, KEEP_GIL)
            if subject is None or not (subject.group()[:1].isupper() or subject.group().casefold() in self.CLAUSE_SUBJECT_OPENERS):
                return end  # ("As a result the ministry said ...", "As chair of the board Tom Berg said ...": a preposition)
        if "," in raw[sentence_start:start] and (
            # (a subordinator proper, no relative pronoun: "That was news to X, which ..., including one in which he stated")
            (low not in self.SUBORDINATORS and not extra) or not self.lead_commas_set_off(raw, sentence_start, start)
        ):
            return end  # ("When the vote came, the mayor said ...": the clause closed before the cue)
        comma = raw.find(",", start, end)
        if extra and comma >= 0 and not self.has_verb(raw, start, comma):
            return end  # ("As I said earlier, I don't see ...": a comment clause, the words after its comma)
        after = self._word.match(raw, comma + 1, end, KEEP_GIL) if comma >= 0 else None
        if after is not None and after.group().casefold() in self._relatives:
            comma = raw.find(",", after.end(), end)  # ("When critics said the plan, which cost millions, would fail, ...")
            comma = raw.find(",", comma + 1, end) if comma >= 0 else -1
        if comma < 0 or self.within_quotation(raw, start, comma):
            return end
        if not self.has_verb(raw, comma + 1, end, words=self.SHORT_SUBJECT + 1):
            return end  # (", the mayor's": no clause after the comma, the words go on)
        return self.trim_end(raw, start, comma)

    def cut_participle(self, raw: str, start: int, end: int) -> int:
        """End reported words before a following ``, adding that ...``, which is reported speech of its
        own; after the closing mark when the comma stands inside it (``... as "a liar," saying ...``)."""
        match = self._participle.search(raw, start, end, KEEP_GIL)
        end = match.start() if match is not None else end
        quoted = self._quoted_participle.search(raw, start, end, KEEP_GIL)
        return quoted.end("close") if quoted is not None else end

    def cut_summing_tail(self, raw: str, start: int, end: int) -> int:
        """End reported words from *start* to *end* before the writer's appositive that sums them up
        and judges them: a comma, one of :attr:`INDEFINITE_DETERMINERS`, maybe an adjective, one of
        :attr:`CLAIM_NOUNS` and a clause of two words or more with no comma to *end* (``said he
        will not resign, a claim his critics dispute``, ``..., a promise that he kept``); *end*
        otherwise (``said he would make a promise``, ``..., a claim``), and when the words before the
        comma hold that noun: the appositive then says what the speaker's own noun was (``said he
        made one promise to voters, a promise to fix the roads``; trial64b).

        .. versionadded:: 0.2 (mendQ64)
        """
        comma = raw.rfind(",", start, end)
        if comma < 0 or ";" in raw[comma:end]:
            return end
        words = raw[comma + 1 : end].split()  # (set lookups on the words after the last comma: no pattern)
        if len(words) < 4 or words[0].casefold() not in self._indefinites:
            return end
        k = 1
        if words[1].casefold() not in self._claim_nouns and words[1].isalpha() and words[1].islower():
            k = 2  # ("a baseless claim": an adjective first)
        noun = words[k].casefold()
        if noun not in self._claim_nouns:
            return end
        if any(word.strip(".,;:!?()'\"").casefold() == noun for word in raw[start:comma].split()):
            return end  # ("one promise to voters, a promise to fix the roads": the speaker's own noun)
        k += 1
        if k < len(words) and words[k].casefold() in self._that_words:
            k += 1  # ("a promise that she kept")
        return comma if len(words) - k >= 2 else end

    def cut_absolute_pair(self, raw: str, start: int, end: int) -> int:
        """End reported words that follow an absolute phrase (one of :attr:`ABSOLUTE_WORDS`, a
        capitalised subject and a participle: ``with Ryan saying``) before another such pair
        joined by one of :attr:`CLAUSE_AFTER_CLAUSE_JOINS` (``... was dead and Trump calling it
        "a disaster"``): each pair has its own speaker.  Only the :attr:`PHRASE_WINDOW`
        characters before *start* are read for the lead."""
        window = max(0, start - self.PHRASE_WINDOW)
        if not self.may_end_absolute_lead(raw[window:start]):
            return end  # (the lead pattern, tried at every position of the window, is not run)
        if self._absolute_lead.search(raw, window, start, KEEP_GIL) is None:
            return end
        match = self._absolute_pair.search(raw, start, end, KEEP_GIL)
        return match.start() if match is not None else end

    def may_end_absolute_lead(self, before: str) -> bool:
        """For :meth:`cut_absolute_pair`: whether *before*, the words right before the reported
        ones, may end in the lead of an absolute phrase, read by a cheap test of its end before
        the lead pattern runs: with its closing blanks left out it ends in one of
        :attr:`PARTICIPLES` as written (``with Ryan saying``) or, folded, in one of
        :attr:`THAT_WORDS` (``with Ryan saying that``), and it holds what opens the lead: one of
        :attr:`ABSOLUTE_WORDS` (folded), one of :attr:`CLAUSE_DASHES` or a colon, as the
        pattern's lead always does.  A false answer is sure (no lead there); a true one leaves
        the pattern to decide.

        .. versionadded:: 0.2 (speedR62)
        """
        tail = before.rstrip()
        if not tail.endswith(self.PARTICIPLES) and not any(map(tail.casefold().endswith, self._that_words)):
            return False
        if ":" in before or any(map(before.__contains__, self.CLAUSE_DASHES)):
            return True
        folded = before.casefold()
        return any(word.casefold() in folded for word in self.ABSOLUTE_WORDS)

    def cut_relative_cue(self, raw: str, start: int, end: int) -> int:
        """End reported words of a directive (``asked the players to thank Ana Ortiz``) before a
        relative clause set off by a comma whose verb is a cue (``..., who said she was proud``):
        the antecedent's words, not the first speaker's (a clause after ``said`` keeps such a
        relative clause inside, as annotators do).  A participle (``, who saying``) or a word that is no cue
        leaves the words whole."""
        for match in self._relative_cue.finditer(raw, start, end):
            verb = match.group("verb")
            if verb in self._clause_auxiliaries and verb not in self._infinitive_markers and match.group("next"):
                verb = match.group("next")  # ("..., who has said ...")
            if verb in self._cue_words and verb not in self._participles:
                return match.start()
        return end

    def cut_next_clause(self, raw: str, start: int, end: int) -> int:
        """End reported words before a clause of their sentence that has a speaker and a cue of
        its own after a comma or semicolon, maybe with one of :attr:`CLAUSE_JOINS` (``Two in three
        said they would stay, and nearly three in five said ...``, ``When Roe said he would go,
        Ortiz responded, "..."``): those are another speaker's words, not the first's.  A cue that
        only closes the sentence (``..., state media reported.``) opens no such clause, nor does a
        cue inside quotation marks (``the plan was "a disaster, and the mayor said so" ...``) or
        an attribution set off by commas with the reported words going on after it (``the deal,
        experts said, could collapse``: :meth:`is_aside`)."""
        for count, cue in enumerate(self.cues(raw, start, end)):
            if count >= self.MAX_CLAUSE_CUES:
                break  # (bounded: linear time in a long sentence of cues)
            if end - cue.end() <= self.PHRASE_WINDOW and self.is_sentence_tail(raw[cue.end() : end]):
                # ("..., state media reported.": an outlet for the words, left to cut_source)
                return self.cut_closing_attribution(raw, start, end, cue)
            comma = self.inverted_closing(raw, start, end, cue)
            if comma is not None and not self.reports_no_words(raw, cue, end):
                # ("He said the bridge would close, said police."; not "..., the lender, reported a
                # quarterly loss": the figures reported are no speaker)
                return self.trim_end(raw, start, comma)
            joined = self.joined_cue(raw, start, end, cue)
            if joined is not None:
                return self.trim_end(raw, start, joined)  # ("said the offer was fair and added that ...")
            if self.within_quotation(raw, start, cue.start()):
                continue
            if self.is_aside(raw, cue.end(), end) and not self.verb_final_join(raw, start, cue):
                continue
            if self.closes_open_relative(raw, start, cue.start()):
                return self.trim_end(raw, start, cue.start())  # ("Berg, who told reporters he was tired said ...")
            np = self.phrase_before(raw, cue.start(), start, lenient=True)
            cut = self.join_cut(raw, start, np, cue) if np is not None and np[0] > start else None
            if cut is None:
                # ("..., but a neighbour, who gave her name as Ana, said ...": the subject before its apposition)
                # ("..., tandis que la présidente, qui était présente, a affirmé": past its auxiliaries)
                apposed = self.subject_before_apposition(raw, self.before_auxiliaries(raw, start, cue.start()), start)
                cut = self.apposed_join(raw, start, apposed, cue) if apposed is not None else None
            if cut is None:
                cut = self.head_word_join(raw, start, cue)  # ("..., another says ...": another speaker)
            if cut is not None and self.fronted_adjunct(raw, start, cut) and self.reports_no_words(raw, cue, end):
                continue  # ("said that in May, Tesco, the retailer, reported higher sales": one clause, the adjunct first)
            if cut is not None:
                return cut
        return self.cut_naming_clause(raw, start, end)

    def cut_naming_clause(self, raw: str, start: int, end: int) -> int:
        """For :meth:`cut_next_clause`, with no cue to cut at: end reported words before a clause
        joined after a comma whose subject names something in a quotation of its own with one of
        :attr:`NAMING_VERBS` (``said the cut was "bigger than feared", while Bernstein analyst
        Sofia Lindqvist called the quarter "messy"``: her words, not his; or one of
        :attr:`AS_NAMING_VERBS`, :meth:`naming_word`: ``while the EFF's Julius Malema dismissed it
        as "a delay tactic"``, mendQ65), as :meth:`join_cut`
        reads the join, the verb a finite form (a participle after a name set off by commas
        describes the object: ``a letter to its president, Lee Bollinger, calling ...``); only
        when a quotation mark follows the verb before *end*, at most
        :attr:`MAX_CLAUSE_CUES` naming words read.

        .. versionadded:: 0.2 (trialQ63)"""
        naming = self._naming
        marks = self._marks
        read = 0
        for token in self._token.finditer(raw, start, end, False, KEEP_GIL):
            if not self.naming_word(token.group(), naming) or (self.GERUND_SUFFIX and token.group().endswith(self.GERUND_SUFFIX)):
                continue  # (not a participle: "a letter to its president, Lee Bollinger, calling the reports ...")
            read += 1
            if read > self.MAX_CLAUSE_CUES:
                break  # (bounded: linear time in a long sentence)
            if not any(mark in raw[token.end() : end] for mark in marks) or self.within_quotation(raw, start, token.start()):
                continue
            np = self.phrase_before(raw, token.start(), start, lenient=True)
            cut = self.join_cut(raw, start, np, token) if np is not None and np[0] > start else None
            if cut is not None:
                return cut
        return end

    def naming_word(self, word: str, naming: frozenset[str]) -> bool:
        """For :meth:`cut_naming_clause`: whether *word* is one of *naming* (:attr:`NAMING_VERBS`)
        or of :attr:`AS_NAMING_VERBS` (``dismissed it as "..."``, ``rejected it as "..."``).

        .. versionadded:: 0.2 (mendQ65)"""
        return word in naming or word in self._as_naming

    def reports_no_words(self, raw: str, cue: regex.Match[str], end: int) -> bool:
        """For :meth:`cut_next_clause`: whether *cue*, one of :attr:`REPORT_CUES`, reports figures
        up to *end* (:meth:`reports_figures`: ``Tesco reported higher sales``), no words of a
        speaker of its own: the clause it stands in is then the words of the cue before (a nested
        report with a clause of its own, ``said that in May, Berg said the plan would fail``, stays
        the inner speaker's).

        .. versionadded:: 0.2
        """
        return cue.group().casefold() in self._report_cues and self.reports_figures(raw[cue.end() : end].strip())

    def fronted_adjunct(self, raw: str, start: int, cut: int) -> bool:
        """For :meth:`cut_next_clause`: whether the words from *start* to a bare comma at *cut* are
        the fronted adjunct of the reported clause itself, not a clause of their own: right after
        one of :attr:`THAT_WORDS`, they open with one of :attr:`PREPOSITIONS`, hold at most
        :attr:`MAX_FRONTED_ADJUNCT_WORDS` words, no comma and no finite verb in lower case (``said that in May,
        Tesco, the retailer, reported higher sales``: one clause, the speaker's; not ``said that
        the port would close, Tesco reported ...``, nor ``said in May, Berg said ...``: no
        ``that``, the comma may end the words).

        .. versionadded:: 0.2
        """
        if raw[cut : cut + 1] != "," or not self.opens_with_preposition(raw, start, cut):
            return False
        words = raw[start:cut].split()
        if not 1 < len(words) <= self.MAX_FRONTED_ADJUNCT_WORDS or "," in raw[start:cut]:
            return False
        before = raw[max(0, start - self.NAMED_WINDOW) : start].split()
        if not before or before[-1].casefold() not in self._that_words:
            return False
        # (a capitalised word is a name or a month, never the verb: "in May")
        return not any(self.is_verb(w) for w in words[1:] if w.islower())

    def closes_open_relative(self, raw: str, start: int, cue_start: int) -> bool:
        """For :meth:`cut_next_clause`: whether the cue at *cue_start* is the main verb of a
        sentence whose subject, before reported words from *start*, has a relative clause after a
        comma that holds the words' own cue and ends, its closing comma missing, before this cue
        (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.open_clause_before_cue`: ``Berg, who told
        reporters he was tired said "..."``: the reported words end at ``tired``).

        .. versionadded:: 0.2
        """
        floor = self.word_boundary(raw, max(0, cue_start - self.PHRASE_WINDOW), 0)
        if floor >= start:
            return False
        words = list(self._word.finditer(raw, floor, cue_start, False, KEEP_GIL))
        found = self.open_clause_before_cue(raw, words, cue_start, floor) if len(words) >= 3 else None
        return found is not None and found[1] <= start

    def cut_narrated_clause(self, raw: str, start: int, end: int) -> int:
        """End reported words from *start* before a clause of the writer's own: a comma, one of
        :attr:`NARRATED_JOINS`, a subject that opens with a determiner, a capitalised word or a noun
        that may name a speaker (no pronoun) and, within :attr:`MAX_NARRATED_SUBJECT_WORDS` words, a verb in the simple past
        (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.is_past_verb`) with no auxiliary after it
        (``The mayor said the bridge would close, and the council agreed to pay for repairs.``:
        the council's agreeing is told, not said).  A modal or an auxiliary keeps the clause in the
        reported words, whose tenses shift (``..., and the ferry would run instead``), and so does
        a verb after a determiner alone (``, and the elected members ...``: an adjective), a verb the
        reported words already hold before the comma (``with the A units priced at 20 dlrs, and the B
        units priced at 30``: a list) and a join inside a quotation the words hold.

        .. versionadded:: 0.2"""
        for count, join in enumerate(self._narrated_join.finditer(raw, start, end, False, KEEP_GIL)):
            if count >= self.MAX_CLAUSE_CUES:
                break  # (bounded: linear time in a long sentence of commas)
            if self.within_quotation(raw, start, join.start()):
                continue  # ('said "January was good, but the market fell."': the quotation's own words)
            words = list(islice(self._word.finditer(raw, join.end(), end, False, KEEP_GIL), self.MAX_NARRATED_SUBJECT_WORDS + 2))
            if len(words) < 2:
                continue
            first = words[0].group()
            low = first.casefold()
            determiner = low in self._determiners
            if low in self._pronouns or low in self._first_person or low in self._clause_auxiliaries:
                continue  # (", and he agreed": maybe the reported speaker's own words go on; ", and is engaged": no subject)
            if not (determiner or first[:1].isupper() or self.is_person_noun(low)):
                continue  # (", and council members agreed": a noun for someone may open it bare)
            for k in range(1, min(len(words), self.MAX_NARRATED_SUBJECT_WORDS + 1)):
                word = words[k].group()
                low = word.casefold()
                if raw[words[k - 1].end() : words[k].start()].strip() or low in self._clause_auxiliaries:
                    break  # (punctuation, or a modal: "the ferry would run", the reported words go on)
                suffix = self.GERUND_SUFFIX
                if low in self._stop or low in self._of or low in self._prepositions or low in self._possessive_determiners:
                    break  # (", and everyone who ...", ", and the treatment of stored blood": no subject's head)
                if suffix and low.endswith(suffix):
                    break  # (", and a committee representing its ...")
                if not self.is_past_verb(word) or (determiner and k == 1):
                    continue
                if any(earlier.group() == word for earlier in self._word.finditer(raw, start, join.start(), False, KEEP_GIL)):
                    break  # ("with the A units priced at ..., and the B units priced at ...": a list, not a clause)
                following = words[k + 1].group().casefold() if k + 1 < len(words) else ""
                if following not in self._clause_auxiliaries or following in self.NONFINITE_AUXILIARIES:
                    return self.trim_end(raw, start, join.start())  # (", and the council agreed to pay")
                break  # ("the money raised will go": a participle describing the subject)
        return end

    def head_word_join(self, raw: str, start: int, cue: regex.Match[str]) -> int | None:
        """For :meth:`cut_next_clause`: the comma or semicolon before *cue* when only one word
        stands between them, one of :attr:`HEAD_WORDS` or :attr:`INDEFINITE_DETERMINERS` (no
        article of the vocabulary: ``, a charge ...``) for a speaker of its own (``One analyst says
        the merger will fail, another says it will not``, ``..., others said ...``); ``None``
        otherwise.

        .. versionadded:: 0.2"""
        before = raw[start : cue.start()].rstrip()
        cut = max(before.rfind(","), before.rfind(";"))
        if cut < 0:
            return None
        words = before[cut + 1 :].split()
        if len(words) != 1 or self.vocabulary.is_article(words[0]):
            return None  # (", a charge that ...": an article before a noun, no speaker)
        if words[0].casefold() not in self._head_words and words[0].casefold() not in self._indefinites:
            return None
        return self.trim_end(raw, start, start + cut)

    def join_cut(self, raw: str, start: int, np: tuple[int, int], cue: regex.Match[str]) -> int | None:
        """For :meth:`cut_next_clause`: where reported words from *start* end when the speaker
        phrase *np* of *cue* opens a clause of its own after a comma or semicolon, maybe with one of
        :attr:`CLAUSE_JOINS` and adverbs, or after one of :attr:`BARE_CLAUSE_JOINS`; ``None`` when
        nothing joins it so.

        .. versionadded:: 0.2
        """
        join = self._clause_join.search(raw, max(start, np[0] - self.NAMED_WINDOW), np[0], KEEP_GIL)
        if join is None:
            return None
        lead = join["lead"].casefold().split()
        question = join["after_clause"] is not None and self.question_join(lead)
        if not question and not self.join_lead(raw, join["lead"].split(), np):
            return None  # (only adverbs between: "..., and nearly three in five said"; not ", which he said")
        if join["mark"] is not None and not self.within_quotation(raw, start, join.start("mark")):
            return None  # (a mark that opens a quotation is no closing one)
        if join["after_clause"] is not None and not question and not self.clause_after_clause(raw, start, join.start(), np, cue):
            return None  # ("said both he and Rubio promised": "and" joins two subjects)
        if join["dash"] is not None and self.dash_aside(raw, cue.end()):
            return None  # ("the deal ― experts said ― could collapse": an aside, the words go on)
        cut = join.end("mark") if join["mark"] is not None else join.start()
        while cut > start and raw[cut - 1].isspace():
            cut -= 1
        if self.listed_names_after(raw, cut, np, cue):
            return None  # ("the heatwave over Delhi, Haryana and Rajasthan would continue ...": one list)
        return cut

    def listed_names_after(self, raw: str, cut: int, np: tuple[int, int], cue: regex.Match[str]) -> bool:
        """For :meth:`join_cut`: whether the phrase *np* after a bare comma at *cut* ends a list of
        names the word before the comma opens: that word and every word of *np* are capitalised
        but for one of :attr:`COORDINATORS` or :attr:`ALTERNATIVE_COORDINATORS` inside *np*, and
        a word (an auxiliary, a modal) stands
        between *np* and the cue, a word after it (``the heatwave over Delhi, Haryana and Rajasthan
        would continue for days``: the places of one clause, whose verb ``continue`` reads as a
        cue); never a phrase right before its cue (``..., Ana Ruiz and Tom Berg said``) nor one whose
        cue ends the sentence (``..., Ruiz and Berg have said.``) or is a past form (``..., Ruiz
        and Berg have argued for weeks``): speakers of their own.

        .. versionadded:: 0.2
        """
        if raw[cut : cut + 1] != "," or raw[cut + 1 : np[0]].strip() or not raw[np[1] : cue.start()].strip():
            return False
        if not raw[cue.end() : cue.end() + 2].strip().isalpha():
            return False  # ("..., Ruiz and Berg have said.": the cue closes the sentence, theirs)
        if self.is_past_verb(cue.group()):
            return False  # ("..., Ruiz and Berg have argued for weeks": a speech verb's past, theirs)
        before = raw[max(0, cut - self.NAMED_WINDOW) : cut].split()[-1:]
        if not before or not (before[0][:1].isupper() and before[0].isalpha()):
            return False
        phrase = raw[np[0] : np[1]].split()
        joiners = self._coordinators | self._alternatives
        joins = [k for k, word in enumerate(phrase) if word.casefold() in joiners]
        if len(joins) != 1 or not 0 < joins[0] < len(phrase) - 1:
            return False
        return all(word[:1].isupper() for k, word in enumerate(phrase) if k != joins[0])

    def join_lead(self, raw: str, lead: Sequence[str], np: tuple[int, int]) -> bool:
        """For :meth:`join_cut`: whether *lead*, the words as written between a clause's join and
        the speaker phrase *np* of a later cue, lets that phrase open a clause of its own: adverbs
        (``..., and nearly three in five said``), one of :attr:`CORRELATIVE_OPENERS` right before
        a phrase of subjects joined by a coordinator (``..., but both the police and the council
        said``), or capitalised words right before a phrase that opens with a capital, the start
        of the same name the phrase's word limit cut (``..., while Maine Sen. Ana Ortiz and Ohio Rep.
        Tom Berg suggested``).  Never a pronoun or a word in lower case of no such kind (``, which
        he said``).

        .. versionadded:: 0.2
        """
        if not lead:
            return True
        if self.relative_lead(lead):
            return True  # (", to which 31 percent said ...": a relative clause with a subject of its own)
        phrase = raw[np[0] : np[1]].split()
        capitals = 0
        for k, word in enumerate(lead):
            low = word.casefold()
            if self.is_adverb(low) or low in self._adverbs:
                continue
            if k == len(lead) - 1 and low in self._correlatives and any(w in self._coordinators for w in phrase[1:]):
                continue
            if word[:1].isupper() and word.isalpha() and low not in self._stop and low not in self._pronouns:
                capitals += 1
                continue
            return False
        # (the capitalised words must run on into the phrase: "Ohio" before "Rep. Tom Berg")
        return capitals == 0 or (lead[-1][:1].isupper() and phrase[0][:1].isupper() and capitals == len(lead))

    def relative_lead(self, lead: Sequence[str]) -> bool:
        """For :meth:`join_lead`: whether *lead* is one of :attr:`PREPOSITION_RELATIVES`, a
        preposition and a relative pronoun (``..., to which 31 percent said ...``, ``..., in which
        its chairman warned ...``): the pronoun is the preposition's object, so the phrase after it
        is the subject of a clause of its own, with its own speaker; never a relative pronoun alone
        (``, which he said was late``: the pronoun is the reported words' subject).

        .. versionadded:: 0.2
        """
        return " ".join(lead).casefold() in self._preposition_relatives

    def question_join(self, lead: Sequence[str]) -> bool:
        """Whether *lead*, the words between a conjunction of :attr:`CLAUSE_AFTER_CLAUSE_JOINS`
        and the speaker's phrase of a later cue, is one of :attr:`QUESTION_WORDS` alone (``...
        explains why rents rose and how experts say the city should respond``): the word opens
        a clause of its own, with its own speaker, however short the words before it are.

        .. versionadded:: 0.2
        """
        return len(lead) == 1 and lead[0] in self._question_openers

    def dash_aside(self, raw: str, pos: int) -> bool:
        """Whether the cue ending at *pos*, after a dash of :attr:`CLAUSE_DASHES`, stands inside
        words set off by a pair of dashes: one of those dashes follows it within
        :attr:`PHRASE_WINDOW` characters (``the deal ― experts said ― could collapse``, ``the
        prosecutors ― the ones Berg advised not to sue ― are ...``): an aside, no clause of its own.
        Only up to the sentence's end (:attr:`SENTENCE_END`): a dash in the next sentence closes no
        aside of this one.

        .. versionadded:: 0.2
        """
        for char in raw[pos : pos + self.PHRASE_WINDOW]:
            if char in self.SENTENCE_END:
                return False  # ("... added that it would rise. The council ― which ... ―": the next sentence's)
            if char in self.CLAUSE_DASHES:
                return True
        return False

    def joined_apposed_subject(self, raw: str, cue: regex.Match[str], sentence: tuple[int, int]) -> tuple[int, int] | None:
        """The speaker phrase of *cue* when it opens a clause of its own after a comma and one of
        :attr:`CLAUSE_JOINS` (:meth:`join_cut`) with an apposition or a relative clause set off by
        commas between it and the cue (``Officials said ..., but a neighbour, who gave her name
        only as Maya, said she heard ...``: a neighbour; :meth:`subject_before_apposition`); for
        one of :attr:`QUANTIFIERS` alone, the speaker phrase after one of
        :attr:`GERUND_PREPOSITIONS` that opens the apposition (``but some, including Ana Ruiz,
        argue``: Ana Ruiz); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        np = self.subject_before_apposition(raw, cue.start(), sentence[0])
        if np is None or np[0] <= sentence[0] or self.apposed_join(raw, sentence[0], np, cue) is None:
            return None
        if raw[np[0] : np[1]].casefold() not in self._quantifiers:
            return np
        # ("..., but some, including Ana Ruiz, argue ...": the one named among them, never "some")
        words = list(islice(self._word.finditer(raw, np[1], cue.start()), 1))
        if not words or words[0].group().casefold() not in self._gerund_prepositions:
            return None
        end = raw.rindex(",", words[0].end(), cue.start())
        named = (words[0].end() + len(raw[words[0].end() : end]) - len(raw[words[0].end() : end].lstrip()), end)
        return named if self.is_speaker_phrase(raw[named[0] : named[1]]) else None

    def apposed_join(self, raw: str, start: int, np: tuple[int, int], cue: regex.Match[str]) -> int | None:
        """:meth:`join_cut` for a speaker phrase with an apposition after it
        (:meth:`subject_before_apposition`), only when a comma or semicolon and one of
        :attr:`CLAUSE_JOINS` join its clause (``..., but a witness, who ..., said``; not a list,
        ``Dean & Co, the unit of Acme, Lowe and Co, agreed``).

        .. versionadded:: 0.2
        """
        cut = self.join_cut(raw, start, np, cue)
        if cut is None:
            return self.bare_clause_join(raw, start, np)  # ("... on the ice and a witness, who ..., said")
        if raw[cut : cut + 1] == ";":
            return cut  # ("...; a witness, who ..., said": a semicolon alone joins two clauses)
        if raw[cut : cut + 1] != ",":
            return None  # (a comma or semicolon, then the conjunction: not "But like many ..., X, said")
        return cut if self.holds_clause_join(raw, cut, np[0]) else None

    def holds_clause_join(self, raw: str, start: int, end: int) -> bool:
        """For :meth:`apposed_join`: whether one of :attr:`CLAUSE_JOINS`, all its words in a row
        (``while``, French ``tandis que``), stands among the words of ``raw[start:end]``.

        .. versionadded:: 0.2
        """
        words = " " + " ".join(m.group().casefold() for m in self._word.finditer(raw, start, end)) + " "
        return any(f" {join.casefold()} " in words for join in self.CLAUSE_JOINS)

    def set_off_relative(self, raw: str, start: int) -> bool:
        """Whether the relative pronoun of the cue right before *start* (the words the cue
        reports) follows a comma: a clause set off by commas, which a comma or the sentence's end
        closes (``Jonas Abebe, who says the board was never consulted.``).

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, max(0, start - self.NAMED_WINDOW), start))
        if len(words) < 2:
            return False
        before = words[-2].start()
        while before > 0 and raw[before - 1].isspace():
            before -= 1
        return raw[before - 1 : before] == ","

    def bare_clause_join(self, raw: str, start: int, np: tuple[int, int]) -> int | None:
        """For :meth:`apposed_join`: where reported words from *start* end when one of
        :attr:`CLAUSE_AFTER_CLAUSE_JOINS` with no comma before it stands right before a speaker
        phrase *np*, the words before it make a clause (:meth:`whole_clause`) and a relative
        pronoun or a determiner opens what sets off the phrase (``said the driver had lost control
        and a witness, who ..., said``; not ``said the driver and a witness, who ..., said``, nor a
        list, ``cost reductions and streamlined operations, including the sale ..., said Swarup``);
        ``None`` otherwise.

        .. versionadded:: 0.2
        """
        np_start = np[0]
        aside = self._word.search(raw, np[1], min(len(raw), np[1] + self.NAMED_WINDOW))
        if aside is None or raw[np[1] : aside.start()].strip() != ",":
            return None
        low = aside.group().casefold()
        if low not in self._relatives and low not in self._determiners:
            return None
        before = raw[max(start, np_start - self.NAMED_WINDOW) : np_start]
        words = before.split()
        if not words or not before[-1:].isspace() or words[-1].casefold() not in self._after_clause_joins:
            return None
        join = np_start - len(before) + before.rstrip().rfind(words[-1])
        if join <= start or not raw[join - 1].isspace() or not self.whole_clause(raw, start, join):
            return None
        cut = join
        while cut > start and raw[cut - 1].isspace():
            cut -= 1
        return cut

    def subject_before_apposition(self, raw: str, cue_start: int, floor: int) -> tuple[int, int] | None:
        """The speaker phrase before an apposition or a relative clause set off by commas right
        before a cue at *cue_start* (``a neighbour, who gave her name only as Maya, said``,
        ``some, including Ana Ruiz, argue``): the phrase that ends at the apposition's opening
        comma, or one of :attr:`QUANTIFIERS` alone there, found no further back than *floor* and
        :attr:`PHRASE_WINDOW` characters, with no quotation mark inside the apposition, which opens
        with a relative pronoun, a determiner, one of :attr:`GERUND_PREPOSITIONS`, or is a name of
        at most :attr:`MAX_APPOSITIVE_HEAD` words (not a number's comma: ``offers at 65,000 show``;
        not a clause, ``like many firms, Acme's cash sits in ..., said``); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        commas = self.set_off_before_cue(raw, cue_start, floor)
        if commas is None:
            return None
        opening, close = commas
        inner = raw[opening + 1 : close - 1]
        if not inner.strip() or any(mark in inner for mark in self._marks):
            return None
        if raw[opening - 1 : opening].isdigit() and raw[opening + 1 : opening + 2].isdigit():
            return None  # ("offers at 65,000 show ...": a number's comma)
        opening = self.past_set_off_honours(raw, opening, floor)  # ("Jane Roe, AM, a former judge, said")
        first = self._word.search(raw, opening + 1, close)
        low = first.group().casefold() if first is not None else ""
        named = first is not None and first.group()[:1].isupper() and len(inner.split()) <= self.MAX_APPOSITIVE_HEAD
        relative = low in self._relatives or low in self._clause_relatives  # (", whose party gained,")
        # (a pack's relative of a subject, "que" too, which is also "that": ", que estaba en Madrid, dijo"; lang57)
        relative = relative or low in self.SUBJECT_RELATIVES
        if not (relative or low in self._determiners or low in self._gerund_prepositions or named):
            return None  # (an apposition opens with a relative pronoun, an article, "including" or is a short name)
        np = self.phrase_before(raw, opening, floor, lenient=True)
        if np is None:
            # ("some, including Ana Ruiz,": a quantifier alone, the group the apposition names from)
            last = list(self._word.finditer(raw, max(floor, opening - self.NAMED_WINDOW), opening))[-1:]
            if last and last[0].group().casefold() in self._quantifiers and not raw[last[0].end() : opening].strip():
                np = last[0].span()
        return np

    def appositive_before(self, raw: str, start: int, cue_start: int) -> tuple[int, int] | None:
        """``SpeakerGrammar.appositive_before``, and when it finds no name, the name an
        apposition set off by commas right before the cue at *cue_start* gives after an
        indefinite article, a noun for a person and a naming word (:meth:`named_in_apposition`:
        ``The gate agent, a woman named Ana Ruiz who has worked there for years, told me``).

        .. versionadded:: 0.2 (mendQT71)"""
        found = super().appositive_before(raw, start, cue_start)
        if found is not None or not self._apposed_naming:
            return found
        commas = self.set_off_before_cue(raw, cue_start, start)
        if commas is None or any(mark in raw[commas[0] : commas[1]] for mark in self._marks):
            return None
        return self.named_in_apposition(raw, commas[0] + 1, commas[1] - 1)

    def set_off_before_cue(self, raw: str, cue_start: int, floor: int) -> tuple[int, int] | None:
        """The commas that set off a phrase right before a cue at *cue_start* (``a neighbour, who
        gave her name only as Maya, said``): ``(opening, close)``, the opening comma's index and
        the index past the closing one, the opening after *floor* and no further back than
        :attr:`PHRASE_WINDOW` characters; ``None`` when no comma ends right before the cue or none
        opens the phrase (for :meth:`subject_before_apposition` and :meth:`appositive_before`).

        .. versionadded:: 0.2 (a reread of round 71)"""
        close = cue_start
        while close > floor and raw[close - 1].isspace():
            close -= 1
        if close <= floor or raw[close - 1] != ",":
            return None
        opening = raw.rfind(",", max(floor, close - 1 - self.PHRASE_WINDOW), close - 1)
        return None if opening <= floor else (opening, close)

    def named_in_apposition(self, raw: str, start: int, end: int) -> tuple[int, int] | None:
        """For :meth:`appositive_before`: the name an apposition from *start* to *end*
        gives with an indefinite article, a noun for a person and one of
        :attr:`APPOSED_NAMING_WORDS` (``a woman named Ana Ruiz``, ``a man called Tom Berg who has
        worked there for years``): the span of its capitalised words, two or more, right after the
        naming word; ``None`` otherwise (``a firm called Acme``: no person's noun).

        .. versionadded:: 0.2 (mendQT71)"""
        words = list(islice(self._word.finditer(raw, start, end, False, KEEP_GIL), 3 + self.MAX_NAME_WORDS))
        if len(words) < 5 or words[0].group().casefold() not in self._indefinites:
            return None
        noun = normalize_word(words[1].group())
        if not (self.is_person(noun.casefold()) or self.gender_of(noun) is not None):
            return None
        if words[2].group().casefold() not in self._apposed_naming:
            return None
        last = 3
        while last < len(words) and words[last].group()[:1].isupper() and raw[words[last - 1].end() : words[last].start()] == " ":
            last += 1
        if last - 3 < 2:
            return None
        return words[3].start(), words[last - 1].end()

    def conjunct_subject(
        self, raw: str, sentence: tuple[int, int], coordinator: int, subject: Mention | None
    ) -> Mention | None:
        """For a cue joined by a coordinator at *coordinator* to a verb before it (``... and
        said``): the subject of the last clause joined by a comma and one of
        :attr:`COORDINATORS` before that coordinator (``A group of tenants called for a boycott,
        and the residents' union denounced the rules and said ...``: the union, not the tenants),
        as :meth:`joined_clause_subject` finds it for a participle; ``None`` when no such clause
        comes first or its subject names a thing (``..., and the bill it funds, and said``).

        .. versionadded:: 0.2"""
        conjunct = self.joined_clause_subject(raw, sentence[0], coordinator, subject.end if subject else -1)
        if conjunct is None or self.is_thing_subject(raw, conjunct, spoken=True):
            return None
        return conjunct

    def relative_conjunct_subject(self, raw: str, floor: int, cue_start: int) -> Mention | None:
        """For a cue right after one of :attr:`COORDINATORS` (``... and admitted that``): the
        subject of the relative clause the coordinator goes on, opened after a comma by one of
        :attr:`PREPOSITION_RELATIVES` with a subject of its own and a verb in the past before the
        coordinator (``..., a video, in which Hale called himself a liberal and admitted that
        ...``: Hale, not the one who posted the video), no comma between (``..., in which Hale
        spoke, and the union said``: the clause closed); without the comma before it either
        subject may speak (``Ana Ruiz spoke at a meeting in which the council met and said``:
        left as it was); within :attr:`NAMING_WINDOW` characters, not
        before *floor*.  ``None`` otherwise, or when the subject names a thing (``in which the
        report found ... and said``).

        .. versionadded:: 0.2 (spk61)"""
        words = list(self._word.finditer(raw, max(floor, cue_start - self.NAMING_WINDOW), cue_start))
        if len(words) < 5 or words[-1].group().casefold() not in self._coordinators or raw[words[-1].end() : cue_start].strip():
            return None
        pair = next(
            (i for i in range(len(words) - 3, 0, -1)
             if f"{words[i - 1].group()} {words[i].group()}".casefold() in self._preposition_relatives),
            None,
        )
        if pair is None or "," in raw[words[pair].end() : words[-1].start()]:
            return None
        if not raw[words[pair - 2].end() if pair > 1 else floor : words[pair - 1].start()].strip().endswith(","):
            return None  # ("Ana Ruiz spoke at a meeting in which the council ... and said": either of them)
        verb = next((k for k in range(pair + 2, len(words) - 1) if self.is_past_verb(words[k].group())), None)
        if verb is None:
            return None
        np = self.phrase_before(raw, words[verb].start(), words[pair].end(), lenient=True)
        if np is None or np[0] != words[pair + 1].start() or not self.is_speaker_phrase(raw[np[0] : np[1]]):
            return None
        mention = self.mention(raw, np)
        return None if self.is_thing_subject(raw, mention, spoken=True) else mention

    def joins_earlier_cue(self, raw: str, start: int, cue_start: int) -> bool:
        """Whether the word right before a cue at *cue_start* is one of :attr:`COORDINATORS`
        (``... and added that``, ``..., but conceded that``): the cue then shares the subject of
        the sentence's earlier cue.

        .. versionadded:: 0.2"""
        words = list(self._word.finditer(raw, max(start, cue_start - self.NAMED_WINDOW), cue_start))
        return bool(words) and words[-1].group().casefold() in self._coordinators and not raw[words[-1].end() : cue_start].strip()

    def joined_cue(self, raw: str, start: int, end: int, cue: regex.Match[str]) -> int | None:
        """Where one of :attr:`COORDINATORS` starts that joins a second cue of the same speaker to
        reported words from *start* to *end*: the word right before *cue* (maybe after a comma),
        with one of :attr:`THAT_WORDS` right after the cue (``Ana Ruiz said the offer was fair and
        added that she would sign it``: two quotes, the second the cue's own); ``None`` otherwise
        (``said the offer and the terms were fair``).

        .. versionadded:: 0.2"""
        if cue.group().casefold() in self._source_verbs:
            return None  # ("maintains a monitor and reported Wednesday that ...": a source's verb reads no quote of its own)
        if self.within_quotation(raw, start, cue.start()):
            return None
        if self._that.match(raw, cue.end(), end, KEEP_GIL) is None and not self.joined_bare_clause(raw, start, cue, end):
            return None
        words = list(self._word.finditer(raw, max(start, cue.start() - self.NAMED_WINDOW), cue.start()))
        if len(words) < 2 or words[-1].group().casefold() not in self._coordinators:
            return None
        if raw[words[-1].end() : cue.start()].strip():
            return None
        return words[-1].start()

    def joined_bare_clause(self, raw: str, start: int, cue: regex.Match[str], end: int) -> bool:
        """For :meth:`joined_cue`: whether a second *cue* that takes a clause without ``that``
        (``BARE_VERBS``) is followed by such a clause with a pronoun or a determiner for its
        subject and a verb, before *end* (``said the pier was lost but insisted the harbour would
        reopen``, ``... and added he would stay``: two reports, as PolNeAR reads them); never when
        the words from *start* before the coordinator would be fewer than :attr:`MIN_WORDS` (``Sanders
        claimed momentum and argued he ...``: a report that short is no quote, and the first cue's
        words go on as they were), nor after a cue of :attr:`OBJECT_VERBS`, whose pronoun is the one
        told (``... and told her: "..."``).

        .. versionadded:: 0.2
        """
        if cue.group().casefold() not in self._bare or cue.group().casefold() in self._object_verbs:
            return False  # ("and told her: ..." takes the one told first: left as it was)
        if len(raw[start : cue.start()].split()) <= self.MIN_WORDS:
            return False  # (the words before the coordinator, the coordinator counted)
        subject = _WORD_AFTER_BLANKS.match(raw, cue.end(), min(end, cue.end() + self.NAMED_WINDOW))
        if subject is None or not subject["word"].islower():
            return False
        low = subject["word"].casefold()
        if low not in self._pronouns and low not in self._determiners:
            return False
        return self.bare_clause(raw, cue.end(), end, needs_verb=True) is not None

    def inverted_closing(self, raw: str, start: int, end: int, cue: regex.Match[str]) -> int | None:
        """Where the comma stands before an inverted attribution that closes reported words from
        *start* to *end*: a comma right before *cue* (no :attr:`UNINVERTED_VERBS` nor
        :attr:`PARTICIPLES`), then at most :attr:`SHORT_SUBJECT` words with no verb up to *end*,
        the first capitalised, a determiner or one of :attr:`GROUP_NOUNS` (``He said the bridge
        would close, said police.``, ``..., said Ana Ruiz, the mayor.``); ``None`` otherwise
        (``..., said to be costly``, ``..., agreed with that point``, ``..., said Ana Ruiz,
        adding that ...``).

        .. versionadded:: 0.2"""
        word = cue.group().casefold()
        if end - cue.end() > self.PHRASE_WINDOW:
            return None  # (bounded: a closing attribution is short)
        if word in self._uninverted or word in self._participles or self.within_quotation(raw, start, cue.start()):
            return None
        comma = cue.start()
        while comma > start and raw[comma - 1].isspace():
            comma -= 1
        if comma <= start or raw[comma - 1] != ",":
            return None
        text = raw[cue.end() : end]
        speaker_comma = text.find(",")
        if speaker_comma >= 0 and self.speaker_description(text[speaker_comma + 1 :]):
            text = text[:speaker_comma]  # ("..., said Ana Ruiz, who led the study."; the speaker before it)
        tail = [w.strip(",.;:!?") for w in text.split()]
        if not 0 < len(tail) <= self.SHORT_SUBJECT or any(w[:1].islower() and self.is_verb(w.casefold()) for w in tail):
            return None
        first = tail[0].casefold()
        if not (
            tail[0][:1].isupper() or first in self._determiners or first in self._groups or self.lower_role_then_name(tail)
        ):
            return None  # (a speaker follows: "..., agreed with that point" is the verb's own)
        return comma - 1

    def speaker_description(self, rest: str) -> bool:
        """For :meth:`inverted_closing`: whether *rest*, the words after the comma that follows
        an inverted attribution's speaker, describes that speaker: a relative clause (``...,
        said Ana Ruiz, who led the study.``) or a participle with its agent (``..., wrote the
        authors, led by Ana Ruiz.``: a word in lower case, then one of :attr:`AGENT_WORDS`), with no
        cue in it.  Anything else (``..., said Ana Ruiz, adding that ...``, ``..., said Ana Ruiz,
        who told reporters the mayor was wrong``) is read as before.

        .. versionadded:: 0.2"""
        words = rest.split(None, 2)
        if not words or not words[0][:1].islower():
            return False
        if next(iter(self.cues(rest, 0, len(rest))), None) is not None:
            return False  # ("..., said Ana Ruiz, who told reporters the mayor was wrong": words of the clause's own)
        if self.is_relative(words[0]):
            return True
        return len(words) > 1 and words[1].casefold() in self.AGENT_WORDS and not (
            self.GERUND_SUFFIX and words[0].endswith(self.GERUND_SUFFIX)
        )

    def lower_role_then_name(self, tail: Sequence[str]) -> bool:
        """For :meth:`inverted_closing`: whether the words *tail* after an inverted cue are a role
        in lower case and a name (``..., said councillor Tom Hart.``, ``..., said lead author Ana
        Ruiz.``): at most :attr:`MAX_ROLE_MODIFIER_WORDS` words in lower case, the last a noun for
        one person (:meth:`is_singular_person_noun`), then capitalised words that are all a name,
        maybe after a title (``Dr``).

        .. versionadded:: 0.2"""
        lower = 0
        while lower < len(tail) and tail[lower][:1].islower():
            lower += 1
        name = list(tail[lower:])
        if not 0 < lower <= self.MAX_ROLE_MODIFIER_WORDS or not name:
            return False
        if len(name) > 1 and self.vocabulary.is_title(name[0]):
            name = name[1:]  # ("lead author Dr Ana Ruiz")
        return self.is_singular_person_noun(tail[lower - 1]) and self.names.trailing_name(name) == len(name)

    def cut_closing_attribution(self, raw: str, start: int, end: int, cue: regex.Match[str]) -> int:
        """End reported words from *start* before an attribution that closes their sentence after
        a comma (``The man told officers he had been drinking, police said.``: the words are
        ``he had been drinking``; the whole sentence is what police said): a speaker's phrase with
        no auxiliary, the cue and at most a short time or place with no verb
        (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.is_time_tail`), unless the cue is one of
        :attr:`REPORT_CUES` (``..., state media reported.``) or an outlet's, which
        :meth:`cut_source` keeps as the words' source, or stands inside quotation marks.  *end* when nothing is cut.

        .. versionadded:: 0.2
        """
        if self.within_quotation(raw, start, cue.start()):
            return end  # (the words' own)
        if self.cut_source(raw, start, end)[1] is not None:
            return end  # (", Al Jazeera said.", ", state media reported.": an outlet, cut_source's)
        tail = raw[cue.end() : end].split()
        if not self.is_time_tail(" ".join(tail)) or any(
            self.is_verb(w.casefold()) or (self.GERUND_SUFFIX and w.endswith(self.GERUND_SUFFIX)) for w in tail
        ):
            return end  # ("..., he insisted on getting them out": the cue's own words follow)
        np = self.phrase_before(raw, cue.start(), start, lenient=True)
        if np is None or np[0] <= start or any(w.casefold() in self._clause_auxiliaries for w in raw[np[1] : cue.start()].split()):
            return end  # ("..., he should have insisted": a clause of the words, no attribution)
        comma = raw.rfind(",", start, np[0])
        if comma < 0 or raw[comma + 1 : np[0]].strip() or not raw[comma + 1 : comma + 2].isspace():
            return end  # (nor a comma inside a figure: "from 528,790 dlrs reported earlier")
        # ("... said that the army lacks staff; she was not involved, he said.": the attribution's words
        # are the clause after the semicolon, as read_trailing reads them, after_reported_clause; these
        # words, a cue's before them, end at it)
        semicolon = self.clause_semicolon(raw, start, comma)
        return self.trim_end(raw, start, comma if semicolon is None else semicolon)

    def clause_semicolon(self, raw: str, start: int, comma: int) -> int | None:
        """The last semicolon outside quotation marks between *start* and the *comma* before a
        closing attribution, with at least :attr:`MIN_WORDS` words after it (``... said that the army
        lacks staff; she was not involved, he said.``): the attribution's words are the clause after
        it (:meth:`after_reported_clause`), so an earlier cue's words end there; ``None`` when
        there is none.

        .. versionadded:: 0.2
        """
        semicolon = raw.rfind(";", start, comma)
        if semicolon < 0 or self.within_quotation(raw, start, semicolon):
            return None
        return semicolon if len(raw[semicolon + 1 : comma].split()) >= self.MIN_WORDS else None

    def clause_after_clause(self, raw: str, start: int, end: int, np: tuple[int, int], cue: regex.Match[str]) -> bool:
        """Whether a conjunction of :attr:`CLAUSE_AFTER_CLAUSE_JOINS` at *end*, with no comma
        before it, opens a clause of its own inside reported words from *start*: the words before
        it make a clause (:meth:`whole_clause`), and after it the speaker's phrase *np* and a
        finite *cue*, only words and blanks between (``... would fail and the mayor also and the mayor said``; not ``between
        Ortiz and the armed occupants - noting``: a participle's subject is not the phrase before it)."""
        if cue.group().casefold() in self._participles or _NOT_WORDS.search(raw, np[1], cue.start()):
            return False
        after = _WORD_AFTER_BLANKS.match(raw, cue.end())
        if after is not None and self.verb_at(raw, after.start("word"), after.end("word")):
            return False  # ("... and his rubble comment was ...": a noun spelt like a cue, a verb after it)
        return self.whole_clause(raw, start, end)

    def whole_clause(self, raw: str, start: int, end: int) -> bool:
        """Whether ``raw[start:end]``, reported words before a conjunction of
        :attr:`CLAUSE_AFTER_CLAUSE_JOINS`, make a clause of their own: at least :attr:`MIN_WORDS`
        words, one of them a finite verb in lower case (:meth:`is_verb`: ``the plan would fail``,
        not ``both he``).  Only the last :attr:`MAX_CLAUSE_WORDS` words are read (linear time)."""
        words = [m.group() for m in self._word.finditer(raw, max(start, end - self.MAX_CLAUSE_WORDS * 20), end)]
        if len(words) < self.MIN_WORDS:
            return False
        return any(w[:1].islower() and self.is_verb(w.casefold().rstrip(".")) for w in words[-self.MAX_CLAUSE_WORDS :])

    def within_quotation(self, raw: str, start: int, pos: int) -> bool:
        """Whether a quotation mark opened in ``raw[start:pos]`` is still open at *pos* (one of
        :attr:`QUOTE_PAIRS`, closed by its own closing mark); a mark between two letters is an
        apostrophe (``the mayor's``)."""
        closing: str | None = None
        for i in range(start, pos):
            char = raw[i]
            if char not in self._marks or (0 < i < len(raw) - 1 and raw[i - 1].isalpha() and raw[i + 1].isalpha()):
                continue
            if closing is None:
                closing = self._closer_of.get(char)  # (an opening mark, or a stray closing one)
            elif char == closing:
                closing = None
        return closing is not None

    def verb_final_join(self, raw: str, start: int, cue: regex.Match[str]) -> bool:
        """For :meth:`cut_next_clause`, in a pack of :attr:`VERB_SECOND`: whether *cue*, a comma
        right after it, closes a clause of its own opened inside the reported
        words from *start* by a comma and one of :attr:`CLAUSE_JOINS`, its subject (a determiner or
        a capitalised word) right after the conjunction (German ``sagte, der Plan sei gut, während
        der Kanzler, der in Berlin war, erklärte, er sei schlecht``: the chancellor's words, no
        aside of the minister's).  Such a language sets an aside off with the verb first
        (``der Plan, sagte sie, sei gut``, ``..., und der Kanzler habe, erklärte sie, nichts
        gewusst``: a subject after the verb, before the comma), which this never reads.

        .. versionadded:: 0.2 (lang57)"""
        cue_start = cue.start()
        if raw[cue.end() : cue.end() + 1] != ",":
            return False
        floor = self.word_boundary(raw, max(start, cue_start - self.PHRASE_WINDOW), start)
        joins = list(self._verb_final_join.finditer(raw, floor, cue_start))  # (the window is bounded)
        if not joins:
            return False
        join = joins[-1]  # (the last one before the cue)
        words = raw[join.end() : cue_start].split()
        if len(words) < 2:
            return False  # (", während erklärte": no subject between)
        first = words[0]
        return first.casefold() in self._determiners or (first[:1].isupper() and first.casefold() not in self._stop)

    def is_aside(self, raw: str, pos: int, end: int) -> bool:
        """Whether the cue ending at *pos* closes an attribution set off by commas inside the
        reported words (``the deal, experts said, could collapse``): a comma after it, maybe
        after a short time or place (:meth:`is_time_tail`), and no quotation mark after that
        comma (``..., one investor shouted, "Then resign!"`` opens a clause of its own)."""
        comma = raw.find(",", pos, end)
        if comma < 0 or not self.is_time_tail(raw[pos:comma]):
            return False
        after = raw[comma + 1 : end].lstrip()
        return bool(after) and after[0] not in self._marks

    def kind_of(self, start: int, end: int, marks: Sequence[tuple[int, int]]) -> QuoteKind:
        """``MIXED`` when the reported words contain quotation marks, else ``INDIRECT``."""
        i = bisect_left(marks, (start, -1))
        return QuoteKind.MIXED if i < len(marks) and marks[i][0] < end else QuoteKind.INDIRECT
