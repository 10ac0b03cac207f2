"""Direct quotes: words in quotation marks with an attribution beside them (``"...," Putin
said``, ``He said: "..."``, ``"...," said Abbas``), or a quotation that carries on the previous
speaker's words."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import MutableSequence, Sequence
from itertools import islice, pairwise
from typing import ClassVar

import attrs
import regex

from ..lines import SPACED_WORD, has_text_between
from ..names import strip_possessive
from ..sharing import LazyPattern
from ..spans import Paragraph, Quote, QuoteKind, Span, Speaker, collapse
from ..vocabulary import KEEP_GIL, Vocabulary, normalize_word
from .model import Attribution, Claims, Cue, Mention, Quotation, Quotations, State, by_position
from .resolution import SpeakerResolution
from .words import LEAD, any_of, ends_with

#: Past how many sentences a paragraph's sentence starts are kept in an integer array by
#: :meth:`DirectQuotes.direct_quotes` rather than a list (a long paragraph's sentences may be packed,
#: each start read out a new int).
STARTS_ARRAY = 64
#: A character that is neither a letter nor a blank.
_NOT_WORDS_PATTERN = regex.compile(r"[^\p{L}\p{M}\s]")
#: A word's letters, without the stop a word of ``WORD`` may hold (``asking.``).
_LETTER_RUN = regex.compile(r"[\p{L}\p{M}]++")
#: The words ``str.split()`` gives (the standard library's ``\s`` is ``str.isspace``).
_WORD = re.compile(r"\S+")
#: A recording's time code in a transcript, minutes and seconds maybe after hours (``00:01:05``,
#: ``12:40``): in brackets before a turn's label, it is the turn's time, no word of it.
_TIME_CODE = r"\d{1,2}(?::\d\d){1,2}+"

__all__ = ["DirectQuotes"]


class DirectQuotes(SpeakerResolution):
    """Quotation-marked quotes and their speakers."""

    #: The most words the noun phrase of an absolute clause after a comma holds (``Talks
    #: collapsed, with the minister, Sophie Vermeer, accusing ...``: :meth:`absolute_phrase`): a
    #: longer one, or one with a verb in the past, is a clause (``..., with whom he clashed at ...``).
    MAX_ABSOLUTE_WORDS: ClassVar[int] = 8
    #: How many characters before a speaker's mention a question mark may close the quotation
    #: that :meth:`asks_someone` reads as a question (``"...?" the judge``: the mark, the closing
    #: quotation mark and a blank).
    QUESTION_MARK_REACH: ClassVar[int] = 4
    #: Modal verbs that, right before a cue that takes no bare clause (no ``BARE_VERBS``) with no comma
    #: or colon before the quotation, make the cue a plain verb of the sentence, no attribution (``the
    #: strike would continue "as long as it takes"``: nobody speaks there; but ``will say: "..."``
    #: keeps its mark).
    MODAL_WORDS: ClassVar[tuple[str, ...]] = ("will", "would", "shall", "should", "can", "could", "may", "might", "must")
    #: From how many characters on :meth:`speaks_of_someone` reads a quotation's words one at a time
    #: instead of listing them all (a memory bound, not a rule: the answer is the same).
    SPLIT_WORDS_BELOW: ClassVar[int] = 10_000

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(vocabulary)
        # (with the -ing forms that quote only before quotation marks: "..., shouting "Resign!"")
        self._naming_or_cue = self._naming | self._cue_words | frozenset(self.QUOTING_PARTICIPLES)
        self._quoting_only = frozenset(self.QUOTING_PARTICIPLES) - self._naming - self._cue_words
        self._modal_words = frozenset(self.MODAL_WORDS)
        self._title_small_words = self._stop | self._determiners | self._of  # (the small words of a title)
        # a dash that attributes the quotation before it: "..." ― Ana Ortiz
        # what may follow the name: an appositive, then the end of the sentence
        self._dash_tail = regex.compile(r"(?:,[^.!?\n]{1,100}+)?[.]?\s*+")
        self._dash_attribution = regex.compile(rf"\s*+(?P<dash>[{regex.escape(self.ATTRIBUTION_DASHES)}])\s*+(?=\p{{Lu}})")
        # the end of a paragraph, then a line that opens with a dash before a capital ("\n\n-Ana Ortiz")
        self._dash_line = (
            regex.compile(rf"[^\S\n]*+\n\s*+(?P<dash>[{regex.escape(self.LINE_ATTRIBUTION_DASHES)}]{{1,2}}+)[^\S\n]*+(?=\p{{Lu}})")
            if self.LINE_ATTRIBUTION_DASHES
            else None
        )
        # ("said a witness, identified as Mary Stone.": the words that give a name, the name, the
        # sentence's end; name_after_named_as, off with no NAMED_AS_WORDS)
        named_as = "|".join(r"\s++".join(regex.escape(w) for w in p.split()) for p in self.NAMED_AS_WORDS)
        name_word = r"\p{Lu}(?:\.|[\p{L}\p{M}'’\-]*+)"
        # (rare: compiled when first needed, and searched only where the first of its words stands)
        self._named_as_tail = LazyPattern(
            rf"""(?<![\p{{L}}\p{{M}}])(?:{named_as})\s++                  # the words that give it ("identified as")
            (?P<name>{name_word}(?:\s++{name_word}){{1,{self.MAX_NAME_WORDS - 1}}}+)  # two or more capitalised words
            \s*+[.!]?+\s*+$                                           # then the sentence's end""",
            regex.VERBOSE,
        ) if named_as else None
        self._named_as_firsts = tuple({p.split()[0] for p in self.NAMED_AS_WORDS})
        according = "|".join(r"\s++".join(regex.escape(w) for w in a.split()) for a in self.ACCORDING_TO)
        self._according_before = regex.compile(rf"(?i:{according})\s++(?P<np>[^,]{{1,80}})$")
        # '"...," Wang Yi told reporters, according to the ministry.': a few words, a comma, the source's cue
        self._according_after = (
            regex.compile(
                rf"(?:[^\S\n]++[\p{{L}}\p{{M}}\p{{N}}'’.\-]++){{0,{self.MAX_CREDITED_GAP_WORDS}}}+[^\S\n]*+,[^\S\n]*+"
                rf"(?i:{according})(?=\s)"
            )
            if self.ACCORDING_TO
            else None
        )
        # "Pour la ministre, ...": the holder of the view the sentence gives, up to a comma
        self._opinion_opening = (
            # (a word may end in a period, an honorific's: "Pour M. Dupont, ...": opinion_span reads it)
            regex.compile(
                rf"(?P<cue>{any_of(self.OPINION_OPENERS)})\s++"
                rf"(?P<np>[^\s,;:.!?()]++\.?+(?:\s++[^\s,;:.!?()]++\.?+){{0,{self.MAX_OPINION_HOLDER_WORDS - 1}}}+)\s*+,\s*+"
            )
            if self.OPINION_OPENERS
            else None
        )
        # (a name set off after the holder: "Pour le maire, M. Dupont, ...": opinion_name; a bound)
        name_word = r"\p{Lu}[^\s,;:!?()\d]*+"
        self._opinion_name = regex.compile(
            rf"""(?P<name>{name_word}                             # a capitalised word ("Pierre", "M.")
            (?:\s++{name_word}){{0,{self.MAX_NAME_WORDS}}}+)     # and a few more ("Martin")
            \s*+,\s*+                                            # then its comma""",
            regex.VERBOSE,
        )
        # a time or place between a cue and a quotation (``pointed out in March, "..."``)
        adverbials = any_of([*self.TIME_PREPOSITIONS, *self.PLACE_PREPOSITIONS])  # ("said outside court:")
        self._adverbial = regex.compile(rf"\s++(?:{adverbials})\s[^,;:\"“”]{{1,50}}")
        self._inverted = self.inverted_pattern()
        # after a quotation that opens its sentence: a comma (or none after its own "!" or "?")
        # and a verb in lower case ('„Das ist Unsinn“, polterte Klaus Weber.')
        self._verb_after_quotation = regex.compile(r"(?P<comma>\s*+,)?+\s++(?P<verb>\p{Ll}[\p{L}\p{M}\-]*+)")
        # the agent after a naming verb in the passive and its quotation: a few words up to
        # punctuation, a dash or one of PHRASE_END_WORDS ('labeled a "witch hunt" by Democrats —')
        self._agent_phrase = regex.compile(
            rf"\s++(?P<np>\p{{L}}[\p{{L}}\p{{M}}'’.\-]*+(?:\s++\p{{L}}[\p{{L}}\p{{M}}'’.\-]*+){{0,{self.MAX_NAME_WORDS - 1}}}?)"
            rf"(?=\s*+(?:[,.;:!?()\"”{regex.escape(self.ATTRIBUTION_DASHES)}]|--|$)|\s++(?:{any_of(self.PHRASE_END_WORDS)})(?![\p{{L}}]))"
        )
        # "« Nous sommes prêts, a déclaré Anne Dupont. Le pont ... »": an attribution inside the
        # marks, after a comma, up to the period or comma that goes on with the quotation
        inserted = [v for v in self.SPEECH_VERBS if v not in self._according]
        # (or the narrator's dashes around it: "«No vamos a dimitir —afirmó el alcalde—. Tenemos ...»")
        dashes = regex.escape(self.DIALOGUE_DASHES) if self.DIALOGUE_DASHES else ""
        dash_open = rf"|\s++(?=[{dashes}])" if dashes else ""
        dash_close = rf"(?P<dash>[{dashes}]\s*+)?" if dashes else ""
        dash_end = rf"|[{dashes}](?!\s*+[.,])" if dashes else ""
        dash_lead = rf"(?:[{dashes}]\s*+)?+" if dashes else ""
        outside = dashes + regex.escape("".join(c for p in self.QUOTE_PAIRS for c in p))  # (no part of the speaker)
        self._inserted = (
            regex.compile(
                rf"""(?P<comma>,\s++{dash_open}){dash_lead}(?P<cue>{any_of(inserted)})(?![\p{{L}}\-])  # ", a déclaré"
                     [^,.;:!?\n{outside}]{{1,{self.MAX_INSERTED_CHARS}}}+
                     {dash_close}(?P<end>[.,]{dash_end})(?=\s++\S|\s*+$)  # the speaker, then "." or "," and more words or none
                """,
                regex.VERBOSE,
            )
            if self.INSERTED_ATTRIBUTIONS and inserted
            else None
        )
        # "« Nous irons jusqu'au bout, a-t-elle ajouté, sans céder. »": an inverted cue inside the
        # marks, after a comma, up to the period or comma that goes on with the quotation, or the end
        self._inserted_inverted = (
            regex.compile(
                rf"""(?P<comma>,)\s++(?P<cue>{self._inverted.pattern})  # ", a-t-elle ajouté"
                     [^,.;:!?\n{regex.escape("".join(c for p in self.QUOTE_PAIRS for c in p))}]{{0,{self.MAX_INSERTED_CHARS}}}+
                     (?:(?P<end>[.,])(?=\s++\S|\s*+$)|\s*+$)     # then "." or "," and more words, or the end
                """,
                regex.VERBOSE,
            )
            if self.INSERTED_ATTRIBUTIONS and self._inverted is not None
            else None
        )
        # "«...», aseguró a Efe la portavoz": the person spoken to, between the verb and its subject
        recipients, determiners = any_of(self.RECIPIENT_WORDS), any_of(self.DETERMINERS)
        elided = any_of(d for d in self.DETERMINERS if d.endswith(("'", "’")))
        self._free_relatives = frozenset(w.casefold() for w in self.FREE_RELATIVES)
        self._recipient = (
            regex.compile(
                rf"""\s++(?i:{recipients})\s++                  # "a", "al": to whom
                     (?:\p{{Lu}}[\p{{L}}\-]*+(?:\s++\p{{Lu}}[\p{{L}}\-]*+)++(?=\s++\p{{Ll}})  # a name of several words
                                                                # before a subject in lower case ("à France Inter la ministre")
                     |(?i:{elided})?+\p{{Lu}}[\p{{L}}\-]*+      # a capitalised name ("Efe", "TVE"), maybe after
                                                                # an elided article ("à l'AFP")
                     |(?i:{determiners})\s++\p{{Ll}}[\p{{L}}\-]*+)  # or a determiner and a noun ("los periodistas")
                     (?=\s++[^\p{{Lu}}\s]|\s*+[.!?…]?\s*+$)     # then a subject that opens in lower case, or
                                                                # the end ("a Efe Marta Ruiz": where the name starts is unsure)
                """,
                regex.VERBOSE,
            )
            if self.RECIPIENT_WORDS
            else None
        )
        # "« ... », a assuré à l'AFP Marie Durand, ...", "a raconté à la barre Fatima Benali.": a one-word
        # name after an elided article, or a determiner and a noun, then a name of two words or more
        # closed by a comma or the sentence's end (where the recipient ends is sure)
        self._recipient_before_name = (
            regex.compile(
                rf"""\s++(?i:{recipients})\s++
                     (?:(?i:{elided})\p{{Lu}}[\p{{L}}\-]*+                     # "l'AFP"
                     |(?i:{determiners})\s++(?P<noun>\p{{Ll}}[\p{{L}}\-]*+))  # "la barre"
                     (?=\s++\p{{Lu}}[\p{{L}}\-]*+(?:\s++\p{{Lu}}[\p{{L}}\-]*+){{1,3}}+\s*+(?:,|[.!?…]?\s*+$))
                """,
                regex.VERBOSE,
            )
            if self.RECIPIENT_WORDS
            else None
        )
        # "«...», dijo a Efe Luis Vega, portavoz ...": the recipient word, then capitalised words up
        # to a comma or the sentence's end (agency_recipient_end reads where the agency ends); German
        # "sagte der dpa Jonas Vogt": a dative determiner before the agency, which may be in lower case
        told = (*self.RECIPIENT_WORDS, *self.RECIPIENT_DETERMINERS, *self.OBLIQUE_FEMININE_DETERMINERS)
        self._agency_recipient = (
            regex.compile(
                rf"""\s++(?i:{any_of(told)})\s++
                     (?P<words>\p{{L}}[\p{{L}}\-]*+  # the agency, then the name
                       (?:\s++\p{{Lu}}[\p{{L}}\-]*+){{1,{self.MAX_AGENCY_WORDS + self.MAX_NAME_WORDS}}}+)
                     (?=\s*+(?:,|[{regex.escape(self.SENTENCE_END)}]?\s*+$))
                """,
                regex.VERBOSE,
            )
            if told
            else None
        )
        # a line that signs the quotation before it: a name, a comma, a description and the closing mark
        sign_offs = any_of(self.SIGN_OFF_WORDS) or "(?!)"
        self._signature_line = regex.compile(
            rf"(?:(?i:{sign_offs}),\s++)?+"  # ("Yours, Dr Ann Cole, Mayor.": a letter's closing before the name)
            rf"(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+(?:\s++\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*+){{1,{self.MAX_NAME_WORDS}}}),"
            rf"\s++[^\n{regex.escape(''.join(self._marks))}]{{1,{self.MAX_SIGNATURE_CHARS}}}"
            rf"{f'[{regex.escape(self._closing_text)}]' if self._closing_text else '(?!)'}\s*+$"  # (no marks: never)
        )
        # "... patience. Yours, Dr Ann Cole, Mayor.": a sentence's end, then a letter's closing and its comma
        self._sign_off_after_sentence = (
            regex.compile(rf"[{regex.escape(self.SENTENCE_END)}]\s++(?=(?i:{sign_offs}),\s)") if self.SIGN_OFF_WORDS else None
        )
        # "«...», dijeron Ana Ruiz y su marido, Pedro.": a second subject joined to the first after
        # an inverted cue, a name or a determiner and a noun (a name set off after it), up to the
        # sentence's end or a day or a time that closes it ("sagten Anna Weber und Markus Roth am Montag.")
        name = r"\p{Lu}[\p{L}\p{M}'’\-]*+(?:\s++\p{Lu}[\p{L}\p{M}'’\-]*+){0,3}"
        joined_determiners = any_of([*self.DETERMINERS, *self.POSSESSIVE_DETERMINERS])
        self._joined_leads = frozenset(w.casefold() for w in (*self.DETERMINERS, *self.POSSESSIVE_DETERMINERS))
        # (the words a joined subject may hold in lower case besides its role: the joins, case-folded
        # once here from the class's list, and the OF_WORDS of a body they are of)
        self._joined_words = frozenset(w.casefold() for w in self.SUBJECT_JOINS) | self._of
        closing_time = rf"""(?:\s++(?i:{any_of(self.TIME_PREPOSITIONS)}))?+
                            \s++(?i:{self.vocabulary.weekday_pattern or "(?!)"}|{any_of(self.TIME_ADVERBS)})(?![\p{{L}}])
                            (?:\s++(?i:{any_of(self.TIME_NOUNS)})(?![\p{{L}}]))?+"""
        closing_place = (
            rf"""\s++(?i:{any_of(self.CLOSING_PLACE_PREPOSITIONS)})\s++\p{{Lu}}[\p{{L}}\p{{M}}\-]*+
                 (?:\s++\p{{Lu}}[\p{{L}}\p{{M}}\-]*+)?+"""
            if self.CLOSING_PLACE_PREPOSITIONS
            else "(?!)"
        )
        # (a relative clause set off after the second subject: '"...," said Ana Ruiz and Tom Berg, who run the shop,')
        who = any_of(self.PERSONAL_RELATIVE_PRONOUNS) or "(?!)"
        noun = r"\p{Ll}[\p{L}\p{M}\-]*+"
        # (a full name after a role with no comma: two words or more, never "left on Monday")
        full_name = r"\p{Lu}[\p{L}\p{M}'’\-]*+(?:\s++\p{Lu}[\p{L}\p{M}'’\-]*+){1,3}"
        # (a role set off by commas beside a joined subject: a determiner and words in lower case up to a comma
        # or the end, "the union leader", "his deputy"; not "a GP at the Harbour Clinic")
        apposed = rf"(?i:{joined_determiners})\s++[^,;:.!?\"“”«»„()\p{{Lu}}]{{1,{self.MAX_JOINED_ROLE_CHARS}}}"
        # '"...," said Ana Ruiz, Tom Lee and Kofi Mensah.': a full name set off by a comma in a list of
        # subjects after an inverted cue, then a comma or the join before the list's last one
        self._listed_name_after = regex.compile(
            rf"\s*+,\s*+(?P<name>{full_name})(?=\s*+,|\s++(?:{any_of(self.SUBJECT_JOINS) or '(?!)'})\s)"
        )
        self._joined_subject = (
            regex.compile(
                rf"""(?:\s*+,\s*+{apposed},)?+                             # ", the union leader," set off before it
                     \s++(?:{any_of(self.SUBJECT_JOINS)})\s++              # "y", "et", "und"
                     (?:{name}(?:\s*+,\s*+{apposed}                       # "Pedro Gil", maybe ", the port's chief"
                      |\s++(?:{any_of(self.OF_WORDS)})\s++{apposed})?+          # or " of the dockers' union"
                     |(?i:{joined_determiners})\s++                       # "su", "la", "le"
                      (?:\p{{Lu}}[\p{{L}}\p{{M}}\-]*+\s++)?+{noun}            # "marido", "Premier ministre"
                      (?:\s*+,\s*+{name}                                    # ", Pedro"
                      |(?:\s++{noun})?+\s++{full_name})?+                    # " Ana Gómez" (never "el niño lloró")
                     |(?:{noun}\s++){{1,2}}+{full_name})                    # "finance chief Eva Lang"
                     (?=(?:{closing_time})?+                              # "am Montag", "el lunes", "lundi"
                        (?:{closing_place})?+                             # "in Frankfurt", "à Paris"
                        \s*+[.!?…]?+\s*+$                                 # then the sentence's end
                      |\s*+,\s*+(?i:{who})\s)                              # or ", who run the shop," (fixQ65)
                """,
                regex.VERBOSE,
            )
            if self.SUBJECT_JOINS
            else None
        )
        # "« ... », estime pour sa part Jean Dupont": an aside or an adverb between the verb and its subject
        self._aside_before_subject = regex.compile(
            rf"\s++(?:(?i:{any_of(self.CUE_ASIDES)})|(?P<adverb>\p{{Ll}}[\p{{L}}\p{{M}}]*+))(?=\s++[\p{{L}}\p{{M}}])"
        )
        # "« ... », a déclaré mardi soir la ministre": a day or a time between the verb and its subject
        self._time_before_subject = regex.compile(
            rf"""\s++(?:(?i:{any_of(self.TIME_PREPOSITIONS)})\s++)?      # "am", "el", "on" (or none: "gestern")
                 (?i:{self.vocabulary.weekday_pattern or "(?!)"}|{any_of(self.TIME_ADVERBS)})(?![\p{{L}}])  # "mardi", "hier"
                 (?:\s++(?i:{any_of(self.TIME_NOUNS)})(?![\p{{L}}]))?+     # "soir"
                 (?=\s++(?:\p{{Lu}}|(?i:{any_of(self.DETERMINERS)})\s))   # then the subject: a name or an article
            """,
            regex.VERBOSE,
        )
        # "„...“, so Miersch.": a word that gives the quotation before it to the name after it
        particles = any_of(self.ATTRIBUTION_PARTICLES)
        self._particle_cue = (
            regex.compile(rf"(?:{particles})(?=\s++(?:\p{{Lu}}|(?i:{any_of(self.DETERMINERS)})\s))")
            if self.ATTRIBUTION_PARTICLES
            else None
        )
        self._colon_tail_prepositions = frozenset(self.COLON_TAIL_PREPOSITIONS)
        self._writer_tail_prepositions = frozenset(self.WRITER_TAIL_PREPOSITIONS)
        self._get_passives = frozenset(w.casefold() for w in self.GET_PASSIVES)
        self._judged_participles = frozenset(self.JUDGED_PARTICIPLES)
        self._judged_prepositions = frozenset(self.JUDGED_PREPOSITIONS)
        # a transcript's speaker label opening a quotation: "WALLACE: ...", "Chris Matthews: ..."
        name = rf"\p{{Lu}}[\p{{L}}'’\-]*+\.?+(?:[ ]\p{{Lu}}[\p{{L}}'’\-]*+\.?+){{0,{self.MAX_NAME_WORDS - 1}}}"
        self._transcript_label = regex.compile(
            rf"""(?:(?:\[{_TIME_CODE}\]|\({_TIME_CODE}\))[ \t\xa0]++)?+  # maybe a time code first: "[00:01:05] ANNA KOVAC: ..."
                 (?:
                   # a role, then the name in brackets: "HOST (Maya Lindqvist): ..." (mendQT70)
                   (?P<role>\p{{Lu}}[\p{{L}}'’\-]*+(?:[ ]\p{{Lu}}[\p{{L}}'’\-]*+){{0,{self.MAX_TURN_ROLE_WORDS - 1}}})
                   [ ]\((?P<name>{name})\)
                 | (?P<name>{name})                          # capitalised words (an initial keeps its period), up to MAX_NAME_WORDS
                 )
                 :[ \t\xa0]++                                # the colon, then the words spoken
            """,
            regex.VERBOSE,
        )
        # an interview's labels, with a colon or a period: "Q: ...", "A. ..." (none: the rule is off)
        asked = [*self.QUESTION_LABELS, *self.ANSWER_LABELS]
        # (its colon after one of LABEL_COLON_SPACES where the language sets one there: French "Q : ...")
        colon = rf"(?:\.|[{regex.escape(self.LABEL_COLON_SPACES)}]?+:)" if self.LABEL_COLON_SPACES else "[.:]"
        self._interview_label = regex.compile(rf"(?P<name>{any_of(asked)}){colon}[ \t\xa0]++") if asked else None
        # another turn glued to one in the same paragraph, after a line break or a sentence's end
        self._glued_label = (
            regex.compile(rf"(?:\n|(?<=[.?!…][\"”’»]?+)[ \t\xa0]++)(?P<name>{any_of(asked)}){colon}[ \t\xa0]++") if asked else None
        )

    def turn_label(self, text: str, start: int, end: int | None) -> regex.Match[str] | None:
        """The label of a transcript's turn at *start* of *text* (before *end*): a speaker's
        (``WALLACE: ...``) or one of an interview's :attr:`QUESTION_LABELS` and :attr:`ANSWER_LABELS`
        with a colon or a period (``Q: ...``, ``A. ...``), group ``name``; ``None`` if none.

        .. versionadded:: 0.2
        """
        label = self._interview_label.match(text, start, end, KEEP_GIL) if self._interview_label is not None else None
        return label if label is not None else self._transcript_label.match(text, start, end, KEEP_GIL)

    def in_transcript_turn(self, text: str, pos: int) -> bool:
        """Whether *pos* stands on a line of *text* that opens with a label :meth:`turn_label` reads
        (``A: The port will pay, I told the council``), the line's start at most
        :attr:`SUBJECT_WINDOW` characters back.

        .. versionadded:: 0.2
        """
        floor = max(0, pos - self.SUBJECT_WINDOW)
        line = text.rfind("\n", floor, pos) + 1
        if line == 0 and floor > 0:
            return False  # (no line start in the window: a long line, read as no turn)
        return self.turn_label(text, line, pos) is not None

    def turn_person(self, at: int, state: State) -> str | None:
        """The person whose transcript turn holds *at* (``LERATO MOKOENA: The port is safe, the
        minister told parliament. I said that the cranes were not.``: her ``I``): the name a
        speaker's label at the start of *at*'s line in the paragraph gives (:meth:`label_speaker`),
        the line's start at most :attr:`SUBJECT_WINDOW` characters back, when a line beside the
        paragraph is another speaker's turn (:meth:`beside_turn`, :meth:`other_turn_beside`: not
        ``DEAR ABBY: My husband and I ...``); ``None`` for an interview's ``Q`` and ``A``
        (:meth:`interview_speaker` reads those) and off a turn.

        .. versionadded:: 0.2
        """
        raw = state.paragraph_text
        pos = at - state.paragraph_start
        if pos < 0 or pos > len(raw):
            return None
        floor = max(0, pos - self.SUBJECT_WINDOW)
        line = raw.rfind("\n", floor, pos) + 1
        if line == 0 and floor > 0:
            return None
        label = self._transcript_label.match(raw, line, pos, KEEP_GIL)
        if label is None or self.is_interview_label(label["name"]):
            return None
        # (a turn of a transcript, as transcript_turn reads one: another speaker's turn beside it, not
        # a column of letters, "DEAR ABBY: My husband and I ...")
        span = Span(state.paragraph_start, state.paragraph_start + len(raw))
        if not self.beside_turn(state.text, span) or not self.other_turn_beside(state.text, span, label["name"], state):
            return None
        speaker = self.label_speaker(label, state)
        return speaker.name if speaker is not None else None

    def inverted_pattern(self) -> regex.Pattern[str] | None:
        """The pattern of a cue with its subject pronoun joined to the verb by one of
        :attr:`INVERTED_LINKS` (French ``a-t-il déclaré``, ``ont-elles dit``, ``affirme-t-elle``):
        an auxiliary, the link, the pronoun and a participle (maybe one of :attr:`ADVERBS` before it:
        ``a-t-elle ensuite déclaré``), or a finite verb, the link and the
        pronoun, from the vocabulary's :attr:`SPEECH_VERBS`, but none of
        :attr:`IMPERSONAL_PRONOUNS` (``dit-on``: no speaker); ``None`` when the language has no
        links (English)."""
        if not self.INVERTED_LINKS or not self.PRONOUNS:
            return None
        pairs = [v.split() for v in self.SPEECH_VERBS if len(v.split()) == 2 and v not in self.ACCORDING_TO]
        finite = [v for v in self.SPEECH_VERBS if " " not in v and v not in self.ACCORDING_TO]
        links = any_of(self.INVERTED_LINKS)
        # (an impersonal pronoun speaks for nobody: "dit-on au ministère")
        pronoun = rf"(?P<pronoun>{any_of([p for p in self.PRONOUNS if p not in self.IMPERSONAL_PRONOUNS])})"
        branches = []
        if pairs:
            auxiliaries = any_of(sorted({a for a, _ in pairs}))
            participles = any_of(sorted({p for _, p in pairs}))
            # "a-t-il déclaré": the auxiliary, the pronoun, the participle; maybe one of ADVERBS between
            # ("a-t-elle ensuite déclaré", "a-t-il également souligné")
            adverb = rf"(?:{any_of(self.ADVERBS)})\s++" if self.ADVERBS else "(?!)"
            branches.append(rf"(?:{auxiliaries})(?:{links}){pronoun}\s++(?:{adverb})?+(?:{participles})")
        if finite:
            # "affirme-t-elle", "dit-il": the verb, then the pronoun
            branches.append(rf"(?:{any_of(finite)})(?:{links}){pronoun.replace('pronoun', 'pronoun2')}")
        return regex.compile(rf"(?i:{'|'.join(branches)})(?![\p{{L}}\-])")

    def direct_quotes(
        self,
        raw: str,
        offset: int,
        number: int,
        marks: Sequence[tuple[int, int]],
        sentences: Sequence[tuple[int, int]],
        claimed: Claims,
        state: State,
        unattributed: list[Quotation] | Quotations | None = None,
    ) -> MutableSequence[Quote]:
        """Quotes in quotation marks with an attribution beside them, or carrying on a speaker.
        Quotations inside a sentence with no attribution beside them are added to *unattributed*
        (for :meth:`unattributed_quotes`, once reported speech is known)."""
        found = state.findings()  # (packed as they are made from the thousandth on)
        pending: list[tuple[int, int]] = []
        short: dict[int, Quotation] = {}  # (the pending quotations that are short sentences, by where their words start)
        # (an integer array: a long paragraph's sentences may be packed, each start a new int)
        starts: Sequence[int] = (
            array("q", (s[0] for s in sentences)) if len(sentences) > STARTS_ARRAY else [s[0] for s in sentences]
        )
        previous: tuple[int, Quote] | None = None  # where the last attribution after a quotation ends, its quote
        for open_, close in marks:
            inner_start, inner_end = self.strip_inner(raw, open_ + 1, close)
            if inner_end - inner_start < 2:
                continue
            sentence = sentences[max(0, bisect_right(starts, open_) - 1)] if sentences else (0, len(raw))
            # (a paragraph of dialogue runs to its end: "—No vamos a ceder —dijo Ana Ruiz—. El diálogo ...")
            if self._inserted is not None and (close < len(raw) or raw[open_] in self.DIALOGUE_DASHES):
                split = self.inserted_attribution(raw, offset, number, (inner_start, inner_end), state)
                if split is not None:
                    found.extend(split)
                    claimed.append((open_, close + 1))
                    previous = None
                    continue
            one_word = len(raw[inner_start:inner_end].split(None, 1)) < 2  # (no list of every word)
            before = raw[sentence[0] : open_]
            attribution = self.attribution_after(raw, close, sentence, before)
            if attribution is not None and self.gesture_after_clause(raw, attribution, before):
                attribution = None  # ('When Hale accused him of a "smear," the senator smiled.': no words of his)
            handed_on = attribution is not None and self.introduces_next(raw, inner_end, attribution)
            if handed_on:
                attribution = None  # ('"... a developer." The mayor replied, "...": the next words are hers)
            passed: Attribution | None = None  # (an attribution after the quotation that a cue before it beats)
            if attribution is not None:
                # ('When a man shouted, "Resign," Berg joked.': the man's word, not Berg's)
                right_before = self.cue_right_before(raw, open_, sentence)
                if right_before is not None:
                    passed, attribution = attribution, self.with_outlet(raw, right_before, attribution)
            if self.apposed_title(raw, (open_, close), sentence):
                attribution = None  # ('said the painting, "Girl With a Lantern," had been ...': a title)
            elif attribution is None:
                attribution = self.attribution_before(raw, open_, sentence)
                if attribution is not None and self.according_clause_goes_on(raw, attribution, close, sentence):
                    attribution = None  # ("Selon lui, « ... » n'a été identifié": the clause is the source's, mixed)
                if attribution is not None:
                    attribution = self.verb_second_speaker(raw, attribution, open_, sentence, state)
            opening = attribution is not None and self.opening_as_speaker(raw, attribution, sentence, state)
            if attribution is not None and self.is_label(raw, attribution, sentence, state):
                attribution = None  # 'Update: "The road has reopened."': a label, no speaker
            aside = self.dash_clause_aside(raw, close, sentence, before) if attribution is None else None
            if aside is not None:
                # ('"We urge anyone to come forward" – and, she added, they would be protected.': hers;
                # the aside's cue stays free for the words after it)
                speaker = self.resolve(self.mention(raw, aside.speaker), state, None)
                bounds = (inner_start, inner_end)
                found.append(self.make_quote(raw, offset, number, bounds, QuoteKind.DIRECT, aside.cue.text, speaker, None))
                claimed.append((open_, close + 1))
                previous = None
                continue
            if attribution is None and close == len(raw):
                repaired = self.unclosed_attribution(raw, open_, sentence, before)
                if repaired is not None:  # '"We lost everything, said Mary Holt.': the mark left out
                    close, attribution = repaired
                    inner_start, inner_end = self.strip_inner(raw, open_ + 1, close)
            if (
                attribution is not None
                and previous is not None
                and previous[1].source is not None
                and attribution.cue.text.casefold().startswith(self._according_starts)
                and attribution.speaker[1] <= previous[0]
            ):
                # ('"We are," Tom Berg said, according to the Herald, "in serious trouble."': the words before
                # the quotation are the last one's attribution and its source, read already)
                attribution = None
            if attribution is None and previous is not None and self.resumes(raw, previous[0], open_, sentence):
                # '"We stayed," said Alun Jones, a miner, "and now there is nothing."': the same speaker
                resumed, bounds = previous[1], (inner_start, inner_end)
                said = (QuoteKind.DIRECT, resumed.cue, resumed.speaker, resumed.source)  # (the same attribution and source)
                found.append(self.make_quote(raw, offset, number, bounds, *said))
                claimed.append((open_, close + 1))
                previous = None
                continue
            previous = None
            if attribution is None:
                if self.is_free_standing(raw, open_, close, sentence) and not one_word:
                    pending.append((inner_start, inner_end))
                elif (handed_on or self.writer_completed(raw, open_, close, sentence)) and any(
                    quote.speaker is not None for quote in found
                ):
                    # (words the attribution after them did not take go on with the speaker quoted before them)
                    # ('"...," Ortiz said. "That is the fight we are taking" to the rest of the country.': Ortiz)
                    pending.append((inner_start, inner_end))
                elif self.is_spoken_sentence(raw, open_, close, sentence):
                    pending.append((inner_start, inner_end))  # ('"Do not wait."': its speaker's if one speaks before)
                    short[inner_start] = Quotation(open_, close, inner_start, inner_end, *sentence)
                elif unattributed is not None:
                    unattributed.append(Quotation(open_, close, inner_start, inner_end, *sentence))
                continue
            # (a source after "according to" may be any noun phrase: "a study by economists")
            source = attribution.cue.text.casefold() in self._according or attribution.cue.text in self.OPINION_OPENERS
            cue = attribution.cue
            if attribution.dropped:
                speaker = self.dropped_speaker(raw, attribution.speaker, state, number)
            elif attribution.unsure:
                speaker = None  # ('"...," said Mark Ruiz and Jo Kent's attorney.': the cue, no one sure)
            else:
                speaker = self.resolve(self.mention(raw, attribution.speaker), state, None, source=source)
            if self.passive_at(raw, cue.text, cue.start) or opening:
                # ('"...," reporters were told': said to them, not by them; 'Gestern sagte: „...“': no subject)
                speaker = None
            credited = attribution.source
            read_to = max(attribution.speaker[1], cue.end)  # (where the attribution's words end)
            if credited is None and attribution.speaker[0] > close:
                found_source = self.credited_after(raw, read_to, sentence[1])
                if found_source is None and attribution.speaker[0] < cue.start:
                    found_source = self.quoted_by(raw, cue.text, read_to, sentence[1])
                if found_source is not None:
                    credited, read_to = found_source
            quote = self.make_quote(raw, offset, number, (inner_start, inner_end), QuoteKind.DIRECT, cue.text, speaker, credited)
            found.append(quote)
            claimed.append((open_, close + 1))
            claimed.append(cue.bounds)
            claimed.append(attribution.speaker)
            self.remember(state, speaker, number)
            if passed is not None:  # (its cue reports nothing else: "Berg joked." says no words of its own)
                claimed.append(passed.cue.bounds)
                claimed.append(passed.speaker)
                # (but its speaker spoke last: 'shouted, "Resign," Berg joked. "...," he added': Berg)
                self.remember(state, self.resolve(self.mention(raw, passed.speaker), state, None), number)
            if attribution.speaker[0] > close:  # an attribution after the quotation may go on to another
                previous = (read_to, quote)
        carried = self.continuing_speaker(found, state, number) if pending else None
        attributed = any(quote.speaker is not None for quote in found)
        nearest: Quote | None = None  # (the last attributed quote before the pending one: one walk)
        walked = 0
        kept = False  # (whether a pending quotation was made a quote here, not left to unattributed_quotes)
        refused = False  # (whether the speaker carried on was refused for someone the paragraph names)
        for inner in pending:
            while walked < len(found) and found[walked].span.start < inner[0] + offset:
                if found[walked].speaker is not None:
                    nearest = found[walked]
                walked += 1
            signed = self.signature_after(raw, offset, inner, state)
            if signed is not None:
                # ('"We have never seen this. ...' / 'Ana Ruiz, port authority chair."': the name signs it)
                words_end, signer = signed
                found.append(self.make_quote(raw, offset, number, (inner[0], words_end), QuoteKind.DIRECT, None, signer, None))
                claimed.append((inner[0] - 1, inner[1] + 1))
                continue
            speaker = self.follow_on_speaker(nearest, carried, state)
            if speaker is not None and nearest is not None and speaker is nearest.speaker and (
                self.asks_someone(state.text, speaker.span)
            ):
                speaker = None  # ('"Did you do it?" the judge asked Tom Berg. "No, sir."': the answer)
            if inner[0] in short and not (
                nearest is not None
                or (self.quotation_opens(raw, short[inner[0]].open) and state.carried_paragraph != number - 1)
            ):
                # (no one spoke before it in the paragraph, and it does not open the paragraph after an
                # attributed quote: '"No comment."' after a run of quoted paragraphs may be anyone's)
                speaker = None
            if inner[0] in short and speaker is not None and speaker.name.casefold() in self._pronouns:
                speaker = None  # (a 'he' no one was found for gives a short quotation no speaker)
            if inner[0] in short and speaker is None:
                if unattributed is not None:
                    unattributed.append(short[inner[0]])  # (read as any other quotation: no speaker of its own)
                continue
            if speaker is not None and nearest is not None and nearest.speaker is speaker:
                speaker = self.unless_someone_else(raw, offset, nearest, inner[0], sentences, starts, state)
            if not attributed and inner[0] not in short and not self.speaks_of_someone(raw[inner[0] : inner[1]]):
                # 'The judge turned to the jury. "You must ..."': the sentence before speaks
                # (not '"She was unstoppable."' after 'Ortiz scored twice.': that is about her)
                speaker = self.subject_before(raw, inner[0], sentences, starts, state)
                if speaker is None and self.other_named_before(carried, inner[0], state):
                    refused = True  # (not over 'Ana Ortiz said the plan would "work." "We are sure."')
                elif speaker is None:
                    speaker = carried
            if speaker is not None and self.dialogue_question(raw, inner):
                speaker = None  # ("— Et les usagers ?" between a speaker's answers: the reporter asks; mendQT67)
            found.append(self.make_quote(raw, offset, number, inner, QuoteKind.DIRECT, None, speaker, None))
            claimed.append((inner[0] - 1, inner[1] + 1))
            kept = True
        if kept and carried is not None and not refused:
            self.remember(state, carried, number)  # a run of quoted paragraphs keeps its speaker
            state.carried_paragraph = number
        return found

    def is_label(self, raw: str, attribution: Attribution, sentence: tuple[int, int], state: State) -> bool:
        """Whether *attribution* is one word of :attr:`LABEL_WORDS` alone before a colon at the
        start of its *sentence* that names no one the article named in full (``Update: "..."``,
        ``Note: "..."``, ``Review: "..."``): a label over the quotation, not its speaker (a
        surname still speaks, ``Ortiz: "..."``, and so does a source after a dash: ``Polls erred
        - Pollster:``).  A word that is a label only for standing in lower case nearby
        (:meth:`used_in_lower_case`) speaks when the quotation after the colon speaks in the
        first person (:meth:`speaks_in_first_person`: ``Rice: "We cannot afford it."``)."""
        if attribution.cue.text != ":" or raw[sentence[0] : attribution.speaker[0]].strip():
            return False
        words = raw[attribution.speaker[0] : attribution.speaker[1]].split()
        if len(words) != 1:
            return False
        word = strip_possessive(words[0])
        if not (self.is_label_word(word) or self.is_time_word(word)) and not (
            self.used_in_lower_case(word, state) and not self.speaks_in_first_person(raw, attribution.cue.end, sentence[1])
        ):
            return False  # (a time is a label too: 'Today: "..."', 'Monday: "..."'; 'Ortiz:' speaks)
        return state.index.full_name((word,)) == word and not state.index.is_known(word)

    def is_label_word(self, word: str) -> bool:
        """Whether *word* is one of :attr:`LABEL_WORDS`, or a capitalised common noun by one of
        :attr:`LABEL_ENDINGS` (``Information``; not ``WALLACE``, a transcript's label in capitals)."""
        low = word.casefold()
        if low in self._label_words:
            return True
        return word[:1].isupper() and word[1:].islower() and low.endswith(self._label_endings)

    def speaks_in_first_person(self, raw: str, start: int, end: int) -> bool:
        """Whether the words of *raw* from *start* to *end* hold one of :attr:`FIRST_PERSON_WORDS`
        (``"We cannot afford it."``): someone's own words."""
        first_person = self._first_person
        return any(w.strip("\"“”‘’'.,;:!?()").casefold() in first_person for w in raw[start:end].split())

    def used_in_lower_case(self, word: str, state: State) -> bool:
        """Whether capitalised *word* also stands in lower case as a word of the article within
        :attr:`LABEL_REACH` characters (``Parking: "..."`` near ``parking is free``): a common
        noun, no name."""
        if not (word[:1].isupper() and word[1:].islower()):
            return False
        lower = word.casefold()
        at = state.paragraph_start
        text = state.text
        start = max(0, at - self.LABEL_REACH)
        end = min(len(text), at + self.LABEL_REACH)
        found = text.find(lower, start, end)
        while found >= 0:
            after = found + len(lower)
            if (found == 0 or not text[found - 1].isalpha()) and (after >= len(text) or not text[after].isalpha()):
                return True
            found = text.find(lower, after, end)
        return False

    def unclosed_attribution(
        self, raw: str, open_: int, sentence: tuple[int, int], before: str
    ) -> tuple[int, Attribution] | None:
        """For a quotation left open to the paragraph's end: where its closing mark was left out,
        right after a comma that an attribution follows (``"We lost everything, said resident
        Mary Holt.``), and that attribution, which starts right after the comma; one of the first
        :attr:`MAX_UNCLOSED_COMMAS` commas of its sentence; none that
        :meth:`speaks_on_in_quotation` reads as the quotation's own words."""
        comma = open_
        for _ in range(self.MAX_UNCLOSED_COMMAS):
            comma = raw.find(",", comma + 1, sentence[1])
            if comma < 0:
                return None
            attribution = self.attribution_after(raw, comma, sentence, before)
            if attribution is not None and self.speaks_on_in_quotation(raw, attribution):
                continue  # ('"When I raised it, I was told to keep quiet.': the words go on, no one attributes them)
            lead = LEAD.match(raw, comma + 1)
            if attribution is not None and lead is not None and min(attribution.speaker[0], attribution.cue.start) == lead.end():
                return comma + 1, attribution  # (the attribution starts right after the comma)
        return None

    def dash_clause_aside(self, raw: str, close: int, sentence: tuple[int, int], before: str) -> Attribution | None:
        """The attribution set off by commas in a clause that a dash of :attr:`CLAUSE_DASHES` and one
        of :attr:`COORDINATORS` join to the quotation closed at *close* (``"We urge anyone to come
        forward" – and, she added, they would be protected.``): its speaker said the quotation
        too, since the clause goes on with what she added; ``None`` when the words after the
        quotation have another shape (``"..." – and the mayor agreed``), or when no cue and a
        comma close the aside.

        .. versionadded:: 0.2 (mendQT70)"""
        if not self.CLAUSE_DASHES or close >= sentence[1]:
            return None
        pos = close + 1
        while pos < sentence[1] and raw[pos].isspace():
            pos += 1
        if pos >= sentence[1] or raw[pos] not in self.CLAUSE_DASHES:
            return None
        word = self._word.match(raw, pos + 1 + len(raw[pos + 1 : sentence[1]]) - len(raw[pos + 1 : sentence[1]].lstrip()))
        if word is None or word.group().casefold() not in self._coordinators:
            return None
        comma = word.end()
        if raw[comma : comma + 1] != ",":
            return None
        attribution = self.attribution_after(raw, comma, sentence, before)
        if attribution is None or attribution.source is not None:
            return None
        after = raw[attribution.cue.end : sentence[1]].lstrip()
        return attribution if after.startswith(",") and attribution.speaker[1] <= attribution.cue.end else None

    def speaks_on_in_quotation(self, raw: str, attribution: Attribution) -> bool:
        """For :meth:`unclosed_attribution`: whether *attribution*, read after a comma inside a
        quotation left open, is rather the quotation's own words going on: a passive cue
        (:meth:`passive_at`: ``"When I raised it, I was told to keep quiet.``, its subject the one
        told) or a speaker of :attr:`FIRST_PERSON_WORDS` (``"When I raised it, I told them to
        stop.``: the one quoted speaks of herself, no writer's attribution).

        .. versionadded:: 0.2 (mendQT70)"""
        if self.passive_at(raw, attribution.cue.text, attribution.cue.start):
            return True
        return raw[attribution.speaker[0] : attribution.speaker[1]].strip().casefold() in self._first_person

    def inserted_attribution(
        self, raw: str, offset: int, number: int, inner: tuple[int, int], state: State
    ) -> list[Quote] | None:
        """The two quotes of a quotation that an attribution inside its marks splits (French ``«
        Nous sommes prêts, a déclaré Anne Dupont. Le pont fermera en mai. »``): the words before
        the comma and those after the attribution, both with its speaker (:attr:`INSERTED_ATTRIBUTIONS`);
        ``None`` when no such attribution names a speaker."""
        inverted = self.inserted_inverted(raw, offset, number, inner, state)
        if inverted is not None:
            return inverted
        match = self._inserted.search(raw, inner[0], inner[1]) if self._inserted is not None else None
        if match is None or match.start() == inner[0]:
            return None
        dashed = raw[match.start("comma")] != ","
        if dashed and raw[inner[1] : inner[1] + 8].lstrip(self._closing_text + " ").startswith(","):
            return None  # ("«El acuerdo —dijo el ministro— está cerca», añadió la portavoz.": hers, whole)
        np = self.phrase_after(raw, match.end("cue"), self.inserted_speaker_end(match), lenient=True)
        if dashed and (np is None or raw[np[1] : match.start("end")].strip(" \t\xa0" + self.DIALOGUE_DASHES)):
            # ("—dijo a este diario Marta Gil—.": the one spoken to, then the speaker; "—dijo a Efe—.": no one else)
            return self.dashed_recipient_attribution(raw, offset, number, inner, match, state)
        if np is None or raw[np[1] : match.start("end")].strip(" \t\xa0" + self.DIALOGUE_DASHES):
            # (", a déclaré à Reuters Claire Morel. Rien ...": the known agency told, then the name)
            # (", a déclaré à l'AFP Claire Morel. ...": one told by an elided article, recipient_before_name)
            stop = self.inserted_speaker_end(match)
            agency = self.agency_recipient_end(raw, match.end("cue"), stop)
            if agency is None:
                told = self.recipient_before_name(raw, match.end("cue"), stop)
                agency = told.end() if told is not None else None
            np = self.phrase_after(raw, agency, stop, lenient=True) if agency is not None else None
        if np is None or raw[np[1] : match.start("end")].strip(" \t\xa0" + self.DIALOGUE_DASHES):
            return None  # (the words after the verb are no speaker's phrase, or not all of it)
        resume = match.end()
        if not raw[resume : inner[1]].strip() and not self.inserted_person(raw, np):
            return None  # ('« Le pays, a déclaré la guerre. »': at the closing mark only a person's phrase attributes)
        named = self.inserted_name(raw, resume, inner[1]) if match["end"] == "," else None
        if named is not None:
            np, resume = named  # (", a déclaré le maire de Lyon, Paul Durand. Le pont ...": the name, then the words)
        elif match["end"] == ",":
            # (", a déclaré Anne Dupont, qui dirige le port. Le pont ...": the words after the clause;
            # "—explicó Marta Ruiz, portavoz de la plataforma—. Nadie ...": after the narrator's closing dash)
            closed = self.narrator_close_end(raw, resume, inner[1]) if dashed else None
            resume = closed or self.inserted_relative(raw, resume, inner[1]) or resume
        speaker = self.resolve(self.mention(raw, np), state, None)
        if speaker is None:
            return None
        self.remember(state, speaker, number)
        cue = match["cue"]
        quotes = [self.make_quote(raw, offset, number, (inner[0], match.start("comma")), QuoteKind.DIRECT, cue, speaker, None)]
        rest = self.strip_inner(raw, resume, inner[1])
        if rest[1] > rest[0]:  # (a name or a clause that runs to the closing mark is attribution, not words)
            quotes.append(self.make_quote(raw, offset, number, rest, QuoteKind.DIRECT, cue, speaker, None))
        return quotes

    def dashed_recipient_attribution(
        self, raw: str, offset: int, number: int, inner: tuple[int, int], match: regex.Match[str], state: State
    ) -> list[Quote] | None:
        """The two quotes of a paragraph of dialogue whose narrator's words, set off by dashes,
        name the one spoken to after the verb (:attr:`RECIPIENT_WORDS`): the speaker's phrase
        after it (``—No vamos a ceder —dijo a este diario Marta Gil—. La huelga sigue.``: Marta
        Gil) or before it (``—dijo Marta Gil a Efe—.``), or, with nothing after it, the verb standing for its dropped subject
        (:attr:`DROPPED_SUBJECTS`: ``—dijo a Efe—.``, :meth:`dropped_speaker`, no one when no one is
        sure): the words before the narrator's and those after its closing dash; ``None`` when the
        words after the verb name no one spoken to, or when the phrase after the one spoken to
        opens with neither a capital nor a determiner (``—respondió a la pregunta de Luis
        Mora—.``: ``de Luis Mora`` belongs to the noun, no speaker; :meth:`opens_speaker_phrase`).

        .. versionadded:: 0.2"""
        if self._recipient is None:
            return None
        cue, stop = match.span("cue"), self.inserted_speaker_end(match)
        np = self.phrase_after(raw, cue[1], stop, lenient=True)
        after = self._recipient.match(raw, np[1], stop) if np is not None else None
        if np is not None and after is not None and not raw[after.end() : stop].strip():
            speaker = self.resolve(self.mention(raw, np), state, None)  # ("—dijo Marta Gil a Efe—.")
        elif (agency := self.agency_recipient_end(raw, cue[1], stop)) is not None:
            np = self.phrase_after(raw, agency, stop, lenient=True)  # ("—dijo a Efe Luis Vega—.": Luis Vega)
            if np is None or raw[np[1] : stop].strip():
                return None
            speaker = self.resolve(self.mention(raw, np), state, None)
        else:
            recipient = self._recipient.match(raw, cue[1], stop) or self.recipient_before_name(raw, cue[1], stop)
            if recipient is None:
                return None
            np = self.phrase_after(raw, recipient.end(), stop, lenient=True)
            if np is not None and not self.opens_speaker_phrase(raw[np[0] : np[1]]):
                return None  # ("—respondió a la pregunta de Luis Mora—.": his question, not his words)
            if np is not None and not raw[np[1] : stop].strip():
                speaker = self.resolve(self.mention(raw, np), state, None)
            elif np is None and self.DROPPED_SUBJECTS and not raw[recipient.end() : stop].strip():
                speaker = self.dropped_speaker(raw, cue, state, number)
            else:
                return None  # (more words than a recipient and a speaker: unsure)
        if speaker is not None:
            self.remember(state, speaker, number)
        return self.split_by_incise(raw, offset, number, inner, match, speaker)

    def opens_speaker_phrase(self, phrase: str) -> bool:
        """Whether *phrase* may be a subject on its own: its first word is capitalised (``Marta
        Gil``) or one of :attr:`DETERMINERS` or :attr:`POSSESSIVE_DETERMINERS` (``el capitán Luis
        Mora``, ``su portavoz``), maybe elided onto its noun (French ``l'avocate``); not a
        preposition's complement (``de Luis Mora``).

        .. versionadded:: 0.2
        """
        first = phrase.split(maxsplit=1)[:1]
        if not first:
            return False
        word = first[0].casefold()
        if first[0][:1].isupper() or word in self._joined_leads:
            return True
        return any(lead.endswith(("'", "’")) and word.startswith(lead) for lead in self._joined_leads)

    def narrator_close_end(self, raw: str, start: int, end: int) -> int | None:
        """Where the quoted words go on after the dash of :attr:`DIALOGUE_DASHES` that closes the
        narrator's words set off by a comma after an inserted attribution's speaker (``—explicó
        Marta Ruiz, portavoz de la plataforma—. Nadie se va.``: after ``—.``): the dash within
        :attr:`MAX_INSERTED_CHARS` characters of *start*, no sentence end before it, then a ``.``
        or ``,``; ``None`` when there is none before *end*.

        .. versionadded:: 0.2
        """
        limit = min(end, start + self.MAX_INSERTED_CHARS)
        stop = start
        while stop < limit and raw[stop] not in self.DIALOGUE_DASHES:
            if raw[stop] in self.SENTENCE_END:
                return None
            stop += 1
        if stop >= limit:
            return None
        after = stop + 1
        return after + 1 if raw[after : after + 1] in (".", ",") else after

    def inserted_speaker_end(self, match: regex.Match[str]) -> int:
        """Where the speaker's phrase of an attribution inside the marks may end: at the dash that
        closes it (``—afirmó el alcalde—.``: :attr:`DIALOGUE_DASHES`), else past its ``.`` or ``,``.

        .. versionadded:: 0.2
        """
        if self.DIALOGUE_DASHES and match["dash"] is not None:
            return match.start("dash")
        return match.start("end") if match["end"] in self.DIALOGUE_DASHES else match.start("end") + 1

    def inserted_inverted(
        self, raw: str, offset: int, number: int, inner: tuple[int, int], state: State
    ) -> list[Quote] | None:
        """The quotes of a quotation that a cue with its pronoun joined to the verb splits inside
        its marks (:attr:`INVERTED_LINKS` and :attr:`INSERTED_ATTRIBUTIONS`: French ``« Nous irons
        jusqu'au bout, a-t-elle ajouté, sans céder. »``, ``..., poursuit-il. Le budget ...``): the
        words before the comma and those after the attribution, both with the pronoun's person,
        resolved as English ``"...," she said`` is (no one when it agrees with no one named
        before); ``None`` when no such cue follows a comma inside the marks.

        .. versionadded:: 0.2
        """
        match = self._inserted_inverted.search(raw, inner[0], inner[1]) if self._inserted_inverted is not None else None
        if match is None or not raw[inner[0] : match.start()].strip():
            return None
        if match["end"] is None and raw[inner[1] : inner[1] + 8].lstrip(self._closing_text + " ").startswith(","):
            return None  # ("« ..., a-t-il dit », a déclaré Anne Dupont.": the attribution after the marks speaks)
        group = "pronoun" if match["pronoun"] is not None else "pronoun2"
        speaker = self.resolve(self.mention(raw, match.span(group)), state, None)
        self.remember(state, speaker, number)
        return self.split_by_incise(raw, offset, number, inner, match, speaker)

    def split_by_incise(
        self, raw: str, offset: int, number: int, inner: tuple[int, int], match: regex.Match[str], speaker: Speaker | None
    ) -> list[Quote]:
        """The words of the quotation *inner* split by the attribution *match* set inside it (its
        groups ``comma``, where the first part ends, and ``cue``): the part before, and the part
        after when words follow, each direct with *speaker*.

        .. versionadded:: 0.2"""
        cue = match["cue"]
        quotes = [self.make_quote(raw, offset, number, (inner[0], match.start("comma")), QuoteKind.DIRECT, cue, speaker, None)]
        rest = self.strip_inner(raw, match.end(), inner[1])
        if rest[1] > rest[0]:
            quotes.append(self.make_quote(raw, offset, number, rest, QuoteKind.DIRECT, cue, speaker, None))
        return quotes

    def inserted_person(self, raw: str, np: tuple[int, int]) -> bool:
        """Whether *np*, the phrase after an inserted attribution's cue that runs to the closing
        mark (``« ..., a déclaré Anne Dupont. »``), names a person: a name (the vocabulary's
        :meth:`~newsparse.names.Names.is_name`) or a determiner and a noun for one person (``le
        maire``); not ``la guerre`` (``« Le pays, a déclaré la guerre. »``: the words' own verb).

        .. versionadded:: 0.2
        """
        words = raw[np[0] : np[1]].split()
        if self.names.is_name(" ".join(words)):
            return True
        return len(words) == 2 and words[0].casefold() in self._determiners and self.is_singular_person_noun(words[1].casefold())

    def inserted_name(self, raw: str, start: int, end: int) -> tuple[tuple[int, int], int] | None:
        """A person's name set off by a comma after an inserted attribution's phrase (``« ..., a
        déclaré le maire de Lyon, Paul Durand. Le pont fermera en mai. »``: ``Paul Durand``), from
        *start* up to a period or a comma that more words follow before *end*, the quotation's
        end, or up to *end* (``« ..., a déclaré le maire, Paul Durand. »``: no words go on): the
        name's span and where the quoted words go on (*end* when none do); ``None`` when the words
        there are no name of two words or more (the vocabulary's :meth:`~newsparse.names.Names.is_name`).

        .. versionadded:: 0.2
        """
        stop = start
        limit = min(end, start + self.MAX_INSERTED_CHARS)
        while stop < limit and raw[stop] not in ".," and raw[stop] not in self.DIALOGUE_DASHES:
            stop += 1
        if stop >= limit and limit < end:
            return None
        after = stop + 1
        if stop < end and raw[stop] in self.DIALOGUE_DASHES and raw[after : after + 1] in (".", ","):
            after += 1  # ("—dijo la vicepresidenta, Yolanda Díaz—. El diálogo ...": the dash closes the name)
        resume = after if stop < end and raw[after:end].strip() else end
        first = start
        while first < stop and raw[first].isspace():
            first += 1
        words = raw[first:stop].split()
        if len(words) < 2 or not self.names.is_name(" ".join(words)):
            return None
        return (first, self.trim_end(raw, first, stop)), resume

    def inserted_relative(self, raw: str, start: int, end: int) -> int | None:
        """Where the quoted words go on after a relative clause set off by a comma after an inserted
        attribution's speaker (``« ..., a déclaré Anne Dupont, qui dirige le port. Le pont fermera
        en mai. »``: after ``port.``): the clause opens with one of :attr:`RELATIVE_PRONOUNS` at
        *start* and ends at the first sentence end within :attr:`MAX_INSERTED_CHARS` characters
        that more words follow before *end*, or at *end* (``« ..., a déclaré Anne Dupont, qui
        dirige le port. »``: *end*, no words go on); an appositive of the speaker
        (:meth:`inserted_appositive`: ``..., a prévenu Anne Dupont, la cheffe des Verts. Le pays
        ...``) ends the same way when more words follow it (else it may be the words themselves:
        ``..., affirme Paul Girard, le pont fermera en mai. »``); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        word = self._word.search(raw, start, end)
        if word is None or raw[start : word.start()].strip():
            return None
        relative = self.is_relative(word.group())
        if not (relative or self.inserted_appositive(raw, word, end)):
            return None
        stop = word.end()
        limit = min(end, start + self.MAX_INSERTED_CHARS)
        while stop < limit and raw[stop] not in self.SENTENCE_END:
            stop += 1
        if stop >= limit and limit < end:
            return None
        if stop < end and raw[stop + 1 : end].strip():
            return stop + 1
        # (an appositive's words must be followed by more: "..., affirme Paul Girard, le pont fermera
        # en mai. »" is a clause, the quotation's words)
        return end if relative else None

    def inserted_appositive(self, raw: str, word: regex.Match[str], end: int) -> bool:
        """Whether *word*, right after the comma that follows an inserted attribution's speaker,
        opens an appositive of that speaker: one of :attr:`DETERMINERS` (or a possessive one) in
        lower case and a word in lower case after it (``..., a prévenu Anne Dupont, la cheffe des
        Verts. Le pays ...``), read to its sentence's end as :meth:`inserted_relative` reads a
        clause.

        .. versionadded:: 0.2
        """
        first = word.group()
        if not first[:1].islower():
            return False
        low = first.casefold()
        if low not in self._determiners and low not in self._possessive_determiners:
            return False
        after = self._word.search(raw, word.end(), end)
        return after is not None and not raw[word.end() : after.start()].strip() and after.group()[:1].islower()

    def resumes(self, raw: str, end: int, open_: int, sentence: tuple[int, int]) -> bool:
        """Whether a quotation opened at *open_* resumes the one whose attribution ends at *end*:
        in the same sentence, with only a comma, or an appositive set off by commas, between
        (``said Alun Jones, a former miner, "and ...``)."""
        if not (sentence[0] <= end <= open_ <= sentence[1] and open_ - end <= self.MAX_RESUME_GAP):
            return False
        between = raw[end:open_]
        return (
            between.rstrip().endswith((",", ":"))  # (":" after a participle: 'Nefzi said, adding: "..."')
            and not any(ch in between for ch in (*self.SENTENCE_END, ";", '"', "“", "”", "«", "»", "„"))
        )

    def past_cue_dash(self, raw: str, pos: int, stop: int) -> int:
        """Where the attribution after a quotation's closing mark starts when a dash of
        :attr:`ATTRIBUTION_DASHES` and blanks stand at *pos* before a cue (``“...”, — said Ana
        Ortiz``, the Russian comma and dash): after them; else *pos* (a name after the dash is
        read by the dash's own rule).

        .. versionadded:: 0.2 (mendQT68)"""
        if pos >= stop or raw[pos] not in self.ATTRIBUTION_DASHES:
            return pos
        after = pos + 1
        while after < stop and raw[after] in " \t\xa0":
            after += 1
        if after == pos + 1 or self.cue_match_at(raw, after, None) is None:
            return pos
        return after

    def attribution_after(self, raw: str, close: int, sentence: tuple[int, int], before: str) -> Attribution | None:
        """``"...," Putin said`` or ``"...," said Abbas``: the speaker and cue after a quotation
        that opens its sentence (or follows another attributed quotation)."""
        if close >= len(raw):
            return None
        if (
            before.strip()
            and not ends_with(before, 0, len(before), ",:;—–")
            and not self.after_coordinator(before)
            and not self.lead_word_only(before)
        ):
            into = self.quoted_into(raw, sentence[0] + len(before), close, before)
            if not (into and (self.attribution_ahead(raw, close + 1) or self.agent_ahead(raw, close + 1, sentence[1]))):
                return None  # (an attribution that reports a clause of its own is not the quotation's)
        dash = self._dash_attribution.match(raw, close + 1, sentence[1], KEEP_GIL)
        if dash is not None:
            # "..." ― Ana Ortiz, mayor of Dover: a name after a dash
            glued = not raw[dash.end() - 1].isspace()  # '"..."—Ana Ortiz': no space after the dash
            np = self.phrase_after(raw, dash.end() if glued else dash.end() - 1, sentence[1], lenient=True)
            closes = np is not None and self._dash_tail.fullmatch(raw, np[1], sentence[1], KEEP_GIL) is not None
            if np is not None and closes and self.name_words(raw[np[0] : np[1]].split()):
                return Attribution(np, Cue(dash["dash"], *dash.span("dash")))
        lead = LEAD.match(raw, close + 1, sentence[1], KEEP_GIL)
        pos = self.past_cue_dash(raw, lead.end() if lead else close + 1, sentence[1])
        told = self.object_pronoun_at(raw, pos, close)
        # ("«...», nous a assuré le ministre": the one told before the verb, its subject after it)
        rest = raw[told.end() : sentence[1]] if told is not None else ""
        past = told.end() + len(rest) - len(rest.lstrip(" \t\xa0")) if told is not None else pos
        inverted = self._inverted.match(raw, pos, sentence[1], KEEP_GIL) if self._inverted is not None else None
        if inverted is None and told is not None and self._inverted is not None:
            inverted = self._inverted.match(raw, past, sentence[1], KEEP_GIL)  # ("«...», leur a-t-elle dit", lang62)
        if inverted is not None:
            # "..., a-t-il déclaré": the pronoun joined to the verb is the speaker
            group = "pronoun" if inverted["pronoun"] is not None else "pronoun2"
            return Attribution(inverted.span(group), Cue(inverted.group(), *inverted.span()))
        if told is not None:
            pos = past if self.cue_match_at(raw, past, None) is not None else pos
        # said Abbas / according to the ministry
        cue = self.cue_match_at(raw, pos, None)
        if cue is not None and cue.group().casefold() in self._uninverted:
            # ('Ortiz, in a shirt printed with "Harbour for all," told the crowd, "..."': a verb of
            # UNINVERTED_VERBS is never inverted, the phrase after it is the one told)
            return None
        if cue is not None:
            at = self.time_before_subject(raw, cue.end(), sentence[1])  # ("a déclaré mardi la ministre")
            if cue.group().casefold() in self._according:
                # ('"...", según ha informado el ministerio': the source after the verb, never the verb;
                # '"...", según dijo.': the verb alone stands for its subject, as "añadió." does)
                verb_end = self.source_verb_end(raw, at, sentence[1])
                alone = verb_end is not None and not raw[verb_end : sentence[1]].strip(" .!?…")
                at = verb_end if verb_end is not None and alone else self.past_source_verb(raw, at, sentence[1])
            agency = self.agency_recipient_end(raw, at, sentence[1])  # (German "sagte der dpa Jonas Vogt": no subject)
            np = self.phrase_after(raw, at, sentence[1], lenient=True) if agency is None else None
            recipient = self._recipient.match(raw, at, sentence[1], KEEP_GIL) if self._recipient is not None else None
            if np is None and recipient is None:
                recipient = self.recipient_before_name(raw, at, sentence[1])
            after = recipient.end() if np is None and recipient is not None else at
            if agency is not None:
                np = self.phrase_after(raw, agency, sentence[1], lenient=True)  # ("dijo a Efe Luis Vega, portavoz")
            elif after > at and not self.opens_with_link(raw, after, sentence[1]):
                np = self.phrase_after(raw, after, sentence[1], lenient=True)  # ("aseguró a Efe la portavoz")
            elif np is None:
                np = self.subject_after_aside(raw, at, sentence[1])  # ("estime pour sa part Jean Dupont")
            if np is None:
                np = self.name_after_indefinite(raw, at, sentence[1])  # ('"...," said one, Edna Walsh.')
            if np is None:
                np = self.name_after_long_role(raw, at, sentence[1])  # ("dijo el portavoz del comité de huelga, Juan López.")
            if np is None:
                np = self.names_after_plural_role(raw, at, sentence[1])  # ("said lawyers for the family, Ana Ruiz and Tom Berg.")
            if np is not None:
                np = (
                    self.name_after_named_as(raw, np, sentence[1]) or self.name_after_role(raw, np, sentence[1])
                    or self.name_after_cut_role(raw, np, sentence[1]) or self.name_after_listed_role(raw, np, sentence[1])
                    or np
                )
                # ("said Mayors Koen Daems of Mechelen and Els Roos of Lier.": names_of_places_after)
                np = (
                    self.joined_subject_after(raw, np, sentence[1]) or self.listed_subject_after(raw, np, sentence[1])
                    or self.names_of_places_after(raw, np, sentence[1]) or np
                )
                source = self.source_after(raw, np[1], sentence[1])
                return Attribution(np, Cue(cue.group(), *cue.span()), source)
            if self.DROPPED_SUBJECTS and (
                self.closes_sentence(raw, after, sentence[1]) or self.only_recipient(raw, after, sentence[1])
            ):
                # "«...», añadió.": the verb alone stands for its subject
                return Attribution(cue.span(), Cue(cue.group(), *cue.span()), dropped=True)
            refused = self.refused_list_after(raw, at, sentence[1])
            if refused is not None:
                # ('"...," said Mark Ruiz and Jo Kent's attorney.': the list speaks, no one of it; the cue stays)
                return Attribution(refused, Cue(cue.group(), *cue.span()), unsure=True)
            return None
        particle = self.particle_attribution(raw, pos, sentence)
        if particle is not None:
            return particle
        opened = self.attribution_opener_end(raw, pos, sentence[1])  # ('"...," as Ana Ortiz once put it')
        agent = self.agent_after_opener(raw, opened, sentence[1]) if opened > pos else None
        if agent is not None:
            return agent  # ('"...," as described by Mayor Tom Hale': the agent speaks)
        pos = opened
        before_cue = self.phrase_before_cue(raw, pos, sentence[1])
        if before_cue is not None and self.set_off_before_second_verb(raw, before_cue[0][1], before_cue[1].start()):
            return None  # ("„Die Zeit“, die Wochenzeitung, berichtete darüber.": the phrase names the title)
        inverted_postposed = None if before_cue is not None else self.inverted_postposed_cue(raw, pos, sentence[1])
        if inverted_postposed is not None:  # ('"...," remembered his sister, Joan Hart.': the name, as after said)
            np, verb = inverted_postposed
            before_cue = self.name_after_role(raw, np, sentence[1]) or np, verb
        if before_cue is None:
            before_cue = self.utterance_owner_after(raw, pos, sentence[1])  # ('"Never," was the minister's answer.')
        if before_cue is None:
            before_cue = self.perceived_participle_after(raw, pos, sentence[1])  # ('"...?" a reporter can be heard asking')
        if before_cue is None:
            before_cue = self.closing_phrase_after(raw, pos, sentence[1])  # ('"...," Hale fired back.')
        if before_cue is None:
            return None
        (start, end), cue_match = before_cue
        if start >= cue_match.end():
            # ('"...," Cape Town, said the harbour master, Tom Hale.': the name after the role, as
            # after an inverted cue that follows the quotation)
            start, end = self.name_after_role(raw, (start, end), sentence[1]) or (start, end)
        source = self.source_after_object(raw, cue_match.end(), sentence[1])
        return Attribution((start, end), Cue(cue_match.group(), *cue_match.span()), source)

    def set_off_before_second_verb(self, raw: str, phrase_end: int, cue_start: int) -> bool:
        """Whether, in a language that puts the verb second (:attr:`VERB_SECOND`), a phrase after
        a quotation ends at *phrase_end* and a comma sets it off from the cue at *cue_start*
        (``„Die Zeit“, die Wochenzeitung, berichtete darüber.``): a quotation that opens its
        sentence is followed by its verb, the speaker after it (``„...“, berichtete die Zeitung``),
        so a phrase set off between them is an apposition to the quotation, a title's, and no
        speaker of it.

        .. versionadded:: 0.2"""
        return self.VERB_SECOND and "," in raw[phrase_end:cue_start]

    def perceived_participle_after(self, raw: str, pos: int, stop: int) -> tuple[tuple[int, int], regex.Match[str]] | None:
        """After a quotation: a speaker phrase from *pos*, one or more of :attr:`ADVERBS` (the
        auxiliaries), one of :attr:`PERCEPTION_PARTICIPLES` and then one of
        :attr:`QUOTING_PARTICIPLES` that is no cue elsewhere (``"...?" a reporter can be heard
        asking``, ``"...!" the crowd could be heard chanting``): the words were heard being said,
        so the phrase speaks, as before a cue in the gerund
        (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.perceived_speech`); ``None`` otherwise
        (``"...?" a reporter asking``: no verb; ``"...?" a reporter heard asking``: no auxiliary).

        .. versionadded:: 0.2"""
        if not self._quoting_only or not self._perception:
            return None
        for word in self._word.finditer(raw, pos, min(stop, pos + self.PHRASE_WINDOW), False, KEEP_GIL):
            if normalize_word(word.group()) not in self._quoting_only:  # (without a stop: "asking.")
                continue
            between = raw[pos : word.start()].split()
            if len(between) < 3 or between[-1] not in self._perception or between[-2].casefold() not in self._adverbs:
                return None
            np = self.phrase_before(raw, word.start(), max(0, pos - 1), lenient=True)
            cue = _LETTER_RUN.match(raw, word.start(), word.end(), KEEP_GIL)  # (the cue without its stop)
            return (np, cue) if np is not None and np[0] == pos and cue is not None else None
        return None

    def closing_phrase_after(self, raw: str, pos: int, stop: int) -> tuple[tuple[int, int], regex.Match[str]] | None:
        """After a quotation: a speaker phrase from *pos* and then one of :attr:`CLOSING_PHRASES`
        in lower case that ends the sentence, only its closing punctuation after it (``"We will
        win," Hale fired back.``, ``"...," the mayor chimed in.``): the phrase speaks; ``None``
        otherwise (``"...," Hale fired back at critics who ...``: read as ever), and when the
        phrase's head is a group or people in the plural (``"Move back!" Officers pushed back.``,
        ``Police fired back.``: an act as likely as words).

        .. versionadded:: 0.2"""
        found = self.closing_phrase_at(raw, pos, stop)
        if found is None:
            return None
        np = self.phrase_before(raw, found.start(), max(0, pos - 1), lenient=True)
        if np is None or np[0] != pos:
            return None
        head = raw[np[0] : np[1]].split()[-1].casefold()
        if head in self._groups or (head.endswith("s") and self.is_people_noun(head)):
            return None  # ('"Move back!" Officers pushed back.', "Police fired back.": a group's act, maybe no words)
        return np, found

    #: The most words between a cue and the comma before an outlet's credit that
    #: :meth:`source_after_object` reads as the cue's object (``told reporters on Monday``).
    CUE_OBJECT_WORDS: ClassVar[int] = 4

    def source_after_object(self, raw: str, pos: int, stop: int) -> str | None:
        """The outlet credited after an attribution's cue that ends at *pos*
        (:meth:`~SpeakerGrammar.source_after`), also past a short object of the cue up to a comma,
        at most :attr:`CUE_OBJECT_WORDS` words with no quotation mark (``"...," the minister told
        reporters, Harbour News Agency reported``: the agency).

        .. versionadded:: 0.2"""
        source = self.source_after(raw, pos, stop)
        if source is not None:
            return source
        comma = raw.find(",", pos, stop)
        if comma < 0:
            return None  # (before slicing: raw[pos:-1] would copy the rest of the paragraph)
        between = raw[pos:comma]
        if len(between.split()) > self.CUE_OBJECT_WORDS or any(mark in between for mark in self._marks):
            return None
        return self.source_after(raw, comma, stop)

    def attribution_opener_end(self, raw: str, pos: int, stop: int) -> int:
        """Where the speaker's phrase of an attribution after a quotation starts when one of
        :attr:`ATTRIBUTION_OPENERS` opens it at *pos* (``"...," as Ana Ortiz once put it``: after
        ``as``); *pos* otherwise.

        .. versionadded:: 0.2
        """
        opener = self._attribution_openers.match(raw, pos, stop, KEEP_GIL)
        return pos if opener is None else opener.end()

    def agent_ahead(self, raw: str, pos: int, stop: int) -> bool:
        """Whether an attribution opener and an agent (:meth:`agent_after_opener`) follow a
        quotation's closing mark at *pos*, after a comma or blanks (``The plan was "a disaster," as
        described by the harbour master``): the quotation's attribution, as one with a cue.

        .. versionadded:: 0.2
        """
        lead = LEAD.match(raw, pos, stop, KEEP_GIL)
        start = lead.end() if lead else pos
        opened = self.attribution_opener_end(raw, start, stop)
        return opened > start and self.agent_after_opener(raw, opened, stop) is not None

    def agent_after_opener(self, raw: str, pos: int, stop: int) -> Attribution | None:
        """The attribution after a quotation and one of :attr:`ATTRIBUTION_OPENERS` when a naming
        verb (:attr:`NAMING_VERBS`) or a cue word stands at *pos*, then one of :attr:`AGENT_WORDS`
        and the speaker's phrase (``"...," as described by Mayor Tom Hale``, ``as called by the
        harbour master``): the agent speaks, the participle and the agent word are the cue;
        ``None`` otherwise (``as Ana Ortiz put it``: the phrase before the cue, as ever).

        .. versionadded:: 0.2
        """
        verb = self._word.match(raw, pos, stop, KEEP_GIL)
        if verb is None:
            return None
        low = verb.group().casefold()
        if not verb.group()[:1].islower() or not (low in self._naming or self.is_cue_word(low)):
            return None
        agent = self._word.match(raw, verb.end() + 1, stop, KEEP_GIL)
        if agent is None or raw[verb.end()] != " " or agent.group() not in self._agents:
            return None
        np = self.phrase_after(raw, agent.end(), stop, lenient=True)
        if np is None:
            return None
        return Attribution(np, Cue(raw[verb.start() : agent.end()], verb.start(), agent.end()))

    def time_before_subject(self, raw: str, pos: int, stop: int) -> int:
        """Where the subject of an inverted cue ending at *pos* may start: after a day or a time
        between the verb and a name or an article (French ``« ... », a déclaré mardi soir la
        ministre``, Spanish ``dijo el martes la ministra``, German ``sagte am Dienstag die
        Ministerin``: a weekday or one of :attr:`TIME_ADVERBS`, maybe after one of
        :attr:`TIME_PREPOSITIONS` and before one of :attr:`TIME_NOUNS`), which is never part of the
        speaker's phrase; *pos* otherwise.

        .. versionadded:: 0.2
        """
        time = self._time_before_subject.match(raw, pos, stop, KEEP_GIL)
        if time is None or self.time_in_name(raw, time.start(), time.end()):
            return pos
        return time.end()

    def time_in_name(self, raw: str, start: int, end: int) -> bool:
        """Whether the day that :meth:`time_before_subject` found from *start* to *end* opens,
        capitalised, the name of a body before a role in lower case (``said Sunday Times editor
        Jane Roe``): a name's first word, not a day, when the body's last word is an organisation's
        (``Times``, ``Post``; the vocabulary's ``is_org_word``) or the role one of
        :attr:`INTERVIEWER_NOUNS` (``said Sunday Telegraph editor Jane Roe``: an outlet's staff).  ``said Sunday Jane Roe`` and
        ``said Tuesday Labour leader Jane Roe`` keep the day (``Labour leader``: a party's leader,
        no body named after a day).

        .. versionadded:: 0.2
        """
        if not raw[start:end].strip()[:1].isupper():
            return False  # ("a déclaré mardi", "said on Sunday": a day)
        if self.day_is_given_name(raw, start, end):
            return True  # ("said Sunday Balogun, a union steward": a person named Sunday)
        last: str | None = None  # (the last capitalised word after the day)
        for word in islice(self._word.finditer(raw, end, min(len(raw), end + self.PHRASE_WINDOW)), self.MAX_NAME_WORDS + 1):
            if word.group()[:1].isupper():
                last = word.group()
                continue
            low = word.group().casefold()
            role = self.vocabulary.is_role_noun(low) or self.vocabulary.is_title(low)
            # (an outlet's staff: "said Sunday Telegraph editor Jane Roe", whatever the outlet's last word)
            press = low in self._interviewer_nouns
            return last is not None and role and (press or self.vocabulary.is_org_word(last))
        return False

    def day_is_given_name(self, raw: str, start: int, end: int) -> bool:
        """Whether the capitalised day from *start* to *end* that :meth:`time_before_subject`
        found is a person's given name (``said Sunday Balogun, a union steward``, ``said Monday
        Etim, who``): the day alone, with no preposition before it, right before one capitalised
        word, the phrase's only one, that is no month, day, place, country, title, organisation
        word or agency and no known given name (``said Sunday Ann Hale``: a day, then a person), followed by a
        comma, the sentence's end or a word in lower case, when the article shows the two words as a
        name: an appositive follows them (:meth:`apposed_after`), or the article names the same two
        words as a person elsewhere too (:meth:`names_person_again`).  A day before a lone surname
        and nothing more (``said Tuesday Smith.``, ``said Tuesday Smith, who ...``) is a time: the
        speaker is ``Smith``.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 only with an appositive after the name or the name given again.
        """
        if len(raw[start:end].split()) != 1:
            return False  # ("said on Sunday Ann Hale", "said Sunday night": a day)
        words = list(islice(self._word.finditer(raw, end, min(len(raw), end + self.PHRASE_WINDOW)), 2))
        if not words or raw[end : words[0].start()].strip():
            return False  # (nothing, or a mark, after the day)
        word = words[0].group().rstrip(".")  # ("said Friday Eze.": the sentence's full stop)
        if not word[:1].isupper() or not word.isalpha():
            return False
        stopped = words[0].group().endswith(".") and len(word) > 1  # ("said Sunday Balogun. The steward ...")
        # ("said Sunday Okafor Tuesday.": the sentence's day comes after the name)
        later = not stopped and not raw[words[0].end() : words[-1].start()].strip() and self.day_after_name(raw, words[0].end())
        joined = len(words) > 1 and not raw[words[0].end() : words[1].start()].strip()
        if joined and not stopped and not later and words[1].group()[:1].isupper():
            return False  # (more capitalised words: "said Sunday Times editor", "said Tuesday Labour leader")
        vocabulary = self.vocabulary
        if (
            vocabulary.month_number(word) is not None
            or vocabulary.is_weekday(word)
            or vocabulary.is_place(word)
            or vocabulary.bars_name(word)
            or vocabulary.is_agency(word)
            or word.casefold() in self._given_names
            or not vocabulary.can_start_name(word)
        ):
            return False
        # ("said Sunday Balogun, a union steward": the name's appositive; or the pair named again)
        return later or self.apposed_after(raw, words[0].end()) or self.names_person_again(f"{raw[start:end].strip()} {word}")

    def day_after_name(self, raw: str, pos: int) -> bool:
        """For :meth:`day_is_given_name`: whether a weekday, maybe after one of
        :attr:`TIME_PREPOSITIONS`, follows the name word that ends at *pos* (``said Sunday Okafor
        Tuesday``, ``said Monday Etim on Friday``): the sentence has its day there, and the day
        before the name is a given name.

        .. versionadded:: 0.2"""
        after = list(islice(self._word.finditer(raw, pos, min(len(raw), pos + self.PHRASE_WINDOW)), 2))
        if not after or raw[pos : after[0].start()].strip():
            return False
        first = after[0].group().rstrip(".")
        if self.vocabulary.is_weekday(first):
            return True
        day = after[1].group().rstrip(".") if len(after) > 1 else ""
        return first.casefold() in self._time_prepositions and self.vocabulary.is_weekday(day)

    def apposed_after(self, raw: str, pos: int) -> bool:
        """Whether an appositive set off by a comma follows *pos*, the end of a name: a comma,
        maybe an age and its comma, then a word in lower case that is a determiner, a possessive
        determiner, a title or a role noun (``, a union steward``, ``, 42, the port's crane
        driver``, ``, spokesman for the union``); not a clause (``, who ...``, ``, adding ...``).

        .. versionadded:: 0.2
        """
        head, comma, tail = raw[pos : min(len(raw), pos + self.PHRASE_WINDOW)].partition(",")
        if not comma or head.strip():
            return False
        words = tail.split(maxsplit=2)
        if len(words) > 1 and words[0].endswith(",") and words[0][:-1].isdigit():
            words = words[1:]  # (an age: ", 42, a crane driver")
        first = words[0] if words else ""
        low = first.casefold()
        return first[:1].islower() and (
            low in self._determiners
            or low in self._possessive_determiners
            or self.vocabulary.is_title(low)
            or self.vocabulary.is_role_noun(low.rstrip(",."))
        )

    def subject_after_aside(self, raw: str, pos: int, stop: int) -> tuple[int, int] | None:
        """The speaker's phrase after an inverted cue that ends at *pos* when one of
        :attr:`CUE_ASIDES` or an adverb (one of :attr:`ADVERBS`, or a word in
        :attr:`ADVERB_SUFFIX`) stands between the verb and it (``« ... », estime pour sa part Jean
        Dupont``, ``« ... », a déclaré également le ministre``); ``None`` otherwise."""
        aside = self._aside_before_subject.match(raw, pos, stop)
        if aside is None:
            return None
        adverb = aside["adverb"]
        if adverb is not None and not (adverb in self._adverbs or self.is_adverb(adverb)):
            return None
        return self.phrase_after(raw, aside.end(), stop, lenient=True)

    def particle_attribution(self, raw: str, pos: int, sentence: tuple[int, int]) -> Attribution | None:
        """``"...", so Miersch.``: one of :attr:`ATTRIBUTION_PARTICLES` at *pos*, right after a
        quotation's closing mark and comma, then a speaker's phrase that closes the sentence (an
        appositive may follow it: ``so Miersch, der SPD-Generalsekretär.``); ``None`` otherwise, so
        that the word in its other senses (``so dass``, ``so viel``) gives nothing.

        .. versionadded:: 0.2
        """
        if self._particle_cue is None:
            return None
        cue = self._particle_cue.match(raw, pos, sentence[1])
        if cue is None:
            return None
        np = self.phrase_after(raw, cue.end(), sentence[1])
        if np is None or (
            self._dash_tail.fullmatch(raw, np[1], sentence[1]) is None and not self.setting_tail(raw, np[1], sentence[1])
        ):
            return None
        if any(word.casefold() in self._clause_verbs for word in raw[np[0] : np[1]].split()):
            return None  # ("so die Stadt habe kein Geld": a clause, no speaker)
        return Attribution(np, Cue(cue.group(), *cue.span()))

    def setting_tail(self, raw: str, start: int, end: int) -> bool:
        """Whether ``raw[start:end]``, after a particle attribution's speaker, only says when, where
        or to whom the words were said and closes the sentence (``„...“, so Miersch am Montag in
        Berlin vor Journalisten.``): it opens with one of :attr:`TIME_PREPOSITIONS`, holds at most
        :attr:`MAX_SETTING_WORDS` words, none of :attr:`CLAUSE_VERBS`, and no comma, semicolon,
        colon or quotation mark.

        .. versionadded:: 0.2
        """
        tail = raw[start:end].strip().rstrip("".join(self.SENTENCE_END))
        words = tail.split()
        if not words or len(words) > self.MAX_SETTING_WORDS or words[0].casefold() not in self._time_prepositions:
            return False
        if any(mark in tail for mark in (",", ";", ":", *self._marks)):
            return False
        return not any(word.casefold() in self._clause_verbs for word in words)

    def gesture_after_clause(self, raw: str, attribution: Attribution, before: str) -> bool:
        """Whether *attribution*, found after a quotation, has a cue of :attr:`GESTURE_CUES`
        (``smiled``, ``laughed``) while the quotation stands inside a clause of its sentence:
        *before*, the sentence's words before the quotation, holds at least two words and ends in
        no comma, colon nor semicolon (``When Tom Hale accused him of an "artful smear," the
        senator smiled.``: the quoted words are the accuser's, the smile a gesture).  A gesture
        is a cue only for a quotation that opens its sentence (``"...," he smiled.``) or follows
        a comma (``Asked about it, "Never," she laughed.``).

        .. versionadded:: 0.2 (mendQS70)"""
        if not self.is_gesture_cue(raw[attribution.cue.start : attribution.cue.end].casefold()):
            return False
        lead = before.rstrip()
        return len(lead.split()) > 1 and not ends_with(lead, 0, len(lead), ",:;—–")

    def lead_word_only(self, before: str) -> bool:
        """Whether *before*, a sentence's words before a quotation, is one of
        :attr:`QUOTATION_LEAD_WORDS` alone, maybe with a comma (``So "you can imagine how it felt,"
        the senator said``): a link to the sentence before, no clause of its own, so the
        attribution after the quotation is the quotation's."""
        return before.strip().rstrip(",").casefold() in self._quotation_lead_words

    def after_coordinator(self, before: str) -> bool:
        """Whether *before*, a sentence's words before a quotation, ends in a comma and one of
        :attr:`COORDINATORS` (``"...," said a spokeswoman, and "...," said ...``): the quotation
        opens a clause of its own, so the attribution after it is its own."""
        head, _, last = before.rstrip().rpartition(" ")
        return last.casefold() in self._coordinators and head.rstrip().endswith(",")

    def joined_subject_after(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int] | None:
        """*np*, the subject after an inverted cue, with a second subject joined to it by one of
        :attr:`SUBJECT_JOINS` that runs to the sentence's end at *stop* (Spanish ``«...», dijeron
        Ana Ruiz y su marido, Pedro.``: both, as ``Ana Ruiz y su marido, Pedro, dijeron`` gives); a
        name, or a determiner and a noun maybe with a name set off by a comma; ``None`` otherwise
        (``dijo Ana Ruiz y se marchó``: a clause of its own; ``said Tom Berg of Berg and Santow
        Inc.``: a body's name after one of :attr:`OF_WORDS` after a name goes on, while ``la
        ministre de la Santé Claire Morel et le Premier ministre Jean Dubois`` are two); the
        second may be a role and a name (``und Finanzchefin Eva Lang``, ``and finance chief Eva
        Lang``), and a place after one of :attr:`CLOSING_PLACE_PREPOSITIONS` may close the
        sentence after it (``am Mittwoch in Frankfurt.``), or a relative clause of
        :attr:`PERSONAL_RELATIVE_PRONOUNS` set off by a comma may follow it (``said Ana Ruiz and Tom
        Berg, who run the shop, on Friday``; fixQ65); off with no :attr:`SUBJECT_JOINS`.

        .. versionadded:: 0.2
        """
        words = raw[np[0] : np[1]].split()
        if any(word in self._of and words[i - 1][:1].isupper() for i, word in enumerate(words[1:], 1)):
            return None  # ("said Tom Berg of Berg and Santow Inc.": the coordinator goes on the body's name)
        joined = self._joined_subject.match(raw, np[1], stop, KEEP_GIL) if self._joined_subject is not None else None
        if joined is None:
            return None
        joins = self._joined_words  # ("and Lena Moss of the dockers' union": the body they are of)
        lower = [w for w in joined.group().split() if w[:1].islower() and w.casefold() not in joins]
        if any(w in self._stop and w.casefold() not in self._joined_leads for w in lower):
            return None  # ("said Ana Ruiz and left on Monday ...": a clause of its own, no role)
        return np[0], joined.end()

    def listed_subject_after(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int] | None:
        """*np*, a person's name after an inverted cue, with the list of subjects it opens
        (``"...," said Ana Ruiz, Tom Lee and Kofi Mensah.``: all three, as ``Ana Ruiz, Tom Lee and
        Kofi Mensah said`` gives): at most :attr:`MAX_LISTED_NAMES` more names of two words or more
        (``NameModel.is_name``), each set off by a comma, then a comma maybe and the last subject
        joined as :meth:`joined_subject_after` reads it, up to the sentence's end at *stop*; ``None``
        otherwise (``said Ana Ruiz, a lawyer.``, ``said Ana Ruiz, Lyon's mayor, and left``).

        .. versionadded:: 0.2
        """
        if not self.names.is_name(raw[np[0] : np[1]]):
            return None
        end = np[1]
        for _ in range(self.MAX_LISTED_NAMES):
            item = self._listed_name_after.match(raw, end, stop, KEEP_GIL)
            if item is None or not self.person_not_place(item["name"]):
                break  # (a place is never a speaker in the list: "said Ana Ruiz, Buenos Aires and ...")
            end = item.end("name")
        if end == np[1]:
            return None
        comma = raw.find(",", end, stop)
        if comma >= 0 and not raw[end:comma].strip():
            end = comma + 1  # ("said Ana Ruiz, Tom Lee, and Kofi Mensah": a comma before the join)
        return self.joined_subject_after(raw, (np[0], end), stop)

    def name_after_listed_role(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int] | None:
        """The name that closes the sentence after *np*, the phrase after an inverted cue, when
        *np* is a role whose place goes on in a list (``"...," said the ambassador to France,
        Germany and Italy, John Roe.``: John Roe), as :meth:`name_after_place_list` reads it from
        the role to the sentence's closing punctuation; ``None`` otherwise.

        .. versionadded:: 0.2"""
        comma = raw.find(",", np[1], stop)
        end = stop
        while end > comma and raw[end - 1] in " .”’\"'\n":
            end -= 1
        if comma < 0 or end <= comma or any(mark in raw[np[1] : end] for mark in ";:!?()\"“”\n"):
            return None
        return self.name_after_place_list(raw, (np[0], comma), end, closed=False)

    def name_after_named_as(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int] | None:
        """The name after one of :attr:`NAMED_AS_WORDS` right after *np*, the phrase in lower case
        after an inverted cue, maybe set off by a comma, the name (two to :attr:`MAX_NAME_WORDS`
        words, all a name's) closing the sentence (``"...," said a witness identified as Mary
        Stone.``, ``«...», dijo una vecina, identificada como Ana Gil.``): the one the phrase
        describes, so the speaker; the phrase may have read the first of those words
        (``a witness identified``).  ``None`` for anything else.

        .. versionadded:: 0.2 (lang61)
        """
        if self._named_as_tail is None or not raw[np[0] : np[0] + 1].islower():
            return None
        if not any(raw.find(first, np[0], stop) >= 0 for first in self._named_as_firsts):
            return None  # (a cheap test before the pattern)
        tail = self._named_as_tail.search(raw, np[0], stop, KEEP_GIL)
        if tail is None or tail.start() > np[1] + 2 or raw[np[1] : tail.start()].strip(" ,"):
            return None  # (the words must follow the phrase: a comma at most between)
        if any(not c.isalnum() and not c.isspace() and c not in "-'’" for c in raw[np[0] : tail.start()].rstrip(" ,")):
            return None  # (one plain phrase before them: no second clause, no quotation)
        words = [w.rstrip(".") for w in tail["name"].split()]
        return tail.span("name") if self.names.trailing_name(words) == len(words) else None

    def name_after_role(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int] | None:
        """The name set off by a comma after *np*, the phrase after an inverted cue, when *np* opens
        in lower case and the name, two to :attr:`MAX_NAME_WORDS` words, closes the sentence
        (``"...," said a spokeswoman, Jennifer Rodstrom.``): the name is the speaker the phrase
        describes; so is it after a role that opens with an owner's possessive (``said Smith's
        lawyer, Karen Webb.``).  After a role that opens with a possessive determiner the name may
        be one word (``said his daughter, Anne.``, ``a déclaré sa fille, Anne.``; a month's name
        too, a given name after a kin word: ``said his wife, June.``), and a short
        time or place set off by a comma may close the sentence after the name (``aseguró el
        entrenador del Real Madrid, Carlo Ancelotti, tras el partido.``: :meth:`is_time_tail`;
        ``..., outside the court.``: :meth:`place_tail`).
        So is it after ``one of`` and the many (``said one of the residents, Edna Walsh.``).
        ``None`` for anything else (``..., said Ortiz, a lawyer.``), for one word that is a place
        of the vocabulary (``said his son, Paris.``: ``Vocabulary.is_place``), and
        when a word of :attr:`ROLE_LINKS` or an ``-ing`` word joins a second noun to the role that
        is no body (:meth:`role_for_body`: ``said an attorney for the slain teenager, Ana Ruiz.``)
        nor a capitalised title's portfolio (``NameModel.after_portfolio_link``: ``said the
        Minister for Foreign Affairs and Trade, Penny Wong.`` gives the name): the name may be the
        second noun's, so the role stays the speaker.

        .. versionchanged:: 0.2 a title's portfolio may join the role; a place phrase may close the sentence."""
        if not raw[np[0] : np[0] + 1].islower() and not self.owned_role(raw[np[0] : np[1]]):
            return None
        role = raw[np[0] : np[1]].split()
        # ("one of the residents, Edna Walsh": one of many, so the name is that one's)
        one_of = len(role) > 2 and role[0].casefold() in self._indefinites and role[1] in self._of
        # ("his wife of 60 years, Margaret Finch": how long, no second noun)
        held = role[: len(role) - self.held_for(role)]
        # (an "-ing" word links a second noun, "a woman representing the teenager", unless it is a
        # noun for people itself: "her younger sibling")
        linked = any(
            w.casefold() in self._role_links or (w.endswith("ing") and not self.is_person_noun(w.casefold(), endings=False))
            for w in held[1:]
        )
        # ("the Minister for Foreign Affairs and Trade, Penny Wong": a title's portfolio, no second noun)
        portfolio = self.names.after_portfolio_link(role)
        if linked and not (self.role_for_body(role) or one_of or portfolio):
            return None  # ("an attorney for the slain teenager, Ana Ruiz": the name may be the teenager's)
        comma = LEAD.match(raw, np[1], stop, KEEP_GIL)
        start = comma.end() if comma is not None else np[1]
        if raw[np[1] : start].strip() != ",":
            return None
        end = start
        while end < stop and raw[end] not in ",;:!?()\"“”\n":
            end += 1
        words = raw[start:end].split()
        fewest = 1 if self.kin_role(role) else 2
        if not fewest <= len(words) <= self.MAX_NAME_WORDS + self.MAX_APPOSED_ROLE_WORDS:
            return None
        tail = raw[end:stop].strip(" .”’\"'")
        if tail and not (
            tail.startswith(",")
            and (
                self.is_time_tail(tail[1:]) or self.place_tail(tail[1:]) or self.description_tail(tail[1:])
                or self.relative_tail(tail[1:])
            )
        ):
            return None
        span = self.without_period(raw, (start, start + len(raw[start:end].rstrip())))
        bare = [w.rstrip(".") for w in raw[span[0] : span[1]].split()]
        if len(bare) == 1 and self.vocabulary.is_agency(bare[0]):
            return None  # ("said his lawyer, Reuters.": the outlet that carried it)
        if len(bare) == 1 and self.vocabulary.is_place(bare[0]):
            return None  # ("said his son, Paris.": where it was said, or a name; the role is sure)
        named = self.names.trailing_name(bare)
        if named == len(bare) and named <= self.MAX_NAME_WORDS:
            return span
        if self.name_with_place_surname(bare):
            return span  # ("said her daughter, Ruth Ellison Park.": a surname that is a place's word too)
        if self.plural_role(held) and self.joined_full_names(bare):
            return span  # ("said the family's lawyers, Ana Ruiz and Tom Berg.": both, never the role)
        hometown = self.hometown_after_name(bare)
        if hometown is not None:
            # ("said her daughter, Karen Olson-Weiss of Medford.": the name, not the place she is of)
            return span[0], span[0] + len(" ".join(raw[span[0] : span[1]].split()[:hometown]))
        if len(bare) == 1 and bare[0].istitle() and self.is_month_name(bare[0]) and self.kin_role(role):
            return span  # ("said his wife, June.": a month's name after a kin word is her given name)
        return span if self.role_then_name(bare, named) else None

    #: The most words of a bare plural role before the names set off after it
    #: (:meth:`names_after_plural_role`: ``lawyers for the family``).
    MAX_PLURAL_ROLE_WORDS: ClassVar[int] = 6

    def names_after_plural_role(self, raw: str, pos: int, stop: int) -> tuple[int, int] | None:
        """The two names joined after a comma that close the sentence after a bare plural role right
        after an inverted cue at *pos* (``"...," said lawyers for the family, Ana Ruiz and Tom
        Berg.``): both the role describes (:meth:`name_after_role`, :meth:`plural_role`,
        :meth:`joined_full_names`); ``None`` otherwise (``said lawyers for the family.``: no one
        named; ``said lawyers for the family, Ana Ruiz.``: one of them, maybe).

        .. versionadded:: 0.2 (fixQ63b)"""
        match = self._phrase_after.match(raw, pos, stop, KEEP_GIL)
        comma = raw.find(",", match.end("np"), stop) if match is not None else -1
        if match is None or comma < 0:
            return None
        role = raw[match.start("np") : comma].split()  # ("lawyers for the family": the role up to its comma)
        if len(role) > self.MAX_PLURAL_ROLE_WORDS or not all(w.isalpha() or w.endswith(("'s", "’s")) for w in role):
            return None
        if not self.plural_role(role):
            return None
        found = self.name_after_role(raw, (match.start("np"), comma), stop)
        if found is None or not self.joined_full_names([w.rstrip(".") for w in raw[found[0] : found[1]].split()]):
            return None
        return found

    def plural_role(self, role: Sequence[str]) -> bool:
        """Whether *role*, the words of a role after an inverted cue, has a plural noun for people
        as its head, its last word (``the family's lawyers``, ``two lawyers``), in lower case, its
        singular (less a final ``s``) a noun for one person (:meth:`is_singular_person_noun`).
        Never a role with one of :attr:`ROLE_LINKS` (``lawyers for the couple, Tom Berg and Ana
        Ruiz``, ``friends of the couple, ...``): the names set off after it may be its object's,
        not the speakers' (reader63).

        .. versionadded:: 0.2 (fixQ63b)"""
        if any(word.casefold() in self._role_links for word in role):
            return False
        head = role[-1] if role else ""
        return head.isalpha() and head.islower() and head.endswith("s") and self.is_singular_person_noun(head[:-1])

    def joined_full_names(self, words: Sequence[str]) -> bool:
        """Whether *words* are two full names joined by one of :attr:`COORDINATORS` (``Ana Ruiz and
        Tom Berg``), each two to :attr:`MAX_NAME_WORDS` words, all a name's
        (``NameMatcher.trailing_name``).

        .. versionadded:: 0.2 (fixQ63b)"""
        joins = [k for k, w in enumerate(words) if w in self._coordinators]
        if len(joins) != 1:
            return False
        halves = (words[: joins[0]], words[joins[0] + 1 :])
        return all(2 <= len(half) <= self.MAX_NAME_WORDS and self.names.trailing_name(half) == len(half) for half in halves)

    #: The most words of a role or of titles before the name set off after a role
    #: (``said his old teammate, Olympic rower Lena Moss.``, ``..., Maj. Tom Hale.``):
    #: :meth:`role_then_name`.
    MAX_APPOSED_ROLE_WORDS: ClassVar[int] = 3

    def role_then_name(self, words: Sequence[str], named: int) -> bool:
        """Whether *words*, set off after a role, are a role or titles and a full name, its last
        *named* words (:meth:`~newsparse.names.NameMatcher.trailing_name`): two to
        :attr:`MAX_NAME_WORDS` words of name after at most :attr:`MAX_APPOSED_ROLE_WORDS` words that
        end with a noun in lower case (``Olympic rower Lena Moss``) or are all titles
        (``Maj. Tom Hale``, ``Dr. Ana Ruiz``), maybe after a determiner (French ``le Dr Marc Roy``)
        or words in lower case (``retired Maj. Tom Hale``, ``former Sen. Ana Ortiz``).

        .. versionadded:: 0.2
        """
        role = words[: len(words) - named]
        if not 2 <= named <= self.MAX_NAME_WORDS or not 0 < len(role) <= self.MAX_APPOSED_ROLE_WORDS:
            return False
        last = role[-1]
        if last[:1].islower() and last.isalpha():
            # (a noun: no stop word or determiner, "said his coach, not Lena Moss": not the speaker)
            return last not in self._stop and last not in self._determiners
        if len(role) > 1 and role[0].casefold() in self._determiners:
            role = role[1:]  # ("son président, le Dr Marc Roy": an article before the titles)
        lead = 0
        while lead < len(role) - 1 and role[lead].isalpha() and role[lead].islower() and role[lead] not in self._stop:
            lead += 1  # ("retired Maj. Tom Hale", "former Sen. Ana Ortiz": words in lower case before the titles)
        if lead and role[lead - 1] in self._determiners:
            return False
        return all(self.vocabulary.is_title(word) or self.vocabulary.is_honorific(word) for word in role[lead:])

    def speaker_before_description(self, phrase: str) -> str:
        """*phrase*, the speaker after a verb that opens a label before a colon, without the short
        description set off after its comma (``Ana Ruiz, a local teacher`` -> ``Ana Ruiz``): at most
        :attr:`MAX_APPOSITIVE_HEAD` words that open in lower case and hold no figure; *phrase*
        itself otherwise.

        .. versionadded:: 0.2
        """
        head, comma, description = phrase.partition(",")
        words = description.split()
        if not comma or "," in description or not 0 < len(words) <= self.MAX_APPOSITIVE_HEAD:
            return phrase
        if not words[0][:1].islower() or any(c.isdigit() for c in description):
            return phrase
        return head.rstrip()

    def role_alone(self, words: Sequence[str]) -> bool:
        """Whether *words* are one of :attr:`DETERMINERS` and at most
        :attr:`MAX_APPOSED_ROLE_WORDS` words in lower case, the last a noun for one person or a role
        (``the mayor``, ``one resident``): a speaker named by their role.

        .. versionadded:: 0.2
        """
        if not 2 <= len(words) <= self.MAX_APPOSED_ROLE_WORDS + 1 or words[0].casefold() not in self._determiners:
            return False
        if not all(w.isalpha() and w.islower() for w in words[1:]):
            return False
        last = words[-1]
        return self.is_singular_person_noun(last) or self.vocabulary.is_role_noun(last)

    def name_after_long_role(self, raw: str, pos: int, stop: int) -> tuple[int, int] | None:
        """The name set off by a comma that closes the sentence after a role too long for a
        speaker phrase of its own, right after an inverted cue ending at *pos*: a determiner, a
        noun in lower case, then one of :attr:`OF_WORDS` and its complement (``dijo el portavoz
        del comité de huelga, Juan López.``, ``a déclaré le porte-parole du comité de grève, Marie
        Dupont.``): the name the role describes (:meth:`name_after_role`), when it opens with a
        known given name (``NameModel.is_given_name``); ``None`` otherwise (``dijo el portavoz del
        comité de huelga.``: no name; ``..., Comisiones Obreras.``: a body's name; ``said the head
        of the union, which ...``).

        .. versionadded:: 0.2
        """
        match = self._phrase_after.match(raw, pos, stop, KEEP_GIL)
        if match is None:
            return None
        words = match["np"].split()
        if len(words) < 4 or words[0].casefold() not in self._determiners or not words[1][:1].islower():
            return None
        if words[2] not in self._of or (not words[1].isalpha() and "-" not in words[1]):
            return None
        found = self.name_after_role(raw, match.span("np"), stop)
        if found is None or not self.names.is_given_name(raw[found[0] : found[1]].split()[0]):
            return None  # ("dijo el portavoz del comité de huelga, Comisiones Obreras.": a body, no person)
        return found

    def name_after_indefinite(self, raw: str, pos: int, stop: int) -> tuple[int, int] | None:
        """The name set off by a comma after one of :attr:`INDEFINITE_DETERMINERS` that stands alone
        for a person right after an inverted cue at *pos* (``"...," said one, Edna Walsh.``, ``said
        another, Tom Berg, 31.``), as :meth:`name_after_role` reads a name after a role; ``None``
        for anything else (``said one.``: no one named).

        .. versionadded:: 0.2
        """
        word = self._word.search(raw, pos, stop)
        if word is None or raw[pos : word.start()].strip() or word.group().casefold() not in self._indefinites:
            return None
        if raw[word.end() : word.end() + 1] != ",":
            return None
        return self.name_after_role(raw, word.span(), stop)

    #: The most capitalised words of a place after a name and ``of`` or ``from`` that
    #: :meth:`hometown_after_name` reads (``of Medford``, ``of Bury St Edmunds``).
    MAX_HOMETOWN_WORDS: ClassVar[int] = 3

    def hometown_after_name(self, words: Sequence[str]) -> int | None:
        """How many of *words*, set off after a role (:meth:`name_after_role`), are a full name
        before a link of :attr:`OF_WORDS` or :attr:`PLACE_PREPOSITIONS` and one to
        :attr:`MAX_HOMETOWN_WORDS` capitalised words of a place (``Karen Olson-Weiss of Medford``,
        ``Tom Berg from Leeds``): the name, two to :attr:`MAX_NAME_WORDS` words the name matcher
        reads whole; ``None`` otherwise (``Ana Ruiz of the union``: a lower-case body, left as it is).

        .. versionadded:: 0.2
        """
        link = next((i for i, w in enumerate(words) if w in self._of or w in self._place_prepositions), None)
        if link is None or not 2 <= link <= self.MAX_NAME_WORDS:
            return None
        place = words[link + 1 :]
        if not 0 < len(place) <= self.MAX_HOMETOWN_WORDS or not all(w[:1].isupper() and w.isalpha() for w in place):
            return None
        if any(self.vocabulary.bars_name(w) for w in place):
            return None  # ("Ana Ruiz of Acme Group": a body, whose member the other rules read)
        return link if self.names.trailing_name(words[:link]) == link else None

    def names_of_places_after(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int] | None:
        """*np*, a full name after an inverted cue, maybe after a plural title (``Mayors Koen
        Daems``: ``Vocabulary.is_plural_title``), with the place it is of and a second name joined
        by one of :attr:`COORDINATORS` up to the sentence's end at *stop* (``said Mayors Koen Daems
        of Mechelen and Els Roos of Lier.``, ``said Senators Ana Ruiz of Ohio and Tom Berg of
        Utah.``): both speak, each name read as :meth:`hometown_after_name` reads one (the second
        maybe with no place); ``None`` otherwise (a mark between, a body after ``of``, no place
        after the first name: :meth:`joined_subject_after` reads those).

        .. versionadded:: 0.2 (fixQ63b)"""
        head = raw[np[0] : np[1]].split()
        if head and self.vocabulary.is_plural_title(head[0]):
            head = head[1:]
        if not 2 <= len(head) <= self.MAX_NAME_WORDS or self.names.trailing_name(head) != len(head):
            return None
        end = stop
        while end > np[1] and raw[end - 1] in " .”’\"'\n":
            end -= 1
        words = raw[np[1] : end].split()
        if any(mark in raw[np[1] : end] for mark in ",;:!?()\"“”\n") or not words or words[0] not in self._of:
            return None
        joins = [k for k, w in enumerate(words) if w in self._coordinators]
        if len(joins) != 1:
            return None
        first, second = head + words[: joins[0]], words[joins[0] + 1 :]
        if self.hometown_after_name(first) is None:
            return None
        if self.hometown_after_name(second) is None and not (
            2 <= len(second) <= self.MAX_NAME_WORDS and self.names.trailing_name(second) == len(second)
        ):
            return None
        return np[0], end

    #: The most words of the place phrase :meth:`place_tail` reads after a name set off by commas
    #: (``outside the court``; Spanish seven: ``en la rueda de prensa posterior``).
    #:
    #: .. versionadded:: 0.2 (mendQ65)
    MAX_PLACE_TAIL_WORDS: ClassVar[int] = 5

    def place_tail(self, tail: str) -> bool:
        """Whether *tail*, what closes the sentence after the name of :meth:`name_after_role` and its
        comma, is a short place phrase: at most :attr:`MAX_PLACE_TAIL_WORDS` words in lower case or
        capitalised, the first one of :attr:`PLACE_PREPOSITIONS` or :attr:`CLOSING_PLACE_PREPOSITIONS`
        in lower case, no comma (``said his lawyer, Ann Lee, outside the court.``, ``ha declarado
        la vicepresidenta segunda, Yolanda Díaz, en la rueda de prensa posterior.``): where the name
        spoke, so the name still speaks.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (mendQ65) a pack's closing place prepositions; :attr:`MAX_PLACE_TAIL_WORDS`."""
        words = tail.split()
        # (or one of CLOSING_PLACE_PREPOSITIONS, a pack's: "..., Yolanda Díaz, en la rueda de prensa posterior."; mendQ65)
        opens = bool(words) and (words[0] in self._place_prepositions or words[0] in self.CLOSING_PLACE_PREPOSITIONS)
        return opens and len(words) <= self.MAX_PLACE_TAIL_WORDS and "," not in tail

    def relative_tail(self, tail: str) -> bool:
        """Whether *tail*, what closes the sentence after the name of :meth:`name_after_role` and its
        comma, is a relative clause on a person: it opens with one of
        :attr:`PERSONAL_RELATIVE_PRONOUNS` in lower case (``said the security chief, Ana Ruiz, who
        added that ...``, Spanish ``dijo el concejal de Seguridad, Juan Carlos Caballero, quien
        añadió ...``): the clause is the name's, so the name still speaks.

        .. versionadded:: 0.2"""
        words = tail.split(maxsplit=1)
        return len(words) == 2 and words[0] in self._personal_relatives

    def description_tail(self, tail: str) -> bool:
        """Whether *tail*, what closes the sentence after the name of :meth:`name_after_role` and its
        comma, describes that name: a noun phrase that opens with one of :attr:`DETERMINERS` (``said
        the study's lead author, Kenji Sato, a biologist at Osaka University.``), one clause at most
        (no comma in it), or an age, maybe with such a phrase after its comma (``said one fan,
        Tunde Bakare, 31.``, ``..., 31, a teacher.``).

        .. versionadded:: 0.2"""
        age, _, rest = tail.partition(",")
        if age.strip().isdigit() and len(age.strip()) <= 3:
            return not rest.strip() or self.description_tail(rest)
        words = tail.split(maxsplit=1)
        return len(words) == 2 and words[0].casefold() in self._determiners and "," not in tail

    def name_after_cut_role(self, raw: str, np: tuple[int, int], stop: int) -> tuple[int, int] | None:
        """The name that closes the sentence after *np*, a role in lower case that the phrase after
        an inverted cue cut before one of :attr:`PHRASE_END_WORDS` (``a déclaré le haut-commissaire``
        before ``pour les réfugiés, Filippo Grandi.``): :meth:`name_after_role` read on the role run
        on to the first comma after it, at most :attr:`MAX_RUN_ON_ROLE` characters on (``el
        responsable de relaciones con la prensa, Juan Pérez``).  ``None`` without such a comma and
        name, so the cut role stays the speaker (``a déclaré le ministre sur France Inter.``).

        .. versionadded:: 0.2
        """
        if not raw[np[0] : np[0] + 1].islower():
            return None
        link = self._word.match(raw, np[1] + 1, stop) if raw[np[1] : np[1] + 1].isspace() else None
        if link is None or link.group().casefold() not in self._phrase_ends:
            return None
        comma = raw.find(",", link.end(), min(stop, link.end() + self.MAX_RUN_ON_ROLE))
        if comma < 0 or any(c in raw[link.end() : comma] for c in ".;:!?()\"“”«»"):
            return None
        return self.name_after_role(raw, (np[0], comma), stop)

    def kin_role(self, role: list[str]) -> bool:
        """Whether the words of *role* are a possessive determiner and a noun for one person, no
        group (``his daughter``, ``sa fille``, ``su hija``; not ``his family``): a given name alone
        may name them (``said his daughter, Anne.``)."""
        last = role[-1].casefold()
        if len(role) < 2 or role[0].casefold() not in self._possessive_determiners or last in self._collectives:
            return False
        return self.is_singular_person_noun(last) or last in self._gender_words

    def held_for(self, role: Sequence[str]) -> int:
        """How many of the last words of *role* say how long it has been held: one of
        :attr:`OF_WORDS`, a count (digits, or :attr:`NUMBER_WORDS`, maybe two joined by a hyphen) and one
        of :attr:`SPAN_UNITS` (``of 60 years`` of ``his wife of 60 years``, ``of sixty-two years``) ->
        3, after two words or more of role; 0 otherwise (:meth:`name_after_role`).

        .. versionadded:: 0.2
        """
        if len(role) < 5 or not self._span_units:
            return 0
        link, count, unit = role[-3:]
        if link not in self._of or unit.casefold() not in self._span_units:
            return 0
        # (a number written in words may join two with a hyphen: "sixty-two", "twenty-one")
        numbers = count.casefold().split("-")
        return 3 if count.isdigit() or all(number in self._numbers for number in numbers) else 0

    def role_for_body(self, role: list[str]) -> bool:
        """Whether the words of *role* end in a noun for a body, an organisation, a company or a
        group (``a spokesman for the retailer``, ``a lawyer for the family``), not a person
        (``the slain teenager``): a person's name after it is the role's, not the body's."""
        last = strip_possessive(role[-1]).casefold() if role else ""
        vocabulary = self.vocabulary
        return vocabulary.is_org_word(last) or vocabulary.is_company_noun(last) or last in self._collectives

    def owned_role(self, phrase: str) -> bool:
        """Whether *phrase* is an owner's possessive and lower-case words (``Smith's lawyer``); the
        owner may be several capitalised words, at most :attr:`MAX_OWNER_WORDS` (``Mayor Karen
        Bass's chief of staff``).

        .. versionchanged:: 0.2
           An owner of several words."""
        words = phrase.split()
        k = next((i for i, w in enumerate(words[: self.MAX_OWNER_WORDS]) if strip_possessive(w) != w or not w[:1].isupper()), 0)
        owner = words[k] if words else ""
        return len(words) >= k + 2 and strip_possessive(owner) != owner and all(w[:1].islower() for w in words[k + 1 :])

    def quoted_into(self, raw: str, open_: int, close: int, before: str) -> bool:
        """Whether a quotation from *open_* to *close* (its marks) with a comma ends a sentence's
        words that open without a cue before it (``But "it will not be easy," said ...``, ``Using
        the tax "is a misguided approach," said ...``): the attribution after it is the sentence's.  Not a
        title (``on "Face the Nation," Ortiz said ...``), nor after a naming verb."""
        comma = raw[close - 1] == "," or raw[close + 1 : close + 2] == ","
        window = self.word_boundary(before, max(0, len(before) - self.PHRASE_WINDOW), 0)  # (bounded: linear time)
        if not comma or self.cues_before(before, window, len(before)):
            return False
        if any(token.group() in self._naming for token in self._token.finditer(before, window, None, False, KEEP_GIL)):
            return False  # 'signs calling the mayor "a liar," the crowd ...': the naming verb's words
        return not self.is_title(raw[open_ + 1 : close].split())

    #: The most words between an attribution after a quotation and the comma before
    #: ``according to X`` that :meth:`credited_after` reads (``told reporters in Beijing,``,
    #: ``told reporters in Paris on Tuesday,``).
    #:
    #: .. versionadded:: 0.2
    MAX_CREDITED_GAP_WORDS: ClassVar[int] = 8

    def credited_after(self, raw: str, pos: int, stop: int) -> tuple[str, int] | None:
        """The X of ``, according to X`` after an attribution that ends at *pos*, at most
        :attr:`MAX_CREDITED_GAP_WORDS` words and a comma between, before *stop* (``"...," Wang Yi
        told reporters, according to the ministry.``), and where it ends: the one the article
        credits for the report, the quote's ``source``; the speaker stays the attribution's, and a
        quotation right after X goes on with the same speaker (``"We are," Tom Berg said, according
        to the Herald, "in serious trouble."``).  ``None`` when none follows.

        .. versionadded:: 0.2"""
        if self._according_after is None:
            return None
        match = self._according_after.match(raw, pos, stop, KEEP_GIL)
        if match is None:
            return None
        np = self.phrase_after(raw, match.end(), stop, source=True)
        if np is None:
            return None
        end = self.participle_phrase_end(raw, np, stop)
        return collapse(raw[np[0] : end]), end

    def quoted_by(self, raw: str, cue: str, pos: int, stop: int) -> tuple[str, int] | None:
        """The outlet after one of :attr:`AGENT_WORDS` right after a passive quoting cue
        (:attr:`QUOTING_PHRASES`: ``"...," Smith was quoted as saying by the Kyodo news agency.``)
        ending at *pos*, and where it ends: the one that carried the words, the quote's ``source``;
        ``None`` after any other cue or with no such phrase before *stop*.

        .. versionadded:: 0.2"""
        low = " ".join(cue.casefold().split())
        if not any(low == f"{verb} {tail}" for verb, tail in self.QUOTING_PHRASES):
            return None
        agent = self._token.match(raw, pos + 1, stop) if raw[pos : pos + 1].isspace() else None
        if agent is None or agent.group().casefold() not in self._agents:
            return None
        np = self.phrase_after(raw, agent.end(), stop, source=True)
        if np is None or not self.names_outlet(raw[np[0] : np[1]]):
            return None  # ("was quoted as saying by phone", "by the end of the day": no outlet)
        return collapse(raw[np[0] : np[1]]), np[1]

    def names_outlet(self, phrase: str) -> bool:
        """Whether *phrase* after the agent word of a passive quoting cue names an outlet: one of
        :attr:`OUTLET_WORDS` other than its :attr:`OUTLET_OPENERS` (``the state news agency``) or a
        capitalised word that is no determiner, weekday or month (``Reuters``, ``The Times``,
        ``state broadcaster NHK``); not ``phone``, ``a wide margin``, ``2030``, ``Monday``, nor
        one lower-case outlet noun alone (``by radio``, ``by television``: the means, not who
        carried the words).

        .. versionadded:: 0.2 (one bare outlet noun: mendQ63)"""
        words = phrase.split()
        if len(words) == 1 and words[0][:1].islower():
            return False  # ("was quoted as saying by radio that ...": how, not who)
        for word in words:
            low = word.casefold()
            if low in self._outlet_nouns:
                return True
            if (
                word[:1].isupper() and low not in self._determiners and not self.is_time_word(word)
                and not self.is_month_name(word)
            ):
                return True
        return False

    def participle_phrase_end(self, raw: str, np: tuple[int, int], stop: int) -> int:
        """Where a source's phrase *np* that ends in a participle (``a study published``, ``a statement
        posted``: :meth:`is_past_verb`) ends with the words that complete it, up to the next comma,
        semicolon or sentence end within :attr:`PHRASE_WINDOW` characters before *stop* (``a study
        published in The Lancet``): never a phrase cut after its participle; *np*'s end otherwise.

        .. versionadded:: 0.2"""
        words = raw[np[0] : np[1]].split()
        if len(words) < 2 or not self.is_past_verb(words[-1]):
            return np[1]
        limit = min(stop, np[1] + self.PHRASE_WINDOW)
        end = np[1]
        for match in self._word.finditer(raw, np[1], limit, False, KEEP_GIL):
            if raw[end : match.start()].strip():
                break  # (a comma, a semicolon, a mark: the phrase ends there)
            end = match.end()
        return self.without_period(raw, (np[0], end))[1]  # ("... in The Lancet.": the sentence's period, no part of it)

    def according_clause_goes_on(
        self, raw: str, attribution: Attribution, close: int, sentence: tuple[int, int]
    ) -> bool:
        """Whether *attribution*, one of :attr:`ACCORDING_TO` before a quotation closed at *close*,
        gives a clause the quotation only opens: a word goes on after the closing mark, the
        quotation's last character a letter or a digit, no punctuation inside the mark (French
        ``Selon lui, « aucun risque » n'a été identifié``; English ``According to him, "no risk"
        was found``). Reported speech reads the whole clause then, mixed, as after ``selon lui``
        with no quotation; not when a cue follows the quotation in the sentence (another speaker's
        clause).

        .. versionadded:: 0.2 (lang62b)
        """
        if attribution.cue.text.casefold() not in self._according:
            return False
        if not raw[max(0, close - 3) : close].rstrip()[-1:].isalnum():  # (French "« ... »": a blank inside the mark)
            return False  # ('According to him, "the city is complex," presumably meaning ...': the writer's words after)
        after = raw[close + 1 : sentence[1]].lstrip()
        if not (after[:1].isalpha() and after[:1].islower()):
            return False
        # (not when a cue of its own follows: 'According to the inquiry, "key safeguards" were
        # ignored, investigators said.': the investigators' words, the inquiry's quotation)
        return next(iter(self.cues(raw, close + 1, sentence[1])), None) is None

    def according_source(
        self, raw: str, cue_start: int, start: int, end: int, sentence: tuple[int, int]
    ) -> tuple[int, int] | None:
        """The source in ``raw[start:end]``, the words after one of :attr:`ACCORDING_TO` (at
        *cue_start*) before a quotation.  A speech verb in lower case may open them (Spanish ``según dijo la ministra``):
        the source is the words after it, and with none (``una reforma que, según dijo, "..."``,
        as he said) the sentence's subject when it stands before (``Gustavo Petro anunció ...``),
        else none: the verb is never the source."""
        verb_end = self.source_verb_end(raw, start, end, cues_only=True)
        if verb_end is None:
            return start, end
        rest = raw[verb_end:end]
        if rest.strip():
            return verb_end + len(rest) - len(rest.lstrip()), end
        subject = self.sentence_subject(raw, sentence)
        if subject is None or subject.end > cue_start:
            return None
        return subject.bounds

    def source_verb_end(self, raw: str, pos: int, stop: int, *, cues_only: bool = False) -> int | None:
        """Where the verb in lower case that opens ``raw[pos:stop]`` (blanks before it aside) ends,
        after one of :attr:`ACCORDING_TO`: a cue word or one of :attr:`SOURCE_VERBS` (Spanish
        ``según dijo``, ``según informó``; a cue word only with *cues_only*), or one of
        :attr:`PERFECT_AUXILIARIES` and the participle in lower case after it, regular or not
        (``según ha informado``, ``según han indicado``, ``según ha dicho``, ``según ha
        escrito``: an auxiliary is followed by its participle; the sentence's period may close
        it: ``según ha informado.``); ``None`` without one.

        .. versionadded:: 0.2
        """
        while pos < stop and raw[pos].isspace():
            pos += 1
        verb = self._word.match(raw, pos, stop, KEEP_GIL)
        if verb is None or not verb.group()[:1].islower():
            return None
        word = verb.group().rstrip(".")  # (a word may take the sentence's period: "según dijo.")
        if self.is_cue_word(word) or (not cues_only and word in self._source_verbs):
            return verb.start() + len(word)
        if word not in self._perfect_auxiliaries or not raw.startswith(" ", verb.end()):
            return None
        participle = self._word.match(raw, verb.end() + 1, stop)
        if participle is None:
            return None
        form = participle.group().rstrip(".")  # ("según han confirmado.": the sentence's period)
        # (not only PASSIVE_PARTICIPLE_ENDINGS: "según ha dicho el ministro" was read as "ha dicho")
        return participle.start() + len(form) if form.isalpha() and form.islower() else None

    def past_source_verb(self, raw: str, pos: int, stop: int) -> int:
        """Where the source after one of :attr:`ACCORDING_TO` at *pos* starts: after a speech verb
        or one of :attr:`SOURCE_VERBS` in lower case right after it when a determiner or a
        capitalised word follows the verb (Spanish ``Según explicó la ministra``, ``según informó
        la policía``: the source is ``la ministra``), or one of :attr:`GROUP_NOUNS` without a
        determiner (``según indicaron fuentes de ...``); the verb may be a compound past
        (``según ha informado el ministerio``: :meth:`source_verb_end`), a day or a time between
        them aside (``según ha señalado hoy la consejera``: :meth:`time_before_subject`); the
        verb's end when nothing but punctuation follows it (``según han confirmado.``: the verb
        is never the source); else *pos* (``according to reported figures``)."""
        verb_end = self.source_verb_end(raw, pos, stop)
        if verb_end is None:
            return pos
        verb_end = self.time_before_subject(raw, verb_end, stop)
        after = self._word.search(raw, verb_end, stop)
        if after is None:
            return verb_end  # (the verb alone: no source after it)
        if raw[verb_end : after.start()].strip():
            return pos
        word = after.group()
        low = word.casefold()
        if not (word[:1].isupper() or low in self._determiners or low in self._groups):
            return pos
        return verb_end

    def subject_before_relative(self, raw: str, start: int, cue_start: int) -> tuple[int, int] | None:
        """The bounds of the phrase that opens the sentence at *start* when a relative clause set
        off by commas, opening with one of :attr:`PERSONAL_RELATIVE_PRONOUNS`, runs from right after
        it to right before the cue at *cue_start* (``The striker, who scored twice, told Sky
        Sports: "..."``: the striker), and the phrase can name a speaker; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if cue_start - start > self.PHRASE_WINDOW:
            return None  # (read within the window before the cue only)
        comma = raw.find(",", start, cue_start)
        if comma < 0:
            return None
        # (the clause may hold a quotation, its comma inside the closing mark: 'Perry, who wore a cape
        # bearing the words, "I'm with her," shouted, "..."': those commas are the quotation's)
        commas = self.commas_outside_quotations(raw, comma + 1, cue_start)
        closing = raw[comma + 1 : cue_start].rstrip()
        closed = closing.endswith(",") or (len(closing) > 1 and closing[-1] in self._marks and closing[-2] == ",")
        if not closed:
            return None
        opener = self._word.search(raw, comma + 1, cue_start)
        if opener is None or opener.group().casefold() not in self._personal_relatives:
            return None
        if commas > 1 or (commas == 1 and not closing.endswith(",")):
            return None  # (more than the one clause between: "The striker, who scored, and Tom, ...")
        phrase = self.strip_inner(raw, start, comma)
        if phrase[1] <= phrase[0] or not self.is_speaker_phrase(raw[phrase[0] : phrase[1]], lenient=True):
            return None
        return phrase

    def commas_outside_quotations(self, raw: str, start: int, end: int) -> int:
        """For :meth:`subject_before_relative`: how many commas ``raw[start:end]`` holds outside
        quotation marks (a mark between two letters is an apostrophe; a comma right before a
        closing mark is the quotation's, and so is one right before an opening mark, which
        introduces it).

        .. versionadded:: 0.2
        """
        count = 0
        closing: str | None = None
        for i in range(start, end):
            char = raw[i]
            if char in self._marks and not (0 < i < len(raw) - 1 and raw[i - 1].isalpha() and raw[i + 1].isalpha()):
                if closing is None:
                    closing = self._closers.get(char)
                elif char == closing:
                    closing = None
            elif char == "," and closing is None and raw[i + 1 : end].lstrip()[:1] not in self._closers:
                count += 1  # (not one that introduces a quotation: 'the words, "I'm with her,"')
        return count

    def attribution_before(
        self, raw: str, open_: int, sentence: tuple[int, int]
    ) -> Attribution | None:
        """``He said: "..."``, ``X told reporters, "..."`` or ``According to X, "..."``."""
        # the attribution is close before the quotation: read a window, not the whole sentence
        first = self.word_boundary(raw, max(sentence[0], open_ - self.PHRASE_WINDOW), sentence[0])
        before = raw[first:open_]
        stripped = before.rstrip()
        if not stripped:
            return None
        if stripped[-1] not in ":,":
            # "the crowd chanted "..."": a cue right before the quotation
            ending = [c for c in self.cues(raw, max(first, first + len(stripped) - 40), first + len(stripped))]
            if not ending or ending[-1].end() != first + len(stripped):
                return None
            if self.elided_before(raw, first, ending[-1].start()):
                return None  # ("a jugé l'annonce « insuffisante »": a noun after its elided article)
            if ending[-1].group().casefold() not in self._bare and self.modal_before(raw, first, ending[-1].start()):
                return None  # ('the strike would continue "as long as it takes"': a verb of the sentence)
            stripped += ","
        head = stripped[:-1]
        if stripped.endswith(":") and any(dash in head for dash in self.ATTRIBUTION_DASHES + "-"):
            # "Pollsters agree - Carl Bialik: "..."": the name after the dash, not the cue before it
            named = self.name_colon(raw, first + len(head), sentence)
            if named is not None:
                return named
        opinion = self.opinion_holder(raw, sentence[0], open_)
        if opinion is not None:  # ("Pour la ministre, « ... »")
            # (the quotation right after the holder's comma: its words, a group's as well as one person's)
            holder = self.opinion_span(raw, opinion, quoted=opinion.end() == open_) if opinion.end() <= open_ else None
            set_off = self.opinion_name(raw, holder, opinion.end(), open_) if holder is not None and opinion.end() < open_ else None
            if set_off is not None and set_off[2] == open_:
                # ("Pour le président de la région, Pierre Martin, « ... »": the name set off)
                return Attribution(set_off[:2], Cue(opinion["cue"], *opinion.span("cue")))
            if holder is not None and opinion.end() == open_:
                return Attribution(holder, Cue(opinion["cue"], *opinion.span("cue")))
            if holder is not None and set_off is None and self.opinion_role_end(raw, holder, opinion.end(), open_) == open_:
                # ("Pour Laurent Roux, secrétaire général du syndicat, « ... »": the name, its role set off after it)
                return Attribution(holder, Cue(opinion["cue"], *opinion.span("cue")))
        according = self._according_before.search(head, 0, None, KEEP_GIL)
        if according is not None:
            start = first + according.start("np")
            # (the words before the source, read in *head*: the match need not open it, "Selon lui", round 62)
            cue_text = head[according.start() : according.start("np")].rstrip()
            cue_span = (first + according.start(), first + according.start() + len(cue_text))
            source = self.according_source(raw, cue_span[0], start, start + len(according["np"].rstrip()), sentence)
            return Attribution(source, Cue(cue_text, *cue_span)) if source is not None else None
        for cue in reversed(list(self.cues(raw, first, first + len(head)))):
            cue_span = cue.span()
            if self.is_claim_noun(raw, cue) and self.claim_noun(raw, Quotation(open_, open_, open_, open_, *sentence)):
                return None  # ("Ortiz's claim that the judge's warning "...": the claim's, :meth:`naming_subject`)
            trailing = raw[cue.end() : first + len(head)]
            if (
                trailing.strip()
                and self._object.fullmatch(trailing, 0, None, KEEP_GIL) is None
                and self._adverbial.fullmatch(trailing, 0, None, KEEP_GIL) is None
                and not self.object_then_adverbial(trailing) and not self.subject_after_cue(raw, cue.end(), first + len(head))
                and not self.manner_after_cue(trailing)
                # ("told a cheering crowd, "...": the one told with a word before the noun)
                and not (cue.group() in self._told_verbs and self._modified_object.fullmatch(trailing, 0, None, KEEP_GIL))
                # ('told his US counterpart, Antony Blinken: "..."': the one told, described, then named)
                and not (cue.group() in self._told_verbs and self.told_apposed_object(trailing))
            ):
                continue
            if cue.group() in self._participles and ends_with(raw, first, cue.start(), ","):
                # He defended the remark, saying, "..."; '..., Ortiz said, adding, "..."': Ortiz
                closing = self.closing_attribution(raw, sentence[0], cue.start())
                opener = self.mention(raw, closing) if closing is not None else None
                if opener is None:  # ("..., and the union sued, saying, "..."": the union)
                    opener = self.joined_clause_subject(raw, sentence[0], raw.rindex(",", first, cue.start()))
                if opener is None:  # ("..., a charge that the union denied, saying, "..."": the union)
                    opener = self.summary_relative_subject(raw, sentence[0], raw.rindex(",", first, cue.start()))
                if opener is None:
                    opener = self.sentence_subject(raw, sentence)
                if opener is None:
                    return None
                return Attribution(opener.bounds, Cue(cue.group(), *cue_span))
            quoted = self.quoted_as_speaker(raw, sentence[0], cue_span)
            if quoted is not None:
                return Attribution(quoted, Cue(cue.group(), *cue_span))  # "quoted Ana Ruiz as saying:"
            caused = self.caused_speaker(raw, sentence[0], cue.start())
            if caused is not None:
                return Attribution(caused, Cue(cue.group(), *cue_span))  # "prompted Ana Ruiz to say:"
            np = self.phrase_before(raw, cue.start(), sentence[0], lenient=True)
            opens = raw[open_ + 1 : open_ + 2].isupper()  # (a sentence quoted whole, not "The plan, ... said, "will")
            if np is not None and opens and not trailing.strip() and cue.group() not in self._participles:
                # ("Lisa Chen, an official in Ohio said: "..."": the name, its appositive's comma missing)
                np = self.name_before_unclosed(raw, sentence[0], np, cue.end(), opening=True) or np
            if np is not None and cue.group() in self._participles and self.ends_in_past_verb(raw, np):
                np = None  # ('a memo was released as the polls closed stating "..."': a clause, no subject)
            if np is not None and cue.group() in self._participles:
                np = self.object_in_phrase(raw, np)  # "The protesters carried banners saying "...""
            if (
                np is not None and cue.group() in self._participles and not self.recalled_speaker(raw, sentence[0], np)
                and self.participle_object(raw, sentence[0], np)
            ):
                # "Ortiz opened the debate saying, "..."": the sentence's subject speaks, not the debate
                subject = self.clause_subject(raw, sentence, np[0])
                np = self.subject_before_object(raw, subject, np)
            if np is None and cue.group().casefold() not in self._uninverted:
                # ("told Sky Sports:": the one told, never the speaker; the subject before is)
                np = self.phrase_after(raw, cue.end(), first + len(head))
            if np is None:
                # "Scotland's First Minister, Morag Kerr, said: "..."": the full name right before the cue
                np = self.set_off_name(raw, sentence[0], cue.start())
            if np is None:
                # "Perry, who hugged the candidate ..., shouted, "...": the sentence's named subject
                subject = self.clause_subject(raw, sentence, cue.start())
                np = subject.bounds if subject is not None and subject.text[:1].isupper() else None
            if np is None:
                np = self.subject_before_relative(raw, sentence[0], cue.start())
            return Attribution(np, Cue(cue.group(), *cue_span)) if np is not None else None
        gerund = self.gerund_before(raw, first, first + len(head), sentence)
        if gerund is not None:
            return gerund
        written = self.document_verb_before(raw, first + len(head), sentence)
        if written is not None:
            return written  # ('The statement read: "..."': the document, as after the quotation)
        if stripped.endswith(":") and not self.cues_before(raw, first, first + len(head)):
            return self.name_colon(raw, first + len(head), sentence)
        return None

    def cue_right_before(self, raw: str, open_: int, sentence: tuple[int, int]) -> Attribution | None:
        """The attribution before a quotation (:meth:`attribution_before`) when its cue, no
        participle, stands right before the opening mark with only a comma or colon between (``When
        a man in the crowd shouted, "Resign," Berg joked``): that cue introduces the quotation, which
        an attribution after it then does not take; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        end = open_
        while end > sentence[0] and raw[end - 1].isspace():
            end -= 1
        if end <= sentence[0] or raw[end - 1] not in ",:":
            return None
        cues = list(self.cues(raw, max(sentence[0], end - self.NAMED_WINDOW), end - 1))
        if not cues or cues[-1].end() != end - 1 or cues[-1].group() in self._participles:
            return None
        attribution = self.attribution_before(raw, open_, sentence)
        return attribution if attribution is not None and attribution.cue.end == end - 1 else None

    def with_outlet(self, raw: str, attribution: Attribution, after: Attribution) -> Attribution:
        """*attribution*, with the speaker of *after* as its source when the cue of *after* is one of
        :attr:`SOURCE_VERBS` (``Ortiz said, "No comment," the Herald reported``: Ortiz's words,
        carried by the Herald).

        .. versionadded:: 0.2
        """
        if attribution.source is not None or after.cue.text.casefold() not in self._source_verbs:
            return attribution
        return attrs.evolve(attribution, source=collapse(raw[after.speaker[0] : after.speaker[1]]))

    def apposed_title(self, raw: str, quotation: tuple[int, int], sentence: tuple[int, int]) -> bool:
        """Whether a quotation (its marks at *quotation*) is a title in title case (:meth:`is_title`)
        set off by a comma after a lower-case noun that is no cue, and the sentence goes on after
        it in lower case (``He said the painting, "Girl With a Lantern," had been on loan``): it
        names the noun, nobody's words, and no attribution before or after it is its.  Reads the
        quotation and the :attr:`PHRASE_WINDOW` characters on either side only.

        .. versionadded:: 0.2
        """
        open_, close = quotation
        before = raw[max(sentence[0], open_ - self.PHRASE_WINDOW) : open_].rstrip()
        if not before.endswith(","):
            return False
        noun = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
        low = noun.casefold()
        if not (noun.isalpha() and noun[:1].islower()) or low in self._stop or self.is_cue_word(low):
            return False
        if low in self._object_forms or low in self._pronouns or low in self._first_person:
            return False  # ('he told me, "This is it," gesturing ...': the one told, no noun named)
        floor = max(sentence[0], open_ - self.PHRASE_WINDOW)
        # (a quotation closed as words are, a comma or a sentence's end inside its marks or a comma
        # after them; not '"Amazing Grace" was her favourite', a title as the told clause's subject)
        # (and the one told no work a title names: 'told the story, "Girl With a Lantern," in ...')
        closed = raw[close - 1 : close] in (",", ".", "!", "?", "…") or raw[close + 1 : close + 2] == ","
        told = closed and low not in self._document_nouns
        if told and self.told_before(raw, floor, floor + len(before) - 1):  # (up to the comma)
            return False  # ('He told the crowd, "We Will Win," and left': the one told, then the words)
        words = raw[open_ + 1 : close].split()
        if not self.is_title(words) or not any(w[:1].isupper() for w in words[1:]):
            return False  # (a title has a capital past its first word: "Girl With a Lantern", not "This is it")
        after = raw[close + 1 : min(sentence[1], close + 1 + self.PHRASE_WINDOW)].lstrip(" ,;")
        return after[:1].islower()

    def closes_sentence(self, raw: str, at: int, stop: int) -> bool:
        """Whether nothing but blanks, sentence-end marks and dialogue dashes stands from *at* to *stop*.

        .. versionadded:: 0.2
        """
        return not raw[at:stop].strip(" \t\n\xa0.!?…" + self.DIALOGUE_DASHES)

    def only_recipient(self, raw: str, at: int, stop: int) -> bool:
        """Whether the words after an inverted cue from *at* name only the one spoken to, up to
        the sentence's end (Spanish ``«...», dijo al ministro Pedro Gil.``): the verb alone then
        stands for its subject, as with nothing after it.

        .. versionadded:: 0.2
        """
        start = at + len(raw[at:stop]) - len(raw[at:stop].lstrip())
        extent = self.recipient_extent(raw, start, stop)
        return extent is not None and not extent[1] and self.closes_sentence(raw, extent[0], stop)

    #: The most words of a known agency or outlet told the words, between a recipient word and the
    #: speaker's name (``dijo a Europa Press Luis Vega``: :meth:`agency_recipient_end`).
    MAX_AGENCY_WORDS: ClassVar[int] = 3

    def agency_recipient_end(self, raw: str, at: int, stop: int) -> int | None:
        """Where a known agency or outlet (``Vocabulary.is_agency``: ``Efe``, ``Europa Press``) ends
        when it is the one spoken to after an inverted cue ending at *at*, one of
        :attr:`RECIPIENT_WORDS` before it (or of :attr:`RECIPIENT_DETERMINERS` or
        :attr:`OBLIQUE_FEMININE_DETERMINERS`, the agency maybe in lower case: German ``sagte der dpa
        Jonas Vogt``; spk52), and a name after it (a surname alone too, no place:
        ``dijo a Efe Vega``; a longer one opening with a given name, no body's name: ``informó a
        Efe Protección Civil``; versionchanged 0.2) closes the attribution at a comma or the
        sentence's end (``"...", dijo a Efe Luis Vega, portavoz``: Luis Vega speaks; the agency
        is no part of his name; a name of two words with an unlisted given name when a role is set
        off after it, ``dijo a EFE Adelys Ferro, directora ejecutiva``: :meth:`role_set_off_after`,
        fixQ57b); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if self._agency_recipient is None:
            return None
        match = self._agency_recipient.match(raw, at, stop, KEEP_GIL)
        if match is None:
            return None
        words = list(SPACED_WORD.finditer(match["words"]))
        for size in range(min(self.MAX_AGENCY_WORDS, len(words) - 1), 0, -1):
            if self.vocabulary.is_agency(" ".join(w.group() for w in words[:size])):
                rest = [w.group() for w in words[size:]]
                if self.vocabulary.is_place(" ".join(rest)) or self.vocabulary.is_agency(" ".join(rest)):
                    return None  # (no name: "dijo a Efe Madrid")
                described = len(rest) == 2 and self.role_set_off_after(raw, match.start("words") + words[-1].end(), stop)
                person = len(rest) == 1 or self.names.is_given_name(rest[0]) or described
                if self.names.trailing_name(rest) == len(rest) and person:
                    # (a surname alone too: "dijo a Efe Vega", the Vega named before; a name of more
                    # words opens with a given name: not "informó a Efe Protección Civil", a body)
                    return match.start("words") + words[size - 1].end()
                return None
        return None

    def role_set_off_after(self, raw: str, end: int, stop: int) -> bool:
        """For :meth:`agency_recipient_end`: whether a comma right after *end* (a name's end) sets
        off a role noun in lower case (``Adelys Ferro, directora ejecutiva``), the name a person's;
        not a body's (``Protección Civil, que ...``).

        .. versionadded:: 0.2
        """
        after = raw[end:stop]
        if not after.startswith(", "):
            return False
        word = after[2:].split(maxsplit=1)[0].rstrip(",.") if after[2:].split() else ""
        low = word.casefold()
        return word[:1].islower() and (self.vocabulary.is_role_noun(low) or self.is_occupation(low))

    def recipient_before_name(self, raw: str, at: int, stop: int) -> regex.Match[str] | None:
        """The one spoken to between an inverted cue and a name of two words or more that closes
        the attribution (French ``a assuré à l'AFP Marie Durand, porte-parole``, ``a raconté à
        la barre Fatima Benali.``): one capitalised word after an elided article, or a
        determiner and a noun that is no title (``à la ministre Marie Durand`` names her);
        ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if self._recipient_before_name is None:
            return None
        match = self._recipient_before_name.match(raw, at, stop)
        if match is None or (match["noun"] is not None and self.is_role(match["noun"])):
            return None
        return match

    def opinion_holder(self, raw: str, start: int, stop: int) -> regex.Match[str] | None:
        """The opening of one of :attr:`OPINION_OPENERS` at the first word of ``raw[start:stop]``,
        its words up to a comma (``Pour la ministre, ``), or ``None``; :meth:`opinion_span` says
        whether they name a holder.

        .. versionadded:: 0.2
        """
        if self._opinion_opening is None:
            return None
        while start < stop and raw[start].isspace():
            start += 1
        return self._opinion_opening.match(raw, start, stop)

    def opinion_span(self, raw: str, opening: regex.Match[str], *, quoted: bool = False) -> tuple[int, int] | None:
        """The span of the holder in an :meth:`opinion_holder` opening: a determiner and a noun
        for people or a group (``la ministre``, ``le parquet``, ``les habitants du quartier``),
        or a name of two capitalised words or more (``Marie Durand``, ``M. Dupont``: a period
        only after an honorific), the head followed by nothing, a capitalised word or a
        preposition; ``None`` for anything else (``Pour la première fois``, ``Pour Noël``, ``Pour
        lui``).  With *quoted* (a quotation follows the comma at once) the head may be a plural
        group too (:meth:`is_holder_noun`: ``Pour les habitants du quartier, « ... »``).

        .. versionadded:: 0.2
        """
        start, end = opening.span("np")
        words = self.split_elision(raw[start:end].split())
        if not words:
            return None
        if self.holder_words(words, quoted=quoted) or self.joined_holders(words, quoted=quoted):
            return start, end
        return None

    #: The most words the holder of an :attr:`OPINION_OPENERS` opening may have, up to its comma
    #: (two holders with their roles: ``Pour le député européen Jean Roux et la sénatrice Anne
    #: Lefort, « ... »``; :meth:`joined_holders`).
    #:
    #: .. versionchanged:: 0.2 (lang65) twelve words, eight before
    MAX_OPINION_HOLDER_WORDS: ClassVar[int] = 12

    def holder_words(self, words: Sequence[str], *, quoted: bool = False) -> bool:
        """For :meth:`opinion_span`: whether *words* (elisions split) name one holder of a view: a
        determiner, maybe one of the vocabulary's ``ROLE_QUALIFIERS`` (``l'ancien ministre``,
        lang65), and a holder's noun (:meth:`is_holder_noun`) followed by nothing, a
        preposition, a determiner, a capitalised word or adjectives before a name
        (:meth:`adjectives_before_name`); or a name of two capitalised words or more.

        .. versionadded:: 0.2 (lang65, out of :meth:`opinion_span`)"""
        if any(w.endswith(".") and not self.vocabulary.is_honorific(w[:-1]) for w in words[:-1]) or words[-1].endswith("."):
            return False  # (a period ends no word but an honorific before the name: "Pour M. Dupont")
        if words[0].casefold() in self._determiners:
            lead = 2 if len(words) > 2 and normalize_word(words[1]) in self.vocabulary.role_qualifiers else 1
            head = words[lead] if len(words) > lead else ""
            if not head[:1].islower() or not self.is_holder_noun(head.casefold(), quoted=quoted):
                return False
            after = words[lead + 1] if len(words) > lead + 1 else ""
            low = after.casefold()
            # ("Pour la première fois": a word in lower case after the head, no holder)
            return not (
                after[:1].islower() and not (low in self._prepositions or low in self._of or low in self._determiners)
                and not self.adjectives_before_name(words[lead + 1 :])
            )
        return len(words) >= 2 and all(w[:1].isupper() for w in words)

    def joined_holders(self, words: Sequence[str], *, quoted: bool = False) -> bool:
        """For :meth:`opinion_span`: whether *words* are two holders joined by one of
        :attr:`COORDINATORS` before a determiner, each a holder with a name
        (:meth:`holder_words`: ``Pour le député européen Jean Roux et la sénatrice Anne Lefort,
        « ... »``: both); never two roles alone (``Pour le maire et le préfet``: a holder's noun
        and its place are as often one thing, ``le prix et la qualité``), nor a list of three.

        .. versionadded:: 0.2 (lang65)"""
        joins = [i for i, w in enumerate(words) if w.casefold() in self._coordinators]
        if len(joins) != 1 or joins[0] + 1 >= len(words) or words[joins[0] + 1].casefold() not in self._determiners:
            return False
        parts = (words[: joins[0]], words[joins[0] + 1 :])
        return all(
            len(part) >= 3 and self.holder_words(part, quoted=quoted) and self.names.trailing_name(list(part[-2:])) == 2
            for part in parts
        )

    def adjectives_before_name(self, words: Sequence[str]) -> bool:
        """Whether *words*, those after the head of an :meth:`opinion_span`, are one to
        :attr:`ROLE_ADJECTIVES_AFTER` words in lower case, then a name that runs to the comma,
        two words or more (``Pour le député européen Jean Morel, « ... »``: the role's adjective,
        then the holder's name); never without the name (``Pour la première fois``).

        .. versionadded:: 0.2 (lang64)"""
        k = 0
        while k < len(words) and k < self.ROLE_ADJECTIVES_AFTER and words[k][:1].islower() and words[k].isalpha():
            k += 1
        name = words[k:]
        return k > 0 and len(name) >= 2 and self.names.trailing_name(name) == len(name)

    def opinion_name(self, raw: str, holder: tuple[int, int], start: int, stop: int) -> tuple[int, int, int] | None:
        """The name set off by commas right after the holder of an :meth:`opinion_span` that is a
        role (one of its words a title or a role noun), from *start* (after the holder's comma)
        and before *stop*: its span and where the words after its comma start (``Pour le
        président de la région, Pierre Martin, ...``, ``Pour le maire, M. Dupont, ...``); a name
        of two words or more, or one word after an honorific; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if not any(self.is_role(w.casefold()) for w in raw[holder[0] : holder[1]].split()):
            return None
        named = self._opinion_name.match(raw, start, stop)
        if named is None:
            return None
        words = named["name"].split()
        lead = 1 if self.vocabulary.is_honorific(words[0].rstrip(".")) else 0
        if len(words) < 2 or self.names.trailing_name(words[lead:]) != len(words) - lead:
            return None
        return named.start("name"), named.end("name"), named.end()

    def opinion_role_end(self, raw: str, holder: tuple[int, int], start: int, stop: int) -> int | None:
        """Where the words after the holder of an :meth:`opinion_span` that is a name start when a
        role is set off by commas right after it, from *start* (after the name's comma) and before
        *stop*: a title or a role noun in lower case, maybe after a determiner or a word of the
        vocabulary's ``ROLE_QUALIFIERS``, up to its comma, at most :attr:`MAX_OPINION_HOLDER_WORDS`
        words with no quotation mark (``Pour Laurent Roux, secrétaire général du syndicat, « ... »``,
        ``Pour Anne Morel, l'ancienne ministre, ...``); ``None`` otherwise (``Pour Anne Morel, la
        réforme ...``, a holder that is a role: :meth:`opinion_name`).

        .. versionadded:: 0.2 (mendQL71)"""
        if not raw[holder[0] : holder[0] + 1].isupper():
            return None  # (a role holds the view: "Pour le maire, M. Dupont, ...", opinion_name)
        comma = raw.find(",", start, stop)
        if comma < 0 or any(raw[start:comma].count(mark) for pair in self.QUOTE_PAIRS for mark in pair):
            return None
        words = self.split_elision(raw[start:comma].split())
        if not words or len(words) > self.MAX_OPINION_HOLDER_WORDS:
            return None
        lead = 1 if len(words) > 1 and words[0].casefold() in self._determiners else 0
        if len(words) > lead + 1 and normalize_word(words[lead]) in self.vocabulary.role_qualifiers:
            lead += 1
        head = words[lead]
        if not (head[:1].islower() and self.is_role(head.casefold())):
            return None
        end = comma + 1
        while end < stop and raw[end].isspace():
            end += 1
        return end

    def is_holder_noun(self, low: str, *, quoted: bool = False) -> bool:
        """Whether lower-case *low*, the head of an :meth:`opinion_span`, names one who holds a
        view: a title or a role noun (``ministre``, ``experts``) or a singular one of
        :attr:`GROUP_NOUNS` (``parquet``, ``gouvernement``); not a plural of people a measure is
        for (``Pour les habitants, le tarif sera réduit``), unless *quoted*: a quotation right after
        the holder's comma is the group's words (``Pour les habitants du quartier, « ... »``).

        .. versionadded:: 0.2
        """
        forms = (low, low[:-1]) if low.endswith(("s", "x")) else (low,)
        if any(self.is_role(f) for f in forms):
            return True
        return low in self._groups and (quoted or not low.endswith(("s", "x")))

    def is_role(self, word: str) -> bool:
        """Whether *word* is a title or a role noun of the vocabulary (``ministre``, ``porte-parole``).

        .. versionadded:: 0.2
        """
        return self.vocabulary.is_title(word) or self.vocabulary.is_role_noun(word)

    def told_before(self, raw: str, floor: int, end: int) -> bool:
        """Whether ``raw[floor:end]`` ends with a verb of :attr:`OBJECT_VERBS` and the person it
        tells (``told the crowd``, ``assured reporters``, ``told a cheering crowd``): what a comma
        after it sets off is what was told, not a title the noun names, when it is closed as words
        are (:meth:`apposed_title`: ``told the crowd, "We Will Win," and left``; but ``told the
        crowd, "Amazing Grace" was her favourite``: a title, the told clause's subject), and the noun
        before the comma is none of :attr:`DOCUMENT_NOUNS` (``told the story, "Girl With a
        Lantern," in her book``: the story's title).

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, floor, end, False, KEEP_GIL))
        for k in range(max(0, len(words) - self.MAX_TOLD_WORDS - 1), len(words) - 1):
            if words[k].group() not in self._told_verbs:
                continue
            tail = raw[words[k].end() : end]
            if self._object.fullmatch(tail) is not None or self._modified_object.fullmatch(tail) is not None:
                return True
        return False

    def document_verb_before(self, raw: str, end: int, sentence: tuple[int, int]) -> Attribution | None:
        """The attribution of a quotation after one of :attr:`POSTPOSED_CUES` that ends at *end*
        (before the colon or comma that opens the quotation) with a document as its subject
        (``The statement read: "..."``, ``The notice states: "..."``): the document speaks, as
        it does after the quotation (``"...," the statement read``) and with any cue (``The
        statement said: "..."``).  A subject that is no document (``Ana Ruiz read: "..."``,
        ``The sign read``) is no attribution of this rule.

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, max(sentence[0], end - self.NAMED_WINDOW), end))
        if not words or raw[words[-1].end() : end].strip() or words[-1].group() not in self._postposed_cues:
            return None
        verb = words[-1]
        np = self.phrase_before(raw, verb.start(), sentence[0], lenient=True)
        if np is None or raw[np[1] : verb.start()].strip():
            return None
        phrase = raw[np[0] : np[1]].split()
        if phrase[0].casefold() not in self._determiners or phrase[-1].casefold() not in self._document_nouns:
            return None
        return Attribution(np, Cue(verb.group(), *verb.span()))

    def set_off_name(self, raw: str, floor: int, cue_start: int) -> tuple[int, int] | None:
        """The full name right before a cue at *cue_start* (:meth:`name_before`, after *floor*)
        when commas set it off on both sides, an apposition to a title the grammar does not read
        (``Scotland's First Minister, Morag Kerr, said: "..."``); ``None`` for a name with no
        comma before it (``The report by Morag Kerr said``: the report's author is no speaker).

        .. versionadded:: 0.2
        """
        found = self.name_before(raw, floor, cue_start)
        if found is None or raw[found[1] : cue_start].strip() != ",":
            return None
        before = found[0]
        while before > floor and raw[before - 1].isspace():
            before -= 1
        return found if before > floor and raw[before - 1] == "," else None

    def object_then_adverbial(self, trailing: str) -> bool:
        """Whether *trailing*, the words between a cue and the colon or comma before a quotation,
        are the person told and then a time or place (``told reporters outside court: "..."``,
        ``told the council in March, "..."``): the attribution still ends there.

        .. versionadded:: 0.2
        """
        obj = self._object.match(trailing)
        if obj is None or obj.group().split()[-1].casefold() in self._clause_verbs:
            return False  # ("suggested Curiel was from Mexico:": a clause, not the person told)
        if self.bare_time_after_object(trailing[obj.end() :]):
            return True  # ('told reporters Tuesday, "..."': a weekday with no preposition; mendQT69)
        return self._adverbial.fullmatch(trailing, obj.end()) is not None

    def bare_time_after_object(self, rest: str) -> bool:
        """For :meth:`object_then_adverbial`: whether *rest*, the words after the person told, are
        one time word alone, a weekday or one of :attr:`TIME_NOUNS` or :attr:`TIME_ADVERBS` with no
        preposition (``told reporters Tuesday, "..."``, ``told the BBC yesterday: "..."``), written
        in the case such a word takes (``Tuesday``, ``yesterday``; not ``Rain``), such a word and one
        of :attr:`TIME_NOUNS` (``told reporters yesterday morning, "..."``, ``Tuesday night``), or
        one of :attr:`AFTER_OBJECT_ADVERBS` alone (``told the BBC earlier, "..."``; fixQ70b).

        .. versionadded:: 0.2 (mendQT69)"""
        words = rest.split()
        if not 1 <= len(words) <= 2 or not rest[:1].isspace():
            return False
        if len(words) == 2:
            return self.bare_time_word(words[0]) and words[1].islower() and words[1] in self.TIME_NOUNS
        word = words[0]
        return self.bare_time_word(word) or word in self.AFTER_OBJECT_ADVERBS

    def bare_time_word(self, word: str) -> bool:
        """For :meth:`bare_time_after_object`: whether *word* is a weekday with its capital, or one
        of :attr:`TIME_NOUNS` or :attr:`TIME_ADVERBS` in lower case.

        .. versionadded:: 0.2 (fixQ70b, out of :meth:`bare_time_after_object`)"""
        if self.vocabulary.is_weekday(word.casefold()):
            return word[:1].isupper()
        return word.islower() and (self.is_time_word(word) or word in self.TIME_ADVERBS)

    def modal_before(self, raw: str, first: int, cue_start: int) -> bool:
        """Whether the word right before a cue at *cue_start* (after *first*) is one of
        :attr:`MODAL_WORDS`, with only blanks between.

        .. versionadded:: 0.2
        """
        words = raw[first:cue_start].split()
        return bool(words) and words[-1].casefold() in self._modal_words

    def verb_second_speaker(
        self, raw: str, attribution: Attribution, open_: int, sentence: tuple[int, int], state: State
    ) -> Attribution:
        """*attribution*, found before a quotation opening at *open_*, with the phrase after its cue
        as the speaker when the language puts the verb second (:attr:`VERB_SECOND`) and the phrase
        before the cue is an opening that is no subject (:meth:`verb_second_opening`: ``Gestern
        sagte Anna Schmidt: „...“``): the phrase after the verb, a subject
        (:meth:`inverted_subject`), runs to the colon or comma before the quotation.

        .. versionadded:: 0.2
        """
        cue = attribution.cue
        if not self.VERB_SECOND or attribution.dropped or attribution.speaker[1] > cue.start:
            return attribution
        if not self.verb_second_opening(raw, sentence[0], cue.start, state):
            return attribution
        np = self.inverted_phrase(raw, cue.end, open_)
        if np is None or not self.inverted_subject(raw, np):
            return attribution
        mark = open_ - 1  # (the colon or comma before the quotation: back over blanks, no copy of the text)
        while mark > np[1] and raw[mark].isspace():
            mark -= 1
        if raw[mark : mark + 1] not in (":", ",") or not self.only_tag(raw, np[1], mark):
            return attribution  # (but "sagte Karl Braun (SPD): „...“")
        return attrs.evolve(attribution, speaker=np)

    def subject_after_cue(self, raw: str, start: int, end: int) -> bool:
        """Whether the words from *start*, right after a cue, to *end*, the colon or comma before a
        quotation, are the cue's subject in a language that puts the verb second
        (:attr:`VERB_SECOND`: ``Dennoch sagte sie: „...“``, ``Gestern sagte der Sprecher der Stadt:
        „...“``), so that the cue attributes the quotation.

        .. versionadded:: 0.2
        """
        if not self.VERB_SECOND:
            return False
        np = self.inverted_phrase(raw, start, end)
        return np is not None and self.only_tag(raw, np[1], end) and self.inverted_subject(raw, np)

    def only_tag(self, raw: str, start: int, end: int) -> bool:
        """Whether ``raw[start:end]`` holds nothing but blanks and maybe one tag (``(SPD)``,
        ``(D-Ariz.)``: :meth:`tag_before`), as between a subject after its verb and the colon
        before its quotation (``sagte Karl Braun (SPD): „...“``).

        .. versionadded:: 0.2
        """
        if not raw[start:end].strip():
            return True
        tag = self.tag_before(raw, start, end)
        return tag is not None and not raw[start : tag.start()].strip()

    def inverted_phrase(self, raw: str, start: int, end: int) -> tuple[int, int] | None:
        """The noun phrase after a verb-second cue, from *start* and before *end*, with a genitive
        of :attr:`GENITIVE_DETERMINERS` that completes it (``sagte der Sprecher der Stadt``: the
        spokesman of the city, whose head :meth:`inverted_subject` reads); ``None`` if none.

        .. versionadded:: 0.2
        """
        np = self.phrase_after(raw, start, end)
        if np is None:
            return None
        genitive = self.phrase_after(raw, np[1], end)
        if genitive is None or raw[np[1] : genitive[0]].strip() or raw[genitive[0] : genitive[1]].split()[0] not in self._genitives:
            return np
        return np[0], genitive[1]

    def opening_as_speaker(self, raw: str, attribution: Attribution, sentence: tuple[int, int], state: State) -> bool:
        """Whether *attribution*'s speaker is still the opening of a verb-second sentence
        (:meth:`verb_second_opening`) after :meth:`verb_second_speaker`, found no subject after the
        cue (``Gestern sagte: „...“``, ``Gestern sagte der Zeitung: „...“``): the opening is never
        the speaker, so the quotation keeps its cue and has none.

        .. versionadded:: 0.2
        """
        cue = attribution.cue
        if not self.VERB_SECOND or attribution.dropped or attribution.speaker[1] > cue.start:
            return False
        first = raw[sentence[0] : cue.start].split(None, 1)
        if first and first[0].casefold() in self._coordinators:
            return False  # ("Und der Minister sagte: „...“": the coordinator opens, the subject follows)
        return self.verb_second_opening(raw, sentence[0], cue.start, state)

    def verb_second_opening(self, raw: str, start: int, cue_start: int, state: State) -> bool:
        """Whether the words from *start* to *cue_start* open the sentence without being its
        subject, so that the subject follows the verb (:attr:`VERB_SECOND`): no punctuation, at most
        :attr:`MAX_VERB_SECOND_OPENING` words, and either a stop word or preposition first (``Auf
        Nachfrage``, ``Am Montag``) or one capitalised word that is no pronoun, determiner nor name
        the article gives someone (``Gestern``, ``Dennoch``, ``Gelassen``; not ``Schmidt`` after
        ``Anna Schmidt``), or a phrase of :attr:`INTERVIEW_OPENERS` (``Im Gespräch mit dem
        „Spiegel“``: whom the subject spoke to, quotation marks and all)."""
        if self.interview_opening(raw, start, cue_start):
            return True
        words = raw[start:cue_start].split()
        first = words[0].casefold() if words else ""
        most = self.MAX_PREPOSITIONAL_OPENING if first in self._prepositions else self.MAX_VERB_SECOND_OPENING
        if not words or len(words) > most or _NOT_WORDS_PATTERN.search(raw, start, cue_start):
            return False
        if first in self._pronouns or first in self._determiners:
            return False
        if first in self._stop:
            return True
        if len(words) != 1 or not words[0][:1].isupper():
            return False
        return not state.index.is_known(state.index.full_name((words[0],)))

    def inverted_subject(self, raw: str, np: tuple[int, int]) -> bool:
        """Whether *np*, the phrase after a verb-second cue, reads as its subject: a pronoun of
        :attr:`PRONOUNS`, a capitalised name, or a phrase opened by one of
        :attr:`SUBJECT_DETERMINERS` (``der Minister``), not by an article before a noun of
        :attr:`FEMININE_NOUN_ENDINGS` or a feminine role, whose case is then another (``sagte der
        Zeitung``: the paper told)."""
        words = raw[np[0] : np[1]].split()
        first = words[0].casefold()
        if first in self._pronouns:
            return len(words) == 1
        if first not in self._determiners:
            return words[0][:1].isupper()
        if first not in self.SUBJECT_DETERMINERS or len(words) < 2:
            return False
        # the head is the first capitalised noun: a genitive after it is not ("der Sprecher der Stadt")
        noun = next((word for word in words[1:] if word[:1].isupper()), words[-1]).casefold()
        feminine = noun.endswith(self.FEMININE_NOUN_ENDINGS) or self.gender_of(noun) == self.FEMININE_PRONOUN
        return not (feminine and first in self.OBLIQUE_FEMININE_DETERMINERS)

    def gerund_before(self, raw: str, first: int, end: int, sentence: tuple[int, int]) -> Attribution | None:
        """A verb in ``-ing`` that no list holds right before a quotation's comma or colon, after
        a comma, ``by`` or ``with`` and a phrase (``Ortiz walked onto the stage, chanting, "..."``,
        ``tried to laugh it off by interjecting, "..."``, ``with the mayor reportedly yelling:
        "..."``): the person it follows speaks (the phrase after ``with``, else the sentence's
        named subject); ``None`` for anything else: a preposition of :attr:`GERUND_PREPOSITIONS`
        (``including: "..."``), a noun after a passive's ``by`` (``was greeted by chanting:``), or
        a verb after a comma before a title in title case (``closed the show, performing, "Hey
        Jude."``: :meth:`title_after`)."""
        suffix = self.GERUND_SUFFIX
        words = list(self._word.finditer(raw, max(first, end - self.NAMED_WINDOW), end, False, KEEP_GIL))
        if not suffix or not words or words[-1].end() != end:
            return None
        verb = words[-1]
        low = verb.group()
        if not (low.islower() and low.endswith(suffix) and len(low) > len(suffix) + 2) or low in self._stop:
            return None
        if low in self._participles or low in self._naming or low in self._gerund_prepositions:
            return None  # (a listed participle or naming verb is read elsewhere)
        cue = Cue(low, *verb.span())
        np = self.phrase_before(raw, verb.start(), sentence[0], lenient=True)
        if np is not None:
            before = [m.group() for m in self._word.finditer(raw, max(sentence[0], np[0] - self.NAMED_WINDOW), np[0])]
            if before and before[-1].casefold() in self.ABSOLUTE_WORDS:
                return Attribution(np, cue)  # "with the mayor reportedly yelling:"
        lead = words[-2].group().casefold() if len(words) > 1 else ""
        if lead in self._agents:
            if any(w.group().casefold() in self._passive for w in words[-5:-2]):
                return None  # "was greeted by chanting:": the agent of a passive, no speech verb
        elif not ends_with(raw, first, verb.start(), ",") or self.title_after(raw, end):
            return None
        subject = self.clause_subject(raw, sentence, verb.start())
        if subject is None or not subject.text[:1].isupper() or self.names_no_one(subject.text):
            return None
        return Attribution(subject.bounds, cue)

    def lone_quotation(self, raw: str, offset: int, quote: Quote) -> bool:
        """Whether *quote*, a direct quote with no speaker, is all its paragraph *raw* holds
        besides its quotation marks (``"Great speech. She's ready."``)."""
        if quote.kind is not QuoteKind.DIRECT or quote.speaker is not None:
            return False
        before, after = raw[: quote.span.start - offset].strip(), raw[quote.span.end - offset :].strip()
        return bool(before) and all(c in self._marks for c in before) and all(c in self._marks for c in after)

    def speaker_on_next_line(self, text: str, end: int, state: State) -> tuple[Speaker, str] | None:
        """The speaker and the dash of a line that follows the paragraph ending at *end* (after
        a line break) and opens with one of :attr:`LINE_ATTRIBUTION_DASHES`, then a name and
        at most an appositive up to the line's end (``-Ana Ortiz, Dover.``, ``— Mayor Tom Berg,
        speaking on Monday``), else ``None``: the speaker of the lone quotation before it
        (:meth:`lone_quotation`).  One word is a name only when the article names that person in
        full (``-Ortiz, in May.``; not ``-Ana, come here.``).

        .. versionadded:: 0.2
        """
        dash = self._dash_line.match(text, end) if self._dash_line is not None else None
        if dash is None:
            return None
        stop = text.find("\n", dash.end())
        stop = len(text) if stop < 0 else stop
        if any(dash.start() <= span.start < stop for span in state.furniture):
            return None  # ("- Mark Twain" read as the byline: one line is not read two ways)
        speaker = self.speaker_of_line(text, dash.end(), stop, state, dash["dash"])
        return (speaker, dash["dash"]) if speaker is not None else None

    def speaker_line_after(self, text: str, quote: Quote, stop: int, state: State) -> Speaker | None:
        """The speaker that the last line of a paragraph ending at *stop* names when *quote*, a
        direct quote with no speaker, opens the paragraph and its closing mark ends the line
        before (a pull quote: ``"We will not back down."`` then, on its own line of the same
        paragraph, ``Ana Ortiz, mayor of Dover``): :meth:`speaker_of_line`; ``None`` when another
        line stands between or the line is read as furniture (a byline).

        .. versionadded:: 0.2
        """
        if quote.kind is not QuoteKind.DIRECT or quote.speaker is not None or quote.paragraph is None:
            return None
        mark = quote.span.start - 1
        while mark >= 0 and text[mark] != "\n" and text[mark].isspace():
            mark -= 1
        opener = mark - 1
        while opener >= 0 and text[opener] != "\n" and text[opener].isspace():
            opener -= 1
        if mark < 0 or text[mark] not in self._marks or (opener >= 0 and text[opener] != "\n"):
            return None  # (the quotation opens its paragraph)
        end = quote.span.end
        while end < stop and (text[end] in self.SENTENCE_END or text[end] in self._name_closers):
            end += 1
        while end < stop and text[end] != "\n" and text[end].isspace():
            end += 1
        if end >= stop or text[end] != "\n" or (text[end - 1] not in self._name_closers and not text[end - 1].isspace()):
            return None  # (a line break right after the closing mark)
        start = self.blanks_end(text, end, stop)
        if start >= stop or "\n" in text[start:stop] or any(start <= span.start < stop for span in state.furniture):
            return None
        return self.speaker_of_line(text, start, stop, state, None)

    def speaker_of_line(self, text: str, start: int, stop: int, state: State, preceding: str | None) -> Speaker | None:
        """The speaker that ``text[start:stop]``, the rest of a line, names: a name and at most an
        appositive up to the line's end (``Ana Ortiz, Dover.``, ``Mayor Tom Berg, speaking on
        Monday``), *preceding* the word or mark before it (:meth:`speaker_on_next_line`,
        :meth:`speaker_line_after`); ``None`` for anything else, a reporter's sign-off (``Tom
        Berg, Reuters``) or one word the article never names in full (``Ana, come here.``).

        .. versionadded:: 0.2
        """
        line = " " + text[start:stop]  # (a blank before the name, as after a cue: "-Ana" too)
        found = self.phrase_after(line, 0, len(line), lenient=True)
        if found is None or self._dash_tail.fullmatch(line, found[1]) is None:
            return None
        np = (start + found[0] - 1, start + found[1] - 1)
        mention = collapse(text[np[0] : np[1]])
        named = self.name_words(mention.split())
        if not named or self.names_no_one(mention) or self.outlet_tail(line[found[1] :]):
            return None  # ("- Tom Berg, Reuters": a reporter's sign-off)
        name = self.resolve_name(mention, np[0], state, preceding)
        if not state.index.is_known(name):
            # (a lone word the article never named in full may be someone addressed: "-Ana, come
            # here."; a phrase whose one name word follows no title is no person's: "- Lord of the
            # Rings"; "-President Obama" is)
            words = mention.split()
            titled = len(words) > len(named) and self.vocabulary.is_title(words[-len(named) - 1])
            return Speaker(name, mention, Span(*np), None) if len(named) > 1 or titled else None
        return Speaker(self.known_without_occupation(name, state), mention, Span(*np), None)

    def recap_on_next_line(self, text: str, end: int, state: State) -> tuple[Speaker, str] | None:
        """The speaker and the verb of a paragraph that follows the one ending at *end* and looks
        back at its lone quotation (:meth:`lone_quotation`): one of :attr:`RECAP_OPENERS`, a name
        (maybe after a title) or a role after a determiner, then a comma or a word in lower case,
        and one of :attr:`RECAP_VERBS` or a cue word later in its sentence (``"..." ¶ That was how
        Ana Ortiz, the council's chair, once described the plan.``, ``That's how the mayor put
        it.``); ``None`` otherwise (``That was how the plan failed.``).

        .. versionadded:: 0.2
        """
        if not self._recap_openers:
            return None
        start = self.blanks_end(text, end, len(text))
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        words = list(self._word.finditer(text, start, stop, False, KEEP_GIL))
        folded = [normalize_word(word.group()).casefold().replace("\u2019", "'") for word in words]
        opener = next((o for o in self._recap_openers if tuple(folded[: len(o)]) == o), None)
        if opener is None:
            return None
        rest = words[len(opener) :]
        count = 0
        while count < len(rest) and count < self.MAX_NAME_WORDS + 1 and rest[count].group()[:1].isupper():
            count += 1
        if count:
            names = [strip_possessive(word.group()).rstrip(",") for word in rest[:count]]
            name = self.names.trailing_name(names)
            if name == 0 or not all(self.is_role(word) for word in names[: count - name]):
                return None
        elif len(rest) > 1 and self.role_after_article(f"{rest[0].group()} {rest[1].group()}"):
            count = 2  # ("That's how the mayor put it.")
        else:
            return None
        np = (rest[0].start(), rest[count - 1].end())
        if text[np[1] - 1] == ",":
            np = (np[0], np[1] - 1)
        sentence_end = next((i for i in range(np[1], stop) if text[i] in self.SENTENCE_END), stop)
        verb = next((w for w in rest[count:] if w.start() < sentence_end and self.is_recap_verb(w.group())), None)
        if verb is None:
            return None
        mention = collapse(text[np[0] : np[1]])
        name_text = self.resolve_name(mention, np[0], state)
        return Speaker(self.known_without_occupation(name_text, state), mention, Span(*np), None), verb.group()

    def is_recap_verb(self, word: str) -> bool:
        """Whether *word* is one of :attr:`RECAP_VERBS` or a cue word (:meth:`recap_on_next_line`).

        .. versionadded:: 0.2
        """
        low = word.casefold()
        return low in self._recap_verbs or self.is_cue_word(low)

    def outlet_tail(self, tail: str) -> bool:
        """Whether *tail*, what follows a dash line's name (``, Associated Press``), is an
        appositive that names an agency or an outlet (``Vocabulary.is_agency`` of the whole, or
        capitalised words that end in an organisation word: ``, Washington Post``): the line is a
        reporter's sign-off, not a speaker's.

        .. versionadded:: 0.2
        """
        words = tail.strip().lstrip(",").rstrip(".").split()
        if not words or not all(word[:1].isupper() for word in words):
            return False
        return self.vocabulary.is_agency(" ".join(words)) or self.vocabulary.is_org_word(words[-1])

    def title_after(self, raw: str, pos: int) -> bool:
        """Whether the quotation that opens after *pos* (past its comma or colon) is a title in
        title case (:meth:`is_title`: ``"Hey Jude."``), read up to its closing mark within
        :attr:`PHRASE_WINDOW` characters."""
        start = pos
        while start < len(raw) and (raw[start].isspace() or raw[start] in ",:"):
            start += 1
        if start >= len(raw) or raw[start] not in self._marks:
            return False
        stop = min(len(raw), start + 1 + self.PHRASE_WINDOW)
        close = next((i for i in range(start + 1, stop) if raw[i] in self._marks), -1)
        words = raw[start + 1 : close].split() if close > 0 else []
        return bool(words) and self.is_title(words)

    def cues_before(self, raw: str, start: int, end: int) -> bool:
        """Whether ``raw[start:end]`` holds a cue."""
        return next(self.cues(raw, start, end), None) is not None

    def name_colon(self, raw: str, colon: int, sentence: tuple[int, int]) -> Attribution | None:
        """``Jane Roe: "..."`` or ``Polls - Jane Roe: "..."``: a name alone before a colon (at the
        start of the sentence or after a dash) introduces the quotation; so does a full name at
        the start of the sentence set off by a comma from where the words appeared (``Jane Roe,
        The Harbour Gazette: "..."``); and a label of the shapes :meth:`label_colon` reads.
        The colon may end the paragraph, its quotation opening the next one.  A presenting
        sentence names its person without the opener (``Here's Ortiz in 1990:``: ``Ortiz``,
        :meth:`presented_phrase`)."""
        presented = self.presented_phrase(raw, self.blanks_end(raw, sentence[0], colon), colon)
        if presented is not None:
            return Attribution(presented, Cue(":", colon, colon + 1))
        label = self.label_colon(raw, colon, sentence)
        if label is not None:
            return label
        label_np = self.phrase_before(raw, colon, sentence[0])
        if label_np is None:
            return None
        np = self.after_origin(raw, label_np)  # ("More from Ortiz:": Ortiz)
        if not raw[np[0]].isupper() or not self.short_names(raw[np[0] : np[1]]):
            return None
        opener = raw[np[0] : np[1]].split(None, 1)
        if self.is_cue_word(opener[0].casefold()):
            # "Added Ortiz: "..."": a speech verb opening the sentence, its speaker after it
            if len(opener) < 2 or not opener[1][:1].isupper():
                return None  # "Added to the list: "...""
            return Attribution((np[1] - len(opener[1]), np[1]), Cue(opener[0], np[0], np[0] + len(opener[0])))
        lead = raw[sentence[0] : label_np[0]].rstrip()
        if lead.endswith(","):
            # "Howard Kurt, Fox News: "..."": a name, then where the words appeared
            words = lead[:-1].split()
            named = 2 <= len(words) <= self.MAX_NAME_WORDS and self.names.trailing_name(words) == len(words)
            start = sentence[0] + len(raw[sentence[0] : np[0]]) - len(raw[sentence[0] : np[0]].lstrip())
            return Attribution((start, start + len(lead) - 1), Cue(":", colon, colon + 1)) if named else None
        if lead and lead[-1] not in "-–—":
            return None
        return Attribution(np, Cue(":", colon, colon + 1))

    def after_origin(self, raw: str, np: tuple[int, int]) -> tuple[int, int]:
        """*np*, a label before a colon, from the capitalised phrase after its last word of
        :attr:`ORIGIN_WORDS` (``More from Ortiz`` -> ``Ortiz``); *np* itself without one."""
        words = list(self._word.finditer(raw, np[0], np[1]))
        for k in range(len(words) - 2, 0, -1):
            if words[k].group().casefold() in self._origins:
                following = words[k + 1]
                return (following.start(), np[1]) if following.group()[:1].isupper() else np
        return np

    def short_names(self, phrase: str) -> bool:
        """Whether *phrase* is short enough for names alone: each part joined by one of
        :attr:`COORDINATORS` holds at most :attr:`MAX_NAME_WORDS` words (``Ana Ortiz and Tom
        Berg``; not a sentence)."""
        words = phrase.split()
        count = 0
        for word in words:
            if word.casefold() in self._coordinators:
                count = 0
                continue
            count += 1
            if count > self.MAX_NAME_WORDS:
                return False
        return bool(words)

    def label_colon(self, raw: str, colon: int, sentence: tuple[int, int]) -> Attribution | None:
        """The speaker of a sentence that is only a label before a colon: a speech verb and a
        name (``Said Ellis:``, ``Stated Stone:``), a full name and a short description after a
        comma, in lower case and with no figure (``Jeremy Lott, author:``, ``Windsor Mann, editor of
        a collection:``; not ``Los Angeles, Oct. 3:``), or a speaker's
        phrase and a verb in the past (``17-year-old Jared Potts echoed:``); ``None`` for anything
        else (``Weather:``)."""
        start = sentence[0]
        while start < colon and raw[start].isspace():
            start += 1
        if colon - start > self.PHRASE_WINDOW:
            return None  # (a label is short: no copy of a long sentence)
        head = raw[start:colon]
        words = head.split()
        if len(words) < 2 or any(mark in head for mark in self._marks):
            return None
        if self.is_cue_word(words[0].casefold()) and words[0][:1].isupper():
            # "Said Ellis:": a speech verb, then the speaker's name (nothing else)
            rest = head[len(words[0]) :].strip()
            rest = self.speaker_before_description(rest)  # ("Said Ana Ruiz, a teacher:": Ana Ruiz)
            words = [words[0], *rest.split()]
            count = self.names.trailing_name(words[1:])  # (after titles: "Said Mr. Lind:")
            named = 0 < count <= self.MAX_NAME_WORDS and all(self.vocabulary.is_title(w) for w in words[1 : len(words) - count])
            # ("Said farmer Ruth Carr:", "Said the mayor:": a role before the name, or a role alone)
            if not (named or self.role_then_name(words[1:], count) or self.role_alone(words[1:])):
                return None
            at = start + head.index(rest, len(words[0]))
            return Attribution((at, at + len(rest)), Cue(words[0], start, start + len(words[0])))
        comma = head.find(",")
        if comma > 0 and words[0][:1].isupper():
            # "Jeremy Lott, author:": a full name, then a short description of the person
            name = head[:comma].split()
            description = head[comma + 1 :].split()
            # a person's description opens in lower case and holds no figure: "Los Angeles, Oct. 3:",
            # "Hong Kong, Tuesday:" are a place and a date (a dateline), no speaker
            described = (
                0 < len(description) <= self.MAX_APPOSITIVE_HEAD
                and description[0][:1].islower()
                and not any(c.isdigit() for c in head[comma:])
            )
            if 2 <= len(name) <= self.MAX_NAME_WORDS and self.names.trailing_name(name) == len(name) and described:
                return Attribution((start, start + len(head[:comma].rstrip())), Cue(":", colon, colon + 1))
            return None
        verb = words[-1]
        if self.is_past_verb(verb):
            # "17-year-old Jared Potts echoed:": the phrase before the verb, no comma before it
            at = start + head.rindex(verb)
            np = self.phrase_before(raw, at, start)
            if np is not None and "," not in raw[start : np[0]]:
                return Attribution(np, Cue(verb, at, at + len(verb)))
        return None

    def unattributed_quotes(
        self, raw: str, offset: int, number: int, quotations: Sequence[Quotation], found: Sequence[Quote], state: State
    ) -> MutableSequence[Quote]:
        """The *quotations* that no quote in *found* holds and that are someone's words, not a
        title or a scare word (:meth:`is_quotation`); the speaker is the subject of a sentence that
        has a cue before the quotation (``Ortiz called the plan "a disaster"``), else ``None``."""
        if not quotations:
            return []
        spans = sorted((q.span.start - offset, q.span.end - offset) for q in found)
        starts = [s for s, _ in spans]
        reach = 0
        ends = []
        for _, end in spans:  # the furthest end so far: a quote before a position may still hold it
            reach = max(reach, end)
            ends.append(reach)
        ordered = by_position(found)  # (a view when found is packed: not every quote built at once)
        opens = [quote.span.start - offset for quote in ordered] if quotations and found else []
        out = state.findings()
        for quotation in quotations:
            i = bisect_right(starts, quotation.start) - 1
            if i >= 0 and ends[i] >= self.words_end(raw, quotation):
                continue  # (held by a quote: 'said the party "will fight this all the way.' is one mixed quote)
            shared = self.shared_closing_speaker(raw, offset, quotation, ordered, opens)
            if shared is not None and self.is_quotation(raw, quotation, attributed=True):
                # ('The plan is "a disaster" and "a waste," Ortiz said.': both are hers)
                bounds = (quotation.start, quotation.end)
                out.append(self.make_quote(raw, offset, number, bounds, QuoteKind.DIRECT, None, shared, None))
                continue
            # (whether the words are a quotation first: the subject is looked for only for one)
            attributed = self.attributing_verb(raw, quotation) is not None or self.cue_follows(raw, quotation)
            if not self.is_quotation(raw, quotation, attributed=attributed) or self.names_a_work(raw, quotation):
                continue
            if not attributed and self.follows_a_thing(raw, quotation):
                continue  # 'the refrain "hold on, hold on" recurs', 'the so-called "experts"'
            # ('Citing "obligations at home," his spokeswoman said ...': she, after the quotation;
            # 'Romney's "47 percent" comment', 'Here's Ortiz in 2019: "..."': the one named)
            if self.names_by_title(raw, quotation, raw[quotation.start : quotation.end].split()):
                # ('a storm dubbed "the Beast from the East"', 'called it "Storm Eunice."': a name, no one's words)
                bounds = (quotation.start, quotation.end)
                out.append(self.make_quote(raw, offset, number, bounds, QuoteKind.DIRECT, None, None, None))
                continue
            mention = self.quoted_claim_owner(raw, quotation) or self.quoted_object(raw, quotation)
            mention = mention or self.presented_speaker(raw, quotation)
            mention = mention or self.presented_owner(raw, quotation)
            mention = mention or self.described_how(raw, quotation)
            mention = mention or self.participle_opener_subject(raw, quotation) or self.naming_agent(raw, quotation)
            if mention is None:
                mention = self.naming_subject(raw, quotation)
                if mention is not None and mention.end > quotation.open:
                    mention = None  # 'The mayor's "open government" plan was shelved': no one says the words
            if mention is not None and self.quoted_mention(mention, state.paragraph_marks):
                # ('"..., and we are ...," said Roe, CEO of Acme Corp. "...": Roe, not the first one's we)
                speaker = self.holder_speaker(mention, offset, ordered, opens)
            else:
                speaker = self.resolve(mention, state, None) if mention is not None else None
                if mention is None and attributed:
                    speaker = self.participle_speaker(raw, offset, quotation, ordered)
            bounds = (quotation.start, quotation.end)
            out.append(self.make_quote(raw, offset, number, bounds, QuoteKind.DIRECT, None, speaker, None))
        return out

    def described_how(self, raw: str, quotation: Quotation) -> Mention | None:
        """The speaker of a quotation that a clause after it names with how they put it: one of
        :attr:`HOW_COPULAS` right after the closing mark, one of :attr:`HOW_WORDS`, the speaker's
        phrase of at most :attr:`MAX_NAME_WORDS` + 2 words, then one of :attr:`HOW_VERB_PHRASES`
        (``"A very good day" was how Ana Ruiz described it``, ``"A step back" is how the minister
        put it``); ``None`` for anything else (``"A very good day" was how it felt``: no verb phrase
        of the list).

        .. versionadded:: 0.2 (fixQ65)"""
        if not self._how_copulas or quotation.close >= quotation.sentence_end:
            return None
        words = list(
            islice(self._word.finditer(raw, quotation.close + 1, quotation.sentence_end, False, KEEP_GIL), self.MAX_NAME_WORDS + 8)
        )
        if len(words) < 4 or raw[quotation.close + 1 : words[0].start()].strip():
            return None  # (the copula right after the mark: no comma, no other word between)
        if words[0].group().casefold() not in self._how_copulas or words[1].group().casefold() not in self._how_words:
            return None
        folded = [word.group().casefold().rstrip(".,;:!?") for word in words]  # ("summed it up.")
        for k in range(3, min(len(words), self.MAX_NAME_WORDS + 5)):
            if any(tuple(folded[k : k + len(phrase)]) == phrase for phrase in self._how_verb_phrases):
                span = (words[2].start(), words[k - 1].end())
                return self.mention(raw, span) if self.is_plain_phrase(raw[span[0] : span[1]]) else None
        return None

    def quoted_claim_owner(self, raw: str, quotation: Quotation) -> Mention | None:
        """The speaker of a quotation set between a possessive and one of
        :attr:`QUOTED_CLAIM_NOUNS` (``Mitt Romney's "47 percent" comment``, ``the senator's "read
        my lips" pledge``): the owner, when :meth:`possessive_owner` reads a name or a noun for one
        person; ``None`` otherwise (``the mayor's "open government" plan``, ``the city's "zero
        waste" pledge``, ``his "red line" warning``).

        .. versionadded:: 0.2
        """
        if not self._quoted_claim_nouns or quotation.close >= quotation.sentence_end:
            return None
        after = self.blanks_end(raw, quotation.close + 1, quotation.sentence_end)
        noun = self._token.match(raw, after, quotation.sentence_end, KEEP_GIL)
        if noun is None or noun.group().casefold() not in self._quoted_claim_nouns:
            return None
        # (the words right before the mark only: a long sentence of many quotations is read once)
        floor = max(quotation.sentence_start, quotation.open - self.NAMED_WINDOW)
        before = raw[floor : quotation.open].rstrip()
        if not before or before == strip_possessive(before):
            return None  # (no possessive right before the opening mark)
        return self.possessive_owner(raw, floor + len(before), quotation.sentence_start)

    @staticmethod
    def blanks_end(raw: str, pos: int, stop: int) -> int:
        """Where the blanks at *pos* end, before *stop*."""
        while pos < stop and raw[pos].isspace():
            pos += 1
        return pos

    def presented_speaker(self, raw: str, quotation: Quotation) -> Mention | None:
        """The speaker of a quotation after a sentence that presents it: one of
        :attr:`PRESENTING_OPENERS`, then a name or a noun for a person after a determiner, maybe
        a setting that opens with one of :attr:`PRESENTING_SETTINGS`, then a colon right before
        the opening mark (``Here's Clinton in December 1992: "..."``, ``Here is the mayor on the
        budget: "..."``); ``None`` for anything else (``Here's the thing: "..."``, ``Here's
        Ortiz's answer: "..."``).

        .. versionadded:: 0.2
        """
        colon = self.presenting_colon(raw, quotation) if self._presenting_openers else None
        if colon is None:
            return None
        span = self.presented_phrase(raw, quotation.sentence_start, colon)
        return self.mention(raw, span) if span is not None else None

    def presenting_colon(self, raw: str, quotation: Quotation) -> int | None:
        """Where the colon stands that ends the short sentence before *quotation*'s opening mark,
        blanks aside (``Here's Clinton in December 1992: "..."``, ``From Ortiz's post: "..."``:
        :meth:`presented_speaker`, :meth:`presented_owner`); ``None`` when no colon ends it or the
        sentence is longer than :attr:`NAMING_WINDOW` (a presenting sentence is short: a long one
        is never read to its start).

        .. versionadded:: 0.2
        """
        start = quotation.sentence_start
        if quotation.open - start > self.NAMING_WINDOW:
            return None
        head = raw[start : quotation.open].rstrip()
        return start + len(head) - 1 if head.endswith(":") else None

    def quoted_object(self, raw: str, quotation: Quotation) -> Mention | None:
        """The speaker of a quotation after a short sentence that ends in one of :attr:`QUOTING_VERBS`
        and a name, maybe after a title, then a colon (``She quoted Churchill: "..."``, ``The pastor,
        citing Martin Luther King Jr.: "..."``): the one quoted, not the one who quotes; ``None``
        for anything else (``She quoted a line from the Bible: "..."``, a comma after the name).

        .. versionadded:: 0.2"""
        colon = self.presenting_colon(raw, quotation) if self._quoting_verbs else None
        if colon is None:
            return None
        words = list(self._word.finditer(raw, quotation.sentence_start, colon, False, KEEP_GIL))
        at = next((k for k in range(len(words) - 2, -1, -1) if words[k].group().casefold() in self._quoting_verbs), None)
        if at is None or len(words) - at - 1 > self.MAX_NAME_WORDS:
            return None
        rest = words[at + 1 :]
        if len(rest) > 1 and rest[0].group().casefold() in self._quoting_markers:
            rest = rest[1:]  # ("citó a Cervantes")
        span = (rest[0].start(), rest[-1].end())
        phrase = raw[span[0] : span[1]]
        if not self.is_plain_phrase(phrase) or not self.is_titled_name([word.group() for word in rest]):
            return None
        return None if self.vocabulary.is_place(phrase) else self.mention(raw, span)

    def is_plain_phrase(self, phrase: str) -> bool:
        """Whether *phrase*, a person's phrase before a colon, holds no comma, semicolon, bracket
        or quotation mark (:meth:`presented_phrase`, :meth:`quoted_object`).

        .. versionadded:: 0.2"""
        return not any(mark in phrase for mark in ",;()") and not any(mark in phrase for mark in self._marks)

    def is_titled_name(self, names: Sequence[str]) -> bool:
        """Whether the words *names* are a capitalised name, maybe after title words
        (``Mayor Ana Ortiz``, ``Churchill``, ``President Lincoln``): :meth:`presented_phrase`,
        :meth:`quoted_object`.

        .. versionadded:: 0.2"""
        name = self.names.trailing_name(names)
        return bool(names) and names[0][:1].isupper() and name > 0 and all(self.is_role(w) for w in names[: len(names) - name])

    def presented_phrase(self, raw: str, start: int, colon: int) -> tuple[int, int] | None:
        """The person ``raw[start:colon]``, a sentence before a colon, presents
        (:meth:`presented_speaker`): the name or role after one of :attr:`PRESENTING_OPENERS`,
        without the opener and the setting after it (``Here's Mayor Ana Ortiz in 1990`` ->
        ``Mayor Ana Ortiz``); ``None`` for anything else.

        .. versionadded:: 0.2
        """
        if not self._presenting_openers or colon - start > self.NAMING_WINDOW:
            return None
        words = list(self._word.finditer(raw, start, colon, False, KEEP_GIL))
        folded = [normalize_word(word.group()).casefold().replace("\u2019", "'") for word in words]
        opener = next((o for o in self._presenting_openers if tuple(folded[: len(o)]) == o), None)
        if opener is None:
            return None
        rest = words[len(opener) :]
        count = next((k for k, word in enumerate(rest) if folded[len(opener) + k] in self._presenting_settings), len(rest))
        if count == 0 or count > self.MAX_NAME_WORDS:
            return None
        span = (rest[0].start(), rest[count - 1].end())
        phrase = raw[span[0] : span[1]]
        if not self.is_plain_phrase(phrase):
            return None
        names = [word.group() for word in rest[:count]]
        named = self.is_titled_name(names)  # (a name, maybe after a title: "Here's Mayor Ana Ortiz on the budget:")
        if named and count == 1 and names[0].casefold() in self._determiners:
            return None
        if self.vocabulary.is_place(phrase):
            return None  # ("Here is London in 1990:": a place, no speaker)
        return span if named or self.role_after_article(phrase) else None

    def presented_owner(self, raw: str, quotation: Quotation) -> Mention | None:
        """The speaker of a quotation after a sentence that presents it from someone's utterance:
        one of :attr:`PRESENTING_SOURCES`, a possessive, at most :attr:`MAX_PRESENTED_NOUN_WORDS`
        words ending with one of :attr:`UTTERANCE_NOUNS`, then a colon right before the opening
        mark (``From Ortiz's Facebook post: "..."``, ``In the mayor's words: "..."``): the owner
        when :meth:`possessive_owner` reads a name or a noun for one person; ``None`` otherwise
        (``In his words: "..."``, ``From the city's website: "..."``).

        .. versionadded:: 0.2
        """
        colon = self.presenting_colon(raw, quotation) if self._presenting_sources else None
        if colon is None:
            return None
        words = list(self._word.finditer(raw, quotation.sentence_start, colon, False, KEEP_GIL))
        if len(words) < 3 or words[0].group().casefold() not in self._presenting_sources:
            return None
        if words[-1].group().casefold() not in self._utterance_nouns or raw[words[-1].end() : colon].strip():
            return None
        for k in range(len(words) - 2, max(0, len(words) - 3 - self.MAX_PRESENTED_NOUN_WORDS), -1):
            if words[k].group() != strip_possessive(words[k].group()):
                return self.possessive_owner(raw, words[k].end(), quotation.sentence_start)
        return None

    def words_end(self, raw: str, quotation: Quotation) -> int:
        """Where *quotation*'s words end before the sentence-end marks, commas and blanks that
        close it (``will fight this all the way.``: before the period), which a quote that holds
        its words leaves out.

        .. versionadded:: 0.2
        """
        end = quotation.end
        while end > quotation.start and (raw[end - 1].isspace() or raw[end - 1] in self.SENTENCE_END or raw[end - 1] in ",;:"):
            end -= 1
        return end

    def quoted_mention(self, mention: Mention, marks: Sequence[tuple[int, int]]) -> bool:
        """Whether *mention* stands inside one of the paragraph's quotation *marks* (``(open,
        close)`` pairs in order of position): a word of someone's quoted words, never the
        narrator's subject of another quotation (``"Beta has built something, and we are
        delighted," said Jane Roe, CEO of Acme Corp. "Together we ..."``: the second quotation is
        not the ``we`` of the first).

        .. versionadded:: 0.2
        """
        i = bisect_right(marks, (mention.start, mention.start)) - 1
        return i >= 0 and marks[i][0] < mention.start and mention.end <= marks[i][1]

    def holder_speaker(self, mention: Mention, offset: int, found: Sequence[Quote], opens: Sequence[int]) -> Speaker | None:
        """The speaker of the quote of *found* (in order, *opens* their paragraph-relative starts)
        that holds *mention*, a word inside quotation marks that a rule read as the subject of a
        later quotation's sentence: those words and that quotation are one speaker's; ``None``
        when no quote holds it or its speaker is a pronoun no one was found for.

        .. versionadded:: 0.2
        """
        i = bisect_right(opens, mention.start) - 1
        if i < 0 or found[i].span.end - offset < mention.end:
            return None
        speaker = found[i].speaker
        return None if speaker is None or speaker.name.casefold() in self._pronouns else speaker

    def shared_closing_speaker(
        self, raw: str, offset: int, quotation: Quotation, found: Sequence[Quote], opens: Sequence[int]
    ) -> Speaker | None:
        """The speaker of the quote of *found* (in order, *opens* their paragraph-relative starts)
        that follows *quotation* in its sentence, joined to it by one of :attr:`COORDINATORS` or
        :attr:`ALTERNATIVE_COORDINATORS` alone, when that quote's attribution closes it (``The plan is "a disaster" and "a
        waste," Ortiz said.``): the quotations are one speaker's words.

        .. versionadded:: 0.2
        """
        i = bisect_right(opens, quotation.end)
        if i >= len(found):
            return None
        after = found[i]
        speaker = after.speaker
        if speaker is None or speaker.span is None or after.cue is None or speaker.span.start < after.span.end:
            return None
        if after.span.start - offset >= quotation.sentence_end or after.kind is not QuoteKind.DIRECT:
            return None
        between = raw[quotation.close + 1 : after.span.start - offset].strip().strip(self._mark_chars).strip()
        joined = between.casefold() in self._coordinators or between.casefold() in self._alternatives
        return speaker if joined else None

    def participle_speaker(self, raw: str, offset: int, quotation: Quotation, found: Sequence[Quote]) -> Speaker | None:
        """The speaker of a quotation after a participle set off by a comma (``"...," Ortiz said in
        a statement, calling on the council to pay "its fair share"``): the speaker of a quote in
        *found* (in order of position) earlier in the same sentence."""
        verb = self.participle_after_comma(raw, quotation)
        if verb is None:
            return None
        # (found is in order of position: the quotes of the sentence are found by bisection)
        first = bisect_left(found, quotation.sentence_start + offset, key=lambda q: q.span.start)
        speaker = None
        for quote in found[first:]:
            if quote.span.start - offset >= verb.start():
                break
            if quote.span.end - offset <= verb.start():
                speaker = quote.speaker or speaker
        return speaker

    def participle_after_comma(self, raw: str, quotation: Quotation) -> regex.Match[str] | None:
        """The last participle of a cue or naming verb set off by a comma before a quotation in its
        sentence, within :attr:`NAMING_WINDOW` characters: the nearest verb (``calling "..."``)
        or an earlier one whose clause holds it (``..., urging those calling for his withdrawal
        to "give him time"``: ``urging``); ``None`` when a finite verb comes first."""
        suffix = self.GERUND_SUFFIX
        if not suffix:
            return None
        floor = quotation.sentence_start
        window = self.word_boundary(raw, max(floor, quotation.open - self.NAMING_WINDOW), floor)
        for token in reversed(list(self._token.finditer(raw, window, quotation.open))):
            if token.group() not in self._naming_or_cue or self.far_quoting_participle(raw, token, quotation.open):
                continue
            if not token.group().endswith(suffix):
                return None  # (a finite verb: its own clause)
            if ends_with(raw, floor, token.start(), ",") or self.after_subordinator(raw, floor, token.start()):
                return token
        return None

    def after_subordinator(self, raw: str, floor: int, pos: int) -> bool:
        """Whether one of :attr:`PARTICIPLE_SUBORDINATORS` stands right before a participle at
        *pos* (``before insisting``, ``after saying``), after *floor*: the participle's subject
        is then the clause's, as after a comma."""
        end = pos
        while end > floor and raw[end - 1].isspace():
            end -= 1
        begin = end
        while begin > floor and raw[begin - 1].isalpha():
            begin -= 1
        return begin < end and end < pos and raw[begin:end].casefold() in self._participle_subordinators

    def is_quotation(self, raw: str, quotation: Quotation, *, attributed: bool = False) -> bool:
        """Whether the words in a pair of quotation marks inside a sentence are someone's words:
        at least :attr:`MIN_QUOTATION_WORDS` words, or words that end like speech (``.`` ``!``
        ``?`` inside the closing mark, or a comma when someone in the sentence is *attributed*
        the words: a comma alone is American style even for a scare quote), and not a title in
        title case (``"Make It Work"``)."""
        words = raw[quotation.start : quotation.end].split()
        if self.title_before_quotation(raw, quotation, words):
            return False  # (called the play "Empty Rooms" "a triumph": the play's title, then the words)
        if self.is_named(raw, quotation):
            return True  # called the plan "a disaster", labeled a "witch hunt"
        if len(words) < 2:
            return False
        if self.is_title(words) and not self.before_inverted_verb(raw, quotation) and not self.cue_follows(raw, quotation):
            return False  # a title or a name in quotation marks ('"It is over," said ...': words, a cue after)
        last = raw[quotation.end - 1]
        spoken = last in ".!?…" or (attributed and last == ",")
        return spoken or len(words) >= self.MIN_QUOTATION_WORDS

    def names_by_title(self, raw: str, quotation: Quotation, words: Sequence[str]) -> bool:
        """Whether the quoted *words* are a name given by the word before them, which no one says
        (a quotation with no speaker, as the other names in quotation marks): two words or more
        in title case (:meth:`is_title`, maybe after a determiner: ``the Beast from the East``)
        right after one of :attr:`TITLE_NAMING_WORDS` (``the so-called 'Iron Lady'``, ``a
        striker nicknamed "The Cat"``).  After one of :attr:`NAMING_VERBS` the words are its
        subject's, whatever the object (``called the plan "Project Fear"``, ``called it "Project
        Fear"``, fixQ62b), and so is a judgement in lower case (``called the plan "a disaster"``)
        or one word (``called it "Outrageous"``).

        .. versionadded:: 0.2"""
        title = list(words[1:]) if words and words[0].casefold() in self._determiners else list(words)
        if len(title) < 2 or not self.is_title(title):
            return False
        floor = max(quotation.sentence_start, quotation.open - self.NAMED_WINDOW)
        before = raw[floor : quotation.open].split()[-2:]
        if not before:
            return False
        return before[-1].casefold() in self._title_naming

    def title_before_quotation(self, raw: str, quotation: Quotation, words: Sequence[str]) -> bool:
        """Whether the quoted *words* are a title in title case (:meth:`is_title`) that closes
        before a comma or punctuation of its own and another quotation mark opens right after
        (``called the play "Empty Rooms" "a triumph of nerve."``): the name of the thing the
        quotation after it speaks of, not anyone's words.

        .. versionadded:: 0.2
        """
        if quotation.end <= quotation.start or raw[quotation.end - 1] in ",.!?;:" or not self.is_title(words):
            return False
        after = quotation.close + 1
        while after < quotation.sentence_end and raw[after] == " ":
            after += 1
        return after > quotation.close + 1 and raw[after : after + 1] in self._marks

    def before_inverted_verb(self, raw: str, quotation: Quotation) -> bool:
        """Whether the quotation opens its sentence and a verb and a speaker's phrase after it
        close the sentence, set off by a comma or by the quotation's own ``,`` ``!`` ``?``
        (``„Das ist Unsinn“, polterte Klaus Weber.``, ``"Make America Great Again!" chanted the
        crowd.``): the place of an attribution whatever its verb, so the words are someone's even
        when their capitals read as a title's (in German every noun has one).  A verb in
        :attr:`GERUND_SUFFIX` makes no attribution (``"Frozen", starring Idina Menzel.``)."""
        if has_text_between(raw, quotation.sentence_start, quotation.open) or quotation.close >= quotation.sentence_end:
            return False
        verb = self._verb_after_quotation.match(raw, quotation.close + 1, quotation.sentence_end)
        if verb is None or (verb["comma"] is None and raw[quotation.end - 1] not in ",!?"):
            return False
        if self.GERUND_SUFFIX and verb["verb"].endswith(self.GERUND_SUFFIX):
            return False
        phrase = self.phrase_after(raw, verb.end(), quotation.sentence_end, lenient=True)
        if phrase is None or raw[phrase[1] : quotation.sentence_end].strip(" .!?" + self._mark_chars):
            return False  # (the phrase must close the sentence: '"Die Zeit", die Wochenzeitung, berichtete ...')
        return self.is_speaker_phrase(raw[phrase[0] : phrase[1]], lenient=True)

    def follows_a_thing(self, raw: str, quotation: Quotation) -> bool:
        """Whether the quotation stands right after an article and a noun that names no speaker
        (``the refrain "..."``, ``the line "..."``, ``le slogan « ... »``): it is what the thing
        says or is called, not anyone's words."""
        floor = max(quotation.sentence_start, quotation.open - self.NAMED_WINDOW)
        words = list(self._word.finditer(raw, floor, quotation.open, False, KEEP_GIL))
        if len(words) < 2 or raw[words[-1].end() : quotation.open].strip():
            return False
        article, noun = words[-2], words[-1]
        if raw[article.end() : noun.start()].strip() or article.group().casefold() not in self._determiners:
            return False
        low = noun.group().casefold()
        if low in self._stop or self.is_cue_word(low) or low in self._naming:
            return False
        return not self.is_speaker_phrase(raw[article.start() : noun.end()])

    def names_a_work(self, raw: str, quotation: Quotation) -> bool:
        """Whether the quotation is the title of a work: its words open with a capital or a digit
        and it stands right after one of :attr:`WORK_NOUNS` (or a word in
        :attr:`WORK_NOUN_ENDINGS`), whatever verb judges the work before it (``a salué le film «
        Les Misérables »``, ``lobte den Kinofilm „Das Boot“``, ``elogió la película «Los otros»``);
        not a judgement in lower case (``a dénoncé un film « raté »``).

        .. versionadded:: 0.2
        """
        if not (self._work_nouns or self.WORK_NOUN_ENDINGS) or quotation.start >= quotation.end:
            return False
        first = raw[quotation.start]
        if not (first.isupper() or first.isdigit()):
            return False
        noun = self._word.search(raw, max(quotation.sentence_start, quotation.open - self.NAMED_WINDOW), quotation.open)
        last = None
        while noun is not None:  # (the last word before the mark, within NAMED_WINDOW characters)
            last = noun
            noun = self._word.search(raw, noun.end(), quotation.open)
        if last is None or raw[last.end() : quotation.open].strip():
            return False
        low = last.group().casefold()
        return low in self._work_nouns or (bool(self.WORK_NOUN_ENDINGS) and low.endswith(self.WORK_NOUN_ENDINGS))

    def is_title(self, words: Sequence[str]) -> bool:
        """Whether quoted *words* are a title in title case (``"Meet the Press"``, ``"Souls to the
        Poll"``): at most :attr:`MAX_TITLE_WORDS` words, the first capitalised, and every other
        one capitalised or a small word (a stop word, a determiner, ``of``).  A question or an
        exclamation with no capital after its first word is a sentence (``"Is it over?"``)."""
        if not words or len(words) > self.MAX_TITLE_WORDS or not words[0][:1].isupper():
            return False  # (no words at all, '“,,': no title)
        if words[-1].endswith(("?", "!")) and not any(w[:1].isupper() for w in words[1:]):
            return False
        small = self._title_small_words
        return all(w[:1].isupper() or not w[:1].isalpha() or w.casefold().strip(",.!?") in small for w in words)

    def is_named(self, raw: str, quotation: Quotation) -> bool:
        """Whether a naming verb stands shortly before the quotation, within
        :attr:`NAMED_WINDOW` characters (``called it a "rough week"``, ``referred to them as
        "criminals"``); one of :attr:`NAMING_PHRASES` right before a title in title case
        (:meth:`is_title`: ``spoke of "Pride and Prejudice"``) names a work, no words (most titles
        of books, films and shows open with no determiner: a slogan in title case, ``spoke of
        "Project Fear Mark Two"``, reads the same and is left out; reader63)."""
        floor = max(quotation.sentence_start, quotation.open - self.NAMED_WINDOW)
        window = self.word_boundary(raw, floor, quotation.sentence_start)
        if self.judged_as(raw, window, quotation) is not None:
            return True  # ("dismissed the audit as "noise"")
        tokens = [token.group() for token in self._token.finditer(raw, window, quotation.open, False, KEEP_GIL)]
        if any(token in self._naming for token in tokens):
            return True
        # ("spoke of a "rough week"", "sprach von einem „Kahlschlag auf Raten“": a verb and its preposition)
        if not self._naming_phrases or not any(pair in self._naming_phrases for pair in pairwise(tokens)):
            return False
        # ('spoke of "Pride and Prejudice"': a title right after the phrase is the thing spoken of, no words)
        return tuple(tokens[-2:]) not in self._naming_phrases or not self.is_title(raw[quotation.start : quotation.end].split())

    def judged_as(self, raw: str, window: int, quotation: Quotation) -> regex.Match[str] | None:
        """The last of :attr:`AS_NAMING_VERBS` from *window* to the quotation when one of
        :attr:`AS_WORDS` stands right before its opening mark (``dismissed the audit as
        "noise."``): that verb names the thing in the quotation's words; ``None`` otherwise
        (``dismissed the so-called "experts"``).

        .. versionadded:: 0.2
        """
        before = raw[window : quotation.open].rsplit(None, 1)[-1:]
        if not self._as_naming or not before or before[0].casefold() not in self._as_words:
            return None
        verb = None
        for token in self._token.finditer(raw, window, quotation.open, False, KEEP_GIL):
            if token.group() in self._as_naming:
                verb = token
        return verb

    def attributing_verb(self, raw: str, quotation: Quotation) -> regex.Match[str] | None:
        """The last cue or naming verb before a quotation in its sentence, within
        :attr:`NAMING_WINDOW` characters, a naming word right after a determiner being a noun
        (:meth:`determines_noun`: ``called the brand "..."``: ``called``); with no such word, the last cue of two words or more
        there but :attr:`ACCORDING_TO` (French ``a dénoncé un « mépris total »``: an auxiliary and
        a participle)."""
        floor = quotation.sentence_start
        window = self.word_boundary(raw, max(floor, quotation.open - self.NAMING_WINDOW), floor)
        judged = self.judged_as(raw, window, quotation)  # ("dismissed the audit as "noise"")
        tokens = list(self._token.finditer(raw, window, quotation.open, False, KEEP_GIL))
        for number in range(len(tokens) - 1, -1, -1):
            token = tokens[number]
            if judged is not None and token.start() == judged.start():
                return token
            if token.group() in self._naming_or_cue and not self.far_quoting_participle(raw, token, quotation.open):
                if token.group() in self._naming and number > 0 and self.determines_noun(raw, tokens[number - 1], token):
                    continue  # ('called the brand "a good fit"': a noun after its determiner, no verb)
                if number > 0 and self.elided_noun(raw, tokens[number - 1], token):
                    continue  # ("a jugé l'annonce « insuffisante »": a noun after its elided article)
                if self.in_closed_relative(raw, window, token, quotation.open):
                    continue  # ('Tom Berg, who declined to comment, had a message: "..."': the relative clause's verb)
                if self.relative_words_before_colon(raw, window, token, quotation.open):
                    continue  # ('replied to a man who promised to cut taxes: "..."': his words end at the colon)
                return token
        last = None
        for cue in self.cues(raw, window, quotation.open):
            if " " in cue.group() and cue.group().casefold() not in self._according:
                last = cue
        return last

    def cue_follows(self, raw: str, quotation: Quotation) -> bool:
        """Whether *quotation* opens its sentence, its words end like speech (``,``, ``?``, ``!``)
        and a cue opens the words right after its closing mark, past a comma or dash (``"It is over," said officials in
        the city.``): the words are attributed, a quotation and no scare quote, even when the
        grammar reads no speaker after the cue (the quote is then kept with none).  Never a verb
        of :attr:`UNINVERTED_VERBS`, whose phrase after it is the one addressed.

        .. versionadded:: 0.2
        """
        if quotation.end <= quotation.start or raw[quotation.end - 1] not in ",?!":
            return False
        if raw[quotation.sentence_start : quotation.open].strip():
            return False  # ('host of MSNBC's "Morning Joe," suggested ...': a title inside a phrase, no one's words)
        stop = quotation.sentence_end
        lead = LEAD.match(raw, quotation.close + 1, stop, KEEP_GIL)
        pos = lead.end() if lead else quotation.close + 1
        cue = self.cue_match_at(raw, pos, stop)
        return cue is not None and cue.group().casefold() not in self._uninverted

    def relative_words_before_colon(self, raw: str, start: int, word: regex.Match[str], stop: int) -> bool:
        """Whether the cue *word* is the verb of a relative clause (one of :attr:`RELATIVE_PRONOUNS`
        right before it, read from *start*) whose own reported words end at a colon right before the
        quotation opening at *stop*: they open with one of :attr:`THAT_WORDS` or
        :attr:`INFINITIVE_MARKERS` (an infinitive of no speaking: :meth:`speaking_infinitive`), or
        hold a quotation mark (``turned to a man who promised to cut taxes: "..."``, ``thanked a
        donor who said the park would be "a gift": "..."``): the quotation after the colon is the
        sentence's, never the relative clause's (but ``met a voter who told him: "..."``, ``turned
        to a witness who asked to speak: "..."``: the colon opens the voter's, the witness's words).

        .. versionadded:: 0.2
        """
        colon = stop
        while colon > word.end() and raw[colon - 1].isspace():
            colon -= 1  # (back over the blanks before the quotation: no copy of the text before it)
        colon -= 1
        if colon < word.end() or raw[colon] != ":":
            return False
        before = list(self._word.finditer(raw, max(start, word.start() - self.NAMED_WINDOW), word.start(), False, KEEP_GIL))
        if not before or raw[before[-1].end() : word.start()].strip() or not self.is_relative(before[-1].group()):
            return False
        between = raw[word.end() : colon]
        first = self._word.search(between)
        if first is None:
            return False
        low = first.group().casefold()
        if low in self._infinitive_markers:
            # ("who promised to cut taxes:": the promise is no one's words here; but "who asked to
            # speak:", "who asked to be heard:": the relative's subject speaks next)
            return not self.speaking_infinitive(between, first.end())
        return low in self._that_words or any(mark in between for mark in self._marks)

    def speaking_infinitive(self, words: str, pos: int) -> bool:
        """Whether the infinitive whose marker ends at *pos* in *words* is one of speaking, maybe
        after an auxiliary (``asked to speak``, ``asked to be heard``, ``wanted to say``): a cue
        word (:meth:`is_cue_word`) or one of :attr:`SPEAKING_INFINITIVES`.

        .. versionadded:: 0.2"""
        for word in islice(self._word.finditer(words, pos), 3):
            low = word.group().casefold()
            if self.is_cue_word(word.group()) or low in self._speaking_infinitives:
                return True
            if low not in self._clause_auxiliaries:
                return False
        return False
    def far_quoting_participle(self, raw: str, word: regex.Match[str], open_: int) -> bool:
        """Whether *word* is one of :attr:`QUOTING_PARTICIPLES` and no other cue or naming word, with
        words between it and the opening mark at *open_*: it quotes only the marks right after it,
        maybe after a comma or a colon (``shouting, "Resign!"``), never a later quotation (``warning
        fans chanting at the referee to "think of the badge"``: no one chants those words).

        .. versionadded:: 0.2
        """
        return word.group() in self._quoting_only and bool(raw[word.end() : open_].strip(" ,:\u00a0"))

    def clause_after_quotation(self, raw: str, start: int, stop: int) -> bool:
        """Whether a quotation closes between a cue or naming verb ending at *start* and a
        quotation opening at *stop*, a comma ends it, and a capitalised word, a new clause's subject,
        comes first after it past the links of a list (``in a clip Judge Lee called "vile," Tom
        Berg voiced a wish to "..."``): the verb's words were that first quotation.  A list of
        quotations joined by commas or one of :attr:`COORDINATORS`,
        :attr:`ALTERNATIVE_COORDINATORS` or :attr:`NEGATIVE_COORDINATORS` (``called it "vile,"
        "petty" and "cruel"``) stays the verb's, and so do words in lower case after it (``Ruiz,
        who called him "vile," later urged voters to "..."``: the clause goes on).

        .. versionadded:: 0.2
        """
        last = -1
        count = 0
        for at in range(stop - 1, start - 1, -1):
            ch = raw[at]
            if ch in self._marks and not (at > start and at + 1 < stop and raw[at - 1].isalpha() and raw[at + 1].isalpha()):
                count += 1
                last = max(last, at)
        if count < 2:
            return False  # (no quotation closes in between: the verb's words are this one)
        after = raw[last + 1 : stop]
        if raw[last - 1 : last] != "," and not after.lstrip().startswith(","):
            return False  # (no comma closes the quotation: 'urged them to "shun" Berg and "..."', Berg an object)
        between = [w for w in after.replace(",", " ").split() if w.casefold() not in self._any_coordinators]
        # (a capitalised word first: a new subject; a lower-case one goes on with the verb's clause
        # or the main one, 'Ruiz, who called him "vile," later urged voters to "..."')
        return bool(between) and between[0][:1].isupper()

    def in_closed_relative(self, raw: str, start: int, word: regex.Match[str], stop: int) -> bool:
        """Whether *word* stands in a relative clause set off by commas that closes before *stop*
        (the quotation's opening mark), read from *start*: the comma last before the word is followed
        by one of :attr:`RELATIVE_PRONOUNS` and another comma follows the word, a word of the main clause
        after it before *stop* (``Tom Berg, who declined to comment for this article, had a simple message:
        "..."``; not ``Sykes, who lamented in an interview, "..."``, whose clause opens the quotation, nor
        a clause with a quotation mark of :attr:`QUOTE_PAIRS` in it, ``Beck, who described Trump as "...",
        intended ...``, whose cue names its antecedent's words): the clause's verb is no attribution of
        the quotation after it.  So is a clause that opens with one of :attr:`THING_RELATIVE_PRONOUNS` or
        :attr:`POSSESSIVE_RELATIVE_PRONOUNS` (``the plan, which the auditor estimates would cost $2
        billion, would risk "..."``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a thing's and an owner's relative clause too.
        """
        opening = raw.rfind(",", start, word.start())
        closing = raw.find(",", word.end(), stop) if opening >= 0 else -1
        if closing < 0 or self._word.search(raw, closing + 1, stop, KEEP_GIL) is None:
            return False  # (no comma after it, or only the quotation's: 'Sykes, who lamented in an interview, "..."')
        if any(mark in self._marks for mark in raw[opening:closing]):
            return False  # ('Beck, who described Trump as "...", intended ... "turn away"': the clause quotes him too)
        first = self._word.search(raw, opening + 1, word.start() + len(word.group()), KEEP_GIL)
        if first is None or raw[opening + 1 : first.start()].strip():
            return False
        # (a thing's or an owner's relative closes as well: "the plan, which the auditor estimates
        # would cost $2 billion, would risk "...""; "Berg, whose lawyer said ..., had a message: "..."")
        low = first.group().casefold()
        return self.is_relative(first.group()) or low in self._thing_relatives or low in self._possessive_relatives

    def determines_noun(self, raw: str, before: regex.Match[str], word: regex.Match[str]) -> bool:
        """Whether *before*, the word right before naming verb *word* with one space between, is
        a determiner or a possessive determiner: *word* is then a noun (``the brand``, ``a
        label``, ``her call``), no verb that names in someone's words.

        .. versionadded:: 0.2"""
        low = before.group().casefold()
        if raw[before.end() : word.start()] != " ":
            return False
        return low in self._determiners or low in self._possessive_determiners

    def object_of_gerund(self, raw: str, floor: int, word: regex.Match[str]) -> bool:
        """Whether the word right before cue or naming word *word* (one space between, after
        *floor*) is a gerund in lower case, a word of at least two letters more than
        :attr:`GERUND_SUFFIX` that ends with it, none of :attr:`TIME_NOUNS` nor :attr:`TIME_HEADS`
        (``on Monday morning said``): *word* is then the gerund's object, a noun (``chided Berg for
        raising questions about the "..." rule``, ``fielding claims``), and the words before it
        are no speaker's phrase.

        .. versionadded:: 0.2"""
        suffix = self.GERUND_SUFFIX
        if not suffix or word.start() - 1 <= floor or raw[word.start() - 1] != " ":
            return False
        before = raw[max(floor, word.start() - self.NAMED_WINDOW) : word.start() - 1].rsplit(None, 1)[-1:]
        if not before:
            return False
        low = before[0]
        if not (low.isalpha() and low.islower() and low.endswith(suffix) and len(low) >= len(suffix) + 2):
            return False
        return low not in self._time_nouns and low not in self._time_heads
    def elided_noun(self, raw: str, before: regex.Match[str], word: regex.Match[str]) -> bool:
        """Whether *word*, a cue's or a naming verb's form, follows an elided determiner with only
        its apostrophe between (French ``l'annonce``, ``l’appel``: one of :attr:`DETERMINERS` that
        ends in an apostrophe): a noun, no verb.

        .. versionadded:: 0.2"""
        elided = raw[before.start() : word.start()].casefold()
        return elided in self._elided_determiners

    def elided_before(self, raw: str, floor: int, start: int) -> bool:
        """Whether an elided determiner (one of :attr:`DETERMINERS` ending in an apostrophe:
        French ``l'``) stands right before *start*, a word of its own after *floor*: the word at
        *start* is a noun (``l'annonce``), no cue.

        .. versionadded:: 0.2"""
        for determiner in self._elided_determiners:
            begin = start - len(determiner)
            if begin >= floor and raw[begin:start].casefold() == determiner and not raw[begin - 1 : begin].isalpha():
                return True
        return False

    def clause_verb_word(self, word: str) -> bool:
        """For :meth:`subordinate_subject_between`: whether *word* may be the verb of a clause's
        subject: a verb in the past (:meth:`is_past_verb`, or in lower case one of
        :attr:`CLAUSE_IRREGULAR_PASTS`) or a cue.

        .. versionadded:: 0.2 (wv59)"""
        first = word.casefold()
        irregular = word.islower() and first in self.CLAUSE_IRREGULAR_PASTS
        return self.is_past_verb(word) or self.is_cue_word(first) or irregular

    def object_infinitive_between(self, raw: str, start: int, stop: int) -> bool:
        """Whether a person's object pronoun (:attr:`PERSON_OBJECT_FORMS`) right before one of
        :attr:`INFINITIVE_MARKERS` stands between a sentence's subject ending at *start* and a
        quotation opening at *stop*, then a word that is no determiner (the infinitive's verb)
        before the quotation, with no cue nor naming verb (at most :attr:`NAMING_WINDOW`
        characters before *stop*): the quoted words tell how that other person acts (``Fans can
        expect him to sing "with more risk than before."``), maybe in their own words, so the
        subject is no sure speaker.  Only a quotation that opens in lower case with no determiner
        (a preposition, an adverb: the manner of the other's act): ``Ana Ruiz wants him to be "a
        partner, not a rival."`` is hers.  Not a
        quotation right after the marker, what the subject urged (``She convinced him to "trust
        her"``), nor a noun's phrase after a preposition (``subjecting her to an "artful smear"``).

        .. versionadded:: 0.2 (fixQ62b)"""
        opening = raw[stop + 1 : stop + 1 + self.NAMING_WINDOW].split(None, 1)[:1]
        if not opening or not opening[0][:1].islower() or opening[0].casefold() in self._determiners:
            return False  # (the merged round: a noun phrase quoted is the subject's view)
        words = raw[max(start, stop - self.NAMING_WINDOW) : stop].split()
        return any(
            word.casefold() in self._object_forms
            and marker.casefold() in self._infinitive_markers
            and verb.casefold() not in self._determiners  # ("subjecting her to an "artful smear"": a noun's)
            for word, marker, verb in zip(words, words[1:], words[2:], strict=False)
        )

    def subordinate_subject_between(self, raw: str, start: int, stop: int) -> bool:
        """Whether a clause of its own opens between a sentence's subject ending at *start* and a
        quotation opening at *stop*: one of :attr:`TIME_CLAUSE_OPENERS` (at most
        :attr:`NAMING_WINDOW` characters before *stop*), then a subject (:meth:`sentence_subject`)
        and at most :attr:`MAX_CLAUSE_WORDS_BEFORE_QUOTATION` words before the quotation, the
        first a verb in the past (also one of :attr:`CLAUSE_IRREGULAR_PASTS`: ``after a review found
        "serious failings"``) or a cue, none of :attr:`CLAUSE_AUXILIARIES` (``He was silent when
        Ruiz accused him of a "smear"``, ``She smiled while the mayor talked about "the rigged
        system"``, past a phrase one of :attr:`PREPOSITIONS` or :attr:`OBJECT_PREPOSITIONS` opens
        after the subject: ``while the mayor with his aides spoke of "..."``, ``after the review
        by the board found "..."``): the quotation stands in that clause, whose subject the main
        one is not.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a phrase of :attr:`OBJECT_PREPOSITIONS` too (fixQ60c)
        """
        floor = max(start, stop - self.NAMING_WINDOW)
        opener = self.last_match(self._clause_opener, raw, floor, stop)
        if opener is None:
            return False
        subject = self.sentence_subject(raw, (opener.end(), stop), inner=True)
        if subject is None:
            return False
        words = raw[subject.end : stop].split()
        if words and (words[0].casefold() in self._prepositions or words[0].casefold() in self._object_prepositions):
            # ("while the mayor with his aides spoke of "..."", "after the review by the board found "..."":
            # the subject's phrase goes on to the verb)
            verb = next((k for k, w in enumerate(words) if w.islower() and self.clause_verb_word(w)), 0)
            words = words[verb:]
        if not 0 < len(words) <= self.MAX_CLAUSE_WORDS_BEFORE_QUOTATION:
            return False
        if not self.clause_verb_word(words[0]):
            return False  # ("has gone after Trump as a "...": a preposition and its object, no clause)
        # (the clause's own verb and object only: "before his knee gave out is talking about "..."" is the main clause's;
        # but an auxiliary after a "that" is the reported clause's: "when the tribunal held that his dismissal was "...")
        that = next((k for k, w in enumerate(words) if k and w.casefold() in self._that_words), len(words))
        return not any(w.casefold() in self._clause_auxiliaries for w in words[:that])

    def determined_thing(self, subject: Mention) -> bool:
        """For :meth:`naming_subject`, a quotation with no verb before it that gives it to anyone:
        whether a pack with no ``PERSON_NOUNS`` (which cannot tell a noun for things from one for
        people, :meth:`is_thing_subject`) has a *subject* of a determiner and nouns with no title,
        role noun, organisation word or name among them (``Das Projekt sei „ein Denkmal für das
        Auto“``, ``Le projet serait « un monument »``): the quotation describes the thing, which
        says nothing; the sentence's subject is no speaker.  ``Der Bürgermeister sei „wütend“``
        and ``Le maire Paul Roy juge la réforme « inutile »`` keep theirs; so does every subject
        in a pack that lists its person nouns (the English rules read those).  A subject that runs
        over a verb and its object (:meth:`verb_inside`) is none either.

        .. versionadded:: 0.2 (trialQ63)"""
        if self._person_nouns:
            return False
        words = self.split_elision(subject.text.split())
        if self.verb_inside(words):
            return True
        if len(words) < 2 or words[0].casefold() not in self._determiners:
            return False
        vocabulary = self.vocabulary
        for word in words[1:]:
            bare = strip_possessive(word).rstrip(".,")
            if vocabulary.is_title(bare) or vocabulary.is_role_noun(bare) or vocabulary.is_org_word(bare):
                return False
            if self.names_person(bare):
                return False  # (a name the article gives a person: "Le maire Paul Roy", "die Ärztin Ana Ruiz")
        return True

    def verb_inside(self, words: Sequence[str]) -> bool:
        """For :meth:`determined_thing`: whether the words of a subject hold a word in lower case
        right after a capitalised one and right before a determiner, itself no determiner nor one
        of the vocabulary's ``PHRASE_LINKS`` (``Die Ärztin hält die Reform``: a verb the pack
        does not list, and its object; not ``Die Ärztin aus der Stadt``, ``Der Chef der Bahn``).

        .. versionadded:: 0.2 (trialQ63)"""
        determiners = self._determiners
        for before, word, after in zip(words, words[1:], words[2:], strict=False):
            low = word.casefold()
            if not (before[:1].isupper() and word[:1].islower() and after.casefold() in determiners):
                continue
            if low not in determiners and not self.vocabulary.is_phrase_link(low):
                return True
        return False

    def naming_subject(self, raw: str, quotation: Quotation) -> Mention | None:
        """Who speaks a quotation that stands inside a sentence: the phrase before the last cue or
        naming verb before it (``Last month, Mayor Ines Calder called the plan "a disaster"``,
        ``the ad described the move as "a betrayal"``), or the sentence's subject when that verb is
        a participle after a comma (``..., calling him "a liar"``) or there is none and the
        subject is a name (``Calder credited the staff with "a small miracle"``)."""
        sentence = (quotation.sentence_start, quotation.sentence_end)
        verb = self.attributing_verb(raw, quotation)
        if verb is not None and self.in_subordinate_opening(raw, quotation.sentence_start, verb.start(), quotation.open):
            verb = None  # ('When Hale suggested ..., Ana Cole fired back: "..."': the main clause's words)
        if verb is not None and self.clause_after_quotation(raw, verb.end(), quotation.open):
            # ('in a clip that Judge Lee called "vile," Tom Berg voiced a wish to "...": the verb's
            # words were the first quotation; a new clause after it says whose the second are)
            verb = None
        if verb is not None and self.object_of_gerund(raw, quotation.sentence_start, verb):
            verb = None  # ('Ortiz chided Berg for raising questions about the "..." rule': a noun, no one's verb)
        # (a cue word after a possessive is a noun, not a verb: "Lee's remarks echoed Ortiz's claim that")
        claim = self.claim_noun(raw, quotation) if verb is None or self.is_claim_noun(raw, verb) else None
        if claim is not None:
            # "The site checked Ortiz's claim that there were "...": Ortiz; "the city's claim": no one
            return self.possessive_source(raw, claim, quotation.sentence_start)
        judged = self.judged_passive(raw, quotation)
        if judged is not None and (verb is None or verb.start() <= judged):
            return None  # ('Water bosses accused of "rewarding failure"': the bosses are judged, not speaking)
        absolute = self.absolute_phrase(raw, quotation.sentence_start, quotation.open)
        if absolute is not None and (verb is None or not raw[absolute[1] : verb.start()].strip(", ")):
            # ("Talks collapsed, with the minister, Sophie Vermeer, accusing the union of "..."": her;
            # but "Purple PAC began an ad buy, with cable spots casting him as "...": its spots, its words)
            mention = self.absolute_subject(raw, absolute)
            if mention is not None:
                return mention
        if verb is None:
            infinitive = self.caused_infinitive_before(raw, quotation.sentence_start, quotation.open)
            if infinitive is not None:
                # ('The post spread, leading Ana Ruiz to counter that "...": hers, never the post's;
                # with no "that", 'forcing the council to drop its "green deal"': no one's)
                return infinitive[1]
            subject = self.clause_subject(raw, sentence, quotation.open, described=False)
            if subject is not None and self.recording_subject(raw, subject, quotation.open):
                return None  # ('Footage showed the talks "were constructive."': a recording says nothing)
            if subject is None or not (subject.text[:1].isupper() or self.role_after_article(subject.text)):
                return None  # (a role after an opening phrase as well as one opening the sentence: "On Monday, the mayor")
            low = subject.text.casefold()
            # ("It was, in the words of one fan, "..."": a pronoun other than he or she names no one here)
            if low in self._pronouns and low not in self._persons:
                return None
            if self.subordinate_subject_between(raw, subject.end, quotation.open):
                return None  # ('He was silent when Ruiz accused him of a "smear"': not his words; no cue says whose)
            if self.object_infinitive_between(raw, subject.end, quotation.open):
                return None  # ('Fans can expect him to sing "with more risk"': his words, maybe; no cue says whose)
            if self.determined_thing(subject):
                return None  # ('Das Projekt sei „ein Denkmal“': a pack that cannot tell things, a noun after an article)
            # ('The plan is "a disaster."': with no speech verb a thing says nothing)
            return None if self.is_thing_subject(raw, subject, spoken=False, quotation=quotation.open) else subject
        if self.names_a_thing(raw, quotation, verb):
            return None
        if self.is_passive(raw, verb) or self.passive_naming(raw, verb):
            # ('Reporters were told: "..."': said to them, not by them; but 'Ortiz was asked by the
            # moderator whether the plan would "add to the deficit"': the moderator's words)
            return self.clause_agent(raw, verb.end(), quotation.open)
        participle = bool(self.GERUND_SUFFIX) and verb.group().endswith(self.GERUND_SUFFIX)
        if participle and ends_with(raw, quotation.sentence_start, verb.start(), ","):
            subject = self.cue_before_comma(raw, quotation.sentence_start, verb.start()) or self.clause_subject(
                raw, sentence, verb.start()
            )
            if subject is None or self.is_thing_subject(raw, subject, spoken=True):
                # ('Government bonds rallied, suggesting that ...': a thing's clause, no one speaks;
                # but 'The trouble came when protesters stormed in, shouting "...": the protesters)
                return self.inner_participle_subject(raw, quotation.sentence_start, verb.start())
            return subject
        if participle and self.after_subordinator(raw, quotation.sentence_start, verb.start()):
            # "Ortiz told reporters, before insisting she had a "great relationship"": the clause's
            lead = raw.rfind(" ", quotation.sentence_start, verb.start() - 1)
            if lead > quotation.sentence_start and ends_with(raw, quotation.sentence_start, lead, ","):
                mention = self.cue_before_comma(raw, quotation.sentence_start, lead)
                if mention is not None:
                    return mention
            return self.clause_subject(raw, sentence, verb.start())
        agreed = self.agreed_with(raw, verb, quotation)
        if agreed is not None:
            return agreed  # ('I agree with Dr Ana Ruiz that "...": her words, not mine)
        joined = self.joined_after_free_relative(raw, quotation.sentence_start, verb)
        if joined is not None:
            # ('Tom Berg knew what voters wanted and called the deal "..."': the sentence's subject)
            subject = self.clause_subject(raw, sentence, joined)
            return subject if subject is not None and subject.start < joined else None
        free = self.free_relative_start(raw, quotation.sentence_start, verb)
        if free is not None:
            # ('Cole is what some have called "a reluctant hero."': the clause's own subject, never Cole)
            inner = self.phrase_before(raw, verb.start(), free, lenient=True)
            return self.mention(raw, inner) if inner is not None else None
        caused = self.caused_speaker(raw, quotation.sentence_start, verb.start())
        if caused is not None:
            # ('The memo leaked, leading the treasurer, Ana Ruiz, to argue that "...": the one made to speak)
            return self.mention(raw, caused)
        if self.after_causative(raw, quotation.sentence_start, verb.start()):
            return None  # ('The memo leaked, prompting Ortiz, Berg and Lee to say "...": theirs, never the memo's)
        np = self.phrase_before(raw, verb.start(), quotation.sentence_start, lenient=True)
        if np is not None and participle and self.ends_in_past_verb(raw, np):
            return None  # ('a memo was released as the polls closed stating that ... "..."': a clause)
        if np is not None and participle:
            np = self.object_in_phrase(raw, np)  # "The protesters carried banners saying": banners
        if np is not None and participle and self.participle_object(raw, quotation.sentence_start, np):
            # "The club issued a statement calling the ban "a farce"": the statement's author, the
            # subject of the clause it stands in ("Berg led the charge, and the group placed ads calling ...")
            subject = self.joined_clause_subject(raw, quotation.sentence_start, np[0]) or self.clause_subject(raw, sentence, np[0])
            return subject if subject is not None and subject.start < np[0] else None
        if np is not None:
            # ("a lawyer for Acme Tools who described the suit as "..."": the lawyer, never the firm)
            person = self.person_before_link(raw, np, verb.start(), quotation.sentence_start)
            return self.mention(raw, person if person is not None else self.reduced_relative(raw, np))
        if self.joined_in_relative(raw, quotation.sentence_start, verb):
            return None  # ("Police arrested a man who attacked Ortiz and called him "...": not Police)
        coordinated = self.coordinated_subject(raw, quotation.sentence_start, verb)
        if coordinated is not None:
            return coordinated
        # (a semicolon opens a clause of its own: "Nine in 10 were worried; most said ...": not Nine)
        clause_start = raw.rfind(";", quotation.sentence_start, verb.start()) + 1 or quotation.sentence_start
        return self.clause_subject(raw, (clause_start, quotation.sentence_end), verb.start())

    def clause_agent(self, raw: str, pos: int, stop: int) -> Mention | None:
        """The speaker of a quotation at *stop* inside the clause a passive cue ending at *pos*
        reports: its agent (:meth:`passive_agent`), when one of :attr:`THAT_WORDS` or of
        :attr:`QUESTION_WORDS` but :attr:`TOPIC_WORDS` opens the clause after it (``Ortiz was asked
        by moderator Ana Ruiz whether the plan would "add to the deficit"``, ``Residents were told
        by police that the road was "unsafe"``); ``None`` without an agent or such a word (``was
        asked about the "so-called" plan``: a topic, no one's words).

        .. versionadded:: 0.2 (speaker66)"""
        for word in self._word.finditer(raw, pos, stop):
            low = word.group().casefold()
            if low in self._that_words or (low in self._clause_question_words):
                return self.passive_agent(raw, pos, word.start())
        return None

    def passive_agent(self, raw: str, pos: int, stop: int) -> Mention | None:
        """The speaker of a passive cue ending at *pos*: the phrase after one of
        :attr:`AGENT_WORDS` right after the cue (adverbs may stand between), before the reported
        words at *stop* (``was asked by host Tom Berg whether ...``, ``were told by police that
        ...``); ``None`` without one."""
        after = pos  # (the end of the cue or of the adverbs read after it: "asked repeatedly by")
        for word in self._word.finditer(raw, pos, stop):
            low = word.group().casefold()
            if (self.is_adverb(low) or low in self._adverbs) and not raw[after : word.start()].strip(" \t\n,"):
                after = word.end()
                continue
            if low not in self._agents or raw[after : word.start()].strip(" \t\n,"):
                return None
            end = stop
            for following in self._word.finditer(raw, word.end(), stop):
                if following.group().casefold() in self._that_words:
                    end = following.start()  # ("told by police that ...": up to "that")
                    break
            while end > word.end() and raw[end - 1].isspace():
                end -= 1
            np = self.phrase_after(raw, word.end(), end, source=True)  # (any noun phrase: "by police")
            return self.mention(raw, np) if np is not None else None
        return None

    def recording_subject(self, raw: str, subject: Mention, quotation: int) -> bool:
        """Whether *subject*, read for a quotation at *quotation* that no speech verb attributes,
        names a recording that shows what happened: a word of the subject is one of
        :attr:`RECORDING_NOUNS` (any case), its head or followed by a link of the vocabulary's
        ``PHRASE_LINKS`` (``Photos from the scene``; not ``Photo editor Tom Hale``), and one of
        :attr:`SHOWING_VERBS` follows it before the quotation (``State television footage showed
        the talks "were constructive."``, ``Video showed the mayor "..."``, ``Photos from the
        scene showed ...``; not ``Mayor Ines Calder showed reporters what she called "..."``).

        .. versionadded:: 0.2"""
        words = raw[subject.start : quotation].split()
        held = len(subject.text.split())
        for i, word in enumerate(words[:held]):
            if word.casefold().rstrip(",") in self._recording_nouns:
                after = words[i + 1].casefold() if i + 1 < held else ""
                if after and after not in self._showing_verbs and not self.vocabulary.is_phrase_link(after):
                    continue  # ("Photo editor Tom Hale depicted ...": a noun's modifier, no recording)
                return any(following in self._showing_verbs for following in words[i + 1 :])
        return False

    def inner_participle_subject(self, raw: str, floor: int, participle: int) -> Mention | None:
        """The speaker of a participle set off by a comma at *participle* when the sentence's own
        subject names no one: the subject of the clause a comma and one of
        :attr:`PARTICIPLE_CLAUSE_OPENERS` open right before that comma (``The trouble came during
        the speech, when protesters interrupted her, shouting "..."``: the protesters), when it is
        no thing either; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        comma = raw.rfind(",", floor, participle)
        if comma < 0:
            return None
        subject = self.subordinate_clause_subject(raw, floor, comma)
        return None if subject is None or self.is_thing_subject(raw, subject, spoken=True) else subject

    def role_after_article(self, phrase: str) -> bool:
        """Whether *phrase*, a subject in lower case, is one of :attr:`DETERMINERS` and a noun for
        people (:meth:`is_people_noun`: ``the mayor``), or a role before one of :attr:`OF_WORDS`
        (``the former secretary of state``; not ``a few of these boys``), or such a noun in lower
        case, maybe after lower-case modifiers, before a capitalised name (``the activist Lena
        Brandt``; versionchanged 0.2): a speaker as the same phrase opening the sentence in
        capitals would be; not a thing (``the weather``).

        .. versionadded:: 0.2"""
        words = phrase.split()
        if len(words) < 2 or words[0].casefold() not in self._determiners:
            return False
        named = next((k for k, word in enumerate(words) if k and word[:1].isupper()), len(words))
        if 1 < named < len(words) and all(word[:1].isupper() for word in words[named:]):
            # ("the activist Lena Brandt": a role in lower case, then the name it describes)
            return all(word.islower() for word in words[1:named]) and self.is_people_noun(words[named - 1].casefold())
        head = next((k for k, word in enumerate(words) if k and word.casefold() in self._of), len(words)) - 1
        low = strip_possessive(words[head]).casefold()
        if head < len(words) - 1:
            return head > 0 and self.vocabulary.is_role_noun(low)  # (a role before "of"; not "a few of these boys")
        return self.is_people_noun(low)

    def in_subordinate_opening(self, raw: str, start: int, pos: int, quotation: int) -> bool:
        """Whether *pos* lies in a clause that opens the sentence at *start* with one of
        :attr:`SUBORDINATORS` and that a comma closes before the quotation at *quotation*
        (``When Tom Hale suggested that ..., Amy Cole fired back: "..."``): a verb there is the
        subordinate clause's, never the quotation's.  No comma may stand between *start* and *pos*.

        .. versionadded:: 0.2
        """
        first = self._word.match(raw, start, pos, KEEP_GIL)
        if first is None or first.group().casefold() not in self._subordinators or "," in raw[start:pos]:
            return False
        comma = raw.find(",", pos, quotation)
        return comma >= 0 and not any(mark in raw[pos:comma] for mark in self._marks)  # (no comma inside marks)

    def absolute_phrase(self, raw: str, floor: int, pos: int) -> tuple[int, int] | None:
        """The noun phrase of an absolute clause that stands before *pos* (after *floor*, at most
        :attr:`NAMING_WINDOW` characters back): a comma, one of :attr:`ABSOLUTE_WORDS`, the
        phrase, then a lower-case participle in :attr:`GERUND_SUFFIX` (``..., with the
        minister, Sophie Vermeer, accusing ...``); ``(start, end)`` of the phrase, or ``None``.

        .. versionadded:: 0.2
        """
        suffix = self.GERUND_SUFFIX
        if not suffix or not self.ABSOLUTE_WORDS:
            return None
        floor = max(floor, pos - self.NAMING_WINDOW)
        opener: regex.Match[str] | None = None
        end = 0  # (the end of the phrase's last word that is no adverb: "with Cruz recently promising")
        count = 0
        for word in self._word.finditer(raw, floor, pos, False, KEEP_GIL):
            low = word.group().casefold()
            if low in self.ABSOLUTE_WORDS and ends_with(raw, floor, word.start(), ","):
                opener, end, count = word, word.end(), 0
            elif opener is None:
                continue
            elif (not count and low in self._relatives) or count >= self.MAX_ABSOLUTE_WORDS or self.is_past_verb(low):
                opener = None  # ("..., with whom he clashed at the debate, calling him ...": a clause)
            elif word.group()[:1].islower() and low.endswith(suffix) and len(low) > len(suffix) + 2:
                return (opener.end() + 1, end) if end > opener.end() else None
            else:
                count += 1
                if not (low in self._adverbs or self.is_adverb(word.group())):
                    end = word.end()
        return None

    def absolute_subject(self, raw: str, phrase: tuple[int, int]) -> Mention | None:
        """Who speaks in an absolute clause whose noun phrase is ``raw[phrase]``
        (:meth:`absolute_phrase`): the name set off by commas after a role (``the minister,
        Sophie Vermeer``), else the phrase when it can name a speaker; else ``None`` (a thing's
        words, ``with cable spots casting him as "..."``, are the sentence's subject's).

        .. versionadded:: 0.2
        """
        start, end = phrase
        comma = raw.rfind(",", start, end)
        if comma >= 0 and raw[comma + 1 : end].strip()[:1].isupper():
            start = comma + 1
            while raw[start].isspace():
                start += 1
        text = raw[start:end]
        if "," in text or self.names_no_one(text) or not self.is_speaker_phrase(text, lenient=True):
            return None
        return self.mention(raw, (start, end))

    def participle_opener_subject(self, raw: str, quotation: Quotation) -> Mention | None:
        """The subject of the main clause when the quotation closes a participle phrase that opens
        its sentence (``Citing "obligations at home," the spokeswoman said ...``, ``Calling the
        plan "a betrayal," the mayor walked out``, ``Holding signs calling him "a liar," the
        protesters chanted ...``, ``And in explaining "why ...", Ortiz described ...``): the one
        who does what the participle says.  The participle is the sentence's first word (after
        one of :attr:`COORDINATORS` and one of :attr:`PARTICIPLE_SUBORDINATORS` or
        :attr:`PREPOSITIONS`), in :attr:`GERUND_SUFFIX`; no comma stands between it and the
        quotation, and a comma closes the phrase at the quotation's end (inside or right after
        its closing mark).  The subject is the phrase that opens the clause after that comma,
        when it can name a speaker; else ``None``, also when a cue other than a naming verb
        stands in the phrase (``Quoting Ortiz as saying "...," the paper ...``: Ortiz's words),
        when the first word is one of :attr:`GERUND_PREPOSITIONS` (``According to "senior
        officials," the plan ...``: no participle) or one of :attr:`PASSIVE_AUXILIARIES`
        (``Being called "a traitor,"``), and when such an auxiliary or one of :attr:`GET_PASSIVES`
        before a verb in the past (``Having been called "a traitor," the senator ...``, ``Getting
        called "a liar," the senator ...``: words said of the subject) or a
        relative pronoun (``Wearing a T-shirt that read "...," the man ...``: the thing's words)
        stands in the phrase.

        .. versionadded:: 0.2
        """
        suffix = self.GERUND_SUFFIX
        if not suffix:
            return None
        words = list(islice(self._word.finditer(raw, quotation.sentence_start, quotation.open, False, KEEP_GIL), 3))
        while words and (
            words[0].group().casefold() in self._coordinators
            or words[0].group().casefold() in self._participle_subordinators
            or words[0].group().casefold() in self._prepositions
        ):
            words.pop(0)  # ("And in explaining ...": the participle after them)
        if not words:
            return None
        first = words[0].group()
        low = first.casefold()
        if not (low.endswith(suffix) and len(low) > len(suffix) + 2) or low in self._stop:
            return None
        if low in self._gerund_prepositions or low in self._passive:
            return None  # ('According to "senior officials," the plan ...', 'Being called "...," the ...')
        between = raw[words[0].end() : quotation.open]
        if ("," in between and not self.name_set_off_before(between)) or ";" in between:
            return None  # (a comma before the quotation closes the phrase earlier)
        previous = low
        for token in self._token.finditer(raw, words[0].end(), quotation.open, False, KEEP_GIL):
            form = token.group().casefold()
            if self.is_cue_word(form) and token.group() not in self._naming:
                return None  # ('Quoting Ortiz as saying "...," the paper ...': the words are Ortiz's)
            passive = previous in self._passive or previous in self._get_passives
            if passive and (self.is_past_verb(form) or token.group() in self._naming):
                return None  # ('Having been called "a traitor,"': words said of the subject)
            if form in self._relatives or form in self._thing_relatives:
                return None  # ('Wearing a T-shirt that read "...,"': the thing's words)
            previous = form
        inner = raw[quotation.start : quotation.end].rstrip()
        after = quotation.close + 1
        while after < quotation.sentence_end and raw[after].isspace():
            after += 1
        if inner.endswith(","):
            comma = quotation.close
        elif after < quotation.sentence_end and raw[after] == ",":
            comma = after
        else:
            later = self.opener_tail_comma(raw, quotation)
            if later is None:
                return None
            comma = later  # ('In explaining why those "rules" had not passed, Ortiz said ...': Ortiz)
        start = comma + 1
        while start < quotation.sentence_end and raw[start].isspace():
            start += 1
        if start >= quotation.sentence_end or raw[start] in self._marks:
            return None  # ('Citing the rules, "..."': a quotation, no clause, follows)
        subject = self.sentence_subject(raw, (start, quotation.sentence_end), inner=True)
        low = subject.text.casefold() if subject is not None else ""
        if subject is None or (low in self._pronouns and low not in self._persons):
            return None  # ("Citing "...," it added ...": a pronoun for no one sure)
        return subject

    #: The most words between a quotation inside an opening participle phrase and the comma that
    #: closes the phrase (:meth:`opener_tail_comma`: ``In explaining why those "rules" had not
    #: passed, Ortiz ...``: three).
    #:
    #: .. versionadded:: 0.2
    MAX_OPENER_TAIL_WORDS: ClassVar[int] = 8

    def opener_tail_comma(self, raw: str, quotation: Quotation) -> int | None:
        """The comma that closes an opening participle phrase a few words after *quotation*
        (:meth:`participle_opener_subject`): at most :attr:`MAX_OPENER_TAIL_WORDS` words stand
        between, with no quotation mark, cue, relative pronoun or semicolon among them
        (``Calling the plan "a betrayal" of the voters, the mayor ...``), and no verb in the past
        before the quotation after the phrase's first word (``Leading Brexiteers proposed ...
        "natural allies" Australia, Canada ...``: a clause); ``None`` otherwise.

        .. versionadded:: 0.2"""
        lead = list(self._token.finditer(raw, quotation.sentence_start, quotation.open))
        if any(self.is_past_verb(word.group()) for word in lead[1:]):
            return None  # ('Leading Brexiteers proposed ... "natural allies" Australia, Canada ...': a clause, no phrase)
        comma = raw.find(",", quotation.close + 1, quotation.sentence_end)
        if comma < 0 or any(raw.find(mark, quotation.close + 1, comma) >= 0 for mark in (*self._marks, ";")):
            return None
        words = list(islice(self._token.finditer(raw, quotation.close + 1, comma), self.MAX_OPENER_TAIL_WORDS + 1))
        if not words or len(words) > self.MAX_OPENER_TAIL_WORDS:
            return None
        for word in words:
            low = word.group().casefold()
            if self.is_cue_word(low) or low in self._relatives or low in self._thing_relatives:
                return None  # ('Citing "the rules" that Ortiz said were void, ...': the words are hers)
        return comma

    def name_set_off_before(self, words: str) -> bool:
        """Whether the only commas of *words* (a participle's object up to a quotation) set off
        a name in apposition that ends them (``Calling his rival, Ruth Miller, "..."``): two
        commas, a name between them (every word capitalised, a name of
        :meth:`~newsparse.names.NameModel.trailing_name`), nothing but spaces after the second.

        .. versionadded:: 0.2"""
        parts = words.split(",")
        if len(parts) != 3 or parts[2].strip() or not parts[0].strip():
            return False
        name = parts[1].split()
        return bool(name) and all(w[:1].isupper() for w in name) and self.names.trailing_name(name) == len(name)

    def naming_agent(self, raw: str, quotation: Quotation) -> Mention | None:
        """The agent of a naming verb in the passive that names with the quotation, when one of
        :attr:`AGENT_WORDS` follows the closing mark (``The mayor was called "a liar" by Ana
        Ortiz``, ``the inquiry -- often labeled a "witch hunt" by Democrats -- ...``): the agent
        says the words.  The verb is the last cue or naming verb before the quotation
        (:meth:`attributing_verb`), one of :attr:`NAMING_VERBS` in the past; the agent at most
        :attr:`MAX_NAME_WORDS` words up to punctuation, a dash or one of :attr:`PHRASE_END_WORDS`,
        a speaker's phrase with no verb in the past after its first word (``by its fans played
        on Sunday``: no agent).  ``None`` otherwise.

        .. versionadded:: 0.2
        """
        verb = self.attributing_verb(raw, quotation)
        if verb is None or verb.group() not in self._naming or not self.is_past_verb(verb.group()):
            return None
        after = quotation.close + 1
        while after < quotation.sentence_end and raw[after].isspace():
            after += 1
        agent = self._token.match(raw, after, quotation.sentence_end, KEEP_GIL)
        if agent is None or agent.group().casefold() not in self._agents:
            return None
        match = self._agent_phrase.match(raw, agent.end(), quotation.sentence_end)
        if match is None:
            return None
        span = self.without_period(raw, match.span("np"))
        phrase = raw[span[0] : span[1]]
        if any(w[:1].islower() and self.is_past_verb(w) for w in phrase.split()[1:]):
            return None  # ('called "the Squad" by its fans played on Sunday': a clause goes on)
        if self.names_no_one(phrase) or not self.is_speaker_phrase(phrase, lenient=True):
            return None
        return self.mention(raw, span)

    def passive_naming(self, raw: str, verb: regex.Match[str]) -> bool:
        """Whether *verb* is a naming verb in the passive (``The plan was called "a disaster"``,
        ``the deal has been described as "a betrayal"``, ``Getting called "a liar"`` after one of
        :attr:`GET_PASSIVES`): its subject is the thing named, never the speaker."""
        word = verb.group()
        if word not in self._naming or (self.GERUND_SUFFIX and word.endswith(self.GERUND_SUFFIX)):
            return False
        words = raw[max(0, verb.start() - self.NAMED_WINDOW) : verb.start()].split()
        return self.auxiliary_ends(words) or (bool(words) and words[-1].casefold() in self._get_passives)

    def judged_passive(self, raw: str, quotation: Quotation) -> int | None:
        """Where the last of :attr:`JUDGED_PARTICIPLES` before *quotation* in its sentence, within
        :attr:`NAMING_WINDOW` characters, stands when one of :attr:`JUDGED_PREPOSITIONS` follows it
        right away, no object between, and the charge it brings in is the quotation, at most
        :attr:`JUDGED_CHARGE_WORDS` words and no comma, semicolon or colon between
        (``Water bosses accused of "rewarding failure"``, ``Mayor blamed for the "chaos"``): a
        passive without its auxiliary, whose subject is the one judged, never the one who
        speaks; ``None`` when there is none, when an object stands between (``MPs accused the
        bosses of "..."``: the verb is active and its subject speaks), or when the participle
        judges someone else in an aside and the quotation is another verb's (``Tom Berg called
        the minister, accused of bullying staff last year, "a disgrace"``: Tom Berg's).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 only a quotation that is the charge itself."""
        if not self._judged_participles:
            return None
        floor = quotation.sentence_start
        window = self.word_boundary(raw, max(floor, quotation.open - self.NAMING_WINDOW), floor)
        words = list(self._word.finditer(raw, window, quotation.open, False, KEEP_GIL))
        for first, second in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
            if first.group().casefold() not in self._judged_participles:
                continue
            adjacent = not raw[first.end() : second.start()].strip()
            if not adjacent or second.group().casefold() not in self._judged_prepositions:
                return None
            # (the charge: the quotation after a few words, "of being "a liar"", never past a comma)
            charge = raw[second.end() : quotation.open]
            if len(charge.split()) > self.JUDGED_CHARGE_WORDS or any(mark in charge for mark in ",;:"):
                return None
            return first.start()
        return None

    def is_claim_noun(self, raw: str, verb: regex.Match[str]) -> bool:
        """Whether a cue word found before a quotation is one of :attr:`CLAIM_NOUNS` right after
        a possessive (``Ortiz's warning that``, ``Lee's remarks about``): a noun, not a verb."""
        if verb.group().casefold() not in self._claim_nouns:
            return False
        before = raw[max(0, verb.start() - 3) : verb.start()].rstrip()
        return before != strip_possessive(before)

    def claim_noun(self, raw: str, quotation: Quotation) -> regex.Match[str] | None:
        """The claim noun that owns a quotation in its sentence (``Ortiz's claim that there were
        "thousands of errors"``: ``claim``): one of :attr:`CLAIM_NOUNS` right after a possessive,
        at most :attr:`CLAIM_REACH` words before the quotation, one of :attr:`CLAIM_LINKS` right
        after it and none of :attr:`CLAIM_BREAKS` nor :attr:`CLAIM_STOPS` between; ``None`` for
        anything else (``Ortiz's charge "pathetic"``: the words judge the claim)."""
        if not self._claim_nouns:
            return None
        floor = quotation.sentence_start
        window = self.word_boundary(raw, max(floor, quotation.open - self.NAMING_WINDOW), floor)
        words = list(self._word.finditer(raw, window, quotation.open, False, KEEP_GIL))
        for k in range(len(words) - 1, -1, -1):
            if words[k].group().casefold() not in self._claim_nouns:
                continue
            if len(words) - 1 - k > self.CLAIM_REACH and not self.is_claim_noun(raw, words[k]):
                continue  # (past the reach only a possessive's claim noun tells)
            tail = raw[words[k].end() : quotation.open]
            if any(mark in tail for mark in self.CLAIM_BREAKS) or any(
                w.group().casefold() in self._claim_stops for w in words[k + 1 :]
            ):
                return None  # ('Ortiz's claim, she said, "..."': another clause)
            if not self.claim_link(words[k + 1 : k + 2 + self.CLAIM_LINK_GAP]):
                if k == len(words) - 1 and self.is_claim_noun(raw, words[k]):
                    continue  # ('Ortiz's claim that the mayor's warning "..."': the claim around it owns the words)
                return None  # ('Ortiz's charge "pathetic"', 'Lee's remarks as "..."': the words judge the claim)
            return words[k] if self.is_claim_noun(raw, words[k]) else None
        return None

    def claim_link(self, after: Sequence[regex.Match[str]]) -> bool:
        """Whether one of :attr:`CLAIM_LINKS` stands among the words *after* a claim noun (at most
        :attr:`CLAIM_LINK_GAP` of them before it, ``claim on Monday that``), none of those words
        a cue word, a naming verb or a verb in the past (``Ortiz's claim angered Lee that``: no).

        .. versionadded:: 0.2
        """
        for word in after:
            low = word.group().casefold()
            if low in self._claim_links:
                return True
            if self.is_cue_word(low) or word.group() in self._naming or self.is_past_verb(word.group()):
                return False
        return False

    def possessive_source(self, raw: str, noun: regex.Match[str], floor: int) -> Mention | None:
        """The owner of a claim *noun* (:meth:`claim_noun`) when it is a name (``The site checked
        Ana Ortiz's claim that ...``: ``Ana Ortiz``) or a noun for one person after a determiner
        (``the judge's warning that ...``: ``the judge``), its words after *floor*; ``None`` when
        the owner is neither (``the city's claim``, ``his claim``)."""
        return self.possessive_owner(raw, noun.start(), floor)

    def possessive_owner(self, raw: str, end: int, floor: int) -> Mention | None:
        """The possessive that ends the words before *end* (after *floor*) when it is a name or a
        noun for one person after a determiner, without its possessive ending
        (:meth:`possessive_source`, :meth:`quoted_claim_owner`); ``None`` for anything else.

        .. versionadded:: 0.2
        """
        window = self.word_boundary(raw, max(floor, end - self.NAMED_WINDOW), floor)
        words = list(self._word.finditer(raw, window, end))
        if not words:
            return None
        owner = words[-1].group()
        bare = strip_possessive(owner)
        count = self.names.trailing_name([strip_possessive(w.group()) for w in words[-self.MAX_NAME_WORDS :]])
        if count == 0 and len(words) > 1 and bare != owner and words[-2].group().casefold() in self._determiners:
            low = bare.casefold()
            one_person = self.is_singular_person_noun(low) and low not in self._groups and low not in self._collectives
            if words[-2].group().casefold() not in self._possessive_determiners and one_person:
                # ("rejected the judge's warning that ...": the judge, a role written as the owner)
                return self.mention(raw, (words[-2].start(), words[-1].end() - (len(owner) - len(bare))))
        if count == 0 or bare.casefold() in self._pronouns:
            return None
        return self.mention(raw, (words[-count].start(), words[-1].end() - (len(owner) - len(bare))))

    def coordinated_subject(self, raw: str, floor: int, verb: regex.Match[str]) -> Mention | None:
        """The subject of a verb joined to *verb* by a coordinator right before it (``such as when
        Ortiz knocked Lee on trade and called him "a moderate"``: ``Ortiz``): the phrase before the
        nearest verb in the past before the coordinator, within :attr:`NAMING_WINDOW` characters
        after *floor* and no comma between; ``None`` when there is none, when that verb opens a
        relative clause (``a colleague who pinched her and told her``) or when the phrase before
        it follows a preposition (``during a visit``).  A verb whose phrase follows a noun closes
        a relative clause without its pronoun (``thanked the volunteers the city hired and
        called them``): the verb before that phrase is the one joined."""
        window = self.word_boundary(raw, max(floor, verb.start() - self.NAMING_WINDOW), floor)
        words = list(self._word.finditer(raw, window, verb.start()))
        if len(words) < 3 or words[-1].group() not in self._coordinators:
            return None
        k = len(words) - 2
        while k > 0:
            word = words[k].group()
            if "," in raw[words[k].end() : words[-1].start()]:
                return None  # (another clause: "..., and called him ...")
            if word[:1].islower() and self.is_past_verb(word):
                if self.is_relative(words[k - 1].group()):
                    return None  # ("a colleague who pinched her and told her": the relative clause's)
                np = self.phrase_before(raw, words[k].start(), floor, lenient=True)
                if np is None or self.token_before(raw, np[0], floor).casefold() in self._prepositions:
                    return None  # ("Ortiz during a visit thanked ... and called": no time speaks)
                head = self.noun_before_phrase(raw, words, self.name_after_noun(raw, np))
                if head < 0:
                    return self.mention(raw, np)
                k = head  # ("the bill the House passed": the verb before "the bill" is joined)
            k -= 1
        return None

    #: The most words between a free relative pronoun and the naming verb of its clause
    #: (``what some critics have called``: :meth:`free_relative_start`).
    MAX_FREE_RELATIVE_WORDS: ClassVar[int] = 4

    def free_relative_start(self, raw: str, floor: int, verb: regex.Match[str]) -> int | None:
        """Where the words after a free relative pronoun (:attr:`FREE_RELATIVES`: ``what``) start
        when *verb*, a naming verb or a cue, is that clause's (``Cole is what some have called
        "..."``, ``In what he called "..."``): at most :attr:`MAX_FREE_RELATIVE_WORDS` words, no
        punctuation, stand between the pronoun and the verb; the clause's subject is its speaker,
        never the sentence's.  ``None`` otherwise (a verb joined after the clause is the
        sentence's: :meth:`joined_after_free_relative`, read first).

        .. versionadded:: 0.2
        """
        if not self.FREE_RELATIVES:
            return None
        words = self.words_before_verb(raw, floor, verb, self.MAX_FREE_RELATIVE_WORDS + 1)
        pronoun = self.free_relative_pronoun(words[:-1])
        if pronoun is None:
            return None
        between = raw[pronoun.end() : verb.start()]
        return pronoun.end() if not any(c in between for c in ",;:()\"“”") else None

    def words_before_verb(self, raw: str, floor: int, verb: regex.Match[str], count: int) -> list[regex.Match[str]]:
        """The last *count* words before *verb*, after *floor*, within :attr:`NAMING_WINDOW`.

        .. versionadded:: 0.2
        """
        window = self.word_boundary(raw, max(floor, verb.start() - self.NAMING_WINDOW), floor)
        return list(self._word.finditer(raw, window, verb.start(), False, KEEP_GIL))[-count:]

    def free_relative_pronoun(self, words: Sequence[regex.Match[str]]) -> regex.Match[str] | None:
        """The last of :attr:`FREE_RELATIVES` among *words*, or ``None``.

        .. versionadded:: 0.2
        """
        for word in reversed(words):
            if word.group().casefold() in self._free_relatives:
                return word
        return None

    def joined_after_free_relative(self, raw: str, floor: int, verb: regex.Match[str]) -> int | None:
        """Where the free relative pronoun starts (:attr:`FREE_RELATIVES`) when *verb* is joined by a
        coordinator right before it to the sentence's verb before that pronoun (``Tom Berg knew what
        voters wanted and called the deal "..."``: Berg's words, never the voters'): at most
        :attr:`MAX_FREE_RELATIVE_WORDS` words, no punctuation, between the pronoun and the
        coordinator.
        ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if not self.FREE_RELATIVES:
            return None
        words = self.words_before_verb(raw, floor, verb, self.MAX_FREE_RELATIVE_WORDS + 2)
        if not words or words[-1].group().casefold() not in self._coordinators:
            return None
        pronoun = self.free_relative_pronoun(words[:-1])
        if pronoun is None or any(c in raw[pronoun.end() : verb.start()] for c in ",;:()\"“”"):
            return None
        return pronoun.start()

    def joined_in_relative(self, raw: str, floor: int, verb: regex.Match[str]) -> bool:
        """Whether *verb* is joined by a coordinator right before it to the verb in the past of a
        relative clause (``a man who attacked Ortiz and called him "..."``), read as
        :meth:`coordinated_subject` reads it, or to a relative clause whose verb no suffix shows
        (``a driver who hit a cyclist and called her``): the quotation is that clause's, whose
        subject is unnamed, never the sentence's subject.  Only a clause of
        :attr:`PERSONAL_RELATIVE_PRONOUNS` on an object after a verb in the past, and not before one
        of :attr:`PLURAL_OBJECT_PRONOUNS` (``Ortiz thanked those who helped and called them
        "heroes"``: Ortiz names them).

        .. versionadded:: 0.2
        """
        window = self.word_boundary(raw, max(floor, verb.start() - self.NAMING_WINDOW), floor)
        words = list(self._word.finditer(raw, window, verb.start()))
        if len(words) < 3 or words[-1].group() not in self._coordinators:
            return False
        after = raw[verb.end() : verb.end() + self.MAX_NAME_WORDS * 8].split(maxsplit=1)  # (bounded)
        if after and after[0].casefold().strip(",.;:") in self._plural_objects:
            return False  # ("Ortiz thanked those who helped and called them "...": them, those helped)
        for k in range(len(words) - 2, 0, -1):
            if "," in raw[words[k].end() : words[-1].start()]:
                return False
            word = words[k].group()
            relative = k
            if word[:1].islower() and self.is_past_verb(word):
                relative = k - 1
            elif not self.is_relative(word):
                continue
            # (a person's relative clause on an object: "Police arrested a man who ...", not "The
            # mayor who attacked Ortiz and called him ... resigned", nor "the town that flooded")
            if words[relative].group().casefold() not in self._personal_relatives:
                return False
            return any(w.group()[:1].islower() and self.is_past_verb(w.group()) for w in words[:relative])
        return False

    def name_after_noun(self, raw: str, np: tuple[int, int]) -> int:
        """Where a capitalised name starts that follows a lower-case noun inside the phrase *np*
        (``the plan Lee``: ``Lee``), the noun being no role (``the chairman Lee`` is one person)
        nor a word of :attr:`PERSON_NOUNS`; else ``np[0]``."""
        inside = list(self._word.finditer(raw, np[0], np[1]))
        for i in range(len(inside) - 1, 0, -1):
            word, name = inside[i - 1].group(), inside[i].group()
            form = word.casefold()
            if name[:1].isupper() and word[:1].islower():
                if form in self._stop or form in self._person_nouns or self.vocabulary.is_role_noun(form):
                    return np[0]
                return inside[i].start()
        return np[0]

    def noun_before_phrase(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> int:
        """The index in *words* of a lower-case noun that stands right before the phrase at
        *start*, with only blanks between and a determiner left out (``the bill [the House]``,
        ``the plan [Lee]``; not ``writers, [actors]``): a word that is no stop word,
        preposition, coordinator or verb in the past.
        ``-1`` when there is none (the phrase opens the clause or follows a verb)."""
        i = bisect_left([w.start() for w in words], start) - 1
        if i >= 0 and words[i].group().casefold() in self._determiners and words[i + 1].start() >= start:
            i -= 1  # (phrase_before may leave a lower-case article out: "the [House]")
        if i < 0 or raw[words[i].end() : words[i + 1].start()].strip():
            return -1
        word = words[i].group()
        form = word.casefold()
        if not word[:1].islower() or self.is_past_verb(word):
            return -1
        if form in self._stop or form in self._prepositions or form in self._coordinators or form in self._relatives:
            return -1
        return i

    def object_in_phrase(self, raw: str, np: tuple[int, int]) -> tuple[int, int]:
        """*np*, the phrase before a participle, from the word after a verb in the past inside it
        (``The protesters carried banners`` -> ``banners``): the words before it are a clause
        whose object the participle follows.  The verb is the phrase's third word or later and
        not after an adverb (``the recently elected mayor``).  So is it from its second word when
        its first is an ``-ing`` form in lower case and no stop word (``..., carrying signs`` ->
        ``signs``).

        .. versionchanged:: 0.2 after an ``-ing`` form too."""
        words = list(self._word.finditer(raw, np[0], np[1]))
        for k in range(len(words) - 2, 1, -1):
            if self.is_past_verb(words[k].group()) and not self.is_adverb(words[k - 1].group().casefold()):
                return words[k + 1].start(), np[1]
        first = words[0].group() if words else ""
        gerund = bool(self.GERUND_SUFFIX) and first.islower() and first.endswith(self.GERUND_SUFFIX)
        if len(words) > 1 and gerund and first not in self._stop:
            return words[1].start(), np[1]  # ("and carrying signs saying": the signs, carried by the subject)
        return np

    #: How many words the object of one of :attr:`CAUSATIVE_VERBS` may have (``prompted Ana Ruiz
    #: to say``): :meth:`caused_speaker`.
    CAUSED_OBJECT_WORDS: ClassVar[int] = 6

    def caused_speaker(self, raw: str, floor: int, cue_start: int) -> tuple[int, int] | None:
        """The speaker of an infinitive cue at *cue_start* after one of :attr:`CAUSATIVE_VERBS`:
        its object (``The vote prompted Ana Ruiz to say: "..."``, ``leading the mayor to declare
        that "..."``) or, after a passive auxiliary, the subject before it (``Ruiz was prompted to
        say``); ``None`` when one of :attr:`INFINITIVE_MARKERS` is not right before the cue or no
        causative verb within :attr:`CAUSED_OBJECT_WORDS` words before it, no punctuation between,
        or the object names no speaker (``Ruiz went on to say``, ``urged the mayor to say``: the
        words are wished for, not said; ``prompted the report to state``)."""
        said = self._word.match(raw, cue_start, None, KEEP_GIL)
        if not self._causatives or said is None or said.group().casefold() in self._caused_thoughts:
            return None  # ("led his audience to believe ...": a belief, no words said)
        marker = self.token_start(raw, cue_start, floor)
        if raw[marker:cue_start].strip() in self._coordinators and marker > floor:
            # ("prompted Ruiz to make a joke and call him "...": the first infinitive's subject)
            first = self.coordinated_infinitive(raw, floor, marker)
            return self.caused_speaker(raw, floor, first) if first is not None else None
        if raw[marker:cue_start].strip() not in self._infinitive_markers or marker <= floor:
            return None
        if self.token_before(raw, marker, floor).casefold() in self._causatives:
            verb = self.token_start(raw, marker, floor)  # ("Ruiz was prompted to say": the passive's subject)
            if self.token_before(raw, verb, floor).casefold() not in self._passive:
                return None
            np = self.phrase_before(raw, self.token_start(raw, verb, floor), floor, lenient=True)
        else:
            # (the object: up to CAUSED_OBJECT_WORDS words between the verb and the marker, no punctuation)
            window = max(floor, marker - self.NAMED_WINDOW)
            words = list(self._word.finditer(raw, window, marker, False, KEEP_GIL))[-self.CAUSED_OBJECT_WORDS - 1 :]
            verbs = [k for k, word in enumerate(words[:-1]) if word.group().casefold() in self._causatives]
            if not verbs:
                return None
            np = (words[verbs[-1] + 1].start(), words[-1].end())
            if any(ch in ",;:()" or ch in self._marks for ch in raw[np[0] : np[1]]):
                np = self.apposed_object(raw, np, marker)  # ("leading the treasurer, Ana Ruiz, to say")
        if np is None or self.names_no_one(raw[np[0] : np[1]]) or not self.is_speaker_phrase(raw[np[0] : np[1]], lenient=True):
            return None
        return np

    #: How many characters before an infinitive marker :meth:`caused_infinitive_before` reads
    #: for a causative verb and its object (at most :attr:`CAUSED_OBJECT_WORDS` words).
    CAUSED_CLAUSE_WINDOW: ClassVar[int] = 120

    def caused_infinitive_before(self, raw: str, floor: int, stop: int) -> tuple[int, Mention | None] | None:
        """A quotation at *stop* right after an infinitive that follows one of
        :attr:`CAUSATIVE_VERBS` and its object (``leading Ana Ruiz to counter that "..."``,
        ``forcing the council to drop its "..."``), its verb no cue the grammar reads: the
        infinitive's start and its object as the speaker when one of :attr:`THAT_WORDS` comes
        right before the quotation (:meth:`caused_speaker`: a clause of words said), or no one
        (an act, not speech); the sentence's subject never speaks there.  ``None`` when no such
        infinitive comes within its last few words before the quotation, or the causative has no
        object before the marker or a passive auxiliary before it (``Ana Ruiz was forced to defend
        her "..."``, ``felt compelled to``: the subject's own act, read as ever).

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, max(floor, stop - self.NAMED_WINDOW), stop, False, KEEP_GIL))[-4:]
        if raw[words[-1].end() : stop].strip(" \t") if words else True:
            return None  # (only blanks between the last word and the quotation)
        for k in range(len(words) - 2, -1, -1):
            if words[k].group().casefold() not in self._infinitive_markers:
                continue
            verb = words[k + 1]
            # (the causative among the object's words before the marker, however long they are:
            # "leading Labour councillors like Ana Ruiz to counter that")
            before = list(self._word.finditer(raw, max(floor, words[k].start() - self.CAUSED_CLAUSE_WINDOW), words[k].start()))
            before = before[-self.CAUSED_OBJECT_WORDS - 1 :]
            at = next((i for i in range(len(before) - 1, -1, -1) if before[i].group().casefold() in self._causatives), None)
            if at is None or any(ch in ";:" or ch in self._marks for ch in raw[before[at].end() : words[k].start()]):
                return None
            if at == len(before) - 1 or (at and before[at - 1].group().casefold() in self._passive):
                return None  # (no object, a passive: "was forced to defend her ...", "felt compelled to": the subject's act)
            said = words[-1].group().casefold() in self._that_words and k + 2 == len(words) - 1
            np = self.caused_speaker(raw, floor, verb.start()) if said else None
            return verb.start(), (self.mention(raw, np) if np is not None else None)
        return None

    #: The most words between an infinitive and one of :attr:`COORDINATORS` before a second verb
    #: that the infinitive's marker governs too (``to make a joke about yoga and call``).
    COORDINATED_INFINITIVE_WORDS: ClassVar[int] = 6

    def coordinated_infinitive(self, raw: str, floor: int, coordinator: int) -> int | None:
        """The start of an infinitive's verb that one of :attr:`COORDINATORS` at *coordinator*
        joins a second verb to (``to make a joke about yoga and call``: ``make``): one of
        :attr:`INFINITIVE_MARKERS` at most :attr:`COORDINATED_INFINITIVE_WORDS` words before the
        coordinator, no punctuation in between; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(raw, max(floor, coordinator - self.NAMED_WINDOW * 2), coordinator, False, KEEP_GIL))
        words = words[-self.COORDINATED_INFINITIVE_WORDS - 2 :]
        for k in range(len(words) - 2, -1, -1):
            if words[k].group().casefold() in self._infinitive_markers:
                if any(ch in ",;:()" or ch in self._marks for ch in raw[words[k].end() : coordinator]):
                    return None
                return words[k + 1].start()
        return None

    def after_causative(self, raw: str, floor: int, cue_start: int) -> bool:
        """Whether the cue at *cue_start* follows one of :attr:`INFINITIVE_MARKERS` with one of
        :attr:`CAUSATIVE_VERBS` among the :attr:`CAUSED_OBJECT_WORDS` words before that, read from
        *floor* (``prompting Ortiz, Berg and Lee to say``): the infinitive's subject is the verb's
        object, whoever that is, never the sentence's subject.

        .. versionadded:: 0.2
        """
        said = self._word.match(raw, cue_start, None, KEEP_GIL)
        if said is None or said.group().casefold() in self._caused_thoughts:
            return False  # ("led his audience to believe": no words said, as caused_speaker reads it)
        marker = self.token_start(raw, cue_start, floor)
        if marker <= floor or raw[marker:cue_start].strip() not in self._infinitive_markers:
            return False
        words = list(self._word.finditer(raw, max(floor, marker - self.NAMED_WINDOW), marker))
        return any(word.group().casefold() in self._causatives for word in words[-self.CAUSED_OBJECT_WORDS - 1 :])

    def apposed_object(self, raw: str, np: tuple[int, int], marker: int) -> tuple[int, int] | None:
        """The name in *np*, the object of a causative verb with one comma in it and one more
        comma between it and the infinitive marker at *marker*: a role in lower case then a full
        name (``leading the city treasurer, Ana Ruiz, to say``: ``Ana Ruiz``) or a full name then
        a role (``prompting Ana Ruiz, the treasurer, to say``: ``Ana Ruiz``); ``None`` for anything
        else (``leading Ortiz, Berg and Lee to say``: more than one person).

        .. versionadded:: 0.2
        """
        phrase = raw[np[0] : np[1]]
        comma = phrase.find(",")
        if raw[np[1] : marker].strip() != "," or comma < 0 or any(ch in ",;:()" or ch in self._marks for ch in phrase[comma + 1 :]):
            return None
        if any(ch in ";:()" or ch in self._marks for ch in phrase[:comma]):
            return None
        first, second = phrase[:comma].split(), phrase[comma + 1 :].split()
        if not first or not second:
            return None

        def full_name(words: list[str]) -> bool:
            return 2 <= len(words) <= self.MAX_NAME_WORDS and self.names.trailing_name(words) == len(words)

        if first[0][:1].islower() and full_name(second):
            start = np[0] + comma + 1
            return start + len(phrase[comma + 1 :]) - len(phrase[comma + 1 :].lstrip()), np[1]
        if second[0][:1].islower() and full_name(first):
            return np[0], np[0] + len(phrase[:comma].rstrip())
        return None

    def cue_before_comma(self, raw: str, start: int, participle: int) -> Mention | None:
        """The speaker of an attribution that fills the clause before the comma of a *participle*
        (``The plan is popular, Smith said, calling it "..."``, ``..., the mayor told reporters,
        calling ...``, ``..., said Smith, calling ...``): the one who does what the participle
        says, not the subject that opens the sentence."""
        comma = raw.rindex(",", start, participle)
        clause = raw.rfind(",", start, comma) + 1 or start
        cue = None
        for found in self.cues(raw, clause, comma):
            cue = found  # (the last one)
        phrasal = " " in cue.group() and cue.group().casefold() not in self._according if cue is not None else False
        if cue is None or not (self.is_cue_word(cue.group()) or phrasal):  # (a phrasal cue: "shot back")
            return None
        if self.noun_in_gerund(raw, cue, clause):
            return None  # ("issued an amber warning, saying ...": a noun, no cue of its own)
        if not raw[clause : cue.start()].strip():
            np = self.phrase_after(raw, cue.end(), comma, lenient=True)  # "..., said Smith, calling"
            return self.mention(raw, np) if np is not None and not raw[np[1] : comma].strip() else None
        told = self._object.match(raw, cue.end(), comma)
        rest = raw[told.end() if told is not None else cue.end() : comma]
        if rest.strip() and self._adverbial.fullmatch(rest) is None:
            # (a time or place may close the clause: "Ortiz shot back in a statement, saying")
            return None  # "the budget the mayor said was balanced, calling ...": a clause goes on
        np = self.phrase_before(raw, cue.start(), clause, lenient=True)
        return self.mention(raw, np) if np is not None else None

    def agreed_with(self, raw: str, verb: regex.Match[str], quotation: Quotation) -> Mention | None:
        """The one agreed with when *verb* is one of :attr:`AGREEMENT_VERBS` followed by one of
        :attr:`AGREEMENT_LINKS`, a speaker phrase (:meth:`is_speaker_phrase`), maybe an aside in
        brackets, and one of :attr:`THAT_WORDS` right before the quotation (``I agree with Dr Ana
        Ruiz (Letters, 4 May) that "..."``): the words are that person's, the subject only agrees;
        ``None`` otherwise.

        .. versionadded:: 0.2
        """
        if verb.group().casefold() not in self._agreement_verbs:
            return None
        words = list(self._word.finditer(raw, verb.end(), quotation.open))
        if len(words) < 3 or words[0].group().casefold() not in self._agreement_links:
            return None
        if words[-1].group().casefold() not in self._that_words or raw[words[-1].end() : quotation.open].strip():
            return None
        end = words[-1].start()
        bracket = raw.find("(", words[0].end(), end)
        if bracket >= 0 and raw.rfind(")", bracket, end) >= 0 and not raw[raw.rfind(")", bracket, end) + 1 : end].strip():
            end = bracket  # (an aside in brackets after the name: "(Letters, 4 May)")
        while end > words[0].end() and raw[end - 1].isspace():
            end -= 1
        start = words[1].start()
        phrase = raw[start:end]
        if "," in phrase or not self.is_speaker_phrase(phrase):
            return None
        return self.mention(raw, (start, end))

    def noun_in_gerund(self, raw: str, cue: regex.Match[str], floor: int) -> bool:
        """Whether *cue*, one word in :attr:`GERUND_SUFFIX`, is a noun: a determiner stands before
        it with at most two lower-case words between (``an amber warning``, ``a warning``, ``a
        bright orange warning``), none of :attr:`BE_WORDS` (``is warning``), after *floor*.

        .. versionadded:: 0.2
        """
        word = cue.group()
        if not self.GERUND_SUFFIX or " " in word or not word.casefold().endswith(self.GERUND_SUFFIX):
            return False
        before = raw[max(floor, cue.start() - self.NAMED_WINDOW) : cue.start()].split()[-3:]
        for k, prior in enumerate(reversed(before)):
            low = prior.casefold()
            if low in self._determiners:
                return True
            if k > 1 or not prior.isalpha() or not prior.islower() or low in self._be_words:
                return False
        return False

    #: The most capitalised words of a body's name read back before the phrase a relative pronoun
    #: follows, to the link before them (:meth:`person_before_link`; a bound).
    #:
    #: .. versionadded:: 0.2
    MAX_BODY_WORDS: ClassVar[int] = 4

    def person_before_link(self, raw: str, np: tuple[int, int], verb_start: int, floor: int) -> tuple[int, int] | None:
        """The phrase from a noun for people in lower case up to the end of *np*, when *np*, the
        phrase before a naming verb with one of :attr:`PERSONAL_RELATIVE_PRONOUNS` between, is the
        object of one of :attr:`POST_MODIFIERS`' links after that noun (capitalised words of the
        body's name before *np* too, at most :attr:`MAX_BODY_WORDS`), maybe after a participle
        (``a lawyer for Acme Tools who described ...``, ``a fundraiser working for Harbour Action
        who introduced himself as ...``): the pronoun is the person's, never the body's; read from
        *floor*.  ``None`` otherwise.

        .. versionadded:: 0.2
        """
        between = raw[np[1] : verb_start].split()
        if len(between) != 1 or between[0].casefold() not in self._personal_relatives:
            return None
        reach = self.NAMED_WINDOW * 2  # (a body's name, its link, a participle and the noun's phrase)
        words = list(self._word.finditer(raw, max(floor, np[0] - reach), np[0], False, KEEP_GIL))
        k = len(words) - 1
        while k >= 0 and words[k].group()[:1].isupper() and len(words) - k <= self.MAX_BODY_WORDS:
            k -= 1  # (the body's name before the phrase read: "Priorities USA" before "Action")
        if k < 1 or words[k].group() not in self._cuts:
            return None
        k -= 1
        if self.GERUND_SUFFIX and words[k].group().endswith(self.GERUND_SUFFIX) and k > 0:
            k -= 1  # ("a fundraiser working for ...": the participle's noun)
        noun = words[k].group()
        if not noun[:1].islower() or not self.is_people_noun(noun.casefold(), personal=True):
            return None
        start = words[k].start()
        for j in range(k - 1, max(-1, k - 1 - self.MAX_BODY_WORDS), -1):
            low = words[j].group().casefold()
            if low in self._determiners:
                start = words[j].start()  # ("a Washington fundraiser": from its article)
                break
            if low in self._stop or low in self._cuts:
                break
        return start, np[1]

    def reduced_relative(self, raw: str, np: tuple[int, int]) -> tuple[int, int]:
        """*np*, the phrase before a naming verb, less a thing that the verb names before its
        subject (``a scheme prosecutors described as "..."``: ``prosecutors``): when an article
        and words that name no one stand before a plural person or group noun in lower case, or
        before the capitalised words that end the phrase (``in a way Auditor Ana Ortiz slammed as
        "..."``, ``handling funds in the way Tom Berg called "..."``: the name alone, never the
        words before it, however far back the phrase reaches)."""
        words = list(self._word.finditer(raw, np[0], np[1], False, KEEP_GIL))
        named = self.name_after_thing(raw, words)
        if named is not None:
            return named, np[1]
        if len(words) < 3 or words[0].group().casefold() not in self._determiners:
            return np
        last = words[-1].group()
        plural = last[:1].islower() and last.endswith("s") and self.is_person_noun(last.casefold(), endings=False)
        if plural and self.names_no_one(raw[np[0] : words[-2].end()]):
            return words[-1].span()
        return np

    def name_after_thing(self, raw: str, words: Sequence[regex.Match[str]]) -> int | None:
        """For :meth:`reduced_relative`: where the capitalised words that end *words* start, when
        the words right before them are the last of :attr:`DETERMINERS` and nouns in lower case
        that name no one (``a way``, ``the plan``): the subject of a relative clause with no
        pronoun, the noun its object.  ``None`` when no such thing stands there, or when its noun
        names someone (``the former mayor Ana Ortiz``: one person).

        .. versionadded:: 0.2
        """
        k = len(words)
        while k > 0 and words[k - 1].group()[:1].isupper():
            k -= 1
        if k == 0 or k == len(words):
            return None
        article = next((j for j in range(k - 1, -1, -1) if words[j].group() in self._determiners), None)
        if article is None or k - article < 2 or raw[words[article].end() : words[k - 1].end()].strip() != " ".join(
            w.group() for w in words[article + 1 : k]
        ):
            return None  # (only blanks between the article and the name: no comma, no mark)
        if not all(w.group().isalpha() and w.group().islower() for w in words[article + 1 : k]):
            return None
        thing = raw[words[article].start() : words[k - 1].end()]
        return words[k].start() if self.names_no_one(thing) else None

    def names_a_thing(self, raw: str, quotation: Quotation, verb: regex.Match[str]) -> bool:
        """Whether a naming verb right before the quotation names a thing after a noun (``a class
        called "Perception"``, ``a group dubbed "the Squad"``): the noun is no speaker.  Not after
        a pronoun, an auxiliary or an adverb (``which he called "a remnant"``, ``have called``), nor
        in the clause of a free relative (:meth:`free_relative_start`: ``what the mayor called "a
        disaster"``, whose subject speaks)."""
        if verb.group().casefold() not in self._naming or raw[verb.end() : quotation.open].strip():
            return False
        before = raw[max(quotation.sentence_start, verb.start() - self.NAMED_WINDOW) : verb.start()].split()
        if not before:
            return False
        word = before[-1]
        low = word.casefold()
        grammar = low in self._pronouns or low in self._adverbs or low in self._stop
        if not (word.isalpha() and word.islower()) or grammar:
            return False
        # ('what the mayor called "a disaster"', "what critics called": the free relative's subject names it)
        return self.free_relative_start(raw, quotation.sentence_start, verb) is None

    def is_free_standing(self, raw: str, open_: int, close: int, sentence: tuple[int, int]) -> bool:
        """Whether a quotation with no attribution fills its sentence (so it is someone's words,
        not a phrase in quotation marks); a full stop after the closing mark (``"...".``) still
        ends the sentence."""
        if raw[sentence[0] : open_].strip() or raw[close + 1 : sentence[1]].strip().strip(self.SENTENCE_END):
            return False
        return len(raw[open_:close].split(None, 3)) >= 4  # four words or more, counted up to four

    #: How far after an attribution's speaker and cue :meth:`introduces_next` looks for the comma
    #: or colon and the opening mark of the quotation it introduces, in characters.
    INTRODUCTION_REACH: ClassVar[int] = 8

    def introduces_next(self, raw: str, inner_end: int, attribution: Attribution) -> bool:
        """Whether *attribution*, read after a quotation whose words end with a full stop at
        *inner_end* (not an ellipsis), introduces the next quotation instead: a comma or a colon
        follows its speaker and cue, then an opening quotation mark and a capital letter, within
        :attr:`INTRODUCTION_REACH` characters (``"... of a local developer." The mayor replied,
        "As you know ..."``): the words before are someone else's, not the mayor's.

        .. versionadded:: 0.2
        """
        if inner_end < 1 or raw[inner_end - 1] != "." or raw[max(0, inner_end - 3) : inner_end] == "...":
            return False
        end = max(attribution.speaker[1], attribution.cue.end)
        rest = raw[end : end + self.INTRODUCTION_REACH].lstrip()
        if rest[:1] not in (",", ":"):
            return False
        rest = rest[1:].lstrip()
        mark = next((digraph for digraph in self.QUOTE_DIGRAPHS if rest.startswith(digraph)), rest[:1])
        if mark not in self._closers and mark not in self.QUOTE_DIGRAPHS:
            return False
        # (a sentence of its own from a capital letter; '"We lost." Ortiz said, "but ..."' goes on)
        # (a digraph read as one mark keeps its width with a blank: '" Hearing')
        return rest[len(mark) :].lstrip()[:1].isupper()

    def writer_completed(self, raw: str, open_: int, close: int, sentence: tuple[int, int]) -> bool:
        """Whether a quotation (its marks at *open_* and *close*) with no attribution opens its
        *sentence* with a capital letter and four words or more, not all capitalised and no title
        in title case (:meth:`is_title`),
        and the writer ends that sentence
        after the closing mark with a short phrase: at most :attr:`MAX_WRITER_TAIL_WORDS` words
        opened by one of :attr:`WRITER_TAIL_PREPOSITIONS` in lower case, with no quotation mark,
        comma, colon or semicolon (``"That is the fight we are taking" to the rest of the
        country.``).  Such a quotation is someone's words as a free-standing one is
        (:meth:`is_free_standing`), those of the speaker quoted before it in its paragraph.

        .. versionadded:: 0.2
        """
        if raw[sentence[0] : open_].strip():
            return False
        start, end = self.strip_inner(raw, open_ + 1, close)
        spoken = raw[start:end].split()
        if len(spoken) < 4 or not spoken[0][:1].isupper() or all(word[:1].isupper() for word in spoken):
            return False  # (nor a title or a slogan, every word capitalised: "Make Our Town Great Again")
        if self.is_title(spoken):
            return False  # (a title with its small words in lower case: "The Glass Menagerie of the South")
        tail = raw[close + 1 : sentence[1]].strip().rstrip(self.SENTENCE_END)
        words = tail.split(None, self.MAX_WRITER_TAIL_WORDS)
        if not words or len(words) > self.MAX_WRITER_TAIL_WORDS or words[0] not in self._writer_tail_prepositions:
            return False
        return not any(ch in self._marks or ch in ",;:" for ch in tail)

    def is_spoken_sentence(self, raw: str, open_: int, close: int, sentence: tuple[int, int]) -> bool:
        """Whether a quotation (its marks at *open_* and *close*) with no attribution is a short
        sentence of its own, too short for :meth:`is_free_standing`: it fills its *sentence*, and
        its words, fewer than :attr:`SHORT_QUOTE_WORDS`, run from a capital letter to one of
        :attr:`SENTENCE_END` (``"Do not wait."``, ``"Go home!"``, ``"Why?"``).  Such a quotation
        is the words of the speaker who spoke before it in the paragraph, or, when it opens its
        paragraph, of the paragraph's attributed speaker, else the last paragraph's unless that one only
        carried a speaker on (:meth:`direct_quotes`, :meth:`continuing_speaker`); a word in quotation
        marks inside a sentence (``a "fair" deal``) is none.

        .. versionadded:: 0.2
        """
        if raw[sentence[0] : open_].strip() or raw[close + 1 : sentence[1]].strip().strip(self.SENTENCE_END):
            return False
        start, end = self.strip_inner(raw, open_ + 1, close)
        if end <= start or not raw[start].isupper() or raw[end - 1] not in self.SENTENCE_END:
            return False
        return len(raw[start:end].split(None, self.SHORT_QUOTE_WORDS)) < self.SHORT_QUOTE_WORDS

    def quotation_opens(self, raw: str, at: int) -> bool:
        """Whether nothing but blanks stands before *at* in the paragraph *raw* (a quotation that
        opens its paragraph); reads back from *at* only while it meets blanks."""
        while at > 0 and raw[at - 1].isspace():
            at -= 1
        return at == 0

    def speaks_of_someone(self, words: str) -> bool:
        """Whether a quotation's *words* hold a pronoun for a third person (``she``, ``his``):
        then they may be about the subject of the sentence before, not spoken by it."""
        # (a long quotation's words read one at a time, never all listed at once)
        listed = words.split() if len(words) < self.SPLIT_WORDS_BELOW else (m.group() for m in _WORD.finditer(words))
        return any(word.strip(".,;:!?\"'’”“").casefold() in self._third_person for word in listed)

    def subject_before(
        self, raw: str, start: int, sentences: Sequence[tuple[int, int]], starts: Sequence[int], state: State
    ) -> Speaker | None:
        """The speaker of a quotation that fills its sentence at *start*, right after a sentence of
        the same paragraph with no quotation marks whose subject is a person (``The judge turned
        to the jury. "You must ..."``): a name the article knows, ``he``/``she``, or a role or
        person noun after an article; not a passive subject (``Lee was attacked by ...``), nor
        when that sentence names someone else after its subject (``Ortiz met Ben Lee.``).
        *starts* are the sentences' starts."""
        index = bisect_right(starts, start) - 1
        if index < 1:
            return None
        before = sentences[index - 1]
        if any(raw.find(mark, before[0], before[1]) >= 0 for mark in self._marks):
            return None
        if self.empty_saying(raw, before):
            return None  # ("Ana Ruiz said nothing. "We ..."": she gave no words for the quotation to be)
        subject = self.sentence_subject(raw, before) or self.bare_attribution_subject(raw, before)
        speaker = self.person_subject(raw, subject, state)
        if speaker is None or subject is None:
            return None
        others = state.index.people_between(state.absolute(subject.end), state.absolute(before[1]))
        if any(person.name != speaker.name for person in others):
            return None  # "Ana Ortiz met Ben Lee at the harbour. "..."": either may speak
        return speaker

    def empty_saying(self, raw: str, sentence: tuple[int, int]) -> bool:
        """Whether one of the first :attr:`MAX_EMPTY_SAYING_CUES` cues of *sentence* has one of
        :attr:`~newsparse.quotes.words.QuoteWords.EMPTY_SAYING_WORDS` right after it, then no word
        or one of the prepositions (``Ana Ruiz said nothing.``, ``The minister said so in March.``;
        not ``said so many people came``): a saying of no words, whose subject gives none to the
        quotation after it.

        .. versionadded:: 0.2
        """
        for cue in islice(self.cues(raw, sentence[0], sentence[1]), self.MAX_EMPTY_SAYING_CUES):
            word = self._token.match(raw, cue.end() + 1) if raw[cue.end() : cue.end() + 1] == " " else None
            if word is None or word.group().casefold() not in self._empty_saying_words:
                continue
            # (then the sentence's end, a mark or a preposition: not "said so many people came")
            after = self._token.match(raw, word.end() + 1) if raw[word.end() : word.end() + 1] == " " else None
            if after is None or after.group() in self._prepositions:
                return True
        return False

    #: The most cues of a sentence :meth:`empty_saying` reads (a bound).
    #:
    #: .. versionadded:: 0.2
    MAX_EMPTY_SAYING_CUES: ClassVar[int] = 3

    def bare_attribution_subject(self, raw: str, sentence: tuple[int, int]) -> Mention | None:
        """For :meth:`subject_before`: the speaker's phrase of a *sentence* that is an attribution
        and nothing more, its one cue (no participle) followed by at most an object or an
        adverbial before the full stop, and the phrase before the cue opening the sentence or set
        off after its name (``Ana Ortiz, the harbour master, said in a statement.``, ``The mayor
        told reporters on Tuesday.``): the words it attributes are the quotation after it.  Never
        a cue after an auxiliary or a negation (``Ortiz did not say.``, ``declined to comment.``:
        no phrase before the cue), nor a sentence of two cues.

        .. versionadded:: 0.2
        """
        end = sentence[1]
        while end > sentence[0] and raw[end - 1].isspace():
            end -= 1
        if end <= sentence[0] or raw[end - 1] != ".":
            return None
        end -= 1
        cues = list(islice(self.cues(raw, sentence[0], end), 2))
        if len(cues) != 1 or cues[0].group() in self._participles:
            return None
        cue = cues[0]
        trailing = raw[cue.end() : end]
        if trailing.strip() and not (
            self._object.fullmatch(trailing, 0, None, KEEP_GIL) is not None
            or self._adverbial.fullmatch(trailing, 0, None, KEEP_GIL) is not None
            or self.object_then_adverbial(trailing)
        ):
            return None  # ("Ortiz said the port would close.": words of its own, no attribution alone)
        np = self.phrase_before(raw, cue.start(), sentence[0], lenient=True)
        if np is None:
            return None
        opening = raw[sentence[0] : np[0]].strip()
        # (the phrase opens the sentence, or follows the name it describes: "Sam Lau, the director ... said")
        named = opening[:-1].split()
        if opening and not (
            opening.endswith(",") and 0 < len(named) <= self.MAX_NAME_WORDS and all(w[:1].isupper() for w in named)
        ):
            return None
        return self.mention(raw, np)

    def other_named_before(self, carried: Speaker | None, start: int, state: State) -> bool:
        """Whether the paragraph names someone other than *carried* (the speaker a quotation at
        *start* would carry on from an earlier paragraph) before that quotation (``"...,"
        Robert Lutz told a briefing.`` then ``Ana Ortiz, a vice president, said the firm would
        sell "a few hundred cars." "We hope to reach 5,000."``): either may speak it.  A name inside
        quotation marks is quoted words, no one named (``"... give Uncle Sam" the money, he said.``).

        .. versionadded:: 0.2
        """
        if carried is None:
            return False
        people = state.index.people_between(state.paragraph_start, state.absolute(start), self.MAX_SUBJECTS)
        return any(
            person.name != carried.name
            and not self.inside_marks(person.start - state.paragraph_start, state.paragraph_marks)  # (not quoted words)
            for person in people
        )

    def unless_someone_else(
        self,
        raw: str,
        offset: int,
        nearest: Quote,
        start: int,
        sentences: Sequence[tuple[int, int]],
        starts: Sequence[int],
        state: State,
    ) -> Speaker | None:
        """*nearest*'s speaker for a quotation at *start* that goes on from it, unless the sentence
        right before the quotation stands between them, has no quotation marks and no cue, and has
        another person as its subject (:meth:`person_subject`: ``"...," said Jane Roe. The judge, Tom
        Berg, left the room. "..."``: either may speak, so no one).  Only that one sentence is
        read: linear in a paragraph of many.

        .. versionadded:: 0.2
        """
        speaker = nearest.speaker
        here = bisect_right(starts, start) - 1
        there = bisect_right(starts, nearest.span.end - offset) - 1
        if speaker is None or here - 1 <= there:
            return speaker
        before = sentences[here - 1]
        if any(raw.find(mark, before[0], before[1]) >= 0 for mark in self._marks):
            return speaker
        if next(iter(self.cues(raw, before[0], before[1])), None) is not None:
            return speaker  # (a sentence of reported speech: "..., dos Santos says." goes on)
        # (its subject, a person: "Roloson supports Hillary Clinton." goes on with Roloson)
        # ("The judge, Tom Berg, left the room.": a subject with an appositive is one too)
        mention = (
            self.sentence_subject(raw, before)
            or self.appositive_subject(raw, before, described=True)
            or self.appositive_opener(raw, before)
        )
        subject = self.person_subject(raw, mention, state)
        return None if subject is not None and subject.name != speaker.name else speaker

    def appositive_opener(self, raw: str, sentence: tuple[int, int]) -> Mention | None:
        """The name in a role and its appositive that open *sentence* (``The judge, Tom Berg, left
        the room.``, ``Her lawyer, Ana Ortiz, ...``: the name), read up to its second comma by
        :meth:`~newsparse.quotes.grammar.SpeakerGrammar.appositive_before`; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        first = raw.find(",", sentence[0], sentence[1])
        second = raw.find(",", first + 1, sentence[1]) if first >= 0 else -1
        if second < 0:
            return None
        pos = second + 1
        while pos < sentence[1] and raw[pos].isspace():
            pos += 1
        span = self.appositive_before(raw, sentence[0], pos)
        return self.mention(raw, span) if span is not None and span[0] > sentence[0] else None

    def dropped_speaker(self, raw: str, verb: tuple[int, int], state: State, number: int) -> Speaker | None:
        """The speaker of a cue whose subject is dropped (the verb at *verb* stands for it): the
        one :meth:`dropped_subject` names, with no mention (an empty one and no span: the text names
        no one there, and the verb is the cue, never its speaker's words); ``None`` when no one is
        sure.

        A plural verb (:meth:`plural_verb`: ``Dijeron que ...``, ``Luego explicaron que ...``) is
        never one person's: its subject is :meth:`plural_dropped_subject`.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2
           No mention (lang61); it was the verb.
        .. versionchanged:: 0.2 a plural verb is never one person's (mendQ61)
        """
        at = state.absolute(verb[0])
        if self.plural_verb(raw[verb[0] : verb[1]]):
            name = self.plural_dropped_subject(at, state, number)  # ("Marta Gil visitó ... Luego explicaron que")
        else:
            name = self.dropped_subject(at, state, number)
        if name is None:
            return None
        return Speaker(name, "", None)

    def plural_verb(self, verb: str) -> bool:
        """Whether *verb*, a cue's words, holds a plural verb: a word that ends in one of
        :attr:`PLURAL_VERB_ENDINGS` after a letter at least (Spanish ``dijeron``, ``afirman``,
        ``han dicho``, ``se quejaron``; not ``dijo``, ``ha dicho``, nor ``en`` alone).

        .. versionadded:: 0.2 (mendQ61)
        .. versionchanged:: 0.2 one letter before the ending is enough: ``han`` (reader61b)."""
        endings = self.PLURAL_VERB_ENDINGS
        return bool(endings) and any(
            word.endswith(ending) and len(word) >= len(ending) + 1 for word in verb.casefold().split() for ending in endings
        )

    def plural_dropped_subject(self, at: int, state: State, number: int) -> str | None:
        """The name a dropped subject at *at* of a plural verb refers to (:meth:`plural_verb`):
        the last speaker of this paragraph or the one before when that speaker is several
        (:meth:`several_speaking`: ``Los vecinos dijeron ... Luego explicaron que ...``) and the
        paragraph names no one else as a subject before *at* (:meth:`someone_else_subject`);
        ``None`` otherwise, never one person named before (``La alcaldesa Marta Gil visitó el
        barrio. Hoy dijeron que ...``: others said it).

        .. versionadded:: 0.2 (mendQ61)"""
        last = state.last_speaker
        if last is None or number - state.last_speaker_paragraph > 1 or not self.several_speaking(last.mention):
            return None
        return None if self.someone_else_subject(at, state) else last.name

    def several_speaking(self, mention: str) -> bool:
        """Whether a speaker's *mention* names several: two joined by one of :attr:`COORDINATORS`
        (``Ana Ruiz y Luis Gil``) or a head in lower case that ends in one of the vocabulary's
        ``PLURAL_ENDINGS`` (``los vecinos``, ``Los sindicatos``; not ``la alcaldesa``, ``Marta
        Gil``).

        .. versionadded:: 0.2 (mendQ61)"""
        words = mention.split()
        if len(words) > 2 and any(word.casefold() in self._coordinators for word in words[1:-1]):
            return True
        head = strip_possessive(words[-1]).rstrip(".,;:") if words else ""
        return head.isalpha() and head.islower() and head.endswith(tuple(self.vocabulary.PLURAL_ENDINGS))

    def dropped_subject(self, at: int, state: State, number: int) -> str | None:
        """The name a dropped subject at *at* refers to: the person the paragraph names as a
        sentence's subject before it, when it names no one else, or set off by commas after a role
        opening the sentence before (:meth:`apposed_actor_before`), else the last speaker of this
        paragraph or the one before unless the paragraph names someone else before *at* as a
        sentence's subject or its possessor (:meth:`someone_else_subject`), else the one person
        the paragraph before names as a subject when this one names no one
        (:meth:`previous_paragraph_actor`), else ``None`` (no one sure).

        .. versionadded:: 0.2
        """
        people = {person.name for person in self.paragraph_people(at, state) if not self.after_org_noun(state.text, person.start)}
        if len(people) > 1:
            # ("Ana Ruiz y Luis Gil hablaron. Añadió que ...": either of them; but the one named at the
            # sentence's quotation right before: "«...», dijo Ana Ruiz. «...», agregó.", lang65)
            return self.speaker_just_before(at, state, number)
        named = self.paragraph_subject(at, state)
        if named:
            return named
        last = state.last_speaker
        apposed = self.apposed_actor_before(at, state) if named is None else None
        if apposed is not None:
            return apposed  # ("El ministro, Unai Sordo, celebró el pacto. «...», dijo.": Sordo)
        if named is None and last is not None and number - state.last_speaker_paragraph <= 1:
            if self.someone_else_subject(at, state):
                return None  # ("El secretario general de CCOO, Unai Sordo, celebró ... «...», dijo.": not the one before)
            return last.name  # (not for a name as object or in a modifier: "El ministro elogió a Pedro Sánchez.")
        if named is None and not people and (last is None or number - state.last_speaker_paragraph > 1):
            return self.previous_paragraph_actor(at, state)  # ("La ministra Ana Ruiz llegó a las diez." then "«...», dijo.")
        return None

    def speaker_just_before(self, at: int, state: State, number: int) -> str | None:
        """For :meth:`dropped_subject`, when the paragraph names several people before *at*: the
        last speaker, when the paragraph (*number*) names that speaker in the sentence right before
        the dropped subject's, or in its own, and no one after the name (``Pedro Sanz habló
        primero. «...», dijo Ana Ruiz. «...», agregó.``: Ana Ruiz, the verb going on from her
        sentence); ``None`` otherwise (``«...», dijo Ana Ruiz. Pedro Sanz la escuchó. «...», agregó.``:
        either of them).

        .. versionadded:: 0.2 (lang65)"""
        last = state.last_speaker
        if last is None or last.span is None or not last.mention or state.last_speaker_paragraph != number:
            return None
        start, end = last.span.start, last.span.end
        if not state.paragraph_start <= start < at or any(end <= p.start < at for p in self.paragraph_people(at, state)):
            return None
        base, starts = state.paragraph_start, state.sentence_starts
        return last.name if bisect_right(starts, at - base) - bisect_right(starts, end - base) <= 1 else None

    def previous_paragraph_actor(self, at: int, state: State) -> str | None:
        """For :meth:`dropped_subject`, when the paragraph names no one before *at*, the verb's
        sentence opens it, and no speaker of this paragraph or the one before is known: the one
        person the paragraph right before names, when it names no one else and the name is the
        subject of its sentence there, maybe after a determiner and a role in lower case or a
        title (``La ministra Ana Ruiz llegó a las diez.`` then ``«Es tarde», dijo.``: Ana Ruiz, as
        English ``she said`` reads her), with a word in lower case, the verb, after it; ``None``
        otherwise (``El ministro elogió a Pedro Sánchez.``: the name is the verb's object, the one
        who speaks unnamed).  Bounded: two people of that paragraph at most are read.

        .. versionadded:: 0.2
        """
        previous = state.previous_paragraph
        if previous is None or bisect_right(state.sentence_starts, at - state.paragraph_start) > 1:
            return None
        people = state.index.people_between(previous.start, previous.end, 2)
        if len({person.name for person in people}) != 1:
            return None
        person = people[0]
        text = state.text
        floor = max(previous.start, person.start - self.PHRASE_WINDOW)  # (a bound: the role before the name is short)
        opening = max(text.rfind(end, floor, person.start) for end in self.SENTENCE_END)
        lead = text[max(floor, opening + 1) : person.start].split()
        if opening < 0 and floor > previous.start:
            return None  # (no sentence's start in reach before the name)
        vocabulary = self.vocabulary
        if len(lead) > self.MAX_ROLE_BEFORE_NAME + 1 or not all(
            w.casefold() in self._determiners or w.islower() or vocabulary.is_title(w) for w in lead
        ):
            return None
        if lead and (lead[0].casefold() not in self._determiners and not vocabulary.is_title(lead[0])):
            return None  # ("Según Ana Ruiz, ...", "con Ana Ruiz": a preposition, no subject)
        name_end = person.start
        for word in person.words:
            found = text.find(word, name_end, previous.end)
            if found < 0:
                return None
            name_end = found + len(word)
        following = text[name_end : min(previous.end, name_end + self.NAMED_WINDOW)].split(None, 1)
        if not following or not following[0][:1].islower():
            return None
        return self.resolve_name(person.name, person.start, state)

    def after_org_noun(self, text: str, start: int) -> bool:
        """Whether the word right before *start* (a name's first word) is an organisation word of the
        vocabulary in lower case (``de la consultora Analytica Sur``, ``la empresa Textiles Norte``):
        the name is the body's, no person's who might speak.

        .. versionadded:: 0.2
        """
        before = text[max(0, start - self.NAMED_WINDOW) : start].split()
        return bool(before) and before[-1].islower() and self.vocabulary.is_org_word(before[-1])

    def apposed_actor_before(self, at: int, state: State) -> str | None:
        """The name of the person set off by commas after a role that opens the sentence right
        before *at*'s own in its paragraph (:meth:`apposed_subject`: ``El ministro, Unai Sordo,
        celebró el pacto.``), resolved; ``None`` when that sentence opens otherwise.

        .. versionadded:: 0.2
        """
        index = bisect_right(state.sentence_starts, at - state.paragraph_start) - 1
        if index < 1:
            return None
        subject = self.apposed_subject(state.paragraph_text, state.sentence_starts[index - 1], state.sentence_starts[index], state)
        if subject is None or subject.several or not subject.person:
            return None
        return self.resolve_name(subject.mention.text, state.absolute(subject.mention.start), state)

    def signature_after(self, raw: str, offset: int, inner: tuple[int, int], state: State) -> tuple[int, Speaker] | None:
        """The speaker who signs a quotation with no attribution, and where its words end: its last
        line, or, when the quotation runs to the end of its paragraph *raw* (at *offset* in the
        text) with no closing mark, the next line of the text, holds only a name of two to
        :attr:`MAX_NAME_WORDS` words (a whole name, :meth:`~newsparse.names.NameModel.trailing_name`),
        a comma and a description of at most :attr:`MAX_SIGNATURE_CHARS` characters before the
        quotation's closing mark (``"We have never seen this. ...`` / ``Ana Ruiz, port authority
        chair."``: Ana Ruiz, resolved; the words end before her line), a role only
        (:meth:`signing_description`: not ``Tom Berg, his deputy, did not answer."``); ``None``
        otherwise.

        .. versionadded:: 0.2
        """
        if inner[0] < 1 or raw[inner[0] - 1] not in self._marks:
            return None
        text = state.text
        closed = inner[1] < len(raw) and raw[inner[1]] in self._closing_text
        if closed:
            line = raw.rfind("\n", inner[0], inner[1])
            start, stop = offset + line + 1, offset + inner[1] + 1
            words_end = line
            sign_off = self._sign_off_after_sentence
            closing = sign_off.search(raw, max(line, inner[0]), inner[1]) if sign_off is not None else None
            if closing is not None:  # ("We thank you. Yours, Dr Ann Cole, Mayor.": the closing on the words' line)
                start, words_end = offset + closing.end(), closing.start() + 1
        else:
            end = offset + len(raw)
            if raw[inner[1] :].strip() or text[end : end + 1] != "\n":
                return None
            stop = text.find("\n", end + 1)
            start, stop = end + 1, len(text) if stop < 0 else stop
            words_end = inner[1]
        if words_end <= inner[0] or stop - start > self.MAX_SIGNATURE_CHARS + self.MAX_NAME_WORDS * self.NAMED_WINDOW:
            return None
        signed = self._signature_line.match(text, start, stop, KEEP_GIL)
        if signed is None:
            return None
        words = signed["name"].split()
        titles = self.leading_titles(words)  # ("Dr Ann Cole, Mayor.": the title is no part of the name)
        if not 2 <= len(words) - titles <= self.MAX_NAME_WORDS or self.names.trailing_name(words[titles:]) != len(words) - titles:
            return None
        if not self.signing_description(text[signed.end("name") : signed.end()]):
            return None
        while words_end > inner[0] and raw[words_end - 1].isspace():
            words_end -= 1
        at = signed.start("name")
        return words_end, Speaker(self.resolve_name(signed["name"], at, state), signed["name"], Span(at, signed.end("name")), None)

    def leading_titles(self, words: Sequence[str]) -> int:
        """How many of *words*, a name as a signature writes it, are titles before the name
        (``Vocabulary.is_title``: ``Dr Ann Cole`` -> 1, ``Prof. Ravi Menon`` -> 1).

        .. versionadded:: 0.2
        """
        count = 0
        while count < len(words) and self.vocabulary.is_title(words[count]):
            count += 1
        return count

    def signing_description(self, description: str) -> bool:
        """Whether *description*, the words after the name and its comma on a line that may sign
        a quotation, is only a role (``port authority chair."``), not the rest of a sentence the
        name opens (``his deputy, did not answer."``, ``who ran the port, is a friend."``): none
        of its words is one of :attr:`RELATIVE_PRONOUNS`, :attr:`THING_RELATIVE_PRONOUNS`,
        :attr:`CLAUSE_AUXILIARIES`, :attr:`PASSIVE_AUXILIARIES`, :attr:`CLAUSE_VERBS` or a cue, or
        ends like a verb in the past.

        .. versionadded:: 0.2
        """
        for token in description.split():
            word = token.strip(".,;:!?()[]\"'“”‘’«»—–-")
            low = word.casefold()
            if (
                low in self._relatives
                or low in self._thing_relatives
                or low in self._clause_auxiliaries
                or low in self._passive
                or low in self._clause_verbs
                or self.is_cue_word(low)
                or self.is_past_verb(word)
            ):
                return False
        return True

    def follow_on_speaker(self, nearest: Quote | None, carried: Speaker | None, state: State) -> Speaker | None:
        """The speaker of a quotation with no attribution of its own that follows *nearest*, the
        paragraph's last attributed quote before it: that quote's speaker (``"...," said Roe.
        "...," said Berg. "..."``: Berg, not Roe), unless it is a pronoun no one was found for;
        else *carried*, the speaker :meth:`continuing_speaker` gives, unless the article shows
        *carried* for another pronoun (:meth:`other_gender`, or a given name of
        :attr:`GENDER_WORDS`' other pronoun: ``"...," Ana Ortiz said. Her brother said ...
        "...," he said. "..."``: his words, not hers), when the pronoun stays as the speaker.

        .. versionchanged:: 0.2 no speaker carried on across a pronoun of the other gender."""
        if nearest is None or nearest.speaker is None:
            return carried
        pronoun = nearest.speaker.name.casefold()
        if pronoun not in self._pronouns:
            return nearest.speaker
        if carried is not None and pronoun in self._gendered and (
            self.other_gender(carried.name, pronoun, state)
            or self.given_words_gender(carried.name.split()) not in (None, pronoun)
        ):
            return nearest.speaker  # (the pronoun left as written: someone, never the other one)
        return carried

    def person_subject(self, raw: str, subject: Mention | None, state: State) -> Speaker | None:
        """*subject*, a sentence's subject, resolved when it is a person: a name the article knows,
        ``he``/``she``, or a listed person, group or organisation noun after an article (``the
        judge``, ``the port authority``); not a passive subject (``Lee was attacked by ...``)."""
        if subject is None or self.names_no_one(subject.text):
            return None
        following = raw[subject.end : subject.end + self.NAMED_WINDOW].split()[:1]
        if following and following[0].casefold() in self._passive:
            return None
        words = subject.text.split()
        head = words[-1].casefold()
        listed = self.is_person_noun(head, endings=False) and head not in self._document_nouns
        described = words[0].casefold() in self._determiners and listed
        pronoun = len(words) == 1 and head in self._persons
        speaker = self.resolve(subject, state, None)
        if speaker is None or not (described or pronoun or self.is_known_name(speaker.name, state)):
            return None
        return speaker

    def dialogue_question(self, raw: str, inner: tuple[int, int]) -> bool:
        """Whether the unattributed quotation whose words run from ``inner[0]`` to ``inner[1]`` is
        a paragraph of dialogue (one that opens with a dash of :attr:`DIALOGUE_DASHES`) holding
        one question and nothing else: its words end with a mark of :attr:`QUESTION_ENDS` and hold
        no other sentence's end (French ``— Et les usagers ?`` between the answers of an
        interview): the reporter's question, never the last speaker's words.  Always ``False``
        in a language whose dashes open no dialogue (English).

        .. versionadded:: 0.2 (mendQT67)"""
        if not self.DIALOGUE_DASHES or raw.lstrip()[:1] not in self.DIALOGUE_DASHES:
            return False
        words = raw[inner[0] : inner[1]].rstrip()
        if not words or words[-1] not in self.QUESTION_ENDS:
            return False
        return not any(c in self.SENTENCE_END for c in words[:-1].rstrip("".join(self.QUESTION_ENDS)))

    def continuing_speaker(self, found: Sequence[Quote], state: State, number: int) -> Speaker | None:
        """The speaker of an unattributed quotation: the paragraph's attributed speaker, else the
        previous paragraph's."""
        for quote in found:
            if quote.speaker is not None:
                return quote.speaker
        if state.colon_speaker is not None and state.colon_paragraph == number - 1:
            return state.colon_speaker
        if state.last_speaker is not None and number - state.last_speaker_paragraph <= 1:
            # ('"...," Ortiz said. The council voted 5-2.' then '"We will appeal the ruling."': not sure)
            if state.speaker_followed or self.asks_someone(state.text, state.last_speaker.span):
                return None  # ('"Did you do it?" the judge asked Tom Berg.' then '"No, sir."': the answer)
            return state.last_speaker
        return None

    def asks_someone(self, text: str, span: Span | None) -> bool:
        """Whether the speaker's mention at *span* in *text* follows a quotation that ends with a
        question mark and goes before one of :attr:`QUESTION_VERBS` and one person asked (the
        person told's pattern; not a group, nor one of :attr:`OBJECT_WORDS` but ``him``/``her``),
        which close the sentence (``"Did you do it?" the judge asked Tom Berg.``): the quotation
        after it is that person's answer, never the asker's.  Not for a question with no one asked
        or asked of an audience (``"Why does it matter?" Tom Berg asked.``, ``... asked
        reporters.``: the asker may answer it).

        .. versionadded:: 0.2
        """
        if span is None or "?" not in text[max(0, span.start - self.QUESTION_MARK_REACH) : span.start]:
            return False
        verb = self._word.match(text, span.end + 1, span.end + self.NAMED_WINDOW)
        if verb is None or text[span.end : verb.start()] != " " or verb.group().casefold() not in self._question_verb_ends:
            return False
        asked = self._object.match(text, verb.end(), verb.end() + self.NAMED_WINDOW)
        if asked is None:
            return False
        # (the object's pattern may take the period of the sentence's end: "asked Tom Berg.")
        if not (text[asked.end() - 1] == "." or text[asked.end() : asked.end() + 1] in self.SENTENCE_END):
            return False
        one = asked.group().strip().rstrip(".")
        if one.casefold() in self._object_forms:
            return True  # ("asked him.")
        # (one person, not an audience: "Obama asked Republican politicians." may answer himself)
        return one.casefold() not in self._object_words and not self.is_plural(one)

    def remember_colon(self, text: str, paragraph: Paragraph, number: int, state: State) -> None:
        """A paragraph that ends ``..., Viguerie said:`` introduces the quotation in the next one:
        remember its speaker; with no cue, the subject of its last sentence when that is a person
        (:meth:`person_subject`: ``President Ortiz released the following statement:``)."""
        start, end = paragraph.span.start, paragraph.span.end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and text[end - 1] == ".":
            self.remember_statement(text, paragraph, number, state)
        if end == start or text[end - 1] != ":":
            return  # (read in the input: no copy of a paragraph that does not end so)
        raw = paragraph.span.slice(text)
        tail_start = max(0, end - start - 200)
        cues = list(self.cues(raw, tail_start, len(raw)))
        if not cues:
            # "President Ortiz released the following statement:": the last sentence's subject
            last = (state.sentence_starts[-1] if state.sentence_starts else 0, len(raw))
            if any(raw.find(mark, last[0]) >= 0 for mark in self._marks):
                return
            label = self.label_colon(raw, end - start - 1, last)  # ("Said Ellis:", "Jane Roe, author:")
            if label is not None:
                state.paragraph_start = paragraph.span.start
                state.colon_speaker = self.resolve(self.mention(raw, label.speaker), state, None)
                state.colon_paragraph = number
                return
            speaker = self.person_subject(raw, self.clause_subject(raw, last, len(raw)), state)
            if speaker is not None:
                state.colon_speaker, state.colon_paragraph = speaker, number
            return
        cue = cues[-1]
        tail = raw[cue.end() :].rstrip()[:-1]
        if tail.strip(" \t\n\r\xa0,:") and self._object.fullmatch(tail) is None and not self.object_colon_tail(tail):
            return  # (but "told reporters:" and "said about the plan:" introduce it)
        # (from the cue's sentence only: "... in the first place. McCrummen reports:" is McCrummen)
        floor = max(tail_start, self.colon_sentence_start(raw, cue.start()))
        np = self.phrase_before(raw, cue.start(), floor) or self.phrase_after(raw, cue.end(), len(raw))
        if np is None:
            return
        state.paragraph_start = paragraph.span.start
        state.colon_speaker = self.resolve(self.mention(raw, np), state, None)
        state.colon_paragraph = number

    def colon_sentence_start(self, raw: str, at: int) -> int:
        """For :meth:`remember_colon`: where the sentence of paragraph *raw* that holds *at* (its
        cue) starts, so that the speaker's phrase before the cue is read from there, never across
        the end of the sentence before (``The woman disputes it in the first place. McCrummen
        reports:``: McCrummen).

        .. versionadded:: 0.2
        """
        start = 0
        for sentence_start, _ in self.sentences(raw, self.quotation_marks(raw)):
            if sentence_start > at:
                break
            start = sentence_start
        return start

    def remember_statement(self, text: str, paragraph: Paragraph, number: int, state: State) -> None:
        """A paragraph that is one sentence of an attribution with nothing said, its cue followed
        only by where or how the words came (:meth:`colon_tail`) and a full stop (``Ana Ruiz said
        in a statement.``), introduces the quotation in the next one as a colon would
        (:meth:`remember_colon`): remember the phrase before the cue as its speaker.

        .. versionadded:: 0.2"""
        if len(state.sentence_starts) > 1:
            return  # (before the paragraph is sliced: most are more than one sentence)
        raw = paragraph.span.slice(text).rstrip()
        if any(map(raw.__contains__, self._marks)):
            return
        cues = self.statement_cues(raw, state)
        if len(cues) != 1 or cues[0].group() in self._participles:
            return
        cue = cues[0]
        if not self.colon_tail(raw[cue.end() : len(raw) - 1]):
            return
        np = self.phrase_before(raw, cue.start(), 0)
        if np is None or raw[: np[0]].strip():
            return
        state.paragraph_start = paragraph.span.start
        state.colon_speaker = self.resolve(self.mention(raw, np), state, None)
        state.colon_paragraph = number

    def statement_cues(self, raw: str, state: State) -> list[regex.Match[str]]:
        """:meth:`cues` of all of *raw*, a paragraph's text without its closing blanks, for
        :meth:`remember_statement`: looked up in the scan of the paragraph just read
        (``State.paragraph_scan``) when that scanned the same words, else read again.

        .. versionadded:: 0.2"""
        scan = state.paragraph_scan
        if scan is not None and scan.text.startswith(raw) and not scan.text[len(raw) :].strip():
            with self.scanning(scan):
                return list(self.cues(scan.text, 0, len(raw)))
        return list(self.cues(raw, 0, len(raw)))

    def manner_after_cue(self, trailing: str) -> bool:
        """Whether *trailing*, the words between a cue and the colon or comma before a quotation,
        is one adverb in lower case (:meth:`is_adverb_word`) that tells how the words were said
        (``said simply: "..."``, ``said flatly, "..."``, ``replied only: "..."``): the quotation
        is the cue's, a direct one, the adverb no part of it.

        .. versionadded:: 0.2 (mendQ65)"""
        words = trailing.split()
        return len(words) == 1 and self.is_adverb_word(words[0])

    #: The most capitalised words of the name set off by a comma after the one told
    #: (:meth:`told_apposed_object`: ``told his counterpart, Antony J. Blinken:``).
    #:
    #: .. versionadded:: 0.2 (mendQT66)
    MAX_TOLD_NAME_WORDS: ClassVar[int] = 4

    def told_apposed_object(self, trailing: str) -> bool:
        """Whether *trailing*, the words between a cue of :attr:`OBJECT_VERBS` and a quotation, are
        only the one told: a phrase that opens with a determiner or a possessive determiner, holds
        no preposition, ends in a title, a role or a noun for people (never ``the story in her
        memoir``) and names no clause (:meth:`told_tail`: ``his US counterpart``, ``her French counterpart``,
        ``the visiting prime minister``), maybe with that person's name set off by a comma after
        it (``his US counterpart, Antony Blinken``: one to :attr:`MAX_TOLD_NAME_WORDS` capitalised
        words), then a colon or a comma at most.  The quotation is then the cue's, a direct one,
        and the one told no part of it.

        .. versionadded:: 0.2 (mendQT66)"""
        body = trailing.strip().rstrip(":,").rstrip()
        head, comma, name = body.rpartition(",")
        if comma:
            names = name.split()
            if not 1 <= len(names) <= self.MAX_TOLD_NAME_WORDS or not all(w[:1].isupper() for w in names):
                return False
        else:
            head = body
        words = head.split()
        if not words or not (words[0].casefold() in self._possessive_determiners or words[0].casefold() in self._determiners):
            return False
        if any(w.casefold() in self._prepositions for w in words):
            return False  # ("told the story in her memoir, "...": a thing told, the quotation a title)
        last = words[-1].casefold()
        if not (self.vocabulary.is_title(last) or self.vocabulary.is_role_noun(last) or last in self._person_nouns):
            return False  # (a person told: "counterpart", "minister", "staff"; never "the kneepad story")
        return "," not in head and self.told_tail(head)

    def object_colon_tail(self, tail: str) -> bool:
        """:meth:`colon_tail`, maybe after the person told (``told reporters on Monday
        evening:``, ``told the council after the vote:``)."""
        if self.colon_tail(tail):
            return True
        told = self._object.match(tail)
        return told is not None and self.colon_tail(tail[told.end() :])

    def colon_tail(self, tail: str) -> bool:
        """Whether *tail*, the words between a paragraph's last cue and the colon that ends the
        paragraph, only say what the words are about or when they were said (``said about its
        platform:``, ``reported after the polls closed:``): at most :attr:`MAX_COLON_TAIL_WORDS`
        words that open with one of :attr:`COLON_TAIL_PREPOSITIONS`, with no sentence end and no
        quotation mark in them.  The quotation in the next paragraph is still the cue's."""
        words = tail.split()
        if not words or len(words) > self.MAX_COLON_TAIL_WORDS or words[0].casefold() not in self._colon_tail_prepositions:
            return False
        return not any(ch in self._marks or ch in self.SENTENCE_END for ch in tail)

    def transcript_label(self, raw: str, offset: int, quote: Quote, state: State) -> Quote:
        """*quote* (a quotation-marked one) as spoken by the speaker label that opens it in a
        transcript (``"WALLACE: Let's start ..."``, ``"Chris Matthews: Seriously ..."``), the words
        after the colon its text: the quotation opens its paragraph, and the label is a surname in
        capitals or a full name, of someone the article names (so that ``"BREAKING: ..."`` or
        ``"Update: ..."`` names no one).  Any other quote is returned as it is."""
        if quote.kind is not QuoteKind.DIRECT or quote.paragraph is None:
            return quote
        start, end = quote.span.start - offset, quote.span.end - offset
        first = 0
        while first < start and (raw[first].isspace() or raw[first] in self._marks):
            first += 1  # (only blanks and marks: it stops at the first word, whatever the paragraph's length)
        if first < start:
            return quote  # (a turn of a transcript opens its paragraph; not 'chanted "Ortiz: Bad for us"')
        label = self._transcript_label.match(raw, start, end, KEEP_GIL)
        if label is None or label.end() >= end:
            return quote
        speaker = self.label_speaker(label, state)
        if speaker is None:
            return quote
        return self.make_quote(raw, offset, quote.paragraph, (label.end(), end), quote.kind, ":", speaker, None)

    def beside_turn(self, text: str, span: Span) -> bool:
        """Whether the non-blank line right before or right after *span* in *text* opens with a
        transcript's label (``Q:``, ``A:``, ``TOM BERG:``): the paragraph is one turn of many."""
        before = span.start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before > 0:
            line = text.rfind("\n", 0, before) + 1
            if self.turn_label(text, line, before) is not None:
                return True
        after = span.end
        while after < len(text) and text[after].isspace():
            after += 1
        stop = text.find("\n", after)
        end = len(text) if stop < 0 else stop
        return after < len(text) and self.turn_label(text, after, end) is not None

    def after_question(self, text: str, span: Span) -> bool:
        """Whether the non-blank line right before *span* in *text* opens with a label of
        :attr:`QUESTION_LABELS` (``Q: What comes first?`` over ``A: Hiring more firefighters.``):
        the paragraph at *span* answers it, speech however few its words of speech.

        .. versionadded:: 0.2
        """
        before = span.start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before <= 0:
            return False
        line = text.rfind("\n", 0, before) + 1
        label = self.turn_label(text, line, before)
        return label is not None and label["name"] in self.QUESTION_LABELS

    def reads_as_speech(self, raw: str, start: int, end: int) -> bool:
        """Whether the words ``raw[start:end]`` of a transcript's turn read as speech: one of them is
        a word of :attr:`FIRST_PERSON_WORDS` or :attr:`TURN_SPEECH_WORDS` (``We kept going``,
        ``It is late``), not a list of figures, charges or nouns (``12 points, 5 rebounds.``)."""
        return any(m.group().casefold() in self._turn_speech for m in self._word.finditer(raw, start, end))

    def speech_before(self, text: str, span: Span) -> bool:
        """Whether the non-blank line right before *span* in *text* is a transcript's turn under
        another speaker's label (no ``Q:``, no interview label) whose words read as speech
        (:meth:`reads_as_speech`) and close with no question mark: a turn after it goes on with the
        same exchange, speech too though it has no word of speech (``Ellis: The ferry is a
        lifeline.`` / ``Berg: It loses money every week.``); a box score after a question (``Q: Your
        numbers?`` / ``WILL ORTIZ: 12 points, 5 rebounds.``) or a blotter is none.

        .. versionadded:: 0.2"""
        before = span.start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before == 0:
            return False
        line = text.rfind("\n", 0, before) + 1
        here = self.turn_label(text, span.start, span.end)
        other = self.turn_label(text, line, before)
        if other is None or here is None or other["name"].casefold() == here["name"].casefold():
            return False
        if len(other["name"]) < self.MIN_LABEL_LETTERS or self.is_interview_label(other["name"]) or text[before - 1] == "?":
            return False  # ("Q: Your numbers?" / "WILL ORTIZ: 12 points, 5 rebounds.": an answer that is a box score)
        return self.reads_as_speech(text, other.end(), before)

    def answer_in_run(self, text: str, span: Span) -> bool:
        """Whether the turn at *span* of *text* answers a question in a run of turns: the
        non-blank line right before it is another speaker's turn (a label of
        :attr:`MIN_LABEL_LETTERS` letters or more, none of the interview's) that ends in a question
        mark, and the non-blank line right after it opens with a label too (``SEN. PRICE: Did the
        state close the gap?`` / ``GOV. LIN: Yes, on Monday.`` / ``SEN. PRICE: Thank you.``): the
        answer is speech, however few its words of speech (:meth:`speech_before` reads no
        question; ``Q: Your numbers?`` over a box score is none).

        .. versionadded:: 0.2 (fixQ61b)"""
        before = span.start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before == 0 or text[before - 1] != "?":
            return False
        here = self.turn_label(text, span.start, span.end)
        other = self.turn_label(text, text.rfind("\n", 0, before) + 1, before)
        if other is None or here is None or other["name"].casefold() == here["name"].casefold():
            return False
        if len(other["name"]) < self.MIN_LABEL_LETTERS or self.is_interview_label(other["name"]):
            return False
        after = span.end
        while after < len(text) and text[after].isspace():
            after += 1
        stop = text.find("\n", after)
        return after < len(text) and self.turn_label(text, after, len(text) if stop < 0 else stop) is not None

    #: How far back (characters) :meth:`label_spoke_before` looks for an earlier turn under the
    #: same label.
    #:
    #: .. versionadded:: 0.2
    TURN_WINDOW: ClassVar[int] = 3000

    def label_spoke_before(self, text: str, span: Span) -> bool:
        """Whether a line of *text* within :attr:`TURN_WINDOW` characters before *span* opens with
        the same speaker's label as the turn at *span* (none of the interview's labels) and its
        words read as speech (:meth:`reads_as_speech`): in a transcript, a later turn of that
        speaker is speech too, though it has no word of speech and follows a question
        (``PRITCHARD: The piles were rotten and nobody had checked them.`` / ``MILLS: Who should
        have checked them?`` / ``PRITCHARD: The county engineers, every five years.``).

        .. versionadded:: 0.2"""
        here = self.turn_label(text, span.start, span.end)
        if here is None or self.is_interview_label(here["name"]) or len(here["name"]) < self.MIN_LABEL_LETTERS:
            return False
        name = here["name"].casefold()
        floor = max(0, span.start - self.TURN_WINDOW)
        end = text.rfind("\n", floor, span.start)
        while end > floor:
            line = text.rfind("\n", floor, end) + 1
            if line == 0 and floor > 0:
                return False  # (a line cut by the window: not read)
            label = self.turn_label(text, line, end)
            if label is not None and label["name"].casefold() == name and self.reads_as_speech(text, label.end(), end):
                return True
            end = line - 1
        return False

    #: The most commas of a transcript's turn that :meth:`attribution_in_turn` reads an
    #: attribution after (a bound; a turn with more, and a cue after them, is left to the rules
    #: for any paragraph).
    #:
    #: .. versionadded:: 0.2
    MAX_TURN_COMMAS: ClassVar[int] = 8

    def attribution_in_turn(self, raw: str, start: int, end: int) -> bool:
        """Whether the words ``raw[start:end]`` of a transcript's turn hold an attribution right
        after a comma, a speaker's phrase and its cue (``The pier is unsafe, he said, and Ana
        Ortiz said it was not.``, ``..., said Ana Ortiz.``): it splits the words between
        speakers, which the rules for any paragraph read.  A cue in a clause of the turn's own is
        none (``We have had offers, but the fans would never agree.``: the one answering speaks).

        .. versionchanged:: 0.2 a cue after a comma needs its speaker's phrase right after the comma."""
        comma = raw.find(",", start, end)
        if comma < 0 or next(iter(self.cues(raw, comma, end)), None) is None:
            return False
        for _ in range(self.MAX_TURN_COMMAS):
            pos = comma + 1
            while pos < end and raw[pos].isspace():
                pos += 1
            if self.phrase_before_cue(raw, pos, end) is not None:
                return True
            inverted = next(iter(self.cues(raw, pos, end)), None)
            if inverted is not None and inverted.start() == pos and self.phrase_after(raw, inverted.end(), end, lenient=True):
                return True  # ("..., said Ana Ortiz.")
            comma = raw.find(",", pos, end)
            if comma < 0:
                return False
        return True

    def other_turn_beside(self, text: str, span: Span, name: str, state: State) -> bool:
        """Whether the non-blank line right before or right after *span* in *text* opens with the
        label of another speaker than *name*: a label of fewer than :attr:`MIN_LABEL_LETTERS`
        letters (``Q:``, ``A:``: an interviewer and the one answering), one that names someone
        the article names (:meth:`label_speaker`) or a surname in capitals (:meth:`surname_label`:
        ``MILLS:``), so that turns alternate between two labels."""
        lines = []
        before = span.start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before > 0:
            lines.append(text.rfind("\n", 0, before) + 1)
        after = span.end
        while after < len(text) and text[after].isspace():
            after += 1
        if after < len(text):
            lines.append(after)
        for line in lines:
            stop = text.find("\n", line)
            other = self.turn_label(text, line, len(text) if stop < 0 else stop)
            if other is None or other["name"].casefold() == name.casefold():
                continue
            if len(other["name"]) < self.MIN_LABEL_LETTERS or self.is_interview_label(other["name"]):
                return True  # ("Q:", "A:"; an interview's longer labels: German "Frage:" beside "Antwort:")
            if self.label_speaker(other, state) is not None or self.surname_label(other["name"]):
                return True
            if self.capitals_label_speaker(other, state) is not None and self.in_turn_run(text, span):
                return True  # ("DAN PRICE:" beside "GOV. LIN:": a full name in capitals; fixQ61b)
        return False

    def surname_label(self, label: str) -> bool:
        """Whether *label* is one word in capitals of :attr:`MIN_LABEL_LETTERS` letters or more and
        no known given name (``MILLS``; not ``BOB``, a script's or a chat's first name:
        :meth:`known_given_name`): a transcript's label for someone the article need not name (an interviewer),
        beside the turn of someone it does (``PRITCHARD:`` after ``Helen Pritchard``); its own turn
        has no speaker the label would give.

        .. versionadded:: 0.2"""
        return len(label) >= self.MIN_LABEL_LETTERS and label.isalpha() and label.isupper() and not self.known_given_name(label)

    def is_interview_label(self, name: str) -> bool:
        """Whether *name* is one of an interview's :attr:`QUESTION_LABELS` or :attr:`ANSWER_LABELS`
        (German ``Frage``, ``Antwort``: a label of any length that names no one).

        .. versionadded:: 0.2
        """
        return name in self.QUESTION_LABELS or name in self.ANSWER_LABELS

    def opens_with_link(self, raw: str, pos: int, stop: int) -> bool:
        """Whether the first word from *pos* is a link of :attr:`OF_WORDS` or the last word of one
        of :attr:`POST_MODIFIERS` (``respondió a la pregunta de un diputado``: the words after the
        one spoken to go on with that phrase, a preposition's object, never the speaker).

        .. versionadded:: 0.2
        """
        first = self._word.search(raw, pos, stop, KEEP_GIL)
        return first is not None and not raw[pos : first.start()].strip() and first.group() in self._cuts

    def known_given_name(self, word: str) -> bool:
        """Whether *word* is a given name the vocabulary knows (:meth:`~newsparse.Vocabulary.is_given_name`,
        either sex) or :attr:`GIVEN_NAMES` pairs with a pronoun, accents aside (``Owen``, ``Chris``):
        :meth:`label_speaker` reads a title-case label as a surname only after one.

        .. versionadded:: 0.2
        """
        return self.vocabulary.is_given_name(word) or normalize_word(word) in self._given_names

    def labelled_person(self, name: str, text: str) -> bool:
        """Whether *name*, the full name *text* (the article) gives a surname in title case that
        labels a transcript's turn (:meth:`label_speaker`), is a person's: it opens with a known
        given name (:meth:`known_given_name`: ``Owen Pritchard``), or it is two words, the first a
        word that may start a name, neither a place, a title nor an organisation's word, and no
        determiner stands right before its first mention (``Eluned Pritchard``; not ``Oklahoma City
        Thunder``, ``the Leeds Thunder``, ``Leeds United``: a body's name).

        .. versionadded:: 0.2
        """
        words = name.split()
        if not words:
            return False
        if self.known_given_name(words[0]):
            return True
        vocabulary = self.vocabulary
        if len(words) != 2 or not vocabulary.can_start_name(words[0]) or vocabulary.is_place(name):
            return False
        if any(vocabulary.is_place(w) or vocabulary.is_title(w) or vocabulary.is_org_word(w) for w in words):
            return False
        first = text.find(name)
        before = text[max(0, first - self.NAMED_WINDOW) : max(0, first)].split()[-1:]
        return not (before and before[0].casefold() in self._determiners)

    def label_speaker(self, label: regex.Match[str], state: State) -> Speaker | None:
        """The speaker a transcript's label (a match of the label pattern, group ``name``) names:
        a surname in capitals of at least :attr:`MIN_LABEL_LETTERS` letters, or in title case of
        someone the article names in full (:meth:`labelled_person`: ``Hale: ...`` after ``Housing
        Minister Ana Hale``; not ``Thunder: ...`` after ``the Oklahoma City Thunder``), or a
        full name (in capitals too: ``MARIA LOPEZ``), of someone the article names elsewhere; ``None`` for any
        other label (``Q``, ``A``, ``BREAKING``, ``Update``: no one)."""
        words = label["name"].split()
        titled = 0
        if len(words) == 1:
            word = words[0]
            if len(word) < self.MIN_LABEL_LETTERS or not (word.isupper() or (word[:1].isupper() and word[1:].islower())):
                return None
            name = state.index.full_name((word.capitalize(),))  # ("PENCE": the article's Mike Pence)
            if not word.isupper() and (name == word or not self.labelled_person(name, state.text)):
                # ("Pritchard: ..." names the article's Owen Pritchard, or Eluned Pritchard; "Update: ..."
                # no one, nor "Thunder: ..." the Oklahoma City Thunder, no given name first)
                return None
        else:
            capitals = all(w.isupper() for w in words)
            if capitals:
                words = [w.capitalize() for w in words]  # ("MARIA LOPEZ": Maria Lopez)
            titled = self.titled_label(words)
            title = words[0]
            if titled:
                words = words[titled:]  # ("SENATOR BRAGG", "MS. OKAFOR": the title says a person speaks)
            if self.names.trailing_name(words) != len(words):
                return None
            name = state.index.full_name(tuple(words))
            if titled and not state.index.is_known(name):
                if not (capitals or self.is_honorific_title(title)):
                    return None  # ("General Mills: ...", "Major Roads: ...": a body or a heading, no one)
                name = " ".join(words)  # ("MS. OKAFOR:" in a hearing the article names no further: Okafor)
        if not titled and not state.index.is_known(name):
            return None
        full = name.split()
        owners = [i for i, word in enumerate(full) if word[-1:] in self.APOSTROPHES or strip_possessive(word) != word]
        if owners and owners[-1] + 1 < len(full):
            name = " ".join(full[owners[-1] + 1 :])  # ("Reuters’ Luciana Lopez": an owner is no part of a name)
        start = label.start("name")
        mention = label["name"]
        return Speaker(name, mention, Span(state.absolute(start), state.absolute(start + len(mention))), None)

    def capitals_label_speaker(self, label: regex.Match[str], state: State) -> Speaker | None:
        """The speaker of a transcript's label (group ``name``) that :meth:`label_speaker` reads
        as no one's because the article names no one so: a full name of two words or more, all
        in capitals, the first a known given name (:meth:`known_given_name`), every word a
        name's (``DAN PRICE``: Dan Price), none a title nor an organisation's word; ``None``
        for any other label (``BREAKING NEWS``, ``MARKET WATCH``, ``NOTE``).  Read only inside a
        run of turns (:meth:`in_turn_run`; :meth:`transcript_turn`, :meth:`other_turn_beside`).

        .. versionadded:: 0.2 (fixQ61b)
        """
        words = label["name"].split()
        if len(words) < 2 or not all(w.isalpha() and w.isupper() for w in words):
            return None
        words = [w.capitalize() for w in words]
        vocabulary = self.vocabulary
        if not self.known_given_name(words[0]) or self.names.trailing_name(words) != len(words):
            return None
        if any(vocabulary.is_title(w) or vocabulary.is_org_word(w) or vocabulary.is_company_noun(w) for w in words):
            return None
        start = label.start("name")
        mention = label["name"]
        return Speaker(" ".join(words), mention, Span(state.absolute(start), state.absolute(start + len(mention))), None)

    #: The fewest turns under speakers' labels (none of the interview's), one after another, that
    #: make a run of turns in which :meth:`capitals_label_speaker` reads a label (a bound too: no
    #: more lines are read either way).
    #:
    #: .. versionadded:: 0.2 (fixQ61b)
    MIN_RUN_TURNS: ClassVar[int] = 3

    def in_turn_run(self, text: str, span: Span) -> bool:
        """Whether the paragraph at *span* of *text* stands in a run of at least
        :attr:`MIN_RUN_TURNS` turns, itself one, whose non-blank lines one after another each open
        with a speaker's label of :attr:`MIN_LABEL_LETTERS` letters or more, none of the interview's
        (``DAN PRICE: ...`` / ``GOV. LIN: ...`` / ``DAN PRICE: ...``; not two turns alone, nor
        ``Q:`` and ``A:``, an interview's).

        .. versionadded:: 0.2 (fixQ61b)
        """
        def speakers_turn(line: int, stop: int) -> bool:
            label = self.turn_label(text, line, stop)
            return label is not None and len(label["name"]) >= self.MIN_LABEL_LETTERS and not self.is_interview_label(label["name"])

        count, before = 0, span.start
        while count < self.MIN_RUN_TURNS - 1:
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if before == 0:
                break
            line = text.rfind("\n", 0, before) + 1
            if not speakers_turn(line, before):
                break
            count, before = count + 1, line
        after = span.end
        while count < self.MIN_RUN_TURNS - 1:
            while after < len(text) and text[after].isspace():
                after += 1
            if after >= len(text):
                break
            stop = text.find("\n", after)
            stop = len(text) if stop < 0 else stop
            if not speakers_turn(after, stop):
                break
            count, after = count + 1, stop
        return count + 1 >= self.MIN_RUN_TURNS

    def titled_label(self, words: Sequence[str]) -> int:
        """How many words open a transcript's label *words* as a person's title or honorific from the
        vocabulary (:meth:`~newsparse.Vocabulary.is_title`, one word, maybe in capitals and with its
        period: ``SENATOR BRAGG``, ``MS. OKAFOR``, ``Dr. Lee``), before a name of capitalised words
        of at least :attr:`MIN_LABEL_LETTERS` letters that are no titles themselves: the label is
        that person's, named or not elsewhere.  0 when the label opens with no title, is the title
        alone, is a plural title (``SENATORS:``) or its other words are titles too (``Prime
        Minister:``, ``Chief Executive:``: a role, no one named).

        .. versionadded:: 0.2 (cue60)
        """
        vocabulary = self.vocabulary
        if len(words) < 2 or not vocabulary.is_title(words[0]) or vocabulary.is_plural_title(words[0]):
            return 0
        rest = words[1:]
        if not all(w[:1].isupper() and len(w.strip(".")) >= self.MIN_LABEL_LETTERS for w in rest):
            return 0
        # (nor a body's name: "General Motors", "GENERAL DYNAMICS CORP": an organisation's word; mend60b)
        shapes = (vocabulary.is_title, vocabulary.is_org_word, vocabulary.is_company_noun)
        return 0 if any(shape(w.strip(".")) for w in rest for shape in shapes) else 1

    def is_honorific_title(self, word: str) -> bool:
        """Whether *word*, the title opening a transcript's label in title case, says a person speaks
        though the article names no one by the label's name: an honorific (``Ms.``, ``Dr``) or a title
        written short with its period (``Sen.``, ``Gov.``); not a title written out (``General Mills:``,
        ``Major Roads:``, a company and a heading).  A label in capitals needs none (``SENATOR BRAGG:``).

        .. versionadded:: 0.2 (mend60b)
        """
        return self.vocabulary.is_honorific(word) or (word.endswith(".") and self.vocabulary.is_title(word))

    def transcript_turns(self, text: str, span: Span, raw: str, offset: int, number: int, state: State) -> list[Quote]:
        """The turns of a transcript that a paragraph (*raw*, at *span* of *text*) holds, each read
        by :meth:`transcript_turn`: one, or several an interview glues into one paragraph after a
        line break or a sentence's end (``Q: Why now? A: Because the money is there.``, with
        :attr:`QUESTION_LABELS` and :attr:`ANSWER_LABELS`); empty when the paragraph opens with
        none.  Each turn's speaker is remembered, in order.

        .. versionadded:: 0.2
        """
        turns: list[Quote] = []
        start = 0
        while True:
            turn = self.transcript_turn(text, Span(span.start + start, span.end), raw, offset, number, state, start=start)
            if turn is None:
                skipped = self.next_glued_turn(raw, start)  # ("A: Yes. Q: When? A: In the spring, ...")
                if skipped is None:
                    return turns
                start = skipped
                continue
            turns.append(turn)
            self.remember(state, turn.speaker, number)
            end = turn.span.end - offset
            glued = self._glued_label.search(raw, end, None, KEEP_GIL) if self._glued_label is not None else None
            if glued is None or raw[end : glued.start()].strip(" \t\n\xa0" + self.SENTENCE_END + self._mark_chars):
                return turns
            start = glued.start("name")

    def next_glued_turn(self, raw: str, start: int) -> int | None:
        """Where the next interview turn glued into the paragraph *raw* opens (its label), after a
        turn at *start* that gives no quote of its own (a short answer, ``A: Yes.``, or a short
        question, ``Q: When?``): the turns after it are still read.  ``None`` when the turn at
        *start* has no label of :attr:`QUESTION_LABELS` or :attr:`ANSWER_LABELS`, or no turn is
        glued after it.

        .. versionadded:: 0.2
        """
        if self._glued_label is None:
            return None
        label = self.turn_label(raw, len(raw) - len(raw[start:].lstrip()), None)
        if label is None or not (label["name"] in self.QUESTION_LABELS or label["name"] in self.ANSWER_LABELS):
            return None
        glued = self._glued_label.search(raw, label.end(), None, KEEP_GIL)
        return glued.start("name") if glued is not None else None

    def transcript_turn(
        self, text: str, span: Span, raw: str, offset: int, number: int, state: State, *, start: int = 0
    ) -> Quote | None:
        """A paragraph (*raw*, at *span* of *text*) that is a turn of a transcript with no
        quotation marks (``MARIA LOPEZ: We kept going anyway.``): a direct quote of the words after
        the label, spoken by the person the label names (:meth:`label_speaker`), when the turn
        has at least :attr:`MIN_WORDS` words and the line before or after it opens with a label
        too (:meth:`beside_turn`: a transcript, not a headline ``Ana Ortiz: Budget Will Pass``
        nor a table ``Ana Ortiz: 1,769.``); ``None`` otherwise, and when a quotation mark follows
        the label (:meth:`transcript_label` reads that one).  The turn must read as speech
        (:meth:`reads_as_speech`: not a box score nor a police blotter) and a line beside it must be
        another speaker's turn (:meth:`other_turn_beside`: not a column of letters, ``DEAR ABBY:``
        beside ``DEAR WORRIED:``), and hold no attribution of its own (:meth:`attribution_in_turn`).
        The labels ``Q`` and ``A`` name no one: such a turn is no quote of its own, unless a subclass
        lists them in :attr:`QUESTION_LABELS` and :attr:`ANSWER_LABELS` (empty: the rule is off); it is
        then the interviewer's or the interviewee's (:meth:`interview_speaker`), or no one's; such a
        turn ends where another is glued to it (``Q: Why now? A: Because ...``), and *start* is
        where a glued turn opens in *raw* (*span* then starts there too); a turn glued to another in
        the paragraph, the last too, needs no turn beside the paragraph nor a word of speech (``A:
        ... Q: Who pays? A: The state, in the spring.``), and a question that ends in ``?`` no word of
        speech (``Frage: Was passiert jetzt?``).  An answer that holds an
        attribution of its own is left to the paragraph's rules with its interviewee remembered as
        the last speaker (``A: I said no, I told them.``: ``I`` is the one answering).

        .. versionadded:: 0.2
        """
        first = start
        while first < len(raw) and raw[first].isspace():
            first += 1
        label = self.turn_label(raw, first, None)
        if label is None:
            return None
        end = len(raw.rstrip())
        asked = label["name"] in self.QUESTION_LABELS or label["name"] in self.ANSWER_LABELS
        # (a turn glued after another of the paragraph, "... Q: Who pays? A: The state.": the turn before it
        # in the paragraph is the other one beside it, whatever the paragraph's first label)
        glued_after = asked and start > 0
        glued = self._glued_label.search(raw, label.end(), end, KEEP_GIL) if asked and self._glued_label is not None else None
        if glued is not None:
            end = glued.start()  # ("Q: Why now? A: Because ...": the first turn, back over blanks)
            while end > label.end() and raw[end - 1].isspace():
                end -= 1
        if label.end() >= end or raw[label.end()] in self._marks:
            return None
        if sum(1 for _ in islice(self._word.finditer(raw, label.end(), end, False, KEEP_GIL), self.MIN_WORDS)) < self.MIN_WORDS:
            return None
        # (turns glued in one paragraph: an interview's, no list; and an answer right after a question's line)
        interview = glued is not None or glued_after or (
            label["name"] in self.ANSWER_LABELS and self.after_question(text, span)
        )
        # (a question of an interview is speech however few its speech words: "Frage: Was passiert jetzt?")
        asking = asked and raw[end - 1] == "?"
        if not (interview or self.beside_turn(text, span)) or not (
            interview or asking or self.reads_as_speech(raw, label.end(), end) or self.speech_before(text, span)
            or self.label_spoke_before(text, span) or self.answer_in_run(text, span)
        ):
            return None
        if self.attribution_in_turn(raw, label.end(), end):
            if asked and glued is None:
                # ("A: I said no, I told them.": the paragraph's rules read it, its "I" the one answering)
                self.remember(state, self.interview_speaker(label, state), number)
            return None  # ("TOM BERG: The pier is unsafe, he said, and ...": the paragraph's own rules read it)
        speaker = self.interview_speaker(label, state) if asked else self.label_speaker(label, state)
        if speaker is None and not asked and self.in_turn_run(text, span):
            speaker = self.capitals_label_speaker(label, state)  # ("DAN PRICE: ...", in a run of turns; fixQ61b)
        if (speaker is None and not asked) or not (
            interview or self.other_turn_beside(text, span, label["name"], state)
        ):
            return None
        return self.make_quote(raw, offset, number, (label.end(), end), QuoteKind.DIRECT, ":", speaker, None)

    def interview_speaker(self, label: regex.Match[str], state: State) -> Speaker | None:
        """The speaker of an interview's turn whose label (group ``name``) is one of
        :attr:`ANSWER_LABELS` (the interviewee) or :attr:`QUESTION_LABELS` (the interviewer), as
        :meth:`interview_people` finds them, the label its mention; ``None`` when the article names
        no one sure for it.

        .. versionadded:: 0.2
        """
        if state.interview is None:
            state.interview = self.interview_people(state.text, state.paragraph_start, state)
        interviewee, interviewer = state.interview
        name = interviewee if label["name"] in self.ANSWER_LABELS else interviewer
        if name is None:
            return None
        start, mention = label.start("name"), label["name"]
        return Speaker(name, mention, Span(state.absolute(start), state.absolute(start + len(mention))), None)

    def interview_people(self, text: str, first_turn: int, state: State) -> tuple[str | None, str | None]:
        """The interviewee and the interviewer of an interview whose first turn starts at
        *first_turn* of *text*, from the first :attr:`INTERVIEW_PEOPLE` people named before it: an
        interviewer is named with one of :attr:`INTERVIEWER_NOUNS` (among the words of its sentence
        before the name, or right after it: ``Washington Post reporter Jim Tankersley``), the
        interviewee is the other person whose surname the text before the turn gives most often
        (``Vice President Joe Biden spent ... Biden complained ...``); each ``None`` unless one
        person alone fits (two interviewers, two people named as often: no one sure).

        .. versionadded:: 0.2
        """
        nouns = frozenset(self.INTERVIEWER_NOUNS)
        askers: set[str] = set()
        others: dict[str, int] = {}
        for person in state.index.people_between(0, first_turn, self.INTERVIEW_PEOPLE):
            lead = text[max(0, person.start - self.NAMED_WINDOW) : person.start]
            cut = max(lead.rfind(mark) for mark in (*self.SENTENCE_END, "\n"))
            after = text[person.start + len(person.name) : person.start + len(person.name) + self.NAMED_WINDOW]
            words = [w.strip(",;:()").casefold() for w in (*lead[cut + 1 :].split(), *after.split(",")[1:2])]
            if nouns.intersection(words) or nouns.intersection(person.descriptors):
                askers.add(person.name)
            elif person.name not in others:
                others[person.name] = text.count(person.words[-1], 0, first_turn)
        ranked = sorted(others.values(), reverse=True)
        interviewee = None
        if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]):
            interviewee = next(name for name, count in others.items() if count == ranked[0])
        return interviewee, (next(iter(askers)) if len(askers) == 1 else None)

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
            collapse(raw, start, end), Span(start + offset, end + offset), kind, cue and collapse(cue), speaker, source, number
        )
