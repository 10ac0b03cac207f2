"""Quotes and reported speech, with their speakers.

Three passes over each paragraph:

1. **Direct quotes**: text in quotation marks attributed next to it (``"...," Putin said``,
   ``He said: "..."``, ``"...," said Abbas``), or a whole paragraph in quotation marks that carries on
   the previous speaker's words.
2. **Reported speech**: a speech verb with its speaker and what was said
   (``Analysts said ...``, ``... emphasized on Tuesday that ...``, ``According to X, ...``,
   ``..., saying that ...``, ``..., banking analysts said.``).  When the reported words include
   quotation marks the quote is ``mixed``.
3. **Speakers** are resolved to full names through a :class:`~newsparse.people.PersonIndex`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import ClassVar

import attrs
import regex

from .errors import check_option
from .people import PersonIndex, strip_possessive
from .spans import Paragraph, Quote, QuoteKind, Span, Speaker, collapse
from .vocab import speech_verbs
from .vocabulary import Vocabulary, alternation

__all__ = ["QuoteParser"]

_ABBREVIATION = regex.compile(r"[\p{L}.]++$")
_LEAD = regex.compile(r"\s*+,?\s*+")
_ACCORDING = regex.compile(r"(?i:according\s++to)\s++(?P<np>[^,]{1,80})$")
_DESCRIPTION = regex.compile(r",\s*+(?P<d>(?:an?|the|who|whose|[\p{Ll}]++)\s[^,]{1,150})(?=,)")
_COMMA = regex.compile(r"\s*+,\s*+")
_SENTENCE_TAIL = regex.compile(
    r"(?:\s++(?:on|in|at|during|last|this|late|early|earlier|later|told|to|from|after|before)\b[^,;:\"“”]{0,60}?"
    r"|\s++(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight))?"
    r"\s*+[.!?]?[\"”’)]*+\s*+"
)
_ATTRIBUTION_END = regex.compile(r"\s*+(?:[,.!?;:]|(?:on|in|at|to|during|after|before|late|early|later|again)\b)")
_GAP_PUNCTUATION = regex.compile(r"[^\p{L}\p{N}\s'’.\-]")


def ends_with(raw: str, start: int, end: int, chars: str) -> bool:
    """Whether ``raw[start:end]``, trailing whitespace aside, ends with one of *chars* (without
    copying the slice)."""
    while end > start and raw[end - 1].isspace():
        end -= 1
    return end > start and raw[end - 1] in chars


@attrs.frozen
class _Mention:
    """A speaker as written: ``text`` and its absolute ``span``."""

    text: str
    span: Span


@attrs.define
class _State:
    """What one call has seen so far (local to the call)."""

    index: PersonIndex
    last_speaker: Speaker | None = None
    last_speaker_paragraph: int = -10
    colon_speaker: Speaker | None = None
    colon_paragraph: int = -10
    paragraph_start: int = 0
    paragraph_text: str = ""
    sentence_starts: tuple[int, ...] = ()
    paragraph_marks: tuple[tuple[int, int], ...] = ()


class QuoteParser:
    """Extracts :class:`~newsparse.Quote` values from paragraphs.

    Vocabularies (override on a subclass):

    - :attr:`SPEECH_VERBS`: every form that introduces speech, ``said`` to ``according to``
      (built from the lemmas in :mod:`newsparse.vocab.speech_verbs`; matched in lower case);
    - :attr:`BARE_VERBS`: those that may be followed by a clause without ``that``;
    - :attr:`PARTICIPLES`: ``saying``, ``noting`` ... that attach to the sentence's subject, and
      :attr:`OBJECT_PARTICIPLES`, those that need a verb close behind to report speech;
    - :attr:`QUOTE_PAIRS` and :attr:`QUOTE_DIGRAPHS`: quotation marks (``“ ”``, ``" "``, ``'' ''``);
    - :attr:`GROUP_NOUNS`: plural or collective speakers (``analysts``, ``the ministry``);
    - :attr:`STOP_WORDS`, :attr:`ADVERBS`, :attr:`DETERMINERS`, :attr:`QUANTIFIERS`,
      :attr:`PRONOUNS`: how a speaker's phrase is delimited;
    - :attr:`CLAUSE_OPENERS`, :attr:`CLAUSE_VERBS`: how a clause without ``that`` is recognised;
    - :attr:`ABBREVIATIONS`: periods that do not end a sentence.
    """

    SPEECH_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.SPEECH_VERBS
    BARE_VERBS: ClassVar[tuple[str, ...]] = speech_verbs.BARE_VERBS
    PARTICIPLES: ClassVar[tuple[str, ...]] = speech_verbs.PARTICIPLES
    #: Participles that often take a plain object (``adding an hour to each trip``): without ``that``
    #: they introduce speech only when a verb follows closely.
    OBJECT_PARTICIPLES: ClassVar[tuple[str, ...]] = (
        "adding", "noting", "stressing", "emphasizing", "emphasising", "explaining", "telling", "promising", "urging",
    )
    #: Verbs that end an attribution but never introduce reported speech of their own.
    SOURCE_VERBS: ClassVar[tuple[str, ...]] = ("reported", "reports", "quoted", "cited")
    QUOTE_PAIRS: ClassVar[tuple[tuple[str, str], ...]] = (("“", "”"), ('"', '"'))
    #: Two-character quotation marks, read as ``"``: ``''quoted''`` and ````quoted''``.
    QUOTE_DIGRAPHS: ClassVar[tuple[str, ...]] = ("''", "``")
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
    )
    #: Words that cannot be inside a speaker's noun phrase: the phrase starts after the last of them.
    STOP_WORDS: ClassVar[tuple[str, ...]] = (
        "and", "but", "or", "while", "that", "which", "who", "whom", "whose", "as", "when", "where",
        "because", "if", "so", "then", "than", "after", "before", "since", "although", "though", "is",
        "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should",
        "may", "might", "can", "do", "did", "does", "not", "to", "in", "on", "at", "for", "with", "by",
        "from", "into", "about", "also", "it", "its", "this", "these", "those", "there", "what", "how",
        "why", "once", "even", "yet", "still", "until", "unless", "whether", "said", "says", "told",
        "over", "under", "between", "against", "during", "without", "within", "among", "per", "via",
    )
    #: Words that may stand between a speaker and the verb (``Abbas previously said``).
    ADVERBS: ClassVar[tuple[str, ...]] = (
        "also", "later", "again", "then", "once", "still", "previously", "recently", "earlier", "further",
        "repeatedly", "has", "had", "have", "would", "will", "long", "often", "already", "reportedly",
        "publicly", "privately", "separately", "flatly", "first", "initially", "simply", "just", "only",
    )
    #: Words that open a plural speaker phrase (``some shop owners``).
    QUANTIFIERS: ClassVar[tuple[str, ...]] = ("some", "many", "several", "most", "other", "few", "two", "three", "both")
    DETERMINERS: ClassVar[tuple[str, ...]] = ("the", "a", "an", "his", "her", "their", "its", "our", "one", "another")
    PRONOUNS: ClassVar[tuple[str, ...]] = ("he", "she", "they", "it", "we", "i")
    #: Words that may open the clause after a verb that takes no ``that``.
    CLAUSE_OPENERS: ClassVar[tuple[str, ...]] = (
        "he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "a", "an",
        "his", "her", "its", "their", "our", "my", "your", "some", "many", "all", "no", "most", "any",
        "more", "both", "each", "every", "such", "one", "two", "only", "if", "nothing", "everything",
    )
    #: Verbs that show a bare noun phrase after ``said`` is the subject of a clause.
    CLAUSE_VERBS: ClassVar[tuple[str, ...]] = (
        "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "has",
        "have", "had", "does", "do", "did", "grew", "rose", "fell", "went", "came", "made", "took", "gave",
        "saw", "knew", "got", "left", "began", "became", "kept", "held", "led", "met", "paid", "put", "ran",
        "sold", "sent", "spent", "stood", "won", "lost", "built", "cut", "hit", "set", "found", "brought",
        "bought", "remain", "remains", "need", "needs", "want", "wants",
    )
    #: Sentence ends that do not end a sentence.
    ABBREVIATIONS: ClassVar[tuple[str, ...]] = (
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "jr",
        "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "mt", "ft",
        "ave", "blvd", "dept", "rev", "adm", "cmdr", "pres", "ariz", "calif", "colo", "conn", "fla", "ga",
        "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    )
    #: Sentences longer than this are cut into pieces of this size, so that work per cue stays bounded.
    MAX_SENTENCE: ClassVar[int] = 3000
    #: The fewest words reported speech may have.
    MIN_WORDS: ClassVar[int] = 3

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = check_option("QuoteParser", "vocabulary", vocabulary, Vocabulary) or Vocabulary()
        # Verbs match in lower case only ("Post" in "State Post Bureau" is no cue); a phrase such as
        # "According to" may also open a sentence.
        verbs = alternation([*self.SPEECH_VERBS, *(v[0].upper() + v[1:] for v in self.SPEECH_VERBS if " " in v)])
        self._cue = regex.compile(rf"(?<![\p{{L}}\-])(?:{verbs})(?![\p{{L}}\-])")
        self._cue_at = regex.compile(rf"(?:{verbs})(?![\p{{L}}\-])")
        self._bare = frozenset(v.casefold() for v in self.BARE_VERBS)
        self._participles = frozenset(v.casefold() for v in self.PARTICIPLES)
        self._object_participles = frozenset(self.OBJECT_PARTICIPLES)
        self._source_verbs = frozenset(v.casefold() for v in self.SOURCE_VERBS)
        self._groups = frozenset(g.casefold() for g in self.GROUP_NOUNS)
        self._stop = frozenset(self.STOP_WORDS)
        self._adverbs = frozenset(self.ADVERBS)
        self._determiners = frozenset(self.DETERMINERS)
        self._pronouns = frozenset(self.PRONOUNS)
        self._openers = frozenset(self.CLAUSE_OPENERS)
        self._clause_verbs = frozenset(self.CLAUSE_VERBS)
        self._abbreviations = frozenset(self.ABBREVIATIONS)
        self._closers = {open_: close for open_, close in self.QUOTE_PAIRS}
        self._digraph = regex.compile(alternation(list(self.QUOTE_DIGRAPHS))) if self.QUOTE_DIGRAPHS else None
        self._opener = regex.compile("|".join(regex.escape(open_) for open_, _ in self.QUOTE_PAIRS))
        marks = "".join(regex.escape(c) for pair in self.QUOTE_PAIRS for c in pair)
        self._marks = frozenset(c for pair in self.QUOTE_PAIRS for c in pair)
        self._mark_class = f"[{marks}]"
        word = r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*+"
        self._word = regex.compile(word)
        self._that = regex.compile(
            r"(?:\s++(?:on|in|at|during|last|this|earlier|late|early|later|again|also|previously|recently"
            r"|repeatedly|today|yesterday|publicly|privately|separately"
            r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
            r"(?:\s++[\p{L}\p{N}'’\-]++){0,5}?)?,?\s++that\s++",
            regex.IGNORECASE,
        )
        self._object = regex.compile(
            r"\s++(?:reporters|journalists|lawmakers|parliament|congress|supporters|him|her|them|us|me|\p{Ll}{3,}s"
            r"|(?:the|a|an)\s++[\p{L}'’\-]++(?:\s++[\p{Lu}][\p{L}'’\-]*+){0,3}"
            r"|\p{Lu}[\p{L}.'’\-]*+(?:\s++\p{Lu}[\p{L}.'’\-]*+){0,3})"
            r"(?:\s++of\s++\p{Lu}[\p{L}.'’\-]*+(?:\s++\p{Lu}[\p{L}.'’\-]*+){0,3})?+(?=[\s,:.]|$)"
        )
        # (?<!...): a match starts only at the first mark of a run, so a run of n marks is tried once, not n times
        self._sentence_end = regex.compile(r"(?<![.!?…])[.!?…]++[\"”’')\]]*+(?=\s++[\"“‘(\[]?+\s*+[\p{Lu}\p{N}])")
        self._phrase_after = regex.compile(
            r"\s++(?P<np>(?:(?:the|a|an)\s++)?+[\p{L}\p{N}][\p{L}\p{N}'’.\-]*+(?:\s++[\p{L}\p{N}][\p{L}\p{N}'’.\-]*+){0,7}?)"
            r"(?=\s*+(?:[,.;:!?()\"”]|$)|\s++(?:in|on|at|who|which|during|after|before|told|to)\s)"
        )
        name = r"\p{Lu}[\p{L}'’.\-]*+(?:\s++\p{Lu}[\p{L}'’.\-]*+){0,3}"
        self._appositive = regex.compile(
            rf"(?:(?<![\p{{L}}])(?i:the|a|an|its|his|her|their)\s++[^,;:\"“”]{{1,60}}?,\s++(?P<name>{name})"
            rf"|(?P<name2>{name}|(?<![\p{{L}}])(?i:the)\s++\p{{Ll}}[\p{{L}}\-]*+(?:\s++\p{{Ll}}[\p{{L}}\-]*+)?),\s++"
            rf"(?!(?:but|and|or|nor|while|as|so|yet|although|though|because|when|after|before|since|if)\s)"
            rf"(?:\p{{Ll}}|(?i:the|a|an|its|his|her|their|one)\s)[^;:\"“”]{{1,150}}?),\s*+$"
        )
        # "welcomed the plan but warned that": the second verb shares the sentence's subject
        self._coordination = regex.compile(r"\s(?:but|and)\s++(?:(?:also|then|later|has|have|had)\s++)?$")
        # the space after a verb that takes a bare clause, with a time between (``said on Sunday it would``)
        self._bare_gap = regex.compile(
            r"(?:\s++(?:(?:on|last|this|late|early|earlier)\s++)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month"
            r"|year|night|morning|afternoon|evening|today|yesterday)(?:\s++(?:morning|afternoon|evening|night))?+)?+\s++"
        )
        self._participle = regex.compile(rf",\s*+(?:{alternation(list(self.PARTICIPLES))})\b")
        # ", Al Jazeera reported" / ", state media said" closing reported words
        outlet = (
            r"(?:\p{Lu}[\p{L}'’\-]*+|news|media|agency|outlet|newspaper|reports?|broadcaster|television|TV|radio"
            r"|website|daily|agencies|state|local)"
        )
        self._source_tail = regex.compile(
            rf"(?:,\s*+|(?<=[\"”]\s*+))(?P<source>(?:the\s++|state\s++|local\s++)?+{outlet}(?:\s++{outlet}){{0,5}})"
            r"\s++(?:reported|said|reports|says|wrote|cited\s++[^,.]{1,40}|quoted\s++[^,.]{1,40}\s++as\s++saying)\s*+$"
        )

    # -- entry point -------------------------------------------------------------------------

    def parse(self, text: str, paragraphs: Sequence[Paragraph], *, context: Iterable[Span] = ()) -> tuple[Quote, ...]:
        """The quotes in *paragraphs* of *text*; *context* spans (headline, captions) only help to
        learn people's full names."""
        pieces = [(span.slice(text), span.start) for span in context]
        pieces += [(p.span.slice(text), p.span.start) for p in paragraphs]
        state = _State(PersonIndex.build(self.vocabulary, pieces))
        quotes: list[Quote] = []
        for number, paragraph in enumerate(paragraphs):
            quotes.extend(self.parse_paragraph(text, paragraph, number, state))
            self.remember_colon(text, paragraph, number, state)
        return tuple(quotes)

    def remember_colon(self, text: str, paragraph: Paragraph, number: int, state: _State) -> None:
        """A paragraph that ends ``..., Viguerie said:`` introduces the quotation in the next one:
        remember its speaker."""
        raw = paragraph.span.slice(text)
        if not raw.rstrip().endswith(":"):
            return
        tail_start = max(0, len(raw.rstrip()) - 200)
        cues = list(self._cue.finditer(raw, tail_start))
        if not cues:
            return
        cue = cues[-1]
        if raw[cue.end() :].strip(" \t\n\r\xa0,:") and self._object.fullmatch(raw[cue.end() :].rstrip()[:-1]) is None:
            return
        np = self.phrase_before(raw, cue.start(), tail_start) or self.phrase_after(raw, cue.end(), len(raw))
        if np is None:
            return
        state.colon_speaker = self.resolve(self.mention(raw, np, paragraph.span.start), state, None)
        state.colon_paragraph = number

    def parse_paragraph(self, text: str, paragraph: Paragraph, number: int, state: _State) -> list[Quote]:
        """The quotes of one paragraph, in order of position."""
        original = paragraph.span.slice(text)
        raw = self.single_marks(original)
        offset = paragraph.span.start
        marks = self.quotation_marks(raw)
        sentences = self.sentences(raw, marks)
        state.paragraph_start = offset
        state.paragraph_text = raw
        state.sentence_starts = tuple(start for start, _ in sentences)
        state.paragraph_marks = tuple((o + offset, c + offset) for o, c in marks)
        claimed: list[tuple[int, int]] = []
        found = self.direct_quotes(raw, offset, number, marks, sentences, claimed, state)
        found += self.reported_speech(raw, offset, number, marks, sentences, claimed, state, found)
        found.sort(key=lambda q: q.span.start)
        if raw is not original:  # texts come from the input, not from the copy with marks made single
            found = [self.from_input(q, text) for q in found]
        return found

    def from_input(self, quote: Quote, text: str) -> Quote:
        """*quote* with its text and its speaker's mention sliced from the input again."""
        speaker = quote.speaker
        if speaker is not None and speaker.span is not None:
            mention = collapse(speaker.span.slice(text))
            name = mention if speaker.name == speaker.mention else speaker.name
            speaker = attrs.evolve(speaker, mention=mention, name=name)
        return attrs.evolve(quote, text=collapse(quote.span.slice(text)), speaker=speaker)

    def single_marks(self, raw: str) -> str:
        """*raw* with each of :attr:`QUOTE_DIGRAPHS` (``''`` as the New York Times prints quotation
        marks) made a ``"`` followed by spaces, so that offsets stay the same; *raw* itself when
        there is none."""
        if self._digraph is None or self._digraph.search(raw) is None:
            return raw
        return self._digraph.sub(lambda m: '"' + " " * (len(m.group()) - 1), raw)

    # -- segmentation ------------------------------------------------------------------------

    def quotation_marks(self, raw: str) -> list[tuple[int, int]]:
        """``(open, close)`` index pairs of quotation marks in *raw*; an unclosed quote runs to the
        end (``close == len(raw)``), as a quote that carries on into the next paragraph does."""
        pairs: list[tuple[int, int]] = []
        n = len(raw)
        opener = self._opener.search(raw)
        while opener is not None:
            i = opener.start()
            j = raw.find(self._closers[raw[i]], i + 1)
            if j < 0:
                pairs.append((i, n))
                break
            pairs.append((i, j))
            opener = self._opener.search(raw, j + 1)
        return pairs

    def sentences(self, raw: str, marks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence in *raw*; a sentence never ends inside quotation marks."""
        bounds: list[tuple[int, int]] = []
        start = 0
        for match in self._sentence_end.finditer(raw):
            end = match.end()
            if self.inside_marks(match.start(), marks) and not (
                self.closes_marks(match, marks) and not self.attribution_ahead(raw, match.end())
            ):
                continue
            if self.is_abbreviation(raw, match.start()):
                continue
            bounds.append((start, end))
            start = end
        if raw[start:].strip():
            bounds.append((start, len(raw)))
        size = self.MAX_SENTENCE
        return [(a, min(b, a + size)) for s, e in bounds for a, b in ((k, e) for k in range(s, e, size))]

    def closes_marks(self, match: regex.Match[str], marks: Sequence[tuple[int, int]]) -> bool:
        """Whether sentence punctuation inside quotation marks runs up to their closing mark
        (``... not ever." The company said``), so that the sentence ends after the mark."""
        i = bisect_left(marks, (match.start(), -1)) - 1
        return i >= 0 and marks[i][0] < match.start() and marks[i][1] < match.end()

    def attribution_ahead(self, raw: str, pos: int) -> bool:
        """Whether an attribution follows *pos* (``"Why now?" Smith asked.``), so that the quotation
        before it does not end its sentence."""
        lead = _LEAD.match(raw, pos)
        start = lead.end() if lead else pos
        stop = min(len(raw), start + 160)
        inverted = self._cue_at.match(raw, start)
        if inverted is not None:
            return True  # "..." said Smith
        found = self.phrase_before_cue(raw, start, stop)
        # "Smith asked." closes the quotation; "The company said it would ..." is a sentence of its own
        return found is not None and _ATTRIBUTION_END.match(raw, found[1].end()) is not None

    def is_abbreviation(self, raw: str, dot: int) -> bool:
        """Whether the period at *dot* ends an abbreviation or an initial (``Mr.``, ``U.S.``, ``J.``)."""
        if raw[dot] != ".":
            return False
        word = _ABBREVIATION.search(raw, max(0, dot - 12), dot)
        if word is None:
            return False
        token = word.group().casefold().strip(".")
        return token in self._abbreviations or (len(token) == 1 and token.isalpha())

    # -- direct quotes -----------------------------------------------------------------------

    def direct_quotes(
        self,
        raw: str,
        offset: int,
        number: int,
        marks: Sequence[tuple[int, int]],
        sentences: Sequence[tuple[int, int]],
        claimed: list[tuple[int, int]],
        state: _State,
    ) -> list[Quote]:
        """Quotes in quotation marks with an attribution beside them, or carrying on a speaker."""
        found: list[Quote] = []
        pending: list[tuple[int, int]] = []
        starts = [s[0] for s in sentences]
        for open_, close in marks:
            inner_start, inner_end = self.strip_inner(raw, open_ + 1, close)
            if inner_end - inner_start < 2 or len(raw[inner_start:inner_end].split()) < 2:
                continue
            sentence = sentences[max(0, bisect_right(starts, open_) - 1)] if sentences else (0, len(raw))
            before = raw[sentence[0] : open_]
            attribution = self.attribution_after(raw, close, sentence, before, found)
            if attribution is None:
                attribution = self.attribution_before(raw, open_, sentence)
            if attribution is None:
                if self.is_free_standing(raw, open_, close, sentence):
                    pending.append((inner_start, inner_end))
                continue
            np, cue, cue_span, source = attribution
            mention = self.mention(raw, np, offset)
            speaker = self.resolve(mention, state, None)
            quote = self.make_quote(raw, offset, number, (inner_start, inner_end), QuoteKind.DIRECT, cue, speaker, source)
            found.append(quote)
            claimed.append((open_, close + 1))
            claimed.append(cue_span)
            claimed.append(np)
            self.remember(state, speaker, number)
        for inner in pending:
            carried = self.continuing_speaker(found, state, number)
            found.append(self.make_quote(raw, offset, number, inner, QuoteKind.DIRECT, None, carried, None))
            claimed.append((inner[0] - 1, inner[1] + 1))
        return found

    def strip_inner(self, raw: str, start: int, end: int) -> tuple[int, int]:
        """The inside of a quotation without surrounding whitespace."""
        inner = raw[start:end]
        lead = len(inner) - len(inner.lstrip())
        return start + lead, start + len(inner.rstrip())

    def attribution_after(
        self, raw: str, close: int, sentence: tuple[int, int], before: str, found: Sequence[Quote]
    ) -> tuple[tuple[int, int], str, tuple[int, int], str | None] | None:
        """``"...," Putin said`` or ``"...," said Abbas``: the speaker and cue after a quotation
        that opens its sentence (or follows another attributed quotation)."""
        if close >= len(raw):
            return None
        if before.strip() and not ends_with(before, 0, len(before), ",:;—–"):
            return None
        lead = _LEAD.match(raw, close + 1, sentence[1])
        pos = lead.end() if lead else close + 1
        # said Abbas / according to the ministry
        cue = self._cue_at.match(raw, pos)
        if cue is not None:
            np = self.phrase_after(raw, cue.end(), sentence[1])
            if np is not None:
                source = self.source_after(raw, np[1], sentence[1])
                return np, cue.group(), cue.span(), source
            return None
        before_cue = self.phrase_before_cue(raw, pos, sentence[1])
        if before_cue is None:
            return None
        (start, end), cue_match = before_cue
        source = self.source_after(raw, cue_match.end(), sentence[1])
        return (start, end), cue_match.group(), cue_match.span(), source

    def attribution_before(
        self, raw: str, open_: int, sentence: tuple[int, int]
    ) -> tuple[tuple[int, int], str, tuple[int, int], str | None] | None:
        """``He said: "..."``, ``X told reporters, "..."`` or ``According to X, "..."``."""
        before = raw[sentence[0] : open_]
        stripped = before.rstrip()
        if not stripped or stripped[-1] not in ":,":
            return None
        head = stripped[:-1]
        according = _ACCORDING.search(head)
        if according is not None:
            start = sentence[0] + according.start("np")
            cue_span = (sentence[0] + according.start(), sentence[0] + according.start("np"))
            return (start, start + len(according["np"].rstrip())), according.group().split()[0] + " to", cue_span, None
        for cue in reversed(list(self._cue.finditer(head))):
            trailing = head[cue.end() :]
            if trailing.strip() and self._object.fullmatch(trailing) is None:
                continue
            cue_span = (sentence[0] + cue.start(), sentence[0] + cue.end())
            if cue.group() in self._participles and head[: cue.start()].rstrip().endswith(","):
                # He defended the remark, saying, "..."
                opener = self.sentence_subject(raw, sentence, 0)
                if opener is None:
                    return None
                return (opener.span.start, opener.span.end), cue.group(), cue_span, None
            np = self.phrase_before(raw, sentence[0] + cue.start(), sentence[0], lenient=True)
            if np is None:
                after = self.phrase_after(raw, sentence[0] + cue.end(), sentence[0] + len(head))
                if after is None:
                    return None
                np = after
            return np, cue.group(), cue_span, None
        return None

    def is_free_standing(self, raw: str, open_: int, close: int, sentence: tuple[int, int]) -> bool:
        """Whether a quotation with no attribution fills its sentence (so it is someone's words,
        not a phrase in quotation marks)."""
        before = raw[sentence[0] : open_].strip()
        after = raw[close + 1 : sentence[1]].strip()
        words = len(raw[open_:close].split())
        return not before and not after and words >= 4

    def continuing_speaker(self, found: Sequence[Quote], state: _State, number: int) -> Speaker | None:
        """The speaker of an unattributed quotation: the paragraph's attributed speaker, else the
        previous paragraph's."""
        for quote in found:
            if quote.speaker is not None:
                return quote.speaker
        if state.colon_speaker is not None and state.colon_paragraph == number - 1:
            return state.colon_speaker
        if state.last_speaker is not None and number - state.last_speaker_paragraph <= 1:
            return state.last_speaker
        return None

    # -- reported speech ---------------------------------------------------------------------

    def reported_speech(
        self,
        raw: str,
        offset: int,
        number: int,
        marks: Sequence[tuple[int, int]],
        sentences: Sequence[tuple[int, int]],
        claimed: list[tuple[int, int]],
        state: _State,
        direct: Sequence[Quote],
    ) -> list[Quote]:
        """Reported speech in each sentence, cue by cue."""
        found: list[Quote] = []
        speakers = sorted(
            (q.speaker.span.start, q.speaker) for q in direct if q.speaker is not None and q.speaker.span is not None
        )
        claimed.sort()
        claim_starts = [c[0] for c in claimed]
        for sentence in sentences:
            subject: tuple[_Mention, Speaker] | None = None
            low = bisect_left(claim_starts, sentence[0] - self.MAX_SENTENCE)
            local = claimed[low : bisect_left(claim_starts, sentence[1])]
            for cue in self._cue.finditer(raw, sentence[0], sentence[1]):
                if self.is_claimed(cue.start(), local) or self.inside_marks(cue.start(), marks):
                    continue
                word = cue.group().casefold()
                if word in self._source_verbs:
                    continue
                result = self.read_reported(raw, offset, number, cue, sentence, marks, state, subject, speakers)
                if result is None:
                    continue
                quote, mention, region = result
                found.append(quote)
                local.append(region)
                if quote.speaker is not None:
                    subject = (mention, quote.speaker)
                    self.remember(state, quote.speaker, number)
        return found

    def read_reported(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: _State,
        subject: tuple[_Mention, Speaker] | None,
        direct: Sequence[tuple[int, Speaker]],
    ) -> tuple[Quote, _Mention, tuple[int, int]] | None:
        """One piece of reported speech around *cue*: its quote, the speaker's mention and the
        region of the paragraph it claims."""
        word = cue.group().casefold()
        if word == "according to":
            return self.read_according(raw, offset, number, cue, sentence, marks, state)
        if word in self._participles and ends_with(raw, sentence[0], cue.start(), ","):
            mention = subject[0] if subject else self.sentence_subject(raw, sentence, offset)
            if mention is None:
                mention = self.direct_speaker_in(direct, offset + sentence[0], offset + cue.start())
            if mention is None:
                return None
            content = self.content_after(raw, cue, sentence, bare=True, needs_verb=word in self._object_participles)
        else:
            np = self.phrase_before(raw, cue.start(), sentence[0])
            if np is None and self._coordination.search(raw, sentence[0], cue.start()):
                opener = self.sentence_subject(raw, sentence, 0)
                np = (opener.span.start, opener.span.end) if opener is not None else None
            if np is None:
                return self.read_trailing(raw, offset, number, cue, sentence, marks, state)
            mention = self.mention(raw, np, offset)
            content = self.content_after(raw, cue, sentence, bare=word in self._bare)
            if content is None and word in self._bare:
                content = self.content_after_aside(raw, np, cue, sentence)
            if content is None:
                return self.read_trailing(raw, offset, number, cue, sentence, marks, state, np)
        if content is None:
            return None
        start, end, source = content
        speaker = self.resolve(mention, state, None)
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, source)
        region = (min(mention.span.start - offset, cue.start()), end)
        return quote, mention, region

    def read_according(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: _State,
    ) -> tuple[Quote, _Mention, tuple[int, int]] | None:
        """``According to X[, a professor at Y], CLAUSE.`` and ``CLAUSE, according to X.``"""
        np = self.phrase_after(raw, cue.end(), sentence[1])
        if np is None:
            return None
        mention = self.mention(raw, np, offset)
        description = None
        rest = raw[np[1] : sentence[1]]
        appositive = _DESCRIPTION.match(rest)
        clause_from = np[1]
        if appositive is not None:
            description = collapse(appositive["d"])
            clause_from = np[1] + appositive.end()
        lead = raw[sentence[0] : cue.start()].strip()
        if not lead:
            comma = _COMMA.match(raw, clause_from, sentence[1])
            if comma is None:
                return None
            start = comma.end()
            end = self.trim_end(raw, start, sentence[1])
        else:
            if not ends_with(raw, sentence[0], cue.start(), ","):
                return None
            start = sentence[0] + len(raw[sentence[0] : cue.start()]) - len(raw[sentence[0] : cue.start()].lstrip())
            end = self.trim_end(raw, start, cue.start())
        if len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        speaker = self.resolve(mention, state, description)
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, None)
        return quote, mention, (min(start, cue.start()), max(end, np[1]))

    def read_trailing(
        self,
        raw: str,
        offset: int,
        number: int,
        cue: regex.Match[str],
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: _State,
        np: tuple[int, int] | None = None,
    ) -> tuple[Quote, _Mention, tuple[int, int]] | None:
        """``CLAUSE, banking analysts said.`` or ``CLAUSE, said the minister.``: the reported words
        come first and the attribution closes the sentence."""
        after = raw[cue.end() : sentence[1]]
        if np is None:
            found = self.phrase_after(raw, cue.end(), sentence[1])
            if found is None:
                return None
            np = found
            head_end = cue.start()
            after = raw[np[1] : sentence[1]]
        else:
            head_end = np[0]
        if not self.is_sentence_tail(after):
            return None
        head = raw[sentence[0] : head_end]
        if not ends_with(head, 0, len(head), ",\"”"):
            return None
        start = sentence[0] + len(head) - len(head.lstrip())
        end = self.trim_end(raw, start, head_end)
        if len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        mention = self.mention(raw, np, offset)
        speaker = self.resolve(mention, state, None)
        quote = self.make_quote(raw, offset, number, (start, end), self.kind_of(start, end, marks), cue.group(), speaker, None)
        return quote, mention, (start, sentence[1])

    def is_sentence_tail(self, after: str) -> bool:
        """Whether what follows an attribution is only the sentence's end, maybe with a time or
        place (``on Tuesday``, ``in a statement``)."""
        return _SENTENCE_TAIL.fullmatch(after) is not None

    def content_after(
        self, raw: str, cue: regex.Match[str], sentence: tuple[int, int], *, bare: bool, needs_verb: bool = False
    ) -> tuple[int, int, str | None] | None:
        """Where the reported words after *cue* start and end, and any ``, Al Jazeera reported``
        source at the end; ``None`` when the verb is not followed by a clause.  With *needs_verb* a
        clause without ``that`` must show a verb early (``adding the plan was dead``, but not
        ``adding an hour to each trip``)."""
        pos = cue.end()
        if cue.group().casefold().startswith("tell") or cue.group().casefold() == "told":
            obj = self._object.match(raw, pos, sentence[1])
            if obj is not None:
                pos = obj.end()
        that = self._that.match(raw, pos, sentence[1])
        if that is not None:
            start = that.end()
        elif bare:
            space = self._bare_gap.match(raw, pos, sentence[1])
            if space is None:
                return None
            start = space.end()
            if not self.opens_clause(raw, start, sentence[1]):
                return None
            if needs_verb and not self.has_verb(raw, start, sentence[1]):
                return None
        else:
            return None
        end, source = self.cut_source(raw, start, self.trim_end(raw, start, sentence[1]))
        end = self.cut_participle(raw, start, end)
        if len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        return start, end, source

    def content_after_aside(
        self, raw: str, np: tuple[int, int], cue: regex.Match[str], sentence: tuple[int, int]
    ) -> tuple[int, int, str | None] | None:
        """An attribution set off by commas inside the sentence: ``On top of that, opponents say,
        the wage increase will raise prices`` gives the words after it."""
        if not ends_with(raw, sentence[0], np[0], ","):
            return None
        comma = _COMMA.match(raw, cue.end(), sentence[1])
        if comma is None or not self.opens_clause(raw, comma.end(), sentence[1]):
            return None
        start = comma.end()
        end, source = self.cut_source(raw, start, self.trim_end(raw, start, sentence[1]))
        if len(raw[start:end].split()) < self.MIN_WORDS:
            return None
        return start, end, source

    def opens_clause(self, raw: str, start: int, stop: int) -> bool:
        """Whether a clause can start at *start*: a pronoun, a determiner, a name or a number, or
        a bare noun phrase with a verb close behind (``said rural deliveries grew fastest``)."""
        match = self._word.match(raw, start, stop)
        if match is None:
            return raw[start : start + 1] in self._marks
        word = match.group()
        if word.casefold() in self._openers or word[0].isupper() or word[0].isdigit():
            return True
        return self.has_verb(raw, match.end(), stop, words=4)

    def has_verb(self, raw: str, start: int, stop: int, words: int = 6) -> bool:
        """Whether one of the first *words* words from *start* looks like a finite verb."""
        window = self._word.finditer(raw, start, min(stop, start + 80))
        following = [m.group().casefold().rstrip(".") for m in window][:words]
        return any(w in self._clause_verbs or (w.endswith("ed") and len(w) > 4) for w in following)

    def cut_source(self, raw: str, start: int, end: int) -> tuple[int, str | None]:
        """Take a closing ``, media reported`` off reported words ending at *end*."""
        tail = self._source_tail.search(raw, start, end)
        if tail is None:
            return end, None
        cut = tail.start()
        while cut > start and raw[cut - 1].isspace():
            cut -= 1
        return cut, collapse(tail["source"])

    def cut_participle(self, raw: str, start: int, end: int) -> int:
        """End reported words before a following ``, adding that ...``, which is reported speech of its own."""
        match = self._participle.search(raw, start, end)
        return match.start() if match is not None else end

    def trim_end(self, raw: str, start: int, end: int) -> int:
        """Move *end* back over whitespace, a closing comma and sentence punctuation (but keep a
        closing quotation mark and the comma inside it)."""
        while end > start and (raw[end - 1].isspace() or raw[end - 1] in ".,;:!?"):
            end -= 1
        return end

    def kind_of(self, start: int, end: int, marks: Sequence[tuple[int, int]]) -> QuoteKind:
        """``MIXED`` when the reported words contain quotation marks, else ``INDIRECT``."""
        i = bisect_left(marks, (start, -1))
        return QuoteKind.MIXED if i < len(marks) and marks[i][0] < end else QuoteKind.INDIRECT

    # -- noun phrases ------------------------------------------------------------------------

    def phrase_before(self, raw: str, cue_start: int, floor: int, *, lenient: bool = False) -> tuple[int, int] | None:
        """The speaker's noun phrase that ends just before a cue at *cue_start*, skipping adverbs
        (``Abbas previously said``) and a day (``Corps on Sunday reiterated``).  *lenient* (next
        to a quotation) also accepts any noun after an article (``the insider said``)."""
        window_start = self.word_boundary(raw, max(floor, cue_start - 160), floor)
        words = [m for m in self._word.finditer(raw, window_start, cue_start)]
        if not words:
            return None
        # the phrase may not cross punctuation or quotation marks
        end_index = len(words)
        while end_index > 0:
            w = words[end_index - 1].group().casefold()
            if w in self._adverbs or (w.endswith("ly") and w not in ("italy", "sally", "kelly", "holly", "emily")):
                end_index -= 1
                continue
            if end_index >= 2 and words[end_index - 2].group().casefold() in ("on", "last", "this") and (
                self.vocabulary.is_weekday(w) or w in ("week", "month", "year", "night", "morning")
            ):
                end_index -= 2
                continue
            break
        if end_index == 0:
            return None
        gap = raw[words[end_index - 1].end() : cue_start]
        if _GAP_PUNCTUATION.search(gap):
            return self.appositive_before(raw, window_start, cue_start)
        chosen: list[regex.Match[str]] = []
        for i in range(end_index - 1, -1, -1):
            m = words[i]
            between = raw[m.end() : chosen[0].start()] if chosen else ""
            if between.strip():
                break
            w = m.group().casefold()
            if w in self._pronouns and not chosen:
                chosen.append(m)  # "It added", "they said": a pronoun is a whole phrase
                break
            if w in self._stop:
                break
            chosen.insert(0, m)
            of_name = w == "the" and i >= 2 and words[i - 1].group() == "of" and words[i - 2].group()[:1].isupper()
            if (w in self._determiners and not of_name) or len(chosen) >= 8:
                break  # (but "Mr. Morgan of the Sierra Club" goes on past "the")
        while chosen and chosen[0].group().casefold() == "of":
            chosen.pop(0)
        if not chosen:
            return None
        span = (chosen[0].start(), chosen[-1].end())
        phrase = raw[span[0] : span[1]]
        return span if self.is_speaker_phrase(phrase, lenient=lenient) else None

    @staticmethod
    def word_boundary(raw: str, pos: int, floor: int) -> int:
        """*pos*, moved forward past the rest of a word it falls inside (never below *floor*)."""
        if pos <= floor:
            return floor
        while pos < len(raw) and raw[pos - 1].isalnum() and raw[pos].isalnum():
            pos += 1
        return pos

    def appositive_before(self, raw: str, start: int, cue_start: int) -> tuple[int, int] | None:
        """The name in ``the environment secretary, James Holloway, said`` or in
        ``Liu Zhongmin, a professor at Fudan University, said``."""
        match = self._appositive.search(raw, self.word_boundary(raw, max(start, cue_start - 400), start), cue_start)
        if match is None:
            return None
        group = "name" if match["name"] is not None else "name2"
        if not self.is_speaker_phrase(match[group]):
            return None
        return match.span(group)

    def phrase_before_cue(self, raw: str, pos: int, stop: int) -> tuple[tuple[int, int], regex.Match[str]] | None:
        """After a quotation: a speaker phrase starting at *pos* and then a cue (``Putin said``)."""
        for cue in self._cue.finditer(raw, pos, min(stop, pos + 160)):
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
            if short and self.is_speaker_phrase(head):
                return (pos, comma), cue
            return None
        return None

    def phrase_after(self, raw: str, pos: int, stop: int) -> tuple[int, int] | None:
        """The noun phrase after an inverted cue (``said Abbas``, ``according to the ministry``),
        up to punctuation."""
        match = self._phrase_after.match(raw, pos, stop)
        if match is None:
            return None
        span = match.span("np")
        last = match["np"].split()[-1]
        if last.endswith(".") and not (len(last) == 2 or last.rstrip(".").casefold() in self._abbreviations or "." in last[:-1]):
            span = (span[0], span[1] - 1)
        words = match["np"].split()
        first = words[0]
        opens = first[0].isupper() or first.casefold() in self._determiners or first.casefold() in self._pronouns
        named = first.casefold() not in self._stop and any(w[0].isupper() for w in words[1:])
        if not (opens or named):
            return None
        return span if self.is_speaker_phrase(match["np"]) else None

    def is_speaker_phrase(self, phrase: str, *, lenient: bool = False) -> bool:
        """Whether *phrase* can name a speaker: a pronoun, a name, or a role or group noun; with
        *lenient*, also a noun after an article (``the insider``, ``one employee``)."""
        words = phrase.split()
        if not words:
            return False
        if lenient and 2 <= len(words) <= 5 and words[0].casefold() in ("the", "a", "an", "one", "another"):
            last = words[-1].casefold()
            if last.isalpha() and last not in self._stop and last not in self._determiners and not last.endswith("ly"):
                return True
        if words[-1][-2:] in ("'s", "’s") or words[-1][-1:] in ("'", "’"):
            return False  # "the minister's remarks": a possessive owns a noun, it does not speak
        head = strip_possessive(words[-1]).rstrip(".")
        low = head.casefold()
        if len(words) == 1 and low in self._pronouns:
            return True
        if len(words) == 1 and (self.vocabulary.month_number(low) or self.vocabulary.is_weekday(low)):
            return False
        if low in self._stop or low in self._determiners:
            return False
        if low in self._groups or self.vocabulary.is_role_noun(low) or " ".join(w.casefold() for w in words[-2:]) in self._groups:
            return True
        first = words[0].casefold()
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3
        if len(words) >= 2 and plural and first not in self._stop:
            return True  # "hacking specialists", "Some shop owners", "Union representatives"
        return head[:1].isupper()

    def mention(self, raw: str, span: tuple[int, int], offset: int = 0) -> _Mention:
        """A :class:`_Mention` from paragraph-relative *span*; with *offset* the span becomes absolute."""
        return _Mention(collapse(raw[span[0] : span[1]]), Span(span[0] + offset, span[1] + offset))

    def sentence_subject(self, raw: str, sentence: tuple[int, int], offset: int) -> _Mention | None:
        """The noun phrase that opens the sentence, up to its verb: ``Abbas expressed ..., saying ...``,
        ``Three council members opposed ..., arguing ...``."""
        words = list(self._word.finditer(raw, sentence[0], min(sentence[1], sentence[0] + 120)))[:7]
        if not words or raw[sentence[0] : words[0].start()].strip():
            return None
        if words[0].group().casefold() in self._pronouns:
            return self.mention(raw, words[0].span(), offset)
        for k in range(1, min(7, len(words))):
            following = words[k].group().casefold()
            verb_like = (
                following.endswith("ed")
                or following in self._stop
                or following in self._adverbs
                or following in self._clause_verbs
            )
            if not (verb_like or self._cue.fullmatch(following)):
                continue
            if raw[words[0].start() : words[k].start()].count(",") or not words[0].group()[0].isupper():
                continue
            np = (words[0].start(), words[k - 1].end())
            phrase = raw[np[0] : np[1]]
            first = words[0].group()
            counted = k > 1 and first.casefold() in (*self.QUANTIFIERS, "three", "four", "five")
            named = first in ("The", "A", "An") or first.isdigit() or self.vocabulary.can_start_name(first)
            if not (named or counted):
                continue
            if self.is_speaker_phrase(phrase):
                return self.mention(raw, np, offset)
        return None

    def direct_speaker_in(self, speakers: Sequence[tuple[int, Speaker]], start: int, end: int) -> _Mention | None:
        """The mention of a direct quote's speaker between *start* and *end* (absolute offsets);
        *speakers* are ``(start, speaker)`` pairs in order."""
        i = bisect_left(speakers, start, key=lambda pair: pair[0])
        speaker = speakers[i][1] if i < len(speakers) and speakers[i][0] < end else None
        if speaker is None or speaker.span is None:
            return None
        return _Mention(speaker.mention, speaker.span)

    # -- speakers ----------------------------------------------------------------------------

    def source_after(self, raw: str, pos: int, stop: int) -> str | None:
        """``, Anadolu news agency reported`` after an attribution: the outlet."""
        end = self.trim_end(raw, pos, stop)
        tail = self._source_tail.match(raw, pos, end)
        return collapse(tail["source"]) if tail is not None else None

    def resolve(self, mention: _Mention, state: _State, description: str | None) -> Speaker:
        """A :class:`~newsparse.Speaker` for *mention*, its name resolved to the fullest form."""
        name = self.resolve_name(mention.text, mention.span.start, state)
        return Speaker(name, mention.text, mention.span, description)

    def resolve_name(self, text: str, at: int, state: _State) -> str:
        """The full name a mention refers to.

        - ``he``/``she``: the first person named earlier in the paragraph as a sentence's subject
          (outside quotation marks), else the last speaker, else the last person named; other
          pronouns: the last speaker;
        - a name (``Putin``, ``Russian President Vladimir Putin``): the longest matching name;
        - a role (``the French foreign minister``): the person named with those titles;
        - an organisation word (``the ministry``, ``the company``): the organisation named before;
        - anything else (``Analysts``): the mention as written.
        """
        words = text.split()
        if len(words) == 1 and words[0].casefold() in self._pronouns:
            if words[0].casefold() in ("he", "she"):
                named = self.paragraph_subject(at, state)
                if named is not None:
                    return named
                if state.last_speaker is not None and state.index.is_known(state.last_speaker.name):
                    return state.last_speaker.name
                person = state.index.last_person(at)
                if person is not None:
                    return person
            elif state.last_speaker is not None:
                return state.last_speaker.name
            return text
        if "of" in words[1:-1]:
            cut = len(words) - 1 - words[::-1].index("of")
            left = self.name_words(words[:cut])
            if left:
                words = words[:cut]
        name_words = self.name_words(words)
        if name_words:
            return state.index.full_name(tuple(name_words))
        described = state.index.by_description([w for w in words if w.casefold() not in self._determiners], at)
        if described is not None:
            return described
        return self.resolve_organisation(words, at, state) or text

    def resolve_organisation(self, words: Sequence[str], at: int, state: _State) -> str | None:
        """``the ministry`` -> the ministry named before; ``the State Post Bureau`` -> ``State Post Bureau``."""
        rest = list(words[1:]) if words and words[0].casefold() in self._determiners else list(words)
        if not rest or not self.vocabulary.is_org_word(rest[-1].rstrip(".")):
            return None
        if any(w[:1].isupper() for w in rest):
            return " ".join(rest) if len(rest) < len(words) else None
        return state.index.by_organisation(rest[-1].rstrip("."), at)

    def paragraph_subject(self, at: int, state: _State) -> str | None:
        """The first person named in the current paragraph before *at* as the subject of a sentence,
        outside quotation marks: ``Ola Berg welcomed the plan. "...," he said.``, but not the Ola
        Berg of ``A spokesman for Ola Berg disagreed.``"""
        for person in state.index.people_between(state.paragraph_start, at):
            if not self.inside_marks(person.start, state.paragraph_marks) and self.opens_sentence(person.start, state):
                return person.name
        return None

    def opens_sentence(self, start: int, state: _State) -> bool:
        """Whether only titles, capitalised words and ``the`` stand between the start of its
        sentence and *start* (``Nordwind chief executive Ola Berg``)."""
        relative = start - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        if index < 0:
            return False
        lead = state.paragraph_text[state.sentence_starts[index] : relative].split()
        return len(lead) <= 6 and all(
            w[:1].isupper() or w.casefold() == "the" or self.vocabulary.is_title(w) or self.vocabulary.is_role_noun(w)
            for w in lead
        )

    def name_words(self, words: Sequence[str]) -> list[str]:
        """The words of a person's name at the end of a mention (``Russian President Vladimir Putin``
        -> ``Vladimir Putin``); empty when the mention names no person."""
        out: list[str] = []
        for word in reversed(words):
            bare = strip_possessive(word).rstrip(",")
            if not bare[:1].isupper() or not self.vocabulary.can_start_name(bare) or self.vocabulary.country(bare):
                break
            if bare.casefold() in self._groups or self.vocabulary.is_org_word(bare):
                return []
            out.insert(0, bare)
        return out

    def remember(self, state: _State, speaker: Speaker | None, number: int) -> None:
        """Record the latest speaker, for pronouns and quotations that carry on."""
        if speaker is not None:
            state.last_speaker = speaker
            state.last_speaker_paragraph = number


    # -- helpers -----------------------------------------------------------------------------

    def make_quote(
        self,
        raw: str,
        offset: int,
        number: int,
        bounds: tuple[int, int],
        kind: QuoteKind,
        cue: str | None,
        speaker: Speaker | None,
        source: str | None,
    ) -> Quote:
        """A :class:`~newsparse.Quote` from paragraph-relative *bounds*."""
        start, end = bounds
        return Quote(
            collapse(raw[start:end]), Span(start + offset, end + offset), kind, cue and collapse(cue), speaker, source, number
        )

    @staticmethod
    def is_claimed(pos: int, claimed: Sequence[tuple[int, int]]) -> bool:
        return any(a <= pos < b for a, b in claimed)

    @staticmethod
    def inside_marks(pos: int, marks: Sequence[tuple[int, int]]) -> bool:
        """Whether *pos* is inside a pair of quotation marks (*marks* are sorted and do not overlap)."""
        i = bisect_left(marks, (pos, -1)) - 1
        return i >= 0 and marks[i][0] < pos < marks[i][1]
