"""Speaker-phrase grammar: the noun phrase before or after a cue (``the French foreign minister
said``, ``said Abbas``, ``Liu Zhongmin, a professor at Fudan University, said``), a sentence's
subject, and an outlet that closes an attribution (``, Al Jazeera reported``)."""

from __future__ import annotations

import functools
import inspect
import warnings
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from contextvars import ContextVar
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import attrs
import regex

from ..names import strip_possessive
from ..sharing import LazyPattern, compile_at_run
from ..spans import collapse, offset_typecode
from ..vocabulary import APOSTROPHE_MARKS, KEEP_GIL, Vocabulary, normalize_word
from .model import Mention
from .words import QuoteWords, WordsAt, any_of, ends_with, word_rest

if TYPE_CHECKING:
    from ..people import PersonIndex

__all__ = ["CueScan", "SpeakerGrammar"]

#: Pictographs after a name before its punctuation (``Maria Lopez 🇪🇸,``: a flag, an emoji with its
#: variation selector or joiner), read past as if they were not there.
EMOJI_RUN = r"(?:\s*+[\p{So}\p{Sk}\N{VARIATION SELECTOR-16}\N{ZERO WIDTH JOINER}]++)?+"
#: A contraction after a relative pronoun (``who'd``, ``who’ve``), left off it.
_ELISION = regex.compile(r"['’](?:d|ve|ll|s|re)$")
#: Punctuation that a speaker phrase and its cue may not have between them.
_GAP_PUNCTUATION = regex.compile(r"[^\p{L}\p{M}\p{N}\s'’.\-]")
#: A tag between a name and its cue, left out of the mention: a party and state (``(D-Ariz.)``,
#: ``, R-Texas,``), an age (``, 81,``) or another parenthesis (``(Mich.)``, ``(a Connecticut
#: Democrat)``).
TAG_CORE = r"(?:\s*+\([^()\n]{1,120}\)|\s*+,\s*+(?:\d{1,3}|[\p{Lu}]-[\p{L}\p{M}.]{1,12}(?:\s[\p{L}\p{M}.]{1,8})?)(?=,))"
TAG = rf"(?:{TAG_CORE},?)"
_TAG_BEFORE = regex.compile(rf"{TAG}\s*+$")


def accepts_keywords(method: Callable[..., Any], names: Sequence[str]) -> bool:
    """Whether *method* takes each of the keyword arguments *names* (or any, ``**kwargs``)."""
    parameters = inspect.signature(method).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return True
    keyword = (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return all(name in parameters and parameters[name].kind in keyword for name in names)


def without_keywords(method: Callable[..., Any], names: Sequence[str]) -> Callable[..., Any]:
    """*method* called with the keyword arguments *names* left out (an override written for
    the signature the method had before they were added)."""
    dropped = frozenset(names)

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        return method(*args, **{k: v for k, v in kwargs.items() if k not in dropped})

    return call


#: The token a cue's entry opens with (a run of letters, marks and hyphens).
_LEAD_TOKEN = regex.compile(r"[\p{L}\p{M}\-]++")
#: Combining marks only (what may end a token after a whole entry of the cue pattern).
_MARKS_AFTER = regex.compile(r"\p{M}++")

#: The characters ``str.isspace`` calls blank that a pattern's ``\s`` does not match.
_NOT_PATTERN_SPACE = "\x1c\x1d\x1e\x1f"

#: A ``bytes.translate`` table for :meth:`SpeakerGrammar.split_tokens`: each ASCII byte that is in
#: no token (all but A-Z, a-z and ``-``) made a blank; the bytes of non-ASCII characters kept, so
#: that the UTF-8 text stays whole.
_TOKEN_BYTES = bytes(b if b >= 0x80 or chr(b).isalpha() or b == ord("-") else ord(" ") for b in range(256))

#: A token read backwards (``(?r)``): :meth:`SpeakerGrammar.token_before` finds the last token
#: before a place in one search, not a step per character.
@functools.lru_cache(maxsize=256)
def _after_lower_word(word: str) -> regex.Pattern[str]:
    """*word* after a word holding a lower-case letter (:meth:`SpeakerGrammar.plural_noun_opening`),
    compiled once per word (the measure nouns are few), not once per call, and held by this cache
    alone (``cache_pattern=False``: not in the ``regex`` module's own cache as well)."""
    return compile_at_run(rf"\p{{Ll}}[\p{{L}}\p{{M}}]*+\s++{regex.escape(word)}(?![\p{{L}}\p{{M}}])", cache=False)


_TOKEN_BACK = regex.compile(r"(?r)[\p{L}\p{M}\-]++")
#: A word of a list of subjects, with the punctuation glued to it (``SpeakerGrammar.subject_list``).
_LISTED_WORD = regex.compile(r"\S++")
# a comma between blanks, maybe none before it (German "fanden heraus, dass": the particle, then the clause)
_COMMA_GAP = regex.compile(r"[ \t\xa0]*+,[ \t\xa0]++")

#: Characters outside ASCII that are in no token and that news text often holds (curly quotation
#: marks and apostrophes, dashes, the ellipsis): :meth:`SpeakerGrammar.split_tokens` makes each a
#: blank before its split, so that a text whose only other characters they are is split as ASCII.
_TOKEN_BREAKS = "\u2019\u201c\u201d\u2018\u2014\u2013\u2015\u2026"

#: The ASCII characters in a token (A-Z, a-z and ``-``): :meth:`SpeakerGrammar.is_token_char`
#: answers an ASCII character by one set lookup, no pattern run.
_ASCII_TOKEN_CHARS = frozenset(chr(b) for b in range(0x80) if chr(b).isalpha() or chr(b) == "-")


@attrs.frozen
class CueScan:
    """Where a cue may start in one paragraph, found once for all its sentences
    (:meth:`SpeakerGrammar.cue_scan`): the starts of the whole tokens that may start a cue or
    are a progressive form, in order, and those tokens.  Paragraph-relative offsets."""

    #: The paragraph scanned.
    text: str
    #: Where each such token starts, ascending: a tuple, or an integer array from
    #: :attr:`SpeakerGrammar.SCAN_ARRAY_FROM` tokens on (4 bytes a start instead of about 36).
    #: Left out of the hash (an array has none; the starts follow from the text and its words).
    starts: Sequence[int] = attrs.field(hash=False)
    #: The tokens, one for each start.
    words: tuple[str, ...]


#: The :class:`CueScan` of the paragraph being parsed, set by
#: :meth:`SpeakerGrammar.scanning` for the time the paragraph's rules run, so that
#: :meth:`SpeakerGrammar.cues` answers a window of that paragraph from it.  A context variable:
#: each thread (and each asyncio task) sees its own, and the parser itself keeps no state.  It
#: holds ``(parser, value)``, like the two below: only the parser that set it reads it (another
#: parser asked about the same text meanwhile, ``GermanQuotes().cues(...)`` inside a block of
#: ``QuoteParser()``, reads the text with its own words).
_PARAGRAPH_SCAN: ContextVar[tuple[object, CueScan] | None] = ContextVar("newsparse_paragraph_scan", default=None)


#: The person index of the article whose paragraph is being parsed, set by
#: :meth:`SpeakerGrammar.knowing` for the time the paragraph's rules run, so that a rule that
#: reads a word's shape (:meth:`SpeakerGrammar.opening_participle`) first asks whether the article
#: names a person by it.  A context variable, like ``_PARAGRAPH_SCAN``.
_ARTICLE_INDEX: ContextVar[tuple[object, PersonIndex] | None] = ContextVar("newsparse_article_index", default=None)


class ParagraphWords:
    """What :meth:`SpeakerGrammar.tokens` and ``ReportedSpeech.asks_question`` have read of
    the paragraph being parsed, each read once, when first asked (:meth:`SpeakerGrammar.reading`):
    one per paragraph, local to the call, dropped when the paragraph is done."""

    __slots__ = ("asks", "text", "tokens")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[str] | None = None
        self.asks: bool | None = None


#: The :class:`ParagraphWords` of the paragraph being parsed, set by
#: :meth:`SpeakerGrammar.reading`; a context variable, like ``_PARAGRAPH_SCAN``.
_PARAGRAPH_WORDS: ContextVar[tuple[object, ParagraphWords] | None] = ContextVar(
    "newsparse_paragraph_words", default=None
)


_Value = TypeVar("_Value")


class _Setting(AbstractContextManager[_Value]):
    """The context of :meth:`SpeakerGrammar.scanning`, :meth:`SpeakerGrammar.knowing` and
    :meth:`SpeakerGrammar.reading`: sets a context variable to ``(owner, value)``, the parser that
    set it and the value, on entry and puts back the one before on exit (a class, not a
    generator: one per paragraph, kept cheap)."""

    __slots__ = ("_owner", "_token", "_value", "_variable")

    def __init__(self, variable: ContextVar[tuple[object, _Value] | None], owner: object, value: _Value) -> None:
        self._variable = variable
        self._owner = owner
        self._value = value

    def __enter__(self) -> _Value:
        self._token = self._variable.set((self._owner, self._value))
        return self._value

    def __exit__(self, *exc: object) -> None:
        self._variable.reset(self._token)


#: The rules of :meth:`SpeakerGrammar.phrase_before` that each answer only where
#: :meth:`SpeakerGrammar.linked_before` finds a head and a link right before the phrase, and the
#: methods that finding reads: a subclass that overrides none of them has those rules skipped where
#: it finds none (the same answers, fewer calls).
_LINK_RULES = (
    "linked_before", "word_at", "participle_before_object", "agent_before_object", "sent_document_before",
    "person_link_before", "document_link_before", "object_of_link_before",
)


class SpeakerGrammar(QuoteWords):
    """Finds speaker phrases and cues (paragraph-relative offsets throughout)."""

    #: The most distinct cue words in a window that :meth:`cues` finds one by one with
    #: ``str.find``; a window with more is read token by token (:meth:`cues_by_token`).
    CUE_FIND_WORDS: ClassVar[int] = 8
    #: The most words of a noun for people with no article after an inverted cue that closes its
    #: text (``"...," says union chief``: :meth:`bare_noun_closing`).
    MAX_BARE_SPEAKER_WORDS: ClassVar[int] = 2
    #: The most lower-case words between a determiner after one of :attr:`ROLE_LINKS` and the
    #: name they describe (``A spokeswoman for the shipping line Maersk``: :meth:`role_before_link`).
    MAX_LINK_DESCRIPTOR_WORDS: ClassVar[int] = 2
    #: The most words between the determiner and the role noun of :meth:`role_before_link`
    #: (``the former Conservative shadow minister for``: three).
    #:
    #: .. versionchanged:: 0.2 three (was two).
    MAX_ROLE_MODIFIER_WORDS: ClassVar[int] = 3
    #: How many characters before a capitalised phrase :meth:`placed_name` reads back for the
    #: role and the link that place it (``the former Conservative shadow minister for Bath``),
    #: from a word's start.
    #:
    #: .. versionadded:: 0.2
    PLACED_WINDOW: ClassVar[int] = 64
    #: Words that link a role to the place it serves before that place's region
    #: (:meth:`region_after_role_link`: ``A spokesman for Lyon, France, said``, ``The Prefect of
    #: Lyon, France, said``).
    #:
    #: .. versionadded:: 0.2 (fixL56)
    REGION_ROLE_LINKS: ClassVar[tuple[str, ...]] = ("for", "of")
    #: The most words of the role before such a link, its article included (``The Prefect``,
    #: ``A deputy spokesman``).
    #:
    #: .. versionadded:: 0.2 (fixL56)
    MAX_REGION_ROLE_WORDS: ClassVar[int] = 4
    #: The most words of a plural head for people before its link (``Close friends of``), read
    #: by :meth:`plural_head_before`.  (versionadded 0.2)
    MAX_PLURAL_HEAD_WORDS: ClassVar[int] = 3
    #: The most capitalised words of a title's portfolio and the name after it, after an inverted
    #: cue (``said Secretary of State for Work and Pensions Liz Kendall``: :meth:`with_portfolio`).
    #:
    #: .. versionadded:: 0.2
    MAX_PORTFOLIO_WORDS: ClassVar[int] = 8
    #: The most characters of a paragraph whose tokens :meth:`cue_scan` lists at once: a longer
    #: one is listed in pieces about this long, each cut at a character that is in no token, so
    #: that a paragraph of megabytes builds no list of all its tokens.
    SCAN_PIECE: ClassVar[int] = 1 << 16
    #: From how many tokens on :meth:`cue_scan` keeps their starts in an integer array, not a
    #: tuple of integers (a paragraph of megabytes may hold a hundred thousand such tokens).
    #: (versionadded 0.2)
    SCAN_ARRAY_FROM: ClassVar[int] = 1_000

    #: The keyword arguments a release added to an overridable method: a subclass that overrides
    #: one with its older signature (without them) keeps working, called without them, and is
    #: warned with a :class:`DeprecationWarning` when the class is made (:meth:`__init_subclass__`).
    ADDED_KEYWORDS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "appositive_subject": ("described", "before"),
        "clause_subject": ("described",),
        "is_occupation": ("by_ending",),
    }

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, added in cls.ADDED_KEYWORDS.items():
            method = cls.__dict__.get(name)
            if inspect.isfunction(method) and not accepts_keywords(method, added):
                warnings.warn(
                    f"{cls.__qualname__}.{name} does not take the keyword arguments {', '.join(added)}: "
                    "it is called without them; add them to its signature and pass them on",
                    DeprecationWarning,
                    stacklevel=2,
                )
                setattr(cls, name, without_keywords(method, added))

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(vocabulary)
        # (before_cut_body's links, built once: it runs for each speaker's mention)
        self._cut_body_joins = frozenset((*self.OF_WORDS, *(w for w in self.POST_MODIFIERS if " " not in w)))
        self._cut_body_links = frozenset((*self.OF_WORDS, *self.BODY_RUN_ON_LINKS, *self.BODY_NAME_INNER_LINKS))
        # Verbs match in lower case only ("Post" in "State Post Bureau" is no cue); a phrase such as
        # "According to" may also open a sentence.
        # (in a language that drops the subject, any verb may open a sentence: "Añadió que ...")
        openers = [
            v[0].upper() + v[1:] for v in self.SPEECH_VERBS if " " in v or v in self.ACCORDING_TO or self.DROPPED_SUBJECTS
        ]
        # (a verb's longest form at a position, looked up by its first characters: as the pattern
        # of their alternation would match, without its 100 KB compiled, mem61b)
        self._cue_at = WordsAt([*self.SPEECH_VERBS, *openers])
        self._adverb_cue_at = self.adverb_cue_pattern()  # ("a ensuite déclaré": an adverb inside the compound)
        # cue scanning: a set lookup on each token, then the full pattern only where one may start
        self._cue_starts = frozenset(v.split()[0] for v in [*self.SPEECH_VERBS, *openers])
        self._cue_words = frozenset(v for v in self.SPEECH_VERBS if " " not in v)
        # the words inside a body's name that object_of_opening reads back over ("Securities and Exchange")
        self._name_joiners = self._coordinators | self._of
        # ("shrugged off", "laughed off": a speech verb and a particle that make another verb)
        self._not_speech_phrasals = frozenset(
            (verb, particle.casefold()) for verb, particle in (p.split() for p in self.NOT_SPEECH_PHRASALS)
        )
        self._phrasal_heads = frozenset(verb for verb, _ in self._not_speech_phrasals)
        self._gesture_cues = frozenset(self.GESTURE_CUES)  # ("he shrugged": a cue for words in marks only)
        # the words that start a cue of their own and no other: where such a word stands as a whole
        # token the cue pattern can match only it, so the token is the cue (cue_from runs no pattern)
        # (an entry that may match at a token: one that opens with the token and goes on after a
        # character in no token, or one that is the token but for marks the token ends in)
        # (the entries by their lead, and the entries that are a whole token by their length: the
        # marks test reads only the length, so it runs once a length, not once an entry)
        by_lead: dict[str, list[str]] = {}
        token_lengths: dict[int, list[str]] = {}
        for v in {*self.SPEECH_VERBS, *openers}:
            if (m := _LEAD_TOKEN.match(v)) is not None:
                by_lead.setdefault(m.group(), []).append(v)
                if v == m.group():
                    token_lengths.setdefault(len(v), []).append(v)
        self._lone_cues = frozenset(
            w
            for w in self._cue_starts
            if {
                *by_lead.get(w, ()),
                *(v for size, tokens in token_lengths.items() if _MARKS_AFTER.fullmatch(w, size) for v in tokens),
            }
            == {w}
        )
        self._progressive = frozenset(self.PROGRESSIVES) - self._cue_words
        self._plural_subject_cues = frozenset(self.PLURAL_SUBJECT_CUES) - self._cue_words
        self._finding_cues = frozenset(self.FINDING_CUES) - self._cue_words
        self._finding_subjects = frozenset(w.casefold() for w in self.FINDING_SUBJECTS)
        self._finding_prepositions = frozenset(w.casefold() for w in self.FINDING_PHRASE_PREPOSITIONS)
        self._finding_auxiliaries = frozenset(self.COMPOUND_CUE_AUXILIARIES)
        self._finding_people = frozenset(w.casefold() for w in self.FINDING_PEOPLE)
        self._finding_particles = frozenset(self.FINDING_PARTICLES)
        # a compound finding from its auxiliary to its participle, maybe an adverb between ("a montré",
        # "a aussi montré"), read only up to the participle's end (finding_cue)
        self._compound_finding = regex.compile(r"[\p{L}\p{M}\-]++(?:[ \t]++[\p{L}\p{M}\-]++){1,2}+")
        self._noun_articles = frozenset(w.casefold() for w in self.NOUN_ARTICLES)
        self._place_surnames = frozenset(w.casefold() for w in self.vocabulary.PLACE_SURNAMES)
        self._be_words = frozenset(self.BE_WORDS)
        self._passive = frozenset(self.PASSIVE_AUXILIARIES)
        self._participle_openers = frozenset(self.PARTICIPLE_OPENERS)
        self._prepositions = frozenset(self.PREPOSITIONS)
        # a noun ending like a body's after a determiner that is a dative as often (with_genitive)
        self._genitive_noun_endings = (*self.FEMININE_NOUN_ENDINGS, *self.GENITIVE_BODY_ENDINGS)
        # each multi-word preposition as its words, in lower case, and the first words they open with
        self._preposition_phrases = tuple(tuple(p.casefold().split()) for p in self.PREPOSITION_PHRASES if p.strip())
        self._preposition_phrase_starts = frozenset(p[0] for p in self._preposition_phrases)
        # (the phrases by their first word, in their order: opening_preposition_end tries a word's own)
        self._preposition_phrases_from: dict[str, tuple[tuple[str, ...], ...]] = {
            first: tuple(p for p in self._preposition_phrases if p[0] == first) for first in self._preposition_phrase_starts
        }
        self._recipient_leads = frozenset(w.casefold() for w in (*self.RECIPIENT_WORDS, *self.RECIPIENT_DETERMINERS))
        self._object_cues = frozenset(self.OBJECT_VERBS)
        self._uninverted = frozenset(self.UNINVERTED_VERBS)
        self._plural_inverted = frozenset(self.PLURAL_INVERTED_FORMS)
        self._genitives = frozenset(self.GENITIVE_DETERMINERS)
        self._recipient_determiners = frozenset(w.casefold() for w in self.RECIPIENT_DETERMINERS)
        # a romanised given name of two syllables: "Yeon-kim", "Jae-in"
        self._romanised_given = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]++-[\p{Ll}\p{M}]++")
        self._promise_cues = frozenset(self.INFINITIVE_VERBS)  # ("were promised to": said to them)
        self._token = regex.compile(r"[\p{L}\p{M}\-]++")
        # (a token and its elision's apostrophe before a letter: "m'a confié", object_pronoun_at; lang62)
        self._elided_token = regex.compile(rf"[\p{{L}}\p{{M}}\-]++(?:[{APOSTROPHE_MARKS}](?=\p{{L}}))?+")
        self._token_char = regex.compile(r"[\p{L}\p{M}\-]")
        self._not_token_char = regex.compile(r"[^\p{L}\p{M}\-]")  # (where cue_scan may cut a long paragraph)
        # (token_before reads back by one pattern search only when is_token_char is this class's)
        self._own_token_chars = type(self).is_token_char is SpeakerGrammar.is_token_char
        # the tokens cues() looks for: those that may start a cue, and progressive forms
        self._cue_candidates = self._cue_starts | self._progressive | self._plural_subject_cues | self._finding_cues
        # a cue whose first word is elided ("d'après", "d’après"): no token of the text is that
        # word, so the token after the apostrophe is looked up, and the cue read from where it starts
        elided: dict[str, set[int]] = {}
        for verb in [*self.SPEECH_VERBS, *openers]:
            first = verb.split()[0]
            tokens = self._token.findall(first)
            if len(tokens) > 1:
                last = tokens[-1]
                elided.setdefault(last, set()).add(len(first) - len(last))
        self._elided_cues = {word: tuple(sorted(backs)) for word, backs in elided.items()}
        self._cue_candidates = self._cue_candidates | frozenset(self._elided_cues)
        # ("Le budget, a-t-il déclaré, était ...": a compound's participle after its auxiliary and an inverted pronoun)
        self._inverted_participles, self._inverted_auxiliary = self.inverted_participles()
        self._inverted_finite = self.inverted_finite_tokens()  # ("..., affirme-t-elle.": the verb and its pronoun)
        self._cue_candidates = self._cue_candidates | self._inverted_participles | self._inverted_finite
        # (the prefilter's words: an auxiliary that opens a cue phrase, "has written that", stands for no
        # cue alone, and most paragraphs hold one: its phrase's next word is looked for in its place)
        auxiliaries = frozenset(self.CLAUSE_AUXILIARIES)
        led = [v.split() for v in self.SPEECH_VERBS if " " in v and v.split()[0] in auxiliaries]
        leads = frozenset(words[0] for words in led) - self._cue_words
        self._prefilter_words = (self._cue_candidates - leads) | frozenset(words[1] for words in led if words[0] in leads)
        self._postposed_cues = frozenset(self.POSTPOSED_CUES)
        self._conjunctions = frozenset(self.CONJUNCTIONS)
        # (the words that open no listed name: "Like Ortiz, Berg and Hall, both Democrats, said"; listed_people_start)
        self._list_openers_not = self._prepositions | self._determiners | self._conjunctions
        # the person told: "told reporters", "told the BBC", "told Jane Roe of the Sierra Club"
        outlet_nouns = [w for w in self.OUTLET_WORDS if w not in self.OUTLET_OPENERS]
        self._object = regex.compile(
            # "told Swiss broadcaster SRF", "told the German newspaper Bild", "told news agency Reuters":
            # up to two modifiers (no stop word), an outlet's noun, then the outlet's capitalised name
            rf"\s++(?:(?&_determiner)\s++)?+"
            rf"(?:(?!(?&_stop_word))[\p{{L}}][\p{{L}}\p{{M}}\-]*+\s++){{0,2}}?"
            rf"(?:{any_of(outlet_nouns) or '(?!)'})"
            rf"\s++\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*+(?:\s++\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*+){{0,2}}+"
            # (then a mark, or a word that opens the clause told or a time: not "told state media Kim
            # Jong Un had ...", whose capitalised words are the clause's subject)
            rf"(?=\s*+[,:.]|$|\s++(?:{any_of((*self.CLAUSE_OPENERS, *self.THAT_WORDS, *self.PREPOSITIONS))})(?![\p{{L}}]))|"
            # "told the TT news agency", "told the local newspaper": an outlet's head noun after a
            # determiner and a few words, no stop word (before the shorter branches below)
            rf"\s++(?&_determiner)\s++"
            rf"(?:(?!(?&_stop_word)|(?&_determiner)\s)[\p{{L}}][\p{{L}}\p{{M}}\-]*+\s++)"
            # (not before the outlet's own name: "told the official news agency PAP ...", read above or not at all)
            rf"{{1,{self.MAX_OUTLET_MODIFIERS}}}?(?:{any_of(self.OUTLET_HEADS) or '(?!)'})(?=[\s,:.]|$)(?!\s++\p{{Lu}})|"
            # "told local reporters", "told state media", "told local television": a modifier in lower
            # case, no stop word, before one of the words told or an outlet's word (not "asked about her")
            rf"\s++(?:(?!(?&_stop_word))\p{{Ll}}[\p{{L}}\p{{M}}\-]*+\s++"
            rf"(?:{any_of((*self.OBJECT_WORDS, *self.OUTLET_WORDS))})(?![\p{{L}}])"
            rf"|{any_of(self.OBJECT_WORDS)}|\p{{Ll}}{{3,}}s"
            rf"|(?&_determiner)\s++[\p{{L}}\p{{M}}'’\-]++(?:\s++[\p{{Lu}}][\p{{L}}\p{{M}}'’\-]*+){{0,3}}"
            # "the board members", "Republican senators" (never "AFP his client": a determiner opens the words)
            rf"|(?:(?&_determiner)\s++\p{{L}}|\p{{Lu}})[\p{{L}}\p{{M}}'’\-]*+\s++"
            rf"(?!(?i:{any_of(self.POSSESSIVE_DETERMINERS)})(?![\p{{L}}]))\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*+(?<=s)"
            # "told France Inter radio", "told Sky News television": an outlet's capitalised name,
            # then one of its head nouns in lower case and no capital after it (before the bare name,
            # which stops at the name; "told German magazine Der Spiegel" is the first branch's)
            rf"|\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*+(?:\s++\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*+){{0,3}}?"
            rf"\s++(?:{any_of([w for w in self.OUTLET_HEADS if w[:1].islower()]) or '(?!)'})(?=[\s,:.]|$)(?!\s++\p{{Lu}})"
            r"|\p{Lu}[\p{L}\p{M}.'’\-]*+(?:\s++\p{Lu}[\p{L}\p{M}.'’\-]*+){0,3}"
            # (a station's channel number, before a pronoun or a determiner that opens the clause told:
            # "told KTVQ 7 they had", never "told Reuters 12 people were": a count of the clause's subject)
            rf"(?:\s++\d{{1,{self.MAX_CHANNEL_DIGITS}}}+(?=\s++(?:{any_of(self.PRONOUNS)}|(?&_determiner))\s))?+)"
            rf"(?:\s++(?:{any_of(self.OF_WORDS)})\s++\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*+(?:\s++\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*+){{0,3}})?+"
            r"(?=[\s,:.]|$)"
            # (a stop word and a blank, called by two branches above: one compiled copy, mem60;
            # the determiners, called by four, and with a blank for the stop words and them: mem61b)
            rf"(?(DEFINE)(?P<_stop_word>(?:{any_of(self.STOP_WORDS)})\s)(?P<_determiner>(?:{any_of(self.DETERMINERS)})))"
        )
        # the person told with a modifier before the noun: "told a cheering crowd", "told the local
        # paper" (apart from the object's pattern, whose match stops after "the court" of "told the
        # court he was")
        self._modified_object = regex.compile(
            rf"\s++(?:{any_of(self.DETERMINERS)})\s++\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*+\s++\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*+"
            r"(?=[\s,:.]|$)"
        )
        # (the rest of a word in the phrases below: letters, marks, digits, apostrophes, periods and
        # hyphens, with a comma between digits; a slash too where noted)
        plain_rest, slashed_rest = word_rest(r"\p{L}\p{M}\p{N}'’.\-"), word_rest(r"\p{L}\p{M}\p{N}'’.\-/")
        # two names each with a role set off by commas, joined before a cue ("Paul Greer, the union
        # leader, and Lena Moss, the port's chief, said"): the name, its role, the coordinator, and the
        # second name with maybe its own role
        pair_name = r"\p{Lu}[\p{L}\p{M}'’.\-]*+(?:\s++\p{Lu}[\p{L}\p{M}'’.\-]*+){0,3}"
        pair_role = (
            rf"(?i:{any_of([*self.DETERMINERS, *self.POSSESSIVE_DETERMINERS])})\s++"
            rf"[^,;:.!?\"“”«»„()\p{{Lu}}]{{1,{self.MAX_JOINED_ROLE_CHARS}}}"  # (no capital: "a GP at the Harbour Clinic" stays out)
        )
        pair_join = rf"\s*+,\s*+{pair_role},\s++(?:{any_of(self.SUBJECT_JOINS) or '(?!)'})\s++"
        self._pair_first = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’.\-])(?P<first>{pair_name}){pair_join}$")
        self._pair_second = regex.compile(rf"{pair_join}(?P<second>{pair_name})\s*+,\s*+{pair_role},\s*+$")
        # a second name joined to a sentence's subject, then its verb ("Ana Ruiz and Tom Berg met")
        self._joined_name_subject = regex.compile(
            rf"\s++(?:{any_of(self.SUBJECT_JOINS) or '(?!)'})\s++"
            rf"(?P<second>\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*+(?:\s++\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*+){{1,3}})"
            rf"\s++(?P<verb>\p{{Ll}}[\p{{L}}\p{{M}}\-]*+)"
        )
        # a short tag in brackets after titles, before the name they go with ("Lt. Gen. (retd) Tariq Malik")
        self._bracketed_tag = regex.compile(rf"\s*+\([\p{{L}}.]{{1,{self.MAX_BRACKETED_TAG}}}\)(?=\s++\p{{Lu}})")
        # the noun phrase after an inverted cue, up to punctuation or a preposition
        ends = self.phrase_end_pattern()
        self._phrase_after = regex.compile(
            # after white space, or right after a dash of attribution ('"..."—Ana Ortiz')
            rf"(?:\s++|(?<=[{regex.escape(self.ATTRIBUTION_DASHES)}]))"
            rf"(?P<np>[\p{{L}}\p{{M}}\p{{N}}]{slashed_rest}"
            # (an ampersand alone may join two capitalised words: "Marks & Spencer chairman ...")
            rf"(?:\s++(?:&\s++(?=\p{{Lu}}))?+[\p{{L}}\p{{M}}\p{{N}}]{slashed_rest}){{0,7}}?)"
            rf"(?={EMOJI_RUN}\s*+(?:[,.;:!?()\"”]|$)|\s++(?:{ends})(?![\p{{L}}]))"
        )
        # a source after "according to" may be longer ("a court filing by the city's lawyers")
        self._source_after = regex.compile(
            rf"\s++(?P<np>[\p{{L}}\p{{M}}\p{{N}}]{plain_rest}"
            rf"(?:\s++[\p{{L}}\p{{M}}\p{{N}}]{slashed_rest}){{0,{self.MAX_SOURCE_WORDS - 1}}}?)"
            rf"(?=\s*+(?:[,.;:!?()\"”]|$)|\s++(?:{ends})(?![\p{{L}}]))"
        )
        # (a name word may follow up to two of the name model's particles: "John Van der Berg",
        # "Ursula von der Leyen"; never at the name's ends)
        particles = rf"(?:(?:{any_of(self.names.PARTICLES)})\s++){{0,2}}+"
        name = (
            rf"\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+"
            rf"(?:\s++{particles}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+){{0,{self.MAX_SUBJECT_NAME_WORDS - 1}}}"
        )
        determiners = any_of(self.DETERMINERS)
        # a name, a tag, and an appositive up to a comma (lower case, or a possessive: "AT&T's
        # chief executive"): the subject of the sentence
        # (the name may follow a role in lower case, maybe after one or two capitalised words:
        # "Former governor Ed Rendell (D), a ...,", "Former Pennsylvania governor Ed Rendell (D),
        # a ...,", "the journalist Ana Ortiz, writing in ...,")
        role = (
            rf"(?:(?:{determiners})\s++|(?:\p{{Lu}}[\p{{L}}\p{{M}}\-]*+\s++){{1,2}}(?=\p{{Ll}}))?"
            rf"(?:\p{{Ll}}[\p{{L}}\p{{M}}\-]*+\s++){{0,3}}?"
        )
        appositive = rf"(?:\p{{Ll}}|(?i:{determiners})\s|\p{{Lu}}[^,;:\"“”]{{0,30}}?['’]s\s)[^;:,\"“”]{{1,150}}?,\s++\p{{Ll}}"
        # a lead between a subject and the infinitive's marker before a cue, up to the cue
        self._infinitive_lead = regex.compile(
            rf"""(?<![\p{{L}}\p{{M}}])
            (?:
                (?:{any_of(self.BE_WORDS)})\s++(?:{any_of(self.INFINITIVE_LEAD_ADJECTIVES)})  # "was quick"
              | (?:{any_of(self.INFINITIVE_LEAD_VERBS)})  # "went on", "hastened"
            )
            \s++(?:{any_of(self.INFINITIVE_MARKERS)})\s++\Z  # "to", then the cue""",
            regex.VERBOSE,
        )
        # a comma and a subordinator that open a clause: ", as the mayor rejected the plan, saying"
        self._subordinate_clause = regex.compile(rf",\s++(?:{any_of(self.PARTICIPLE_CLAUSE_OPENERS)})\s++")
        # a subordinator of time that opens a clause inside a sentence: "... when Ruiz accused him"
        self._time_clause_openers = frozenset(self.TIME_CLAUSE_OPENERS)
        time_openers = any_of(self.TIME_CLAUSE_OPENERS) or "(?!)"
        self._clause_opener = regex.compile(rf"(?<![\p{{L}}\p{{M}}'’\-])(?:{time_openers})\s++")
        self._day_parts = frozenset(word.casefold() for word in self.DAY_PARTS)
        # a comma and a coordinator that join a clause: ", and the union has sued ..."
        self._joined_clause = regex.compile(rf",\s++(?:{any_of(self.COORDINATORS)})\s++")
        # a comma, then a noun phrase that sums up the words before it and a relative pronoun for
        # things, up to the clause's subject: ", a charge that ...", ", the claim which ..."
        closing = regex.escape("".join(sorted({close for _, close in self.QUOTE_PAIRS})))
        closing_mark = f"[{closing}]?+" if closing else ""  # (no marks at all: none)
        thing_relatives = [
            w for w in (*self.RELATIVE_PRONOUNS, *self.THING_RELATIVE_PRONOUNS) if w not in self.PERSONAL_RELATIVE_PRONOUNS
        ]
        self._summary_relative = regex.compile(
            rf"""
            ,{closing_mark}\s++(?:{determiners})\s++  # ", a", ", the" (after '"rigged,"' too)
            # the noun, an adjective maybe first: "charge", "baseless claim"
            (?:\p{{Ll}}[\p{{L}}\p{{M}}\-]*+\s++){{1,{self.SUMMARY_NOUN_WORDS}}}?
            (?:{any_of(thing_relatives) if thing_relatives else "(?!)"})\s++  # "that", "which": the clause's subject follows
            """,
            regex.VERBOSE,
        )
        # (an age with one of AGE_UNITS is a tag too: "Jean Dupont, 58 ans, conducteur, ...")
        aged = rf"\s*+,\s*+\d{{1,3}}\s++(?i:{any_of(self.AGE_UNITS)})(?=,)"
        self._appositive_subject = regex.compile(
            rf"\s*+(?P<name>{name})(?:{TAG_CORE}|{aged})?+,\s++(?!(?:{any_of(self.CONJUNCTIONS)})\s){appositive}"
        )
        # "Jim Bell, 54, left ...", "Ana Ortiz (D-Ariz.) voted ...": a name and a tag open the sentence
        self._tagged_subject = regex.compile(
            rf"(?P<name>{name})(?:{TAG_CORE}|{aged}),?+\s++(?P<verb>\p{{Ll}}[\p{{L}}\p{{M}}\-]*+)"
        )
        self._described_subject = regex.compile(
            rf"\s*+(?P<name>{role}{name}){TAG_CORE}?+,\s++(?!(?:{any_of(self.CONJUNCTIONS)})\s){appositive}"
        )
        # a role set off by a comma before the name it describes, the name set off too, then a
        # word in lower case (the verb): "Its secretary general, Joseph Kiprono, accused ...",
        # "The union's president, Ana Ortiz, called ..." (role_apposed_subject checks the words)
        self._role_apposed = regex.compile(
            r"\s*+(?P<role>"
            # a determiner, maybe an owner after it ("Its", "The union's")
            rf"(?i:{determiners})(?:\s++[\p{{L}}\p{{M}}&\-]++['’]s)?+"
            # or an owner alone ("Acme's", "The union's" read above)
            r"|\p{Lu}[\p{L}\p{M}&\-]*+['’]s"
            # then the role's words in lower case, the last one its noun
            rf")(?:\s++\p{{Ll}}[\p{{L}}\p{{M}}\-]*+){{1,{self.MAX_APPOSED_ROLE_WORDS}}}+"
            rf",\s++(?P<name>{name}),\s++\p{{Ll}}"
        )
        # a post-modifier before a phrase, and the head word before it ("Those close to")
        self._modifier_before = regex.compile(
            rf"(?:(?<![\p{{L}}])(?P<head>[\p{{L}}]++)\s++)?(?P<mod>{any_of(self.POST_MODIFIERS)})\s++$", regex.IGNORECASE
        )
        # (the test before it: a post-modifier ends where the blanks before the phrase start)
        self._modifier_end = regex.compile(rf"(?:{any_of(self.POST_MODIFIERS)})$", regex.IGNORECASE)
        self._modifier_length = max(map(len, self.POST_MODIFIERS), default=0)
        self._head_words = frozenset(self.HEAD_WORDS)
        # (whether the rules of a link before a speaker's phrase are this class's own: phrase_before
        # then calls none of them where linked_before finds no link)
        self._plain_link_rules = all(getattr(type(self), name) is getattr(SpeakerGrammar, name) for name in _LINK_RULES)
        # a share of people: "six in 10", "two of three", "three-fourths"
        numbers = any_of(self.NUMBER_WORDS)
        # (not an age: German "Der 29-jährige Stürmer", AGE_STEMS)
        age = rf"(?!(?i:{any_of(self.AGE_STEMS)}))" if self.AGE_STEMS else ""
        self._share = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?i:\d++|{numbers})(?:\s++(?:{any_of(self.SHARE_WORDS)})\s++(?:\d++|{numbers})|-{age}\p{{L}}++)"
            r"(?:\s++\p{L}[\p{L}\p{M}\-]*+){0,3}\s*+$"
        )
        # (what a text must hold for that pattern to match in it: a hyphen, or the first word of a
        # share word standing alone between blanks, which the pattern's \s all are to str.split)
        self._share_leads = frozenset(w.split()[0] for w in self.SHARE_WORDS if w.strip())
        # a bare count that may be a clause's subject: "39", "only 28", "at least 21,000" (not a
        # year, nor a part of a longer figure: "2016", "3.5")
        self._count_subject = regex.compile(
            rf"(?<![\p{{L}}\p{{N}},./])(?:(?i:{any_of(self.COUNT_LEADS)})\s++)?+\d{{1,3}}+(?:,\d{{3}})*+\s*+$"
        )
        self._quantities = frozenset(self.QUANTITY_NOUNS)
        self._numbers = frozenset(self.NUMBER_WORDS)
        self._quantifiers = frozenset(q.casefold() for q in self.QUANTIFIERS)
        self._post_heads = frozenset(m.split()[0] for m in self.POST_MODIFIERS)
        # (the one-word links after the noun of a role set off after a name: unclosed_appositive)
        self._appositive_link_words = frozenset(self.APPOSITIVE_LINKS)
        self._appositive_links = frozenset(m for m in (*self.POST_MODIFIERS, *self.APPOSITIVE_LINKS) if " " not in m)
        # "of the union", "close to the campaign", after a speaker's noun, up to punctuation
        # (two-word ones, "close to", start after the phrase's last word "close")
        links = "|".join(
            rf"(?<=(?<![\p{{L}}]){regex.escape(m.split()[0])})\s++{regex.escape(m.split()[1])}"
            if " " in m
            else rf"\s++{regex.escape(m)}"
            for m in self.POST_MODIFIERS
        ) or "(?!)"
        # (or up to a relative pronoun for people: "said one of two witnesses who saw it")
        # (or up to a word that opens a clause: "said a spokesman for the union but doubts remain")
        who = any_of((*self.PERSONAL_RELATIVE_PRONOUNS, *self.CLAUSE_BREAKS)) or "(?!)"
        self._post_modifier = regex.compile(
            rf"(?:{links})\s++[\p{{L}}\p{{N}}]{plain_rest}"
            rf"(?:\s++[\p{{L}}\p{{M}}\p{{N}}]{plain_rest}){{0,4}}?"
            rf"(?=\s*+(?:[,.;:!?()\"”]|$)|\s++(?:{who})(?![\p{{L}}]))"
        )
        # the rest of a body's listed name after its first item: ", Industry and Energy" (each
        # item one capitalised word, the last one up to three; then punctuation or a lower-case word)
        item = r"\p{Lu}[\p{L}\p{M}\-]*+"
        self._listed_items = regex.compile(
            rf"(?:,\s++{item}){{1,{self.MAX_LISTED_WORDS}}}+,?+\s++(?:{any_of(self.COORDINATORS)})\s++{item}(?:\s++{item}){{0,2}}+"
            r"(?=\s*+(?:[,.;:!?()\"”]|$)|\s++\p{Ll})"
        )
        # the rest of a body's name from a link of BODY_NAME_LINKS on: " pour la Recherche Médicale" (capitalised
        # words, maybe joined by "de", articles and "et"), then punctuation (with_body_name)
        joins = any_of((*self.OF_WORDS, *self.COORDINATORS, *self.DETERMINERS))
        # (when first used: 25 KB compiled, read only for a vocabulary with such links)
        self._body_name_rest = LazyPattern(
            rf"""[ ](?:{any_of(self.BODY_NAME_LINKS)})[ ]   # the link ("pour", "para", "für")
            (?:(?:{any_of(self.DETERMINERS)})[ ])?+          # an article maybe ("la")
            {item}                                                      # a capitalised word ("Recherche")
            (?:[ ](?:(?:{joins})[ ]){{0,2}}+{item}){{0,{self.MAX_LISTED_WORDS}}}+  # more, maybe after "de la", "et"
            (?=\s*+(?:[,.;:!?()"”»]|$))                                 # then punctuation: the name ends there""",
            regex.VERBOSE,
        )
        # the rest of a title's phrase from its portfolio on: " of State for Work and Pensions Liz Kendall"
        # (with_portfolio; off with no PORTFOLIO_LINKS in the vocabulary)
        portfolio_links = self.vocabulary.PORTFOLIO_LINKS
        portfolio_joins = any_of(self.vocabulary.PORTFOLIO_JOINS) or "(?!)"
        self._portfolio_rest = regex.compile(
            rf"""[ ](?:(?:{any_of(self.OF_WORDS) or "(?!)"})[ ]{item}[ ])?+  # "of State" of a title, maybe
            (?:{any_of(portfolio_links)})[ ]                                # the link ("for")
            (?:(?:{portfolio_joins})[ ])?+                                  # an article maybe ("the")
            {item}                                                          # a capitalised word ("Work")
            (?:[ ](?:(?:{portfolio_joins})[ ]){{0,2}}+{item}){{1,{self.MAX_PORTFOLIO_WORDS}}}+  # more ("and Pensions Liz Kendall")
            (?=\s*+(?:[.;!?()"”]|$)                                         # then the sentence's end (no comma: an appositive)
            |\s++(?P<setting>{ends})(?![\p{{L}}]))                          # or a setting ("in a statement")""",
            regex.VERBOSE,
        ) if portfolio_links else None
        # a body's name after a noun for people with no article, up to the sentence's end or a setting: " at
        # the University of Cape Town" (bare_noun_affiliation; off with no AFFILIATION_LINKS)
        named_item = r"\p{Lu}[\p{L}\p{M}'’\-]*+"
        self._affiliation = regex.compile(
            rf"""[ ](?:{any_of(self.AFFILIATION_LINKS)})[ ]                 # the link ("at")
            (?:(?:{any_of(self.DETERMINERS)})[ ])?+                         # an article maybe ("the")
            (?P<body>{named_item}                                           # a capitalised word ("University")
            (?:[ ](?:(?:{joins})[ ]){{0,2}}+{named_item}){{0,{self.MAX_LISTED_WORDS}}}+  # more ("of Cape Town")
            |\p{{Ll}}[\p{{L}}\p{{M}}\-]*+)                                # or one noun in lower case ("university")
            (?=\s*+(?:[.;!?"”]|$)                                          # then the sentence's end
            |\s++(?:{ends})(?![\p{{L}}]))                                  # or a setting ("in a statement")""",
            regex.VERBOSE,
        ) if self.AFFILIATION_LINKS else None
        # the rest of a body's name after a link of BODY_NAME_LINKS: " und Flüchtlinge" (the same items, no comma)
        self._joined_items = regex.compile(
            rf"\s++(?:{any_of(self.COORDINATORS)})\s++{item}(?:\s++{item}){{0,2}}+(?=\s*+(?:[,.;:!?()\"”]|$)|\s++\p{{Ll}})"
        )
        # the rest of a body's name after "of" and its first item, no comma: " and Human Services"
        # (listed_body_end; then punctuation, never a lower-case word: "... of Health and Israeli officials")
        self._joined_body_end = regex.compile(
            rf"""\s++(?:{any_of(self.COORDINATORS)})\s++      # the coordinator ("and")
            {item}(?:[ ]{item}){{0,{self.MAX_JOINED_BODY_WORDS - 1}}}+   # the capitalised words ("Human Services")
            (?=\s*+(?:[,.;:!?()"”]|$))                      # then punctuation: the name ends there""",
            regex.VERBOSE,
        )
        according = "|".join(r"\s++".join(regex.escape(w) for w in a.split()) for a in self.ACCORDING_TO) or "(?!)"
        self._according_end = regex.compile(rf"(?<![\p{{L}}])(?i:{according})\s*+$")
        # "the environment secretary, James Holloway," / "Liu Zhongmin, a professor at Fudan University,"
        # (the role may open with an owner's possessive: "Smith's lawyer, Karen Webb,")
        role_stops = (*self.CONJUNCTIONS, *self.DETERMINERS, *self.PREPOSITIONS, *self.AGENT_WORDS, *self.OF_WORDS)
        role_stop = rf"(?:{any_of(role_stops)})\s|\p{{Ll}}++(?<=ing)\s"
        # (nor a name's particle before a capital: "the deputy mayor, Sanne de Wit,": "Sanne de" is no role)
        role_word_stop = rf"(?&_role_stop)|(?:(?:{any_of(self.names.PARTICLES)})\s++){{1,2}}+(?=\p{{Lu}})"
        named_as = "|".join(r"\s++".join(regex.escape(w) for w in p.split()) for p in self.NAMED_AS_WORDS) or "(?!)"
        self._appositive = regex.compile(
            rf"(?:(?:(?<![\p{{L}}])(?&_det)\s++|(?<![\p{{L}}'’])\p{{Lu}}[\p{{L}}\p{{M}}&.\-]{{0,30}}+['’]s\s++(?=\p{{Ll}}))"
            # (an article in lower case may open the name's title: "The bishop, the Rt Rev. Paul Mercer,";
            # not "as one of them, The Associated Press's Lisa Lerer,": a name's own capital)
            rf"[^,;:\"“”]{{1,60}}?,\s++(?:(?:{any_of(self.TITLE_ARTICLES) or '(?!)'})\s++(?=\p{{Lu}}))?+"
            # (a role of its own before the name: "The jury president, Italian director Giulia Marchetti,")
            # (no conjunction, determiner, preposition, agent's word, "of" nor -ing word: "biographers, David and Jeanne
            # Heidler,", "The committee, chaired by Ana Ruiz,", "A spokesman, speaking from Frankfurt,"; an age
            # may open it: "A resident, 68-year-old farmer Mika Tanabe,")
            rf"(?:(?:\p{{Lu}}[\p{{L}}\p{{M}}\-]*+\s++)?+(?!{role_word_stop})(?:\p{{N}}++-)?+\p{{Ll}}[\p{{L}}\p{{M}}\-]*+"
            rf"(?:\s++(?!{role_word_stop})\p{{Ll}}[\p{{L}}\p{{M}}\-]*+)?+\s++(?=\p{{Lu}})"
            # (or the words that give a name: "A witness, identified as Mary Stone,"; NAMED_AS_WORDS)
            rf"|(?:{named_as})\s++(?=\p{{Lu}}))?+"
            rf"(?P<name>(?&_name))"
            # (the place the name is of, capitalised: "Sen. Paul Ortega of New Mexico,")
            rf"(?:\s++(?:{any_of(self.OF_WORDS)})\s++{item}(?:\s++{item}){{0,{self.MAX_PLACE_WORDS - 1}}}+)?+"
            # (an article's phrase: "a neighbour", "the 63-year-old": a noun may open with a number and a hyphen)
            rf"|(?P<name2>(?&_name)|(?<![\p{{L}}])(?&_det)\s++(?:\p{{N}}++-)?+\p{{Ll}}[\p{{L}}\p{{M}}\-]*+"
            rf"(?:\s++\p{{Ll}}[\p{{L}}\p{{M}}\-]*+)?){TAG_CORE}?+,\s++"
            rf"(?!(?:{any_of(self.CONJUNCTIONS)})\s)"
            # (the role after the name: in lower case, after a determiner, after an owner's
            # possessive, or after a firm's or a body's capitalised name and before a word that
            # stops no role: "Robert Lutz, Acme executive vice-president,"; not "Tom Berg of
            # Leeds" nor "Canada and Taiwan")
            rf"(?:\p{{Ll}}|(?&_det)\s|\p{{Lu}}[^,;:\"“”]{{0,60}}?['’]s\s"
            # (never a name's particle before a capital there: "Rotterdam, Netherlands, Pieter de Vries,"
            # names Pieter de Vries, no role of Netherlands)
            rf"|(?:\p{{Lu}}[\p{{L}}\p{{M}}&.\-]{{0,30}}+\s++){{1,{self.MAX_PLACE_WORDS}}}+(?!(?&_role_stop)|{particles}\p{{Lu}})(?=\p{{Ll}}))"
            rf"[^;:\"“”]{{1,150}}?),\s*+$"
            # (the words no role holds, called three times above: one compiled copy, mem60; the name,
            # called twice, and the determiners, called three times: one compiled copy each, mem62)
            rf"(?(DEFINE)(?P<_role_stop>{role_stop})(?P<_name>{name})(?P<_det>(?i:{determiners})))"
        )
        # ", Al Jazeera reported" / ", state media said" closing reported words
        outlet = rf"(?:\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*+|{any_of(self.OUTLET_WORDS)})"
        # '"...," Ortiz barked': a name or an article's phrase, maybe an adverb, a verb in the past
        adverb = rf"\p{{Ll}}{{3,}}+(?<={regex.escape(self.ADVERB_SUFFIX)})" if self.ADVERB_SUFFIX else "(?!)"
        # (or a form of POSTPOSED_CUES: '"...," the notice states')
        postposed_cues = rf"(?:{any_of(self.POSTPOSED_CUES) or '(?!)'})(?![\p{{L}}\p{{M}}\-])"
        self._postposed = (
            regex.compile(
                rf"(?P<np>{name}|(?i:{determiners})\s++[\p{{L}}\p{{M}}\-]++(?:\s++[\p{{L}}\p{{M}}\-]++){{0,3}}?)"
                rf"\s++(?:(?:{any_of(self.ADVERBS)}|{adverb})\s++)?+"
                rf"(?P<verb>\p{{Ll}}{{2,}}+(?<={regex.escape(self.PAST_SUFFIX)})|{postposed_cues})"
                rf"(?=\s*+(?:[,.;!?]|$)|\s++(?:{any_of(self.POSTPOSED_FOLLOWERS)})\s)"
            )
            if self.PAST_SUFFIX
            else None
        )
        space = r"\s++"
        quoted_as = "|".join(
            rf"{regex.escape(verb)}{space}[^,.]{{1,40}}{space}{space.join(regex.escape(w) for w in tail.split())}"
            for verb, tail in self.QUOTING_PHRASES
        )
        citing = "|".join(rf"{regex.escape(verb)}\s++[^,.]{{1,40}}" for verb in self.CITING_VERBS)
        self._source_tail = regex.compile(
            rf"(?:,\s*+|(?<=[\"”]\s*+))(?P<source>(?:(?:{any_of(self.OUTLET_OPENERS)})\s++)?+{outlet}(?:\s++{outlet}){{0,5}})"
            rf"\s++(?:{any_of(self.OUTLET_VERBS)}|{citing or '(?!)'}|{quoted_as or '(?!)'})\s*+$"
        )
        # (what the tail must end with, but for blanks, or hold: a cheap test before the pattern)
        self._company_suffixes = frozenset(self.COMPANY_SUFFIXES)
        self._source_tail_ends = tuple({*self.OUTLET_VERBS, *(tail.split()[-1] for _, tail in self.QUOTING_PHRASES)})
        self._citing_verbs = tuple(self.CITING_VERBS)

    def may_end_with_source(self, raw: str, start: int, end: int) -> bool:
        """Whether ``raw[start:end]`` may end in an outlet and its verb (``, state media
        reported``), the test before the pattern runs: but for blanks it ends with one of
        :attr:`OUTLET_VERBS` or the last word of one of :attr:`QUOTING_PHRASES`, or it holds one
        of :attr:`CITING_VERBS`."""
        last = end
        while last > start and raw[last - 1].isspace() and raw[last - 1] not in _NOT_PATTERN_SPACE:
            last -= 1  # (the blanks the pattern's \s reads: str.isspace less four separators)
        if raw.endswith(self._source_tail_ends, start, last):  # (a tuple: one call for every word)
            return True
        return any(raw.find(verb, start, end) >= 0 for verb in self._citing_verbs)

    def postposed_verb(self, raw: str, pos: int, stop: int) -> tuple[tuple[int, int], regex.Match[str]] | None:
        """After a quotation that ends like speech (``,`` ``?`` ``!``): a speaker phrase at *pos*
        and a verb in the simple past or one of :attr:`POSTPOSED_CUES` that closes the sentence or
        is followed by one of :attr:`POSTPOSED_FOLLOWERS` (``"Go home," Ortiz barked.``, ``"...,"
        the document states``), whether or not it is a speech verb: in that place it can only be
        the attribution."""
        if self._postposed is None or not any(c in ",?!" for c in raw[max(0, pos - 4) : pos]):
            return None
        match = self._postposed.match(raw, pos, min(stop, pos + self.PHRASE_WINDOW), KEEP_GIL)
        if match is None or match["verb"] in self._cue_words:
            return None  # (a listed cue is read by phrase_before_cue)
        phrase = match["np"]
        if not self.is_speaker_phrase(phrase, lenient=True) or phrase.split()[0].casefold() in self._stop:
            return None
        verb = self._token.match(raw, match.start("verb"))
        return (match.span("np"), verb) if verb is not None else None

    def inverted_postposed_cue(self, raw: str, pos: int, stop: int) -> tuple[tuple[int, int], regex.Match[str]] | None:
        """After a quotation that ends like speech: one of :attr:`POSTPOSED_CUES` at *pos* and a
        speaker's phrase after it that closes the sentence, maybe with an appositive after a comma
        (``"...," read the statement.``, ``"...," read the letter, signed by the chairman.``)."""
        if not any(c in ",?!" for c in raw[max(0, pos - 4) : pos]):
            return None
        verb = self._token.match(raw, pos, stop, KEEP_GIL)
        if verb is None or verb.group() not in self._postposed_cues:
            return None
        np = self.phrase_after(raw, verb.end(), stop, lenient=True)
        if np is None or raw[np[0] : np[1]].split()[0].casefold() in self._pronouns:
            return None
        after = np[1]
        while after < stop and raw[after] in " .!?\"”’)":
            after += 1  # (read no further than the marks: linear time)
        if after < stop and raw[after] != ",":
            return None  # (the phrase closes the sentence, or an appositive after a comma does)
        return np, verb

    def cues(self, raw: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        """The cues in ``raw[start:end]``, in order.  A token is a run of letters and hyphens (cut
        at *start* and *end*).  In the paragraph being parsed (:meth:`scanning`) they are read
        from its :class:`CueScan` (:meth:`cues_in`, by position); elsewhere, and in a window that
        cuts a token in two, by :meth:`cues_in_window`."""
        held = _PARAGRAPH_SCAN.get()
        if held is not None and held[0] is self:
            scan = held[1]
            if scan.text is raw and 0 <= start <= end <= len(raw) and not self.cuts_token(raw, start, end):
                yield from self.scanned_cues(scan, start, end)
                return
        yield from self.cues_in_window(raw, start, end)

    def cues_in_window(self, raw: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        """:meth:`cues` read from the window alone: the tokens of the window are listed at once
        and looked up in a set, and only where one may start a cue does the cue pattern run.
        When a few distinct such words are present (at most :attr:`CUE_FIND_WORDS`) each is
        found with ``str.find``, without a Python step per token; otherwise every token is read
        in turn."""
        present = self._cue_candidates.intersection(self._token.findall(raw, start, end, False, KEEP_GIL))
        if not present:
            return
        if len(present) > self.CUE_FIND_WORDS:
            yield from self.cues_by_token(raw, start, end)
            return
        for at, word in self.whole_tokens(raw, present, start, end):
            cue = self.cue_from(raw, at, word, start, end)
            if cue is not None:
                yield cue

    def whole_tokens(self, raw: str, words: Iterable[str], start: int, end: int) -> list[tuple[int, str]]:
        """Where each of *words* stands in ``raw[start:end]`` as a whole token (found with
        ``str.find``; a window's edge ends a token), as ``(position, word)`` pairs in order."""
        found: list[tuple[int, str]] = []
        for word in words:
            at = raw.find(word, start, end)
            while at >= 0:
                stop = at + len(word)
                if (at == start or not self.is_token_char(raw, at - 1)) and (stop == end or not self.is_token_char(raw, stop)):
                    found.append((at, word))
                at = raw.find(word, at + 1, end)
        found.sort()
        return found

    def cue_from(self, raw: str, at: int, word: str, start: int, end: int) -> regex.Match[str] | None:
        """The cue that candidate *word* at *at* starts in ``raw[start:end]``, if any: the cue
        pattern where *word* may start one, else the word itself after a form of ``be``."""
        for back in self._elided_cues.get(word, ()):
            if at - back >= start:
                cue = self._cue_at.match(raw, at - back, end, KEEP_GIL)  # ("d'après": the cue opens before the token)
                if cue is not None:
                    return cue
        if word in self._cue_starts:
            if self._noun_articles and self.compound_after_article(raw, at, start, end):
                return None  # ("a think tank told", "the claims adjuster said": a noun after an article)
            if word in self._lone_cues:  # (the whole token is the cue: the pattern could match nothing else)
                token = self._token.match(raw, at, end, KEEP_GIL)
                if token is not None and token.group() == word:
                    return None if word in self._phrasal_heads and self.phrasal_sense(raw, token, end) else token
            cue = self.cue_match_at(raw, at, end)  # (with an adverb inside too: "Elle a ensuite déclaré qu'...")
            if cue is not None and cue.group() in self._phrasal_heads and self.phrasal_sense(raw, cue, end):
                return None  # ("She shrugged off the criticism": another verb, no speech)
            return cue
        if word in self._inverted_participles and self.inverted_auxiliary_before(raw, at, start):
            return self._token.match(raw, at, end, KEEP_GIL)  # ("Le budget, a-t-il déclaré, était ...": the participle)
        if word in self._inverted_finite and self.set_off_at(raw, at, start):
            return self._token.match(raw, at, end, KEEP_GIL)  # ("Le budget, affirme-t-il, est ...": one token)
        if word in self._plural_subject_cues:
            # ("the researchers report in the journal ...": a present form after a plural subject)
            return self._token.match(raw, at, end, KEEP_GIL) if self.plural_subject_before(raw, at, start) else None
        if word in self._finding_cues:
            # ("The poll found that voters were tired": a study's finding; not "police found a body")
            token = self._token.match(raw, at, end, KEEP_GIL)
            return self.finding_cue(raw, token, start) if token is not None else None
        if self.token_before(raw, at, start).casefold() in self._be_words:
            return self._token.match(raw, at, end, KEEP_GIL)  # "is telling voters that ...": a progressive form
        return None

    def inverted_participles(self) -> tuple[frozenset[str], regex.Pattern[str] | None]:
        """The participles of the compound cues of :attr:`SPEECH_VERBS` whose auxiliary is one of
        :attr:`COMPOUND_CUE_AUXILIARIES` and that are no cue alone (French ``déclaré``, ``affirmé``;
        not ``dit``, a cue of its own), and the pattern of such an auxiliary joined to a subject
        pronoun by one of :attr:`INVERTED_LINKS` (``a-t-il``, ``ont-elles``; none of
        :attr:`IMPERSONAL_PRONOUNS`: ``a-t-on dit``), which :meth:`inverted_auxiliary_before`
        reads before one: the participle is then a cue (``Le budget, a-t-il déclaré, était trop
        faible``).  Empty and ``None`` in a language without them (English).

        .. versionadded:: 0.2"""
        auxiliaries = frozenset(self.COMPOUND_CUE_AUXILIARIES)
        pronouns = [p for p in self.PRONOUNS if p not in self.IMPERSONAL_PRONOUNS]
        if not auxiliaries or not self.INVERTED_LINKS or not pronouns:
            return frozenset(), None
        pairs = [v.split(" ", 1) for v in self.SPEECH_VERBS if " " in v]
        participles = frozenset(rest for aux, rest in pairs if aux in auxiliaries and " " not in rest) - self._cue_starts
        pattern = regex.compile(
            rf"(?i:{any_of(auxiliaries)})(?:{any_of(self.INVERTED_LINKS)})(?i:{any_of(pronouns)})"
        )
        return participles, pattern

    def inverted_finite_tokens(self) -> frozenset[str]:
        """The tokens of a finite cue of :attr:`SPEECH_VERBS` (one word, no phrase of
        :attr:`ACCORDING_TO`) joined to an inverted subject pronoun by one of :attr:`INVERTED_LINKS`
        (French ``affirme-t-elle``, ``dit-il``, ``estiment-ils``; none of
        :attr:`IMPERSONAL_PRONOUNS`: ``dit-on``), each a cue whole after a comma (:meth:`set_off_at`), in a language with
        :attr:`COMPOUND_CUE_AUXILIARIES`; empty otherwise (English).

        .. versionadded:: 0.2"""
        pronouns = [p for p in self.PRONOUNS if p not in self.IMPERSONAL_PRONOUNS]
        if not self.COMPOUND_CUE_AUXILIARIES or not self.INVERTED_LINKS or not pronouns:
            return frozenset()
        finite = [v for v in self.SPEECH_VERBS if " " not in v and v not in self.ACCORDING_TO]
        return frozenset(f"{verb}{link}{pronoun}" for verb in finite for link in self.INVERTED_LINKS for pronoun in pronouns)

    def inverted_auxiliary_before(self, raw: str, at: int, start: int) -> bool:
        """Whether the token before *at*, maybe past one of :attr:`ADVERBS`, is an auxiliary joined to
        its inverted pronoun (:meth:`inverted_participles`: ``a-t-il déclaré``, ``a-t-elle ensuite
        affirmé``), a blank between, and set off by a comma before it (:meth:`set_off_at`).

        .. versionadded:: 0.2"""
        pattern = self._inverted_auxiliary
        if pattern is None:
            return False
        before = self.token_before(raw, at, start)
        if before.casefold() in self._adverbs:
            at = raw.rfind(before, start, at)
            before = self.token_before(raw, at, start) if at > start else ""
        if not before or pattern.fullmatch(before) is None:
            return False
        return self.set_off_at(raw, raw.rfind(before, start, at), start)

    def set_off_at(self, raw: str, at: int, start: int) -> bool:
        """Whether a comma stands before *at* (blanks between), no earlier than *start*: an
        inverted attribution set off from the words it gives (``Le budget, a-t-il déclaré, ...``,
        ``..., affirme-t-elle.``), never a question that opens with the verb (``A-t-il déclaré que
        ... ?``).  One of :attr:`PREVERBAL_OBJECT_PRONOUNS` may stand between, the one told
        (:meth:`object_pronoun_at`: ``..., leur a-t-elle expliqué.``, ``..., m'a-t-il confié.``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 the one told before the verb (lang62)"""
        k = at
        while k > start and raw[k - 1].isspace():
            k -= 1
        if k > start and raw[k - 1] == ",":
            return True
        back = self.word_back(raw, at, start) or self.elided_back(raw, at, start)
        if back is None or self.object_pronoun_at(raw, back[1], start) is None:
            return False
        k = back[1]
        while k > start and raw[k - 1].isspace():
            k -= 1
        return k > start and raw[k - 1] == ","

    def cue_match_at(self, raw: str, pos: int, stop: int | None) -> regex.Match[str] | None:
        """The cue that opens at *pos* (before *stop*): one of :attr:`SPEECH_VERBS`, or a compound
        one with an adverb inside (:meth:`adverb_cue_pattern`: ``« ... », a ensuite assuré la
        ministre``); ``None`` otherwise.

        .. versionadded:: 0.2"""
        cue = self._cue_at.match(raw, pos, stop, KEEP_GIL)
        if cue is None and self._adverb_cue_at is not None:
            cue = self._adverb_cue_at.match(raw, pos, stop, KEEP_GIL)
        return cue

    def adverb_cue_pattern(self) -> regex.Pattern[str] | None:
        """The pattern of a compound cue of :attr:`SPEECH_VERBS` with one adverb of :attr:`ADVERBS`
        or :attr:`ASIDE_ADVERBS` between its auxiliary (a first word of
        :attr:`COMPOUND_CUE_AUXILIARIES`) and its participle (French ``a ensuite déclaré``, ``ont
        aussi affirmé``), in lower case: one alternation of the auxiliaries, one of the adverbs and
        one of the participles, not every combination listed.  ``None`` when there are no auxiliaries
        (English reads its adverbs inside its own cue rules).

        .. versionadded:: 0.2"""
        auxiliaries = frozenset(self.COMPOUND_CUE_AUXILIARIES)
        adverbs = [*self.ADVERBS, *self.ASIDE_ADVERBS]
        if not auxiliaries or not adverbs:
            return None
        pairs = [v.split(" ", 1) for v in self.SPEECH_VERBS if " " in v]
        participles = {rest for aux, rest in pairs if aux in auxiliaries}
        if not participles:
            return None
        return regex.compile(
            rf"(?:{any_of(auxiliaries)})\s++(?:{any_of(adverbs)})\s++(?:{any_of(participles)})(?![\p{{L}}\-])"
        )

    def compound_after_article(self, raw: str, at: int, start: int, end: int) -> bool:
        """Whether the token at *at* in ``raw[start:end]`` opens a noun compound after an article:
        one of :attr:`NOUN_ARTICLES` stands right before it as a word of its own, a blank before
        it (not the ``A`` of ``U.S.A.``), in lower case unless no word stands before it (not the
        surname of ``Tran Van An told reporters``), and a word of lower-case letters follows it after a
        blank that is no stop word, preposition, pronoun, determiner, word of :attr:`THAT_WORDS`
        nor a verb in the past (``a think tank told``, ``the claims adjuster said``; not ``the
        reasons they gave``, ``questions about the attack``, ``the reports "anonymous``).

        .. versionadded:: 0.2
        """
        before = self.token_before(raw, at, start)
        if before.casefold() not in self._noun_articles:
            return False
        head = raw.rfind(before, start, at)
        if head < 0 or raw[head + len(before) : at].strip() or (head > start and not raw[head - 1].isspace()):
            return False  # ("Motor Corp U.S.A. said": the "A" closes an abbreviation)
        if before[:1].isupper() and raw[start:head].rstrip()[-1:].isalnum():
            return False  # ("Tran Van An told reporters": a capital after a word is a name's, no article)
        token = self._token.match(raw, at, end, KEEP_GIL)
        if token is None or raw[token.end() : token.end() + 1] != " ":
            return False
        after = self._token.match(raw, token.end() + 1, end, KEEP_GIL)
        if after is None:
            return False
        word = after.group()
        low = word.casefold()
        if not (word.isalpha() and word.islower() and len(word) >= self.MIN_COMPOUND_NOUN):
            return False
        return not (
            low in self._stop or low in self._prepositions or low in self._pronouns or low in self._determiners
            or low in self._that_words or low in self._object_forms or self.is_past_verb(low)
        )

    #: The fewest letters of the noun after a cue's word that :meth:`compound_after_article`
    #: reads as a noun compound (``tank``, ``show``).
    MIN_COMPOUND_NOUN: ClassVar[int] = 3

    def finding_cue(self, raw: str, token: regex.Match[str], start: int) -> regex.Match[str] | None:
        """The cue of a finding whose word of :attr:`FINDING_CUES` is *token* when a noun of
        :attr:`FINDING_SUBJECTS` is its subject (:meth:`finding_subject_before`, no further back than
        *start*): the token, or from the auxiliary of :attr:`COMPOUND_CUE_AUXILIARIES` before it to
        its end (French ``L'étude a montré que``: ``a montré``, the subject before the auxiliary);
        ``None`` for no finding (``La police a montré``).

        .. versionadded:: 0.2 (cue60)
        """
        if not self.finding_subject_before(raw, token.start(), start) and not self.finding_people_before(raw, token, start):
            return None
        particle = self.finding_particle(raw, token)
        if particle is not None:
            # (German "Die Forscher fanden heraus, dass": the verb and its particle the cue, the clause after it)
            return self._compound_finding.fullmatch(raw, token.start(), particle.end(), KEEP_GIL) or token
        back = self.word_back(raw, token.start(), start)
        if back is not None and back[0].casefold() in self._adverbs and back[0].islower():
            back = self.word_back(raw, back[1], start)  # (an adverb after the auxiliary: "a aussi montré")
        if back is None or back[0] not in self._finding_auxiliaries:
            return token
        return self._compound_finding.fullmatch(raw, back[1], token.end(), KEEP_GIL) or token

    def finding_people_before(self, raw: str, token: regex.Match[str], start: int) -> bool:
        """Whether the finding *token* (one of :attr:`FINDING_CUES`) follows a noun of
        :attr:`FINDING_PEOPLE` with only blanks between, no further back than *start*, and one of
        :attr:`THAT_WORDS` follows it (``Researchers found that the drug works``; not
        ``Scientists found the remains of a ship``).

        .. versionadded:: 0.2 (cue60)
        """
        back = self.word_back(raw, token.start(), start)
        if back is not None and back[0].casefold() in self._adverbs and back[0].islower():
            back = self.word_back(raw, back[1], start)  # (an adverb after the auxiliary: "ont aussi découvert")
        if back is not None and back[0] in self._finding_auxiliaries:
            back = self.word_back(raw, back[1], start)  # (French "Les chercheurs ont découvert que")
        if back is None or back[0].casefold() not in self._finding_people:
            return False
        stop = min(len(raw), token.end() + self.NAMED_WINDOW)
        particle = self.finding_particle(raw, token)
        if particle is not None:
            # (German "Die Forscher fanden heraus, dass ...": the particle, then a comma before the clause)
            comma = _COMMA_GAP.match(raw, particle.end(), stop, KEEP_GIL)
            after = self._token.match(raw, comma.end(), stop, KEEP_GIL) if comma is not None else None
            return after is not None and after.group().casefold() in self._that_words
        after = self._token.search(raw, token.end(), stop, KEEP_GIL)
        if after is None or raw[token.end() : after.start()].strip() or after.group().casefold() not in self._that_words:
            return False
        return not self.demonstrative_finding(raw, after.end())  # ("Researchers found that approach too slow")

    def finding_particle(self, raw: str, token: regex.Match[str]) -> regex.Match[str] | None:
        """The particle of :attr:`FINDING_PARTICLES` right after the finding *token*, one blank
        between (German ``fanden heraus``), or ``None``.

        .. versionadded:: 0.2 (fixQ61b)
        """
        if not self._finding_particles or raw[token.end() : token.end() + 1] != " ":
            return None
        after = self._token.match(raw, token.end() + 1, min(len(raw), token.end() + self.NAMED_WINDOW), KEEP_GIL)
        return after if after is not None and after.group() in self._finding_particles else None

    #: The most words after a finding's ``that`` that :meth:`demonstrative_finding` reads up to the
    #: sentence's end (a longer sentence is read as a clause).
    #:
    #: .. versionadded:: 0.2 (fixQ60d)
    MAX_FINDING_OBJECT_WORDS: ClassVar[int] = 8

    def demonstrative_finding(self, raw: str, pos: int) -> bool:
        """For :meth:`finding_people_before`: whether the ``that`` ending at *pos* is a
        demonstrative before the finding's object, no clause's conjunction: a word in lower case
        right after it (no determiner nor pronoun), then no finite verb up to the sentence's end,
        at most :attr:`MAX_FINDING_OBJECT_WORDS` words (``Researchers found that approach too slow
        for hospitals``, ``found that method too costly``: what they judged, no one's words; not
        ``found that drug cut deaths by a third``, ``found that, in mice, ...``).  A finite verb
        is one of :attr:`CLAUSE_AUXILIARIES` (none of :attr:`NONFINITE_AUXILIARIES`) or
        :attr:`CLAUSE_VERBS`, a past (:meth:`is_past_verb`) or a present's ending
        (:attr:`PRESENT_SUFFIX`), after no determiner nor preposition
        (``for hospitals``: a noun; ``to use``: an infinitive).

        .. versionadded:: 0.2 (fixQ60d)"""
        words = list(islice(self._word.finditer(raw, pos, min(len(raw), pos + self.PHRASE_WINDOW), False, KEEP_GIL),
                            self.MAX_FINDING_OBJECT_WORDS + 1))
        if not words or raw[pos : words[0].start()] != " ":
            return False  # ("found that, in mice, ...": an aside, then the clause)
        bare = [w.group().rstrip(self.SENTENCE_END + ",;:") for w in words]
        if not (bare[0].isalpha() and bare[0].islower()) or bare[0] in self._determiners or bare[0] in self._pronouns:
            return False
        suffix, vocabulary = self.PRESENT_SUFFIX, self.vocabulary
        for k, word in enumerate(words):
            low, previous = bare[k], bare[k - 1].casefold() if k else ""
            # (no verb right after a determiner or a preposition: "for hospitals", "to use in clinics")
            nominal = previous in self._determiners or previous in self._prepositions or vocabulary.is_preposition(previous)
            if k and low.islower() and not nominal and low not in self.NONFINITE_AUXILIARIES:
                if low in self._clause_auxiliaries or low in self._clause_verbs or self.is_past_verb(low):
                    return False
                if suffix and low.endswith(suffix) and not low.endswith(self.NOT_PRESENT_ENDINGS):
                    return False  # ("that drug works")
            after = raw[word.end() : word.end() + 1]
            if word.group()[-1:] in self.SENTENCE_END or not after or after == "\n":
                return True  # (the sentence ended with no verb)
        return False  # (longer than an object's words: a clause, as read before)

    def finding_subject_before(
        self, raw: str, at: int, start: int, *, adverb: bool = True, auxiliary: bool = True
    ) -> bool:
        """Whether the word at *at* (one of :attr:`FINDING_CUES`) follows a noun of
        :attr:`FINDING_SUBJECTS`, with only blanks between (and one adverb of :attr:`ADVERBS` in
        lower case when *adverb*, one auxiliary of :attr:`COMPOUND_CUE_AUXILIARIES` in lower case
        when *auxiliary*: French ``L'étude a montré``), no further back than *start* (``The poll
        found``, ``the survey also found``; not ``police found``, nor ``the report's authors found``).

        .. versionadded:: 0.2 (cue58)
        .. versionchanged:: 0.2 (cue60) an auxiliary of a compound past before the participle
        """
        back = self.word_back(raw, at, start)
        if back is None:
            return False
        previous, opening = back
        low = previous.casefold()
        if adverb and low in self._adverbs and previous.islower():
            return self.finding_subject_before(raw, opening, start, adverb=False, auxiliary=auxiliary)
        if auxiliary and previous in self._finding_auxiliaries:
            # ("L'étude a montré", "a aussi montré": the auxiliary, maybe an adverb after it)
            return self.finding_subject_before(raw, opening, start, adverb=False, auxiliary=False)
        return low in self._finding_subjects and not self.finding_in_phrase(raw, opening, start)

    def finding_in_phrase(self, raw: str, noun: int, start: int) -> bool:
        """Whether the noun of :attr:`FINDING_SUBJECTS` at *noun* is the object of one of
        :attr:`FINDING_PHRASE_PREPOSITIONS` inside a longer subject, not its head (``The team
        behind the survey found``, ``Researchers behind the study found``, ``Participants in the
        new poll found``): the preposition right before the noun, or before a determiner, a
        possessive or an owner's possessive that opens the noun's phrase, with at most
        :attr:`MAX_ROLE_MODIFIER_WORDS` words in lower case between; read back over blanks only,
        no further than *start* (``In 2020 the study found``, ``Voters, the poll found``: the
        noun's own phrase opens the subject).

        .. versionadded:: 0.2 (fixR58)
        """
        pos = noun
        for _ in range(self.MAX_ROLE_MODIFIER_WORDS + 1):
            back = self.word_back(raw, pos, start)
            if back is None:
                return False
            word, pos = back
            low = word.casefold()
            owner = low == "s" and pos - 1 > start and raw[pos - 1] in "'’"
            if owner:  # ("behind Gallup's latest poll": the owner's word before its apostrophe)
                back = self.word_back(raw, pos - 1, start, blanks=False)
                if back is None:
                    return False
                pos = back[1]
            elif low in self._finding_prepositions and word.islower():
                return True  # ("Researchers behind new surveys found")
            if owner or low in self._determiners or low in self._possessive_determiners:
                back = self.word_back(raw, pos, start)
                return back is not None and back[0].casefold() in self._finding_prepositions and back[0].islower()
            if not word.islower():
                return False
        return False

    def word_back(self, raw: str, pos: int, start: int, *, blanks: bool = True) -> tuple[str, int] | None:
        """For :meth:`finding_in_phrase`, :meth:`finding_subject_before` and
        :meth:`plural_subject_before`: the token that ends before *pos* with only blanks (none
        when not *blanks*) between, and where it starts, no further back than *start*; ``None``
        when a mark or *start* comes first.

        .. versionadded:: 0.2 (fixR58)
        """
        before = pos
        while blanks and before > start and raw[before - 1] in " \t":
            before -= 1
        if (blanks and before == pos) or before <= start or not self.is_token_char(raw, before - 1):
            return None
        word = self.token_before(raw, pos, start)
        return word, before - len(word)

    def elided_back(self, raw: str, pos: int, start: int) -> tuple[str, int] | None:
        """The token elided onto the word at *pos*, its apostrophe right before *pos* (French
        ``m'a confié``: ``m``), and where it starts, as :meth:`word_back` gives a word; ``None``
        when no apostrophe stands there.

        .. versionadded:: 0.2 (lang62)
        """
        if pos <= start + 1 or raw[pos - 1] not in APOSTROPHE_MARKS:
            return None
        return self.word_back(raw, pos - 1, start, blanks=False)

    def plural_subject_before(self, raw: str, at: int, start: int) -> bool:
        """Whether the word at *at* (one of :attr:`PLURAL_SUBJECT_CUES`) follows, with only blanks
        between and no further back than *start*, a plural subject: a plural noun for people in
        lower case but maybe its first letter (:meth:`is_people_noun`: ``researchers report``,
        ``Scientists report``) or a plural pronoun (``they
        note``), a capital only at a sentence's start (``the Sanders claim`` is a noun).  A
        possessive's apostrophe or any other mark between makes the word a noun (``the
        researchers' report``); a relative pronoun or an auxiliary before the subject makes it
        no cue of its own (``those who they claim assist them``, ``Nor did they note``).

        .. versionadded:: 0.2
        """
        back = self.word_back(raw, at, start)
        if back is None:
            return False
        previous, opening = back
        prior = self.token_before(raw, opening, start).casefold()
        if prior in self._relatives or prior in self._clause_auxiliaries:
            return False  # ("those who they claim assist them", "Nor did they note ...": no cue of its own)
        low = previous.casefold()
        if low in self._plurals:
            return True
        suffix = self.PRESENT_SUFFIX
        if not suffix or not low.endswith(suffix) or not previous[1:].islower():
            return False
        if previous[:1].isupper():
            # (a capital opens a sentence's first word, "Scientists report"; not a name's: "the Sanders claim")
            ahead = opening
            while ahead > 0 and raw[ahead - 1].isspace():
                ahead -= 1
            if ahead > 0 and raw[ahead - 1] not in self.SENTENCE_END and raw[ahead - 1] not in self._marks:
                return False
        # (a plural: its singular a noun for people, "critics", "researchers"; not "witness")
        return self.is_people_noun(low[: -len(suffix)], True)

    def phrasal_sense(self, raw: str, cue: regex.Match[str], end: int) -> bool:
        """Whether *cue* is followed, before *end*, by a particle that makes it a verb of another
        sense, one of :attr:`NOT_SPEECH_PHRASALS` (``shrugged off the criticism``, ``laughed off
        the question``, ``wrote off the debt``): no cue there.

        .. versionadded:: 0.2
        """
        particle = self._token.match(raw, cue.end() + 1, end, KEEP_GIL) if raw[cue.end() : cue.end() + 1] == " " else None
        if particle is None or (cue.group(), particle.group().casefold()) not in self._not_speech_phrasals:
            return False
        return not self.attributes_quotation_before(raw, cue.start())  # (but '"Get back," she shouted down the stairs.')

    #: The most words of a subject between a quotation and a cue after it that attributes it
    #: (``"Get back," the deputy mayor shouted down the stairs.``): :meth:`attributes_quotation_before`.
    MAX_POSTPOSED_SUBJECT_WORDS: ClassVar[int] = 5

    def attributes_quotation_before(self, raw: str, pos: int) -> bool:
        """Whether a cue at *pos* of *raw* follows a quotation closed by a comma, a question or an
        exclamation mark inside its marks, with at most :attr:`MAX_POSTPOSED_SUBJECT_WORDS` words and
        no punctuation between (``"Get back," Ana Ortiz shouted down the stairs.``): the cue gives
        that quotation as said, whatever particle follows it (:meth:`phrasal_sense`).

        .. versionadded:: 0.2
        """
        words = raw[max(0, pos - self.PHRASE_WINDOW) : pos].split()  # (a bounded read)
        for word in reversed(words[-(self.MAX_POSTPOSED_SUBJECT_WORDS + 1) :]):
            bare = word.rstrip(self._closing_text)
            if bare != word:
                return bare[-1:] in (",", "?", "!", "…")  # ('back,"': the quotation's close)
            if word[-1:] in ",;:.?!":
                return False  # ('said, and shouted down': another clause)
        return False

    def cue_scan(self, raw: str) -> CueScan:
        """The places in *raw* (a paragraph) where :meth:`cues` may find a cue, read once: its
        tokens listed at once (a paragraph longer than :attr:`SCAN_PIECE`, piece by piece) and looked
        up in one set, then each such word present found as a whole token (:meth:`whole_tokens`;
        see :meth:`cues_in`)."""
        present: set[str] | frozenset[str]
        if len(raw) <= self.SCAN_PIECE:
            present = self._cue_candidates.intersection(self.tokens(raw))
        else:  # a long paragraph, piece by piece, each cut after a character in no token
            present, start = set(), 0
            while start < len(raw):
                cut = self._not_token_char.search(raw, start + self.SCAN_PIECE)
                end = cut.end() if cut is not None else len(raw)
                present |= self._cue_candidates.intersection(self.tokens(raw[start:end]))
                start = end
        found = self.whole_tokens(raw, present, 0, len(raw))
        if not found:
            return CueScan(raw, (), ())
        if len(found) < self.SCAN_ARRAY_FROM:
            starts, words = zip(*found, strict=True)  # (the places and the words: two tuples, no step per pair in Python)
            return CueScan(raw, starts, words)
        # (many: the places in an integer array, the pairs let go before the scan is kept)
        places = array(offset_typecode(len(raw)), [at for at, _ in found])
        words = tuple([word for _, word in found])
        del found
        return CueScan(raw, places, words)

    def tokens(self, raw: str) -> list[str]:
        """The tokens of *raw* (runs of letters and hyphens), in order; an ASCII text's read by a
        pattern of ASCII letters (the same tokens, found faster).  The paragraph being parsed
        (:meth:`reading`) is listed once, however often it is asked (``might_hold_quotes``, then
        :meth:`cue_scan`): the same list each time, to read, not to change."""
        words = self.words_read(raw)
        if words is not None:
            if words.tokens is None:
                words.tokens = self.split_tokens(raw)
            return words.tokens
        return self.split_tokens(raw)

    def split_tokens(self, raw: str) -> list[str]:
        """The tokens of *raw*, in order (:meth:`tokens` reads each text by it): every ASCII
        character that is in no token made a blank by one ``bytes.translate`` (its UTF-8 bytes,
        those of other characters kept), then a split at blanks, which gives an ASCII text's tokens
        as they are; only a piece that holds another character (``“Ortiz``, ``déclaré``) is read by
        the token pattern.  A split at a blank never cuts a token: no blank is a letter or a mark.
        The common marks outside ASCII that are in no token (``’ “ ” —``, :data:`_TOKEN_BREAKS`) are
        made blanks first, so that a text with no other such character is split as ASCII.

        .. versionadded:: 0.2
        """
        if not raw.isascii():
            for mark in _TOKEN_BREAKS:
                if mark in raw:
                    raw = raw.replace(mark, " ")
        # ("surrogatepass": a lone surrogate goes through whole, for the pattern to read, as it did)
        pieces = raw.encode("utf-8", "surrogatepass").translate(_TOKEN_BYTES).decode("utf-8", "surrogatepass").split()
        if raw.isascii():
            return pieces
        found: list[str] = []
        for piece in pieces:
            if piece.isascii():
                found.append(piece)
            else:
                found += self._token.findall(piece, None, None, False, KEEP_GIL)
        return found

    def reading(self, raw: str) -> AbstractContextManager[object]:
        """For the time of a ``with`` block, *raw* is the paragraph being parsed: its tokens
        (:meth:`tokens`) and whether it holds a question verb (``ReportedSpeech.asks_question``) are read at
        most once, when first asked, and dropped when the block ends (``QuoteParser.parse_paragraph``
        reads each paragraph in one such block).

        A block for the text already being read keeps what was read of it.

        .. versionadded:: 0.2
        """
        words = self.words_read(raw)
        return _Setting(_PARAGRAPH_WORDS, self, words if words is not None else ParagraphWords(raw))

    def words_read(self, raw: str) -> ParagraphWords | None:
        """What has been read of *raw* when it is the paragraph this parser is parsing
        (:meth:`reading`), else ``None``: another parser's reading of the same text is its own.

        .. versionadded:: 0.2
        """
        held = _PARAGRAPH_WORDS.get()
        return held[1] if held is not None and held[0] is self and held[1].text is raw else None

    def cues_in(self, scan: CueScan, start: int, end: int) -> Iterator[regex.Match[str]]:
        """:meth:`cues` of ``scan.text[start:end]`` with *scan* as the paragraph's scan
        (:meth:`scanning`), so the window's tokens are not listed again.  Always through
        :meth:`cues`, so a subclass that overrides it gives every pass its cues."""
        held = _PARAGRAPH_SCAN.get()
        if held is not None and held[0] is self and held[1] is scan:
            return self.cues(scan.text, start, end)
        with self.scanning(scan):
            return iter(list(self.cues(scan.text, start, end)))

    def scanned_cues(self, scan: CueScan, start: int, end: int) -> Iterator[regex.Match[str]]:
        """The cues of ``scan.text[start:end]`` at the candidate words *scan* lists there, for a
        window that cuts no token (see :meth:`cuts_token`)."""
        raw, starts, words = scan.text, scan.starts, scan.words
        for i in range(bisect_left(starts, start), bisect_left(starts, end)):
            cue = self.cue_from(raw, starts[i], words[i], start, end)
            if cue is not None:
                yield cue

    def cuts_token(self, raw: str, start: int, end: int) -> bool:
        """Whether the window ``raw[start:end]`` cuts a token in two at either end (its tokens are
        then not all the text's)."""
        size = len(raw)
        return (0 < start < size and self.is_token_char(raw, start - 1) and self.is_token_char(raw, start)) or (
            0 < end < size and self.is_token_char(raw, end - 1) and self.is_token_char(raw, end)
        )

    def scanning(self, scan: CueScan) -> AbstractContextManager[CueScan]:
        """For the time of a ``with`` block, *scan* is the paragraph's: :meth:`cues` of a window
        of ``scan.text`` (the same string object) reads it instead of the window's tokens, and
        :meth:`paragraph_scan` gives it back (``QuoteParser.parse_paragraph`` scans each
        paragraph once this way)."""
        return _Setting(_PARAGRAPH_SCAN, self, scan)

    def knowing(self, index: PersonIndex) -> AbstractContextManager[PersonIndex]:
        """For the time of a ``with`` block, *index* is the article's person index that
        :meth:`names_person` asks (``QuoteParser.parse_paragraph`` sets it for each paragraph).

        .. versionadded:: 0.2
        """
        return _Setting(_ARTICLE_INDEX, self, index)

    def names_person(self, word: str) -> bool:
        """Whether the article being parsed names a person by the capitalised *word* alone: the
        index :meth:`knowing` set holds a fuller name that ends in it (``Skip Bayless`` for
        ``Bayless``); ``False`` outside such a block.

        .. versionadded:: 0.2
        """
        held = _ARTICLE_INDEX.get()
        return held is not None and held[0] is self and held[1].full_name((word,)) != word

    def names_person_again(self, name: str) -> bool:
        """Whether the article being parsed names a person *name*, as written, at two places or
        more: the index :meth:`knowing` set holds that many mentions of it
        (:meth:`~newsparse.people.PersonIndex.mentions_of`); ``False`` outside such a block.

        .. versionadded:: 0.2
        """
        held = _ARTICLE_INDEX.get()
        return held is not None and held[0] is self and held[1].mentions_of(name) > 1

    def paragraph_scan(self, raw: str) -> CueScan:
        """The :class:`CueScan` of *raw*: the one :meth:`scanning` set for it, else a new one
        (:meth:`cue_scan`)."""
        held = _PARAGRAPH_SCAN.get()
        return held[1] if held is not None and held[0] is self and held[1].text is raw else self.cue_scan(raw)

    def cues_by_token(self, raw: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        """:meth:`cues` read token by token: a set lookup on each, the cue pattern where a cue may
        start, a progressive form after a form of *be* (``is telling voters that ...``)."""
        previous = ""
        starts, progressive = self._cue_starts, self._progressive
        for token in self._token.finditer(raw, start, end):
            word = token.group()
            if word in self._elided_cues or word in starts:
                cue = self.cue_from(raw, token.start(), word, start, end)
                if cue is not None:
                    yield cue
            elif word in progressive and previous.casefold() in self._be_words:
                yield token
            elif word in self._plural_subject_cues and self.plural_subject_before(raw, token.start(), start):
                yield token  # ("the researchers report in the journal ...")
            elif word in self._finding_cues and (finding := self.finding_cue(raw, token, start)) is not None:
                yield finding  # ("The poll found that ...", "L'étude a montré que ...")
            previous = word

    def is_token_char(self, raw: str, pos: int) -> bool:
        """Whether ``raw[pos]`` belongs to a token (a letter or a hyphen)."""
        if 0 <= pos < len(raw):
            char = raw[pos]
            if char < "\x80":  # (an ASCII letter is A-Z or a-z: one set lookup, no pattern run)
                return char in _ASCII_TOKEN_CHARS
        return self._token_char.match(raw, pos, None, KEEP_GIL) is not None

    def token_before(self, raw: str, pos: int, floor: int) -> str:
        """The token before the one at *pos*, read no further back than *floor* (cut there), or
        ``""``.  A subclass that overrides :meth:`is_token_char` is read by it, a character at a
        time, as before the one search by pattern."""
        if pos <= floor:
            return ""
        if floor >= 0 and self._own_token_chars:
            # (read back from pos: past the characters in no token, then the token's own, not below floor)
            token = _TOKEN_BACK.search(raw, floor, pos, KEEP_GIL)
            return token.group() if token is not None else ""
        end = pos  # (a floor below the text's start: character by character, as always)
        while end > floor and not self.is_token_char(raw, end - 1):
            end -= 1
        begin = end
        while begin > floor and self.is_token_char(raw, begin - 1):
            begin -= 1
        return raw[begin:end]

    def dash_aside_before(self, raw: str, start: int, end: int) -> int | None:
        """Where an aside set off by dashes (one of :attr:`ATTRIBUTION_DASHES` or ``--``, or two
        hyphens each set off by blanks) that ends ``raw[start:end]`` but for blanks opens (``The
        justice -- who has clashed with the nominee --``, ``Gingrich — named as a favourite —``,
        ``Ana Ortiz - who has fought the plan - said``): the offset of its first dash, with a word
        before it; ``None`` when no dash ends the text or none opens the aside after *start*."""
        last = end
        while last > start and raw[last - 1].isspace():
            last -= 1
        dashes = self.ATTRIBUTION_DASHES + "-"
        if last == start or raw[last - 1] not in dashes:
            return None
        close = last - 1
        while close > start and raw[close - 1] in dashes:
            close -= 1  # ("--": two hyphens)
        if not raw[close - 1 : close].isspace():
            return None  # (a dash glued to a word: no aside)
        # (a hyphen alone set off by blanks is a dash too, in a pair: "Ana Ortiz - who ... - said")
        marks = (" - ",) if raw[close:last] == "-" else (*self.ATTRIBUTION_DASHES, "--")
        for mark in marks:
            opening = raw.rfind(mark, start, close - 1)
            opening += 1 if mark.startswith(" ") and opening >= 0 else 0
            if opening > start and raw[opening - 1].isspace() and raw[start:opening].strip():
                return opening
        return None

    def tag_before(self, raw: str, start: int, end: int) -> regex.Match[str] | None:
        """A tag (``(D-Ariz.)``, ``, 81,``) that ends ``raw[start:end]`` but for blanks; the
        pattern runs only when a ``)`` or ``,`` ends it (every tag does)."""
        last = end
        while last > start and raw[last - 1].isspace():
            last -= 1
        if last == start or raw[last - 1] not in "),":
            return None
        return _TAG_BEFORE.search(raw, start, end, KEEP_GIL)

    def before_set_off_tag(self, raw: str, floor: int, end: int) -> int:
        """Where the antecedent of a relative pronoun at *end* ends: before a tag set off by commas
        that ends ``raw[floor:end]`` (a party and state, ``Sen. Ana Ortiz, R-Maine, who said``,
        ``Rep. Tom Berg, D-Calif., who``; an age, ``Ana Ortiz, 81, who``: :meth:`tag_before`),
        which is never the speaker; else *end*.

        .. versionadded:: 0.2 (mendQT68)"""
        tag = self.tag_before(raw, floor, end)
        if tag is None or tag.start() <= floor or not tag.group().lstrip().startswith(","):
            return end  # (a tag in brackets stays: "the Union (ACLU), which said")
        return tag.start()

    def aged_list_start(self, raw: str, found: tuple[int, int], floor: int, hops: int) -> int | None:
        """Where the name starts that, with its age after it, is joined by one of
        :attr:`AGED_LIST_JOINS` to the name at *found* (itself before an age: ``Ana Moyo (47) and
        Tom Berg (52) said``, ``Ana Moyo, 47, and Tom Berg, 52, said``): a bracketed age or one set
        off by commas, at most :attr:`MAX_AGE_DIGITS` digits, and both items people's names
        (:meth:`~newsparse.names.NameModel.is_name`), so both speak; ``None`` otherwise (``the
        market (47) and Tom Berg``: no name before the age).

        .. versionadded:: 0.2 (fixQ66b)"""
        if hops >= self.MAX_PHRASE_HOPS or not self.names.is_name(raw[found[0] : found[1]]):
            return None
        window = max(floor, found[0] - self.PHRASE_WINDOW)
        head = raw[window : found[0]]
        if head == head.rstrip():
            return None
        parts = head.rstrip().rsplit(None, 1)
        if len(parts) != 2 or parts[1].casefold() not in self.AGED_LIST_JOINS:
            return None
        rest = parts[0].rstrip()
        if rest.endswith(")"):
            opening = rest.rfind("(")
            age, cut = rest[opening + 1 : -1], opening
        elif rest.endswith(","):
            cut = rest.rfind(",", 0, len(rest) - 1)
            age = rest[cut + 1 : -1].strip()
        else:
            return None
        if cut <= 0 or not age.isdigit() or len(age) > self.MAX_AGE_DIGITS:
            return None
        left = self.phrase_before(raw, window + cut, floor, hops=hops + 1)
        if left is None or raw[left[1] : window + cut].strip() or not self.names.is_name(raw[left[0] : left[1]]):
            return None
        return left[0]

    def after_copula(self, raw: str, start: int, floor: int) -> bool:
        """Whether the word right before *start* (not before *floor*) is a copula
        (:meth:`is_copula`): a phrase there completes it (``The victims were Ana Moyo, 47, and
        Tom Berg, 52, said a police spokesman``), no subject of the cue after it.

        .. versionadded:: 0.2 (fixQ67)"""
        before = raw[max(floor, start - self.PHRASE_WINDOW) : start].split()
        return bool(before) and self.is_copula(before[-1].casefold())

    def is_copula(self, word: str) -> bool:
        """Whether *word*, in lower case, is a copula (``were``: :meth:`after_copula`); none
        here, the reported-speech rules name theirs
        (:attr:`~newsparse.quotes.reported.ReportedSpeech.COPULA_WORDS`).

        .. versionadded:: 0.2 (fixQ67)"""
        return False

    def is_passive(self, raw: str, cue: regex.Match[str]) -> bool:
        """Whether *cue* is the passive of a verb that takes the person spoken to (``have been
        told to leave``, ``was asked whether``, also with adverbs between: ``was then asked
        about``, ``were repeatedly told``): its subject is then no speaker."""
        return self.passive_at(raw, cue.group(), cue.start())

    def passive_at(self, raw: str, word: str, start: int) -> bool:
        """:meth:`is_passive` for the cue *word* at *start* in *raw*."""
        if word not in self._object_cues and word not in self._promise_cues:
            return False
        if self.GERUND_SUFFIX and word.endswith(self.GERUND_SUFFIX):
            return False  # "is telling voters": a progressive, its subject speaks
        if self.elided_passive(raw, word, start):
            return True  # ('"...", court told': a headline's passive, the court the one told)
        return self.auxiliary_ends(raw[max(0, start - self.NAMED_WINDOW) : start].split())  # (bounded by the window)

    def elided_passive(self, raw: str, word: str, start: int) -> bool:
        """Whether the cue *word* at *start* is one of :attr:`UNINVERTED_VERBS` in a form that is
        no present (:attr:`PRESENT_SUFFIX`) nor participle in :attr:`GERUND_SUFFIX` (``told``),
        with nothing after it but the end of its sentence or paragraph, and a word before it that is
        no pronoun nor auxiliary, a bare noun in lower case or an acronym (``MPs``) with no
        determiner before it (``Driver lied about crash, court told``, ``Teacher kicked pupil,
        tribunal told``; not ``The mayor told`` nor a name, ``Ann Jones told``): a
        headline's passive without its auxiliary, whose subject is the one told, never
        the speaker (``..., she told.`` is hers).

        .. versionadded:: 0.2"""
        if word not in self._uninverted or (self.GERUND_SUFFIX and word.endswith(self.GERUND_SUFFIX)):
            return False
        if self.PRESENT_SUFFIX and word.endswith(self.PRESENT_SUFFIX):
            return False
        end = start + len(word)
        while end < len(raw) and raw[end].isspace() and end - start < self.NAMED_WINDOW:
            end += 1  # (a wire's line wrap is no end: "a bank official told\n    Reuters.")
        if end < len(raw) and raw[end] not in self.SENTENCE_END:
            return False
        before = raw[max(0, start - self.NAMED_WINDOW) : start].split()
        # (an auxiliary before it is the passive written out: "the court was told", read as such)
        if len(before) > 1 and before[-2].casefold() in self._determiners:
            return False  # ("The mayor told": a subject with its article, no headline's bare noun)
        told = before[-1].rstrip(",") if before else ""
        if not (told[:1].islower() or (told.removesuffix("s").isupper() and len(told) > 1)):
            return False  # ('"...," Mayor Ann Jones told.': a name, who speaks; the one told is a noun, "court", "MPs")
        return before[-1].casefold() not in self._pronouns and not self.auxiliary_ends(before)
    def auxiliary_ends(self, words: Sequence[str]) -> bool:
        """Whether *words* end in one of :attr:`PASSIVE_AUXILIARIES`, maybe with adverbs after it
        (``was``, ``were repeatedly``, ``is widely``): the words before a cue that make it a passive."""
        for word in reversed(words):
            low = word.casefold()
            if low in self._passive:
                return True
            if not (low in self._adverbs or self.is_adverb(low)):
                return False
        return False

    def coordinated_before(
        self, raw: str, words: Sequence[regex.Match[str]], span: tuple[int, int], floor: int, hops: int
    ) -> tuple[int, int] | None:
        """Two speakers joined by one of :attr:`COORDINATORS` in an absolute phrase when *span* (of
        the phrase before a cue, among *words*) opens with a determiner: ``with the mayor and her
        aides calling it``.  The phrase before the coordinator must name a speaker on its own (a
        name, a role or a group: ``with the plan and her aides`` stays ``her aides``), be no
        pronoun and follow one of :attr:`ABSOLUTE_WORDS` or open the sentence (``The mayor met the
        governor and his aides said``: the governor is an object; at the sentence's start, ``The
        mayor and the harbour master said``, both speak: :meth:`phrase_opens_sentence`); ``None``
        otherwise.

        .. versionadded:: 0.2
        """
        k = len(words) - 1
        while k >= 0 and words[k].start() > span[0]:
            k -= 1
        if k < 2 or words[k].start() != span[0] or words[k].group().casefold() not in self._determiners:
            return None
        join, last = words[k - 1], words[k - 2]
        if join.group() not in self._coordinators or raw[last.end() : join.start()].strip() or raw[join.end() : span[0]].strip():
            return None
        left = self.phrase_before(raw, last.end(), floor, hops=hops + 1)
        if left is None or left[1] != last.end() or not self.is_speaker_phrase(raw[left[0] : left[1]]):
            return None
        if raw[left[0] : left[1]].casefold() in self._pronouns:
            return None  # ("She and her aides have vowed": the phrase after the pronoun, as before)
        absolute = self.token_before(raw, left[0], floor).casefold() in self.ABSOLUTE_WORDS
        if not absolute and not self.phrase_opens_sentence(raw, left[0], floor) and not self.closing_pair_at(raw, left, floor):
            return None  # ("The mayor met the governor and his aides said": an object, not a speaker)
        return left[0], span[1]

    def listed_people_start(self, raw: str, whole: tuple[int, int], found: tuple[int, int], floor: int) -> int | None:
        """Where the list starts whose last two items, joined by a coordinator before an
        appositive, are *whole* (*found* the last), when the item before the coordinator is a
        surname (:meth:`bare_surname`) or a name and capitalised words set off by commas before
        it, at most :attr:`MAX_LISTED_NAMES` items after *floor*, each end in a surname (a title
        may open one: ``Senators Ortiz, Berg and Hall, all Democrats, said``): the whole list
        speaks, never its last item alone; a preposition, a determiner or a conjunction in capitals
        before the first item is no part of it (``Like Ortiz, Berg and Hall, both Democrats,``: the
        list from ``Ortiz``, whose first item the caller drops, :meth:`after_comparison`).  When the last item is a full name, every
        item is (``Ana Ruiz, Tom Berg and Lee Chan``): a word alone beside it may be a place the
        vocabulary does not know.  ``None`` otherwise (a place, a day or a month ends an item:
        ``London, Paris and Lee Chan, who runs the shop,``; ``Leeds, York and Lee Chan, ...``).

        .. versionadded:: 0.2 (fixQ60)"""
        left = raw[whole[0] : found[0]].split()[:-1]
        item = " ".join(left)
        if not left or not (self.bare_surname(item) or (len(left) > 1 and self.names.is_name(item))):
            return None
        # (a full name last keeps full names before it: one word beside it may be a place, "Leeds, York and
        # Lee Chan, who runs the shop,", whose last item alone speaks, as before)
        least = 2 if len(raw[found[0] : found[1]].split()) > 1 else 1
        if len(left) < least:
            return None
        start, items = whole[0], 0
        while items < self.MAX_LISTED_NAMES:
            before = raw[max(floor, start - self.PHRASE_WINDOW) : start].rstrip()
            if not before.endswith(","):
                break
            words = list(self._word.finditer(before, 0, len(before) - 1))
            run = len(words)
            while run > 0 and len(words) - run < self.MAX_NAME_WORDS and words[run - 1].group()[:1].isupper():
                if words[run - 1].group().casefold() in self._list_openers_not:
                    break  # ("Like Ortiz, ...": a preposition, a determiner or a conjunction opens no name)
                run -= 1
                if run > 0 and before[words[run - 1].end() : words[run].start()] != " ":
                    break
            if len(words) - run < least or not self.bare_surname(words[-1].group()):
                break
            start, items = max(floor, start - self.PHRASE_WINDOW) + words[run].start(), items + 1
        return start if items else None

    #: Prepositions of comparison that open a sentence before the one compared (``Like Ortiz,
    #: Berg and Hall, both Democrats, said``): their object is no speaker
    #: (:meth:`after_comparison`; ``ReportedSpeech.opening_subject`` reads no subject after
    #: one that opens the sentence).  Empty: the rule is off.
    #:
    #: .. versionadded:: 0.2 (fixQ61)
    COMPARISON_WORDS: ClassVar[frozenset[str]] = frozenset({"like", "unlike"})

    def opens_comparison(self, raw: str, span: tuple[int, int], floor: int) -> bool:
        """Whether the phrase at *span* opens with one of :attr:`COMPARISON_WORDS` or follows one
        (read no further back than *floor*).

        .. versionadded:: 0.2 (fixQ61)"""
        first = raw[span[0] : span[1]].split(maxsplit=1)[:1]
        if first and first[0].casefold() in self.COMPARISON_WORDS:
            return True
        return self.token_before(raw, span[0], floor).casefold() in self.COMPARISON_WORDS

    def after_comparison(self, raw: str, span: tuple[int, int]) -> tuple[int, int] | None:
        """For a list before an appositive and a cue (*span*, maybe after) one of
        :attr:`COMPARISON_WORDS` (:meth:`opens_comparison`): the comparison's object runs to
        the first comma, and the one pair joined after it, with no comma, is the subject (``Like
        Ortiz, Berg and Hall, both Democrats, said``: Berg and Hall); ``None`` when more items
        follow (``Like Ortiz, Berg, Lee and Hall, all Democrats,``: who is compared is unclear).

        .. versionadded:: 0.2 (fixQ61)"""
        head, comma, rest = raw[span[0] : span[1]].partition(",")
        if not comma or not rest.strip() or "," in rest:
            return None
        start = span[0] + len(head) + 1
        return start + len(rest) - len(rest.lstrip()), span[1]

    def place_conjunct(self, raw: str, whole: tuple[int, int], found: tuple[int, int]) -> bool:
        """Whether the words of *whole* before *found* and its coordinator name a place or a
        country, or follow a capitalised word set off by a comma, a list's (``London, Paris and Lee
        Chan, who runs the shop,``: never ``Paris and Lee Chan``).

        .. versionadded:: 0.2"""
        left = raw[whole[0] : found[0]].split()[:-1]
        text = " ".join(left)
        if left and (self.vocabulary.is_place(text) or self.vocabulary.country(text) is not None):
            return True
        # (nor a list's last two items, a capitalised word set off before them: "Leeds, York and Lee Chan, who";
        # a month or a day closes the words: "Prices rose in May, Smith and Sons, the unit of Acme, said")
        before = raw[max(0, whole[0] - self.PHRASE_WINDOW) : whole[0]].rstrip()
        if not before.endswith(","):
            return False
        word = before[:-1].split()[-1] if before[:-1].split() else ""
        return word[:1].isupper() and not (self.vocabulary.is_weekday(word.casefold()) or self.is_month_name(word))

    #: The words before the comma read by :meth:`closing_pair_at`: a determiner among them makes
    #: the comma a list's (``by the association, the ministry and the bank``).
    #:
    #: .. versionadded:: 0.2
    MAX_CLOSING_NOUN_WORDS: ClassVar[int] = 3

    def closing_pair_at(self, raw: str, left: tuple[int, int], floor: int) -> bool:
        """For :meth:`coordinated_before`: whether the first of two joined phrases, *left*, follows
        the comma that closes reported words (``The bridge was closed, the mayor and her deputy
        said``: both speak) and opens with a determiner (a role, not a list's last name: ``Tom
        Berg, Ana Ortiz and her deputy`` is read as a list elsewhere).

        .. versionadded:: 0.2"""
        opener = self._word.match(raw, left[0], left[1], KEEP_GIL)
        if opener is None or opener.group().casefold() not in self._determiners or not ends_with(raw, floor, left[0], ","):
            return False
        # (no noun phrase with its determiner right before the comma: "by the association, the ministry
        # and the bank indicated" is a list of three, no closing comma)
        comma = raw.rindex(",", floor, left[0])
        before = raw[max(floor, comma - self.PHRASE_WINDOW) : comma].split()[-self.MAX_CLOSING_NOUN_WORDS :]
        return not any(w.casefold() in self._determiners for w in before)

    #: Prepositions before a gerund cue whose subject is the clause's before them (``Ward responded
    #: before adding that ...``; not ``without``: what was not said); empty: off.
    GERUND_LEADS: ClassVar[tuple[str, ...]] = ("before", "after", "while")

    def gerund_lead_subject(self, raw: str, floor: int, cue_start: int) -> tuple[int, int] | None:
        """The subject of the verb before one of :attr:`GERUND_LEADS` that stands right before a
        gerund cue at *cue_start* (``"...," Ward responded before adding that ...``: Ward, the one
        who adds): the phrase before that verb (:meth:`phrase_before`), when the verb is in the
        past or a cue and only blanks stand between the three; ``None`` otherwise (``Ward spoke to
        Price before adding``: no verb before the preposition).

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, max(floor, cue_start - self.PHRASE_WINDOW), cue_start, False, KEEP_GIL))
        if len(words) < 3 or words[-1].group().casefold() not in self.GERUND_LEADS:
            return None
        lead, verb = words[-1], words[-2]
        if raw[verb.end() : lead.start()].strip() or raw[lead.end() : cue_start].strip():
            return None
        low = verb.group().casefold()
        if not (self.is_past_verb(verb.group()) or self.is_cue_word(low)) or not verb.group()[:1].islower():
            return None
        np = self.phrase_before(raw, verb.start(), floor, lenient=True)
        if np is None or raw[np[1] : verb.start()].strip():
            return None
        return np

    def phrase_opens_sentence(self, raw: str, start: int, floor: int) -> bool:
        """Whether the phrase at *start* opens its sentence: nothing but blanks between *floor* and
        it, or the end of a sentence right before it (``The mayor and the harbour master said``:
        both are the subject; ``The mayor met the governor and his aides said`` is read on after a
        verb, an object).

        .. versionadded:: 0.2
        """
        before = raw[max(floor, 0) : start].rstrip()
        return not before or before[-1] in self.SENTENCE_END

    def is_cue_word(self, word: str) -> bool:
        """Whether *word* on its own is a cue (``said``, not ``according``)."""
        return word in self._cue_words

    def is_gesture_cue(self, word: str) -> bool:
        """Whether *word*, a cue in lower case, is one of :attr:`GESTURE_CUES` (``shrugged``,
        ``laughed``): a cue for a quotation in marks only, never for reported words.

        .. versionadded:: 0.2 (fixQ60b)"""
        return word in self._gesture_cues

    def quoted_name_before(self, raw: str, end: int, floor: int) -> tuple[int, int] | None:
        """The offsets of the opening and closing quotation marks of a name quoted inside a
        speaker's phrase, closed right after *end* (``Critics of "Harbour First" said``): the
        closing mark after *end*, its opening mark of :attr:`QUOTE_PAIRS` after a blank or at the
        text's start (``"Harbour First" said``), no earlier than *floor* and at most
        :attr:`MAX_QUOTED_NAME_WORDS` words before, every word between
        them capitalised; ``None`` otherwise (a quotation, not a name).

        .. versionadded:: 0.2
        """
        close = end
        if close >= len(raw) or raw[close] not in self._name_closers:
            return None
        openers = {o for o, c in self.QUOTE_PAIRS if c == raw[close]}
        words = raw[max(floor, 0) : end].split()[-self.MAX_QUOTED_NAME_WORDS :]
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            if word[:1] in openers and word[1:2].isupper():
                opening = raw.rfind(word, floor, end)
                if opening < floor or (opening > 0 and not raw[opening - 1].isspace()):
                    return None  # (but at the sentence's start it is the subject: '"Harbour First" said')
                return opening, close
            if not word[:1].isupper():
                return None
        return None

    def quoted_compound_start(self, raw: str, start: int, floor: int) -> int | None:
        """Where the phrase of a compound whose first part is a quoted name starts, when the word at
        *start* follows a hyphen right after a closing quotation mark (German ``Die „Bild“-Zeitung``,
        ``der „Spiegel“-Reporter``): the quoted name as :meth:`quoted_name_before` reads it (an
        opening mark after a blank, capitalised words only), and its determiner right before it
        when there is one.  ``None`` otherwise (``„Wir gehen“-Rufe`` of words in lower case, a
        hyphen after a plain word).

        .. versionadded:: 0.2
        """
        if start < 2 or raw[start - 1] != "-" or raw[start - 2] not in self._name_closers:
            return None
        quoted = self.quoted_name_before(raw, start - 2, floor)
        if quoted is None:
            return None
        opening = quoted[0]
        before = raw[floor:opening].rstrip()
        if len(before) == opening - floor or not before:
            return opening  # (the name opens the sentence, or no blank before its mark)
        determiner = before.rsplit(None, 1)[-1]
        if determiner.casefold() in self._determiners:
            return opening - (len(raw[floor:opening]) - len(before)) - len(determiner)
        return opening

    def time_adverb_before_name(self, words: Sequence[str]) -> bool:
        """For :meth:`phrase_before`: whether the first of *words*, a speaker's phrase, is one of
        :attr:`TIME_ADVERBS` capitalised and the words after it a person's name
        (``NameModel.is_name``: Spanish ``Ayer Carmen Ruiz dijo``, ``Hoy Luis Mora dijo``): the
        time the sentence opens with, no word of the name.

        .. versionadded:: 0.2 (mendQ61)"""
        return (
            len(words) > 2 and words[0][:1].isupper() and words[0].casefold() in self._time_adverbs
            and self.names.is_name(" ".join(words[1:]))
        )

    def time_before_name(self, raw: str, chosen: Sequence[regex.Match[str]]) -> bool:
        """For :meth:`phrase_before`: whether the first word of a speaker's phrase ends one of
        :attr:`TIME_PHRASES` (``that night``, ``the other day``) and a capitalised word follows in
        the phrase (``The Herald reported that night Ana Ruiz testified ...``, ``... that evening
        former mayor Ruiz said ...``): the time of the clause before, no word of the name after it.

        .. versionadded:: 0.2
        """
        if len(chosen) < 2 or not chosen[0].group().islower() or not any(m.group()[:1].isupper() for m in chosen[1:]):
            return False
        end = chosen[0].end()
        before = raw[max(0, end - self.MAX_TIME_PHRASE_CHARS) : end].casefold()
        for phrase in self._time_phrase_words:
            if before.endswith(phrase) and not before[: len(before) - len(phrase)][-1:].isalpha():
                return True
        return False

    def opening_object_words(self, raw: str, chosen: Sequence[regex.Match[str]], floor: int) -> int:
        """For :meth:`phrase_before`: how many of the words *chosen* before a cue belong to what
        stands before the subject, never to the speaker's phrase (0 when none do):

        - a year (four digits) and what stands before it in the phrase, after a preposition that
          opens the sentence (``In 2024 AM Roe said``, ``In May 2024 Ana Roe said``) or right after
          a preposition inside it (``I hope in 2017 America says``): a year is never a name's word;
          without the preposition it is a body's (``The Paris 2024 Organising Committee said``,
          ``The head of Saudi Vision 2030 Office said``; versionchanged fixR56);
        - the capitalised object of one of the vocabulary's ``TIME_SPAN_PREPOSITIONS`` that opens the
          sentence (the preposition among *chosen* too: ``Throughout Lent Tom Berg said``,
          fixR56), or of any preposition there when the object is a weekday or a month (``Over
          Christmas officials said``, ``On Monday officials said``, ``Over Christmas Ana Ortiz
          said``): the words up to the first in lower case, or up to a person's whole name that
          ends the phrase; a month or weekday alone when a coordinator follows the capitalised
          words (``In June Whitaker and Ortiz told``: a list's first member after the month);
        - the last places of a list that an opening preposition's object begins, a comma before
          them and the list's coordinator among them (``In Paris, Berlin and Rome officials
          said``): the capitalised words before the first in lower case.

        .. versionadded:: 0.2 (wv56)"""
        if len(chosen) < 2:
            return 0
        first = chosen[0].group()
        if (
            len(chosen) > 2 and first[:1].isupper() and first.casefold() in self._time_span_prepositions
            and self.opens_sentence_at(raw, chosen[0].start())
        ):
            # ("Throughout Lent Tom Berg said": the preposition itself among the words; fixR56)
            inner = self.opening_object_words(raw, chosen[1:], chosen[0].start())
            return inner + 1 if inner else 0
        texts = [m.group() for m in chosen]
        before = self.token_start(raw, chosen[0].start(), floor)
        gap = raw[before : chosen[0].start()].strip()
        opening = gap.casefold() in self._prepositions or gap.casefold() in self._time_span_prepositions
        opening = opening and self.opens_sentence_at(raw, before)
        years = [k for k, w in enumerate(texts[:-1]) if len(w) == self.YEAR_DIGITS and w.isdigit()]
        if years and not opening and self.is_month_name(gap) and years[-1] == 0:
            # ("In May 2024 Ana Roe said": the month stands between the opening preposition and the year)
            month = self.token_start(raw, before, floor)
            word = raw[month:before].strip().casefold()
            opening = word in self._prepositions or word in self._time_span_prepositions
            opening = opening and self.opens_sentence_at(raw, month)
        governed = gap.casefold() in self._prepositions or gap.casefold() in self._time_span_prepositions
        if years and (opening or (governed and years[-1] == 0)):
            # (after an opening preposition, whatever follows: "In 2024 officials said", or right after one
            # inside the sentence: "I hope in 2017 America says"; without one the year is a body's word:
            # "The Paris 2024 Organising Committee said", "The head of Saudi Vision 2030 Office said")
            return years[-1] + 1
        caps = 0
        while caps < len(texts) and texts[caps][:1].isupper():
            caps += 1
        if not caps:
            return 0
        if opening:
            timed_span = gap.casefold() in self._time_span_prepositions and not self.is_month_name(texts[0])
            timed = timed_span or self.is_month_name(texts[0])
            if not (timed or self.vocabulary.is_weekday(texts[0])):
                return 0
            if caps == 1 and self.is_month_name(texts[0]):
                while caps < len(texts) - 1 and texts[caps].isdigit() and len(texts[caps]) <= self.YEAR_DIGITS:
                    caps += 1  # ("On February 20 President Ana Ruiz said": the month's day, then the subject)
            listed = caps < len(texts) and texts[caps] in self._coordinators
            if listed and not timed_span:
                # (the capitalised words are a list's first member: "In June Whitaker and Ortiz told": the
                # month or weekday alone is the object)
                return 1 if caps > 1 else 0
            if caps < len(texts) and not listed:
                return caps
            bare = [strip_possessive(w).rstrip(".") for w in texts[:caps]]
            for k in range(1, caps - self.names.MIN_WORDS + 1):
                if self.names.trailing_name(bare[k:]) == caps - k:
                    return k  # ("Over Christmas Ana Ortiz said": the holiday, then the name, maybe a list's first)
            return 0
        while caps < len(texts) and (texts[caps][:1].isupper() or texts[caps] in self._coordinators):
            caps += 1  # (the list's last places: "Berlin and Rome")
        if not gap.endswith(",") or caps == len(texts) or not any(w in self._coordinators for w in texts[:caps]):
            return 0
        # (back over the list's first places, capitalised words and commas, to the opening preposition)
        pos = chosen[0].start()
        for _ in range(self.MAX_LISTED_WORDS):
            start = self.token_start(raw, pos, floor)
            word = raw[start:pos].strip().rstrip(",")
            if word.casefold() in self._prepositions or word.casefold() in self._place_prepositions:
                return caps if word[:1].isupper() and self.opens_sentence_at(raw, start) else 0
            if not word[:1].isupper():
                return 0
            pos = start
        return 0

    #: The digits of a year (``2024``), never a word of a name (:meth:`opening_object_words`).
    #:
    #: .. versionadded:: 0.2 (wv56)
    YEAR_DIGITS: ClassVar[int] = 4

    #: The most characters of a phrase of :attr:`TIME_PHRASES` that :meth:`time_before_name` reads
    #: back from a speaker's phrase.
    #:
    #: .. versionadded:: 0.2
    MAX_TIME_PHRASE_CHARS: ClassVar[int] = 24

    def tag_set_off(
        self, raw: str, tag: regex.Match[str], cue_start: int, floor: int, *, lenient: bool, hops: int
    ) -> tuple[int, int] | None:
        """The speaker's phrase before a cue at *cue_start* when *tag* (:meth:`tag_before`) is a
        bracket closed by a comma (``Efraín Morales, titular de la Comisión Nacional del Agua
        (Conagua), explicó``): the comma sets off an appositive, which is read as it is with no
        bracket, the bracket blanked (:meth:`appositive_before` finds ``Efraín Morales``; the
        body's name before the bracket is no speaker).  ``None`` when no comma closes the tag
        (``Ortiz (D-Ariz.) said``), when the phrase read so ends inside the bracket's place, or
        when none is read: the caller reads the phrase before the tag.

        .. versionadded:: 0.2
        """
        text = tag.group()
        close = text.rfind(")")
        if close < 0 or "," not in text[close:] or "(" not in text:
            return None
        opening = tag.start() + text.index("(")
        masked = f"{raw[:opening]}{' ' * (tag.start() + close + 1 - opening)}{raw[tag.start() + close + 1 :]}"
        found = self.phrase_before(masked, cue_start, floor, lenient=lenient, hops=hops + 1)
        if found is None or found[1] > opening:
            return None
        return found

    def publication_kind_start(self, raw: str, words: Sequence[regex.Match[str]], first: regex.Match[str]) -> int:
        """Where a speaker's phrase that opens with *first*, a determiner written with a capital
        (a title's: ``The Clarion``), starts when a determiner and a word of :attr:`PUBLICATION_NOUNS`
        in lower case stand right before it, blanks only between (``the newspaper The Clarion
        reported``, ``el diario El País``): at that determiner, the publication told by its kind;
        *first*'s start otherwise.

        .. versionadded:: 0.2 (cue58)
        """
        low = first.group().casefold()
        if not self.PUBLICATION_NOUNS or low not in self._determiners or not first.group()[:1].isupper():
            return first.start()
        k = next((j for j, m in enumerate(words) if m.start() == first.start()), 0)
        if k < 2:
            return first.start()
        determiner, noun = words[k - 2], words[k - 1]
        if (
            noun.group().casefold() not in self._publication_nouns or not noun.group().islower()
            or determiner.group().casefold() not in self._determiners
            or raw[determiner.end() : noun.start()].strip() or raw[noun.end() : first.start()].strip()
        ):
            return first.start()
        return determiner.start()

    #: Marks that join two capitalised words into one name before a cue (``Smith & Cole said``,
    #: ``A CNN/ORC poll found``): :meth:`phrase_before` reads across them.
    #:
    #: .. versionadded:: 0.2 (fixQ60: the slash)
    NAME_JOINING_MARKS: ClassVar[frozenset[str]] = frozenset({"&", "/"})

    @staticmethod
    def joined_letter(word: str, between: str) -> bool:
        """For :meth:`phrase_before`: whether *word*, a word the vocabulary may read as a
        determiner, is a single capital letter glued by *between*, one of
        :attr:`NAME_JOINING_MARKS` with no blank, to the capital after it (``A&E``, ``A/S``:
        one word, never an article).

        .. versionadded:: 0.2 (fixQ60d)"""
        return len(word) == 1 and word.isupper() and not between.isspace() and between == between.strip()

    #: Marks that open a quotation right after a cue (:meth:`quotation_after_cue`).
    #:
    #: .. versionadded:: 0.2 (mendQT66)
    QUOTATION_OPENING_MARKS: ClassVar[str] = "\"“„«‘'"

    def quotation_after_cue(self, raw: str, cue_start: int) -> bool:
        """Whether the cue word at *cue_start* is followed by an opening quotation mark, a comma or
        a colon between them at most (``never said "..."``, ``never said: "..."``): the words
        quoted are given, so a negation before the cue (:meth:`phrase_before`) is no part of the
        speaker's phrase, where a negated report of bare words (``Ortiz never said the plan would
        fail``) reports no speech and keeps the negation.

        .. versionadded:: 0.2 (mendQT66)"""
        cue = self._word.match(raw, cue_start, None, KEEP_GIL)
        if cue is None:
            return False
        rest = raw[cue.end() : cue.end() + 4].lstrip(",:").lstrip()
        return rest[:1] in self.QUOTATION_OPENING_MARKS and rest[:1] != ""

    def phrase_before(
        self, raw: str, cue_start: int, floor: int, *, lenient: bool = False, hops: int = 0
    ) -> tuple[int, int] | None:
        """The speaker's noun phrase that ends just before a cue at *cue_start*, skipping adverbs
        (``Abbas previously said``) and a day (``Corps on Sunday reiterated``).  *lenient* (next
        to a quotation) also accepts any noun after an article (``the insider said``).  A tag, a
        relative pronoun or a post-modifier moves the search back; *hops* counts those moves,
        at most :attr:`MAX_PHRASE_HOPS`."""
        more = hops < self.MAX_PHRASE_HOPS
        window_start = self.word_boundary(raw, max(floor, cue_start - self.PHRASE_WINDOW), floor)
        tag = self.tag_before(raw, window_start, cue_start)
        if tag is not None and tag.start() > window_start and more:
            set_off = self.tag_set_off(raw, tag, cue_start, floor, lenient=lenient, hops=hops)
            if set_off is not None:
                return set_off  # ("Ana Ruiz, head of the Water Board (WB), said": the appositive's name)
            found = self.phrase_before(raw, tag.start(), floor, lenient=lenient, hops=hops + 1)  # "Ortiz (D-Ariz.) said"
            listed = self.aged_list_start(raw, found, floor, hops) if found is not None else None
            if found is not None and self.after_copula(raw, found[0] if listed is None else listed, floor):
                return None  # ("The victims were Ana Moyo, 47, and Tom Berg, 52, said ...": a copula's complement)
            # ("Ana Moyo (47) and Tom Berg (52) said": both, never the last alone)
            return found if listed is None or found is None else (listed, found[1])
        aside = self.dash_aside_before(raw, window_start, cue_start)
        if aside is not None and more:
            # "The justice -- who has clashed with the nominee -- said": the phrase before the aside
            return self.phrase_before(raw, aside, floor, lenient=lenient, hops=hops + 1)
        words = list(self._word.finditer(raw, window_start, cue_start, False, KEEP_GIL))
        opened = self.opening_preposition_end(raw, words, floor)
        if opened:
            # "Prior to the vote Ortiz said": the preposition and its object are no one's phrase
            # (to its comma: "Apart from the mayor, two council members, ... said")
            words = words[self.past_opening_object(raw, words, opened) :]
            if words:
                window_start = words[0].start()
        if not words:
            return None
        if self.lone_object_pronoun(raw, words, floor):
            return None  # (French "..., nous a assuré le ministre": the one told; the subject after the verb)
        if self._inverted_auxiliary is not None and self._inverted_auxiliary.fullmatch(words[-1].group()):
            return None  # ("..., leur a-t-elle dit": the pronoun joined to the verb speaks, no phrase before it; lang62)
        if self.pronoun_before_adverb_aside(raw, words[0], words[1:], cue_start, floor):
            return words[0].span()  # ("He, however, cautioned that ...": the pronoun)
        relative = self.relative_speaker(raw, words, cue_start)
        if relative is not None:
            return relative  # "A resident who asked not to be identified said"
        subject = self.open_subject_relative(raw, words, cue_start, floor) if not hops and self.SUBJECT_RELATIVES else None
        if subject is not None:
            return subject  # (French "Le maire, qui a pris ses fonctions en janvier a déclaré": the mayor)
        head = self.relative_head(raw, words, cue_start, floor, lenient=lenient, hops=hops) if more else None
        if head is not None:
            # "Voters who backed Tom Berg in the primary said": the voters, never Tom Berg (an empty
            # span: a relative clause whose antecedent cannot be read, no one speaks)
            return head if head[0] < head[1] else None
        # the phrase may not cross punctuation or quotation marks
        end_index = len(words)
        while end_index > 0:
            word = words[end_index - 1].group()
            w = word.casefold()
            suffix = self.ADVERB_SUFFIX
            adverb = w in self._adverbs or (suffix and w.endswith(suffix) and w not in self._not_adverbs)
            if adverb and word[0].islower():  # (a capital makes "Now" part of a name)
                end_index -= 1
                continue
            negation = end_index >= 2 and w in self.NEGATION_WORDS and word[0].islower()
            if negation and self.quotation_after_cue(raw, cue_start):
                end_index -= 1  # ('The minister never said "..."': the minister, the negation no part of him)
                continue
            if self.perceived_speech(raw, words, end_index, cue_start):
                end_index -= 1  # ("a reporter can be heard asking": the auxiliaries go next)
                continue
            if end_index >= 2 and w in self._floating and word[0].islower():
                end_index -= 1  # "Ana Ortiz and Tom Berg both said"
                continue
            if end_index >= 2 and w in self._reflexives and self.intensified(words[end_index - 2].group()):
                end_index -= 1  # "Sanders himself acknowledged", "The mayor herself said"
                continue
            before = words[end_index - 2].group() if end_index >= 2 else ""
            if w in self._generation_words and before[:1].isupper() and before.casefold() not in self._determiners:
                # (a name's run of capitalised words, not a noun phrase's: "a Yale senior said" is a student)
                k = end_index - 2
                while k >= 0 and words[k].group()[:1].isupper() and words[k].group().casefold() not in self._determiners:
                    k -= 1
                if k < 0 or words[k].group().casefold() not in self._determiners:
                    end_index -= 1  # "Mr Hale senior said": the name, the generation word no part of it
                    continue
            if end_index >= 2 and words[end_index - 2].group().casefold() in self._time_prepositions and (
                self.vocabulary.is_weekday(w) or w in self._time_nouns or self.is_month_name(word)
            ):
                end_index -= 2
                while end_index > 1 and self.qualifies_time(words[end_index - 1].group()):
                    end_index -= 1  # ("Surveys of voters late last week indicated", "Police late on Monday said")
                continue
            break
        end_index = self.before_time_phrase(words, end_index)
        end_index = self.before_setting_phrase(words, end_index)
        if end_index == 0:
            return None
        if end_index >= 2 and more and self.PREVERBAL_OBJECT_PRONOUNS:
            # (French "Il nous a dit", Spanish "Ana Ruiz nos dijo": the pronoun is the one told, its subject speaks)
            pair = words[end_index - 2], words[end_index - 1]
            told = self.subject_before_object_pronoun(raw, *pair, floor, lenient=lenient, hops=hops)
            if told is not None:
                return told
        if end_index < len(words) and more:
            # "Ana Ortiz (D-Ariz.) last week said": a tag before the adverbs and the time
            tag = self.tag_before(raw, window_start, words[end_index].start())
            if tag is not None and tag.start() > window_start:
                return self.phrase_before(raw, tag.start(), floor, lenient=lenient, hops=hops + 1)
        end = words[end_index - 1].end()
        # (the share pattern runs only where nothing but blanks stands between the phrase and the cue,
        # and only over a piece that holds what it needs: shares_at)
        share_start = max(window_start, end - 40)
        share = (
            self._share.search(raw, share_start, end, KEEP_GIL)
            if not raw[end:cue_start].strip() and self.shares_at(raw, share_start, end)
            else None
        )
        if share is not None:
            return share.span()  # "six in 10 said"
        count = self.count_subject(raw, floor, window_start, end)
        if count is not None and not _GAP_PUNCTUATION.search(raw, end, cue_start):
            return count  # "..., 39 have said", "Of 48 chambers that replied, only 28 said"
        gap = raw[end:cue_start]
        quoted = self.quoted_name_before(raw, end, window_start) if gap.strip() in self._name_closers and more else None
        if quoted is not None:
            # ('Critics of "Harbour First" said': the phrase read with the name's marks as blanks)
            masked = f"{raw[:quoted[0]]} {raw[quoted[0] + 1 : quoted[1]]} {raw[quoted[1] + 1 :]}"
            found = self.phrase_before(masked, cue_start, floor, lenient=lenient, hops=hops + 1)
            if found is None or found[1] != quoted[1] or quoted[0] < found[0] != quoted[0] + 1:
                return None  # (a phrase that opens inside the name, "Long Road" of "The author of "The Long Road"")
            return min(found[0], quoted[0]), quoted[1] + 1  # (with its marks)
        marked = self.name_with_end_mark(raw, end, gap) if more else None
        if marked is not None:
            # ("Consumer group Which? said", "Yahoo! said": the phrase read with the name's mark as a blank)
            masked = f"{raw[:marked]} {raw[marked + 1 :]}"
            word_start = raw.rfind(" ", 0, marked) + 1
            if raw[word_start:marked].casefold() in self._stop:
                # (a function word as the name, "Which?": a capitalised word of the same length in its place)
                masked = f"{masked[:word_start]}{'N' * (marked - word_start)}{masked[marked:]}"
            found = self.phrase_before(masked, cue_start, floor, lenient=lenient, hops=hops + 1)
            return (found[0], marked + 1) if found is not None and found[1] == marked else None
        if _GAP_PUNCTUATION.search(gap, None, None, KEEP_GIL):
            # (the appositive ends where the adverbs before the cue start: "..., Norah Day, then asked")
            adverbs_start = words[end_index].start() if end_index < len(words) else cue_start
            found = self.appositive_before(raw, window_start, adverbs_start)
            if found is not None and self.sent_document_before(raw, words, found[0]) is not None:
                return None  # ("A memo from Ana Ortiz to Tom Berg, dated May 1, said": never the addressee)
            region_at = self.placed_region_preposition(raw, found) if found is not None and more else None
            region_head = self.phrase_before(raw, region_at.start(), floor, lenient=lenient, hops=hops + 1) if region_at else None
            if found is not None and region_at is not None and region_head is not None and (
                not raw[region_head[1] : region_at.start()].strip() and self.opens_sentence_at(raw, region_head[0])
            ):
                # ("A farmer in Brecon, Powys, who lost 40 sheep, said": the phrase before the place that
                # opens the sentence, never the region; not "In a letter to the president in May, Zippy
                # Duvall, ..., said")
                return region_head[0], raw.rfind(",", region_at.end(), found[0])
            paired = self.coordinated_before(raw, words, found, floor, hops) if found is not None and more else None
            if paired is not None:
                return paired  # ("..., the mayor and her deputy, who toured the site, said": both)
            if found is not None and more and self.token_before(raw, found[0], window_start).casefold() in self._coordinators:
                # ("..., Smith and Sons, the unit of Acme, said": the name whole, read as before a cue)
                # (never a coordinator that opens the sentence: "But Ana Ruiz, director of X, said")
                whole = self.phrase_before(raw, found[1], floor, lenient=lenient, hops=hops + 1)
                extends = whole is not None and whole[1] == found[1] and whole[0] < found[0]
                if whole is not None and extends and not self.place_conjunct(raw, whole, found):
                    return whole
                listed = self.listed_people_start(raw, whole, found, floor) if whole is not None and extends else None
                if whole is not None and listed is not None and self.opens_comparison(raw, (listed, whole[1]), floor):
                    return self.after_comparison(raw, (listed, whole[1]))  # ("Like Ortiz, Berg and Hall, both Democrats,")
                if whole is not None and listed is not None:
                    return listed, whole[1]  # ("Ortiz, Berg and Hall, all Democrats, said": the list speaks, never its last)
            return self.with_portfolio_title(raw, words, found) if found is not None else None
        inner = self.acronym_inside_name(raw, words[:end_index]) if more else None
        if inner is not None:
            # ("The National Health Service (NHS) Confederation said": the name runs through its brackets)
            masked = f"{raw[:inner]} {raw[inner + 1 : raw.index(')', inner)]} {raw[raw.index(')', inner) + 1 :]}"
            found = self.phrase_before(masked, cue_start, floor, lenient=lenient, hops=hops + 1)
            if found is not None and found[0] < inner:
                return found
        chosen: list[regex.Match[str]] = []
        for i in range(end_index - 1, -1, -1):
            m = words[i]
            between = raw[m.end() : chosen[0].start()] if chosen else ""
            glued = between.strip() in self.NAME_JOINING_MARKS and m.group()[:1].isupper() and chosen[0].group()[:1].isupper()
            # (a letter glued to the next capital is one word, no article: "A&E", "Novo Industri A/S")
            letter = glued and self.joined_letter(m.group(), between)
            marked = glued and (m.group().casefold() not in self._determiners or letter)
            if between.strip() and not marked:
                break  # (but "Smith & Cole" is one firm's name, "CNN/ORC" one poll's sponsors)
            if chosen and m.start() > 0 and (raw[m.start() - 1] in self._mark_chars or raw[m.start() - 1] in self.APOSTROPHES):
                break  # ("Rock 'n' roll veteran Mick Dawes said": a word opened by a mark, an elision's, is no part)
            if chosen and self.credit_agency(raw, m):
                break  # ("Photo: Jane Doe/AAP Police said": a picture credit's agency, no part of the subject)
            w = m.group().casefold()
            if w.rstrip(".") in self._clock_suffixes or (w[:1].isdigit() and self.is_clock(raw, m, chosen)) or (
                self.vocabulary.is_clock_half(raw, m.start(), m.group())
                or self.vocabulary.is_clock_zone(raw, m.start(), m.group())
            ):
                break  # ("14:20 Police say", "2:20 p.m. Police say", "10:15 PM ET Police say": a clock, no count of the subject)
            if self.is_relative(m.group()) and not chosen and i > 0 and more:
                # "Republicans who say ...", "Thomas Perez, who said ...": the phrase it stands for
                end = self.before_set_off_tag(raw, floor, m.start())
                while end > floor and raw[end - 1].isspace():
                    end -= 1
                if end > floor and raw[end - 1] == ",":
                    end -= 1
                found = self.phrase_before(raw, end, floor, lenient=lenient, hops=hops + 1)
                if found is not None and self.region_antecedent(raw, found):
                    return None  # ("the sheriff of Polk County, Florida, who asked": a place's region, no one)
                return self.antecedent_name(raw, self.antecedent_head(raw, found)) if found is not None else None
            if w in self._demonstratives and not chosen and hops == 0 and self.counted_demonstrative(raw, words, i):
                # ("Many of those said": the pointing pronoun is the object, the count and it speak)
                return words[i - 2].start(), m.end()
            if (w in self._pronouns or w in self._indefinite_speakers) and not chosen:
                if w in self._pronouns and self.preposition_object(raw, words, i):
                    # ("those who sit on it told reporters": it is the object, the whole phrase speaks)
                    return self.phrase_around_object(raw, words, i)
                chosen.append(m)  # "It added", "they said", "someone shouted": a pronoun is a whole phrase
                break
            if w in self._coordinators and chosen and i > 0 and not raw[words[i - 1].end() : m.start()].strip():
                left, right = words[i - 1].group(), chosen[0].group()
                names = left[:1].isupper() and right[:1].isupper()
                plurals = left.endswith("s") and right.endswith("s") and right[:1].islower() and left.isalpha()
                # ("Devon fire and rescue service said": two nouns in lower case before a body's noun)
                modifiers = len(chosen) >= 2 and left.isalpha() and left.islower() and right.islower() and (
                    self.vocabulary.is_org_word(chosen[-1].group()) and chosen[-1].group().islower()
                )
                # ("Port officials and union leaders said", "Police and fire officials said": two
                # groups of people, plural or a group's noun, the right one's nouns in lower case,
                # joined by no conjunction of BARE_CLAUSE_JOINS ("KWU's share but company sources
                # said"); the left must be a speaker's phrase too, checked below)
                last_noun = chosen[-1].group()
                low_left = left.casefold()
                plural_left = (left.endswith("s") and low_left not in self._pronouns) or low_left in self._groups
                groups = left.isalpha() and plural_left and last_noun.endswith("s") and w not in self.BARE_CLAUSE_JOINS and (
                    all(c.group().islower() for c in chosen)
                    and self.is_person_noun(low_left, endings=False) and self.is_person_noun(last_noun, endings=False)
                )
                if names or plurals or modifiers or groups:
                    chosen.insert(0, m)  # "Cummings and Conyers wrote", "friends and allies said"
                    continue
            surname = (  # ("Nguyen Van An said": an article's spelling as a surname)
                not chosen and (w in self._stop or w in self._determiners) and self.barred_surname_at(raw, words, i)
            )
            body_link = bool(chosen) and self.body_link_at(raw, words, i)  # ("Ministerio para la Transición ...")
            if (
                w in self._stop and not surname and not body_link and not self.is_acronym(m.group())
                and not self.name_stop_at(raw, words, i, chosen)
            ):
                break
            chosen.insert(0, m)
            of_name = surname or (
                w in self._determiners and i >= 2 and words[i - 1].group() in self._of and words[i - 2].group()[:1].isupper()
            ) or (w in self._determiners and i >= 2 and self.body_link_at(raw, words, i - 1))
            if w in self._determiners and len(chosen) > 1 and i > 0 and not raw[words[i - 1].end() : m.start()].strip(" "):
                # ("Marine Le Pen a déclaré": a capitalised particle inside a name, no article)
                of_name = of_name or self.names.is_capitalised_particle([words[i - 1].group(), m.group()], 1)
                # ("Save Our Village Schools said", "Save The Children said": a campaign's or a charity's name)
                of_name = of_name or self.determiner_inside_name([words[i - 1].group(), m.group()], 1)
            if (w in self._determiners and not of_name and not letter) or len(chosen) >= 8:
                break  # (but "Mr. Morgan of the Sierra Club" goes on past "the")
        while chosen and (chosen[0].group().casefold() in self._of or chosen[0].group().casefold() in self._adverbs):
            if self.name_stop_word(chosen[0].group(), "", chosen[1].group() if len(chosen) > 1 else ""):
                break  # ("May" in "Theresa May said", "Will Hurd said": a name's)
            if len(chosen) > 1 and self.ordinal_title(chosen[0].group(), chosen[1].group()):
                break  # ("First Minister Ailsa Drummond said": the title's, no opening adverb)
            chosen.pop(0)  # "of", and "Even" in "Even Rendell said"
        if self.time_adverb_before_name([m.group() for m in chosen]):
            chosen.pop(0)  # (Spanish "Ayer Carmen Ruiz dijo": the time, then the name)
        if self.time_before_name(raw, chosen):
            chosen.pop(0)  # ("reported that night Ana Ruiz testified": the time, then the name)
        if hops == 0:
            # ("In 2024 AM Roe said", "Over Christmas officials said", "In Paris, Berlin and Rome
            # officials said": the opening phrase's object, never the speaker's words)
            del chosen[: self.opening_object_words(raw, chosen, floor)]
        joins = [k for k, m in enumerate(chosen) if k and m.group() in self._coordinators]
        if joins and not self.body_by_place([m.group() for m in chosen], chosen[-1].group()):
            # "He sells goods and traders said": the left side must be a speaker too (not in a
            # body's name: "Devon and Somerset fire and rescue service said")
            left = raw[chosen[0].start() : chosen[joins[-1] - 1].end()]
            if not self.is_speaker_phrase(left, lenient=True):
                chosen = chosen[joins[-1] + 1 :]
        if not chosen:
            return None
        span = (self.publication_kind_start(raw, words, chosen[0]), chosen[-1].end())
        compound = self.quoted_compound_start(raw, span[0], window_start) if len(chosen) == 1 else None
        if compound is not None:
            span = (compound, span[1])  # ("Die „Bild“-Zeitung berichtete": the paper whole, never "Zeitung")
        legal = self.company_suffix_start(raw, span, floor) if more else None
        if legal is not None:
            # "Halbrook Therapeutics, Inc. today announced": the company, never "Inc." alone
            head = self.phrase_before(raw, legal, floor, lenient=lenient, hops=hops + 1)
            return (head[0], span[1]) if head is not None else None
        placed = self.placed_compound_start(raw, words, chosen)
        if placed is not None:
            span = (placed, span[1])  # ("the San Jose, California-based company said": all of it)
        region = self.region_place_start(raw, words, chosen) if hops == 0 else None
        if region is None and hops == 0:
            region = self.named_region_start(raw, words, chosen, floor)  # ("an official in Berlin, Germany said")
        if region is None and hops == 0:
            region = self.possessive_region_start(raw, words, chosen, floor)  # ("for Washington, D.C.'s transit agency")
        if region is not None:
            span = (region, span[1])  # ("a lobbyist in Washington, D.C. said": the place whole, then its preposition)
        modified = self.listed_modifier_start(raw, words, chosen, floor) if more else None
        if modified is not None:
            span = (modified, span[1])  # ("A Memphis Light, Gas and Water spokesperson said": the whole phrase)
        listed = self.listed_body_link(raw, words, chosen) if more else None
        if listed is not None:
            # ("The Bureau of Alcohol, Tobacco and Firearms said": the body whole, not the list's end)
            body = self.phrase_before(raw, listed, floor, lenient=True, hops=hops + 1)
            if body is not None:
                span = (body[0], span[1])
        if self.token_before(raw, span[0], window_start).casefold() in self._negative_coordinators:
            return None  # ("Neither the mayor nor her aides said": none of them spoke)
        genitive = self.genitive_head(raw, words, span[0], floor, lenient, hops) if more else None
        if genitive is not None:
            return genitive[0], span[1]  # ("Die Sprecherin des Ministeriums sagte": the spokeswoman)
        joined = self.coordinated_before(raw, words, span, floor, hops) if more else None
        conjunct_span = span  # (the phrase after a coordinator, read as a speaker's on its own below)
        if joined is not None:
            span = joined  # ("with the mayor and her aides calling it": both of them)
        else:
            paired = self.apposed_pair_before(raw, span, floor)
            if paired is not None:
                return paired  # ("Paul Greer, the union leader, and Lena Moss said": both)
        modifier = self.modifier_before(raw, window_start, span[0])
        if modifier is not None and more:
            # "Those close to the mayor say", "A spokesman for the ministry said": the head speaks
            head = self.phrase_before(raw, modifier.start("mod"), floor, lenient=True, hops=hops + 1)
            if head is None and modifier["head"] is not None and modifier["head"].casefold() in self._head_words:
                head = modifier.span("head")
            if head is not None:
                return head[0], span[1]
        phrase = raw[span[0] : span[1]]
        named = self.name_after_opening(raw, chosen, floor) if hops == 0 else None
        if named is not None:
            return named, span[1]  # ("At the meeting Tom Berg told reporters": Tom Berg, not the meeting)
        if len(chosen) == 1 and self.lone_name_word(raw, window_start, chosen[0]):
            return span  # '"...," May said': a surname that is a month or a modal too
        verb_start = self.participle_before_article(raw, words, span[0]) if hops == 0 and more else None
        if verb_start is not None:
            # ("The lawyer representing the family said": the lawyer's phrase whole, never the family)
            head = self.phrase_before(raw, verb_start, floor, lenient=True, hops=hops + 1)
            if head is not None and head[1] <= verb_start and not raw[head[1] : verb_start].strip():
                return head[0], span[1]
        if hops == 0 and self.after_place_preposition(raw, words, span[0]):
            # "A plumber from Leeds said", "Officials in Beijing said": the noun before speaks (but
            # a relative pronoun's antecedent may follow one: "help from Tom Ruiz, who said")
            preposition = self.token_start(raw, span[0], window_start)
            head = self.phrase_before(raw, preposition, floor, lenient=lenient, hops=hops + 1)
            if head is not None and self.after_place_preposition(raw, words, head[0]):
                # ("A former ward manager at a hospital in Kent said": two place phrases, the noun
                # before the first speaks, never the hospital)
                outer = self.phrase_before(raw, self.token_start(raw, head[0], window_start), floor, lenient=lenient, hops=hops + 2)
                if outer is not None and self.is_person_noun(raw[outer[0] : outer[1]].rsplit(None, 1)[-1].casefold()):
                    head = outer  # (only a noun for people: not "the role of Assad in the transition in Syria")
            if head is None and phrase.split(None, 1)[0].casefold() in self._determiners:
                # ("When someone in the crowd shouted": the head word, never the crowd)
                head = self.head_word_before(raw, words, preposition, span[1])
            if head is not None:
                return head[0], span[1]
            if phrase[:1].isupper():
                return None  # (a place or a firm alone: no speaker)
        # (the six rules of a link before the phrase below each read the two words right before
        # it, linked_before: when none of them is overridden and those two words are not there, no
        # rule can answer, and none is called)
        linked = hops == 0 and more and (not self._plain_link_rules or self.linked_before(raw, words, span[0]) is not None)
        participle = self.participle_before_object(raw, words, span[0]) if linked else None
        if participle is not None:
            # "A source speaking to Fox News said": the source, never Fox News
            return self.phrase_before(raw, participle, floor, lenient=lenient, hops=hops + 1)
        agent = self.agent_before_object(raw, words, span[0]) if linked else None
        if agent is not None and self.is_speaker_phrase(raw[span[0] : span[1]], lenient=True):
            # "Most economists polled by Reuters said": the economists, never Reuters
            head = self.phrase_before(raw, agent, floor, lenient=lenient, hops=hops + 1)
            return head if head is not None else self.head_word_before(raw, words, agent, span[1])
        marker = self.infinitive_before_object(raw, words, span[0]) if hops == 0 and more else None
        if marker is not None:
            # "The first woman to lead the club said": the woman, never the club
            return self.phrase_before(raw, marker, floor, lenient=lenient, hops=hops + 1)
        sent = self.sent_document_before(raw, words, span[0]) if linked else None
        if sent is not None:
            # "A letter from Ana Ortiz to Tom Berg said": the letter from her, never its addressee
            # (read before a person's link: "from the mayor to Tom Berg" is no "adviser to")
            head = self.phrase_before(raw, sent[0], floor, lenient=True, hops=hops + 1)
            return (head[0], sent[1]) if head is not None else None
        link = self.person_link_before(raw, words, span[0]) if linked else None
        if link is not None:
            # "An adviser to Ana Ortiz said": the adviser, who speaks for her
            head = self.phrase_before(raw, link, floor, lenient=lenient, hops=hops + 1)
            if head is not None:
                return head[0], span[1]
        if linked and self.object_of_link_before(raw, words, span[0]) and not self.participle_at(raw, cue_start):
            # ("a lawyer with ties to the mayor said": never the mayor; but a participle's
            # subject may be that object, "a nod to the mayor acknowledging that ...")
            return None
        link = self.document_link_before(raw, words, span[0]) if linked else None
        head = self.phrase_before(raw, link, floor, lenient=lenient, hops=hops + 1) if link is not None else None
        if link is not None and not (head is not None and self.token_before(raw, head[0], floor)[:1].islower()):
            # "The letter to Ana Ortiz said": the letter's words, never hers (but the object of a
            # verb, "sent a memo to staff saying", is left to the participle's rules)
            return head
        role = self.role_before_place_list(raw, span, floor, hops) if hops == 0 else None
        if role is not None:
            return role, span[1]  # ("The ambassador to France, Germany and Italy said": the role, never the places)
        if self.is_speaker_phrase(phrase, lenient=lenient) or self.firm_before_verb(raw, phrase, cue_start):
            return span
        if joined is not None and self.is_speaker_phrase(raw[conjunct_span[0] : conjunct_span[1]], lenient=lenient):
            return span  # ("The mayor and the harbour master said": each a speaker's phrase, so both)
        link_word = next((m for m in chosen[1:] if m.group() in self._of), None) if more else None
        if link_word is not None:
            # "Critics of the plan said": the head before "of" speaks, read as "Mr. Morgan of the Sierra Club" was
            head = self.phrase_before(raw, link_word.start(), floor, lenient=lenient, hops=hops + 1)
            opener = self._word.match(raw, head[0]) if head is not None else None
            apposed = head is not None and ends_with(raw, floor, head[0], ",") and (
                opener is not None and opener.group().casefold() in self._indefinites
            )
            noun = raw[head[0] : head[1]].split() if head is not None else []
            last = strip_possessive(noun[-1]).casefold() if noun else ""
            # (a count of them speaks too: "Several of them said", one of QUANTIFIERS alone before "of")
            counted = len(noun) == 1 and last in self._quantifiers
            people = 0 < len(noun) <= self.MAX_OF_HEAD_WORDS and (self.is_person_noun(last) or counted)
            if head is not None and people and not apposed:
                return head[0], span[1]  # (not an appositive's: "Ortiz (D-NY), a supporter of ... told")
        return None

    def determiner_inside_name(self, words: Sequence[str], i: int) -> bool:
        """Whether ``words[i]``, a determiner, is written with a capital inside a run of capitalised
        words: the word right before it is capitalised and no stop word, adverb, determiner,
        weekday or month (``Save Our Village Schools``, ``Save The Children``, ``Hands Off Our
        Land``: the name of a campaign or a charity; not ``Today The Times``, nor a name's particle,
        ``Marine Le Pen``).  A determiner opens a phrase only in lower case or as the sentence's
        first word.

        .. versionadded:: 0.2
        """
        word = words[i]
        if i == 0 or word.casefold() not in self._determiners or not word[:1].isupper() or word.isupper():
            return False
        before = words[i - 1]
        low = before.casefold()
        if not before[:1].isupper() or before.isupper() or not before.isalpha():
            return False
        if low in self._stop or low in self._adverbs or low in self._determiners:
            return False
        if self.names.is_capitalised_particle([before, word], 1):
            return False  # ("Marine Le Pen": a name's particle, read by the name model)
        return not (self.vocabulary.is_weekday(before) or self.is_month_name(before))

    def name_with_determiner(self, words: Sequence[str]) -> str | None:
        """The capitalised run that ends *words* when a determiner inside it is written with a
        capital (:meth:`determiner_inside_name`): the name whole, from the first capitalised word
        of the run that is no stop word (``Campaign group Save Our Village Schools`` -> ``Save Our
        Village Schools``); ``None`` when there is none.

        .. versionadded:: 0.2
        """
        inner = next((i for i in range(1, len(words) - 1) if self.determiner_inside_name(words, i)), None)
        if inner is None or not all(w[:1].isupper() for w in words[inner:]):
            return None
        start = inner - 1
        while start > 0 and words[start - 1][:1].isupper() and words[start - 1].casefold() not in self._stop:
            start -= 1
        return " ".join(words[start:])

    def linked_body_name(self, words: Sequence[str]) -> str | None:
        """The capitalised run that ends *words* when one of :attr:`BODY_NAME_INNER_LINKS` stands
        inside it between capitalised words, in lower case or capitalised (``Save the Children``,
        ``Doctors Without Borders``, ``Citizens for Tax Justice``, ``the charity Save the
        Children``): a body's name whole, from the run's first capitalised word that is no
        determiner; ``None`` when there is none, when a word of the run is a title, when the words
        before the first link open with a given name (``Ana Ruiz for the council``) or when the
        words after the last link do (``Lawyers for Ana Ortiz``: the lawyers, as written).

        .. versionadded:: 0.2 (mendQT67)"""
        links = self._inner_links
        if not links or len(words) < 3 or not words[-1][:1].isupper():
            return None
        start = len(words)
        while start > 0:
            word = words[start - 1]
            low = word.casefold()
            if not (word[:1].isupper() or low in links or (low in self._determiners and word.islower())):
                break
            start -= 1
        while start < len(words) and (words[start].casefold() in links or words[start].casefold() in self._determiners):
            start += 1  # (the run opens with a capitalised word that is no link: "the charity Save ...")
        vocabulary = self.vocabulary
        for word in words[:start]:
            low = strip_possessive(word).casefold()
            if not (low in self._determiners or vocabulary.is_org_word(low) or vocabulary.is_company_noun(low)):
                return None  # ("a tally by the Center for ...", "the secretary general of the ...": the phrase's own reading)
        run = words[start:]
        inner = [i for i in range(1, len(run) - 1) if run[i].casefold() in links]
        if not inner or len(run) < 3:
            return None
        titles = [w for w in run[:-1] if w.casefold() not in links and not vocabulary.is_org_word(w)]
        if any(vocabulary.is_title(w) for w in titles):
            # ("Minister for Finance Ana Ruiz": a title and its portfolio, read elsewhere; a title that
            # ends the name is none, "Citizens for Tax Justice", nor an organisation word that is a
            # title too, "Committee to Protect Journalists": fixQ68)
            return None
        after = [w for w in run[inner[-1] + 1 :] if w.casefold() not in self._determiners]
        if self.names.is_given_name(run[0]) or (after and self.names.is_given_name(after[0])):
            return None  # ("Lawyers for Ana Ortiz": a person named after the link; "Ana Ruiz for ...")
        return " ".join(strip_possessive(w) if k == len(run) - 1 else w for k, w in enumerate(run))

    def body_link_at(self, raw: str, words: Sequence[regex.Match[str]], i: int) -> bool:
        """Whether ``words[i]`` is one of :attr:`BODY_NAME_LINKS` inside a body's name
        (:meth:`is_body_link`), with a single space on each side.

        .. versionadded:: 0.2"""
        if not self._body_links or words[i].group() not in self._body_links or i == 0 or i + 1 >= len(words):
            return False
        if raw[words[i - 1].end() : words[i].start()] != " " or raw[words[i].end() : words[i + 1].start()] != " ":
            return False
        reach = min(i, self.MAX_BODY_HEAD_WORDS)
        return self.is_body_link([m.group() for m in words[i - reach : i + 3]], reach)

    def is_body_link(self, words: Sequence[str], k: int) -> bool:
        """Whether ``words[k]`` is one of :attr:`BODY_NAME_LINKS` inside a body's name: a
        capitalised word right before it that ends a run of at most :attr:`MAX_BODY_HEAD_WORDS`
        capitalised words opened by an organisation word of the vocabulary (``Ministerio para``,
        ``Instituto Nacional para``, ``Bundesamt für``), and a capitalised word after it, maybe
        after a determiner (``para la Transición``, ``für Migration``); not after a person's name
        (``Ana Ruiz para la Junta``).

        .. versionadded:: 0.2"""
        if not self._body_links or words[k] not in self._body_links or k == 0 or k + 1 >= len(words):
            return False
        after = words[k + 1]
        if after.casefold() in self._determiners and k + 2 < len(words):
            after = words[k + 2]
        if not after[:1].isupper():
            return False
        for j in range(k - 1, max(-1, k - 1 - self.MAX_BODY_HEAD_WORDS), -1):
            word = words[j]
            if not word[:1].isupper() or (j < k - 1 and not word[-1:].isalpha()):
                return False  # (a word in lower case, or punctuation between the head's words)
            if self.vocabulary.is_org_word(word):
                return True
        return False

    def listed_body_link(self, raw: str, words: Sequence[regex.Match[str]], chosen: Sequence[regex.Match[str]]) -> int | None:
        """Where the link word (one of :attr:`POST_MODIFIERS`' last words: ``of``, ``for``) starts
        when *chosen*, capitalised words with a coordinator inside (``Tobacco and Firearms``), ends
        a list of a body's name: one capitalised word after each comma before it, up to
        :attr:`MAX_LISTED_WORDS`, after the link, after a capitalised organisation word
        (``the Bureau of Alcohol, Tobacco and Firearms``; ``the Department for Environment, Food
        and Rural Affairs``), or after one of :attr:`PLACE_PREPOSITIONS` after a noun that may
        speak (``Officials from Lyon, Paris and Nice``: where the officials are from); ``None``
        otherwise (``Ana Ortiz, Tom Berg and Eva Hall said``: no body).

        .. versionadded:: 0.2"""
        if len(chosen) < 3 or not any(m.group() in self._coordinators for m in chosen[1:-1]):
            return None
        if not all(m.group()[:1].isupper() for m in chosen if m.group() not in self._coordinators):
            return None
        k = self.word_at(words, chosen[0].start())
        j = k
        while k - j < self.MAX_LISTED_WORDS and j > 0 and raw[words[j - 1].end() : words[j].start()] == ", ":
            item = words[j - 1].group()
            if not item[:1].isupper() or item.casefold() in self._stop:
                return None
            j -= 1
        if j == k or j < 2 or raw[words[j - 1].end() : words[j].start()] != " ":
            return None
        link = words[j - 1].group()
        if link in self._place_prepositions and self.speaks_before_place(words[j - 2].group(), first=j == 2):
            return words[j - 1].start()  # ("Officials from Lyon, Paris and Nice said": the officials)
        if link not in self._cuts:
            return None
        head = words[j - 2].group()
        if not head[:1].isupper() or not self.vocabulary.is_org_word(head) or raw[words[j - 2].end() : words[j - 1].start()] != " ":
            return None
        return words[j - 1].start()

    def listed_modifier_start(
        self, raw: str, words: Sequence[regex.Match[str]], chosen: Sequence[regex.Match[str]], floor: int
    ) -> int | None:
        """Where a determiner starts that opens a name listed with commas before a noun in lower
        case, when *chosen* is the list's end: capitalised words with a coordinator inside, then
        the noun (``A Memphis Light, Gas and Water spokesperson said``, ``The Leeds, Bradford and
        York officials said``: the whole phrase, never ``Gas and Water spokesperson``); each item
        before a comma of at most :attr:`MAX_LISTED_WORDS` capitalised words, at most
        :attr:`MAX_LISTED_WORDS` items; the determiner opens the clause (after *floor* or a
        comma, a colon, a semicolon); ``None`` otherwise (``At the Harbour, Port and Rail
        officials said``: a place opens the sentence).

        .. versionadded:: 0.2"""
        if len(chosen) < 4 or not chosen[-1].group()[:1].islower():
            return None
        names = [m.group() for m in chosen[:-1]]
        if not any(w in self._coordinators for w in names[1:-1]):
            return None
        if not all(w[:1].isupper() or w in self._coordinators for w in names) or names[-1] in self._coordinators:
            return None
        def opens(word: str) -> bool:
            return word.casefold() in self._determiners or word.casefold() in self._indefinites

        def item_word(word: str) -> bool:
            return word[:1].isupper() and word.casefold() not in self._stop and not opens(word)

        j = self.word_at(words, chosen[0].start())
        items = 0
        while items < self.MAX_LISTED_WORDS and j > 0 and raw[words[j - 1].end() : words[j].start()] == ", ":
            k = j - 1
            while k > 0 and j - k < self.MAX_LISTED_WORDS and raw[words[k - 1].end() : words[k].start()] == " " and (
                item_word(words[k - 1].group())
            ):
                k -= 1
            if not item_word(words[k].group()):
                return None
            j, items = k, items + 1
        if not items or j < 1 or raw[words[j - 1].end() : words[j].start()] != " ":
            return None
        determiner = words[j - 1]
        if not opens(determiner.group()):
            return None
        before = raw[floor : determiner.start()].rstrip()
        return determiner.start() if not before or before[-1] in ",;:" else None

    def count_subject(self, raw: str, floor: int, window_start: int, end: int) -> tuple[int, int] | None:
        """A bare count that ends at *end* and opens its clause, the subject of the cue after it
        (``Already, 520 delegates back her, 39 have said they back him``, ``Of 48 chambers that
        replied, only 28 said ...``, ``at least 21,000 said``): digits (maybe after one of
        :attr:`COUNT_LEADS`) after the clause's start at *floor*, a comma, semicolon or colon, or
        one of :attr:`COORDINATORS` or :attr:`CLAUSE_JOINS` (``..., while 201 said ...``).  Not
        a year nor a figure inside a phrase (``the 2016 budget``, ``the 12 members``, ``0/92``: a
        word or mark before it that opens no clause).  The resolved speaker is the count as
        written (a count is no date: ``SpeakerResolution.resolve``).

        .. versionadded:: 0.2
        """
        low = max(window_start, end - self.PHRASE_WINDOW)
        last = end
        while last > low and raw[last - 1].isspace():
            last -= 1
        if last == low or not (raw[last - 1].isdigit() or not raw[last - 1].isascii()):
            return None  # (the count's digits end the text but for blanks: no pattern run without them)
        count = self._count_subject.search(raw, low, end)
        if count is None:
            return None
        before = count.start()
        while before > floor and raw[before - 1].isspace():
            before -= 1
        if before > floor and raw[before - 1] not in ",;:":
            lead = self.token_before(raw, count.start(), floor)
            joins = lead.casefold() in self._coordinators or lead.casefold() in self.CLAUSE_JOINS
            if not joins or raw[before - len(lead) : before] != lead:
                return None  # ("the 12 members", "(12 ...": a word or mark of the phrase before)
            if lead.casefold() in self._coordinators and self.number_before(raw, before - len(lead), floor):
                return None  # ("between the ages of 18 and 29", "grades 9 and 10": a range, no clause)
        return count.start(), count.end() - (len(count.group()) - len(count.group().rstrip()))

    def number_before(self, raw: str, pos: int, floor: int) -> bool:
        """Whether a number (digits, or one of :attr:`NUMBER_WORDS`) ends right before *pos* with
        only blanks between, no further back than *floor*: the first number of a range or a pair
        (``18 and 29``, ``five or 6``) whose second one opens no clause.

        .. versionadded:: 0.2
        """
        end = pos
        while end > floor and raw[end - 1].isspace():
            end -= 1
        begin = end
        while begin > floor and raw[begin - 1].isalnum():
            begin -= 1
        word = raw[begin:end]  # (empty after a comma or other mark: "..., 520 back her, and 39 ...")
        return word.isdigit() or word.casefold() in self._numbers

    def linked_before(
        self, raw: str, words: Sequence[regex.Match[str]], start: int
    ) -> tuple[int, regex.Match[str], regex.Match[str]] | None:
        """The two words of *words* right before the phrase at *start*, a head and a link word
        (``adviser to``, ``speaking to``, ``letter to``), with only blanks between them and the
        phrase, and the index in *words* of the first word at or after *start*; ``None`` when fewer
        than two words stand before it or anything but blanks comes between."""
        k = self.word_at(words, start)
        if k < 2:
            return None
        link, head = words[k - 1], words[k - 2]
        if raw[link.end() : start].strip() or raw[head.end() : link.start()].strip():
            return None
        return k, head, link

    @staticmethod
    def word_at(words: Sequence[regex.Match[str]], start: int) -> int:
        """The index in *words* (in order) of the first word that starts at or after *start*,
        ``len(words)`` for none, read from the end: the phrase a rule asks about ends near the
        cue, so few words stand after its start (at most the window's words)."""
        index = len(words)
        while index and words[index - 1].start() >= start:
            index -= 1
        return index

    def participle_before_article(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> int | None:
        """Where a participle in :attr:`GERUND_SUFFIX` starts when the phrase at *start* opens with
        one of :attr:`DETERMINERS` right after it, blanks only between, with a word before the
        participle (``The lawyer representing the family``, ``Residents fleeing the fire``): the
        phrase is the participle's object, and the noun phrase before the participle heads the
        speaker's phrase.  Not a speech participle of :attr:`PARTICIPLES`, one of
        :attr:`GERUND_PREPOSITIONS` (``according``), a stop word or a capitalised participle.

        .. versionadded:: 0.2
        """
        suffix = self.GERUND_SUFFIX
        k = self.word_at(words, start) if suffix else 0
        if k < 2 or k >= len(words) or words[k].start() != start or words[k].group().casefold() not in self._determiners:
            return None
        verb = words[k - 1]
        low = verb.group()
        if raw[verb.end() : start].strip() or not (low.islower() and low.endswith(suffix)) or len(low) <= len(suffix) + 2:
            return None
        if low in self._gerund_prepositions or low in self._stop or low in self._participles:
            return None
        return verb.start()

    def participle_before_object(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> int | None:
        """Where a participle in ``-ing`` starts when the phrase at *start* is the object of one of
        :attr:`PARTICIPLE_LINKS` right after it, across blanks only (``speaking to Fox News``,
        ``standing near the Harbour Hotel``), with a word before the participle: the phrase is
        then part of a description, and the noun before the participle is the speaker.  Not
        after one of :attr:`GERUND_PREPOSITIONS` (``according to``) or a capitalised participle
        (``Speaking to Fox News, Ortiz said``)."""
        suffix = self.GERUND_SUFFIX
        if not suffix:
            return None
        found = self.linked_before(raw, words, start)
        if found is None or found[0] < 3:
            return None  # (and a word before the participle)
        _, verb, link = found
        low = verb.group()
        if link.group() not in self._participle_links or not (low.islower() and low.endswith(suffix)):
            return None
        if len(low) <= len(suffix) + 2 or low in self._gerund_prepositions or low in self._stop:
            return None
        return verb.start()

    def genitive_head(
        self, raw: str, words: Sequence[regex.Match[str]], start: int, floor: int, lenient: bool, hops: int
    ) -> tuple[int, int] | None:
        """The phrase of the noun a genitive at *start* completes: the phrase opens with one of
        :attr:`GENITIVE_DETERMINERS` right after a word that is no stop word nor determiner, blanks
        only between (``Die Sprecherin des Ministeriums``, ``Der Chef der Deutschen Bank``, ``Le
        ministre français des Affaires étrangères``), and a speaker's phrase ends with that word:
        it speaks, not the body of the genitive.  ``None`` otherwise.

        .. versionadded:: 0.2
        """
        k = self.word_at(words, start)
        if k < 1 or k >= len(words) or words[k].start() != start or words[k].group() not in self._genitives:
            return None
        before = words[k - 1]
        low = before.group().casefold()
        if raw[before.end() : start].strip() or low in self._stop or low in self._determiners:
            return None
        head = self.phrase_before(raw, before.end(), floor, lenient=lenient, hops=hops + 1)
        return head if head is not None and head[1] == before.end() else None

    def agent_before_object(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> int | None:
        """Where a participle in lower case with one of :attr:`PASSIVE_PARTICIPLE_ENDINGS` starts
        when the phrase at *start* is its agent after one of :attr:`AGENT_WORDS`, blanks only
        between them, and a word that is no stop word stands right before the participle
        (``economists polled by Reuters``, ``a source briefed by Tom Berg``, ``Documents seen by
        Reuters``, ``interrogés par Reuters``): the phrase is part of a description of the noun
        before, which speaks, not the agent.  ``None`` otherwise (``stood by his comment``, ``an
        email sent out by Ana Ruiz``: no such participle).

        .. versionadded:: 0.2
        """
        found = self.linked_before(raw, words, start)
        if found is None or found[0] < 3:
            return None
        k, verb, link = found
        noun = words[k - 3].group()
        if link.group() not in self._agents or not verb.group().islower() or verb.group() in self._stop:
            return None
        if not self.PASSIVE_PARTICIPLE_ENDINGS or not verb.group().endswith(self.PASSIVE_PARTICIPLE_ENDINGS):
            return None
        if raw[words[k - 3].end() : verb.start()].strip():
            return None
        if noun.casefold() in self._stop and noun.casefold() not in self._head_words:
            return None  # (a stop word that heads no phrase; "those polled by Reuters" does)
        if verb.group() in self._determiners or noun.casefold() in self._determiners:
            return None
        return verb.start()

    def head_word_before(self, raw: str, words: Sequence[regex.Match[str]], start: int, end: int) -> tuple[int, int] | None:
        """For :meth:`phrase_before`: the bounds from one of :attr:`HEAD_WORDS` right
        before *start* (a participle, blanks only between) to *end*, the whole phrase it heads
        (``All those polled by Reuters said``: ``those polled by Reuters``, as ``those close to
        the mayor``); ``None`` when no head word stands there.

        .. versionadded:: 0.2
        """
        k = self.word_at(words, start)
        if k < 1 or k > len(words) or raw[words[k - 1].end() : start].strip():
            return None
        head = words[k - 1].group()
        return (words[k - 1].start(), end) if head.casefold() in self._head_words else None

    def infinitive_before_object(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> int | None:
        """Where one of :attr:`INFINITIVE_MARKERS` starts when the phrase at *start* is the object of
        the verb in lower case right after it, and a noun for people (:meth:`is_people_noun`)
        stands right before it, blanks only between (``The first woman to lead the club said``,
        ``the last man to beat Ana Ortiz says``): the infinitive describes that noun, which
        speaks, not its object.  ``None`` otherwise (``Ortiz wants to help the club``: no noun
        for people before ``to``)."""
        k = self.word_at(words, start)
        if k < len(words) and words[k].group().islower() and k >= 2 and words[k - 1].group() in self._infinitive_markers:
            k += 1  # (the verb read into the phrase: "to beat Ana Ortiz")
        if k < 3 or k > len(words):
            return None
        verb, marker, noun = words[k - 1], words[k - 2], words[k - 3]
        if raw[marker.end() : verb.start()].strip() or raw[noun.end() : marker.start()].strip():
            return None
        if verb.start() < start and raw[verb.end() : start].strip():
            return None
        if marker.group() not in self._infinitive_markers or not verb.group().islower():
            return None
        if verb.group() in self._stop or verb.group() in self._determiners:
            return None  # ("advisers to the island's government": a preposition's object, no verb)
        if not self.is_people_noun(noun.group().casefold(), True):
            return None
        return marker.start()

    def person_link_before(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> int | None:
        """Where one of :attr:`PERSON_LINKS` or :attr:`APPOSITIVE_LINKS` starts when it stands,
        blanks only around it, between a noun for people (:meth:`is_people_noun`) and the phrase at
        *start* (``An adviser to Ana Ortiz said``, ``an aide to the governor said``, ``a senior
        official with the ministry said``): the phrase is that noun's complement, and the noun's
        phrase speaks.  ``None`` otherwise."""
        found = self.linked_before(raw, words, start)
        if found is None:
            return None
        _, noun, link = found
        word = link.group()
        if word not in self._person_links and word not in self._appositive_link_words:
            return None  # ("a senior official with the ministry said": one of APPOSITIVE_LINKS too)
        if not self.is_people_noun(noun.group().casefold(), True):
            return None
        return link.start()

    def participle_at(self, raw: str, pos: int) -> bool:
        """Whether the word at *pos* is one of :attr:`PARTICIPLES`.

        .. versionadded:: 0.2"""
        word = self._word.match(raw, pos, None, KEEP_GIL)
        return word is not None and word.group().casefold() in self._participles

    def object_of_link_before(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> bool:
        """Whether the phrase at *start* opens with one of :attr:`DETERMINERS` in lower case right
        after one of :attr:`PERSON_LINKS` that follows a noun in lower case for no person, blanks
        only between (``a lawyer with ties to the mayor said``): the phrase is the object of
        that noun's link, never the speaker, and the noun is none either.

        .. versionadded:: 0.2
        """
        found = self.linked_before(raw, words, start)
        if found is None:
            return False
        k, noun, link = found
        opener = words[k].group() if k < len(words) else ""
        value = strip_possessive(noun.group())
        return (
            link.group() in self._person_links and opener in self._determiners and value.isalpha()
            and value.islower() and not self.is_person_noun(value.casefold()) and value not in self._document_nouns
        )

    def document_link_before(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> int | None:
        """Where one of :attr:`ADDRESSEE_PREPOSITIONS` starts when it stands, blanks only around
        it, between one of :attr:`DOCUMENT_NOUNS` in lower case and the phrase at *start* (``The
        letter to Ana Ortiz said``, ``a memo to staff said``): the phrase is the people the
        document went to, who never speak its words; the document's phrase speaks, if anyone.
        ``None`` otherwise."""
        found = self.linked_before(raw, words, start)
        if found is None:
            return None
        _, noun, link = found
        value = strip_possessive(noun.group())
        if link.group() not in self._addressee_prepositions or not value[:1].islower():
            return None
        return link.start() if value in self._document_nouns else None

    def sent_document_before(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> tuple[int, int] | None:
        """Where the document's origin word starts and its sender ends when the phrase at *start*
        is the addressee of a document sent by someone: one of :attr:`DOCUMENT_NOUNS` in lower
        case, one of :attr:`ORIGIN_WORDS`, the sender in at most :attr:`MAX_NAME_WORDS` words, then
        one of :attr:`ADDRESSEE_PREPOSITIONS` right before the phrase, blanks only between them
        (``A letter from Ana Ortiz to Tom Berg said``, ``a memo from the mayor to staff said``).
        The addressee never speaks the document's words.  ``None`` otherwise."""
        found = self.linked_before(raw, words, start)
        if found is None:
            return None
        k, _, link = found
        if link.group() not in self._addressee_prepositions:
            return None
        for j in range(k - 3, max(0, k - 3 - self.MAX_NAME_WORDS), -1):
            if words[j].group().casefold() not in self._origins:
                continue
            noun = strip_possessive(words[j - 1].group())
            if not (noun[:1].islower() and noun in self._document_nouns):
                return None
            if _GAP_PUNCTUATION.search(raw[words[j - 1].start() : start]):
                return None
            return words[j].start(), words[k - 2].end()
        return None

    def name_stop_at(self, raw: str, words: Sequence[regex.Match[str]], i: int, chosen: Sequence[regex.Match[str]]) -> bool:
        """Whether ``words[i]``, a stop word before the *chosen* words of a speaker's phrase, is a
        name's word (:meth:`name_stop_word`): ``Theresa May said``, ``Will Hurd said``, ``May
        said``.  Only blanks may stand between it and the words next to it."""
        word = words[i].group()
        before = words[i - 1].group() if i > 0 and not raw[words[i - 1].end() : words[i].start()].strip() else ""
        after = chosen[0].group() if chosen else ""
        return self.name_stop_word(word, before, after) or (not chosen and self.surname_after_quotation(raw, words[i]))

    def surname_after_quotation(self, raw: str, word: regex.Match[str]) -> bool:
        """Whether *word*, a capitalised stop word alone between a quotation that closes with a comma
        and its cue (``"...," From said``), is a surname: nothing but a speaker stands there.  Never
        a pronoun, a determiner, a quantifier, a coordinator or an adverb (``"...," Many said``:
        no name), and only with a closing mark right after a comma before it.

        .. versionadded:: 0.2
        """
        text = word.group()
        low = text.casefold()
        if not (text[:1].isupper() and text[1:].islower()):
            return False
        if low in self._pronouns or low in self._determiners or low in self._quantifiers or low in self._coordinators:
            return False
        if low in self._adverbs or low in self._indefinite_speakers or self.is_adverb(low):
            return False
        before = raw[max(0, word.start() - 3) : word.start()].rstrip()
        return len(before) >= 2 and before[-1] in self._name_closers and before[-2] == ","

    #: The most characters between a credit's colon and the slash before its agency
    #: (``Photo: Jane Doe/AAP``): :meth:`credit_agency` (a bound).
    #:
    #: .. versionadded:: 0.2 (fixQ59b)
    MAX_CREDIT_NAME_CHARS: ClassVar[int] = 40

    def credit_agency(self, raw: str, word: regex.Match[str]) -> bool:
        """Whether *word* is the agency of a credit written ``Label: Name/AGENCY`` (``Photo: Jane
        Doe/AAP``): an acronym or an agency of the vocabulary joined by a slash to a person's name
        that a colon opens, at most :attr:`MAX_CREDIT_NAME_CHARS` characters before it; never a
        word of a speaker's phrase after it (``Photo: Jane Doe/AAP Police said``: the police).  A
        slash between two bodies' names is no credit (``a CNN/ORC poll``).

        .. versionadded:: 0.2 (fixQ59b)"""
        slash = word.start() - 1
        if slash < 1 or raw[slash] != "/" or not (self.is_acronym(word.group()) or self.vocabulary.is_agency(word.group())):
            return False
        colon = raw.rfind(":", max(0, slash - self.MAX_CREDIT_NAME_CHARS), slash)
        return colon >= 0 and self.names.is_name(raw[colon + 1 : slash].strip())

    def barred_surname_at(self, raw: str, words: Sequence[regex.Match[str]], i: int) -> bool:
        """Whether ``words[i]``, a stop word right before a cue, is the surname of a name whose
        capitalised particle stands before it (``Nguyen Van An said``:
        :meth:`~newsparse.NameModel.is_barred_surname`), only blanks between the three words.

        .. versionadded:: 0.2
        """
        if i < 2 or not words[i].group()[:1].isupper():
            return False
        if raw[words[i - 2].end() : words[i].start()].split() != [words[i - 1].group()]:
            return False  # (a mark between: "Nguyen, Van An")
        return self.names.is_barred_surname([w.group() for w in words[i - 2 : i + 1]], 2)

    def lone_name_word(self, raw: str, floor: int, word: regex.Match[str]) -> bool:
        """Whether *word*, alone before a cue, is a surname that is also a month or one of
        :attr:`NAME_STOP_WORDS` (``"...," May said``, ``April said``): capitalised, with no word
        before it in ``raw[floor:]`` but across punctuation or a quotation mark (``in May said``
        is a date)."""
        text = word.group()
        if not self.may_be_date_surname(text):
            return False
        before = raw[floor : word.start()].rstrip()
        return not before or not (before[-1].isalnum() or before[-1] in "'’-")

    def with_portfolio_title(self, raw: str, words: Sequence[regex.Match[str]], span: tuple[int, int]) -> tuple[int, int]:
        """*span*, a name set off by a comma before a cue, run back over the capitalised title and
        the start of its portfolio right before it, across blanks only (``Minister for Housing
        Clare Dunne, speaking in Cork, said``: the appositive's name opens after ``for``, so the
        whole phrase is ``Minister for Housing Clare Dunne``; ``NameModel.portfolio_title_start``);
        *span* itself otherwise.  At most :attr:`MAX_PORTFOLIO_WORDS` words are read back.

        .. versionadded:: 0.2
        """
        k = self.word_at(words, span[0])
        before = words[max(0, k - self.MAX_PORTFOLIO_WORDS) : k]
        title = self.names.portfolio_title_start([word.group() for word in before]) if before else None
        if title is None:
            return span
        start = before[title].start()
        if any(not (c.isalnum() or c.isspace() or c in "'’-") for c in raw[start : span[0]]) or "\n" in raw[start : span[0]]:
            return span  # (a comma or a mark between: "the Minister for Housing, Clare Dunne, said" is hers alone)
        return start, span[1]

    def modifier_before(self, raw: str, start: int, end: int) -> regex.Match[str] | None:
        """One of :attr:`POST_MODIFIERS` that ends ``raw[start:end]`` before blanks, maybe after a
        head word (``Those close to``, ``A spokesman for``).  The pattern, a search through the
        window, runs only when the words before the blanks end with a post-modifier (a match of
        at most :attr:`POST_MODIFIERS`' longest entry, read at that place)."""
        last = end
        while last > start and raw[last - 1].isspace() and raw[last - 1] not in _NOT_PATTERN_SPACE:
            last -= 1  # (the blanks the pattern's \s reads)
        if last == end or self._modifier_end.search(raw, max(start, last - self._modifier_length), last, KEEP_GIL) is None:
            return None
        return self._modifier_before.search(raw, start, end, KEEP_GIL)

    def after_place_preposition(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> bool:
        """Whether the phrase starting at *start* follows, across blanks only, one of
        :attr:`PLACE_PREPOSITIONS` in lower case after a noun that may speak
        (:meth:`speaks_before_place`: ``a plumber from Leeds``, ``Officials in Beijing``): the
        phrase is then the preposition's object, not a speaker of its own.  After an adverb, a
        time word or a participle (``Earlier on Monday Tom Berg said``, ``Speaking in Paris Ana
        Ortiz said``) it is not."""
        # (only the last word that ends before *start* can have nothing but blanks after it up to
        # *start*: read from the end, where the phrase is, not from the window's start)
        k = len(words)
        while k and words[k - 1].end() >= start:
            k -= 1
        k -= 1
        if k > 0 and words[k].group() in self._place_prepositions and not raw[words[k].end() : start].strip():
            return self.speaks_before_place(words[k - 1].group(), first=k == 1)
        if k > 0 and words[k].group() in self._time_span_prepositions and not raw[words[k].end() : start].strip():
            # (or a stretch of time's, a capitalised holiday or event after a noun for people or a
            # name: "Residents over Christmas said", the holiday no speaker; not "concern over NRC,
            # says", nor "the UK over his alleged role")
            before = words[k - 1].group()
            people = before[:1].isupper() or self.is_person_noun(before.casefold(), endings=False)
            return people and raw[start : start + 1].isupper() and self.speaks_before_place(before, first=k == 1)
        return False

    def speaks_before_place(self, word: str, *, first: bool = False) -> bool:
        """Whether *word*, right before a place preposition, may end the phrase the preposition
        belongs to (``a plumber from Leeds``, ``Ana Ortiz from Leeds``, ``the convention in
        Philadelphia``): never an adverb, a time word or a word in ``-ing`` (``Earlier on Monday
        Tom Berg said``, ``Talking on Monday ...``), and as the window's *first* word only a noun
        that may name a speaker (:meth:`is_person_noun`) or a plural (``Officials in Beijing``,
        ``Partisans on both sides``, not ``Late on Monday``)."""
        low = word.casefold()
        if low.endswith("ing") or low in self._adverbs or self.is_time_word(low):
            return False
        return not first or self.is_person_noun(low) or (low.endswith("s") and not low.endswith("ss"))

    def name_after_opening(self, raw: str, chosen: Sequence[regex.Match[str]], floor: int) -> int | None:
        """Where a name starts in the words *chosen* before a cue when they are the object of one
        of :attr:`PREPOSITIONS` that opens the sentence with no comma after it, then the subject
        (``At the meeting Tom Berg told``, ``In a statement Ana Ortiz said``, ``During the hearing
        Judge Lena Marsh told``): a determiner, one to :attr:`MAX_OPENING_PHRASE_WORDS` words in
        lower case that name no person (no person or role noun: ``the lawyer Tom Berg`` is one
        phrase), then capitalised words whose last two or more make a name, or one capitalised
        word alone or after titles (``Prior to the vote Ortiz said``, ``... Councillor Ortiz
        said``), or capitalised words that end with an organisation word (``As part of the deal
        Harbour Holdings said``).  The preposition may be one of
        :attr:`PREPOSITION_PHRASES` (``Ahead of the meeting Mayor Ana Ortiz said``), and a
        possessive may stand for the determiner (``At Tuesday's meeting Ortiz said``).  ``None``
        otherwise.

        .. versionadded:: 0.2
        """
        # (the fewest words: a noun and a one-word name, the lower-case words counted below)
        if len(chosen) < 2:
            return None
        opener = chosen[0].group()
        # (after a preposition of more words, a noun alone: "Due to illness Ortiz said")
        bare = opener.islower() and self.preposition_phrase_before(raw, chosen[0].start(), floor) is not None
        owner = opener[:1].isupper() and strip_possessive(opener) != opener  # ("At Tuesday's meeting")
        if not bare and not owner and opener.casefold() not in self._determiners:
            return None
        lower = 1
        while lower < len(chosen) and chosen[lower].group()[:1].islower():
            lower += 1
        least = 1 if len(chosen) - lower == 1 else self.names.MIN_WORDS
        if not 1 - bare < lower <= self.MAX_OPENING_PHRASE_WORDS or len(chosen) - lower < least:
            return None
        vocabulary = self.vocabulary
        for m in chosen[0 if bare else 1 : lower]:
            low = m.group().casefold()
            if low in self._person_nouns or vocabulary.is_role_noun(low) or vocabulary.is_title(low):
                return None  # ("After the vote the lawyer Tom Berg said": a role before the name, one phrase)
        capitalised = [strip_possessive(m.group()).rstrip(".") for m in chosen[lower:]]
        if not all(w[:1].isupper() for w in capitalised):
            return None
        named = self.names.trailing_name(capitalised)
        # ("As part of the deal Harbour Holdings said": a body's name)
        body = len(capitalised) >= least and vocabulary.is_org_word(capitalised[-1])
        if named < least and not body and not (named and all(vocabulary.is_title(w.casefold()) for w in capitalised[:-named])):
            return None  # (but a title may stand before a one-word name: "Prior to the vote Councillor Ortiz said")
        preposition = self.token_start(raw, chosen[0].start(), floor)
        if raw[preposition : chosen[0].start()].strip().casefold() not in self._prepositions:
            found = self.preposition_phrase_before(raw, chosen[0].start(), floor)
            if found is None:
                return None
            preposition = found
        return chosen[lower].start() if self.preposition_opens_clause(raw, floor, preposition) else None

    def preposition_opens_clause(self, raw: str, floor: int, start: int) -> bool:
        """Whether the word at *start* opens a sentence or a clause: nothing but blanks before it
        down to *floor*, or one of :attr:`OPENING_OBJECT_AFTER` right before it, or one of
        :attr:`COORDINATORS` that does (``But prior to the vote Ortiz said``).

        .. versionadded:: 0.2"""
        opening = raw[floor:start].rstrip()
        if not opening or opening[-1] in self.OPENING_OBJECT_AFTER:
            return True
        word = self.token_start(raw, len(opening), floor)
        if opening[word:].casefold() not in self._coordinators:
            return False
        before = raw[floor:word].rstrip()
        return not before or before[-1] in self.OPENING_OBJECT_AFTER

    def preposition_phrase_before(self, raw: str, end: int, floor: int) -> int | None:
        """Where one of :attr:`PREPOSITION_PHRASES` starts when it ends right before *end* (over
        blanks), not before *floor*; ``None`` when none does.

        .. versionadded:: 0.2"""
        # (the starts of the last one, two, ... words before *end*, and their folded words, read
        # once for all the phrases, not again for each: phrases of as many words share them)
        starts: list[int] = [end]
        read: dict[int, tuple[str, ...]] = {}
        for phrase in self._preposition_phrases:
            size = len(phrase)
            while len(starts) <= size:
                starts.append(self.token_start(raw, starts[-1], floor))
            start = starts[size]
            words = read.get(size)
            if words is None:
                words = read[size] = tuple(raw[start:end].casefold().split())
            if words == phrase:
                return start
        return None

    def preposition_object(self, raw: str, words: Sequence[regex.Match[str]], index: int) -> bool:
        """Whether ``words[index]``, a pronoun before a cue, is the object of one of
        :attr:`OBJECT_PREPOSITIONS` right before it, blanks only between (``several of those who
        sit on it told reporters``, ``two of the people behind it said``): the object of a
        preposition is never the cue's subject.

        .. versionadded:: 0.2
        """
        if index == 0 or raw[words[index - 1].end() : words[index].start()].strip():
            return False
        return words[index - 1].group().casefold() in self._object_prepositions

    def counted_demonstrative(self, raw: str, words: Sequence[regex.Match[str]], index: int) -> bool:
        """Whether ``words[index]``, one of :attr:`DEMONSTRATIVE_PRONOUNS` right before a cue (not before a
        participle's agent phrase, read on a hop: ``those questioned by the BBC said`` keeps its phrase), ends a
        share of people: one of :attr:`OF_WORDS` before it and, before that, a count that opens the
        clause (one of :attr:`QUANTIFIERS` or :attr:`NUMBER_WORDS`, or a figure) after a punctuation
        mark, a conjunction or nothing, blanks only between (``Many of those said``, ``, and two of
        these said``; not ``claims disputed with one of those``, ``14.25 mln dlrs of these``).

        .. versionadded:: 0.2
        """
        if index < 2 or words[index - 1].group().casefold() not in self._of:
            return False
        count = words[index - 2]
        low = count.group().casefold()
        if not (low in self._quantifiers or low in self._numbers or low.isdigit()):
            return False
        if raw[count.end() : words[index - 1].start()].strip() or raw[words[index - 1].end() : words[index].start()].strip():
            return False
        if index == 2:
            return True  # (the clause opens with the count)
        gap = raw[words[index - 3].end() : count.start()]
        return bool(gap.strip()) or words[index - 3].group().casefold() in self._conjunctions

    #: The most words of a phrase that ends in a preposition and its pronoun object before a cue
    #: (``two of the people behind it``: :meth:`phrase_around_object`).
    #:
    #: .. versionadded:: 0.2
    MAX_OBJECT_PHRASE_WORDS: ClassVar[int] = 8

    def phrase_around_object(self, raw: str, words: Sequence[regex.Match[str]], index: int) -> tuple[int, int] | None:
        """The speaker's phrase that ends in a preposition and its pronoun object, ``words[index]``
        (:meth:`preposition_object`), before a cue: the words back to the clause's opening (a
        punctuation mark, one of :attr:`CONJUNCTIONS`, or the window's first word), at most
        :attr:`MAX_OBJECT_PHRASE_WORDS` words, with no cue in them (``as several named to it told
        reporters``: ``several named to it``).  ``None`` when no word stands before the
        preposition or the phrase is longer: no speaker is named, and never the pronoun.

        .. versionadded:: 0.2
        """
        first = index - 1
        while first > 0 and not raw[words[first - 1].end() : words[first].start()].strip():
            if words[first - 1].group().casefold() in self._conjunctions:
                break
            first -= 1
            if index - first + 1 > self.MAX_OBJECT_PHRASE_WORDS:
                return None
        if first == index - 1 or any(self.is_cue_word(m.group().casefold()) for m in words[first:index]):
            return None
        return words[first].start(), words[index].end()

    #: The most words of the object of one of :attr:`PREPOSITION_PHRASES` that opens a clause and
    #: ends at a comma (``In addition to the mayor and her deputy,``: :meth:`past_opening_object`).
    #:
    #: .. versionadded:: 0.2
    MAX_OPENING_OBJECT_WORDS: ClassVar[int] = 8

    def past_opening_object(self, raw: str, words: Sequence[regex.Match[str]], opened: int) -> int:
        """How many of *words* an opening phrase of :attr:`PREPOSITION_PHRASES` that ends after
        ``words[opened - 1]`` covers with its object: up to the first comma within
        :attr:`MAX_OPENING_OBJECT_WORDS` words when words follow it and no verb in the past nor
        cue stands in the object (``Apart from the mayor, two council members, Ruth Lang and Tom Esposito, said``:
        the mayor is the object, never the subject nor its appositive); *opened* otherwise
        (``Prior to the vote Ortiz said``).

        .. versionadded:: 0.2
        """
        last = min(len(words) - 1, opened + self.MAX_OPENING_OBJECT_WORDS)
        for k in range(opened, last):
            gap = raw[words[k].end() : words[k + 1].start()]
            if not gap.strip():
                continue
            verb = any(self.is_past_verb(m.group()) or self.is_cue_word(m.group().casefold()) for m in words[opened : k + 1])
            if gap.strip() != "," or verb:
                return opened  # ("Because of what the mayor said, ...": a clause, read as before)
            return k + 1
        return opened

    def opening_preposition_end(self, raw: str, words: Sequence[regex.Match[str]], floor: int) -> int:
        """How many of *words* (those before a cue) the last of :attr:`PREPOSITION_PHRASES` that
        opens a sentence or a clause among them (:meth:`preposition_opens_clause`) ends after, its words
        with only blanks between them: the phrase and its object are no speaker's (``Prior to
        the vote Ortiz said``, ``Ahead of the meeting Mayor Ana Ortiz said``, ``But because of the
        storm the ferry operator said``).  0 when none does.

        .. versionadded:: 0.2"""
        if not self._preposition_phrase_starts:
            return 0
        found = 0
        starts = self._preposition_phrases_from
        for i, m in enumerate(words):
            phrases = starts.get(m.group().casefold())
            if phrases is None:
                continue
            for phrase in phrases:  # (those that open with this word)
                n = len(phrase)
                if i + n >= len(words):
                    continue
                if all(
                    words[i + k].group().casefold() == phrase[k] and not raw[words[i + k - 1].end() : words[i + k].start()].strip()
                    for k in range(1, n)
                ) and self.preposition_opens_clause(raw, floor, m.start()):
                    found = max(found, i + n)
        return found

    def shares_at(self, raw: str, start: int, end: int) -> bool:
        """Whether ``raw[start:end]`` may hold a share of people (``six in 10``, ``two of three``,
        ``three-fourths``) that the share pattern of :meth:`phrase_before` reads: a hyphen, or
        the first word of one of :attr:`SHARE_WORDS` as a word of its own; without either the
        pattern, which is tried at every position, cannot match and is not run.

        .. versionadded:: 0.2
        """
        piece = raw[start:end]
        return "-" in piece or not self._share_leads.isdisjoint(piece.split())

    def token_start(self, raw: str, end: int, floor: int) -> int:
        """Where the word before *end* (over blanks) starts, not before *floor*."""
        pos = end
        while pos > floor and raw[pos - 1].isspace():
            pos -= 1
        while pos > floor and not raw[pos - 1].isspace():
            pos -= 1
        return pos

    def relative_speaker(self, raw: str, words: Sequence[regex.Match[str]], cue_start: int) -> tuple[int, int] | None:
        """A speaker's phrase with a relative clause and no comma, the cue right after it (``A
        resident who asked not to be identified said``, ``a lawyer who represents the family
        said``): one of :attr:`RELATIVE_PRONOUNS` at most :attr:`MAX_RELATIVE_WORDS` words before
        the cue with no punctuation after it, and before the pronoun a noun for people
        (:meth:`is_people_noun`) opened by a determiner at most :attr:`MAX_APPOSITIVE_HEAD` words
        earlier; after the clause's verb no coordinator, cue or pronoun (but one right after
        one of :attr:`SUBORDINATORS`: ``who asked not to be named because she feared
        reprisals``).  The pronoun must be
        the clause's subject: no capitalised word, determiner or pronoun right after it (``told
        the jury that the witness said``: ``that`` opens what was told), and the cue follows no
        word of :attr:`CLAUSE_AUXILIARIES` (``who have come forward to say``: the clause's own
        verb).  The whole phrase is the mention (the person is unnamed); ``None`` otherwise."""
        last = len(words) - 1
        if last < 2 or raw[words[-1].end() : cue_start].strip():
            return None
        k = next(
            (i for i in range(last - 1, max(0, last - self.MAX_RELATIVE_WORDS) - 1, -1) if words[i].group() in self._relatives),
            None,
        )
        if k is None or k == 0 or _GAP_PUNCTUATION.search(raw, words[k - 1].end(), words[-1].end(), KEEP_GIL):
            return None
        h = self.place_after_head(words, k)  # ("A resident of Bath who asked ...": the resident's noun)
        head = words[h].group()
        if not head[:1].islower() or not self.is_people_noun(head.casefold(), words[k].group() in self._personal_relatives):
            return None
        after = words[k + 1].group()
        if after[:1].isupper() or after.casefold() in self._determiners or after.casefold() in self._pronouns:
            return None  # "told the players that the referee said": "that" opens what was told
        before = len(words) - 1
        while before > k + 1 and self.is_adverb_word(words[before].group()):
            before -= 1  # ("who has successfully argued": the auxiliary before the adverbs)
        if words[before].group()[:1].islower() and words[before].group().casefold() in self._clause_auxiliaries:
            return None  # "the women who have come forward to say": the clause's own verb (not "in May")
        previous = ""
        for m in words[k + 2 :]:  # (the clause's own verb, words[k + 1], may be a cue: "who asked")
            low = m.group().casefold()
            # ("who asked not to be named because she feared reprisals": a pronoun that opens a
            # clause after a subordinator is that clause's subject, still inside the relative clause)
            pronoun = low in self._pronouns and previous not in self._clause_openers
            if low in self._coordinators or pronoun or self.is_cue_word(low):
                return None  # "the groups that brought them in and said", "who told me they said"
            previous = low
        for i in range(h - 1, max(-1, h - 1 - self.MAX_APPOSITIVE_HEAD), -1):
            if _GAP_PUNCTUATION.search(raw, words[i].end(), words[i + 1].start(), KEEP_GIL):
                return None
            if words[i].group().casefold() in self._determiners:
                # ("a man who allegedly called": adverbs only after the pronoun, the cue is the
                # clause's own verb and the phrase ends with the noun)
                clause = all(self.is_adverb_word(m.group()) for m in words[k + 1 :])
                name = None if clause else self.name_before_appositive(raw, words[: i], words[i].start())
                if name is not None:
                    # ('"...," Ana Ruiz, the pollster who founded a survey firm said': hers, its closing comma missing)
                    return name
                # ("an aide to the mayor who asked not to be named said": the role before its link speaks)
                role = self.role_before_link(raw, words[: i + 1])
                start = role if role is not None else words[i].start()
                return start, words[h].end() if clause else words[self.before_middle_adverbs(words, k + 1)].end()
        return None

    def before_middle_adverbs(self, words: Sequence[regex.Match[str]], floor: int) -> int:
        """For :meth:`relative_speaker`: the index of the last of *words* before the lower-case
        words of :attr:`MIDDLE_ADVERBS` that end them, no lower than *floor* (``The donors who spoke
        to reporters also``: ``reporters``, the adverb goes with the cue after it).

        .. versionadded:: 0.2 (spk59)"""
        last = len(words) - 1
        while last > floor and words[last].group() in self._middle_adverbs:
            last -= 1
        return last

    def place_after_head(self, words: Sequence[regex.Match[str]], k: int) -> int:
        """For :meth:`relative_speaker`: the index of the noun before ``words[k]``, a relative
        pronoun, past a place after it (``A resident of Bath who ...``, ``an official in New Delhi
        who ...``): one to :attr:`MAX_PLACE_WORDS` capitalised words right before the pronoun after
        ``of`` or one of :attr:`PLACE_PREPOSITIONS` in lower case, the noun before that; ``k - 1``
        otherwise.

        .. versionadded:: 0.2
        """
        j = k - 1
        while j > k - 1 - self.MAX_PLACE_WORDS and j > 1 and words[j].group()[:1].isupper():
            j -= 1
            link = words[j].group()
            if link in self._of or link in self._place_prepositions:
                return j - 1 if j < k - 1 else k - 1
        return k - 1

    def name_before_appositive(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> tuple[int, int] | None:
        """The name and its titles right before a comma that opens an appositive at *start*
        (``Dr. Ana Ruiz, the pollster who ...``), *words* being the words before it: the whole
        name :meth:`name_at_subject_place` reads (not ``The lawyers for Anna Vogel, the pollster
        ...``); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if not words or raw[words[-1].end() : start].strip() != ",":
            return None
        # (an age set off by commas aside: "Tom Reed, 71, a retired teacher who ...")
        return self.name_at_subject_place(raw, self.past_set_off_age(raw, words, raw.find(",", words[-1].end())), 0)

    def past_set_off_age(self, raw: str, words: Sequence[regex.Match[str]], comma: int) -> Sequence[regex.Match[str]]:
        """*words*, the words before a comma at *comma*, without an age set off by commas at their
        end (:meth:`is_set_off_age`: ``Tom Reed, 71,``, the words up to ``Reed``), so that the name
        before the age speaks (``Tom Reed, 71, a retired teacher who ... said``, ``Mary Jones, 71,
        who has lived ... said``); *words* as they are when no such age ends them.

        .. versionadded:: 0.2

        .. versionchanged:: 0.2 past honours set off by commas too (:meth:`is_set_off_honour`:
           ``Jane Roe, AM, a former judge, said``: Jane Roe, never ``AM``).
        """
        for j in (len(words) - 1, len(words) - 2):
            if j < 1:
                break
            if raw[words[j - 1].end() : words[j].start()].strip() == "," and self.is_set_off_age(raw[words[j].start() : comma + 1]):
                return words[:j]
        for j in range(len(words) - 1, max(len(words) - 1 - self.MAX_SET_OFF_HONOURS, 0), -1):
            honour = raw[words[j].start() : comma + 1]
            if raw[words[j - 1].end() : words[j].start()].strip() == "," and self.is_set_off_honour(honour):
                return words[:j]
        return words

    #: How many honours set off by commas after a name :meth:`past_set_off_age` reads past
    #: (``Jane Roe, OBE, QC,``).
    #:
    #: .. versionadded:: 0.2
    MAX_SET_OFF_HONOURS: ClassVar[int] = 3

    def past_set_off_honours(self, raw: str, comma: int, floor: int) -> int:
        """*comma*, an apposition's opening comma, moved back over honours set off by commas
        before it (:meth:`is_set_off_honour`: ``Jane Roe, AM, a former judge,``: the comma after
        ``Roe``), at most :attr:`MAX_SET_OFF_HONOURS` of them, never before *floor*: the name
        before the honours speaks, never the honour.

        .. versionadded:: 0.2
        """
        for _ in range(self.MAX_SET_OFF_HONOURS):
            before = raw.rfind(",", max(floor, comma - self.NAMED_WINDOW), comma)
            if before <= floor or not self.is_set_off_honour(raw[before + 1 : comma + 1]):
                break
            comma = before
        return comma

    def name_before_honours(self, raw: str, floor: int, honour: int) -> tuple[int, int] | None:
        """The whole name in a subject's place before honours set off by commas, the first at
        *honour* (``Jane Roe, AM, a former judge, said``: Jane Roe), as
        :meth:`name_at_subject_place` reads it from *floor*; ``None`` when no name stands there
        (an honour alone is never a speaker).

        .. versionadded:: 0.2
        """
        comma = raw.rfind(",", max(floor, honour - self.NAMED_WINDOW), honour)
        if comma <= floor or raw[comma + 1 : honour].strip():
            return None
        comma = self.past_set_off_honours(raw, comma, floor)
        words = list(self._word.finditer(raw, max(floor, comma - self.PHRASE_WINDOW), comma, False, KEEP_GIL))
        if not words or raw[words[-1].end() : comma].strip():
            return None
        return self.name_at_subject_place(raw, words, floor)

    def is_set_off_honour(self, text: str) -> bool:
        """Whether *text*, between a name's comma and an appositive, is one or more of the name
        model's :attr:`~newsparse.NameModel.POST_NOMINALS` (honours, offices, degrees) and its
        closing comma (``AM,``, ``OBE, QC,``).

        .. versionadded:: 0.2
        """
        part = text.strip()
        if not part.endswith(","):
            return False
        words = part[:-1].replace(",", " ").split()
        return bool(words) and all(self.names.is_post_nominal(w) and w[:1].isupper() for w in words)

    def name_at_subject_place(self, raw: str, words: Sequence[regex.Match[str]], floor: int) -> tuple[int, int] | None:
        """The whole name, with any titles before it, that *words* end with, in a subject's
        place, for a phrase set off after it by a comma (an appositive, :meth:`name_before_appositive`:
        ``Dr. Ana Ruiz, the pollster who ...``; a relative clause, :meth:`name_before_open_relative`:
        ``Tom Berg, who leads the union said``): two to :attr:`MAX_NAME_WORDS` capitalised words
        after the titles, all a name by the name model
        (:meth:`~newsparse.names.NameModel.trailing_name`, a possessive's ending aside), with no
        punctuation between them but a title's period, and no possessive on the first unless it
        opens *words*, that open the sentence (or the text from *floor*, quotation marks aside) or
        follow a comma (:meth:`at_subject_place`: not ``The lawyers for Anna Vogel, the pollster
        ...``, ``the plan backed by Tom Berg, who ...``); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if not words:
            return None
        names: list[str] = []
        first = words[-1].end()
        for m in reversed(words[-self.MAX_NAME_WORDS - 2 :]):
            written = raw[m.start() : first].strip()  # (the word with a title's period: "Dr.")
            if not m.group()[:1].isupper() or (names and written.rstrip(".") != m.group().rstrip(".")):
                break
            if names and written.endswith(".") and len(written) > 2 and not self.vocabulary.is_title(written):
                break  # (a period that ends no title: "... Oslo. Ana Ruiz, the pollster"; "F." is an initial)
            names.append(written)
            first = m.start()
        names.reverse()
        texts = [strip_possessive(t) for t in self.past_titles(names)] if names else []
        if not 2 <= len(texts) <= self.MAX_NAME_WORDS or self.names.trailing_name(texts) != len(texts):
            return None
        if first > words[0].start() and strip_possessive(names[0]) != names[0]:
            return None  # ("the mayor's Tom Berg, who ...": a possessive opens no subject's name)
        if not self.at_subject_place(raw, first, floor):
            return None  # ("The lawyers for Anna Vogel, the pollster who ... said": an object's name)
        return first, words[-1].end()

    def is_adverb_word(self, word: str) -> bool:
        """Whether *word* is an adverb in lower case: one of :attr:`ADVERBS` or one that ends
        like one (:meth:`is_adverb`), and no stop word (``was``, ``there``).

        .. versionadded:: 0.2
        """
        low = word.casefold()
        return word[:1].islower() and low not in self._stop and (low in self._adverbs or self.is_adverb(low))

    def relative_head(
        self, raw: str, words: Sequence[regex.Match[str]], cue_start: int, floor: int, *, lenient: bool, hops: int
    ) -> tuple[int, int] | None:
        """The speaker's phrase before a relative clause for people that runs, with no comma, up
        to the cue (``Voters who backed Tom Berg in the primary said``, ``Many of the party leaders
        who'd rather campaign for Ana Ortiz said``), too long or with no determiner for
        :meth:`relative_speaker`: the phrase before the last of :attr:`PERSONAL_RELATIVE_PRONOUNS`
        (a contraction after it too: ``who'd``) at most :attr:`MAX_RELATIVE_CLAUSE_WORDS` words
        before the cue, a noun for people right before it (:meth:`is_people_noun`) or one of
        :attr:`HEAD_WORDS` (``27 percent of those who named a candidate said``).  From the
        pronoun to the cue only words and blanks (no comma, dash or quotation mark), no sentence's
        end, no cue word but the clause's own verb right after the pronoun with a preposition after
        it (``Residents who complained to the council said``; not ``Fans who told reporters the plan
        failed said``), no pronoun, other relative pronoun (``the candidate who would govern ...
        that Ortiz argued``) or coordinator (but one between two capitalised words: ``Ortiz and
        Berg``), no word of :attr:`CLAUSE_AUXILIARIES` or determiner (not a possessive one: ``who
        spoke with her said``) right before the cue (``the women who came forward to say``, ``one
        of the reasons that``), and no finite verb of :attr:`CLAUSE_VERBS` after the clause's first
        word (``vendors who sell this stuff is one of the reasons``: the main verb).  Only for the
        phrase right before a cue (*hops* 0: not an antecedent's search).  A name inside the clause
        is its object, never the speaker; ``None`` when there is no such clause or no phrase
        before it.  After a comma (the clause's closing comma missing: ``Tom Berg, who leads the
        union said``), :meth:`open_clause_speaker` (``which`` too, and ``whose`` with a noun, a verb
        and an object of its own); an empty span from it says no one speaks, and the clause's object
        (``the union``) is not read instead."""
        if hops or len(words) < 3 or _GAP_PUNCTUATION.search(raw, words[-1].end(), cue_start, KEEP_GIL):
            return None
        last = len(words) - 1
        reach = raw[words[max(0, last - self.MAX_RELATIVE_CLAUSE_WORDS) + 1].start() : words[last - 1].end()]
        if not self.may_hold_word(reach, self._clause_relatives | self._object_relatives):
            return None  # (no relative pronoun within reach, not even inside a word)
        before_cue = words[-1].group().casefold()
        article = before_cue in self._determiners and before_cue not in self._possessive_determiners
        if article or strip_possessive(words[-1].group()) != words[-1].group():
            # (an article or a possessive before the cue makes it a noun: "one of the reasons that",
            # "who echoed Ryan's denunciation of Trump's comments"; "spoke with her said" speaks)
            return None
        closed = self.open_clause_before_cue(raw, words, cue_start, floor)
        if closed is not None:
            return closed  # ("The mayor, who took office in January said", "whom the union elected in May said")
        if before_cue in self._clause_auxiliaries and words[-1].group()[:1].islower():
            return None  # ("who have come forward to say"; not "who took office in May said")
        if not self.may_hold_word(reach, self._clause_relatives):
            return None  # (no pronoun of a clause that holds a cue within reach: "whom" alone)
        for k in range(last, max(0, last - self.MAX_RELATIVE_CLAUSE_WORDS), -1):
            word = words[k]
            if k < last and raw[word.end() : words[k + 1].start()].strip():
                return None  # (a comma, a dash or a quotation mark ends the clause's reach)
            text = word.group()
            if text.endswith(".") and len(text) > 2 and not self.vocabulary.is_title(text):
                return None  # (a sentence's end; "Mr." and "F." are no end)
            low = _ELISION.sub("", text.casefold(), 0, None, None, KEEP_GIL)
            # ("Sen. Ana Ruiz (D-Ariz.), who chairs the panel said": the words without the tag)
            tagged = self.past_tag_before_relative(raw, words, k) if 0 < k < last else None
            view, at = (words, k) if tagged is None else (tagged, len(tagged) - (len(words) - k))
            comma = tagged is not None or raw[words[k - 1].end() : word.start()].strip() == ","
            if 0 < k < last and comma and not self.is_acronym(text):
                if low in self._personal_relatives or low in self._thing_relatives:
                    # ("Tom Berg, who leads the union said": the clause's closing comma missing, the
                    # name speaks; a verb and its object at least: "which officials said", a noun)
                    own = k + 1 < last and self.clause_own_verb(words[k + 1].group(), words[k + 2].group())
                    cue = self._word.match(raw, cue_start, None, KEEP_GIL)
                    if cue is not None and cue.group().casefold() in self._participles:
                        own = False  # ("the bank, which began the year predicting": the clause's own participle)
                    return self.open_clause_speaker(raw, view, at, floor, own)
                # ("Lena Ortiz, whose firm represents the families said"; not "whose lawyer said": the lawyer speaks)
                if low in self._possessive_relatives and self.possessive_clause_verb(words, k):
                    return self.open_clause_speaker(raw, view, at, floor, True)
            if low in self._personal_relatives and k < last and not self.is_acronym(text):
                n = self.place_after_head(words, k)
                noun = words[n]  # ("Voters in Ohio who backed Tom Berg said": voters)
                head_word = noun.group().casefold() in self._head_words  # ("27 percent of those who named a candidate said")
                if raw[words[k - 1].end() : word.start()].strip():
                    return None
                if not (head_word or self.is_people_noun(noun.group().casefold(), True)):
                    # ("Fans of the club who travelled to Leeds said": the clause's antecedent is no
                    # person's noun, never a word inside the clause; no one speaks)
                    if not self.unread_antecedent(words, n, k):
                        return None
                    owner = words[n - 3]  # ("Fans of the club who ...": the fans and their clause speak)
                    if self.is_people_noun(owner.group().casefold(), True):
                        head = self.phrase_before(raw, words[n - 2].start(), floor, lenient=lenient, hops=hops + 1)
                        if head is not None and head[1] == owner.end():
                            return head[0], words[-1].end()
                    return word.end(), word.end()
                if any(_ELISION.sub("", m.group().casefold()) in self._clause_verbs for m in words[k + 2 :]):
                    return None  # ("vendors who sell this stuff is one of ...": a second verb is the main clause's)
                if n < k - 1:
                    # (a place between the noun and the pronoun: the noun's phrase, and its place)
                    head = self.phrase_before(raw, words[n + 1].start(), floor, lenient=lenient, hops=hops + 1)
                    return (head[0], words[k - 1].end()) if head is not None and head[1] == noun.end() else None
                head = self.phrase_before(raw, word.start(), floor, lenient=lenient, hops=hops + 1)
                if head is None and head_word:
                    return self.head_word_phrase(raw, words, k - 1, floor)  # ("Those who backed Ana Ruiz said")
                return head if head is not None and head[1] == noun.end() else None
            names = 0 < k < last and words[k - 1].group()[:1].isupper() and words[k + 1].group()[:1].isupper()
            if low in self._coordinators and not names:
                return None  # (but "who cheered Ana Ortiz and Tom Berg": two names, the clause's object)
            # (the clause's own verb may be a cue with a preposition after it, no clause of its own)
            after_cue = words[k + 1].group().casefold() if k < last else ""
            own_verb = (
                k > 0 and _ELISION.sub("", words[k - 1].group().casefold(), 0, None, None, KEEP_GIL) in self._personal_relatives
                and (after_cue in self._prepositions or after_cue in self._addressee_prepositions)
            )
            if low in self._pronouns or self.is_relative(text) or low in self._thing_relatives or (
                self.is_cue_word(low) and not own_verb
            ):
                return None  # ("Residents who complained to the council said"; not "Fans who told reporters the plan failed said")
        return None

    def unread_antecedent(self, words: Sequence[regex.Match[str]], n: int, k: int) -> bool:
        """For :meth:`relative_head`: whether ``words[n]``, the noun before ``words[k]``, a relative
        pronoun for people, is a lower-case noun after ``of`` and a determiner (``Fans of the club
        who travelled to Leeds said``): the people the clause tells of stand before ``of`` (the
        whole phrase speaks when a noun for people stands there: :meth:`relative_head`), and the
        clause's own words (``Leeds``) are never the speaker.

        .. versionadded:: 0.2
        """
        noun = words[n].group()
        if n < 3 or n != k - 1 or not noun.isalpha() or not noun.islower():
            return False
        return words[n - 1].group().casefold() in self._determiners and words[n - 2].group() in self._of

    def name_before_open_relative(self, raw: str, words: Sequence[regex.Match[str]], floor: int) -> tuple[int, int] | None:
        """The name that *words* end with, right before a comma and a relative clause for people
        that runs to the cue with no closing comma (``Tom Berg, who leads the union said``: Tom
        Berg, never ``the union``): the whole name :meth:`name_at_subject_place` reads; ``None``
        otherwise (``The union, which ...``: no name; ``the plan backed by Tom Berg, who ...``: an
        object).

        .. versionadded:: 0.2

        .. versionchanged:: 0.2 past an age set off by commas (:meth:`past_set_off_age`: ``Mary
           Jones, 71, who has lived there since 1962 said``).
        """
        if words:
            comma = raw.find(",", words[-1].end())
            if comma >= 0:
                words = self.past_set_off_age(raw, words, comma)
        return self.name_at_subject_place(raw, words, floor)

    #: Relative pronouns that open a clause whose subject they are, in a language pack (French
    #: ``qui``, Spanish ``que``, German ``der``, ``die``, ``das``), that :meth:`open_subject_relative`
    #: reads before a cue; empty in English, whose relative clauses :meth:`relative_head` reads.
    #:
    #: .. versionadded:: 0.2
    SUBJECT_RELATIVES: ClassVar[tuple[str, ...]] = ()

    def open_subject_relative(
        self, raw: str, words: Sequence[regex.Match[str]], cue_start: int, floor: int
    ) -> tuple[int, int] | None:
        """The speaker's phrase before a relative clause of :attr:`SUBJECT_RELATIVES` after a comma
        that runs to the cue with no closing comma (``Le maire, qui a pris ses fonctions en janvier
        a déclaré que ...``, ``El alcalde, que asumió el cargo en enero dijo que ...``, ``Der
        Bürgermeister, der im Januar sein Amt antrat sagte, ...``): the pronoun is the clause's
        subject, so whether the cue is the main verb or the clause's own (``Le maire, qui a déclaré
        que ...``), the one who speaks is the phrase before the comma
        (:meth:`open_clause_speaker`), never a word of the clause (was ``sein Amt antrat``).  The
        pronoun stands among the last :attr:`MAX_RELATIVE_CLAUSE_WORDS` words, only blanks from it
        to the cue, and the word after it is in lower case and no determiner nor pronoun (not
        ``El alcalde, que los vecinos eligieron ...``, an object's clause, nor German ``Anna
        Schmidt, die Sprecherin der Stadt``, an appositive); ``None`` otherwise, and when the
        clause's comma stands before the cue (``le maire, qui a été réélu en mars, a déclaré``: the
        phrase read as ever).

        .. versionadded:: 0.2
        """
        if not words or raw[words[-1].end() : cue_start].strip():
            return None  # (the clause closed by its comma: "le maire, qui a été réélu en mars, a déclaré", read as ever)
        last = len(words) - 1
        for k in range(last, max(0, last - self.MAX_RELATIVE_CLAUSE_WORDS), -1):
            gap = raw[words[k - 1].end() : words[k].start()].strip()
            low = words[k].group().casefold()
            if gap == "," and low in self.SUBJECT_RELATIVES and words[k].group()[:1].islower():
                if k == last:
                    return None  # (the cue right after the pronoun: no clause between)
                following = words[k + 1].group()
                folded = following.casefold()
                if not following[:1].islower() or folded in self._determiners or folded in self._pronouns:
                    return None
                found = self.open_clause_speaker(raw, words, k, floor, True)
                return found if found is not None and found[0] < found[1] else None
            if gap:
                return None  # (a comma, a dash or a quotation mark ends the clause's reach)
        return None

    def possessive_clause_verb(self, words: Sequence[regex.Match[str]], k: int) -> bool:
        """For :meth:`relative_head`: whether ``words[k]``, one of
        :attr:`POSSESSIVE_RELATIVE_PRONOUNS` after a comma, opens a clause with a noun, a verb and
        an object of its own before the cue (``whose firm represents the families said``; not
        ``whose lawyer said``: the lawyer speaks): the verb right after the noun
        (:meth:`clause_own_verb`), or after a name set beside the noun, one to
        :attr:`MAX_NAME_WORDS` capitalised words (``whose daughter Maria works at the port said``,
        ``whose union Unite represents dockers said``), a verb in the present or the past in lower
        case (:attr:`PRESENT_SUFFIX`, :meth:`is_past_verb`) with at least one word after it.

        .. versionadded:: 0.2
        """
        last = len(words) - 1
        if k + 3 < last and self.clause_own_verb(words[k + 2].group(), words[k + 3].group()):
            return True  # ("whose firm represents the families said")
        if k + 3 > last or not words[k + 1].group()[:1].islower():
            return False
        j = k + 2
        while j < last and j - k - 2 < self.MAX_NAME_WORDS and words[j].group()[:1].isupper():
            j += 1
        if j == k + 2:
            return False
        word = words[j].group()
        low = word.casefold()
        if j >= last or not word[:1].islower() or low in self._clause_auxiliaries or self.is_cue_word(low):
            return False  # ("whose lawyer Ana Ruiz said": the lawyer speaks; "whose son Tom has said")
        present = self.PRESENT_SUFFIX
        if present and low.endswith(present) and not low.endswith(self.NOT_PRESENT_ENDINGS):
            return True  # ("whose union Unite represents dockers said")
        return self.is_past_verb(word)  # ("whose son Tom founded the firm said")

    def past_tag_before_relative(
        self, raw: str, words: Sequence[regex.Match[str]], k: int
    ) -> list[regex.Match[str]] | None:
        """For :meth:`relative_head`: *words* without the words of a tag in parentheses
        (:meth:`tag_before`: ``(D-Ariz.)``, ``(R)``) that ends, with its comma, right before
        ``words[k]``, one of :attr:`PERSONAL_RELATIVE_PRONOUNS`, :attr:`THING_RELATIVE_PRONOUNS` or
        :attr:`POSSESSIVE_RELATIVE_PRONOUNS` (``Sen. Ana Ruiz (D-Ariz.), who chairs the panel
        said``: the pronoun then follows ``Ruiz`` as after a comma); ``None`` when the pronoun
        follows no such tag (a bare comma: the words as they are).

        .. versionadded:: 0.2
        """
        low = _ELISION.sub("", words[k].group().casefold(), 0, None, None, KEEP_GIL)
        if low not in self._personal_relatives and low not in self._thing_relatives and low not in self._possessive_relatives:
            return None
        gap = raw[words[k - 1].end() : words[k].start()].strip()
        if not gap.endswith(",") or ")" not in gap:
            return None
        tag = self.tag_before(raw, words[0].start(), words[k].start())
        if tag is None or "(" not in tag.group():
            return None
        before = [m for m in words[:k] if m.end() <= tag.start()]
        if not before or raw[before[-1].end() : tag.start()].strip():
            return None
        return before + list(words[k:])

    def open_clause_speaker(
        self, raw: str, words: Sequence[regex.Match[str]], k: int, floor: int, own_verb: bool
    ) -> tuple[int, int] | None:
        """The speaker's phrase before ``words[k]``, a relative pronoun after a comma whose clause
        runs to the cue with no closing comma: the whole name before the comma in its subject's
        place (:meth:`name_before_open_relative`: ``Tom Berg, who resigned last week said``); else,
        when the clause has a verb and an object of its own (*own_verb*: ``Berg, who leads the union
        said``, ``The union, which represents 4,000 dockers said``), the phrase that ends at the
        comma in its subject's place (:meth:`at_subject_place`: ``Berg``, ``Mr. Tom Berg``, ``The
        mayor``), else an empty span after the pronoun (no one speaks: never the clause's object,
        ``the union``); ``None`` when the cue may be the clause's own verb (``lawmakers, who also
        said``, ``The changes, which officials said``): the phrase read as ever.

        .. versionadded:: 0.2
        """
        noun, pronoun = words[k - 1], words[k]
        named = self.name_before_open_relative(raw, words[:k], floor)
        if named is not None:
            return named  # ("Tom Berg, who resigned last week said": a whole name in a subject's place speaks)
        if not own_verb:
            return None  # ("which officials said", "who also said": the cue may be the clause's own verb)
        comma = raw.find(",", noun.end())
        bare = self.past_set_off_age(raw, words[:k], comma) if comma >= 0 else words[:k]
        if bare and len(bare) < k:
            noun = bare[-1]  # ("Jones, 71, who has lived here since 1980 said": Jones, not the age)
        named = self.phrase_before(raw, noun.end(), floor, lenient=True, hops=1)
        if named is not None and named[1] == noun.end() and self.at_subject_place(raw, named[0], floor):
            return named
        return pronoun.end(), pronoun.end()

    def open_clause_before_cue(
        self, raw: str, words: Sequence[regex.Match[str]], cue_start: int, floor: int
    ) -> tuple[int, int] | None:
        """The speaker's phrase before a relative clause after a comma that is whole before the
        cue, its closing comma missing (:meth:`clause_closed_before_cue`: ``The mayor, who took
        office in January said``, ``Tom Berg, whom the union elected in May said``, ``The firm,
        whose shares fell 10 percent said``, ``Berg, who told reporters he was tired said``): the
        phrase :meth:`open_clause_speaker` reads before the comma, never the clause's words.  The
        pronoun is the last of :attr:`PERSONAL_RELATIVE_PRONOUNS`, :attr:`THING_RELATIVE_PRONOUNS`,
        :attr:`POSSESSIVE_RELATIVE_PRONOUNS` or :attr:`OBJECT_RELATIVE_PRONOUNS` after a comma at
        most :attr:`MAX_RELATIVE_CLAUSE_WORDS` words before the cue, only blanks between the
        words from it to the cue; ``None`` when there is none or its clause may end in the cue
        (``which officials said``, ``who also said``: the phrase read as ever).

        .. versionadded:: 0.2
        """
        last = len(words) - 1
        for k in range(last, max(0, last - self.MAX_RELATIVE_CLAUSE_WORDS), -1):
            text = words[k].group()
            if k < last and raw[words[k].end() : words[k + 1].start()].strip():
                return None  # (a comma, a dash or a quotation mark ends the clause's reach)
            if text.endswith(".") and len(text) > 2 and not self.vocabulary.is_title(text):
                return None  # (a sentence's end; "Mr." and "D." are no end)
            low = text.casefold()
            relative = low in self._clause_relatives or low in self._object_relatives
            blank = 0 < k < last and not raw[words[k - 1].end() : words[k].start()].strip()
            if relative and blank and low in self._personal_relatives:
                named = self.name_before_described_relative(raw, words, k, cue_start, floor)
                if named is not None:
                    return named  # ("Ana Ruiz, a geologist at the university who has studied the glacier said")
            if relative and raw[words[k - 1].end() : words[k].start()].strip() == ",":
                if k == last or not self.clause_closed_before_cue(raw, words, k, cue_start):
                    return None
                found = self.open_clause_speaker(raw, words, k, floor, True)
                return found if found is not None and found[0] < found[1] else None
        return None

    def name_before_described_relative(
        self, raw: str, words: Sequence[regex.Match[str]], k: int, cue_start: int, floor: int
    ) -> tuple[int, int] | None:
        """The name before an appositive whose relative clause for people, ``words[k]`` its
        pronoun with no comma before it, runs to the cue with no closing comma (``Ana Ruiz, a
        geologist at the university who has studied the glacier for years said``: Ana Ruiz,
        never ``the glacier for years``): the appositive opens with one of :attr:`DETERMINERS`
        right after a comma at most :attr:`MAX_APPOSITIVE_HEAD` words before the pronoun, only
        blanks between its words; the clause has its own verb and ends before the cue
        (:meth:`clause_closed_before_cue`); the name is the whole name before the comma (an age
        set off by commas aside) that :meth:`name_before_appositive` reads; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        for c in range(k - 1, max(0, k - 1 - self.MAX_APPOSITIVE_HEAD), -1):
            gap = raw[words[c - 1].end() : words[c].start()].strip()
            if not gap:
                continue
            if gap != "," or words[c].group().casefold() not in self._determiners:
                return None
            if not self.clause_closed_before_cue(raw, words, k, cue_start):
                return None
            found = self.name_before_appositive(raw, words[:c], words[c].start())
            return found if found is not None and found[0] >= floor else None
        return None

    def clause_closed_before_cue(self, raw: str, words: Sequence[regex.Match[str]], k: int, cue_start: int) -> bool:
        """Whether the relative clause that ``words[k]``, its pronoun, opens has its own verb and
        ends before the cue at *cue_start* (the cue then is the main clause's verb): a subject's
        pronoun (``who``, ``which``) with a verb right after it (after auxiliaries and adverbs:
        ``who was elected in May``), a past form (:meth:`is_past_verb`, :attr:`CLAUSE_VERBS`: ``who
        took office in January``) or a cue word (``who told reporters he was tired``) with at least
        one word after it, or a verb in the present with its object (:meth:`clause_own_verb`); or an
        object's pronoun (``whom``, or ``who`` before a determiner, a name or a pronoun) or ``whose``
        with a noun, then a subject and a verb of its own that is no cue word (``whom the union
        elected``, ``whose shares fell``; not ``which officials said``, ``whose lawyer said``).
        Never when the word before the cue is an auxiliary, a determiner, a possessive, a pronoun,
        an adverb or one of :attr:`THAT_WORDS` (``Trump's comments``: a noun), when the clause
        holds one of :attr:`THAT_WORDS`, a coordinator, one of :attr:`SUBORDINATORS` that is no
        preposition or another relative pronoun after its verb (the cue may be an inner clause's:
        ``who argued that officials said``, ``which was shelved when the leader insisted``), when the cue is
        one of :attr:`PARTICIPLES` (``the bank, which began the year predicting``), or when a verb
        of :attr:`CLAUSE_VERBS` follows the cue (``which elected officials said was flawed``: the
        clause's own cue).

        .. versionadded:: 0.2
        """
        clause = [m.group() for m in words[k + 1 :]]
        lows = [_ELISION.sub("", w.casefold(), 0, None, None, KEEP_GIL) for w in clause]
        before = lows[-1] if clause[-1][:1].islower() else ""  # (a capital: "in May", no auxiliary)
        if before in self._clause_auxiliaries or before in self._determiners or before in self._pronouns:
            return False
        if before in self._that_words or self.is_adverb_word(clause[-1]) or before in self._be_words:
            return False
        if strip_possessive(clause[-1]) != clause[-1] or before in self._possessive_determiners:
            return False  # ("who echoed Ryan's denunciation of Trump's comments": a noun, no cue)
        cue = self._word.match(raw, cue_start, None, KEEP_GIL)
        if cue is not None and cue.group().casefold() in self._participles:
            return False  # ("the bank, which began the year predicting ...": the participle is the clause's)
        following = self._word.match(raw, cue.end() + 1, None, KEEP_GIL) if cue is not None else None
        if cue is not None and following is not None and raw[cue.end()].isspace():
            low = following.group().casefold()
            if low in self._clause_verbs or low in self._be_words:
                return False  # ("which elected officials said was flawed": the clause's own cue)
        pronoun = words[k].group().casefold()
        first = lows[0]
        subject_first = pronoun in self._any_relatives and not (
            clause[0][:1].isupper() or first in self._determiners or first in self._pronouns
            or first in self._possessive_determiners
        )
        if subject_first and self.bare_subject_first(clause, lows):
            subject_first = False  # ("which officials released in May": the officials are its subject)
        verb = self.clause_verb_index(clause, lows, subject=subject_first)
        if verb is None:
            return False
        rest = lows[verb + 1 :]
        # (a subordinator that is no preposition opens a clause whose verb the cue may be: "which was
        # shelved when the leader insisted"; not "who took office after the election said")
        openers = self._clause_openers - self._prepositions - self._time_prepositions
        inner = self._that_words | self._coordinators | self._clause_relatives | self._object_relatives | openers
        if any(w in inner for w in rest) and not self.inner_clause_closed(clause, lows, verb + 1, openers):
            return False  # ("who argued that officials said", "who met Ana and Tom said" aside: an inner clause's cue)
        if not subject_first:
            return not self.is_cue_word(lows[verb])  # ("whom the union elected"; not "which officials said")
        if not rest:
            return False  # ("who told said"; "which elected said")
        if len(rest) == 1 and lows[verb].endswith(self.PAST_SUFFIX or "\0") and lows[verb] not in self._clause_verbs:
            # ("which elected officials said": a participle before a noun; "who founded Acme said" has its object)
            return self.clause_own_verb(clause[verb], clause[verb + 1])
        return True

    def bare_subject_first(self, clause: Sequence[str], lows: Sequence[str]) -> bool:
        """For :meth:`clause_closed_before_cue`: whether the words after a relative pronoun open
        with the clause's own subject, a bare noun for people in the plural with no determiner
        (:meth:`is_person_noun`), and then its verb in the past (:meth:`is_past_verb`) that is no
        cue word, a word after it (``which officials released in May``, ``which lawmakers approved
        last year``; not ``which officials said``, ``which elected officials said``).

        .. versionadded:: 0.2
        """
        if len(clause) < 3 or not clause[0][:1].islower() or not clause[1][:1].islower():
            return False
        noun, verb = lows[0], lows[1]
        if not noun.endswith("s") or noun.endswith("ss") or self.is_past_verb(clause[0]):
            return False
        if not self.is_person_noun(noun, endings=False):
            return False
        return self.is_past_verb(clause[1]) and not self.is_cue_word(verb) and verb not in self._participles

    def inner_clause_closed(self, clause: Sequence[str], lows: Sequence[str], start: int, openers: frozenset[str]) -> bool:
        """For :meth:`clause_closed_before_cue`: whether the words of a relative clause from
        *start* (after its verb) end with a subordinate clause that has its own subject and verb,
        so that the cue after it is the main clause's (``who took office when the council
        collapsed said``): the last word of :attr:`THAT_WORDS`, :attr:`COORDINATORS` or a relative
        pronoun in them is one of *openers* (a subordinator: ``when``, ``because``), at least one
        word after it opens its subject, and the clause's last word is a verb in the past in lower
        case (:meth:`is_past_verb`, :attr:`CLAUSE_VERBS`) and no cue word (``which was shelved when
        the leader insisted``: the cue may be the inner clause's own).

        .. versionadded:: 0.2
        """
        rest = lows[start:]
        inner = [i for i, w in enumerate(rest) if w in self._that_words or w in self._coordinators or w in openers]
        inner += [i for i, w in enumerate(rest) if w in self._clause_relatives or w in self._object_relatives]
        last = max(inner, default=-1)
        if last < 0 or rest[last] not in openers or len(rest) - last < 3:
            return False
        word, low = clause[-1], lows[-1]
        if not word[:1].islower() or self.is_cue_word(low) or low in self._determiners or low in self._pronouns:
            return False
        return self.is_past_verb(word) or low in self._clause_verbs

    def clause_verb_index(self, clause: Sequence[str], lows: Sequence[str], *, subject: bool) -> int | None:
        """For :meth:`clause_closed_before_cue`: the index in *clause* (the words after a relative
        pronoun, *lows* in lower case) of the clause's verb: with the pronoun its *subject*, the
        first word after any auxiliaries and adverbs, a past form, a cue word or a verb in the
        present with its object; else the first such word after the clause's own subject, at most
        :attr:`MAX_APPOSITIVE_HEAD` words on (or its auxiliary before a complement: ``whose shares
        were down``; never an auxiliary right before the cue: ``whose lawyer has said``).  ``None``
        when there is none.

        .. versionadded:: 0.2
        """
        i = 0
        if subject:
            while i < len(clause) - 1 and (lows[i] in self._clause_auxiliaries or self.is_adverb_word(clause[i])):
                i += 1
            word, low = clause[i], lows[i]
            if not word[:1].islower() or low in self._determiners or low in self._pronouns:
                return None
            if self.is_past_verb(word) or low in self._clause_verbs or self.is_cue_word(low):
                return i
            following = clause[i + 1] if i + 1 < len(clause) else ""
            return i if i == 0 and following and self.clause_own_verb(word, following) else None
        auxiliary = None
        for i in range(1, min(len(clause), self.MAX_APPOSITIVE_HEAD + 2)):
            word, low = clause[i], lows[i]
            if low in self._clause_auxiliaries:
                auxiliary = i if auxiliary is None else auxiliary  # ("whose lawyer has said": the cue may be its verb)
                continue
            if auxiliary is not None and self.is_adverb_word(word):
                continue
            if word[:1].islower() and (self.is_past_verb(word) or low in self._clause_verbs or self.is_cue_word(low)):
                return i
            if auxiliary is not None:
                return auxiliary  # ("whose shares were down 10 percent": a copula and its complement)
        return None

    def clause_own_verb(self, word: str, following: str) -> bool:
        """Whether *word*, right after a relative pronoun for people, is the clause's own verb with
        the pronoun its subject (``who leads the union said``: the cue is the main clause's, and
        the words between are the clause's object): a word in lower case, no auxiliary
        (:attr:`CLAUSE_AUXILIARIES`: ``who had pledged``, the cue may be the clause's verb), no
        adverb (``who also said``), no stop word, determiner or pronoun (``who the report
        suggests were``, ``who they said``: the clause's own subject), ending like a verb in the present or the past
        (:attr:`PRESENT_SUFFIX`, :attr:`PAST_SUFFIX`: ``leads``, ``founded``; not ``which harbour
        officials said``, a noun), and *following*, the word after it, opening its object (a
        determiner, a number or a capitalised word: ``leads the union``, ``represents 4,000``; not
        ``which residents across the town said``); a capitalised word is the clause's subject too
        (``Bannon, who Beck called``).

        .. versionadded:: 0.2
        """
        low = word.casefold()
        if not word[:1].islower() or low in self._clause_auxiliaries or low in self._stop or low in self._determiners:
            return False  # (a determiner opens the clause's own subject: "who the report suggests were")
        if low in self._pronouns or low in self._possessive_determiners or self.is_adverb_word(word):
            return False  # ("who they said", "who his aides said", "who also said")
        after = following.casefold()
        opener = following[:1].isupper() or following[:1].isdigit()
        if not (opener or after in self._determiners or after in self._possessive_determiners):
            # (its object opens with a determiner, a number or a name: "leads the union", "represents
            # 4,000"; not "which residents across the town said", the clause's subject)
            return False
        present = self.PRESENT_SUFFIX
        if present and low.endswith(present) and not low.endswith(self.NOT_PRESENT_ENDINGS):
            return True  # ("who leads", "which represents")
        if self.is_past_verb(word):
            return True  # ("who founded"; not "which harbour officials said", a noun)
        return self.bare_present_verb(word, following)

    def bare_present_verb(self, word: str, following: str) -> bool:
        """For :meth:`clause_own_verb`: whether *word*, in lower case right after a relative
        pronoun, is a verb in the plain present of a plural subject (``The dockers, who run the
        port said``, ``The unions, which represent 4,000 dockers said``): no ending of
        :attr:`PRESENT_SUFFIX` or :attr:`PAST_SUFFIX`, no cue word (``who say the ...``: the cue
        may be its own) and *following* opens its object with a determiner or a number (not a
        capitalised word, which may be the clause's own subject: ``which officials Beck named``;
        not ``which officials across the town``, a noun before a preposition).

        .. versionadded:: 0.2
        """
        low = word.casefold()
        if not word[:1].islower() or not word.isalpha() or self.is_cue_word(low):
            return False
        suffix = self.PAST_SUFFIX
        if (self.PRESENT_SUFFIX and low.endswith(self.PRESENT_SUFFIX)) or (suffix and low.endswith(suffix)):
            return False  # ("which residents the ...": a plural noun; "elected": a participle)
        after = following.casefold()
        return following[:1].isdigit() or (
            after in self._determiners and following[:1].islower()
        ) or after in self._possessive_determiners

    #: Marks that may open a line before its first word, a dash or a bullet (``— Ana Ruiz, who
    #: chairs the board said``): the word after one at a line's start is in a subject's place.
    LINE_OPENING_MARKS: ClassVar[str] = "―—–-•·▪*"

    def at_subject_place(self, raw: str, start: int, floor: int) -> bool:
        """Whether a phrase at *start* opens its sentence (or the text from *floor*, quotation
        marks aside, or a line after one of :attr:`LINE_OPENING_MARKS`) or follows a comma or a
        line's end: a subject's place (``On Monday, the
        mayor, who ...``; not ``Those who know Berg, who ...``, whose ``know Berg`` is inside a
        clause).

        .. versionadded:: 0.2
        """
        before = raw[floor:start].rstrip().rstrip("".join(self._marks))
        if before and before[-1] in self.LINE_OPENING_MARKS:
            before = before[:-1].rstrip(" \t")  # ("— Ana Ruiz, who ...", "• Ana Ruiz, who ...": a line's dash or bullet)
            return not before or before[-1] == "\n"
        return not before or before[-1] in self.SENTENCE_END or before[-1] in ",\n"

    def head_word_phrase(self, raw: str, words: Sequence[regex.Match[str]], i: int, floor: int) -> tuple[int, int]:
        """The phrase of ``words[i]``, one of :attr:`HEAD_WORDS` before a relative clause (``Those
        who backed Ana Ruiz said``): the word, with a share or a quantity and one of
        :attr:`OF_WORDS` before it when they stand there (``27 percent of those``, ``Many of
        those``), blanks only between.

        .. versionadded:: 0.2
        """
        noun = words[i]
        if i >= 2 and words[i - 1].group().casefold() in self._of and not raw[words[i - 2].end() : noun.start()].replace(
            words[i - 1].group(), "", 1
        ).strip():
            share = self.phrase_before(raw, words[i - 1].start(), floor, lenient=True, hops=self.MAX_PHRASE_HOPS)
            if share is not None and share[1] == words[i - 2].end():
                return share[0], noun.end()
        return noun.span()

    def is_people_noun(self, low: str, personal: bool = False) -> bool:
        """Whether lower-case *low* is a noun for people only (singular or plural): one of
        :attr:`PERSON_NOUNS` or :attr:`GROUP_NOUNS` or a role, but no document, organisation or
        company noun (``a report that could raise questions``, ``the investigation that
        produced``); a noun with an ending of :attr:`PERSON_SUFFIXES` only when *personal* (the
        pronoun after it is one for people only, ``who``: ``One player who ...``; not ``a computer
        that analysts use``, ``a banner that``)."""
        forms = (low, low[:-1]) if low.endswith("s") and not low.endswith("ss") else (low,)
        vocabulary = self.vocabulary
        if any(f in self._document_nouns or vocabulary.is_org_word(f) or vocabulary.is_company_noun(f) for f in forms):
            return False
        return any(
            f in self._person_nouns or f in self._groups or vocabulary.is_role_noun(f)
            or (personal and any(f.endswith(x) and len(f) > len(x) + 2 for x in self._person_suffixes))
            for f in forms
        )

    def in_relative_clause(self, raw: str, cue: regex.Match[str], floor: int, stop: int) -> bool:
        """Whether *cue* is the verb of a relative clause inside a speaker's phrase whose own cue
        follows (``A resident who asked not to be identified said ...``: not ``asked``): a later
        cue, within :attr:`PHRASE_WINDOW` characters, has that phrase (:meth:`relative_speaker`)
        reaching back over *cue*."""
        if self.set_off_clause_verb(raw, cue, floor, stop):
            return True  # ('"...," a resident of Bath, who asked not to be named, said': said)
        for later in self.cues(raw, cue.end(), min(stop, cue.end() + self.PHRASE_WINDOW)):
            window = self.word_boundary(raw, max(floor, later.start() - self.PHRASE_WINDOW), floor)
            words = list(self._word.finditer(raw, window, later.start(), False, KEEP_GIL))
            found = self.relative_speaker(raw, words, later.start()) if words else None
            return found is not None and found[0] < cue.start()
        return False

    def set_off_clause_verb(self, raw: str, cue: regex.Match[str], floor: int, stop: int) -> bool:
        """For :meth:`in_relative_clause`: whether *cue* is the verb of a condition in a relative
        clause set off by commas (:meth:`negated_after`), one of :attr:`PERSONAL_RELATIVE_PRONOUNS`
        right after a comma and then the cue (``a resident of Bath, who asked not to be named,
        said``; not ``Berg, who told reporters he was tired, said``: words of its own), when the next cue, within
        :attr:`PHRASE_WINDOW` characters and no sentence's end between, follows the clause's
        closing comma: that cue is the sentence's.

        .. versionadded:: 0.2
        """
        if not self.negated_after(raw, cue.end(), stop):
            return False  # ("Berg, who told reporters he was tired, said": words of the clause's own)
        before = raw[max(floor, cue.start() - self.PHRASE_WINDOW) : cue.start()].rstrip()
        pronoun = before.rsplit(None, 1)[-1] if before else ""
        if pronoun.casefold() not in self._personal_relatives or not before[: len(before) - len(pronoun)].rstrip().endswith(","):
            return False
        later = next(iter(self.cues(raw, cue.end(), min(stop, cue.end() + self.PHRASE_WINDOW))), None)
        if later is None:
            return False
        between = raw[cue.end() : later.start()]
        if any(end in between for end in self.SENTENCE_END) or any(mark in between for mark in self._marks):
            return False
        return between.rstrip().endswith(",")

    def is_month_name(self, word: str) -> bool:
        """Whether *word* is a month's name, capitalised (``in March said``; not the modal
        ``may``), a time between a speaker's phrase and its cue.

        .. versionadded:: 0.2
        """
        return word[:1].isupper() and self.vocabulary.month_number(word) is not None

    def antecedent_head(self, raw: str, span: tuple[int, int]) -> tuple[int, int]:
        """The part of a relative pronoun's antecedent *span* that the clause may describe: the
        words after a verb inside it (a word in the past in lower case after one that is no
        determiner: ``The suits involved residents who said``: ``residents``), and of nouns in
        lower case joined by a coordinator the last (``small firms and residents who said``:
        ``residents``; the clause may be theirs alone).  Names joined stay whole (``Jeb Bush
        and Chris Christie, who say``).

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, span[0], span[1], False, KEEP_GIL))
        start = 0
        for i in range(1, len(words) - 1):
            word = words[i].group()
            previous = words[i - 1].group().casefold()
            if word[:1].islower() and previous not in self._determiners and self.is_past_verb(word):
                start = i + 1  # ("The suits involved small firms": the verb's object)
        for i in range(len(words) - 2, start, -1):
            if words[i].group().casefold() in self._coordinators and words[i + 1].group()[:1].islower():
                start = i + 1  # ("small firms and residents": the last)
                break
        return (words[start].start(), span[1]) if 0 < start < len(words) else span

    def subject_before_object_pronoun(
        self, raw: str, before: regex.Match[str], told: regex.Match[str], floor: int, *, lenient: bool, hops: int
    ) -> tuple[int, int] | None:
        """The phrase that speaks when *told*, right before a cue's verb, is one of
        :attr:`PREVERBAL_OBJECT_PRONOUNS` in lower case and the word *before* it, with only
        blanks between, may end its subject (:meth:`may_precede_object_pronoun`): the phrase
        :meth:`phrase_before` reads ending at that word (French ``Il nous a dit``: ``Il``; ``Le
        ministre nous a dit``: ``Le ministre``; Spanish ``Ana Ruiz nos dijo``: ``Ana Ruiz``);
        ``None`` when there is no such phrase (the pronoun is then read as before).

        .. versionadded:: 0.2 (fixQ60c)"""
        if told.group() not in self.PREVERBAL_OBJECT_PRONOUNS or raw[before.end() : told.start()].strip():
            return None
        if not self.may_precede_object_pronoun(before.group()):
            return None
        found = self.phrase_before(raw, told.start(), floor, lenient=lenient, hops=hops + 1)
        return found if found is not None and found[1] == before.end() else None

    def lone_object_pronoun(self, raw: str, words: Sequence[regex.Match[str]], floor: int) -> bool:
        """Whether the last of *words*, right before a cue, is one of :attr:`PREVERBAL_OBJECT_PRONOUNS`
        in lower case, none of :attr:`IMPERSONAL_PRONOUNS`, with no word that may be the subject
        before it (:meth:`object_pronoun_at`: French ``Le budget sera voté, nous a assuré le
        ministre.``): the pronoun is the one told, never the speaker; the subject stands after
        the verb.

        .. versionadded:: 0.2 (fixQ61b)"""
        return self.object_pronoun_at(raw, words[-1].start(), floor) is not None

    def object_pronoun_at(self, raw: str, pos: int, floor: int) -> regex.Match[str] | None:
        """The word at *pos* when it is one of :attr:`PREVERBAL_OBJECT_PRONOUNS` in lower case, none
        of :attr:`IMPERSONAL_PRONOUNS`, followed by blanks, with nothing but blanks after a comma, a
        quotation mark or the text's start (no further back than *floor*) before it: the object
        of the verb after it, whose subject is then inverted after the verb (French ``..., nous a
        assuré le ministre``, ``« ... », leur a dit la maire``, Spanish ``«...», le dijo el
        ministro``); ``None`` otherwise (``Il nous a dit``: a subject before it).  An elided one
        listed with its apostrophe is glued to the verb (French ``..., m'a confié Anne Roux``).

        .. versionadded:: 0.2 (fixQ61b)
        .. versionchanged:: 0.2 elided pronouns (lang62)"""
        if not self.PREVERBAL_OBJECT_PRONOUNS:
            return None
        told = self._elided_token.match(raw, pos, min(len(raw), pos + self.NAMED_WINDOW), KEEP_GIL)
        if told is None or told.group() not in self.PREVERBAL_OBJECT_PRONOUNS or told.group() in self._impersonal_pronouns:
            return None
        elided = told.group()[-1] in APOSTROPHE_MARKS  # ("m'a confié": no blank after it)
        if not elided and (told.end() >= len(raw) or raw[told.end()] not in " \t\xa0"):
            return None
        lead = raw[max(floor, pos - self.NAMED_WINDOW) : pos].rstrip(" \t\xa0")
        if not lead or lead[-1] == "," or lead[-1] in self._mark_chars:
            return told
        return None

    def may_precede_object_pronoun(self, word: str) -> bool:
        """Whether *word*, written right before one of :attr:`PREVERBAL_OBJECT_PRONOUNS`, may end
        the verb's subject, so that the pronoun is the verb's object: a word of letters none of
        :attr:`PREPOSITIONS`, :attr:`ACCORDING_TO`, :attr:`CONJUNCTIONS`, :attr:`COORDINATORS` or
        :attr:`ADVERBS` (French ``On nous a dit``, ``Le ministre nous a dit``; not ``selon lui``,
        ``et nous avons dit``).

        .. versionadded:: 0.2 (fixQ60c)"""
        low = word.casefold()
        if not low.isalpha() or low in self._prepositions or low in self._according:
            return False
        return low not in self._conjunctions and low not in self._coordinators and low not in self._adverbs

    def region_antecedent(self, raw: str, span: tuple[int, int]) -> bool:
        """Whether a relative pronoun's antecedent *span* is a region (:meth:`is_region`) set off
        by a comma right after a capitalised word, the place it holds (``the sheriff of Polk
        County, Florida, who asked``): the region is part of the place, never the clause's
        speaker, and the one the clause is about stands before the place, too far to read.

        A region the vocabulary does not know is one when the place follows one of
        :attr:`PLACE_PREPOSITIONS` (:meth:`region_after_placed`: ``A farmer in Brecon, Powys, who
        lost 40 sheep, said``).

        .. versionadded:: 0.2 (fixQ60)
        .. versionchanged:: 0.2 a region after a placed phrase (mendQ61)"""
        before = raw[: span[0]].rstrip()
        if not before.endswith(","):
            return False
        place = before[:-1].rstrip().rsplit(None, 1)
        if not place or not place[-1][:1].isupper():
            return False
        return self.is_region(raw[span[0] : span[1]]) or self.region_after_placed(raw, span)

    def region_after_placed(self, raw: str, span: tuple[int, int]) -> bool:
        """Whether *span*, capitalised words set off by a comma right after a place that follows
        one of :attr:`PLACE_PREPOSITIONS` in lower case, is that place's region, whatever the
        vocabulary knows of it (``A farmer in Brecon, Powys,``, ``in Otley, West Yorkshire,``):
        :meth:`placed_region_preposition` finds that preposition.

        .. versionadded:: 0.2 (mendQ61)"""
        return self.placed_region_preposition(raw, span) is not None

    #: Words that open a region's name of two words or more the vocabulary does not list (``West
    #: Yorkshire``, ``County Durham``, ``Greater Manchester``): :meth:`placed_region_preposition`
    #: reads two capitalised words after a place's comma as its region only when they are a listed
    #: region or open with one of these (never ``in Leeds, Oluwaseun Adeyemi,``).  Empty in the
    #: packs of other languages.
    #:
    #: .. versionadded:: 0.2 (reader61b)
    REGION_HEAD_WORDS: ClassVar[frozenset[str]] = frozenset({
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater",
        "Upper", "Lower", "County",
    })

    def placed_region_preposition(self, raw: str, span: tuple[int, int]) -> regex.Match[str] | None:
        """For :meth:`region_after_placed`: the word of :attr:`PLACE_PREPOSITIONS` in lower case
        before the place (at most :attr:`MAX_PLACE_WORDS` capitalised words: ``in Brecon,``,
        ``near Otley,``) that *span*, set off by the comma after it, is the region of; ``None``
        when *span* is no such region: its words are not all capitalised, more than
        :attr:`MAX_NAME_WORDS`, the first is a given name of the vocabulary (``A spokesman for
        the hospital in Leeds, Tom Berg,`` names Tom Berg), one is a title, two or more words are
        no region the vocabulary knows (``Vocabulary.is_region_name``) nor open with one of
        :attr:`REGION_HEAD_WORDS` (``West Yorkshire``): ``in Leeds, Oluwaseun Adeyemi,`` names a
        person whose given name it does not list, or the place is a
        weekday or a month (``in May, Zippy Duvall,``).  :meth:`phrase_before` reads the phrase before the place only when it opens
        the sentence (not ``In its analysis of the impact on Nigeria, SBM Intel, ..., says``).

        .. versionadded:: 0.2 (mendQ61)"""
        region = raw[span[0] : span[1]].split()
        if not region or len(region) > self.MAX_NAME_WORDS or not all(w[:1].isupper() and w.isalpha() for w in region):
            return None
        vocabulary = self.vocabulary
        if vocabulary.is_given_name(region[0]) or any(vocabulary.is_title(w) for w in region):
            return None  # (a person: "in December, NYMEX President Rosemary McFadden,")
        if len(region) > 1 and not vocabulary.is_region_name(" ".join(region)) and region[0] not in self.REGION_HEAD_WORDS:
            return None  # (an unlisted given name: "in Leeds, Oluwaseun Adeyemi,"; not "West Yorkshire")
        comma = raw.rfind(",", max(0, span[0] - self.PHRASE_WINDOW), span[0])
        if comma < 0 or raw[comma + 1 : span[0]].strip():
            return None
        words = list(self._word.finditer(raw, max(0, comma - self.PHRASE_WINDOW), comma, False, KEEP_GIL))
        if not words or words[-1].end() != comma:
            return None
        k = len(words)
        while k and len(words) - k < self.MAX_PLACE_WORDS and words[k - 1].group()[:1].isupper() and words[k - 1].group().isalpha():
            k -= 1  # (the place's capitalised words: "Brecon", "Ames")
        if not 0 < k < len(words) or words[k - 1].group() not in self._place_prepositions:
            return None
        if any(self.is_time_word(m.group()) or self.is_month_name(m.group()) for m in words[k:]):
            return None  # (a time, no place: "in May, Zippy Duvall,")
        return words[k - 1]

    def antecedent_name(self, raw: str, span: tuple[int, int]) -> tuple[int, int]:
        """The part of a relative pronoun's antecedent *span* that speaks: the name at its end
        when a lower-case word other than a determiner, ``of``, a title or a role stands before
        the name (``The genius of the plan escapes Ortiz, who says``: a clause, its object the
        antecedent), else the whole span (``Mr. Morgan of the Sierra Club, who said``)."""
        words = list(self._word.finditer(raw, span[0], span[1]))
        count = self.names.trailing_name([strip_possessive(m.group()).rstrip(".") for m in words])
        if not 0 < count < len(words):
            return span
        vocabulary = self.vocabulary
        for m in words[: len(words) - count]:
            w = m.group()
            low = w.casefold()
            if not w[:1].islower() or low in self._determiners or low in self._of or low in self._coordinators:
                continue  # ("Jeb Bush and Chris Christie, who say": both speak)
            if vocabulary.is_title(w) or vocabulary.is_role_noun(w):
                continue
            return words[len(words) - count].start(), span[1]
        return span

    def qualifies_time(self, word: str) -> bool:
        """For :meth:`phrase_before`: whether *word*, right before a time's preposition and noun
        (``last week``, ``on Monday``), is one of :attr:`TIME_PREPOSITIONS` in lower case that
        qualifies the time (``late`` of ``late last week``, ``early`` of ``early on Monday``), no
        part of the speaker's phrase.

        .. versionadded:: 0.2 (spk59)"""
        return word[:1].islower() and word.casefold() in self._time_prepositions

    def perceived_speech(self, raw: str, words: Sequence[regex.Match[str]], end_index: int, cue_start: int) -> bool:
        """For :meth:`phrase_before`: whether ``words[end_index - 1]``, the last word before the cue at
        *cue_start* with only a space between, is one of :attr:`PERCEPTION_PARTICIPLES` in lower case
        after one of :attr:`ADVERBS` (an auxiliary) and the cue a gerund (:attr:`GERUND_SUFFIX`):
        ``a reporter can be heard asking``, ``Ortiz was seen telling aides``: the words are the
        speaker's, heard or seen by someone else.

        .. versionchanged:: 0.2 the cue's word is read without the stop after it (``"...," Ortiz was
           heard saying.``: was no speaker; spk53).

        .. versionadded:: 0.2
        """
        suffix = self.GERUND_SUFFIX
        if end_index < 2 or end_index != len(words) or not suffix:
            return False
        word = words[end_index - 1]
        if word.group() not in self._perception or raw[word.end() : cue_start] != " ":
            return False
        cue = self._word.match(raw, cue_start, min(len(raw), cue_start + self.NAMED_WINDOW), KEEP_GIL)
        # (the cue's word without the stop a word may hold: '"...," Ortiz was heard saying.')
        gerund = cue is not None and normalize_word(cue.group()).endswith(suffix)
        return gerund and words[end_index - 2].group().casefold() in self._adverbs

    def before_time_phrase(self, words: Sequence[regex.Match[str]], end_index: int) -> int:
        """*end_index* moved back over a time phrase and the adverbs before it (``allies have in
        the past said``, ``the court -- over the past few days -- said``): a word of
        :attr:`TIME_HEADS` with one of :attr:`TIME_PREPOSITIONS` at most four words before it, no
        capitalised word but a month's or a weekday's between (:meth:`breaks_time_phrase`: ``who
        has lived in Southill for 12 years said``: a place's phrase, then the time, no phrase of
        both).

        .. versionchanged:: 0.2 a capitalised word between ends the phrase (fixT55a), but for a
           holiday's name right before one of :attr:`HOLIDAY_HEADS` (``over the Easter weekend``,
           ``during the Christmas holidays``; fixR55)."""
        if end_index == 0:
            return end_index
        head = words[end_index - 1].group().casefold()
        holiday = head in self._holiday_heads
        if head not in self._time_heads and not holiday:
            return end_index
        reach = self.HOLIDAY_REACH if holiday else 4
        for back in range(end_index - 2, max(-1, end_index - 2 - reach), -1):
            if holiday and self.names_holiday(words, back, end_index - 1):
                continue  # ("The ministry over the Easter weekend said": a holiday, no name)
            if self.breaks_time_phrase(words[back].group()) and not self.place_then_time(words, back, end_index):
                return end_index
            if words[back].group().casefold() in self._time_prepositions:
                end_index = back
                while end_index > 0 and words[end_index - 1].group().casefold() in self._adverbs:
                    end_index -= 1
                return end_index
        return end_index

    #: The most words :meth:`before_time_phrase` reads back from one of :attr:`HOLIDAY_HEADS` for its
    #: preposition (``over the Lunar New Year break``: six; four for any other time phrase's head).
    #:
    #: .. versionadded:: 0.2
    HOLIDAY_REACH: ClassVar[int] = 6

    def place_then_time(self, words: Sequence[regex.Match[str]], index: int, end_index: int) -> bool:
        """Whether the capitalised ``words[index]`` that :meth:`breaks_time_phrase` follows one of
        :attr:`TIME_PREPOSITIONS` and the time phrase's head, ``words[end_index - 1]``, is set off
        by no comma after it (``Mary Walsh who has lived in Southill for 12 years said``): a
        place's phrase and then the time inside a relative clause with no commas, both read back
        over as before, so the place is never the speaker (a lower-case word after the name: ``at
        Virgin Holidays said`` is a body's name that runs into the head); with a comma after the head (``..., a
        mother of three who has lived in Southill for 12 years, said``) the phrase ends at the
        name, as :meth:`before_time_phrase` reads it.

        .. versionadded:: 0.2 (merge55)"""
        if index == 0 or words[index - 1].group().casefold() not in self._time_prepositions:
            return False
        if index + 1 >= end_index - 1 or not words[index + 1].group()[:1].islower():
            return False  # ("at Virgin Holidays": the name runs into the head, a body's name, no place apart)
        head = words[end_index - 1]
        return not head.string[head.end() : head.end() + 2].lstrip().startswith(",")

    def names_holiday(self, words: Sequence[regex.Match[str]], index: int, head_index: int) -> bool:
        """Whether ``words[index]`` is capitalised and only capitalised words stand from it to
        ``words[head_index]``, one of :attr:`HOLIDAY_HEADS` (``Easter`` of ``the Easter weekend``,
        ``Lunar`` of ``the Lunar New Year break``), a determiner before the capitalised words: a
        holiday's or an event's name, which a time phrase holds; a name apart from the head (``in
        Southill for 12 years``) is no holiday's, nor is a body's name with no determiner (``A
        spokesman at Virgin Holidays said``: the body the spokesman speaks for).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a determiner before the name (merge55)
        """
        if not all(words[i].group()[:1].isupper() for i in range(index, head_index)):
            return False
        first = index
        while first > 0 and words[first - 1].group()[:1].isupper():
            first -= 1
        return first > 0 and words[first - 1].group().casefold() in self._determiners

    def breaks_time_phrase(self, word: str) -> bool:
        """Whether *word*, read back from a time phrase's head (:meth:`before_time_phrase`), is
        capitalised and no month's nor weekday's name (``Southill`` of ``in Southill for 12
        years``): a name, which no time phrase before its head holds (``over the past few days``,
        ``in the March weeks``).

        .. versionadded:: 0.2
        """
        return word[:1].isupper() and not self.is_month_name(word) and not self.vocabulary.is_weekday(word)

    def before_setting_phrase(self, words: Sequence[regex.Match[str]], end_index: int) -> int:
        """*end_index* moved back over the occasion or medium of the words between a speaker and
        the cue (``Ortiz in an interview said``, ``The mayor in a statement on Friday said``, ``Berg
        during a news conference said``): a word of :attr:`SETTING_NOUNS` in lower case with one of
        :attr:`SETTING_PREPOSITIONS` at most four words before it and a word before that, the
        speaker's, with no comma, colon or other mark of :attr:`SETTING_BREAKS` from that word to the
        noun (the setting is never the speaker: ``an interview``; but ``..., the statement said``).

        .. versionadded:: 0.2"""
        if end_index < 3:
            return end_index
        head = words[end_index - 1].group()
        if not head[:1].islower() or head.casefold() not in self._setting_nouns:
            return end_index
        raw = words[0].string
        for back in range(end_index - 2, max(0, end_index - 6), -1):
            if words[back].group() in self._setting_prepositions:
                # (one phrase, from the word before the preposition to the noun, blanks and words only:
                # not "In 1986, profits fell, the statement said", where the noun is the speaker)
                between = raw[words[back - 1].end() : words[end_index - 1].start()]
                return back if not any(mark in between for mark in self._phrase_breaks) else end_index
        return end_index

    #: The most appositives :meth:`appositive_before` tries one after another, past phrases set off
    #: by commas that name no one (``In April, most households will pay £95 more a year, the
    #: finance chief, Aisha Khan, said``: ``April``, ``a year``, then the finance chief's; a bound).
    #:
    #: .. versionadded:: 0.2
    MAX_APPOSITIVE_TRIES: ClassVar[int] = 4

    def pronoun_before_adverb_aside(
        self, raw: str, word: regex.Match[str], adverbs: Sequence[regex.Match[str]], cue_start: int, floor: int
    ) -> bool:
        """For :meth:`phrase_before`: whether *word*, one of :attr:`PRONOUNS` that opens its
        sentence at *floor*, is set off from a cue at *cue_start* by *adverbs* alone between two
        commas, each one of :attr:`ASIDE_ADVERBS` or :attr:`ADVERBS` in lower case (``He, however,
        cautioned that ...``, ``She, too, said ...``): the cue's subject.

        .. versionadded:: 0.2"""
        if not adverbs or word.group().casefold() not in self._pronouns or raw[floor : word.start()].strip():
            return False
        for adverb in adverbs:
            low = adverb.group()
            if not low.islower() or not (low in self._aside_adverbs or low in self._adverbs):
                return False
        gap = raw[word.end() : cue_start]
        for adverb in reversed(adverbs):
            gap = gap[: adverb.start() - word.end()] + gap[adverb.end() - word.end() :]
        return "".join(gap.split()) == ",,"

    def appositive_before(self, raw: str, start: int, cue_start: int) -> tuple[int, int] | None:
        """The name in ``the environment secretary, James Holloway, said`` or in
        ``Liu Zhongmin, a professor at Fudan University, said``; past an earlier phrase before a
        comma that names no one (``In April, ... a year, the finance chief, Aisha Khan, said``), at
        most :attr:`MAX_APPOSITIVE_TRIES` of them.

        .. versionchanged:: 0.2 an opening phrase that names no one is read past."""
        match = self._appositive.search(raw, self.word_boundary(raw, max(start, cue_start - 400), start), cue_start, KEEP_GIL)
        relative = match is not None and self.relative_appositive(raw, start, match)
        for _ in range(self.MAX_APPOSITIVE_TRIES):
            if match is None or relative or match["name2"] is None:
                break
            lower = match["name2"][:1].islower() and (
                self.after_preposition(raw, start, match.start("name2"))
                or self.in_prepositional_phrase(raw, start, match.start("name2"))
            )
            if (
                not lower and self.is_speaker_phrase(match["name2"]) and not self.names_a_time(match["name2"])
                and not self.object_of_opening(raw, start, match.start("name2"))
            ):
                break  # (but "Earlier Tuesday, his campaign manager, Tom Berg, said": a time, no one)
            # ("In a statement, his sister, Hope Rose, said": an article's phrase after a preposition
            # is its object, no subject, and so is one further on in its phrase, "In a statement read
            # to the court, the chair, Ana Lowe, said"; a place after one is placed_name's: "Ana Ortiz
            # in Lyon"; nor is one that names no one: "... to the end, her aide, Tom Berg, said", "In
            # April, most households will pay more a year, the finance chief, Aisha Khan, said")
            match = self._appositive.search(raw, match.end("name2"), cue_start, KEEP_GIL)
        if match is not None and match["name2"] is not None and self.interview_opening(raw, start, match.end("name2")):
            # ("Speaking to Radio Harbour, the mayor, Tom Berg, said": the station is whom he spoke to)
            match = self._appositive.search(raw, match.end("name2"), cue_start, KEEP_GIL)
        if match is None:
            return None
        group = "name" if match["name"] is not None else "name2"
        if not (relative or self.is_speaker_phrase(match[group]) or (group == "name" and self.month_named_kin(raw, match))):
            return None
        if group == "name" and (self.names_the_body(raw, match) or self.names_the_object(raw, match)):
            # "A spokeswoman for the hotel group, Acme Group, said": the spokeswoman speaks
            comma = raw.rfind(",", match.start(), match.start("name"))
            return self.without_opener(raw, (match.start(), comma))
        plural = self.plural_head_before(raw, start, match) if group == "name" else None
        if plural is not None:
            # ("Friends of the victim, Paul Young, said": the friends speak; the name is the victim's)
            return self.without_opener(raw, (plural, raw.rfind(",", match.start(), match.start("name"))))
        if group == "name" and (self.names_the_region(raw, match) or self.region_after_role_link(raw, match)):
            # ("a senior official in Berlin, Germany, said": the region is the place's, the role speaks)
            return self.without_opener(raw, (match.start(), match.end("name")))
        if group == "name2" and self.opening_adverb(match[group]):
            return None  # "Separately, the director of ..., said": an adverb, not a name
        if group == "name2" and self.opening_gerund(match[group]) and raw.count(",", match.end(group), cue_start) > 2:
            # ("Reacting, the spokesperson for the firm, Ola Bello, said": an opening participle, the
            # name set off after the role speaks; but "Browning, a former officer, said" names him)
            return None
        named = self.name_in_relative(raw, match.end(group), match.end()) if group == "name2" else None
        if named is not None:
            # ("Orbis Ltd, whose chief executive, Karl Meyer, said": the name the relative's role
            # sets off speaks, never the owner)
            return named
        if group == "name2" and self.is_set_off_honour(match[group] + ","):
            # ("Jane Roe, AM, a former judge, said": the name before the honour speaks, or no one)
            return self.name_before_honours(raw, start, match.start(group))
        if group == "name2":
            second = self._pair_second.match(raw, match.end(group), match.end(), KEEP_GIL)
            if second is not None and raw[match.start(group) : match.end(group)][:1].isupper():
                # ("Paul Greer, the union leader, and Lena Moss, the port's chief, said": both names)
                return self.without_opener(raw, (match.start(group), second.end("second")))
            regional = self.role_name_after_region(raw, match) if self.placed_region(raw, match) else None
            if regional is not None:
                return regional  # ("The Mandan, North Dakota, police chief, Jason Ziegler, said": the chief)
            regional = self.role_after_region(raw, match) if self.placed_region(raw, match) else None
            if regional is not None:
                return regional  # ("The Austin, Texas, police chief, a veteran, said": the chief, never Texas)
            place = self.place_before_region(raw, match) if self.placed_region(raw, match) else None
            if place is not None:
                # ("A resident of Austin, Texas, a retired teacher, said": the place and its region
                # are read whole, the resident speaks, never the region)
                placed = self.placed_name(raw, start, (place, match.end(group)))
                return self.without_opener(raw, placed) if placed is not None and placed[0] < place else None
            placed = self.placed_name(raw, start, match.span(group))
            return self.without_opener(raw, placed) if placed is not None else None
        return self.without_opener(raw, match.span(group))

    def object_of_opening(self, raw: str, start: int, pos: int) -> bool:
        """For :meth:`appositive_before`: whether the capitalised name at *pos* is the object of the
        sentence's opening phrase, which opens at *start* with one of :attr:`PREPOSITIONS` and runs
        to the name with no comma, the name right after a determiner (``In a filing with the
        Securities and Exchange Commission, the group, led by ..., said``: the group speaks, never
        the body it filed with; not ``In Lyon, Ana Ruiz, the mayor, said``: no determiner, the name
        may open the clause).  The determiner may stand before the capitalised words and joiners
        of the body's own name that lead to *pos* (:attr:`COORDINATORS`, :attr:`OF_WORDS`), at
        most :attr:`MAX_NAME_WORDS` of them.

        .. versionadded:: 0.2
        """
        first = self._word.search(raw, start, pos)
        if first is None or first.group().casefold() not in self._prepositions or "," in raw[start:pos]:
            return False
        at = pos
        for _ in range(self.MAX_NAME_WORDS + 1):  # (back over the body's own name: "the Securities and Exchange")
            back = self.word_back(raw, at, start)
            if back is None:
                return False
            word, at = back
            if word.casefold() in self._determiners:
                return True
            if not (word[:1].isupper() or word in self._name_joiners):
                return False
        return False

    def placed_region(self, raw: str, match: regex.Match[str]) -> bool:
        """Whether the ``name2`` of an :meth:`appositive_before` *match* is the region
        (:meth:`is_region`) of a capitalised place and its comma right before it (``Mandan, North
        Dakota,``, ``Springfield, Illinois,``): a place, never a speaker.

        .. versionadded:: 0.2"""
        if not self.is_region(match["name2"]):
            return False
        at = match.start("name2")
        before = raw[max(0, at - self.PLACED_WINDOW) : at].rstrip()
        place = before[:-1].split()[-1:] if before.endswith(",") else []
        return bool(place) and place[0][:1].isupper()

    def name_after_place_list(
        self, raw: str, head: tuple[int, int], end: int, *, closed: bool = True
    ) -> tuple[int, int] | None:
        """The name set off after a role whose place goes on in a list (``the ambassador to France,
        Germany and Italy, John Roe, said``): *head*, the words before the first comma, is a role
        (a title or a role noun in lower case) linked by one of :attr:`ROLE_LINKS` to capitalised
        words; what follows up to *end* (the cue) is one or more pieces set off by commas of
        capitalised words and :attr:`COORDINATORS`, the last holding a coordinator, none a name,
        then a person's whole name (:meth:`~newsparse.names.NameModel.is_name`) and its comma.
        None when the words do not fit: ``the envoy to Chile, Peru and Bolivia, said`` keeps its
        reading.  Unless *closed*, the name ends the words up to *end* with no comma after it
        (``"...," said the ambassador to France, Germany and Italy, John Roe.``).

        .. versionadded:: 0.2"""
        words = raw[head[0] : head[1]].split()
        k = len(words) - 1
        while k > 0 and words[k][:1].isupper():
            k -= 1
        if k < 1 or k == len(words) - 1 or words[k] not in self._role_links:
            return None
        role = words[k - 1]
        if not role[:1].islower() or not (self.vocabulary.is_title(role) or self.vocabulary.is_role_noun(role)):
            return None
        tail = raw[head[1] : end].rstrip()
        if not tail.startswith(",") or tail.endswith(",") is not closed or len(tail) > self.PHRASE_WINDOW:
            return None
        pieces = (tail[1:-1] if closed else tail[1:]).split(",")
        if len(pieces) < 2:
            return None
        name = pieces[-1].strip()
        if not self.names.is_name(name):
            return None
        for piece in pieces[:-1]:
            listed = piece.split()
            if not listed or self.person_not_place(piece.strip()):
                return None
            if not all(w[:1].isupper() or w in self._coordinators for w in listed):
                return None
        if not any(w in self._coordinators for w in pieces[-2].split()):
            return None  # (a list ends with its coordinator: "France, Germany and Italy")
        start = raw.index(name, head[1] + len(tail) - len(pieces[-1]) - 2)
        return start, start + len(name)

    def person_not_place(self, words: str) -> bool:
        """Whether *words*, one member of a list (after a role's link, :meth:`name_after_place_list`,
        :meth:`role_before_place_list`; of subjects after a cue, ``listed_subject_after``), is a
        person's whole name and no place, country or region the vocabulary knows
        (:meth:`~newsparse.vocabulary.Vocabulary.is_region_after_place`): ``Ana Ruiz`` is a
        person, ``New Zealand`` and ``Buenos Aires`` places though their words read as a name.

        .. versionadded:: 0.2 (wv56)"""
        return self.names.is_name(words) and not self.vocabulary.is_region_after_place(words)

    def role_before_place_list(self, raw: str, span: tuple[int, int], floor: int, hops: int) -> int | None:
        """Where the role starts whose place goes on in a list that *span* closes (``The ambassador
        to France, Germany and Italy said``: *span* is ``Germany and Italy``, the role ``The
        ambassador``): *span* is capitalised words joined by one of :attr:`COORDINATORS`, no
        person's name, after a comma; before it, pieces of capitalised words set off by commas
        back to a role (a title or a role noun in lower case) and one of :attr:`ROLE_LINKS`, as
        :meth:`name_after_place_list` reads them after the cue.  A list of places never speaks: the
        role does.  ``None`` when the words do not fit.

        .. versionadded:: 0.2"""
        listed = raw[span[0] : span[1]].split()
        if not any(w in self._coordinators for w in listed):
            return None
        if not all(w[:1].isupper() or w in self._coordinators for w in listed):
            return None
        parts: list[list[str]] = [[]]
        for w in listed:
            if w in self._coordinators:
                parts.append([])
            else:
                parts[-1].append(w)
        if any(self.person_not_place(" ".join(part)) for part in parts):
            return None  # ("Tom Berg and Ana Ruiz": people, no places)
        words = list(self._word.finditer(raw, max(floor, span[0] - self.PHRASE_WINDOW), span[0], False, KEEP_GIL))
        k = len(words) - 1
        if k < 2 or raw[words[k].end() : span[0]].strip() != ",":
            return None
        while k > 0:
            word = words[k].group()
            gap = raw[words[k].end() : words[k + 1].start() if k + 1 < len(words) else span[0]].strip()
            if gap not in ("", ","):
                return None
            if word[:1].isupper():
                k -= 1
                continue
            if word not in self._role_links or k == len(words) - 1:
                return None
            role = words[k - 1].group()
            if not role[:1].islower() or not (self.vocabulary.is_title(role) or self.vocabulary.is_role_noun(role)):
                return None
            head = self.phrase_before(raw, words[k].start(), floor, lenient=True, hops=hops + 1)
            return head[0] if head is not None else None
        return None

    def role_name_after_region(self, raw: str, match: regex.Match[str]) -> tuple[int, int] | None:
        """The name set off after a role when the ``name2`` of an :meth:`appositive_before`
        *match* is a :meth:`placed_region` that qualifies the role (``The Mandan, North Dakota,
        police chief, Jason Ziegler, said``, ``The Springfield, Illinois, fire chief, Ann Lee,
        said``): what the match holds after the region is a role in lower case ending in a title
        or a role noun, a comma and a person's whole name
        (:meth:`~newsparse.names.NameModel.is_name`).  None when the words do not fit.

        .. versionadded:: 0.2"""
        tail = raw[match.end("name2") : match.end()]
        pieces = tail.split(",")
        if len(pieces) != 4 or pieces[0].strip() or pieces[3].strip():
            return None  # (", police chief, Jason Ziegler,": a role and a name, nothing else)
        role, name = pieces[1].split(), pieces[2].strip()
        if not role or not all(w[:1].islower() for w in role):
            return None
        noun = role[-1]
        if not (self.vocabulary.is_title(noun) or self.vocabulary.is_role_noun(noun)) or not self.names.is_name(name):
            return None
        start = raw.index(name, match.end("name2") + len(pieces[1]) + 1)
        return start, start + len(name)

    def place_before_region(self, raw: str, match: regex.Match[str]) -> int | None:
        """Where the capitalised place starts whose region is the ``name2`` of an
        :meth:`appositive_before` *match* (:meth:`placed_region`: ``Austin`` of ``A resident of
        Austin, Texas, a retired teacher, said``): its capitalised words, at most
        :attr:`MAX_PLACE_WORDS`, with blanks only between them, right before the region's comma;
        ``None`` when there are none.

        .. versionadded:: 0.2 (wv56)"""
        at = match.start("name2")
        comma = raw.rfind(",", max(0, at - self.PLACED_WINDOW), at)
        if comma < 0 or raw[comma + 1 : at].strip():
            return None
        words = list(self._word.finditer(raw, max(0, comma - self.PLACED_WINDOW), comma, False, KEEP_GIL))
        first = None
        for word in reversed(words[-self.MAX_PLACE_WORDS :]):
            following = first if first is not None else comma
            if not word.group()[:1].isupper() or raw[word.end() : following].strip():
                break
            first = word.start()
        return first

    def role_after_region(self, raw: str, match: regex.Match[str]) -> tuple[int, int] | None:
        """The role when the ``name2`` of an :meth:`appositive_before` *match* is a
        :meth:`placed_region` that qualifies the role and what is set off after the role names no
        one (``The Austin, Texas, police chief, a veteran, said``, ``The Leeds, England, head
        coach, a former winger, said``: the chief, never the region): what the match holds after
        the region is a role in lower case ending in a title or a role noun, then one more piece set
        off by commas that opens in lower case, a description (a name there is
        :meth:`role_name_after_region`'s).  None when the words do not fit.

        .. versionadded:: 0.2 (wv56)"""
        tail = raw[match.end("name2") : match.end()]
        pieces = tail.split(",")
        if len(pieces) != 4 or pieces[0].strip() or pieces[3].strip():
            return None
        role, described = pieces[1].split(), pieces[2].split()
        if not role or not described or not all(w[:1].islower() for w in role) or not described[0][:1].islower():
            return None
        noun = role[-1]
        if not (self.vocabulary.is_title(noun) or self.vocabulary.is_role_noun(noun)):
            return None
        start = match.end("name2") + 1 + len(pieces[1]) - len(pieces[1].lstrip())
        return start, start + len(pieces[1].strip())

    def month_named_kin(self, raw: str, match: regex.Match[str]) -> bool:
        """Whether the name of an :meth:`appositive_before` *match* is one capitalised month set
        off by commas right after a noun of :attr:`GENDER_WORDS` (``His wife, June, said``,
        ``Her daughter, April, said``): a kin word names a person, so the month is her given
        name, though a month alone is no speaker elsewhere (:meth:`is_speaker_phrase`).

        .. versionadded:: 0.2
        """
        name = match["name"].split()
        if len(name) != 1 or not self.is_month_name(name[0]):
            return False
        words = raw[match.start() : match.start("name")].split()
        return bool(words) and self.kin_comma(words[-1])

    def kin_comma(self, preceding: str | None) -> bool:
        """Whether *preceding*, the word before a name, is a noun of :attr:`GENDER_WORDS` and the
        comma that sets the name off after it (``wife,`` of ``His wife, June,``).

        .. versionadded:: 0.2
        """
        return preceding is not None and preceding.endswith(",") and normalize_word(preceding[:-1]) in self._gender_words

    def relative_appositive(self, raw: str, floor: int, match: regex.Match[str]) -> bool:
        """Whether *match*, an appositive before a cue, is a phrase for people in lower case after
        a determiner (:meth:`is_speaker_phrase`, lenient) set off by a relative clause of one of
        :attr:`PERSONAL_RELATIVE_PRONOUNS` (``a neighbour, who did not want to be named, said``):
        the phrase speaks, as it does with no commas; not after a preposition (``In a letter to
        a neighbour, who ..., said``), nor when the clause's verb is a cue (``a resident, who
        said ..., added``: the other readings) but for a condition (``who asked not to be named``:
        :meth:`negated_after`).

        .. versionadded:: 0.2
        """
        phrase = match["name2"]
        if phrase is None or not phrase[:1].islower() or not self.is_speaker_phrase(phrase, lenient=True):
            return False
        after = self._word.search(raw, match.end("name2"), match.end(), KEEP_GIL)
        if after is None or after.group().casefold() not in self._personal_relatives:
            return False
        verb = self._word.search(raw, after.end(), match.end(), KEEP_GIL)
        if verb is not None and self.is_cue_word(verb.group()) and not self.negated_after(raw, verb.end(), match.end()):
            return False  # ("a resident, who said ..., added": the clause's own verb may report words)
        at = match.start("name2")
        return not (self.after_preposition(raw, floor, at) or self.in_prepositional_phrase(raw, floor, at))

    def negated_after(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the words after *pos*, a cue's end, are one of :attr:`NEGATION_WORDS` and then
        one of :attr:`INFINITIVE_MARKERS` (``who asked not to be named``, ``who asked never to be
        named``): a condition of speaking, no words reported; not a negated clause the cue reports
        (``who said not all staff would be paid``, ``who said never again would he run``).

        .. versionadded:: 0.2
        """
        word = self._word.search(raw, pos, stop, KEEP_GIL)
        if word is None or raw[pos : word.start()].strip() or word.group().casefold() not in self.NEGATION_WORDS:
            return False
        marker = self._word.search(raw, word.end(), stop, KEEP_GIL)
        return marker is not None and not raw[word.end() : marker.start()].strip() and marker.group() in self._infinitive_markers

    def interview_opening(self, raw: str, floor: int, pos: int) -> bool:
        """Whether *pos* lies in a phrase that opens the sentence (from *floor*, after its last
        sentence end, at most :attr:`PHRASE_WINDOW` characters before *pos*) with one of
        :attr:`INTERVIEW_OPENERS`, no comma between (``Speaking to Radio
        Harbour``, French ``Interrogée par une radio``): what stands there is whom the speaker
        spoke to, not the speaker.

        .. versionadded:: 0.2
        """
        if not self._interview_openers or pos <= floor:
            return False
        window = max(floor, pos - self.PHRASE_WINDOW)  # (an opening phrase is short: a bounded read)
        start = max(window, *(raw.rfind(mark, window, pos) + 1 for mark in self.SENTENCE_END))
        if start == window and window > floor:
            return False  # (the sentence opens further back than any such phrase reaches)
        phrase = raw[start:pos]
        if "," in phrase:
            return False
        opening = phrase.lstrip(" \t\n" + self._mark_chars).casefold()
        return opening.startswith(self._interview_openers)

    def possessive_relative_after(self, raw: str, start: int, end: int) -> bool:
        """Whether the appositive from *start* (its comma) to *end* opens with one of
        :attr:`POSSESSIVE_RELATIVE_PRONOUNS` (``, whose chief executive, Karl Meyer,``).

        .. versionadded:: 0.2"""
        word = self._word.search(raw, start, end, KEEP_GIL)
        return word is not None and word.group().casefold() in self._possessive_relatives

    def name_in_relative(self, raw: str, start: int, end: int) -> tuple[int, int] | None:
        """The name set off by commas at the end of an appositive that opens with a possessive
        relative pronoun (:meth:`possessive_relative_after`), from *start* to *end* (``, whose
        chief executive, Karl Meyer,``: Karl Meyer), or ``None`` when its last part is no name
        (``, whose lawyer, a former judge,``) or the words after the pronoun are no role for one
        person, with no article or possessive (``, whose investor group includes his wife,
        Mary,``: a clause of its own).

        .. versionadded:: 0.2"""
        if not self.possessive_relative_after(raw, start, end):
            return None
        close = raw.rfind(",", start, end)
        comma = raw.rfind(",", start, close) if close > start else -1
        if comma <= start:
            return None
        role = raw[start:comma].split()[1:]  # (the words after the pronoun, up to the name)
        closing = (self._determiners, self._possessive_determiners)
        titled = self.title_case_role(role)
        if not role or any((w[:1].isupper() and not titled) or any(w.casefold() in words for words in closing) for w in role):
            return None  # ("Cross, whose group includes his wife, Mary, said": a clause, Cross speaks)
        if not self.is_singular_person_noun(role[-1].casefold()):
            return None
        left = comma + 1
        while left < close and raw[left].isspace():
            left += 1
        words = [strip_possessive(w) for w in raw[left:close].split()]
        if not words or self.names.trailing_name(words) != len(words) or not words[0][:1].isupper():
            return None
        return left, close

    def title_case_role(self, words: Sequence[str]) -> bool:
        """Whether *words* (after a possessive relative pronoun) are a role in title case: every
        word capitalised and the last a noun for one person (``whose Chief Executive``,
        ``whose Finance Director``; not ``whose Acme unit`` or ``whose Group Includes``).

        .. versionadded:: 0.2"""
        role = [w for w in words if w.casefold() not in self._possessive_relatives]
        return bool(role) and all(w[:1].isupper() for w in role) and self.is_singular_person_noun(role[-1].casefold())

    def names_the_body(self, raw: str, match: regex.Match[str]) -> bool:
        """Whether the name of an appositive after a role (*match*, of ``_appositive``, group
        ``name``) names the body the role works for, not the person (``A spokeswoman for the hotel
        group, Marriott International,``): the role holds one of :attr:`ROLE_LINKS` and the name
        ends in one of the vocabulary's ``ORG_WORDS`` (``the director of the port, Colin Reyes,``
        names the director).

        .. versionadded:: 0.2
        """
        name = match["name"].split()
        if not name or not self.vocabulary.is_org_word(name[-1]):
            return False
        role = raw[match.start() : match.start("name")].casefold().split()
        return any(word in self._role_links for word in role[1:])

    def names_the_region(self, raw: str, match: regex.Match[str]) -> bool:
        """Whether the name of an appositive after a role (*match*, of ``_appositive``, group
        ``name``) is the region of a place the role ends with, no person (``a senior official in
        Berlin, Germany, said``, ``a farmer near Austin, Texas, said``): a region of
        :meth:`is_region` after one to :attr:`MAX_PLACE_WORDS` capitalised words that follow one of
        :attr:`PLACE_PREPOSITIONS` in lower case after a noun for people (:meth:`is_person_noun`),
        in lower case or a title (German ``Der Bürgermeister von Graz, Österreich, sagte``, with
        :attr:`PLACE_OF_WORDS`), the comma between them right after the place.

        .. versionadded:: 0.2
        """
        if not self.is_region(match["name"]):
            return False
        comma = raw.rfind(",", match.start(), match.start("name"))
        if comma < 0:
            return False
        words = list(self._word.finditer(raw, match.start(), comma, False, KEEP_GIL))
        k = self.place_preposition_before(raw, words, len(words), of=True)
        if k is None or k < 1:
            return False
        noun = words[k - 1].group()
        # (a title may be capitalised, as German writes every noun: "Der Bürgermeister von Graz, Österreich,")
        titled = self.vocabulary.is_title(noun) or self.vocabulary.is_role_noun(noun)
        return (noun[:1].islower() or titled) and self.is_person_noun(noun.casefold())

    def region_after_role_link(self, raw: str, match: regex.Match[str]) -> bool:
        """Whether the name of an appositive after a role (*match*, of ``_appositive``, group
        ``name``) is the region of the place the role serves (``A spokesman for Lyon, France,
        said``, ``The Prefect of Lyon, France, said``): a region of :meth:`is_region` after one to
        :attr:`MAX_PLACE_WORDS` capitalised words one space apart, right after one of
        :attr:`REGION_ROLE_LINKS` in lower case, the role before it one to
        :attr:`MAX_REGION_ROLE_WORDS` words that open the match with an article of the
        vocabulary (a title there may be capitalised).  The place and its region are never the
        speaker; the role is.

        .. versionadded:: 0.2 (fixL56)"""
        if not self.is_region(match["name"]):
            return False
        comma = raw.rfind(",", match.start(), match.start("name"))
        if comma < 0 or raw[comma + 1 : match.start("name")].strip():
            return False
        words = [word.group() for word in self._word.finditer(raw, match.start(), comma, False, KEEP_GIL)]
        k = len(words) - 1
        while k >= 0 and len(words) - k <= self.MAX_PLACE_WORDS and words[k][:1].isupper():
            k -= 1
        if k == len(words) - 1 or k < 2 or words[k] not in self.REGION_ROLE_LINKS:
            return False  # (no place, or no role before the link: "Lyon, France")
        return k <= self.MAX_REGION_ROLE_WORDS and words[0].casefold() in self.vocabulary.ARTICLES

    def plural_head_before(self, raw: str, start: int, match: regex.Match[str]) -> int | None:
        """Where a plural head for people starts whose link of :attr:`OBJECT_ROLE_LINKS` opens the
        role of an :meth:`appositive_before` *match* (group ``name``) when the name set off after
        it names one person (:meth:`~newsparse.names.NameModel.is_name`) or a family (``the`` and
        one capitalised word in ``-s``): the name is the link's object, never the many
        (``Friends of the victim, Paul Young, said``, ``Relatives of the pilot, Jane Roe, said``,
        ``Neighbours of the family, the Smiths, said``: the head speaks).  The head (a noun of
        :meth:`is_person_noun` in ``-s``) is at most :attr:`MAX_PLURAL_HEAD_WORDS` words from
        *start*, the words before it in lower case but the first; a singular head is read as
        ever (``A friend of the victim, Paul Young, said``: Paul Young).  None otherwise.

        .. versionadded:: 0.2"""
        words = list(self._word.finditer(raw, max(start, match.start() - self.PLACED_WINDOW), match.start(), False, KEEP_GIL))
        if self.PLURAL_VERB_ENDINGS:
            return self.plural_head_by_verb(raw, words, match)  # (a pack: "Freunde des Opfers, Paul Young, sagten")
        if len(words) < 2 or raw[words[-1].end() : match.start()] != " " or words[-1].group() not in self._object_role_links:
            return None
        head = words[-2].group()
        low = head.casefold()
        if not head.isalpha() or not low.endswith("s") or low.endswith("ss") or not self.is_person_noun(low):
            return None
        name = match["name"]
        before = raw[: match.start("name")].rstrip().rsplit(None, 1)[-1:]
        family = " " not in name and name.endswith("s") and name[:1].isupper() and bool(before) and before[0] in self._determiners
        if not family and not self.names.is_name(name):
            return None
        # (the head opens a sentence, or follows a quotation: "Close friends of", '"...," friends of')
        for k in range(len(words) - 2, max(-1, len(words) - 2 - self.MAX_PLURAL_HEAD_WORDS), -1):
            if self.opens_sentence_at(raw, words[k].start()):
                return words[k].start()
            if not k or not (words[k - 1].group()[:1].islower() or self.opens_sentence_at(raw, words[k - 1].start())):
                return None
        return None

    def plural_head_by_verb(self, raw: str, words: Sequence[regex.Match[str]], match: regex.Match[str]) -> int | None:
        """:meth:`plural_head_before` in a pack of :attr:`PLURAL_VERB_ENDINGS`: where a plural head
        starts whose link (one of :attr:`OF_WORDS` before the role's article, or a genitive's
        article of :attr:`GENITIVE_DETERMINERS` that opens the role) links it to the role of an
        appositive *match* whose name names one person, when the cue after the appositive is a
        plural verb (its word ends in one of :attr:`PLURAL_VERB_ENDINGS`: German ``sagten``, French
        ``ont``, Spanish ``dijeron``): one person never takes it, the head speaks (``Freunde des
        Opfers, Paul Young, sagten``, ``Des amis de la victime, Paul Young, ont déclaré``, ``Amigos
        de la víctima, Paul Young, dijeron``).  The head is a word of letters ending in one of the
        vocabulary's ``PLURAL_ENDINGS``, the sentence's first word or after one determiner that opens
        it; a singular verb keeps the name (``Un ami de la victime, Paul Young, a déclaré``).  None
        otherwise.

        .. versionadded:: 0.2"""
        comma = raw.rfind(",", match.start(), match.start("name"))
        if comma < 0:
            return None
        role = list(self._word.finditer(raw, match.start(), comma, False, KEEP_GIL))
        tokens = [*words[-self.MAX_PLURAL_HEAD_WORDS :], *role]
        if any(raw[a.end() : b.start()].strip() for a, b in pairwise(tokens)):
            return None  # (blanks only: no comma nor mark inside the head's phrase)
        link = next((i for i, w in enumerate(tokens) if i and (w.group() in self._of or w.group() in self._genitives)), None)
        if link is None:
            return None
        k = link - 1
        head = tokens[k].group()
        if not head.isalpha() or not head.casefold().endswith(tuple(self.vocabulary.PLURAL_ENDINGS)):
            return None
        if not self.names.is_name(match["name"]):
            return None
        after = raw[match.end() : match.end() + self.PHRASE_WINDOW].lstrip(" ,").split(None, 1)
        cue = after[0].rstrip(",.;:") if after else ""
        if not cue[:1].islower() or not cue.casefold().endswith(self.PLURAL_VERB_ENDINGS):
            return None
        if self.opens_sentence_at(raw, tokens[k].start()):
            return tokens[k].start()
        if k and tokens[k - 1].group().casefold() in self._determiners and self.opens_sentence_at(raw, tokens[k - 1].start()):
            return tokens[k - 1].start()  # ("Des amis de la victime")
        return None

    def names_the_object(self, raw: str, match: regex.Match[str]) -> bool:
        """Whether the name of an appositive after a role (*match*, of ``_appositive``, group
        ``name``) names the person the role's link is to, not the role (``A spokesman for the
        council leader, Cllr Ana Ruiz,``, ``A lawyer for the former leader, Councillor Tom Berg,``): the
        role links its head to a noun by one of :attr:`OBJECT_ROLE_LINKS` and ends in a role noun
        (``leader``, ``mayor``), and the name opens with a title of its own, no honorific (``A
        spokesman for the mayor, Tom Berg,`` and ``The leader of the council, Cllr Ana Ruiz,`` name
        the one who speaks).

        .. versionadded:: 0.2
        """
        name = match["name"].split()
        vocabulary = self.vocabulary
        if len(name) < 2 or not vocabulary.is_title(name[0]) or vocabulary.is_honorific(name[0]):
            return False
        role = raw[match.start() : match.start("name")].split(",", 1)[0].split()
        if len(role) < 3 or not vocabulary.is_role_noun(role[-1]):
            return False
        return any(word.casefold() in self._object_role_links for word in role[1:-1])

    #: The most words of a phrase of :attr:`OPENING_CONNECTIVES` (``on the other hand``), a bound
    #: for :meth:`opening_connective`.
    #:
    #: .. versionadded:: 0.2 (lang62b)
    MAX_CONNECTIVE_WORDS: ClassVar[int] = 4

    def opening_connective(self, words: Sequence[str]) -> int:
        """How many of *words*, the first of a sentence, are a phrase of :attr:`OPENING_CONNECTIVES`,
        its comma after it or none (Spanish ``Por su parte, la congresista ...``: 3); 0 when they
        open with none.

        .. versionadded:: 0.2 (lang62b)"""
        if not self.OPENING_CONNECTIVES:
            return 0
        return next((
            n for n in range(2, min(len(words), self.MAX_CONNECTIVE_WORDS) + 1)
            if " ".join(words[:n]).removesuffix(",").casefold() in self.OPENING_CONNECTIVES
        ), 0)

    def opening_adverb(self, phrase: str) -> bool:
        """Whether *phrase*, set off by a comma, is one word that modifies the sentence rather than
        names its speaker (``Separately,``, ``Meanwhile,``, ``However,``): one of :attr:`ADVERBS` or a
        word the vocabulary says opens no name, unless it is a noun for people (``Officials,``:
        :meth:`is_people_noun`).  Not by the adverb's ending alone: ``Kelly, a nurse
        at the hospital, said`` names her."""
        words = phrase.split()
        if len(words) != 1:
            # ("Por su parte, la congresista ... sostuvo": a connective of several words; lang62b)
            return " ".join(words).casefold() in self.OPENING_CONNECTIVES
        word = words[0]
        if word.casefold() in self._adverbs:
            return True
        if word[1:].islower() and self.is_people_noun(word.casefold()):
            return False  # ("Officials, who spoke on condition of anonymity, said": they speak)
        return not self.vocabulary.can_start_name(word) or self.opening_participle(word)

    def opening_gerund(self, word: str) -> bool:
        """Whether capitalised *word*, alone before a comma, may be a present participle in
        :attr:`GERUND_SUFFIX` that opens the sentence (``Reacting,``, ``Responding,``: ``Reacting,
        the spokesperson for the firm, Ola Bello, said``, whose speaker is the one set off after
        the role: :meth:`appositive_before`, ``ReportedSpeech.opening_subject``): lower case after
        its capital, letters only, at least :attr:`MIN_OPENING_GERUND` of them, no known given name
        nor a word the article names a person by (:meth:`names_person`: ``Manning,`` after
        ``Chelsea Manning``).

        .. versionadded:: 0.2 (mendQS70)
        """
        rest = word[1:]
        return (
            bool(self.GERUND_SUFFIX)
            and len(word) >= self.MIN_OPENING_GERUND
            and word[:1].isupper()
            and rest.isalpha()
            and rest.islower()
            and word.endswith(self.GERUND_SUFFIX)
            and not self.vocabulary.is_given_name(word)
            and not self.names_person(word)
        )

    def opening_participle(self, word: str) -> bool:
        """Whether capitalised *word*, alone before a comma, is a participle or adjective in
        :attr:`PAST_SUFFIX` that opens the sentence (``Undeterred,``, ``Undaunted,``, ``Frustrated,``)
        rather than a name: lower case after its capital, letters only, at least
        :attr:`MIN_OPENING_PARTICIPLE` of them (``Ted, the mayor, said`` keeps its name); or
        such a word in one of :attr:`OPENING_WORD_ENDINGS` (``Imperturbable,``) or, in a language
        that lists them, with one of :attr:`OPENING_WORD_PREFIXES` (``Unbeirrt,``:
        :meth:`prefixed_opening`).  Never a word
        the article names a person by (:meth:`names_person`: ``Bayless,`` after ``Skip Bayless``).

        .. versionadded:: 0.2
        """
        rest = word[1:]
        return (
            len(word) >= self.MIN_OPENING_PARTICIPLE
            and word[:1].isupper()
            and rest.isalpha()
            and rest.islower()
            and (
                self.is_past_verb(word.casefold()) or word.casefold().endswith(self._opening_endings)
                or self.prefixed_opening(word.casefold())
            )
            and not self.names_person(word)  # ("Skip Bayless ... Bayless, a commentator, said": his name)
        )

    def prefixed_opening(self, low: str) -> bool:
        """Whether lower-case *low* opens with one of :attr:`OPENING_WORD_PREFIXES` and ends in one
        of :attr:`OPENING_PREFIXED_ENDINGS` (any ending when that is empty): German ``unbeirrt``,
        ``gelassen``, not the given names ``gerhard``, ``gertrud`` nor the surnames ``genscher``,
        ``unseld``.

        .. versionadded:: 0.2
        """
        if not self._opening_prefixes or not low.startswith(self._opening_prefixes):
            return False
        return not self._opening_prefixed_endings or low.endswith(self._opening_prefixed_endings)

    def after_preposition(self, raw: str, floor: int, pos: int) -> bool:
        """Whether the word before *pos* (read no further back than *floor*, blanks only between)
        is one of :attr:`PREPOSITIONS` (``In a statement``, ``After the hearing``) or of
        :attr:`OPINION_OPENERS` (French ``Pour le parquet, ...``: whose view, not a subject)."""
        if pos <= floor or not raw[pos - 1].isspace():
            return False
        token = self.token_before(raw, pos, floor)
        return token.casefold() in self._prepositions or token in self.OPINION_OPENERS

    def in_prepositional_phrase(self, raw: str, floor: int, pos: int) -> bool:
        """Whether the words before *pos*, from the last comma before it (or *floor*), open with one
        of :attr:`PREPOSITIONS` or a participle in :attr:`GERUND_SUFFIX` and end in one of
        :attr:`ROLE_LINKS` (``In a statement read to the court``, ``Speaking to the court``):
        whatever stands at *pos* is inside that phrase, an object, never a subject (but ``On
        February 2 the company`` opens the clause).

        .. versionadded:: 0.2
        """
        if self.token_before(raw, pos, floor) not in self._role_links:
            return False  # ("On February 2 the company, a health maintenance organization, said": its subject)
        first = self._word.search(raw, raw.rfind(",", floor, pos) + 1 or floor, pos)
        if first is None:
            return False
        low = first.group().casefold()
        suffix = self.GERUND_SUFFIX
        return low in self._prepositions or (bool(suffix) and low.endswith(suffix) and len(low) > len(suffix) + 2)

    def without_opener(self, raw: str, span: tuple[int, int]) -> tuple[int, int]:
        """*span* without the adverbs and conjunctions that open it, capitalised at the start of a
        sentence (``Even China``, ``But Mr. Guerrero``): they are no part of the speaker's name.
        Such a word stays when it is the given name of the name that follows (``May Chen``,
        ``Will Smith``, as the name rules read it), a word that may open a name before a title
        (``First Minister Nicola Sturgeon``), or a family name before a romanised given name of
        two syllables joined by a hyphen, the second in lower case (``So Yeon-kim``)."""
        start, end = span
        words = list(self._word.finditer(raw, start, end, False, KEEP_GIL))
        for i, word in enumerate(words):
            low = word.group().casefold()
            if word.end() >= end or not (low in self._adverbs or low in self._conjunctions):
                break
            rest = [strip_possessive(m.group()).rstrip(".") for m in words[i:]]
            if self.names.trailing_name(rest) == len(rest):
                break  # "May Chen": a given name
            if self.vocabulary.can_start_name(word.group()) and self.vocabulary.is_title(words[i + 1].group()):
                break  # "First Minister Nicola Sturgeon": a title of two words
            if len(rest) == 2 and self._romanised_given.fullmatch(rest[1]) is not None:
                break  # "So Yeon-kim": a family name, then a given name of two syllables
            if len(rest) == 2 and self.auxiliary_given_name(raw, word, rest[1], end):
                break  # ("Will Jordan, the club's coach, said": no question, a given name)
            start = word.end()
            while start < end and raw[start].isspace():
                start += 1
        return start, end

    def auxiliary_given_name(self, raw: str, word: regex.Match[str], surname: str, end: int) -> bool:
        """Whether *word*, one of the vocabulary's question auxiliaries written as a given name
        (:meth:`~newsparse.Vocabulary.is_question_auxiliary`: ``Will``, ``Can``), is one before
        *surname*, a capitalised word, the two set off by the comma of an appositive right at *end*
        (``Will Jordan, the club's coach, said``): a question would have no comma there (``Will
        Jordan win?``).

        .. versionadded:: 0.2 (fixQ59b)"""
        text = word.group()
        if not (text[:1].isupper() and text[1:].islower() and self.vocabulary.is_question_auxiliary(text)):
            return False
        return surname[:1].isupper() and surname[1:].islower() and raw[end : end + 1] == ","

    def placed_name(self, raw: str, floor: int, span: tuple[int, int]) -> tuple[int, int] | None:
        """*span*, a capitalised phrase before an appositive, unless ``of`` or a locative stands
        before it (maybe with a determiner: :meth:`place_link_before`): then it is a place or a
        body, not the speaker, and the speaker is the person's name right before that word (``Gov.
        John Kasich of Ohio, who ..., said``: ``John Kasich of Ohio``), or nobody (``Ana Ortiz,
        Democrat of Ohio, a member of ..., said``).  A body's name there (its last word one of the
        vocabulary's organisation words, or no person's name) placed in turn by such a word is
        passed over, at most :attr:`MAX_PLACED_BODIES` times (``Ana Ruiz at the University of the
        Azores, who ..., said``: Ana Ruiz, never the Azores)."""
        window = self.word_boundary(raw, max(floor, span[0] - self.PLACED_WINDOW), floor)  # (never half a word)
        words = list(self._word.finditer(raw, window, span[0], False, KEEP_GIL))
        role = self.role_before_link(raw, words)
        if role is not None:
            return role, span[1]  # ("A lawyer for Tom Berg, who is in jail, said": the lawyer)
        first = self._word.match(raw, span[0], span[1], KEEP_GIL)
        of_body = first is not None and first.group().casefold() in self._of
        if words and of_body and self.vocabulary.is_role_noun(words[-1].group().casefold()):
            return None  # (French "Une porte-parole du ministère, qui ..., a déclaré": the role, not the body)
        link = self.place_link_before(raw, words, len(words))
        if link is None:
            listed = self.role_before_listed_place(raw, floor, words, span)
            return (listed, span[1]) if listed is not None else span
        for _ in range(self.MAX_PLACED_BODIES):
            name: list[regex.Match[str]] = []
            for m in reversed(words[:link]):
                following = name[0].start() if name else words[link].start()
                if not m.group()[:1].isupper() or raw[m.end() : following].strip():
                    break
                name.insert(0, m)
            count = self.names.trailing_name([strip_possessive(m.group()).rstrip(".") for m in name])
            if count >= 2 and not self.vocabulary.is_org_word(name[-1].group()):
                return name[len(name) - count].start(), span[1]
            if not name:
                head = self.head_before_place_link(raw, words, link)
                # (a place, not the speaker; but "a resident of Bath, who ..., said": the resident)
                return (head, span[1]) if head is not None else None
            # (a body's name before the link may be placed in turn: "Ana Ruiz at the University of
            # the Azores, who ...", "... at the Scripps Institution of Oceanography, who ...": the
            # place names the body, the body places the person)
            words = list(self._word.finditer(raw, max(floor, name[0].start() - self.NAMED_WINDOW), name[-1].end(), False, KEEP_GIL))
            link = self.place_link_before(raw, words, len(words) - len(name))
            if link is None:
                return None
        return None

    def role_before_listed_place(
        self, raw: str, floor: int, words: Sequence[regex.Match[str]], span: tuple[int, int]
    ) -> int | None:
        """For :meth:`placed_name`: where the role starts when *span*, the capitalised phrase
        before an appositive, is the last place of a list that a role's link opens (``the envoy
        to Chile, Peru and Bolivia, who arrived Monday, said``: the envoy, never ``Bolivia``):
        *words* (those before *span*) end in capitalised words and one of :attr:`COORDINATORS`
        with blanks only between them and *span*; :meth:`role_before_place_list` reads the rest.

        .. versionadded:: 0.2 (wv56)"""
        if len(words) < 2 or words[-1].group() not in self._coordinators:
            return None
        if raw[words[-1].end() : span[0]].strip() or not words[-2].group()[:1].isupper():
            return None
        k = len(words) - 2
        while k > 0 and words[k - 1].group()[:1].isupper() and not raw[words[k - 1].end() : words[k].start()].strip():
            k -= 1
        return self.role_before_place_list(raw, (words[k].start(), span[1]), floor, 0)

    def head_before_place_link(self, raw: str, words: Sequence[regex.Match[str]], link: int) -> int | None:
        """For :meth:`placed_name`: where the phrase starts whose noun for one person in lower case
        (:meth:`is_singular_person_noun`) stands right before ``words[link]``, the ``of`` or locative
        before a place (``a resident of Bath, who ...``, ``an official in Bonn, who ...``): the
        determiner at most :attr:`MAX_ROLE_MODIFIER_WORDS` words before the noun, lower-case words
        and blanks only between; ``None`` otherwise (``John Kasich of Ohio``: a name, read as ever).

        .. versionadded:: 0.2
        """
        if link < 2:
            return None
        noun = words[link - 1].group()
        if not noun.isalpha() or not noun.islower() or not self.is_singular_person_noun(noun):
            return None
        for k in range(link - 2, max(-1, link - 3 - self.MAX_ROLE_MODIFIER_WORDS), -1):
            word = words[k].group()
            if _GAP_PUNCTUATION.search(raw, words[k].end(), words[k + 1].start(), KEEP_GIL) or not word.islower():
                return None
            if word in self._determiners:
                return words[k].start()
        return None

    def place_link_before(self, raw: str, words: Sequence[regex.Match[str]], end: int) -> int | None:
        """The index in *words* of ``of`` or one of :attr:`LOCATIVES` right before ``words[end]``
        (the end of *words* when *end* is their length), maybe with one of :attr:`DETERMINERS`
        between (``of Ohio``, ``at the Scripps Institution``): the word that makes what follows a
        place or a body rather than a speaker (:meth:`placed_name`); ``None`` when there is none,
        or punctuation stands between.

        .. versionadded:: 0.2
        """
        k = end - 1
        following = words[end].start() if end < len(words) else None
        # (a determiner that is a link of its own is the link: French "du", "of the" in one word)
        if k >= 1 and words[k].group().casefold() in self._determiners and words[k].group() not in self._of:
            if following is not None and raw[words[k].end() : following].strip():
                return None
            following = words[k].start()
            k -= 1
        if k < 0 or (words[k].group() not in self._of and words[k].group() not in self._locatives):
            return None
        if following is not None and raw[words[k].end() : following].strip():
            return None  # ("Tom Berg at home, the University ...": the comma ends the placing)
        return k

    def role_before_link(self, raw: str, words: Sequence[regex.Match[str]]) -> int | None:
        """Where the role ends *words* starts when they end with a noun for a role
        (the vocabulary's :meth:`~newsparse.vocabulary.Vocabulary.is_role_noun`) and one of
        :attr:`ROLE_LINKS` other than ``of`` and the locatives (``A lawyer for``, ``An aide to``), maybe
        with a determiner after it and up to :attr:`MAX_LINK_DESCRIPTOR_WORDS` lower-case words
        after that (``A spokeswoman for the shipping line``, :meth:`link_descriptor`): the phrase
        after the link names whom the role serves, not the speaker.  The role starts at the
        determiner before the noun, with at most :attr:`MAX_ROLE_MODIFIER_WORDS` words between (``A senior aide
        to``, ``the former Conservative MP for``); ``None`` otherwise.

        .. versionchanged:: 0.2 two words between the determiner and the noun.

        .. versionadded:: 0.2
        """
        described = 0  # ("A spokeswoman for the shipping line Maersk, who ...": lower-case words describe it)
        while described < min(self.MAX_LINK_DESCRIPTOR_WORDS, len(words) - 1) and self.link_descriptor(words[-1 - described]):
            described += 1
        if described and words[-1 - described].group().casefold() in self._determiners:
            words = words[: -1 - described]
        elif words and words[-1].group().casefold() in self._determiners:
            words = words[:-1]  # ("A spokesman for the Port Authority, who ...")
        if len(words) < 3:
            return None
        link = words[-1].group()
        if link not in self._role_links or link in self._of or link in self._locatives:
            return None
        if not self.vocabulary.is_role_noun(words[-2].group().casefold()):
            return None
        for m in words[-3 : -4 - self.MAX_ROLE_MODIFIER_WORDS : -1]:
            if m.group().casefold() in self._determiners:
                between = raw[m.end() : words[-1].start()]
                return m.start() if not _GAP_PUNCTUATION.search(between) else None
        return None

    def link_descriptor(self, word: regex.Match[str]) -> bool:
        """Whether *word* may describe the name after a role's link and its determiner (``the
        shipping line Maersk``): in lower case, and no determiner nor one of :attr:`ROLE_LINKS`.

        .. versionadded:: 0.2
        """
        text = word.group()
        return text[:1].islower() and text.casefold() not in self._determiners and text not in self._role_links

    def acronym_inside_name(self, raw: str, words: Sequence[regex.Match[str]]) -> int | None:
        """Where the opening bracket stands of a body's initials in brackets inside the name that
        *words* (the words before a cue, up to the phrase's end) end with: capitalised words right
        before the cue, then, before them, the initials in capitals in brackets
        (:meth:`~newsparse.names.NameModel.is_acronym`) after a capitalised word (``The National
        Health Service (NHS) Confederation said``: one body's name, never ``Confederation``
        alone), maybe with one word in lower case after those capitalised words (``The National Union
        of Teachers (NUT) North West branch said``: the branch of that body, fixQ70b); ``None``
        otherwise (``The Royal College of Nursing (RCN) said``: no word after the brackets, a tag's
        case).

        .. versionadded:: 0.2 (fixTq68)"""
        k = len(words) - 1
        lower_last = k >= 2 and words[k].group().islower() and words[k - 1].group()[:1].isupper()
        if lower_last and raw[words[k - 1].end() : words[k].start()] == " ":
            k -= 1  # (the body's branch, unit or office in lower case after its capitalised words)
        last = k
        while k > 0 and words[k].group()[:1].isupper() and raw[words[k - 1].end() : words[k].start()] == " ":
            k -= 1
        if k < 1 or (k == last and not words[k].group()[:1].isupper()):
            return None
        acronym = words[k - 1] if raw[words[k - 1].end() : words[k].start()] == ") " else None
        if acronym is None or not words[k].group()[:1].isupper() or not self.names.is_acronym(acronym.group()):
            return None
        bracket = acronym.start() - 1
        if bracket < 1 or raw[bracket] != "(" or raw[bracket - 1] != " " or k < 2:
            return None
        before = words[k - 2]
        if before.end() != bracket - 1 or not before.group()[:1].isupper():
            return None
        return bracket

    def name_with_end_mark(self, raw: str, end: int, gap: str) -> int | None:
        """Where the question or exclamation mark of :attr:`NAME_END_MARKS` stands that ends a
        name right before a cue (``Which? said``, ``Yahoo! said``): *gap*, the text from the
        phrase's last word ending at *end* to the cue, is the mark glued to a capitalised word and
        blanks; ``None`` otherwise.

        .. versionadded:: 0.2 (mendQ65)"""
        if not gap[:1] or gap[0] not in self.NAME_END_MARKS or gap[1:].strip() or not gap[1:]:
            return None
        start = end
        while start > 0 and not raw[start - 1].isspace():
            start -= 1
        return end if raw[start:end][:1].isupper() else None

    def phrase_before_cue(self, raw: str, pos: int, stop: int) -> tuple[tuple[int, int], regex.Match[str]] | None:
        """After a quotation: a speaker phrase starting at *pos* and then a cue (``Putin said``,
        :meth:`cue_phrase_after`); none when a word of :attr:`BE_WORDS` opens the phrase found
        (``"..." was the message from Tom Berg, adding``: the quotation is the subject of *was*,
        and those words are no speaker's phrase; but ``"..." was how Tom Berg put it``, ``"..."
        is what Tom Berg said``: the name after the copula speaks)."""
        found = self.cue_phrase_after(raw, pos, stop)
        if found is None:
            return None
        first = raw[found[0][0] : found[0][1]].split(maxsplit=1)
        return None if first and first[0].casefold() in self._be_words else found

    def cue_phrase_after(self, raw: str, pos: int, stop: int) -> tuple[tuple[int, int], regex.Match[str]] | None:
        """For :meth:`phrase_before_cue`: the speaker phrase from *pos* and its cue, any words.

        .. versionadded:: 0.2"""
        for cue in self.cues(raw, pos, min(stop, pos + self.PHRASE_WINDOW)):
            if self.in_relative_clause(raw, cue, pos, stop):
                continue  # ('"...," a resident who asked not to be named said': said)
            inverted = self.speaker_after_tail(raw, pos, cue, stop)
            if inverted is not None:
                return inverted, cue
            np = self.phrase_before(raw, cue.start(), max(0, pos - 1), lenient=True)
            if np is not None and np[0] == pos:
                return np, cue
            appositive = self.appositive_before(raw, pos, cue.start())
            if appositive is not None:
                return appositive, cue
            between = raw[pos : cue.start()].rstrip()
            comma = raw.find(",", pos, cue.start())
            # "Q," Senator Jane Roe, Republican of Iowa, said ...
            head = raw[pos:comma] if comma > pos else ""
            short = comma > pos and between.endswith(",") and len(head.split()) <= 6
            listed = self.name_after_place_list(raw, (pos, comma), cue.start()) if short else None
            if listed is not None:
                return listed, cue  # ('"...," the ambassador to France, Germany and Italy, John Roe, said')
            timed = short and self.is_time_head(head)
            if timed:
                # ('"...," Monday, said a spokesman': the day is no one's, the subject after the cue speaks)
                after_time = self.subject_after_place(raw, head, cue, stop)
                return (after_time, cue) if after_time is not None else None
            if short and self.is_speaker_phrase(head):
                inverted_subject = self.subject_after_place(raw, head, cue, stop)
                if inverted_subject is not None:
                    return inverted_subject, cue  # ('"...," London Bridge, said a commuter': the commuter)
                if self.is_place_head(head):
                    return None  # ('"...," Bonn, said officials in the city': a place, never the speaker)
                return (pos, comma), cue
            parenthetical = raw[cue.end() : stop].lstrip().startswith(",")  # ("Tom Berg, the officer said, shouted")
            if np is not None and not parenthetical and self.unclosed_appositive(raw, pos, comma, np):
                return (pos, comma), cue
            if np is not None and not parenthetical and self.unclosed_role_of_body(raw, pos, comma, np):
                return (pos, comma), cue  # ('"...," Gail Martell, chief meteorologist for E.F. Hutton said')
            tag = self.party_tag_start(raw, pos, comma) if np is not None and not parenthetical and comma > pos else None
            if tag is not None and np is not None:
                # ('"...," Ana Ortiz (D-N.Y.), a union organizer said': the name before its tag)
                masked = f"{raw[:tag]}{' ' * (comma - tag)}{raw[comma:]}"
                if self.unclosed_appositive(masked, pos, comma, np) or self.unclosed_role_of_body(masked, pos, comma, np):
                    return (pos, len(raw[:tag].rstrip())), cue
            if np is not None and self.names_listed_between(raw, pos, np):
                return (pos, np[1]), cue  # ('"...," Ana Ortiz, Tom Berg and Eva Hall said': all three, never Eva Hall)
            named = self.name_before(raw, pos, cue.start())
            if named is not None:
                return self.owner_of_cue_noun(raw, pos, named, cue), cue
            owner = self.role_owning_cue_noun(raw, pos, cue)
            if owner is not None:
                return owner, cue  # ('"...," was the mayor's reply.': the mayor)
            bare = self.bare_subject_before(raw, pos, cue, stop)
            if bare is not None:
                return bare, cue  # ('"...", driver tells court': the driver)
            return self.postposed_verb(raw, pos, stop)
        return self.postposed_verb(raw, pos, stop)

    def listed_last(self, before: Sequence[str], last: Sequence[str]) -> bool:
        """For :meth:`surname_before_name`: whether *last*, the words after the list's coordinator,
        end a list of people that opens with a surname alone: a full name (``Eva Hall``), titles
        before one (``Finance Minister Eva Hall``: :meth:`titled_listed_name`), or one more
        surname when *before*, the words before the coordinator, are one too (``Ortiz, Berg and
        Hall said``: three surnames; each a capitalised word the vocabulary lets open a name, no
        opening adverb, place, day or month: :meth:`bare_surname`).

        .. versionadded:: 0.2 (wv59)"""
        if len(last) >= 2:
            return self.names.is_name(" ".join(last)) or self.titled_listed_name(last)
        return len(last) == 1 and len(before) == 1 and self.bare_surname(before[0]) and self.bare_surname(last[0])

    def bare_surname(self, word: str) -> bool:
        """Whether *word*, alone as a part of a list of subjects, may be a surname: capitalised
        letters only, no stop word, determiner, opening adverb (:meth:`opening_adverb`), place,
        day or month.

        .. versionadded:: 0.2 (wv59)"""
        low = word.casefold()
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower()) or low in self._stop or low in self._determiners:
            return False
        if self.opening_adverb(word) or self.vocabulary.is_place(word) or self.vocabulary.country(word) is not None:
            return False
        return not (self.vocabulary.is_weekday(low) or self.is_month_name(word))

    def titled_listed_name(self, words: Sequence[str]) -> bool:
        """For :meth:`listed_name`: whether *words* are capitalised titles (``Mayor``, ``Finance
        Minister``) before a name of two words or more (``Mayor Ana Ortiz, Ben Lee and Lee Chan
        said``: a person first in the list); not ``Mayor Ortiz`` alone (a surname: the article's
        own rule for single words asks whether it names a person).

        .. versionadded:: 0.2"""
        at = 0
        while at < len(words) - 2 and words[at][:1].isupper() and self.vocabulary.is_title(words[at]):
            at += 1
        return at > 0 and self.names.is_name(" ".join(words[at:]))

    #: The most words of a time phrase that opens a sentence before a list of subjects
    #: (:meth:`~newsparse.quotes.reported.ReportedSpeech.subject_list_after_opening`,
    #: :meth:`~newsparse.quotes.resolution.SpeakerResolution.past_opening_adverb`: ``On Monday,``,
    #: ``Last week``, ``Earlier this month,``).
    #:
    #: .. versionadded:: 0.2 (fixL56)
    MAX_OPENING_TIME_WORDS: ClassVar[int] = 4

    def opening_time_end(self, raw: str, words: Sequence[regex.Match[str]]) -> int | None:
        """Where a time phrase that opens a sentence ends, read from its first *words*: at most
        :attr:`MAX_OPENING_TIME_WORDS` words of :attr:`TIME_PREPOSITIONS` then a weekday, a month
        or one of :attr:`TIME_NOUNS` (alone only before a comma: ``Yesterday,``); ``None`` when
        the words open no such phrase (``Last week``, ``On Monday``, ``This year``, ``Earlier
        today``).

        .. versionadded:: 0.2"""
        for k, word in enumerate(words[: self.MAX_OPENING_TIME_WORDS]):
            low = word.group().casefold()
            closed = raw[word.end() : word.end() + 1] == ","  # ("Yesterday, ...": a time word alone before its comma)
            if (k or closed) and (self.is_time_word(low) or self.is_month_name(word.group())):
                return word.end()
            if low not in self._time_prepositions:
                return None
        return None

    def names_listed_between(self, raw: str, pos: int, np: tuple[int, int]) -> bool:
        """For :meth:`cue_phrase_after`: whether the words from *pos* to *np*, a phrase that joins
        names by one of :attr:`COORDINATORS` before a cue after a quotation, are at most
        :attr:`MAX_LISTED_NAMES` people set off by commas: full names, or single capitalised words
        that are no place, day or month (``"...," Ana Ortiz, Tom Berg and Eva Hall said``,
        ``Ortiz, Berg and Eva Hall said``: surnames alone in a list are people).

        .. versionadded:: 0.2"""
        parts = raw[np[0] : np[1]].split()
        joins = [k for k, w in enumerate(parts) if k and w.casefold() in self._coordinators]
        if len(joins) != 1 or not self.listed_last(parts[: joins[0]], parts[joins[0] + 1 :]):
            return False
        head = raw[pos : np[0]].rstrip()
        if not head.endswith(",") or np[0] - pos > self.PHRASE_WINDOW or any(m in head for m in self._mark_chars):
            return False
        items = [item.strip() for item in head[:-1].split(",")]
        if len(items) > self.MAX_LISTED_NAMES:
            return False
        vocabulary = self.vocabulary
        for item in items:
            words = item.split()
            if len(words) >= 2 and self.names.is_name(item):
                continue
            word = words[0] if len(words) == 1 else ""
            low = word.casefold()
            if not (word.isalpha() and word[:1].isupper()) or low in self._stop or low in self._determiners:
                return False
            if vocabulary.is_place(word) or vocabulary.country(word) is not None:
                return False
            if vocabulary.is_weekday(low) or self.is_month_name(word):
                return False
        return True

    def subject_after_place(self, raw: str, head: str, cue: regex.Match[str], stop: int) -> tuple[int, int] | None:
        """The subject after an inverted *cue* (``said a commuter``) when *head*, the capitalised
        words set off by a comma between a quotation and the cue, are a place's or a body's name,
        no person's (a place or a country of the vocabulary, one opened by one of
        :attr:`PLACE_ABBREVIATIONS`, ``St. Louis``, or words the name model reads as no whole name:
        ``London Bridge``, ``Cape Town``): the subject is a phrase opened by a determiner (``said a
        commuter on Monday``), a noun for people in lower case (:meth:`is_person_noun`: ``Cape
        Town, said officials``) or a person's whole name (``Grand Central, said Tom Hale``); ``None``
        otherwise (``Tom Berg, said a commuter``: the name, as ever).

        .. versionchanged:: 0.2 a whole name after the cue, and a place's abbreviated first word (q52).

        .. versionchanged:: 0.2 a bare noun for people after the cue (q53).

        .. versionchanged:: 0.2 one capitalised word that is no given name is a place too
           (:meth:`lone_place_word`: ``Bonn, said officials``; q54).

        .. versionadded:: 0.2
        """
        words = head.split()
        placed = self.is_place_head(head) or self.is_time_head(head)
        if not placed and self.names.trailing_name(words) == len(words):
            return None
        found = self.phrase_after(raw, cue.end(), stop, lenient=True)
        if found is None:
            return None
        named = raw[found[0] : found[1]].split()
        if named[0].casefold() in self._determiners:
            return found
        # (German writes every noun capitalised: '„...“, Bonn, sagten Beamte')
        lower = named[0][:1].islower() or bool(self.vocabulary.CAPITALISED_NOUNS)
        if lower and named[0].isalpha() and self.is_person_noun(named[0].casefold(), endings=False):
            return found  # ('"...," Cape Town, said officials': a bare noun for people speaks too)
        if placed and len(named) == 1 and self.lone_surname_after(raw, found):
            return found  # ('"...," Jordan, said Smith.': a surname alone, the sentence's end after it)
        # ('"...," Grand Central, said Tom Hale': a person's whole name after the cue speaks too)
        whole = 2 <= len(named) <= self.MAX_NAME_WORDS and self.names.trailing_name(named) == len(named)
        return found if whole else None

    def is_time_head(self, head: str) -> bool:
        """Whether *head*, the words set off by a comma between a quotation and an inverted cue,
        are one time word (:meth:`is_time_word`: ``"...," Monday, said a spokesman``): no one's
        name, the subject after the cue speaks (:meth:`subject_after_place`).

        .. versionadded:: 0.2"""
        words = head.split()
        return len(words) == 1 and words[0][:1].isupper() and self.is_time_word(words[0].casefold())

    def lone_surname_after(self, raw: str, found: tuple[int, int]) -> bool:
        """Whether the phrase at *found* after an inverted cue is one capitalised word the name
        model reads as a name (``said Smith``), no place, country, time word nor title, and a sentence's end right
        after it: the subject when a place or a time is set off before the cue.

        .. versionadded:: 0.2"""
        word = raw[found[0] : found[1]]
        vocabulary = self.vocabulary
        if not word[:1].isupper() or not word.isalpha() or vocabulary.is_title(word) or vocabulary.is_place(word):
            return False
        if vocabulary.country(word) is not None or self.is_time_word(word.casefold()):
            return False
        if self.names.trailing_name([word]) != 1:
            return False
        following = raw[found[1] : found[1] + 1]
        return (bool(following) and following in self.SENTENCE_END) or not raw[found[1] :].strip()

    def told_tail(self, tail: str) -> bool:
        """Whether *tail*, the words after a cue of :attr:`UNINVERTED_VERBS` up to a comma, name
        only the one told (``reporters``, ``his counterpart Cho Tae-yul``, ``the BBC on
        Monday``): at most :attr:`MAX_RECIPIENT_WORDS` words, none a cue, a verb in the past or
        one of :attr:`THAT_WORDS` (``told reporters the plan was dead``: a clause).

        .. versionadded:: 0.2
        """
        words = tail.split()
        if not words or len(words) > self.MAX_RECIPIENT_WORDS or any(mark in tail for mark in self._marks):
            return False
        return not any(
            self.is_cue_word(w.casefold()) or self.is_past_verb(w) or w.casefold() in self._that_words
            or w.casefold() in self._clause_verbs
            for w in words
        )

    #: How many characters before an attribution :meth:`bare_subject_before` reads for the
    #: quotation's comma and closing mark.
    #:
    #: .. versionadded:: 0.2
    QUOTE_CLOSE_REACH: ClassVar[int] = 4

    def bare_subject_before(self, raw: str, pos: int, cue: regex.Match[str], stop: int) -> tuple[int, int] | None:
        """The subject of a headline's attribution after a quotation and its comma, at *pos*: a
        noun for people with no article (:meth:`is_person_noun`, at most
        :attr:`MAX_BARE_SPEAKER_WORDS` words in lower case) right before a cue in the present
        (:attr:`PRESENT_SUFFIX`), and after the cue nothing or only the one told (:meth:`told_tail`)
        up to *stop* (``"I panicked and drove off", driver tells court``: the driver; as
        ``residents tell inquiry``, and not ``..., court told``, whose court is told).  ``None``
        otherwise.

        .. versionadded:: 0.2
        """
        before = raw[max(0, pos - self.QUOTE_CLOSE_REACH) : pos].rstrip()
        if not before.rstrip(self._mark_chars).endswith(","):
            return None  # (the quotation and its comma, either side of the closing mark)
        words = raw[pos : cue.start()].split()
        if not 0 < len(words) <= self.MAX_BARE_SPEAKER_WORDS or not all(w.isalpha() and w.islower() for w in words):
            return None
        if words[0] in self._stop or words[0] in self._determiners or not self.is_person_noun(words[-1]):
            return None
        verb = cue.group()
        suffix = self.PRESENT_SUFFIX
        if not suffix or not verb.endswith(suffix) or verb.endswith(self.NOT_PRESENT_ENDINGS) or " " in verb:
            return None
        tail = raw[cue.end() : stop].strip().rstrip(".!")
        if tail and not self.told_tail(tail):
            return None
        return pos, pos + len(raw[pos : cue.start()].rstrip())

    def role_owning_cue_noun(self, raw: str, pos: int, cue: regex.Match[str]) -> tuple[int, int] | None:
        """The phrase that owns *cue* as a noun after a quotation, at *pos* after one of
        :attr:`BE_WORDS`: a phrase for a person opened by a determiner, in the possessive, right
        before the cue (``"...," was the mayor's reply.``: ``the mayor``), as a name in the
        possessive owns it (:meth:`owner_of_cue_noun`); ``None`` otherwise (``was the
        council's reply``: a body speaks through no such rule).

        .. versionadded:: 0.2
        """
        copula = self._word.match(raw, pos, cue.start(), KEEP_GIL)
        if copula is None or copula.group().casefold() not in self._be_words:
            return None
        start = copula.end()
        while start < cue.start() and raw[start] == " ":
            start += 1
        end = cue.start() - 1
        if end <= start or raw[end] != " ":
            return None
        phrase = raw[start:end]
        bare = strip_possessive(phrase)
        words = bare.split()
        if bare == phrase or len(words) < 2 or words[0].casefold() not in self._determiners:
            return None
        if not self.is_singular_person_noun(words[-1].casefold()):
            return None
        return start, start + len(bare)

    #: The most words between the copula and the noun that :meth:`utterance_owner_after` reads
    #: (``was the prime minister's answer``: four).
    #:
    #: .. versionadded:: 0.2
    MAX_UTTERANCE_OWNER_WORDS: ClassVar[int] = 4

    def utterance_owner_after(self, raw: str, pos: int, stop: int) -> tuple[tuple[int, int], regex.Match[str]] | None:
        """After a quotation, at *pos*: one of :attr:`BE_WORDS`, a phrase for a person opened by a
        determiner in the possessive and one of :attr:`UTTERANCE_NOUNS` that is no cue, closing the
        sentence (``"Never," was the minister's answer.``; a name too: ``was Tom Berg's answer``): the
        phrase speaks, as it does before a cue noun (:meth:`role_owning_cue_noun`: ``was the mayor's
        reply``), the noun its cue (:meth:`answer_noun`); at
        most :attr:`MAX_UTTERANCE_OWNER_WORDS` words between, none of them a stop word (not ``was
        the title of the minister's book``); ``None`` otherwise.

        .. versionadded:: 0.2"""
        window = min(stop, pos + self.PHRASE_WINDOW)
        words = list(islice(self._word.finditer(raw, pos, window, False, KEEP_GIL), self.MAX_UTTERANCE_OWNER_WORDS + 2))
        noun = next((k for k, w in enumerate(words) if k >= 2 and self.answer_noun(w.group().rstrip(".").casefold())), None)
        if noun is None or raw[words[noun].end() : stop].strip(" .!?\n"):
            return None  # (the noun must close the sentence)
        between = [w.group().casefold() for w in words[2:noun]]
        if any(w in self._stop or w in self._of for w in between):
            return None
        cue = _LEAD_TOKEN.match(raw, words[noun].start(), window, KEEP_GIL)  # (the noun without the full stop)
        if cue is None or words[0].group().casefold() not in self._be_words:
            return None
        owner = self.role_owning_cue_noun(raw, pos, cue)
        if owner is None:
            named = self.name_before(raw, words[1].start(), cue.start())  # ('"Never," was Tom Berg's answer.')
            owner = self.owner_of_cue_noun(raw, pos, named, cue) if named is not None else None
        return (owner, cue) if owner is not None else None

    def answer_noun(self, low: str) -> bool:
        """Whether lower-case *low* is one of :attr:`UTTERANCE_NOUNS` for words spoken, no cue and
        none of :attr:`DOCUMENT_NOUNS` (``answer``, ``response``; not ``book``, ``letter``): for
        :meth:`utterance_owner_after`.

        .. versionadded:: 0.2"""
        return low in self._utterance_nouns and low not in self._document_nouns and not self.is_cue_word(low)

    @staticmethod
    def owner_of_cue_noun(raw: str, pos: int, named: tuple[int, int], cue: regex.Match[str]) -> tuple[int, int]:
        """*named*, a name found right before *cue* after words from *pos*, without its
        possessive when it owns the cue as a noun (``"...," was Tom Berg's reply``, ``came Ana
        Ortiz's answer``: ``Tom Berg``, ``Ana Ortiz``): a verb stands before the name, one space
        after it, so the cue is the owner's words, not a verb of a firm's name (``"...,"
        McDonald's said``: the name opens the phrase and is kept whole).

        .. versionadded:: 0.2"""
        text = raw[named[0] : named[1]]
        bare = strip_possessive(text)
        if bare == text or not raw[pos : named[0]].strip() or raw[named[1] : cue.start()] != " ":
            return named
        return named[0], named[0] + len(bare)

    def unclosed_appositive(self, raw: str, pos: int, comma: int, np: tuple[int, int]) -> bool:
        """Whether a name from *pos* to *comma* is the speaker of an appositive whose closing
        comma is missing (``"...," Ana Ortiz, the defence lawyer said``): the phrase *np* before
        the cue starts right after that comma with a determiner or a lower-case word, has no
        possessive (nor opens with one of :attr:`POSSESSIVE_DETERMINERS`: ``her lawyer``) and
        ends in a noun for one person (:meth:`is_singular_person_noun`; not ``officials``,
        ``police``; before a link of its own, any noun :meth:`is_person_noun` reads, its ending
        too: ``a hydrologist with the Valley Water Board``), and the words before it are all a
        name (no more than :attr:`MAX_NAME_WORDS`; or :meth:`given_then_place_word`)."""
        between = raw[comma + 1 : np[0]] if comma > pos else ""
        if comma <= pos or (between.strip() and not self.is_set_off_age(between)):
            return False  # (but an age set off between: "Amy Cole, 34, a teacher from Leeds said")
        phrase = raw[np[0] : np[1]].split()
        first = phrase[0]
        if not (first[:1].islower() or first.casefold() in self._determiners):
            return False
        if first.casefold() in self._possessive_determiners:
            return False  # ("Ana Ortiz, her lawyer said": someone else's)
        owned = self.owned_head(phrase)  # (not "a supporter of the governor's bid": the link's noun owned)
        if owned and not self.article_owner(phrase):
            return False  # ("Ana Ortiz, Tom Berg's lawyer said": someone else's)
        # (the noun before its first link: "chief executive of Nordwind", "a pollster at Monmouth University")
        links = self._appositive_links
        at = next((at for at in range(1, len(phrase)) if phrase[at] in links), 0)
        head = phrase[at - 1].rstrip(".,").casefold()
        # (before a link, an occupation by its ending too, as unclosed_role_of_body reads it: "a
        # hydrologist with the Valley Water Board", the whole phrase read by person_link_before)
        linked_role = at > 0 and self.is_person_noun(head) and not head.endswith(self.PRESENT_SUFFIX or "\0")
        single = self.is_singular_person_noun(head) or linked_role or self.singular_by_ending(head)
        if head in self._collectives or not single:
            # (a group noun for one person speaks for the name: "Ana Ortiz, a spokeswoman for the port said")
            return False  # ("Tom Berg, officials said", "Ana Ortiz, police said": they speak, not the name)
        words = self.past_titles([strip_possessive(w) for w in raw[pos:comma].split()])  # ("Dr. Alan Webb")
        if not 2 <= len(words) <= self.MAX_NAME_WORDS or self.vocabulary.is_place(" ".join(words)):
            return False  # ('"...," Cape Town, a resident said': a place, the resident speaks)
        if owned and not self.vocabulary.is_given_name(words[0]):
            # ("New York, the city's mayor said": the owner may be the place; "Tom Berg, the city's
            # transit chief said": a person's name, its given name listed, is the role's holder)
            return False
        if self.abbreviated_place(raw[pos:comma].split()):
            return False  # ('"...," St. Louis, a lobbyist said': a place too)
        return self.names.trailing_name(words) == len(words) or self.given_then_place_word(words)

    def owned_head(self, phrase: Sequence[str]) -> bool:
        """For :meth:`unclosed_appositive`: whether a possessive stands in *phrase*, the words of
        an appositive, before its first link (of :attr:`APPOSITIVE_LINKS` or a one-word
        :attr:`POST_MODIFIERS`: ``Tom Berg's lawyer``,
        ``the city's transit chief``: the head noun has an owner); one after the link belongs to
        the link's own noun (``a supporter of the governor's bid``, ``a lawyer for the family's
        firm``: the head noun, a supporter, a lawyer, is the name's).

        .. versionadded:: 0.2 (spk70)"""
        links = self._appositive_links
        at = next((at for at in range(1, len(phrase)) if phrase[at] in links), len(phrase))
        return any(strip_possessive(w) != w for w in phrase[:at])

    def article_owner(self, phrase: Sequence[str]) -> bool:
        """For :meth:`unclosed_appositive`: whether the only possessive of *phrase*, the words of
        an appositive, is a lower-case noun right after its opening determiner, a role's owner
        (``the city's transit chief``, ``the company's lawyer``), with at least one word after
        it; not a name's (``Tom Berg's lawyer``), a pronoun's (``her lawyer``) or a later word's
        (``the mayor's aide's driver``).

        .. versionadded:: 0.2
        """
        if len(phrase) < 3 or phrase[0].casefold() not in self._determiners:
            return False
        if phrase[0].casefold() in self._possessive_determiners or not phrase[1][:1].islower():
            return False
        owned = [i for i, w in enumerate(phrase) if strip_possessive(w) != w]
        return owned == [1]

    def is_place_head(self, head: str) -> bool:
        """Whether *head*, the capitalised words set off by a comma between a quotation and an
        inverted cue, name a place: a place or a country of the vocabulary, one opened by one of
        :attr:`PLACE_ABBREVIATIONS` (``St. Louis``) or a lone word that is no given name
        (:meth:`lone_place_word`: ``Bonn``).  Such a head is never the speaker: the subject after
        the cue speaks (:meth:`subject_after_place`), or no one read does.

        .. versionadded:: 0.2
        """
        words = head.split()
        vocabulary = self.vocabulary
        if vocabulary.is_place(head) or vocabulary.country(head) is not None or self.abbreviated_place(words):
            return True
        return self.lone_place_word(words)

    def lone_place_word(self, words: Sequence[str]) -> bool:
        """Whether *words*, set off by a comma between a quotation and an inverted cue, are one
        capitalised word of letters that is no given name and no title (``"...," Bonn, said
        officials``, ``Gdansk, said a docker``): a place the vocabulary does not list, for
        :meth:`subject_after_place` (the subject after the cue speaks); a given name is read as
        ever (``Tom, said a commuter``).

        .. versionadded:: 0.2
        """
        if len(words) != 1 or not words[0].isalpha() or not self.place_shaped(words):
            return False
        return not self.names.is_given_name(words[0]) and not self.vocabulary.is_title(words[0])

    def place_shaped(self, words: Sequence[str]) -> bool:
        """Whether *words*, set off by a comma right after a quotation, have a place's shape: one
        to :attr:`MAX_PLACE_WORDS` capitalised words with no comma, none a weekday or a month and
        no determiner first (``Bonn``, ``Tucson``, ``Grand Forks``; not ``Friday``, ``The
        Mandan``).  The one test of :meth:`lone_place_word` (:meth:`is_place_head`) and
        :meth:`region_of_place`, which each add their own.

        .. versionadded:: 0.2
        """
        if not words or len(words) > self.MAX_PLACE_WORDS or words[0].casefold() in self._determiners:
            return False  # ("The Mandan, North Dakota, police chief, ...": a phrase, no place alone)
        if any(self.vocabulary.is_weekday(word.casefold()) or self.is_month_name(word) for word in words):
            return False  # ('"...," Friday, Russia said': a day, no place)
        return "," not in " ".join(words) and all(word[:1].isupper() for word in words)

    def abbreviated_place(self, words: Sequence[str]) -> bool:
        """Whether *words* are a name of two words or more opened by one of
        :attr:`PLACE_ABBREVIATIONS` (``St. Louis``, ``Mt. Vernon``, ``Ft. Worth``): a place's.

        .. versionadded:: 0.2
        """
        return len(words) > 1 and words[0] in self._place_abbreviations

    def is_set_off_age(self, text: str) -> bool:
        """Whether *text*, between a name's comma and an appositive, is an age and its closing
        comma: a number of at most :attr:`MAX_AGE_DIGITS` digits, maybe one of :attr:`AGE_UNITS`
        after it (``Amy Cole, 34, a teacher said``; French ``34 ans,``).

        .. versionadded:: 0.2
        """
        part = text.strip()
        if not part.endswith(","):
            return False
        words = part[:-1].split()
        if not words or not words[0].isdigit() or len(words[0]) > self.MAX_AGE_DIGITS:
            return False
        return len(words) == 1 or (len(words) == 2 and words[1].casefold() in self._age_units)

    def given_then_place_word(self, words: Sequence[str]) -> bool:
        """Whether two *words* are a given name of :attr:`GIVEN_NAMES` and one capitalised word of
        letters that the name model may bar as a place's or a body's word, when it is one of
        :attr:`~newsparse.Vocabulary.PLACE_SURNAMES` (``Lisa Park``, ``Ann Street``, ``Tom Bridge``), together no place
        of the vocabulary: a person's name where a name is expected (before an appositive whose
        closing comma is missing); never an institution's word (``Carmen Council``, ``Hope
        Hospital``, ``Grace Academy``: the body, no person).

        .. versionchanged:: 0.2 only a place's word that is a surname too.

        .. versionadded:: 0.2"""
        if len(words) != 2 or not self.all_given_names(words[:1]):
            return False
        last = words[1]
        if not (last.isalpha() and last[:1].isupper() and last[1:].islower()) or self.vocabulary.is_place(" ".join(words)):
            return False
        return self.names.trailing_name(words) == len(words) or last.casefold() in self._place_surnames

    def name_with_place_surname(self, words: Sequence[str]) -> bool:
        """Whether *words*, two to :attr:`MAX_NAME_WORDS` of them, are a person's name whose last
        word is one of :attr:`~newsparse.Vocabulary.PLACE_SURNAMES`, the name model's bar aside:
        a given name and that word (:meth:`given_then_place_word`: ``Ruth Park``), or a name
        before it (``Ruth Ellison Park``), together no place of the vocabulary; where a name is
        expected (``said her daughter, Ruth Ellison Park.``).

        .. versionadded:: 0.2 (mendQS70)"""
        if len(words) == 2:
            return self.given_then_place_word(words)
        if not 2 < len(words) <= self.MAX_NAME_WORDS or not self.all_given_names(words[:1]):
            return False
        last = words[-1]
        if not (last.isalpha() and last[:1].isupper() and last[1:].islower()) or last.casefold() not in self._place_surnames:
            return False
        return not self.vocabulary.is_place(" ".join(words)) and self.names.trailing_name(words[:-1]) == len(words) - 1

    def past_titles(self, words: list[str]) -> list[str]:
        """*words* of a name past the titles before it (``Dr. Alan Webb``: ``Alan Webb``), the
        last word always kept.

        .. versionadded:: 0.2"""
        at = 0
        while at < len(words) - 1 and self.vocabulary.is_title(words[at]):
            at += 1
        return words[at:]

    def unclosed_role_of_body(self, raw: str, pos: int, comma: int, np: tuple[int, int]) -> bool:
        """Whether a name from *pos* to *comma* is the speaker of an appositive whose closing comma
        is missing and whose role holds the body found as the phrase *np* before the cue (``"...,"
        Gail Martell, chief meteorologist for E.F. Hutton said``): between the comma and *np*, words
        in lower case ending in a noun for people not in the plural (:meth:`is_person_noun`) and one of
        :attr:`POST_MODIFIERS` of one word; the words before the comma a name of at most
        :attr:`MAX_NAME_WORDS` words.  The body is whom the role serves, never the speaker.

        .. versionadded:: 0.2
        """
        if comma <= pos:
            return False
        between = raw[comma + 1 : np[0]].split()
        if len(between) < 2 or not all(w.isalpha() and w.islower() for w in between):
            return False
        role = between[-2]
        if between[-1] not in self._appositive_links or not self.is_person_noun(role) or role.endswith(self.PRESENT_SUFFIX or "\0"):
            return False  # (one person's role or occupation: "chief meteorologist for", not "analysts at")
        head = self.past_titles(raw[pos:comma].split())
        if not 0 < len(head) <= self.MAX_NAME_WORDS or not all(w[:1].isupper() for w in head):
            return False
        return self.names.trailing_name(head) == len(head)

    def name_before_unclosed(
        self, raw: str, start: int, np: tuple[int, int], cue_end: int, *, opening: bool = False
    ) -> tuple[int, int] | None:
        """The name that opens the sentence at *start* when the phrase *np* before the cue, opened
        by one of :attr:`INDEFINITE_DETERMINERS`, is its appositive whose closing comma is missing
        (``Tom Hale, a shipping analyst said ...``: Tom Hale, not someone new;
        :meth:`unclosed_appositive`, :meth:`unclosed_role_of_body`, as after a quotation); ``None``
        otherwise (``Tom Berg, officials said``, ``Ana Ortiz, her lawyer said``: others speak;
        ``Facing John Smith, the mayor said``: the mayor, a definite role read as before), and
        when a comma follows the cue ending at *cue_end*: the attribution is set off inside the
        sentence, its comma before the phrase is the one the sentence's opening words need
        (``New York, a shipping analyst said, is the worst hit``: the analyst's words).  With
        *opening* that comma opens a quotation right after it (``Ian Kerr, an economist from Leeds
        University said, "..."``): no attribution set off, the name read as before a colon.

        A place of the vocabulary is no name (``Hong Kong, a shipping analyst said ...``).

        .. versionadded:: 0.2
        """
        if raw[cue_end : cue_end + 1] == "," and not opening:
            return None
        pos = start + len(raw[start : np[0]]) - len(raw[start : np[0]].lstrip())
        # ("On Friday, Sen. Ana Ruiz, a supporter of the plan told ...": past the opening phrase)
        # (a role set off before the name only when the cue's object closes no clause set off by a
        # comma: "The victim's brother, Tom Hale, a neighbour told police, had been drinking": the
        # neighbour's words, the attribution inside the sentence)
        roles = not self.cue_object_set_off(raw, cue_end)
        pos = self.past_unclosed_opening(raw, pos, np[0], roles=roles)
        comma = raw.find(",", pos, np[0])
        second = raw.find(",", comma + 1, np[0]) if comma >= 0 else -1
        if second >= 0 and self.region_after_place(raw, comma, second, np):
            # ("Jean Dupont, a winemaker from Lyon, France said": the region closes the appositive)
            np, second = (comma + 1, np[1]), -1
        if comma < 0 or second >= 0:
            return None
        # (the appositive's first word, in the phrase or before it: "a shipping analyst with Clarksons")
        first = raw[comma + 1 : np[1]].split(maxsplit=1)
        if not first or first[0].casefold() not in self._indefinites:
            return None
        if self.opening_place(raw[pos:comma]):
            return None  # ("New York, a shipping analyst said ...": a place, the analyst speaks)
        if self.unclosed_appositive(raw, pos, comma, np) or self.unclosed_role_of_body(raw, pos, comma, np):
            return pos, comma
        tag = self.party_tag_start(raw, pos, comma)
        if tag is not None and not self.vocabulary.is_place(raw[pos:tag].strip()):
            # ("Sen. Ana Ortiz (D-N.Y.), a supporter of the plan told ...": the name before its tag)
            masked = f"{raw[:tag]}{' ' * (comma - tag)}{raw[comma:]}"
            if self.unclosed_appositive(masked, pos, comma, np) or self.unclosed_role_of_body(masked, pos, comma, np):
                return pos, len(raw[:tag].rstrip())
        return None

    #: The most words of a role set off before a name that opens a sentence, for
    #: :meth:`opening_role` (``The governor's chief spokesman, Ian Kerr, ...``: four).
    #:
    #: .. versionadded:: 0.2 (fixQ71)
    MAX_ROLE_OPENING_WORDS: ClassVar[int] = 5
    #: The most words of a cue's object before a comma that sets the attribution off inside the
    #: sentence, for :meth:`cue_object_set_off` (``a neighbour told police on Friday, had been ...``:
    #: four).
    #:
    #: .. versionadded:: 0.2 (rvq71)
    MAX_SET_OFF_OBJECT_WORDS: ClassVar[int] = 4

    def cue_object_set_off(self, raw: str, cue_end: int) -> bool:
        """Whether one to :attr:`MAX_SET_OFF_OBJECT_WORDS` words after the cue that ends at
        *cue_end*, single blanks between, are followed by a comma (``a neighbour told police, had
        been drinking``): the attribution and its object set off inside the sentence, so no role
        set off before a name opens it (:meth:`opening_role`).

        .. versionadded:: 0.2 (rvq71)"""
        end = cue_end
        for _ in range(self.MAX_SET_OFF_OBJECT_WORDS):
            if raw[end : end + 1] != " ":
                return False
            word = self._word.match(raw, end + 1)
            if word is None:
                return False
            end = word.end()
            if raw[end : end + 1] == ",":
                return True
        return False

    def past_unclosed_opening(self, raw: str, pos: int, stop: int, *, roles: bool = True) -> int:
        """For :meth:`name_before_unclosed`: where the words after a phrase that opens the sentence
        at *pos* start, when it opens with one of :attr:`PREPOSITIONS`, a weekday, one of
        :attr:`TIME_NOUNS` or a month, and ends at its comma (a closing quotation mark right after
        it is the phrase's too: ``Friday on WKRN's "Newsline," Sen. Ana Ruiz, a supporter of the
        plan told``; a region of the vocabulary set off after it too: ``In Leeds, West Yorkshire,``),
        with another comma after it before *stop*, the appositive's, and a title or a known given
        name first after it (the person's name); *pos* otherwise (``Tom Berg, Ana Ruiz, a supporter
        ...``: a list, read as before; ``In Leeds, West Yorkshire, a shipping analyst said``: a
        place, the analyst speaks).  A role set off first (:meth:`opening_role`) counts only with
        *roles*.

        .. versionadded:: 0.2 (spk61)"""
        comma = raw.find(",", pos, stop)
        second = raw.find(",", comma + 1, stop) if comma >= 0 else -1
        if second >= 0 and self.vocabulary.is_region_name(raw[comma + 1 : second].strip()):
            comma, second = second, raw.find(",", second + 1, stop)  # ("In Leeds, West Yorkshire, ...")
        if second < 0:
            return pos
        first = self._word.match(raw, pos, comma)
        if first is None:
            return pos
        word = first.group()
        opener = word.casefold() in self._prepositions or self.is_time_word(word) or self.is_month_name(word)
        if not opener and not (roles and self.opening_role(raw, pos, comma)):
            return pos  # (a role set off before the name too: "Delgado's spokesman, Ian Kerr, a veteran ... said")
        after = comma + 1
        while after < stop and (raw[after].isspace() or raw[after] in self._name_closers):
            after += 1
        name = self._word.match(raw, after, second)
        if name is None or not (self.vocabulary.is_title(name.group()) or self.vocabulary.is_given_name(name.group())):
            return pos  # (no person's name after the opening: "In Leeds, West Yorkshire, a shipping analyst said")
        return after

    def opening_role(self, raw: str, pos: int, comma: int) -> bool:
        """Whether ``raw[pos:comma]``, set off before a name, is a role that the name fills: two to
        :attr:`MAX_ROLE_OPENING_WORDS` words, none of :attr:`SUBORDINATORS` (``When he met the
        president, ...``: a clause), the last a noun for one person in lower case
        (:meth:`is_singular_person_noun`: ``Delgado's spokesman``, ``The mayor's lawyer``), for
        :meth:`past_unclosed_opening` (``Delgado's spokesman, Ian Kerr, a veteran of the governor's
        campaigns said``: Ian Kerr).

        .. versionadded:: 0.2 (fixQ71)"""
        words = raw[pos:comma].split(None, self.MAX_ROLE_OPENING_WORDS)
        if not 2 <= len(words) <= self.MAX_ROLE_OPENING_WORDS:
            return False
        if any(word.casefold() in self._subordinators for word in words):
            return False
        last = words[-1]
        return last.islower() and last.isalpha() and self.is_singular_person_noun(last)

    def opening_place(self, text: str) -> bool:
        """Whether *text*, set off by a comma before an appositive with no closing comma, names a
        place: a place or a country of the vocabulary, or a region whose first word is no given
        name of the vocabulary (``New York, a shipping analyst said``, ``Texas, a trader said``; not
        ``Jordan, a nurse said``, whose ``Jordan`` is a given name as well as a country).

        .. versionadded:: 0.2"""
        vocabulary = self.vocabulary
        if vocabulary.is_place(text):
            return True
        words = text.split()
        if not words or vocabulary.is_given_name(words[0]):
            return False  # ("Jordan, a nurse said": a woman's name as well as a country)
        return self.country_name(text) or vocabulary.is_region_name(text)

    def country_name(self, text: str) -> bool:
        """Whether *text* is a country's name of the vocabulary, not its adjective (``Russia``,
        ``Texas`` aside; not ``Cuban``, ``Russian``, which are surnames too).

        .. versionadded:: 0.2"""
        return self.vocabulary.country(text) == " ".join(text.casefold().split())

    #: The most characters of a tag in brackets after a name, its brackets too (``(D-N.Y.)``,
    #: ``(R-Texas)``): :meth:`party_tag_start`.
    MAX_NAME_TAG_CHARS: ClassVar[int] = 16

    def party_tag_start(self, raw: str, pos: int, comma: int) -> int | None:
        """Where a party's tag in brackets that ends ``raw[pos:comma]`` opens (``Ana Ortiz
        (D-N.Y.)``, ``Tom Berg (R-Texas)``): one word of at most :attr:`MAX_NAME_TAG_CHARS`
        characters with its brackets, a hyphen inside, no blank, after a blank; ``None`` otherwise
        (``New York (AP)``: an agency's tag after a place).

        .. versionadded:: 0.2
        """
        text = raw[pos:comma].rstrip()
        if not text.endswith(")"):
            return None
        opened = text.rfind("(")
        tag = text[opened:]
        if opened <= 0 or len(tag) > self.MAX_NAME_TAG_CHARS or not text[opened - 1].isspace() or any(c.isspace() for c in tag):
            return None
        if "-" not in tag[2:-2]:
            return None  # (a party and a place, "D-N.Y."; not an agency's "(AP)" after a dateline's place)
        return pos + opened

    def region_after_place(self, raw: str, comma: int, second: int, np: tuple[int, int]) -> bool:
        """Whether *np*, the phrase before a cue, is a region (:meth:`is_region`) right after the
        *second* comma of an appositive that opens after *comma*, with a capitalised word (the
        place the region holds) before that second comma and no other comma between (``Jean Dupont,
        a winemaker from Lyon, France said``): the region ends the appositive, so
        :meth:`name_before_unclosed` reads the whole appositive, never the region as the speaker.

        .. versionadded:: 0.2
        """
        if raw[second + 1 : np[0]].strip() or raw.find(",", comma + 1, second) >= 0:
            return False
        before = raw[comma + 1 : second].split()
        return bool(before) and before[-1][:1].isupper() and self.is_region(raw[np[0] : np[1]])

    def region_of_place(self, raw: str, start: int, np: tuple[int, int]) -> bool:
        """Whether *np*, the phrase before a cue in the sentence at *start*, is a region (an
        abbreviation, a region's name or a country's, not its adjective, and no given name first)
        right after a comma that capitalised words (the place it holds, no adverb nor stop word,
        no determiner first, no weekday or month) stand before, right after a quotation, with no
        other comma between (``"The heat is brutal," Tucson, Ariz. said.``): a place, never a
        speaker; the cue gives no one.  Not ``Elsewhere, Texas said`` (no quotation before: the
        state speaks), not
        ``Jean Dupont, a winemaker from Lyon, France said`` (an appositive's comma before,
        :meth:`region_after_place`).

        .. versionadded:: 0.2
        """
        region = raw[np[0] : np[1]]
        vocabulary = self.vocabulary
        words = region.split()
        if not words or vocabulary.is_given_name(words[0]):
            return False  # ("Nevertheless, Virginia said": a woman's name too)
        if not (vocabulary.is_region_abbreviation(region) or vocabulary.is_region_name(region) or self.country_name(region)):
            return False  # (a country's adjective is a surname too: "Nevertheless, Cuban said")
        comma = len(raw[start : np[0]].rstrip()) + start - 1
        if comma < start or raw[comma] != ",":
            return False
        before = raw[start:comma]
        for mark in self._marks:
            before = before.replace(mark, "\x00")
        if "\x00" not in before:
            return False  # ("Elsewhere, Texas said", "Unlike Ohio, Texas said": no quotation before, a subject)
        # (the words after the last quotation mark: the place alone, "Tucson" of '"...," Tucson, Ariz.')
        place = before.rsplit("\x00", 1)[-1].strip(" ,").split()
        if any(word.casefold() in self._adverbs or word.casefold() in self._stop for word in place):
            return False  # ("Meanwhile, Texas said": an adverb opens the sentence, no place)
        return self.place_shaped(place)  # (not '"...," Friday, Russia said': a day, no place)

    def singular_by_ending(self, low: str) -> bool:
        """Whether lower-case *low*, in no list, is a noun for one person by its ending alone: one
        of :attr:`PERSON_SUFFIXES` (``organizer``, ``steward``... ``-er``, ``-ist``, ``-ian``), none
        of :attr:`NOT_PERSON_NOUNS` (``computer``, ``river``) and not in the plural (no final
        ``s``: ``Ana Ortiz, union organizers said``, they speak).  For :meth:`unclosed_appositive`:
        ``"...," Ana Ortiz, a union organizer said``.

        .. versionadded:: 0.2
        """
        if not low.isalpha() or low.endswith("s") or low in self._not_person_nouns:
            return False
        return any(low.endswith(suffix) for suffix in self._person_suffixes if suffix.isalpha())

    def is_singular_person_noun(self, low: str) -> bool:
        """Whether lower-case *low* is a noun for one person: one of :attr:`PERSON_NOUNS` or a
        role of the vocabulary, not in the plural (``lawyer``, ``mayor``; not ``lawyers``)."""
        single = low[:-1]
        if low.endswith("s") and not low.endswith("ss") and (single in self._person_nouns or self.vocabulary.is_role_noun(single)):
            return False
        return low in self._person_nouns or self.vocabulary.is_role_noun(low)

    def closing_attribution(self, raw: str, floor: int, end: int) -> tuple[int, int] | None:
        """The speaker's phrase of an attribution that closes ``raw[floor:end]`` right after a
        comma or a quotation mark (``..., Sean Spicer said``, ``"...," said Vice President Ana
        Ortiz``, ``..., Ortiz said Tuesday in Paris``), maybe with a time or place after the cue
        (:meth:`is_time_tail`); ``None`` for anything else.  A participle after it (``, adding
        ...``) is that speaker's, not the sentence subject's."""
        stop = end
        while stop > floor and (raw[stop - 1].isspace() or raw[stop - 1] == ","):
            stop -= 1
        cue = None
        for found in self.cues(raw, self.word_boundary(raw, max(floor, stop - self.PHRASE_WINDOW), floor), stop):
            if cue is None or found.end() != cue.end():
                cue = found  # (the last cue before the comma; the longer of two that end together: "a dit", not "dit")
        if cue is None:
            return None
        np = self.phrase_before(raw, cue.start(), floor, lenient=True) if self.is_time_tail(raw[cue.end() : stop]) else None
        opener = np[0] if np is not None else cue.start()
        if np is None:
            after = self.phrase_after(raw, cue.end(), stop, lenient=True)
            tail = raw[after[1] : stop].strip(" .") if after is not None else ""
            np = after if after is not None and (not tail or self.describes_speaker(tail)) else None
        if np is None or not ends_with(raw, floor, opener, ",\"”’'"):
            return None
        return np

    def describes_speaker(self, tail: str) -> bool:
        """Whether *tail*, what follows the speaker's phrase of a closing attribution, is one
        appositive that describes the speaker (``..., said Tom Berg, the bank's chief economist,
        adding ...``): a comma, then at most :attr:`MAX_APPOSITIVE_HEAD` words in lower case first
        that name a person (:meth:`is_speaker_phrase`), with no comma and no verb among them
        (``..., said Tom Berg, the rates were wrong``: a clause)."""
        if not tail.startswith(","):
            return False
        description = tail[1:].strip()
        words = description.split()
        if not words or not words[0][:1].islower() or "," in description or len(words) > self.MAX_APPOSITIVE_HEAD:
            return False
        if any(self.is_past_verb(w) or w.casefold() in self._clause_verbs or self.is_cue_word(w.casefold()) for w in words):
            return False
        return self.is_speaker_phrase(description, lenient=True)

    @staticmethod
    def is_clock(raw: str, number: regex.Match[str], chosen: Sequence[regex.Match[str]]) -> bool:
        """Whether *number*, a word of digits before the phrase's *chosen* words, is a clock time or
        its minutes (``14:20 Police say``, ``14.20 Police say``) rather than a count (``20 police
        officers said``, ``Some 2.5 million voters said``): minutes after a colon or a period that
        follows a digit, or hours and minutes of two digits before a capitalised word.

        .. versionadded:: 0.2"""
        start, word = number.start(), number.group()
        if start > 1 and raw[start - 1] in ":." and raw[start - 2].isdigit():
            return True
        hours, dot, minutes = word.partition(".") if "." in word else word.partition(":")
        clock = bool(dot) and hours.isdigit() and len(minutes) == 2 and minutes.isdigit()
        return clock and bool(chosen) and chosen[0].group()[:1].isupper()

    def is_time_tail(self, words: str) -> bool:
        """Whether *words* between a cue and a comma are nothing, or a short time or place
        (``Tuesday in Paris``, ``on Monday``, ``in a statement``): at most :attr:`CLAUSE_LOOKAHEAD`
        words, the first a weekday, a time noun or one of :attr:`TIME_PREPOSITIONS`."""
        split = words.split()
        if not split:
            return True
        first = split[0].casefold()
        return len(split) <= self.CLAUSE_LOOKAHEAD and (first in self._time_prepositions or self.is_time_word(first))

    def speaker_after_tail(self, raw: str, pos: int, cue: regex.Match[str], stop: int) -> tuple[int, int] | None:
        """The speaker after an inverted *cue* when the words from *pos* (right after a
        quotation) to the comma before the cue carry the quoted sentence on rather than name
        anyone: they open with a lower-case word that is no determiner (``"..." that Ortiz can
        win, said Ana Lee``, ``"..." for the club, said the coach``); else ``None``.  A cue of
        :attr:`UNINVERTED_VERBS` has its object after it, never the speaker (``"...," defence
        lawyer Mark Dunn, 61, told Reuters``)."""
        if not ends_with(raw, pos, cue.start(), ",") or cue.group().casefold() in self._uninverted:
            return None
        first = self._word.match(raw, pos, cue.start())
        if first is None or raw[pos : first.start()].strip():
            return None
        word = first.group()
        if not word[:1].islower() or word.casefold() in self._determiners or word.casefold() in self._pronouns:
            return None
        return self.phrase_after(raw, cue.end(), stop, lenient=True)

    def name_before(self, raw: str, start: int, end: int) -> tuple[int, int] | None:
        """A full name (two name words or more) right before *end*, set off by commas or not,
        after words the grammar does not read (``Fight for $15 organizing director Kendall Fells
        told``, ``Rep. Hunter's chief of staff, Joe Kasper, told``), the words after the last comma
        before it only (``El alcalde de Valencia, España, Joan Ribó, dijo``: a place whose word
        the pack may read as a name's is no part of it).

        .. versionchanged:: 0.2 the words after the last comma only"""
        stop = end
        while stop > start and (raw[stop - 1].isspace() or raw[stop - 1] == ","):
            stop -= 1
        words = list(self._word.finditer(raw, max(start, stop - self.PHRASE_WINDOW), stop, False, KEEP_GIL))
        if not words or words[-1].end() != stop:
            return None
        comma = raw.rfind(",", words[0].start(), stop)
        if comma >= 0:
            # ("El alcalde de Valencia, España, Joan Ribó, dijo": a name never runs back past a comma)
            words = [m for m in words if m.start() > comma]
        tail = [m.group() for m in words[-self.MAX_NAME_WORDS :]]
        count = self.names.trailing_name(tail)
        if count < 2:
            return None
        first = words[len(words) - count]
        if raw[first.start() : stop].count(",") or "\n" in raw[first.start() : stop]:
            return None
        return first.start(), self.without_period(raw, (first.start(), stop))[1]

    def phrase_after(
        self, raw: str, pos: int, stop: int, *, lenient: bool = False, source: bool = False
    ) -> tuple[int, int] | None:
        """The noun phrase after an inverted cue (``said Abbas``, ``according to the ministry``),
        up to punctuation or one of :attr:`PHRASE_END_WORDS`; *lenient* as in
        :meth:`is_speaker_phrase` (``said a person close to the family``); with *source* any noun
        phrase (``according to state records``)."""
        if not source and self._according_end.search(raw, max(0, pos - self.NAMED_WINDOW), pos, KEEP_GIL) is not None:
            source = True  # '"...," according to a filing by the mayor': any noun phrase
        match = (self._source_after if source else self._phrase_after).match(raw, pos, stop, KEEP_GIL)
        if match is None:
            return None
        span = match.span("np")
        if not source:
            span = self.past_bracketed_tag(raw, span, stop)  # ("said Lt. Gen. (retd) Tariq Malik": the name too)
        span = self.without_period(raw, span)
        span = self.with_linked_body(raw, span, stop)  # ("said Citizens for Tax Justice": the body whole)
        if not source and self.opens_with_recipient(raw, span):
            # ("«...», dijo al ministro Pedro Gil el alcalde": the one told, then the subject)
            return self.subject_after_recipient(raw, span[0], stop)
        if not source:
            owned = self.joined_possessors_role(raw, span, stop)
            if owned is not None:
                return owned  # ("said Ana Moyo and Tom Berg's lawyer": the lawyer of both, never the first)
            span = self.with_joined_owners(raw, span, stop)  # ("said Acme and Globex chief Ana Ruiz")
            listed = self.with_listed_names(raw, span, stop)  # ("said Ortiz, Berg and Hall.": all three)
            if listed == span and self.refused_list(raw, span, stop):
                return None  # ("said Ortiz, Berg and Hall were ...": a list not read whole, never its first)
            if listed == span:
                # ("said Tourism, Sport and Culture Minister Grace Mbeki": a portfolio's list, then the title's holder)
                listed = span[0], self.portfolio_list_end(raw, span, stop) or span[1]
            span = listed
            span = self.with_aged_partner(raw, span, stop)  # ("said Ana Moyo (47) and Tom Berg (52)": both)
            span = self.before_recipient(raw, span)  # ("sagte der Minister einem Reporter des Spiegel")
            span = self.before_participle(raw, span)  # "said a man standing at the door": a man
            span = self.before_closing_day(raw, span)  # "said Tom Berg Monday.": Tom Berg
            span = self.before_generation_word(raw, span)  # ("sagte Bakker senior": Bakker)
            span = self.with_particles(raw, span, stop)  # "sagte Ursula von der Leyen"
            span = self.with_body_name(raw, span, stop)  # ("a déclaré la Fondation pour la Recherche Médicale")
            span = self.with_genitive(raw, span, stop)  # ("sagte eine Sprecherin der Polizei": the whole role)
            titled = self.with_portfolio(raw, span, stop)  # ("said Minister for Foreign Affairs and Trade Penny Wong")
            if titled != span:
                return titled  # (a title, its portfolio and a name up to punctuation: the whole phrase speaks)
        phrase = raw[span[0] : span[1]]
        words = phrase.split()
        first = words[0]
        tail = self.post_modifier(raw, span, stop)  # "a person close to the family"
        affiliated = self.bare_noun_affiliation(raw, span, stop) if tail is None and not source else None
        if affiliated is not None:
            return span[0], affiliated  # ("said researchers at the University of Cape Town": the whole phrase)
        # ("said former secretary of state Ana Ortiz": the name after the post-modifier counts)
        named_words = raw[span[0] : tail.end()].split() if tail is not None else words
        opens = first[0].isupper() or first.casefold() in self._determiners or first.casefold() in self._pronouns
        opens = opens or len(self.split_elision([first])) > 1  # "a dit l’entraîneur"
        opens = opens or (not source and self.bare_noun_closing(raw, span, stop))  # "..., says minister"
        named = first.casefold() not in self._stop and any(w[0].isupper() for w in named_words[1:])
        if not (opens or named or source):
            return None
        if not source and any(
            w in self._stop and w not in self._coordinators and words[k - 1] not in self._of and not self.is_body_link(words, k)
            for k, w in enumerate(words[1:], 1)
        ) and not self.particle_name(words) and self.linked_body_name(words) is None:
            # "said she was elated but ...": a clause, not a speaker ("Al From", "one of those" are; and
            # a name's particle that is a stop word too: "Karl-Theodor zu Guttenberg")
            return None
        if not source and len(words) == 1 and self.name_word_closing(raw, span):
            return span  # '"...," said May.': a surname that is a month or a modal too
        last = words[-1].casefold()
        noun = source and last.isalnum() and last not in self._stop and last not in self._determiners
        # ("according to her": an object pronoun alone, though "her" is a determiner too)
        noun = noun or (source and len(words) == 1 and last in self._object_forms)
        # ("said one of those advisers": the phrase with its post-modifier names the speaker)
        extended = tail is not None and self.is_speaker_phrase(" ".join(named_words), lenient=lenient)
        if not (noun or self.is_speaker_phrase(phrase, lenient=lenient) or (named and tail is not None) or extended):
            return None
        span = self.without_period(raw, (span[0], tail.end())) if tail is not None else span
        if tail is not None and not source:
            span = self.before_closing_day(raw, span)  # ("said a spokesman for the council Tuesday.")
        origin = self.document_origin_end(raw, span, stop) if tail is None and not source else None
        if origin is not None:
            return span[0], origin  # ("said a statement from the Congolese embassy": the body's statement whole)
        span = span[0], self.listed_body_end(raw, span, stop)
        # ("said Kim Delfino of Defenders of Wildlife": Kim Delfino, never "Kim Delfino of Defenders")
        return span if source else self.before_cut_body(raw, span, stop)

    #: Words in lower case that go on inside a body's name after a capitalised word (``Defenders
    #: of Wildlife``, ``Bells on Bloor``, ``Friends of the Earth``, ``Bread for the World``), for
    #: :meth:`before_cut_body`; with :attr:`OF_WORDS` and :attr:`BODY_NAME_INNER_LINKS`.
    #:
    #: .. versionadded:: 0.2 (mendQT69)
    BODY_RUN_ON_LINKS: ClassVar[tuple[str, ...]] = ("on", "in", "at", "and", "&")

    def before_cut_body(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, a phrase after an inverted cue that holds one of :attr:`OF_WORDS` or of the
        one-word :attr:`POST_MODIFIERS` and ends in a capitalised word (``Kim Delfino of
        Defenders``, ``the head of Friends``), when the capitalised words run on after it, past
        one or two links in lower case (:attr:`BODY_RUN_ON_LINKS`, :attr:`OF_WORDS`,
        :attr:`BODY_NAME_INNER_LINKS`) with only blanks between, into another capitalised word
        that is no weekday nor month (``... of Defenders of Wildlife``, ``of Bells on Bloor``,
        ``of Friends of the Earth``): the body's name goes on past the phrase, whose text would
        cut it midway.  A name before the link is the mention alone (``Kim Delfino``: the whole
        would make the body a referent of ``It said`` after it); a role's phrase runs on over
        :attr:`OF_WORDS` and :attr:`BODY_NAME_INNER_LINKS` to the body's last capitalised word
        when punctuation follows it (``the head of Friends of the Earth.``), as it was otherwise.  *span* as it
        was when nothing runs on (``said Tom Berg of the Sierra Club.``, ``said Ann Lee of
        Medford on Tuesday``).

        .. versionadded:: 0.2 (mendQT69)"""
        if raw[span[1] : span[1] + 1] != " ":
            return span  # (the cheap test first: punctuation or the end closes the phrase)
        words = list(self._word.finditer(raw, span[0], span[1], False, KEEP_GIL))
        joins = self._cut_body_joins
        link = next((k for k, w in enumerate(words[1:-1], 1) if w.group() in joins), None)
        if link is None or not words[-1].group()[:1].isupper():
            return span
        links = self._cut_body_links
        after = list(islice(self._word.finditer(raw, span[1], stop, False, KEEP_GIL), self.MAX_NAME_WORDS))
        k = 0
        while k < len(after) and after[k].group() in links:
            k += 1
        if not 0 < k <= 2 or k == len(after) or not after[k].group()[:1].isupper():
            return span
        if raw[span[1] : after[k].start()] != f" {' '.join(a.group() for a in after[:k])} ":
            return span  # (one blank between the words: a comma ends the name)
        if self.is_time_word(after[k].group()) or self.is_month_name(after[k].group()):
            return span  # ("said Ann Lee of Medford on Tuesday": the time after the phrase)
        if words[link - 1].group()[:1].isupper():
            # (a name before the link: the person alone, "Kim Delfino"; the whole would make the firm a
            # referent of "It said" after it: "said William Griggs of Griggs and Santow Inc." / "It said")
            return span[0], words[link - 1].end()
        allowed = (*self.OF_WORDS, *self.BODY_NAME_INNER_LINKS)
        if any(a.group() not in allowed for a in after[:k]):
            return span  # (a role's phrase runs on over a body's own links only: "of the", "for")
        end = after[k].end()
        for word in after[k + 1 :]:
            text = word.group()
            if raw[end : word.start()] != " " or not (text[:1].isupper() or text in allowed):
                break
            if self.is_time_word(text) or self.is_month_name(text):
                break  # ("... of Bells on Bloor on Monday": the time after the name)
            end = word.end() if text[:1].isupper() else end
        run_on = self.without_period(raw, (span[0], end))
        closed = raw[run_on[1] : run_on[1] + 1] in (",", ".", ";", "!", "?") or run_on[1] >= stop
        return run_on if closed else span  # (the body's whole name, up to the sentence's punctuation)

    def with_linked_body(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, the phrase after an inverted cue or ``according to``, run on over one of
        :attr:`BODY_NAME_INNER_LINKS` in lower case and the capitalised words after it, up to
        punctuation or a word in lower case, when :meth:`linked_body_name` reads the whole as a
        body's name and the phrase's last word is an organisation word or a capitalised plural
        that is no person's name (``said Citizens for Tax Justice, a Washington group``, ``said the
        Committee to Protect Journalists``, ``according to Physicians for Human Rights``); *span*
        as it was otherwise (``said Ana Ruiz for the council``, ``said Smith to Congress``).

        .. versionadded:: 0.2 (fixQ68)"""
        if not self._inner_links or raw[span[1] : span[1] + 1] != " ":
            return span  # (the cheap test first: this runs on every inverted cue)
        words = list(islice(self._word.finditer(raw, span[1], stop, False, KEEP_GIL), self.MAX_NAME_WORDS + 1))
        if len(words) < 2 or words[0].group() not in self._inner_links or raw[span[1] : words[0].start()] != " ":
            return span
        head = raw[span[0] : span[1]].split()
        last = head[-1]
        vocabulary = self.vocabulary
        endings = self._body_plural_endings
        plural = bool(endings) and last.endswith(endings) and last.isalpha() and not self.names.is_name(" ".join(head))
        if not last[:1].isupper() or not (vocabulary.is_org_word(last) or plural):
            return span
        end = 0
        ended = False
        closing = ""
        for k in range(1, len(words)):
            word = words[k].group()
            if raw[words[k - 1].end() : words[k].start()] != " ":
                ended = True
                break  # (a comma or a mark: the name ends there)
            if word[:1].isupper():
                end = words[k].end()
            elif word not in self._inner_links and word.casefold() not in self._determiners:
                ended, closing = True, word
                break
        if not ended and len(words) > self.MAX_NAME_WORDS:
            return span  # (the window ends before the run does: no cut mid-name; rvq68)
        if words[1].group().casefold() in self._determiners and closing not in self._of:
            # ("said Acme Motors for the Detroit Auto Dealers": the one addressed or served; but "the
            # Office for the Coordination of Humanitarian Affairs" goes on; rvq68)
            return span
        if end == 0 or self.linked_body_name(raw[span[0] : end].split()) is None:
            return span
        if self.is_own_body(raw[words[1].start() : end]):
            return span  # ("said Tesla Motors to Congress": a body of its own after the link; rvq68)
        return self.without_period(raw, (span[0], end))

    def is_own_body(self, text: str) -> bool:
        """Whether *text*, the capitalised words after one of :attr:`BODY_NAME_INNER_LINKS`, names
        a body or a place of its own: its last word an organisation word (``Congress``, ``the
        Federal Court``) or the whole a place (``Geneva``), so that the link addresses it and ends
        the speaker's name (``said Tesla Motors to Congress``), never a body's inner words
        (``Citizens for Tax Justice``, ``Committee to Protect Journalists``).

        .. versionadded:: 0.2 (rvq68)"""
        words = text.split()
        if not words:
            return False
        vocabulary = self.vocabulary
        return vocabulary.is_org_word(strip_possessive(words[-1])) or vocabulary.is_place(text)

    def with_aged_partner(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, a person's name after an inverted cue, run on over its age and one of
        :attr:`AGED_LIST_JOINS` to the name of a second person (``said Ana Moyo (47) and Tom
        Berg (52)``, ``said Ana Moyo, 47, and Tom Berg, 52.``: both speak, as
        :meth:`aged_list_start` reads the list before a cue), that name's own age left out.  The
        age is a bracketed number or one set off by commas, at most :attr:`MAX_AGE_DIGITS`
        digits, and both items are people's names (:meth:`~newsparse.names.NameModel.is_name`);
        *span* as it was otherwise (``said Ana Moyo, 47, and then left``, ``said Ana Moyo, 47, and
        Tom Berg's brother``: a possessive makes the partner no name).

        .. versionadded:: 0.2 (fixQ67)"""
        if not self.AGED_LIST_JOINS or span[1] >= stop or not raw.startswith((" (", ", "), span[1]):
            return span  # (the cheap test first: this runs on every inverted cue; rvq67)
        if not self.names.is_name(raw[span[0] : span[1]]):
            return span
        rest = raw[span[1] : min(stop, span[1] + self.PHRASE_WINDOW)]
        if rest.startswith(" ("):
            close = rest.find(")")
            age, after = rest[2:close], close + 1
        elif rest.startswith(", "):
            close = rest.find(",", 2)
            age, after = rest[2:close], close + 1
        else:
            return span
        if close < 0 or not age.isdigit() or len(age) > self.MAX_AGE_DIGITS:
            return span
        parts = rest[after:].split(None, 2)
        if len(parts) < 2 or rest[after : after + 1] != " " or parts[0] not in self.AGED_LIST_JOINS:
            return span
        start = span[1] + after + rest[after:].find(parts[1])
        end = start
        for word in self._word.finditer(raw, start, min(stop, start + self.PHRASE_WINDOW), False, KEEP_GIL):
            if raw[end : word.start()].strip() or not word.group()[:1].isupper():
                break  # (a mark, a word in lower case or an age: the name has ended)
            if strip_possessive(word.group()) != word.group():
                return span  # ("and Tom Berg's brother": the partner is someone of that name's; rvq67)
            end = word.end()
        end = self.without_period(raw, (start, end))[1] if end > start else end
        if end == start or not self.names.is_name(raw[start:end]):
            return span
        return span[0], end

    def document_origin_end(self, raw: str, span: tuple[int, int], stop: int) -> int | None:
        """Where the origin of a document ends after the phrase at *span* after an inverted cue, when
        the phrase ends with one of :attr:`DOCUMENT_NOUNS` in lower case and one of
        :attr:`ORIGIN_WORDS` follows, then a body's name up to punctuation or one of
        :attr:`PHRASE_END_WORDS`, its last word an organisation's noun or a noun in lower case, no
        word of time (``said a statement from the Congolese embassy``, ``said a letter from the
        ministry on Monday``: as ``A statement from the Congolese embassy said`` reads before the
        cue); ``None`` otherwise (``said a letter from Lyon``), at most :attr:`MAX_SOURCE_WORDS` words.

        .. versionadded:: 0.2"""
        last = raw[span[0] : span[1]].rsplit(None, 1)[-1]
        if not last[:1].islower() or last.casefold() not in self._document_nouns:
            return None
        words = list(islice(self._word.finditer(raw, span[1], stop, False, KEEP_GIL), self.MAX_SOURCE_WORDS))
        if len(words) < 2 or words[0].group() not in self._origins or raw[span[1] : words[0].start()] != " ":
            return None
        end = 1
        while end < len(words) and words[end].group().casefold() not in self._phrase_ends:
            if raw[words[end - 1].end() : words[end].start()] != " ":
                break  # (a comma or a mark: the origin ends there)
            end += 1
        body = words[end - 1].group().rstrip(".")
        noun = body.isalpha() and body.islower() and body not in self._stop and not self.is_time_word(body)
        if not (noun or self.vocabulary.is_org_word(body)):
            return None  # ("said a letter from Lyon": a place, no body; "said a report from last year")
        return self.without_period(raw, (span[0], words[end - 1].end()))[1]

    def before_generation_word(self, raw: str, span: tuple[int, int]) -> tuple[int, int]:
        """*span*, the phrase after an inverted cue, less a last word of :attr:`GENERATION_WORDS`
        in lower case after a name's run of capitalised words that no determiner opens
        (``said Bakker senior``, German ``sagte Bakker senior``, French ``a déclaré Morel
        père``: the name, as :meth:`phrase_before` reads ``Mr Hale senior said``); ``said a
        Yale senior`` is a student and keeps it.

        .. versionadded:: 0.2"""
        words = list(self._word.finditer(raw, span[0], span[1], False, KEEP_GIL))
        if len(words) < 2 or words[-1].group() not in self._generation_words:
            return span
        k = len(words) - 2
        while k >= 0 and words[k].group()[:1].isupper() and words[k].group().casefold() not in self._determiners:
            k -= 1
        if k == len(words) - 2 or (k >= 0 and words[k].group().casefold() in self._determiners):
            return span
        if k >= 0:
            return span  # (a word in lower case before the name: "said former mayor Hale senior" keeps its reading)
        return span[0], words[-2].end()

    #: The most words of a genitive after a role in the phrase after an inverted cue
    #: (:meth:`with_genitive`: ``der Polizei``, ``der örtlichen Polizei``).
    MAX_GENITIVE_WORDS: ClassVar[int] = 3

    def with_genitive(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, the phrase after an inverted cue, run on over a genitive that completes its
        capitalised head, a noun for people (:meth:`names_people`): one of
        :attr:`GENITIVE_DETERMINERS` right after it, then up to :attr:`MAX_GENITIVE_WORDS` words,
        the last capitalised, the others capitalised or adjectives in lower case ending in one of
        :attr:`GENITIVE_ADJECTIVE_ENDINGS` (German ``sagte eine Sprecherin der Polizei in
        Hamburg``: ``eine Sprecherin der Polizei``, as ``ein Sprecher des Ministeriums``).  Not
        when the genitive's words are an agency of the vocabulary or its noun ends in one of
        :attr:`TOLD_MEDIA_ENDINGS` (``sagte der Minister der Zeitung``: the paper told, a dative),
        nor after a determiner of :attr:`OBLIQUE_FEMININE_DETERMINERS` (a dative as often) unless the
        noun ends like a body's, :attr:`FEMININE_NOUN_ENDINGS` or :attr:`GENITIVE_BODY_ENDINGS`
        (``der Polizei``, ``der Regierung``, ``der Stadt``;
        not ``sagte der Kanzler der Zeit``, ``der ARD``). *span* as it was otherwise, and in a pack
        with no genitive determiners.

        .. versionadded:: 0.2"""
        if not self._genitives:
            return span
        head = raw[span[0] : span[1]].split()
        if not head or not head[-1][:1].isupper() or not self.names_people(head[-1].casefold()):
            return span
        words = list(islice(self._word.finditer(raw, span[1], stop, False, KEEP_GIL), self.MAX_GENITIVE_WORDS + 2))
        if not words or raw[span[1] : words[0].start()].strip() or words[0].group() not in self._genitives:
            return span
        genitive: list[str] = []
        end = None
        for k, word in enumerate(words[1 : self.MAX_GENITIVE_WORDS + 1], 1):
            if raw[words[k - 1].end() : word.start()].strip():
                break  # (a mark between: the genitive has ended)
            text = word.group()
            bare = text.rstrip(self.SENTENCE_END + ",;:")
            if bare[:1].isupper() and bare.replace("-", "").isalpha():
                genitive, end = [w.group() for w in words[1:k]] + [bare], word.start() + len(bare)
            elif not (bare.islower() and bare.endswith(self.GENITIVE_ADJECTIVE_ENDINGS)):
                break
            if bare != text:
                break  # ("der Polizei.": the sentence's or the clause's end)
        if end is None:
            return span
        if self.vocabulary.is_agency(" ".join(genitive)) or genitive[-1].casefold().endswith(self.TOLD_MEDIA_ENDINGS):
            return span  # ("sagte der Minister der Zeitung", "sagte der Minister der dpa": the one told)
        if words[0].group() in self.OBLIQUE_FEMININE_DETERMINERS and not genitive[-1].casefold().endswith(
            self._genitive_noun_endings
        ):
            return span  # ("sagte der Kanzler der Zeit", "... der ARD": a dative as often, the masthead told)
        return span[0], end

    def with_listed_names(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, a surname alone or a full name after an inverted cue, with the people listed
        after it set off by commas up to one of :attr:`COORDINATORS` and a last one, when the list
        closes the sentence (``said Ortiz, Berg and Hall.``, ``dijeron Ortiz, Berg y Hall.``, ``ont
        dit Ortiz, Berg et Eva Hall.``): at most :attr:`MAX_LISTED_NAMES` items, each a full name
        or a word of :meth:`bare_surname`, the last read by :meth:`listed_last`; *span* as it is
        otherwise (``said Ortiz, the party's spokesman``, ``said Ortiz, Paris and Rome``).

        .. versionadded:: 0.2 (fixQ59b)"""
        head = raw[span[0] : span[1]]
        if raw[span[1] : span[1] + 1] != "," or not (self.bare_surname(head) or self.names.is_name(head)):
            return span
        end, reach = span[1], min(stop, span[1] + self.PHRASE_WINDOW + 1)  # (no scan past the phrase's window)
        while end < reach and raw[end] not in ".!?;:\n" and raw[end] not in self._mark_chars:
            end += 1
        if end - span[1] > self.PHRASE_WINDOW or raw[end:stop].strip(" .!?"):
            return span  # (the list must close the sentence: "said Ortiz, Berg and Hall were ..." is no list)
        pieces = raw[span[1] + 1 : end].split(",")
        items = [item.strip() for item in pieces]
        aside = self.list_aside(items)
        if aside < len(items):
            # ("said Ana Ortiz, Tom Berg and Eva Hall, who all voted against.": the list, then a clause
            # or an appositive set off by a comma, which closes it)
            end = span[1] + 1 + len(",".join(pieces[:aside]))
            items = items[:aside]
        last = items[-1].split()
        joins = [k for k, w in enumerate(last) if k and w.casefold() in self._coordinators]
        if len(items) > self.MAX_LISTED_NAMES or len(joins) != 1:
            return span
        before, after = last[: joins[0]], last[joins[0] + 1 :]
        setting = self.setting_after_list(after)
        if setting < len(after):
            # ("said Ortiz, Berg and Hall after the meeting.": the list, then where or when it was said;
            # the setting's first word found by its place among the words, never by its letters: the
            # "on" of "on Monday" is no "on" inside "Monday")
            tokens = list(_LISTED_WORD.finditer(raw, span[1], end))
            end = tokens[len(tokens) - (len(after) - setting)].start()
            after = after[:setting]
        # (three surnames, a full name last, or a surname after a full name: "Ana Ortiz, Tom Berg and Hall")
        surname_last = len(after) == 1 and self.bare_surname(after[0]) and self.names.is_name(" ".join(before))
        full = [item for item in [*items[:-1], " ".join(before)] if len(item.split()) > 1 and self.names.is_name(item)]
        # (a titled last item after full names only: "said Ana Ortiz, Tom Berg and Finance Minister Eva Hall.")
        titled = len(full) == len(items) and self.names.is_name(head) and self.titled_last_item(after)
        if not (surname_last or titled or self.listed_last(before, after)):
            return span
        for item in [*items[:-1], " ".join(before), *([] if titled else [" ".join(after)])]:
            if not (self.listed_surname(item) or (len(item.split()) > 1 and self.names.is_name(item))):
                return span
        return span[0], span[1] + len(raw[span[1] : end].rstrip())

    def refused_list(self, raw: str, span: tuple[int, int], stop: int) -> bool:
        """Whether *span*, the phrase after an inverted cue, opens a list that no one of it
        speaks for (:meth:`unread_list_after`, :meth:`possessive_pair_after`): the phrase names
        no speaker.

        .. versionadded:: 0.2 (mendQ61)"""
        return self.unread_list_after(raw, span, stop) or self.possessive_pair_after(raw, span, stop)

    def refused_list_after(self, raw: str, pos: int, stop: int) -> tuple[int, int] | None:
        """The span of a list after an inverted cue at *pos* that :meth:`refused_list` refuses,
        from its first word to the punctuation that closes it (``said Mark Ruiz and Jo Kent's
        attorney.``): the quote keeps its cue, with no speaker; ``None`` when the phrase there is
        no such list.

        .. versionadded:: 0.2 (mendQ61)"""
        match = self._phrase_after.match(raw, pos, stop, KEEP_GIL)
        if match is None:
            return None
        span = self.with_joined_owners(raw, self.without_period(raw, match.span("np")), stop)
        if self.with_listed_names(raw, span, stop) != span or not self.refused_list(raw, span, stop):
            return None
        end, reach = span[1], min(stop, span[1] + self.PHRASE_WINDOW + 1)
        while end < reach and raw[end] not in ".!?;:\n" and raw[end] not in self._mark_chars:
            end += 1
        return span[0], span[1] + len(raw[span[1] : end].rstrip())

    def possessive_pair_after(self, raw: str, span: tuple[int, int], stop: int) -> bool:
        """Whether *span*, a surname or a name after an inverted cue, is joined by one of
        :attr:`COORDINATORS` to capitalised words whose last is in the possessive, then a word in
        lower case, the owned (``said Mark Ruiz and Jo Kent's attorney on Monday.``): the two
        speak together, or the owners' role does; never the first alone (:meth:`unread_list_after`
        reads the list of three or more).

        .. versionadded:: 0.2 (mendQ61)"""
        head = raw[span[0] : span[1]]
        if raw[span[1] : span[1] + 1] != " " or not (self.bare_surname(head) or self.names.is_name(head)):
            return False
        end, reach = span[1], min(stop, span[1] + self.PHRASE_WINDOW + 1)
        while end < reach and raw[end] not in ".!?;:,\n" and raw[end] not in self._mark_chars:
            end += 1
        words = raw[span[1] : end].split()
        if len(words) < 3 or words[0].casefold() not in self._coordinators:
            return False
        owners = 1
        while owners < len(words) and owners <= self.MAX_NAME_WORDS and words[owners][:1].isupper():
            owners += 1
        last = words[owners - 1]
        role = words[owners:]
        return owners > 1 and strip_possessive(last) != last and bool(role) and role[0].islower() and role[0].isalpha()

    def unread_list_after(self, raw: str, span: tuple[int, int], stop: int) -> bool:
        """Whether *span*, a surname or a name after an inverted cue, opens a list of people that
        :meth:`with_listed_names` did not read whole: a comma after it, then up to
        :attr:`MAX_LISTED_NAMES` items of capitalised words set off by commas within the phrase's
        window, the last two joined by one of :attr:`COORDINATORS` with a capitalised word after it,
        each item ending in a word of :meth:`bare_surname` that is no title or role
        (``said Ortiz, Berg and Hall were ...``): the speaker is the list or no one, never its first
        item.  A title in the last item only after full names (``said Ana Ortiz, Tom Berg and
        Finance Minister Eva Hall``; not a portfolio's list, ``said Tourism, Sport and Culture
        Minister Lindiwe Dube``).  Not ``said Ana Ortiz, President and CEO of Acme`` (titles),
        ``said Ortiz, Paris and Rome`` (places), ``said Ortiz, the mayor, and Berg`` (an item in
        lower case).  A last name in the possessive makes the list the owners of the one who
        speaks (``said Ana Ortiz, Tom Berg and Eva Hall's lawyer``): none of them speaks either.

        .. versionadded:: 0.2 (fixQ60)

        .. versionchanged:: 0.2 a possessive last name (fixQ61)"""
        head = raw[span[0] : span[1]]
        if raw[span[1] : span[1] + 1] != "," or not (self.bare_surname(head) or self.names.is_name(head)):
            return False
        end, reach = span[1] + 1, min(stop, span[1] + self.PHRASE_WINDOW + 1)
        while end < reach and raw[end] not in ".!?;:\n" and raw[end] not in self._mark_chars:
            end += 1
        items = [item.split() for item in raw[span[1] + 1 : end].split(",")]
        items = items[: self.list_aside([" ".join(item) for item in items])]  # (", who all voted against": no item)
        if not items or len(items) > self.MAX_LISTED_NAMES:
            return False
        last = items[-1]
        joins = [k for k, w in enumerate(last) if k and w.casefold() in self._coordinators]
        if len(joins) != 1 or joins[0] + 1 >= len(last) or not last[joins[0] + 1][:1].isupper():
            return False
        # (the setting after the last name is none of it: "said Ortiz, Berg and Hall on Monday")
        last = last[: joins[0] + 1 + self.setting_after_list(last[joins[0] + 1 :])]
        vocabulary = self.vocabulary
        for item in [*items[:-1], last[: joins[0]]]:
            if not 0 < len(item) <= self.MAX_NAME_WORDS or not all(w[:1].isupper() for w in item):
                return False
            if not self.bare_surname(item[-1]) or vocabulary.is_title(item[-1]) or vocabulary.is_role_noun(item[-1]):
                return False
        named = [w for w in last[joins[0] + 1 :] if w[:1].isupper()]
        if named and strip_possessive(named[-1]) != named[-1]:
            return True  # ("said Ana Ortiz, Tom Berg and Eva Hall's lawyer": the owners' role speaks, no one listed)
        if not named or not self.bare_surname(named[-1].rstrip(".,")) or vocabulary.is_title(named[-1]):
            return False
        if any(vocabulary.is_title(w) for w in named):
            # (a titled last item after full names only: "said Ana Ortiz, Tom Berg and Finance Minister Eva Hall";
            # not a portfolio's list, "said Tourism, Sport and Culture Minister Lindiwe Dube")
            named_items = [head.split(), *items[:-1], last[: joins[0]]]
            return all(len(item) > 1 and self.names.is_name(" ".join(item)) for item in named_items)
        return True

    def portfolio_list_end(self, raw: str, span: tuple[int, int], stop: int) -> int | None:
        """Where a list of a portfolio's capitalised words, then a title and the name of the one
        who holds it, ends when it opens at *span* after an inverted cue (``said Tourism, Sport
        and Culture Minister Grace Mbeki.``: the whole phrase speaks, never ``Tourism``): a comma
        after *span*, up to :attr:`MAX_LISTED_NAMES` items of at most :attr:`MAX_PORTFOLIO_WORDS`
        capitalised words set off by commas, the last two joined by one of :attr:`COORDINATORS`,
        the last item's words after it capitalised words before a title and a name
        (:meth:`titled_last_item`); no item a name nor a person the article names by the word
        (:meth:`names_person`: that is a list of people, :meth:`with_listed_names`'s) nor a title
        before another word (``said Education Minister Ana Ortiz and Health Minister Tom Berg``:
        two people; a portfolio's word may be a title's too, ``Health``).  Two
        items may be joined with no comma (``said Health and Social Care Secretary Jim Ward``).
        ``None`` otherwise.

        .. versionadded:: 0.2 (fixQ61)
        .. versionchanged:: 0.2 two items with no comma; no title in an item (mendQ61)"""
        comma = raw[span[1] : span[1] + 1] == ","
        near = self._token.match(raw, span[1] + 1, stop, KEEP_GIL) if raw[span[1] : span[1] + 1] == " " else None
        joined = near is not None and near.group().casefold() in self._coordinators
        if not (comma or joined):
            return None
        end, reach = span[1] + 1, min(stop, span[1] + self.PHRASE_WINDOW + 1)
        while end < reach and raw[end] not in ".!?;:\n" and raw[end] not in self._mark_chars:
            end += 1
        if comma:
            pieces = raw[span[1] + 1 : end].split(",")
            items = [raw[span[0] : span[1]].split(), *(piece.split() for piece in pieces)]
        else:
            items = [raw[span[0] : end].split()]  # ("Health and Social Care Secretary Jim Ward": one item joined)
        last = items[-1]
        joins = [k for k, w in enumerate(last) if k and w.casefold() in self._coordinators]
        if len(items) > self.MAX_LISTED_NAMES or len(joins) != 1:
            return None
        vocabulary = self.vocabulary
        after = last[joins[0] + 1 :]
        # (the title that the name follows, after one portfolio word at least: "Culture Minister Grace Mbeki")
        title = next((k for k in range(1, len(after)) if vocabulary.is_title(after[k]) and self.titled_last_item(after[k:])), 0)
        if not title:
            return None  # (no portfolio word before the title: "and Minister Grace Mbeki" is a person)
        for item in [*items[:-1], last[: joins[0]], after[:title]]:
            if not 0 < len(item) <= self.MAX_PORTFOLIO_WORDS or not all(w[:1].isupper() and w.isalpha() for w in item):
                return None
            if any(self.names_person(w) for w in item) or self.given_full_name(item):
                return None  # (a person in an item: "said Ortiz, Berg and Finance Minister Eva Hall")
            if any(vocabulary.is_title(w) for w in item[:-1]):
                return None  # (a title before a word: "said Education Minister Ana Ortiz and Health Minister Tom Berg")
        return span[1] + len(raw[span[1] : end].rstrip())

    def given_full_name(self, words: Sequence[str]) -> bool:
        """For :meth:`portfolio_list_end`: whether *words* are a name (``NameModel.is_name``)
        opened by a given name of the vocabulary (``Eva Hall``; not ``Social Care``, a portfolio
        whose words the name model may read as a name's).

        .. versionadded:: 0.2 (mendQ61)"""
        return bool(words) and self.vocabulary.is_given_name(words[0]) and self.names.is_name(" ".join(words))

    @staticmethod
    def list_aside(items: Sequence[str]) -> int:
        """For :meth:`with_listed_names` and :meth:`unread_list_after`: how many of *items*, the
        pieces after a list's first name set off by commas, are its items: up to the first one
        after the first that opens in lower case, a relative clause or an appositive that closes
        the list (``..., Tom Berg and Eva Hall, who all voted against``); all of them otherwise.

        .. versionadded:: 0.2 (fixQ60d)"""
        return next((k for k, item in enumerate(items) if k and item[:1].islower()), len(items))

    def titled_last_item(self, words: Sequence[str]) -> bool:
        """For :meth:`with_listed_names`, after full names: whether *words*, the list's last item,
        are capitalised titles (``Finance Minister``, ``Senator``) before two to
        :attr:`MAX_NAME_WORDS` capitalised words that are no titles (``Senator Lisa Park``, the name
        model's or not: the full names before it say the list is of people).

        .. versionadded:: 0.2 (fixQ60d)"""
        vocabulary = self.vocabulary
        at = 0
        while at < len(words) and words[at][:1].isupper() and vocabulary.is_title(words[at]):
            at += 1
        named = words[at:]
        if not at or not 2 <= len(named) <= self.MAX_NAME_WORDS:
            return False
        return all(w[:1].isupper() and w.isalpha() and not vocabulary.is_title(w) for w in named)

    def setting_after_list(self, words: Sequence[str]) -> int:
        """For :meth:`with_listed_names`: how many of *words*, the list's last item after its
        coordinator, belong to it: up to the first word in lower case when it opens a setting
        (:meth:`opens_list_setting`) after a capitalised word (``Hall after the meeting``, ``Hall
        outside the court``, ``Hall yesterday``, ``Hall last week``: the setting of the words, no
        part of the name); all of them otherwise (``Hall were ...``).

        .. versionadded:: 0.2 (fixQ60)

        .. versionchanged:: 0.2 any preposition of the vocabulary, a time adverb or a time
           phrase's first word (fixQ60d)"""
        for k in range(1, len(words)):
            word = words[k]
            if word[:1].islower():
                return k if self.opens_list_setting(word) and words[k - 1][:1].isupper() else len(words)
        return len(words)

    def opens_list_setting(self, word: str) -> bool:
        """For :meth:`setting_after_list`: whether *word*, in lower case after a list's last name,
        opens where, when or how the words were said: a preposition of the vocabulary
        (``outside the court``, ``of the finance committee``, ``in a joint statement``), one of
        :attr:`TIME_PREPOSITIONS` (``last week``) or of :attr:`TIME_ADVERBS` (``yesterday``).

        .. versionadded:: 0.2 (fixQ60d)"""
        return (
            word in self._prepositions
            or self.vocabulary.is_preposition(word)
            or word in self._time_prepositions
            or word in self._time_adverbs
        )

    def listed_surname(self, word: str) -> bool:
        """For :meth:`with_listed_names`: whether *word*, alone as an item of the list after an
        inverted cue, is a surname: a word of :meth:`bare_surname` by which the article names a
        person (:meth:`names_person`: ``Ana Ortiz`` before for ``Ortiz``), so that a capitalised
        plural or a body (``said Ortiz, Democrats and Republicans.``) never joins the speaker.

        .. versionadded:: 0.2 (fixS59)"""
        return self.bare_surname(word) and self.names_person(word)

    def with_joined_owners(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, the phrase after an inverted cue, run on to the name after a second owner and
        a role when it is capitalised words only and one of :attr:`OWNER_JOINERS` follows it, then
        one to :attr:`MAX_JOINED_OWNER_WORDS` capitalised words, a role of one to
        :attr:`MAX_JOINED_ROLE_WORDS` words in lower case, one a role noun and none a stop word
        (:meth:`lower_role_end`), and a name of two to
        :attr:`MAX_NAME_WORDS` capitalised words, only blanks between them (``said Acme and Globex
        chief Ana Ruiz``, ``said Smith & Wesson chairman Tom Berg``, ``said Procter and Gamble chief
        executive Ana Ruiz``: the role's holder speaks, never the first owner); else *span* as it
        was (``said Ana Ruiz and Tom Berg``: two people).

        .. versionadded:: 0.2
        """
        owners = raw[span[0] : span[1]].split()
        if not owners or not all(w[:1].isupper() for w in owners):
            return span
        if len(owners) >= 2 and self.names.trailing_name(owners) == len(owners):
            return span  # ("said Ana Ruiz and Globex chief Tom Berg": two people)
        reach = self.MAX_JOINED_OWNER_WORDS + self.MAX_JOINED_ROLE_WORDS + self.MAX_NAME_WORDS + 1
        following = list(islice(self._word.finditer(raw, span[1], stop, False, KEEP_GIL), reach))
        if not following:
            return span
        joiner = raw[span[1] : following[0].start()].strip()
        k = 0
        if not joiner and following[0].group() in self.OWNER_JOINERS:
            k = 1  # ("and": a word)
        elif joiner not in self.OWNER_JOINERS:
            return span  # ("&": a sign between the words)
        owner = 0
        while k < len(following) and following[k].group()[:1].isupper() and owner <= self.MAX_JOINED_OWNER_WORDS:
            owner, k = owner + 1, k + 1
        if not 1 <= owner <= self.MAX_JOINED_OWNER_WORDS or k >= len(following):
            return span
        # (the role's words in lower case: "chief", "chief executive", "finance director"; never
        # a stop word: "said Ortiz and Berg after the captain Tom Hale scored")
        role = self.lower_role_end([w.group() for w in following], k)
        if role == k:
            return span
        name = role
        while name < len(following) and following[name].group()[:1].isupper():
            name += 1
        if not 2 <= name - role <= self.MAX_NAME_WORDS:
            return span
        gaps = (raw[a.end() : b.start()] for a, b in pairwise(following[:name]))
        if any(gap != " " for gap in gaps):
            return span  # (a comma or a mark between the words: no one phrase)
        return self.without_period(raw, (span[0], following[name - 1].end()))

    def joined_possessors_role(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int] | None:
        """*span*, a name after an inverted cue, run on to the role after a second owner's name
        in the possessive when one of :attr:`OWNER_JOINERS` joins them (``said Ana Moyo and Tom
        Berg's lawyer``, ``said Ana Ortiz and Lee Hall's spokeswoman``): the role of both speaks,
        never the first name alone.  The second name of at most :attr:`MAX_NAME_WORDS` words and
        a role of :meth:`lower_role_end` after it, which closes the sentence or a clause (a
        punctuation mark or *stop* right after it), one blank between the words; ``None``
        otherwise (``said Ana Moyo and Tom Berg``: two people, read as before).

        .. versionadded:: 0.2 (fixQ66b)"""
        if not self.names.is_name(raw[span[0] : span[1]]):
            return None
        reach = self.MAX_NAME_WORDS + self.MAX_JOINED_ROLE_WORDS + 1
        following = list(islice(self._word.finditer(raw, span[1], stop, False, KEEP_GIL), reach))
        if not following or following[0].group() not in self.OWNER_JOINERS:
            return None
        owner = next((k for k, w in enumerate(following[1:], 1) if w.group()[-2:] in ("'s", "’s")), None)
        if owner is None or owner > self.MAX_NAME_WORDS:
            return None
        name = " ".join([w.group() for w in following[1:owner]] + [following[owner].group()[:-2]])
        if not self.names.is_name(name) or not all(w.group()[:1].isupper() for w in following[1 : owner + 1]):
            return None
        words = [w.group().rstrip(self.SENTENCE_END + ",;:") for w in following]
        role = self.lower_role_end(words, owner + 1)
        if role == owner + 1:
            return None
        gaps = [raw[a.end() : b.start()] for a, b in pairwise([*following[:role]])]
        if raw[span[1] : following[0].start()] != " " or any(gap != " " for gap in gaps):
            return None
        end = following[role - 1].start() + len(words[role - 1])
        if end < stop and raw[end] not in ".,;:!?" and not raw[end].isspace():
            return None
        closing = raw[end : end + 1]
        if closing.isspace() and role < len(following):
            return None  # ("said Ana Moyo and Tom Berg's lawyer Lee Hall": a name after the role, read as before)
        named = raw[end + 1 : stop].lstrip(" ")
        if closing == "," and named[:1].isupper():
            return None  # ("said Dana Rhodes and Mark Fein's lawyer, Ellen Park": the role's name speaks, round 66)
        return span[0], end

    def lower_role_end(self, words: Sequence[str], start: int) -> int:
        """Where a role of one to :attr:`MAX_JOINED_ROLE_WORDS` words in lower case from *start*
        ends when one of its words is a role noun and none is a stop word (``finance director``,
        ``chief executive officer`` in :meth:`role_after_firm` and :meth:`with_joined_owners`);
        *start* when there is none.

        .. versionadded:: 0.2"""
        end = start
        while end < len(words) and end - start < self.MAX_JOINED_ROLE_WORDS and words[end][:1].islower():
            if words[end] in self._stop or not words[end].isalpha():
                return start
            end += 1
        if not any(self.vocabulary.is_role_noun(w.casefold()) for w in words[start:end]):
            return start
        return end

    def apposed_pair_before(self, raw: str, span: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """Two names before a cue, the first with its role set off by commas, joined by one of
        :attr:`SUBJECT_JOINS` to the name at *span* (``Paul Greer, the union leader, and Lena Moss
        said``): from the first name to *span*'s end, when *span* is capitalised words only, the
        role opens with a determiner and is at most :attr:`MAX_JOINED_ROLE_CHARS` characters
        without punctuation or a capital (``Owen Pratt, a GP at the Harbour Clinic, and Mia Grant
        said``: Mia Grant, as before), and the first name opens the sentence or follows a comma or a
        quotation's closing mark; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        words = raw[span[0] : span[1]].split()
        if not words or not all(w[:1].isupper() for w in words):
            return None
        lo = max(floor, span[0] - self.MAX_JOINED_ROLE_CHARS - 80)
        pair = self._pair_first.search(raw, lo, span[0], KEEP_GIL)
        if pair is None:
            return None
        before = raw[floor : pair.start("first")].rstrip()
        if before and before[-1] not in self.SENTENCE_END and before[-1] != "," and before[-1] not in self._marks:
            return None  # ("The mayor met Paul Greer, the union leader, and Lena Moss said": an object)
        return pair.start("first"), span[1]

    def past_bracketed_tag(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, the phrase after an inverted cue, run on past a short tag in brackets to the
        name after it when every word of the phrase is a title (``said Lt. Gen. (retd) Tariq
        Malik``: the tag of at most :attr:`MAX_BRACKETED_TAG` letters and periods qualifies the
        titles, and the name they stand before speaks); else *span* as it was.

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, span[0], span[1], False, KEEP_GIL))
        if not words or not self.titles_only(words):
            return span
        tag = self._bracketed_tag.match(raw, span[1], stop, KEEP_GIL)
        if tag is None:
            return span
        after = self._phrase_after.match(raw, tag.end(), stop, KEEP_GIL)
        if after is None or not raw[after.start("np") : after.start("np") + 1].isupper():
            return span
        return span[0], after.end("np")

    def before_recipient(self, raw: str, span: tuple[int, int]) -> tuple[int, int]:
        """*span*, the phrase after an inverted cue, cut before one of :attr:`RECIPIENT_DETERMINERS`
        that follows a capitalised word in it (German ``sagte der Minister einem Reporter des
        Spiegel``: ``der Minister``; the one told and whose he is are no part of the speaker).  After
        a word in lower case (a preposition: ``von den Grünen``) the phrase goes on.

        .. versionadded:: 0.2
        """
        if not self.RECIPIENT_DETERMINERS:
            return span
        previous: regex.Match[str] | None = None
        for word in self._word.finditer(raw, span[0], span[1], False, KEEP_GIL):
            if previous is not None and previous.group()[:1].isupper() and word.group().casefold() in self._recipient_determiners:
                return span[0], previous.end()
            previous = word
        return span

    def placed_compound_start(self, raw: str, words: Sequence[regex.Match[str]], chosen: Sequence[regex.Match[str]]) -> int | None:
        """Where the phrase *chosen* (a phrase before a cue, among *words*) starts when it opens
        with a place's last part in a compound of :attr:`PLACE_COMPOUND_ENDINGS` and the place's
        first part stands before it after a comma (``the San Jose, California-based company
        said``): the start of one of :attr:`DETERMINERS` before at most :attr:`MAX_PLACE_WORDS`
        capitalised words, a comma and a space right before *chosen*; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        first = chosen[0].group() if chosen else ""
        if not first[:1].isupper() or not first.casefold().endswith(self._place_compound_endings):
            return None
        i = next((k for k, m in enumerate(words) if m.start() == chosen[0].start()), 0)
        if i < 2 or raw[words[i - 1].end() : chosen[0].start()] != ", ":
            return None
        for k in range(i - 1, max(-1, i - 2 - self.MAX_PLACE_WORDS), -1):
            word = words[k].group()
            if k < i - 1 and raw[words[k].end() : words[k + 1].start()] != " ":
                return None  # (the place's words and its determiner, one space apart)
            opening = word[:1].islower() or self.opens_sentence_at(raw, words[k].start())
            if word.casefold() in self._determiners and opening and k < i - 1:
                return words[k].start()  # (capitalised only where it opens the sentence: "The San Jose, ...")
            if not word[:1].isupper():
                return None
        return None

    def region_place_start(self, raw: str, words: Sequence[regex.Match[str]], chosen: Sequence[regex.Match[str]]) -> int | None:
        """Where the place starts whose region is the phrase *chosen* before a cue (``a lobbyist in
        Washington, D.C. said``, ``a nurse from Tucson, Ariz. said``): *chosen* is one word, a
        region's abbreviation (:meth:`~newsparse.Vocabulary.is_region_abbreviation`), a comma and a space stand
        before it, and before them one to :attr:`MAX_PLACE_WORDS` capitalised words one space
        apart, no weekday or month, right after one of :attr:`PLACE_PREPOSITIONS` in lower case:
        the place's first word, so that the phrase is the preposition's object and the noun
        before it speaks (:meth:`after_place_preposition`); ``None`` otherwise (``in Leeds, Ana Ruiz
        said``; a country may be a subject of its own: ``At the talks among the nations in Paris,
        Japan promised``).

        .. versionadded:: 0.2
        """
        if len(chosen) != 1:
            return None
        region = chosen[0].group()
        if not self.vocabulary.is_region_abbreviation(region):
            return None
        i = next((k for k, m in enumerate(words) if m.start() == chosen[0].start()), 0)
        if i < 2 or raw[words[i - 1].end() : chosen[0].start()] != ", ":
            return None
        k = self.place_preposition_before(raw, words, i)
        return None if k is None else words[k + 1].start()

    def place_preposition_before(
        self, raw: str, words: Sequence[regex.Match[str]], i: int, *, of: bool = False
    ) -> int | None:
        """For :meth:`region_place_start`, :meth:`named_region_start` and :meth:`names_the_region`: the index in *words* of
        the one of :attr:`PLACE_PREPOSITIONS` that opens the place before ``words[i]``, the region
        after its comma: one to :attr:`MAX_PLACE_WORDS` capitalised words one space apart between
        them, none a weekday or a month (``a lobbyist in Washington, D.C.``); ``None`` otherwise
        (``on Tuesday, D.C. officials said``: no place).  With *of*, a word of the vocabulary's
        ``of`` opens the place too (``the mayor of Lyon, France``), and so does one of
        :attr:`PLACE_OF_WORDS` (German ``Der Bürgermeister von Graz, Österreich``).

        .. versionadded:: 0.2"""
        for k in range(i - 1, max(0, i - 2 - self.MAX_PLACE_WORDS), -1):
            word = words[k].group()
            if k < i - 1 and raw[words[k].end() : words[k + 1].start()] != " ":
                return None  # (the place's words one space apart)
            if (word in self._place_prepositions or (of and (word in self._of or word in self._place_of))) and k < i - 1:
                return k
            if not word[:1].isupper() or self.vocabulary.is_weekday(word.casefold()) or self.is_month_name(word):
                return None  # (no place: "on Tuesday, D.C. officials said")
        return None

    def named_region_start(
        self, raw: str, words: Sequence[regex.Match[str]], chosen: Sequence[regex.Match[str]], floor: int
    ) -> int | None:
        """Where the place starts whose region, a name and no abbreviation, is the phrase *chosen*
        before a cue (``a senior official in Berlin, Germany said``, ``a lobbyist in Austin, Texas
        said``), as :meth:`region_place_start` reads an abbreviation: *chosen* (at most two words)
        is a region of :meth:`is_region`, a comma and a space before it, one to
        :attr:`MAX_PLACE_WORDS` capitalised words one space apart before them, right after one of
        :attr:`PLACE_PREPOSITIONS` in lower case after a noun for people (``official``,
        ``winemaker``) whose phrase stands in a subject's place (:meth:`speaker_before_link`: it
        opens the sentence or follows a comma or a quotation).  A
        country may be a subject of its own after an opening phrase (``At the talks among the
        nations in Paris, Japan promised``, ``The money went to a lobbyist in Austin, Texas
        said``: no subject's place), so ``None`` there and for anything else.

        .. versionadded:: 0.2
        """
        if not 1 <= len(chosen) <= 2 or not self.is_region(raw[chosen[0].start() : chosen[-1].end()]):
            return None
        i = next((k for k, m in enumerate(words) if m.start() == chosen[0].start()), 0)
        if i < 3 or raw[words[i - 1].end() : chosen[0].start()] != ", ":
            return None
        k = self.place_preposition_before(raw, words, i)
        return None if k is None or not self.speaker_before_link(raw, words, k, floor) else words[k + 1].start()

    def speaker_before_link(self, raw: str, words: Sequence[regex.Match[str]], k: int, floor: int) -> bool:
        """For :meth:`named_region_start` and :meth:`possessive_region_start`: whether a noun for
        people (:meth:`is_person_noun`; in lower case, or capitalised where its phrase opens the
        sentence: ``Residents in Lyon, France said``) stands one space before ``words[k]``, the
        link before a place, and its phrase (:meth:`phrase_before`) ends there in a subject's place
        (:meth:`at_subject_place`: ``an official in Berlin``, ``a spokeswoman for Washington``; not
        ``At a summit in Paris``, ``Speaking to reporters in Berlin``: an opening phrase, whose
        place's region may speak or own the speaker).

        .. versionadded:: 0.2
        """
        if k < 1 or raw[words[k - 1].end() : words[k].start()] != " ":
            return False
        noun = words[k - 1]
        if not self.is_person_noun(noun.group().casefold()):
            return False  # (a noun for people speaks: "an official in Berlin", not "talks in Paris")
        head = self.phrase_before(raw, words[k].start(), floor, lenient=True, hops=1)
        if head is None or head[1] != noun.end() or not self.at_subject_place(raw, head[0], floor):
            return False  # ("At the talks among the nations in Paris, Japan promised": Japan speaks)
        return noun.group()[:1].islower() or head[0] == noun.start()

    def possessive_region_start(
        self, raw: str, words: Sequence[regex.Match[str]], chosen: Sequence[regex.Match[str]], floor: int
    ) -> int | None:
        """Where the place starts whose region owns the phrase *chosen* before a cue (``a
        spokeswoman for Washington, D.C.'s transit agency said``, ``an aide to Austin, Texas's
        mayor said``): *chosen* opens with a region of :meth:`is_region` in the possessive and has a
        noun after it, a comma and a space before it, and before them one to
        :attr:`MAX_PLACE_WORDS` capitalised words one space apart right after one of
        :attr:`PREPOSITIONS`, :attr:`PLACE_PREPOSITIONS` or :attr:`ROLE_LINKS` in lower case after
        a noun for people in a subject's place (:meth:`speaker_before_link`): the place's first
        word, so that the place and its region are one owner, the phrase the preposition's object
        and the noun before it the speaker; ``None`` otherwise (``At a summit in Paris, France's
        president said``: the president).

        .. versionadded:: 0.2
        """
        if len(chosen) < 2:
            return None
        owner = chosen[0].group()
        region = strip_possessive(owner)
        if region == owner or not self.is_region(region):
            return None
        i = next((k for k, m in enumerate(words) if m.start() == chosen[0].start()), 0)
        if i < 2 or raw[words[i - 1].end() : chosen[0].start()] != ", ":
            return None
        for k in range(i - 1, max(0, i - 2 - self.MAX_PLACE_WORDS), -1):
            word = words[k].group()
            if k < i - 1 and raw[words[k].end() : words[k + 1].start()] != " ":
                return None
            if (word in self._place_prepositions or word in self._prepositions or word in self._role_links) and k < i - 1:
                return words[k + 1].start() if self.speaker_before_link(raw, words, k, floor) else None
            if not word[:1].isupper() or self.vocabulary.is_weekday(word.casefold()) or self.is_month_name(word):
                return None
        return None

    def is_region(self, text: str) -> bool:
        """Whether *text*, after a place and a comma, is its region: the vocabulary's one check
        (:meth:`~newsparse.Vocabulary.is_region_after_place`: ``Lyon, France``, ``Austin,
        Texas``, ``Washington, D.C.``, ``Tucson, Ariz.``; not ``Mr.``).

        .. versionadded:: 0.2

        .. versionchanged:: 0.2 a state or province of the vocabulary too (q53); the vocabulary's
           check, which the people index asks too (q54).
        """
        return self.vocabulary.is_region_after_place(text)

    def opens_sentence_at(self, raw: str, pos: int) -> bool:
        """Whether the word at *pos* opens a sentence: nothing but blanks before it, or blanks
        after a sentence's end or a quotation mark (:attr:`OPENING_OBJECT_AFTER`).

        .. versionadded:: 0.2
        """
        while pos > 0 and raw[pos - 1].isspace():
            pos -= 1
        return pos == 0 or raw[pos - 1] in self.OPENING_OBJECT_AFTER

    def listed_body_end(self, raw: str, span: tuple[int, int], stop: int) -> int:
        """Where the phrase at *span* after a cue ends when it ends in a body's name whose list goes
        on past a comma (``according to the Ministry of Trade, Industry and Energy``, ``said the
        Department for Environment, Food and Rural Affairs``), or past one of :attr:`COORDINATORS`
        and at most :attr:`MAX_JOINED_BODY_WORDS` capitalised words closed by punctuation, none
        of :meth:`names_person_word` (``according to the Department of Health and Human
        Services.``): the phrase's last three words a
        capitalised organisation word, a link of :attr:`POST_MODIFIERS` or :attr:`OF_WORDS` and
        a capitalised word, then up to :attr:`MAX_LISTED_WORDS` capitalised words each after a
        comma, one of :attr:`COORDINATORS` and capitalised words (:meth:`listed_body_link` reads
        the same list back from a cue); after a link of :attr:`BODY_NAME_LINKS` a coordinator and
        capitalised words with no comma go on too (German ``sagte das Bundesamt für Migration und
        Flüchtlinge``); ``span[1]`` otherwise (``according to the Bank of England, which ...``: no
        list).

        .. versionadded:: 0.2
        """
        words = raw[span[0] : span[1]].split()
        named = self.joined_name_end(raw, span, stop)
        if named is not None:
            return named  # ("according to the Food and Drug Administration": one body, "and" inside its name)
        if len(words) < 3 or not (words[-1][:1].isupper() and words[-3][:1].isupper()):
            return span[1]
        if self.is_body_link(words, len(words) - 2):
            # ("sagte das Bundesamt für Migration und Flüchtlinge": the name goes on past "und")
            joined = self._joined_items.match(raw, span[1], stop, KEEP_GIL)
            return joined.end() if joined is not None else span[1]
        if words[-2] not in self._cuts or not self.org_word_heads(words[:-2]):
            return span[1]
        listed = self._listed_items.match(raw, span[1], stop, KEEP_GIL)
        if listed is not None:
            return listed.end()
        joined = self._joined_body_end.match(raw, span[1], stop, KEEP_GIL)
        if joined is None or any(self.names_person_word(w) for w in joined.group().split()[1:]):
            return span[1]
        return joined.end()  # ("according to the Department of Health and Human Services")

    def org_word_heads(self, words: Sequence[str]) -> bool:
        """Whether the capitalised run that ends *words*, its last :attr:`MAX_BODY_HEAD_WORDS`
        words at most, holds an organisation word of the vocabulary: the head of a body's name,
        last in English (``the Department``) or before its adjectives (Spanish ``el Instituto
        Nacional``, French ``l'Institut national``).

        .. versionadded:: 0.2
        """
        for word in reversed(words[-self.MAX_BODY_HEAD_WORDS :]):
            if not word[:1].isupper():
                return False
            if self.vocabulary.is_org_word(word):
                return True
        return False

    def joined_name_end(self, raw: str, span: tuple[int, int], stop: int) -> int | None:
        """Where a body's name ends when the phrase at *span* after a cue stopped at one of
        :attr:`COORDINATORS` inside it (``according to the Kenya Agricultural and Food Authority``,
        ``said the Food and Drug Administration``): the phrase is capitalised words after a
        determiner maybe, none an organisation word (the name is not whole yet) nor a title, an
        agency or a given name (:meth:`names_person_word`, a country aside: ``Kenya``); after the
        coordinator stand at most :attr:`MAX_JOINED_BODY_WORDS` capitalised words closed by
        punctuation, the last an organisation word and none before it a word of
        :meth:`names_person_word`.  ``None`` otherwise (``according to the Finance Ministry and
        Central Bank``: two bodies; ``said Ana Ortiz and Food Authority officials``).

        .. versionadded:: 0.2
        """
        words = raw[span[0] : span[1]].split()
        if words and words[0].casefold() in self._determiners:
            words = words[1:]
        vocabulary = self.vocabulary
        if not words or not all(w[:1].isupper() for w in words) or any(
            vocabulary.is_org_word(w) or (self.names_person_word(w) and not vocabulary.country(w)) for w in words
        ):
            return None
        joined = self._joined_body_end.match(raw, span[1], stop, KEEP_GIL)
        if joined is None:
            return None
        *lead, head = joined.group().split()[1:]
        if not vocabulary.is_org_word(head) or any(self.names_person_word(w) for w in lead):
            return None
        return joined.end()

    def names_person_word(self, word: str) -> bool:
        """Whether capitalised *word*, after a coordinator that may go on with a body's name
        (:meth:`listed_body_end`), rather opens a person or another body: a title, an agency, a
        country, an organisation word of its own or a given name of :attr:`GIVEN_NAMES` (``and
        Interior Minister ...``, ``and Reuters``, ``and Anna Holt``).

        .. versionadded:: 0.2
        """
        vocabulary = self.vocabulary
        return (
            vocabulary.is_title(word) or vocabulary.is_agency(word) or bool(vocabulary.country(word))
            or vocabulary.is_org_word(word) or word.casefold() in self._given_names
        )

    def opens_with_recipient(self, raw: str, np: tuple[int, int]) -> bool:
        """Whether the phrase *np* after an inverted cue opens with one of :attr:`RECIPIENT_WORDS`
        or :attr:`RECIPIENT_DETERMINERS` (Spanish ``dijo al ministro Pedro Gil``, German ``sagte
        dem Minister Karl Weber``): the one spoken to, never the speaker.

        .. versionadded:: 0.2
        """
        words = raw[np[0] : np[1]].split(None, 1)
        if not words:
            return False
        first = words[0].casefold()
        return first in self._recipient_leads

    #: The most words of the phrase of the one spoken to between an inverted cue and its subject
    #: (``al ministro de Hacienda Pedro Gil``: :meth:`subject_after_recipient`; a bound).
    MAX_RECIPIENT_WORDS: ClassVar[int] = 8

    def subject_after_recipient(self, raw: str, at: int, stop: int) -> tuple[int, int] | None:
        """The subject after the one spoken to that opens at *at*, after an inverted cue (``dijo
        al ministro Pedro Gil el alcalde``, ``sagte dem Minister Karl Weber der Bürgermeister``):
        the phrase after the recipient's words (:meth:`recipient_extent`) when one of
        :attr:`DETERMINERS` in lower case opens it; ``None`` otherwise (``dijo al ministro Pedro
        Gil que ...``, ``dijo al ministro Pedro Gil.``): the cue names no subject after it.

        .. versionadded:: 0.2
        """
        extent = self.recipient_extent(raw, at, stop)
        if extent is None or not extent[1]:
            return None
        return self.phrase_after(raw, extent[0], stop, lenient=True)

    def recipient_extent(self, raw: str, at: int, stop: int) -> tuple[int, bool] | None:
        """Where the words of the one spoken to that open at *at* end, and whether a subject's
        determiner follows them: the recipient's words are one of :attr:`RECIPIENT_WORDS` or
        :attr:`RECIPIENT_DETERMINERS`, a determiner of its own maybe (``a la alcaldesa``), nouns
        in lower case and then capitalised words, at most :attr:`MAX_RECIPIENT_WORDS`; the
        subject opens with one of :attr:`DETERMINERS` in lower case, but not one of an of-phrase
        inside the recipient's words (:meth:`in_of_phrase`: ``al término de la reunión el
        alcalde``, ``à la sortie de la réunion le ministre``).  The end comes before a
        comma, a mark or a stop word (``que``); ``None`` when a word in lower case follows the
        name or the words run past the bound (where the phrase ends is unsure).

        .. versionadded:: 0.2
        """
        words = islice(self._word.finditer(raw, at, stop, False, KEEP_GIL), self.MAX_RECIPIENT_WORDS + 1)
        previous, named = next(words, None), False
        if previous is None or previous.group().casefold() not in self._recipient_leads:
            return None
        for k, word in enumerate(words, 1):
            if not raw[previous.end() : word.start()].isspace():
                return previous.end(), False  # (a comma or a mark ends the recipient's phrase)
            text = word.group()
            low = text.casefold()
            if text[:1].islower() and low in self._determiners and low not in self._recipient_leads:
                if k > 1 and not self.in_of_phrase(low, previous.group()):
                    return previous.end(), True
            elif low in self._stop or low in self._that_words:
                return previous.end(), False  # ("dijo al ministro Pedro Gil que ...": a clause follows)
            elif named and text[:1].islower():
                return None
            named = named or text[:1].isupper()
            previous = word
        if self._word.search(raw, previous.end(), stop, KEEP_GIL) is not None:
            return None  # (more words than the bound: where the phrase ends is unsure)
        return previous.end(), False

    def in_of_phrase(self, low: str, before: str) -> bool:
        """Whether *low*, a determiner in lower case among the words of the one spoken to after an
        inverted cue, belongs to an of-phrase of those words: it is one of :attr:`OF_WORDS`
        (Spanish ``del``, French ``du``) or the word *before* it is (``al término de la reunión
        el alcalde``: ``la`` is the meeting's, ``el`` opens the subject).

        .. versionadded:: 0.2
        """
        return low in self._of or before.casefold() in self._of

    def inner_article(self, words: Sequence[str]) -> bool:
        """Whether one of :attr:`INDEFINITE_DETERMINERS` stands inside *words*, a phrase that opens
        with a determiner, not after one of :attr:`OF_WORDS` (``The mayor read a letter``: a clause,
        its verb before the second article, no noun phrase; ``the head of a union`` is one).

        .. versionadded:: 0.2
        """
        return any(
            w.casefold() in self._indefinites and words[k - 1].casefold() not in self._of for k, w in enumerate(words[1:-1], 1)
        )

    def ends_whole_name(self, words: Sequence[str]) -> bool:
        """Whether *words*, a speaker's phrase whose last word is spelt like a determiner, are a
        name whole with that word capitalised as its surname (``Nguyen Van An``; not ``said An``).

        .. versionadded:: 0.2
        """
        return words[-1][:1].isupper() and self.names.trailing_name([w.rstrip(".") for w in words]) == len(words) > 1

    def bare_noun_closing(self, raw: str, span: tuple[int, int], stop: int) -> bool:
        """Whether ``raw[span[0]:span[1]]``, the phrase after an inverted cue, is a noun for people
        with no article (:meth:`is_person_noun`, at most :attr:`MAX_BARE_SPEAKER_WORDS` words in
        lower case: ``says minister``, ``says union chief``, ``said police``, the way headlines
        and short reports write it) and nothing but punctuation follows it before *stop*, or, after
        a role or a title, only its post-modifier (:meth:`post_modifier`: ``says owner of last
        record shop``; not ``says study of storms``): the speaker, not the start of a clause.  A
        broadcaster told by what it is closes it too (:meth:`described_broadcaster`: ``said state
        television.``), and a bare noun may have a place after it (:meth:`closing_place`: ``said
        officials in Bonn.``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a post-modifier may follow the noun.
        .. versionchanged:: 0.2 a broadcaster told by what it is, and a closing place (q54).
        """
        words = raw[span[0] : span[1]].split()
        if not 0 < len(words) <= self.MAX_BARE_SPEAKER_WORDS or not all(w.isalpha() and w.islower() for w in words):
            return False
        if self.described_broadcaster(words):
            # ('"...," said state television.': a broadcaster told by what it is, the sentence's end after it)
            return not any(c.isalnum() for c in raw[span[1] : stop])
        if words[0] in self._stop or not self.is_person_noun(words[-1], endings=False):
            return False
        # (a post-modifier only after a role: "says owner of ...", not a document's "says study of ...")
        role = self.vocabulary.is_role_noun(words[-1]) or self.vocabulary.is_title(words[-1])
        tail = self.post_modifier(raw, span, stop) if role else None
        rest = raw[tail.end() if tail is not None else span[1] : stop]
        return not any(c.isalnum() for c in rest) or (tail is None and self.closing_place(rest))

    def closing_place(self, rest: str) -> bool:
        """Whether *rest*, what follows a bare noun for people after an inverted cue, is a place
        and the sentence's end: one of :attr:`PLACE_PREPOSITIONS` in lower case, then one to
        :attr:`MAX_PLACE_WORDS` capitalised words, then punctuation only (``"...," said officials
        in Bonn.``, ``said residents near Lyon.``): where they are, so the noun still speaks.

        .. versionadded:: 0.2
        """
        words = rest.split()
        if not 2 <= len(words) <= 1 + self.MAX_PLACE_WORDS or words[0] not in self._place_prepositions:
            return False
        *place, last = words[1:]
        bare = last.rstrip(".!?,;:\"”’)")
        if not bare or any(c in ",;:" for c in " ".join(words[1:-1])):
            return False
        return all(w[:1].isupper() and w.isalpha() for w in (*place, bare)) and not any(
            self.vocabulary.is_weekday(w.casefold()) or self.is_month_name(w) for w in (*place, bare)
        )

    def bare_noun_affiliation(self, raw: str, span: tuple[int, int], stop: int) -> int | None:
        """The end of the body's name after ``raw[span[0]:span[1]]``, the phrase after an inverted
        cue, when it is a noun for people with no article (:meth:`is_person_noun`, at most
        :attr:`MAX_BARE_SPEAKER_WORDS` words in lower case) and one of :attr:`AFFILIATION_LINKS`,
        an article maybe and a body's name close the sentence: capitalised words, maybe joined by
        :attr:`OF_WORDS`, :attr:`COORDINATORS` and determiners (``said researchers at the
        University of Cape Town.``, ``said doctors from Groote Schuur Hospital.``), or one
        organisation's noun (``said scientists at the university.``), or come before a setting
        after which the phrase ends (:attr:`PHRASE_END_WORDS`: ``said researchers at the
        University of Galway in a statement.``); the whole phrase speaks, as it would before the
        cue.  ``None`` otherwise (``said researchers at a meeting in Geneva``: a setting, no body).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a setting may follow the body's name.
        """
        if self._affiliation is None:
            return None
        words = raw[span[0] : span[1]].split()
        if not 0 < len(words) <= self.MAX_BARE_SPEAKER_WORDS or not all(w.isalpha() and w.islower() for w in words):
            return None
        if words[0] in self._stop or words[0] in self._determiners or not self.is_person_noun(words[-1], endings=False):
            return None
        rest = self._affiliation.match(raw, span[1], stop, KEEP_GIL)
        if rest is None:
            return None
        body = rest.group("body")
        if body[:1].islower() and not self.vocabulary.is_org_word(body):
            return None  # ("said researchers at home": no body's noun)
        return self.without_period(raw, (span[0], rest.end()))[1]

    def phrase_end_pattern(self) -> str:
        """The alternation of :attr:`PHRASE_END_WORDS` and :attr:`CLAUSE_BREAKS` that ends a phrase
        after an inverted cue or ``according to``, those of :attr:`PARTICLE_PHRASE_ENDS` in lower case and not right after
        a particle of the name model (German ``sagte er den Fans``, but ``sagte Jan van den
        Berg``).

        .. versionadded:: 0.2
        """
        bound = frozenset(self.PARTICLE_PHRASE_ENDS)
        ends = (*self.PHRASE_END_WORDS, *self.CLAUSE_BREAKS)
        if not bound:
            return any_of(ends)
        free = any_of(w for w in ends if w not in bound)
        particles = any_of(type(self.names).PARTICLES)
        return rf"{free}|(?<!(?<![\p{{L}}])(?i:{particles})\s+)(?-i:{any_of(bound)})"

    def with_particles(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, a phrase after an inverted cue cut at a word of :attr:`PHRASE_END_WORDS` that
        is also a name particle (``sagte Ursula von`` before ``der``), run on to the end of the
        name when it is one given name, particles and a capitalised word (:meth:`particle_name`):
        ``Ursula von der Leyen``; the given word alone when the word after the particles is no
        surname (``Müller von der Polizei``: :meth:`particle_surname`)."""
        words = list(self._word.finditer(raw, span[0], span[1], False, KEEP_GIL))
        k = len(words)
        while k > 1 and self.names.is_particle(words[k - 1].group()):
            k -= 1
        given = words[k - 1] if k else None
        if given is None or not given.group()[:1].isupper() or not self.titles_only(words[: k - 1]):
            return span
        end = self.particle_name_end(raw, given.end(), stop)
        if end is None or not self.particle_name(raw[given.start() : end].split()):
            # ("sagte Müller von der Polizei": the name without the particles that open a body's name)
            return (span[0], given.end()) if end is not None else span
        return self.without_period(raw, (span[0], end))

    def with_body_name(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, a phrase after an inverted cue cut at a word of :attr:`PHRASE_END_WORDS` that is
        one of :attr:`BODY_NAME_LINKS` inside a body's name (:meth:`is_body_link`), run on to the
        end of that name: the link, a determiner maybe, and capitalised words, maybe joined by
        :attr:`OF_WORDS`, determiners and :attr:`COORDINATORS`, up to punctuation (French ``a
        déclaré la Fondation pour la Recherche Médicale``; not ``a déclaré le ministre sur France
        Inter``, a person, nor a name that runs on into words in lower case).

        .. versionadded:: 0.2
        """
        rest = self._body_name_rest.match(raw, span[1], stop, KEEP_GIL) if self._body_links else None
        if rest is None:
            return span
        words = raw[span[0] : rest.end()].split()
        link = len(raw[span[0] : span[1]].split())
        return (span[0], rest.end()) if self.is_body_link(words, link) else span

    def with_portfolio(self, raw: str, span: tuple[int, int], stop: int) -> tuple[int, int]:
        """*span*, a phrase after an inverted cue whose last word is a capitalised title or role
        noun, run on through the portfolio the title holds and the name after it: maybe ``of`` and
        a capitalised word (``of State``), one of the vocabulary's ``PORTFOLIO_LINKS``, then at most
        :attr:`MAX_PORTFOLIO_WORDS` capitalised words joined by its ``PORTFOLIO_JOINS``, up to
        the sentence's end (``said Minister for Foreign Affairs and Trade Penny Wong.``, ``said
        Secretary of State for Work and Pensions Liz Kendall.``); *span* itself otherwise (not a
        name that runs on into words in lower case, ``said Minister for Finance in a statement``,
        nor a portfolio before a comma, whose name may be set off after it: ``said the Minister for
        Foreign Affairs and Trade, Penny Wong.``, nor one that holds a role noun: ``said Adviser for
        Trade Secretary Liam Fox.``, the name the one the adviser serves).  A word of
        :attr:`PHRASE_END_WORDS` in lower case may end the phrase instead of the sentence's end
        (``said Minister for Finance Cathal Brennock in a statement``): the whole phrase speaks,
        and the name model tells the name from the portfolio
        (:meth:`~newsparse.names.NameModel.portfolio_lead`: Cathal Brennock; ``said Minister for
        Foreign Affairs in a statement`` is the minister as written), never the title alone.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a setting may follow the name, known given name or not.
        """
        if self._portfolio_rest is None:
            return span
        last = raw[span[0] : span[1]].rsplit(None, 1)[-1] if span[1] > span[0] else ""
        vocabulary = self.vocabulary
        if not last[:1].isupper() or not (vocabulary.is_title(last) or vocabulary.is_role_noun(last)):
            return span
        rest = self._portfolio_rest.match(raw, span[1], stop, KEEP_GIL)
        if rest is None or any(vocabulary.is_role_noun(word.casefold()) for word in rest.group().split()):
            return span  # ("said Adviser for Trade Secretary Liam Fox": the name is whom the adviser serves)
        return span[0], rest.end()

    def titles_only(self, words: Sequence[regex.Match[str]]) -> bool:
        """Whether each of *words*, before a given name and its particles after an inverted cue,
        is a capitalised title (``sagte Ministerin Anna von der Heide``, ``sagte
        Kommissionschefin Ursula von der Leyen``: a compound ending in a title,
        :meth:`~newsparse.Vocabulary.title_head`); true when there are none.

        .. versionadded:: 0.2
        """
        for word in words:
            text = word.group()
            if not text[:1].isupper():
                return False
            if not (self.vocabulary.is_title(text) or self.vocabulary.title_head(text) is not None):
                return False
        return True

    def name_word_closing(self, raw: str, span: tuple[int, int]) -> bool:
        """Whether ``raw[span[0]:span[1]]``, one word right after an inverted cue, is a surname
        that is also a month or one of :attr:`NAME_STOP_WORDS` (``"...," said May.``): capitalised,
        and the sentence or clause ends right after it (``said May 5`` is a date)."""
        word = raw[span[0] : span[1]]
        if not self.may_be_date_surname(word):
            return False
        after = raw[span[1] : span[1] + 1]
        return not after or after in ".,;!?"

    def post_modifier(self, raw: str, span: tuple[int, int], stop: int) -> regex.Match[str] | None:
        """The post-modifier of :attr:`POST_MODIFIERS` after the phrase at *span* that belongs to
        it (``a spokeswoman for the group``, ``one of two witnesses``, ``Tom Berg of the Sierra
        Club``), up to the first word of :attr:`PHRASE_END_WORDS` after its own link (``a
        spokesman for the union`` in ``... for the union on Monday``).  ``None`` when there is
        none, and when a name ends the phrase and the link is no word of :attr:`OF_WORDS`: a
        name's post-modifier is about the saying, not the person (``said Ana Ortiz for the third
        time``)."""
        tail = self._post_modifier.match(raw, span[1], stop, KEEP_GIL)
        if tail is None:
            return None
        words = list(self._word.finditer(raw, tail.start(), tail.end(), False, KEEP_GIL))
        if not words:
            return None
        last = raw[span[0] : span[1]].rsplit(None, 1)[-1]
        # (a body's name goes on past its link: "said the Department for Environment")
        body = len(words) > 1 and self.vocabulary.is_org_word(last) and words[1].group()[:1].isupper()
        # (and a title's portfolio: "said Minister for Finance Jack Chambers"; not one that holds a role
        # noun, whose name is whom the role serves: "said Adviser for Trade Secretary Liam Fox")
        body = body or (
            len(words) > 1 and self.portfolio_after_title(last, words[0].group(), words[1].group())
            and not any(self.vocabulary.is_role_noun(word.group().casefold()) for word in words[1:])
        )
        if last[:1].isupper() and words[0].group().casefold() not in self._of and not body:
            return None  # ("said Ana Ortiz for the third time": Ana Ortiz)
        for k in range(2, len(words)):
            if words[k].group().casefold() in self._phrase_ends:
                cut = self._post_modifier.match(raw, span[1], words[k - 1].end(), KEEP_GIL)
                return cut  # ("a spokesman for the union on Monday": not "on Monday")
        return tail

    def portfolio_after_title(self, last: str, link: str, after: str) -> bool:
        """For :meth:`post_modifier`: whether *last*, the phrase's last word, is a capitalised title
        or role noun and *link*, the post-modifier's first word, one of the vocabulary's
        ``PORTFOLIO_LINKS`` before capitalised *after* (``Minister for Finance``): the portfolio
        the title holds, part of the phrase, whose name may follow it.

        .. versionadded:: 0.2
        """
        vocabulary = self.vocabulary
        if not last[:1].isupper() or not vocabulary.is_portfolio_link(link) or not after[:1].isupper():
            return False
        return vocabulary.is_title(last) or vocabulary.is_role_noun(last)

    def before_participle(self, raw: str, span: tuple[int, int]) -> tuple[int, int]:
        """*span*, a phrase after an inverted cue, cut before a participle in lower case after its
        second word (``a man standing at the door`` -> ``a man``): what follows is about the
        speaker, not part of the name.  A noun for people in ``-ing`` is none (``her younger
        sibling``: :meth:`is_person_noun`)."""
        suffix = self.GERUND_SUFFIX
        if not suffix:
            return span
        words = list(self._word.finditer(raw, span[0], span[1], False, KEEP_GIL))
        for k in range(2, len(words)):
            word = words[k].group()
            if word[:1].islower() and word.endswith(suffix) and len(word) > len(suffix) + 2:
                if self.is_person_noun(word.casefold(), endings=False):
                    continue  # ("her younger sibling": a noun)
                # ("the club's sporting director", "the managing director": a word before its noun
                # is no participle; one at the end or before a stop word is: "standing at the door")
                if k + 1 < len(words) and words[k + 1].group().casefold() not in self._stop:
                    continue
                return span[0], words[k - 1].end()
        return span

    #: Parts of a day that may follow a weekday closing a phrase after an inverted cue (``said Mark
    #: Ellis Wednesday night.``: :meth:`before_closing_day`), in lower case.
    #:
    #: .. versionadded:: 0.2
    DAY_PARTS: ClassVar[tuple[str, ...]] = ("morning", "afternoon", "evening", "night")

    def before_closing_day(self, raw: str, span: tuple[int, int]) -> tuple[int, int]:
        """*span*, a phrase after an inverted cue, cut before a weekday's name written in full that
        closes it after two words or more (``said Tom Berg Monday.``, ``said the mayor Monday.``: the
        day it was said, as in ``Tom Berg said Monday``); one word before the day keeps it (``said
        Victor Sunday.``: a surname), and so does another weekday in full inside it (a short form is a
        surname: ``said Ms Christine Sun Monday, a local resident``); one that opens it is a given name
        (``said Sunday Okafor Tuesday.``: Sunday Okafor).  The day may have a part of it after it (one of
        :attr:`DAY_PARTS`: ``said Mark Ellis Wednesday night.``).

        .. versionadded:: 0.2"""
        # (the phrase's last :attr:`PHRASE_WINDOW` characters: a phrase is never longer)
        words = list(self._word.finditer(raw, max(span[0], span[1] - self.PHRASE_WINDOW), span[1], False, KEEP_GIL))
        if len(words) < 3 or words[-1].end() != span[1]:
            return span
        if words[-1].group().casefold() in self._day_parts and len(words) >= 4:
            words = words[:-1]  # ("said Mark Ellis Wednesday night.": the day and its part)
        day = words[-1].group()
        vocabulary = self.vocabulary
        if not day[:1].isupper() or not vocabulary.is_weekday(day) or vocabulary.is_short_weekday(day):
            return span
        if any(vocabulary.is_weekday(w.group()) and not vocabulary.is_short_weekday(w.group()) for w in words[1:-1]):
            return span  # (a weekday in full inside it names no one sure; a short one is a surname: "Ms Christine Sun Monday")
        return span[0], words[-2].end()

    def without_period(self, raw: str, span: tuple[int, int]) -> tuple[int, int]:
        """*span* less a closing period that ends the sentence rather than an abbreviation or an
        initial (``said Ana Ortiz.`` but ``said Ortiz Jr.``)."""
        last = raw[span[0] : span[1]].rsplit(None, 1)[-1]
        if last.endswith(".") and not (len(last) == 2 or last.rstrip(".").casefold() in self._abbreviations or "." in last[:-1]):
            return span[0], span[1] - 1
        return span

    #: The most words after the preposition of a person's place that :meth:`person_then_place`
    #: reads (``on the night ward``: three).
    #:
    #: .. versionadded:: 0.2
    MAX_PLACE_WORDS: ClassVar[int] = 4

    def person_then_place(self, words: Sequence[str]) -> bool:
        """Whether *words*, a phrase opened by a determiner, are a noun for a person (or an
        adjective and that noun) and one of :attr:`PLACE_PREPOSITIONS` with a determiner and at
        most :attr:`MAX_PLACE_WORDS` lower-case words after it in all, the last no stop word
        (``A nurse on the night ward``, ``a driver at the city depot``): one person and where
        they work or are.

        .. versionadded:: 0.2
        """
        link = next((i for i in (2, 3) if i < len(words) and words[i] in self._place_prepositions), None)
        if link is None or not self.is_person_noun(words[link - 1].casefold()):
            return False
        place = words[link + 1 :]
        if not 2 <= len(place) <= self.MAX_PLACE_WORDS or place[0].casefold() not in self._determiners:
            return False
        if not all(w.isalpha() and w.islower() for w in place) or place[-1] in self._stop:
            return False
        return not any(w in self._stop or w in self._clause_verbs for w in place[1:])

    def is_speaker_phrase(self, phrase: str, *, lenient: bool = False) -> bool:
        """Whether *phrase* can name a speaker: a pronoun, a name, or a role or group noun; with
        *lenient*, also a noun after an article (``the insider``, ``one employee``, ``l’entraîneur``)."""
        words = self.split_elision(phrase.split())
        if not words:
            return False
        first = words[0].casefold()  # (folded once: most tests below read it)
        if lenient and 2 <= len(words) <= 5 and first in self._determiners and not self.inner_article(words):
            last = words[-1].casefold()
            adverb = bool(self.ADVERB_SUFFIX) and last.endswith(self.ADVERB_SUFFIX) and last not in self._not_adverbs
            parts = last.split("-")  # ("the 34-year-old": a hyphenated noun may start with a number)
            noun = all(part.isalnum() for part in parts) and parts[-1].isalpha()
            if noun and last not in self._stop and last not in self._determiners and not adverb:
                return True
        if lenient and len(words) > 5 and first in self._determiners and self.person_then_place(words):
            return True  # ("A nurse on the night ward said": the nurse, with where she works)
        if len(words) >= 2 and first in self._pronouns and words[1][:1].islower():
            return False  # "He sells goods": a pronoun and its verb, not a phrase
        if len(words) >= 2 and first in self._prepositions:
            return False  # "On Wednesday", "In Ohio": a time or a place, never a speaker
        if first in self._participle_openers:
            return False  # "Having announced ...": a participle clause, its subject comes after it
        gerund = first
        if self.GERUND_SUFFIX and len(words) >= 2 and words[0][:1].isupper() and words[1][:1].islower() and (
            gerund.endswith(self.GERUND_SUFFIX) and len(gerund) > len(self.GERUND_SUFFIX) + 2
        ) and not self.classified_name(self.before_body_of(words)):
            return False  # "Holding signs calling ...": a participle and its object
        bare = strip_possessive(words[-1])
        if bare != words[-1]:
            return False  # "the minister's remarks": a possessive owns a noun, it does not speak
        head = bare.rstrip(".")
        if head[:1] in self._mark_chars and "-" in head:
            head = head.rsplit("-", 1)[-1]  # ("Die „Bild“-Zeitung": a compound's head is its last part)
        elided_of = next((w for w in self.ELIDED_OF_WORDS if head.casefold().startswith(w) and len(head) > len(w)), "")
        if elided_of and len(words) >= 2:
            head = head[len(elided_of) :]  # ("La télévision d'État": the body's name after the elided "de")
        low = head.casefold()
        if len(words) == 1 and (low in self._pronouns or low in self._indefinite_speakers):
            return True
        if len(words) == 1 and len(head) < 2:
            return False  # "Q: ...", "A. ...": an interview's label, or an initial, names no one
        if len(words) == 1 and self.names.is_name_suffix(words[0]):
            return False  # "said Jr.", "III said": a name's suffix ends a name, it is never one alone
        if len(words) == 1 and (self.vocabulary.month_number(low) or self.vocabulary.is_weekday(low)):
            return False
        if (low in self._determiners and not self.ends_whole_name(words)) or (
            head[:1].islower() and (low in self._stop or low in self._time_heads)
        ):
            return False  # (but a name may end in a determiner's spelling: "Nguyen Van An")
        if low in self._groups or self.vocabulary.is_role_noun(low) or " ".join(w.casefold() for w in words[-2:]) in self._groups:
            return True
        owner = words[-2] if len(words) >= 2 else ""
        if head[:1].islower() and strip_possessive(owner) != owner and low.removesuffix("s") in self._person_nouns:
            return True  # "Ana Ortiz’s mother", "the club’s captain": the possessed person speaks
        kin = len(words) == 2 and first in self._possessive_determiners and low.removesuffix("s") in self._person_nouns
        if kin and head[:1].islower():
            return True  # "said her son", "his daughters said": a person by their kin or role
        if head[:1].islower() and self.possessed_person(words):
            return True  # "the mayor's former campaign strategist": the possessed person speaks
        if head[:1].islower() and self.owned_document(words):
            return True  # "Ortiz's letter said", "Lee's response was": the owner's words
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3
        if len(words) >= 2 and plural and first not in self._stop:
            return True  # "hacking specialists", "Some shop owners", "Union representatives"
        if lenient and len(words) == 1 and plural and low.isalpha() and low not in self._stop:
            return True  # "aides say", next to a clause
        if self.body_by_place(words, head):
            return True  # "West Midlands ambulance service", "Devon fire and rescue service"
        if self.described_broadcaster(words):
            return True  # "State television", "Iranian TV", "French state radio": a broadcaster as written
        if low in self._quantities or (self.shares_at(phrase, 0, len(phrase)) and self._share.search(phrase, None, None, KEEP_GIL)):
            return True  # "74 percent said", "six in 10 said"
        return head[:1].isupper()

    def described_broadcaster(self, words: Sequence[str]) -> bool:
        """Whether *words* name a broadcaster by what it is rather than by its name: two to four
        words ending in one of :attr:`BROADCAST_NOUNS` (any case: ``TV``), each word before it one
        of :attr:`BROADCAST_QUALIFIERS` (in lower case, or capitalised opening the phrase: ``State
        television``), a country or its adjective of the vocabulary, capitalised (``Iranian TV``,
        ``French state radio``), or a determiner opening the phrase (``the state broadcaster``),
        at least one of them a qualifier or a country.  Not ``the television`` (no qualifier),
        ``Fox TV`` (a name), ``state television footage`` (no broadcaster's noun at the end).

        .. versionadded:: 0.2
        """
        if not 2 <= len(words) <= 4 or words[-1].casefold() not in self._broadcast_nouns:
            return False
        described = False
        for i, word in enumerate(words[:-1]):
            low = word.casefold()
            qualifier = low in self._broadcast_qualifiers and (word.islower() or i == 0)
            if qualifier or (word[:1].isupper() and self.vocabulary.country(word) is not None):
                described = True
            elif not (i == 0 and low in self._determiners):
                return False
        return described

    def body_by_place(self, words: Sequence[str], head: str) -> bool:
        """Whether *words*, a phrase ending in *head*, name a public body by its place: a
        capitalised first word that is no stop word nor determiner, then the body's noun in lower
        case, an organisation word of the vocabulary (``West Midlands ambulance service``, ``Devon
        and Somerset fire and rescue service``, ``Kent county council``), each word between either
        capitalised or a noun in lower case (no stop word but :attr:`COORDINATORS`, no adverb nor
        verb in the past: ``Further repression in the region`` is no body).

        .. versionadded:: 0.2
        """
        if len(words) < 2 or not head[:1].islower() or not self.vocabulary.is_org_word(head.casefold()):
            return False
        first = words[0]
        if not first[:1].isupper() or first.casefold() in self._stop or first.casefold() in self._determiners:
            return False
        if self.is_adverb_word(first.casefold()):
            return False
        for word in words[1:-1]:
            low = word.casefold()
            if low in self._coordinators or word[:1].isupper():
                continue
            if low in self._stop or low in self._determiners or self.is_past_verb(word) or self.is_adverb_word(low):
                return False
        return True

    def company_suffix_start(self, raw: str, span: tuple[int, int], floor: int) -> int | None:
        """Where the comma before the phrase at *span* stands when the phrase is one of
        :attr:`COMPANY_SUFFIXES` alone, set off from a capitalised word before it (``Halbrook
        Therapeutics, Inc.``): the company's name ends there; ``None`` otherwise.

        .. versionadded:: 0.2"""
        if raw[span[0] : span[1]] not in self._company_suffixes:
            return None
        comma = span[0]
        while comma > floor and raw[comma - 1] in " \t":
            comma -= 1
        if comma <= floor or raw[comma - 1] != ",":
            return None
        before = self.token_before(raw, comma - 1, floor)
        return comma - 1 if before[:1].isupper() else None

    def firm_before_verb(self, raw: str, phrase: str, cue_start: int) -> bool:
        """Whether *phrase*, before the cue at *cue_start*, is a firm's name that ends in a
        possessive (:meth:`possessive_firm`: ``McDonald's``) and the cue a verb: one of
        :attr:`OUTLET_VERBS`, or a past in :attr:`PAST_SUFFIX` (``McDonald's said``, ``Moody's
        warned that``); before a noun the name owns it (``Ginsburg's comments``, ``Bill Clinton's
        stock answer``), before a verb's bare form it is no firm (``Let's say``), and a past other
        than ``said`` followed by a word in lower case that opens no clause is a participle before
        the owned noun (``Putin's alleged involvement``).

        .. versionadded:: 0.2"""
        words = phrase.split()
        if not words or strip_possessive(words[-1]) == words[-1] or not self.possessive_firm(words):
            return False
        cue = self._word.match(raw, cue_start, None, KEEP_GIL)
        verb = cue.group().rstrip(".,;:!?") if cue is not None else ""
        if verb in self._clause_only and verb in self._source_tail_ends:
            return True  # "said", "says" (never "Let's say": the bare form is no outlet's verb)
        if not (verb in self._source_tail_ends or self.is_past_verb(verb)) or cue is None:
            return False
        # ("Putin's alleged involvement", "the firm's reported loss": a participle before the
        # owned noun; a clause or the sentence's end follows the verb)
        if cue.group() != verb:
            return True  # the sentence or the clause ends after the verb: "..., Ward's reported."
        after = raw[cue.end() : cue.end() + 40].split()
        low = after[0].casefold() if after else ""
        if low[:1] in (",", ";", ":", "."):
            return True  # "Heck's added, however, that ...": an aside or the clause's end
        # (a word in capitals, a number or a quotation mark after it is the owned noun's:
        # "Putin's alleged 2016 interference", "Trump's claimed "landslide"")
        return not low or low in self._that_words or low in self._determiners or low in self._pronouns or (
            low in self._quantities or low in self._prepositions  # "Ward's reported on Monday that"
        )

    def possessive_firm(self, words: Sequence[str]) -> bool:
        """Whether *words*, ending in a possessive, are a name in capitals that ends so itself
        (``McDonald's``, ``Moody's``, ``Ben & Jerry's``): every word capitalised or an ampersand,
        none a pronoun, an indefinite, a person noun or a word no name opens with (``He's``,
        ``Nobody's``, ``Everyone's``, ``Who's`` said: ``has``); a possessive after a word in lower
        case owns a noun (``the minister's``).

        .. versionadded:: 0.2"""
        bare = [strip_possessive(w).casefold() for w in words]
        if any(w in self._pronouns or w in self._stop or w in self._negative_pronouns or w in self._indefinites for w in bare):
            return False  # ("He's said", "Nobody's said": "has", no firm)
        if any(self.is_person_noun(w, endings=False) for w in bare) or not self.vocabulary.can_start_name(
            strip_possessive(words[0])
        ):
            return False  # ("Everyone's said", "Who's said", "Here's said")
        return all(w == "&" or w[:1].isupper() for w in words) and words[-1][:1].isupper()

    def before_body_of(self, words: Sequence[str]) -> Sequence[str]:
        """*words* without the body a name belongs to after it: one of :attr:`OF_WORDS` and up to
        :attr:`MAX_PLACE_WORDS` capitalised words that end them, after a capitalised word
        (``Marketing director Ana Ortiz of Lumo``: ``Marketing director Ana Ortiz``, which
        :meth:`classified_name` reads); *words* themselves without one.

        .. versionadded:: 0.2"""
        for j in range(len(words) - 2, max(0, len(words) - 2 - self.MAX_PLACE_WORDS), -1):
            if words[j] in self._of:
                if j >= 2 and words[j - 1][:1].isupper() and all(w[:1].isupper() for w in words[j + 1 :]):
                    return words[:j]
                break
        return words

    def classified_name(self, words: Sequence[str]) -> bool:
        """Whether *words* end in a name after a common noun for a body or a role
        (``Rating agency Fitch``, ``Consulting firm Acme Partners``), or a company noun of the
        vocabulary (``Clothing retailer Zara``): the words before the name classify it, even when
        the first looks like a participle.  So does any one noun in lower case, no stop word,
        between the first word and the name (``Shipping giant Maersk``, ``Running back Tom
        Berg``): a participle's object runs on in lower case (``Holding signs calling ...``), it is
        not followed at once by a name that is the subject.

        .. versionchanged:: 0.2 a company noun, or one noun alone after the first word."""
        k = len(words) - 1
        while k > 0 and (words[k][:1].isupper() or words[k] == "&"):
            k -= 1  # (the name's words, an ampersand between: "Ernst & Young")
        if k == len(words) - 1 or k == 0 or not words[k][:1].islower():
            return False
        noun = words[k].casefold()
        if noun in self._groups or self.vocabulary.is_org_word(noun) or self.vocabulary.is_role_noun(noun):
            return True
        if self.vocabulary.is_company_noun(noun):
            return True  # ("Clothing retailer Zara")
        # ("Shipping giant Maersk": the first word and one noun, then the name)
        if k == 1:
            return noun.isalpha() and not (noun in self._stop or noun in self._determiners or noun in self._pronouns)
        # ("Defending world champion Ana Ruiz", "Reigning national road-race champion Tom Berg": words in lower case
        # that end in a noun for a person, then the name)
        return k <= self.MAX_CLASSIFIER_WORDS and self.person_role_words(words[1 : k + 1])

    #: The most words in lower case between a capitalised first word and a name that
    #: :meth:`classified_name` reads as the role that classifies the name (``Defending world
    #: champion Ana Ruiz``: 2).
    #:
    #: .. versionadded:: 0.2
    MAX_CLASSIFIER_WORDS: ClassVar[int] = 3

    def person_role_words(self, words: Sequence[str]) -> bool:
        """Whether *words* are in lower case, none a stop word, determiner or pronoun, and the last a
        listed noun for a person (:meth:`is_person_noun` without guessing by the ending, no
        document's noun): ``world champion``, ``national road-race champion``; not ``signs calling``.

        .. versionadded:: 0.2"""
        for word in words:
            low = word.casefold()
            if not word[:1].islower() or low in self._stop or low in self._determiners or low in self._pronouns:
                return False
        last = words[-1].casefold()
        return self.is_person_noun(last, endings=False) and self.person_not_document(last)

    def possessed_person(self, words: Sequence[str]) -> bool:
        """Whether *words* (a phrase split on spaces) are an owner with a possessive and, after it,
        at most :attr:`MAX_POSSESSED_WORDS` words in lower case that end in a noun for a person
        (:meth:`is_person_noun`, or one of the endings of :attr:`PERSON_SUFFIXES` longer than two
        letters): ``Ortiz's former campaign strategist``, ``the club's new team doctor``.  A noun
        that names a thing is not one (``Ortiz's new book``, ``his stock answer``)."""
        owner = next((k for k in range(len(words) - 2, -1, -1) if strip_possessive(words[k]) != words[k]), -1)
        if owner < 0 or len(words) - owner - 1 > self.MAX_POSSESSED_WORDS:
            return False
        if strip_possessive(words[owner]).casefold() in self._pronouns:
            return False  # "He’s endured relentless questions": a pronoun and "is", no owner
        after = words[owner + 1 :]
        if not all(w[:1].islower() and w.replace("-", "").isalpha() and w not in self._stop and w not in self._of for w in after):
            return False  # (nor a stop word: "Ortiz's chief of staff, Tim Berg," is read by the appositive)
        low = after[-1].casefold()
        if low in self._document_nouns:
            return False
        # (of the endings only the longer ones: "-er" and "-or" end things too, "his stock answer")
        ending = any(low.endswith(s) and len(s) > 2 and len(low) > len(s) + 2 for s in self._person_suffixes)
        return ending or self.is_person_noun(low, endings=False)

    def owned_document(self, words: Sequence[str]) -> bool:
        """Whether *words* (a phrase split on spaces) are a capitalised owner's possessive (its
        name's words, at most :attr:`MAX_OWNER_WORDS`, all capitalised) and,
        after it, at most :attr:`MAX_POSSESSED_WORDS` words that end in one of
        :attr:`UTTERANCE_NOUNS` in lower case (``Ortiz's letter``, ``Berg's Facebook post``,
        ``Acme's response``): the owner's words, which a cue gives as said, as it does ``the
        mayor's letter``.  A pronoun, a weekday or a month owns nothing here (``Thursday's
        statement`` is the day's), nor does an owner that is not the phrase's first word (``the
        mayor's letter`` is read as a noun after an article).

        .. versionadded:: 0.2"""
        # (an owner of several capitalised words: "Tom Berg's letter", "Senator Ana Ortiz's memo")
        k = next((i for i, w in enumerate(words[: self.MAX_OWNER_WORDS]) if not w[:1].isupper() or strip_possessive(w) != w), 0)
        if len(words) < k + 2 or len(words) - k - 1 > self.MAX_POSSESSED_WORDS:
            return False
        owner = strip_possessive(words[k])
        low_owner = owner.casefold()
        if owner == words[k] or not owner[:1].isupper() or low_owner in self._pronouns:
            return False
        if self.vocabulary.is_weekday(low_owner) or self.vocabulary.month_number(low_owner):
            return False  # ("Thursday's statement": when, not whose)
        if any(strip_possessive(w) != w or w.casefold() in self._stop for w in words[k + 1 :]):
            return False  # (one owner, and no clause: "Ortiz's letter to the council")
        return words[-1].isalpha() and words[-1].casefold() in self._utterance_nouns

    def quotation_mark_count(self, phrase: str) -> int:
        """How many quotation marks *phrase* holds, not counting a mark between two letters: an
        apostrophe (``the pub's landlord``, ``he’d``) where a pack takes ``'`` or ``’`` for a
        quotation mark (British English), nor a plural's possessive (:meth:`plural_possessive_at`:
        ``The nurses' union``, ``The Property Owners’ Association``) that no mark it could
        close stands before."""
        count = 0
        seen: set[str] = set()
        for i, ch in enumerate(phrase):
            if ch not in self._marks or (0 < i < len(phrase) - 1 and phrase[i - 1].isalpha() and phrase[i + 1].isalpha()):
                continue
            if self.plural_possessive_at(phrase, i) and not any(self._closers.get(o) == ch for o in seen):
                continue
            seen.add(ch)
            count += 1
        return count

    def plural_possessive_at(self, phrase: str, i: int) -> bool:
        """Whether the mark at *i* of *phrase* reads as a plural's possessive: an apostrophe of
        :data:`~newsparse.vocabulary.APOSTROPHE_MARKS` after one of :attr:`POSSESSIVE_LETTERS`, then
        a blank and a letter (``the nurses' union``).

        .. versionadded:: 0.2"""
        return (
            phrase[i] in APOSTROPHE_MARKS
            and i > 0
            and phrase[i - 1] in self.POSSESSIVE_LETTERS
            and phrase[i + 1 : i + 2] == " "
            and phrase[i + 2 : i + 3].isalpha()
        )

    def names_no_one(self, phrase: str) -> bool:
        """Whether a speaker's *phrase* is an ordinary noun phrase whose head names no one: not a
        name, a pronoun, a number, nor a person, group, organisation or document noun (``a
        microphone``, ``the first incident``, ``his face``, ``the caustic``), or a phrase with an
        unpaired quotation mark in it.  The head is the last word before a post-modifier or a place
        (``the killings of ...``), or, after one of :attr:`QUANTIFIERS` and one of :attr:`OF_WORDS`,
        the phrase after them (``Several of the tenants``); one of :attr:`QUANTIFIERS` alone, or before
        ``of`` and one of :attr:`PLURAL_OBJECT_PRONOUNS`, :attr:`DEMONSTRATIVE_PRONOUNS` or
        :attr:`FIRST_PERSON_WORDS` (``Several``, ``Several of them``, ``Several of us``), names people.
        Always ``False`` when :attr:`PERSON_NOUNS` is empty.

        .. versionchanged:: 0.2 a quantifier alone and a quantifier's partitive."""
        words = phrase.split()
        if not self._person_nouns or not words:
            return False
        if self.quotation_mark_count(phrase) % 2:
            return True  # 'the club's "excesses': a piece of a quotation, not a speaker
        marks = self._mark_chars
        words = [w.strip(marks) or w for w in words]
        opener = words[0].casefold()
        counted = opener in self._determiners or opener in self._numbers or opener in self._quantifiers
        if not (words[0][:1].islower() or counted) or any(
            not (w[:1].islower() or self.letter_compound(w)) for w in words[1:]
        ):
            return False  # a capitalised word past the first: a name, an acronym, a number is in it
        end = next(
            (
                k for k in range(1, len(words))
                if (self.ends_head(words[k], k) or self.participle_with_object(words, k))
                and not self.is_adverb(words[k - 1].casefold())
            ),
            len(words),
        )  # ("the recently elected mayor": after an adverb, a participle is the noun's)
        if opener in self._quantifiers and len(words) == 1:
            return False  # ("Several said", "Most said": the count is the whole subject, people)
        if end == len(words) and self.described_broadcaster(words):
            return False  # ("state television said": a broadcaster, as written)
        head = strip_possessive(words[end - 1]).strip(".,;:!?")
        if self.is_person_noun(head.casefold()):
            return False
        if end == 1 and opener in self._quantifiers and len(words) > 2 and words[1].casefold() in self._of:
            # ("Several of the tenants", "Several of them": a count of what follows "of", which is the head)
            rest = words[2:]
            low = rest[0].casefold()
            if len(rest) == 1 and (low in self._plural_objects or low in self._demonstratives or low in self._first_person):
                return False  # ("Several of them", "Several of those", "Several of us": people)
            return self.names_no_one(" ".join(rest))
        return True

    def participle_with_object(self, words: Sequence[str], index: int) -> bool:
        """Whether the word at *index* (2 or more) of a speaker's phrase is a participle in
        :attr:`GERUND_SUFFIX` followed by its object, a person's object pronoun, a plural one or
        a determiner (``the lawyer representing him``, ``the union representing the workers``):
        it follows the phrase's head noun (``lawyer``), which the object does not replace.

        .. versionadded:: 0.2
        """
        suffix = self.GERUND_SUFFIX
        if index < 2 or index + 1 >= len(words) or not suffix:
            return False
        word = words[index]
        if not (word.endswith(suffix) and len(word) > len(suffix) + 2 and word.isalpha()):
            return False
        after = words[index + 1].casefold().strip(".,;:!?")
        return after in self._object_forms or after in self._plural_objects or after in self._determiners

    def body_after_particles(self, words: Sequence[str]) -> bool:
        """Whether *words*, a name the people index read, go on after name particles with a word
        that is no surname (:meth:`particle_surname`: ``Dupont de la CGT``, ``Pérez de la
        Fiscalía``): the name of a person of that body, not a full name to resolve a mention to.

        .. versionadded:: 0.2"""
        bare = [strip_possessive(w).rstrip(".,;:") for w in words]
        return any(self.names.is_particle(w) for w in bare[1:-1]) and not self.particle_surname(bare[-1])

    def particle_name(self, words: Sequence[str]) -> bool:
        """Whether *words* end in a person's name whose given name, one word, is followed by name
        particles (``Ursula von der Leyen``, ``Charles de Gaulle``; :class:`~newsparse.NameModel`):
        the particles, though some are prepositions or articles too, are part of the name.  Not
        ``Ana Ortiz de Madrid``: two words before the particle are a full name already, unless
        both are given names (:meth:`all_given_names`: ``Juan Ramón de la Fuente``)."""
        bare = [strip_possessive(w).rstrip(".,;:") for w in words]
        count = self.names.trailing_name(bare)
        start = len(bare) - count
        if count < 3 or start + 1 >= len(bare):
            return False
        particle = next((k for k in range(start + 1, len(bare) - 1) if self.names.is_particle(bare[k])), None)
        if particle is None or (particle > start + 1 and not self.all_given_names(bare[start:particle])):
            return False
        return self.particle_surname(bare[-1])

    def all_given_names(self, words: Sequence[str]) -> bool:
        """Whether every one of *words* is a given name of :attr:`GIVEN_NAMES` (``Juan Ramón``,
        ``Anne Marie``): a person's given names before name particles, no full name yet.

        .. versionadded:: 0.2"""
        return bool(words) and all(word.casefold() in self._given_names for word in words)

    def particle_surname(self, word: str) -> bool:
        """Whether *word*, the capitalised word after a name's particles, reads as a surname: no
        acronym (``Dupont de la CGT``), no organisation word, no :attr:`GROUP_NOUNS` (``Pérez de la
        Fiscalía``, ``Müller von der Polizei``) and, where nouns are capitalised, no noun ending of
        :attr:`NOUN_ENDINGS` (``Anna von der Stadtverwaltung``); ``Leyen``, ``Fuente`` are."""
        low = word.casefold()
        if self.names.is_acronym(word) or self.vocabulary.is_org_word(word) or low in self._groups:
            return False
        return not (self.vocabulary.CAPITALISED_NOUNS and low.endswith(self.NOUN_ENDINGS))

    def particle_name_end(self, raw: str, end: int, stop: int) -> int | None:
        """Where a name goes on after a given name ending at *end*: name particles, the first one
        able to open them (:meth:`~newsparse.NameModel.opens_particles`), then a capitalised word,
        blanks only between (``sagte Ursula`` `` von der Leyen``); ``None`` when no particle
        follows or no capitalised word after them (``sagte Obermaier der Zeitung``)."""
        pos = end
        particles = 0
        for word in self._word.finditer(raw, end, min(stop, end + self.NAMED_WINDOW), False, KEEP_GIL):
            if raw[pos : word.start()].strip():
                return None
            if self.names.is_particle(word.group()) and (particles or self.names.opens_particles(word.group())):
                particles += 1
                pos = word.end()
                continue
            if particles and word.group()[:1].isupper():
                return word.end()
            return None
        return None

    def is_negative_pair(self, phrase: str) -> bool:
        """Whether *phrase* opens with one of :attr:`NEGATIVE_PRONOUNS` and holds one of
        :attr:`NEGATIVE_COORDINATORS` after its second word (``Neither Ana Ortiz nor Tom Berg``):
        it names people who did not speak."""
        words = phrase.casefold().split()
        return (
            len(words) > 2
            and words[0] in self._negative_pronouns
            and any(w in self._negative_coordinators for w in words[2:])
        )

    @staticmethod
    def letter_compound(word: str) -> bool:
        """Whether *word* is a common noun made of a capital letter, a hyphen and a word in lower
        case (``T-shirt``, ``X-ray``, ``U-turn``): no name for all its capital."""
        return len(word) > 3 and word[0].isupper() and word[1] == "-" and word[2:].rstrip(".,;:!?").isalpha() and word[2:].islower()

    def ends_head(self, word: str, index: int) -> bool:
        """Whether *word*, the phrase's word at *index* (1 or more), follows its head noun: a
        post-modifier (``close to``, ``familiar with``), a place word, a relative pronoun, or after
        the second word a stop word, an adverb, a time word or a participle (``a source involved
        in``, ``workers here``; not ``the recently elected mayor``, ``the retired coach``)."""
        if word in self._cuts or word in self._locatives or word in self._relatives or word in self._post_heads:
            return True
        # (right after the first word, an adverb or "then" modifies the noun: "the recently elected mayor")
        return index >= 2 and (
            word in self._stop or word in self._adverbs or self.is_time_word(word) or self.is_past_verb(word)
        )

    def is_person_noun(self, low: str, *, endings: bool = True) -> bool:
        """Whether lower-case *low* (or its singular) is a noun that may name a speaker: a pronoun,
        a person, group, quantity, document, role, organisation or company noun, a number word,
        or (with *endings*) a noun ending in one of :attr:`PERSON_SUFFIXES`."""
        if endings and "-" in low and any(low.endswith(s) for s in self._person_suffixes if "-" in s):
            return True  # "the 34-year-old", "the president-elect", "her mother-in-law"
        first, _, last = low.partition("-")
        if last and low not in self._document_nouns:  # "front-runner", and the first part of "passer-by", "runner-up"
            return self.is_person_noun(last.rpartition("-")[2] or low, endings=endings) or (
                bool(first) and self.is_person_noun(first, endings=endings)
            )
        forms = [low]
        if low.endswith("s"):
            forms.append(low[:-1])
            if low.endswith("ies"):
                forms.append(low[:-3] + "y")
            elif low.endswith("es"):
                forms.append(low[:-2])
        vocabulary = self.vocabulary
        for form in forms:
            listed = (
                form in self._pronouns or form in self._groups or form in self._person_nouns or form in self._document_nouns
                or form in self._quantities or form in self._head_words or form in self._numbers
                or vocabulary.is_role_noun(form) or vocabulary.is_org_word(form) or vocabulary.is_company_noun(form)
            )
            if listed or (
                endings
                and form not in self._not_person_nouns
                and any(form.endswith(s) and len(form) > len(s) + 2 for s in self._person_suffixes)
            ):
                return True
        return False

    def split_elision(self, words: Sequence[str]) -> list[str]:
        """*words* with a determiner elided onto its noun split off (``l’entraîneur`` -> ``l’``,
        ``entraîneur``): the determiners of :attr:`DETERMINERS` that end in an apostrophe."""
        if not self._elided:
            return list(words)  # (a language without elided determiners: nothing to split)
        out: list[str] = []
        for word in words:
            low = word.casefold()
            cut = next((len(d) for d in self._elided if low.startswith(d) and len(low) > len(d)), 0)
            out.extend((word[:cut], word[cut:]) if cut else (word,))
        return out

    @staticmethod
    def mention(raw: str, span: tuple[int, int]) -> Mention:
        """A :class:`Mention` of ``raw[span]``."""
        return Mention(collapse(raw[span[0] : span[1]]), span[0], span[1])

    def clause_subject(self, raw: str, sentence: tuple[int, int], before: int, *, described: bool = True) -> Mention | None:
        """The subject of the sentence, after an opening phrase if there is one (``Last month, the
        mayor called ...``): the sentence's subject, else the subject after one of its first
        :attr:`OPENING_COMMAS` commas before *before*, else a name with an appositive after it.
        With *described* (a verb of the sentence attributes the words) that name may follow a role
        in lower case or an opening phrase (:meth:`appositive_subject`)."""
        subject = self.modified_subject(raw, sentence)
        if subject is None:
            subject = self.subject_list(raw, sentence, before)  # ("The mayor, the governor and the sheriff toured ...")
        start = sentence[0]
        for _ in range(self.OPENING_COMMAS):
            if subject is not None:
                return subject
            comma = self.opening_comma(raw, start, before)
            if comma < 0:
                return None
            start = comma + 1
            while start < before and raw[start].isspace():
                start += 1
            subject = self.sentence_subject(raw, (start, sentence[1]), inner=True)
            if subject is not None and self.named_before_appositive(raw, sentence, subject, before):
                return self.appositive_subject(raw, sentence, before=before)
            # ("The mayor, the governor and the sheriff": a list, no opening; "The next day, the mayor and ...": a time)
            listed = raw[sentence[0] : comma].split()
            listed_item = bool(listed) and listed[0].casefold() in self._determiners and self.names_people(listed[-1].casefold())
            conjunct = self.subject_conjunct(raw, subject, sentence) if subject is not None and not listed_item else None
            if subject is not None and conjunct is not None:
                # ("On Monday, the mayor and the harbour master toured ... and said": both)
                subject = self.mention(raw, (subject.start, conjunct.end))
        if subject is None:
            subject = self.tagged_subject(raw, sentence, before)
        if subject is None:
            # "Ana Ortiz, the party's chairwoman, repeated ...": a name with an appositive after it
            subject = self.appositive_subject(raw, sentence, described=described, before=before)
        if subject is None:
            # "Its secretary general, Joseph Kiprono, accused ...": a role, then the name it describes
            subject = self.role_apposed_subject(raw, sentence, before)
        comma = raw.find(",", sentence[0], before)
        if subject is None and described and comma >= 0:
            # "In Texas, the journalist Ana Ortiz, writing in ..., described ...": after the opening phrase
            subject = self.appositive_subject(raw, (comma + 1, sentence[1]), described=True, before=before)
        return subject

    def opening_comma(self, raw: str, start: int, before: int) -> int:
        """The next comma from *start* before *before* that may end an opening phrase, read past
        a place's region set off by commas after the place (``At a rally in Dayton, Ohio, on
        Tuesday, ...``, ``In Portsmouth, N.H., ...``): in a phrase that opens with one of
        :attr:`PREPOSITIONS`, a capitalised word, a comma, then at most :attr:`MAX_REGION_WORDS`
        capitalised words or abbreviations and a comma, with no coordinator after it, count as one
        comma, the second (not ``Countries like China, Iran, and Russia``); -1 when there is none.

        .. versionadded:: 0.2"""
        comma = raw.find(",", start, before)
        if comma < 0:
            return comma
        place = raw[start:comma].split()
        if len(place) < 2 or place[0].casefold() not in self._prepositions or not place[-1][:1].isupper():
            return comma  # (a place in a phrase that opens with a preposition: not "Countries like China, Iran, ...")
        second = raw.find(",", comma + 1, before)
        region = raw[comma + 1 : second].split() if second >= 0 else []
        if not 0 < len(region) <= self.MAX_REGION_WORDS:
            return comma
        if not all(word[:1].isupper() and word.replace(".", "").isalpha() for word in region):
            return comma
        following = raw[second + 1 : before].split(None, 1)
        if following and following[0].casefold() in self._coordinators:
            return comma  # ("In Iran, Iraq, and Syria, ...": a list's items, no region)
        return second

    #: The most words of a region (a state, a province) set off by commas after a place in an
    #: opening phrase (``in Raleigh, North Carolina, on Sunday``): :meth:`opening_comma`.
    MAX_REGION_WORDS: ClassVar[int] = 2

    #: How many words an item set off by commas before ``, and`` may have and still be a list's
    #: item, not a clause (``China, Iran, Turkey, and Russia have ...``): :meth:`joined_clause_subject`.
    LIST_ITEM_WORDS: ClassVar[int] = 3

    def intensified(self, word: str) -> bool:
        """Whether *word*, right before one of :attr:`REFLEXIVE_PRONOUNS` that stands before a cue,
        ends a speaker's phrase that the pronoun stresses (``Sanders himself said``, ``The mayor
        herself admitted``, ``The protesters themselves said``): a capitalised word or a noun for
        people (:meth:`is_people_noun`); not a verb (``found herself saying``: the pronoun is its
        object).

        .. versionadded:: 0.2"""
        return word[:1].isupper() or self.is_people_noun(strip_possessive(word).casefold())

    def infinitive_lead(self, raw: str, floor: int, cue_start: int) -> int | None:
        """Where a lead of :attr:`INFINITIVE_LEAD_VERBS` or :attr:`INFINITIVE_LEAD_ADJECTIVES` starts
        when it and one of :attr:`INFINITIVE_MARKERS` stand right before the cue at *cue_start*
        (``Weber went on to say that ...``, ``Ruiz was quick to add that ...``): the speaker's
        phrase ends before it.  ``None`` otherwise; reads :attr:`INFINITIVE_LEAD_WINDOW`
        characters back, not before *floor*.

        .. versionadded:: 0.2"""
        lead = self._infinitive_lead.search(raw, max(floor, cue_start - self.INFINITIVE_LEAD_WINDOW), cue_start, KEEP_GIL)
        return lead.start() if lead is not None and lead.start() > floor else None

    def joined_clause_subject(self, raw: str, floor: int, comma: int, after: int = -1) -> Mention | None:
        """The subject of the last clause joined by a comma and one of :attr:`COORDINATORS` before
        the *comma* that sets off a participle, when that clause opens after *after* (``Tenants say
        the rules are unfair, and the residents' union has sued the city, saying ...``: the union,
        not the tenants); ``None`` when no such clause stands within :attr:`NAMING_WINDOW`
        characters before the comma, or its words open with no subject (``..., and then, saying``)
        or a list ends there (``met Ortiz, Lee, and Berg, saying``: no verb after the phrase;
        ``China, Iran, and Russia have ..., saying``: an item of :attr:`LIST_ITEM_WORDS` words at
        most set off by commas before the coordinator).  A bare plural and its verb make one too
        (:meth:`bare_plural_subject`: ``..., and commuters complained, saying``)."""
        joined = self.last_match(self._joined_clause, raw, max(floor, after, comma - self.NAMING_WINDOW), comma)
        if joined is None:
            return None
        item = raw.rfind(",", floor, joined.start())
        if item >= 0 and len(raw[item + 1 : joined.start()].split()) <= self.LIST_ITEM_WORDS:
            return None  # ("Countries like China, Iran, and Russia have ...": a list's last item, no clause)
        return self.sentence_subject(raw, (joined.end(), comma), inner=True) or self.bare_plural_subject(raw, joined.end(), comma)

    #: The most words of a bare noun phrase in lower case that opens a joined clause before its verb in
    #: the simple past (``, and commuters complained, saying``: :meth:`bare_plural_subject`).
    #:
    #: .. versionadded:: 0.2
    MAX_BARE_SUBJECT_WORDS: ClassVar[int] = 3

    def bare_plural_subject(self, raw: str, start: int, end: int) -> Mention | None:
        """The subject of a clause from *start* to *end* that opens with a bare noun phrase in lower
        case whose last word names people (``is_person_noun``: ``commuters``, ``local fishermen``; no
        determiner, pronoun, stop word, preposition or adverb), at most :attr:`MAX_BARE_SUBJECT_WORDS`
        words, then a verb in the simple past and nothing after it (``Fares went up in March, and
        commuters complained, saying ...``: the commuters, never the sentence's ``Fares``); else
        ``None``.

        .. versionadded:: 0.2"""
        words = list(islice(self._word.finditer(raw, start, end, False, KEEP_GIL), self.MAX_BARE_SUBJECT_WORDS + 2))
        if not 2 <= len(words) <= self.MAX_BARE_SUBJECT_WORDS + 1 or raw[words[-1].end() : end].strip():
            return None
        if not self.is_past_verb(words[-1].group()) or not self.bare_people(words[:-1]):
            return None
        return self.mention(raw, (words[0].start(), words[-2].end()))

    def bare_things(self, words: Sequence[regex.Match[str]]) -> bool:
        """Whether *words* are a bare noun phrase in lower case (as :meth:`bare_plural_phrase` reads
        one) whose last word names no people: a plural of things (``figures``, ``records``,
        ``official data``), one of the document nouns of :attr:`DOCUMENT_NOUNS` among them, or a noun
        :meth:`is_person_noun` does not read (:meth:`person_not_document`).

        .. versionadded:: 0.2"""
        if not words or not self.bare_plural_phrase(words):
            return False
        return not self.person_not_document(words[-1].group().casefold())

    def person_not_document(self, low: str) -> bool:
        """Whether lower-case *low* is a noun :meth:`is_person_noun` reads, but not a document's noun
        of :attr:`DOCUMENT_NOUNS` in any of its forms (``records``, ``data``, ``results``: a thing that
        may be said to speak, no one); a body's noun stays one (``unions``).

        .. versionadded:: 0.2"""
        if not self.is_person_noun(low):
            return False
        forms = (low, low[:-1]) if low.endswith("s") else (low,)
        return not any(form in self._document_nouns for form in forms)

    def bare_plural_phrase(self, words: Sequence[regex.Match[str]]) -> bool:
        """Whether *words* are in lower case with no determiner, pronoun, stop word, preposition,
        adverb or coordinator among them: a bare noun phrase (``local fishermen``, ``official data``).

        .. versionadded:: 0.2"""
        for word in words:
            low = word.group().casefold()
            if not word.group()[:1].islower() or low in self._stop or low in self._determiners or low in self._pronouns:
                return False
            if low in self._prepositions or low in self._adverbs or low in self._coordinators:
                return False
        return True

    def bare_people(self, words: Sequence[regex.Match[str]]) -> bool:
        """Whether *words* are a bare noun phrase in lower case whose last word names people
        (:meth:`person_not_document`: ``auditors``, ``local fishermen``; not ``records``, ``data``): no determiner, pronoun, stop
        word, preposition, adverb or coordinator; what :meth:`bare_plural_subject` and
        :meth:`summary_relative_subject` read as a subject.

        .. versionadded:: 0.2"""
        if not words or not self.person_not_document(words[-1].group().casefold()):
            return False
        return self.bare_plural_phrase(words)

    #: The most words of the noun phrase (an adjective or two, then the noun) between the
    #: determiner and the relative pronoun of an appositive that sums up the words before it
    #: (``, a baseless charge that ...``): :meth:`summary_relative_subject`.
    SUMMARY_NOUN_WORDS: ClassVar[int] = 3

    def summary_relative_subject(self, raw: str, floor: int, comma: int) -> Mention | None:
        """The subject of the relative clause of an appositive that sums up the words before it,
        last before the *comma* that sets off a participle, when the relative pronoun is the
        object of the clause's verb (``Trump called the vote "rigged," a charge that state party
        leaders denied, saying ...``: the leaders deny, and they speak; a bare plural of people
        too, :meth:`bare_people`: ``a charge that auditors denied``): only adverbs and one
        verb in the past (:meth:`is_past_verb`) follow the subject up to the comma (not ``, a
        claim that the count was wrong, saying``: the pronoun is no object there).  ``None``
        otherwise; reads :attr:`NAMING_WINDOW` characters back, not before *floor*.

        .. versionadded:: 0.2"""
        clause = self.summary_clause(raw, floor, comma)
        if clause is None:
            return None
        found, words, k = clause
        np = self.phrase_before(raw, words[k].start(), found.end(), lenient=True) if k > 0 else None
        if np is None or np[0] != found.end() or not self.is_speaker_phrase(raw[np[0] : np[1]]):
            # (a bare plural of people: "a charge that auditors denied, saying ..."; else no one:
            # "a claim that the count ...")
            bare = 0 < k <= self.MAX_BARE_SUBJECT_WORDS and self.bare_people(words[:k])
            return self.mention(raw, (words[0].start(), words[k - 1].end())) if bare else None
        if self.bare_things(words[:k]):
            return None  # ("a claim that data disputed": a bare plural of things, no one)
        return self.mention(raw, np)

    def summary_clause(
        self, raw: str, floor: int, comma: int
    ) -> tuple[regex.Match[str], list[regex.Match[str]], int] | None:
        """The relative clause of an appositive that sums up the words before it, last before the
        *comma* that sets off a participle, whose relative pronoun is the object of the clause's verb,
        as :meth:`summary_relative_subject` reads it: the match up to the relative pronoun, the
        words after it up to the comma, the last a verb in the past, and how many words before the
        adverbs before that verb (``a charge that party leaders strongly denied``: 3); ``None``
        where no such clause ends at the comma.

        .. versionadded:: 0.2"""
        found = self.last_match(self._summary_relative, raw, max(floor, comma - self.NAMING_WINDOW), comma)
        if found is None:
            return None
        words = list(self._word.finditer(raw, found.end(), comma))
        if not words or raw[words[-1].end() : comma].strip() or not self.is_past_verb(words[-1].group()):
            return None  # ("a claim that officials denied to reporters, saying": a clause goes on)
        k = len(words) - 1
        while k > 0 and (words[k - 1].group() in self._adverbs or self.is_adverb(words[k - 1].group())):
            k -= 1  # ("party leaders strongly denied")
        return found, words, k

    def summary_thing_subject(self, raw: str, floor: int, comma: int) -> bool:
        """Whether the relative clause of a summing appositive before the *comma* that sets off a
        participle (:meth:`summary_clause`) has a bare plural of things as its subject (``a claim
        that figures disputed, saying ...``, ``a charge that records contradicted, showing ...``:
        :meth:`bare_things`): the participle is theirs, so no one speaks, and never the sentence's
        subject.

        .. versionadded:: 0.2"""
        clause = self.summary_clause(raw, floor, comma)
        if clause is None:
            return False
        _, words, k = clause
        return 0 < k <= self.MAX_BARE_SUBJECT_WORDS and self.bare_things(words[:k])

    def subordinate_clause_subject(self, raw: str, floor: int, comma: int) -> Mention | None:
        """The subject of the last clause opened by a comma and one of
        :attr:`PARTICIPLE_CLAUSE_OPENERS` before the *comma* that sets off a participle (``The
        mood was tense, as Mayor Ana Ortiz rejected the plan, saying ...``: Ana Ortiz), for a
        sentence whose own subject names no one; ``None`` when no such clause stands within
        :attr:`NAMING_WINDOW` characters before the comma, not before *floor*.

        .. versionadded:: 0.2"""
        opener = self.last_match(self._subordinate_clause, raw, max(floor, comma - self.NAMING_WINDOW), comma)
        if opener is None:
            return None
        return self.sentence_subject(raw, (opener.end(), comma), inner=True)

    @staticmethod
    def last_match(pattern: regex.Pattern[str], raw: str, start: int, stop: int) -> regex.Match[str] | None:
        """The last match of *pattern* in ``raw[start:stop]`` (matches that do not overlap, read
        from *start*), or ``None``: the clause nearest a comma that :meth:`joined_clause_subject`,
        :meth:`summary_relative_subject` and :meth:`subordinate_clause_subject` look back for.

        .. versionadded:: 0.2"""
        found = None
        for match in pattern.finditer(raw, start, stop, False, KEEP_GIL):
            found = match  # (the last one)
        return found

    def named_before_appositive(self, raw: str, sentence: tuple[int, int], subject: Mention, before: int) -> bool:
        """Whether *subject*, found after the sentence's first comma, opens an appositive to a name
        that opens the sentence (``Ana Ortiz, a former council member and mayoral candidate, poked
        at ...``: the phrase before ``and`` describes Ortiz, who is the subject; an age set off by
        commas may stand between, ``Jane Roe, 58, a driver, is ...``): no verb stands
        between the phrase and the appositive's closing comma (``Overnight, the weather service
        issued ...`` keeps the weather service) and a name with an appositive opens the sentence
        (``Last month, the mayor and ...`` keeps the mayor)."""
        if not subject.text[:1].islower() or subject.text.casefold() in self._pronouns:
            return False  # ("John Buchan, she would say, rose at five": an aside, its subject a pronoun)
        named = self.appositive_subject(raw, sentence, before=before)
        if named is None or named.text.split(None, 1)[0].casefold() in self._prepositions:
            return False  # ("Beyond Des Moines, the union ...": an opening phrase, no name)
        comma = raw.find(",", named.end, before)
        if comma < 0:
            return False
        between = raw[comma + 1 : subject.start]
        if between.strip() and not self.is_set_off_age(between):
            return False  # (an age may stand between: "Jane Roe, 58, a driver for 30 years, is furious")
        end = raw.find(",", subject.end, before)  # (the appositive's closing comma: 150 characters at most)
        words = list(self._word.finditer(raw, subject.end, end if end >= 0 else subject.end))
        for k, word in enumerate(words):
            low = word.group().casefold()
            verb = self.is_past_verb(word.group()) or self.is_present_verb(raw, words, k) or low in self._late_clause_verbs
            if verb or self.is_cue_word(low) or low in self._clause_auxiliaries:
                return False  # ("Overnight, the weather service issued ...": a clause, no role)
        return True

    def tagged_subject(self, raw: str, sentence: tuple[int, int], before: int) -> Mention | None:
        """A name with an age or a party tag after it that opens the sentence, then its verb
        before *before* (``Jim Bell, 54, left the firm and said ...``, ``Ana Ortiz (D-Ariz.)
        voted ...``): the verb in the past, a verb of :attr:`CLAUSE_VERBS`, an adverb or one of
        :attr:`PREVERBAL_NEGATIONS` (French ``Jean Dupont, 58 ans, ne décolère pas``)."""
        match = self._tagged_subject.match(raw, sentence[0], before, KEEP_GIL)
        if match is None:
            return None
        verb = match["verb"]
        negated = verb.casefold() in self._preverbal_negations  # ("Jean Dupont, 58 ans, ne décolère pas")
        if not (negated or self.is_past_verb(verb) or verb in self._clause_verbs or verb in self._adverbs or self.is_adverb(verb)):
            return None
        if not self.is_speaker_phrase(match["name"]):
            return None
        return self.mention(raw, match.span("name"))

    def object_before(self, raw: str, start: int, pos: int) -> bool:
        """Whether the phrase at *pos* is an object: a word that is neither punctuation nor a
        stop word (a verb) stands right before it (``issued a statement saying``)."""
        words = list(self._word.finditer(raw, max(start, pos - 40), pos))
        if not words or raw[words[-1].end() : pos].strip():
            return False
        word = words[-1].group().casefold()
        return word not in self._stop or word in self._adverbs

    def participle_object(self, raw: str, start: int, np: tuple[int, int]) -> bool:
        """Whether the phrase *np* before a participle is not its subject: an object after a verb
        (``issued a statement saying``), a thing (``heard on a microphone telling``), or the
        object of one of :attr:`ADDRESSEE_PREPOSITIONS` after one of :attr:`DOCUMENT_NOUNS` or
        :attr:`ADDRESS_NOUNS` (``sent an email to supporters saying``, ``made a pitch to voters
        saying``: the people written or spoken to never speak; but ``a nod to the front-runner
        acknowledging``: the front-runner does)."""
        if self.object_before(raw, start, np[0]) or self.names_no_one(raw[np[0] : np[1]]):
            return True
        if not (np[0] > start and raw[np[0] - 1].isspace()):
            return False
        link = self.token_start(raw, np[0], start)
        if raw[link : np[0]].strip() not in self._addressee_prepositions or not (link > start and raw[link - 1].isspace()):
            return False
        noun = strip_possessive(self.token_before(raw, link, start)).casefold()
        if noun in self._document_nouns or noun in self._address_nouns:
            return True  # ("sent an email to supporters saying", "made a pitch to voters saying")
        return self.addressed_by_verb(raw, start, link)

    def recalled_speaker(self, raw: str, start: int, np: tuple[int, int]) -> bool:
        """Whether the phrase *np* before a participle that opens a quotation is the object of one
        of :attr:`RECALLING_VERBS` right before it, a name or a person (``Berg recalled Ana Ruiz
        saying: "..."``, ``remembered his father telling him: "..."``): the one recalled speaks
        the quotation; a thing that may "say" is none (``heard the news saying: "..."``: the
        subject speaks).  (Words reported after such a participle are left alone: ``recalls her
        editor telling her when ...`` reports nothing sure.)

        .. versionadded:: 0.2"""
        if not self._recalling or not (np[0] > start and raw[np[0] - 1].isspace()):
            return False
        if self.token_before(raw, np[0], start).casefold() not in self._recalling:
            return False
        phrase = raw[np[0] : np[1]]
        if self.names_no_one(phrase) or not self.is_speaker_phrase(phrase, lenient=True):
            return False
        # (a person: a name, a pronoun, a noun for people only; not a thing that may "say":
        # "heard the news saying", "recalled the report saying")
        head = strip_possessive(phrase.split()[-1])
        low = head.casefold()
        return head[:1].isupper() or low in self._pronouns or self.is_people_noun(low)

    def quoted_as_speaker(self, raw: str, start: int, cue: tuple[int, int]) -> tuple[int, int] | None:
        """The phrase between the verb and the tail of one of :attr:`QUOTING_PHRASES` that ends
        at the participle *cue* (``the paper quoted Ana Ruiz as saying``): the one quoted speaks,
        not the sentence's subject; ``None`` when no such phrase stands there (within
        :attr:`PHRASE_WINDOW` characters), and for an agent's phrase (``was quoted by the magazine
        as saying``: the outlet, not the one quoted).

        .. versionadded:: 0.2"""
        words = list(self._word.finditer(raw, max(start, cue[0] - self.PHRASE_WINDOW), cue[1], False, KEEP_GIL))
        for verb, tail in self.QUOTING_PHRASES:
            links = tail.split()
            if len(links) < 2 or len(words) < len(links) + 2:
                continue
            if [w.group().casefold() for w in words[-len(links) :]] != links or words[-1].end() != cue[1]:
                continue
            before = words[: -len(links)]
            at = next((k for k in range(len(before) - 2, -1, -1) if before[k].group().casefold() == verb), None)
            if at is None:
                continue
            np = (before[at + 1].start(), before[-1].end())
            phrase = raw[np[0] : np[1]]
            if before[at + 1].group().casefold() in self._agents:
                continue  # ("He was quoted by the magazine as saying": the outlet that quoted him)
            if "," not in phrase and not self.names_no_one(phrase) and self.is_speaker_phrase(phrase, lenient=True):
                return np
        return None

    def quoted_by_agent_subject(self, raw: str, start: int, cue: tuple[int, int]) -> tuple[int, int] | None:
        """The subject of a passive of one of :attr:`QUOTING_PHRASES` whose agent stands between the
        verb and its tail, which ends at the participle *cue* (``Rahul Gandhi was quoted by ANI as
        saying ...``): the phrase before the auxiliary of :attr:`PASSIVE_AUXILIARIES` right before the
        verb, the one quoted, who speaks (the agent, the outlet, only carried the words); ``None``
        when the words there read otherwise (within :attr:`PHRASE_WINDOW` characters, from *start*)
        and for a pronoun (``He was quoted by the magazine as saying``: after a spokesman's words
        about him, the pronoun is too often read as the spokesman).

        .. versionadded:: 0.2"""
        words = list(self._word.finditer(raw, max(start, cue[0] - self.PHRASE_WINDOW), cue[1], False, KEEP_GIL))
        for verb, tail in self.QUOTING_PHRASES:
            links = tail.split()
            if len(words) < len(links) + 4 or words[-1].end() != cue[1]:
                continue
            if [w.group().casefold() for w in words[-len(links) :]] != links:
                continue
            before = words[: -len(links)]
            at = next((k for k in range(len(before) - 3, 0, -1) if before[k].group().casefold() == verb), None)
            if at is None or before[at + 1].group().casefold() not in self._agents:
                continue
            if any(mark in raw[before[at].end() : before[-1].end()] for mark in ",;:"):
                continue  # (the agent's phrase is one phrase: no clause between)
            auxiliary = before[at - 1]
            if auxiliary.group().casefold() not in self.PASSIVE_AUXILIARIES:
                continue
            np = self.phrase_before(raw, auxiliary.start(), start, lenient=True)
            if np is not None and raw[np[0] : np[1]].casefold() in self._pronouns:
                return None  # ("He was quoted by the magazine as saying": whom the outlet quoted, not sure)
            return np
        return None

    def addressed_by_verb(self, raw: str, start: int, link: int) -> bool:
        """Whether the preposition at *link* follows one of :attr:`ADDRESSING_VERBS` or a speech
        verb in lower case with a word before it, its subject (``Ortiz spoke to reporters
        saying``, ``The mayor wrote to voters saying``): the people spoken to never say the
        words.  Not after a determiner (``a talk to students saying``: a noun)."""
        verb_end = link
        while verb_end > start and raw[verb_end - 1].isspace():
            verb_end -= 1
        verb = self.token_before(raw, link, start)
        if not verb or verb_end - len(verb) < start or raw[verb_end - len(verb) : verb_end] != verb:
            return False
        if not (verb.islower() and (verb in self._addressing_verbs or verb in self._cue_words)):
            return False
        subject = self.token_before(raw, verb_end - len(verb), start)
        return bool(subject) and subject.casefold() not in self._determiners

    def ends_in_past_verb(self, raw: str, np: tuple[int, int]) -> bool:
        """Whether the phrase *np* before a participle ends in a verb in the past in lower case
        after another word (``the polls closed`` in ``was released as the polls closed stating``):
        a clause, whose subject does not say the participle's words."""
        words = raw[np[0] : np[1]].split()
        return len(words) > 1 and self.is_past_verb(words[-1])

    def subject_before_object(self, raw: str, subject: Mention | None, np: tuple[int, int]) -> tuple[int, int] | None:
        """The bounds of *subject*, the clause's subject found for a participle whose phrase *np*
        is an object (:meth:`participle_object`), when it starts before *np*: cut to its opening
        capitalised words when it runs into *np* over a word in lower case (``Ortiz spoke to
        reporters saying``: a verb the subject's search did not know, ``Ortiz``), whole when
        what is left is no speaker's phrase; ``None`` when it starts no earlier than *np*."""
        if subject is None or subject.start >= np[0]:
            return None
        lead = [w.group() for w in self._word.finditer(raw, subject.start, np[0])]
        if subject.end <= np[0] or all(w[:1].isupper() for w in lead):
            return subject.bounds  # (or the two overlap in a name: "Senator Ted Cruz of Texas")
        end = subject.start
        for word in self._word.finditer(raw, subject.start, np[0]):
            if not word.group()[:1].isupper() or raw[end : word.start()].strip():
                break
            end = word.end()
        if end > subject.start and self.is_speaker_phrase(raw[subject.start : end]):
            return subject.start, end
        return subject.bounds

    def received_document(self, raw: str, start: int, np: tuple[int, int]) -> tuple[int, int] | None:
        """The document that speaks in a participle's place when the sentence's subject only
        received it: the phrase *np* before the participle up to its first lower-case word of
        :attr:`DOCUMENT_NOUNS` (``got a letter on Friday saying``, ``received an email from the
        school saying``, ``recalled the report saying``), when one of :attr:`RECEIVING_VERBS` or
        :attr:`RECALLING_VERBS` stands among the
        :attr:`RECEIVING_REACH` words right before the phrase.  The letter then speaks, never
        the workers who got it (``issued a statement saying`` is left to the subject, its author).
        ``None`` otherwise, and always when the language lists no such verbs."""
        if not self._receiving:
            return None
        words = list(self._word.finditer(raw, max(start, np[0] - self.PHRASE_WINDOW), np[1], False, KEEP_GIL))
        inside = [w for w in words if w.start() >= np[0]]
        before = words[: len(words) - len(inside)][-self.RECEIVING_REACH :]
        if not any(w.group().casefold() in self._receiving or w.group().casefold() in self._recalling for w in before):
            return None  # (a thing recalled speaks too: "recalled the report saying ...")
        for word in inside:
            value = strip_possessive(word.group())
            if value[:1].islower() and value in self._document_nouns:
                return np[0], word.end()
        return None

    def is_adverb(self, word: str) -> bool:
        """Whether lower-case *word* ends like an adverb (``-ly``) and is not a listed exception."""
        suffix = self.ADVERB_SUFFIX
        return bool(suffix) and word.endswith(suffix) and word not in self._not_adverbs

    def appositive_subject(
        self, raw: str, sentence: tuple[int, int], *, described: bool = False, before: int | None = None
    ) -> Mention | None:
        """A name that opens the sentence with an appositive after it (``Gary Ortiz, a former
        party chairman, became ...``); with *described*, also after a role in lower case
        (``Former governor Ed Rendell (D), a party donor, praised ...``, ``the journalist Ana
        Ortiz, writing in ..., described ...``) when the appositive ends before *before* (the
        attributing verb is the sentence's, not one inside the appositive: ``the Fed, which
        entered the year predicting that ..., has yet to move``)."""
        match = self._appositive_subject.match(raw, sentence[0], sentence[1])
        if match is None and described:
            match = self._described_subject.match(raw, sentence[0], sentence[1])
            if match is not None and before is not None and match.end() > before + 1:
                match = None
        if match is None or not self.is_speaker_phrase(match["name"]):
            return None
        if self.opening_adverb(match["name"]):
            return None  # ("Undeterred, the mayor, who ..., said:": an opening word, no name)
        return self.mention(raw, match.span("name"))

    #: The most lower-case words of a role set off by a comma before the name it describes
    #: (``Its deputy secretary general, Joseph Kiprono, ...``): :meth:`role_apposed_subject`.
    MAX_APPOSED_ROLE_WORDS: ClassVar[int] = 4

    def role_apposed_subject(self, raw: str, sentence: tuple[int, int], before: int) -> Mention | None:
        """The name set off by commas after a role that opens the sentence, before a word in lower
        case (``Its secretary general, Joseph Kiprono, accused the companies of "..."``, ``The
        union's president, Ana Ortiz, called ...``): the role opens with a determiner or an owner,
        its last word is a title or a role noun, the name is a person's name by the name model
        alone (after any honorifics or titles, left out of the mention: ``The opposition
        spokesman, Dr Kerron Lindo, accused``, trialQ63), and its closing comma stands before
        *before*.  ``None`` otherwise (``Its plan, Ana Ortiz, ...``: no role).

        .. versionadded:: 0.2"""
        match = self._role_apposed.match(raw, sentence[0], sentence[1])
        if match is None or match.end("name") >= before:
            return None
        role = raw[match.end("role") : match.end("name")].split(",", 1)[0].split()
        noun = role[-1] if role else ""
        if not (self.vocabulary.is_role_noun(noun) or self.vocabulary.is_title(noun)):
            return None
        words = match["name"].split()
        vocabulary = self.vocabulary
        lead = 0
        while len(words) - lead > 2 and (vocabulary.is_honorific(words[lead]) or vocabulary.is_title(words[lead])):
            lead += 1  # ("The opposition spokesman, Dr Kerron Lindo, accused ...": the name after the honorific)
        if len(words) < 2 or self.names.trailing_name(words[lead:]) != len(words) - lead:
            return None
        start = match.start("name")
        for word in words[:lead]:
            start = raw.index(word, start) + len(word)
        while raw[start].isspace():
            start += 1
        return self.mention(raw, (start, match.end("name")))

    def elided_negation_verb(self, word: str) -> bool:
        """Whether *word*, folded, is a verb with one of :attr:`PREVERBAL_NEGATIONS` elided onto
        it (French ``n'était``, ``n’a``): only a verb takes that negation, so the word ends the
        subject before it.  Always false where no negation elides (English).

        .. versionadded:: 0.2"""
        for negation in self._preverbal_negations:
            if negation[-1:] in "'’" and word.startswith(negation) and word[len(negation) :].isalpha():
                return True
        return False

    def sentence_subject(self, raw: str, sentence: tuple[int, int], *, inner: bool = False) -> Mention | None:
        """The noun phrase that opens the sentence, up to its verb: ``Abbas expressed ..., saying ...``,
        ``Three council members opposed ..., arguing ...``; *inner* (after an opening phrase)
        also a phrase opened by a lower-case article.  A clock time that opens the sentence
        (:attr:`CLOCK_OPENING`) is passed over."""
        if raw[sentence[0] : sentence[0] + 1].isdigit():
            clock = self._clock_opening.match(raw, sentence[0], sentence[1], KEEP_GIL)
            if clock is not None:  # ("08:00 The council issued ...": a live blog's time, then the sentence)
                return self.sentence_subject(raw, (clock.end(), sentence[1]), inner=inner)
        reach = min(sentence[1], sentence[0] + self.SUBJECT_REACH)
        # (the first SUBJECT_WORDS words only: the words after them are never made)
        words = list(islice(self._word.finditer(raw, sentence[0], reach, False, KEEP_GIL), self.SUBJECT_WORDS))
        if not words or raw[sentence[0] : words[0].start()].strip():
            return None
        opener = words[0].group().casefold()
        if opener in self._pronouns:
            return self.mention(raw, words[0].span())
        if opener in self._coordinators and len(words) > 1 and not raw[words[0].end() : words[1].start()].strip():
            # "But Ana Ortiz deflected with a joke: ...": the subject after the conjunction
            return self.sentence_subject(raw, (words[1].start(), sentence[1]), inner=inner)
        first = words[0].group()
        # (after an opening phrase: "On Monday, the farm groups ...", "On Monday, several farm groups ...")
        lower_article = (first in self._determiners or first in self._quantifiers) and inner
        if not (first[0].isupper() or lower_article):
            return None  # (a subject opens with a capital, or after an opening phrase with an article or a quantifier)
        counted_first = first.casefold() in self.QUANTIFIERS
        nameable = (
            first.casefold() in self._determiners
            or first.isdigit()
            or self.vocabulary.can_start_name(first)
            or self.vocabulary.is_title(first)
            or first.casefold() in self._groups  # ("Analysts warned ..., arguing ...": a group noun)
            or self.date_given_name(raw, words)  # ("Jan Novak endorsed ...": a month as a given name)
            or self.acronym_role(words)  # ("AIMIM chief Asaduddin Owaisi tore ...": a body's initials, a role)
        )
        if not (nameable or counted_first):
            return None  # (nor a determiner, a figure, a name's or a title's first word, nor a quantifier)
        # ("Carly Fiorina threw ...": a given name in -ly before another capitalised word is no adverb)
        named = len(words) > 1 and words[1].group()[:1].isupper() and not raw[words[0].end() : words[1].start()].strip()
        if (self.is_adverb(opener) and not named) or (self.GERUND_SUFFIX and opener.endswith(self.GERUND_SUFFIX)):
            return None  # "Shortly after ...", "Continuing his speech, ...": no subject here
        if self.is_cue_word(opener):
            return None  # "Added to the list: ...": a speech verb opens the sentence, no subject
        if self.paired_modifier(raw, words):
            return None  # "Tired and angry, she said ...": a description of the subject, no subject
        following = words[1].group() if len(words) > 1 else ""
        participle = self.is_past_verb(opener) and following in self._prepositions and not self.verb_before_comma(raw, words)
        if following in self._agents or participle:
            return None  # "Led by the mayor, ...", "Based on the report, ...": a participle clause
        for k in range(1, len(words)):
            if "," in raw[words[k - 1].start() : words[k].start()]:
                return None  # (a comma before the verb: no phrase here, nor at any later word)
            following = words[k].group().casefold()
            verb_like = (
                (self.is_past_verb(words[k].group()))
                or self.is_present_verb(raw, words, k)
                or (following in self._stop and following not in self._time_prepositions)
                or following in self._adverbs
                # "Lind openly admires ...": the subject ends before it (not "Judge Kelly Marsh")
                or (self.is_adverb(following) and words[k].group()[:1].islower())
                or following in self._clause_verbs
                or following in self._late_clause_verbs  # "Ortiz spoke to reporters, saying ...": a past
                or self.name_then_word(words, k)  # "Carly Fiorina threw her support ...": a verb
                or self.elided_negation_verb(following)  # (French "Son collègue Pierre Hildbrand n'était pas")
            )
            if not (verb_like or self.is_cue_word(following)):
                continue
            np = (words[0].start(), words[k - 1].end())
            phrase = raw[np[0] : np[1]]
            if not (nameable or k > 1):
                continue  # (a quantifier alone is no phrase: "Many said")
            if "(" in phrase or self.is_time_word(words[k - 1].group()):
                # "Ana Ortiz (D-Ariz.) on Saturday criticized": the phrase without the tag and the time
                trimmed = self.phrase_before(raw, words[k].start(), sentence[0], lenient=True)
                if trimmed is None or trimmed[0] != np[0]:
                    continue
                np = trimmed
                phrase = raw[np[0] : np[1]]
            if k > self.SHORT_SUBJECT and any(w in self._stop or w in self._clause_verbs for w in phrase.split()[1:]):
                break  # a long phrase with a stop word or a verb in it is a clause, not a subject
            if any(w in self._time_clause_openers for w in phrase.split()[1:]):
                return None  # ("Two weeks before Ortiz entered the race, ...": a time clause opens the sentence)
            if self.is_speaker_phrase(phrase, lenient=self.LENIENT_SUBJECTS):
                return self.mention(raw, np)
            if self.is_cue_word(following):
                break  # a subject never runs past a speech verb ("The 34-year-old said the win was")
        return None

    def modified_subject(self, raw: str, sentence: tuple[int, int]) -> Mention | None:
        """The sentence's subject (:meth:`sentence_subject`) with its post-modifier before its verb
        (:meth:`with_post_modifier`): the speaker of a cue later in the sentence (``A spokeswoman
        for the Treasury declined ..., but said``, ``A spokesman for the union objected, noting
        ...``).

        .. versionadded:: 0.2
        """
        subject = self.sentence_subject(raw, sentence)
        if subject is None:
            return None
        joined = self._joined_name_subject.match(raw, subject.end, sentence[1], KEEP_GIL)
        if joined is not None and self.names_joined_subject(raw, subject, joined):
            return self.mention(raw, (subject.start, joined.end("second")))  # ("Ana Ruiz and Tom Berg met ..., saying")
        conjunct = self.subject_conjunct(raw, subject, sentence)
        if conjunct is not None:
            return self.mention(raw, (subject.start, conjunct.end))  # ("The mayor and the harbour master issued ..., saying")
        extended = self.with_post_modifier(raw, (subject.start, subject.end), sentence[1])
        return self.mention(raw, extended) if extended[1] != subject.end else subject

    def subject_conjunct(self, raw: str, subject: Mention, sentence: tuple[int, int]) -> Mention | None:
        """The second subject of the sentence joined to *subject*, its first, by one of
        :attr:`SUBJECT_JOINS` right after it (``The mayor and the harbour master issued a statement
        saying``, ``Ward and Price met ..., saying``): the phrase after the coordinator, read as a
        sentence's subject up to the verb (:meth:`sentence_subject`), when neither is a pronoun
        (``He and his aides``, ``Ward and they``: as before), the second holds no possessive
        (``Ana Ruiz and Tom Berg's lawyer met``: the first name, as before) and no third joins it
        (``The mayor and the governor and the sheriff``: no part of a list); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if raw[subject.start : subject.end].casefold() in self._pronouns:
            return None
        after = raw[subject.end : min(sentence[1], subject.end + 8)]
        join = after.split(None, 1)[0] if after[:1].isspace() and after.strip() else ""
        if join not in self.SUBJECT_JOINS:
            return None
        start = raw.find(join, subject.end) + len(join)
        if not raw[start : start + 1].isspace():
            return None
        while start < sentence[1] and raw[start].isspace():
            start += 1
        second = self.sentence_subject(raw, (start, sentence[1]), inner=True)
        if second is None or second.start != start:
            return None
        words = raw[second.start : second.end].split()
        if raw[second.start : second.end].casefold() in self._pronouns or any(strip_possessive(w) != w for w in words):
            return None
        more = raw[second.end : min(sentence[1], second.end + 8)].split(None, 1)
        if more and more[0] in self.SUBJECT_JOINS:
            return None  # ("The mayor and the governor and the sheriff toured": a longer list, none of it cut)
        return second

    def listed_group(self, item: str) -> bool:
        """Whether *item*, one part of a list of subjects, names people by a noun: at most
        :attr:`MAX_LISTED_GROUP_WORDS` words, the last a noun for people (:meth:`names_people`:
        ``Residents``, ``the governor``, ``local farmers``), the words before it in lower case, no
        stop word nor verb among them, after one of the determiners or possessive determiners
        maybe (``The mayor``, ``his aides``); never a time, a place or a thing (``Last year``,
        ``In Dover``, ``Schools``).

        .. versionadded:: 0.2
        """
        words = item.split()
        if not 1 <= len(words) <= self.MAX_LISTED_GROUP_WORDS or not words[-1].isalpha():
            return False
        if not self.names_people(words[-1].casefold()):
            return False
        lead = words[:-1]
        if lead and (lead[0].casefold() in self._determiners or lead[0].casefold() in self._possessive_determiners):
            lead = lead[1:]
        return all(w.isalpha() and w.islower() and w not in self._stop and w not in self._clause_verbs for w in lead)

    def listed_person(self, item: str) -> bool:
        """Whether *item*, one part of a list of subjects, is a person's name of two words or more,
        no place (``New York``, ``Hong Kong``: one of :attr:`PLACE_OPENERS`, a place or a country of
        the vocabulary) and no salutation's (``Dear Ana Ortiz``: the vocabulary's ``SALUTATIONS``), or people
        named by a noun (:meth:`listed_group`).

        .. versionadded:: 0.2
        """
        words = item.split()
        if len(words) >= 2 and self.names.is_name(item):
            vocabulary = self.vocabulary
            # (never a place, "New York, Tom Berg and Eva Hall said", nor a letter's salutation, "Dear Ana Ortiz,")
            return not (
                words[0] in self._place_openers or words[0].casefold() in self._salutations
                or vocabulary.is_place(item) or vocabulary.country(item) is not None
            )
        return self.listed_group(item)

    def subject_list(self, raw: str, sentence: tuple[int, int], before: int) -> Mention | None:
        """The sentence's subject when it is a list of people before *before*, its verb: items set
        off by commas from the sentence's start, at most :attr:`MAX_LISTED_NAMES`, each a name or
        people named by a noun (:meth:`listed_person`), then two joined by one of
        :attr:`SUBJECT_JOINS` (:meth:`subject_conjunct`) or, after a comma, one of them and the
        last (``The mayor, the governor and the sheriff toured the site and said ...``,
        ``Residents, shopkeepers, and farmers met ...``: all of them); the word after the last
        item opens in lower case, no comma (``Ana Ruiz, a lawyer and activist, said``: an
        appositive, no list), no item after a name opens with a determiner
        (:meth:`opens_apposition`) and none after the first with an indefinite one (``The
        senator, a Democrat, and the governor``).  ``None`` otherwise.

        .. versionadded:: 0.2
        """
        lead = sentence[0]
        while lead < before and raw[lead].isspace():
            lead += 1
        tokens = _LISTED_WORD.finditer(raw, lead, before, False, KEEP_GIL)
        listed, item, named = 0, list[regex.Match[str]](), False
        for token in tokens:
            word = token.group()
            if not item and listed and (word.casefold() in self._indefinites or (named and self.opens_apposition(word))):
                return None  # ("Dan Backer, the attorney and treasurer of ...", "The senator, a Democrat, and": an appositive)
            if word in self.SUBJECT_JOINS and (item or listed >= 2):
                # ("the governor and the sheriff toured"; "shopkeepers, and farmers met": the last item after it)
                if listed < 1 or (item and not self.listed_person(raw[item[0].start() : item[-1].end()])):
                    return None
                return self.last_listed(raw, lead, tokens)
            item.append(token)
            if len(item) > self.MAX_LISTED_GROUP_WORDS:
                return None
            if word.endswith(","):
                text = raw[item[0].start() : token.end() - 1]
                if listed >= self.MAX_LISTED_NAMES or not self.listed_person(text):
                    return None
                listed, item, named = listed + 1, [], not self.listed_group(text)
        return None

    def opens_apposition(self, word: str) -> bool:
        """Whether *word*, the first of an item of a list of subjects right after a name, is one of
        the determiners or possessive determiners, so that the item may be the name's appositive
        (``Dan Backer, the attorney and treasurer ...``, ``Ana Ruiz, his deputy and ...``): no
        list is read (:meth:`subject_list`).

        .. versionadded:: 0.2
        """
        low = word.casefold()
        return low in self._determiners or low in self._possessive_determiners

    def last_listed(self, raw: str, lead: int, tokens: Iterator[regex.Match[str]]) -> Mention | None:
        """The list of subjects from *lead* up to its last item, read from *tokens*, the words after
        the list's join (:meth:`subject_list`): the fewest words, at most
        :attr:`MAX_LISTED_GROUP_WORDS`, that make a name or people named by a noun
        (:meth:`listed_person`) with a word in lower case after them, the verb (no preposition:
        ``and treasurer of the PAC``), or the end of *tokens*, where the verb stands; ``None``
        otherwise.

        .. versionadded:: 0.2
        """
        item = list[regex.Match[str]]()
        for token in tokens:
            if item and token.group()[:1].islower() and self.listed_person(raw[item[0].start() : item[-1].end()]):
                if token.group().casefold() in self._prepositions:
                    return None  # ("... and treasurer of the PAC": a post-modifier, the list's end unsure)
                return self.mention(raw, (lead, item[-1].end()))
            if len(item) == self.MAX_LISTED_GROUP_WORDS or not token.group()[-1:].isalnum():
                return None  # ("Ana Ruiz, a lawyer and activist, said": an appositive after the name)
            item.append(token)
        if item and self.listed_person(raw[item[0].start() : item[-1].end()]):
            return self.mention(raw, (lead, item[-1].end()))  # (the verb at the list's end: "... and the sheriff said")
        return None

    def names_joined_subject(self, raw: str, subject: Mention, joined: regex.Match[str]) -> bool:
        """Whether *subject*, a sentence's subject that :meth:`sentence_subject` ended before one of
        :attr:`SUBJECT_JOINS`, and the capitalised words of *joined* after it are two people's
        names that make the subject together (``Ana Ruiz and Tom Berg met on Wednesday, saying
        ...``): both whole names of two words or more (:meth:`~newsparse.names.NameModel.trailing_name`),
        and a word in lower case that is no stop word, the verb, right after the second, which is
        in no possessive (``Ana Ruiz and Tom Berg's lawyer met``).

        .. versionadded:: 0.2
        """
        first = [strip_possessive(w) for w in raw[subject.start : subject.end].split()]
        second = joined["second"].split()
        if len(first) < 2 or len(second) < 2 or first != raw[subject.start : subject.end].split():
            return False
        if strip_possessive(second[-1]) != second[-1]:
            return False  # ("Ana Ruiz and Tom Berg's lawyer met": the lawyer, someone else's)
        if self.names.trailing_name(first) != len(first) or self.names.trailing_name(second) != len(second):
            return False
        return joined["verb"].casefold() not in self._stop

    #: The most words of a subject's post-modifier after its link (``for the Treasury``:
    #: :meth:`with_post_modifier`; a bound).
    MAX_MODIFIER_WORDS: ClassVar[int] = 5

    def with_post_modifier(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int]:
        """*np*, a sentence's subject, taken on over its post-modifier (:meth:`post_modifier`) when
        a verb in lower case follows that (:meth:`is_past_verb`, a cue, one of
        :attr:`CLAUSE_VERBS`): ``A spokeswoman for the Treasury declined to comment, but said
        ...`` is the spokeswoman for the Treasury, as ``said`` alone reads her; *np* otherwise
        (``A spokeswoman for the Treasury building's owner``: no verb right after it).  Reads at most
        :attr:`MAX_MODIFIER_WORDS` words after the link.

        .. versionadded:: 0.2
        """
        if raw[np[0] : np[1]].rsplit(None, 1)[-1][:1].isupper():
            return np  # (a name's post-modifier: "Ana Ortiz of the union" reads its own way)
        words = list(islice(self._word.finditer(raw, np[1], stop, False, KEEP_GIL), self.MAX_MODIFIER_WORDS + 2))
        if len(words) < 3 or words[0].group() not in self._cuts or raw[np[1] : words[0].start()] != " ":
            return np
        for k in range(1, len(words)):
            if raw[words[k - 1].end() : words[k].start()] != " ":
                return np  # (punctuation: no subject's phrase runs on)
            word = words[k].group()
            if k == 1 and self.is_time_word(word):
                return np  # ("A judge on Tuesday blocked ...": a time of the verb, no post-modifier)
            if k > 1 and word[:1].islower() and (self.is_past_verb(word) or self.is_cue_word(word) or word in self._clause_verbs):
                return np[0], self.before_adverbs(words, k)
            if word in self._stop and word not in self._determiners:
                return np
        return np

    def before_adverbs(self, words: Sequence[regex.Match[str]], k: int) -> int:
        """The end of the last word before *words*[*k*] (a verb) that is no adverb
        (:meth:`is_adverb_word`): a subject's post-modifier ends before the adverbs of its verb
        (``A spokeswoman for the union quickly denied ...``: ``for the union``).

        .. versionadded:: 0.2
        """
        while k > 2 and self.is_adverb_word(words[k - 1].group()):
            k -= 1
        return words[k - 1].end()

    def is_thing_subject(self, raw: str, subject: Mention, *, spoken: bool, quotation: int | None = None) -> bool:
        """Whether a sentence's *subject* names a thing, not a speaker, its last word in lower case
        and no other word of it a name or a noun for people.  With *spoken* (a speech verb of the
        sentence gives the words to the subject: ``..., suggesting ...``) that last word is no
        pronoun nor a person, role, group, quantity, organisation or document noun (``Government
        bonds rallied, suggesting ...``; not ``Several analysts``, ``The Florida senator``,
        ``Ortiz's aides``).  Without (no speech verb at all) it is a document noun before a copula
        that the quotation at *quotation* follows within :attr:`COPULA_GAP` words (``The plan is
        "a disaster."``): the words describe the document, which says nothing; further on
        (``federal rules are murky on when ... "..."``) the document may be their source.  A
        pack with no :attr:`PERSON_NOUNS` (which does not check that a noun names a person)
        reads no subject as a thing.

        .. versionadded:: 0.2"""
        words = self.split_elision(subject.text.split())
        if not words or not self._person_nouns:
            return False  # (a pack with no PERSON_NOUNS does not check that a noun names a person)
        head = strip_possessive(words[-1]).rstrip(".,")
        low = head.casefold()
        opening = spoken and self.plural_noun_opening(raw, subject, words)
        if not head.isalpha() or not (head[:1].islower() or opening) or low in self._pronouns:
            return False
        if strip_possessive(words[-1]) != words[-1]:
            return False
        if low in self._quantities or self._share.search(subject.text) or self.possessed_person(words):
            return False  # ("74 percent", "the mayor's chief of staff": people)
        for i, word in enumerate(words[:-1]):
            bare = strip_possessive(word).rstrip(".,")
            if bare[:1].isupper() and self.names.is_name_word(bare, words[i + 1], words[i - 1] if i else None):
                return False  # ("Clinton talks ...": a name stands in the phrase)
            if self.names_people(bare.casefold()):
                return False  # ("The Florida senator sought ...": a person stands in the phrase)
        if spoken:
            return not self.is_person_noun(low)
        if low not in self._document_nouns and low.removesuffix("s") not in self._document_nouns:
            return False  # (with no speech verb, only a document before a copula: "federal rules are murky on ...")
        if quotation is None or quotation <= subject.end or quotation - subject.end > self.NAMED_WINDOW:
            return False
        between = raw[subject.end : quotation]
        for mark in self._marks:
            between = between.replace(mark, "\x00")
        # (an earlier quotation joined to this one: 'is "a disaster" and "a waste."' has two words)
        following = [word for piece in between.split("\x00")[::2] for word in piece.split()]
        if following and following[0].casefold() in self._clause_auxiliaries and following[0].casefold() not in self._be_words:
            following = following[1:]  # ("The plan would be ...")
        # the copula, then the quotation after at most COPULA_GAP words ("is simply "a disaster"")
        return bool(following) and following[0].casefold() in self._be_words and len(following) <= 1 + self.COPULA_GAP

    def plural_noun_opening(self, raw: str, subject: Mention, words: Sequence[str]) -> bool:
        """Whether *subject* is one of :attr:`MEASURE_NOUNS` capitalised only because it opens its
        sentence (``Prices fell 3 percent, suggesting ...``; ``Yields rose, ...``; not ``Abbas
        expressed hope ..., saying``): only its first letter is a capital, the text before it ends a
        sentence, the article names no person by it (:meth:`names_person`), it is no word of an
        organisation or a company, and the paragraph never gives it capitalised after a word in
        lower case (a name keeps its capital).

        .. versionadded:: 0.2"""
        if len(words) != 1:
            return False
        word = words[0]
        low = word.casefold()
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or low not in self.MEASURE_NOUNS:
            return False
        # (a window around the subject, not the paragraph: each call bounded, the paragraph's reading linear)
        window = self.MEASURE_NOUN_WINDOW
        before = raw[max(0, subject.start - window) : subject.start].rstrip(" \t\"“‘'(")
        if before and before[-1] not in self.SENTENCE_END and before[-1] != "\n":
            return False
        vocabulary = self.vocabulary
        if self.names_person(word) or vocabulary.is_org_word(low) or vocabulary.is_company_noun(low):
            return False
        return _after_lower_word(word).search(raw, max(0, subject.start - window), subject.start + window, KEEP_GIL) is None

    def names_people(self, low: str) -> bool:
        """Whether lower-case *low* is a noun for people (:meth:`is_person_noun`), not only for an
        organisation, a company or a document (``senator``, ``voters``; not ``government``).

        .. versionadded:: 0.2"""
        if not self.is_person_noun(low):
            return False
        forms = {low, low.removesuffix("s"), low.removesuffix("es")}
        if low.endswith("ies"):
            forms.add(low[:-3] + "y")
        vocabulary = self.vocabulary
        return not any(
            form in self._document_nouns or vocabulary.is_org_word(form) or vocabulary.is_company_noun(form) for form in forms
        )

    def date_given_name(self, raw: str, words: Sequence[regex.Match[str]]) -> bool:
        """Whether the sentence's first word is a month (not a weekday) that the name model reads
        as a given name because a name word follows it after one space (``Jan Novak endorsed
        ...``, ``April Ryan backed ...``; not ``June 5 ...`` nor ``May. Lee ...``).

        .. versionadded:: 0.2"""
        if len(words) < 2 or raw[words[0].end() : words[1].start()] != " ":
            return False
        first, following = words[0].group(), words[1].group()
        if not self.vocabulary.month_number(first):
            return False  # (a weekday opening a sentence names a day far more often: "Monday Night ...")
        return self.names.is_given_name_date_word(first, following, None)

    def paired_modifier(self, raw: str, words: Sequence[regex.Match[str]]) -> bool:
        """Whether the sentence opens with two words joined by one of :attr:`COORDINATORS` and set
        off by a comma, the second in lower case and neither a determiner nor a pronoun (``Tired
        and angry, she ...``, ``Calm but firm, the mayor ...``): a description of the subject that
        follows, not the subject; two plurals stay a subject (``Police and firefighters, who
        ...``), as do two names (``Ortiz and Berg, ...``)."""
        if len(words) < 3 or words[1].group().casefold() not in self._coordinators:
            return False
        first, second = words[0].group(), words[2].group()
        low = second.casefold()
        if not second[:1].islower() or low in self._determiners or low in self._pronouns:
            return False
        if first.endswith("s") and second.endswith("s"):
            return False
        if raw[words[0].end() : words[1].start()].strip() or raw[words[1].end() : words[2].start()].strip():
            return False
        return raw[words[2].end() : words[2].end() + 1] == ","

    def verb_before_comma(self, raw: str, words: Sequence[regex.Match[str]]) -> bool:
        """Whether a lower-case verb in :attr:`PAST_SUFFIX` that no agent word follows (so no
        participle: ``the figures released by``) stands after ``words[:2]`` and before the
        sentence's first comma: then the first word, ending like a participle, is the name of its
        subject (``Mohammed on Tuesday defended the plan, ...``, ``Reed at the ministry defended
        ...``), not a participle that opens a clause (``Based on the report, ...``)."""
        for k in range(2, len(words)):
            if "," in raw[words[k - 1].end() : words[k].start()]:
                return False
            if self.is_past_verb(words[k].group()):
                after = words[k + 1].group().casefold() if k + 1 < len(words) else ""
                return after not in self._agents
        return False

    def particle_goes_on(self, words: Sequence[regex.Match[str]], k: int) -> bool:
        """Whether the particle ``words[k]`` is followed by another
        particle or a capitalised word (``Van der Berg``, ``de la Cruz``): the name goes on.

        .. versionadded:: 0.2"""
        for after in words[k + 1 : k + 3]:
            word = after.group()
            if word[:1].isupper():
                return True
            if not self.names.is_particle(word):
                return False
        return False

    def name_then_word(self, words: Sequence[regex.Match[str]], k: int) -> bool:
        """Whether ``words[:k]`` are a person's full name (two name words or more, maybe after
        titles: ``Senator Ana Ortiz``) and ``words[k]`` a lower-case word that is no determiner:
        after a name that opens a sentence, such a word is its verb (``Carly Fiorina threw ...``,
        ``Judge Ana Ortiz sent ...``), however it is inflected.  A word in :attr:`PRESENT_SUFFIX`
        with a verb in the past or a cue right after it is a plural noun the name qualifies, not
        a verb (``Ana Ortiz supporters rallied``, ``New York officials said``), and so is a word
        with one of :attr:`ADJECTIVE_ENDINGS` (``Presumptive Democratic presidential nominee``),
        and a role before a name (:meth:`body_role_before_name`: ``Sinn Féin leader Mary Lou McDonald``,
        the two capitalised words a body's name)."""
        if k > self.MAX_NAME_WORDS + 2:
            return False
        following = words[k].group()
        if not following.isalpha() or not following[:1].islower() or following.casefold() in self._determiners:
            return False
        if following.endswith(self.ADJECTIVE_ENDINGS) and len(following) > 4:
            return False  # "Presumptive Democratic presidential nominee ...": an adjective, no verb
        if self.names.is_particle(following) and self.particle_goes_on(words, k):
            return False  # "John Van der Berg said": a particle inside the name, no verb
        if self.body_role_before_name(words, k):
            return False  # "Sinn Féin leader Mary Lou McDonald accused ...": a body's role, then a name
        if self.PRESENT_SUFFIX and following.endswith(self.PRESENT_SUFFIX) and k + 1 < len(words):
            after = words[k + 1].group()
            if self.is_past_verb(after) or self.is_cue_word(after):
                return False
        lead = [w.group() for w in words[:k]]
        count = self.names.trailing_name(lead)
        if count >= 2 and k - count >= 2 and self.acronym_role(words[: k - count]):
            return True  # ("AIMIM chief Asaduddin Owaisi tore ...": a body's initials and its role before the name)
        return count >= 2 and all(self.vocabulary.is_title(w) for w in lead[: k - count])

    def acronym_role(self, words: Sequence[regex.Match[str]]) -> bool:
        """Whether *words* open with a body's initials in capitals (``NameModel.is_acronym``) and a
        title or role noun in lower case right after it (``AIMIM chief``, ``NDA spokesman``), any more
        of *words* titles or role nouns in lower case too: a body's role before a name that opens a
        sentence.

        .. versionadded:: 0.2"""
        if len(words) < 2 or not self.names.is_acronym(words[0].group()):
            return False
        vocabulary = self.vocabulary
        for word in words[1:]:
            text = word.group()
            if not text.islower() or not (vocabulary.is_title(text) or vocabulary.is_role_noun(text)):
                return False
        return True

    def body_role_before_name(self, words: Sequence[regex.Match[str]], k: int) -> bool:
        """Whether ``words[k]``, a lower-case word, is a role noun or a title as written
        (:meth:`Vocabulary.is_role_noun`, :meth:`Vocabulary.is_title`; ``leader``, ``minister``)
        with a capitalised word right after it, one space between: the role of the name that
        follows, the words before it the body it serves (``Plaid Cymru leader Rhun ap Iorwerth``,
        ``Fianna Fáil leader Micheál Martin``), never a verb after a name; words of
        ``Vocabulary.ROLE_QUALIFIERS`` may stand before the role (``Sinn Féin deputy leader``).

        .. versionadded:: 0.2"""
        vocabulary = self.vocabulary
        while k + 1 < len(words) and normalize_word(words[k].group()) in vocabulary.role_qualifiers:
            if words[k].string[words[k].end() : words[k + 1].start()] != " ":
                return False
            k += 1  # ("Sinn Féin deputy leader Aoife Brennan": a qualifier of the role)
        if k + 1 >= len(words) or not words[k + 1].group()[:1].isupper():
            return False
        following = words[k].group()
        if words[k].string[words[k].end() : words[k + 1].start()] != " ":
            return False
        return vocabulary.is_role_noun(following) or vocabulary.is_title(following)

    def is_past_verb(self, word: str) -> bool:
        """Whether *word* ends like a verb in the simple past (``rallied``; :attr:`PAST_SUFFIX`)."""
        suffix = self.PAST_SUFFIX
        return bool(suffix) and word.endswith(suffix) and word[:1].islower() and len(word) > len(suffix) + 1

    def is_present_verb(self, raw: str, words: Sequence[regex.Match[str]], k: int) -> bool:
        """Whether ``words[k]`` is a verb in the third person of the present after a subject
        (``The ad targets a ...``, ``Ortiz accuses Lee of ...``): lower case, ending in
        :attr:`PRESENT_SUFFIX` but not in one of :attr:`NOT_PRESENT_ENDINGS`, not after a
        determiner, and followed by a determiner, a name, one of :attr:`REFLEXIVE_PRONOUNS`
        (``The union describes itself as ...``) or a quotation mark (so that a plural noun, ``The
        company officials said``, is no verb)."""
        suffix = self.PRESENT_SUFFIX
        word = words[k].group()
        if not suffix or not word[:1].islower() or not word.endswith(suffix) or len(word) <= len(suffix) + 2:
            return False
        if word.endswith(self.NOT_PRESENT_ENDINGS) or words[k - 1].group().casefold() in self._determiners:
            return False
        rest = raw[words[k].end() : words[k].end() + 2].lstrip()
        if rest[:1] in self._marks:
            return True
        if k + 1 >= len(words) or raw[words[k].end() : words[k + 1].start()].strip():
            return False
        following = words[k + 1].group()
        low = following.casefold()
        return low in self._determiners or low in self._reflexives or following[:1].isupper()

    def names_a_time(self, phrase: str) -> bool:
        """Whether capitalised *phrase*, set off by a comma before an appositive, is a word that is
        no given name of :meth:`~newsparse.names.NameModel.listed_given_name` and a weekday or a
        month's name (``Earlier Tuesday``, ``Late Friday``, ``Last March``): a time that opens the
        sentence, no speaker's name (``Theresa May``, ``Yin Myint May``: a name).

        .. versionadded:: 0.2
        """
        words = phrase.split()
        if len(words) != 2 or self.names.listed_given_name(words[0]):
            return False
        return self.vocabulary.is_weekday(words[-1].casefold()) or self.is_month_name(words[-1])

    def is_time_word(self, word: str) -> bool:
        """Whether *word* is a weekday or one of :attr:`TIME_NOUNS` (``on Saturday``, ``last week``)."""
        low = word.casefold()
        return self.vocabulary.is_weekday(low) or low in self._time_nouns

    def source_after(self, raw: str, pos: int, stop: int) -> str | None:
        """``, Anadolu news agency reported`` after an attribution: the outlet."""
        end = self.trim_end(raw, pos, stop)
        tail = self._source_tail.match(raw, pos, end, KEEP_GIL)
        return collapse(tail["source"]) if tail is not None else None

